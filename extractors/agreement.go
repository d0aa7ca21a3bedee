package extractors

import "unicode"

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
	d := levenshtein(a, b)
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

// levenshtein is the edit distance of a and b in O(len(b)) memory.
func levenshtein(a, b []rune) int {
	if len(a) == 0 {
		return len(b)
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
