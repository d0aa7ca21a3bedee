package ocr

import "image"

// ruleContrast is how much darker than paper a pixel must be to count as
// a light rule's ink: twice the sensor noise of the noisiest scans we make
// (scanimg's noise 0.25, σ = 16 grey levels), which a real 200-dpi scan's
// paper stays well within (grey 239–255, its light rules 186–209).
const ruleContrast = 32

// ruleStats describes the rules found on a page.
type ruleStats struct {
	pixels   int     // ink pixels on rules
	ruleGray float64 // their mean grey level
	inkGray  float64 // mean grey level of the other ink
	// onRule marks the pixels found on rules, row by row (nil when none
	// were): where a table's cells are, for headerCells.
	onRule []bool
}

// removeRules returns a copy of g with its rules (the long, thin, straight
// lines of ink of a table or of answer lines) and a halo around them
// painted over with paper, or g itself when it has none.
//
// Rules are looked for twice, with ink the pixels at Otsu's threshold,
// then with ink anything ruleContrast darker than paper. A scan's rules
// often come out lighter than its text: grey, blurred lines whose darkest
// pixels stand above Otsu's threshold, which the text (far more ink)
// sets, but below the one Tesseract picks, which then reads them as
// dashes under every row and loses the rows. The light threshold alone
// does not do: text set close to a rule runs into it there, the rule is no
// longer thin, and a table's column rules were left in pieces.
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
	t0, paper := inkThreshold(g), paperLevel(g)
	onRule := ruleMask(g, dpi, t0)
	if t1 := int(paper) - ruleContrast; t1 > int(t0) {
		for p, on := range ruleMask(g, dpi, uint8(t1)) {
			onRule[p] = onRule[p] || on
		}
	}
	var ruleSum, inkSum float64
	inkN := 0
	for p, on := range onRule {
		v := g.Pix[g.PixOffset(g.Rect.Min.X+p%w, g.Rect.Min.Y+p/w)]
		switch {
		case on:
			st.pixels++
			ruleSum += float64(v)
		case v <= t0:
			inkSum += float64(v)
			inkN++
		}
	}
	if st.pixels == 0 {
		return g, st
	}
	st.onRule = onRule
	st.ruleGray = ruleSum / float64(st.pixels)
	if inkN > 0 {
		st.inkGray = inkSum / float64(inkN)
	}
	return paintOver(g, onRule, dpi, paper), st
}

// paintOver returns a copy of g with the pixels onRule marks, and a halo
// around them, painted over with paper.
func paintOver(g *image.Gray, onRule []bool, dpi float64, paper uint8) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	halo := max(1, int(dpi/100))
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
	return out
}

