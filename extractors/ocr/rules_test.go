package ocr

import (
	"context"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"os"
	"regexp"
	"strings"
	"testing"

	"classaudit/internal/scanimg"
)

// paperPage returns a blank page of w×h pixels at paper grey 250, and a
// function that paints a rectangle of it in grey v.
func paperPage(w, h int) (*image.Gray, func(r image.Rectangle, v uint8)) {
	g := image.NewGray(image.Rect(0, 0, w, h))
	fill := func(r image.Rectangle, v uint8) {
		draw.Draw(g, r, image.NewUniform(color.Gray{Y: v}), image.Point{}, draw.Src)
	}
	fill(g.Rect, 250)
	return g, fill
}

// TestRemoveRules: grey table rules, across and down, are painted over;
// text beside them, a dark block (a photo) and a page without rules are
// left as they are.
func TestRemoveRules(t *testing.T) {
	t.Parallel()
	const dpi = 200
	g, fill := paperPage(1000, 1200)
	// "characters": 30×30 blocks of strokes, 6 px from the rules.
	var chars []image.Rectangle
	for row := range 5 {
		for col := range 3 {
			chars = append(chars, image.Rect(106+col*200, 106+row*100, 136+col*200, 136+row*100))
		}
	}
	for _, c := range chars {
		for x := c.Min.X; x < c.Max.X; x += 6 {
			fill(image.Rect(x, c.Min.Y, x+3, c.Max.Y), 20)
		}
	}
	photo := image.Rect(700, 700, 950, 1100)
	fill(photo, 40)
	before := image.NewGray(g.Rect)
	copy(before.Pix, g.Pix)
	if _, st := removeRules(before, dpi); st.pixels != 0 {
		t.Fatalf("a page without rules: %d rule pixels found", st.pixels)
	}
	// Rules 3 px wide in grey: rows every 100 px, columns every 200.
	for y := 100; y <= 600; y += 100 {
		fill(image.Rect(100, y-1, 700, y+2), 120)
	}
	for x := 100; x <= 700; x += 200 {
		fill(image.Rect(x-1, 100, x+2, 600), 120)
	}
	// The same page inside a larger picture: its rows a stride wider than
	// the page and its origin off (0, 0), as decoded scans come.
	const off = 7
	big := image.NewGray(image.Rect(0, 0, g.Rect.Dx()+2*off+3, g.Rect.Dy()+2*off))
	draw.Draw(big, g.Rect.Add(image.Pt(off, off)), g, image.Point{}, draw.Src)
	inner := big.SubImage(g.Rect.Add(image.Pt(off, off))).(*image.Gray)
	for _, c := range []struct {
		name string
		img  *image.Gray
		d    image.Point
	}{{"page", g, image.Point{}}, {"page inside a picture", inner, image.Pt(off, off)}} {
		out, st := removeRules(c.img, dpi)
		if st.pixels == 0 || st.ruleGray < 110 || st.ruleGray > 130 || st.inkGray > 45 {
			t.Errorf("%s: stats %+v: want the rules found, grey 120, and other ink darker", c.name, st)
		}
		if out.Rect != c.img.Rect {
			t.Fatalf("%s: out %v, in %v", c.name, out.Rect, c.img.Rect)
		}
		for y := 100; y <= 600; y += 100 {
			for x := 100; x < 700; x++ {
				if v := out.GrayAt(x+c.d.X, y+c.d.Y).Y; v < 200 {
					t.Fatalf("%s: rule pixel (%d,%d) left: %d", c.name, x, y, v)
				}
			}
		}
		// The column rules too, though the row rules cut them into
		// pieces a row high, shorter than a rule.
		for x := 100; x <= 700; x += 200 {
			for y := 100; y < 600; y++ {
				if v := out.GrayAt(x+c.d.X, y+c.d.Y).Y; v < 200 {
					t.Fatalf("%s: column rule pixel (%d,%d) left: %d", c.name, x, y, v)
				}
			}
		}
		for _, r := range append(chars, photo) {
			for y := r.Min.Y; y < r.Max.Y; y++ {
				for x := r.Min.X; x < r.Max.X; x++ {
					if out.GrayAt(x+c.d.X, y+c.d.Y) != before.GrayAt(x, y) {
						t.Fatalf("%s: ink at (%d,%d) changed", c.name, x, y)
					}
				}
			}
		}
	}
}

