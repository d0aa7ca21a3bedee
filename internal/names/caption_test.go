package names

import (
	"strings"
	"testing"
)

// TestCaptionMaxima: maxima stated once in a caption above the table
// ("各项满分：平时1～平时4各10分，期中20分，期末40分，总评100分"), not in the
// headings, as a register printed from a spreadsheet has them; OCR glued
// the headings together ("平时1平时2平时3平时4期中期末总评") and read 期末
// as 期未 in the caption. A score above its caption's maximum is found.
func TestCaptionMaxima(t *testing.T) {
	t.Parallel()
	caption := "各项满分:平时1~平时4各10分，期中20分，期未40分，总评100分(各项之和)。"
	got := captionMaxima(caption)
	var heads []string
	for _, e := range got {
		heads = append(heads, e.head)
	}
	if strings.Join(heads, ",") != "平时1,平时2,平时3,平时4,期中,期未,总评" || got[0].max != 10 || got[5].max != 40 {
		t.Fatalf("caption read as %+v", got)
	}
	if c := captionMaxima("各项满分:平时1一平时4各10分，期中20分"); len(c) != 5 {
		t.Errorf("a range written with 一 (OCR's dash): %+v", c)
	}
	rows := "1 246111101权泓宇9 10 9 9 18 38 93\n13 246111113樊嘉宁8 9 12 8 15 31 83\n"
	for _, header := range []string{
		"|。序号学号姓名平时1平时2平时3平时4期中期末总评|",
		"序号 学号 姓名 平时1 平时2 平时3 平时4 期中 期末 总评",
	} {
		rs := Records([]string{"机电2403班学习任务考核成绩表\n" + caption + "\n" + header + "\n" + rows + "任课教师：惠建民"})
		if len(rs) != 2 {
			t.Fatalf("%q: %d records", header, len(rs))
		}
		if p := rs[0].Check(); len(p) != 0 {
			t.Errorf("%q: 权泓宇 %v", header, p)
		}
		if p := rs[1].Check(); len(p) != 1 || !strings.Contains(p[0], "平时3") {
			t.Errorf("%q: 樊嘉宁 %v, want 平时3 above 10", header, p)
		}
	}
	// Without a caption the headings say nothing of the maxima.
	rs := Records([]string{"序号 学号 姓名 平时1 平时2 平时3 平时4 期中 期末 总评\n" + rows})
	if len(rs) != 2 || len(rs[1].Check()) != 0 {
		t.Errorf("no caption: %d records, 樊嘉宁 %v", len(rs), rs[1].Check())
	}
}

// TestWeightedTotals: headings that state weights and no maxima
// ("过程评价(40%) 作品评价(60%) 总评") make the total their weighted sum: a
// total that is not is found (96.0 for 80×40%+90×60% = 86.0); a total
// whose decimal point OCR lost ("960") is read as its tenth, and a total
// that lost its digits ("6" for 79.6) is OCR's, not the teacher's.
func TestWeightedTotals(t *testing.T) {
	t.Parallel()
	head := "序号 姓名 过程评价(40%) 作品评价(60%) 总评\n"
	rows := "1 修俊宇 75 76 75.6\n2 郭亚楠 73 78 76.0\n3 白晓龙 80 90 96.0\n4 杜振华 81 83 82.2\n"
	rs := Records([]string{head + rows})
	if len(rs) != 4 {
		t.Fatalf("%d records", len(rs))
	}
	for _, r := range rs {
		if p := r.Check(); (len(p) > 0) != (r.Name == "白晓龙") {
			t.Errorf("%s: %v (only 白晓龙's 96.0 is not 86.0)", r.Name, p)
		}
	}
	// A weighted total adds up, rounded, and so vouches for its row's
	// digits (checks' SureDigits); one that is not the weighted sum does not.
	for _, r := range rs {
		if r.AddsUp() != (r.Name != "白晓龙") {
			t.Errorf("%s: AddsUp %v", r.Name, r.AddsUp())
		}
	}
	if r := Records([]string{head + "1 修俊宇 75 76 76\n"}); len(r) != 1 || !r[0].AddsUp() {
		t.Errorf("修俊宇's 76 for 75.6 rounded: %+v", r)
	}
	ocr := Records([]string{head + "1修俊宇75 76 756\n2郭亚楠73 78 760\n3白晓龙80 90 960\n4杜振华81 83 6\n"})
	for i := range ocr {
		ocr[i].OCR, ocr[i].SureDigits = true, true
	}
	if len(ocr) != 4 || ocr[1].Total == nil || ocr[1].Total.Value != 76 {
		t.Fatalf("OCR: %d records, 郭亚楠's total %v", len(ocr), ocr[1].Total)
	}
	for _, r := range ocr {
		if p := r.Check(); (len(p) > 0) != (r.Name == "白晓龙") {
			t.Errorf("OCR %s: %v (only 白晓龙's 960, 96.0, is wrong)", r.Name, p)
		}
	}
	// Weights that do not make 100%, or maxima beside them: no check.
	for _, h := range []string{"序号 姓名 过程评价(40%) 作品评价(50%) 总评\n", "序号 姓名 过程评价(满分100) 作品评价(60%) 总评\n"} {
		for _, r := range Records([]string{h + rows}) {
			if p := r.Check(); len(p) > 0 && r.Name != "白晓龙" {
				t.Errorf("%q: %s %v", h, r.Name, p)
			}
		}
	}
}

