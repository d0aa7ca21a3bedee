package ocr

import (
	"image"
	"math"
	"slices"
)

// A phone held over a sheet is seldom square to it: the sheet comes out a
// quadrilateral, its far edge shorter than its near one, and its rows of
// text are not parallel, so no single turn straightens them all (heldout117
// and 136's photographed registers read as fragments, the rows at the top
// turned one way and those at the foot another). The sheet is found by its
// four edges against the surface, and the quadrilateral they make is drawn
// back into a rectangle.

// pt is a point of the picture.
type pt struct{ x, y float64 }

// edgeLine is a straight edge of the sheet: along = slope·across + at, with
// across the coordinate that runs along the edge (y for the left and right
// edges, x for the top and bottom ones).
type edgeLine struct{ slope, at float64 }

// The sides of a sheet, in the order sheetCorners fits them.
const (
	leftSide = iota
	rightSide
	topSide
	bottomSide
)

// sheetEdge samples one edge of the sheet: for each step across the middle
// of the sheet's box, the first pixel brighter than cut, scanning inward
// from the picture's side, that starts a run of paper (not a speck of
// glare). It returns the points as (across, along) pairs.
func sheetEdge(g *image.Gray, cut uint8, box image.Rectangle, side int) [][2]float64 {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	at := func(x, y int) uint8 { return g.Pix[g.PixOffset(g.Rect.Min.X+x, g.Rect.Min.Y+y)] }
	vertical := side == leftSide || side == rightSide // scan along x for each y
	lo, hi, n := box.Min.X, box.Max.X, h
	if vertical {
		lo, hi, n = box.Min.Y, box.Max.Y, w
	}
	// The middle 70 % of the edge: the corners may be dog-eared or lie
	// under a shadow.
	span := hi - lo
	lo, hi = lo+span*15/100, hi-span*15/100
	run := max(3, min(w, h)/200)
	step := max(1, (hi-lo)/120)
	var pts [][2]float64
	for a := lo; a < hi; a += step {
		pix := func(i int) uint8 {
			if vertical {
				return at(i, a)
			}
			return at(a, i)
		}
		start, dir := 0, 1
		if side == rightSide || side == bottomSide {
			start, dir = n-1, -1
		}
		found := -1
		count := 0
		for i := start; i >= 0 && i < n; i += dir {
			if pix(i) > cut {
				count++
				if count >= run {
					found = i - dir*(run-1)
					break
				}
			} else {
				count = 0
			}
		}
		if found >= 0 {
			pts = append(pts, [2]float64{float64(a), float64(found)})
		}
	}
	return pts
}

// fitEdge fits a line through an edge's points, robustly: the repeated
// median of the slopes between points (it stands while nearly half the
// points lie off the edge: a playing card or a spoon over the sheet's
// border, a dog-eared corner), then least squares through the points
// within a few pixels of it. It says how far the points kept stand from
// the line on average; false when fewer than two in three are kept.
func fitEdge(pts [][2]float64) (edgeLine, float64, bool) {
	if len(pts) < 10 {
		return edgeLine{}, 0, false
	}
	median := func(v []float64) float64 {
		slices.Sort(v)
		return v[len(v)/2]
	}
	outer := make([]float64, 0, len(pts))
	inner := make([]float64, 0, len(pts))
	for i, p := range pts {
		inner = inner[:0]
		for j, q := range pts {
			if j != i && q[0] != p[0] {
				inner = append(inner, (q[1]-p[1])/(q[0]-p[0]))
			}
		}
		if len(inner) > 0 {
			outer = append(outer, median(inner))
		}
	}
	if len(outer) == 0 {
		return edgeLine{}, 0, false
	}
	l := edgeLine{slope: median(outer)}
	ats := make([]float64, len(pts))
	for i, p := range pts {
		ats[i] = p[1] - l.slope*p[0]
	}
	l.at = median(ats)
	keep := pts
	var spread float64
	for round := 0; round < 2; round++ {
		var next [][2]float64
		for _, p := range pts {
			if math.Abs(p[1]-(l.slope*p[0]+l.at)) <= 3 {
				next = append(next, p)
			}
		}
		if 3*len(next) < 2*len(pts) {
			return edgeLine{}, 0, false
		}
		keep = next
		var sa, sb, saa, sab float64
		for _, p := range keep {
			sa += p[0]
			sb += p[1]
			saa += p[0] * p[0]
			sab += p[0] * p[1]
		}
		n := float64(len(keep))
		den := n*saa - sa*sa
		if den == 0 {
			return edgeLine{}, 0, false
		}
		l.slope = (n*sab - sa*sb) / den
		l.at = (sb - l.slope*sa) / n
	}
	for _, p := range keep {
		spread += math.Abs(p[1] - (l.slope*p[0] + l.at))
	}
	return l, spread / float64(len(keep)), true
}

