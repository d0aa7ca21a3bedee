package ocr

import "image"

// ruleStats describes the rules found on a page.
type ruleStats struct {
	pixels   int     // ink pixels on rules
	ruleGray float64 // their mean grey level
	inkGray  float64 // mean grey level of the other ink
}

// removeRules returns a copy of g with its rules (the long, thin, straight
// lines of ink of a table or of answer lines) and a halo around them
// painted over with paper, or g itself when it has none.
func removeRules(g *image.Gray, dpi float64) (*image.Gray, ruleStats) {
	if dpi <= 0 {
		dpi = 300
	}
	w, h := g.Rect.Dx(), g.Rect.Dy()
	var st ruleStats
	if w == 0 || h == 0 {
		return g, st
	}
	if speckledPage(g) {
		// Otsu's threshold falls in the noise of a nearly blank page: its
		// specks would line up into rules.
		return g, st
	}
	t := inkThreshold(g)
	minV := int(0.5 * dpi) // a vertical rule: half an inch of ink
	minH := int(0.8 * dpi) // a horizontal rule
	thick := max(2, int(dpi/40))
	gap := max(1, int(dpi/150))
	halo := max(1, int(dpi/100))
	ink := make([]bool, w*h)
	for y := range h {
		o := g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y)
		for x, v := range g.Pix[o : o+w] {
			ink[y*w+x] = v <= t
		}
	}
	// hrun and vrun: the length of the unbroken run of ink each pixel is
	// part of, across and down (capped at 255: only whether it is thin
	// counts).
	hrun, vrun := make([]uint8, w*h), make([]uint8, w*h)
	runs := func(n, m int, at func(i, j int) int, out []uint8) {
		for i := range n {
			for j := 0; j < m; {
				if !ink[at(i, j)] {
					j++
					continue
				}
				k := j
				for k < m && ink[at(i, k)] {
					k++
				}
				l := uint8(min(k-j, 255))
				for ; j < k; j++ {
					out[at(i, j)] = l
				}
			}
		}
	}
	runs(h, w, func(y, x int) int { return y*w + x }, hrun)
	runs(w, h, func(x, y int) int { return y*w + x }, vrun)
	onRule := make([]bool, w*h)
	// lines marks, along each of n lines of m pixels, the runs of thin ink
	// at least long pixels long (gaps of a few pixels bridged). A rule on
	// a page askew drifts across lines, a pixel every 30 or more at 2°:
	// ink up to drift lines either side counts.
	const drift = 2
	lines := func(n, m, long int, at func(i, j int) int, thin func(p int) bool) {
		near := func(i, j int) bool {
			for d := -drift; d <= drift; d++ {
				if k := i + d; k >= 0 && k < n {
					if p := at(k, j); ink[p] && thin(p) {
						return true
					}
				}
			}
			return false
		}
		for i := range n {
			start, last := -1, -1
			flush := func() {
				if start < 0 || last-start+1 < long {
					return
				}
				for j := start; j <= last; j++ {
					for d := -drift; d <= drift; d++ {
						if k := i + d; k >= 0 && k < n {
							if p := at(k, j); ink[p] && thin(p) {
								onRule[p] = true
							}
						}
					}
				}
			}
			for j := range m {
				if !near(i, j) {
					continue
				}
				if start < 0 || j-last > gap+1 {
					flush()
					start = j
				}
				last = j
			}
			flush()
		}
	}
	lines(w, h, minV, func(x, y int) int { return y*w + x }, func(p int) bool { return int(hrun[p]) <= thick })
	lines(h, w, minH, func(y, x int) int { return y*w + x }, func(p int) bool { return int(vrun[p]) <= thick })
	var ruleSum, inkSum float64
	inkN := 0
	for p, on := range onRule {
		v := float64(g.Pix[g.PixOffset(g.Rect.Min.X+p%w, g.Rect.Min.Y+p/w)])
		switch {
		case on:
			st.pixels++
			ruleSum += v
		case ink[p]:
			inkSum += v
			inkN++
		}
	}
	if st.pixels == 0 {
		return g, st
	}
	st.ruleGray = ruleSum / float64(st.pixels)
	if inkN > 0 {
		st.inkGray = inkSum / float64(inkN)
	}
	paper := paperLevel(g)
	out := image.NewGray(g.Rect)
	for y := range h { // g's stride may be wider than its width
		copy(out.Pix[y*out.Stride:y*out.Stride+w], g.Pix[g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y):])
	}
	for p, on := range onRule {
		if !on {
			continue
		}
		x, y := p%w, p/w
		for dy := -halo; dy <= halo; dy++ {
			for dx := -halo; dx <= halo; dx++ {
				if xx, yy := x+dx, y+dy; xx >= 0 && yy >= 0 && xx < w && yy < h {
					out.Pix[out.PixOffset(g.Rect.Min.X+xx, g.Rect.Min.Y+yy)] = paper
				}
			}
		}
	}
	return out, st
}
