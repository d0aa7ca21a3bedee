package names

import (
	"slices"
	"strings"
	"testing"
)

// Transliterated names (Uyghur, Kazakh) in registers whose middle dot OCR
// read as a comma, a hyphen or two marks, and star ratings read as
// characters glued after them: heldout54's 和田 动画 register as OCR read
// it (250 dpi gray, the header lost).

func TestRowDots(t *testing.T) {
	t.Parallel()
	cases := []struct{ in, want string }{
		{"4 2465030604艾力江,吐尔逊女友友六六。23 20 22 12 77", "艾力江·吐尔逊"},
		{"5 2465030605祖丽胡玛尔，吐逊女友友六六。25 21 24 14 84", "祖丽胡玛尔·吐逊"},
		{"3 2465030603帕尔哈提“.艾山妇女女六六。24 27 17 10 78", "帕尔哈提·艾山"},
		{"16 2465030616迪力夏提-努尔妇女女友六。23 26 16 12 77", "迪力夏提·努尔"},
		{"19 2465030619再努尔'沙吾尔女友友 22 24 19 12 77", "再努尔·沙吾尔"},
	}
	for _, c := range cases {
		if got := rowDots(c.in); !strings.Contains(got, c.want) {
			t.Errorf("rowDots(%q) = %q, want it to hold %q", c.in, got, c.want)
		}
	}
	// Han names and words a comma parts stay apart.
	for _, in := range []string{
		"1 2465030601张伟，李娜 23 26",
		"12 2465030612王峻昭，良好 20 29 22 14 85",
		"表现积极，态度认真",
		"6 2465030606王峻昭女女妇女六。女友妇女妇。19 24 21 14 78",
	} {
		if got := rowDots(in); strings.Contains(got, "·") {
			t.Errorf("rowDots(%q) = %q: no transliterated name there", in, got)
		}
	}
}

func TestDottedHead(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"夏木西努尔·沙吾尔妇女女", "夏木西努尔·沙吾尔", true},
		{"阿布力克木·买买提明女友", "阿布力克木·买买提明", true},
		{"买买提·库尔班", "", false},   // nothing glued: the run is the name
		{"阿依古丽·买买提敏", "", false}, // one character more may be the name's
		{"王峻昭·汽修班级", "", false},  // no transliterated part before the dot
	}
	for _, c := range cases {
		got, ok := dottedHead(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("dottedHead(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestRecordsTransliteratedNamesHeaderLost(t *testing.T) {
	t.Parallel()
	page := strings.Join([]string{
		"学习任务考核评价表",
		"学校:和田市玉河技工学校”班级:动画2401班课程:三维产品展示动画制作",
		"|同和ks |",
		"| 1 2465030601图尔贡.阿不力孜女友女六六。女友妇女友23 26 22 11 82 |",
		"| 2 2465030602赛迪古丽.麦提尼亚孜女友女友妇女太女妇女。19 22 16 10 67 |",
		"| 3 2465030603帕尔哈提“.艾山妇女女六六。妇女妇女丰。24 27 17 10 78 |",
		"| 4 2465030604艾力江,吐尔逊女友友六六。女友友女六。23 20 22 12 77 |",
		"| 5 2465030605祖丽胡玛尔,吐逊女友友六六。女友妇女六。25 21 24 14 84 |",
		"| 6 2465030606王峻昭女女妇女六。女友妇女妇。19 24 21 14 78 |",
		"| 8 2465030608夏木西努尔.沙吾尔妇女女太妈妈女友闪闪25 20 22 13 80 |",
		"| 9 2465030609。，布威阿依谢姆，阿不力孜妈妈友友六。友友友友六27 27 21 17 87 |",
		"| 10 2465030610刘芷晴妇女妇女丰。女友丰六六24 23 18 13 78 |",
		"| 28 2465030628麦麦提敏.亚库甫妇女娘六六。妇女妇女六23 23 21 13 86 |",
		"说明:自评、互评为星级(五星为满)，不计入总分;总分为教师评分四项之和。",
	}, "\n")
	var got []string
	for _, r := range Records([]string{page}) {
		got = append(got, r.Name)
	}
	for _, want := range []string{"图尔贡·阿不力孜", "帕尔哈提·艾山", "艾力江·吐尔逊", "祖丽胡玛尔·吐逊", "夏木西努尔·沙吾尔", "布威阿依谢姆·阿不力孜", "王峻昭", "刘芷晴", "麦麦提敏·亚库甫"} {
		if !slices.Contains(got, want) {
			t.Errorf("records %v lack %s", got, want)
		}
	}
}
