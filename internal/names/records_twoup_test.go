package names

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestRecordsTwoUp: a class printed as two halves side by side is read as
// all of its records, each with its own scores.
func TestRecordsTwoUp(t *testing.T) {
	page := "学习任务考核记录表\n序号 姓名 过程(40) 结果(60) 总评 序号 姓名 过程(40) 结果(60) 总评\n" +
		"1 卢健霞 34 42 76 4 韩昌梅 32 55 87\n" +
		"2 刘彤萍 38 38 76 5 刘宇宏 31 56 97\n" +
		"3 施家 33 53 86\n" +
		"考核教师：施永明"
	rs := Records([]string{page})
	got := recordNames(rs)
	if len(rs) != 5 {
		t.Fatalf("read %d records %v, want 5", len(rs), got)
	}
	bad := 0
	for _, r := range rs {
		if len(r.Check()) > 0 {
			bad++
			if r.Name != "刘宇宏" {
				t.Errorf("%s: %v", r.Name, r.Check())
			}
		}
	}
	if bad != 1 {
		t.Errorf("%d records with impossible scores, want 1 (刘宇宏: 31+56 ≠ 97)", bad)
	}
}

func TestNumberedRows(t *testing.T) {
	t.Parallel()
	head := "西点制作学习任务考核记录表\n序号|姓名|学号|蛋糕成品|操作规范|卫生习惯|综合评定\n"
	var rows []string
	for i := 1; i <= 12; i++ {
		rows = append(rows, fmt.Sprintf("%d”|某%d|2023510%d良优良良", i, i, i))
	}
	rows[5] = "于|傅标欣20235106 |合格|民二个" // one serial OCR lost: still a row
	body := strings.Join(rows, "\n")
	foot := "\n评分教师:黎美华审核:甘秀兰2024年12月27日"
	for _, c := range []struct {
		name  string
		pages []string
		rows  int
		ok    bool
	}{
		{"one page", []string{head + body + foot}, 12, true},
		{"carried on without a header", []string{head + body, "第2页\n13 某13 良\n14 某14 优\n15 某15 良\n16 某16 良\n17 某17 良" + foot}, 17, true},
		{"a row wrapped over two lines", []string{head + strings.Replace(body, "\n3”", "\n续行\n3”", 1) + foot}, 0, false},
		{"the last row's number lost", []string{head + body + "\n人|含国|20235113良良" + foot}, 0, false},
		{"too few rows", []string{head + strings.Join(rows[:3], "\n") + foot}, 0, false},
	} {
		n, ok := NumberedRows(c.pages)
		if n != c.rows || ok != c.ok {
			t.Errorf("%s: NumberedRows = %d, %v; want %d, %v", c.name, n, ok, c.rows, c.ok)
		}
	}
}

// TestRecordsGarbledNameHeading: OCR garbled the 姓名 heading ("姓镍") and
// lost the space after each serial; the headings with their maxima still
// make it the records header. A sentence that names maxima does not.
func TestRecordsGarbledNameHeading(t *testing.T) {
	t.Parallel()
	page := "班级;2023级动画制作1班，人数: 6\n" +
		"说明\n" +
		"评分表共18项指标，每个点满分25分，过程考核(满分60)与终结考核(满分40)计入总分。\n" +
		"1李馨的成绩见附表\n" +
		"。订号，，姓镍过程考核(满分60)终结考核(满分40)总分\n" +
		"1李馨40 24 64\n" +
		"2高佳59 27 86\n" +
		"|曾鹏馨36 26 62\n" +
		"4沈亮45 23 68\n" +
		"5诸葛锦53 41 94\n" +
		"6欧燕38 26 64\n" +
		"平均分:73.7\n"
	rs := Records([]string{page})
	got := recordNames(rs)
	if want := "李馨 高佳 曾鹏馨 沈亮 诸葛锦 欧燕"; strings.Join(got, " ") != want {
		t.Fatalf("records %v, want %s", got, want)
	}
	r := rs[0]
	if len(r.Scores) != 2 || r.Scores[0].Column != "过程考核(满分60)" || r.Scores[0].Max != 60 || r.Total == nil || r.Total.Value != 64 {
		t.Errorf("李馨's scores %+v total %+v, want 过程考核(满分60) 40 of 60, total 64", r.Scores, r.Total)
	}
	if p := rs[4].Check(); len(p) == 0 {
		t.Errorf("诸葛锦's 41 of 40 passed")
	}
	if n, ok := NumberedRows([]string{strings.Replace(page, "|曾", "3曾", 1)}); !ok || n != 6 {
		t.Errorf("NumberedRows = %d, %v; want 6 (the serials under the garbled header)", n, ok)
	}
	// The first row's serial lost too ("]" for 1): its name tells the row.
	other := "序号好名过程考核(满分60)终结考核(满分40)。总分\n]肖勇平“55 38 93\n2宋俊龙43 37 80\n3朱强49 27 76\n平均分785\n"
	if rs := Records([]string{other}); len(rs) != 3 {
		t.Errorf("under 序号好名…: %d records, want 3", len(rs))
	}
	// Without a row under it, the same line is no header.
	if rs := Records([]string{strings.Replace(page, "1李馨40 24 64\n2高佳59 27 86\n", "考核方式见附表\n\n", 1)}); len(rs) != 0 {
		t.Errorf("a garbled header without a row under it gave records %v", rs)
	}
}

