package scanimg

import (
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"math/rand/v2"
	"os"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// Font files installed by the Debian packages the project depends on.
const (
	// PrintFont is a Song (serif) print font, for typed forms.
	PrintFont = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"
	// KaiFont is a brush (楷体) font, for what students wrote by hand.
	KaiFont = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"
	// UKaiFont is AR PL UKai, another brush font (a TrueType collection).
	UKaiFont = "/usr/share/fonts/truetype/arphic/ukai.ttc"
)

// A4 paper size in millimetres.
const (
	a4WidthMM  = 210.0
	a4HeightMM = 297.0
)

// Options control how a page is rendered. The zero value renders a clean,
// upright 300-dpi page in PrintFont at 12 pt.
type Options struct {
	DPI         int     // if zero, 300
	FontPath    string  // if empty, PrintFont
	FontSizePt  float64 // if zero, 12
	LineSpacing float64 // line height as a multiple of the font size; if zero, 1.7
	MarginMM    float64 // page margin; if zero, 25

	// Handwriting jitters every character's position and size a little, as
	// in text written by hand.
	Handwriting bool
	// RotateDeg turns the printed content by this many degrees
	// (counter-clockwise positive), as a sheet lying askew on the scanner.
	RotateDeg float64
	// Noise (0–1) adds sensor noise, speckles and a slightly uneven paper
	// tone; 0 is a clean scan, 0.3 a poor office scanner.
	Noise float64
	// Blur softens the scan with a 3×3 box filter when true.
	Blur bool
	// BlackWhite thresholds the scan to pure black and white (as sent to a
	// CCITT or 1-bit Flate encoder).
	BlackWhite bool
	// Ruled draws the page's lines as a ruled table, in grey as a printer
	// and scanner render thin rules: a rule above every line and below the
	// last, and one down every gap of paper that runs through all lines
	// (the gaps between columns aligned with spaces).
	Ruled bool
	// TabMM, when set, makes a tab in the text advance to the next stop
	// every TabMM millimetres (a table's columns); otherwise a tab is an
	// unknown glyph.
	TabMM float64
	// Seed makes the noise and jitter reproducible.
	Seed uint64
}

func (o Options) withDefaults() Options {
	if o.DPI <= 0 {
		o.DPI = 300
	}
	if o.FontPath == "" {
		o.FontPath = PrintFont
	}
	if o.FontSizePt <= 0 {
		o.FontSizePt = 12
	}
	if o.LineSpacing <= 0 {
		o.LineSpacing = 1.7
	}
	if o.MarginMM <= 0 {
		o.MarginMM = 25
	}
	return o
}

var fontCache sync.Map // path → *opentype.Font

func loadFont(path string) (*opentype.Font, error) {
	if f, ok := fontCache.Load(path); ok {
		return f.(*opentype.Font), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("scanimg: read font: %w", err)
	}
	var f *opentype.Font
	if strings.HasSuffix(strings.ToLower(path), ".ttc") {
		// x/image rejects tables that are not 4-byte aligned, as in AR PL
		// UKai's collection: take font 0 out into an aligned font file.
		ttf, err := firstFontOfCollection(data)
		if err != nil {
			return nil, fmt.Errorf("scanimg: font collection %s: %w", path, err)
		}
		if f, err = opentype.Parse(ttf); err != nil {
			return nil, fmt.Errorf("scanimg: font 0 of %s: %w", path, err)
		}
	} else if f, err = opentype.Parse(data); err != nil {
		return nil, fmt.Errorf("scanimg: parse font %s: %w", path, err)
	}
	fontCache.Store(path, f)
	return f, nil
}

// firstFontOfCollection copies the first font of a TrueType collection into
// a standalone font file, each table starting on a 4-byte boundary.
func firstFontOfCollection(ttc []byte) ([]byte, error) {
	u32 := func(b []byte) uint32 { return binary.BigEndian.Uint32(b) }
	if len(ttc) < 16 || string(ttc[:4]) != "ttcf" || u32(ttc[8:]) == 0 {
		return nil, errors.New("not a TrueType collection")
	}
	off := int(u32(ttc[12:]))
	if off+12 > len(ttc) {
		return nil, errors.New("bad font offset")
	}
	numTables := int(binary.BigEndian.Uint16(ttc[off+4:]))
	dirLen := 12 + 16*numTables
	if off+dirLen > len(ttc) {
		return nil, errors.New("bad table directory")
	}
	out := make([]byte, dirLen)
	copy(out, ttc[off:off+dirLen])
	for i := range numTables {
		at := 12 + 16*i
		o, n := int(u32(out[at+8:])), int(u32(out[at+12:]))
		if o < 0 || n < 0 || o+n > len(ttc) {
			return nil, errors.New("table outside the file")
		}
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		binary.BigEndian.PutUint32(out[at+8:], uint32(len(out)))
		out = append(out, ttc[o:o+n]...)
	}
	return out, nil
}

// Page is one rendered page and the text printed on it.
type Page struct {
	Image *image.Gray
	// Text is what the page shows, one printed line per line.
	Text string
}

// Render lays text out on as many A4 pages as it needs (paragraphs are the
// input's lines, wrapped at the margins) and scans each page as opt says.
// Page i uses seed opt.Seed+i.
func Render(text string, opt Options) ([]Page, error) {
	opt = opt.withDefaults()
	if opt.DPI < 50 || opt.DPI > 1200 {
		return nil, fmt.Errorf("scanimg: dpi %d outside 50..1200", opt.DPI)
	}
	f, err := loadFont(opt.FontPath)
	if err != nil {
		return nil, err
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: opt.FontSizePt, DPI: float64(opt.DPI), Hinting: font.HintingNone})
	if err != nil {
		return nil, fmt.Errorf("scanimg: face: %w", err)
	}
	defer face.Close()

	w := mmToPx(a4WidthMM, opt.DPI)
	h := mmToPx(a4HeightMM, opt.DPI)
	margin := mmToPx(opt.MarginMM, opt.DPI)
	lineH := int(math.Round(opt.FontSizePt / 72 * float64(opt.DPI) * opt.LineSpacing))
	linesPerPage := (h - 2*margin) / lineH
	if linesPerPage < 1 || w-2*margin < lineH {
		return nil, errors.New("scanimg: margins leave no room for text")
	}
	tab := fixed.I(mmToPx(opt.TabMM, opt.DPI))
	lines := wrap(face, text, fixed.I(w-2*margin), tab)

	var pages []Page
	for start := 0; start < len(lines) || start == 0; start += linesPerPage {
		end := min(start+linesPerPage, len(lines))
		seed := opt.Seed + uint64(len(pages))
		rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
		img := layout(face, lines[start:end], w, h, margin, lineH, opt, rng)
		if opt.Ruled {
			rule(img, margin, lineH, end-start, opt.DPI)
		}
		img = scan(img, opt, rng)
		pages = append(pages, Page{Image: img, Text: strings.Join(lines[start:end], "\n")})
		if end == len(lines) {
			break
		}
	}
	return pages, nil
}

