package textnorm

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// Text is normalised text with a way back to the original pages.
//
// Runes[i] came from page Page(i), at rune offset Offset(i) of that page's
// original text. Pages are numbered as they were added (0-based index of the
// Add call), not by their printed page number.
type Text struct {
	Runes []rune
	// orig[i] is the rune offset of Runes[i] in the concatenation of all
	// added pages' original text.
	orig []int32
	// pageStart[p] is the offset in that concatenation where page p starts;
	// pageLen[p] is the page's length in runes.
	pageStart []int32
	pageLen   []int32
}

// New normalises the given pages, in order.
func New(pages ...string) *Text {
	t := &Text{}
	for _, p := range pages {
		t.Add(p)
	}
	return t
}

// Add appends one page's text and returns its index.
func (t *Text) Add(page string) int {
	base := int32(0)
	if n := len(t.pageStart); n > 0 {
		base = t.pageStart[n-1] + t.pageLen[n-1]
	}
	t.pageStart = append(t.pageStart, base)
	off := int32(0)
	for _, r := range page {
		if f, ok := Fold(r); ok {
			t.Runes = append(t.Runes, f)
			t.orig = append(t.orig, base+off)
		}
		off++
	}
	t.pageLen = append(t.pageLen, off)
	return len(t.pageStart) - 1
}

// Len is the number of normalised runes.
func (t *Text) Len() int { return len(t.Runes) }

// Pages is the number of pages added.
func (t *Text) Pages() int { return len(t.pageStart) }

// Locate maps normalised rune i (0 ≤ i < Len) to its page index and its rune
// offset within that page's original text.
func (t *Text) Locate(i int) (page, offset int) {
	o := t.orig[i]
	p := sort.Search(len(t.pageStart), func(j int) bool { return t.pageStart[j] > o }) - 1
	return p, int(o - t.pageStart[p])
}

// Span maps the normalised half-open range [start, end) to original
// coordinates: first page and offset of its first rune, last page and the
// offset just past its last rune. start < end ≤ Len is required.
func (t *Text) Span(start, end int) (startPage, startOff, endPage, endOff int) {
	startPage, startOff = t.Locate(start)
	endPage, endOff = t.Locate(end - 1)
	return startPage, startOff, endPage, endOff + 1
}

// Excerpt returns the original text that normalised range [start, end)
// came from, with runs of white space collapsed to one space, taken from the
// pages given (the same strings, in the same order, as were added). Page
// breaks inside the range become a newline.
func (t *Text) Excerpt(pages []string, start, end int) string {
	if start >= end || end > len(t.Runes) {
		return ""
	}
	sp, so, ep, eo := t.Span(start, end)
	var b strings.Builder
	for p := sp; p <= ep && p < len(pages); p++ {
		rs := []rune(pages[p])
		from, to := 0, len(rs)
		if p == sp {
			from = so
		}
		if p == ep {
			to = eo
		}
		if from > len(rs) {
			from = len(rs)
		}
		if to > len(rs) {
			to = len(rs)
		}
		piece := collapseSpace(string(rs[from:to]))
		if piece == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(piece)
	}
	return b.String()
}

func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u3000' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// Fold returns the normalised form of r and whether it is kept: full-width
// forms fold to ASCII (and half-width katakana to full width), ASCII letters
// are lower-cased, and white space, punctuation, symbols, marks and control
// characters are dropped. Han characters, letters and digits are kept.
func Fold(r rune) (rune, bool) {
	if r < 0x80 {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			return r, true
		case 'A' <= r && r <= 'Z':
			return r + ('a' - 'A'), true
		}
		return 0, false
	}
	if 0x4E00 <= r && r <= 0x9FFF { // CJK unified ideographs: the common case
		return r, true
	}
	if p := width.LookupRune(r); p.Kind() == width.EastAsianFullwidth || p.Kind() == width.EastAsianHalfwidth {
		if f := p.Folded(); f != 0 {
			r = f
			if r < 0x80 {
				return Fold(r)
			}
		}
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return unicode.ToLower(r), true
	}
	return 0, false
}

// String normalises s and returns the kept runes as a string (no offsets).
func String(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := Fold(r); ok {
			b.WriteRune(f)
		}
	}
	return b.String()
}
