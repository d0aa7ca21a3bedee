// Package extractors turns one submitted file (PDF, docx, xlsx, csv, video) into a models.Document of page texts, never panicking on bad input.
package extractors
