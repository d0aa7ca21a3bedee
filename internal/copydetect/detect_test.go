package copydetect

import (
	"math/rand/v2"
	"strings"
	"testing"

	"classaudit/internal/textnorm"
)

// own makes n characters of text that no other call shares.
func own(seed uint64, n int) string {
	g := newSynthGen(seed)
	return strings.Join(g.passage(n), "")
}

func norm(s string) []rune { return textnorm.New(s).Runes }

func TestWinnowGuarantee(t *testing.T) {
	t.Parallel()
	// Every run of w+k-1 shared runes must share a fingerprint.
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 50; trial++ {
		k, w := 4+rng.IntN(10), 1+rng.IntN(12)
		shared := norm(own(uint64(trial), w+k-1))[:w+k-1]
		a := append(append(norm(own(uint64(100+trial), 30)), shared...), norm(own(uint64(200+trial), 30))...)
		b := append(append(norm(own(uint64(300+trial), 17)), shared...), norm(own(uint64(400+trial), 9))...)
		fa := winnow(kgramHashes(a, k, nil), w, 0, nil)
		fb := winnow(kgramHashes(b, k, nil), w, 1, nil)
		set := map[uint64]bool{}
		for _, f := range fa {
			set[f.hash] = true
		}
		ok := false
		for _, f := range fb {
			ok = ok || set[f.hash]
		}
		if !ok {
			t.Fatalf("k=%d w=%d: no shared fingerprint for a shared run of %d", k, w, w+k-1)
		}
	}
}

func TestDetectCases(t *testing.T) {
	t.Parallel()
	passage := own(1, 300)
	sentences := splitSentences(passage)
	reordered := strings.Join(append(append([]string{}, sentences[len(sentences)/2:]...), sentences[:len(sentences)/2]...), "")
	tmpl := own(2, 300)
	cases := []struct {
		name string
		docs []Doc
		ref  string
		// want: number of reported passages, and of template-only ones
		want, wantTemplate int
	}{
		{"exact copy across schools", []Doc{
			{"s1/a", "s1", norm(own(3, 400) + passage + own(4, 300))},
			{"s2/a", "s2", norm(own(5, 200) + passage + own(6, 500))},
		}, "", 1, 0},
		{"reordered halves are one passage", []Doc{
			{"s1/a", "s1", norm(own(3, 400) + passage + own(4, 300))},
			{"s2/a", "s2", norm(own(5, 200) + reordered + own(6, 500))},
		}, "", 1, 0},
		{"same owner never compared", []Doc{
			{"s1/a", "s1", norm(own(3, 400) + passage)},
			{"s1/a", "s1", norm(passage + own(6, 500))},
		}, "", 0, 0},
		{"independent texts", []Doc{
			{"s1/a", "s1", norm(own(3, 3000))},
			{"s2/a", "s2", norm(own(6, 3000))},
		}, "", 0, 0},
		{"template in four schools", []Doc{
			{"s1/a", "s1", norm(own(11, 300) + tmpl + own(12, 300))},
			{"s2/a", "s2", norm(own(13, 300) + tmpl + own(14, 300))},
			{"s3/a", "s3", norm(own(15, 300) + tmpl + own(16, 300))},
			{"s4/a", "s4", norm(own(17, 300) + tmpl + own(18, 300))},
		}, "", 0, 0},
		{"reference text in two schools", []Doc{
			{"s1/a", "s1", norm(own(11, 300) + tmpl + own(12, 300))},
			{"s2/a", "s2", norm(own(13, 300) + tmpl + own(14, 300))},
		}, tmpl, 0, 0},
		{"copy next to reference text", []Doc{
			{"s1/a", "s1", norm(own(11, 300) + tmpl + passage + own(12, 300))},
			{"s2/a", "s2", norm(own(13, 300) + tmpl + passage + own(14, 300))},
		}, tmpl, 1, 0},
		{"notice text is built in", []Doc{
			{"s1/a", "s1", norm(own(11, 300) + noticeText[:1500] + own(12, 300))},
			{"s2/a", "s2", norm(own(13, 300) + noticeText[:1500] + own(14, 300))},
		}, "", 0, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ref := NewReference()
			if tc.ref != "" {
				ref.AddText("ref", tc.ref)
			}
			res := Detect(tc.docs, Options{Reference: ref})
			got, gotT := 0, 0
			for _, p := range res.Passages {
				if p.Template {
					gotT++
					continue
				}
				got++
				if p.Similarity < 0.9 {
					t.Errorf("similarity %.2f of an unedited copy", p.Similarity)
				}
				if p.TemplateChars == 0 && (p.AEnd-p.AStart) > len(norm(passage))+2*DefaultWindow {
					t.Errorf("passage of %d runes for a copy of %d", p.AEnd-p.AStart, len(norm(passage)))
				}
			}
			if got != tc.want || gotT != tc.wantTemplate {
				for _, p := range res.Passages {
					t.Logf("%+v", p)
				}
				t.Errorf("%d passages (%d template), want %d (%d)", got, gotT, tc.want, tc.wantTemplate)
			}
		})
	}
}

func TestDetectEmptyAndTiny(t *testing.T) {
	t.Parallel()
	docs := []Doc{{"a", "a", nil}, {"b", "b", []rune("短")}, {"c", "c", norm(own(1, 20))}}
	if res := Detect(docs, Options{}); len(res.Passages) != 0 {
		t.Errorf("passages on tiny docs: %+v", res.Passages)
	}
	if res := Detect(nil, Options{}); len(res.Passages) != 0 {
		t.Error("passages on no docs")
	}
}

func TestPlantRecordsSpan(t *testing.T) {
	t.Parallel()
	src, dst := own(1, 400), own(2, 400)
	for _, e := range []Edit{EditNone, EditNames | EditPunct, EditReorder, EditOCR} {
		pl := Plant(src, 10, 200, dst, 50, PlantOptions{Edits: e, Names: []string{"张伟"}, Rand: rand.New(rand.NewPCG(1, 1))})
		rs := []rune(pl.Text)
		if string(rs[pl.Start:pl.End]) != pl.Copy {
			t.Errorf("%v: span does not hold the copy", e)
		}
		if string(rs[:pl.Start]) != string([]rune(dst)[:50]) {
			t.Errorf("%v: text before the copy changed", e)
		}
		if e == EditNone && pl.Copy != string([]rune(src)[10:200]) {
			t.Errorf("exact copy differs")
		}
	}
}
