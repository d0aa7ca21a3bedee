// Package seg segments Chinese text with gse, loading its dictionary once per process.
package seg

import (
	"strings"
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

// Phrase reports whether s is ordinary words, not a name: gse covers every
// character of it with dictionary words of two or more characters that are
// common (frequency at least 20) and not tagged as person names. "作业内容"
// is a phrase; "记宕", what OCR made of a handwritten name, is not.
func Phrase(s string) bool {
	sg, err := Segmenter()
	if err != nil || s == "" {
		return false
	}
	for _, p := range sg.Pos(s, false) {
		if len([]rune(p.Text)) < 2 || strings.HasPrefix(p.Pos, "nr") {
			return false
		}
		if f, _, ok := sg.Find(p.Text); !ok || f < 20 {
			return false
		}
	}
	return true
}

// RunsOn reports whether gse's first word of s runs past its first n
// characters and is no person's name: "学生公寓3栋" opens with the word
// 学生公寓 (n = 2, the label 学生 glued to the word it begins), "学生王芳"
// with 学生 alone.
func RunsOn(s string, n int) bool {
	sg, err := Segmenter()
	if err != nil || s == "" {
		return false
	}
	ps := sg.Pos(s, false)
	return len(ps) > 0 && len([]rune(ps[0].Text)) > n && !strings.HasPrefix(ps[0].Pos, "nr")
}
