package corpusgen

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/signintech/gopdf"
)

// FontPath is the TrueType font the PDFs embed (Latin and CJK).
const FontPath = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"

const (
	pageW, pageH = 595.28, 841.89 // A4 in points
	marginX      = 60.0
	marginTop    = 64.0
	marginBottom = 64.0
	contentW     = pageW - 2*marginX
	sizeTitle    = 17.0
	sizeHeading  = 12.5
	sizeBody     = 10.5
	sizeTable    = 9.0
	lineFactor   = 1.6
	fontFamily   = "wenkai"
)

// pdfWriter renders block plans to PDF. The font is parsed once and shared;
// rune widths are cached per size.
type pdfWriter struct {
	fonts *gopdf.FontContainer
	mu    sync.Mutex
	// measure is a document used only to measure advances, always at
	// measureSize: widths must not depend on which document (rendered in
	// parallel) asks first, or layout and bytes would vary between runs.
	measure *gopdf.GoPdf
	width   map[rune]float64
	date    time.Time
}

const measureSize = 100.0

func newPDFWriter(date time.Time) (*pdfWriter, error) {
	data, err := os.ReadFile(FontPath)
	if err != nil {
		return nil, fmt.Errorf("read font: %w", err)
	}
	fc := &gopdf.FontContainer{}
	if err := fc.AddTTFFontData(fontFamily, data); err != nil {
		return nil, fmt.Errorf("parse font %s: %w", FontPath, err)
	}
	m := &gopdf.GoPdf{}
	m.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
	if err := m.AddTTFFontFromFontContainer(fontFamily, fc); err != nil {
		return nil, fmt.Errorf("add font: %w", err)
	}
	if err := m.SetFont(fontFamily, "", measureSize); err != nil {
		return nil, fmt.Errorf("set font: %w", err)
	}
	return &pdfWriter{fonts: fc, measure: m, width: map[rune]float64{}, date: date}, nil
}

// pageState tracks layout while drawing.
type pageState struct {
	gp    *gopdf.GoPdf
	y     float64
	pages [][]string
	size  float64
}

// unitWidth is the advance of r at 1 pt, measured once and cached.
func (w *pdfWriter) unitWidth(_ *pageState, r rune) float64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	if v, ok := w.width[r]; ok {
		return v
	}
	v := 1.0
	if m, err := w.measure.MeasureTextWidth(string(r)); err == nil {
		v = m / measureSize
	}
	w.width[r] = v
	return v
}

func (w *pdfWriter) textWidth(ps *pageState, size float64, s string) float64 {
	t := 0.0
	for _, r := range s {
		t += w.unitWidth(ps, r)
	}
	return t * size
}

// noLineStart are characters that must not open a line.
const noLineStart = "，。、；：？！）》”’…%"

// wrap splits s into lines no wider than width (a first line narrower by indent).
func (w *pdfWriter) wrap(ps *pageState, size float64, s string, width, indent float64) []string {
	var lines []string
	var cur []rune
	x, limit := 0.0, width-indent
	for _, r := range s {
		rw := w.unitWidth(ps, r) * size
		if x+rw > limit && len(cur) > 0 && !strings.ContainsRune(noLineStart, r) {
			lines = append(lines, string(cur))
			cur, x, limit = cur[:0:0], 0, width
		}
		cur = append(cur, r)
		x += rw
	}
	if len(cur) > 0 {
		lines = append(lines, string(cur))
	}
	return lines
}

// options of one rendering.
type pdfOptions struct {
	title    string
	userPass string // encrypt with this user password (RC4, gopdf's handler)
}

