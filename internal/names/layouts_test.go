package names

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// Table layouts of real class lists that the readers once got wrong: each
// case is what a typed PDF's text layer gives.

// TestRecordsIDAfterName: a 学号 column after 姓名 is no score, and a page's
// number ("第 1 页，共 3 页", after a sheet's name when printed from a
// spreadsheet, as OCR reads it: "Sheetl第2页共2页") is no record.
func TestRecordsIDAfterName(t *testing.T) {
	t.Parallel()
	pages := []string{
		"学习任务考核记录\n序号 姓名 学号 知识（20分） 技能（60分） 素养（20分） 总分\n" +
			"1 郝晨 2302101201 18 55 16 89\n2 董燕萍 2302101202 18 49 18 95\n第 1 页，共 2 页",
		"3 沐若曦 2302101203 17 39 15 71\nSheetl第2页共2页",
	}
	rs := Records(pages)
	got := recordNames(rs)
	if want := []string{"郝晨", "董燕萍", "沐若曦"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("records %v, want %v", got, want)
	}
	for _, r := range rs {
		if len(r.Scores) != 3 || r.Total == nil {
			t.Errorf("%s: scores %v total %v, want three and a total", r.Name, r.Scores, r.Total)
		}
		if p := r.Check(); (len(p) > 0) != (r.Name == "董燕萍") {
			t.Errorf("%s: problems %v (only 董燕萍's 95 is not the sum)", r.Name, p)
		}
	}
}

// TestRecordsTotalHeading: "总评成绩" is one heading, the total's, so a
// row's four numbers fill its four number columns (备注 holds none).
func TestRecordsTotalHeading(t *testing.T) {
	t.Parallel()
	page := "物流2202班学习任务考核成绩表\n学号 姓名 平时成绩（30%） 期中成绩（30%） 期末成绩（40%） 总评成绩 备注\n" +
		"2203501301 万可欣 93 95 88 92\n2203501311 者树林 85 71 72 76\n制表：杜丽华 审核：段永强"
	rs := Records([]string{page})
	if len(rs) != 2 {
		t.Fatalf("%d records, want 2", len(rs))
	}
	for _, r := range rs {
		if r.Short || len(r.Scores) != 3 || r.Total == nil || r.Total.Value != map[string]float64{"万可欣": 92, "者树林": 76}[r.Name] {
			t.Errorf("%s: short %v, scores %v, total %v", r.Name, r.Short, r.Scores, r.Total)
		}
		if r.Unsure {
			t.Errorf("%s: name taken as garbled", r.Name)
		}
	}
}

// TestRecordsTwoUpIDs: a two-up table with a 学号 column and grades in
// words after the scores splits at the second half's serial number, not
// at a score followed by its grade.
func TestRecordsTwoUpIDs(t *testing.T) {
	t.Parallel()
	page := "考核记录表\n得分 得分\n序号 学号 姓名 等级 序号 学号 姓名 等级\n（满分100分） （满分100分）\n" +
		"1 2302801301 朱超 74 中等 19 2302801319 薛丽萍 96 优秀\n" +
		"2 2302801302 卢艳 90 优秀 20 2302801320 刀玉蓝 75 中等\n"
	var got []string
	for _, r := range Records([]string{page}) {
		got = append(got, r.Name)
	}
	if want := []string{"朱超", "薛丽萍", "卢艳", "刀玉蓝"}; !reflect.DeepEqual(got, want) {
		t.Errorf("records %v, want %v", got, want)
	}
}

// TestRosterContinued: a class list whose table runs on to a second page
// without its header there is read whole.
func TestRosterContinued(t *testing.T) {
	t.Parallel()
	pages := []string{
		"数控2301班学生名单\n序号 学号 姓名 性别\n1 2302101201 郝晨 男\n2 2302101202 董燕萍 女\n3 2302101203 王若曦 男\n4 2302101204 李泽宇 男",
		"5 2302101243 贺应祥 男\n6 2302101244 田学文 男\n班主任：缪春燕",
	}
	if got, want := Roster(pages), []string{"郝晨", "董燕萍", "王若曦", "李泽宇", "贺应祥", "田学文"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Roster = %v, want %v", got, want)
	}
	// The class teacher's line alone on the last page, with the count.
	pages[1] = "5 2302101243 贺应祥 男\n6 2302101244 田学文 男"
	pages = append(pages, "班主任：王淑芬　　共6人")
	if got, want := Roster(pages), []string{"郝晨", "董燕萍", "王若曦", "李泽宇", "贺应祥", "田学文"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Roster = %v, want %v", got, want)
	}
}

// TestMakerLabels: the labels a school puts before the student who made a
// piece of work, besides 完成人 and 作者.
func TestMakerLabels(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ page, want string }{
		{"学习成果汇编\n实训人员：普志明\n班级：建筑2301班", "普志明"},
		{"作品说明\n制作人：字云鹏 指导教师：普建华", "字云鹏"},
		{"设计人:者亚楠", "者亚楠"},
		{"成果1　站台客流组织方案\n实习生：屈浩宇　　班级：城轨2302班", "屈浩宇"},
		{"实训学生：卿佳琪", "卿佳琪"},
		{"完成学生：谯子轩 班级：网络2301班", "谯子轩"},
		{"学员姓名：邬俊杰 学号：2023010302", "邬俊杰"},
		{"实习生：\n庹鑫怡\n", "庹鑫怡"},
		{"汽车底盘检修课后作业\n姓名(签字) :帅家豪\n班级:汽修2301班", "帅家豪"},
		{"学习成果\n学生姓名（本人签名）：熊俊辉 班级：汽修2302班", "熊俊辉"},
	} {
		rs := FromPage(c.page, nil)
		if len(rs) != 1 || rs[0].Name != c.want {
			t.Errorf("%q: read %v, want %s", strings.ReplaceAll(c.page, "\n", "/"), rs, c.want)
		}
	}
}

