package ocr

import (
	"context"
	"image"
	"regexp"
	"strings"
	"testing"

	"github.com/otiai10/gosseract/v2"
)

func TestMarkedNumber(t *testing.T) {
	for w, want := range map[string]bool{
		"]1": true, "1]": true, "]13": true, "|4": true, "[10": true,
		"11": false, "]": false, "何1": false, "]1]11": false, "1.5": false,
	} {
		if got := markedNumber(w); got != want {
			t.Errorf("markedNumber(%q) = %v, want %v", w, got, want)
		}
	}
}

// box is a character box for marksByHeight: x from, to; y top, bottom.
func box(word string, x0, x1, y0, y1 int) gosseract.BoundingBox {
	return gosseract.BoundingBox{Word: word, Box: image.Rect(x0, y0, x1, y1)}
}

func TestMarksByHeight(t *testing.T) {
	word := image.Rect(0, 0, 40, 60)
	for _, c := range []struct {
		name string
		syms []gosseract.BoundingBox
		want string
		ok   bool
	}{
		// "]1" for 11: the mark as tall as the digit, on its line.
		{"one", []gosseract.BoundingBox{box("]", 0, 12, 10, 40), box("1", 16, 28, 10, 40)}, "11", true},
		// "]13" for 13: the mark a rule's remains, far taller.
		{"rule", []gosseract.BoundingBox{box("]", 0, 6, 0, 58), box("1", 10, 20, 15, 45), box("3", 22, 34, 15, 45)}, "13", true},
		// Half as tall: neither.
		{"speck", []gosseract.BoundingBox{box("]", 0, 6, 25, 40), box("4", 10, 20, 10, 40)}, "", false},
		// A character that is no mark.
		{"han", []gosseract.BoundingBox{box("当", 0, 12, 10, 40), box("1", 16, 28, 10, 40)}, "", false},
		{"no digit", []gosseract.BoundingBox{box("]", 0, 12, 10, 40)}, "", false},
	} {
		// A character of another word lies outside the box.
		syms := append(c.syms, box("9", 100, 110, 10, 40))
		got, ok := marksByHeight(word, syms)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: got %q %v, want %q %v", c.name, got, ok, c.want, c.ok)
		}
	}
}

// TestMarkedNumbersRead reads the top of a real register (heldout64's
// 烹饪, scanned 200-dpi grey, the paper's texture in it): chi_sim reads
// its seriffed 11 as "]1", 14 as "]4", and a rule's remains before 13 as
// "]13". Every such number is read again whole.
func TestMarkedNumbersRead(t *testing.T) {
	if testing.Short() {
		t.Skip("OCR")
	}
	g := toGray(decodeFile(t, "testdata/register-grey-200dpi-marks.jpg"))
	// As scanned: flattened (see flattenPaper), the page shows few marks.
	p := NewPool(Config{Workers: 1, NoFlatten: true})
	defer p.Close()
	res, err := p.Recognize(context.Background(), PageImage{Image: g, DPI: 200})
	if err != nil {
		t.Fatal(err)
	}
	// A mark with one digit was a 1 ("]1", "]4"); with two, it may be
	// left where its height told nothing ("]14").
	marked := regexp.MustCompile(`(?:^|\s)([\[\]|]\d|\d[\[\]|])(?:\s|$)`)
	if m := marked.FindAllString(res.Text, -1); len(m) > 0 {
		t.Errorf("numbers still marked: %q\n%s", m, res.Text)
	}
	// Rows the first reading marked, as printed (出勤 … 造型, 总分).
	for _, row := range []string{
		"8 15 11 19 18 13 84", // 4 于瑞雪
		"9 11 11 12 21 12 76", // 5 刘兆丰
		"8 10 13 18 20 14 83", // 7 杨昕怡
	} {
		if !strings.Contains(res.Text, row) {
			t.Errorf("no row %q in\n%s", row, res.Text)
		}
	}
}