// TestMaximaRow: the maxima in a row of their own under the headings,
// labelled once ("满分 | | | 20 | 30 | 50 | 100", heldout10's register, and
// its OCR "满分20 30 50 100"), are each column's maximum, and say which
// columns hold scores where the headings do not ("造型设计"). Headings OCR
// glued into one run are cut into as many score columns as the row has
// maxima, named by their place.
func TestMaximaRow(t *testing.T) {
	t.Parallel()
	rows := "12 243712112李梓荫18 26 32 76\n13 243712113牟子恒12 22 56 90\n"
	for header, want := range map[string]string{
		"序号 学号 姓名 造型设计 转面与表情 分镜与动态 总分":                      "“分镜与动态”得分56超过满分50",
		"序号学号姓名造型设计转面与表情分镜与动态总分":                            "“第3项评分”得分56超过满分50",
		"| 序号 | 学号 | 姓名 | 造型设计 | 转面与表情 | 分镜与动态 | 总分 | 备注 |": "“分镜与动态”得分56超过满分50",
	} {
		for _, maxima := range []string{
			"满分20 30 50 100",
			"| 满分 | | | 20 | 30 | 50 | 100 | |",
			"满分： 20 30 50 100",
			"|配分20 30 50 100 |", // heldout37's 恩施: the points each heading carries
		} {
			rs := Records([]string{header + "\n" + maxima + "\n" + rows + "考核教师：盖立峰"})
			if len(rs) != 2 {
				t.Fatalf("%q %q: %d records", header, maxima, len(rs))
			}
			if p := rs[0].Check(); len(p) != 0 {
				t.Errorf("%q %q: 李梓荫 %v", header, maxima, p)
			}
			if p := rs[1].Check(); len(p) != 1 || p[0] != want {
				t.Errorf("%q %q: 牟子恒 %v, want %s", header, maxima, p, want)
			}
		}
	}
	// A row of maxima that fits no columns is not forced on them.
	rs := Records([]string{"序号 学号 姓名 造型设计 总分\n满分20 30 50 100\n" + rows})
	if len(rs) != 2 || len(rs[1].Check()) != 0 {
		t.Errorf("maxima that do not fit: %d records, 牟子恒 %v", len(rs), rs[1].Check())
	}
}

