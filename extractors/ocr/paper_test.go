package ocr

import (
	"image"
	"math"
	"testing"
)

// sheetOnDesk draws a white sheet turned by deg on a dark desk, with bars
// of ink inside its margins.
func sheetOnDesk(w, h int, deg float64) *image.Gray {
	g := image.NewGray(image.Rect(0, 0, w, h))
	sin, cos := math.Sin(deg*math.Pi/180), math.Cos(deg*math.Pi/180)
	cx, cy := float64(w)/2, float64(h)/2
	sw, sh := 0.6*float64(w), 0.7*float64(h) // the sheet
	for y := range h {
		for x := range w {
			// The point in the sheet's own frame.
			dx, dy := float64(x)-cx, float64(y)-cy
			u, v := dx*cos+dy*sin, -dx*sin+dy*cos
			val := uint8(60) // desk
			if math.Abs(u) < sw/2 && math.Abs(v) < sh/2 {
				val = 235
				// Text lines: bars inside a 10 % margin.
				if math.Abs(u) < 0.4*sw && math.Abs(v) < 0.4*sh && int(v+sh)%40 < 8 {
					val = uint8(20 + (x+y)%20) // ink of uneven grey, as scanned
				}
			}
			g.Pix[y*g.Stride+x] = val
		}
	}
	return g
}

// TestPaperOnDesk: a sheet photographed askew on a desk is cut out, the
// desk left in the corners painted paper, the ink kept; a scan whose frame
// is paper (a dark lid edge along one side only) is left as it is.
func TestPaperOnDesk(t *testing.T) {
	t.Parallel()
	g := sheetOnDesk(800, 1000, 4)
	out, ok := paperOnDesk(g, 100)
	if !ok {
		t.Fatal("sheet on a desk not found")
	}
	if out.Rect.Dx() >= 700 || out.Rect.Dy() >= 900 {
		t.Errorf("cut to %v, want the sheet's box (about 540×740)", out.Rect)
	}
	dark, ink := 0, 0
	w, h := out.Rect.Dx(), out.Rect.Dy()
	for y := range h {
		for x := range w {
			v := out.Pix[y*out.Stride+x]
			edge := x < w/20 || x >= w-w/20 || y < h/20 || y >= h-h/20
			if edge && v < 100 {
				dark++
			}
			if !edge && v < 50 {
				ink++
			}
		}
	}
	if dark > 0 {
		t.Errorf("%d desk pixels left along the sheet's edges", dark)
	}
	if ink < 5000 {
		t.Errorf("only %d ink pixels kept inside the sheet", ink)
	}
	// A scan: paper to the frame, a dark lid edge down one side.
	scan := image.NewGray(image.Rect(0, 0, 800, 1000))
	for i := range scan.Pix {
		scan.Pix[i] = 235
		if i%scan.Stride < 30 {
			scan.Pix[i] = 40
		}
	}
	if _, ok := paperOnDesk(scan, 100); ok {
		t.Error("a scan with a lid edge taken for a photograph")
	}
	// A sheet photographed straight is read as taken.
	if _, ok := paperOnDesk(sheetOnDesk(800, 1000, 0), 100); ok {
		t.Error("a straight sheet cut out")
	}
}
