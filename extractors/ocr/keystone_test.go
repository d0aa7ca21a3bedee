package ocr

import (
	"image"
	"math"
	"regexp"
	"strings"
	"testing"
)

// sheetInPerspective draws a sheet of sw×sh with bars of ink (lines of
// text) every 40 px inside a 10 % margin, photographed from an angle: the
// sheet's point (u, v) lands at ((a·u + b·v + c)/d, (e·u + f·v + k)/d) with
// d = 1 + p·u + q·v, on a desk of grey 60. The map is written out here,
// not solved, so that the test does not lean on homography.
func sheetInPerspective(w, h int, sw, sh float64) *image.Gray {
	g := image.NewGray(image.Rect(0, 0, w, h))
	for i := range g.Pix {
		g.Pix[i] = 60
	}
	// Turned by about 4°, the far (top) edge shorter than the near one.
	a, b, c := 0.95, -0.07, 0.16*float64(w)
	e, f, k := 0.06, 0.93, 0.05*float64(h)
	p, q := 0.0001, -0.00012
	for v := 0.0; v < sh; v += 0.4 {
		for u := 0.0; u < sw; u += 0.4 {
			d := 1 + p*u + q*v
			x, y := int((a*u+b*v+c)/d), int((e*u+f*v+k)/d)
			if x < 0 || y < 0 || x >= w || y >= h {
				continue
			}
			val := uint8(235)
			if u > 0.1*sw && u < 0.9*sw && v > 0.1*sh && v < 0.9*sh && int(v)%40 < 8 {
				val = uint8(20 + (x+y)%20) // ink of uneven grey, as scanned
			}
			g.Pix[y*g.Stride+x] = val
		}
	}
	return g
}

// TestPaperOnDeskKeystone: a sheet photographed at an angle (its far edge
// shorter, its lines of text no longer parallel) comes out of paperOnDesk
// a rectangle with every line level: each bar of ink starts on the same
// row at the left and at the right of the page. Cut out and deskewed
// only, the bars at the top and at the foot of the sheet lean differently
// and no one turn levels them all.
func TestPaperOnDeskKeystone(t *testing.T) {
	t.Parallel()
	const sw, sh = 560.0, 760.0
	g := sheetInPerspective(800, 1000, sw, sh)
	out, ok := paperOnDesk(g, 100)
	if !ok {
		t.Fatal("sheet on a desk not found")
	}
	out, _ = deskew(out, 100) // as the engine does next
	w, h := out.Rect.Dx(), out.Rect.Dy()
	// The sheet drawn back is about as large as the picture made it: its
	// near edge is 0.95·560/(1−0.00012·760) ≈ 585 wide.
	if w < 500 || w > 640 || h < 650 || h > 820 {
		t.Errorf("drawn back to %d×%d, want about 585×780", w, h)
	}
	// The first row of ink in a column, from y on.
	firstInk := func(x, from int) int {
		for y := from; y < h; y++ {
			if out.Pix[y*out.Stride+x] < 100 {
				return y
			}
		}
		return -1
	}
	left, right := w*2/10, w*8/10
	bars := 0
	for y := 0; y < h; {
		l := firstInk(left, y)
		if l < 0 {
			break
		}
		r := firstInk(right, y)
		if r < 0 || math.Abs(float64(l-r)) > 3 {
			t.Fatalf("a bar starts at row %d on the left and %d on the right: not level", l, r)
		}
		bars++
		y = max(l, r) + 20 // past this bar (8 high, 40 apart)
	}
	if bars < 15 {
		t.Errorf("%d bars of ink found level, want the sheet's 15 or more", bars)
	}
}

// TestHomography: the map solved takes the rectangle's corners onto the
// quadrilateral's, and its middle inside it.
func TestHomography(t *testing.T) {
	t.Parallel()
	q := [4]pt{{102, 37}, {611, 55}, {650, 780}, {80, 760}}
	hm, ok := homography(500, 700, q)
	if !ok {
		t.Fatal("no map")
	}
	at := func(u, v float64) pt {
		d := hm[6]*u + hm[7]*v + 1
		return pt{(hm[0]*u + hm[1]*v + hm[2]) / d, (hm[3]*u + hm[4]*v + hm[5]) / d}
	}
	for i, c := range [4]pt{{0, 0}, {500, 0}, {500, 700}, {0, 700}} {
		got := at(c.x, c.y)
		if math.Hypot(got.x-q[i].x, got.y-q[i].y) > 1e-6 {
			t.Errorf("corner %v goes to %v, want %v", c, got, q[i])
		}
	}
	if m := at(250, 350); m.x < 300 || m.x > 400 || m.y < 350 || m.y > 450 {
		t.Errorf("middle goes to %v, not inside", m)
	}
}