// cross is where a vertical-ish edge (x = v.slope·y + v.at) meets a
// horizontal-ish one (y = u.slope·x + u.at).
func cross(v, u edgeLine) (pt, bool) {
	d := 1 - v.slope*u.slope
	if math.Abs(d) < 1e-6 {
		return pt{}, false
	}
	x := (v.slope*u.at + v.at) / d
	return pt{x, u.slope*x + u.at}, true
}

// sheetCorners finds the sheet's corners (top left, top right, bottom
// right, bottom left) from its four edges, each fitted straight.
func sheetCorners(g *image.Gray, cut uint8, box image.Rectangle) ([4]pt, bool) {
	var lines [4]edgeLine
	w, h := float64(g.Rect.Dx()), float64(g.Rect.Dy())
	for side := range 4 {
		l, spread, ok := fitEdge(sheetEdge(g, cut, box, side))
		// A ragged edge is no straight sheet's (a curled page, the
		// surface as bright as the paper in places).
		if !ok || spread > min(w, h)/150 {
			return [4]pt{}, false
		}
		lines[side] = l
	}
	left, right, top, bottom := lines[leftSide], lines[rightSide], lines[topSide], lines[bottomSide]
	var c [4]pt
	var ok [4]bool
	c[0], ok[0] = cross(left, top)
	c[1], ok[1] = cross(right, top)
	c[2], ok[2] = cross(right, bottom)
	c[3], ok[3] = cross(left, bottom)
	for i := range c {
		// A corner may lie a little off the picture (cut off by the
		// frame), not far.
		if !ok[i] || c[i].x < -w/20 || c[i].x > w*21/20 || c[i].y < -h/20 || c[i].y > h*21/20 {
			return [4]pt{}, false
		}
	}
	// Convex, in order, and a good part of the picture.
	area := 0.0
	for i := range 4 {
		a, b, n := c[i], c[(i+1)%4], c[(i+2)%4]
		if (b.x-a.x)*(n.y-b.y)-(b.y-a.y)*(n.x-b.x) <= 0 {
			return [4]pt{}, false
		}
		area += a.x*b.y - b.x*a.y
	}
	if area/2 < w*h/4 {
		return [4]pt{}, false
	}
	return c, true
}

// homography solves for the projective map taking the rectangle
// (0,0)–(w,h) onto the quadrilateral q (corners in sheetCorners' order):
// x = (h0·u + h1·v + h2)/(h6·u + h7·v + 1), y likewise with h3, h4, h5.
func homography(w, h float64, q [4]pt) ([8]float64, bool) {
	src := [4]pt{{0, 0}, {w, 0}, {w, h}, {0, h}}
	var a [8][9]float64
	for i := range 4 {
		u, v, x, y := src[i].x, src[i].y, q[i].x, q[i].y
		a[2*i] = [9]float64{u, v, 1, 0, 0, 0, -u * x, -v * x, x}
		a[2*i+1] = [9]float64{0, 0, 0, u, v, 1, -u * y, -v * y, y}
	}
	// Gaussian elimination with partial pivoting.
	for col := range 8 {
		p := col
		for r := col + 1; r < 8; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[p][col]) {
				p = r
			}
		}
		if math.Abs(a[p][col]) < 1e-12 {
			return [8]float64{}, false
		}
		a[col], a[p] = a[p], a[col]
		for r := range 8 {
			if r == col {
				continue
			}
			f := a[r][col] / a[col][col]
			for k := col; k < 9; k++ {
				a[r][k] -= f * a[col][k]
			}
		}
	}
	var hm [8]float64
	for i := range 8 {
		hm[i] = a[i][8] / a[i][i]
	}
	return hm, true
}

// unwarp draws the quadrilateral q of g back into a rectangle as wide as
// its longer horizontal edge and as tall as its longer vertical one, with
// bilinear sampling; what falls outside g is painted fill.
func unwarp(g *image.Gray, q [4]pt, fill uint8) (*image.Gray, bool) {
	dist := func(a, b pt) float64 { return math.Hypot(a.x-b.x, a.y-b.y) }
	w := math.Round(max(dist(q[0], q[1]), dist(q[3], q[2])))
	h := math.Round(max(dist(q[0], q[3]), dist(q[1], q[2])))
	if w < minSide || h < minSide {
		return nil, false
	}
	hm, ok := homography(w, h, q)
	if !ok {
		return nil, false
	}
	out := image.NewGray(image.Rect(0, 0, int(w), int(h)))
	for v := range int(h) {
		row := out.Pix[v*out.Stride : v*out.Stride+int(w)]
		fv := float64(v)
		for u := range row {
			fu := float64(u)
			d := hm[6]*fu + hm[7]*fv + 1
			x := (hm[0]*fu + hm[1]*fv + hm[2]) / d
			y := (hm[3]*fu + hm[4]*fv + hm[5]) / d
			row[u] = sample(g, x, y, fill)
		}
	}
	return out, true
}
