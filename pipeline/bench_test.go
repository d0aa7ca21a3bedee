package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"classaudit/internal/corpusgen"
)

// benchCorpus generates the small sample corpus once per benchmark.
func benchCorpus(b *testing.B) string {
	b.Helper()
	root := b.TempDir()
	if _, err := corpusgen.Generate(root, corpusgen.Options{Seed: 3, Profile: "small"}); err != nil {
		b.Fatal(err)
	}
	return root
}

// BenchmarkSweepCold sweeps the sample corpus with an empty cache: every
// file is extracted and every scanned page OCRed.
func BenchmarkSweepCold(b *testing.B) {
	root := benchCorpus(b)
	ocr := testOCR(b)
	b.ResetTimer()
	for b.Loop() {
		out := b.TempDir()
		res, err := Run(context.Background(), Config{Root: root, Out: out, CacheDir: filepath.Join(out, "cache"), OCR: ocr})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(res.Stats.PagesOCRed), "ocr-pages/op")
	}
}

// BenchmarkSweepWarm re-sweeps an unchanged corpus over a filled cache:
// compare its ns/op with BenchmarkSweepCold (the bar is under 10%).
func BenchmarkSweepWarm(b *testing.B) {
	root := benchCorpus(b)
	ocr := testOCR(b)
	cache := b.TempDir()
	if _, err := Run(context.Background(), Config{Root: root, Out: b.TempDir(), CacheDir: cache, OCR: ocr}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		out, err := os.MkdirTemp(b.TempDir(), "out")
		if err != nil {
			b.Fatal(err)
		}
		res, err := Run(context.Background(), Config{Root: root, Out: out, CacheDir: cache, OCR: ocr})
		if err != nil {
			b.Fatal(err)
		}
		if res.Stats.CachedFiles != res.Stats.Files {
			b.Fatalf("warm sweep re-extracted %d of %d files", res.Stats.Files-res.Stats.CachedFiles, res.Stats.Files)
		}
		if res.Stats.PagesOCRed > 0 && res.Stats.CachedFiles == 0 {
			b.Fatal("warm sweep OCRed pages")
		}
	}
}
