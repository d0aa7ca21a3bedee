package ocr

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestMeasurePreprocessing compares preprocessing and Tesseract settings
// over the generated scans and the real GB/T scan. It only reports; run it
// with OCR_MEASURE=1 (about a minute per setting on 2 cores).
func TestMeasurePreprocessing(t *testing.T) {
	if os.Getenv("OCR_MEASURE") == "" {
		t.Skip("set OCR_MEASURE=1 to run")
	}
	pool(t)
	text := worksheet(t)
	dir := t.TempDir()
	type doc struct {
		name, path, truth string
	}
	var docs []doc
	for _, c := range scanCases {
		path, truth := makeScanPDF(t, dir, text, c)
		docs = append(docs, doc{c.name, path, truth})
	}
	gbt := filepath.Join(realScans, "pdf2docx_demo-image-rotation_GBT10066_scan")
	if want, err := os.ReadFile(gbt + ".gt.txt"); err == nil {
		docs = append(docs, doc{"real_GBT10066_400dpi", gbt + ".pdf", string(want)})
	}
	settings := []struct {
		name string
		cfg  Config
	}{
		{"default", Config{}},
		{"no-deskew", Config{NoDeskew: true}},
		{"no-upscale", Config{NoUpscale: true}},
		{"down>350", Config{MaxDPI: 350}},
		{"chi_sim+eng", Config{Languages: []string{"chi_sim", "eng"}}},
		{"psm3", Config{PageSegMode: 3}},
	}
	if only := os.Getenv("OCR_MEASURE_ONLY"); only != "" {
		for _, s := range settings {
			if s.name == only {
				settings = settings[:0]
				settings = append(settings, s)
				break
			}
		}
	}
	for _, s := range settings {
		p := NewPool(s.cfg)
		var sum, secs float64
		line := s.name + ":"
		for _, d := range docs {
			imgs, _ := PageImages(context.Background(), d.path, []int{1})
			res, err := p.Recognize(context.Background(), imgs[1])
			if err != nil {
				t.Fatal(err)
			}
			acc := CharAccuracy(res.Text, d.truth)
			sum += acc
			secs += res.Seconds
			line += fmt.Sprintf(" %s=%.4f(%.1fs,c%.0f,r%d)", d.name, acc, res.Seconds, res.Confidence, res.Rotation)
		}
		p.Close()
		t.Logf("%s mean=%s seconds=%.1f", line, ftoa(sum/float64(len(docs))), secs)
	}
}

func ftoa(f float64) string { return fmt.Sprintf("%.4f", f) }
