// Package names reads Chinese personal names from page text (labelled fields,
// tables, cover pages) and matches them to a class list through OCR noise.
package names
