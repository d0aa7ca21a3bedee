package grayimg

import (
	"image"
	"testing"
)

func TestRotate90(t *testing.T) {
	t.Parallel()
	// A 3×2 image with distinct pixels, its origin away from (0, 0).
	g := image.NewGray(image.Rect(5, 7, 8, 9))
	for i := range g.Pix {
		g.Pix[i] = uint8(i + 1)
	}
	r := Rotate90(g, 90)
	if r.Rect.Dx() != 2 || r.Rect.Dy() != 3 {
		t.Fatalf("90°: size %v", r.Rect)
	}
	// The bottom-left pixel goes to the top-left after a clockwise turn.
	if got, want := r.GrayAt(0, 0).Y, g.GrayAt(5, 8).Y; got != want {
		t.Errorf("90°: top-left %d, want %d", got, want)
	}
	back := Rotate90(Rotate90(Rotate90(r, 90), 90), 90)
	for y := range 2 {
		for x := range 3 {
			if back.GrayAt(x, y).Y != g.GrayAt(5+x, 7+y).Y {
				t.Fatalf("four turns do not give the image back at %d,%d", x, y)
			}
		}
	}
	if Rotate90(g, 360) != g || Rotate90(g, -360) != g {
		t.Error("a full turn should return the image itself")
	}
}
