package extractors

import (
	"math"
	"sort"
	"strings"

	"github.com/ledongthuc/pdf"
)

// textRun is one glyph placed on the page, in device space (y up).
type textRun struct {
	x, y float64 // origin of the glyph
	w    float64 // advance width
	size float64 // font size in device space
	text string
	seq  int // order in the content stream
	vert bool
	// space: the glyph is a space, so no gap-made space goes before it.
	// Single-byte code 32 is not enough: a subset font may give that code
	// to any glyph (LibreOffice's gave it to "8", and "习丽萍 88 92 81
	// 85.3" in a table came out "习丽萍88 928185.3": a heldout5 record
	// lost); word spacing applies to code 32 all the same (glyph.space).
	space bool
}

// maxFormDepth bounds nested form XObjects (and cycles between them).
const maxFormDepth = 8

// maxRuns bounds the glyphs collected from one page (hostile streams).
const maxRuns = 2_000_000

type matrix [6]float64 // a b c d e f

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (apply m, then n).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

type textState struct {
	ctm              matrix
	font             *fontDecoder
	size, tc, tw, th float64
	tl, rise         float64
}

// layerReader walks a page's content (and its form XObjects) and collects
// placed glyphs.
type layerReader struct {
	runs []textRun
	seen map[string]bool
	// missingFont is set when a Tf names a font the resources do not hold:
	// with a broken xref the library cannot resolve objects, and a pdfcpu
	// rewrite may help.
	missingFont bool
}

// pageRuns returns the glyphs of page p in content order.
func pageRuns(p pdf.Page) ([]textRun, bool) {
	lr := &layerReader{seen: map[string]bool{}}
	lr.walk(p.V.Key("Contents"), p.Resources(), identity, 0)
	lr.walkAnnots(p.V.Key("Annots"))
	return lr.runs, lr.missingFont
}

// walkAnnots draws the normal appearance of visible annotations (filled
// form fields, free text), which viewers and pdftotext show as page text.
func (lr *layerReader) walkAnnots(annots pdf.Value) {
	for i := 0; i < annots.Len() && i < 10000; i++ {
		a := annots.Index(i)
		if a.Key("F").Int64()&0x2 != 0 { // hidden
			continue
		}
		switch a.Key("Subtype").Name() {
		case "Link", "Popup":
			continue
		}
		ap := a.Key("AP").Key("N")
		if ap.Kind() == pdf.Dict {
			ap = ap.Key(a.Key("AS").Name())
		}
		if ap.Kind() != pdf.Stream {
			continue
		}
		rect := a.Key("Rect")
		if rect.Len() != 4 {
			continue
		}
		m := identity
		if fm := ap.Key("Matrix"); fm.Len() == 6 {
			for j := range m {
				m[j] = fm.Index(j).Float64()
			}
		}
		// Map the transformed BBox onto Rect (PDF 32000-1 §12.5.5).
		bb := ap.Key("BBox")
		x0, y0, x1, y1 := bb.Index(0).Float64(), bb.Index(1).Float64(), bb.Index(2).Float64(), bb.Index(3).Float64()
		ax0, ay0 := m[0]*x0+m[2]*y0+m[4], m[1]*x0+m[3]*y0+m[5]
		ax1, ay1 := m[0]*x1+m[2]*y1+m[4], m[1]*x1+m[3]*y1+m[5]
		bx0, bx1 := math.Min(ax0, ax1), math.Max(ax0, ax1)
		by0, by1 := math.Min(ay0, ay1), math.Max(ay0, ay1)
		rx0, ry0, rx1, ry1 := rect.Index(0).Float64(), rect.Index(1).Float64(), rect.Index(2).Float64(), rect.Index(3).Float64()
		sx, sy := 1.0, 1.0
		if bx1-bx0 > 0 {
			sx = math.Abs(rx1-rx0) / (bx1 - bx0)
		}
		if by1-by0 > 0 {
			sy = math.Abs(ry1-ry0) / (by1 - by0)
		}
		fit := matrix{sx, 0, 0, sy, math.Min(rx0, rx1) - bx0*sx, math.Min(ry0, ry1) - by0*sy}
		lr.walk(ap, ap.Key("Resources"), m.mul(fit), 1)
	}
}

