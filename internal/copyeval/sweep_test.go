package copyeval_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"classaudit/internal/copyeval"
	"classaudit/internal/corpusgen"
	"classaudit/pipeline"
)

// TestSweepScores generates corpora, sweeps them (with the generator's
// reference folder, OCR for scanned pages) and scores the copy check.
// Opt-in, as the pipeline's end-to-end test already sweeps one corpus:
//
//	CLASSAUDIT_COPYEVAL=11,5,7 [CLASSAUDIT_COPYEVAL_PROFILE=large] go test ./internal/copyeval -run SweepScores -v
//
// CLASSAUDIT_COPYEVAL_NOREF=1 sweeps without the reference folder and only
// logs the figures: the standards that fewer than T schools quote are then
// expected to be reported (what the reference is for).
func TestSweepScores(t *testing.T) {
	env := os.Getenv("CLASSAUDIT_COPYEVAL")
	if env == "" {
		t.Skip("set CLASSAUDIT_COPYEVAL to a list of seeds")
	}
	profile := os.Getenv("CLASSAUDIT_COPYEVAL_PROFILE")
	ocr, err := pipeline.NewOCR(0)
	if err != nil {
		t.Fatalf("OCR: %v", err)
	}
	defer ocr.Close()
	for _, s := range strings.Split(env, ",") {
		seed, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			t.Fatalf("seed %q: %v", s, err)
		}
		dir := t.TempDir()
		root := filepath.Join(dir, "corpus")
		truth, err := corpusgen.Generate(root, corpusgen.Options{Seed: seed, Profile: profile})
		if err != nil {
			t.Fatalf("generate: %v", err)
		}
		cfg := pipeline.Config{Root: root, Out: filepath.Join(dir, "out"), NoCache: true, OCR: ocr,
			Now: func() time.Time { return time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC) }}
		noRef := os.Getenv("CLASSAUDIT_COPYEVAL_NOREF") != ""
		if !noRef {
			cfg.Checks.ReferenceDir = filepath.Join(root, truth.ReferenceDir)
		}
		res, err := pipeline.Run(context.Background(), cfg)
		if err != nil {
			t.Fatalf("sweep: %v", err)
		}
		r := copyeval.Evaluate(truth, res.Checks.Matches, res.Checks.Findings, copyeval.Options{PageText: copyeval.PageTextFrom(res.Submissions)})
		t.Logf("seed %d %s (without reference: %v):\n%s", seed, profile, noRef, r)
		if noRef {
			continue
		}
		for _, f := range r.Failures() {
			t.Errorf("seed %d: %s", seed, f)
		}
	}
}
