package names

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestValid(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in   string
		want bool
	}{
		{"张伟", true}, {"王小明", true}, {"欧阳娜娜", true}, {"司马光", true}, {"诸葛亮", true},
		{"上官婉儿", true}, {"张王丽丽", true}, {"李", false}, {"张伟明亮", false},
		{"班级", false}, {"学号", false}, {"成绩", false}, {"张3", false}, {"Tom", false},
		{"过程考核", false}, {"时间", false}, {"欧阳", true}, // 欧 is a surname too
		{"纳德润", true}, {"锁诗琪", true}, {"撒博文", true}, {"拜思琦", true}, {"虎欣妍", true}, // surnames of the Hui
		{"第一组", false}, {"第三名", false}, {"第五思远", true}, // ordinals; 第五 a surname
		{"卯文韬", true}, // 卯, of western Guizhou (heldout63's 盘州)
		{"零锐锋", true}, // 零, of the Zhuang of southwestern Guangxi (heldout142's 龙州)
	}
	for _, c := range cases {
		if got := Valid(c.in); got != c.want {
			t.Errorf("Valid(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func names(rs []Read) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Name+"/"+r.Source)
	}
	return out
}

// fromPageCase is a page's text, the class names known, and the names
// FromPage must read ("name/source").
type fromPageCase struct {
	name  string
	text  string
	known []string
	want  []string
}

// checkFromPage runs FromPage on every case.
func checkFromPage(t *testing.T, cases []fromPageCase) {
	t.Helper()
	for _, c := range cases {
		if got := names(FromPage(c.text, c.known)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

func TestFromPage(t *testing.T) {
	t.Parallel()
	cases := []fromPageCase{
		{"full-width colon", "工作页\n姓名：张伟\n班级：汽修2301", nil, []string{"张伟/field"}},
		{"ASCII colon", "姓名: 李娜  学号: 2023001", nil, []string{"李娜/field"}},
		{"student label", "学生姓名：王小明", nil, []string{"王小明/field"}},
		{"spaced label", "姓 名：赵强", nil, []string{"赵强/field"}},
		{"OCR spaced all", "姓 名 ： 欧 阳 娜 娜 班 级 ： 汽 修 2 3 0 1", nil, []string{"欧阳娜娜/field"}},
		{"no colon", "姓名 陈静 学号 2023005", nil, []string{"陈静/field"}},
		{"underscores", "姓名：____刘洋____ 日期：2024.3.1", nil, []string{"刘洋/field"}},
		{"run-on with label", "姓名：孙丽班级汽修", nil, []string{"孙丽/field"}},
		{"run-on known", "姓名：孙丽丽汽修二班", []string{"孙丽丽"}, []string{"孙丽丽/field"}},
		{"value on next line", "姓名\n周杰\n学号\n2023001", nil, []string{"周杰/field"}},
		{"cover", "学习成果汇编\n学生：张伟\n指导教师：李明", nil, []string{"张伟/cover"}},
		{"cover list", "完成人：张伟、李娜、王芳", nil, []string{"张伟/cover", "李娜/cover", "王芳/cover"}},
		{"teacher excluded", "教师姓名：李明\n批改教师签名：王刚", nil, nil},
		{"student signature", "学生签名：马超", nil, []string{"马超/field"}},
		{"plain word 学生 no colon", "学生能够独立完成发动机拆装", nil, nil},
		{"cover colon read as comma", "学习成果汇编\n完成人，蒋墨\n成果名称:交车单", nil, []string{"蒋墨/cover"}},
		{"cover colon lost", "完成人蓝洋靖，0\n成果名称:交车单", nil, []string{"蓝洋靖/cover"}},
		{"cover colon lost, no name", "完成情况良好", nil, nil},
		{"cover colon lost, name garbled", "完成人攻欣\n成果名称:验收签字单", nil, []string{"攻欣/cover"}},
		{"label mid-line without colon", "本次由学生王伟完成", nil, nil},
		{"next line is printed words", "课后作业\n姓名:\n作业内容8\n第1题", nil, nil},
		{"table tabs", "序号\t姓名\t成绩\n1\t张伟\t85\n2\t李娜\t90", nil, []string{"张伟/table", "李娜/table"}},
		{"table OCR spaces", "序号 姓 名 成绩\n1 张伟 85\n2 李 娜 90\n备注：无", nil, []string{"张伟/table", "李娜/table"}},
		{"empty", "", nil, nil},
		{"no names", "一、学习目标\n能够正确使用万用表", nil, nil},
	}
	checkFromPage(t, cases)
}

func TestMatch(t *testing.T) {
	t.Parallel()
	class := []string{"张伟", "李娜", "王芳", "陈己明", "陈已明", "赵末", "刘大海", "赵书荤", "狄铭轩"}
	cases := []struct {
		read, want string
		kind       MatchKind
	}{
		{"张伟", "张伟", Exact},
		{"李哪", "李娜", Fuzzy},   // 娜/哪
		{"王劳", "王芳", Fuzzy},   // 芳/劳
		{"陈己明", "陈己明", Exact}, // twins differing by one character stay two
		{"陈已明", "陈已明", Exact},
		{"陈巳明", "", Ambiguous}, // similar to both twins: not matched
		{"赵未", "赵末", Fuzzy},
		{"玉芳", "", NoMatch}, // surname differs
		{"刘太海", "刘大海", Fuzzy},
		{"刘小海", "", NoMatch}, // 小 is not similar to 大
		{"张伟伟", "", NoMatch},
		{"赵书蕾", "赵书荤", Fuzzy}, // typed, against a scanned roster's reading
		{"狄馈轩", "狄铭轩", Fuzzy},
	}
	for _, c := range cases {
		got, kind := Match(c.read, class)
		if got != c.want || kind != c.kind {
			t.Errorf("Match(%q) = %q %v, want %q %v", c.read, got, kind, c.want, c.kind)
		}
	}
	// A transliterated name read up to its dot (heldout79's "叶尔兰.加背"
	// for 叶尔兰·加肯) is the one member whose name it opens; with two
	// such members it is neither's, and a member of that name is it.
	dotted := []string{"叶尔兰·加肯", "阿依夏·叶尔肯", "阿依夏·别克", "周胡杨"}
	for _, c := range []struct {
		read, want string
		kind       MatchKind
		class      []string
	}{
		{"叶尔兰", "叶尔兰·加肯", Fuzzy, dotted},
		{"阿依夏", "", Ambiguous, dotted},
		{"叶尔兰", "叶尔兰", Exact, append([]string{"叶尔兰"}, dotted...)},
		{"周胡", "", NoMatch, dotted},
	} {
		got, kind := Match(c.read, c.class)
		if got != c.want || kind != c.kind {
			t.Errorf("Match(%q) = %q %v, want %q %v", c.read, got, kind, c.want, c.kind)
		}
	}
}

func TestResolveWithoutClass(t *testing.T) {
	t.Parallel()
	ms := []Mention{
		{Item: 8, Page: 1, Read: Read{Name: "张伟"}},
		{Item: 8, Page: 2, Read: Read{Name: "张伟"}},
		{Item: 11, Page: 1, Read: Read{Name: "张伟"}},
		{Item: 12, Page: 1, Read: Read{Name: "张传"}}, // 伟 read as 传
		{Item: 8, Page: 3, Read: Read{Name: "李己"}},
		{Item: 8, Page: 4, Read: Read{Name: "李已"}}, // equally often: two people
	}
	Resolve(ms, nil)
	if ms[3].Matched != "张伟" || ms[3].Kind != Fuzzy {
		t.Errorf("张传 → %q %v, want 张伟 fuzzy", ms[3].Matched, ms[3].Kind)
	}
	if ms[4].Matched != "李己" || ms[5].Matched != "李已" {
		t.Errorf("equally read names merged: %q %q", ms[4].Matched, ms[5].Matched)
	}
}

// TestResolveDotPrefix: heldout79's 克拉玛依 机电, its register scanned (an
// untrusted class list): item 12's scan read "叶尔兰.加背" for 叶尔兰·加肯
// and kept 叶尔兰, while items 8 and 11 read the name whole. The name cut
// at its dot is the student read whole more often.
func TestResolveDotPrefix(t *testing.T) {
	t.Parallel()
	class := []string{"叶尔兰·加肯", "周胡杨", "高戈壁", "阿斯哈"}
	ms := []Mention{
		{Item: 8, Page: 1, OCR: true, Read: Read{Name: "叶尔兰·加肯"}},
		{Item: 11, Page: 2, Read: Read{Name: "叶尔兰·加肯"}},
		{Item: 11, Page: 3, Read: Read{Name: "叶尔兰·加肯"}},
		{Item: 12, Page: 1, OCR: true, Read: Read{Name: "叶尔兰"}},
		{Item: 12, Page: 2, OCR: true, Read: Read{Name: "周胡杨"}},
	}
	ResolveUntrusted(ms, class)
	if ms[3].Matched != "叶尔兰·加肯" {
		t.Errorf("叶尔兰 → %q %v, want 叶尔兰·加肯", ms[3].Matched, ms[3].Kind)
	}
}

func TestRecords(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name     string
		pages    []string
		names    int
		problems int
	}{
		{"tabs clean", []string{"学习任务考核记录\n序号\t姓名\t过程考核(满分60)\t终结考核（满分40分）\t总分\n1\t张伟\t50\t35\t85\n2\t李娜\t55\t38\t93"}, 2, 0},
		{"tabs over max", []string{"序号\t姓名\t过程考核(满分60)\t终结考核(满分40)\t总分\n1\t张伟\t65\t30\t95"}, 1, 1},
		{"tabs bad sum", []string{"序号\t姓名\t过程考核(满分60)\t终结考核(满分40)\t总分\n1\t张伟\t50\t30\t85"}, 1, 1},
		{"weighted no sum check", []string{"序号\t姓名\t过程考核(满分100)\t终结考核(满分100)\t总评(过程60%+终结40%)\n1\t张伟\t80\t90\t84"}, 1, 0},
		{"OCR spaces", []string{"序号 姓名 过程考核 (满分60) 终结考核 (满分40) 总分\n1 张 伟 50 35 85\n2 李娜 55 38 90"}, 2, 1},
		{"maxima on next line", []string{"序号 姓名 性别 过程考核 终结考核 总分\n(满分60) (满分40) (满分100)\n1 张伟 男 61 35 96"}, 1, 1},
		{"header on first page only", []string{"序号\t姓名\t成绩(满分100)\n1\t张伟\t85", "2\t李娜\t101"}, 2, 1},
	}
	for _, c := range cases {
		rs := Records(c.pages)
		problems := 0
		for i := range rs {
			problems += len(rs[i].Check())
		}
		if len(rs) != c.names || problems != c.problems {
			t.Errorf("%s: %d records %d problems, want %d %d (%+v)", c.name, len(rs), problems, c.names, c.problems, rs)
		}
	}
}

func FuzzFromPage(f *testing.F) {
	f.Add("姓名：张伟\n序号\t姓名\t成绩(满分100)\n1\t李娜\t85", "张伟")
	f.Add("姓 名 ： 欧 阳 娜 娜 班 级", "")
	f.Add("序号 姓 名 过程考核 (满分 60) 总 分\n1 王 伟 40 70\n(满分", "王伟")
	f.Fuzz(func(t *testing.T, text, known string) {
		FromPage(text, []string{known})
		rs := Records([]string{text})
		for i := range rs {
			rs[i].Check()
		}
		Roster([]string{text})
		Valid(known)
		Match(known, []string{text})
	})
}

// TestRosterWrappedIDs: a roster PDF whose student numbers wrap onto a
// second line, as LibreOffice prints a narrow column, is read whole.
func TestRosterWrappedIDs(t *testing.T) {
	t.Parallel()
	page := "钦州港湾技工学校 电商2302班学生名单\n班主任：邓敏\n序号 学号 姓名\n1 2023010201 唐海萍\n202301020\n2 韦俊怡\n2\n202301020\n3 岑轩霞\n3\n" +
		"4 2023010204 欧阳明\n5 2023010205 韩振彤\n202301020\n6 罗轩怡\n6\n"
	got := Roster([]string{page})
	want := []string{"唐海萍", "韦俊怡", "岑轩霞", "欧阳明", "韩振彤", "罗轩怡"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Roster = %v, want %v", got, want)
	}
}

// TestRecordsGenderCell: a gender cell after the name is no part of it.
func TestRecordsGenderCell(t *testing.T) {
	t.Parallel()
	page := "学号 姓名 性别 自评(10) 互评(20) 教师评价(70) 总分\n2023010301 罗玲 男 7 18 61 86\n2023010302 岑海涛 女 8 17 63 88\n"
	var got []string
	for _, r := range Records([]string{page}) {
		got = append(got, r.Name)
	}
	if want := []string{"罗玲", "岑海涛"}; !reflect.DeepEqual(got, want) {
		t.Errorf("records %v, want %v", got, want)
	}
}

// TestRecordsGarbledFooter: a footer whose label OCR garbled into a
// name-like word ("平欧分" for 平均分) is no record, nor one whose label
// keeps part of a footer's word ("激均分《6 2，" on a generated scan, "合计人").
func TestRecordsGarbledFooter(t *testing.T) {
	t.Parallel()
	for _, footer := range []string{"。平欧分: 76.9", "激均分《6 2，", "合计人 1650 988 2638"} {
		page := "序号 姓名 过程考核(满分60) 终结考核(满分40) 总分\n39韦子静53 ; 25 78\n40刘梦0 27 67\n" + footer + "\n考核教师:龙豪"
		if rs := Records([]string{page}); len(rs) != 2 {
			got := recordNames(rs)
			t.Errorf("%q: records %q, want the two rows", footer, got)
		}
	}
}

// TestRecordsSerialPhrase: a row whose name OCR made into a word ("25随时49
// 27 76", a generated scan) is still a record when its serial number
// stands before the word and scores after it; a word without a serial
// number before it ("合格人数 30") is no record.
func TestRecordsSerialPhrase(t *testing.T) {
	t.Parallel()
	page := "序号 姓名 过程考核(满分60) 终结考核(满分40) 总分\n24谭桐华58 30 88\n25随时49 27 76\n26吕淑浩47 26 73\n随时 12 30\n考核教师:陆洋"
	rs := Records([]string{page})
	got := recordNames(rs)
	if want := []string{"谭桐华", "随时", "吕淑浩"}; !reflect.DeepEqual(got, want) {
		t.Errorf("records %q, want %q", got, want)
	}
	for _, r := range rs {
		if r.Name == "随时" && !r.Unsure {
			t.Errorf("随时: taken as a sure name")
		}
	}
}

func TestRecordsHeadingTail(t *testing.T) {
	t.Parallel()
	// A three-line header (headings above, weights below), repeated on the
	// next page of a continued table: the weights are no records, and the
	// repeated header's title lines are no garbled rows.
	p1 := "平时成绩 实训成绩\n序号 学号 姓名 总评\n(30%) (70%)\n1 20231101 路敏嘉 92 89 90\n2 20231102 罗天可 94 79 84\n"
	p2 := "（续表）网络2302班\n平时成绩 实训成绩\n序号 学号 姓名 总评\n(30%) (70%)\n25 20231125 邹慧琪 89 83 85\n评分教师：蒋文斌　　审核：韦立军　　2024年12月27日"
	rs, junk := RecordsJunk([]string{p1, p2})
	var got []string
	for _, r := range rs {
		got = append(got, r.Name)
		if len(r.Check()) > 0 {
			t.Errorf("%s: weighted scores checked: %v", r.Name, r.Check())
		}
	}
	if want := []string{"路敏嘉", "罗天可", "邹慧琪"}; !reflect.DeepEqual(got, want) {
		t.Errorf("records %q, want %q", got, want)
	}
	if junk != 0 {
		t.Errorf("junk %d, want 0", junk)
	}
	for _, l := range []string{"(30%) (70%)", "（40分） （60分）", "(20) (80)"} {
		if !headingTail(l) || namelessRow(l) {
			t.Errorf("%q: heading tail %v, nameless row %v", l, headingTail(l), namelessRow(l))
		}
	}
	if headingTail("2 34 8") || !namelessRow("2 34 8") {
		t.Errorf("a row whose name OCR lost is no heading")
	}
}

func TestRosterRareSurname(t *testing.T) {
	t.Parallel()
	// A typed roster's 姓名 cell is a name even when the surname is rare;
	// a word in it is not.
	got := Roster([]string{"学号\t姓名\t性别\n20212214\t傅杰\t女\n20212215\t禤海\t男\n20212217\t盛波\t男\n合计\t3人\t\n"})
	if want := []string{"傅杰", "禤海", "盛波"}; !reflect.DeepEqual(got, want) {
		t.Errorf("roster %q, want %q", got, want)
	}
}

// TestRecordsJunkMarks: single marks amid a table's records ("|", "0") are
// counted apart from garbled lines; a mark after the last record or
// before the first is not.
func TestRecordsJunkMarks(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录\n序号|姓名|过程考核(满分60)|终结考核(满分40)|总分\n|\n1 宁娟 42 25 67\n|\n2 蒋菊 42 26 68\n2902051012和\n0\n4 梁明 53 34 87\n|\n考核教师：潘华"
	rs, junk, marks := RecordsJunkMarks([]string{page})
	// The marks: "0" between records 2 and 4, and "2902051012和", a 学号
	// with little else, row 3 whose name and scores OCR lost. The "|"
	// between rows 1 and 2, which follow one another, hides no row.
	if len(rs) != 3 || junk != 1 || marks != 2 {
		t.Errorf("%d records, %d junk, %d marks; want 3, 1, 2", len(rs), junk, marks)
	}
}

// TestRecordsJunkMarksTail: a row-shaped line between the last record and
// the table's foot, read, is a last row OCR garbled ("9四水的84 ee" for row
// 37 of a generated scan): it counts with the marks. Without a foot read
// under it, it may be the foot garbled ("2的分，251 :" for 平均分, another
// generated scan), and does not count; nor does a note under the foot.
func TestRecordsJunkMarksTail(t *testing.T) {
	t.Parallel()
	head := "序号 姓名 过程考核(满分60) 终结考核(满分40) 总分\n35王超 44 23 67\n36董昕39 36 75\n"
	for _, c := range []struct {
		tail  string
		marks int
	}{
		{"9四水的84 ee\n平均分，75:2\n考核教师:陆洋.", 1},
		{"2的分，251 :\n考核教师，潘华觅", 0},
		{"平均分，75:2\n考核教师:陆洋.", 0},
		{"平均分，75:2\n2缺考学生按0分计", 0},
		{"考核教师：陆洋 2024年6月20日", 0},
	} {
		rs, _, marks := RecordsJunkMarks([]string{head + c.tail})
		if len(rs) != 2 || marks != c.marks {
			t.Errorf("%q: %d records, %d marks; want 2, %d", c.tail, len(rs), marks, c.marks)
		}
	}
}

// TestRosterNamesakesAndTwoUp: two students of one name on two rows of a
// roster are two; a roster printed two-up is read in both halves; 萧 is a
// surname; a typed row's word beside its 学号 is a name even when its
// surname is one the list lacks.
func TestRosterNamesakesAndTwoUp(t *testing.T) {
	t.Parallel()
	got := Roster([]string{"学号\t姓名\t性别\n233532107\t林晓燕\t女\n233532108\t汤艺璇\t女\n233532131\t林晓燕\t女\n"})
	if want := []string{"林晓燕", "汤艺璇", "林晓燕"}; !reflect.DeepEqual(got, want) {
		t.Errorf("namesakes: roster %q, want %q", got, want)
	}
	two := "漳州市芗城高级技工学校　酒店2301班学生名单\n序号 学号 姓名 序号 学号 姓名\n" +
		"1 233521101 曾承恩 4 233521104 柯钧泽\n2 233521102 王绮雯 5 233521105 萧闽生\n3 233521103 林铭远\n" +
		"班主任：林志坚　　　制表日期：2024年9月2日"
	got = Roster([]string{two})
	if want := []string{"曾承恩", "柯钧泽", "王绮雯", "萧闽生", "林铭远"}; !reflect.DeepEqual(got, want) {
		t.Errorf("two-up: roster %q, want %q", got, want)
	}
	// Surnames the list lacks (淡 of northern Shaanxi), typed in a PDF:
	// the word beside each row's 学号.
	rare := "烹饪2402班学生名单\n序号 学号 姓名 性别\n1 246142101 白雅琴 女\n2 246142110 淡嘉宁 男\n3 246142126 淡腾飞 男\n4 246142113 史博 男\n班长：白雅琴　班主任：乔红梅　（共4人）"
	got = Roster([]string{rare})
	if want := []string{"白雅琴", "淡嘉宁", "淡腾飞", "史博"}; !reflect.DeepEqual(got, want) {
		t.Errorf("rare surnames: roster %q, want %q", got, want)
	}
}

// TestNameLabelInProse: 姓名 amid a worksheet's running text is no label
// ("核对姓名和房型，查验身份证", heldout7's 酒店 worksheets); after a class
// field with the spaces OCR lost, it still is.
func TestNameLabelInProse(t *testing.T) {
	t.Parallel()
	wantPageNames(t, map[string]string{
		"任务步骤：问候客人，查找预订，核对姓名和房型，查验身份证，填写登记单": "",
		"班级汽修2301班姓名张伟学号2023001":             "张伟",
		"班级：汽修2301班　姓名：张伟":                   "张伟",
		"请在下方写上姓名张伟":                         "张伟",
	})
}

// TestUnidentifiedPrintedWins: three students' copies of one worksheet,
// the student named on the first only (a header table OCR lost on the
// others, "独孤晓龙指导教师" read on the first, "指导教师" on the third):
// the openings group two pages, the printed lines all three, and the
// larger count stands: two students without a readable name.
func TestUnidentifiedPrintedWins(t *testing.T) {
	t.Parallel()
	body := "【情境】渭南一家老字号陕菜馆准备在国庆期间推出长安八大碗宴席，其中葫芦鸡需要提前批量制作。\n师长要求学徒按照店里的标准，完成选料、煮、蒸、炸三道工序，出品外皮酥脆、肉质软烂、形似葫芦，并记\n录每道工序的时间和火候。\n问题一:葫芦鸡为什么要经过煮、蒸、炸三道工序?\n%s\n问题二:捆扎鸡身时要注意什么?\n%s\n三、记录三道工序的时间。\n"
	pages := []string{
		"陕菜制作”工作页”戎芦鸡制作\n独孤晓龙指导教师\n" + fmt.Sprintf(body, "煮是定型去血水，蒸是让鸡肉入味软烂。", "用细麻绳把鸡身捆紧，保持葫芦形状。"),
		"陕菜制作“工作页”葫芦鸡制作\n" + fmt.Sprintf(body, "先煮紧皮定形，蒸透入味，最后高油温炸到金黄酥脆。", "捆扎要松紧合适，太紧会勒破鸡皮。"),
		"陕菜制作“工作页”戎芦鸡制作\n指导教师\n" + fmt.Sprintf(body, "煮定形，蒸入味，炸上色和起酥。", "鸡腿和鸡翅要收拢，捆好再下锅煮。"),
	}
	ms := []Mention{{Item: 8, Page: 1, Read: Read{Name: "独孤晓龙"}, Matched: "独孤晓龙"}}
	if u := Unidentified(pages, ms, 8); u.Sure != 2 || !slices.Equal(u.Pages, []int{2, 3}) {
		t.Errorf("unidentified %+v, want 2 students on pages 2 and 3", u)
	}
}

// TestRecordsJunkRowLike: a line amid a scanned table's records that no
// record was read from but that holds a student number and scores is a
// row OCR may have lost: it counts with the marks (heldout9's 汽修
// register, 43 rows read of 44).
func TestRecordsJunkRowLike(t *testing.T) {
	t.Parallel()
	page := "|序号姓名学号故障诊断(30)检测维修(40)安全与6S(30)总分|\n" +
		"41温子朗244462141 22 38 24 84.0 |\n" +
		"人ss 42罗骏244462142 26 27 20 7310全|\n" +
		"发=张展鹏的2444621 43 26 28 25\n" +
		"44邓咏琪244462144 26 39 21 86.0 |\n" +
		"任课教师:李文"
	_, junk, marks := RecordsJunkMarks([]string{page})
	if junk != 1 || marks != 1 {
		t.Errorf("junk %d, marks %d; want 1 and 1", junk, marks)
	}
}

// TestCoverLabelRawValue: "学生：" with its colon, a value OCR garbled that
// is no valid name, and another field after it: the value is read as it
// stands (a student whose name could not be read); prose after "学生：" is
// not.
func TestCoverLabelRawValue(t *testing.T) {
	t.Parallel()
	wantPageNames(t, map[string]string{
		"学生: :苋健朗班级:汽修2401班": "苋健朗",
		"学生：彭泳欣　班级：汽修2401班":  "彭泳欣",
		"学生：按要求完成全部任务，注意安全。": "",
	})
}

// TestIdentificationTableWithPost: a worksheet's identification table
// whose header names the student's post ("学员姓名 | 班级 | 实训岗位 |
// 日期") is no group's division of work: its row names the page's student.
// A table of 姓名 and 岗位 alone still is one.
func TestIdentificationTableWithPost(t *testing.T) {
	t.Parallel()
	wantPageNames(t, map[string]string{
		"学习工作页\n学员姓名|班级实训岗位日其\n蔡语彤“|酒店2302班|中餐厅值台| 2024年11月4日\n工作情境：客人很多。": "蔡语彤",
		"学员姓名 | 班级 | 实训岗位 | 日期\n冯向阳 | 酒店2302班 | 中餐厅值台 | 2024年12月7日\n":      "冯向阳",
		"小组成员\n姓名 | 岗位\n冯向阳 | 点菜员\n蔡语彤 | 传菜员\n":                            "",
	})
}

// wantPageNames reads the names on each page and wants them, joined.
func wantPageNames(t *testing.T, cases map[string]string) {
	t.Helper()
	for page, want := range cases {
		got := ""
		for _, r := range FromPage(page, nil) {
			got += r.Name
		}
		if got != want {
			t.Errorf("%q: read %q, want %q", page, got, want)
		}
	}
}

// TestCompilerNotStudent: who compiled a collection or wrote a worksheet
// ("汇编人：战丽如", heldout10's item 11) is no student of the work; the
// students beside them are still read.
func TestCompilerNotStudent(t *testing.T) {
	t.Parallel()
	wantPageNames(t, map[string]string{
		"以上成果由三名学生在学习任务中独立完成，原件存教学档案。\n汇编人:战丽如": "",
		"学习成果汇编\n汇编人：战丽如　完成人：仇素芹":               "仇素芹",
		"编写人：修德胜　审核人：孔令仪\n学生姓名：毕沂蒙　班级：中药2401班":  "毕沂蒙",
	})
}

// TestWorksList: a list of works whose column 完成人 names who made each
// (heldout10's item 11, OCR without the rules between its cells, and typed)
// names its makers; the compiler under it does not count.
func TestWorksList(t *testing.T) {
	t.Parallel()
	ocr := "一、成果一览表\n| e成果名称完成人完成日期指导教师|\n|采收期判断记录仇素草2024年12月16日修德性|\n" +
		"人供干温度曲线仙素芹2024年10月19日修德胜|\n上采收期间断记录毕沂蒙2024年12月25日修德胜|\n" +
		"采收期判断记录邢海鸯2024年12月8日修德胜|\n三说\n以上成果由三名学生在学习任务中独立完成。\n汇编人:战丽如"
	typed := "序号\t成果名称\t完成人\t完成日期\n1\t采收期判断记录\t仇素芹\t2024-12-16\n2\t等级鉴别报告\t栾娜\t2024-11-22\n"
	spaced := "序号 完成人 成果名称 完成日期\n1 仇素芹 采收期判断记录 2024.12.16\n2 栾娜 等级鉴别报告 2024.11.22\n"
	wantPageNames(t, map[string]string{
		ocr:    "仇素草毕沂蒙邢海鸯",
		typed:  "仇素芹栾娜",
		spaced: "仇素芹栾娜",
		// A typed 目录, fields apart by spaces, no dates: the 作者 field.
		"学习成果汇编目录\n序号 作品名称 作者 班级\n1 直播脚本 张雨轩 电商2401班\n2 选品方案 李明浩 电商2401班\n": "张雨轩李明浩",
		"参考书目\n序号 书名 作者 出版社\n1 网店运营 张雨轩 高教社\n":                              "",
		"完成人：仇素芹　完成日期：2024年12月16日":                                          "仇素芹",
	})
}

// TestTraineeLabels: a worksheet's student as 受训人 (OCR: 受训入), 学习者 or
// 实训者, and a 姓名 whose 学号 is asked for in brackets ("姓名(学号)：孔繁宇
// (243711129)"), as heldout10's worksheets name them.
func TestTraineeLabels(t *testing.T) {
	t.Parallel()
	wantPageNames(t, map[string]string{
		"受训入:宫秀岚班级:照护2402班和\n带教老师;官秀兰日期: 2024年12月6日": "宫秀岚",
		"受训人:鹿冬梅班级:城轨2401班\n指导教师:姜艳震":                "鹿冬梅",
		"学习者:曲正阳(动画2401班)日期: 2024年11月13日\n指导教师:盖立峰":  "曲正阳",
		"姓名(学号) :孔繁宇(243711129)班级:机电2403班\n指导教师:孟庆堂": "孔繁宇",
		"姓名（学号）：诸葛文博（243711110）　班级：机电2403班":          "诸葛文博",
		"实训者：栾娜　日期：2024年10月8日":                       "栾娜",
		"本任务要求学习者能够独立完成，受训人员须佩戴安全帽。":                 "",
	})
}

// TestDottedNames: a name transliterated with a middle dot (阿依古丽·买买提,
// heldout7) is read whole, in a field, a table row and a register row,
// whatever mark stands for the dot; a dot between two fields joins nothing.
func TestDottedNames(t *testing.T) {
	t.Parallel()
	wantPageNames(t, map[string]string{
		"姓名：阿依古丽·买买提　班级：汽修2401班":       "阿依古丽·买买提",
		"成果完成人：阿依古丽•买买提":               "阿依古丽·买买提",
		"姓名：艾力・吐尔逊":                    "艾力·吐尔逊",
		"姓名：柯瑜·班级：汽修2401班":             "柯瑜",
		"序号 姓名 学号\n7 阿依古丽·买买提 2401107": "阿依古丽·买买提",
	})
	// OCR read the dot as a colon, or lost it: the class's name says what
	// stood there.
	known := []string{"阿依古丽·买买提", "柯瑜"}
	for _, page := range []string{"姓名:阿依古丽:买买提机电2302班", "姓名：阿依古丽买买提"} {
		if rs := FromPage(page, known); len(rs) != 1 || rs[0].Name != "阿依古丽·买买提" {
			t.Errorf("%q with the class's names: %+v", page, rs)
		}
	}
	rs := Records([]string{"序号 姓名 理论(40) 实操(60) 总分\n1 阿依古丽·买买提 35 50 85\n2 柯瑜 30 50 80"})
	if len(rs) != 2 || rs[0].Name != "阿依古丽·买买提" {
		t.Errorf("records %+v", rs)
	}
	if Valid("阿依古丽·") || Valid("·买买提") || !Valid("阿依古丽·买买提") {
		t.Error("Valid on dotted names")
	}
}

// TestPartnerAndReporter: a worksheet naming the student's partner
// ("主修学员：胡宇辰　辅修学员：广局航", heldout11's 汽修) names its student
// alone; a report's 报告人 is its student, and a pledge's 承诺人 (heldout11's
// 电商).
func TestPartnerAndReporter(t *testing.T) {
	t.Parallel()
	wantPageNames(t, map[string]string{
		"主修学员:胡宇辰辅修学员:广局航工位: 2号举升机":                          "胡宇辰",
		"主修学员:广启航”辅修学员:池海峰。工位: 3号举升机":                        "广启航",
		"1.1　维修派工单及检测记录\n报告人：胡宇辰（汽修2301班）\n记录故障码。\n指导教师：叶正楷": "胡宇辰",
		"班级中药2301班”组别第2组”姓名宣婉清”日期2024年10月7日":                 "宣婉清",
		"一、批生产记录〈品名:米炒党参“批号: DS241101投料量; 5kg)":              "",
		"药材辨识卡\n药材名：秦欧\n性状：根呈类圆柱形":                           "",
		"3.发现老人走失后，应先登记\n姓名和家属电话。":                           "",
		"姓名：和平 班级：照护2401班":                                   "和平",
		"工序名：黄芪切片 设备名：刘氏切药机":                                 "",
		"汇报人：虞启航": "虞启航",
		"本人季沐风(班级_、电商2302班，)已认真阅读管理规定，承诺遵守平台规则。\n承诺人(签名) :季沐风。”2024年10月14日": "季沐风",
		"请在报告人处签名，写明故障点。": "",
		// 菜名 whose 菜 OCR misread (heldout52's 展评卡): a bare 名's value
		// that runs on is no name.
		"菜品展评卡\n荣名：蒙式咸奶茶\n主料：砖茶、鲜奶": "",
		"名：王伟强 班级：汽修2301班":          "王伟强",
		// A 工号 run on after the name, no colon (heldout137's 丹江口 汽修).
		"自动变速器检修课后作业\n班级汽修2301班”姓名饶俊复工号38": "饶俊复",
	})
}

// TestRoleAndWriterLabels: a worksheet whose identification line names the
// student by the task's role ("照护员:施雨欣 班级:照护2301班 学号:…",
// heldout11's 照护) and a collection whose works name their writer
// (执笔：施雨欣); a role line without 班级 or 学号, or a teacher's, is none.
func TestRoleAndWriterLabels(t *testing.T) {
	t.Parallel()
	wantPageNames(t, map[string]string{
		"独居老人居家跌倒风险评估与环境改造”学习工作页\n照护员:施雨欣”班级:照护2301班学号: 230501007\n服务对象:童桂英〈82岁，独居)“”。带教老师:葛秀珍": "施雨欣",
		"维修技师：胡宇辰　学号：230301005":         "胡宇辰",
		"跌倒风险评估报告（1）\n执笔：施雨欣\n服务对象：童桂英": "施雨欣",
		"照护员：施雨欣":            "",
		"评阅人：葛秀珍　班级：照护2301班": "",
		"成果1-1　故障诊断流程图\n维修技师：汪子骞（汽修2301班）\n画出了九个步骤。": "汪子骞",
		"操作员：林书瑶(2023040311)": "林书瑶",
		// What the student did as the label, the class in brackets
		// (heldout143's 寿县 电商); the supplier's head is none.
		"银鱼干详情页文案\n文案与设计：许嘉悦（电商24-1班）　　供货方：瓦埠湖渔业合作社（负责人：鲍玉芬）": "许嘉悦",
		"审核意见：吴伯涛（电商24-1班）": "",
		// A bracket OCR read as an angle (heldout139's 富平 电商).
		"退货退款处理登记\n登记人:惠雨菲〈电商2302班)\n日期订单数退款单主要原因": "惠雨菲",
		"讲解员：林书瑶（导游服务）":                            "",
		"指导教师：程立群（汽修2301班）":                        "",
		// The role opening a later field (heldout80's 天津 新能源 report).
		"故障诊断报告\n车辆：城配纯电动物流车　车牌：津A·D2332　　诊断人：纪梓睿　班级：新能2402班　学号：\n241204350223": "纪梓睿",
		"车辆：城配纯电动物流车　送修人：贾国强　车牌：津A·D2332":                                       "",
		"车辆：城配纯电动物流车　评阅人：葛秀珍　班级：新能2402班":                                        "",
	})
}

// TestSpacedRoleAndClassIDLines: a slip's letter-spaced role with no colon
// and the name's class in brackets ("经 办 人 邢奕辰（酒店2302班）",
// heldout26's 酒店), and a homework header giving class, name and 学号
// (or class, number and name) with no label for the name, as typed or as
// OCR ran it together. Without
// the bracketed class, or with a reviewer's role, or with no class number
// before the name, nothing is read.
func TestSpacedRoleAndClassIDLines(t *testing.T) {
	t.Parallel()
	wantPageNames(t, map[string]string{
		"团队客房预订确认单\n经 办 人 邢奕辰（酒店2302班） 客房主管 黎秋月": "邢奕辰",
		"经 办 人 邢奕辰 客房主管 黎秋月":                     "",
		"审 核 人 黎秋月（酒店2302班）":                     "",
		// a typed record's cells: the role, the name, then 班级 and the
		// class (heldout86's 樟树 中药); a master's cell is none
		"枳壳切制记录\n品名 枳壳 批号 ZK241017\n炮制人 敖子骞 班级 中药2401班\n学号 240913010123 带教老药工 杨福根": "敖子骞",
		"炮制人 敖子骞 品名 枳壳":      "",
		"带教人 杨福根 班级 中药2401班": "",
		// the rules lost, role and name run together (heldout101's 登封
		// 照护, OCR of a typed record); a teacher's role, or no 班级 after
		// the name, is none
		"床椅转移照护记录\n照护对象昌长福床号5\n照护员常铭轩班级照护2402班\n学号244105290217日期2024年10月19晶": "常铭轩",
		"带教老师牛建国班级照护2402班": "",
		// the party a work's use is granted to (heldout145's 保亭 网络
		// 作品使用授权书): no student
		"作品使用授权书\n被授权方签字：王伟雄 指导教师：林育才": "",
		"照护员常铭轩床号5": "",
		// one cell headed for both the class and the 学号, and the
		// acceptor's 人 read 入 by OCR (heldout145's 保亭 网络, scanned
		// acceptance records): the builder is the student, the acceptor none
		"学习工作页(隐蔽工程验收记录)\n施工人董柴葵班级/学号网络2401班240301113\n验收意见:合格，同意封财吊顶。验收入签字:吉文试": "董柴葵",
		// after signing (签字后), no signature: 后 is a surname too
		// (heldout117's 五家渠 城轨 homework, an answer line)
		"课后作业 客运服务\n1.失主来认领时怎样核对?\n签字后交还。": "",
		"验收意见:合格，同意封闭吊顶。验收入签字:吉文试":         "",
		// the elder a blood-sugar log is for, the line going on with the
		// class (heldout146's 肥城 照护): a person served, no student
		"血糖监测记录单\n老人：鹿玉兰　　班级：照护2401班　　复核：程玉凤\n日期 时间点 血糖值(mmol/L) 测量人": "",
		"协助服药与照护小结\n照护员：吴璐瑶（照护2401班）　　学号：2405290105\n照护对象：尹宝华":        "吴璐瑶",
		"课后作业(团队接待)\n酒店2302班邢奕捅学号2346050417\n团队入住为什么要提前制作房卡?":         "邢奕捅",
		"酒店2401班　符诗涵　学号：2446050403": "符诗涵",
		"汽修2301班 2023040330 学号":     "",
		// the name first, then the class and the student's number in it
		// (heldout109's 丽江 中药, homework photos): apart, or run into
		// the class's major; a sentence before the class is none
		"课后作业(省产药材饮片)\n和雅钦“中药2401班“15号\n已重楼的伪品有什么特点": "和雅钦",
		"杨曜川中药2401班33号\n二:重楼的伪品有什么特点":                "杨曜川",
		"张伟 汽修2301班 5号": "张伟",
		"完成情况良好2401班3号": "",
		// the master signing a 师徒结对 worksheet, his role read 师传 by OCR
		// (heldout127's 滁州 数控): no student
		"师徒结对学习工作页\n所在班级数控2402班学号2434010638\n师传签字:陶德僵": "",
		// the student's number first, then the name run into the class's
		// major (heldout122's 秦皇岛 酒店, homework photos); a sentence after
		// the number is none
		"中餐寞会服务”作业\n30号”李牧轩酒店2402班\n1，黄酒时要注意什么?": "李牧轩",
		"第5号 张伟 汽修2301班":     "张伟",
		"30号完成情况良好汽修2301班":   "",
		"本班学生 学号 2446050403": "",
		// class, the student's number in it, the name (heldout26's 海东
		// homework, OCR'd; 喇 a surname of Qinghai's Hui and Tu)
		"车站客运组织课后作业\n轨道2401班33号喇文试\n1大客流的预警分几级?": "喇文试",
		"轨道2401班07号“李举兰":         "李举兰",
		"汽修2301班 第15号 张伟":        "张伟",
		"轨道2401班07号 李翠兰 完成了本次作业": "",
		"旅游团队接待服务课后作业(二)\n酒店2403班09号畅若曦\n1.团队入住和散客入住有什么不同?": "畅若曦", // 畅, of southern Shanxi (heldout30's 运城)
		// the name label OCR garbled, the name between its colon and 班级
		// (heldout28's 库车 homework); a reviewer's line is none
		"课后作业〈液压)\n寻和>:马岭郁班级:机电2401班": "马岭郁",
		"评阅：葛秀珍班级：照护2301班":            "",
		// an identification table's row, then the questions: none of
		// them a row (heldout29's 十堰 homework, OCR'd)
		"高压系统绝缘检测与维修课后作业\n姓名:班级，\n柯俊四新能源2401班\n1.国标对动力电池绝缚电阻的要求是多少?\n直流每伏一百欧以上。": "柯俊四",
	})
}

// TestRosterLeftList: a roster's sheet listing the students who left the
// class (退学（转学）学生名单, heldout13's 照护) adds none of them; namesakes
// on the roster itself stay two.
func TestRosterLeftList(t *testing.T) {
	t.Parallel()
	roster := "石家庄市滹沱河技工学校 照护2302班 学生花名册\n序号\t学号\t姓名\t性别\t学籍状态\n1\t2023052901\t田昊\t女\t在籍\n2\t2023052902\t贾文静\t女\t在籍\n3\t2023052942\t贾文静\t女\t在籍\n班主任：梁翠萍　共3人"
	left := "照护2302班 退学（转学）学生名单\n序号\t原学号\t姓名\t离校时间\t原因\n1\t2023052943\t牛振宇\t2024年3月\t转学\n2\t2023052944\t卫晓燕\t2024年6月\t退学"
	if got := fmt.Sprint(Roster([]string{roster, left})); got != "[田昊 贾文静 贾文静]" {
		t.Errorf("roster %s, want 田昊、贾文静、贾文静", got)
	}
}

// TestGluedIDRoster: a scanned roster whose cells OCR ran together
// ("人2321040302吴清江男2007年08月4栋201室|", heldout15's 襄阳) is read as
// the names glued to the rows' 学号, the gender cut off.
func TestGluedIDRoster(t *testing.T) {
	t.Parallel()
	page := "汽修2301班学生名单\n|序号学号姓名性别出生年月宿舍\n[4 2321040301柯俊宇男2007年01月3栋201]室|\n人2321040302吴清江男2007年08月4栋201室|\n" +
		"ss 2321040307曙杰男2007年07月3栋202室|\n| 2321040318百里晨希男2007年12月4栋203室|\n0 2321040317冉婉清女2007年05月3栋203室|\n班主任(签字) :程慧入共40人"
	if got := fmt.Sprint(Roster([]string{page})); got != "[柯俊宇 吴清江 曙杰 百里晨希 冉婉清]" {
		t.Errorf("roster %s", got)
	}
}

// TestSerialNameIDRoster: a list posted in a class chat, "n.姓名学号" a
// line, over two screenshots that overlap by two lines; the second has no
// header. Every student once.
func TestSerialNameIDRoster(t *testing.T) {
	t.Parallel()
	var p1, p2 strings.Builder
	p1.WriteString("《数控2302班家长群(41)…\n班主任\n#接龙\n请按学号顺序接龙：序号.姓名学号\n")
	given := []string{"子涵", "欣怡", "浩然", "雨桐", "梓轩", "思远", "一诺", "佳琪"}
	surn := []string{"王", "李", "张", "刘", "陈", "杨", "赵", "黄"}
	var want []string
	for i := range 8 {
		n := surn[i] + given[(i*3)%8]
		want = append(want, n)
		line := fmt.Sprintf("%d.%s23050201%02d\n", i+1, n, i+1)
		if i < 5 {
			p1.WriteString(line)
		}
		if i >= 3 {
			p2.WriteString(line)
		}
	}
	got := Roster([]string{p1.String(), "《数控2302班家长群(41)…\n" + p2.String()})
	if !slices.Equal(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
}

// TestBoundedMemberName: a page that no label names, where one class
// member's name alone stands apart from other words (a chat group's
// nickname, a defence record's cell), is that member's; two such names (a
// cast), or a name inside a sentence, give none.
func TestBoundedMemberName(t *testing.T) {
	t.Parallel()
	known := []string{"胡博远", "吴宇轩", "安心", "钟天翊"}
	for _, c := range []struct {
		page string
		want []string
	}{
		{"<汽修2301课后作业群(39)…\n10月19日20:15\n33-胡博远-汽修2301\n1.为什么清洗后要做怠速自学习?\n答:ECU要重新学习。\n33-胡博远-汽修2301\n2.失败可能是什么原因?\n万志勇老师\n收到。", []string{"胡博远"}},
		{"成果答辩记录\n答辩人 吴宇轩 班 级 汽修2301班\n答辩委员 万志勇、企业专家\n", []string{"吴宇轩"}},
		{"服务情景脚本\n服务员——吴宇轩饰\n主宾——胡博远饰\n", nil},
		{"情景演练\n吴宇轩 / 胡博远\n", nil},
		{"照护记录\n怎样让老人安心、家属放心？\n", nil},
	} {
		var got []string
		for _, r := range FromPage(c.page, known) {
			got = append(got, r.Name)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: read %v, want %v", c.page, got, c.want)
		}
	}
}

// TestBoundedMemberNotInCast: a line of a cast or a group, its other names
// garbled by OCR, names no page's student by the one name read.
func TestBoundedMemberNotInCast(t *testing.T) {
	t.Parallel()
	known := []string{"崔书航", "穆思远", "卞雨桐"}
	for _, page := range []string{
		"站台客流组织工作页\n|同组演练物思远(值班站长)、证雨桐(乘客)、崔书航(乘客)\n",
		"站台客流组织工作页\n值班站长 物思远 乘客 证雨桐、崔书航\n",
		"站台客流组织工作页\n崔书航（乘客）\n",
		"站台客流组织工作页\n合作伙伴 崔书航\n",
	} {
		if rs := FromPage(page, known); len(rs) > 0 {
			t.Errorf("%q: read %v", page, rs)
		}
	}
}

// TestBoundedMemberNotInGroupTable: a worksheet whose group table names
// several members, one of them set apart by marks, the others glued to
// OCR's specks, names no page's student by that one.
func TestBoundedMemberNotInGroupTable(t *testing.T) {
	t.Parallel()
	known := []string{"陈强", "凌炜", "陈语丹", "曹超"}
	page := "工作页\n学习任务:农产品直播带货\n姓名2、\n班级: 2022级电子商务4班\n小组分工\n人陈强资料收集\n2凌炜方案记录\n3，，陈语丹”实施操作\n4 .曹超“质量检查\n学习活动1获取信息\n"
	if rs := FromPage(page, known); len(rs) > 0 {
		t.Errorf("read %v", rs)
	}
}

// TestByStudentID: a page named by its student number: one member's, read
// as the page gives the name where it extends the class list's by a
// character OCR lost there; a page of two members' numbers names no one.
func TestByStudentID(t *testing.T) {
	t.Parallel()
	owners := map[string]string{"2451050411": "付晨", "2451050416": "何安琪"}
	r, _, ok := ByStudentID("诚信承诺\n本人_付晨曦(酒店2401班，学号_2451050411_)承诺：独立完成\n页脚 2451050411", owners)
	if !ok || r.Name != "付晨曦" || r.Source != SourceID {
		t.Errorf("read %+v %v", r, ok)
	}
	if r, _, ok := ByStudentID("班级汽修2301班学号2451050416日期2024年10月11日", owners); !ok || r.Name != "何安琪" {
		t.Errorf("read %+v %v", r, ok)
	}
	if r, _, ok := ByStudentID("组员 2451050411 2451050416", owners); ok {
		t.Errorf("group: read %+v", r)
	}
}

// TestByShortStudentID: a homework page whose name OCR garbled carries
// the 学号's last two digits (heldout52's 万宁 城轨: "城轨2402班去小劳”学号25"
// for 云小芳, 2469043125): the member whose whole number the class's head
// and those digits make, when the garbled name shares a character with
// hers; the digits may stand unlabelled after the name. A name with none of
// hers, a class whose numbers share no head, or two numbers on the page
// name no one.
func TestByShortStudentID(t *testing.T) {
	t.Parallel()
	owners := map[string]string{}
	for i, n := range []string{"冯浩宇", "莫一凡", "黄冰冰", "羊磊", "蔡诗雨", "吴新颖", "黄博远"} {
		owners[fmt.Sprintf("24690431%02d", i+1)] = n
	}
	owners["2469043125"] = "云小芳"
	owners["2469043128"] = "蔡志航"
	for _, c := range []struct {
		name, page, want string
	}{
		{"garbled name, two digits", "课后作业\n城轨2402班去小劳”学号25\n1.列车关门前站台人员要做什么", "云小芳"},
		{"surname garbled", "课后作业\n城轨2402班著志航学号28\n", "蔡志航"},
		{"one digit", "课后作业\n班级：城轨2402班 姓名：吴新页 学号：6\n", "吴新颖"},
		{"four digits", "课后作业\n妈洛蔡诗兩班级，城轨2402班学号: 3105\n", "蔡诗雨"},
		{"no character of hers", "课后作业\n城轨2402班王立学号25\n", ""},
		{"the class name's characters only", "课后作业\n城轨2402班学号25\n", ""},
		{"two numbers", "课后作业\n城轨2402班去小劳”学号25\n著志航学号28", ""},
		// The number unlabelled after the name on a line of class, name and
		// number (heldout150's 桑植 新能源: "新能源2401班”能子轩06" for 熊子轩,
		// a photographed homework).
		{"class, name, number", "课后作业\n城轨2402班”著志航28\n1.列车关门前", "蔡志航"},
		{"class, name, number, none of hers", "课后作业\n城轨2402班”王立25\n", ""},
	} {
		r, owner, ok := ByStudentID(c.page, owners)
		if got := map[bool]string{true: owner}[ok]; got != c.want || ok && r.Name != c.want {
			t.Errorf("%s: read %+v owner %q, want %q", c.name, r, owner, c.want)
		}
	}
	scattered := map[string]string{"2469043125": "云小芳", "2311020428": "蔡志航", "2405110307": "黄博远", "2212040101": "冯浩宇", "2133010209": "莫一凡"}
	if _, owner, ok := ByStudentID("城轨2402班去小劳”学号25", scattered); ok {
		t.Errorf("numbers of no common head: read %q", owner)
	}
}

// TestFormsByStudentID: two worksheets printed to a sheet (heldout33's
// 平凉 烹饪, OCR), the second's name misread past any name ("衬承志"): its
// line names the member its student number is. A sheet of one form, or a
// member already named on it, gives no one more.
func TestFormsByStudentID(t *testing.T) {
	t.Parallel()
	owners := map[string]string{"2462050135": "牛文静", "2462050125": "窦承志"}
	page := "班级，、训饪2402班姓名_牛文静学号_2462050135”日期12月11日_\n1.为什么要用死面?\n---- -台此线裁开--- ---\n" +
		"平凉羊肉泡馈“学习任务单(2)\n班级烹饪2402班”姓名衬承志”学号_2462050125“日期9月14日_\n1.为什么要用死面?"
	got := FormsByStudentID(page, owners, map[int]bool{0: true}, []string{"牛文静"})
	if len(got) != 1 || got[0].Name != "窦承志" || got[0].Line != 4 || got[0].Source != SourceID {
		t.Errorf("two forms: %+v, want 窦承志 on line 4", got)
	}
	if got := FormsByStudentID(page, owners, map[int]bool{0: true}, []string{"牛文静", "窦承志"}); len(got) != 0 {
		t.Errorf("named already: %+v", got)
	}
	// The second form's labels lost ("中药2401班章梦表|学引| 2442130136",
	// heldout35's 恩施): its class and number make the line.
	owners["2442130136"] = "覃梦瑶"
	lost := "中药2401班姓名向思源2442130119\n任务:党参切制\n中药饮片加工学习任务单〈2)\n中药2401班章梦表|学引| 2442130136\n任务:党参切制"
	if got := FormsByStudentID(lost, owners, map[int]bool{0: true}, []string{"向思源"}); len(got) != 1 || got[0].Name != "覃梦瑶" {
		t.Errorf("labels lost: %+v, want 覃梦瑶", got)
	}
	// A table of the class, a row a student: no forms.
	table := "序号 班级 姓名 学号\n1 中药2401班 向思源 2442130119\n2 中药2401班 章梦表 2442130136\n3 中药2401班 牛文静 2462050135\n4 中药2401班 窦承志 2462050125"
	if got := FormsByStudentID(table, owners, map[int]bool{1: true}, []string{"向思源"}); len(got) != 0 {
		t.Errorf("a table: %+v", got)
	}
	one := "班级烹饪2402班”姓名衬承志”学号_2462050125“日期9月14日_\n组员：牛文静 2462050135"
	if got := FormsByStudentID(one, owners, map[int]bool{1: true}, []string{"牛文静"}); len(got) != 0 {
		t.Errorf("one form: %+v", got)
	}
}

// TestSerialPairsRoster: a list printed in four columns, serial numbers
// and names side by side, read in the order of the numbers.
func TestSerialPairsRoster(t *testing.T) {
	t.Parallel()
	page := "酒店2403班学生名单\n（按学号排列）\n01　庄雪航 04　黄立言 07　陈远帆 10　苏明澜\n02　庄沐川 05　黄玉涵 08　叶港生 11　王琦\n03　黄崇文 06　曾韵涵 09　颜锦帆\n班主任：洪碧霞　　共11人"
	want := []string{"庄雪航", "庄沐川", "黄崇文", "黄立言", "黄玉涵", "曾韵涵", "陈远帆", "叶港生", "颜锦帆", "苏明澜", "王琦"}
	if got := Roster([]string{page}); !slices.Equal(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
}

// TestRosterTransliterationColumn: a typed roster (xlsx) whose header names
// a column of the names transliterated (蒙古文姓名转写, no second 姓名
// column), with Mongolian names of four characters or with a middle dot,
// and 民族 and home-county columns: every name whole, no people's or
// county's name.
func TestRosterTransliterationColumn(t *testing.T) {
	t.Parallel()
	page := "赤峰某技师学院烹饪2402班学生名册\n序号\t姓名\t蒙古文姓名转写\t学号\t民族\t生源旗县区\n" +
		"1\t张见素\t\t2415050101\t汉族\t林西县\n" +
		"2\t阿拉坦·其其格\tAltan·Chichig\t2415050102\t蒙古族\t林西县\n" +
		"3\t吉日木图\tJirmtu\t2415050103\t蒙古族\t松山区\n" +
		"4\t特日格乐\tTergel\t2415050104\t蒙古族\t巴林左旗\n" +
		"5\t宝恪\t\t2415050105\t蒙古族\t敖汉旗\n" +
		"班主任：宝音·那木拉　　共5人"
	want := []string{"张见素", "阿拉坦·其其格", "吉日木图", "特日格乐", "宝恪"}
	if got := Roster([]string{page}); !slices.Equal(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
}

// TestRosterOtherShapes: a list of the students and their parents, a
// parent a row under 家长姓名 (heldout28's 库车: a Uyghur father's name
// starts with the name the student's ends with), is the students only, not
// a roster printed two-up; the class's list in training groups, a group a
// line, the leaders starred (heldout30's 四平 实训分组名单), is every
// member, not the first of each line.
func TestRosterOtherShapes(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"parents' column",
			"电商2403班学生及家长联系名单\n序号 学号 姓名 性别 民族 家长姓名 关系 联系电话\n" +
				"1 2429060301 努尔兰·赛买提 男 维吾尔族 赛买提·依明 父亲 136****1404\n" +
				"2 2429060302 赵柏川 女 汉族 张志强 母亲 159****7967\n" +
				"3 2429060303 杨山岚 女 汉族 王秀云 母亲 184****6200\n" +
				"4 2429060304 陈澜 女 汉族 陈金凤 父亲 132****6464\n" +
				"班主任：热孜万古丽·艾则孜　　共4人",
			[]string{"努尔兰·赛买提", "赵柏川", "杨山岚", "陈澜"}},
		{"groups a line",
			"照护2402班实训分组名单\n四平市铁东技工学校　2024—2025学年第一学期\n" +
				"第1组（4人） ★宫秋实　张洋　宫鑫　宫煜祺\n第2组（3人） ★衣彦博　王嘉豪　曲琪\n第3组（3人） ★姜一诺　李乐萱　刘磊\n" +
				"注：★为组长。全班共10人。　　班主任：刘春梅",
			[]string{"宫秋实", "张洋", "宫鑫", "宫煜祺", "衣彦博", "王嘉豪", "曲琪", "姜一诺", "李乐萱", "刘磊"}},
		// A duty roster (heldout68's 弥勒 酒店, 值日表（学生名单）): a grid of
		// names under the weekdays, each row opened by its group's number,
		// the day's leader starred; the class teacher under it no student.
		// A parents' sign-in sheet as OCR read it (heldout65's 抚州 网络,
		// scanned): each row's student, parent and relation run together;
		// a mother of another surname; a student on leave; a row whose
		// student OCR garbled (熊 read 能, no surname) left out.
		{"sign-in sheet, cells run together",
			"网络2401班家长会签到名单\n序号学生姓名家长签名与学生关系联系电话备注\n" +
				"1章颍彤章文试父亲154**x**5695\n2乐佩琪乐海涛父亲152****9622\n4饶浩轩请假\n" +
				"5王初晴吴玉梅母亲196****7499\n6王勇王国平父亲133****1528\n7黄月华付玉梅母亲158****2284\n" +
				"8能星辰能永强父亲138****6417\n38黄娟曾桂香母亲159****6634\n" +
				"班主任:徐晓红班级学生共40人“到会家长36人",
			[]string{"章颍彤", "乐佩琪", "饶浩轩", "王初晴", "王勇", "黄月华", "黄娟"}},
		// Shapes of rosters tried beside the held-out corpora's: a sentence
		// listing the class; a dormitory's grid, a room's number opening
		// each row; groups with their members parted by 、; a short list in
		// two columns.
		// Badges cut from a sheet (heldout78's 任丘 胸牌): a row of names
		// over their numbers and roles; the teachers' badges under their
		// names say 指导教师, 班主任; a signature under a grid is no badge.
		{"badges", "实训胸牌\n张耀文 李明阳 马家骏\n新能2402班　学号：2413043501 新能2402班　学号：2413043502 新能2402班　学号：2413043503\n　学　员　 　学　员　 　学　员　\n" +
			"边立群 苏曼青 耿秀敏\n新能源汽车教研组　 新能源汽车教研组　 新能2402班　\n　指导教师　 　指导教师　 　班主任　",
			[]string{"张耀文", "李明阳", "马家骏"}},
		{"grid over a signature", "座位表\n张雨轩 李明浩 王芳菲\n赵子涵 刘思远 陈嘉怡\n班主任：周丽",
			[]string{"张雨轩", "李明浩", "王芳菲", "赵子涵", "刘思远", "陈嘉怡"}},
		{"a sentence", "网络2401班学生名单\n全班学生（共6人）：张雨轩、李明浩、王芳菲、赵子涵、\n刘思远、陈嘉怡。\n班主任：周丽",
			[]string{"张雨轩", "李明浩", "王芳菲", "赵子涵", "刘思远", "陈嘉怡"}},
		{"dormitory grid", "网络2401班宿舍分配表\n宿舍号 床位1 床位2 床位3 床位4\n301 张雨轩 李明浩 王芳菲 赵子涵\n302 刘思远 陈嘉怡 孙浩然 周子轩\n",
			[]string{"张雨轩", "李明浩", "王芳菲", "赵子涵", "刘思远", "陈嘉怡", "孙浩然", "周子轩"}},
		{"dormitory rooms, the leader and numbers under each (heldout126's 盘锦 照护)", "照护2402班 学生宿舍分配名单\n宿舍 床位1 床位2 床位3 床位4\n3号楼301室 郭振衣 刘修竹 冯璞 李砚\n室长：郭振衣 242105290201 242105290202 242105290203 242105290204\n" +
			"3号楼302室 于景行 于绘春 韩元亨 王兰舟\n室长：于景行 242105290205 242105290206 242105290207 242105290208\n合计：8人　宿管员：孟桂香",
			[]string{"郭振衣", "刘修竹", "冯璞", "李砚", "于景行", "于绘春", "韩元亨", "王兰舟"}},
		{"groups, members parted by 、", "组别 组长 组员\n第一组 张雨轩 李明浩、王芳菲\n第二组 赵子涵 刘思远、陈嘉怡\n",
			[]string{"张雨轩", "李明浩", "王芳菲", "赵子涵", "刘思远", "陈嘉怡"}},
		{"two columns", "网络2401班花名册\n张雨轩 李明浩\n王芳菲 赵子涵\n刘思远 陈嘉怡\n",
			[]string{"张雨轩", "李明浩", "王芳菲", "赵子涵", "刘思远", "陈嘉怡"}},
		{"duty grid, numbered rows",
			"酒店2401班班级值日安排表\n2024—2025学年第一学期\n组别 星期一 星期二 星期三 星期四 星期五\n" +
				"1 段俊杰★ 昂鹏飞★ 施梦洁★ 毕海洋★ 毕磊★\n2 段杰 昂晨阳 何晓峰 杨凯丽 张倩倩\n3 段嘉琪 何小雨 钱璐 何颖\n" +
				"注：★为当日值日组长。值日内容：擦黑板、拖地、倒垃圾。\n全班14人。\u3000\u3000班主任：段玉兰",
			[]string{"段俊杰", "昂鹏飞", "施梦洁", "毕海洋", "毕磊", "段杰", "昂晨阳", "何晓峰", "杨凯丽", "张倩倩", "段嘉琪", "何小雨", "钱璐", "何颖"}},
	} {
		if got := Roster([]string{c.page}); !slices.Equal(got, c.want) {
			t.Errorf("%s: read %v, want %v", c.name, got, c.want)
		}
	}
}

// TestLearnedClassInBrackets: a label the document uses on its own, the
// name followed by the class in brackets ("当班厨师 石守拙（烹饪2402班）"),
// a transliterated name typed with a bullet for its middle dot among them.
func TestLearnedClassInBrackets(t *testing.T) {
	t.Parallel()
	known := []string{"阿拉坦·其其格", "石守拙", "孙令仪"}
	vouched := func(n string) bool { return slices.Contains(known, n) }
	var pages []string
	for _, n := range []string{"阿拉坦•其其格", "石守拙", "孙令仪"} {
		pages = append(pages, "对夹生产日志（一号炉）\n日期 2024年11月18日 当班厨师 "+n+"（烹饪2402班）\n炉温 225℃ 出品数 60\n检查 刘志勇 签收 门店")
	}
	out := LearnedReads(pages, make([][]Read, 3), known, vouched, nil)
	if len(out[0]) != 1 || out[0][0].Name != "阿拉坦·其其格" {
		t.Errorf("page 1: %v", out[0])
	}
}

// TestNamesOverIDsRoster: a roster of photographs, each captioned with the
// name over the student number, a row of names over a row of numbers; the
// photographs' placeholders between the rows.
func TestNamesOverIDsRoster(t *testing.T) {
	t.Parallel()
	page := "中药2403班学生照片花名册\n长治某技工学校　2024级\n照片 照片 照片\n" +
		"崔其华 郜中和 韩崇礼\n2414130101 2414130102 2414130103\n照片 照片\n" +
		"申衡 赵明德\n2414130104 2414130105\n班主任：郭春兰　　共5人"
	want := []string{"崔其华", "郜中和", "韩崇礼", "申衡", "赵明德"}
	if got := Roster([]string{page}); !slices.Equal(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
}

// TestRecordsLastRowOverleaf: a register's last row alone at the head of
// the next page, read as two characters (heldout37's 六安: "仆人" for row
// 38), the signatures under it, is a row lost; the same page's foot alone,
// or a word with the foot's label, is not.
func TestRecordsLastRowOverleaf(t *testing.T) {
	t.Parallel()
	page1 := "序号 学号 姓名 脚本(20) 分镜(30) 动画(40) 合成(10) 总分\n" +
		"36 243403060136 汪永康 14 28 38 7 87\n37 243403060138 周雨欣 13 25 31 9 78"
	for _, c := range []struct {
		page2 string
		marks int
	}{
		{"仆人\n任课教师〈签字) :陈晓光、汪丽君教务科审核:汪丽君2024年12月13日", 1},
		{"任课教师〈签字) :陈晓光 2024年12月13日", 0},
		{"平均分\n任课教师〈签字) :陈晓光", 0},
		{"仆人\n本表据课堂观察填写", 0},
		{"", 0},
	} {
		rs, _, marks := RecordsJunkMarks([]string{page1, c.page2})
		if len(rs) != 2 || marks != c.marks {
			t.Errorf("%q: %d records, %d marks; want 2, %d", c.page2, len(rs), marks, c.marks)
		}
	}
}

// TestOwnerOf: a page's student number names the register's row whose
// number ends as it does in as many digits as the register's numbers
// mostly have (OCR lost the head of one, or glued a serial or a speck's
// digit to it), one owner only; another year's class, whose numbers differ
// in the head, does not.
func TestOwnerOf(t *testing.T) {
	t.Parallel()
	owners := map[string]string{"2205010208": "何欣悦", "2205010228": "马宇杰", "282205010209": "刘子恒", "05010230": "阿依提拉·艾买提", "1230": "孙语"}
	for id, want := range map[string]string{
		"2205010208":    "何欣悦",
		"242205010208":  "何欣悦",
		"2412205010228": "马宇杰",
		"242205010209":  "刘子恒", // a head digit misread
		"242205020208":  "",    // a parallel class's number
		"242205011230":  "",    // a tail of four digits is no number
		"205010208":     "",    // shorter than the register's numbers
		"232205020208":  "",    // another class's number
		"532205010228":  "马宇杰", // a serial glued to each
	} {
		if got, _ := OwnerOf(owners, id); got != want {
			t.Errorf("%s: %q, want %q", id, got, want)
		}
	}
	owners["992205010208"] = "胡杨"
	if got, ok := OwnerOf(owners, "242205010208"); ok {
		t.Errorf("two rows end alike: %q", got)
	}
	// A roster's whole numbers: a speck's digit inside a page's number
	// (heldout40's 哈密 worksheet) is dropped; a number that loses a digit
	// two ways, to two members' numbers, is neither's.
	roster := map[string]string{"242205010227": "王芳", "242205010228": "马宇杰", "242205010229": "刘子恒"}
	for id, want := range map[string]string{
		"2412205010228": "马宇杰",
		"2422050102278": "",
		"242205010218":  "",
		"232205010228":  "",
	} {
		if got, _ := OwnerOf(roster, id); got != want {
			t.Errorf("roster %s: %q, want %q", id, got, want)
		}
	}
}

// TestGridIDs: a seating chart prints each row of names over a row of
// seat numbers (the 学号's last two digits, heldout49's 晋城 中药): each
// name takes the number under it. A row of names over a row of fewer
// numbers, or over words, gives none.
func TestGridIDs(t *testing.T) {
	t.Parallel()
	page := "中药2401班座位表\n讲　　台\n常可馨 张沛然 司马逸凡 郭璐 张志远 牛佳怡\n01 02 03 04 05 06\n" +
		"焦凯 杨亦菲 卫栋梁 崔婷 毋德臻 王彦希\n31 32 33 34 35 36\n焦晓楠 秦泽宇 申嘉怡 卫佳琪\n37 38 39\n全班40人（座位下方数字为学号后两位）"
	roster := Roster([]string{page})
	ids := IDs([]string{page}, roster)
	for id, want := range map[string]string{"01": "常可馨", "03": "司马逸凡", "35": "毋德臻", "36": "王彦希"} {
		if ids[id] != want {
			t.Errorf("number %s: %q, want %q (roster %v)", id, ids[id], want, roster)
		}
	}
	if n, ok := ids["37"]; ok {
		t.Errorf("a row of four names over three numbers: 37 is %q, want none", n)
	}
	// A dormitory's rooms (heldout126's 盘锦 照护): the room's label before
	// the names, its leader's label before the numbers under them; the
	// leader's name on that line takes no number of the others'.
	page = "照护2402班 学生宿舍分配名单\n宿舍 床位1 床位2 床位3\n3号楼301室 郭振衣 刘修竹 冯璞\n室长：郭振衣 242105290201 242105290202 242105290203\n" +
		"3号楼302室 于景行 于绘春 韩元亨\n室长：于景行 242105290204 242105290205 242105290206\n"
	roster = Roster([]string{page})
	ids = IDs([]string{page}, roster)
	for id, want := range map[string]string{"242105290201": "郭振衣", "242105290202": "刘修竹", "242105290206": "韩元亨"} {
		if ids[id] != want {
			t.Errorf("dormitory: number %s: %q, want %q (roster %v)", id, ids[id], want, roster)
		}
	}
}

// TestMongolianNames: Mongolian given names in Han characters, alone or
// after a Han surname, make names of four to six characters that the Han
// rules refuse (heldout52's 通辽 中药: 韩吉日嘎拉's row was nameless and
// the missing student could not be told); a Han name of a one-character
// surname and three given characters stays refused.
func TestMongolianNames(t *testing.T) {
	t.Parallel()
	for n, want := range map[string]bool{"韩吉日嘎拉": true, "韩萨如拉": true, "敖巴雅尔": true, "宝乌力吉": true,
		"额尔德木图": true, "包图雅": true, "王伟强调": false, "宝贵": false, "韩吉日嘎拉图": false} {
		if Valid(n) != want {
			t.Errorf("Valid(%q) = %t, want %t", n, !want, want)
		}
	}
	page := "中药2401班学生名单\n序号 学号 姓名 性别 民族 职务\n1 2415030101 周佳慧 女 汉族\n2 2415030102 宝哈斯 男 蒙古族 班长\n" +
		"3 2415030103 韩萨如拉 男 蒙古族\n4 2415030141 韩吉日嘎拉 女 蒙古族\n班主任：吴淑芬　　　合计：4人"
	if got := Roster([]string{page}); !slices.Contains(got, "韩吉日嘎拉") || !slices.Contains(got, "韩萨如拉") || len(got) != 4 {
		t.Errorf("roster %q, want the four with 韩萨如拉 and 韩吉日嘎拉", got)
	}
}

// TestMongolianPairNames: Mongolian given names made of two (敖登 and
// 格日乐) are names of five characters or more without a surname
// (heldout61's 鄂尔多斯 烹饪: "设计人：敖登格日乐" was read 敖登格, and
// items 8, 11 and 12 seemed to hold different students). The name read
// whole, a character of it misread by OCR (敖 as 赦 in the scanned
// register), is matched to the class's, its first character included;
// a Han name's surname misread is still no match.
func TestMongolianPairNames(t *testing.T) {
	t.Parallel()
	for n, want := range map[string]bool{"敖登格日乐": true, "萨仁其其格": true, "额尔敦其其格": true, "敖登格日乐乐": false} {
		if Valid(n) != want {
			t.Errorf("Valid(%q) = %t, want %t", n, !want, want)
		}
	}
	page := "婚宴菜单与出品标准\n设计人：敖登格日乐　　班级：烹饪2401班　　2024年12月25日\n菜品 主料 每桌用量 出品要求"
	if rs := FromPage(page, nil); len(rs) != 1 || rs[0].Name != "敖登格日乐" {
		t.Errorf("read %+v, want 敖登格日乐", rs)
	}
	for _, c := range []struct {
		read  string
		class []string
		want  string
		kind  MatchKind
	}{
		{"敖登格日乐", []string{"赦登格日乐", "达来"}, "赦登格日乐", Fuzzy},
		{"赦登格日乐", []string{"敖登格日乐", "达来"}, "敖登格日乐", Fuzzy},
		{"赦志强", []string{"敖志强"}, "", NoMatch},
	} {
		if got, kind := Match(c.read, c.class); got != c.want || kind != c.kind {
			t.Errorf("Match(%q, %q) = %q %v, want %q %v", c.read, c.class, got, kind, c.want, c.kind)
		}
	}
}

// TestRoleMarkedStudent reads a worksheet's foot as OCR gave heldout65's
// 铜陵 照护 pages: the student under a role marked "(学生)", a relative's
// signature after it. The relative (家属, as 家长) was read as the only
// student of three pages (a false students.count and mismatch) and the
// student not at all.
func TestRoleMarkedStudent(t *testing.T) {
	t.Parallel()
	checkFromPage(t, []fromPageCase{
		{"role (学生)", "教师评价:认旧批阅:姚文静\n照护员(学生) :方慧琳班级:照护2401班”学号: 2415290101\n家属签字:汪建民。带教照护员:张永红", nil,
			[]string{"方慧琳/cover"}},
		{"full-width brackets", "服务员（学生）：江婉清　班级：酒店2401班", nil, []string{"江婉清/cover"}},
		// No colon, the nurse taking over after the student (heldout113's
		// 丽水 照护, OCR reading the opening bracket as an angle).
		{"no colon", "照护员〈学生)雷婧恰接班护理员刘彩凤\n班级照护2401班学号240105213", nil, []string{"雷婧恰/cover"}},
		{"no colon, brackets read", "照护员(学生)钟禁婷接班护理员刘彩凤\n班级照护2401班学号240105206", nil, []string{"钟禁婷/cover"}},
		{"relative", "家属签字：汪建民", nil, nil},
		{"guardian", "监护人签名：汪建民", nil, nil},
	})
}

// TestRoleClassAndID: a role run into the name, the class and the 学号
// after it in one bracket (heldout114's 普洱 酒店, guest comment cards as
// item 11: "服务员刀玉香(酒店2402班245305040223)", a student of another class).
func TestRoleClassAndID(t *testing.T) {
	t.Parallel()
	checkFromPage(t, []fromPageCase{
		{"class and 学号", "宾客姓名Guest Mr。Lee房号201\n服务员刀玉香(酒店2402班245305040223)日期2024年10月7日", nil, []string{"刀玉香/field"}},
		{"the guest", "宾客姓名Guest苏珀云房号208", nil, nil},
	})
}

// TestMentorSignature reads a worksheet's foot as heldout67's 奎屯 机电 pages
// give it: the student's signature, then the company mentor's on the same
// line. The mentor, signing every worksheet, was read as a fourth student
// (a false students.count and mismatch).
func TestMentorSignature(t *testing.T) {
	t.Parallel()
	checkFromPage(t, []fromPageCase{
		{"mentor", "学生签名：马知远企业导师签名：韩振江2024年9月12日", nil, []string{"马知远/field"}},
		{"master", "师傅签字：韩振江", nil, nil},
		{"head teacher", "班主任签名：韩振江", nil, nil},
	})
}

// TestTemplateLabels: labels of worksheet templates the reading had not
// met: a bilingual label with a slash, a label in lenticular brackets,
// 设计者 and 操作人员 as the maker's labels.
func TestTemplateLabels(t *testing.T) {
	t.Parallel()
	for _, l := range []string{"姓名/Name：张雨轩", "【姓名】张雨轩", "【学生姓名】 张雨轩 【班级】照护2401班", "设计者：张雨轩", "操作人员：张雨轩"} {
		rs := FromPage("工作页\n"+l+"\n一、获取信息\n答：查阅手册。", nil)
		if len(rs) != 1 || rs[0].Name != "张雨轩" {
			t.Errorf("%s: %v", l, rs)
		}
	}
}

// TestOtherRoleBefore: a 姓名 or 签名 label after a word for a person who is
// not the student (a consignee, a guest, an inspector, an engineer, a
// pregnant woman) names that person; after the student's own words
// (组员, 本人, 操作人, 完成人) it names the student.
func TestOtherRoleBefore(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		line string
		want int
	}{
		{"收货人姓名：王芳菲", 1}, {"入住人姓名：王芳菲", 1}, {"长者姓名：王芳菲", 1}, {"质检员签字：王芳菲", 1},
		{"工程师签名：王芳菲", 1}, {"店长签名：王芳菲", 1}, {"孕妇姓名：王芳菲", 1}, {"买家姓名：王芳菲", 1},
		{"组员姓名：王芳菲", 2}, {"本人签名：王芳菲", 2}, {"操作人签字：王芳菲", 2}, {"完成人签名：王芳菲", 2},
		// a shift leader's signature under a student's room check
		// (heldout92's 涟源 酒店: "领班签字：肖美珍")
		{"领班签字：王芳菲", 1},
	} {
		page := "工作页\n学生姓名：张雨轩\n" + c.line + "\n一、获取信息\n答：查阅手册。"
		if got := FromPage(page, nil); len(got) != c.want {
			t.Errorf("%s: %v, want %d names", c.line, got, c.want)
		}
	}
}

// TestAdultAgeNotStudent: a 姓名 followed on its line by an age no student
// has (a prescription's patient, heldout71's 清镇 中药: "姓名|黄玉洪|女|58岁")
// names no student; a student's age, or an age after another 姓名, does
// not stop the reading.
func TestAdultAgeNotStudent(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		line string
		want int
	}{
		{"姓名|黄玉洪|女|58岁", 0},
		{"姓名|黄天悄|性别|女|年龄| 61岁", 0},
		{"姓名：黄玉洪 性别：女 年龄：17", 1},
		{"姓名：黄玉洪 班级：中药2401班 患者姓名：周秀英 68岁", 1},
	} {
		if got := FromPage("处方笺\n"+c.line+"\nRp：盐杜仲15g", nil); len(got) != c.want {
			t.Errorf("%s: %v, want %d names", c.line, got, c.want)
		}
	}
}

// TestLabelUnderRoster: heldout82's 漳平 免学费公示名单, its foot "公示期：2024
// 年10月8日至10月14日。…" (公 a surname): a label and its value, no row of the
// list, read neither as a table's row nor as an identification row.
func TestLabelUnderRoster(t *testing.T) {
	t.Parallel()
	foot := "公示期：2024年10月8日至10月14日。对公示名单有异议的，请在公示期内向学生资助管理办公室反映。"
	page := "2024年秋季学期中等职业教育免学费公示名单\n班级：新能源2401班\n序号 姓名 性别 学号 身份证号 资助项目 金额（元/年）\n" +
		"1 陈晓涵 女 243504001 3508812008****1000 中职免学费 2000\n2 邓佳伟 男 243504002 3508822008****1071 中职免学费 2000\n" +
		"39 林浩轩 男 243504039 3508832008****3668 中职免学费 2000\n40 林宇泽 男 243504040 3508812008****3739 中职免学费 2000\n" + foot
	if got, want := Roster([]string{page}), []string{"陈晓涵", "邓佳伟", "林浩轩", "林宇泽"}; !reflect.DeepEqual(got, want) {
		t.Errorf("roster %q, want %q", got, want)
	}
	if n, _ := tableRow(foot, 1, nil); n != "" {
		t.Errorf("tableRow read %q", n)
	}
	if n, _ := rawRow(foot); n != "" {
		t.Errorf("rawRow read %q", n)
	}
}

// TestMemberListRoster: a class's roster given as phone screenshots of its
// chat group's member list (heldout155's 阳谷 汽修): the avatar's surname
// read glued before each name, perhaps with a speck ("郝电郝天个"), or the
// member's number ("02宋理瑜"); the teachers, marked, left out. Without the
// caption no such reading is made.
func TestMemberListRoster(t *testing.T) {
	t.Parallel()
	page := "14:20 5G 86%\n〈《”群聊成员(42)\n肥汪陈广祥(任课教师)\n石曙石雨桐\n02宋理瑜\n耿区耿嘉乐\n郝电郝天佑\n10王烨霖\n李李荣轩\n"
	want := []string{"石雨桐", "宋理瑜", "耿嘉乐", "郝天佑", "王烨霖", "李荣轩"}
	if got := Roster([]string{page}); !reflect.DeepEqual(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
	if got := memberListRoster([]string{strings.Replace(page, "群聊成员", "通知", 1)}); got != nil {
		t.Errorf("no caption: read %v", got)
	}
}
