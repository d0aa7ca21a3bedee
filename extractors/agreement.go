package extractors

import (
	"unicode"

	"classaudit/internal/editdist"
)

// HanAgreement compares the Han characters (CJK ideographs) of ours with those
// of reference, ignoring everything else: 1 − Levenshtein(ourHan, refHan) /
// len(refHan), floored at 0. A reference without Han characters gives 1 when
// ours has none either, else 0.
func HanAgreement(ours, reference string) float64 {
	a, b := hanRunes(ours), hanRunes(reference)
	if len(b) == 0 {
		if len(a) == 0 {
			return 1
		}
		return 0
	}
	d := editdist.Levenshtein(a, b)
	if d >= len(b) {
		return 0
	}
	return 1 - float64(d)/float64(len(b))
}

func hanRunes(s string) []rune {
	var out []rune
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			out = append(out, r)
		}
	}
	return out
}
