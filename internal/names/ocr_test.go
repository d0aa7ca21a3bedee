package names

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestOCRNames renders worksheet headers with ImageMagick (two fonts, slight
// rotation, noise), reads them back with the tesseract CLI and checks that
// the names come out right, directly or matched to the class. It takes about
// a second a page, so it runs only with CLASSAUDIT_OCR_TEST=1.
func TestOCRNames(t *testing.T) {
	if os.Getenv("CLASSAUDIT_OCR_TEST") == "" {
		t.Skip("set CLASSAUDIT_OCR_TEST=1 to run (needs convert and tesseract)")
	}
	for _, tool := range []string{"convert", "tesseract"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skip(tool + " not installed")
		}
	}
	fonts := []string{
		"/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
		"/usr/share/fonts/truetype/arphic/ukai.ttc",
		"/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
	}
	class := []string{"王伟", "李敏", "张梓萱", "欧阳娜娜", "司马光明", "陈己明", "陈已明", "刘洋", "赵强", "黄婷",
		"周子涵", "吴欣怡", "徐宇轩", "孙浩然", "马超", "朱丽", "胡杰", "郭静", "何磊", "高芳", "上官婉儿", "诸葛亮", "林晨", "罗斌"}
	labels := []string{"姓名：%s    班级：汽修2301班", "学生姓名: %s   学号: 2023001", "姓 名：%s", "学生：%s", "姓名 %s 日期 2024.3.1"}
	rng := rand.New(rand.NewSource(7))
	dir := t.TempDir()
	n := 12
	if s := os.Getenv("CLASSAUDIT_OCR_PAGES"); s != "" {
		fmt.Sscan(s, &n)
	}
	exact, fuzzy, wrong, missed, unmatched, twin := 0, 0, 0, 0, 0, 0
	for i := 0; i < n; i++ {
		name := class[rng.Intn(len(class))]
		font := fonts[i%len(fonts)]
		if _, err := os.Stat(font); err != nil {
			font = fonts[0]
		}
		label := fmt.Sprintf(labels[i%len(labels)], name)
		text := "工作页\n学习任务：发动机正时皮带更换\n" + label + "\n一、获取信息\n答：每行驶6万公里更换一次。"
		img := filepath.Join(dir, fmt.Sprintf("p%d.png", i))
		rot := fmt.Sprintf("%.1f", rng.Float64()*3-1.5)
		cmd := exec.Command("convert", "-size", "1400x600", "xc:white", "-font", font, "-pointsize", fmt.Sprint(30+rng.Intn(10)),
			"-fill", "black", "-annotate", "+60+70", text, "-rotate", rot, "-attenuate", "0.4", "+noise", "Gaussian",
			"-colorspace", "gray", "-background", "white", "-flatten", img)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("convert: %v %s", err, out)
		}
		ocr := exec.Command("tesseract", img, "-", "-l", "chi_sim", "--psm", "6")
		ocr.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
		out, err := ocr.Output()
		if err != nil {
			t.Fatalf("tesseract: %v", err)
		}
		reads := FromPage(string(out), class)
		got, kind := "", NoMatch
		for _, r := range reads {
			got, kind = Match(r.Name, class)
			if kind == Exact || kind == Fuzzy {
				break
			}
		}
		switch {
		case got == name && kind == Exact:
			exact++
		case got == name && kind == Fuzzy:
			fuzzy++
		case len(reads) > 0 && got == "":
			unmatched++
			t.Logf("unmatched %s → %v (%s): %q", name, reads, filepath.Base(font), strings.TrimSpace(string(out)))
		case got != "" && OneSimilarOff(got, name):
			// OCR turned one twin into the other, both class members: no
			// reader can tell, and exact matches win by design.
			twin++
			t.Logf("read as the look-alike classmate %s → %s (%s)", name, got, filepath.Base(font))
		case len(reads) == 0:
			missed++
			t.Logf("missed %s (%s): %q", name, filepath.Base(font), strings.TrimSpace(string(out)))
		default:
			wrong++
			t.Logf("wrong %s → %v (%s): %q", name, reads, filepath.Base(font), strings.TrimSpace(string(out)))
		}
	}
	t.Logf("OCR name reading over %d pages: %d exact, %d through similar characters, %d read but matched to nobody, %d read as a look-alike classmate, %d matched to the wrong member, %d missed", n, exact, fuzzy, unmatched, twin, wrong, missed)
	if wrong > 0 {
		t.Errorf("%d names matched to the wrong student", wrong)
	}
	if float64(exact+fuzzy) < 0.8*float64(n) {
		t.Errorf("only %d of %d names read", exact+fuzzy, n)
	}
}