// TestRecordsNotesAndWeights: the weights printed under the headings
// ("30% | 50% | 20%") and a note under the table ("注：综合成绩=…") are no
// records (OCR of a scanned table, 学号 before 姓名).
func TestRecordsNotesAndWeights(t *testing.T) {
	t.Parallel()
	page := "考核记录表\n学号 姓名 知识|技能|素养 综合成绩\n30% | 50% | 20%\n" +
		"2304201301 |保家乐| 73 | 70 | 85 | 74\n2304201302 |田明轩| 76 | 69 | 70 | 70\n" +
		"注:综合成绩=知识X30%十技能x50%十素养x20%，四舍五入取整。\n考核教师:杨春华"
	var got []string
	for _, r := range Records([]string{page}) {
		got = append(got, r.Name)
	}
	if want := []string{"保家乐", "田明轩"}; !reflect.DeepEqual(got, want) {
		t.Errorf("records %v, want %v", got, want)
	}
}

// TestNameThenClass: a class written after the name on the same line is
// no second name ("作者：诸葛文轩　平面2302班": 平面 is a valid name).
func TestNameThenClass(t *testing.T) {
	t.Parallel()
	rs := FromPage("“百年米线”宣传海报\n作者：诸葛文轩　平面2302班\n设计说明：完成了竖版海报。", nil)
	if len(rs) != 1 || rs[0].Name != "诸葛文轩" {
		t.Errorf("read %v, want 诸葛文轩 alone", rs)
	}
}

// TestKnownCompoundSurname: a class name that is a compound surname alone
// (the records' "诸葛", OCR's reading of a garbled 诸葛文宣) does not cut a
// longer name short.
func TestKnownCompoundSurname(t *testing.T) {
	t.Parallel()
	rs := FromPage("学习任务工作页\n学生姓名:诸葛文轩\n班级:平面2302班", []string{"诸葛", "普丽"})
	if len(rs) != 1 || rs[0].Name != "诸葛文轩" {
		t.Errorf("read %v, want 诸葛文轩", rs)
	}
}

// TestMakerLabelGarbled: after 作者 with its colon, what OCR made of a name
// is taken as a name read unsurely (a student whose name is unreadable),
// not dropped: "作者:兢雪汽修2302班" for 龚雪.
func TestMakerLabelGarbled(t *testing.T) {
	t.Parallel()
	rs := FromPage("学习成果:制动系统故障诊断流程图\n作者:兢雪汽修2302班\n画了两种故障的诊断流程。", nil)
	if len(rs) != 1 || rs[0].Confidence >= 0.5 {
		t.Errorf("read %v, want one unsure read", rs)
	}
}

// TestRecordsColonMaxima: a scanned header of two lines whose maxima are
// written "满分：20" under the headings, 序号 and 姓名 lost by OCR, still
// heads the table: 56 under 满分50 is found.
func TestRecordsColonMaxima(t *testing.T) {
	t.Parallel()
	page := "汽锅鸡制作学习任务考核记录表\n班级:烹饪2301班课程:滇味菜看制作\n任务准备制作过程成品质量\n" +
		"0满分: 20满分: 50满分: 30。合4下信和\n1周涛14 38 26 78中等\n2胡浩宇16 30 24 70中等\n3韩诗雨18 35 27 80良好\n8尚鑫17 56 24 97优秀\n考核教师:杨建明"
	rs := Records([]string{page})
	if len(rs) != 4 {
		t.Fatalf("%d records, want 4", len(rs))
	}
	for _, r := range rs {
		if p := r.Check(); (len(p) > 0) != (r.Name == "尚鑫") {
			t.Errorf("%s: problems %v (only 尚鑫's 56 is above its maximum)", r.Name, p)
		}
	}
}

// TestUnnamedListRowOCR: a scanned register of homework, a row per student
// with the student's number, whose first row's name OCR garbled ("间高次"
// for 冯嘉欣, a speck read as "。" after the serial) holds a student whose
// name was lost.
func TestUnnamedListRowOCR(t *testing.T) {
	t.Parallel()
	page := "课后作业登记与答卷\n序号|姓名|学号作业题目成绩\n1。间高次230201限流与封站的区别优，\n2。龙俊杰230202限流与封站的区别良\n" +
		"3。莫晓婷230203限流与封站的区别优\n冯嘉欣:限流是控制进站速度，车站仍然运营。"
	class := []string{"冯嘉欣", "龙俊杰", "莫晓婷", "黄丽"}
	var ms []Mention
	for _, r := range FromPage(page, class) {
		ms = append(ms, Mention{Item: 12, Page: 1, Read: r})
	}
	if u := Unidentified([]string{page}, ms, 12); u.Sure != 1 {
		t.Errorf("Unidentified = %+v (read %v), want one student on page 1", u, ms)
	}
}

// TestRecordsOCRBracket: OCR reads a heading's opening bracket as "〈" or
// "［" ("平时〈30分)", a held-out 200-dpi scan); the maximum is still the
// heading's, so the total is checked against the sum.
func TestRecordsOCRBracket(t *testing.T) {
	t.Parallel()
	for _, head := range []string{"学号姓名平时〈30分)期中(30分)期末(40分)总分", "学号 姓名 平时［30分) 期中(30分) 期末《40分》 总分",
		// The closing bracket read as a quote (heldout4 城轨).
		"|学引姓名平时(30分)期中(30分)期末(40分“合计“评定|"} {
		page := "240砖墙砌筑学习任务考核记录表\n" + head + "\n2304201214顾刚25 19 24 68\n2304201215崔磊26 24 33 88\n"
		rs := Records([]string{page})
		if len(rs) != 2 {
			t.Fatalf("%q: %d records, want 2", head, len(rs))
		}
		for _, r := range rs {
			if len(r.Scores) != 3 || r.Scores[0].Max != 30 || r.Scores[2].Max != 40 || !r.SumChecked {
				t.Errorf("%q: %s scores %+v, sum checked %v; want maxima 30 30 40", head, r.Name, r.Scores, r.SumChecked)
			}
			if p := r.Check(); (len(p) > 0) != (r.Name == "崔磊") {
				t.Errorf("%q: %s problems %v (only 崔磊's 88 is not the sum 83)", head, r.Name, p)
			}
		}
	}
}

