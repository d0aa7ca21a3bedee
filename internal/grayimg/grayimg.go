// Package grayimg holds the grey-image geometry that both the scan
// generator and the OCR preprocessing need.
package grayimg

import "image"

// Rotate90 turns g clockwise by deg (a multiple of 90); 0 returns g itself.
func Rotate90(g *image.Gray, deg int) *image.Gray {
	deg = ((deg % 360) + 360) % 360
	if deg == 0 {
		return g
	}
	w, h := g.Rect.Dx(), g.Rect.Dy()
	var dst *image.Gray
	if deg == 180 {
		dst = image.NewGray(image.Rect(0, 0, w, h))
	} else {
		dst = image.NewGray(image.Rect(0, 0, h, w))
	}
	for y := range h {
		row := g.Pix[g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y):]
		for x := range w {
			var dx, dy int
			switch deg {
			case 90:
				dx, dy = h-1-y, x
			case 180:
				dx, dy = w-1-x, h-1-y
			case 270:
				dx, dy = y, w-1-x
			}
			dst.Pix[dy*dst.Stride+dx] = row[x]
		}
	}
	return dst
}
