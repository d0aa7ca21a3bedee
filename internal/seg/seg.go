// Package seg segments Chinese text with gse, loading its dictionary once per process.
package seg

import (
	"sync"

	"github.com/go-ego/gse"
)

var (
	once sync.Once
	seg  gse.Segmenter
	err  error
)

// load reads gse's embedded simplified-Chinese dictionary. It is slow
// (about a second, 135 MB), so it happens once, on first use.
func load() {
	// NewEmbed reads the dictionary compiled into the binary: gse.New() reads
	// files from the module cache and breaks in a binary moved elsewhere.
	seg, err = gse.NewEmbed("zh_s")
}

// Segmenter returns the process-wide segmenter; it is safe for concurrent use.
func Segmenter() (*gse.Segmenter, error) {
	once.Do(load)
	if err != nil {
		return nil, err
	}
	return &seg, nil
}

// Cut splits text into words (search mode off, HMM on).
func Cut(text string) ([]string, error) {
	s, err := Segmenter()
	if err != nil {
		return nil, err
	}
	return s.Cut(text, true), nil
}
