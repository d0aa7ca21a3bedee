package corpusgen

import (
	"fmt"
	"image"
	"math"
	"math/rand"
	"os"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"

	"classaudit/internal/scanimg"
)

// Scan conditions (TruthPage.Condition). The OCR accuracy bars of the
// project are measured on "clean" and "noisy" pages.
const (
	// CondClean is a 300-dpi scan without noise, skew or blur (JPEG q90).
	CondClean = "clean"
	// CondNoisy is a 200-dpi scan lying askew (about 1–2°), with sensor
	// noise, blur and strong JPEG artefacts.
	CondNoisy = "noisy"
	// CondMild is a 250-dpi scan with light noise and a slight skew.
	CondMild = "mild"
	// CondBilevel is a 300-dpi black-and-white scan (CCITT G4 or 1-bit
	// Flate), as office scanners send to e-mail.
	CondBilevel = "bilevel"
	// CondLow is a 150-dpi scan with light noise and a slight skew (large
	// profile only: the sweep tests' OCR budget goes to the bars' conditions).
	CondLow = "low"
)

// scanConditions is the order in which scanned documents take conditions,
// so that every profile holds each of them.
var scanConditions = []string{CondClean, CondNoisy, CondMild, CondNoisy, CondClean, CondBilevel}

// scanConditionsLarge adds 150-dpi scans.
var scanConditionsLarge = []string{CondClean, CondNoisy, CondMild, CondNoisy, CondClean, CondBilevel, CondLow}

// scanSpec says how a document is scanned; a nil spec is a typed PDF.
type scanSpec struct {
	condition  string
	dpi        int
	rotate     float64 // degrees the sheet lies askew, counter-clockwise positive
	noise      float64
	blur       bool
	bw         bool
	enc        scanimg.Encoding
	quality    int
	pageRotate int // the pages' /Rotate (the image is stored turned)
	seed       uint64
}

// newScanSpec draws the scanner settings of a condition.
func newScanSpec(rng *rand.Rand, cond string) *scanSpec {
	s := &scanSpec{condition: cond, seed: uint64(rng.Int63())}
	skew := func(lo, hi float64) float64 {
		v := lo + (hi-lo)*rng.Float64()
		if rng.Intn(2) == 0 {
			v = -v
		}
		return v
	}
	switch cond {
	case CondClean:
		s.dpi, s.enc, s.quality = 300, scanimg.DCT, 90
	case CondNoisy:
		s.dpi, s.enc, s.quality = 200, scanimg.DCT, 55+rng.Intn(16)
		s.rotate, s.noise, s.blur = skew(0.8, 1.8), 0.15+0.1*rng.Float64(), true
	case CondMild:
		s.dpi, s.enc, s.quality = 250, scanimg.DCT, 75+rng.Intn(11)
		s.rotate, s.noise = skew(0.3, 0.8), 0.05+0.05*rng.Float64()
	case CondLow:
		s.dpi, s.enc, s.quality = 150, scanimg.DCT, 70+rng.Intn(16)
		s.rotate, s.noise = skew(0.2, 0.8), 0.05+0.05*rng.Float64()
	case CondBilevel:
		s.dpi, s.bw = 300, true
		s.enc = []scanimg.Encoding{scanimg.CCITTG4, scanimg.CCITTG4, scanimg.FlateBW}[rng.Intn(3)]
		s.rotate = skew(0, 0.4)
	}
	return s
}

// Layout of scanned pages: A4, 25 mm margins, 12 pt print; hands write
// larger (14 pt) on the same lines.
const (
	scanFontPt   = 12.0
	scanHandPt   = 14.0
	scanSpacing  = 1.7
	scanMarginMM = 25.0
	// scanLineWidth is the width a scanned line may take, in points: the
	// text width (160 mm) less a safety margin, so that scanimg never wraps
	// a line again (its wrap measures at the scan's resolution).
	scanLineWidth = 160.0 / 25.4 * 72 * 0.94
)

// scanFaces measure text in the print and the brush font (advances in
// points at scanFontPt).
type scanFaces struct {
	print, hand font.Face
}

var (
	scanFacesOnce sync.Once
	scanFacesVal  *scanFaces
	scanFacesErr  error
)

func loadScanFaces() (*scanFaces, error) {
	scanFacesOnce.Do(func() {
		load := func(path string, size float64) (font.Face, error) {
			data, err := os.ReadFile(path)
			if err != nil {
				return nil, err
			}
			f, err := opentype.Parse(data)
			if err != nil {
				return nil, fmt.Errorf("parse %s: %w", path, err)
			}
			return opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
		}
		var fs scanFaces
		if fs.print, scanFacesErr = load(scanimg.PrintFont, scanFontPt); scanFacesErr != nil {
			return
		}
		if fs.hand, scanFacesErr = load(scanimg.KaiFont, scanHandPt); scanFacesErr != nil {
			return
		}
		scanFacesVal = &fs
	})
	return scanFacesVal, scanFacesErr
}

var scanMeasureMu sync.Mutex // font.Face is not safe for concurrent use