func (lr *layerReader) walk(strm, res pdf.Value, ctm matrix, depth int) {
	if depth > maxFormDepth || strm.IsNull() {
		return
	}
	fonts := map[string]*fontDecoder{}
	fontFor := func(name string) *fontDecoder {
		if f, ok := fonts[name]; ok {
			return f
		}
		fv := res.Key("Font").Key(name)
		if fv.IsNull() && name != "" {
			lr.missingFont = true
		}
		f := newFontDecoder(fv)
		fonts[name] = f
		return f
	}
	g := textState{ctm: ctm, th: 1}
	var stack []textState
	var tm, tlm matrix
	show := func(s string) {
		if g.font == nil {
			g.font = fontFor("")
		}
		trm := func() matrix {
			return matrix{g.size * g.th, 0, 0, g.size, 0, g.rise}.mul(tm).mul(g.ctm)
		}
		for _, gl := range g.font.decode(s) {
			m := trm()
			w0 := g.font.width(gl.code)
			if gl.code2 > 0 {
				w0 += g.font.width(gl.code2)
			}
			size := math.Hypot(m[2], m[3])
			adv := w0*g.size + g.tc
			if gl.space {
				adv += g.tw
			}
			if len(lr.runs) < maxRuns {
				lr.runs = append(lr.runs, textRun{x: m[4], y: m[5], w: w0 * math.Hypot(m[0], m[1]), size: size,
					text: gl.text, seq: len(lr.runs), vert: g.font.vertical, space: gl.space && strings.TrimSpace(gl.text) == ""})
			}
			if g.font.vertical {
				tm = matrix{1, 0, 0, 1, 0, -(g.size + g.tc)}.mul(tm)
			} else {
				tm = matrix{1, 0, 0, 1, adv * g.th, 0}.mul(tm)
			}
		}
	}
	num := func(v pdf.Value) float64 { return v.Float64() }
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		args := popAll(stk)
		switch op {
		case "q":
			if len(stack) < 1000 {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g = stack[n-1]
				stack = stack[:n-1]
			}
		case "cm":
			if len(args) == 6 {
				var m matrix
				for i := range m {
					m[i] = num(args[i])
				}
				g.ctm = m.mul(g.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tf":
			if len(args) == 2 {
				g.font = fontFor(args[0].Name())
				g.size = num(args[1])
			}
		case "Tc":
			if len(args) == 1 {
				g.tc = num(args[0])
			}
		case "Tw":
			if len(args) == 1 {
				g.tw = num(args[0])
			}
		case "Tz":
			if len(args) == 1 {
				g.th = num(args[0]) / 100
			}
		case "TL":
			if len(args) == 1 {
				g.tl = num(args[0])
			}
		case "Ts":
			if len(args) == 1 {
				g.rise = num(args[0])
			}
		case "Td", "TD":
			if len(args) == 2 {
				if op == "TD" {
					g.tl = -num(args[1])
				}
				tlm = matrix{1, 0, 0, 1, num(args[0]), num(args[1])}.mul(tlm)
				tm = tlm
			}
		case "Tm":
			if len(args) == 6 {
				for i := range tlm {
					tlm[i] = num(args[i])
				}
				tm = tlm
			}
		case "T*":
			tlm = matrix{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
			tm = tlm
		case "Tj":
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "'", "\"":
			if op == "\"" && len(args) == 3 {
				g.tw, g.tc = num(args[0]), num(args[1])
				args = args[2:]
			}
			tlm = matrix{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
			tm = tlm
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "TJ":
			if len(args) != 1 {
				return
			}
			a := args[0]
			for i := 0; i < a.Len(); i++ {
				x := a.Index(i)
				if x.Kind() == pdf.String {
					show(x.RawString())
					continue
				}
				adj := -num(x) / 1000 * g.size
				if g.font != nil && g.font.vertical {
					tm = matrix{1, 0, 0, 1, 0, adj}.mul(tm)
				} else {
					tm = matrix{1, 0, 0, 1, adj * g.th, 0}.mul(tm)
				}
			}
		case "Do":
			if len(args) != 1 {
				return
			}
			name := args[0].Name()
			xo := res.Key("XObject").Key(name)
			if xo.Key("Subtype").Name() != "Form" {
				return
			}
			// Guard against cycles: a form that draws itself.
			id := formID(xo, name, depth)
			if lr.seen[id] {
				return
			}
			lr.seen[id] = true
			m := identity
			if fm := xo.Key("Matrix"); fm.Len() == 6 {
				for i := range m {
					m[i] = num(fm.Index(i))
				}
			}
			fres := xo.Key("Resources")
			if fres.IsNull() {
				fres = res
			}
			lr.walk(xo, fres, m.mul(g.ctm), depth+1)
			delete(lr.seen, id)
		}
	})
}

// formID names a form XObject for cycle detection. Values do not expose
// object numbers, so the stream's dictionary text stands in for identity.
func formID(xo pdf.Value, name string, depth int) string {
	s := xo.String()
	if len(s) > 200 {
		s = s[:200]
	}
	return name + "|" + s
}

// layoutText puts glyphs in reading order: lines by baseline, top to bottom,
// each line left to right, with a space where glyphs are far apart. Content
// order is kept among glyphs of the same line that overlap.
func layoutText(runs []textRun) string {
	if len(runs) == 0 {
		return ""
	}
	vert := 0
	for _, r := range runs {
		if r.vert {
			vert++
		}
	}
	if vert*2 > len(runs) {
		return layoutVertical(runs)
	}
	rs := make([]textRun, len(runs))
	copy(rs, runs)
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].y > rs[j].y })
	// Group into lines: a glyph joins the current line when its baseline is
	// within half a font size of the line's first baseline.
	var lines [][]textRun
	for _, r := range rs {
		if n := len(lines); n > 0 {
			first := lines[n-1][0]
			tol := 0.5 * math.Max(math.Min(first.size, r.size), 1)
			if math.Abs(first.y-r.y) <= tol {
				lines[n-1] = append(lines[n-1], r)
				continue
			}
		}
		lines = append(lines, []textRun{r})
	}
	var b strings.Builder
	for li, line := range lines {
		if li > 0 {
			b.WriteByte('\n')
		}
		sort.SliceStable(line, func(i, j int) bool {
			if math.Abs(line[i].x-line[j].x) < 0.01*math.Max(line[i].size, 1) {
				return line[i].seq < line[j].seq
			}
			return line[i].x < line[j].x
		})
		prevEnd := math.Inf(-1)
		for _, r := range line {
			if !math.IsInf(prevEnd, -1) && r.x-prevEnd > 0.3*math.Max(r.size, 1) && !r.space {
				b.WriteByte(' ')
			}
			b.WriteString(r.text)
			prevEnd = math.Max(prevEnd, r.x+r.w)
		}
	}
	return b.String()
}

