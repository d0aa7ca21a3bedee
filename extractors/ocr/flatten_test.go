package ocr

import (
	"context"
	"image"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestFlattenPaper: a textured paper (grey 222–252 around 250) becomes
// white, the ink (grey 40) stays ink, a stroke's edge (grey 150) stays
// between them.
func TestFlattenPaper(t *testing.T) {
	t.Parallel()
	g, fill := paperPage(400, 300)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range g.Pix {
		if rng.IntN(4) == 0 {
			g.Pix[i] = uint8(222 + rng.IntN(31))
		}
	}
	fill(image.Rect(50, 50, 350, 90), 40)
	fill(image.Rect(50, 90, 350, 94), 150)
	out := flattenPaper(g)
	for y := 150; y < 300; y++ {
		for x := range 400 {
			if v := out.GrayAt(x, y).Y; v < 250 {
				t.Fatalf("paper at (%d,%d): %d, want white", x, y, v)
			}
		}
	}
	if v := out.GrayAt(100, 70).Y; v > 50 {
		t.Errorf("ink: %d, want 40–50", v)
	}
	if v := out.GrayAt(100, 92).Y; v < 150 || v > 190 {
		t.Errorf("edge: %d, want 150–190", v)
	}
	// A 1-bit page stays as it is.
	b, fillB := paperPage(100, 100)
	fillB(b.Rect, 255)
	fillB(image.Rect(10, 10, 50, 50), 0)
	if !slices.Equal(flattenPaper(b).Pix, b.Pix) {
		t.Errorf("a black and white page was changed")
	}
}

// addsUpRe: a register row after the student's number and name.
var addsUpRe = regexp.MustCompile(`\d{8,}\D*?\p{Han}{2,4}(.*)$`)

// rowsAddingUp counts the rows of a register's reading (student number,
// name, scores, total) whose last number is the sum of the others.
func rowsAddingUp(text string) (n, rows int) {
	for _, l := range strings.Split(text, "\n") {
		m := addsUpRe.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		rows++
		var nums []int
		for _, f := range strings.Fields(m[1]) {
			v, err := strconv.Atoi(f)
			if err != nil {
				nums = nil
				break
			}
			nums = append(nums, v)
		}
		if len(nums) < 3 {
			continue
		}
		sum := 0
		for _, v := range nums[:len(nums)-1] {
			sum += v
		}
		if sum == nums[len(nums)-1] {
			n++
		}
	}
	return n, rows
}

// TestFlattenRegister reads the top of heldout64's 烹饪 register (200-dpi
// grey, the paper's texture in it, 15 rows): flattened, every row reads
// with its scores adding up to its total; as scanned, half of them do not
// (a 7 read as 深, an 11 as ]1, totals lost).
func TestFlattenRegister(t *testing.T) {
	if testing.Short() {
		t.Skip("OCR")
	}
	g := toGray(decodeFile(t, "testdata/register-grey-200dpi-marks.jpg"))
	read := func(cfg Config) (int, int, string) {
		cfg.Workers = 1
		p := NewPool(cfg)
		defer p.Close()
		res, err := p.Recognize(context.Background(), PageImage{Image: g, DPI: 200})
		if err != nil {
			t.Fatal(err)
		}
		n, rows := rowsAddingUp(res.Text)
		return n, rows, res.Text
	}
	n, rows, text := read(Config{})
	if rows != 15 || n < 14 {
		t.Errorf("flattened: %d of %d rows add up, want 14 of 15 or more\n%s", n, rows, text)
	}
	if m, _, text := read(Config{NoFlatten: true}); m >= n {
		t.Errorf("as scanned: %d rows add up, flattened %d: the case is not shown\n%s", m, n, text)
	}
}
