package ocr

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"classaudit/internal/editdist"
)

// isCJK reports whether r is a Han character or CJK/full-width punctuation,
// between which Chinese text has no spaces.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) ||
		(r >= 0x3000 && r <= 0x303F) || // CJK symbols and punctuation
		(r >= 0xFF00 && r <= 0xFFEF) || // full-width forms
		(r >= 0x2018 && r <= 0x201F) || r == 0x2026 || r == 0x2014 || r == 0x00B7
}

// CleanText tidies Tesseract output: it removes the spaces Tesseract puts
// between CJK characters, trims line ends and drops empty lines.
func CleanText(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r", ""), "\n")
	out := make([]string, 0, len(lines))
	for _, line := range lines {
		line = strings.TrimSpace(removeCJKSpaces(line))
		if line != "" {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

func removeCJKSpaces(line string) string {
	rs := []rune(line)
	var b strings.Builder
	b.Grow(len(line))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == ' ' || r == '\t' {
			// Find the run of spaces and the runes on both sides.
			j := i
			for j < len(rs) && (rs[j] == ' ' || rs[j] == '\t') {
				j++
			}
			prevCJK := i > 0 && isCJK(rs[i-1])
			nextCJK := j < len(rs) && isCJK(rs[j])
			if prevCJK || nextCJK {
				// A space touching CJK on either side is an artefact, except
				// between two Latin words, which this is not.
				i = j - 1
				continue
			}
			b.WriteRune(' ')
			i = j - 1
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// CharAccuracy is 1 − character error rate of got against want: the
// Levenshtein distance between the two texts with all whitespace removed
// and full-width forms folded to their ASCII twins (１ and 1, ， and , count
// as the same character), divided by the length of want, floored at 0. Two
// empty texts score 1.
func CharAccuracy(got, want string) float64 {
	g := []rune(width.Fold.String(stripSpace(got)))
	w := []rune(width.Fold.String(stripSpace(want)))
	if len(w) == 0 {
		if len(g) == 0 {
			return 1
		}
		return 0
	}
	d := editdist.Levenshtein(g, w)
	return max(0, 1-float64(d)/float64(len(w)))
}

func stripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