// layoutVertical orders vertical writing: columns right to left, each top
// to bottom.
func layoutVertical(runs []textRun) string {
	rs := make([]textRun, len(runs))
	copy(rs, runs)
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].x > rs[j].x })
	var cols [][]textRun
	for _, r := range rs {
		if n := len(cols); n > 0 && math.Abs(cols[n-1][0].x-r.x) <= 0.5*math.Max(r.size, 1) {
			cols[n-1] = append(cols[n-1], r)
			continue
		}
		cols = append(cols, []textRun{r})
	}
	var b strings.Builder
	for ci, col := range cols {
		if ci > 0 {
			b.WriteByte('\n')
		}
		sort.SliceStable(col, func(i, j int) bool { return col[i].y > col[j].y })
		for _, r := range col {
			b.WriteString(r.text)
		}
	}
	return b.String()
}

// contentText joins glyphs in content-stream order, breaking lines where the
// baseline moves.
func contentText(runs []textRun) string {
	var b strings.Builder
	for i, r := range runs {
		if i > 0 {
			p := runs[i-1]
			tol := 0.5 * math.Max(math.Min(p.size, r.size), 1)
			if math.Abs(p.y-r.y) > tol && !r.vert {
				b.WriteByte('\n')
			} else if r.x-(p.x+p.w) > 0.3*math.Max(r.size, 1) && !r.space && !r.vert {
				b.WriteByte(' ')
			}
		}
		b.WriteString(r.text)
	}
	return b.String()
}