// TestRecordsTwoUpOCR: a two-up table as Tesseract read a 250-dpi JPEG
// scan (heldout5's 烹饪 register): the second half's 姓名 heading garbled
// ("序号[区|"), cells glued to the names and broken by rules and specks.
// The second 序号 still tells the halves apart, and each row splits at the
// second serial after the first half's scores, not at a speck read as Han
// amid them ("27 37浊91 | 28 |能芷若"); a rule read as 和 before a name
// ("27和朱可欣") is no part of it.
func TestRecordsTwoUpOCR(t *testing.T) {
	t.Parallel()
	page := "赐州市音贡高级技工学校”学习任务考核记录表\n" +
		"序号姓名刀工(30)”火候(40)”成菜(30)”总分“序号[区|火候(40)。成荣(30)。总分\n" +
		"1张文轩22 31 22 75 19 |邓柯宇29 38 30 97\n" +
		"3。深锦程18 24 20 62 21 ts轩26 35 | 27\n" +
		"5袁静怡24 35 24 83 23李了晓彤19五17 61\n" +
		"[| 7。罗直19 31 22 72 25颍24 30 25 79\n" +
		"9揭文涛24 33 29“| 86 | 27和朱可欣24 31 22万\n" +
		"10。。付烛城27 37浊91 | 28 |能芷若23 27 20 70\n" +
		"18说宁24 | 34 25 83 |\n" +
		"任课教师:谢春生、元丽华审核;习海波"
	rs := Records([]string{page})
	got := recordNames(rs)
	want := []string{"张文轩", "邓柯宇", "深锦程", "", "袁静怡", "李了晓彤", "罗直", "", "揭文涛", "朱可欣", "付烛城", "能芷若", "说宁"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("names %q, want %q", got, want)
	}
}

// recordNames lists the records' names as read, in order.
func recordNames(rs []Record) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Name)
	}
	return out
}

// TestRecordsThreeUp: a register printing three students a row (heldout11's
// 汽修, as OCR read it: serials read as letters, "2Z2", lost) has every
// student read, not the first of each row.
func TestRecordsThreeUp(t *testing.T) {
	t.Parallel()
	page := "汽车转向与悬架系统检修学习任务考核记录表\n成绩一故障诊断〈40分)十维修操作(40分)十职业素养(20分)，百分制。\n" +
		"序号姓名成绩序号姓名成绩序号姓名成绩\n" +
		"1童若琳81 14儿靖川86 27霄清和66\n" +
		"2季了晓峰68 15缪卓然90 28类梦婷79\n" +
		"避蒋萍66 16郑亚萍81 29谢晓燕72\n" +
		"4谢湖生81 T/施栖梧76 30夏宕宇88\n" +
		"9沈依依78 2Z2岑子轩81 35钱建新87\n" +
		"11谢骏69 24钱泽宇81二方天佑82\n" +
		"区方书航78 26胡宇搬68 39施涵予83\n" +
		"考核教师:叶正楷”戴国强审核:戴国强"
	rs := Records([]string{page})
	var got []string
	for _, r := range rs {
		got = append(got, r.Name)
	}
	if len(rs) != 21 {
		t.Errorf("%d records, want 21: %v", len(rs), got)
	}
	for _, want := range []string{"童若琳", "缪卓然", "施栖梧", "夏宕宇", "岑子轩", "钱建新", "施涵予"} {
		if !slices.Contains(got, want) {
			t.Errorf("%s not read: %v", want, got)
		}
	}
	typed := Records([]string{"序号 姓名 成绩 序号 姓名 成绩 序号 姓名 成绩\n1 童若琳 81 14 钭靖川 86 27 裘清和 66\n2 季晓峰 68 15 缪卓然 90\n"})
	if len(typed) != 5 {
		t.Errorf("typed: %d records, want 5: %+v", len(typed), typed)
	}
}

