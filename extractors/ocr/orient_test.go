package ocr

import (
	"context"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"strings"
	"testing"

	"classaudit/internal/scanimg"
)

// TestSparseTablePage reads the last page of a scanned score table: four
// rows and a signature at the top, ruled, the rest blank. The rules make
// the page look sideways to the ink profiles, and the middle of the page,
// where its orientation used to be read, is empty: it was read turned by
// 270° into "| | CN" (a held-out corpus's item 10). It must be read
// upright, its rows with it.
func TestSparseTablePage(t *testing.T) {
	if testing.Short() {
		t.Skip("OCR")
	}
	p := pool(t)
	text := "27　　莫轩丽　　2023020328　　26　　39　　65\n28　　刘晴凯　　2023020329　　35　　42　　77\n29　　谭丽　　　2023020330　　33　　47　　80\n30　　覃立新　　2023020399　　29　　44　　73\n考核教师：岑国栋　　日期：2024年12月20日"
	pages, err := scanimg.Render(text, scanimg.Options{DPI: 200, Noise: 0.1, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	g := toGray(pages[0].Image)
	// The table's rules: a vertical line between each column, over the
	// rows, and one under each row.
	b := g.Rect
	top, bottom := b.Min.Y+b.Dy()*7/100, b.Min.Y+b.Dy()*20/100
	for _, fx := range []int{8, 14, 28, 50, 64, 78, 92} {
		x := b.Min.X + b.Dx()*fx/100
		for y := top; y < bottom; y++ {
			for dx := range 3 {
				g.SetGray(x+dx, y, color.Gray{})
			}
		}
	}
	for y := top; y < bottom; y += (bottom - top) / 4 {
		for x := b.Min.X + b.Dx()*8/100; x < b.Min.X+b.Dx()*92/100; x++ {
			g.SetGray(x, y, color.Gray{})
		}
	}
	res, err := p.Recognize(context.Background(), PageImage{Image: g, DPI: 200})
	if err != nil {
		t.Fatal(err)
	}
	if res.Rotation != 0 || !strings.Contains(res.Text, "日期") {
		t.Errorf("read turned by %d°: %q", res.Rotation, res.Text)
	}
	if r := orientationCrop(g, 200); r.Max.Y > b.Min.Y+b.Dy()/3 {
		t.Errorf("orientation read in %v, the ink is in the top fifth of %v", r, b)
	}
}

// TestSparseTablePageTurnedWrongly: the last page of a 300-dpi gray scan
// of a score table (testdata/sparse-table-300dpi.jpg, from a held-out
// corpus's item 10, recompressed): two rows and a signature line at the
// top, the rest blank but for scanner noise. The ink profiles take it for
// a page on its side and the orientation check turns it 90° or 270°, where
// it reads as noise at confidence 14–19. Read poorly turned, it is read as
// it stands too, and that reading wins.
func TestSparseTablePageTurnedWrongly(t *testing.T) {
	if testing.Short() {
		t.Skip("OCR")
	}
	fh, err := os.Open("testdata/sparse-table-300dpi.jpg")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	img, err := jpeg.Decode(fh)
	if err != nil {
		t.Fatal(err)
	}
	res, err := pool(t).Recognize(context.Background(), PageImage{Image: toGray(img), DPI: 300})
	if err != nil {
		t.Fatal(err)
	}
	if res.Rotation != 0 || !strings.Contains(res.Text, "233532145") || !strings.Contains(res.Text, "任课教师") {
		t.Errorf("read turned by %d° at confidence %.0f: %q", res.Rotation, res.Confidence, res.Text)
	}
}

// TestOrientationCrop: a page inked throughout is read in its middle half
// to tell which way is up; a page inked at the top only, where its ink is.
func TestOrientationCrop(t *testing.T) {
	page := func(y0, y1 int) *image.Gray {
		g := image.NewGray(image.Rect(0, 0, 1700, 2200))
		for i := range g.Pix {
			g.Pix[i] = 255
		}
		for y := y0; y < y1; y += 40 {
			for x := 200; x < 1500; x++ {
				if x%50 < 30 {
					for dy := range 20 {
						g.SetGray(x, y+dy, color.Gray{})
					}
				}
			}
		}
		return g
	}
	full := page(200, 2000)
	if got, want := orientationCrop(full, 200), image.Rect(212, 550, 1488, 1650); got != want {
		t.Errorf("page inked throughout: %v, want the middle half %v", got, want)
	}
	topOnly := page(150, 450)
	if got := orientationCrop(topOnly, 200); got.Min.Y > 200 || got.Max.Y < 400 || got.Max.Y > 520 {
		t.Errorf("page inked at the top: %v", got)
	}
}
