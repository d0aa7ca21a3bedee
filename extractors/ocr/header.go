package ocr

import (
	"fmt"
	"image"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/otiai10/gosseract/v2"
)

// A table's header cells often hold their heading on two lines where the
// column is narrow: "理论(满分" over "30)". Reading the page as one block
// (page segmentation mode 6), Tesseract lines up the one-line headings
// (序号 姓名 总分) and loses the two-line ones, or reads their halves as
// lines of their own; the columns' maxima are then lost and no score can
// be held against them (a held-out 250-dpi score table: "序号姓名。学号总分"
// for six headings). headerCells reads such a header again, cell by cell
// between the table's rules, each cell as a block of its own.

// headerWordRe tells a table header's line: 姓名 beside another heading
// of a class list or score table.
var headerWordRe = regexp.MustCompile(`序号|学号|总分|成绩|得分|满分|考核|评价|合计`)

// headerLine reports whether a line read from a page may be a table's
// header: 姓名 beside another heading, or, 姓名 itself lost to the
// reading of a header whose headings stand on two lines ("序号学号人",
// "工位号学号Rn Ce公we总分"), two other headings of a score table.
// Its cells read apart must still give 姓名 to be taken.
func headerLine(text string) bool {
	words := map[string]bool{}
	for _, w := range headerWordRe.FindAllString(text, -1) {
		words[w] = true
	}
	if strings.Contains(text, "姓名") {
		return len(words) > 0
	}
	return len(words) >= 2
}

// maximumRe finds a column's maximum as a heading gives it: "满分30",
// "满分：30", "(30", "（30".
var maximumRe = regexp.MustCompile(`满\s*分\s*[:：]?\s*\d|[(（〈]\s*\d`)

// Where a header's rules are looked for.
const (
	// bandLines: the rules above and below a header line are looked for
	// within this many times its height either way.
	bandLines = 3
	// tallBand: a header row at least this many times as tall as its
	// line of text has room for headings of two lines.
	tallBand = 1.8
	// ruleCover: a row or column of pixels is a rule where this share of
	// it, across the header line or down the header row, is on a rule.
	ruleCover = 0.5
)

// headerCells finds, among lines (the page's words line by line, as read
// from g), a table header in a row of the table with room for two lines
// of its text (tallBand), reads each of that row's cells apart, and puts the cells'
// text in place of the header line when it gives more maxima than the
// line did ("理论(满分30)" where the line had none). Lines read from
// within the header row are dropped (their text is in the cells now).
// findRules marks the pixels of g
// on the table's rules (removeRules); it is called once, when a header
// line is read.
func (w *worker) headerCells(g *image.Gray, findRules func() []bool, lines [][]gosseract.BoundingBox) ([][]gosseract.BoundingBox, error) {
	rules := sync.OnceValue(findRules)
	off := g.Rect.Min // Tesseract's boxes are relative to g's corner
	for i, ws := range lines {
		text := lineText(ws)
		if !headerLine(text) {
			continue
		}
		row, cells := headerGrid(g.Rect, rules(), lineBox(ws).Add(off), wordHeight(ws))
		if len(cells) < 3 {
			continue
		}
		var read []gosseract.BoundingBox
		for _, c := range cells {
			word, conf, err := w.readCell(g, c)
			if err != nil {
				return nil, err
			}
			if word != "" {
				bx := ws[0]
				bx.Word, bx.Confidence, bx.Box = word, conf, c.Sub(off)
				read = append(read, bx)
			}
		}
		if len(maximumRe.FindAllString(lineText(read), -1)) <= len(maximumRe.FindAllString(text, -1)) ||
			!strings.Contains(lineText(read), "姓名") {
			continue
		}
		// The header and the lines read from within its row go; the cells
		// take the header's place.
		var out [][]gosseract.BoundingBox
		for j, l := range lines {
			switch {
			case j == i:
				out = append(out, read)
			case withinRow(lineBox(l).Add(off), row):
			default:
				out = append(out, l)
			}
		}
		return out, nil // one header a page is read again
	}
	return lines, nil
}

// lineText is the words of a line run together.
func lineText(ws []gosseract.BoundingBox) string {
	var b strings.Builder
	for _, bx := range ws {
		b.WriteString(bx.Word)
	}
	return b.String()
}

// lineBox is the box around a line's words.
func lineBox(ws []gosseract.BoundingBox) image.Rectangle {
	var r image.Rectangle
	for _, bx := range ws {
		r = r.Union(bx.Box)
	}
	return r
}

// wordHeight is the lower quartile of the heights of a line's words: its
// text's height. Marks read from the ink of a two-line heading beside the
// line come out two lines tall ("0" 92 px, "。" 79 px high beside 35-px
// 序号 and 姓名 on a held-out scan), and may be half the words.
func wordHeight(ws []gosseract.BoundingBox) int {
	hs := make([]int, 0, len(ws))
	for _, bx := range ws {
		hs = append(hs, bx.Box.Dy())
	}
	if len(hs) == 0 {
		return 0
	}
	slices.Sort(hs)
	return hs[len(hs)/4]
}