// TestRecordsLostOpeningBracket: OCR read a heading's opening bracket as
// a 0, or lost it ("和动安装025)" for 气动安装(25), heldout48's 沧州
// register): the number before the closing bracket is still the
// heading's maximum, the column a score column, and the numbers stay
// under their headings.
func TestRecordsLostOpeningBracket(t *testing.T) {
	t.Parallel()
	for _, head := range []string{"工位号学号姓名和动安装025)电气接线(20) PLC程序(30)调试记录(15)安全文明(10)总分指导教师",
		"工位号 学号 姓名 气动安装25) 电气接线(20) PLC程序(30) 调试记录(15) 安全文明(10) 总分 指导教师"} {
		page := "学习任务考核记录(按实训工位)\n" + head + "\n" +
			"A-02 2309012702边明轩23 16 27 11 8 85孙建军\nB-09 2309012724沙俊杰22 14 24 11 6 83戴秀芳\n"
		rs := Records([]string{page})
		if len(rs) != 2 {
			t.Fatalf("%q: %d records, want 2", head, len(rs))
		}
		for _, r := range rs {
			if len(r.Scores) != 5 || r.Scores[0].Max != 25 || r.Total == nil || !r.SumChecked {
				t.Errorf("%q: %s scores %+v total %v, sum checked %v; want five, the first under maximum 25", head, r.Name, r.Scores, r.Total, r.SumChecked)
			}
			if p := r.Check(); (len(p) > 0) != (r.Name == "沙俊杰") {
				t.Errorf("%q: %s problems %v (only 沙俊杰's 83 is not the sum 77)", head, r.Name, p)
			}
		}
	}
	// A small number before a closing bracket is the heading's own
	// ("任务2)"), no maximum.
	for _, c := range headerColumns("序号 姓名 任务2) 任务3) 总分") {
		if c.max != 0 {
			t.Errorf("%s: maximum %g, want none", c.head, c.max)
		}
	}
}

// TestRecordsAddsUpMostly: a table that prints no maxima gives no sign
// its total is the plain sum of its scores, but where at least five rows,
// four in five, add up, it is; the row that does not is wrong. Where too
// few rows add up the total is something else (an average), unchecked.
func TestRecordsAddsUpMostly(t *testing.T) {
	t.Parallel()
	head := "序号 学号 姓名 理论成绩 实操成绩 素养得分 总分\n"
	rows := "1 2301 王伟 30 40 8 78\n2 2302 李芳 28 35 9 72\n3 2303 张敏 25 44 7 76\n4 2304 刘洋 31 38 9 78\n" +
		"5 2305 陈静 27 41 8 76\n6 2306 杨帆 29 36 9 80\n"
	rs := Records([]string{head + rows})
	if len(rs) != 6 {
		t.Fatalf("%d records, want 6", len(rs))
	}
	for _, r := range rs {
		if p := r.Check(); (len(p) > 0) != (r.Name == "杨帆") {
			t.Errorf("%s problems %v (only 杨帆's 80 is not the sum 74)", r.Name, p)
		}
	}
	// Totals that are averages: two rows of six add up by chance at most.
	avg := "1 2301 王伟 30 40 8 26\n2 2302 李芳 28 35 9 24\n3 2303 张敏 25 44 7 25\n4 2304 刘洋 31 38 9 26\n" +
		"5 2305 陈静 27 41 8 25\n6 2306 杨帆 29 36 9 74\n"
	for _, r := range Records([]string{head + avg}) {
		if p := r.Check(); len(p) > 0 {
			t.Errorf("averages: %s problems %v, want none", r.Name, p)
		}
	}
}

// TestRecordsSpeckedID: a speck OCR read as a quote beside the 学号
// ("黄飞“20234205") leaves the 学号 a 学号: the row's scores are read and
// checked, not dropped as noise.
func TestRecordsSpeckedID(t *testing.T) {
	t.Parallel()
	page := "动力电池及管理系统检修学习任务考核记录表\n序号姓名学号理论(满分30)实操(满分70)总分\n" +
		"4，强梓辉20234204 27 57 84\n5，黄飞“20234205 27 48 75\n24。殷涛”20234224 28 76 104\n"
	rs := Records([]string{page})
	if len(rs) != 3 {
		t.Fatalf("%d records, want 3", len(rs))
	}
	for _, r := range rs {
		if r.Noisy || len(r.Scores) != 2 || r.Total == nil {
			t.Errorf("%s: noisy %v, scores %v, total %v; want two scores and a total", r.Name, r.Noisy, r.Scores, r.Total)
		}
		r.OCR, r.SureDigits = true, true
		if p := r.Check(); (len(p) > 0) != (r.Name == "殷涛") {
			t.Errorf("%s: problems %v (only 殷涛's 76 is above 70)", r.Name, p)
		}
	}
}

// TestRosterIDs: a roster's student numbers say whose record a row is when
// OCR garbled its name beyond likeness ("赴坚" for 韦贤 on a 1-bit scan);
// a number the roster gives two students pairs nobody.
func TestRosterIDs(t *testing.T) {
	t.Parallel()
	page := "序号 姓名 学号 性别\n1 苟敏 20235131129 女\n2 苟敏佳 20235131110 女\n3 韦贤 20240317 男\n4 何静 20240318 女\n5 罗梓涵 20240318 男"
	roster := Roster([]string{page})
	ids := IDs([]string{page}, roster)
	for id, want := range map[string]string{"20235131129": "苟敏", "20235131110": "苟敏佳", "20240317": "韦贤", "20240318": ""} {
		if got, ok := ids[id]; !ok || got != want {
			t.Errorf("IDs[%s] = %q (%t), want %q", id, got, ok, want)
		}
	}
	// A typed roster's serial before the number, a tab between: no part of it.
	typed := "序号\t学号\t姓名\n5\t246204310105\t郭梓荫\n"
	if got := IDs([]string{typed}, []string{"郭梓荫"}); got["246204310105"] != "郭梓荫" || len(got) != 1 {
		t.Errorf("typed roster: IDs %v", got)
	}
	recs := []Record{
		{Name: "赴坚", Excerpt: "3 赴坚 20240317 50 29 79"},
		{Name: "何精", Excerpt: "4 何精 20240318 44 30 74"},
		{Name: "苟敏", Excerpt: "1 苟敏 20235131129 40 30 70"},
	}
	MatchRoster(recs, roster, ids)
	for i, want := range []string{"韦贤", "何静", "苟敏"} {
		if recs[i].Matched != want {
			t.Errorf("record %q matched %q, want %q", recs[i].Name, recs[i].Matched, want)
		}
	}
	MatchRoster(recs[:1], roster, nil)
	if recs[0].Matched == "韦贤" {
		t.Errorf("without the numbers, 赴坚 matched 韦贤: nothing but the number says so")
	}
}

