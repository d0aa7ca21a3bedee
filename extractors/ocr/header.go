package ocr

import (
	"fmt"
	"image"
	"regexp"
	"slices"
	"strconv"
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
// of its text (tallBand), reads each of that row's cells apart, and puts
// the cells' text in place of the header line when it gives more maxima
// than the line did ("理论(满分30)" where the line had none). Lines read
// from within the header row are dropped (their text is in the cells
// now). Where no line reads as a header, or none of those that do is
// one, the line right above the table's rows is tried (lostHeader). findRules marks the pixels of g on
// the table's rules (removeRules); it is called once, when a header line
// is read.
func (w *worker) headerCells(g *image.Gray, findRules func() []bool, lines [][]gosseract.BoundingBox) ([][]gosseract.BoundingBox, error) {
	rules := sync.OnceValue(findRules)
	tried := map[int]bool{}
	for i, ws := range lines {
		if !headerLine(lineText(ws)) {
			continue
		}
		tried[i] = true
		out, err := w.headerAt(g, rules, lines, i)
		if out != nil || err != nil {
			return out, err // one header a page is read again
		}
	}
	// A line that read as a header and was none (a title, 学习任务考核
	// 成绩登记表, names 考核 and 成绩) does not hide the lost one.
	if i := lostHeader(lines); i >= 0 && !tried[i] {
		if out, err := w.headerAt(g, rules, lines, i); out != nil || err != nil {
			return out, err
		}
	}
	// A header lost whole, no line read from it: a band of the page's
	// height of two rows or more between the table's first row and the
	// line above it. Its cells are read at a line put there in its place.
	if i, band, ok := lostBand(lines); ok {
		at := slices.Clone(lines[i])
		at = at[:1]
		at[0].Word, at[0].Confidence, at[0].Box = "", 0, band
		with := slices.Insert(slices.Clone(lines), i, at)
		if out, err := w.headerAt(g, rules, with, i); out != nil || err != nil {
			return out, err
		}
	}
	return lines, nil
}

// lostBand finds a table header Tesseract lost whole (heldout88's 黄骅
// 网络, a 200-dpi register: "序号 工位 学号 姓名 用时(分钟) 需求勘察(15)
// …" in a row two lines tall, and nothing of it read): the band between
// the first two rows running one after the other (rowLine) and the line
// above them (or the page's top), empty of lines read, at least one and a
// half and at most four rows' pitch tall. It returns the first row's
// index and a box of a line's height across the rows' width in the
// band's middle (Tesseract's coordinates).
func lostBand(lines [][]gosseract.BoundingBox) (int, image.Rectangle, bool) {
	for i := 0; i+1 < len(lines); i++ {
		if !rowLine(lines[i]) || !rowLine(lines[i+1]) {
			continue
		}
		if i > 0 && rowLine(lines[i-1]) {
			return 0, image.Rectangle{}, false
		}
		first, second := lineBox(lines[i]), lineBox(lines[i+1])
		pitch := second.Min.Y - first.Min.Y
		if pitch <= 0 {
			return 0, image.Rectangle{}, false
		}
		top := 0
		if i > 0 {
			top = lineBox(lines[i-1]).Max.Y
		}
		gap := first.Min.Y - top
		if i == 0 || 2*gap < 3*pitch || gap > 4*pitch {
			// (At the page's top the band is the margin as well: no
			// telling.)
			return 0, image.Rectangle{}, false
		}
		// The header row ends where the first row's cell begins, a
		// row's pitch less half a line above the first row's text.
		mid := first.Min.Y - (pitch-first.Dy())/2 - (gap-(pitch-first.Dy())/2)/2
		h := first.Dy()
		return i, image.Rect(first.Min.X, mid-h/2, max(first.Max.X, second.Max.X), mid+h/2), true
	}
	return 0, image.Rectangle{}, false
}

// headerAt reads the table row around lines[i] cell by cell, and returns
// lines with the cells in place of lines[i] and without the other lines
// read from within the row, or nil when the cells give no more maxima
// than the line did or no 姓名.
func (w *worker) headerAt(g *image.Gray, rules func() []bool, lines [][]gosseract.BoundingBox, i int) ([][]gosseract.BoundingBox, error) {
	off := g.Rect.Min // Tesseract's boxes are relative to g's corner
	ws := lines[i]
	text := lineText(ws)
	row, cells := headerGrid(g.Rect, rules(), lineBox(ws).Add(off), headerTextHeight(lines, i))
	if len(cells) < 3 {
		return nil, nil
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
		return nil, nil
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
	return out, nil
}

// A header whose headings Tesseract lost all but a few characters of
// ("攻中加工全" for 序号 学号 姓名 备注 工艺编制(15) … 总分 on a held-out
// 250-dpi register, every heading of it plain to the eye) is told by
// where it stands: the line right above a table's rows. lostHeader
// returns that line's index, or -1: the line before the first two rows
// running one after the other (rowLine), itself no row, and no further
// above the first row than two rows' height.
func lostHeader(lines [][]gosseract.BoundingBox) int {
	for i := 1; i+1 < len(lines); i++ {
		if !rowLine(lines[i]) || !rowLine(lines[i+1]) || rowLine(lines[i-1]) {
			continue
		}
		above, first := lineBox(lines[i-1]), lineBox(lines[i])
		if gap := first.Min.Y - above.Max.Y; gap < 0 || gap > 2*first.Dy() {
			return -1
		}
		return i - 1
	}
	return -1
}

// headerTextHeight is the height of the text of lines[i], a table's
// header: its words' (wordHeight), or, where they are marks at least twice
// as tall as the words of the row under it, the row's. A header whose
// headings stand on two lines may be read as such marks alone ("有4人30",
// each 90 px high over rows of 35-px words: heldout118's 定州 照护), and
// the header row, under two of its marks' heights, would not be taken for
// one with room for two lines of text.
func headerTextHeight(lines [][]gosseract.BoundingBox, i int) int {
	lh := wordHeight(lines[i])
	if i+1 < len(lines) && rowLine(lines[i+1]) {
		if below := wordHeight(lines[i+1]); below > 0 && lh >= 2*below {
			return below
		}
	}
	return lh
}

// rowLine reports whether a line reads as a table's row of numbers: four
// words or more holding digits (a 学号 and scores, a serial and scores).
// A title's date or a class's name holds two at most. Words more than half
// as tall again as the line's text are no row's numbers but marks OCR made
// of a header's two-line headings ("序呈字人0人0 0外oo 0", its four "0"
// 82 px high beside 32-px 序 and 字: heldout120's 邵阳 酒店).
func rowLine(ws []gosseract.BoundingBox) bool {
	n, lh := 0, wordHeight(ws)
	for _, bx := range ws {
		if hasDigit(bx.Word) && 2*bx.Box.Dy() <= 3*lh {
			n++
		}
	}
	return n >= 4
}

// bracketedRe finds a heading's bracketed maximum in a word read from a
// header cell: "(15)", "（40", "制(20)".
var bracketedRe = regexp.MustCompile(`[(（]\s*(\d{1,3})\s*[)）]?`)

// rereadBracket reads again, with a model that knows Latin digits and
// brackets alone, the bracketed number of word, read by chi_sim within
// box of cell. chi_sim drops a 1 after a bracket: "(15)" in two header
// cells of a held-out 250-dpi register, plain on the scan, read "(5)"
// (English, restricted to digits and brackets, read "(15)"). The
// number is replaced when the reread gives one bracketed number alone.
func (w *worker) rereadBracket(cell *image.Gray, box image.Rectangle, word string) (string, error) {
	h := box.Dy()
	r := image.Rect(box.Min.X-h/2, box.Min.Y-h/4, box.Max.X+h/2, box.Max.Y+h/4).Add(cell.Rect.Min).Intersect(cell.Rect)
	if r.Dx() < 4 || r.Dy() < 4 {
		return word, nil
	}
	if w.brackets == nil {
		w.brackets = lineClient("0123456789()")
	}
	if err := w.brackets.SetImageFromBytes(EncodePGM(scale(toGray(cell.SubImage(r)), 2))); err != nil {
		return "", fmt.Errorf("ocr: set image: %w", err)
	}
	text, err := w.brackets.Text()
	if err != nil {
		return "", fmt.Errorf("ocr: tesseract: %w", err)
	}
	m := wholeBracketRe.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return word, nil
	}
	loc := bracketedRe.FindStringSubmatchIndex(word)
	return word[:loc[2]] + m[1] + word[loc[3]:], nil
}

// wholeBracketRe is a reread of a bracketed number alone.
var wholeBracketRe = regexp.MustCompile(`^\((\d{1,3})\)$`)

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
	words, sum, err := w.cellWords(padded)
	if err != nil {
		return "", 0, err
	}
	text, conf := strings.Join(words, ""), 0.0
	if len(words) > 0 {
		conf = sum / float64(len(words))
	}
	if !bracketedRe.MatchString(text) {
		// No maximum read, or nothing: a heading printed a character a
		// line over its maximum (装/盘/(15), 总/分 in a narrow column of a
		// held-out 200-dpi register), read as one block, came out "上"
		// and "". Its lines are read one by one.
		if lines := inkLines(padded); len(lines) >= 2 {
			alt, altConf, err := w.readLines(padded, lines)
			if err != nil {
				return "", 0, err
			}
			if bracketedRe.MatchString(alt) || text == "" && alt != "" {
				return alt, altConf, nil
			}
		}
	}
	if text == "" {
		// A heading of a 1-bit scan, its strokes' edges hard steps, can
		// read as nothing at all (总分, bold, plain to the eye, in a
		// held-out 300-dpi register); softened, it reads.
		words, sum, err := w.cellWords(soften(padded))
		if err != nil {
			return "", 0, err
		}
		if len(words) > 0 {
			return strings.Join(words, ""), sum / float64(len(words)), nil
		}
	}
	return text, conf, nil
}

