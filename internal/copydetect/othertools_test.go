package copydetect

import (
	"os"
	"strings"
	"testing"
)

// otPages reads the OCR text of a testdata/othertools document (pages
// separated by form feeds), as the sweep extracted it.
func otPages(t *testing.T, name string) []string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(b), "\f")
}

// TestRepeatedPassage: a printed situation stands once on every student's
// worksheet page, three times in each of two schools' item 8 (OCR output of
// testdata/othertools). Every page count must give one passage per
// occurrence pair, each an exact copy, pairing distinct pages.
func TestRepeatedPassage(t *testing.T) {
	t.Parallel()
	a, b := otPages(t, "ot_item8_beihai"), otPages(t, "ot_item8_wuzhou")
	for n := 1; n <= 3; n++ {
		docs := []Doc{
			{"北海/城轨", "北海", norm(strings.Join(a[:n], "\n"))},
			{"梧州/客流", "梧州", norm(strings.Join(b[:n], "\n"))},
		}
		res := Detect(docs, Options{Reference: NewReference()})
		if len(res.Passages) != n {
			for _, p := range res.Passages {
				t.Logf("%+v", p)
			}
			t.Fatalf("%d pages: %d passages, want %d", n, len(res.Passages), n)
		}
		for _, p := range res.Passages {
			if p.Similarity < 0.95 || p.Length < 200 || p.Length > 260 {
				t.Errorf("%d pages: passage of %d runes, similarity %.2f; want the 232-character situation, exact", n, p.Length, p.Similarity)
			}
		}
	}
}

// TestRepeatedPassageSynthetic: the same with generated text, and a copy
// that stands three times on one side and once on the other.
func TestRepeatedPassageSynthetic(t *testing.T) {
	t.Parallel()
	situation := own(1, 230)
	page := func(seed uint64) string { return own(seed, 20) + situation + own(seed+1, 80) }
	threeA := page(10) + page(20) + page(30)
	threeB := page(40) + page(50) + page(60)
	for _, tc := range []struct {
		name string
		a, b string
		want int
	}{
		{"three and three", threeA, threeB, 3},
		{"three and one", threeA, page(70), 1},
	} {
		res := Detect([]Doc{{"s1/a", "s1", norm(tc.a)}, {"s2/a", "s2", norm(tc.b)}}, Options{})
		if len(res.Passages) != tc.want {
			t.Errorf("%s: %d passages, want %d", tc.name, len(res.Passages), tc.want)
		}
		for _, p := range res.Passages {
			if p.Similarity < 0.95 {
				t.Errorf("%s: similarity %.2f of an exact copy", tc.name, p.Similarity)
			}
		}
	}
}

// TestScoreTables: two schools' assessment tables (item 10, OCR-free PDFs of
// testdata/othertools) share student numbers (both classes are numbered
// 2302…), scores and 合格 on every row, and nothing written: no passage.
// The same table rows inside a copied paragraph still count as the copy.
func TestScoreTables(t *testing.T) {
	t.Parallel()
	a := strings.Join(otPages(t, "ot_item10_guijiang"), "\n")
	b := strings.Join(otPages(t, "ot_item10_wuzhou"), "\n")
	res := Detect([]Doc{{"桂江/电商", "桂江", norm(a)}, {"梧州/客流", "梧州", norm(b)}}, Options{Reference: NewReference()})
	for _, p := range res.Passages {
		t.Errorf("passage between score tables: %+v %q", p, string(norm(a)[p.AStart:p.AEnd]))
	}
	prose := own(5, 200)
	res = Detect([]Doc{{"桂江/电商", "桂江", norm(a + prose)}, {"梧州/客流", "梧州", norm(b + prose)}}, Options{Reference: NewReference()})
	if len(res.Passages) != 1 {
		t.Errorf("%d passages for a copied paragraph after the tables, want 1", len(res.Passages))
	}
}
