package ocr

import (
	"context"
	"image"
	"image/color"
	"image/draw"
	_ "image/png"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"classaudit/internal/scanimg"

	"github.com/otiai10/gosseract/v2"
)

// TestHeaderGrid: the cells of a table row with room for two lines of text
// are found between its column rules; a row of one line's height has none
// to read again.
func TestHeaderGrid(t *testing.T) {
	t.Parallel()
	const w, h = 600, 400
	mask := make([]bool, w*h)
	hline := func(y int) {
		for x := 50; x <= 550; x++ {
			mask[y*w+x], mask[(y+1)*w+x] = true, true
		}
	}
	vline := func(x int) {
		for y := 100; y <= 300; y++ {
			mask[y*w+x], mask[y*w+x+1] = true, true
		}
	}
	hline(100)
	hline(180) // the header row: 80 px, two lines of 30-px text
	hline(220) // a data row: 40 px
	hline(300)
	for _, x := range []int{50, 150, 300, 550} {
		vline(x)
	}
	bounds := image.Rect(0, 0, w, h)
	row, cells := headerGrid(bounds, mask, image.Rect(60, 125, 540, 155), 30)
	if len(cells) != 3 {
		t.Fatalf("header row: %d cells %v, want 3", len(cells), cells)
	}
	if cells[0].Min.X != 52 || cells[1].Min.X != 152 || cells[2].Max.X != 550 || cells[0].Min.Y <= 101 || cells[0].Max.Y > 180 {
		t.Errorf("cells %v: want x from 52, 152 to 550, y inside 101–180", cells)
	}
	if !withinRow(image.Rect(160, 160, 280, 175), row) || withinRow(image.Rect(160, 190, 280, 210), row) {
		t.Errorf("row %v: a line read in its lower half is within, one in the next row not", row)
	}
	if _, cells := headerGrid(bounds, mask, image.Rect(60, 188, 540, 214), 26); cells != nil {
		t.Errorf("a row one line high: cells %v, want none", cells)
	}
	// The same on a picture whose corner is not at 0,0 (a sub-image).
	off := image.Pt(7, 9)
	if _, c2 := headerGrid(bounds.Add(off), mask, image.Rect(60, 125, 540, 155).Add(off), 30); len(c2) != 3 || c2[0] != cells[0].Add(off) {
		t.Errorf("offset picture: cells %v, want %v moved by %v", c2, cells, off)
	}
}

// TestHeaderLine: the lines headerCells may read again cell by cell. A
// header whose two-line headings OCR garbled may lose 姓名 too
// (heldout48's registers read "序号学号人" and "工位号学号Rn Ce公we总分");
// two other headings still tell it. A title or a line with one heading
// word is no header.
func TestHeaderLine(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		line string
		want bool
	}{
		{"序号姓名30)70)总分", true},
		{"序号学号人", true},
		{"工位号学号Rn Ce公we总分”指导教师", true},
		{"学号 姓名", true},
		{"学习任务考核记录(按实训工位)", false},
		{"考核日期: 2024年9月14日", false},
		{"姓名：王伟", false},
		{"1 243403060101 章家豪 19 21 17 15 7 79", false},
	} {
		if got := headerLine(c.line); got != c.want {
			t.Errorf("headerLine(%q) = %t, want %t", c.line, got, c.want)
		}
	}
}