func mmToPx(mm float64, dpi int) int { return int(math.Round(mm / 25.4 * float64(dpi))) }

// wrap breaks each paragraph into lines no wider than maxW.
func wrap(face font.Face, text string, maxW, tab fixed.Int26_6) []string {
	var out []string
	for _, para := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		para = strings.TrimRight(para, " \t")
		if para == "" {
			out = append(out, "")
			continue
		}
		var line []rune
		var lineW fixed.Int26_6
		for _, r := range para {
			adv, ok := face.GlyphAdvance(r)
			if !ok {
				adv, _ = face.GlyphAdvance('□')
			}
			if r == '\t' && tab > 0 {
				adv = tab - lineW%tab
			}
			if lineW+adv > maxW && len(line) > 0 {
				out = append(out, string(line))
				line, lineW = nil, 0
				if r == ' ' {
					continue
				}
			}
			line = append(line, r)
			lineW += adv
		}
		out = append(out, string(line))
	}
	return out
}

// layout draws the lines in dark ink on white paper.
func layout(face font.Face, lines []string, w, h, margin, lineH int, opt Options, rng *rand.Rand) *image.Gray {
	img := image.NewGray(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.Gray{Y: 255}), image.Point{}, draw.Src)
	ink := image.NewUniform(color.Gray{Y: 20})
	ascent := face.Metrics().Ascent
	px := float64(opt.DPI) / 72 * opt.FontSizePt
	for i, line := range lines {
		baseline := fixed.I(margin+i*lineH) + ascent
		d := &font.Drawer{Dst: img, Src: ink, Face: face, Dot: fixed.Point26_6{X: fixed.I(margin), Y: baseline}}
		if tab := fixed.I(mmToPx(opt.TabMM, opt.DPI)); tab > 0 && !opt.Handwriting {
			for k, cell := range strings.Split(line, "\t") {
				if k > 0 {
					x := d.Dot.X - fixed.I(margin)
					d.Dot.X += tab - x%tab
				}
				d.DrawString(cell)
			}
			continue
		}
		if !opt.Handwriting {
			d.DrawString(line)
			continue
		}
		// Handwriting: each character wanders a little off the baseline and
		// the line drifts, as a pen does on unruled paper.
		drift := (rng.Float64() - 0.5) * 0.15 * px
		for _, r := range line {
			dy := fixed.Int26_6((drift + rng.NormFloat64()*0.04*px) * 64)
			dx := fixed.Int26_6(rng.NormFloat64() * 0.03 * px * 64)
			save := d.Dot
			d.Dot.X += dx
			d.Dot.Y += dy
			d.DrawString(string(r))
			d.Dot.Y = save.Y
			d.Dot.X += fixed.Int26_6(rng.NormFloat64() * 0.02 * px * 64)
		}
	}
	return img
}

