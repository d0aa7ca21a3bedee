package scanimg

import (
	"bytes"
	"image"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/image/ccitt"
)

const sample = "学习任务考核记录：本学期共完成三个学习任务，学生能够按照工作页要求完成资料收集、方案设计与实施。\n教师评语：完成较好，书写认真。"

func needFont(t *testing.T, path string) {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("font %s not installed", path)
	}
}

func TestRenderDeterministic(t *testing.T) {
	needFont(t, KaiFont)
	opt := Options{DPI: 150, FontPath: KaiFont, Handwriting: true, RotateDeg: 2, Noise: 0.3, Seed: 7}
	a, err := Render(sample, opt)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Render(sample, opt)
	if len(a) != 1 || !bytes.Equal(a[0].Image.Pix, b[0].Image.Pix) {
		t.Fatalf("same seed, different pages")
	}
	opt.Seed = 8
	c, _ := Render(sample, opt)
	if bytes.Equal(a[0].Image.Pix, c[0].Image.Pix) {
		t.Fatalf("different seeds, same page")
	}
	if got := a[0].Image.Bounds(); got.Dx() != 1240 || got.Dy() != 1754 {
		t.Fatalf("A4 at 150 dpi: got %v", got)
	}
	if strings.Join(strings.Fields(a[0].Text), "") != strings.Join(strings.Fields(sample), "") {
		t.Fatalf("page text %q", a[0].Text)
	}
}

func TestRenderFonts(t *testing.T) {
	for _, f := range []string{PrintFont, KaiFont, UKaiFont} {
		if _, err := os.Stat(f); err != nil {
			t.Logf("%s not installed", f)
			continue
		}
		pages, err := Render(sample, Options{DPI: 72, FontPath: f})
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		ink := 0
		for _, v := range pages[0].Image.Pix {
			if v < 128 {
				ink++
			}
		}
		if ink < 500 {
			t.Errorf("%s: only %d ink pixels", f, ink)
		}
	}
}

func TestRenderPaginates(t *testing.T) {
	needFont(t, PrintFont)
	long := strings.Repeat(sample+"\n", 40)
	pages, err := Render(long, Options{DPI: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) < 2 {
		t.Fatalf("%d pages for %d runes", len(pages), len([]rune(long)))
	}
	var all strings.Builder
	for _, p := range pages {
		all.WriteString(p.Text)
	}
	strip := func(s string) string { return strings.Join(strings.Fields(s), "") }
	if strip(all.String()) != strip(long) {
		t.Fatalf("pages lose text")
	}
}

func TestG4RoundTrip(t *testing.T) {
	needFont(t, PrintFont)
	pages, err := Render(sample, Options{DPI: 150, Noise: 0.2, RotateDeg: 1.5, BlackWhite: true, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	g := pages[0].Image
	w, h := g.Rect.Dx(), g.Rect.Dy()
	data := encodeG4(bilevel(g), w)
	r := ccitt.NewReader(bytes.NewReader(data), ccitt.MSB, ccitt.Group4, w, h, &ccitt.Options{})
	dec, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	stride := (w + 7) / 8
	if len(dec) != stride*h {
		t.Fatalf("decoded %d bytes, want %d", len(dec), stride*h)
	}
	bad := 0
	for y := range h {
		for x := range w {
			white := dec[y*stride+x/8]&(0x80>>(x%8)) != 0
			if white != (g.Pix[y*g.Stride+x] >= 128) {
				bad++
			}
		}
	}
	if bad != 0 {
		t.Fatalf("%d pixels differ after G4 round trip", bad)
	}
	t.Logf("G4: %d×%d page in %d bytes", w, h, len(data))
}

// TestWrapPDFPoppler checks every encoding with poppler, an independent reader.
func TestWrapPDFPoppler(t *testing.T) {
	needFont(t, PrintFont)
	if _, err := exec.LookPath("pdfimages"); err != nil {
		t.Skip("poppler-utils not installed")
	}
	pages, err := Render(sample, Options{DPI: 100, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, enc := range []Encoding{DCT, FlateGray, FlateBW, CCITTG4} {
		for _, rot := range []int{0, 90} {
			pdf, err := WrapPDF([]image.Image{pages[0].Image, pages[0].Image}, 100, PDFOptions{Encoding: enc, Rotate: rot})
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, enc.String()+".pdf")
			os.WriteFile(path, pdf, 0o644)
			out, err := exec.Command("pdfimages", "-list", path).CombinedOutput()
			if err != nil {
				t.Fatalf("%v rot %d: pdfimages: %v\n%s", enc, rot, err, out)
			}
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")
			if len(lines) != 4 || strings.Contains(string(out), "Error") {
				t.Fatalf("%v rot %d: pdfimages -list:\n%s", enc, rot, out)
			}
			info, _ := exec.Command("pdfinfo", path).CombinedOutput()
			if rot == 90 && !strings.Contains(string(info), "Page rot:        90") {
				t.Fatalf("%v: /Rotate lost:\n%s", enc, info)
			}
			// Render and check the page is mostly white with some ink.
			ppm, err := exec.Command("pdftoppm", "-r", "30", "-gray", "-f", "1", "-l", "1", path).Output()
			if err != nil || len(ppm) < 100 {
				t.Fatalf("%v: pdftoppm: %v", enc, err)
			}
		}
	}
}

// TestRenderRuled: a table typed with tabs is drawn with its columns at the
// tab stops and ruled in grey: a rule above each line and below the last,
// and one down each column gap; without Ruled, no rule.
func TestRenderRuled(t *testing.T) {
	needFont(t, PrintFont)
	table := "序号\t姓名\t总分\n1\t王芳\t85\n2\t李强\t90"
	lineH := int(math.Round(12.0 / 72 * 150 * 1.7))
	// rules counts the runs of rule grey at least minAcross long across
	// and minDown long down.
	rules := func(g *image.Gray, minAcross, minDown int) (across, down int) {
		b := g.Rect
		count := func(n, m int, at func(i, j int) uint8, min int) int {
			k := 0
			for i := range n {
				run := 0
				for j := range m {
					if at(i, j) == ruleGray {
						run++
						if run == min {
							k++
						}
					} else {
						run = 0
					}
				}
			}
			return k
		}
		across = count(b.Dy(), b.Dx(), func(y, x int) uint8 { return g.GrayAt(b.Min.X+x, b.Min.Y+y).Y }, minAcross)
		down = count(b.Dx(), b.Dy(), func(x, y int) uint8 { return g.GrayAt(b.Min.X+x, b.Min.Y+y).Y }, minDown)
		return across, down
	}
	opt := Options{DPI: 150, TabMM: 30, Ruled: true}
	pages, err := Render(table, opt)
	if err != nil {
		t.Fatal(err)
	}
	across, down := rules(pages[0].Image, mmToPx(55, 150), 3*lineH)
	if across != 4 { // one pixel thick at 150 dpi: 4 rules, 4 rows of pixels
		t.Errorf("%d horizontal rules, want 4", across)
	}
	if down != 4 { // the two edges and the two gaps between three columns
		t.Errorf("%d vertical rules, want 4", down)
	}
	opt.Ruled = false
	plain, _ := Render(table, opt)
	if across, down := rules(plain[0].Image, mmToPx(55, 150), 3*lineH); across+down > 0 {
		t.Errorf("without Ruled: %d rules across, %d down", across, down)
	}
}
