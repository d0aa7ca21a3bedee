package ocr

import (
	"image"
	"math/rand"
	"testing"
)

// evenLightRef is evenLight before its stretch, by its definition: each
// pixel over the mean, over the clipped (2r+1)² box, of the lightest grey
// within sr pixels.
func evenLightRef(g *image.Gray, dpi float64) []uint8 {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	sr := max(1, int(dpi/50+0.5))
	r := max(3, int(dpi*0.15+0.5))
	pix := func(x, y int) int { return int(g.Pix[g.PixOffset(g.Rect.Min.X+x, g.Rect.Min.Y+y)]) }
	light := make([]int, w*h)
	for y := range h {
		for x := range w {
			m := 0
			for dy := max(0, y-sr); dy <= min(h-1, y+sr); dy++ {
				for dx := max(0, x-sr); dx <= min(w-1, x+sr); dx++ {
					m = max(m, pix(dx, dy))
				}
			}
			light[y*w+x] = m
		}
	}
	out := make([]uint8, w*h)
	for y := range h {
		for x := range w {
			y0, y1 := max(0, y-r), min(h, y+r+1)
			x0, x1 := max(0, x-r), min(w, x+r+1)
			s := 0
			for yy := y0; yy < y1; yy++ {
				for xx := x0; xx < x1; xx++ {
					s += light[yy*w+xx]
				}
			}
			bg := s / ((y1 - y0) * (x1 - x0))
			v := 255
			if bg > 0 {
				v = min(255, pix(x, y)*255/bg)
			}
			out[y*w+x] = uint8(v)
		}
	}
	return out
}

// TestEvenLightBox: evenLight's separable maxima and running box sums
// give what the definition gives, pixel for pixel.
func TestEvenLightBox(t *testing.T) {
	t.Parallel()
	g := image.NewGray(image.Rect(0, 0, 70, 53))
	rnd := rand.New(rand.NewSource(1))
	for i := range g.Pix {
		g.Pix[i] = uint8(120 + rnd.Intn(136))
	}
	ref := evenLightRef(g, 100)
	// the faint ink stretched as evenLight does
	var hist [256]int
	for _, v := range ref {
		hist[v]++
	}
	ink := len(ref) / 500
	for v := range 255 {
		ink -= hist[v]
		if ink > 0 {
			continue
		}
		if v > 0 {
			for i, p := range ref {
				ref[i] = uint8(max(0, 255-(255-int(p))*255/(255-v)))
			}
		}
		break
	}
	got := evenLight(g, 100)
	for i := range ref {
		if got.Pix[i] != ref[i] {
			t.Fatalf("pixel %d: %d, want %d", i, got.Pix[i], ref[i])
		}
	}
}