// ruleGray is the grey level of a thin printed rule as scanned.
const ruleGray = 120

// rule draws a table's rules over n lines laid out from margin, lineH
// apart: horizontal ones between the lines, vertical ones down the middle
// of every gap of paper, at least a third of a line high wide, that runs
// through all n lines, and at the table's left and right edges.
func rule(img *image.Gray, margin, lineH, n, dpi int) {
	if n == 0 {
		return
	}
	w := img.Rect.Dx()
	top, bottom := margin-lineH/5, margin+n*lineH-lineH/5
	thick := max(1, dpi/150)
	paper := make([]bool, w)
	left, right := w, 0
	for x := range w {
		paper[x] = true
		for y := top; y < bottom; y++ {
			if img.GrayAt(x, y).Y < 128 {
				paper[x] = false
				left, right = min(left, x), max(right, x)
				break
			}
		}
	}
	if left >= right {
		return
	}
	fill := func(x0, y0, x1, y1 int) {
		draw.Draw(img, image.Rect(x0, y0, x1, y1), image.NewUniform(color.Gray{Y: ruleGray}), image.Point{}, draw.Src)
	}
	left, right = left-lineH/4, right+lineH/4
	cols := []int{left, right}
	for x := left; x < right; {
		if !paper[x] {
			x++
			continue
		}
		k := x
		for k < right && paper[k] {
			k++
		}
		if k-x >= lineH/3 && x > left+lineH/4 && k < right-lineH/4 {
			cols = append(cols, (x+k)/2)
		}
		x = k
	}
	for i := 0; i <= n; i++ {
		y := top + i*lineH
		fill(left, y, right+thick, y+thick)
	}
	for _, x := range cols {
		fill(x, top, x+thick, bottom+thick)
	}
}

