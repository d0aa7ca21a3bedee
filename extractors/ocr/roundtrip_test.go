package ocr

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"testing"

	"classaudit/internal/scanimg"
)

// TestPageImagesRoundTrip wraps a page into PDFs with every lossless
// encoding and /Rotate, and expects PageImages to give back exactly the page
// as it displays.
func TestPageImagesRoundTrip(t *testing.T) {
	t.Parallel()
	if _, err := os.Stat(scanimg.PrintFont); err != nil {
		t.Skip("font not installed")
	}
	pages, err := scanimg.Render("学习任务考核记录\n教师评语：完成较好。", scanimg.Options{DPI: 100, BlackWhite: true, Seed: 9})
	if err != nil {
		t.Fatal(err)
	}
	want := pages[0].Image
	dir := t.TempDir()
	for _, enc := range []scanimg.Encoding{scanimg.FlateGray, scanimg.FlateBW, scanimg.CCITTG4} {
		for _, rot := range []int{0, 90, 180, 270} {
			name := fmt.Sprintf("%v_rotate%d", enc, rot)
			pdf, err := scanimg.WrapPDF([]image.Image{want}, 100, scanimg.PDFOptions{Encoding: enc, Rotate: rot})
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, name+".pdf")
			os.WriteFile(path, pdf, 0o644)
			imgs, err := PageImages(context.Background(), path, nil)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			got := imgs[1]
			if got.Image == nil || got.Image.Rect != want.Rect || !bytes.Equal(got.Image.Pix, want.Pix) {
				t.Errorf("%s: page image differs from the rendered page (got %v)", name, got.Image.Bounds())
			}
			if got.Rotation != rot || got.DPI < 99.5 || got.DPI > 100.5 {
				t.Errorf("%s: rotation %d dpi %.2f", name, got.Rotation, got.DPI)
			}
		}
	}
}

func FuzzParsePGM(f *testing.F) {
	f.Add([]byte("P5\n2 1\n255\n\x00\xff"))
	f.Add([]byte("P5 # c\n1 1 15\n\x0f"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := ParsePGM(data)
		if err == nil && len(g.Pix) != g.Rect.Dx()*g.Rect.Dy() {
			t.Fatal("size mismatch")
		}
	})
}

func FuzzImagePlacements(f *testing.F) {
	f.Add([]byte("q 595 0 0 842 0 0 cm /Im0 Do Q"))
	f.Add([]byte("BT (a\\) b) Tj ET BI /W 1 ID \x00 EI q 1 0 0 1 0 0 cm /X Do Q Q Q"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, m := range imagePlacements(data) {
			m.orientation()
		}
	})
}