// TestRecordsTwoUpGrades: a grade word after a half's scores ("良好") does
// not start the next record, glued to its score or not.
func TestRecordsTwoUpGrades(t *testing.T) {
	t.Parallel()
	for _, row := range []string{"1张文轩22 31 22 75 良好 19 |邓柯宇29 38 30 97 优秀", "1张文轩22 31 22 75良好 19邓柯宇29 38 30 97 优秀"} {
		rs := Records([]string{"序号姓名理论(30)实操(40)素养(30)总分等级序号姓名理论(30)实操(40)素养(30)总分等级\n" + row})
		if len(rs) != 2 || rs[0].Name != "张文轩" || rs[1].Name != "邓柯宇" {
			t.Errorf("%q: %+v", row, rs)
		}
	}
}

// TestGradeGluedToTotal: a grade column's word OCR glued to the total
// ("74中", heldout11's 照护) leaves the row's scores read.
func TestGradeGluedToTotal(t *testing.T) {
	t.Parallel()
	rs := Records([]string{"序号学号姓名风险评估(30)。”环境改造建议(40)”沟通宣教(30)”总分“职业素养备注\n1 230501001陆知远18 35 21 74中\n9 230501009，”沈伟东28 35 28 91优\n"})
	if len(rs) != 2 || len(rs[0].Scores) != 3 || rs[0].Total == nil || rs[0].Total.Value != 74 || rs[1].Total == nil || rs[1].Total.Value != 91 {
		t.Errorf("%+v", rs)
	}
}

// TestHanCellNoClaim: a score OCR read as Han characters between two others
// ("26公国20 88", heldout12's 延边 照护, its middle heading garbled too) is a
// hole: the row's other numbers do not make a sum to hold against its total,
// nor, read unsurely, a score above its maximum ("36油芝5").
func TestHanCellNoClaim(t *testing.T) {
	t.Parallel()
	head := "学号姓名风险评估(30)“|环境改迁(玫参。。健康定教(25)。总分备注\n"
	rs := Records([]string{head + "2024052931 |人金贞王26公国20 88\n2024052916。池日峰36油芝5\n2024052919。。池勇23 28开国21 72\n"})
	for i := range rs {
		// Rows 1 and 3 as checks' sureDigits took them: their digits read
		// surely, a number opening the row.
		rs[i].OCR, rs[i].SureDigits = true, i != 1
		if p := rs[i].Check(); len(p) > 0 {
			t.Errorf("%s: %v", rs[i].Excerpt, p)
		}
	}
	if len(rs) != 3 {
		t.Errorf("%d records", len(rs))
	}
}

// TestGroupedHeader: grouped score headings over a second header line
// ("操作过程(60分) 成品质量(40分)" over "刀工(20) 火候(25) … 形态(10)",
// heldout12's 烹饪) give the second line's columns, the second line no
// record; a signature line under the table ("任课教师签字：", 任 a surname)
// is no record either.
func TestGroupedHeader(t *testing.T) {
	t.Parallel()
	page := "序号学号姓名操作过程〈60分)成品质量(40分)总分\n刀工(20)“火候(25)”调味(15)”色泽(10)”口味(20)”形态(10)\n" +
		"7 2023050107那建华16 16 13 9 16 9 79\n8 2023050108暴欣18 21 13 8 23 7 90\n任课教师签字：教研室主任签字：教务处(盖章)"
	rs := Records([]string{page})
	if len(rs) != 2 || len(rs[0].Scores) != 6 || rs[0].Scores[4].Column != "口味(20)" {
		t.Fatalf("%+v", rs)
	}
	if p := rs[1].Check(); len(p) != 1 || p[0] != "“口味(20)”得分23超过满分20" {
		t.Errorf("暴欣: %v", p)
	}
	// Sub-headings whose maxima do not add up to the groups' leave them.
	rs = Records([]string{"序号 学号 姓名 操作过程(60分) 成品质量(40分) 总分\n刀工(20) 火候(25) 调味(10)\n7 2023050107 那建华 40 30 70\n"})
	if len(rs) != 1 || len(rs[0].Scores) != 2 {
		t.Errorf("maxima that do not add up: %+v", rs)
	}
}