// withinRow reports whether a line's box stands inside a table row: its
// middle between the row's rules, and inside its columns.
func withinRow(line, row image.Rectangle) bool {
	mid := (line.Min.Y + line.Max.Y) / 2
	return mid > row.Min.Y && mid < row.Max.Y && line.Min.X >= row.Min.X-line.Dy() && line.Max.X <= row.Max.X+line.Dy()
}

// headerGrid finds the table row around line (a box in the coordinates of
// rules, a mask of bounds' pixels row by row; its text lh pixels high):
// the nearest rules above and below it that run across the line, and the
// column rules between them. It returns the row's box and its cells', left
// to right; no cells when the row is no taller than tallBand lines of text
// or has no two columns.
func headerGrid(bounds image.Rectangle, rules []bool, line image.Rectangle, lh int) (image.Rectangle, []image.Rectangle) {
	w, h := bounds.Dx(), bounds.Dy()
	line = line.Sub(bounds.Min).Intersect(image.Rect(0, 0, w, h))
	if lh <= 0 || line.Empty() || len(rules) != w*h {
		return image.Rectangle{}, nil
	}
	across := func(y int) bool {
		n := 0
		for x := line.Min.X; x < line.Max.X; x++ {
			if rules[y*w+x] {
				n++
			}
		}
		return float64(n) >= ruleCover*float64(line.Dx())
	}
	mid := (line.Min.Y + line.Max.Y) / 2
	top, bottom := -1, -1
	for y := mid; y >= max(0, mid-bandLines*lh); y-- {
		if across(y) {
			top = y
			break
		}
	}
	for y := mid; y < min(h, mid+bandLines*lh); y++ {
		if across(y) {
			bottom = y
			break
		}
	}
	if top < 0 || bottom < 0 || float64(bottom-top) < tallBand*float64(lh) {
		return image.Rectangle{}, nil
	}
	// Column rules: runs of columns of pixels on a rule down most of the
	// row (its inside: the rules across it are left out).
	y0, y1 := top+1, bottom
	for y0 < y1 && across(y0) {
		y0++
	}
	for y1 > y0 && across(y1-1) {
		y1--
	}
	if y1-y0 < lh {
		return image.Rectangle{}, nil
	}
	var cols [][2]int // [first, last] x of each column rule
	for x := range w {
		n := 0
		for y := y0; y < y1; y++ {
			if rules[y*w+x] {
				n++
			}
		}
		if float64(n) < ruleCover*float64(y1-y0) {
			continue
		}
		if k := len(cols); k > 0 && cols[k-1][1] >= x-1 {
			cols[k-1][1] = x
		} else {
			cols = append(cols, [2]int{x, x})
		}
	}
	var cells []image.Rectangle
	for k := 1; k < len(cols); k++ {
		if x0, x1 := cols[k-1][1]+1, cols[k][0]; x1-x0 >= lh {
			cells = append(cells, image.Rect(x0, y0, x1, y1).Add(bounds.Min))
		}
	}
	if len(cells) < 2 {
		return image.Rectangle{}, nil
	}
	row := image.Rect(cols[0][0], top, cols[len(cols)-1][1]+1, bottom+1).Add(bounds.Min)
	return row, cells
}

// readCell reads one table cell of g as a block of its own, on a margin
// of paper: its words run together (a heading of two lines is one), and
// their mean confidence.
func (w *worker) readCell(g *image.Gray, cell image.Rectangle) (string, float64, error) {
	cell = cell.Intersect(g.Rect)
	if cell.Dx() < minSide/2 || cell.Dy() < minSide/2 {
		return "", 0, nil
	}
	pad := max(8, cell.Dy()/4)
	paper := paperLevel(g)
	padded := image.NewGray(image.Rect(0, 0, cell.Dx()+2*pad, cell.Dy()+2*pad))
	for i := range padded.Pix {
		padded.Pix[i] = paper
	}
	for y := cell.Min.Y; y < cell.Max.Y; y++ {
		o := g.PixOffset(cell.Min.X, y)
		copy(padded.Pix[padded.PixOffset(pad, y-cell.Min.Y+pad):], g.Pix[o:o+cell.Dx()])
	}
	c := w.client
	if err := c.SetImageFromBytes(EncodePGM(padded)); err != nil {
		return "", 0, fmt.Errorf("ocr: set image: %w", err)
	}
	boxes, err := c.GetBoundingBoxesVerbose()
	if err != nil {
		return "", 0, fmt.Errorf("ocr: tesseract: %w", err)
	}
	var words []string
	var sum float64
	for _, bx := range boxes {
		if word := strings.TrimSpace(bx.Word); word != "" {
			words = append(words, word)
			sum += bx.Confidence
		}
	}
	if len(words) == 0 {
		return "", 0, nil
	}
	return strings.Join(words, ""), sum / float64(len(words)), nil
}
