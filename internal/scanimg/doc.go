// Package scanimg renders known text to realistic scanned-page images and wraps page images into image-only PDFs, for OCR tests and the corpus generator.
package scanimg