// TestClassFootRows: the class's or a group's figures under a register
// (全班平均分…, 第六组平均分…: heldout13's 中药 and 城轨) are no record; a
// student whose name holds 平均 is one.
func TestClassFootRows(t *testing.T) {
	t.Parallel()
	rs := Records([]string{"序号 学号 姓名 净制切制(25) 米炒(45) 质量检查(30) 总分\n30 2023130130卫亚男15 32 24 71\n王平均 20 30 25 75\n全班平均分19.1 33.4 22.7\n第六组平均分24.0 29.6 23.0 76.6\n合计 600 900 700"})
	if len(rs) != 2 || !strings.HasPrefix(rs[1].Excerpt, "王平均") {
		t.Errorf("%+v", rs)
	}
}

// TestLostCellUnderGarbledTotal: under a total heading OCR garbled
// ("全计"), a row showing one number fewer than the others ("40程驹| 17
// 17.5 18 59.5", heldout5's 电商) lost a cell: its numbers are not put
// under the first headings, so 17 is no 考勤 above its maximum of 10.
func TestLostCellUnderGarbledTotal(t *testing.T) {
	t.Parallel()
	page := "|序引姓名考勤(10)任务一(30)任务二(30)任务三(30)全计备注|\n3杨凯瑞6.5 21 22 19 68.5 |\n的周丹8.5 24.5 24 23 80\n" +
		"人涂薇8 27 25.5 27 87.5\n16座晨曦9 27.5 24 21 86.5 |\n40程驹| 17 17.5 18 59.5\n上舒聪6.5 18 18 21.5 64\n"
	rs := Records([]string{page})
	if len(rs) != 6 {
		t.Fatalf("%d records: %+v", len(rs), rs)
	}
	for i := range rs {
		rs[i].OCR, rs[i].SureDigits = true, true
	}
	if p := rs[4].Check(); len(p) > 0 || !rs[4].Short {
		t.Errorf("程驹: %v, short %v", p, rs[4].Short)
	}
	if p := rs[3].Check(); len(p) != 1 || !strings.Contains(p[0], "86.5") {
		t.Errorf("座晨曦: %v", p)
	}
	// The same when OCR garbled most totals, so that the column is not
	// known to be the total ("75" for 7.5).
	page = "|序引姓名考勤(10)任务一(30)任务二(30)任务三(30)全计备注|\n3杨凯瑞65 21 22 19 68.5 |\n的周丹85 24.5 24 23 80\n" +
		"人涂薇8 27 25.5 27 87.5\n16座晨曦9 27.5 24 21 86.5 |\n40程驹| 17 17.5 18 59.5\n上舒聪65 18 18 21.5 64\n"
	rs = Records([]string{page})
	if len(rs) != 6 || !rs[4].Short || len(rs[4].Scores) > 0 {
		t.Errorf("程驹 under garbled totals: %+v", rs)
	}
}

// TestPointLost: a half point whose decimal point OCR lost ("75" for 7.5
// under 考勤(10), heldout5's colour scan) is no score above its maximum
// when the row adds up with the point, or has half points elsewhere; a
// whole 75 in a row of whole scores that does not add up with 7.5 is.
func TestPointLost(t *testing.T) {
	t.Parallel()
	head := "序号 姓名 考勤(10) 任务一(30) 任务二(30) 任务三(30) 合计\n"
	rs := Records([]string{head + "1 杨凯瑞 65 21 22 19 68.5\n2 刘丽 75 20 20 21 68.5\n3 汪帅 75 24 27 25 84\n"})
	// Under a garbled last heading, its column not known to be the total:
	// points lost in two scores and the total too.
	garbled := Records([]string{"序号 姓名 考勤(10) 任务一(30) 任务二(30) 任务三(30) 全计\n1 车梦巡 75 205 21 185 675\n2 邹家乐 85 295 27 27 92\n"})
	if len(garbled) != 2 {
		t.Fatalf("%+v", garbled)
	}
	for _, r := range garbled {
		r.OCR, r.SureDigits = true, true
		if p := r.Check(); slices.ContainsFunc(p, func(s string) bool { return strings.Contains(s, "超过满分10") }) {
			t.Errorf("%s: %v", r.Excerpt, p)
		}
	}
	if len(rs) != 3 {
		t.Fatalf("%+v", rs)
	}
	for i := range rs {
		rs[i].OCR, rs[i].SureDigits = true, true
	}
	for i, want := range []bool{false, false, true} {
		p := rs[i].Check()
		if claimed := slices.ContainsFunc(p, func(s string) bool { return strings.Contains(s, "得分75超过满分10") }); claimed != want {
			t.Errorf("%s: %v", rs[i].Excerpt, p)
		}
	}
}

