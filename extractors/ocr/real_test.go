package ocr

import (
	"context"
	_ "image/jpeg"
	_ "image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const realScans = "../../../shared/corpus/real/scanned"

// TestRealScans OCRs the real scans that have a transcription and reports
// their accuracy. Only the Chinese-simplified ones are held to a bar; the
// traditional-Chinese and vertical pages are reported, not tuned for.
func TestRealScans(t *testing.T) {
	p := pool(t)
	gts, _ := filepath.Glob(filepath.Join(realScans, "*.gt.txt"))
	if len(gts) == 0 {
		t.Skip("real corpus not present")
	}
	for _, gt := range gts {
		base := strings.TrimSuffix(gt, ".gt.txt")
		var src string
		for _, ext := range []string{".pdf", ".png", ".jpg"} {
			if _, err := os.Stat(base + ext); err == nil {
				src = base + ext
			}
		}
		if src == "" {
			continue
		}
		t.Run(filepath.Base(src), func(t *testing.T) {
			t.Parallel()
			want, err := os.ReadFile(gt)
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			var res Result
			var how string
			if strings.HasSuffix(src, ".pdf") {
				imgs, err := PageImages(ctx, src, []int{1})
				if err != nil {
					t.Logf("page images: %v", err)
				}
				pi, ok := imgs[1]
				if !ok {
					t.Fatal("no page image")
				}
				how = pi.Source
				res, err = p.Recognize(ctx, pi)
				if err != nil {
					t.Fatal(err)
				}
			} else {
				how = "file"
				if res, err = p.RecognizeImage(ctx, decodeFile(t, src)); err != nil {
					t.Fatal(err)
				}
			}
			acc := CharAccuracy(res.Text, string(want))
			t.Logf("%s: accuracy %.3f conf %.1f rot %d skew %.2f src %s %.1fs; text starts %q",
				filepath.Base(src), acc, res.Confidence, res.Rotation, res.Skew, how, res.Seconds, firstRunes(res.Text, 40))
			// Readable means most characters right; only for pages in the
			// script and direction chi_sim reads.
			if strings.Contains(src, "multi-line_cn") && acc < 0.85 {
				t.Errorf("accuracy %.3f on a clean simplified-Chinese screenshot", acc)
			}
			if strings.Contains(src, "GBT10066") && res.Rotation != 0 {
				t.Errorf("rotation %d on a page whose /Rotate already makes it upright", res.Rotation)
			}
		})
	}
}

func firstRunes(s string, n int) string {
	r := []rune(strings.ReplaceAll(s, "\n", " "))
	return string(r[:min(n, len(r))])
}
