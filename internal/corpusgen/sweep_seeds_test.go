package corpusgen_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"classaudit/extractors"
	"classaudit/internal/corpusgen"
	"classaudit/models"
	"classaudit/pipeline"
)

// TestSweepSeeds generates the small profile for each seed of
// CLASSAUDIT_SEEDS ("1-30", "3,7,11") and sweeps it with OCR, as the
// pipeline's end-to-end test does for seed 11: every truth finding (rule,
// submission, item, and file where the truth names one) must be reported
// and nothing else; typed pages agree with the truth text (≥ 0.98 of Han
// characters). Scanned pages' agreement is logged per condition. It takes
// about two minutes a seed on two cores, so it runs only when asked.
func TestSweepSeeds(t *testing.T) {
	spec := os.Getenv("CLASSAUDIT_SEEDS")
	if spec == "" {
		t.Skip("set CLASSAUDIT_SEEDS=1-30 (or 3,7,11) to sweep generated corpora")
	}
	seeds, err := parseSeeds(spec)
	if err != nil {
		t.Fatal(err)
	}
	ocr, err := pipeline.NewOCR(0)
	if err != nil {
		t.Fatalf("OCR unavailable: %v", err)
	}
	defer ocr.Close()
	for _, seed := range seeds {
		t.Run(fmt.Sprintf("seed%d", seed), func(t *testing.T) { sweepSeed(t, ocr, seed) })
	}
}

func parseSeeds(spec string) ([]int64, error) {
	var out []int64
	for _, part := range strings.Split(spec, ",") {
		lo, hi, isRange := strings.Cut(strings.TrimSpace(part), "-")
		a, err := strconv.ParseInt(lo, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("seeds %q: %w", spec, err)
		}
		b := a
		if isRange {
			if b, err = strconv.ParseInt(hi, 10, 64); err != nil {
				return nil, fmt.Errorf("seeds %q: %w", spec, err)
			}
		}
		for s := a; s <= b; s++ {
			out = append(out, s)
		}
	}
	return out, nil
}

func sweepSeed(t *testing.T, ocr pipeline.PageReader, seed int64) {
	root := t.TempDir()
	truth, err := corpusgen.Generate(root, corpusgen.Options{Seed: seed, Profile: "small"})
	if err != nil {
		t.Fatalf("generate: %v", err)
	}
	out := t.TempDir()
	cfg := pipeline.Config{Root: root, Out: out, OCR: ocr}
	if truth.ReferenceDir != "" {
		cfg.Checks.ReferenceDir = filepath.Join(root, truth.ReferenceDir)
	}
	res, err := pipeline.Run(context.Background(), cfg)
	if err != nil {
		t.Fatalf("sweep: %v", err)
	}
	findings, err := parquet.ReadFile[models.FindingRow](filepath.Join(out, "findings.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	var missing, extra []string
	for _, r := range corpusgen.Score(truth, findings) {
		for _, k := range r.Missed {
			missing = append(missing, k.String())
		}
		for _, e := range r.Extra {
			extra = append(extra, e.FindingKey.String()+"\n      "+e.Message)
		}
	}
	if len(missing) > 0 {
		t.Errorf("seed %d: %d expected findings not reported:\n  %s", seed, len(missing), strings.Join(missing, "\n  "))
	}
	if len(extra) > 0 {
		t.Errorf("seed %d: %d findings the truth does not expect:\n  %s", seed, len(extra), strings.Join(extra, "\n  "))
	}
	pageText := map[string]string{}
	for _, s := range res.Submissions {
		for _, d := range s.Documents {
			for _, p := range d.Pages {
				pageText[fmt.Sprintf("%s#%d", d.RelPath, p.Number)] = p.Text
			}
		}
	}
	sum, n := map[string]float64{}, map[string]int{}
	for _, p := range truth.Pages {
		got, ok := pageText[fmt.Sprintf("%s#%d", p.File, p.Page)]
		if !ok {
			continue
		}
		a := extractors.HanAgreement(got, p.Text)
		c := "typed"
		if p.Scanned {
			c = p.Condition
		} else if a < 0.98 {
			t.Errorf("%s page %d: Han-character agreement %.3f < 0.98", p.File, p.Page, a)
		}
		sum[c] += a
		n[c]++
	}
	var conds []string
	for c := range n {
		conds = append(conds, fmt.Sprintf("%s %d pages %.4f", c, n[c], sum[c]/float64(n[c])))
	}
	sort.Strings(conds)
	t.Logf("seed %d: %d truth findings, %d missed, %d not expected; agreement: %s", seed, len(truth.Findings), len(missing), len(extra), strings.Join(conds, "; "))
}
