package copydetect

import (
	"testing"

	"classaudit/internal/textnorm"
)

// FuzzDetect: any two texts give passages whose ranges lie inside them.
func FuzzDetect(f *testing.F) {
	p := own(1, 200)
	f.Add(own(2, 100)+p, p+own(3, 50), 10, 8)
	f.Add("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 3, 1)
	f.Fuzz(func(t *testing.T, a, b string, k, w int) {
		k, w = 1+abs(k)%16, 1+abs(w)%20
		docs := []Doc{{"a", "a", textnorm.New(a).Runes}, {"b", "b", textnorm.New(b).Runes}, {"c", "c", textnorm.New(a + b).Runes}}
		res := Detect(docs, Options{K: k, Window: w, MinLength: 5, Reference: NewReference()})
		for _, p := range res.Passages {
			if p.A >= p.B || p.AStart < 0 || p.AEnd > len(docs[p.A].Text) || p.AStart >= p.AEnd ||
				p.BStart < 0 || p.BEnd > len(docs[p.B].Text) || p.BStart >= p.BEnd {
				t.Fatalf("bad passage %+v", p)
			}
		}
	})
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