// scan applies what a scanner does to a sheet: skew, blur, paper tone,
// noise, and thresholding.
func scan(img *image.Gray, opt Options, rng *rand.Rand) *image.Gray {
	if opt.RotateDeg != 0 {
		img = rotate(img, opt.RotateDeg)
	}
	if opt.Blur {
		img = boxBlur(img)
	}
	if opt.Noise > 0 {
		addNoise(img, opt.Noise, opt.DPI, rng)
	}
	if opt.BlackWhite {
		for i, v := range img.Pix {
			if v < 150 {
				img.Pix[i] = 0
			} else {
				img.Pix[i] = 255
			}
		}
	}
	return img
}

// rotate turns img by deg degrees (counter-clockwise positive) about its
// centre, keeping its size and filling uncovered corners with white.
func rotate(src *image.Gray, deg float64) *image.Gray {
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	dst := image.NewGray(b)
	s, c := math.Sincos(deg * math.Pi / 180)
	cx, cy := float64(w)/2, float64(h)/2
	for y := 0; y < h; y++ {
		dy := float64(y) - cy
		row := dst.Pix[y*dst.Stride:]
		for x := 0; x < w; x++ {
			dx := float64(x) - cx
			// Inverse map: source point that lands on (x, y). Image y grows
			// downwards, so a counter-clockwise turn on screen uses +s here.
			sx := c*dx - s*dy + cx
			sy := s*dx + c*dy + cy
			row[x] = bilinear(src, sx, sy)
		}
	}
	return dst
}

func bilinear(src *image.Gray, x, y float64) uint8 {
	w, h := src.Rect.Dx(), src.Rect.Dy()
	x0, y0 := int(math.Floor(x)), int(math.Floor(y))
	if x0 < 0 || y0 < 0 || x0+1 >= w || y0+1 >= h {
		return 255
	}
	fx, fy := x-float64(x0), y-float64(y0)
	p := src.Pix[y0*src.Stride+x0:]
	q := src.Pix[(y0+1)*src.Stride+x0:]
	top := float64(p[0])*(1-fx) + float64(p[1])*fx
	bot := float64(q[0])*(1-fx) + float64(q[1])*fx
	return uint8(top*(1-fy) + bot*fy + 0.5)
}

func boxBlur(src *image.Gray) *image.Gray {
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	dst := image.NewGray(b)
	copy(dst.Pix, src.Pix)
	for y := 1; y < h-1; y++ {
		for x := 1; x < w-1; x++ {
			sum := 0
			for j := -1; j <= 1; j++ {
				o := (y+j)*src.Stride + x
				sum += int(src.Pix[o-1]) + int(src.Pix[o]) + int(src.Pix[o+1])
			}
			dst.Pix[y*dst.Stride+x] = uint8(sum / 9)
		}
	}
	return dst
}

// addNoise darkens the paper unevenly, adds Gaussian sensor noise and
// scatters dust specks, all scaled by level.
func addNoise(img *image.Gray, level float64, dpi int, rng *rand.Rand) {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	sigma := 6 + 40*level
	// Paper tone varies slowly from one corner to the other.
	t0, t1 := 255-40*level*rng.Float64(), 255-40*level*rng.Float64()
	for y := 0; y < h; y++ {
		row := img.Pix[y*img.Stride:]
		tone := t0 + (t1-t0)*float64(y)/float64(h)
		for x := 0; x < w; x++ {
			v := float64(row[x])
			// Ink stays ink; paper takes the tone.
			v = v * tone / 255
			v += rng.NormFloat64() * sigma
			row[x] = clamp8(v)
		}
	}
	specks := int(level * float64(w*h) / 4000)
	r := max(1, dpi/150)
	for range specks {
		cx, cy := rng.IntN(w), rng.IntN(h)
		rad := 1 + rng.IntN(r)
		for y := max(0, cy-rad); y < min(h, cy+rad); y++ {
			for x := max(0, cx-rad); x < min(w, cx+rad); x++ {
				img.Pix[y*img.Stride+x] = uint8(rng.IntN(90))
			}
		}
	}
}

func clamp8(v float64) uint8 {
	switch {
	case v < 0:
		return 0
	case v > 255:
		return 255
	}
	return uint8(v + 0.5)
}