// TestNameCellNoColon: a table cell 姓名 whose value fills the next cell
// ("|姓名葡雨肖|班级|", OCR lost the rule between them) gives the value
// read, garbled or not, so that the page counts as a student's whose name
// could not be read; a header row of headings gives none.
func TestNameCellNoColon(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ page, want string }{
		{"学习成果1\n|姓名葡雨肖|班级|酒店2301班\n|成果名称中式铺床作品照片", "葡雨肖"},
		{"学习成果2\n姓名广针|班级|酒店2301班", "广针"},
		{"|姓名|性别|学号|", ""},
		{"序号|姓名|学号|成绩", ""},
		{"请写出本组成员的姓名葡雨肖|", ""},
	} {
		var got []string
		for _, r := range FromPage(c.page, nil) {
			got = append(got, r.Name)
		}
		if strings.Join(got, "、") != c.want {
			t.Errorf("%q: read %v, want %q", c.page, got, c.want)
		}
	}
}

// TestRecordsFormulaNote: the formula of a weighted total under the table
// ("总评＝平时成绩×30%＋…", heldout5) is no record.
func TestRecordsFormulaNote(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录表\n学号 姓名 平时成绩 期中 期末 总评\n233681135 艾锦程 66 62 61 62.7\n233681136 付雅琪 87 87 86 86.5\n" +
		"总评＝平时成绩×30%＋期中×20%＋期末×50%。\n任课教师：程国华、艾晓东　　　　审核：艾晓东"
	var got []string
	for _, r := range Records([]string{page}) {
		got = append(got, r.Name)
	}
	if want := []string{"艾锦程", "付雅琪"}; !reflect.DeepEqual(got, want) {
		t.Errorf("records %v, want %v", got, want)
	}
}

// TestRecordsIDBeforeNameSpecks: a register with 学号 before 姓名 whose
// serials OCR read as specks of Han ("医盖233542103陈曼清…", "1二潮2335…"):
// the name is the one after the number, not the specks.
func TestRecordsIDBeforeNameSpecks(t *testing.T) {
	t.Parallel()
	page := "|序号学号姓名理论(30)实操(70)总评等级本\n" +
		"| 233542101戴舒穷20 41 61合格\n" +
		"医盖233542103陈曼清18 50 68”合格\n" +
		"上居和233542124丁书恒23 49 72”中等|\n" +
		"1二潮233542138丁丽珍26 66 92”优秀\n" +
		"| 16 233542116雷德福26 59 85良好\n" +
		"任课教师:阮志明、薛美华"
	var got []string
	for _, r := range Records([]string{page}) {
		got = append(got, r.Name)
	}
	if want := []string{"戴舒穷", "陈曼清", "丁书恒", "丁丽珍", "雷德福"}; !reflect.DeepEqual(got, want) {
		t.Errorf("records %q, want %q", got, want)
	}
	// 姓名 before 学号: a name before the number stays the name.
	page = "序号 姓名 学号 理论(30) 实操(70) 总评\n1 陈曼清 233542103 18 50 68\n2 丁书恒 233542124 23 49 72\n"
	got = nil
	for _, r := range Records([]string{page}) {
		got = append(got, r.Name)
	}
	if want := []string{"陈曼清", "丁书恒"}; !reflect.DeepEqual(got, want) {
		t.Errorf("name first: records %q, want %q", got, want)
	}
	// A speck and the serial before the 学号, the gender and a score OCR
	// read as Han after the name (heldout36's 乌海 机电): the name is
	// the one after the number, and the serial no score (it made a false
	// "总分76不等于各项之和71" of 22 13 19 17).
	page = "序号学号姓名性别安装接线(30)参数设置(20)程序编写(30)安全文明(20)总分\n" +
		"| 241501270108地形形。。男25 16 25 12 78 |\n上22 241501270123赵梦盟。。女驹13 19 17 76 |\n"
	rs := Records([]string{page})
	if len(rs) != 2 || rs[1].Name != "赵梦盟" || len(rs[1].Check()) != 0 {
		for _, r := range rs {
			t.Logf("%q %+v %v", r.Name, r.Scores, r.Check())
		}
		t.Errorf("speck and serial before the 学号: want 赵梦盟, no problem")
	}
}

// TestRecordsGenderBeforeName: a register with 学号 性别 姓名 in that order,
// OCR gluing the gender to the name ("234121101女郭蓓16 31 29 76"), and
// groups heading its rows ("第一组(组长:郭蓓)"): the name is read without
// the gender, and the group lines are no records.
func TestRecordsGenderBeforeName(t *testing.T) {
	t.Parallel()
	page := "学呈姓名|。方案设计(20)。|。设备安装(40)。|。调试测试(40)。|总分\n" +
		"第一组(组长:郭蓓)\n" +
		"| 234121101女郭蓓16 31 29 76\n" +
		"| 234121102男楚吴东12 26 24 62\n" +
		"|第二组(组长:司佳音)\n" +
		"| 234121107女司佳音16 28 30 74\n"
	if got := recordNames(Records([]string{page})); !reflect.DeepEqual(got, []string{"郭蓓", "楚吴东", "司佳音"}) {
		t.Errorf("records %q, want 郭蓓, 楚吴东, 司佳音", got)
	}
}

// TestFormGroupsLostLabel: a worksheet copy whose name label OCR lost
// ("班级:电商2302班浩宇", heldout13's 大同 电商) is the same printed form as
// the copies whose label was read: the title and 班级 before a label count
// in the form's signature, so the item holds three students, one unnamed.
func TestFormGroupsLostLabel(t *testing.T) {
	t.Parallel()
	pages := []string{
		"直播电商运营”学习工作页班级:由商2302名:康梓涵\n大同黄花菜直播间选品与排品策划\n指导教师:李海龙”日期: 2024年11月4日上\n[工作情境】大同市云州区的黄花菜合作社今年新时干车间，起通过直播把二黄花、商花痪和黄花礼会\n到全国。合作社请学员帮助策划一场两小时的助家填狂。分析产品和目标人群，确定引流款、利润款和形象",
		"直播电商运营”学习工作页班级:电商2302班浩宇\n大同黄花菜直播间选品与排品策划\n指导教师:李海龙。日期: 2024秆12月7H\n[工作情境】大同市云州区的黄花菜合作社今年新建子燃证车间，想通过直播把干黄花、黄花桨和黄花礼全卖\n到全国。合作社请学员帮助策划一场两小时的助家直播汪盆析产品和目标人群，确定引流款、利油款和形象",
		"直播电商运营”学习工作页班级:电商2302班，姓名:\n大同黄花菜直播间选品写排品策划\n指导教师;李海龙。日期: 2024年9月10日\n[工作情境】大同市云州区的黄花菜合作社今年新建了烘王车间想通过直播把干黄花、黄花背和黄花礼全卖\n到全国。合作社请学员帮助策划一场两小时的助农直播:分析疡唱和目标人群，确定引流款、利泣款和形象款,",
	}
	if got := fmt.Sprint(FormGroups(pages)); got != "[[1 2 3]]" {
		t.Errorf("form groups %s, want [[1 2 3]]", got)
	}
	ms := []Mention{{Item: 8, Page: 1, Read: Read{Name: "康梓涵"}, Matched: "康梓涵"}, {Item: 8, Page: 3, Read: Read{Name: "薛佳琪"}, Matched: "薛佳琪"}}
	if u := Unidentified(pages, ms, 8); u.Sure != 1 || fmt.Sprint(u.Pages) != "[2]" {
		t.Errorf("unidentified %+v, want page 2", u)
	}
}