func advance(f font.Face, s string) float64 {
	scanMeasureMu.Lock()
	defer scanMeasureMu.Unlock()
	t := 0.0
	for _, r := range s {
		a, ok := f.GlyphAdvance(r)
		if !ok {
			a, _ = f.GlyphAdvance('□')
		}
		t += float64(a) / 64
	}
	return t
}

// scanLine is one line of a scanned page: what is printed, what is written
// by hand (drawn after the printed part), and the line's truth text.
type scanLine struct {
	print, hand string
	truth       string
}

// pad returns blanks of font f at least w points wide (ideographic spaces,
// then ASCII spaces).
func pad(f font.Face, w float64) string {
	if w <= 0 {
		return ""
	}
	em := advance(f, "\u3000")
	sp := advance(f, " ")
	n := int(w / em)
	rest := w - float64(n)*em
	m := 0
	for float64(m)*sp < rest {
		m++
	}
	return strings.Repeat("\u3000", n) + strings.Repeat(" ", m)
}

// scanLayout lays blocks out as the lines of scanned pages.
type scanLayout struct {
	fs      *scanFaces
	perPage int
	pages   [][]scanLine
}

func (l *scanLayout) add(ln scanLine) {
	if len(l.pages) == 0 || len(l.pages[len(l.pages)-1]) >= l.perPage {
		l.pages = append(l.pages, nil)
	}
	l.pages[len(l.pages)-1] = append(l.pages[len(l.pages)-1], ln)
}

func (l *scanLayout) newPage() {
	if len(l.pages) > 0 && len(l.pages[len(l.pages)-1]) == 0 {
		return
	}
	l.pages = append(l.pages, nil)
}

// text wraps a run of printed characters followed by handwritten ones.
func (l *scanLayout) text(printed, hand string, indent float64) {
	type seg struct {
		r    rune
		hand bool
	}
	var segs []seg
	for _, r := range printed {
		segs = append(segs, seg{r, false})
	}
	for _, r := range hand {
		segs = append(segs, seg{r, true})
	}
	var p, h []rune
	x, limit := 0.0, scanLineWidth
	if indent > 0 {
		p = []rune(pad(l.fs.print, indent))
		x = advance(l.fs.print, string(p))
	}
	flush := func() {
		ln := scanLine{print: string(p)}
		if len(h) > 0 {
			ln.hand = pad(l.fs.hand, advance(l.fs.print, string(p))+2) + string(h)
		}
		ln.truth = strings.TrimSpace(strings.TrimLeft(string(p), "\u3000 ") + string(h))
		l.add(ln)
		p, h, x = nil, nil, 0
	}
	for _, s := range segs {
		f := l.fs.print
		if s.hand {
			f = l.fs.hand
		}
		w := advance(f, string(s.r))
		if x+w > limit && (len(p) > 0 || len(h) > 0) && !strings.ContainsRune(noLineStart, s.r) {
			flush()
		}
		if s.hand {
			h = append(h, s.r)
		} else {
			p = append(p, s.r)
		}
		x += w
	}
	if len(p) > 0 || len(h) > 0 {
		flush()
	}
}

// colWidths fits a table's columns to their widest cells (as a word
// processor's autofit does), or spreads them over the line as cols say
// when the fitted table would not fit.
func (l *scanLayout) colWidths(b block) []float64 {
	em := advance(l.fs.print, "\u3000")
	w := make([]float64, len(b.cols))
	total := 0.0
	for i := range w {
		for r, row := range b.rows {
			if i < len(row) {
				f := l.fs.print
				if r < len(b.handRows) && b.handRows[r] {
					f = l.fs.hand
				}
				w[i] = max(w[i], advance(f, row[i]))
			}
		}
		w[i] += 2 * em
		total += w[i]
	}
	if total <= scanLineWidth {
		return w
	}
	for i, c := range b.cols {
		w[i] = c * scanLineWidth
	}
	return w
}

// row lays out a table row, its cells at their columns (printed or hand).
func (l *scanLayout) row(cells []string, colW []float64, hand bool) {
	f := l.fs.print
	if hand {
		f = l.fs.hand
	}
	var b strings.Builder
	x, at := 0.0, 0.0
	var drawn []string
	for i, c := range cells {
		if i > 0 {
			gap := at - x
			if gap < advance(f, "\u3000") {
				gap = advance(f, "\u3000")
			}
			s := pad(f, gap)
			b.WriteString(s)
			x += advance(f, s)
		}
		if c != "" {
			b.WriteString(c)
			x += advance(f, c)
			drawn = append(drawn, c)
		}
		if i < len(colW) {
			at += colW[i]
		}
	}
	if x > scanLineWidth {
		// Too wide for one line: the cells as running text.
		l.text(strings.Join(drawn, " "), "", 0)
		return
	}
	ln := scanLine{truth: strings.Join(drawn, " ")}
	if hand {
		ln.hand = b.String()
	} else {
		ln.print = b.String()
	}
	l.add(ln)
}