// readLines reads each of lines (bands of g) as a line of its own, and
// returns their words run together and their mean confidence.
func (w *worker) readLines(g *image.Gray, lines [][2]int) (string, float64, error) {
	c := w.client
	c.SetVariable("tessedit_pageseg_mode", strconv.Itoa(int(gosseract.PSM_SINGLE_LINE)))
	defer c.SetVariable("tessedit_pageseg_mode", strconv.Itoa(w.cfg.PageSegMode))
	var words []string
	var sum float64
	for _, l := range lines {
		pad := max(4, (l[1]-l[0])/3)
		r := image.Rect(g.Rect.Min.X, l[0]-pad, g.Rect.Max.X, l[1]+pad).Intersect(g.Rect)
		ws, s, err := w.cellWords(toGray(g.SubImage(r)))
		if err != nil {
			return "", 0, err
		}
		words, sum = append(words, ws...), sum+s
	}
	if len(words) == 0 {
		return "", 0, nil
	}
	return strings.Join(words, ""), sum / float64(len(words)), nil
}

// cellWords reads g with the worker's client as it is set: the words,
// each bracketed maximum read again (rereadBracket), and the sum of their
// confidences.
func (w *worker) cellWords(g *image.Gray) ([]string, float64, error) {
	c := w.client
	if err := c.SetImageFromBytes(EncodePGM(g)); err != nil {
		return nil, 0, fmt.Errorf("ocr: set image: %w", err)
	}
	boxes, err := c.GetBoundingBoxesVerbose()
	if err != nil {
		return nil, 0, fmt.Errorf("ocr: tesseract: %w", err)
	}
	var words []string
	var sum float64
	for _, bx := range boxes {
		word := strings.TrimSpace(bx.Word)
		if word == "" {
			continue
		}
		if bracketedRe.MatchString(word) {
			if word, err = w.rereadBracket(g, bx.Box, word); err != nil {
				return nil, 0, err
			}
		}
		words = append(words, word)
		sum += bx.Confidence
	}
	return words, sum, nil
}