// TestUnidentifiedNameWithoutLabel: four copies of a photographed
// worksheet (heldout129's 江孜 烹饪); the first two name nobody (their
// header row lost), the third names 德吉桑姆 after 姓名, the fourth
// 达瓦顿珠 with the label lost and the fields after it garbled. Cut at the
// name, as the labelled line is at its label, the fourth is the same form
// as the others: four students, two of them unnamed.
func TestUnidentifiedNameWithoutLabel(t *testing.T) {
	t.Parallel()
	pages := []string{
		"高海拔厨房红烧犊牛肉与干灿土豆丝热菜制作\n学习工作页\n企业指导:邓德全〈厨师长)\n【任务情境】江孜县城海拔四千米左右，水烧到八十多度就开了，普通锅炖牛肉要很久也炖不烂。县城一家接待游\n客的川菜馆请烹饪班学员到后厨实训:用高压锅烙制红烧因牛肉，掌握上汽后的时间和泄压方法，再完成一道干炉\n上豆丝，记录出品时间和用料，做好厨房卫生\n问题1在江孜炖惰牛肉为什么要用高压锅?\n海拔高、气压低，水不到九十度就沸腾，肉炖不烂;高压锅能把锅里的温度\n提高到一百一十度以上\n10\n问题2干炉土豆丝怎样才能干香不碎2\n洗去淀粉，中火慢炉\n>主、二二\ny人月克\n教师评价:完成认引”教师:白玛旺堆",
		"高海拔厨房红烧敌牛肉与干炉土豆丝热菜制作\n学习工作页\n2于表栅ssa |\n企业指导:邓德全(厨师长)\n【任务情境】江孜县城海拔四千米左右，水烧到八十多度就开了，普通锅炖牛肉要很久也炖不烂。县城一家接待游\n客的川菜馆请烹饪班学员到后厨实训:用高压锅烽制红烧惰牛肉，掌握上汽后的时间和泄压方法，再完成一道干炉\n土豆丝，记录出品时间和用料，做好厨房卫生。\n问题1在江孜炖敌牛肉为什么要用高压锅?\n气压低，水不到九十度就开。\nV对\n问题2干煽土豆丝怎样才能干香不碎?\n汤干水，少翻动。\nV清楚\n教师评价;要点齐全”教师:何蓉芬",
		"高海拔后房红烧惰牛肉与干煽土豆丝热菜制作\n学习工作页\n灶位3号灶姓名德吉桑姆日期10月15日\n企业指导:邓德全〈厨师长)\n【任务情境】江孜县城海拔四千米左右，水烧到八十多度就开了，普通锅炖牛肉要很久也炖不烂。县城一家接待游\n客的川菜馆请烹饪班学员到后厨实训:用高压锅炯制红烧惰牛肉，掌握上汽后的时间和汽压方法，再完成一道干炉\n廿豆丝，记录出品时间和用料，做好厨房卫生\n问题1在江孜炖因牛肉为什么要用高压锅?\n高压锅能提高锅内温度。\nVy好\n问题2干煽土豆丝怎样才能干香不碎?\n土豆丝切好后用清水洗去淀粉，沥千水，中火慢慢炉到边缘微黄，少翻动。\n/8\n教师评价:;良好教师:白玛旺堆",
		"高海拔厨房红烧居牛肉与干炉土豆丝热菜制作\n学习工作页\n灶位| 4号灶达瓦顿珠|学引| 25 | 6期| 11月22日|\n企业指导:邓德全〈厨师长)\n【任务情境】江孜县城海拔四千米左右，水烧到八十多度就开了，普通锅炖牛肉要很久也炖不烂。县城一家接待游\n客的川菜馆请训饪班学员到后厨实训:用高压锅焙制红烧因牛肉，掌握上汽后的时间和泄压方法，再完成一道干灿\n土豆丝，记录出品时间和用料，做好厨房卫生。\n问题1在江孜炖四牛内为什么要用高压钢?\n海拔高、气压低，水不到九十度就沸腾，内炖不烂;高压锅能把锅里的温度\n提高到一百一十度以上。\nV完整\n问题2干煽土豆丝怎样才能干香不碎2\n洗去淀粉，中火慢炉。\nVv清楚\n教师评价:继续努力”教师:何车芬",
	}
	ms := []Mention{
		{Item: 8, Page: 3, Read: Read{Name: "德吉桑姆", Line: 2}, Matched: "德吉桑姆"},
		{Item: 8, Page: 4, Read: Read{Name: "达瓦顿珠", Line: 2}, Matched: "达瓦顿珠"},
	}
	if u := Unidentified(pages, ms, 8); u.Sure != 2 || fmt.Sprint(u.Pages) != "[1 2]" {
		t.Errorf("unidentified %+v, want two students on pages 1 and 2", u)
	}
}