// TestRemoveRulesLight: a scan's rules often come out lighter than its
// text (a 200-dpi score table scanned by ImageMagick from a LibreOffice
// PDF: rules at grey 186–209, text near black, Otsu's threshold 182).
// Tesseract's own threshold still takes them for ink and reads them as
// dashes under every row, losing half the rows; they are removed too.
func TestRemoveRulesLight(t *testing.T) {
	t.Parallel()
	const dpi = 300
	g, fill := paperPage(1600, 1400)
	// Text: 40×40 blocks of near-black strokes, 12 px from the rules.
	for row := range 10 {
		for col := range 20 {
			x, y := 120+col*60, 112+row*100
			for sx := x; sx < x+40; sx += 8 {
				fill(image.Rect(sx, y, sx+4, y+40), 25)
			}
		}
	}
	// Rules blurred light grey: 195 in the middle, 225 either side; the
	// column rules 5 px wide in the middle, cut by the row rules.
	for y := 100; y <= 1100; y += 100 {
		fill(image.Rect(100, y-2, 1400, y+3), 225)
		fill(image.Rect(100, y-1, 1400, y+2), 195)
	}
	for x := 110; x <= 1310; x += 600 {
		fill(image.Rect(x-3, 100, x+4, 1100), 225)
		fill(image.Rect(x-2, 100, x+3, 1100), 195)
	}
	if th := inkThreshold(g); th >= 195 {
		t.Fatalf("Otsu's threshold %d: the rules are not lighter than it", th)
	}
	out, st := removeRules(g, dpi)
	if st.pixels == 0 {
		t.Fatal("no rule found")
	}
	for y := 100; y <= 1100; y += 100 {
		for dy := -2; dy <= 2; dy++ {
			for x := 100; x < 1400; x++ {
				if v := out.GrayAt(x, y+dy).Y; v < 240 {
					t.Fatalf("rule pixel (%d,%d) left: %d", x, y+dy, v)
				}
			}
		}
	}
	for x := 110; x <= 1310; x += 600 {
		for dx := -2; dx <= 2; dx++ {
			for y := 100; y < 1100; y++ {
				if v := out.GrayAt(x+dx, y).Y; v < 240 {
					t.Fatalf("column rule pixel (%d,%d) left: %d", x+dx, y, v)
				}
			}
		}
	}
}