// TestDoubtMaxima: a scanned table whose heading's maximum two rows or
// more exceed ("技能考核(50)" for (60), heldout15's 宜昌 page 1) holds no
// score against it; one row over it is still claimed, and a typed table is
// taken as printed.
func TestDoubtMaxima(t *testing.T) {
	t.Parallel()
	head := "序号 学号 姓名 过程考核(40) 技能考核(50) 总评 状态\n"
	rows := "1 2311043501 安吴天 38 45 83 正常\n6 2311043506 禄紫涵 25 54 79 正常\n12 2311043512 对婉清 38 56 94 正常\n13 2311043513 避晨阳 35 47 82 正常\n"
	claims := func(ocr bool, text string) int {
		rs := Records([]string{head + text})
		for i := range rs {
			rs[i].OCR, rs[i].SureDigits, rs[i].SureMaxima = ocr, true, true
		}
		DoubtMaxima(rs)
		n := 0
		for i := range rs {
			n += len(rs[i].Check())
		}
		return n
	}
	if n := claims(true, rows); n != 0 {
		t.Errorf("scanned, two rows over 50: %d claims, want none", n)
	}
	if n := claims(true, "1 2311043501 安吴天 38 45 83 正常\n6 2311043506 禄紫涵 25 54 79 正常\n13 2311043513 避晨阳 35 47 82 正常\n"); n != 1 {
		t.Errorf("scanned, one row over 50: %d claims, want 1", n)
	}
	// A number a speck lengthened is no second row over the maximum.
	if n := claims(true, "1 2311043501 安吴天 38 45 83 正常\n6 2311043506 禄紫涵 25 54 79 正常\n13 2311043513 避晨阳 35 475 82 正常\n"); n != 1 {
		t.Errorf("scanned, one row over 50 and a speck: %d claims, want 1", n)
	}
	// A row read unsurely is no second witness.
	rs := Records([]string{head + "6 2311043506 禄紫涵 25 54 79 正常\n12 2311043512 对婉清 38 56 94 正常\n"})
	for i := range rs {
		rs[i].OCR, rs[i].SureDigits, rs[i].SureMaxima = true, i == 0, true
	}
	DoubtMaxima(rs)
	if p := rs[0].Check(); len(p) != 1 {
		t.Errorf("one sure row over 50, one unsure: %v, want a claim", p)
	}
	// … unless its number over the maximum was read surely itself: Check
	// would hold it against the maximum too (heldout53's 仁怀 机电, a 1-bit
	// scan whose rows lost a score and stand a column to the left).
	rs = Records([]string{head + "6 2311043506 禄紫涵 25 54 79 正常\n12 2311043512 对婉清 38 56 94 正常\n"})
	for i := range rs {
		rs[i].OCR, rs[i].SureDigits, rs[i].SureMaxima = true, i == 0, true
	}
	rs[1].SureScore = []bool{false, true}
	DoubtMaxima(rs)
	if p := append(rs[0].Check(), rs[1].Check()...); len(p) != 0 {
		t.Errorf("one sure row over 50, one unsure with its number over 50 sure: %v, want no claim", p)
	}
	if n := claims(false, rows); n != 2 {
		t.Errorf("typed: %d claims, want 2", n)
	}
	// A maximum that lost a digit ("输出(5)" for 输出(15), heldout50's 潮州
	// 动画): every row's number under it is longer, no speck; the heading
	// is doubted, and a row whose total is not the sum still claimed.
	head5 := "序号 学号 姓名 分镜(20) 角色场景(30) 动画制作(35) 输出(5) 总分\n"
	rows5 := "1 240503060101 谢炜杰 15 25 32 12 84\n2 240503060110 丁文轩 16 20 26 12 74\n" +
		"3 240503060119 庄立群 19 20 32 13 84\n4 240503060125 郑可筠 13 22 29 14 86\n"
	rs = Records([]string{head5 + rows5})
	for i := range rs {
		rs[i].OCR, rs[i].SureDigits, rs[i].SureMaxima = true, true, true
	}
	DoubtMaxima(rs)
	var got []string
	for i := range rs {
		got = append(got, rs[i].Check()...)
	}
	if len(got) != 1 || !strings.Contains(got[0], "总分86不等于各项之和78") {
		t.Errorf("maximum lost a digit: %q, want 郑可筠's total only", got)
	}
}