// TestHeaderCells reads a ruled score table, scanned 0.8° askew, whose
// header has two lines in its score columns, "理论(满分" over "30)", as a
// narrow Word column prints it, and no rule between them. Read as one block, the header's
// maxima were lost ("序号姓名30)70)总分"); read cell by cell, the header
// line gives them, and the half read as a line of its own is gone.
func TestHeaderCells(t *testing.T) {
	if testing.Short() {
		t.Skip("OCR of a page")
	}
	if _, err := os.Stat("/usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata"); err != nil {
		t.Skip("tesseract chi_sim not installed")
	}
	const dpi, tabMM, marginMM, sizePt, spacing = 300, 30.0, 25.0, 12.0, 1.7
	text := "\t\t理论(满分\t实操(满分\n序号\t姓名\t30)\t70)\t总分\n" +
		"1\t王伟\t19\t63\t82\n2\t李芳\t22\t50\t72\n3\t张敏\t27\t57\t84\n4\t刘洋\t24\t52\t76\n5\t陈静\t18\t59\t77"
	pages, err := scanimg.Render(text, scanimg.Options{DPI: dpi, TabMM: tabMM, MarginMM: marginMM, FontSizePt: sizePt, LineSpacing: spacing, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	g := pages[0].Image
	// Rules as scanimg lays a table out, but none between the header's
	// two lines: one header row two lines tall.
	px := func(mm float64) int { return int(math.Round(mm / 25.4 * dpi)) }
	margin, tab := px(marginMM), px(tabMM)
	lineH := int(math.Round(sizePt / 72 * dpi * spacing))
	top, n := margin-lineH/5, 7
	fill := func(r image.Rectangle) {
		draw.Draw(g, r, image.NewUniform(color.Gray{Y: 110}), image.Point{}, draw.Src)
	}
	left, right := margin-lineH/4, margin+5*tab-lineH/4
	for i := 0; i <= n; i++ {
		if i != 1 {
			fill(image.Rect(left, top+i*lineH, right+2, top+i*lineH+2))
		}
	}
	for k := 0; k <= 5; k++ {
		x := margin + k*tab - lineH/4
		fill(image.Rect(x, top, x+2, top+n*lineH+2))
	}
	// Askew on the scanner: the page is deskewed before it is read, and
	// the rules must be found on it turned alike.
	g = rotateFine(g, 0.8, 255)
	p := NewPool(Config{Workers: 1})
	defer p.Close()
	res, err := p.Recognize(context.Background(), PageImage{Image: g, DPI: dpi})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("read:\n%s", res.Text)
	lines := strings.Split(res.Text, "\n")
	if len(res.DigitConf) != len(lines) {
		t.Fatalf("%d digit confidences for %d lines", len(res.DigitConf), len(lines))
	}
	if len(res.DigitWords) != len(lines) {
		t.Fatalf("%d lines of digit words for %d lines", len(res.DigitWords), len(lines))
	}
	maxima := regexp.MustCompile(`理论\(满分30\).*实操\(满分70\)`)
	var head []string
	for _, l := range lines {
		if strings.Contains(l, "姓名") || strings.Contains(l, "满分") {
			head = append(head, l)
		}
	}
	if len(head) != 1 || !maxima.MatchString(head[0]) || !strings.Contains(head[0], "序号") || !strings.HasSuffix(head[0], "总分") {
		t.Errorf("header lines %q, want one: 序号 姓名 理论(满分30) 实操(满分70) 总分", head)
	}
	for _, l := range lines {
		if strings.HasPrefix(l, "30") || strings.Contains(l, "70)") && !strings.Contains(l, "满分") {
			t.Errorf("the header's second line is still a line of its own: %q", l)
		}
	}
	if !strings.Contains(res.Text, "王伟") || !strings.Contains(res.Text, "陈静") {
		t.Errorf("the table's rows are lost")
	}
}

// TestReadCellBracket reads header cells cut from held-out registers.
// heldout60's 德阳 数控 (250 dpi, two lines each, "工艺编制" over "(15)"):
// chi_sim read the first two "(5)", dropping the 1 after the bracket,
// and the column's scores of 9 to 14 were then over a maximum of 5; the
// bracketed number read again gives 15. A maximum chi_sim read right
// stays as it was. heldout61's 鄂尔多斯 烹饪 (200 dpi, a character a line
// over the maximum, 装/盘/(15) and 总/分): read as a block, the cells
// gave "上" and nothing; read a line at a time, the heading and maximum.
// heldout77's 庄河 网络 (1-bit 300 dpi, bold): 总分 read as nothing as a
// block and as a line; softened, it reads.
func TestReadCellBracket(t *testing.T) {
	if testing.Short() {
		t.Skip("OCR of five cells")
	}
	if _, err := os.Stat("/usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata"); err != nil {
		t.Skip("tesseract chi_sim not installed")
	}
	w := newWorker(Config{}.withDefaults())
	defer w.close()
	for _, c := range []struct{ file, want string }{
		{"header-cell-gongyi-15.png", "(15)"},
		{"header-cell-jiance-15.png", "(15)"},
		{"header-cell-chengxu-20.png", "(20)"},
		{"header-cell-zhuangpan-15.png", "装盘(15)"},
		{"header-cell-zongfen.png", "总分"},
		{"header-cell-zongfen-1bit.png", "总分"},
	} {
		g := toGray(decodeFile(t, filepath.Join("testdata", c.file)))
		got, _, err := w.readCell(g, g.Rect)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(got, c.want) {
			t.Errorf("%s read %q, want a heading ending in %s", c.file, got, c.want)
		}
	}
}

// TestHeaderUnderTitle reads heldout77's 庄河 网络 register, scanned
// 1-bit at 300 dpi, whose title 学习任务考核成绩登记表 names 考核 and
// 成绩 (it reads as a header line, and is none) and whose real header,
// bold, two lines a cell, OCR lost to "下记斗上1" and "卫0". The line
// right above the rows is read cell by cell all the same, and gives
// every heading and maximum.
func TestHeaderUnderTitle(t *testing.T) {
	res := recognizeTestdata(t, "register-1bit-300dpi-title.png", 300)
	want := regexp.MustCompile(`^序号学号姓名现场勘测\(满分20\)方案设计\(满分25\)设备安装\(满分25\)配置调试\(满分20\)文档\(满分10\)总分$`)
	for _, l := range strings.Split(res.Text, "\n") {
		if want.MatchString(l) {
			return
		}
	}
	t.Errorf("no header line with every heading and maximum; read:\n%s", res.Text)
}

// TestLostHeader: a header whose headings OCR all but lost is the line
// right above the table's first two rows; a title far above them, or no
// rows, give none.
func TestLostHeader(t *testing.T) {
	t.Parallel()
	word := func(s string, x, y int) gosseract.BoundingBox {
		return gosseract.BoundingBox{Word: s, Box: image.Rect(x, y, x+40, y+30)}
	}
	row := func(y int, serial string) []gosseract.BoundingBox {
		return []gosseract.BoundingBox{word(serial, 150, y), word("242701060101", 260, y), word("吴彦航", 600, y),
			word("12", 900, y), word("14", 1100, y), word("28", 1300, y), word("73", 1800, y)}
	}
	title := []gosseract.BoundingBox{word("学习任务考核记录表", 800, 100)}
	date := []gosseract.BoundingBox{word("考核时间:", 150, 240), word("2024年11月8日", 400, 240)}
	lost := []gosseract.BoundingBox{word("攻中加工全", 900, 320)}
	lines := [][]gosseract.BoundingBox{title, date, lost, row(404, "1"), row(461, "2"), row(518, "3")}
	if got := lostHeader(lines); got != 2 {
		t.Errorf("lostHeader = %d, want 2 (the line above the rows)", got)
	}
	// The header lost whole: the line above the rows is the date, far
	// above the first row's top: no header to read there.
	if got := lostHeader([][]gosseract.BoundingBox{title, date, row(404, "1"), row(461, "2")}); got != -1 {
		t.Errorf("lostHeader with the header gone = %d, want -1", got)
	}
	// One row alone is no table.
	if got := lostHeader([][]gosseract.BoundingBox{title, lost, row(404, "1"), date}); got != -1 {
		t.Errorf("lostHeader over one row = %d, want -1", got)
	}
	// The header lost whole: a band two rows' pitch tall between the date
	// and the first row; a line of a row's height in its middle.
	i, band, ok := lostBand([][]gosseract.BoundingBox{title, date, row(404, "1"), row(461, "2")})
	if !ok || i != 2 || band.Min.Y < 270 || band.Max.Y > 404 || band.Dy() != 30 || band.Min.X != 150 {
		t.Errorf("lostBand = %d %v %v, want the first row's index, a line between 270 and 404", i, band, ok)
	}
	// A header line read above the rows leaves no band; nor do rows at
	// the page's top.
	if _, _, ok := lostBand([][]gosseract.BoundingBox{title, date, lost, row(404, "1"), row(461, "2")}); ok {
		t.Errorf("lostBand under a header line read: want none")
	}
	if _, _, ok := lostBand([][]gosseract.BoundingBox{row(404, "1"), row(461, "2")}); ok {
		t.Errorf("lostBand at the page's top: want none")
	}
}

// TestInkLines: a cell's lines are its bands of ink; a gap inside a
// character (二's two strokes) joins, a speck is no line.
func TestInkLines(t *testing.T) {
	t.Parallel()
	g := image.NewGray(image.Rect(0, 0, 100, 140))
	for i := range g.Pix {
		g.Pix[i] = 235
	}
	ink := func(y0, y1 int) {
		draw.Draw(g, image.Rect(30, y0, 70, y1), image.NewUniform(color.Gray{Y: 20}), image.Point{}, draw.Src)
	}
	ink(10, 18) // 二's upper stroke …
	ink(20, 40) // … and the lower: one line of 30 px
	ink(60, 90) // a second line
	ink(110, 111)
	got := inkLines(g)
	if len(got) != 2 || got[0] != [2]int{10, 40} || got[1] != [2]int{60, 90} {
		t.Errorf("lines %v, want [10 40] [60 90]", got)
	}
}

// decodeFile decodes the picture in file.
func decodeFile(t *testing.T, file string) image.Image {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// TestLastRowOverleaf reads the second page of heldout81's 随州 数控
// register (1-bit, 250 dpi): the table's 40th row alone at the page's
// head, in its box, the note and the signatures under it. Read as one
// block, the row was lost whole; read again on its own, its rules
// cleared, it is a row: its serial, 学号 and name.
func TestLastRowOverleaf(t *testing.T) {
	res := recognizeTestdata(t, "register-last-row-overleaf-250dpi.png", 250)
	first, _, _ := strings.Cut(res.Text, "\n")
	if !strings.HasPrefix(first, "40") || !strings.Contains(first, "202401060240") || !strings.Contains(first, "余超") {
		t.Errorf("first line %q, want row 40 (202401060240 余超); read:\n%s", first, res.Text)
	}
	if !strings.Contains(res.Text, "奖励分") {
		t.Errorf("the note under the row is lost:\n%s", res.Text)
	}
}

// recognizeTestdata reads the page image testdata/file, scanned at dpi,
// as a sweep does; the test is skipped in short mode or without chi_sim.
func recognizeTestdata(t *testing.T, file string, dpi float64) Result {
	t.Helper()
	if testing.Short() {
		t.Skip("OCR of a page")
	}
	if _, err := os.Stat("/usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata"); err != nil {
		t.Skip("tesseract chi_sim not installed")
	}
	g := toGray(decodeFile(t, filepath.Join("testdata", file)))
	p := NewPool(Config{Workers: 1})
	defer p.Close()
	res, err := p.Recognize(context.Background(), PageImage{Image: g, DPI: dpi})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestLostHeaderBand: heldout88's 黄骅 网络 register (200-dpi gray scan, its
// top rows): the header row two lines tall, Tesseract read nothing of it;
// the band between the title's last line and the first row is read cell
// by cell, every heading and maximum.
func TestLostHeaderBand(t *testing.T) {
	res := recognizeTestdata(t, "register-lost-header-200dpi.jpg", 200)
	want := regexp.MustCompile(`序号.*学号.*姓名.*需求勘察\(15\).*交换机配置\(35\).*无线部.?\(30\).*文档交付\(20\).*总分`)
	for _, l := range strings.Split(res.Text, "\n") {
		if want.MatchString(l) {
			return
		}
	}
	t.Errorf("no header line with every heading and maximum; read:\n%s", res.Text)
}

// TestFoggedPhoto: heldout95's 溧阳 新能源 homework, photographed through a
// fogged lens (200 dpi, its top part): the paper white in the middle and
// grey towards the edges, the desk in a corner. One threshold took the
// paper's grey edges for ink and the page read as noise (confidence 28);
// its light made even (evenLight), the name line reads.
func TestFoggedPhoto(t *testing.T) {
	res := recognizeTestdata(t, "homework-fogged-200dpi.jpg", 200)
	if !strings.Contains(stripSpace(res.Text), "新能源2301班") || !strings.Contains(stripSpace(res.Text), "23043533") || res.Confidence < 60 {
		t.Errorf("the name line not read (confidence %.0f):\n%s", res.Confidence, res.Text)
	}
}

// TestLostHeaderOfTallMarks: heldout120's 邵阳 酒店, a tilted 200-dpi
// landscape register whose two-line headings ("第1次" over "(5)") OCR read
// as marks two lines tall, four of them "0": "序呈字人0人0 0外oo 0”站分攻证".
// Those marks are no row's numbers, so the line is the lost header (not
// the date line above it), and its text's height is the rows' for
// headerGrid (heldout118's 定州 照护: "有4人30", 90-px marks over 35-px
// rows).
func TestLostHeaderOfTallMarks(t *testing.T) {
	t.Parallel()
	box := func(s string, x, y, h int) gosseract.BoundingBox {
		return gosseract.BoundingBox{Word: s, Box: image.Rect(x, y, x+40, y+h)}
	}
	row := func(y int, serial string) []gosseract.BoundingBox {
		return []gosseract.BoundingBox{box(serial, 220, y, 26), box("244305040101", 446, y, 26), box("唐心悦", 855, y-3, 30),
			box("4", 1116, y, 26), box("4", 1326, y, 26), box("3", 1970, y, 26), box("29", 2433, y, 26), box("69", 2976, y, 26)}
	}
	title := []gosseract.BoundingBox{box("学习任务考核记录", 1438, 116, 31)}
	date := []gosseract.BoundingBox{box("学习任务:古城民宿", 142, 251, 31), box("2024", 1110, 254, 26), box("年", 1192, 251, 30),
		box("9", 1242, 220, 73), box("月", 1259, 252, 30), box("2", 1296, 254, 26), box("日", 1326, 253, 28)}
	marks := []gosseract.BoundingBox{box("序", 199, 351, 32), box("呈", 241, 352, 31), box("字", 520, 352, 31), box("人", 872, 351, 32),
		box("0", 1079, 327, 82), box("人", 1500, 327, 82), box("0", 1714, 327, 82), box("0", 1929, 327, 82), box("外", 2144, 327, 82),
		box("oo", 2384, 327, 82), box("0", 2689, 327, 82), box("站", 2961, 351, 31), box("分", 2998, 351, 32), box("证", 3226, 347, 74)}
	if rowLine(marks) {
		t.Errorf("rowLine(%q) = true: its digits are marks two lines tall", lineText(marks))
	}
	for _, r := range [][]gosseract.BoundingBox{row(442, "1"), row(505, "2")} {
		if !rowLine(r) {
			t.Errorf("rowLine(%q) = false", lineText(r))
		}
	}
	lines := [][]gosseract.BoundingBox{title, date, marks, row(442, "1"), row(505, "2")}
	if got := lostHeader(lines); got != 2 {
		t.Errorf("lostHeader = %d, want 2 (the marks above the rows)", got)
	}
	tall := []gosseract.BoundingBox{box("有", 211, 388, 36), box("4", 766, 361, 90), box("人", 1425, 361, 90), box("30", 1666, 361, 90)}
	if got := headerTextHeight([][]gosseract.BoundingBox{date, tall, row(488, "1"), row(557, "2")}, 1); got != 26 {
		t.Errorf("headerTextHeight of tall marks = %d, want the rows' 26", got)
	}
	// A header read as words keeps its own height.
	words := []gosseract.BoundingBox{box("序号", 200, 361, 34), box("姓名", 700, 361, 34), box("总分", 2000, 361, 34)}
	if got := headerTextHeight([][]gosseract.BoundingBox{date, words, row(488, "1"), row(557, "2")}, 1); got != 34 {
		t.Errorf("headerTextHeight of a header read = %d, want its own 34", got)
	}
}