// ruleMask marks the pixels of g on rules, with ink the pixels at or
// below t: runs of thin ink half an inch long down the page or 0.8 inch
// across it.
func ruleMask(g *image.Gray, dpi float64, t uint8) []bool {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	minV := int(0.5 * dpi) // a vertical rule: half an inch of ink
	minH := int(0.8 * dpi) // a horizontal rule
	// A rule is at most 1/30 inch thick (10 px at 300 dpi): a scanned
	// rule's blur counts as ink at the light threshold and widens it.
	thick := max(2, int(dpi/30))
	gap := max(1, int(dpi/150))
	ink := make([]bool, w*h)
	for y := range h {
		o := g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y)
		for x, v := range g.Pix[o : o+w] {
			ink[y*w+x] = v <= t
		}
	}
	// A pixel p on line i at position j: p = i*si + j*sj; across the
	// page (lines are rows) si = w, sj = 1; down it si = 1, sj = w.
	// runs gives each ink pixel the length of the unbroken run of ink it
	// is part of, along each of n lines of m pixels (capped at 255: only
	// whether it is thin or long counts).
	runs := func(n, m, si, sj int) []uint8 {
		out := make([]uint8, w*h)
		for i := range n {
			for j := 0; j < m; {
				if !ink[i*si+j*sj] {
					j++
					continue
				}
				k := j
				for k < m && ink[i*si+k*sj] {
					k++
				}
				l := uint8(min(k-j, 255))
				for ; j < k; j++ {
					out[i*si+j*sj] = l
				}
			}
		}
		return out
	}
	hrun, vrun := runs(h, w, w, 1), runs(w, h, 1, w)
	// Where rules cross, the ink is thick both ways; a table's rules cross
	// every row and column and would cut each other into pieces a cell
	// long, too short to be found. Ink thin down and long across (a
	// horizontal rule) counts on a vertical rule, beside it, within the
	// drift, and the other way round; a photo's ink is long and thick
	// both ways.
	crossing := min(255, minV)
	onRuleAlong := func(along, across []uint8) []bool {
		on := make([]bool, w*h)
		for p := range on {
			a, b := int(across[p]), int(along[p])
			on[p] = ink[p] && (a <= thick || a >= crossing && b <= thick)
		}
		return on
	}
	onRule := make([]bool, w*h)
	// lines marks, along each of n lines of m pixels, the runs of pixels
	// on a rule (on) at least long pixels long (gaps of a few pixels
	// bridged). A rule on a page askew drifts across lines, a pixel every
	// 30 or more at 2°: pixels up to drift lines either side count.
	const drift = 2
	lines := func(n, m, si, sj, long int, on []bool) {
		near := func(i, j int) bool {
			for k := max(0, i-drift); k <= min(n-1, i+drift); k++ {
				if on[k*si+j*sj] {
					return true
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
					for k := max(0, i-drift); k <= min(n-1, i+drift); k++ {
						if p := k*si + j*sj; on[p] {
							onRule[p] = true
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
	lines(w, h, 1, w, minV, onRuleAlong(vrun, hrun))
	lines(h, w, w, 1, minH, onRuleAlong(hrun, vrun))
	return onRule
}

// straightRules paints over, on g (a page deskewed, its rules removed
// before and after it was turned), the rules of ref (the page as scanned,
// the right way up, turned straight alike). On a page askew the rules were
// looked for as scanned, where each runs across the lines of pixels and
// breaks into pieces: those shorter than a rule is long were left, and
// stood, turned straight, under every total of a column (heldout62's 同仁
// register, 1.9°: "86" read "站" and "汪汪"; 11 of 37 rows adding up, 19
// with them painted over). Looked for on the page turned straight, they
// are whole.
func straightRules(g, ref *image.Gray, dpi float64) *image.Gray {
	if ref.Rect.Size() != g.Rect.Size() {
		return g
	}
	_, st := removeRules(ref, dpi)
	if st.onRule == nil {
		return g
	}
	return paintOver(g, st.onRule, dpi, paperLevel(g))
}

// erasedConf is the confidence a number erasedAcross finds is read at,
// at most: below what makes a digit sure (checkDigits' rereadSure, the
// records check's 85).
const erasedConf = 60

// erasedAcross returns whether a box of g (a page whose rules were painted
// over) had ink painted over through its middle: ink of ref (the page as
// scanned, turned alike) now paper in g, down at least half the box's
// height in a column of its middle two thirds, or across half its width
// in a row of its middle half (ink as rules are found: ruleContrast
// darker than the paper). A line through a number is no table rule:
// a scanner's streak down a column of scores (heldout62's 灵武 register)
// was painted over with the strokes it crossed, and the 8s it halved were
// read 3 at confidence 95 (总分86不等于各项之和81, three such false claims).
func erasedAcross(ref, g *image.Gray) func(image.Rectangle) bool {
	// Ink as rules are found: ruleContrast darker than the paper.
	inkT, paper := int(paperLevel(ref))-ruleContrast, int(paperLevel(g))
	gone := func(x, y int) bool {
		return int(ref.GrayAt(x, y).Y) <= inkT && int(g.GrayAt(x, y).Y) >= paper-16
	}
	return func(b image.Rectangle) bool {
		b = b.Intersect(g.Rect)
		w, h := b.Dx(), b.Dy()
		if w < 4 || h < 4 {
			return false
		}
		// count counts the pixels gone along a line from p, n steps of d.
		count := func(p, d image.Point, n int) int {
			k := 0
			for range n {
				if gone(p.X, p.Y) {
					k++
				}
				p = p.Add(d)
			}
			return k
		}
		for x := b.Min.X + w/6; x < b.Max.X-w/6; x++ {
			if 2*count(image.Pt(x, b.Min.Y), image.Pt(0, 1), h) >= h {
				return true
			}
		}
		for y := b.Min.Y + h/4; y < b.Max.Y-h/4; y++ {
			if 2*count(image.Pt(b.Min.X, y), image.Pt(1, 0), w) >= w {
				return true
			}
		}
		return false
	}
}