// TestNoteMaxima: maxima stated in a note under the table ("注：理论30分，实操
// 70分，总分100分。", heldout11's 烹饪) give the columns theirs, headings OCR
// glued split by the note's; a count line under a table ("应考42人，实考42人")
// is no record, though 应 is a surname; lines that keep a row's 学号 and
// little else are rows OCR lost.
func TestNoteMaxima(t *testing.T) {
	t.Parallel()
	page := "序号学号姓名理论实操总分\n1 2023031101郑家乐24 47 71\n| 2023031113 |\n18 2023031118鲍子贮22 76 98 |\n" +
		"| 2023031135履网人\n20 2023031120胡雨机21 62 83 |\n注:理论30分，实操70分，总分100分。\n考核教师:金国庆"
	rs, _, marks := RecordsJunkMarks([]string{page, "应考42人，实考42人。成绩经学生本人签名确认。\n考核教师:楼建平"})
	if len(rs) != 3 || marks != 2 {
		t.Fatalf("%d records, %d marks; want 3, 2: %+v", len(rs), marks, rs)
	}
	if p := rs[1].Check(); len(p) != 1 || p[0] != "“实操”得分76超过满分70" {
		t.Errorf("鲍子贮: %v", p)
	}
	if p := rs[0].Check(); len(p) != 0 {
		t.Errorf("郑家乐: %v", p)
	}
	// The scoring standard under the table, the headings OCR glued with
	// marks between (heldout74's 禹州 中药).
	rs = Records([]string{"序号学号姓名”净选洗润与切制”干燥质量检查与包装职业素养”总分”备注\n" +
		"1 2411013001卢浩然16 21 14 14 8 73\n9 2411013009吕丹丹24 24 16 17 8 89\n" +
		"评分标准:净选20分，洗润与切制30分，干燥20分，质量检查与包装20分，职业素养10分，满分100分。"})
	if len(rs) != 2 || len(rs[0].Scores) != 5 || len(rs[0].Check()) != 0 || len(rs[1].Check()) != 1 {
		t.Errorf("scoring standard: %+v", rs)
	}
	// The note says the maxima come in order (heldout70's 阆中 酒店).
	rs = Records([]string{"序号 学号 姓名 仪容仪表 铺床整理 开夜床 物品补充 服务沟通 总分\n" +
		"24 245105040124 罗敏 7 25 19 12 15 78\n25 245105040125 杜景行 6 19 28 13 18 84\n" +
		"注：各项满分依次为仪容仪表10分、铺床整理30分、开夜床25分、物品补充15分、服务沟通20分，合计100分。"})
	if len(rs) != 2 || len(rs[0].Check()) != 0 || len(rs[1].Check()) != 1 {
		t.Errorf("maxima in order: %+v", rs)
	}
	// A note with no label, the maxima's own words first, under headings
	// OCR glued with no mark between (heldout79's 克拉玛依 照护, 吞咽 read
	// 香咽 in both).
	rs = Records([]string{"序号学号姓名香咽评估进食照护口腔护理记录与沟通总分\n" +
		"35 2465052935李岱12 35 14 13 74\n36 2465052936王白杨16 44 14 14 88\n" +
		"各项满分:香咽评估20分、进食照护40分、口腔护理20分、记录与沟通20分，合计100分。"})
	if len(rs) != 2 || len(rs[0].Check()) != 0 || len(rs[1].Check()) != 1 || rs[1].Check()[0] != "“进食照护”得分44超过满分40" {
		t.Errorf("unlabelled note: %+v", rs)
	}
	// Each heading and 满分 before its points (heldout120's 济源 机电).
	rs = Records([]string{"序号 姓名 学号 接线工艺 程序编写 系统调试 总分 等级\n" +
		"1 薛鹏程 2429012701 24 27 21 72 中等\n2 苗宇飞 2429012729 34 28 22 84 良好\n" +
		"注：接线工艺满分30分，程序编写满分40分，系统调试满分30分，总分100分；90分以上优秀，80—89分良好。"})
	if len(rs) != 2 || len(rs[0].Check()) != 0 || len(rs[1].Check()) != 1 || rs[1].Check()[0] != "“接线工艺”得分34超过满分30" {
		t.Errorf("满分 after the heading: %+v", rs)
	}
	// The note's points numbered (heldout122's 连云港 机电).
	rs = Records([]string{"序号 学号 姓名 元件安装 电气接线 联机调试 总分\n" +
		"1 240701270201 葛一凡 14 19 18 51\n16 240701270216 卞炳坤 12 17 28 57\n" +
		"注: 1.各项满分:元件安装15分，电气接线25分，联机调试25分，合计65分。2.联机调试含安全检查。"})
	if len(rs) != 2 || len(rs[0].Check()) != 0 || len(rs[1].Check()) != 1 || rs[1].Check()[0] != "“联机调试”得分28超过满分25" {
		t.Errorf("numbered note: %+v", rs)
	}
	// A note that states no maxima of the table's headings changes nothing.
	rs = Records([]string{"序号 学号 姓名 理论 实操 总分\n18 2023031118 鲍子贮 22 76 98\n注：缺考者按0分计，补考另记。"})
	if len(rs) != 1 || len(rs[0].Check()) != 0 {
		t.Errorf("no maxima: %+v", rs)
	}
}