// render draws blocks and returns the PDF bytes and each page's text.
func (w *pdfWriter) render(blocks []block, opt pdfOptions) ([]byte, []string, error) {
	gp := &gopdf.GoPdf{}
	cfg := gopdf.Config{PageSize: *gopdf.PageSizeA4}
	if opt.userPass != "" {
		cfg.Protection = gopdf.PDFProtectionConfig{
			UseProtection: true,
			Permissions:   gopdf.PermissionsPrint,
			UserPass:      []byte(opt.userPass),
			OwnerPass:     []byte(opt.userPass + "-owner"),
		}
	}
	gp.Start(cfg)
	gp.SetInfo(gopdf.PdfInfo{Title: opt.title, Creator: "classaudit corpusgen", Producer: "classaudit corpusgen", CreationDate: w.date})
	if err := gp.AddTTFFontFromFontContainer(fontFamily, w.fonts); err != nil {
		return nil, nil, fmt.Errorf("add font: %w", err)
	}
	ps := &pageState{gp: gp}
	if err := w.newPage(ps); err != nil {
		return nil, nil, err
	}
	for _, b := range blocks {
		var err error
		switch b.kind {
		case bTitle:
			ps.y += 6
			err = w.lines(ps, sizeTitle, b.text, true, 0)
			ps.y += 8
		case bHeading:
			ps.y += 4
			err = w.lines(ps, sizeHeading, b.text, false, 0)
		case bPara:
			err = w.lines(ps, sizeBody, b.text, false, 2*sizeBody)
		case bTable:
			err = w.table(ps, b)
		case bBreak:
			err = w.newPage(ps)
		case bGap:
			ps.y += sizeBody
		}
		if err != nil {
			return nil, nil, err
		}
	}
	var buf bytes.Buffer
	if err := gp.Write(&buf); err != nil {
		return nil, nil, fmt.Errorf("write pdf: %w", err)
	}
	pages := make([]string, len(ps.pages))
	for i, p := range ps.pages {
		pages[i] = strings.Join(p, "\n")
	}
	return buf.Bytes(), pages, nil
}

func (w *pdfWriter) newPage(ps *pageState) error {
	if len(ps.pages) > 0 && len(ps.pages[len(ps.pages)-1]) == 0 {
		return nil // the current page is still empty
	}
	ps.gp.AddPage()
	ps.pages = append(ps.pages, nil)
	ps.y = marginTop
	ps.size = 0
	return nil
}

func (w *pdfWriter) setSize(ps *pageState, size float64) error {
	if ps.size == size {
		return nil
	}
	if err := ps.gp.SetFont(fontFamily, "", size); err != nil {
		return fmt.Errorf("set font: %w", err)
	}
	ps.size = size
	return nil
}

// ensure starts a new page when h points do not fit.
func (w *pdfWriter) ensure(ps *pageState, h float64) error {
	if ps.y+h > pageH-marginBottom {
		return w.newPage(ps)
	}
	return nil
}

func (w *pdfWriter) lines(ps *pageState, size float64, text string, center bool, indent float64) error {
	if err := w.setSize(ps, size); err != nil {
		return err
	}
	lh := size * lineFactor
	for i, ln := range w.wrap(ps, size, text, contentW, indent) {
		if err := w.ensure(ps, lh); err != nil {
			return err
		}
		if err := w.setSize(ps, size); err != nil {
			return err
		}
		x := marginX
		if center {
			x = marginX + (contentW-w.textWidth(ps, size, ln))/2
		} else if i == 0 {
			x += indent
		}
		ps.gp.SetXY(x, ps.y)
		if err := ps.gp.Cell(nil, ln); err != nil {
			return fmt.Errorf("draw text: %w", err)
		}
		p := &ps.pages[len(ps.pages)-1]
		*p = append(*p, ln)
		ps.y += lh
	}
	return nil
}

// table draws a grid of single-line cells; a cell too wide for its column is
// drawn smaller so that it stays on one line (text extraction then keeps
// each row on one line).
func (w *pdfWriter) table(ps *pageState, b block) error {
	rowH := sizeTable * 2.0
	ps.y += 2
	for _, row := range b.rows {
		if err := w.ensure(ps, rowH); err != nil {
			return err
		}
		x := marginX
		ps.gp.SetLineWidth(0.5)
		ps.gp.Line(marginX, ps.y, marginX+contentW, ps.y)
		ps.gp.Line(marginX, ps.y+rowH, marginX+contentW, ps.y+rowH)
		var drawn []string
		for ci, cell := range row {
			cw := contentW * b.cols[ci]
			ps.gp.Line(x, ps.y, x, ps.y+rowH)
			size := sizeTable
			if err := w.setSize(ps, size); err != nil {
				return err
			}
			for size > 5 && w.textWidth(ps, size, cell) > cw-6 {
				size -= 0.5
			}
			if err := w.setSize(ps, size); err != nil {
				return err
			}
			ps.gp.SetXY(x+3, ps.y+(rowH-size)/2)
			if cell != "" {
				if err := ps.gp.Cell(nil, cell); err != nil {
					return fmt.Errorf("draw cell: %w", err)
				}
				drawn = append(drawn, cell)
			}
			x += cw
		}
		ps.gp.Line(marginX+contentW, ps.y, marginX+contentW, ps.y+rowH)
		p := &ps.pages[len(ps.pages)-1]
		*p = append(*p, strings.Join(drawn, " "))
		ps.y += rowH
	}
	ps.y += 6
	return nil
}
