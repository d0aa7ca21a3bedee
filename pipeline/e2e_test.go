package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/parquet-go/parquet-go"

	"classaudit/extractors"
	"classaudit/internal/corpusgen"
	"classaudit/models"
)

// findingKey identifies a finding for comparison with the truth file. File is
// part of the key only when the truth names one.
type findingKey struct {
	Rule, Submission string
	Item             int
	File             string
}

func (k findingKey) String() string {
	return fmt.Sprintf("%s %s item=%d %s", k.Rule, k.Submission, k.Item, k.File)
}

// sweptCorpus is the generated corpus every end-to-end test reads: generated
// and swept (with OCR) once per test binary, because OCR is what costs.
type sweptCorpus struct {
	root, out string
	truth     *corpusgen.Truth
	res       *Result
}

var e2e struct {
	once sync.Once
	dir  string // removed by TestMain
	ocr  *OCRReader
	c    *sweptCorpus
	err  error
}

// e2eSeed is the seed of the shared generated corpus.
const e2eSeed = 11

func generatedSweep(t *testing.T) *sweptCorpus {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end sweep skipped in -short mode")
	}
	e2e.once.Do(func() {
		e2e.err = func() error {
			dir, err := os.MkdirTemp("", "classaudit-e2e-*")
			if err != nil {
				return err
			}
			e2e.dir = dir
			c := &sweptCorpus{root: filepath.Join(dir, "corpus"), out: filepath.Join(dir, "out")}
			if c.truth, err = corpusgen.Generate(c.root, corpusgen.Options{Seed: e2eSeed, Profile: "small"}); err != nil {
				return fmt.Errorf("generate: %w", err)
			}
			if e2e.ocr, err = NewOCR(0); err != nil {
				return fmt.Errorf("OCR unavailable: %w (run make test-deps)", err)
			}
			cfg := Config{Root: c.root, Out: c.out, NoCache: true, OCR: e2e.ocr, Now: fixedNow}
			if c.truth.ReferenceDir != "" {
				cfg.Checks.ReferenceDir = filepath.Join(c.root, c.truth.ReferenceDir)
			}
			if c.res, err = Run(context.Background(), cfg); err != nil {
				return fmt.Errorf("sweep: %w", err)
			}
			e2e.c = c
			return nil
		}()
	})
	if e2e.err != nil {
		t.Fatal(e2e.err)
	}
	return e2e.c
}

// cleanupE2E removes the shared corpus; TestMain calls it.
func cleanupE2E() {
	if e2e.ocr != nil {
		e2e.ocr.Close()
	}
	if e2e.dir != "" {
		os.RemoveAll(e2e.dir)
	}
}

// TestSweepGeneratedCorpus is the end-to-end test: generate → sweep → read the
// Parquet back → every finding the truth file expects is there, none else.
// People and form rules are scored by TestPeopleGenerated and identical
// student work by TestIdenticalWorkGenerated; every other rule must be exact.
func TestSweepGeneratedCorpus(t *testing.T) {
	c := generatedSweep(t)
	truth, out, res := c.truth, c.out, c.res
	findings, err := parquet.ReadFile[models.FindingRow](filepath.Join(out, "findings.parquet"))
	if err != nil {
		t.Fatalf("read findings.parquet: %v", err)
	}
	want := map[findingKey]bool{}
	withFile := map[findingKey]bool{} // rule|submission|item combos whose truth names a file
	for _, f := range truth.Findings {
		if scoredElsewhere(f.Rule) {
			continue
		}
		k := findingKey{f.Rule, f.SubmissionID, f.Item, f.File}
		want[k] = true
		if f.File != "" {
			withFile[findingKey{Rule: f.Rule, Submission: f.SubmissionID, Item: f.Item}] = true
		}
	}
	got := map[findingKey]bool{}
	for _, f := range findings {
		if scoredElsewhere(f.Rule) {
			continue
		}
		k := findingKey{Rule: f.Rule, Submission: f.SubmissionID, Item: int(f.Item)}
		if withFile[k] {
			k.File = f.File
		}
		got[k] = true
	}
	missing, extra := diffFindings(want, got)
	if len(missing) > 0 {
		t.Errorf("%d expected findings not reported:\n  %s", len(missing), strings.Join(missing, "\n  "))
	}
	if len(extra) > 0 {
		t.Errorf("%d findings reported that the truth file does not expect:\n  %s", len(extra), strings.Join(extra, "\n  "))
	}

	subs, err := parquet.ReadFile[models.SubmissionRow](filepath.Join(out, "submissions.parquet"))
	if err != nil {
		t.Fatalf("read submissions.parquet: %v", err)
	}
	if len(subs) != len(truth.Submissions) {
		t.Errorf("submissions.parquet has %d rows, truth has %d submissions", len(subs), len(truth.Submissions))
	}
	docs, err := parquet.ReadFile[models.DocumentRow](filepath.Join(out, "documents.parquet"))
	if err != nil {
		t.Fatalf("read documents.parquet: %v", err)
	}
	if len(docs) != res.Stats.Files {
		t.Errorf("documents.parquet has %d rows, the sweep read %d files", len(docs), res.Stats.Files)
	}
	for _, table := range Tables {
		if _, err := parquet.ReadFile[any](filepath.Join(out, table+".parquet")); err != nil {
			t.Errorf("%s.parquet unreadable: %v", table, err)
		}
	}

}

// TestTextAgreementGenerated: text extraction agrees with the text the
// generator drew on every text page.
func TestTextAgreementGenerated(t *testing.T) {
	c := generatedSweep(t)
	truth, res := c.truth, c.res
	pageText := map[string]string{}
	for _, s := range res.Submissions {
		for _, d := range s.Documents {
			for _, p := range d.Pages {
				pageText[fmt.Sprintf("%s#%d", d.RelPath, p.Number)] = p.Text
			}
		}
	}
	var sum float64
	var n int
	for _, p := range truth.Pages {
		if p.Scanned {
			continue // OCR accuracy is TestOCRAccuracyGenerated's
		}
		got, ok := pageText[fmt.Sprintf("%s#%d", p.File, p.Page)]
		if !ok {
			continue // pages of files planted as unreadable
		}
		a := extractors.HanAgreement(got, p.Text)
		sum += a
		n++
		if a < 0.98 {
			t.Errorf("%s page %d: Han-character agreement %.3f < 0.98", p.File, p.Page, a)
		}
	}
	if n == 0 {
		t.Fatal("no truth page matched an extracted page")
	}
	t.Logf("text agreement over %d generated pages: mean %.4f", n, sum/float64(n))
}

// testOCR starts the OCR pool the sweep tests use; Tesseract is required
// (make test installs it).
func testOCR(t testing.TB) PageReader {
	t.Helper()
	r, err := NewOCR(0)
	if err != nil {
		t.Fatalf("OCR unavailable: %v (run make test-deps)", err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

// scoredElsewhere: the rules the end-to-end test leaves to their own
// measurement tests.
func scoredElsewhere(rule string) bool {
	return peopleRule(rule) || rule == "fabrication.identical_work" || models.ReviewRule(rule)
}

// diffFindings lists, sorted, the findings wanted but not got and got but not wanted.
func diffFindings(want, got map[findingKey]bool) (missing, extra []string) {
	for k := range want {
		if !got[k] {
			missing = append(missing, k.String())
		}
	}
	for k := range got {
		if !want[k] {
			extra = append(extra, k.String())
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	return missing, extra
}
