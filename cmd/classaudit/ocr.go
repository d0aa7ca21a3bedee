package main

import "classaudit/pipeline"

// ocrReader is the OCR engine the sweep uses, closed at the end.
type ocrReader interface {
	pipeline.PageReader
	Close() error
}

// newOCR starts the OCR engine with one Tesseract client per worker.
func newOCR(workers int) (ocrReader, error) {
	r, err := pipeline.NewOCR(workers)
	if err != nil {
		return nil, err
	}
	return r, nil
}
