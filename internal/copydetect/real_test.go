package copydetect

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"classaudit/extractors"
	"classaudit/internal/textnorm"
	"classaudit/models"
)

// realDir holds the real (not generated) reuse samples; see its SOURCES.md.
const realDir = "../../../shared/corpus/real/reuse"

func readReal(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join(realDir, name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("real corpus absent: %v", err)
	}
	var text string
	var err error
	if strings.HasSuffix(name, ".docx") {
		d := extractors.Extract(context.Background(), models.File{DiskPath: p, RelPath: name, Kind: models.KindOther}, extractors.Options{})
		text = d.Text()
		if d.Error != "" {
			err = errors.New(d.Error)
		}
	} else {
		var b []byte
		b, err = os.ReadFile(p)
		text = string(b)
	}
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return text
}

// realPair runs Detect on one source/suspicious pair and logs what it finds:
// the passages, and the share of each side they cover.
func realPair(t *testing.T, srcName, susName string) (srcCov, susCov float64, passages []Passage) {
	src, sus := readReal(t, srcName), readReal(t, susName)
	ts, tu := textnorm.New(src), textnorm.New(sus)
	res := Detect([]Doc{{Owner: "source", Group: "A", Text: ts.Runes}, {Owner: "suspicious", Group: "B", Text: tu.Runes}},
		Options{Reference: NewReference()})
	covS := make([]bool, ts.Len())
	covU := make([]bool, tu.Len())
	for _, p := range res.Passages {
		if p.Template {
			continue
		}
		passages = append(passages, p)
		for i := p.AStart; i < p.AEnd; i++ {
			covS[i] = true
		}
		for i := p.BStart; i < p.BEnd; i++ {
			covU[i] = true
		}
		t.Logf("passage: source [%d,%d) suspicious [%d,%d) length %d similarity %.2f pieces %d\n  src: %s\n  sus: %s",
			p.AStart, p.AEnd, p.BStart, p.BEnd, p.Length, p.Similarity, p.Pieces,
			cut(ts.Excerpt([]string{src}, p.AStart, p.AEnd), 80), cut(tu.Excerpt([]string{sus}, p.BStart, p.BEnd), 80))
	}
	share := func(c []bool) float64 {
		n := 0
		for _, x := range c {
			if x {
				n++
			}
		}
		if len(c) == 0 {
			return 0
		}
		return float64(n) / float64(len(c))
	}
	srcCov, susCov = share(covS), share(covU)
	t.Logf("%s (%d normalised chars) vs %s (%d): %d passages, source covered %.3f, suspicious covered %.3f",
		srcName, ts.Len(), susName, tu.Len(), len(passages), srcCov, susCov)
	return srcCov, susCov, passages
}

func cut(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "…"
}

// TestRealShannonaiPair: paragraphs of a finance thesis, paraphrased and
// reordered with stray spaces (no span annotations exist). The pair is
// known to be reuse, so something must be found; what is found is logged.
func TestRealShannonaiPair(t *testing.T) {
	t.Parallel()
	_, _, ps := realPair(t, "shannonai_source.utf8.txt", "shannonai_suspicious.utf8.txt")
	if len(ps) == 0 {
		t.Error("no passage found in a known reuse pair")
	}
}

// TestRealDocxPair: sus6 starts with the whole State Council circular of
// src6 and adds other material, so most of src6 must be covered.
func TestRealDocxPair(t *testing.T) {
	t.Parallel()
	srcCov, _, ps := realPair(t, "shannonai_src6.docx", "shannonai_sus6.docx")
	if srcCov < 0.8 {
		t.Errorf("source covered %.2f, want most of it", srcCov)
	}
	if len(ps) > 5 {
		t.Errorf("%d passages for one verbatim reuse: granularity too fine", len(ps))
	}
}