// TestUnidentifiedAccounted: three covers, three students named (one on
// her next page, her cover's name garbled: heldout5's 九江): the cover
// whose name was not read is one of theirs, no fourth student.
func TestUnidentifiedAccounted(t *testing.T) {
	t.Parallel()
	pages := []string{
		"SA AN\n汽车底盘检修\n学习工作页\n盘式制动器异响检查与修复\n学生:\n能俊辉\n班级:汽修2302班",
		"【维修任务】\n一位车主驾驶一辆行驶六万公里的家用轿车来到九江某维修站，反映低速踩刹车时前轮有“叶叶”的尖叫声。\n服务顾问接车后派工给我们，要求按维修手册检查前轮盘式制动器，找出异响原因，修复后路试确认。\n【引导问题】\n1.拆卸制动钳之前要做哪些准备工作?\n安放车轮挡块，举升车辆并锁止，拆下车轮，准备好挂钧把制动钳挂起来，不能证\n制动软管受力。",
		"mA AN\n汽车底盘检修\n学习工作页\n盘式制动器异响检查与修复\n学生:\n杷思琪\n班级:汽修2302班",
		"【维修任务】\n一位车主驾驶一辆行驶六万公里的家用轿车来到九江某维修站，反映低速踩刹车时前轮有“叶咏”的尖叫声。\n服务顾问接车后派工给我们，要求按维修手册检查前轮盘式制动器，找出异响原因，修复后路试确认。\n【引导问题】\n1.拆卸制动钳之前要做哪些准备工作?\n铺好翼子板布，用举升机把车举起，松开轮胎螺栓，取下前轮。\nW很好",
		"SA AN\n汽车底盘检修\n学习工作页\n盘式制动器异响检查与修复\n学生:\n帅家豪\n班级:汽修2301班",
		"【维修任务】\n一位车主驾驶一辆行驶六万公里的家用轿车来到九江某维修站，反映低速踩刹车时前轮有“咏咏”的尖叫声。\n服务顾问接车后派工给我们，要求按维修手册检查前轮盘式制动器，找出异响原因，修复后路试确认。\n【引导问题】\n1.拆卸制动钳之前要做哪些准备工作?\n查维修手册找到拧紧力矩，准备好扭力扳手和活塞回位工具。\nV 9分",
	}
	ms := []Mention{{Item: 8, Page: 1, Matched: "能俊辉"}, {Item: 8, Page: 2, Matched: "能俊辉"}, {Item: 8, Page: 4, Matched: "聂思琪"}, {Item: 8, Page: 5, Matched: "帅家豪"}}
	if u := Unidentified(pages, ms, 8); u.Sure != 0 {
		t.Errorf("%+v, want no unnamed student", u)
	}
	// Two students named: the third cover is a third student's.
	if u := Unidentified(pages, ms[:2], 8); u.Sure != 2 {
		t.Errorf("one named: %+v, want two unnamed", u)
	}
}

// TestRecordsGroupAfterName: a 组别 cell glued to the name after it
// ("那乐瑶第1组12 14 25 22 73", heldout49's 黑河 新能源) is no part of the
// name.
func TestRecordsGroupAfterName(t *testing.T) {
	t.Parallel()
	page := "序号学号姓名组别安全防护(15)数据读取(20)部件检测(35)排故验证(30)总分\n" +
		"| 1 2323043501那乐瑶第1组12 14 25 22 73 |\n| 33 2323043533。。敖颖超第6组13 14 28 28 83 |\n"
	var got []string
	for _, r := range Records([]string{page}) {
		got = append(got, r.Name)
	}
	if want := []string{"那乐瑶", "敖颖超"}; !reflect.DeepEqual(got, want) {
		t.Errorf("records %q, want %q", got, want)
	}
}

// TestRecordsWorkTitle: a register of works prints each work's title in
// book-title marks before the 学号 and the name (heldout50's 潮州 动画, as
// OCR read it): the title is no name, its closing mark lost or read as a
// bracket, and the scores are the row's.
func TestRecordsWorkTitle(t *testing.T) {
	t.Parallel()
	page := "「作品编号作品名称学号姓名。分镜(20)。角色场景(30)。动画制作(35)。输出(15)总分|\n" +
		"| pH-oo1。《风穿牡彤》240503060101。谢炜杰15 25 32 12 84 |\n" +
		"| pH-005。《花开富贵) 240503060137。林佳慧14 25 25 12 76 |\n" +
		"| DH-008《人竹报平安240503060126。雷伟鸿18 25 29 13 85 |\n" +
		"| pH-029《金玉满堂》240503060125。郑可条13 22 29 14 86 |\n"
	var got []string
	var probs []string
	for _, r := range Records([]string{page}) {
		got = append(got, r.Name)
		probs = append(probs, r.Check()...)
	}
	if want := []string{"谢炜杰", "林佳慧", "雷伟鸿", "郑可条"}; !reflect.DeepEqual(got, want) {
		t.Errorf("records %q, want %q", got, want)
	}
	if len(probs) != 1 || !strings.Contains(probs[0], "总分86不等于各项之和78") {
		t.Errorf("problems %q, want 郑可条's total only", probs)
	}
}

