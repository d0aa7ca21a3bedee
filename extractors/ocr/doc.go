// Package ocr reads the text of scanned PDF pages: it takes the page image out of the PDF (or renders the page), fixes orientation, skew and resolution, and runs Tesseract through a pool of gosseract clients.
package ocr
