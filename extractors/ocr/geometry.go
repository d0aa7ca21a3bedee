package ocr

import (
	"image"
	"math"
)

func flipVertical(g *image.Gray) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	dst := image.NewGray(image.Rect(0, 0, w, h))
	for y := range h {
		copy(dst.Pix[(h-1-y)*dst.Stride:(h-1-y)*dst.Stride+w], g.Pix[g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y):])
	}
	return dst
}

// rotateFine turns g by deg degrees (counter-clockwise positive) about its
// centre with bilinear sampling, keeping its size; uncovered corners are
// filled with fill.
func rotateFine(g *image.Gray, deg float64, fill uint8) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	dst := image.NewGray(image.Rect(0, 0, w, h))
	s, c := math.Sincos(deg * math.Pi / 180)
	cx, cy := float64(w)/2, float64(h)/2
	for y := range h {
		dy := float64(y) - cy
		row := dst.Pix[y*dst.Stride : y*dst.Stride+w]
		// Source coordinates advance linearly along the row.
		sx := c*(-cx) - s*dy + cx
		sy := s*(-cx) + c*dy + cy
		for x := range row {
			row[x] = sample(g, sx, sy, fill)
			sx += c
			sy += s
		}
	}
	return dst
}

func sample(g *image.Gray, x, y float64, fill uint8) uint8 {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	if x < 0 || y < 0 {
		return fill
	}
	x0, y0 := int(x), int(y)
	if x0+1 >= w || y0+1 >= h {
		return fill
	}
	fx, fy := x-float64(x0), y-float64(y0)
	o := y0*g.Stride + x0
	p00, p01 := float64(g.Pix[o]), float64(g.Pix[o+1])
	p10, p11 := float64(g.Pix[o+g.Stride]), float64(g.Pix[o+g.Stride+1])
	top := p00 + (p01-p00)*fx
	bot := p10 + (p11-p10)*fx
	return uint8(top + (bot-top)*fy + 0.5)
}

// scale resizes g by factor f with bilinear sampling (area-averaging is
// not needed: we only scale up, or down for cheap analyses where aliasing
// does not matter).
func scale(g *image.Gray, f float64) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	nw, nh := max(1, int(float64(w)*f+0.5)), max(1, int(float64(h)*f+0.5))
	dst := image.NewGray(image.Rect(0, 0, nw, nh))
	inv := 1 / f
	for y := range nh {
		sy := (float64(y)+0.5)*inv - 0.5
		sy = math.Max(0, math.Min(sy, float64(h-1)-1e-6))
		row := dst.Pix[y*dst.Stride : y*dst.Stride+nw]
		for x := range row {
			sx := (float64(x)+0.5)*inv - 0.5
			sx = math.Max(0, math.Min(sx, float64(w-1)-1e-6))
			row[x] = sampleClamped(g, sx, sy)
		}
	}
	return dst
}

func sampleClamped(g *image.Gray, x, y float64) uint8 {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	x0, y0 := int(x), int(y)
	x1, y1 := min(x0+1, w-1), min(y0+1, h-1)
	fx, fy := x-float64(x0), y-float64(y0)
	p00, p01 := float64(g.Pix[y0*g.Stride+x0]), float64(g.Pix[y0*g.Stride+x1])
	p10, p11 := float64(g.Pix[y1*g.Stride+x0]), float64(g.Pix[y1*g.Stride+x1])
	top := p00 + (p01-p00)*fx
	bot := p10 + (p11-p10)*fx
	return uint8(top + (bot-top)*fy + 0.5)
}

// shrink averages blocks of k×k pixels, a cheap and alias-free downscale for
// analysis.
func shrink(g *image.Gray, k int) *image.Gray {
	w, h := g.Rect.Dx()/k, g.Rect.Dy()/k
	dst := image.NewGray(image.Rect(0, 0, max(w, 1), max(h, 1)))
	for y := range h {
		for x := range w {
			sum := 0
			for j := range k {
				o := g.PixOffset(g.Rect.Min.X+x*k, g.Rect.Min.Y+y*k+j)
				for i := range k {
					sum += int(g.Pix[o+i])
				}
			}
			dst.Pix[y*dst.Stride+x] = uint8(sum / (k * k))
		}
	}
	return dst
}

// soften blurs g by the mean of each pixel's 3×3 neighbourhood (the
// edge's pixels repeated): the hard steps of a 1-bit scan's strokes
// become the grey ramps Tesseract's model was trained on.
func soften(g *image.Gray) *image.Gray {
	b := g.Rect
	out := image.NewGray(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			sum := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					sx := min(max(x+dx, b.Min.X), b.Max.X-1)
					sy := min(max(y+dy, b.Min.Y), b.Max.Y-1)
					sum += int(g.Pix[g.PixOffset(sx, sy)])
				}
			}
			out.Pix[out.PixOffset(x, y)] = uint8((sum + 4) / 9)
		}
	}
	return out
}
