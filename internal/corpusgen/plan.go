package corpusgen

import (
	"strings"
)

type blockKind int

const (
	bTitle   blockKind = iota // centred, large
	bHeading                  // bold-ish, medium
	bPara                     // wrapped body text
	bTable                    // grid of single-line cells
	bBreak                    // page break
	bGap                      // vertical space
)

// block is one unit of a document's content before layout.
type block struct {
	kind blockKind
	text string
	tmpl bool // shared by design across schools (see Truth.TemplateLines)
	// own marks a field line ("label：value") that forms a stream of its
	// own: its neighbours are other fields, not running text.
	own bool
	// Tables: rows[0] is the header; cols are relative column widths.
	rows    [][]string
	cols    []float64
	rowTmpl []bool // per row: template text (the header always is)
	// labelCol marks a form table whose first column holds the official
	// labels (template text); the other cells of a row form its stream.
	labelCol bool
	// hand marks a paragraph written by hand from byte handAt on (before
	// it: the printed label, "姓名：", "答："); handRows the table rows
	// written by hand. Only scanned documents draw the difference.
	hand     bool
	handAt   int
	handRows []bool
}

// docPlan is one file to write.
type docPlan struct {
	name   string // file name inside the submission folder
	kind   string // models.FileKind value
	item   int
	format string // pdf, docx, xlsx, txt, jpg
	blocks []block
	// raw, when set, is written as is (planted bad files, txt, jpg, xlsx).
	raw    []byte
	defect string
	// scan, when set, renders the document as scanned pages (images only).
	scan *scanSpec
	// after rendering
	relPath string
	pages   []string
}

// docBuilder collects the blocks of one document.
type docBuilder struct {
	c      *composer
	blocks []block
}

func (d *docBuilder) title(s string) {
	d.c.breakStream()
	d.blocks = append(d.blocks, block{kind: bTitle, text: s, tmpl: true})
}

func (d *docBuilder) heading(s string) {
	d.c.breakStream()
	d.blocks = append(d.blocks, block{kind: bHeading, text: s, tmpl: true})
}

// tline adds a template body line (label + catalogue value, notice phrase).
func (d *docBuilder) tline(s string) {
	d.c.breakStream()
	d.blocks = append(d.blocks, block{kind: bPara, text: s, tmpl: true})
}

// line adds a field line whose content is fixed (names, dates): a stream
// of its own.
func (d *docBuilder) line(s string) {
	d.c.breakStream()
	d.blocks = append(d.blocks, block{kind: bPara, text: d.c.fixed(s), own: true})
	d.c.breakStream()
}

// field adds a field line: a printed label and a handwritten value.
func (d *docBuilder) field(label, value string) {
	d.c.breakStream()
	d.blocks = append(d.blocks, block{kind: bPara, text: label + d.c.fixed(value), own: true, hand: true, handAt: len(label)})
	d.c.breakStream()
}

// written adds composed text written by hand after a printed prefix.
func (d *docBuilder) written(prefix, s string) {
	d.blocks = append(d.blocks, block{kind: bPara, text: prefix + s, hand: true, handAt: len(prefix)})
}

// text adds composed text.
func (d *docBuilder) text(s string) {
	d.blocks = append(d.blocks, block{kind: bPara, text: s})
}

func (d *docBuilder) para(frames []string, lo, hi int) {
	d.text(d.c.para(frames, lo, hi))
}

// numbered adds n composed lines prefixed "（1）", "（2）"…
func (d *docBuilder) numbered(frames []string, n int) {
	for i := 1; i <= n; i++ {
		d.text("（" + itoa(i) + "）" + d.c.sentence(frames))
	}
}

func (d *docBuilder) brk() { d.blocks = append(d.blocks, block{kind: bBreak}) }
func (d *docBuilder) gap() { d.blocks = append(d.blocks, block{kind: bGap}) }

// table adds a table with a template header. Rows are either all template
// (rowsTmpl) or fixed text committed to the stream.
func (d *docBuilder) table(cols []float64, header []string, rows [][]string, rowsTmpl bool) {
	flags := make([]bool, len(rows))
	for i := range flags {
		flags[i] = rowsTmpl
	}
	d.tableMixed(cols, header, rows, flags)
}

// tableMixed adds a table whose rows are template text where tmpl says so
// and fixed text otherwise.
func (d *docBuilder) tableMixed(cols []float64, header []string, rows [][]string, tmpl []bool) {
	d.c.breakStream()
	flags := append([]bool{true}, tmpl...)
	for i, r := range rows {
		d.c.breakStream() // every row is a stream of its own
		if !tmpl[i] {
			d.c.fixed(strings.Join(r, " "))
		}
	}
	all := append([][]string{header}, rows...)
	d.blocks = append(d.blocks, block{kind: bTable, rows: all, cols: cols, rowTmpl: flags})
	d.c.breakStream()
}

// draftRow draws a table row from gen until it repeats no other school's run.
func (d *docBuilder) draftRow(gen func() []string) []string {
	s := d.c.draft(func() string { return strings.Join(gen(), "\t") })
	return strings.Split(s, "\t")
}

// tableComposed adds a table whose rows are drafted one by one.
func (d *docBuilder) tableComposed(cols []float64, header []string, n int, gen func(i int) []string) {
	d.c.breakStream()
	rows := make([][]string, n)
	for i := range rows {
		d.c.breakStream() // every row is a stream of its own
		rows[i] = d.draftRow(func() []string { return gen(i) })
	}
	d.blocks = append(d.blocks, block{kind: bTable, rows: append([][]string{header}, rows...), cols: cols, rowTmpl: make([]bool, n+1)})
	d.blocks[len(d.blocks)-1].rowTmpl[0] = true
	d.c.breakStream()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// templateTexts returns the template texts of a plan's blocks, with the
// header rows and template rows of tables joined by one space.
func templateTexts(blocks []block) []string {
	var out []string
	for _, b := range blocks {
		switch {
		case b.kind == bTable:
			for i, r := range b.rows {
				switch {
				case i < len(b.rowTmpl) && b.rowTmpl[i]:
					out = append(out, strings.Join(r, " "))
				case b.labelCol:
					out = append(out, r[0])
				}
			}
		case b.tmpl:
			out = append(out, b.text)
		}
	}
	return out
}

// nonTemplateStreams returns the document's non-template text as separate
// streams, broken wherever template text stands between; a field line and
// a table row each form a stream of their own.
func nonTemplateStreams(blocks []block) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, b := range blocks {
		switch {
		case b.kind == bTable:
			flush()
			for i, r := range b.rows {
				switch {
				case i < len(b.rowTmpl) && b.rowTmpl[i]:
				case b.labelCol:
					out = append(out, strings.Join(r[1:], " "))
				default:
					out = append(out, strings.Join(r, " "))
				}
			}
		case b.tmpl:
			flush()
		case b.own:
			flush()
			out = append(out, b.text)
		case b.kind == bPara:
			cur.WriteString(b.text)
			cur.WriteByte('\n')
		}
	}
	flush()
	return out
}
