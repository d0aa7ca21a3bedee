package main

import "classaudit/pipeline"

// ocrReader is the OCR engine the sweep uses, closed at the end.
type ocrReader interface {
	pipeline.PageReader
	Close() error
}

// newOCR starts the OCR engine with one client per worker.
// TODO(wire): extractors/ocr once it lands.
func newOCR(workers int) (ocrReader, error) { return nil, nil }