// TestBracketMaximaLine: maxima in brackets on a line of their own under
// the headings ("(15) (40) (30) (15) (100)", heldout12's 城轨) are the
// columns'; a line of weights ("(30%) (70%)") gives none.
func TestBracketMaximaLine(t *testing.T) {
	t.Parallel()
	rs := Records([]string{"序号学号姓名故障判断应急处置乘客服务报告填写总分\n(15) (40) (30) (15) (100)\n" +
		"3 2024430203韩文秀12 38 20 13 83\n7 2024430207吕丽华10 28 28 13 89\n"})
	if len(rs) != 2 || len(rs[0].Scores) != 4 || rs[0].Scores[1].Max != 40 {
		t.Fatalf("%+v", rs)
	}
	if p := rs[1].Check(); len(p) != 1 || p[0] != "总分89不等于各项之和79" {
		t.Errorf("吕丽华: %v", p)
	}
	// Maxima of the scores alone, none for the total (heldout14's six
	// steps): the total keeps none, and a total not the sum is found.
	rs = Records([]string{"序号姓名学号获取信息制定计划做出决策”实施计划“过程控制评价反馈总分\n(10) (15) (10) (40) (15) (10)\n" +
		"4管梓壹2023010604 9 14 9 34 12 7 85\n5周霖2023010605 8 13 9 38 12 8 78\n"})
	if len(rs) != 2 || len(rs[0].Scores) != 6 || rs[0].Scores[3].Max != 40 || rs[0].Total == nil || rs[0].Total.Max != 0 {
		t.Fatalf("six steps: %+v", rs)
	}
	if p := rs[0].Check(); len(p) != 0 {
		t.Errorf("管梓壹: %v", p)
	}
	if p := rs[1].Check(); len(p) != 1 || p[0] != "总分78不等于各项之和88" {
		t.Errorf("周霖: %v", p)
	}
	rs = Records([]string{"序号 学号 姓名 过程考核 终结考核 总评\n(30%) (70%)\n3 2024430203 韩文秀 80 90 87\n"})
	if len(rs) != 1 || len(rs[0].Scores) != 2 || rs[0].Scores[0].Max != 0 || rs[0].Check() != nil {
		t.Errorf("weights: %+v", rs)
	}
	// Maxima unbracketed, each marked 分, in a second header row: a score
	// above its column's is found though the total is the sum.
	rs = Records([]string{"序号 学号 姓名 审方 调配 复核包装 用药交代 真伪鉴别 总分\n20分 30分 20分 15分 15分 100分\n" +
		"27 2462130227 朱慕白 17 22 18 11 10 78\n28 2462130228 魏景行 15 34 17 11 12 89\n"})
	if len(rs) != 2 || len(rs[1].Scores) != 5 || rs[1].Scores[1].Max != 30 || rs[0].Check() != nil {
		t.Fatalf("maxima marked 分: %+v", rs)
	}
	if p := rs[1].Check(); len(p) != 1 || p[0] != "“调配”得分34超过满分30" {
		t.Errorf("魏景行: %v", p)
	}
}

// TestCriteriaAbove: a register whose headings state no maxima takes them
// from a table of criteria above it, a heading and its points a line
// (heldout15's 遵义 动画, typed).
func TestCriteriaAbove(t *testing.T) {
	t.Parallel()
	page := "一、评分标准\n项目 评分内容 分值\n项目一 场景构图 构图层次清楚，透视准确，适合竖屏画面 30\n项目二 色彩气氛 色调统一，气氛庄重，主次分明 30\n" +
		"项目三 导览动效 镜头推移流畅，云雾动效自然，导出规范 40\n合计 100\n二、成绩登记（等级：A 85分及以上，B 70—84分，C 70分以下）\n" +
		"序号 学号 姓名 项目一 项目二 项目三 总分 等级\n22 2442030622 罗文博 27 28 38 93 A\n23 2442030623 蒙子轩 23 34 25 82 B\n"
	rs := Records([]string{page})
	if len(rs) != 2 {
		t.Fatalf("%+v", rs)
	}
	if p := rs[0].Check(); len(p) > 0 {
		t.Errorf("罗文博: %v", p)
	}
	if p := rs[1].Check(); len(p) != 1 || p[0] != "“项目二”得分34超过满分30" {
		t.Errorf("蒙子轩: %v", p)
	}
}