// TestSheetCornersRagged: an edge that is not straight (a curled sheet,
// the desk as bright as the paper along part of it) gives no corners, so
// the sheet is only cut out and turned.
func TestSheetCornersRagged(t *testing.T) {
	t.Parallel()
	g := sheetOnDesk(800, 1000, 4)
	// Bright patches on the desk along the left edge, every other 60 rows.
	for y := 0; y < 1000; y++ {
		if y/60%2 == 0 {
			for x := 0; x < 200; x++ {
				g.Pix[y*g.Stride+x] = 235
			}
		}
	}
	if _, ok := sheetCorners(g, 150, image.Rect(100, 100, 700, 900)); ok {
		t.Error("corners found on a ragged edge")
	}
	if _, ok := sheetCorners(sheetOnDesk(800, 1000, 4), 150, image.Rect(100, 100, 700, 900)); !ok {
		t.Error("no corners on a clean sheet")
	}
}

// TestDeskSheetUnevenLight: a sheet photographed in a light that falls
// off towards one side (paper 145 at the left, 235 at the right, ink 60
// below it) passes for a speckled page as cut out: Otsu's threshold takes
// the shade for ink; so the engine reads it with the light made even too
// (page), and evened (evenLight) the paper is white throughout, every bar
// of ink still dark, no speckled page.
func TestDeskSheetUnevenLight(t *testing.T) {
	t.Parallel()
	g := sheetOnDesk(800, 1000, 4)
	for y := range 1000 {
		for x := range 800 {
			v := g.Pix[y*g.Stride+x]
			if v == 60 {
				g.Pix[y*g.Stride+x] = 20 // a dark desk
				continue
			}
			light := 145 + 90*float64(x)/800
			if v < 100 {
				g.Pix[y*g.Stride+x] = uint8(light - 60)
			} else {
				g.Pix[y*g.Stride+x] = uint8(light)
			}
		}
	}
	cut, ok := paperOnDesk(g, 100)
	if !ok || !speckledPage(cut) {
		t.Fatalf("the uneven sheet should read as speckled once cut out (ok %v)", ok)
	}
	sheets := deskSheets(g, 100)
	if len(sheets) < 2 {
		t.Fatalf("%d pictures to read, want the sheet and the sheet evened", len(sheets))
	}
	out := sheets[len(sheets)-1]
	if speckledPage(out) {
		t.Fatal("light not made even: still a speckled page")
	}
	// Bars: the middle column, dark rows 8 of every 40 inside the margins.
	w, h := out.Rect.Dx(), out.Rect.Dy()
	dark := 0
	for y := h / 5; y < 4*h/5; y++ {
		for _, x := range []int{w / 5, w / 2, 4 * w / 5} {
			if out.Pix[y*out.Stride+x] < 128 {
				dark++
			}
		}
	}
	if rows := 3 * 3 * h / 5; dark < rows/8 || dark > rows/3 {
		t.Errorf("%d dark pixels on three columns over %d rows, want the bars' share (about a fifth)", dark, 3*h/5)
	}
}

// TestSheetCornersCardOverEdge: a playing card lying over the sheet's
// right edge (heldout127's 鄂州 register, photographed) takes a quarter of
// that edge's samples off the line; the edge is still found where the
// sheet's is, not pulled towards the card's.
func TestSheetCornersCardOverEdge(t *testing.T) {
	t.Parallel()
	clean := sheetOnDesk(800, 1000, 4)
	want, ok := sheetCorners(clean, 150, image.Rect(100, 100, 700, 900))
	if !ok {
		t.Fatal("no corners on the clean sheet")
	}
	g := sheetOnDesk(800, 1000, 4)
	for y := 580; y < 720; y++ {
		for x := 600; x < 770; x++ {
			g.Pix[y*g.Stride+x] = 245 // the card, whiter than the paper
		}
	}
	got, ok := sheetCorners(g, 150, image.Rect(100, 100, 700, 900))
	if !ok {
		t.Fatal("no corners with the card over the edge")
	}
	for i := range got {
		if math.Hypot(got[i].x-want[i].x, got[i].y-want[i].y) > 4 {
			t.Errorf("corner %d at %v, want %v", i, got[i], want[i])
		}
	}
}

// TestDeskRegisterCutOut: heldout127's 鄂州 新能源 register, photographed
// on a desk in perspective with a playing card over its right edge (200
// dpi, grey). Drawn back from its edges, its pale rules stay as double
// lines and Tesseract reads no row with its scores (confidence about 50);
// cut out only, it reads 21 of its 28 (about 70). The engine reads both
// and keeps the surer, so the rows are read.
func TestDeskRegisterCutOut(t *testing.T) {
	t.Parallel()
	res := recognizeTestdata(t, "register-desk-card-200dpi.jpg", 200)
	row := regexp.MustCompile(`\p{Han}{2,3}\s*\d{1,2}( \d{1,2}){4} \d{2}`)
	n := 0
	for _, l := range strings.Split(res.Text, "\n") {
		if row.MatchString(l) {
			n++
		}
	}
	if n < 15 {
		t.Errorf("%d of the 28 rows read with a name and its five scores and total, want 15 or more (confidence %.0f):\n%s", n, res.Confidence, res.Text)
	}
}
