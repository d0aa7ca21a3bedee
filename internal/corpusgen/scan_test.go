package corpusgen

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"classaudit/models"
)

// TestScannedPages: every scanned PDF holds one image per page and no text
// layer; the small profile scans items 8 and 12 of every submission and
// has enough clean and noisy pages to measure OCR on, within the OCR
// budget of the tests that sweep it.
func TestScannedPages(t *testing.T) {
	dir, tr := smallCorpus(t)
	byFile := map[string][]TruthPage{}
	cond := map[string]int{}
	enc := map[string]int{}
	rotated := 0
	for _, p := range tr.Pages {
		if !p.Scanned {
			continue
		}
		byFile[p.File] = append(byFile[p.File], p)
		cond[p.Condition]++
		enc[p.Encoding]++
		if p.Rotate == 90 {
			rotated++
		}
		if p.DPI < 150 || p.DPI > 300 {
			t.Errorf("%s page %d: %d dpi", p.File, p.Page, p.DPI)
		}
		if len(hanOnly(p.Text)) < 20 {
			t.Errorf("%s page %d: only %q", p.File, p.Page, p.Text)
		}
	}
	n := 0
	for _, c := range cond {
		n += c
	}
	t.Logf("%d scanned pages in %d files: %v, encodings %v", n, len(byFile), cond, enc)
	if n < 40 || n > 100 {
		t.Errorf("%d scanned pages, want 40–100 (OCR budget)", n)
	}
	if cond[CondClean] < 8 || cond[CondNoisy] < 8 {
		t.Errorf("conditions %v: want at least 8 clean and 8 noisy pages", cond)
	}
	if enc["DCT"] == 0 || enc["CCITTG4"]+enc["Flate1"] == 0 {
		t.Errorf("encodings %v: want JPEG and black-and-white", enc)
	}
	if rotated == 0 {
		t.Error("no page with /Rotate 90")
	}
	for _, s := range tr.Submissions {
		for _, f := range s.Files {
			if f.Kind == string(models.KindItem) && (f.Item == 8 || f.Item == 12) && f.Defect == "" && !f.Scanned {
				t.Errorf("%s: item %d is not scanned", f.RelPath, f.Item)
			}
			if f.Scanned != (len(byFile[f.RelPath]) > 0) {
				t.Errorf("%s: Scanned %v but %d scanned pages", f.RelPath, f.Scanned, len(byFile[f.RelPath]))
			}
		}
	}
	if _, err := exec.LookPath("pdfimages"); err != nil {
		t.Skip("poppler-utils not installed")
	}
	tmp := t.TempDir()
	k := 0
	for file, pages := range byFile {
		data, err := readFile(dir, tr, file)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(tmp, fmt.Sprintf("%d.pdf", k))
		k++
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("pdfimages", "-list", p).Output()
		if err != nil {
			t.Errorf("%s: pdfimages: %v", file, err)
			continue
		}
		perPage := map[string]int{}
		sc := bufio.NewScanner(bytes.NewReader(out))
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) > 3 && f[2] == "image" {
				perPage[f[0]]++
				if want := pages[0].DPI; !strings.Contains(sc.Text(), fmt.Sprintf(" %d ", want)) {
					t.Errorf("%s: image not at %d dpi: %s", file, want, sc.Text())
				}
			}
		}
		for i := range pages {
			if perPage[fmt.Sprint(i+1)] != 1 {
				t.Errorf("%s page %d: %d images", file, i+1, perPage[fmt.Sprint(i+1)])
			}
		}
		if len(perPage) != len(pages) {
			t.Errorf("%s: images on %d pages, truth has %d", file, len(perPage), len(pages))
		}
		txt, err := exec.Command("pdftotext", p, "-").Output()
		if err == nil && len(hanOnly(string(txt))) > 0 {
			t.Errorf("%s: has a text layer: %.60q", file, txt)
		}
	}
}

// TestScanLayoutKeepsLines: a scanned page draws exactly the truth's lines
// (scanimg wraps nothing again), for every condition and a long line.
func TestScanLayoutKeepsLines(t *testing.T) {
	blocks := []block{
		{kind: bTitle, text: "工作页"},
		{kind: bPara, text: "姓 名：欧阳娜娜", hand: true, handAt: len("姓 名：")},
		{kind: bPara, text: "答：" + strings.Repeat("本小组按照操作规程完成了检测，记录了数据。", 6), hand: true, handAt: len("答：")},
		{kind: bTable, rows: [][]string{{"序号", "姓名", "过程考核(满分60)", "终结考核(满分40)", "总分"}, {"1", "张伟", "50", "30", "80"}},
			cols: []float64{0.12, 0.22, 0.24, 0.24, 0.18}},
		{kind: bBreak},
		{kind: bPara, text: strings.Repeat("一二三四五六七八九十", 40)},
	}
	for _, cnd := range []string{CondClean, CondNoisy, CondMild, CondBilevel, CondLow} {
		spec := newScanSpec(rand.New(rand.NewSource(3)), cnd)
		raw, pages, err := renderScanned(blocks, spec)
		if err != nil {
			t.Fatalf("%s: %v", cnd, err)
		}
		if !bytes.HasPrefix(raw, []byte("%PDF-")) || len(pages) != 2 {
			t.Fatalf("%s: %d pages", cnd, len(pages))
		}
		if !strings.Contains(pages[0], "\n姓 名：欧阳娜娜\n") || !strings.Contains(pages[0], "\n1 张伟 50 30 80") {
			t.Errorf("%s: page 1 text %q", cnd, pages[0])
		}
		want := string(hanOnly(strings.Repeat("一二三四五六七八九十", 40)))
		if string(hanOnly(pages[1])) != want {
			t.Errorf("%s: page 2 text %q", cnd, pages[1])
		}
	}
}
