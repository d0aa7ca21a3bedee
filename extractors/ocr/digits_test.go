package ocr

import (
	"context"
	"fmt"
	"image"
	"math/rand/v2"
	"os"
	"regexp"
	"strings"
	"testing"

	"classaudit/internal/scanimg"

	"github.com/otiai10/gosseract/v2"
)

// sym is a character box for digitRuns: one character per 10 px.
func syms(s string) []gosseract.BoundingBox {
	var out []gosseract.BoundingBox
	for i, r := range []rune(s) {
		out = append(out, gosseract.BoundingBox{Word: string(r), Box: image.Rect(10*i+1, 0, 10*i+9, 20)})
	}
	return out
}

func TestDigitRuns(t *testing.T) {
	for _, c := range []struct {
		word string
		want []string // runs, each as digits@left,right (-1: no neighbour)
	}{
		{"27何涵秀47", []string{"27@-1,20", "47@50,-1"}},
		{"”53", []string{"53@10,-1"}},
		{"40、", []string{"40@-1,20"}},
		{"何涵", nil},
		// A digit may have been misread as the character beside the run.
		{"2全56", nil},    // lone Han character: 20 56
		{"22皇甫涛S8", nil}, // Latin letter: 58
		{"?7", nil},      // question mark: 77
		{"人13何丹", nil},   // lone Han character before the serial number
	} {
		s := syms(c.word)
		box := image.Rect(0, 0, 10*len(s), 20)
		// Characters of other words lie outside the word's box.
		s = append(s, gosseract.BoundingBox{Word: "9", Box: image.Rect(500, 0, 509, 20)})
		var got []string
		for _, r := range digitRuns(box, s) {
			got = append(got, fmt.Sprintf("%s@%d,%d", r.digits, r.left, r.right))
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s: runs %v, want %v", c.word, got, c.want)
		}
	}
}

// scoreRow is a row of scoreTable.
type scoreRow struct {
	serial         int
	a, b, total    int
	numbersPrinted string
}

