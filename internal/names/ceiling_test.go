package names

import (
	"fmt"
	"strings"
	"testing"
)

// A register whose header spreads over three lines of merged cells, the
// maxima on lines of their own, two columns graded in words (heldout25's
// 喀什 烹饪, typed, landscape): the maxima cannot be put under columns, but
// a score above every one of them is above its own.
func TestStatedCeiling(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("学习任务考核记录\n活动一 活动二 活动三\n理论测验 总评\n序号 学号 姓名 面团调制 馅料调制 成型与烤制 总分\n(满分40) 等级\n（等级） （等级） 实操(满分60)\n")
	names := []string{"李霁月", "刘夏禾", "赵桐", "图尔荪·吐尔逊", "胡琛", "李砚池", "马岩松", "再努尔"}
	for i, n := range names {
		practice, theory := 40+i, 30-i
		if n == "胡琛" {
			practice = 64
		}
		fmt.Fprintf(&b, "%d 24310501%02d %s 优 良 %d %d %d 良\n", i+1, i+1, n, practice, theory, practice+theory)
	}
	b.WriteString("说明：活动一、活动二只评等级，不计分；总分＝实操得分＋理论测验得分。\n")
	rs := Records([]string{b.String()})
	if len(rs) != len(names) {
		t.Fatalf("read %v", recordNames(rs))
	}
	for _, r := range rs {
		if bad := len(r.Check()) > 0; bad != (r.Name == "胡琛") {
			t.Errorf("%s: %v (scores %v)", r.Name, r.Check(), r.Scores)
		}
	}
	// A score above one maximum but not the other is no evidence: which
	// column it stands in is not known.
	page := strings.Replace(b.String(), "64 26 90", "52 26 78", 1)
	for _, r := range Records([]string{page}) {
		if len(r.Check()) > 0 {
			t.Errorf("%s: %v", r.Name, r.Check())
		}
	}
}

// A scanned register whose 总分 heading OCR garbled ("总细") and whose
// student numbers carry the specks OCR read beside them ("”2446050402",
// "。2446050403"): heldout26's 酒店 register under a coffee ring, as OCR
// read it. The numbers after the specks are still the row's, and the one
// total that is not the sum (row 13, 16+19+26+17 written 85) is found; a
// row with a bracket before a score ("]14": a rule, or a misread 1) is
// left unread.
func TestStatedCeilingSpecks(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录表\n" +
		"介州市松涛技工学校”班级:酒店2401班课程:团队宾客接待服务\n" +
		"学习任务:东坡书院研学团队客房预订与入住接待”考核日期: 2024鱼四月10日\n" +
		"|六号|姓名|学号|订单核对(20) |分房与房卡(25) |吏住登记(35) |行李与安全须知(20)”总细|，备注\n" +
		"| 1符凤仪2446050401 15 21 30 15 81\n" +
		"| 2韩冠霖”2446050402 ]14 16 25 13 68\n" +
		"| 3符诗涵。2446050403 13 20 27 18 78\n" +
		"| 4谢亚村”2446050404 13 16 23 15 67\n" +
		"| 5羊诗雨“2446050405 13 22 29 19 83\n" +
		"| 6。陈子黑”2446050406 ]14 24梧柚下18人\n" +
		"| 7 |符思形| 2446050407 | 18 | 18有及区沈|到|\n" +
		"| 8谢一诺2446050408 17 20 Wo区8 |\n" +
		"| 9钟樟营。2446050409 13 22 25 WO 79 |\n" +
		"| 10埋南星。2446050410 17 17 31 18 83 |\n" +
		"| 1林子轩2446050411 16 24 32 18 90 |\n" +
		"| 12。邢善文”2446050412 18 21 28 15 82 |\n" +
		"| 13。云苦上。”2446050413 16 19 26 17 85 |\n" +
		"| 14 |云博文| 2446050414 | 18 | 17 | 23 | 16 | 74 |请假1次|\n" +
		"| 15。唐芷晴。2446050415 16 17 31 13人|\n" +
		"| 16。唐沐阳”2446050416 19 22 34 17 92 |\n" +
		"| 17。唐秋菊。2446050417 17 20 33 18 88 |\n" +
		"| 18唐小曼“2446050418 13 19 29 18 79\n" +
		"| 19符启航。2446050419 16 18 31 13 78 |\n" +
		"| 20林航远。2446050420 13 23 24 13 73 |\n" +
		"| 21 |羊锦程| 2446050421 | | 21 27 | 17 | 79 | |\n" +
		"| 22符俊杰”2446050422 18 16 22 17 73 |\n" +
		"| 23。郑振宇。2446050423 17 23 22 17 79 |\n" +
		"| 24。黎晨时。2446050424 18 24 25 13 80 |\n" +
		"| 25。林泳仪2446050425 16 22 23 18 79 |\n" +
		"| 26。钟宏达2446050426 13 24 31 18 86 |\n" +
		"| 27。王满然”2446050427 16 16 32 14 78 |\n" +
		"| 28云匈青。2446050428 17 23 23 19 82 |\n" +
		"| 29林静怡。2446050429 16 19 33 15 83 |\n" +
		"| 30”地映雪。2446050430 16 19 27 15 77 |\n" +
		"| 31 |韩靖雯| 2446050431 | 13 | 16 | 24 | 17上0.| |\n" +
		"| 32羊了人治”2446050432 18 23 30 16 87 |\n" +
		"| 33。唐怀远。2446050433 17 17 27 14 75 |\n" +
		"| 34林少华”2446050434 17 23 29 16 85 |\n" +
		"| 35。李文轩2446050435 19 16 29 18 82 |\n" +
		"| 36。钟明哲。2446050436 17 18 29 15 79 |\n" +
		"| 37。冯宝儿。2446050437 19 16 23 15 73 |\n" +
		"| 38 |吝晓册| 2446050438 | 13 | 19 | 31 | 14 | |\n" +
		"| 39 |冯璀桐| 2446050439 | 18 | 16 | 26 | 17 | 77 | |\n" +
		"| 40 |云雅婷| 2446050440 | 18 | 19 | 27 | 16 | 8o | |\n" +
		"考核教师:陈海棠、王昌盛审核:陈海党"
	rs := Records([]string{page})
	if len(rs) != 40 {
		t.Fatalf("read %d records: %v", len(rs), recordNames(rs))
	}
	for _, r := range rs {
		if r.Name == "唐沐阳" && !r.SumChecked {
			// "16。唐沐阳”2446050416 19 22 34 17 92 |": specks on both sides
			t.Errorf("%s unchecked: %s", r.Name, r.Excerpt)
		}
		if bad := len(r.Check()) > 0; bad != (r.Name == "云苦上") {
			t.Errorf("%s: %v (scores %v, total %v)", r.Name, r.Check(), r.Scores, r.Total)
		}
		if r.SumChecked && strings.Contains(r.Excerpt, "]") {
			t.Errorf("%s: a bracketed cell read: %s", r.Name, r.Excerpt)
		}
	}
}