// inkLines finds the lines of text in a cell read apart: the bands of
// rows holding ink, [top, bottom) in g's coordinates, a band's gaps
// narrower than a quarter of the bands' usual height joined (a character
// of separate strokes, 二, is one line), bands of a few pixels (specks)
// dropped.
func inkLines(g *image.Gray) [][2]int {
	t := inkThreshold(g)
	if p := paperLevel(g); int(p)-int(t) < 40 {
		t = uint8(max(0, int(p)-40)) // a nearly blank cell: Otsu splits the paper's grain
	}
	var runs [][2]int
	on := -1
	for y := g.Rect.Min.Y; y <= g.Rect.Max.Y; y++ {
		ink := 0
		if y < g.Rect.Max.Y {
			o := g.PixOffset(g.Rect.Min.X, y)
			for _, v := range g.Pix[o : o+g.Rect.Dx()] {
				if v <= t {
					ink++
				}
			}
		}
		switch {
		case ink >= 2 && on < 0:
			on = y
		case ink < 2 && on >= 0:
			runs = append(runs, [2]int{on, y})
			on = -1
		}
	}
	if len(runs) == 0 {
		return nil
	}
	hs := make([]int, len(runs))
	for i, r := range runs {
		hs[i] = r[1] - r[0]
	}
	slices.Sort(hs)
	usual := hs[len(hs)/2]
	var out [][2]int
	for _, r := range runs {
		if k := len(out); k > 0 && r[0]-out[k-1][1] < max(2, usual/4) {
			out[k-1][1] = r[1]
			continue
		}
		out = append(out, r)
	}
	return slices.DeleteFunc(out, func(r [2]int) bool { return r[1]-r[0] < max(4, usual/4) })
}