// scoreTable scans a table of 28 students' scores (serial number, name
// and three scores a row) as the corpus generator's "noisy" condition
// does: 200 dpi, 0.8–1.8° askew, noise, blur. It returns the page and its
// rows by serial number.
func scoreTable(t testing.TB, seed uint64) (PageImage, map[int]scoreRow) {
	t.Helper()
	surnames := []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛")
	given := []rune("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国俊峰雪梅琳晨宏浩凯思怡欣雨")
	rng := rand.New(rand.NewPCG(seed, 7))
	rows := map[int]scoreRow{}
	var b strings.Builder
	b.WriteString("序号\u3000\u3000姓名\u3000\u3000过程考核(满分60)\u3000终结考核(满分40)\u3000总分\n")
	for n := 1; n <= 28; n++ {
		name := string(surnames[rng.IntN(len(surnames))])
		for range 1 + rng.IntN(2) {
			name += string(given[rng.IntN(len(given))])
		}
		r := scoreRow{serial: n, a: 36 + rng.IntN(25), b: 20 + rng.IntN(21)}
		r.total = r.a + r.b
		r.numbersPrinted = fmt.Sprint(n, " ", r.a, " ", r.b, " ", r.total)
		rows[n] = r
		fmt.Fprintf(&b, "%d\u3000\u3000%s\u3000\u3000\u3000%d\u3000\u3000\u3000\u3000\u3000%d\u3000\u3000\u3000\u3000\u3000%d\n",
			n, name+strings.Repeat("\u3000", 3-len([]rune(name))), r.a, r.b, r.total)
	}
	rot := 0.8 + rng.Float64()
	if seed%2 == 0 {
		rot = -rot
	}
	pages, err := scanimg.Render(b.String(), scanimg.Options{DPI: 200, RotateDeg: rot, Noise: 0.15 + 0.1*rng.Float64(), Blur: true, Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	return PageImage{Image: pages[0].Image, DPI: 200}, rows
}

// TestDigitCheck reads a scanned score table (serial number, name and three
// scores a row, noisy 200-dpi scans as the generator's "noisy" condition
// makes them) with and without the second reading of unsure numbers. With
// it, more rows have every number vouched for (DigitConf ≥ rereadSure), no
// row more is vouched for with a number misread, and no fewer rows are
// read right. (A number OCR lost,
// "2有和39 82" for 2 43 39 82, is no digit misread: the records check
// sees the row is short.)
func TestDigitCheck(t *testing.T) {
	if testing.Short() {
		t.Skip("OCR of three pages, twice")
	}
	for _, lang := range []string{"chi_sim", digitLanguage} {
		if _, err := os.Stat("/usr/share/tesseract-ocr/5/tessdata/" + lang + ".traineddata"); err != nil {
			t.Skipf("tesseract %s not installed", lang)
		}
	}
	// tally counts the rows read at minConf or more whose numbers are
	// all right, and those with a number misread.
	tally := func(res Result, rows map[int]scoreRow, minConf int) (right, wrong int) {
		lead := regexp.MustCompile(`^\D{0,2}?(\d{1,2})\D`)
		for i, l := range strings.Split(res.Text, "\n") {
			m := lead.FindStringSubmatch(l)
			if m == nil || i >= len(res.DigitConf) || res.DigitConf[i] < minConf {
				continue
			}
			var n int
			fmt.Sscan(m[1], &n)
			r, ok := rows[n]
			if !ok {
				continue
			}
			read := regexp.MustCompile(`\d+`).FindAllString(l, -1)
			switch {
			case strings.Join(read, " ") == r.numbersPrinted:
				right++
			case len(read) == 4:
				wrong++
				if minConf > 0 {
					t.Logf("vouched for at %d: %q, printed %s", res.DigitConf[i], l, r.numbersPrinted)
				}
			}
		}
		return right, wrong
	}
	plain := NewPool(Config{Workers: 2, NoDigitCheck: true})
	defer plain.Close()
	checked := NewPool(Config{Workers: 2})
	defer checked.Close()
	var plainRight, plainWrong, right, wrong, plainAll, all int
	for seed := uint64(1); seed <= 3; seed++ {
		pi, rows := scoreTable(t, seed)
		p, err := plain.Recognize(context.Background(), pi)
		if err != nil {
			t.Fatal(err)
		}
		c, err := checked.Recognize(context.Background(), pi)
		if err != nil {
			t.Fatal(err)
		}
		pr, pw := tally(p, rows, rereadSure)
		cr, cw := tally(c, rows, rereadSure)
		pa, _ := tally(p, rows, 0)
		ca, _ := tally(c, rows, 0)
		t.Logf("seed %d: rows vouched for, right/wrong: %d/%d one reading, %d/%d with the second; rows right %d, %d", seed, pr, pw, cr, cw, pa, ca)
		plainRight, plainWrong, right, wrong = plainRight+pr, plainWrong+pw, right+cr, wrong+cw
		plainAll, all = plainAll+pa, all+ca
	}
	if right <= plainRight {
		t.Errorf("second reading vouches for %d right rows, one reading for %d: no gain", right, plainRight)
	}
	if all < plainAll {
		t.Errorf("%d rows read right with the second reading, %d without", all, plainAll)
	}
	if wrong > plainWrong {
		t.Errorf("second reading vouches for %d rows with a wrong number, one reading for %d", wrong, plainWrong)
	}
}

// BenchmarkDigitCheck prices the second reading of numbers: one worker
// reading a scanned score table with and without it.
func BenchmarkDigitCheck(b *testing.B) {
	if _, err := os.Stat("/usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata"); err != nil {
		b.Skip("tesseract chi_sim not installed")
	}
	pi, _ := scoreTable(b, 1)
	for _, c := range []struct {
		name string
		cfg  Config
	}{
		{"records200", Config{Workers: 1}},
		{"records200_nodigitcheck", Config{Workers: 1, NoDigitCheck: true}},
	} {
		b.Run(c.name, func(b *testing.B) {
			p := NewPool(c.cfg)
			defer p.Close()
			p.Recognize(context.Background(), pi) // load the models
			b.ResetTimer()
			for b.Loop() {
				if _, err := p.Recognize(context.Background(), pi); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestReplaceRuns(t *testing.T) {
	for _, c := range []struct {
		word  string
		reads []string
		want  string
		ok    bool
	}{
		{"0", []string{"60"}, "60", true},
		{"”46", []string{"46"}, "”46", true},
		{"27何涵秀47", []string{"27", "41"}, "27何涵秀41", true},
		{"27何涵秀47", []string{"27"}, "", false},
		{"何涵", []string{"1"}, "", false},
	} {
		got, ok := replaceRuns(c.word, c.reads)
		if got != c.want || ok != c.ok {
			t.Errorf("replaceRuns(%q, %q) = %q, %t; want %q, %t", c.word, c.reads, got, ok, c.want, c.ok)
		}
	}
}

// TestAddsUp: a row's numbers are all read again when its last one is not
// the sum of two or more of the ones just before it.
func TestAddsUp(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		words []string
		want  bool
	}{
		{[]string{"10", "2023010512李伟豪34", "36", "70"}, true},
		{[]string{"10", "2023010512李伟豪34", "30", "70"}, false}, // 36 misread
		{[]string{"4", "230104", "黎俊宏", "66", "23", "89", "合格"}, true},
		{[]string{"3", "王芳", "18", "20", "15", "53"}, true},  // three scores
		{[]string{"3", "王芳", "18", "20", "15", "60"}, false}, // a wrong total
		{[]string{"12", "张伟", "优秀"}, true},                   // no numbers to add
		{[]string{"7", "陈静", "45", "38"}, true},              // no total: 38 is below 45
		{[]string{"第3页", "共5页", "2024"}, true},               // a four-digit year is not a score
		{[]string{"1", "230101庞志伟57", "30", "87合格"}, true},   // numbers glued to words
		{[]string{"1", "230101庞志伟57", "30", "81合格"}, false},
		// the total before the parts (heldout95's 永安 数控)
		{[]string{"9黄筱雨2401060109", "82", "8", "16", "16", "34", "8"}, true},
		{[]string{"9黄筱雨2401060109", "82", "8", "10", "16", "34", "8"}, false}, // 16 misread
		{[]string{"40", "邓语晨", "2401060140", "90", "9", "19", "16", "38", "8"}, true},
		{[]string{"5", "赵敏", "82", "37", "45", "良好", "3"}, true},       // a rank after the total
		{[]string{"3", "2402052013姜乐瑶", "84", "77", "80", "良好"}, true}, // a weighted total: no total first
		{[]string{"第3周", "12", "4", "4"}, false},                       // hours not adding up: read again, no harm
		// a rank after the total (heldout104's 华阴 数控: 25 read 29)
		{[]string{"10", "2461010610", "4", "32", "27", "25", "84", "13"}, true},
		{[]string{"10", "2461010610", "4", "32", "27", "29", "84", "13"}, false},
		{[]string{"22", "党丽萍2461010622", "4", "32", "28", "24", "84", "1]14"}, true},
	} {
		ws := make([]gosseract.BoundingBox, len(c.words))
		for i, w := range c.words {
			ws[i].Word = w
		}
		if got := addsUp(ws); got != c.want {
			t.Errorf("addsUp(%q) = %v, want %v", c.words, got, c.want)
		}
	}
}

// TestRereadBrokenRow: a row that added up as first read, and no more
// once an unsure number was read again, has its other numbers read again
// too (heldout79's 克拉玛依 照护: "16 34 13 13 76" read "10 34 13 13 70",
// both 6s read 0, the 70 at confidence 90; the 10 read again gave 16).
// The first reading is made so here on a clean row: the 10 unsure, the 70
// sure.
func TestRereadBrokenRow(t *testing.T) {
	if testing.Short() {
		t.Skip("OCR of a row")
	}
	for _, lang := range []string{"chi_sim", digitLanguage} {
		if _, err := os.Stat("/usr/share/tesseract-ocr/5/tessdata/" + lang + ".traineddata"); err != nil {
			t.Skipf("tesseract %s not installed", lang)
		}
	}
	pages, err := scanimg.Render("3\u3000\u30002465052903\u3000\u3000杨嘉树\u3000\u300016\u3000\u300034\u3000\u300013\u3000\u300013\u3000\u300076", scanimg.Options{DPI: 300, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	g := toGray(pages[0].Image)
	w := newWorker(Config{}.withDefaults())
	defer w.close()
	if err := w.client.SetImageFromBytes(EncodePGM(g)); err != nil {
		t.Fatal(err)
	}
	boxes, err := w.client.GetBoundingBoxesVerbose()
	if err != nil {
		t.Fatal(err)
	}
	var line []gosseract.BoundingBox
	for _, bx := range boxes {
		if bx.Word = strings.TrimSpace(bx.Word); bx.Word == "" {
			continue
		}
		bx.Confidence = 95
		switch bx.Word {
		case "16":
			bx.Word, bx.Confidence = "10", 60
		case "76":
			bx.Word = "70"
		}
		line = append(line, bx)
	}
	lines := [][]gosseract.BoundingBox{line}
	if !addsUp(line) {
		t.Fatalf("first reading %q does not add up", lineText(line))
	}
	if err := w.checkDigits(g, 300, lines); err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, bx := range lines[0] {
		words = append(words, bx.Word)
	}
	if got := strings.Join(words, " "); !strings.HasSuffix(got, "16 34 13 13 76") {
		t.Errorf("read again: %q, want it to end 16 34 13 13 76", got)
	}
}