// TestRosterHeadCountLine: a registration list (heldout55's 亳州 新生报到登记表,
// typed) closes with its head count, "应报到40人，实报到40人": 应报到 reads as a
// name (应 is a surname) but stands only before a count; no student. A
// student whose name also stands before a count elsewhere stays.
func TestRosterHeadCountLine(t *testing.T) {
	t.Parallel()
	page := "2024级新生报到登记表\n序号 录取编号 学号 姓名 性别 生源地 报到时间 确认\n" +
		"1 LQ243100 243413010101 薛凯锐 男 利辛县 9/1 11:11 √\n2 LQ243107 243413010102 谯梦瑶 女 利辛县 9/1 16:40 √\n" +
		"3 LQ243114 243413010103 孙晓萱 女 涡阳县 9/1 11:59 √\n4 LQ243121 243413010104 应小川 男 谯城区 9/2 13:03 √\n" +
		"应报到4人，实报到4人。　　接待教师：魏淑芳\n"
	if got, want := Roster([]string{page}), []string{"薛凯锐", "谯梦瑶", "孙晓萱", "应小川"}; !reflect.DeepEqual(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
	// A sign-for list closes with the count of what was handed out
	// (heldout68's 林州 准考证领取签收表): 应领 is no student either.
	signFor := "准考证领取签收表\n序号 姓名 性别 准考证号 领取人签字\n" +
		"1 元紫涵 男 2512410501 元紫涵\n2 杨硕 女 2512410504 杨硕\n" +
		"应领2份，实领2份。　　发放人：韩素珍（班主任）\n"
	if got, want := Roster([]string{signFor}), []string{"元紫涵", "杨硕"}; !reflect.DeepEqual(got, want) {
		t.Errorf("sign-for list: read %v, want %v", got, want)
	}
}

// TestRosterGroupHeadings: a fire drill's roll call as the roster
// (heldout148's 黄陵 机电), its rows grouped under the staircase each took
// ("东侧楼梯（1-20号）　集合点：操场东侧A区"), the staircase in a column of every
// row: 东侧楼 and 西侧楼 (东 and 西 are surnames) are no students.
func TestRosterGroupHeadings(t *testing.T) {
	t.Parallel()
	page := "机电2401班学生名单（消防疏散演练点名表）\n序号 学号 姓名 性别 疏散路线 集合点 到场\n" +
		"东侧楼梯（1-20号）　集合点：操场东侧A区\n1 2024012701 屈梦琪 女 东侧楼梯 A区 √\n2 2024012702 霍洋 男 东侧楼梯 A区 √\n" +
		"3 2024012703 雷思雨 女 东侧楼梯 A区 √\n西侧楼梯（21号起）　集合点：操场东侧B区\n21 2024012721 霍晨曦 女 西侧楼梯 B区 √\n" +
		"22 2024012722 白悦然 女 西侧楼梯 B区 √\n23 2024012723 拓逸飞 男 西侧楼梯 B区 √\n应到6人，实到6人。\n"
	if got, want := Roster([]string{page}), []string{"屈梦琪", "霍洋", "雷思雨", "霍晨曦", "白悦然", "拓逸飞"}; !reflect.DeepEqual(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
}

// TestRosterPhotoCaption reads a roster given as a class photo's caption
// (heldout63's 怀化 中药): rows opened by 前排左起：, names parted by 、,
// a name cut by the line's end ("李" over "鸿飞"); the teacher after the
// last row and the head count are no students. No name had been read,
// and the student missing from the register could not be named.
func TestRosterPhotoCaption(t *testing.T) {
	t.Parallel()
	page := "怀化市五溪技工学校中药2401班学生名单\n（班级合影　2024年9月　于学校图书馆前）\n \n" +
		"前排左起：邓钰涵、王沅芷、唐芷若、易天翔、\n龙慧敏、周玥彤\n" +
		"中排左起：唐立新、李峻熙、王湘龙、李\n鸿飞、粟磊\n" +
		"第三排（从左至右）：周炜烨、吴弘毅、蒲小凤、刘沛玲\n \n班主任：姚淑芬　　　全班共15人（男7人，女8人）"
	want := []string{"邓钰涵", "王沅芷", "唐芷若", "易天翔", "龙慧敏", "周玥彤", "唐立新", "李峻熙", "王湘龙", "李鸿飞", "粟磊", "周炜烨", "吴弘毅", "蒲小凤", "刘沛玲"}
	if got := Roster([]string{page}); !slices.Equal(got, want) {
		t.Errorf("roster %v, want %v", got, want)
	}
	// The last row's last name ending its line, the head count on the
	// next (heldout75's 福鼎 照护), or a name wrapped at a row's end.
	page = "照护2402班合影名单\n前排（左起）：陈皓然、钟明浩、周宇\n涵\n后排（左起）：钟志鹏、夏雨涵、王雅涵\n全班共5人，全部到齐。"
	want = []string{"陈皓然", "钟明浩", "周宇涵", "钟志鹏", "夏雨涵", "王雅涵"}
	if got := Roster([]string{page}); !slices.Equal(got, want) {
		t.Errorf("last name over the foot: roster %v, want %v", got, want)
	}
}

// TestRosterLeftRow: a roster whose 状态 column marks a student gone
// (heldout101's 登封 网络, typed: "39 244103010139 马子恒 男 转出（2024年10月）",
// "原有39人，转出1人，现有38人"): no member of the class. A student whose
// row says nothing of the kind, though 转出 stands elsewhere, stays.
func TestRosterLeftRow(t *testing.T) {
	t.Parallel()
	page := "网络2401班学生名单\n序号 学号 姓名 性别 状态\n" +
		"1 244103010101 郭振东 男 在籍\n2 244103010102 耿可心 女 在籍\n3 244103010103 孙润宇 男 在籍\n" +
		"39 244103010139 马子恒 男 转出（2024年10月）\n班主任：申秋菊　　原有39人，转出1人，现有38人。\n"
	if got, want := Roster([]string{page}), []string{"郭振东", "耿可心", "孙润宇"}; !reflect.DeepEqual(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
}

// TestRosterDormitoryHeads: a roster grouped by dormitory (heldout109's 崇州
// 酒店), each room headed "学生公寓3栋 312寝室（6人）": 学生 opens the word
// 学生公寓 there, no label, and 公寓 is no student. A 学生 label before a
// name still reads it.
func TestRosterDormitoryHeads(t *testing.T) {
	t.Parallel()
	page := "酒店2401班学生名单（按寝室）\n序号 学号 姓名 职务\n学生公寓3栋 312寝室（6人）\n" +
		"1 2451050401 唐嘉豪 寝室长\n2 2451050402 宋思怡\n3 2451050403 陈龙\n学生公寓3栋 313寝室（6人）\n" +
		"4 2451050407 张梓钰 寝室长\n5 2451050408 何金凤\n6 2451050409 周雪\n"
	if got, want := Roster([]string{page}), []string{"唐嘉豪", "宋思怡", "陈龙", "张梓钰", "何金凤", "周雪"}; !reflect.DeepEqual(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
	wantPageNames(t, map[string]string{
		"学生王芳 班级：酒店2401班": "王芳",
		"学生公寓5栋 205寝室":    "",
	})
}

// TestTwoUpIDs: a scanned roster printed two students a line, OCR running
// each 学号 into its name and the second serial into the first student's
// gender (heldout110's 介休 机电): each number before a name is that
// student's; a line whose numbers and names do not pair so maps nothing.
func TestTwoUpIDs(t *testing.T) {
	t.Parallel()
	page := "序号学号姓名性别”序号学号姓名性别\n和241401270101郭若汐女ZL 241401270122任沐宇男\n" +
		"3 241401270103武佳怡女24 241401270124田嘉禾田\n21 241401270121武春雨女42 241401270142武芋芋女\n" +
		"5 241401270105韩润泽男26 郭子营女241401270126\n"
	names := []string{"郭若汐", "任沐宇", "武佳怡", "田嘉禾田", "武春雨", "武芋芋", "韩润泽", "郭子营"}
	want := map[string]string{"241401270101": "郭若汐", "241401270122": "任沐宇", "241401270103": "武佳怡",
		"241401270124": "田嘉禾田", "241401270121": "武春雨", "241401270142": "武芋芋"}
	if got := IDs([]string{page}, names); !reflect.DeepEqual(got, want) {
		t.Errorf("IDs: %v, want %v", got, want)
	}
}

// TestRosterDutyRota: heldout113's 丽水 照护, a duty rota as the roster:
// a row a weekday, the students on duty that morning and afternoon, the
// nurse in charge last on every row. The days are no students, nor the
// nurse (on five rows); the 34 students are. Two students of one name,
// on two rows, stay two.
func TestRosterDutyRota(t *testing.T) {
	t.Parallel()
	page := `照护2401班实训值班表
丽水市括苍技工学校　社区日间照料中心实训点　第12周
日期 上午班（8:00-12:00） 下午班（13:30-17:30） 带班护理员
周一 吴春晖、雷丽萍、吴鸿宇、毛瑞霖 雷梦雪、钟梦婷、毛琳 刘彩凤
周二 王子逸、周子谦、吴思琦、吴悦琪 毛美玲、雷婧怡、刘绍辉 刘彩凤
周三 金康宁、陈婉琳、王健豪、王晓玲 钟浩东、季文静、钟昱辰 刘彩凤
周四 王若琪、季嘉琳、王佳蕊、徐晓慧 雷泽宇、陈豪、项凯琳 刘彩凤
周五 金宸宇、刘钰莹、刘秀琴 叶金凤、毛紫怡、徐楚怡 刘彩凤
注：全班34人，每人每周值班一次，请提前十分钟到岗。
班主任：季爱华　　实训点联系人：刘彩凤`
	got := Roster([]string{page})
	if len(got) != 34 || slices.ContainsFunc(got, func(n string) bool { return n == "刘彩凤" || weekdayRe.MatchString(n) }) {
		t.Errorf("read %d: %v; want the 34 students", len(got), got)
	}
	// The same students listed by name, one a row, two of them namesakes:
	// every row kept.
	var list strings.Builder
	list.WriteString("序号 姓名\n")
	for i, n := range append(slices.Clone(got[:6]), "吴春晖") {
		fmt.Fprintf(&list, "%d %s\n", i+1, n)
	}
	if got := Roster([]string{list.String()}); len(got) != 7 {
		t.Errorf("a list with namesakes: %v, want 7 rows", got)
	}
}

// TestRosterNumberedEntries: heldout118's 瑞安 新能源, a typed roster by
// dormitory, running entries "N. name（学号末两位）", the PDF's text putting a
// room's label between an entry cut by the line's end and its rest ("5.
// 陈晓敏" … "（05）", "11. 陈馨" … "予（11）"): all 41 students, in order.
func TestRosterNumberedEntries(t *testing.T) {
	t.Parallel()
	page := `瑞安市飞云江技工学校　新能源2401班学生名单（按宿舍）
1. 王正宇（01）　2. 陈铭杰（02）　3. 胡新阳（03）　4. 张佳敏（04）　5. 陈晓敏
男生宿舍3栋201室
（05）　6. 潘思怡（06）
7. 林翰文（07）　8. 林歆怡（08）　9. 林世豪（09）　10. 周凌云（10）　11. 陈馨
男生宿舍3栋202室
予（11）　12. 王兆华（12）
13. 潘依依（13）　14. 张泽鑫（14）　15. 池俊辉（15）　16. 王沛霖（16）　17. 胡
男生宿舍3栋203室
思成（17）
女生宿舍5栋309室 24. 叶靖怡（24）　25. 郑梓轩（25）　26. 陈子默（26）　27. 陈煜辉（27）
34. 林治国（34）　35. 王珂瑶（35）　36. 蔡宇恒（36）　37. 叶宏宇（37）　38.
女生宿舍5栋311室
陈楚瑶（38）
走读生 39. 郑凯瑞（39）　40. 王博雅（40）　41. 王皓月（41）
注：括号内为学号末两位，学号前缀2403043501。
班主任：薛海燕　　　共41人（住校38人，走读3人）　　　2024年9月`
	got := Roster([]string{page})
	want := strings.Fields("王正宇 陈铭杰 胡新阳 张佳敏 陈晓敏 潘思怡 林翰文 林歆怡 林世豪 周凌云 陈馨予 王兆华 潘依依 张泽鑫 池俊辉 王沛霖 胡思成 叶靖怡 郑梓轩 陈子默 陈煜辉 林治国 王珂瑶 蔡宇恒 叶宏宇 陈楚瑶 郑凯瑞 王博雅 王皓月")
	if !slices.Equal(got, want) {
		t.Errorf("read %v\nwant %v", got, want)
	}
}

// Worksheet layouts of heldout129: a class–学号–name line with no label, a
// classmate's peer review, fields listed in an answer, a process card's
// operator column.
func TestFromPageWorksheetLines(t *testing.T) {
	t.Parallel()
	known := []string{"周越泽", "金灵犀", "曹书恒", "于清妍", "魏子骞", "沈婧琪"}
	cases := []fromPageCase{
		{"class, 学号, name", "学习工作页\n城轨2402班241004310220金灵习\n【任务情境】地铁", nil, []string{"金灵习/field"}},
		{"class, labelled 学号, name", "学习工作页\n城轨2402班学号241004310210周越泽\n问题1", nil, []string{"周越泽/field"}},
		{"peer reviewer in a table", "学习工作页\n学生互评。|互评人|周越泽分工清楚，广播词流利|得分17", known, nil},
		{"peer reviewer in a line", "学生互评互评人：周越泽 评价：分工清楚", known, nil},
		{"fields listed in an answer", "问题2外籍客人办理入住要核对哪些信息?\n姓名、国籍和护照号码。", nil, nil},
		{"process card's operator column", "零件加工流程卡〈随工单)\n工序号工序内容设备操作者自检检验日期\n" +
			"10下料中16x182锯床草书恒V 181.9杜/ 10/8\n50终检、入库一一一杜长顺10V9\n检验员:杜长顺车间:精车二组", known, nil},
	}
	checkFromPage(t, cases)
}