// TestRemoveRulesSpeckled: on a nearly blank noisy scan (a table's last
// page: its footer alone) Otsu's threshold falls in the noise, whose specks
// would line up into rules (seen on a generated scan); none is found.
func TestRemoveRulesSpeckled(t *testing.T) {
	t.Parallel()
	found := 0
	for seed := uint64(1); seed <= 4; seed++ {
		pages, err := scanimg.Render("平均分：77.5\n考核教师：赵桐语", scanimg.Options{DPI: 200, Noise: 0.25, Blur: true, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		g := scale(pages[0].Image, 1.5) // read at 300 dpi
		if !speckledPage(g) {
			continue
		}
		found++
		if out, st := removeRules(g, 300); st.pixels != 0 || out != g {
			t.Errorf("seed %d: %d rule pixels found on a speckled page", seed, st.pixels)
		}
	}
	if found == 0 {
		t.Fatal("no test page is a speckled page")
	}
}

// TestRuledTablePage reads a score table scanned at 300 dpi with grey
// rules (a typed table printed and scanned, as other tools make them) with
// and without the rules removed. With them, the page's vertical rules made
// it pass for a page on its side and it was read turned by 90°; without
// them it reads upright and more rows are read with every number.
func TestRuledTablePage(t *testing.T) {
	if testing.Short() {
		t.Skip("OCR of two pages, twice")
	}
	if _, err := os.Stat("/usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata"); err != nil {
		t.Skip("tesseract chi_sim not installed")
	}
	var b strings.Builder
	b.WriteString("序号\t姓名\t过程(满分60)\t终结(满分40)\t总分")
	surnames, given := []rune("王李张刘陈杨黄赵吴周"), []rune("伟芳娜敏静丽强磊军洋")
	for n := 1; n <= 25; n++ {
		name := string(surnames[n%10]) + string(given[(n*7)%10]) + string(given[(n*3)%10])
		a, c := 36+(n*7)%25, 20+(n*11)%21
		fmt.Fprintf(&b, "\n%d\t%s\t%d\t%d\t%d", n, name, a, c, a+c)
	}
	full := regexp.MustCompile(`\d{2}\D{0,4}\d{2}\D{0,4}\d{2,3}\D{0,4}$`)
	rows := func(text string) int {
		k := 0
		for _, l := range strings.Split(text, "\n") {
			if full.MatchString(l) {
				k++
			}
		}
		return k
	}
	keep := NewPool(Config{Workers: 1, KeepRules: true})
	defer keep.Close()
	clean := NewPool(Config{Workers: 1})
	defer clean.Close()
	var kept, cleaned int
	for seed := uint64(1); seed <= 2; seed++ {
		pages, err := scanimg.Render(b.String(), scanimg.Options{DPI: 300, TabMM: 30, Ruled: true, RotateDeg: 0.6 + 0.3*float64(seed), Noise: 0.1, Blur: true, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		pi := PageImage{Image: pages[0].Image, DPI: 300}
		k, err := keep.Recognize(context.Background(), pi)
		if err != nil {
			t.Fatal(err)
		}
		c, err := clean.Recognize(context.Background(), pi)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("seed %d: rules kept: turned %d°, %d rows whole; removed: turned %d°, %d rows whole", seed, k.Rotation, rows(k.Text), c.Rotation, rows(c.Text))
		if c.Rotation != 0 {
			t.Errorf("seed %d: rules removed, the page was read turned by %d°", seed, c.Rotation)
		}
		kept, cleaned = kept+rows(k.Text), cleaned+rows(c.Text)
	}
	if cleaned <= kept {
		t.Errorf("rules removed: %d rows read whole, kept: %d", cleaned, kept)
	}
}

// TestStraightRules: a ruled table scanned 1.9° askew. Its rules, looked
// for as scanned, break into pieces across the lines of pixels, and the
// shorter pieces are left; looked for again on the page turned straight
// (straightRules), they are painted over too, the ink between them kept.
func TestStraightRules(t *testing.T) {
	t.Parallel()
	const dpi, skew = 300, 1.9
	g, fill := paperPage(2400, 1600)
	var cells []image.Rectangle
	for y := 200; y < 1400; y += 75 {
		fill(image.Rect(150, y-1, 2250, y+2), 30)
		if y+75 < 1400 {
			for x := 150; x < 2250; x += 300 {
				// a "number" in each cell: two strokes
				c := image.Rect(x+130, y+22, x+170, y+52)
				fill(image.Rect(c.Min.X, c.Min.Y, c.Min.X+5, c.Max.Y), 20)
				fill(image.Rect(c.Max.X-5, c.Min.Y, c.Max.X, c.Max.Y), 20)
				cells = append(cells, c)
			}
		}
	}
	for x := 150; x <= 2250; x += 300 {
		fill(image.Rect(x-1, 200, x+2, 1326), 30)
	}
	scanned := rotateFine(g, skew, 250)
	// As the engine reads it: rules removed, turned straight, removed.
	cleaned, _ := removeRules(scanned, dpi)
	straight, _ := removeRules(rotateFine(cleaned, -skew, paperLevel(cleaned)), dpi)
	dark := func(img *image.Gray) (rules, ink int) {
		for y := 150; y < 1450; y++ {
			for x := 100; x < 2300; x++ {
				if img.GrayAt(x, y).Y >= 160 {
					continue
				}
				in := false
				for _, c := range cells {
					in = in || image.Pt(x, y).In(c.Inset(-6))
				}
				if in {
					ink++
				} else {
					rules++
				}
			}
		}
		return
	}
	left, _ := dark(straight)
	if left == 0 {
		t.Fatalf("no rule pixel left after the rules were looked for as scanned: the case is not shown")
	}
	out := straightRules(straight, rotateFine(scanned, -skew, paperLevel(scanned)), dpi)
	rules, ink := dark(out)
	if rules > left/10 {
		t.Errorf("rule pixels left: %d of %d", rules, left)
	}
	if _, want := dark(straight); ink < want*9/10 {
		t.Errorf("ink in the cells: %d, was %d", ink, want)
	}
}

// TestErasedAcross: a scanner's streak down a column of numbers is painted
// over as a rule, with the strokes it crosses; those numbers are erased
// across, a number beside a cell's rule is not.
func TestErasedAcross(t *testing.T) {
	t.Parallel()
	const dpi = 300
	ref, fill := paperPage(1200, 1600)
	var crossed, beside []image.Rectangle
	for y := 100; y < 1500; y += 80 {
		// "numbers": a ring of thin strokes 30×40 (the streak bridges
		// them), one column of them on the streak's line, one 20 px
		// right of a cell rule.
		a := image.Rect(300, y, 330, y+40)
		b := image.Rect(720, y, 750, y+40)
		for _, c := range []image.Rectangle{a, b} {
			fill(image.Rect(c.Min.X, c.Min.Y, c.Max.X, c.Min.Y+2), 20)
			fill(image.Rect(c.Min.X, c.Max.Y-2, c.Max.X, c.Max.Y), 20)
			fill(image.Rect(c.Min.X, c.Min.Y, c.Min.X+3, c.Max.Y), 20)
			fill(image.Rect(c.Max.X-3, c.Min.Y, c.Max.X, c.Max.Y), 20)
		}
		crossed, beside = append(crossed, a), append(beside, b)
	}
	fill(image.Rect(313, 50, 316, 1550), 60) // the streak, through the numbers
	fill(image.Rect(699, 50, 702, 1550), 60) // a cell's rule
	g, _ := removeRules(ref, dpi)
	erased := erasedAcross(ref, g)
	for _, b := range crossed {
		if !erased(b) {
			t.Errorf("number at %v under the streak: not erased across", b)
			break
		}
	}
	for _, b := range beside {
		if erased(b) {
			t.Errorf("number at %v beside a rule: erased across", b)
			break
		}
	}
}