// layoutScanned turns blocks into the lines of scanned pages at dpi.
func layoutScanned(blocks []block, dpi int) ([][]scanLine, error) {
	fs, err := loadScanFaces()
	if err != nil {
		return nil, fmt.Errorf("scan fonts: %w", err)
	}
	l := &scanLayout{fs: fs, perPage: scanLinesPerPage(dpi)}
	for _, b := range blocks {
		switch b.kind {
		case bTitle:
			w := advance(fs.print, b.text)
			l.text(b.text, "", max(0, (scanLineWidth-w)/2))
		case bHeading:
			l.text(b.text, "", 0)
		case bPara:
			if b.hand {
				at := min(max(b.handAt, 0), len(b.text))
				l.text(b.text[:at], b.text[at:], 0)
			} else {
				l.text(b.text, "", 0)
			}
		case bTable:
			w := l.colWidths(b)
			for i, r := range b.rows {
				l.row(r, w, i < len(b.handRows) && b.handRows[i])
			}
		case bBreak:
			l.newPage()
		case bGap:
			l.add(scanLine{})
		}
	}
	// drop trailing empty pages and blank lines at the end of pages
	var out [][]scanLine
	for _, p := range l.pages {
		for len(p) > 0 && p[len(p)-1].print == "" && p[len(p)-1].hand == "" {
			p = p[:len(p)-1]
		}
		if len(p) > 0 {
			out = append(out, p)
		}
	}
	return out, nil
}

// scanLinesPerPage is how many lines scanimg puts on a page at dpi.
func scanLinesPerPage(dpi int) int {
	h := mmPx(297, dpi)
	m := mmPx(scanMarginMM, dpi)
	return (h - 2*m) / scanLineH(scanFontPt, scanSpacing, dpi)
}

// scanLineH is scanimg's line height in pixels.
func scanLineH(pt, spacing float64, dpi int) int {
	return int(math.Round(pt / 72 * float64(dpi) * spacing))
}

func mmPx(mm float64, dpi int) int { return int(mm/25.4*float64(dpi) + 0.5) }

// renderScanned draws the blocks as scanned pages and wraps them into an
// image-only PDF; it returns the PDF and each page's text.
func renderScanned(blocks []block, spec *scanSpec) ([]byte, []string, error) {
	pages, err := layoutScanned(blocks, spec.dpi)
	if err != nil {
		return nil, nil, err
	}
	if scanLineH(scanFontPt, scanSpacing, spec.dpi) != scanLineH(scanHandPt, scanFontPt*scanSpacing/scanHandPt, spec.dpi) {
		return nil, nil, fmt.Errorf("scan layout: print and hand lines differ in height at %d dpi", spec.dpi)
	}
	base := scanimg.Options{DPI: spec.dpi, FontSizePt: scanFontPt, LineSpacing: scanSpacing, MarginMM: scanMarginMM,
		RotateDeg: spec.rotate, Blur: spec.blur, BlackWhite: spec.bw}
	var imgs []image.Image
	var texts []string
	for i, p := range pages {
		var printed, hand, truth []string
		anyHand := false
		for _, ln := range p {
			printed = append(printed, ln.print)
			hand = append(hand, ln.hand)
			if ln.hand != "" {
				anyHand = true
			}
			if ln.truth != "" {
				truth = append(truth, ln.truth)
			}
		}
		seed := spec.seed + uint64(2*i)
		po := base
		po.FontPath, po.Seed = scanimg.PrintFont, seed
		if !anyHand {
			po.Noise = spec.noise
		}
		img, err := renderLayer(strings.Join(printed, "\n"), po, len(p))
		if err != nil {
			return nil, nil, err
		}
		if anyHand {
			ho := base
			ho.FontPath, ho.Handwriting, ho.Noise, ho.Seed = scanimg.KaiFont, true, spec.noise, seed+1
			ho.FontSizePt, ho.LineSpacing = scanHandPt, scanFontPt*scanSpacing/scanHandPt
			himg, err := renderLayer(strings.Join(hand, "\n"), ho, len(p))
			if err != nil {
				return nil, nil, err
			}
			// Paper and noise come from the hand layer; printed ink is darker
			// wherever it stands.
			for k, v := range img.Pix {
				if himg.Pix[k] < v {
					img.Pix[k] = himg.Pix[k]
				}
			}
		}
		imgs = append(imgs, img)
		texts = append(texts, strings.Join(truth, "\n"))
	}
	raw, err := scanimg.WrapPDF(imgs, spec.dpi, scanimg.PDFOptions{Encoding: spec.enc, JPEGQuality: spec.quality, Rotate: spec.pageRotate})
	if err != nil {
		return nil, nil, err
	}
	return raw, texts, nil
}

// renderLayer renders one layer of a page and checks that scanimg kept the
// lines as laid out (one page, no line wrapped again).
func renderLayer(text string, opt scanimg.Options, lines int) (*image.Gray, error) {
	ps, err := scanimg.Render(text, opt)
	if err != nil {
		return nil, err
	}
	if len(ps) != 1 || strings.Count(ps[0].Text, "\n")+1 != lines {
		return nil, fmt.Errorf("scan layout: %d lines became %d pages / %d lines", lines, len(ps), strings.Count(ps[0].Text, "\n")+1)
	}
	return ps[0].Image, nil
}
