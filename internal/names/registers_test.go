package names

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// A transposed register (students as columns, headings as rows), as OCR
// read heldout16's 兰州 数控 scan: names run together, a number lost here
// and there, two blocks a page.
const transposedScan = "学习任务考核记录〈横排)\n" +
	"序号1 2 3 4 ES 7\n" +
	"学号01 02 03 04 05 06 07\n" +
	"|姓名汪青城成一鸣妥金城祁明轩赵锦程贾欣怡妥诗琪\n" +
	"|工艺编制(20) 15 13 16 15 14 14 |\n" +
	"|车削加工(40) 35 25 26 35 29 25 25\n" +
	"|安全文明(10) 7 8 7 10 9 8 7\n" +
	"总分82 67 73 81 80 70 70\n" +
	"序号8 9 10 11 12\n" +
	"学号08 09 10 11 12\n" +
	"|姓名穆娟成陇原魏强何鹿城贾祁连|\n" +
	"|工艺编制20) 15 16 17 12 18\n" +
	"|车削加工(40) 34 26 33 30 36有\n" +
	"|安全文明(10) 8 9 9 8 7 |\n" +
	"|总分80 78 80 70 81定人|\n" +
	"考核教师:闫立强"

func TestTransposedRegister(t *testing.T) {
	t.Parallel()
	rs, _, _ := RecordsJunkMarks([]string{transposedScan})
	got := recordNames(rs)
	want := []string{"汪青城", "成一鸣", "妥金城", "祁明轩", "赵锦程", "贾欣怡", "妥诗琪", "穆娟", "成陇原", "魏强", "何鹿城", "贾祁连"}
	if !slices.Equal(got, want) {
		t.Fatalf("read %v, want %v", got, want)
	}
	for _, r := range rs[:7] {
		// 工艺编制 lost a number in the first block: its scores cannot
		// be put under the students, and the total is not checked.
		if !r.Short || r.SumChecked || len(r.Check()) > 0 {
			t.Errorf("%s: short %v, sum checked %v, %v", r.Name, r.Short, r.SumChecked, r.Check())
		}
	}
	for _, r := range rs[7:] {
		if r.Short || !r.SumChecked || len(r.Scores) != 3 {
			t.Errorf("%s: short %v, sum checked %v, scores %v", r.Name, r.Short, r.SumChecked, r.Scores)
		}
		if r.Line != -1 {
			t.Errorf("%s: line %d, want -1 (no one line vouches for its digits)", r.Name, r.Line)
		}
	}
	// A typed one, names apart: every score checked, a wrong total found.
	typed := "序号 1 2 3\n姓名 王海 李晓明 欧阳春燕\n理论(40) 30 35 28\n实操(60) 50 52 41\n总分 80 87 79\n"
	rs = Records([]string{typed})
	if got := recordNames(rs); !slices.Equal(got, []string{"王海", "李晓明", "欧阳春燕"}) {
		t.Fatalf("typed: read %v", got)
	}
	for _, r := range rs {
		if bad := len(r.Check()) > 0; bad != (r.Name == "欧阳春燕") {
			t.Errorf("typed %s: %v", r.Name, r.Check())
		}
	}
	// A names row with no numbers around it is no register.
	if rs := Records([]string{"姓名 王海 李晓明 欧阳春燕\n指导教师 张伟"}); len(rs) != 0 {
		t.Errorf("a list of names read as %d records", len(rs))
	}
}

func TestSplitNameRun(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		run  string
		n    int
		want string
	}{
		{"汪青城 成一鸣 妥金城", 3, "汪青城 成一鸣 妥金城"},
		{"汪青城成一鸣妥金城祁明轩", 4, "汪青城 成一鸣 妥金城 祁明轩"}, // 妥 is no listed surname
		{"穆娟成陇原达小军", 3, "穆娟 成陇原 达小军"},
		{"魏强何鹿城贾祁连", 3, "魏强 何鹿城 贾祁连"}, // commoner surnames first
		{"欧阳春燕王海", 2, "欧阳春燕 王海"},
	} {
		if got := strings.Join(splitNameRun(c.run, c.n), " "); got != c.want {
			t.Errorf("%s into %d: %q, want %q", c.run, c.n, got, c.want)
		}
	}
	if got := splitNameRun("王海李", 3); got != nil {
		t.Errorf("three characters into three names: %v", got)
	}
}

// A deduction register: the points taken off each part, their total, and
// the score left, 得分 = 100 − 扣分合计; OCR ran its header together.
func TestDeductionRegister(t *testing.T) {
	t.Parallel()
	head := "评分办法:各项满分仪容仪表10分、铺台布20分、摆台40分、席间服务30分，按评分细则扣分，得分= 100 -扣分合计。\n" +
		"「着号学号姓名仪容仪表扣分铺台布扣分摆台扣分席间服务扣分扣分合计得分\n"
	rows := "| 1 2311050401。梁晓东1 4 3 6 14 86 |\n" +
		"| 2 2311050402韩涛1 5 4 1 11 89 |\n" +
		"| 3 2311050404。梁静怡2 0 1 1 4 9 |\n" + // OCR lost the 6 of 96
		"| 4 2311050424。麦志坚2 5 8 4 19 86 |\n" + // 100 − 19 is 81
		"| 5 2311050425。吴凯文1 4 1 3 12 88 |\n" + // 1+4+1+3 is 9
		"| 6 2311050426。邢家豪2 4 1 0 7 93 |\n"
	rs := Records([]string{head + rows})
	if len(rs) != 6 {
		t.Fatalf("read %d records %v", len(rs), recordNames(rs))
	}
	claims := map[string]string{}
	for i := range rs {
		r := &rs[i]
		if r.Net == nil || r.Total == nil || len(r.Scores) != 4 {
			t.Fatalf("%s: net %v total %v scores %v", r.Name, r.Net, r.Total, r.Scores)
		}
		r.OCR, r.SureDigits = true, true
		claims[r.Name] = strings.Join(r.Check(), "；")
	}
	want := map[string]string{
		"梁晓东": "", "韩涛": "", "梁静怡": "", "邢家豪": "",
		"麦志坚": "“得分”86不等于100减去扣分合计19（应为81）",
		"吴凯文": "扣分合计12不等于各项扣分之和9",
	}
	for n, w := range want {
		if claims[n] != w {
			t.Errorf("%s: %q, want %q", n, claims[n], w)
		}
	}
	// Read unsurely: no claim, the row for the reviewer.
	r := rs[3]
	r.SureDigits = false
	if len(r.Check()) != 0 || !r.UnsureSum() {
		t.Errorf("unsure 麦志坚: %v, unsure sum %v", r.Check(), r.UnsureSum())
	}
	// No rule stated: the base the rows agree on.
	rs = Records([]string{strings.SplitN(head, "\n", 2)[1] + rows})
	if rs[3].base != 100 || len(rs[3].Check()) == 0 {
		t.Errorf("base from the rows: %v, %v", rs[3].base, rs[3].Check())
	}
}

// TestReasonDeductionRegister: a register of a base, the points taken off,
// their reasons each with its points, and the score left (heldout51's 韩城
// 新能源, as OCR read it): 总分 = 基础分 − 扣分. Where OCR lost the 扣分 cell
// ("100网|记录不完整-8;…"), the reasons' points stand for it, the rows
// showing that they add up to it. Without the reasons' column, the same
// register is checked base less points; the typed "基础分 扣分 总分" was read
// as two scores and an unchecked total.
func TestReasonDeductionRegister(t *testing.T) {
	t.Parallel()
	head := "学习任务考核扣分登记表\n说明:基础分100分，按考核细则扣分，总分三基础分一扣分。\n" +
		"序号学号姓名基础分扣分扣分原因总分”教师签名\n"
	rows := "2361043501”党玉梅”100 17工具未归位-5;测量未校零-10;未验电-2 83薛永刚\n" +
		"2 2361043502。”卫思远100 17迟到-2;迟到-10;迟到-5 83蔡永刚\n" +
		"3 2361043503。师梦瑶100 7未验电-5;未验电-2 93蔡永刚\n" +
		"4 2361043504。”王诸夷100 10测量未校零-10 90薛永刚\n" +
		"5 2361043505”卫学文100 0二100薛永刚\n" +
		"6 2361043506。薛晨阳100 5测量未校零-5 85薛永刚\n" + // 100 − 5 is 95
		"7 2361043527“刘少华”100网|记录不完整-8;工具未归位-5;未验电-8 89巷永刚\n" + // 100 − 21 is 79
		"评分教师:薛永刚"
	rs := Records([]string{head + rows})
	if len(rs) != 7 {
		t.Fatalf("read %d records %v", len(rs), recordNames(rs))
	}
	claims := map[string]string{}
	for i := range rs {
		r := &rs[i]
		r.OCR, r.SureDigits = true, true
		claims[r.Name] = strings.Join(r.Check(), "；")
	}
	want := map[string]string{
		"党玉梅": "", "卫思远": "", "师梦瑶": "", "王诸夷": "", "卫学文": "",
		"薛晨阳": "“总分”85不等于100减去扣分合计5（应为95）",
		"刘少华": "“总分”89不等于100减去扣分原因所列扣分之和21（扣分一栏无法辨认）（应为79）",
	}
	for n, w := range want {
		if claims[n] != w {
			t.Errorf("%s: %q, want %q", n, claims[n], w)
		}
	}
	// A row's points not the sum of its reasons' points.
	rs = Records([]string{head + strings.Replace(rows, "100 7未验电-5;未验电-2 93", "100 9未验电-5;未验电-2 91", 1)})
	if got := strings.Join(rs[2].Check(), "；"); got != "扣分合计9不等于各项扣分之和7" {
		t.Errorf("师梦瑶's points: %q", got)
	}
	typed := "学习任务考核扣分登记表\n序号 学号 姓名 基础分 扣分 总分 教师签名\n" +
		"1 2361043501 党玉梅 100 17 83 薛永刚\n2 2361043502 卫思远 100 17 83 薛永刚\n3 2361043503 师梦瑶 100 7 93 薛永刚\n" +
		"4 2361043504 王诸夷 100 10 90 薛永刚\n5 2361043506 薛晨阳 100 5 85 薛永刚\n"
	// The reasons after the score left.
	after := "学习任务考核扣分登记表\n序号 学号 姓名 基础分 扣分 总分 扣分原因\n" +
		"1 2361043501 党玉梅 100 17 83 工具未归位-5;测量未校零-10;未验电-2\n2 2361043502 卫思远 100 17 83 迟到-2;迟到-10;迟到-5\n" +
		"3 2361043503 师梦瑶 100 7 93 未验电-5;未验电-2\n4 2361043504 王诸夷 100 10 90 测量未校零-10\n5 2361043506 薛晨阳 100 5 85 迟到-5\n"
	for _, page := range []string{typed, after} {
		rs = Records([]string{page})
		if len(rs) != 5 {
			t.Fatalf("typed: read %d records", len(rs))
		}
		for _, r := range rs {
			got := strings.Join(r.Check(), "；")
			if w := map[bool]string{true: "“总分”85不等于100减去扣分合计5（应为95）"}[r.Name == "薛晨阳"]; got != w {
				t.Errorf("typed %s: %q, want %q", r.Name, got, w)
			}
		}
	}
}

// TestDateColumn: a register with each student's assessment date after
// the total (heldout53's 密云 轨道, typed): 考核日期 heads no score, though
// 考核 heads scores elsewhere, and its cells' digits ("11月12日") are none.
func TestDateColumn(t *testing.T) {
	t.Parallel()
	for _, date := range []string{"11月12日", "2024-11-12", "2024年11月12日", "11/12"} {
		page := "学习任务考核成绩登记表\n序号 学号 姓名 性别 方案制定(20) 广播与引导(30) 实操演练(50) 总分 考核日期\n" +
			"1 241104310101 史梓萱 女 16 21 35 72 " + date + "\n2 241104310102 关可馨 女 14 25 46 85 " + date + "\n" +
			"3 241104310129 史铭泽 男 16 23 56 95 " + date + "\n4 241104310130 史佳怡 女 13 27 46 86 " + date + "\n"
		rs := Records([]string{page})
		if len(rs) != 4 {
			t.Fatalf("%s: read %d records", date, len(rs))
		}
		for _, r := range rs {
			got := strings.Join(r.Check(), "；")
			if w := map[bool]string{true: "“实操演练(50)”得分56超过满分50"}[r.Name == "史铭泽"]; got != w || !r.SumChecked {
				t.Errorf("%s: %s: %q (sum checked %v), want %q", date, r.Name, got, r.SumChecked, w)
			}
		}
	}
}

func TestAbsentRowAndSpeckedID(t *testing.T) {
	t.Parallel()
	page := "记分方式:得分/满分。\n|序号学号姓名。。机械安装 气路连接 电气接线 程序调试 总分|\n" +
		"攻2322012701。。达娃卓玛。26 14 14 21 75 |\n" +
		"| 2 2322012702张基文23 16 17 21 77 |\n" +
		"| 31 2322012731”地新民缓考(事假) |\n" +
		"民322322012732。折青城22 17 16 21 76 |\n"
	got := recordNames(Records([]string{page}))
	if want := []string{"达娃卓玛", "张基文", "地新民", "折青城"}; !slices.Equal(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
}

// Two pages printed side by side, scanned: the left header lost its
// 序号 学号 姓名, each row holds two students' numbers and names.
func TestTwoUpByStudentNumbers(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录学习任务考核记录\n" +
		"和面(20)推闪成型(35)。。蒸制(25)。。调汤配菜(20)序号学号姓名“|和面(20) |。推窝成型(35)若制(25)调汤配菜(20)\n" +
		"1 2331050101李欣怡16 24 18 14 72 18 2331050119云鹏飞17 32 22 18 89\n" +
		"|“| 2331050102“|。哈斯.额尔敦16 | 32 20 18 | 86 19 | 2331050120 |郝书瑶| 14 | 30 | 19 | 13 | 76\n" +
		"苹: 2331050103郝俊杰15 27 22 18 82 20 2331050121李祁连14 26 22 13 75\n" +
		"| 14 2331050115乌云.其其格16 23 22 17 78 31 2331050132高超17 33 19 19 88 |\n" +
		"第1页共2页考核教师:韩玉梅"
	got := recordNames(Records([]string{page}))
	want := []string{"李欣怡", "云鹏飞", "哈斯·额尔敦", "郝书瑶", "郝俊杰", "李祁连", "乌云·其其格", "高超"}
	if !slices.Equal(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
}

func TestFullWidthDigitsRegister(t *testing.T) {
	t.Parallel()
	page := "序号 学号 姓名 净制(20) 蜜炙(50) 成品质量(30) 合计 备注\n" +
		"１ ２４６１２２１０１ 吕小龙 １７ ４１ ２５ ８３\n" +
		"２ ２４６１２２１０２ 史宏博 １５ ４０ ２１ ７９\n" +
		"３ ２４６１２２１０３ 南嘉宁 ０ ０ ０ ０ 缺考\n"
	rs := Records([]string{page})
	if got := recordNames(rs); !slices.Equal(got, []string{"吕小龙", "史宏博", "南嘉宁"}) {
		t.Fatalf("read %v", got)
	}
	if len(rs[0].Check()) != 0 || len(rs[1].Check()) == 0 {
		t.Errorf("吕小龙 %v, 史宏博 %v (15+40+21 is 76)", rs[0].Check(), rs[1].Check())
	}
}

// A typed roster with two students a row, names the surname list lacks.
func TestRosterTwoStudentsARow(t *testing.T) {
	t.Parallel()
	page := "烹饪2302班学生名单\n序号 学号 姓名 性别 序号 学号 姓名 性别\n" +
		"1 2331050101 李欣怡 男 4 2331050104 吉日嘎拉 男\n" +
		"2 2331050102 哈斯·额尔敦 女 5 2331050105 朝鲁 男\n" +
		"3 2331050103 其木格 女 6 2331050106 图门 男\n" +
		"班主任：乔秀兰　　　　共6人"
	got := Roster([]string{page})
	slices.Sort(got)
	want := []string{"其木格", "吉日嘎拉", "哈斯·额尔敦", "图门", "朝鲁", "李欣怡"}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
	// A phone number after a name is no second student.
	page = "序号 学号 姓名 家长 电话\n1 2331050101 李欣怡 李建国 13812345678 李建国\n2 2331050102 王海 王强 13987654321 王强\n3 2331050103 吉日嘎拉 巴特 13700001111 巴特\n"
	if got := idRowsRoster([]string{page}); !slices.Equal(got, []string{"李欣怡", "王海", "吉日嘎拉"}) {
		t.Errorf("with phones: %v", got)
	}
}

// A roster captured from a spreadsheet in two overlapping screenshots:
// row numbers, the 学号 glued to the name, gender and 民族 glued after it.
func TestGluedRosterWithPeopleColumn(t *testing.T) {
	t.Parallel()
	p1 := "文件开始插入页面布局公式数据审阅视图\nA B [ D E F G\n1中药2401班花名册\n2序号学号姓名性别民族联系电话\n" +
		"3 1 2451030101沙敏女汉族139****2113\n4 2 2451030102摆永祥男回族139****2150\n5 2451030103撒立新女回族139****2187\n6 4 2451030104沙晓鹏女汉族139****2224"
	p2 := "文件开始插入页面布局公式数据审阅视图\n5 2451030103撒立新女回族139”…“2187\n6 4 2451030104沙晓鹏女汉族139”…3038\n7 5 2451030105撒晓梅女回族139”…”3408\n班主任:海秀兰"
	got := Roster([]string{p1, p2})
	if want := []string{"沙敏", "摆永祥", "撒立新", "沙晓鹏", "撒晓梅"}; !slices.Equal(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
}

// A scanned roster whose 性别 cell, before the 民族 one, OCR read as
// another character (男 as 时 or 轩): the name is what stands before it
// (heldout43's 佳木斯 roster, as OCR read it; six rows of 41 were lost).
func TestGluedRosterGenderMisread(t *testing.T) {
	t.Parallel()
	page := "机电2302班学生花名册\n|”序号学号姓名性别民族宿舍\n虑去230801270201李笑妍女汉族2号楼299\n" +
		"2 230801270202曲佳慧男汉族3号楼327\n3 230801270203王泓裔轩汉族2号楼297\n4 230801270204刘晓形男汉族4号楼367\n" +
		"5 230801270205毕天个时汉族3号楼287\n6 230801270206张丞泽男汉族2号楼286\n7 230801270207赵森时汉族2号楼298\n" +
		"8 230801270208那琳男满族3号楼393\n9 230801270209欧阳文博时土家族4号楼257\n班主任:李淑华共计: 9人制表:学生科"
	got := Roster([]string{page})
	if want := []string{"李笑妍", "曲佳慧", "王泓裔", "刘晓形", "毕天个", "张丞泽", "赵森", "那琳", "欧阳文博"}; !slices.Equal(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
}

// A typed roster of bare names six a row, in 学号 order (heldout46's 衢州):
// 占, a surname of 衢州 the list lacks, opens three names of the grid, so
// they are names; the last row of two names is read after the full ones.
// One word of an unknown first character is no name (a line holding it
// is no line of names), nor is a short line after a title.
func TestNameGridRoster(t *testing.T) {
	t.Parallel()
	page := "衢州市信安技工学校　中药2401班学生名单\n（按学号顺序排列）\n" +
		"徐梓轩 吴梓萱 柴敏 占浩宇 邵乐怡 邵安琪\n" +
		"祝可欣 方雅婷 汪诗琪 周芷晴 刘语嫣 柴若涵\n" +
		"张慧 徐欣怡 毛泽宇 占一鸣 傅博文 余奕辰\n" +
		"姜颖 吴悦彤 祝紫涵 诸葛晓彤 占心怡 毛佳怡\n" +
		"徐瑞阳 郑嘉怡\n \n班主任：邵红英　　　　全班26人（男11人，女15人）"
	want := []string{"徐梓轩", "吴梓萱", "柴敏", "占浩宇", "邵乐怡", "邵安琪", "祝可欣", "方雅婷", "汪诗琪", "周芷晴", "刘语嫣", "柴若涵",
		"张慧", "徐欣怡", "毛泽宇", "占一鸣", "傅博文", "余奕辰", "姜颖", "吴悦彤", "祝紫涵", "诸葛晓彤", "占心怡", "毛佳怡", "徐瑞阳", "郑嘉怡"}
	if got := Roster([]string{page}); !slices.Equal(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
	once := "名单\n徐梓轩 吴梓萱 柴敏 占浩宇\n祝可欣 方雅婷 汪诗琪 周芷晴\n徐瑞阳 郑嘉怡"
	if got, want := groupRowsRoster([]string{once}), []string{"祝可欣", "方雅婷", "汪诗琪", "周芷晴", "徐瑞阳", "郑嘉怡"}; !slices.Equal(got, want) {
		t.Errorf("one unknown word: %v, want %v", got, want)
	}
}

// A register with each 实训组's shared score in a cell spanning its rows,
// printed on a row of its own or at the head of a member's.
func TestGroupCellRows(t *testing.T) {
	t.Parallel()
	page := "组别 小组成绩(40) 序号 学号 姓名 个人成绩(60) 总评\n" +
		"1 2451030101 沙敏 38 72\n2 2451030102 摆永祥 50 84\n第1组 34\n" +
		"3 2451030103 撒立新 43 77\n第2组 35 4 2451030104 沙晓鹏 43 78\n"
	rs, junk, _ := RecordsJunkMarks([]string{page})
	if got := recordNames(rs); !slices.Equal(got, []string{"沙敏", "摆永祥", "撒立新", "沙晓鹏"}) || junk != 0 {
		t.Errorf("read %v, %d junk lines", got, junk)
	}
}

// A register with a photo column (tall rows: the serial on a line of its
// own, the photo box read as words) and a 民族 column glued to the name;
// middle dots read as colons, quotes and full stops.
func TestTallRowsWithPeopleColumn(t *testing.T) {
	t.Parallel()
	page := "序号”照片学号姓名民族过程考核(40)结果考核(60)总成绩\n1\n@@ 2365043501艾山江:托合提维吾尔族25 53 78\n照片\n" +
		"本2365043502海丽其古丽:阿西木维吾尔族29 39 68\n甫片\n3\n和2365043503王梓涵回族34 51 85\n照片\n4\n" +
		"@@ 2365043506艾尔肯`吐尔洪维吾尔族35 40 75\n由片\n5\n仿2365043507凯赛尔.买合木提维吾尔族29 46 75\n"
	rs, junk, marks := RecordsJunkMarks([]string{page})
	want := []string{"艾山江·托合提", "海丽其古丽·阿西木", "王梓涵", "艾尔肯·吐尔洪", "凯赛尔·买合木提"}
	if got := recordNames(rs); !slices.Equal(got, want) || junk != 0 || marks != 0 {
		t.Errorf("read %v, %d junk, %d marks; want %v", got, junk, marks, want)
	}
	for _, r := range rs {
		if len(r.Scores) != 2 || r.Scores[0].Column != "过程考核(40)" || !r.SumChecked {
			t.Errorf("%s: %v", r.Name, r.Scores)
		}
	}
}

// The total printed first, and a rule after the name read as a full stop.
func TestTotalFirstSpeckedName(t *testing.T) {
	t.Parallel()
	page := "|序号学号姓名。总分”故障诊断(40)。。检测操作(30)。维修报告(20)安全文明(10) |\n" +
		"| 16 2341040316。姜敏88 38 28 13 9\n| DZ 2341040317。富明哲。76 27 20 13 9\n"
	rs := Records([]string{page})
	if len(rs) != 2 || rs[1].Name != "富明哲" || len(rs[1].Scores) != 4 {
		t.Fatalf("read %+v", rs)
	}
	r := rs[1]
	r.OCR, r.SureDigits = true, true
	if got := r.Check(); len(got) != 1 || got[0] != "总分76不等于各项之和69" {
		t.Errorf("富明哲: %v", got)
	}
}

// Rows whose 学号 follows the last record's, the rest garbled, are records
// with their names unread; a heading's maximum OCR garbled is none.
func TestNextIDRowsAndGarbledMaxima(t *testing.T) {
	t.Parallel()
	page := "序号学号姓名平时成绩折合(30%)期末考核折合(70%)总评\n" +
		"9 2312043109王逸飞71 21.3 83 58.1 79.4 |\n" +
		"102312043110六相生天天佑让|国生62和全|生生全\n" +
		"11 2312043111韩若彤89 26.7 92 64.4 91.1 |\n" +
		"12 2312043112人\n" +
		"考核教师:韩玉峰"
	rs, junk, _ := RecordsJunkMarks([]string{page})
	if len(rs) != 4 || junk != 0 || !rs[1].Unsure || rs[1].Name != "" || !rs[3].Unsure {
		t.Errorf("read %d records %v, %d junk", len(rs), recordNames(rs), junk)
	}
	head := "序号学号姓名防问读检统验填分\n护诊取测检证写\noa查d0) 40)\n(20)\n"
	rs = Records([]string{head + "5 2354040305白玛普赤9 9 19 19 16 8 7 87 |\n0 2354040310顿珠琼达9 9 19 15 16 6 9 83 |"})
	if len(rs) != 2 {
		t.Errorf("headings a character a line: %d records %v", len(rs), recordNames(rs))
	}
}

// A register sorted by the surnames' pinyin: letter rows between the
// groups, no 序号, the 姓名 heading and some names lost to OCR.
func TestLetteredRegisterNamesLost(t *testing.T) {
	t.Parallel()
	page := "(按学生姓氏拼音排序)\n学号策划方案(40)。|。。海报与详情页30) |。直播脚本(30)。|总分\n" +
		"C\n2332060305 35 | 21 | 21 77\n2332060308 29 | 23 | 24 76\nF\n2332060303 34 | 21 | 28 83\n" +
		"J\n2332060304蒋嘉怡34 24 22 80\n、\n2332060312 |倪勇| 37 | 27 | 23 87\n，2\n2332060322 30 | 29 | 21 80\n" +
		"2332060336 35 24 | 28本\n考核教师:吴静怡"
	rs, junk, marks := RecordsJunkMarks([]string{page})
	if len(rs) != 7 || junk != 0 || marks != 0 {
		t.Errorf("read %d records %v, %d junk, %d marks; want 7, 0, 0", len(rs), recordNames(rs), junk, marks)
	}
}

// A seating chart: seats, the names run together under them (an empty
// seat), the scores under the names.
func TestSeatingChart(t *testing.T) {
	t.Parallel()
	page := "实训室座位表暨学习任务成绩登记\nB-01 B-02 B-03 B-04\n马嘉怡张泽楷孟勇王彰大\n83 68 72 87\n" +
		"B-05 B-06 B-07 B-08\n郭逸飞(空宋铭泽郭博涛\n89 95 93\n说明:按实训机位排座。"
	rs := Records([]string{page})
	want := []string{"马嘉怡", "张泽楷", "孟勇", "王彰大", "郭逸飞", "宋铭泽", "郭博涛"}
	if got := recordNames(rs); !slices.Equal(got, want) {
		t.Fatalf("read %v, want %v", got, want)
	}
	if rs[3].Scores[0].Value != 87 || len(rs[5].Scores) != 1 || rs[5].Scores[0].Value != 95 {
		t.Errorf("scores: %v, %v", rs[3].Scores, rs[5].Scores)
	}
	if rs := Records([]string{"B-01 B-02 B-03\n马嘉怡 张泽楷 孟勇\n"}); len(rs) != 3 {
		t.Errorf("no scores: %v", recordNames(rs))
	}
	if rs := Records([]string{"图1 图2 图3\n说明文字很长的一段话\n"}); len(rs) != 0 {
		t.Errorf("figure labels read as seats: %v", recordNames(rs))
	}
}

// A list printed three students a row, photographed: every student number
// of the class's kind gives its name.
func TestThreeUpGluedRoster(t *testing.T) {
	t.Parallel()
	page := "座号学号姓名”座号学号姓名”座号学号姓名|\n" +
		"2312050101 )王梓晨‖ 15 2312050115，卞佳琪29 2312050129“，”穆晨阳\n" +
		"2 2312050102 |于铭泽，16 2312050116，郭晓彤”30 2312050130“，”尹春雷\n" +
		"3 2312050103于思琪| 17 2312050117卞欣然31 2312050131赵乐瑶 13800138000张三\n班主任:于淑珍。。共9人"
	got := Roster([]string{page})
	want := []string{"王梓晨", "卞佳琪", "穆晨阳", "于铭泽", "郭晓彤", "尹春雷", "于思琪", "卞欣然", "赵乐瑶"}
	if !slices.Equal(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
}

// A register whose header starts with 姓名 and states no maxima, rows of a
// name and scores under it, is read as rows, not as a transposed block.
func TestHeaderStartingWithName(t *testing.T) {
	t.Parallel()
	page := "姓名 过程考核 终结考核 总分\n王海 45 30 75\n李晓明 50 32 82\n欧阳春燕 40 28 68\n"
	if got := recordNames(Records([]string{page})); !slices.Equal(got, []string{"王海", "李晓明", "欧阳春燕"}) {
		t.Errorf("read %v", got)
	}
}

// Scores written as fractions (得分/满分) under headings OCR ran together:
// the fractions give the columns and their maxima, the last the total.
func TestFractionScores(t *testing.T) {
	t.Parallel()
	page := "记分方式:得分/满分。\n|序号学号姓名。。机械安装气路连接电气接线程序调试总分|\n" +
		"| 3 2322012703贾菩28/30 15/20 15/20 21/30 79/100 |\n" +
		"| 4 2322012704。。魏宏图25/30 22/20 14/20 21/30 82/100 |\n" +
		"| 5 2322012705。。苏红梅24/30 14/20 15/20 19/30 75/100 |\n" +
		"| 6 2322012706成陇生0/30 0/20 0/20 0/30 0/100缺考|\n"
	rs := Records([]string{page})
	if len(rs) != 4 {
		t.Fatalf("read %v", recordNames(rs))
	}
	want := map[string]string{
		"贾菩":  "",
		"魏宏图": "“第2项(满分20)”得分22超过满分20",
		"苏红梅": "总分75不等于各项之和72",
		"成陇生": "",
	}
	for _, r := range rs {
		if got := strings.Join(r.Check(), "；"); got != want[r.Name] {
			t.Errorf("%s: %q, want %q", r.Name, got, want[r.Name])
		}
	}
}

// A typed roster of rooms, several students a line, a row wrapped after its
// student number.
func TestRosterWrappedAfterNumber(t *testing.T) {
	t.Parallel()
	page := "照护2402班学生名单（按宿舍编排）\n5栋301室（4人）\n2451052901　付振宇；2451052902　冯云帆；2451052903\n蒲芷若；2451052904　安心\n班主任：曾秀兰　全班共4人"
	if got := Roster([]string{page}); !slices.Equal(got, []string{"付振宇", "冯云帆", "蒲芷若", "安心"}) {
		t.Errorf("read %v", got)
	}
}

// A register whose grades OCR glued to the names (letters, "陈颍已人G B
// 81.00 B") is counted by the student numbers its rows open with.
func TestRegisterCountedByNumbers(t *testing.T) {
	t.Parallel()
	page := "序号学号姓名酒水知识其酒操作服务礼仪应变处理折算成绩综合等级\n" +
		"1 2451050402陈颍已人G B 81.00 B\n| 2451050404付若楠B A D G 76.75并\n4 2451050405敬星辰A D人全79.25人\n" +
		"坟2451050408罗琳了人A了B人A 90.00 A\n1]14 2451050415黄奕搬B人了了B 81.75了\n15 2451050416何安琪D B名人A 6R74人\n" +
		"考核教师:蒲晓军 电话13812345678"
	rs := Records([]string{page})
	if len(rs) != 6 || rs[1].Name != "付若楠" || !rs[1].Short {
		t.Errorf("read %d records %v", len(rs), recordNames(rs))
	}
}

// A document with a transposed page and a page in the usual layout reads
// both.
func TestTransposedAndUsualPages(t *testing.T) {
	t.Parallel()
	usual := "序号 姓名 理论(40) 实操(60) 总分\n1 赵磊 30 50 80\n2 钱芳 35 52 87\n"
	typed := "序号 1 2 3\n姓名 王海 李晓明 欧阳春燕\n理论(40) 30 35 28\n实操(60) 50 52 41\n总分 80 87 69\n"
	got := recordNames(Records([]string{typed, usual}))
	if want := []string{"王海", "李晓明", "欧阳春燕", "赵磊", "钱芳"}; !slices.Equal(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
}

// Group headings printed above the header, the scored headings on the
// line under it, a rank column after the total.
func TestGroupHeadingsAboveAndRank(t *testing.T) {
	t.Parallel()
	page := "过程考核（60分） 结果考核（40分）\n序号 学号 姓名 合计(100) 名次\n选品(20) 上架(20) 讲解(20) 数据(20) 复盘(20)\n" +
		"1 2336060301 熊海涛 15 17 15 15 15 77 29\n31 2336060331 万梓萱 19 14 17 19 15 90 2\n"
	rs := Records([]string{page})
	if len(rs) != 2 || len(rs[1].Scores) != 5 {
		t.Fatalf("read %+v", rs)
	}
	if got := strings.Join(rs[0].Check(), ""); got != "" {
		t.Errorf("熊海涛: %s", got)
	}
	if got := strings.Join(rs[1].Check(), ""); got != "总分90不等于各项之和84" {
		t.Errorf("万梓萱: %q", got)
	}
}

// A register split by groups, each group's averages in a row without a
// name, a serial or a student number; OCR garbled the label of two of
// them, and lost the points of one's numbers.
func TestGroupAverageRowsAreNoRecords(t *testing.T) {
	t.Parallel()
	scan := "组别序号学号姓名理论(40)实操(60)总分\n" +
		"1 2201050101 王海涛32 50 82\n" +
		"2 2201050102”李晓明30 48 78\n" +
		"3 2201050103。张诗雨28 45 73\n" +
		"第一组| 4 2201050104 陈嘉怡35 52 87 |\n" +
		"|杰组了均31.3 48.8 80.0 |\n" +
		"5 2201050105 刘子轩29 47 76\n" +
		"6 2201050106。周梦琪33 51 84 |\n" +
		"7 2201050107 吴俊杰31 49 80\n" +
		"8”2201050108 郑雅婷27 50 77\n" +
		"|术绷网300 493 793\n" +
		"9 2201050109 孙浩然34 53 87\n" +
		"10 2201050110 马欣悦30 46 76\n" +
		"11 2201050111 朱文博32 44 76\n" +
		"12 2201050112 胡雨桐29 52 81\n" +
		"单组邓均31.3 48.8 80.0\n" +
		"考核教师:李明"
	rs, _, _ := RecordsJunkMarks([]string{scan})
	if len(rs) != 12 {
		t.Fatalf("read %d records, want 12: %v", len(rs), recordNames(rs))
	}
	for _, r := range rs {
		if r.Unsure {
			t.Errorf("unsure record %q", r.Excerpt)
		}
	}
	// Without student numbers the rule does not apply: a row whose serial
	// and name OCR lost is still a record.
	plain := "序号 姓名 理论(40) 实操(60) 总分\n1 王海涛 32 50 82\n2 李晓明 30 48 78\n3 张诗雨 28 45 73\n4 陈嘉怡 35 52 87\n“”杰组 29 47 76\n6 周梦琪 33 51 84\n"
	if rs, _, _ := RecordsJunkMarks([]string{plain}); len(rs) != 6 {
		t.Errorf("plain: read %d records, want 6: %v", len(rs), recordNames(rs))
	}
}

// TestHeadingsAboveNames: a typed register whose header cells were merged
// over two rows: the score headings on the line above "序号 学号 姓名",
// their maxima under it; the teacher's signature line under the table
// ("任课教师（签字）：…", 任课 read as a name before) is no record.
func TestHeadingsAboveNames(t *testing.T) {
	t.Parallel()
	text := "学习任务考核成绩表\n班级：数控2302班　课程：轴类零件车削\n学习任务：传动轴车削　考核日期：2024年10月15日\n" +
		"图样分析 工艺编制 加工操作 总分\n序号 学号 姓名\n(20分) (30分) (50分) (100分)\n" +
		"1 2301060201 王海涛 15 24 40 79\n2 2301060202 李晓明 18 25 41 84\n3 2301060203 张诗雨 16 22 38 80\n" +
		"任课教师（签字）：易卫东　　　日期：2024年11月18日"
	rs := Records([]string{text})
	if got := recordNames(rs); !slices.Equal(got, []string{"王海涛", "李晓明", "张诗雨"}) {
		t.Fatalf("read %v", got)
	}
	for _, r := range rs {
		if len(r.Scores) != 3 || r.Total == nil || r.Total.Max != 100 {
			t.Fatalf("%s: scores %v total %v", r.Name, r.Scores, r.Total)
		}
		if bad := len(r.Check()) > 0; bad != (r.Name == "张诗雨") {
			t.Errorf("%s: %v", r.Name, r.Check())
		}
	}
}

// TestRowsByIDOneCharacterLeft: a scanned register whose header OCR
// garbled is read by its rows' student numbers; a row whose name OCR cut
// to one character before a rule ("230205013二|二应军") is still a row.
func TestRowsByIDOneCharacterLeft(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("学习任务考核成绩登记表\n四T。汤底邦制。。配菜炸制“总分\n区姓名。(20分(30为(do0分名注\n")
	names := []string{"蒙艳玲", "农强", "覃柳依", "龙展鹏", "二|二应军", "罗芳", "吴景川"}
	for i, n := range names {
		fmt.Fprintf(&b, "| %d 2302050%02d%s1%d 2%d 8%d |\n", i+1, i+1, n, i, i, i)
	}
	rs, _, _ := RecordsJunkMarks([]string{b.String()})
	if len(rs) != len(names) {
		t.Errorf("read %d records, want %d: %v", len(rs), len(names), recordNames(rs))
	}
}

// TestGarbledRowsStillRows: a scanned register's row OCR garbled to a
// character and three numbers ("本0 27 20") is still a row, however its
// student number was lost; and a last row whose name and scores OCR
// garbled is a row by its student number, after a row whose time OCR ran
// into a six-digit number ("105344").
func TestGarbledRowsStillRows(t *testing.T) {
	t.Parallel()
	scan := "学号姓名抽签情境用时操作(50) |”沟通(30) |时间(20)总分\n" +
		"1 2321052901邹思澄B 9:45 45 27 20 92\n" +
		"| 2 2321052902鞠凌波A 10:21 41 22 18 81 |\n" +
		"王2321052903于琦A 10:21 42 27 20 89 |\n" +
		"| 4 2321052904曲清越C 11:02 40 23 16 79\n" +
		"本0 27 20\n" +
		"| 6 2321052906初冬青C 12:43 40 23 20 83 |\n" +
		"34 2321052907。。李港生人C 105344 3和27 20人全\n" +
		"35。恒2321052908二直藤测二汉RS 21亲人\n" +
		"考核教师:孙玉霞、姜德胜教研组长审核:姜德胜"
	rs, _, _ := RecordsJunkMarks([]string{scan})
	if len(rs) != 8 {
		t.Errorf("read %d records, want 8: %v", len(rs), recordNames(rs))
	}
	// Scores as fractions: a row whose student number OCR garbled to
	// "20200" is still a row (its maxima of 100 are no sign of an
	// average row).
	fractions := "记分方式:得分/满分。\n|序号学号姓名。。机械安装气路连接电气接线程序调试总分|\n" +
		"| 1 2322012701张基文23/30 16/20 17/20 21/30 77/100 |\n" +
		"| 2 2322012702贾菩28/30 15/20 15/20 21/30 79/100 |\n" +
		"| 3 2322012703魏宏图25/30 17/20 14/20 26/30 82/100 |\n" +
		"| 4 2322012704苏红梅24/30 14/20 15/20 19/30 72/100 |\n" +
		"20200火永红22/30 17/20 16/20 21/30 76/100 |\n" +
		"| 6 2322012706成超25/30 15/20 18/20 25/30 83/100 |\n"
	if rs, _, _ := RecordsJunkMarks([]string{fractions}); len(rs) != 6 {
		t.Errorf("fractions: read %d records, want 6: %v", len(rs), recordNames(rs))
	}
}

// TestNameColumnLast: a register whose name column is printed after the
// scores ("序号 学号 净选(15) … 总分 学生姓名"): names and scores read, a
// wrong total found, the evidence the row as printed.
func TestNameColumnLast(t *testing.T) {
	t.Parallel()
	scan := "学习任务考核成绩记录表\n序号学号净选(15)煅制(40)粉碎(15)饮片质检(30)总分学生姓名\n" +
		"1 2437013001 14 30 13 21 78毛崇文\n" +
		"2 2437013002 12 29 12 19 72杨琦\n" +
		"3 2437013003 11 29 10 27 85修岗清\n" +
		"4 2437013004 14 27 13 24 78曲津瑶\n" +
		"考核教师：逄立新"
	rs := Records([]string{scan})
	if got := recordNames(rs); !slices.Equal(got, []string{"毛崇文", "杨琦", "修岗清", "曲津瑶"}) {
		t.Fatalf("read %v", got)
	}
	for _, r := range rs {
		if len(r.Scores) != 4 || r.Total == nil {
			t.Fatalf("%s: scores %v", r.Name, r.Scores)
		}
		if bad := len(r.Check()) > 0; bad != (r.Name == "修岗清") {
			t.Errorf("%s: %v", r.Name, r.Check())
		}
		if !strings.HasSuffix(r.Excerpt, r.Name) {
			t.Errorf("excerpt %q", r.Excerpt)
		}
	}
}

// TestGroupHeadingsNoJunk: a scanned register split by groups whose
// heading rows name the leader ("|第五组(组长:耿家旺)"): the headings are no
// rows OCR garbled, so they cast no doubt on the count.
func TestGroupHeadingsNoJunk(t *testing.T) {
	t.Parallel()
	scan := "学号 性别 姓名 方案设计(20) 设备安装(40) 调试测试(40) 总分\n" +
		"|第一组(组长:郭蓓)\n| 234121101女郭蓓16 31 29 76\n| 234121102男楚昊东12 26 24 62\n" +
		"|第二组(组长:卢永辉)\n| 234121103男卢永辉13 27 29 69\n| 234121104女张文慧12 24 26 62\n" +
		"|第三组（组长：刘亚辉）\n| 234121106男刘亚辉14 27 30 71\n"
	rs, junk, _ := RecordsJunkMarks([]string{scan})
	if len(rs) != 5 || junk != 0 {
		t.Errorf("read %d records, junk %d; want 5, 0", len(rs), junk)
	}
}

// TestTextColumnsBeforeScores: a platform's grade export with text columns
// between the name and the scores (院系 专业 班级, the class's digits among
// them): the scores are read, a score over its maximum found.
func TestTextColumnsBeforeScores(t *testing.T) {
	t.Parallel()
	text := "序号 学号/工号 姓名 院系 专业 班级 任务实施(40分) 服务礼仪(20分) 签到(10分) 综合成绩(70分)\n" +
		"1 2405040101 俞春晓 旅游服务系 饭店(酒店)服务 酒店2401班 38 15 7 60\n" +
		"2 2405040102 钱若彤 旅游服务系 饭店(酒店)服务 酒店2401班 48 14 6 68\n" +
		"3 2405040103 朱怡然 旅游服务系 饭店(酒店)服务 酒店2401班 31 15 9 55\n"
	rs := Records([]string{text})
	if len(rs) != 3 {
		t.Fatalf("read %v", recordNames(rs))
	}
	for _, r := range rs {
		if len(r.Scores) != 3 || r.Total == nil {
			t.Fatalf("%s: scores %v", r.Name, r.Scores)
		}
		if bad := len(r.Check()) > 0; bad != (r.Name == "钱若彤") {
			t.Errorf("%s: %v", r.Name, r.Check())
		}
	}
}

// TestHeaderLostSumConsensus: a scanned register whose header OCR lost:
// rows of 学号, name, four scores and a total, read by their numbers; the
// total is the sum of the scores in nearly every row, so the row where it
// is not is found; a row OCR lost a number of stays unchecked.
func TestHeaderLostSumConsensus(t *testing.T) {
	t.Parallel()
	scan := "学习任务考核记录\n班级:动画2401班 课程:二维动画短片制作\n人0\n" +
		"1 2403060101季晓庆22 18 25 11 76\n2 2403060102袁婉清19 20 30 11 80\n3 2403060103范琳琳21 21 24 13 79\n" +
		"4 2403060104丁明哲22 24 30 10 86\n5 2403060105储惠民18 22 23 12 75\n6 2403060106葛瑞阳16 26 11 70\n" +
		"7 2403060107陆天佑23 18 25 11 83\n8 2403060108顾频超18 20 29 12 79\n"
	rs, _, _ := RecordsJunkMarks([]string{scan})
	if len(rs) != 8 {
		t.Fatalf("read %v", recordNames(rs))
	}
	for _, r := range rs {
		r.OCR, r.SureDigits = true, true
		if bad := len(r.Check()) > 0; bad != (r.Name == "陆天佑") {
			t.Errorf("%s: %v", r.Name, r.Check())
		}
		if (r.Name == "葛瑞阳") != r.Short {
			t.Errorf("%s: short %v", r.Name, r.Short)
		}
	}
}

// TestRowsByIDLeadingDigitLost: a register read by its rows' student
// numbers (its header lost) keeps a row whose number OCR lost the leading
// digit of ("?304030222" after 2304030221).
func TestRowsByIDLeadingDigitLost(t *testing.T) {
	t.Parallel()
	scan := "学习任务考核成绩登记上\n2加\n" +
		"| 20 2304030220。储佳宁6 16 27 13 18 80 |\n| 21 2304030221。沙晓峰7 19 26 19 16 87 |\n" +
		"| 22 ?304030222。旱晓庆7 18 22 17 18 82 |\n| 23 2304030223。葛计大7 19 23 15 19 83 |\n" +
		"| 24 2304030224。顾怡然7 16 23 15 15 76 |\n| 25 2304030225。缪颖超6 13 21 17 18 75 |\n"
	if rs, _, _ := RecordsJunkMarks([]string{scan}); len(rs) != 6 {
		t.Errorf("read %d records, want 6: %v", len(rs), recordNames(rs))
	}
}

// TestScoreSlips: a register printed as slips to cut apart, each student's
// row under its own header: the score headings ("6S与安全" among them) on
// the line above "序号 学号 姓名 总分", a line of maxima ("满分15 …") under
// it. Scores read under their headings and maxima; a score over its
// maximum found.
func TestScoreSlips(t *testing.T) {
	t.Parallel()
	head := "接车与环车检查 故障诊断 拆装与测量 6S与安全\n序号 学号 姓名 总分\n满分15 满分25 满分30 满分15\n"
	cut := "✂ - - - - - - - - - - - - - - - -\n"
	text := "学习任务考核成绩条（沿虚线剪开发给学生）\n" +
		head + "1 2413040301 冀正则 14 19 27 12 72\n" + cut +
		head + "2 2413040302 李如琢 11 20 33 11 75\n" + cut +
		head + "3 2413040303 李幼安 10 22 28 13 73\n" + cut +
		"考核教师：李振山"
	rs := Records([]string{text})
	if got := recordNames(rs); !slices.Equal(got, []string{"冀正则", "李如琢", "李幼安"}) {
		t.Fatalf("read %v", got)
	}
	for _, r := range rs {
		if len(r.Scores) != 4 || r.Total == nil {
			t.Fatalf("%s: scores %v", r.Name, r.Scores)
		}
		if bad := len(r.Check()) > 0; bad != (r.Name == "李如琢") {
			t.Errorf("%s: %v", r.Name, r.Check())
		}
	}
}

// Maxima in square brackets on the line under the headings (heldout24's
// 安顺 烹饪, "米浆调制［20］" printed in two lines, OCR's "[20] [20] [30]"):
// no row, and the scores checked against them.
func TestMaximaSquareBrackets(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录\n序号 姓名 学号 米浆调制 蒸皮 卷制成型 合计 评定\n[20] [20] [30]\n" +
		"1 陈海洋 2405010301 16 14 22 52 合格\n2 罗奕展 2405010302 18 16 32 66 合格\n3 龙思远 2405010303 18 18 24 60 合格\n"
	rs, junk, _ := RecordsJunkMarks([]string{page})
	if got := recordNames(rs); !slices.Equal(got, []string{"陈海洋", "罗奕展", "龙思远"}) || junk != 0 {
		t.Fatalf("read %v, junk %d", got, junk)
	}
	for _, r := range rs {
		if bad := len(r.Check()) > 0; bad != (r.Name == "罗奕展") {
			t.Errorf("%s: %v (scores %v)", r.Name, r.Check(), r.Scores)
		}
	}
	// As OCR read it: three headings glued into one run, the maxima of
	// all five on the next line, a grade in words after the total.
	ocr := "学习任务考核记录\n序号“姓名学号米浆调制蒸皮配菜切配。卷制成型”卫生安全”合计”评定\n[20] [20] [20] [30] [10]\n" +
		"1陈海洋2405010301 16 14 14 22 8 74合格|\n2。。罗奕展2405010302 18 16 18 22 12 86合格|\n3龙思远2405010303 18 18 14 22 7 79合格\n" +
		"4，，陈梓豪2405010304 14 17 14 26 9 80合格\n"
	rs = Records([]string{ocr})
	if got := recordNames(rs); !slices.Equal(got, []string{"陈海洋", "罗奕展", "龙思远", "陈梓豪"}) {
		t.Fatalf("OCR: read %v", got)
	}
	for _, r := range rs {
		if bad := len(r.Check()) > 0; bad != (r.Name == "罗奕展") || len(r.Scores) != 5 {
			t.Errorf("OCR: %s: %v (scores %v)", r.Name, r.Check(), r.Scores)
		}
	}
}

// A header OCR read with a score column too few (heldout25's 西昌 酒店:
// "(15)" glued to 姓名, "(5)" lost): most rows show a number more than it
// has columns for, and a row that lost a number itself ("12 18 22 13
// 12万", the total garbled) fits it with its numbers under the wrong
// headings: that row is not checked.
func TestHeaderShortOfRows(t *testing.T) {
	t.Parallel()
	page := "订房核对。排房与制卡。登记与发卡“特殊要求处客史建档\n" +
		"区二姓名(15) (20) (35)理(15) (5)总分名注\n" +
		"| 1 2434050401。马海阿木12 17 27 11 4 71 |\n| 2 2434050402。阿苏拉体10 16 31 11 4 72 |\n" +
		"| 3 2434050403。。蒋秋实12 16 24 12 5 69 |\n| 4。2434050404阿尔克哈9 18 30 13 3 73 |\n" +
		"| 28 2434050429。。陈雁回12 18 22 13 12万|\n"
	rs := Records([]string{page})
	if len(rs) != 5 {
		t.Fatalf("read %v", recordNames(rs))
	}
	for _, r := range rs {
		// The rows that show all their numbers may be read by the maxima
		// the header states (statedCeiling), and add up.
		if len(r.Check()) > 0 || r.Name == "陈雁回" && r.SumChecked {
			t.Errorf("%s: %v (scores %v, sum checked %v)", r.Name, r.Check(), r.Scores, r.SumChecked)
		}
	}
}

// Maxima after a slash in the headings, under a note that says so
// (heldout23's 赤峰 动画: "三视图/15。建模/40。材质灯光/25。渲染输出/20。总分").
func TestSlashMaxima(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录\n（“/”后为该项满分）\n序号 学号 姓名 民族 三视图/15 建模/40 材质灯光/25 渲染输出/20 总分\n" +
		"1 2415030601 孙见素 汉族 12 37 18 14 81\n2 2415030602 阿古拉 蒙古族 10 29 17 14 70\n3 2415030603 哈斯·朝鲁 蒙古族 11 32 16 13 67\n"
	rs := Records([]string{page})
	if got := recordNames(rs); !slices.Equal(got, []string{"孙见素", "阿古拉", "哈斯·朝鲁"}) {
		t.Fatalf("read %v", got)
	}
	want := map[string]string{"哈斯·朝鲁": "总分67不等于各项之和72"}
	for _, r := range rs {
		if got := strings.Join(r.Check(), "；"); got != want[r.Name] || len(r.Scores) != 4 || r.Scores[1].Max != 40 {
			t.Errorf("%s: %q (scores %v), want %q", r.Name, got, r.Scores, want[r.Name])
		}
	}
}

// A register of merged header cells as a Word table prints to text
// (heldout27's 张掖 数控): the groups' line, 总分 on a line of its own, the
// headings, the total's "（100分）" alone, then the scores' maxima. The
// lone maximum is the total's where the scores' maxima add up to it: the
// rows' last number is the total, the maxima stand under their headings,
// and a score above its own maximum is claimed. Where they do not add up
// the lone number is not taken for the total's maximum.
func TestTotalMaximumAlone(t *testing.T) {
	t.Parallel()
	page := func(total string) string {
		var b strings.Builder
		b.WriteString("某技工学校学习任务考核成绩登记表\n班级：数控2403班\n过程考核（40分） 结果考核（60分）\n总分\n" +
			"序号 学号 姓名 工艺编制 程序编写 安全文明 尺寸精度 形位公差 表面粗糙度\n" + total + "\n（15分） （15分） （10分） （30分） （15分） （15分）\n")
		for i, n := range []string{"柏青岚", "卓远航", "舒婉清", "麦子谦", "符晓峰", "蓝若溪"} {
			s := []int{10 + i, 11, 8, 20 + i, 12, 11}
			if n == "麦子谦" {
				s[3] = 34
			}
			sum := 0
			for _, v := range s {
				sum += v
			}
			fmt.Fprintf(&b, "%d 2024010106%02d %s %d %d %d %d %d %d %d\n", i+1, i+1, n, s[0], s[1], s[2], s[3], s[4], s[5], sum)
		}
		b.WriteString("任课教师（签名）：")
		return b.String()
	}
	rs := Records([]string{page("（100分）")})
	if len(rs) != 6 {
		t.Fatalf("read %v", recordNames(rs))
	}
	for _, r := range rs {
		if bad := len(r.Check()) > 0; bad != (r.Name == "麦子谦") || r.Total == nil || r.Total.Max != 100 {
			t.Errorf("%s: %v (scores %v, total %v)", r.Name, r.Check(), r.Scores, r.Total)
		}
	}
	for _, r := range Records([]string{page("（120分）")}) {
		if r.Total != nil && r.Total.Max == 120 {
			t.Errorf("%s: total's maximum 120 taken where the maxima add up to 100", r.Name)
		}
	}
}

// A signature line under a table whose label OCR garbled and whose colon
// follows a bracket ("任课教师（签名）：" read "全和所(签名) :", heldout27's
// 锦州) is no record: the table holds its students only.
func TestSignatureLineBracketed(t *testing.T) {
	t.Parallel()
	page := "学习任务考核成绩登记表\n序号 学号 姓名 需求分析(10分) 方案规划(20分) 总分\n" +
		"1 20240301001 于梦琪 8 14 22\n2 20240301002 邢昊天 9 16 25\n3 20240301003 聂琳 9 18 27\n" +
		"全和所(签名) :孙海涛姜丽华教研宝主任(签名) :日期2024年10月17日"
	if got := recordNames(Records([]string{page})); !slices.Equal(got, []string{"于梦琪", "邢昊天", "聂琳"}) {
		t.Errorf("read %v", got)
	}
}

// A scanned register whose header OCR lost entirely and whose rows give
// the name before the student number, specks and garbled cells around
// (heldout27's 锦州 城轨, as OCR read it): every row is a record, by its
// number, the one the register lacks (…022) included in none.
func TestIDTrailRows(t *testing.T) {
	t.Parallel()
	page := "学生考核成绩表\n" +
		"班级:城轨2401班课程:城轨车站客运组织实务”学习任务:城轨车站早高峰大客流站台乘降组织\n" +
		"|于宁20240431001 15 21 27 15 78 |\n" +
		"区20240431002 15 16 28 18 77 |\n" +
		"[3 20240431003 15 21 28 16 80 |\n" +
		"| 4。。隋秀芳20240431004 14 19 27 13 73 |\n" +
		"5。“曲关关20240431005 18 22 29 14 83 |\n" +
		"| 6人寿届飞20240431006 17 23 27 18 85 |\n" +
		"[全>鞠计20240431007 18 26 13 74 |\n" +
		"| 8。于子轩20240431008 16 2 15 79 |\n" +
		"| 9葛字航20240431009 1 33 7 82 |\n" +
		"[宝10隋瑞20240431010三19 26 14 77 |\n" +
		"二20240431011 15 16 25 15 71 |\n" +
		"|这仿生全而汪20240431012一17 19 28 4虽b 79 |\n" +
		"| 13。。曲春菩20240431013着也22 29 18 88 |\n" +
		"| 14。。张博涛20240431014 14 23 26 13 76 |\n" +
		"115张-喝20240431015四16 17 31 17 81 |\n" +
		"| 16和尹佳怡20240431016 18 17 23和13 71 |\n" +
		"|了17。“于晓展20240431017 ss 19 30 -一14 81 |\n" +
		"| 18。。姜几轩20240431018 17谢世14 78 |\n" +
		"| 19。。隋建到20240431019 19 AL 16 83 |\n" +
		"| 20。。”姜子健20240431020 13 20 30 16 79 |\n" +
		"| ?21尹晨赚20240431021 14 23 22 13 72 |\n" +
		"区20240431023 13 19 29 18 79 |\n" +
		"必王悦20240431024 13 22 29 14 78 |\n" +
		"| 24和孙卫东20240431025 15 20 26 17 78 |\n" +
		"| 25王可欣20240431026 13 21 27 13 74 |\n" +
		"| 26。。隋嘉训20240431027 13 16 27 16 72 |\n" +
		"三2池20240431028 18 24 29 14 85 |\n" +
		"| 28有邢国栋20240431029 13 18 25 15 71 |\n" +
		"| 29任立新20240431030 15 16 32 15 78 |\n" +
		"| 30和鞠家乐20240431031 18 19 31 15 83 |\n" +
		"医31孙琳20240431032 19 19 22 14 74 |\n" +
		"| 32李静怡20240431033 18 18 22 17 75 |\n" +
		"| 33和孙俊豪20240431034 13 21 31 18 83 |\n" +
		"| 34于家豪20240431035 16 16 26 16 74 |\n" +
		"| 35和尹丽娟20240431036 17 16 31 15 79 |\n" +
		"| 36。。邵语姑20240431037 19 21 31 16 87 |\n" +
		"任课教师(签名) :刘春生鞠秀梅教研室主任〈签名) :日期: 2024年1月22日"
	rs := Records([]string{page})
	if len(rs) != 36 {
		t.Fatalf("read %d records, want 36: %v", len(rs), recordNames(rs))
	}
	for _, r := range rs {
		if strings.Contains(r.Excerpt, "20240431022") {
			t.Errorf("a record for the number the register lacks: %s", r.Excerpt)
		}
	}
}

// Tibetan names have no surname: two elements of a small set (多吉顿珠,
// 平措旺堆). A transposed register of a class most of whose names are
// Tibetan (heldout26's 日喀则, as OCR read it) is read whole, thirty
// students in three blocks; before, the blocks whose names were mostly Tibetan were
// taken for no names row.
func TestTibetanTransposed(t *testing.T) {
	t.Parallel()
	for _, n := range []string{"多吉顿珠", "平措旺堆", "次仁旺姆", "格桑措姆"} {
		if !Valid(n) {
			t.Errorf("%s not valid", n)
		}
	}
	for _, n := range []string{"扎西德勒", "多吉顿", "顿珠多吉平措"} {
		if Valid(n) {
			t.Errorf("%s valid", n)
		}
	}
	page := "学习任务考核记录\n" +
		"日喀则市年楚河技工学校”班级:照护2402班”课程:高原老年人健康照护\n" +
		"学习任务:高原社区老人血氧与血压监测及照护记录考核日期: 2024年12月17日\n" +
		"学号前缀: 240205 (表中为后三位)\n" +
		"|序号1 2 3 4 5 6 7 8 9 10\n" +
		"学号201 202 203 204 205 206 207 208 209 210|\n" +
		"|姓名赵晓琳”多吉顿珠”拉巴卓玛”洛桑仓决”平措贡布“”达瓦白珍。”赵生林“”达瓦桑珠”德吉益西”格桑措姆|\n" +
		"|测量操作(30) 24 25 21 28 22 20 20 27 24 19呈|\n" +
		"|记录规范(20) 14 19 14 17 14 14 18 17 18 5\n" +
		"|吸氧照护(30)。28 20 22 22 24 28 23 23 26 |\n" +
		"|沟通宣教(20)”17 18 17 13 16 17 15 15 13 18 |\n" +
		"总分83 82 74 80 76 79 76 82 81 4\n" +
		"|序号11 12 13 14 15 16 17 18 19 20\n" +
		"|学号zi >位213 214 215 216 217 218 219 220555|\n" +
		"|姓名平措边觉”王靖去德吉德庆。张春梅”旦增拉姆拉巴普赤。”扎西欧珠。嘎玛旺堆”李善文。多吉旺堆|\n" +
		"|测量操作(30) 25 24 29 22 21 20 25 21 28 27\n" +
		"|记录规范(20) 13 14 15 19 15 18 14 15 19 13安|\n" +
		"|吸氧照护(30) 23 26 24 24 24 28 20 26 23 22全|\n" +
		"|沟通宣教(20) 16 14 18 16 18 13 19 17 13 145|\n" +
		"总分77 78 86 81 78 79 78 79 83 76 |\n" +
		"|序号21 22 23 24 25 26 27 28 29 30\n" +
		"|。学号221 222 223 224 225 226 227 228 229 230\n" +
		"|姓名次仁罗布”强巴白珍”拉巴旺堆“”平措欧珠”强巴达娃”巴桑玉珍”和白玛德庆“”边巴玉珍。”扎西普赤。”王映雪|\n" +
		"|测量操作(30) 27 25 26 20 19 26 23 22 26 28二|\n" +
		"|记录规范(20) 14 17 17 15 16 16 18 16 13 |\n" +
		"|吸氧照护(30) 27 22 23 26 21 19 27 20 21 26 |\n" +
		"|沟通宣教(20) 16 14 14 14 17 17 13 14 13 18 |\n" +
		"|总分84 78 80 75 73 78 81 72 73 89 |\n" +
		"考核教师:尼玛仓决、杨建英审核:尼玛仓决"
	rs := Records([]string{page})
	if len(rs) != 30 {
		t.Fatalf("read %d records, want 30: %v", len(rs), recordNames(rs))
	}
}

// A Word register of merged header cells printed to text (heldout29's 十堰
// 新能源): the groups' lines, then "序号 学号 姓名 总分 等级" with the score
// headings on the line below it and their maxima under those. One header:
// the headings go before the total, the maxima under them, and a score
// above its maximum is claimed.
func TestHeadingsBelowTotal(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("学习任务考核成绩登记表\n终结性考核\n过程考核（60分）\n（40分）\n序号 学号 姓名 总分 等级\n安全防护 故障诊断 检测记录 修复与路试\n（20分） （25分） （15分） （40分）\n")
	for i, n := range []string{"岑海洋", "骆舒涵", "闻慧敏", "甘鸿飞", "韦子墨"} {
		s := []int{15 + i%3, 18, 12, 28 + i}
		if n == "韦子墨" {
			s[0] = 23
		}
		fmt.Fprintf(&b, "%d 24043501%02d %s %d %d %d %d %d 良好\n", i+1, i+1, n, s[0], s[1], s[2], s[3], s[0]+s[1]+s[2]+s[3])
	}
	b.WriteString("任课教师（签字）：汪志华")
	rs := Records([]string{b.String()})
	if len(rs) != 5 {
		t.Fatalf("read %v", recordNames(rs))
	}
	for _, r := range rs {
		if bad := len(r.Check()) > 0; bad != (r.Name == "韦子墨") || len(r.Scores) != 4 || r.Total == nil {
			t.Errorf("%s: %v (scores %v, total %v)", r.Name, r.Check(), r.Scores, r.Total)
		}
	}
}

// A register whose header OCR lost, read by its student numbers, with the
// gender glued after the names ("于海洋男17 …", "鞠雪晴。女16 …") and a
// rule read as 和 before one (heldout29's 大庆, as OCR read it): the names
// are the students', no gender and no rule in them (于海洋男 and 和鞠晓彤
// would pass for names of two surnames).
func TestGenderAndRuleGlued(t *testing.T) {
	t.Parallel()
	page := "学习任务考核成绩表\n学校:大庆市百湖技师学院”班级:照护2301班\n" +
		"| 1 2323052901鞠雪晴。女16 17 21 11 8 73”中等|\n| 2 2323052902孙鸿发”男18 20 27 11 8 84良好|\n" +
		"| 3 2323052903曲佳瑞”女18 23 20 11 7 74”中等|\n| 8 2323052908于海洋男17 19 27 11 |\n" +
		"| 19 2323052919和鞠晓彤。女17 19 22 13 8 79”中等|\n| 24 2323052925隋文静女18 21 22 12 8 81良好|\n" +
		"42“2323052943”于博男12 21 19 11 9 72”中等\n考评员:宫秀梅、邢立新复核:宫秀梅"
	want := []string{"鞠雪晴", "孙鸿发", "曲佳瑞", "于海洋", "鞠晓彤", "隋文静", "于博"}
	if got := recordNames(Records([]string{page})); !slices.Equal(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
}

// TestSumConsensusStars: a scanned register whose header OCR lost, the
// 自评/互评 star ratings after each name read as characters ("女友女六六。
// 女友妇女友", heldout54's 和田 动画): the words before the numbers are no
// numbers, most rows add up, and 麦麦提敏's 86, six above his sum, is
// checked.
func TestSumConsensusStars(t *testing.T) {
	t.Parallel()
	page := "学习任务考核评价表\n学校:和田市玉河技工学校”班级:动画2401班\n|同和ks |\n" +
		"| 1 2465030601图尔贡.阿不力孜女友女六六。女友妇女友23 26 22 11 82 |\n" +
		"| 6 2465030606王峻昭女女妇女六。女友妇女妇。19 24 21 14 78 |\n" +
		"| 10 2465030610刘芷晴妇女妇女丰。女友丰六六24 23 18 13 78 |\n" +
		"| 13 2465030613杨宇形女女友六六。女友超女六25 24 23 13 85 |\n" +
		"| 17 2465030617赵俊豪妇女廊女妇女妈妈六六28 27 20 13 88 |\n" +
		"| 18 2465030618刘晨旭女友妇女妇女友友六六22 25 21 14 82 |\n" +
		"| 28 2465030628麦麦提敏.亚库甫妇女娘六六。妇女妇女六23 23 21 13 86 |\n" +
		"| 29 2465030629王艺馨妇女妈妈妇女太太女六24 25 22 13 84 |\n" +
		"说明:自评、互评为星级(五星为满)，不计入总分;总分为教师评分四项之和。"
	rs := Records([]string{page})
	if len(rs) != 8 {
		t.Fatalf("read %v", recordNames(rs))
	}
	for _, r := range rs {
		if got := len(r.Check()) > 0; got != strings.HasPrefix(r.Name, "麦麦提") || !r.SumChecked {
			t.Errorf("%s: %v (scores %v, sum checked %v)", r.Name, r.Check(), r.Scores, r.SumChecked)
		}
	}
}

// A scanned register whose header OCR garbled beyond reading, read by its
// student numbers (heldout29's 泰州 烹饪 under a highlighter, as OCR read
// it): a third of its rows garbled, but most show five scores and a total
// that adds them up, so the rows that do are read as such, and 卞文博's
// 84, four above his 80, is checked (whether it is claimed is the digits'
// confidence's to say). Before, the rows had to agree in seven of ten.
func TestSumConsensusMajority(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录表\n" +
		"学校:泰州市凤城河技师学院”班级:毫饪2402班课程:淮扬风味热菜制作\n" +
		"学习任务:漂漳鱼饼制作与出品”考核日期: 2024年9月26日\n" +
		"你前侣|炙个间三\n" +
		"人\n" +
		"本顾浩然2432050101 15 17 17 23 7 79\n" +
		"后到张雅琪2432050102 13 14 13 20 8 68\n" +
		"[3孙锦程2432050103 16 18 13 19 7 73\n" +
		"|全4朱宇轩2432050104 15 13 18 25 10 81\n" +
		"必5缪讲舌2432050105 14 19 15 27 9 84\n" +
		"攻顾悦2432050106 14 15 12 25 8 74\n" +
		"| 7 |孙子豪| 2432050107 | 17 | 7人\n" +
		"全徐博2432050108 19 17 14 27 9 86\n" +
		"|党9秘雨营2432050109 16 19 19 27 9 90\n" +
		"[会10吴家豪2432050110 17 16 15 24 8 80\n" +
		"|全朱帅2432050111 15 17 18 20 7 77\n" +
		"医记徐雪婷2432050112休16 13 27了80\n" +
		"人13俊寺2432050113 19 17 19 25 8 88\n" +
		"| 14 |顾嘉豪| 2432050114 | 16 PE ES | 8 | so\n" +
		"导3E急若汐2432050115 17 19 16比9 83\n" +
		"| 16丁玉洛2432050116 13 13 18 20 7 71\n" +
		"芋卞文博2432050117 14 17 15 25 9 84\n" +
		"8蒋贮泽2432050118 13 12 17 26 9 77\n" +
		"| 19愤婷2432050119人18 18 29 84\n" +
		"| 20仇志鹏2432050120 13 16 18 20 9 76\n" +
		"发卞可声2432050121 13 19 18 28 8 86\n" +
		"恬吴春2432050122 13 18洒25 9 79\n" +
		"23刘磊2432050123 13 19 16 23 10 81\n" +
		"| 24 |沈思雨| 2432050124 15 |6 15 3 23 | 8 77\n" +
		"|和25蒋卑轩2432050125 13 13 14 26 9 75\n" +
		"区朱旭东2432050126 19 17 16 26 7 85\n" +
		"2缪明轩2432050127 15 14和7 28 8 82\n" +
		"2缪海洋2432050128 16 19 13 25 9 82\n" +
		"| 29笑宏伟2432050129 17 14 16思10 79\n" +
		"| 30卞梓营2432050130 2 13 15 20 8 68\n" +
		"| 31 |顾晓峰| 2432050131 | 18 |六和过人18 | 19 | 8双\n" +
		"52储航2432050132 17 18 16 23 8 82\n" +
		"全33徐伟杰2432050133 19 16 15 23 7 80\n" +
		"| 34周婉婷2432050134 19 13 15 26 8 81\n" +
		"35生佳乐2432050135 | 16 19 15 26 | 9 85\n" +
		"|顾艺菲2432050136 | 13 20 7 72\n" +
		"任课教师〈签字) :朱建华教学部主任〈签字) :笑玉芳日期: 2024年10月3日"
	var found bool
	for _, r := range Records([]string{page}) {
		if strings.Contains(r.Excerpt, "2432050117") {
			found = true
			if !r.SumChecked || r.Total == nil || r.Total.Value != 84 || len(r.Check()) == 0 {
				t.Errorf("卞文博's row unchecked: %+v", r)
			}
		}
	}
	if !found {
		t.Error("no record for 2432050117")
	}
}

// A register photocopied off-centre, its header lost (heldout43's 日照,
// as OCR read it): each row's serial read as a character glued before the
// name, which the student number follows ("民卢诗琪2411…" for 1 卢诗琪), and
// specks past the table's right rule ("80 |昌", "75 | 3"). The names are
// the runs' ends; the rows that carry specks are checked like the others;
// 安少杰's 79 for a sum of 89 is wrong on sure digits, since the only
// digit slip to explain it (his 14 a speck's 1 before 4) gives a score no
// row of the column comes near; 李克鹏's 7 (77, a digit lost) is a slip.
func TestSerialGluedHeaderLost(t *testing.T) {
	t.Parallel()
	page := "学生学习任务评价表\n日照市黄海之滨技工学校”班级:电商2402班”课程:农产品直播电商运营\n上直ii\n三|\n" +
		"民卢诗琪241106030201 20 10 14 18 12 74 |\n" +
		"没.徐妙涵241106030202 23 12 18 18 11 82 |\n" +
		"括淄李克鹏241106030203 22 14 13 18 10 7\n" +
		"长渡郑明哲241106030204 17 13 14 22 14 80 |\n" +
		"| 5卢骏驰241106030205 24 13 16 18 13 84 | |\n" +
		"| 19安心怡241106030219 22 11 15 21 11 80 |昌\n" +
		"| 20厉琳241106030220 19 10 14 20 12 75 |上\n" +
		"| 23刘神宁241106030223 22 10 16 18 9 75 | 3\n" +
		"本王崇洲241106030227 20 14 13 18 13 78 |\n" +
		"| 28张耽正241106030228 16 11 16 16 10 69 |目\n" +
		"是许险241106030238 20 12 16 17 14 79 | 2\n" +
		"| 40安少杰241106030240 23 14 16 24 12 79 |\n" +
		"42孙政241106030242 16 12 13 19 13 73\n" +
		"考核教师〈签字) :丁红霞"
	rs := Records([]string{page})
	want := []string{"卢诗琪", "徐妙涵", "李克鹏", "郑明哲", "卢骏驰", "安心怡", "厉琳", "刘神宁", "王崇洲", "张耽正", "许险", "安少杰", "孙政"}
	if got := recordNames(rs); !slices.Equal(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
	for _, r := range rs {
		if !r.SumChecked {
			t.Errorf("%s unchecked: %q", r.Name, r.Excerpt)
		}
	}
	claimsOnSure(t, rs, "安少杰")
}

// claimsOnSure marks the records read by OCR at sure digits and wants a
// claim on the row of bad alone.
func claimsOnSure(t *testing.T, rs []Record, bad string) {
	t.Helper()
	for i := range rs {
		r := &rs[i]
		r.OCR, r.SureDigits = true, true
		if got := len(r.Check()) > 0; got != (r.Name == bad) {
			t.Errorf("%s: %v (scores %v, total %v)", r.Name, r.Check(), r.Scores, r.Total)
		}
	}
}

// A typed register two students a row whose 学号 are their last four
// digits ("学号前六位：240801", heldout45's 营口 数控): the second half
// opens with its serial, not with its 学号; every row's scores are read,
// and 郭骁腾's 73 for 78 is claimed.
func TestTwoUpShortIDs(t *testing.T) {
	t.Parallel()
	page := "学号前六位：240801　　（表中学号只写后四位）\n" +
		"序号 学号 姓名 工艺(20) 编程(25) 加工(35) 检测(20) 总分 序号 学号 姓名 工艺(20) 编程(25) 加工(35) 检测(20) 总分\n" +
		"1 0101 曲峥嵘 17 17 25 14 73 20 0120 郭艺璇 19 17 25 19 80\n" +
		"2 0102 姜倩倩 15 20 30 14 79 21 0121 孙依诺 12 22 33 16 83\n" +
		"3 0103 隋梦洁 18 19 26 14 77 22 0122 赵天宇 14 16 29 18 77\n" +
		"4 0104 郭骁腾 16 21 24 17 73 23 0123 赵博涵 14 17 25 18 74\n" +
		"应考8人，实考8人。"
	rs := Records([]string{page})
	if got, want := recordNames(rs), []string{"曲峥嵘", "郭艺璇", "姜倩倩", "孙依诺", "隋梦洁", "赵天宇", "郭骁腾", "赵博涵"}; !slices.Equal(got, want) {
		t.Fatalf("read %v, want %v", got, want)
	}
	for _, r := range rs {
		if r.Total == nil || len(r.Scores) != 4 {
			t.Errorf("%s: %d scores, total %v", r.Name, len(r.Scores), r.Total)
		}
		if got := len(r.Check()) > 0; got != (r.Name == "郭骁腾") {
			t.Errorf("%s: %v", r.Name, r.Check())
		}
	}
}

// A 1-bit scan of a register with a 民族 column whose 彝族 OCR read as a
// different character each row (醚族, 焚族, 机族, 贡族), quotes between the
// name and the cell (heldout45's 楚雄 中药, as OCR read it): every row's
// scores are read, and 者永康's 23 under 切片(20) is over its maximum.
func TestGarbledPeopleColumn(t *testing.T) {
	t.Parallel()
	page := "序号学号姓名。民族净制(20)。润制(20)。切片(20)干燥(20)。检验(20)总分|\n" +
		"1 2423013001。。”李若溪”汉族16 13 14 14 16 73 |\n" +
		"4 2423013004”和鲁志鹏机族13 16 13 17 18 77 |\n" +
		"5 2423013005“。”杞芷若。”醚族19 17 16 14 17 83 |\n" +
		"12 2423013012。”。毕思雨。”杯族17 18 16 17 16 84 |\n" +
		"| 26 2423013026。。普文杰。焚族18 14 13 16 14 75\n" +
		"| 40 2423013040者永康。贡族18 19 23 19 16 95\n" +
		"考核教师:李光荣、杨丽仙"
	rs := Records([]string{page})
	if got, want := recordNames(rs), []string{"李若溪", "鲁志鹏", "杞芷若", "毕思雨", "普文杰", "者永康"}; !slices.Equal(got, want) {
		t.Fatalf("read %v, want %v", got, want)
	}
	for _, r := range rs {
		if len(r.Scores) != 5 || r.Total == nil {
			t.Errorf("%s: %d scores", r.Name, len(r.Scores))
		}
	}
	claimsOnSure(t, rs, "者永康")
}

// A register with 前测 后测 增值 after the total, none part of it, their
// headings glued into one by OCR and the 增值 cells garbled ("+t22", "H1"),
// as heldout46's 珲春 scan read: the rows whose scores add up to the total
// are read, and 刘俊昭's 66 under 结果考核(60) is over; a row whose first
// cells do not add up is left unread (a cell may be lost).
func TestColumnsAfterTotal(t *testing.T) {
	t.Parallel()
	page := "序号学号姓名过程考核(40)结果考核(60)总分前测后测增值\n" +
		"和23312701高一鸣32 52 84 55 65 +0 |\n" +
		"和> 23312703赵思远31 44 75 37 61 +24 |\n" +
		"量，23312711南正浩31 38 69 53 75 +t22 |\n" +
		"23312722刘俊昭31 66 97 58 69 H1 |\n" +
		"| 26 23312726王芷晴27 39 78 54 +24 |\n" +
		"说明:前测、后测为同一套理论测试题〈百分制)，只用于增值评价，不计入总分。"
	rs := Records([]string{page})
	if got, want := recordNames(rs), []string{"高一鸣", "赵思远", "南正浩", "刘俊昭", "王芷晴"}; !slices.Equal(got, want) {
		t.Fatalf("read %v, want %v", got, want)
	}
	for _, r := range rs {
		if read := r.Total != nil && len(r.Scores) == 2; read != (r.Name != "王芷晴") {
			t.Errorf("%s: scores %v, total %v", r.Name, r.Scores, r.Total)
		}
	}
	claimsOnSure(t, rs, "刘俊昭")
}

// A Word register as its PDF's text gives it (heldout48's 宣城 汽修): each
// score heading's maximum wrapped in its cell ("接车问诊（15" above the
// identity headings, "分）" below them), and a four-character name wrapped
// around its row ("欧阳以" above, "恒" below). The maxima are read, 周霈然's
// 87 for 78 is wrong, and the wrapped row is 欧阳以恒's.
func TestWrappedCells(t *testing.T) {
	t.Parallel()
	page := "学习任务考核成绩登记表\n接车问诊（15 拆检测量（30 更换作业（35 复检交车（20 总分（100\n序号 学号 姓名 等级\n分） 分） 分） 分） 分）\n" +
		"1 233404030201 章一诺 13 22 33 18 86 良好\n2 233404030202 汪宇辰 12 25 31 16 84 良好\n" +
		"26 233404030226 周霈然 11 24 30 13 87 良好\n34 233404030234 朱诗琪 13 22 27 18 80 良好\n" +
		"欧阳以\n35 233404030235 11 25 32 16 84 良好\n恒\n36 233404030236 刘浩 14 19 27 15 75 合格\n考核教师：王志宏"
	rs := Records([]string{page})
	if got, want := recordNames(rs), []string{"章一诺", "汪宇辰", "周霈然", "朱诗琪", "欧阳以恒", "刘浩"}; !slices.Equal(got, want) {
		t.Fatalf("read %v, want %v", got, want)
	}
	for _, r := range rs {
		if r.Name == "欧阳以恒" {
			continue
		}
		if len(r.Scores) != 4 || r.Scores[1].Max != 30 {
			t.Errorf("%s: scores %v", r.Name, r.Scores)
		}
		if got := len(r.Check()) > 0; got != (r.Name == "周霈然") {
			t.Errorf("%s: %v", r.Name, r.Check())
		}
	}
}

// TestWrappedRowCells: a Word register with narrow cells as its PDF's text
// gives it (heldout56's 涪陵 汽修): each heading's maximum wrapped ("6S（10"
// above the identity headings, "分）" below), and every row over three
// lines, the tops of its wrapped cells (group, 学号's head, a long name's
// head) above the serial and scores, their ends below. Every row is its
// student's, with its whole 学号; 蒲承志's 27 under 故障诊断(20) is claimed.
func TestWrappedRowCells(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录表\n安全规范（10 检查测量（30 故障诊断（20 排除与路试（30 6S（10\n序号 组别 学号 姓名 总分\n分） 分） 分） 分） 分）\n" +
		"第1 24020403010 欧阳建\n1 8 21 19 25 8 81\n组 1 业\n" +
		"第1 24020403010\n2 幸昕冉 9 20 18 21 7 75\n组 2\n" +
		"第1 24020403010\n3 周博宇 7 26 19 26 7 85\n组 3\n" +
		"第6 24020403013\n37 蒲承志 8 19 27 20 8 82\n组 7\n" +
		"第6 24020403013\n38 谭欣彤 8 27 17 26 6 84\n组 8\n考核教师：秦建华"
	rs, junk, _ := RecordsJunkMarks([]string{page})
	if got, want := recordNames(rs), []string{"欧阳建业", "幸昕冉", "周博宇", "蒲承志", "谭欣彤"}; !slices.Equal(got, want) || junk != 0 {
		t.Fatalf("read %v (%d lines unread), want %v", got, junk, want)
	}
	if ids := StudentIDs(rs[0].Excerpt); len(ids) != 1 || ids[0] != "240204030101" {
		t.Errorf("欧阳建业's 学号: %v", ids)
	}
	for _, r := range rs {
		if got := len(r.Check()) > 0; got != (r.Name == "蒲承志") || len(r.Scores) != 5 || r.Scores[4].Max != 10 {
			t.Errorf("%s: %v (scores %v)", r.Name, r.Check(), r.Scores)
		}
	}
}

// TestGenderColumnGutter: a bound register copied open on the glass
// (heldout33's 中卫 电商): the gutter's shadow read as a character before
// each row's first rule ("上|"), the 性别 cell glued to the name ("陈磊男")
// or to the first score ("。男29"). Every row is its student's, with the
// scores; a name ending in 男 keeps it when the gender stands apart.
func TestGenderColumnGutter(t *testing.T) {
	t.Parallel()
	page := "学生成绩记载表\n学号姓名性别平时(30)实操(50)报告(20)总评备注|\n" +
		"上| 2464060303陈磊男22 33 12 67 |\n" +
		"上| 2464060308王学文。男24 48 14 86 |\n" +
		"| 2464060309冶晓峰。男29 36 18 83 |\n" +
		"国”| 2464060330。杨芳芳女27 30 12 69 |\n" +
		"| 2464060331张亚男 女 26 44 19 89 |\n" +
		"旺。| 2464060335马文本。男28 32 19 85 |\n" +
		"|任课教师:马玉兰、海德云班主任:拓玉梅"
	rs := Records([]string{page})
	var got []string
	for _, r := range rs {
		got = append(got, r.Name)
		if len(r.Scores) != 3 || r.Total == nil {
			t.Errorf("%s: scores %v total %v", r.Name, r.Scores, r.Total)
		}
	}
	if want := []string{"陈磊", "王学文", "冶晓峰", "杨芳芳", "张亚男", "马文本"}; !slices.Equal(got, want) {
		t.Errorf("names %v, want %v", got, want)
	}
	if p := rs[len(rs)-1].Check(); len(p) != 1 || p[0] != "总分85不等于各项之和79" {
		t.Errorf("马文本: %v", p)
	}
	// A name before the rule is no speck.
	if got := cutSerialNoise("张伟| 2464060303 22 33 12 67 |"); got != "张伟| 2464060303 22 33 12 67 |" {
		t.Errorf("name cut as a speck: %q", got)
	}
}

// TestRowsApart: a register whose tall rows (a comment merged under each)
// OCR read as two lines, the student number and name on one and the
// scores on another, above or below (heldout34's 格尔木): one record a
// student number, the comment and score lines none; a number OCR read a
// speck into (24630127106) is the next student's. A register whose rows
// keep their scores, some names lost, is read as its rows.
func TestRowsApart(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录(含评语)\n|序号学号姓名|电气安装(25) |。PLC程序(30) |。变频调速(25)”|。安全文明(20) |总分\n" +
		"| 20 | 21 | 18 | 14导有\n2463012701孙乔0\n|评语:程序结构清楚，调试耐心\n23 28 23 15 89\n" +
		"旋2463012702有符藏措| 0\n|评语:小组合作好，记录完整。\n" +
		"4 2463012704刘雨桐| | >\n|评语:动作规范，能独立排除跑偏故障。\n灶27 24人90\n" +
		"| 24 | 28 | 22 | 18展汶\n6 2463012706韩晓燕二4\n|评语:接线有返工，后期进步明显。\n" +
		"14 2463012715韩子怡了Le\n|评语:程序结构清楚，调试耐心\n24630127106孙晓东袜|安二\n|评语:操作认真，注意工具归位。\n21 27之1\n" +
		"16 2463012717祁永强和\n19 20 18 16 73\n|评语:变频器参数设置正确，需加强安全意识。\n" +
		"| 21 | 21 | 20 | 14区下\n24”2463012725。。才让多杰\n|评语:接线整齐，程序调试熟练。\n18 19 22 17 76\n" +
		"考核教师:赵建青、索南才让"
	rs, junk, marks := RecordsJunkMarks([]string{page})
	var got []string
	for _, r := range rs {
		got = append(got, r.Name)
	}
	if want := []string{"孙乔", "有符藏措", "刘雨桐", "韩晓燕", "韩子怡", "孙晓东", "祁永强", "才让多杰"}; !slices.Equal(got, want) || junk != 0 || marks != 0 {
		t.Errorf("records %v (junk %d, marks %d), want %v", got, junk, marks, want)
	}
	kept := "序号 学号 姓名 理论(40) 实操(60) 总分\n1 2463012701 孙乔 30 50 80\n2 2463012702 刘悦 31 50 81\n3 2463012703 周婷 32 50 82\n" +
		"4 2463012704 刘雨桐 33 50 83\n5 2463012705 韩晓燕 34 50 84\n6 2463012706 郭嘉欣 35 50 85\n7 34 50 84\n8 30 40 70\n9 30 41 71\n10 30 42 72\n11 30 43 73\n"
	if rs := Records([]string{kept}); len(rs) != 11 {
		t.Errorf("rows with their scores, five names lost: %d records, want 11", len(rs))
	}
}

// TestSumConsensusGrades: a register read by its student numbers (its
// header garbled: "富浅5史评分项目〈满分) |"), each row's total followed by
// its grade and a rule ("74合格|", heldout33's 中卫 机电): the rows agree,
// the totals are checked; a grade OCR garbled ("人台格") is read as words
// after the total where the numbers before it add up, and leaves its row
// unchecked where they do not (the words may be the total garbled).
func TestSumConsensusGrades(t *testing.T) {
	t.Parallel()
	rows := []string{"13 17 18 18 8 74合格", "12 22 18 23 8 83良好", "11 17 20 21 7 76合格", "13 20 18 18 6 75合格",
		"13 24 22 17 7 89良好", "13 16 20 21 8 78合格", "10 16 16 23 9 74人台格"}
	class := []string{"丁清扬", "赵明远", "周蕴仪", "锁知远", "张浩然", "李玉成", "丁悦"}
	var b strings.Builder
	b.WriteString("富浅5史评分项目〈满分) |\n元件安装(15)电饼接线(25)了的旺。联动调试(25)安全文明G0)\n")
	for i, r := range rows {
		fmt.Fprintf(&b, "| %d 24640127%02d%s%s|\n", i+1, i+1, class[i], r)
	}
	rs := Records([]string{b.String()})
	if len(rs) != 7 {
		t.Fatalf("%d records", len(rs))
	}
	for i, r := range rs {
		want := 0
		if i == 4 {
			want = 1
		}
		if p := r.Check(); len(p) != want {
			t.Errorf("%s: %v", r.Name, p)
		}
	}
	if rs[4].Total == nil || rs[6].Total == nil {
		t.Errorf("张浩然's total %v, 丁悦's %v", rs[4].Total, rs[6].Total)
	}
	// 丁悦's parts one off her total, the grade garbled: unchecked.
	b.Reset()
	b.WriteString("富浅5史评分项目〈满分) |\n元件安装(15)电饼接线(25)了的旺。联动调试(25)安全文明G0)\n")
	rows[6] = "10 16 16 23 9 7口人台格"
	for i, r := range rows {
		fmt.Fprintf(&b, "| %d 24640127%02d%s%s|\n", i+1, i+1, class[i], r)
	}
	if rs := Records([]string{b.String()}); len(rs) != 7 || rs[6].Total != nil || len(rs[6].Check()) > 0 {
		t.Errorf("a total garbled before the grade: %+v", rs[len(rs)-1])
	}
}

// TestGroupColumn: a 组别 column after the serial ("1 第一组 241513010201
// 乔宇轩 17 21 …", heldout36's 乌海), headings on a line above 序号 组别 学号
// 姓名 总分 and maxima marked 分 on the line below: the students are the
// records, never their groups, and the scores are checked.
func TestGroupColumn(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录\n净选润制 切片 干燥 质量检查 记录填写\n序号 组别 学号 姓名 总分\n20分 30分 20分 20分 10分\n" +
		"1 第一组 241513010201 乔宇轩 17 21 14 14 8 74\n2 第一组 241513010202 赵子豪 16 26 14 18 8 82\n" +
		"7 第二组 241513010207 杨鑫 14 20 12 18 9 73\n8 第二组 241513010208 王彤彤 15 32 17 16 7 87\n任课教师：任丽华"
	rs := Records([]string{page})
	var got []string
	for _, r := range rs {
		got = append(got, r.Name)
	}
	if want := []string{"乔宇轩", "赵子豪", "杨鑫", "王彤彤"}; !slices.Equal(got, want) {
		t.Fatalf("records %v, want %v", got, want)
	}
	if p := rs[3].Check(); len(p) != 1 || p[0] != "“切片”得分32超过满分30" {
		t.Errorf("王彤彤: %v", p)
	}
}

// TestIdentityHeadingsLost: a fax's two-row header whose 序号, 学号 and
// 姓名 OCR lost (heldout34's 琼海: the group headings over the score
// headings, the total's heading lost too) is read with its score headings,
// the rows' last number the total where the rows show it is the sum.
func TestIdentityHeadingsLost(t *testing.T) {
	t.Parallel()
	page := "学习任务考核成绩登记圾\n[ Le人过程考核(40分)结果考核(60分) |\n出勤(10)。工单(15)。安全(15)。检测(20)。拆装(30)路荆(10)\n" +
		"| 3 2446040303。绪可欣8 12 10 17 24 7 78 |\n| 4 2446040304林学成7 9 13 19 26 7 81 |\n" +
		"| 5 246040305周熙敏7 13 9 16 25 8 78 |\n| 9 2446040309只让几9 12 1 19 33 8 92 |\n冲核教师:林海海"
	rs, _, _ := RecordsJunkMarks([]string{page})
	if len(rs) != 4 {
		t.Fatalf("%d records, want 4", len(rs))
	}
	r := rs[1]
	if len(r.Scores) != 6 || r.Total == nil || r.Total.Value != 81 || r.Scores[4].Column != "拆装(30)" || r.Scores[4].Max != 30 || !r.SumChecked {
		t.Errorf("林学成: scores %+v, total %v, checked %v", r.Scores, r.Total, r.SumChecked)
	}
	// Rows whose last number is no sum: a score column lost, not the total.
	noSum := strings.NewReplacer(" 78 |", " 90 |", " 81 |", " 95 |").Replace(page)
	rs, _, _ = RecordsJunkMarks([]string{noSum})
	for _, r := range rs {
		if r.Total != nil {
			t.Errorf("%s: total %v where the rows' last numbers are no sums", r.Name, r.Total.Value)
		}
	}
}

// TestSolvedBySure: a scanned row that does not add up, all its numbers
// read surely but one, that one solved within its maximum or the total
// itself: a sure score above its maximum stands; an unsure one, or a row
// the total cannot solve, claims nothing.
func TestSolvedBySure(t *testing.T) {
	t.Parallel()
	page := "序号 学号 姓名 出勤(10) 工单(15) 安全(15) 检测(20) 拆装(30) 路荆(10) 总分\n" +
		"9 2446040309 吴海川 9 12 1 19 33 8 92\n"
	rs, _, _ := RecordsJunkMarks([]string{page})
	if len(rs) != 1 {
		t.Fatalf("%d records", len(rs))
	}
	for _, c := range []struct {
		name  string
		sure  []bool
		total bool
		want  int
	}{
		{"one unsure, solved to 11", []bool{true, true, false, true, true, true}, true, 1},
		{"the over-max score unsure", []bool{true, true, true, true, false, true}, true, 0},
		{"two unsure", []bool{true, false, false, true, true, true}, true, 0},
		{"total unsure", []bool{true, true, false, true, true, true}, false, 0},
		// Every score sure, the total not: the total was misread, and
		// 拆装's 33 of 30 stands.
		{"only the total unsure", []bool{true, true, true, true, true, true}, false, 1},
		{"not known", nil, false, 0},
	} {
		r := rs[0]
		r.OCR, r.SureScore, r.SureTotal = true, c.sure, c.total
		if got := r.Check(); len(got) != c.want {
			t.Errorf("%s: %q, want %d problems", c.name, got, c.want)
		}
	}
	// Solved beyond its maximum (安全 would be 25 of 15): whatever the
	// unsure number is, the sure ones and the total do not add up
	// (beyondUnsure), and the claim names the column read unsurely. With
	// the total unsure too, or a second score, no claim.
	rs, _, _ = RecordsJunkMarks([]string{strings.Replace(page, " 92", " 106", 1)})
	for _, c := range []struct {
		name  string
		sure  []bool
		total bool
		want  int
	}{
		{"beyond its maximum", []bool{true, true, false, true, true, true}, true, 1},
		{"beyond, total unsure", []bool{true, true, false, true, true, true}, false, 0},
		{"beyond, two unsure", []bool{true, true, false, true, true, false}, true, 0},
	} {
		r := rs[0]
		r.OCR, r.SureScore, r.SureTotal = true, c.sure, c.total
		got := r.Check()
		if len(got) != c.want || c.want == 1 && !strings.Contains(got[0], "“安全(15)”一栏") {
			t.Errorf("%s: %q, want %d problems", c.name, got, c.want)
		}
	}
	// Below zero: the sure scores alone are more than the total.
	rs, _, _ = RecordsJunkMarks([]string{strings.Replace(page, " 92", " 75", 1)})
	r := rs[0]
	r.OCR, r.SureScore, r.SureTotal = true, []bool{true, true, false, true, true, true}, true
	if got := r.Check(); len(got) != 1 {
		t.Errorf("sure scores above the total: %q, want 1 problem", got)
	}
}

// TestSplitHeader: a Word register whose identity cells span two header
// rows prints its score headings a line above "序号 姓名 学号 合计 等级" and
// their maxima, bare, a line below (heldout41's 安康 中药): one header, the
// maxima row no record. Words above that are no headings (the title) stay
// out.
func TestSplitHeader(t *testing.T) {
	t.Parallel()
	page := "学生学习任务成绩记载表\n班级：中药2401班　　课程：中药材采收加工与鉴别\n资讯计划 采收加工 性状鉴别 显微鉴别 职业素养\n序号 姓名 学号 合计 等级\n15 25 30 20 10\n" +
		"1 谢雨欣 246113010101 11 21 26 15 7 80 良\n2 赵婉清 246113010102 9 18 19 13 8 67 及格\n3 周昊天 246113010103 12 33 20 13 7 85 中\n"
	rs := Records([]string{page})
	if len(rs) != 3 {
		t.Fatalf("%d records", len(rs))
	}
	if r := rs[2]; len(r.Scores) != 5 || r.Scores[1].Max != 25 || r.Total == nil || r.Total.Value != 85 || len(r.Check()) != 1 {
		t.Errorf("周昊天: scores %+v, total %v, problems %q", r.Scores, r.Total, r.Check())
	}
	if got := rs[0].Check(); len(got) != 0 {
		t.Errorf("谢雨欣: %q", got)
	}
	// A heading with a number in it (heldout43's 佳木斯: "6S管理").
	if got, ok := splitHeader("电气接线 程序编写 6S管理", "序号 学号 姓名 总分 备注", "25 65 10"); !ok || !strings.Contains(got, "6S管理(10) 总分") {
		t.Errorf("6S管理: %q", got)
	}
	if _, ok := splitHeader("班级：中药2401班 课程：中药材", "序号 姓名 学号 合计 等级", "15 25"); ok {
		t.Error("a title line taken for headings")
	}
	if _, ok := splitHeader("资讯计划 采收加工 性状鉴别", "序号 姓名 学号 合计 等级", "1 谢雨欣 246113010101"); ok {
		t.Error("a row taken for maxima")
	}
}

// TestStrayOpening: the table's corner read as "[" before a header whose
// headings OCR glued together (heldout39's 铜仁 烹饪) opens nothing: each
// heading is a column with its maximum. A bracket that closes its heading
// stays.
func TestStrayOpening(t *testing.T) {
	t.Parallel()
	cols := headerColumns("[六号学呈姓名刀工(20分)米浆蒸制(25分)”汤料调配(25分)出品(20分)卫生(10分)总分备注|")
	var maxima []float64
	for _, c := range cols {
		if c.max > 0 {
			maxima = append(maxima, c.max)
		}
	}
	if !slices.Equal(maxima, []float64{20, 25, 25, 20, 10}) {
		t.Errorf("maxima %v, want 20 25 25 20 10: %+v", maxima, cols)
	}
	if got := strayOpening("(满分60) 终结考核"); got != "(满分60) 终结考核" {
		t.Errorf("a closed bracket dropped: %q", got)
	}
}

// A scanned register whose header OCR lost, its 学号 thirteen digits long
// (heldout46's 盐城, as OCR read it): every row is read by its number.
func TestThirteenDigitIDs(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录表\n[学刁姓名人\n" +
		"| 1 2024040340201朱亦凡9 24 21 1 8 73人格|\n| 2 2024040340202统凯8 30 21 1 8 8较好|\n" +
		"| 3 2024040340204周恩过8 24 25 13 7 77 1h格|\n| 5 2024040340206卞太9 34 26 10 7 86较好\n" +
		"| 6 2024040340207张晴雯9 23 25 13 8 78合格|\n| 11 2024040340211沈铭轩8 29 24 13 8 8较好|\n" +
		"考核教师:仓永明"
	rs, _, _ := RecordsJunkMarks([]string{page})
	if got, want := len(rs), 6; got != want {
		t.Errorf("read %d records %q, want %d", got, recordNames(rs), want)
	}
}

// TestRotationRegister: a station-rotation register (轮岗), each row the
// student's group and order of stations before the stations' scores, the
// stations' headings opening with their letter, OCR gluing the text
// headings to the first ("组别轮岗顺序A气动安装(30)") and reading the
// orders as letters and marks, some between rules ("| A->B-C |"): the
// page as OCR read it, heldout56's 邢台 机电 at 250 dpi gray. The order
// is no score; 魏胸飞's total is 9 above his stations'.
func TestRotationRegister(t *testing.T) {
	t.Parallel()
	page := `学习任务考核记录(工位轮岗)
邢台市达活泉技工学校”班级:机电2302班”课程:自动化生产线安装与调试
学习任务:轴承套圈自动上下料机械手气动与PLC控制装调”考核日期: 2024年12月21日
说明:全班分组在A、B、<C三个工位轮岗，每个工位由工位教师评分。
序号学号姓名组别轮岗顺序A气动安装(30) B电气接线(30) C程序调试(40)总分
是: 2313012701甄一鸣1组A一B一C 26 21 28 75
| : 2313012702郭彬1组B一C-A 21 23 31 75
| 3 2313012703郑夺1组C-A-B 26 21 37 84
| 4 2313012704痢欣彤1组A-B一C 23 23 27 5
| 5 2313012705韩子赛1组B一CA 25 25 28 78
| 2313012706好若溪1组C-A-B 26 24 29 79
革了7 2313012707赵思瑶”2组A-B一C 22 19 35 76
| 8 2313012708牛晶2组B一C-A 29 26 28 83 |
| 9 | 2313012709 |张读悦| 2组| c-A-sB | 22 | 26 | 26三
| 10 | 2313012710 |魏胸飞| 2组| A->B-C | 25 | 25 | 32 91
| 1 | 2313012711 |部字轩| 2组| BC-2A | 20 | 20 | 25 EC
| 12 | 2313012712 |魏语嫣| 2组| CA-sB | 28 | 27 | 30 85
| 13 | 2313012713 |杨jB东| 3组| A->B-C | 22 | 25 | 31 78
| 14 2313012714魏明哲3组B一C-A 21 25 30 76
| 15 2313012715部梓莹。3组CA-B 26 25 29 80
| 16 2313012716牛子墨。3组A-B一人C 24 25 32 81
| 2313012717赵凯文”3组B一C一A 27 25 30 82
| 18 ?2313012718。檀紫琪。3组CA-B 28 19 31下
| 19 2313012719檀语桐4组A-B-C 26 19 26 71
| 20 | 2313012720 |籍亦凡| 4组| BC-A | 28 | 21 | 29 78
| 21 | 2313012721 |牛静怡| 4组| CA-B | 26 | 25 | 28 79
| 22 | 2313012722 |宋天个| 4组| A->B-C | 28 | 20 | 25全
| 23 | 2313012723 |甄蝴喷| 4组| BC-2A | 22 | 21 | 29本富
| 24 | 2313012724 |箱子轩| 4组| CA-:B | 25 | 25 | 33 83
| 25 2313012725。。范昕冉5组A->B-C 27 21 29有
| 26 ?313012726。孟玉洁5组B-C-A 22 29 27 78
| 27 2313012727宋磊5组CA-B 22 28 25 75
| 28 2313012728籍夷5组A-B一C 27 28 31 86
| 29 ?313012730部志远5组。BC-A 21 19 33 5
| 30 2313012731刘广宇”5组C-A-B 28 21 27 76
| 31 2313012732孟若上”6组A-B一C 22 26 29万
| 32 2313012733最锦程。6组B一CA 26 24 38 88
| 33 2313012734檀宏宇6组C-A-B 24 26 34 84
| 34 | 2313012735“|贾振宇| 6组| A->B-C | 24 | 23 | 34 81
| 35 | 2313012736 |孟艺通| 6组| BC-2A | 28 | 27 | 31 86
| 36 2313012737贾靖要”6组C-A-B 25 24 28工人7
37 2313012738甄博涛7组A-B一C 26 24 25 75
38 2313012739贾家乐7组B一CA 26 24 37读本下
考核教师:韩振国、宋立新专业部审核:赵秀苹`
	checked := 0
	for _, r := range Records([]string{page}) {
		if r.SumChecked {
			checked++
		}
		// Totals OCR read a digit short ("5" for 75) are claimed here too;
		// the checks weigh them by OCR's confidence in the digits.
		if bad := len(r.Check()) > 0; bad != (r.Name == "魏胸飞") && !(r.Total != nil && r.Total.Value < 10) {
			t.Errorf("%s: %v (scores %v, total %v)", r.Name, r.Check(), r.Scores, r.Total)
		}
	}
	if checked < 25 {
		t.Errorf("%d rows' sums checked, want the rows read whole (25 or more)", checked)
	}
}

// TestHeaderTextHeadingsGlued: text headings OCR glued to the first score
// heading are cells of their own: 组别 always, and a run of words before a
// station's letter ("轮岗顺序A气动安装(30)").
func TestHeaderTextHeadingsGlued(t *testing.T) {
	t.Parallel()
	for line, want := range map[string][]string{
		"序号 学号 姓名 组别气动安装(30) 电气接线(30) 总分":     {"序号", "学号", "姓名", "组别", "气动安装(30)", "电气接线(30)", "总分"},
		"序号 学号 姓名 轮岗顺序A气动安装(30) B电气接线(30) 总分": {"序号", "学号", "姓名", "轮岗顺序", "A气动安装(30)", "B电气接线(30)", "总分"},
		"序号 姓名 安装PLC程序(30) 调试(20) 总分":         {"序号", "姓名", "安装PLC程序(30)", "调试(20)", "总分"},
	} {
		var got []string
		for _, c := range headerColumns(line) {
			got = append(got, c.head)
		}
		if !slices.Equal(got, want) {
			t.Errorf("headerColumns(%q) = %q, want %q", line, got, want)
		}
	}
}

// TestSerialRowsHeaderLost: a 成绩登记册 page written by hand in a printed
// grid of 序号 and blank columns, photographed (heldout58's 临汾 城轨, as
// OCR read it): the headings unreadable ("中媳名0 0 |"), no 学号, rows of a
// serial, a name and numbers, five rows at the end numbered and empty.
// Each numbered row with a name is a record (35, the count checked
// against the form's); the numbers are scores and a total where the rows
// agree, and 柴文博's (read 上文博) total is 5 above his scores.
func TestSerialRowsHeaderLost(t *testing.T) {
	t.Parallel()
	page := `学生成绩登记册
2024一2025学年第一学期”班级:城轨2401班“课程:车站客运组织(地铁车站早高峰站)
中媳名0 0 |
1张立新32 21 21 74
2上业巡巡29 25 27 81
3咽博文32 27 22 81
4讽俊豪31 26 27 84
5丑琳27 22 20 69
6间星搬28 25 20 73
7吉寻34 27 28 89
| 8里沐搬34 24 22 80
9鹤梦琪34 22 22 78
10喘泽字31 20 19 70
| 1]丑梓萌26 27 28 81
| 12郭玉洁31 26 26 83
| 13郭浩博30 27 21 78
14乔春十33 24 24 81
15尉迟静怡31 25 25 81
| 16吉海龙30 28 26 84
17上文博27 26 24 82
| 18郭若涵24 20 82
| 19尉迟凯瑞26 28 90
20尉迟佳乐刘27 25 84
| 21段宇航人19 22 71
22郭博23 25 81
23尉迟学文22 25 81
24畅鹏飞26 27 89
| 25贯一诺26 23了77和
26郭诗琪21 22 69
27丑姑曦35 19 21 75
28尉迟立新32 23 19 74
| 29丑浩然26 27 28 81
30此子墨34 21 26 81
| 31蔡国栋34 23 22 79
| 32息锦程34 22 23 79
33上业学文27 21 24 72
34亢凯瑞31 24 20 75
35柴振字33 20 25 78
36
37
38
39
40
任课教师:卫秋萍`
	rs := Records([]string{page})
	if len(rs) != 35 {
		t.Fatalf("read %d records, want 35: %v", len(rs), recordNames(rs))
	}
	checked := 0
	for _, r := range rs {
		if r.SumChecked {
			checked++
		}
		if bad := len(r.Check()) > 0; bad != (r.Name == "上文博") {
			t.Errorf("%s: %v (scores %v, total %v)", r.Name, r.Check(), r.Scores, r.Total)
		}
	}
	if checked < 20 {
		t.Errorf("%d rows' sums checked, want 20 or more", checked)
	}
	// Numbered lines of a worksheet are no register.
	steps := "操作步骤\n1检查设备15 20\n2连接电源10 12\n3调试程序20 30\n4记录数据5 8"
	if rs := Records([]string{steps}); len(rs) != 0 {
		t.Errorf("worksheet steps read as records: %v", recordNames(rs))
	}
}

// TestMaximaLineUnderHeader: a register whose two-row header OCR ran
// together, its columns' maxima on a line of their own under it ("10 10
// 10 30 25 15", the total's cell blank; heldout57's 舟山 汽修 as OCR read
// it): the maxima line is no student whose name OCR lost (it made the
// count 41 for 40 rows, the roster's 41, and hid the student missing).
func TestMaximaLineUnderHeader(t *testing.T) {
	t.Parallel()
	page := `学习任务考核成绩表
舟山市沈家门海事技工学校”班级:汽修2302班课程:汽车空调系统检修
学习任务:海岛冷链运输车空调不制冷故障诊断与检修考核日期: 2024年10月7日
了过程评价(30分)结果评价70分)
序呈证学姓名安全规范工单填写团队协作故障诊断维修操作。竣工检验”总分
10 10 10 30 25 15
| 2333040301。虞浩铭9 7 7 21 19 12 75 |
六2333040302周一革9 7 9 22 19 10 76 |
| 3 2333040303。乐金涛8 8 7 26 20 11 80 |
| 4 2333040304王沐社7 6 9 29 22 10 83 |
| 5 2333040305。孙彦坎7 9 6 24 21 12 79 |
| 6 2333040306。陈致远7 6 6 28 23 1 81 |
| 7 2333040307名字展7 8 8 21 21 11 76 |
| 8 2333040308上谨闻航9 8 7 24 20 12 80 |
| 9 2333040309。林婧琪9 8 7 28 16 1 79 |
| 10 2333040310。胡文渊9 6 6 28 18 1 78 |
| 1 2333040311。毛宏达9 8 7 28 17 9 78 |
| 12 2333040312。林若谷7 7 7 24 21 12 78 |`
	rs := Records([]string{page})
	if len(rs) != 12 {
		t.Errorf("read %d records, want the 12 rows: %v", len(rs), recordNames(rs))
	}
	for _, line := range []string{"10 10 10 30 25 15", "10 20 30 40 100", "| 20 | 30 | 50 |"} {
		if !maximaLine(line) {
			t.Errorf("maximaLine(%q) = false", line)
		}
	}
	for _, line := range []string{"3 2333040303 26 20 11 80", "18 22 13 80", "2 34 8"} {
		if maximaLine(line) {
			t.Errorf("maximaLine(%q) = true", line)
		}
	}
}

// TestMaximumLetterForDigit: a bracketed maximum OCR read a digit of as a
// letter ("质量检查(I5)", heldout14's 芜湖 中药 read again): the maximum,
// its column a score's; else the column stood between the scores and the
// total as text, every row's last score taken for its total (19 false
// claims). A heading's own letters in brackets stay.
func TestMaximumLetterForDigit(t *testing.T) {
	t.Parallel()
	cols := headerColumns("“。序号学号姓名净选己基化(20)。切制(35)。”清炒(30)。质量检查(I5)。总分坏人确认")
	k := slices.IndexFunc(cols, func(c column) bool { return strings.HasPrefix(c.head, "质量检查") })
	if k < 0 || cols[k].max != 15 || !cols[k].num {
		t.Errorf("质量检查(I5) read as %+v", cols)
	}
	for in, want := range map[string]string{"(2O)": "(20)", "（l0分）": "（10分）", "(I)": "(I)", "(OK)": "(OK)"} {
		if got := foldBrackets(in); got != want {
			t.Errorf("foldBrackets(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAbsentRowsDashRead: a ranking register's last rows, students absent
// or suspended, their rank a dash OCR read as 一 ahead of the 学号
// (heldout13's 石家庄 照护 read straighter): records, named; 休学 no name.
func TestAbsentRowsDashRead(t *testing.T) {
	t.Parallel()
	page := strings.Join([]string{
		"名次学号姓名助浴前评估(20)助浴操作(50)沟通与人文关怀(30)总分备注",
		"1 2023052927靳蓝19 48 23 90",
		"3 2023052902贾文静17 41 28 86",
		"3 2023052909刘建勋14 46 26 86",
		"6 2023052937范责平18 43 24 85",
		"8 2023052920武晓光18 37 28 83",
		"一2023052906郭一鸣缺考缺考缺考缺考缺考",
		"一2023052918郝立新缺考缺考缺考缺考缺考",
		"一2023052931任婉婷休学休学休学休学休学",
		"考核教师:起建国申秀英教研组长审核:申秀英",
	}, "\n")
	got := recordNames(Records([]string{page}))
	want := []string{"靳蓝", "贾文静", "刘建勋", "范责平", "武晓光", "郭一鸣", "郝立新", "任婉婷"}
	if !slices.Equal(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
}

// TestRemarkGluedMarkedTotal reads a register as OCR gave heldout60's
// 德阳 数控 (250-dpi scan, a 备注 column between the name and the
// scores). A group leader's 组长 glued to the first score ("组长10") was
// taken for the remark cell whole, the score with it, and the row lost
// its scores; a total with a mark read into it ("9%5" for 95) made the
// row's numbers untrusted, and the score over its maximum (26 under
// 程序编制(20)) was not seen. Each keeps its scores now; the marked total
// is unknown, no total.
func TestRemarkGluedMarkedTotal(t *testing.T) {
	t.Parallel()
	page := strings.Join([]string{
		"序号学号姓名备注工艺编制(15)程序编制(20)车削加工(40)检测(15)安全文明(10)总分",
		"发洒242701060101吴彦航12 14 28 11 8 73汪|",
		"|芭2 242701060102。。廖兴旺14 26 36 11 8 9%5 |",
		"区- 242701060103。。钟攀洁13 18 27 11 7 76汪|",
		"| 242701060104。。蒋瑞琪”组长10 17 27 13 9 76 |",
		"|室了7 242701060107曾淑婷10 18 37 12 9 86",
	}, "\n")
	rs := Records([]string{page})
	byName := map[string]Record{}
	for _, r := range rs {
		byName[r.Name] = r
	}
	scores := func(r Record) []float64 {
		var v []float64
		for _, s := range r.Scores {
			v = append(v, s.Value)
		}
		return v
	}
	if r := byName["廖兴旺"]; !slices.Equal(scores(r), []float64{14, 26, 36, 11, 8}) || r.Total != nil || r.Scores[1].Max != 20 {
		t.Errorf("廖兴旺: scores %v (maximum of the second %v), total %v; want 14 26 36 11 8 under 程序编制(20), no total", scores(r), r.Scores, r.Total)
	}
	if r := byName["蒋瑞琪"]; !slices.Equal(scores(r), []float64{10, 17, 27, 13, 9}) || r.Total == nil || r.Total.Value != 76 {
		t.Errorf("蒋瑞琪: scores %v, total %v; want 10 17 27 13 9, total 76", scores(r), r.Total)
	}
}

// TestGarbledGradeGluedToTotal reads a register with a 等级 column after 总分
// as OCR gave heldout59's 莆田 (250-dpi grey scan with toner streaks):
// each total ran into its grade through a speck, the grade garbled
// ("_69”人台格" for 69 合格, "78汪:合格"), and no row but two had been
// read with its scores: 柯文斌's total, 9 below his parts, was not seen.
// A grade glued to the total is cut off where the table has a 等级
// column; without one, a garbled word so glued keeps the row's numbers
// untrusted, and a grade word read whole ("83”良好") is still a grade (a
// header may garble its 等级 heading: heldout103's 辛集 中药, "号生级").
func TestGarbledGradeGluedToTotal(t *testing.T) {
	t.Parallel()
	rows := []string{
		"| 2 233504350202。余诗涵12 22 | 18 23 8 83”良好",
		"| 6 233504350206”柯文斌13 16 | 20 21 8 _69”人台格",
		"| 11 233504350211”方梦琪11 23 | 16 19 9 78汪:合格",
	}
	head := "序号学和姓名。安全防护(15)。信号检测(25) |故障判断(25)。插座更换(25)。工单填写(10)总分“等级"
	totals := func(head string) map[string]float64 {
		out := map[string]float64{}
		for _, r := range Records([]string{head + "\n" + strings.Join(rows, "\n")}) {
			if r.Total != nil && len(r.Scores) == 5 {
				out[r.Name] = r.Total.Value
			}
		}
		return out
	}
	want := map[string]float64{"余诗涵": 83, "柯文斌": 69, "方梦琪": 78}
	if got := totals(head); !maps.Equal(got, want) {
		t.Errorf("totals read %v, want %v", got, want)
	}
	if got := totals(strings.TrimSuffix(head, "“等级")); got["柯文斌"] != 0 || got["余诗涵"] != 83 {
		t.Errorf("no 等级 column: totals read %v, want none for 柯文斌, 83 for 余诗涵", got)
	}
}

// TestSlotColumns reads a register with the question each student drew
// and the workstation between the name and the scores (heldout62's 奉贤,
// 抽题号 工位号, "4号" and "07"). OCR ran the headings together
// ("抽题号工位号项目一(40)"): no row was read, and 钱晨阳's 45 under
// 项目一(40) was not seen. With the headings spaced, the workstation's
// number was taken for the first score (12 under 项目一, 35 under
// 职业素养(20)). The slot columns' cells are no scores, glued to the
// next ("4号12") or not.
func TestSlotColumns(t *testing.T) {
	t.Parallel()
	for _, page := range []string{
		"序号学号姓名抽题号工位号项目一(40)项目二(40)职业素养(20)总分考评员签名\n" +
			"1 243103010201张永乐3号01 31 27 19 77兰国平|\n" +
			"| 12 243103010212吴梦婷4号12 37 35 17 89施雪|\n" +
			"上31 243103010231钱晨阳5号07 45 25 12 82将国平|",
		"序号 学号 姓名 抽题号 工位号 项目一(40) 项目二(40) 职业素养(20) 总分 考评员签名\n" +
			"1 243103010201 张永乐 3号 01 31 27 19 77 兰国平\n" +
			"12 243103010212 吴梦婷 4号 12 37 35 17 89 施雪\n" +
			"31 243103010231 钱晨阳 5号 07 45 25 12 82 蒋国平",
	} {
		got := map[string]string{}
		for _, r := range Records([]string{page}) {
			s := ""
			for _, x := range r.Scores {
				s += fmt.Sprintf("%g/%g ", x.Value, x.Max)
			}
			got[r.Name] = s
		}
		want := map[string]string{"张永乐": "31/40 27/40 19/20 ", "吴梦婷": "37/40 35/40 17/20 ", "钱晨阳": "45/40 25/40 12/20 "}
		if !maps.Equal(got, want) {
			t.Errorf("%.40q…: scores %q, want %q", page, got, want)
		}
	}
}

// TestTwoUpThreeLineHeader reads a typed two-up register whose header
// stands on three lines, each half's score headings above 序号 学号 姓名
// 总分 and their maxima, bracketed, below (heldout64's 怀柔 城轨). The
// bracketed maxima were not taken for the maxima line, the halves'
// headings were joined as one, and a whole 学号 after the serial was
// taken for a short number that opens the second half (each left total
// went to the right half): no row was read with its scores, and 佟泽楷's
// 57 under 引导演练(50) was not seen.
func TestTwoUpThreeLineHeader(t *testing.T) {
	t.Parallel()
	page := strings.Join([]string{
		"学习任务考核成绩登记表",
		"客流分析 方案编制 引导演练 客流分析 方案编制 引导演练",
		"序号 学号 姓名 总分 序号 学号 姓名 总分",
		"(20) (30) (50) (20) (30) (50)",
		"1 2411043101 张宇鑫 19 23 45 87 19 2411043119 杨晓琪 18 22 33 73",
		"8 2411043108 佟泽楷 16 29 57 102 26 2411043126 马昊 16 19 32 67",
		"18 2411043118 孙靖雯 13 28 38 79 36 2411043136 于梓涵 15 21 34 70",
		"共36人。",
	}, "\n")
	got := map[string]string{}
	for _, r := range Records([]string{page}) {
		s := ""
		for _, x := range r.Scores {
			s += fmt.Sprintf("%g/%g ", x.Value, x.Max)
		}
		if r.Total != nil {
			s += fmt.Sprintf("=%g", r.Total.Value)
		}
		got[r.Name] = s
	}
	want := map[string]string{
		"张宇鑫": "19/20 23/30 45/50 =87", "杨晓琪": "18/20 22/30 33/50 =73",
		"佟泽楷": "16/20 29/30 57/50 =102", "马昊": "16/20 19/30 32/50 =67",
		"孙靖雯": "13/20 28/30 38/50 =79", "于梓涵": "15/20 21/30 34/50 =70",
	}
	if !maps.Equal(got, want) {
		t.Errorf("read %q, want %q", got, want)
	}
}

// TestTotalHeadingLost reads a register whose header OCR read without its
// last heading, 总分 (heldout66's 泊头 机电, a 250-dpi grey scan: "…联调运行
// (15) |安全文明(10)" over rows of five scores and their sum): no row had
// been read, and 魏锦涛's 35 under 程序设计(30) was not seen. A number
// after the scores that is their sum in most rows is the total; the rows
// then showing no total lost a cell, and theirs are not placed. Where the
// number is no sum (a rank, 名次, lost), nothing is placed.
func TestTotalHeadingLost(t *testing.T) {
	t.Parallel()
	head := "|序号|学号姓名|电气接线(25) |程序设计(30) |变频设置(20) |联调运行(15) |安全文明(10)"
	rows := []string{
		"1 2413012701，付清洲19 25 15 11 8 78",
		"7，2413012707。”孙俊申20 22 15 10 9 76 |",
		"16 2413012716。张泽楠21 19 16 13 8 77 |",
		"24 | 2413012724。哈梦洁19 27 15 | 14 | 7 | 82 |",
		"29。”2413012729。魏锦涛24 35 18 12 7 96 |",
		"36 | 2413012736 |哈星宇21 | 24 | 14 | 10 | 9 | 78 |",
		"38 2413012738。沙凯文21 23 18 11 80 |", // a cell lost
	}
	read := func(rows []string) map[string]Record {
		out := map[string]Record{}
		for _, r := range Records([]string{head + "\n" + strings.Join(rows, "\n")}) {
			out[r.Name] = r
		}
		return out
	}
	rs := read(rows)
	w := rs["魏锦涛"]
	if len(w.Scores) != 5 || w.Total == nil || w.Total.Value != 96 || !w.SumChecked {
		t.Fatalf("魏锦涛: scores %v, total %v, sum checked %v; want five scores, total 96, checked", w.Scores, w.Total, w.SumChecked)
	}
	if got := w.Check(); len(got) != 1 || !strings.Contains(got[0], "程序设计(30)”得分35超过满分30") {
		t.Errorf("魏锦涛: Check %q, want 35 over 程序设计(30)", got)
	}
	if r := rs["沙凯文"]; len(r.Scores) != 0 || r.Total != nil {
		t.Errorf("沙凯文 (a cell lost): scores %v, total %v; want none placed", r.Scores, r.Total)
	}
	// The number after the scores a rank: no sum, no total.
	ranked := slices.Clone(rows)
	for i, r := range ranked {
		f := strings.Fields(strings.TrimRight(r, " |"))
		ranked[i] = strings.Join(f[:len(f)-1], " ") + " " + strconv.Itoa(i+1)
	}
	for name, r := range read(ranked) {
		if len(r.Scores) != 0 || r.Total != nil {
			t.Errorf("ranks after the scores: %s read scores %v, total %v; want none placed", name, r.Scores, r.Total)
		}
	}
}

// TestLegendMaxima reads a register whose headings are codes, A to E, their
// names and maxima in a legend under the table, wrapped over two lines
// (heldout65's 靖西 中药, typed): 岑立诚's 34 under D (满分30) had not been
// seen, no column having a maximum.
func TestLegendMaxima(t *testing.T) {
	t.Parallel()
	page := strings.Join([]string{
		"学习任务考核成绩登记表",
		"序号 学号 姓名 A B C D E 总分 等级",
		"1 2413010101 黄泓博 23 15 13 21 8 80 良好",
		"2 2413010102 滕海峰 18 16 10 23 7 74 合格",
		"28 2413010128 岑立诚 17 16 13 34 9 89 良好",
		"评分项目代号：A—药材性状鉴别（满分25分）；B—真伪优劣辨识（满分20分）；C—处方审核（满分15分）；D—饮片调剂",
		"（满分30分）；E—职业素养（满分10分）。总分为A至E五项之和，满分100分。",
	}, "\n")
	var got []string
	for _, r := range Records([]string{page}) {
		if r.Name == "岑立诚" {
			got = r.Check()
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "“D”得分34超过满分30") {
		t.Errorf("岑立诚: Check %q, want D's 34 over its 30", got)
	}
	if c := legendMaxima("A—药材性状鉴别（满分25分）。等级：A 优秀"); c != nil {
		t.Errorf("one coded heading: legend %v, want none", c)
	}
	// A legend run together above the table, as OCR read it (heldout73's
	// 平谷 烹饪): no dashes, the points after the words, E read 上.
	page = strings.Join([]string{
		"评分项目代号: A原料初加工20分B刀工成形20分“C火候调味25分D成菜装盘20分上卫生安全15分〈满分100分)",
		"序号姓名学号A B C D E总分等级",
		"1张环2411050101 16 14 24 17 12 83良好",
		"30徐乐群2411050130 13 14 27 16 9 79合格",
	}, "\n")
	rs := Records([]string{page})
	if len(rs) != 2 || len(rs[0].Check()) != 0 || len(rs[1].Check()) != 1 || rs[1].Scores[4].Max != 15 {
		t.Errorf("legend run together: %+v", rs)
	}
	if c := orderedLegend("评分项目代号: A原料初加工20分C刀工成形20分B火候调味25分"); c != nil {
		t.Errorf("codes out of order: %v", c)
	}
}

// TestSessionRegister reads a practical examination's register ordered by
// session and stove (场次 灶台号 学号 姓名 … 总分 考评员), as OCR gave
// heldout65's 抚州 烹饪 (pin-feed paper, 250-dpi grey: sprocket holes read
// before the rows, the examiner glued to the total): "第" was read as the
// name, no row was placed, and 危晨阳's total 9 above his parts was not
// seen. The session cell is no name, and the examiner after the total no
// part of it.
func TestSessionRegister(t *testing.T) {
	t.Parallel()
	page := strings.Join([]string{
		"名场次。灶台号学号姓名。”刀工(20)”火候(30)”调味(30)”装盘(10)”卫生(10)”总分“考评员",
		"第1场01 202405010238。曾秋菊15 26 26 8 7 82。曾国强",
		"呈)第1场04 202405010240。。”艾勇15 20 27 8 10 80。曾国强辐)",
		"一第1场07 202405010206和危晨阳17 19 19 9 7 80。曾国强一",
		"第2场01 202405010235。揭浩轩16 24 20 9 7 76。”付美华",
	}, "\n")
	byName := map[string]Record{}
	for _, r := range Records([]string{page}) {
		byName[r.Name] = r
	}
	for _, n := range []string{"曾秋菊", "艾勇", "揭浩轩"} {
		if r := byName[n]; len(r.Scores) != 5 || r.Total == nil || !r.AddsUp() {
			t.Errorf("%s: scores %v, total %v; want five scores adding up to the total", n, r.Scores, r.Total)
		}
	}
	var got []string
	for name, r := range byName {
		if strings.Contains(name, "危晨阳") {
			got = r.Check()
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "总分80不等于各项之和71") {
		t.Errorf("危晨阳: Check %q, want 总分80不等于各项之和71", got)
	}
}

// TestDurationColumn reads a register with the time each student took
// between the scores (heldout67's 奎屯 新能源, typed: 用时 under merged
// headings, "39′45″" in the rows, "不计入总分"): the minutes and seconds were
// read as two more numbers, no row was placed, and 邓子铭's 45 under
// 故障排除(40) was not seen.
func TestDurationColumn(t *testing.T) {
	t.Parallel()
	page := strings.Join([]string{
		"学习任务考核成绩记录表",
		"安全防护 故障读取 故障排除 维修报告",
		"序号 学号 姓名 用时 总分",
		"(10) (20) (40) (30)",
		"1 2443043501 李嘉宁 9 15 36 39′45″ 21 81",
		"2 2443043502 李睿 7 16 26 34′47″ 23 72",
		"24 2443043524 邓子铭 7 18 45 25′04″ 22 92",
		"注：“用时”为完成故障排除实际所用时间（分′秒″），仅作过程参考，不计入总分。",
	}, "\n")
	byName := map[string]Record{}
	for _, r := range Records([]string{page}) {
		byName[r.Name] = r
	}
	if r := byName["李睿"]; len(r.Scores) != 4 || !r.AddsUp() {
		t.Errorf("李睿: scores %v, total %v; want four adding up to 72", r.Scores, r.Total)
	}
	d := byName["邓子铭"]
	if got := d.Check(); len(got) != 1 || !strings.Contains(got[0], "“故障排除(40)”得分45超过满分40") {
		t.Errorf("邓子铭: Check %q, want 45 over 故障排除(40)", got)
	}
}

// TestPointsCaption reads a register whose headings state no maxima, the
// points each carries in a line above it ("考核项目及配分：电路识图15分，…，
// PLC编程25分…", heldout68's 林州 机电, typed): 付家旺's 41 under PLC编程
// had not been seen.
func TestPointsCaption(t *testing.T) {
	t.Parallel()
	page := strings.Join([]string{
		"考核项目及配分：电路识图15分，变频器设置25分，PLC编程25分，联锁调试35分，合计100分。",
		"序号 学号 姓名 电路识图 变频器设置 PLC编程 联锁调试 总分 备注",
		"1 234101270201 朱莹 14 19 22 25 80",
		"4 234101270204 郭欣然 14 17 21 28 80 组长",
		"25 234101270225 付家旺 14 20 41 33 108",
	}, "\n")
	var got []string
	for _, r := range Records([]string{page}) {
		if r.Name == "付家旺" {
			got = r.Check()
		}
	}
	if len(got) == 0 || !strings.Contains(got[0], "“PLC编程”得分41超过满分25") {
		t.Errorf("付家旺: Check %q, want 41 over PLC编程's 25", got)
	}
}

// TestRuleMarkedNumberHole reads a row whose last score kept a rule's mark
// OCR's second reading could not tell from a 1 (heldout63's 盘州 机电,
// ocr/15: "23 36 18 ]11 88"): the mark had made the row's digits
// untrusted and no score was placed, so 高正阳's 36 under 程序编写(30) was not
// seen. The marked number is a hole, its place known, its value not.
func TestRuleMarkedNumberHole(t *testing.T) {
	t.Parallel()
	page := "序号学号姓名安装接线(30)程序编写(30)联调试车(25)安全文明(15)总分\n" +
		"4 235201270204龙紫营26 24 17 14 81\n" +
		"5 235201270205高正阳23 36 18 ]11 88\n"
	for _, r := range Records([]string{page}) {
		if r.Name != "高正阳" {
			continue
		}
		var got []string
		for _, s := range r.Scores {
			got = append(got, fmt.Sprintf("%s=%g", s.Column, s.Value))
		}
		if want := "安装接线(30)=23 程序编写(30)=36 联调试车(25)=18"; strings.Join(got, " ") != want {
			t.Errorf("高正阳: scores %v, want %s", got, want)
		}
		return
	}
	t.Errorf("no record of 高正阳")
}

// TestRecordsTrailingPoints: a header whose maxima follow their headings
// without brackets ("评估沟通20分 … 总分100分", the total's points set apart
// by a space in the PDF's text) gives them; the score above its maximum is
// the row's error.
func TestRecordsTrailingPoints(t *testing.T) {
	t.Parallel()
	page := "考核成绩登记表\n序号 学号 姓名 评估沟通20分 口腔清洁30分 义齿护理30分 记录宣教20分 总分 100分\n" +
		"1 2405290101 王雨泽 19 22 27 14 82\n2 2405290108 彭嘉禾 19 20 36 14 89\n3 2405290109 彭娟 15 27 23 14 79\n"
	rs := Records([]string{page})
	if len(rs) != 3 {
		t.Fatalf("%d records", len(rs))
	}
	for i, r := range rs {
		probs := r.Check()
		if r.Total == nil || r.Total.Max != 100 || len(r.Scores) != 4 || r.Scores[0].Max != 20 || (len(probs) > 0) != (i == 1) {
			t.Errorf("%s: scores %v total %v problems %v", r.Name, r.Scores, r.Total, probs)
		}
	}
}

// TestRepeatedLabelMaxima: a row of maxima labelled in every cell ("细则分值
// 8 细则分值 7 …", heldout70's 阆中 汽修 评分细则 register, the criteria
// under grouped headings): the columns' maxima, and a total not the sum of
// the nine is found.
func TestRepeatedLabelMaxima(t *testing.T) {
	t.Parallel()
	page := "接车问诊（15分） 故障检测（40分） 维修作业（30分） 安全与5S（15分）\n" +
		"序号 学号 姓名 问诊记录 环车检查 仪器使用 数据分析 故障定位 拆装规范 修复质量 工具归位 安全防护 总分\n" +
		"细则分值 8 细则分值 7 细则分值 15 细则分值 15 细则分值 10 细则分值 15 细则分值 15 细则分值 8 细则分值 7\n" +
		"1 245104030201 向青衿 7 5 15 14 8 13 14 6 7 89\n32 245104030233 向立诚 6 6 11 15 6 13 10 7 6 85\n"
	rs := Records([]string{page})
	if len(rs) != 2 || len(rs[0].Scores) != 9 || rs[0].Scores[8].Max != 7 {
		t.Fatalf("%+v", rs)
	}
	if p := rs[0].Check(); len(p) != 0 {
		t.Errorf("向青衿: %v", p)
	}
	if p := rs[1].Check(); len(p) != 1 || p[0] != "总分85不等于各项之和80" {
		t.Errorf("向立诚: %v", p)
	}
	if got := foldRepeatedLabel("满分20 满分30 满分50"); got != "满分 20 30 50" {
		t.Errorf("fold: %q", got)
	}
	if got := foldRepeatedLabel("1 245104030201 向青衿 7 5 15"); got != "1 245104030201 向青衿 7 5 15" {
		t.Errorf("a row folded: %q", got)
	}
}

// TestHeadingsAbove: a scanned register whose header's second line OCR
// garbled past reading (heldout70's 扎兰屯 网络, sorted by 总分, 名次 first):
// the rows are read by their 学号, and the line above, five headings each
// with its maximum, the closing brackets lost, gives them their headings
// and maxima (they make 100): 李成蹊's 29 under 路由配置(25) is found.
func TestHeadingsAbove(t *testing.T) {
	t.Parallel()
	page := "学习任务考核成绩(按总分排序)\n扎兰屯市雅鲁河技工学校班级:网络2401班”课程:安防监控网络部署\n" +
		"、拓扑设计(15。VLAN划分(20。路由配置(25。远程访问(20。测试文档(20\n有次。学。址名分)分)分)分)分)必分\n" +
		"1 2415030137赛罕13 18 24 19 17 91\n2，2415030136。”李成蹊13 16 29 14 18 90\n3 2415030105“”特木尔13 18 19 18 18 86\n" +
		"3，2415030135”张静如12 18 23 14 19 86\n3 2415030139“于温良12 18 23 16 17 86\n6 2415030110“”李青容11 16 19 19 18 83\n" +
		"6 2415030129“”阿如娜14 17 23 16 13 83\n6 2415030131”王审问14 14 21 19 15 83\n9 2415030111鄂敏13 18 18 18 15 82\n共9人。"
	rs := Records([]string{page})
	var flagged []string
	for _, r := range rs {
		if len(r.Scores) != 5 || r.Scores[2].Column != "路由配置" || r.Scores[2].Max != 25 {
			t.Fatalf("%s: %v", r.Name, r.Scores)
		}
		if len(r.Check()) > 0 {
			flagged = append(flagged, r.Name)
		}
	}
	if len(rs) != 9 || !slices.Equal(flagged, []string{"李成蹊"}) {
		t.Errorf("%d records, flagged %v", len(rs), flagged)
	}
}

// TestCodedHeadingsAbove: a competition's score sheet (heldout76's 霍州 机电):
// the headings, each a letter code apart from its words, on the line above
// "工位号 学号 姓名 总分 名次", the maxima labelled in every cell under it, a
// 名次 after the total. The headings go before the total, the maxima to
// them (none to 名次): 段承宇's 39 under B (35) is found.
func TestCodedHeadingsAbove(t *testing.T) {
	t.Parallel()
	page := "说明：考核以技能比武形式进行，学生抽签确定工位，按工位号登记。\nA 电路设计 B 安装接线 C 编程调试 D 安全文明\n工位号 学号 姓名 总分 名次\n" +
		"配分25 配分35 配分30 配分10\n01 2414012722 武子涵 22 24 23 8 77 25\n07 2414012711 段承宇 18 39 19 7 83 9\n"
	rs := Records([]string{page})
	if len(rs) != 2 || len(rs[0].Scores) != 4 || rs[0].Scores[1].Max != 35 || rs[0].Total == nil || len(rs[0].Check()) != 0 {
		t.Fatalf("%+v", rs)
	}
	if p := rs[1].Check(); len(p) != 1 || !strings.Contains(p[0], "得分39超过满分35") {
		t.Errorf("段承宇: %v", p)
	}
	if got := glueCodes("序号 学号 姓名 A B C D E 总分"); got != "序号 学号 姓名 A B C D E 总分" {
		t.Errorf("codes alone glued: %q", got)
	}
}

// TestGroupSubtotalsAndCap: a register whose groups each end in 合计 before
// a weighted 总评 (heldout77's 高邮 酒店: the 合计 are subtotals, the 总评
// weighted, no plain sum to hold the rows to), and one whose bonus column
// can take the total over full marks, capped at 100 (heldout77's 盐池 照护):
// no row's total is wrong; a total not the sum below the cap still is.
func TestGroupSubtotalsAndCap(t *testing.T) {
	t.Parallel()
	grouped := "过程评价（占40%） 成果评价（占60%）\n序号 学号 姓名 总评 等级\n" +
		"出勤(20) 仪容仪表(30) 团队协作(50) 合计 摆台(40) 席间服务(40) 收尾结账(20) 合计\n" +
		"1 2432050401 李佳琳 17 23 49 89 33 33 19 85 87 良好\n2 2432050402 吴婧怡 15 28 38 81 28 29 17 74 77 中等\n" +
		"注：总评＝过程评价合计×40%＋成果评价合计×60%，四舍五入取整。"
	for _, r := range Records([]string{grouped}) {
		if p := r.Check(); len(p) != 0 || len(r.Scores) != 6 {
			t.Errorf("grouped %s: %v %v", r.Name, r.Scores, p)
		}
	}
	bonus := "序号 学号 姓名 吞咽评估(20) 食物调配(20) 协助进餐(40) 照护记录(20) 加分(≤5) 总分\n" +
		"5 243305290105 白雨欣 19 20 38 19 5 100\n3 243305290103 马建宇 16 19 39 14 2 90\n8 243305290108 杨昊然 16 19 39 15 2 95\n" +
		"10 243305290110 田书瑶 17 16 33 16 3 85\n11 243305290111 杨启明 14 16 28 14 2 74\n12 243305290112 马沐阳 14 18 33 20 2 87\n" +
		"说明：经带教老师认定可加1—5分，记入“加分”栏；总分＝各项得分＋加分，最高100分。"
	for _, r := range Records([]string{bonus}) {
		if r.Name == "白雨欣" && len(r.Check()) != 0 {
			t.Errorf("capped 白雨欣: checked %v, %v", r.SumChecked, r.Check())
		}
	}
	row := func(total float64) Record {
		return Record{SumChecked: true, Total: &Score{Value: total}, Scores: []Score{{Value: 60, Max: 60}, {Value: 38, Max: 40}, {Value: 5}}}
	}
	if r := row(100); len(r.Check()) != 0 {
		t.Errorf("103 capped at 100: %v", r.Check())
	}
	if r := row(95); len(r.Check()) != 1 {
		t.Errorf("95 for 103: %v", r.Check())
	}
}

// TestMostlyWrong: a table whose rows mostly do not add up as read (here a
// 总评 that is the mean of two scores of 100, nothing on the page saying
// so) was read wrong: no row is claimed. A table where one row in six does
// not add up keeps its claim.
func TestMostlyWrong(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("序号 学号 姓名 理论(100) 实操(100) 总评\n")
	for i, n := range []string{"张雨轩", "李明浩", "王芳菲", "赵子涵", "刘思远", "陈嘉怡"} {
		fmt.Fprintf(&b, "%d 24010%d %s %d %d %d\n", i+1, i, n, 80+i, 90-i, 85)
	}
	for _, r := range Records([]string{b.String()}) {
		if p := r.Check(); len(p) != 0 {
			t.Errorf("mean read as a sum, %s: %v", r.Name, p)
		}
	}
	var c strings.Builder
	c.WriteString("序号 学号 姓名 理论(40) 实操(60) 总分\n")
	for i, n := range []string{"张雨轩", "李明浩", "王芳菲", "赵子涵", "刘思远", "陈嘉怡"} {
		total := 30 + i + 50
		if i == 3 {
			total += 6
		}
		fmt.Fprintf(&c, "%d 24010%d %s %d %d %d\n", i+1, i, n, 30+i, 50, total)
	}
	var wrong []string
	for _, r := range Records([]string{c.String()}) {
		if len(r.Check()) > 0 {
			wrong = append(wrong, r.Name)
		}
	}
	if !slices.Equal(wrong, []string{"赵子涵"}) {
		t.Errorf("one wrong total of six: %v", wrong)
	}
}

// TestActivitySubtotals reads heldout77's 庄河 新能源 register as OCR gave
// it (250 dpi, grey): a two-row header whose upper row names three 活动,
// each over its scores and a 小计, and 总分 merged down, run together by
// OCR, 总 read 站; the lower row run together too, each 小计 glued to the
// next activity's first heading. The lower row's headings are the score
// columns, the 小计 subtotals, the number after them the total: the row
// whose total is not the sum of its scores (鞠宸宇, read 鞠雇宇) is claimed,
// the others add up.
func TestActivitySubtotals(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录\n" +
		"序号”姓名活动一接车与数据读取活动二检测活动三维护与报告站分\n" +
		"问诊(10)读取数据(15)小计绝缘检测(15)单体测量(20)小计均衡维护(25)检测报告15)小计\n" +
		"1，张紫琳8 13 21 13 15 28 17 9 26 75\n2”和孙晨轩7 10 17 10 16 26 20 14 34 77\n" +
		"3，”姜志远7 10 17 10 15 25 17 13 30 72\n5，曲奕和营9 11 20 11 12 23 21 12 33 76\n" +
		"6高钰涵8 9 17 9 17 26 18 14 32 75\n7，宋欣然8 10 18 13 18 31 20 14 34 83\n" +
		"9高启明8 11 19 11 17 28 23 10 33 80\n10王佳琳7 12 19 12 13 25 22 10 32 76\n" +
		"35”和鞠雇宇7 10 17 13 18 31 22 14 36 78\n" +
		"评分教师:姜守仁、宋玉兰教务科审核:宋玉兰"
	rs := Records([]string{page})
	if len(rs) != 9 {
		t.Fatalf("%d records, want 9", len(rs))
	}
	oneClaim(t, rs, func(r Record) bool { return len(r.Scores) == 6 && r.Total != nil }, "鞠雇宇", "总分78不等于各项之和84")
}

// TestLostNumberGlyph reads heldout78's 湄潭 网络 register as OCR gave it
// (1-bit, 300 dpi): its 勘测记录 column's 11s read "]" glued to the name,
// row after row. The bracket stands for the lost number: 肖昊天's 29 under
// 配置调试(25) is over its maximum whatever the lost number was; 王俊博's
// row, within its maxima, is no claim. A bracket beside a row that shows
// every number is no lost one.
func TestLostNumberGlyph(t *testing.T) {
	t.Parallel()
	page := "学习任务考核成绩表\n" +
		"序号学号姓名勘测记录(15)方案设计(25)设备安装(25)配置调试(25)文档(10)总分\n" +
		"2 235203010202刘芳10 20 22 18 8 78\n3 235203010203黄弘裔12 19 17 19 8 75\n" +
		"5 235203010205杨海峰13 23 19 23 9 87\n6 235203010206陈思瑶10 19 16 20 8 73\n" +
		"16 235203010216肖蚁天] 15 18 29 7 80\n17 235203010217王宇哲] 12 20 19 15 7 73\n" +
		"18 235203010218王俊博] 20 23 15 9 78\n19 235203010219张里程12 17 18 21 7 75\n"
	got := map[string][]string{}
	for _, r := range Records([]string{page}) {
		got[r.Name] = r.Check()
	}
	if p := got["肖蚁天"]; len(p) != 1 || !strings.Contains(p[0], "“配置调试(25)”得分29超过满分25") {
		t.Errorf("肖蚁天: %v, want 29 over 配置调试's 25", p)
	}
	for _, n := range []string{"王俊博", "王宇哲", "刘芳", "张里程"} {
		if p, ok := got[n]; !ok || len(p) != 0 {
			t.Errorf("%s: read %v, %v; want a row and no claim", n, ok, p)
		}
	}
}

// TestMarkBetweenFollowingRows: a line OCR could not read between two rows
// ("续", a note on heldout79's 克拉玛依 机电 register, between its rows 9
// and 10) is no lost row when the rows' serial numbers follow one another;
// between rows 9 and 11 it may be row 10.
func TestMarkBetweenFollowingRows(t *testing.T) {
	t.Parallel()
	page := func(next string) string {
		return "学习任务考核成绩排名表\n名次学号姓名主回路接线(25)控制回路(20)参数设置(25)程序调试(30)总分\n" +
			"8 2465012713刘铭咱21 15 23 26 85\n9 2465012706陈沁21 14 22 27 84\n续\n" +
			next + " 2465012739杨和敬一23 14 20 27 84\n12 2465012723周胡杨16 18 23 26 83\n考核教师:马油田"
	}
	if _, _, marks := RecordsJunkMarks([]string{page("10")}); marks != 0 {
		t.Errorf("rows 9 and 10 either side: %d marks, want none", marks)
	}
	if _, _, marks := RecordsJunkMarks([]string{page("11")}); marks != 1 {
		t.Errorf("rows 9 and 11 either side: %d marks, want one", marks)
	}
}

// TestScoresUnmarked: a typed register whose score headings carry no
// maximum and no word of a score (heldout80's 石河子 数控: "样件测绘 工艺编制
// … 检验 6S 合计", its maxima in a 满分 row at the foot): the headings
// between the names and the total hold the scores, and a total not their
// sum is found where the other rows add up. Headings of words (性别, 组别)
// are no scores.
func TestScoresUnmarked(t *testing.T) {
	t.Parallel()
	page := "序号 学号 姓名 样件测绘 工艺编制 程序编写 车削加工 检验 6S 合计\n" +
		"1 2431010601 赵佳乐 14 12 19 26 6 4 81\n2 2431010602 吴雅楠 11 14 17 32 7 3 84\n" +
		"3 2431010603 吴子航 13 11 18 22 8 3 75\n4 2431010604 吴佳颖 10 14 17 31 7 4 83\n" +
		"5 2431010605 吴承泽 14 12 19 33 8 3 89\n39 2431010639 周沛然 13 13 19 22 6 4 83\n" +
		"满分 15 15 20 35 10 5 100\n评分教师：魏国平"
	rs := Records([]string{page})
	if len(rs) != 6 {
		t.Fatalf("%d records, want 6", len(rs))
	}
	oneClaim(t, rs, func(r Record) bool { return len(r.Scores) == 6 }, "周沛然", "总分83不等于各项之和77")
	for _, r := range Records([]string{"序号 姓名 性别 组别 总分\n1 张三 男 一组 88\n2 李四 女 二组 90\n"}) {
		if len(r.Scores) != 0 {
			t.Errorf("%s: words read as scores %v", r.Name, r.Scores)
		}
	}
}

// TestHoledRowNotSummed: heldout82's 漳平 网络 register as OCR read it, a
// 附加分 column with no maximum (the totals checked because nearly every
// row adds up): 苏宇豪's 14 read "]14", a number of unknown value, is no
// score of his sum, and his total of 84 is no error against the 70 of the
// others. A row that does not add up with all its numbers read is.
func TestHoledRowNotSummed(t *testing.T) {
	t.Parallel()
	page := "序号学号姓名网段规划(20)布线与跳线(30)设备配置(30)测试交付(20)”附加分总分\n" +
		"3 243503003林上颍14 21 20 16 3 74\n5 243503005苏鹏14 19 25 18 3 79\n" +
		"0 243503006吴梯阳16 25 24 14 3 82\n10 243503010。陈语池14 25 23 14 2 78\n" +
		"11 243503011刘艺区16 27 23 17 5 88\n12 243503012郑琪14 26 19 15 3 77\n" +
		"14 243503014赖杰14 24 23 13 3 77\n28 243503028。苏宇豪]14 27 20 18 5 84\n" +
		"34 243503034。郑天宇18 24 22 15 5 89\n"
	got := map[string][]string{}
	for _, r := range Records([]string{page}) {
		got[r.Name] = r.Check()
	}
	if p := got["苏宇豪"]; len(p) != 0 {
		t.Errorf("苏宇豪: %v, want no claim (a number unread)", p)
	}
	if p := got["郑天宇"]; len(p) != 1 || p[0] != "总分89不等于各项之和84" {
		t.Errorf("郑天宇: %v", p)
	}
}

// TestCodedLegendAbove: heldout82's 敦化 中药 register as OCR read it (1-bit,
// 300 dpi): its header garbled past reading ("序号学号由名成姑庆和断分批采滴…"),
// the rows read by their student numbers, the first of them garbled; above
// them a legend table, a coded heading a line with its points. The legend's
// A to E, making 100, are the rows' five scores in order: 关一帆's 24 under
// C 干燥加工 (20) is over its maximum.
func TestCodedLegendAbove(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录\n学习任务:长白山北五味子采收与产地干燥加工考核日期: 2024年11月26日\n评分标准\n代号评分项目分值评分要点\n" +
		"A成熟度判断15分颜色、弹性、种子硬度\nB分批采摘20分只采成熟果，不伤果村\nC干燥加工20分摊晒厚度、烘干温度不超过60\"(\n" +
		"D含水量测定25分取样、称量、计算正确\nE挑选与记录20分矢变果挑净，记录完束\n成绩\nC D卫\n" +
		"序号学号由名成姑庆和断分批采滴。。干蝇加工含水节测定所与记录总分\n" +
		"1 2422130101姜一航12 14 14 1]18 16 74\n2 2422130102赵诗雅14 16 18 1]18 15 81\n" +
		"3 2422130103李宇杰13 18 13 18 13 75\n5 2422130105姜子怡14 17 16 18 17 82\n" +
		"7 2422130107金宇涵10 18 19 20 18 85\n8 2422130108李思敏13 15 18 18 16 80\n" +
		"10 2422130110李艺馨11 19 17 17 17 81\n11 2422130111高浩12 19 16 16 18 81\n" +
		"12 2422130112孙若涵13 19 16 22 17 87\n16 2422130116赵思辰10 14 15 22 13 74\n" +
		"36 2422130136关一帆14 15 24 21 13 87\n评分教师:李玉淑、王德林教务科审核:王德林"
	got := map[string]Record{}
	for _, r := range Records([]string{page}) {
		got[r.Name] = r
	}
	r := got["关一帆"]
	if len(r.Scores) != 5 || r.Scores[2].Max != 20 {
		t.Fatalf("关一帆: scores %v", r.Scores)
	}
	if p := r.Check(); len(p) != 1 || !strings.Contains(p[0], "得分24超过满分20") {
		t.Errorf("关一帆: %v", p)
	}
	if s := got["孙若涵"]; len(s.Scores) != 5 || len(s.Check()) != 0 {
		t.Errorf("孙若涵: %v %v", s.Scores, s.Check())
	}
}

// TestTimeOfDaySession: a register of a practical exam held in two
// sittings (heldout81's 崇明 烹饪: "序号 场次 学号 姓名 …", rows "28 下午
// 2431050128 茅晓琳 24 20 19 13 76"): the sitting is no name (下 and 上 are
// surnames), and 茅晓琳's 24 under 米粉调制(20) is hers. 下午 names no one.
func TestTimeOfDaySession(t *testing.T) {
	t.Parallel()
	page := "学习任务实操考核成绩表\n实操分两场进行：上午场18人，下午场18人。\n" +
		"序号 场次 学号 姓名 米粉调制(20) 拌料装笼(30) 蒸制火候(30) 切块出品(20) 总分\n" +
		"1 上午 2431050101 沈雪晴 19 23 27 14 83\n2 上午 2431050102 蔡浩宇 16 21 24 13 74\n" +
		"27 下午 2431050127 施鑫 14 23 21 14 72\n28 下午 2431050128 茅晓琳 24 20 19 13 76\n"
	rs := Records([]string{page})
	if got := recordNames(rs); !slices.Equal(got, []string{"沈雪晴", "蔡浩宇", "施鑫", "茅晓琳"}) {
		t.Fatalf("read %v", got)
	}
	if p := rs[3].Check(); len(p) != 1 || p[0] != "“米粉调制(20)”得分24超过满分20" {
		t.Errorf("茅晓琳: %v", p)
	}
	for _, w := range []string{"下午", "上午"} {
		if Valid(w) {
			t.Errorf("%s valid as a name", w)
		}
	}
}

// TestGroupBesideTotal: heldout81's 随州 中药 register (typed): the group
// title 饮片鉴别 on a line over the header "序号 学号 姓名 净制(20) 切制(20)
// 干燥(20) 总分", its columns on the line under it, "正确数(20题) 得分(40)":
// they stand between the other scores and the total, the count of
// questions answered right no score. 杨素馨's total is 7 above her sum.
func TestGroupBesideTotal(t *testing.T) {
	t.Parallel()
	page := "学习任务考核成绩登记表\n饮片鉴别\n序号 学号 姓名 净制(20) 切制(20) 干燥(20) 总分\n正确数(20题) 得分(40)\n" +
		"1 202413010101 何丽娜 16 13 20 20 40 89\n2 202413010102 万晨阳 15 13 19 16 32 79\n" +
		"28 202413010128 杨素馨 16 12 14 12 24 73\n考核教师：汪春华"
	rs := Records([]string{page})
	if len(rs) != 3 {
		t.Fatalf("%d records", len(rs))
	}
	// 净制 切制 干燥 得分(40)
	oneClaim(t, rs, func(r Record) bool { return len(r.Scores) == 4 && r.Scores[3].Max == 40 }, "杨素馨", "总分73不等于各项之和66")
}

// TestReasonColumnAmongScores: heldout83's 霍林郭勒 新能源 register as OCR
// read it, a column of the reasons for points taken off (扣分原因, words in
// some rows, none in others) between the scores and the total: no score,
// so every row is read, the reasons skipped, and 吴皓宇's total (read
// 吴卑宇), 7 above his sum, is claimed.
func TestReasonColumnAmongScores(t *testing.T) {
	t.Parallel()
	page := "序号学号姓名安全防护(10)故障诊断(30)拆装检测(40)维修报告(20)扣分原因总分等级\n" +
		"1 241535001张梓欣7 26 35 15未戴护目镜83良\n2 241535002王航宇7 18 28 12 65及格\n" +
		"7 241535007王歼轩9 21 29 12绝缘表档位选错71中\n8 241535008李子琪8 24 33 12 77中\n" +
		"20 241535020吴卑宇6 27 26 13 79中\n21 241535021刘晨浩7 25 30 17 79中\n"
	rs := Records([]string{page})
	if len(rs) != 6 {
		t.Fatalf("%d records", len(rs))
	}
	oneClaim(t, rs, func(r Record) bool { return len(r.Scores) == 4 && r.Total != nil }, "吴卑宇", "总分79不等于各项之和72")
}

// TestOverMostly: heldout85's 什邡 照护 register (typed): group headings
// over the header, "序号 学号 姓名 风险评估(20) 翻身拍背(40) 皮肤清洁(20)
// 记录沟通(20) 综合成绩 名次" over "(100) (100)", rows of eight numbers (two
// group scores of 100 among them): the columns were matched to the wrong
// headings, 84 under 皮肤清洁(20) in every row. A heading whose maximum most
// rows exceed is doubted: no row is claimed over it.
func TestOverMostly(t *testing.T) {
	t.Parallel()
	page := "学习任务考核成绩汇总表\n教师评价 护理组长评价\n序号 学号 姓名 风险评估(20) 翻身拍背(40) 皮肤清洁(20) 记录沟通(20) 综合成绩 名次\n(100) (100)\n" +
		"1 2421520101 李宇豪 16 34 16 15 81 85 82.6 21\n2 2421520102 廖海涛 15 36 18 18 87 91 88.6 2\n" +
		"3 2421520103 李欣 17 33 16 14 80 87 82.8 20\n4 2421520104 唐美玲 15 29 16 18 78 77 77.6 32\n" +
		"5 2421520105 彭欣雨 17 29 17 18 81 86 83.0 19\n6 2421520106 赖晓燕 19 37 13 14 83 74 79.4 28\n" +
		"14 2421520114 何海波 15 34 16 19 84 91 86.8 7\n"
	for _, r := range Records([]string{page}) {
		for _, p := range r.Check() {
			if strings.Contains(p, "超过满分") {
				t.Errorf("%s: %s", r.Name, p)
			}
		}
	}
}

// oneClaim checks a table's records: each read in the shape the table's
// header gives (shape), the row of name claimed for claim alone (for one
// thing, whatever it is, where claim is ""), every other row for nothing.
func oneClaim(t *testing.T, rs []Record, shape func(Record) bool, name, claim string) {
	t.Helper()
	for _, r := range rs {
		p := r.Check()
		switch {
		case !shape(r):
			t.Errorf("%s: scores %v, total %v: not the table's shape", r.Name, r.Scores, r.Total)
		case r.Name == name && (len(p) != 1 || claim != "" && p[0] != claim):
			t.Errorf("%s: %v, want %s", r.Name, p, claim)
		case r.Name != name && len(p) != 0:
			t.Errorf("%s: %v", r.Name, p)
		}
	}
}

// claimedAlone checks the records of a register: want of them, at least
// least read whole (their sum checked), those in the table's shape, the row
// of name among them and claimed (for one thing), no other (oneClaim).
func claimedAlone(t *testing.T, rs []Record, want, least int, shape func(Record) bool, name string) {
	t.Helper()
	if len(rs) != want {
		t.Fatalf("%d records, want %d: %v", len(rs), want, recordNames(rs))
	}
	whole := slices.DeleteFunc(slices.Clone(rs), func(r Record) bool { return !r.SumChecked })
	if len(whole) < least || !slices.ContainsFunc(whole, func(r Record) bool { return r.Name == name }) {
		t.Errorf("%d rows read whole (want %d or more, %s among them): %v", len(whole), least, name, recordNames(whole))
	}
	oneClaim(t, whole, shape, name, "")
}

// heldout86's 汨罗 机电 register (typed) as the PDF's text came: a student
// on two lines, the scores over the score headings on the first, the
// serial, 学号, name and total on the second, a remark under each. The
// last row's scores close the page after it (the page break between them
// and their row in the text's order).
const twoLineRows = "学习任务考核成绩记录表\n" +
	"序号 学号 姓名 电气接线(30) 程序编写(40) 联机调试(20) 6S(10) 总分\n" +
	"28 29 18 7\n1 2406012701 刘雅雯 82\n扣分说明：无\n" +
	"25 33 17 8\n2 2406012702 易芷涵 83\n扣分说明：无\n" +
	"25 31 15 8\n4 2406012704 李炜 79\n扣分说明：现场未清理\n" +
	"27 31 18 8\n15 2406012715 任泓霖 84\n扣分说明：未做互锁扣2分\n" +
	"18 34 17 8\n16 2406012716 李晨宇 75\n扣分说明：无\n" +
	"24 2406012724 刘思颖 25 26 15 8 74\n"

func TestScoresAboveRow(t *testing.T) {
	t.Parallel()
	rs, junk, marks := RecordsJunkMarks([]string{twoLineRows})
	if got := recordNames(rs); !slices.Equal(got, []string{"刘雅雯", "易芷涵", "李炜", "任泓霖", "李晨宇", "刘思颖"}) {
		t.Fatalf("read %v", got)
	}
	if junk != 0 || marks != 0 {
		t.Errorf("junk %d, marks %d: the remarks under the rows are no garbled rows", junk, marks)
	}
	for _, r := range rs {
		if r.Short || !r.SumChecked || len(r.Scores) != 4 {
			t.Errorf("%s: short %v, sum checked %v, scores %v", r.Name, r.Short, r.SumChecked, r.Scores)
		}
		if bad := len(r.Check()) > 0; bad != (r.Name == "李晨宇") {
			t.Errorf("%s: %v", r.Name, r.Check())
		}
	}
	// The numbers over a row that lacks nothing are no row's: a row of
	// maxima-like numbers, a whole row under it.
	rs = Records([]string{"序号 学号 姓名 理论(40) 实操(60) 总分\n30 50\n1 2406012701 刘雅雯 30 50 80\n"})
	at := slices.IndexFunc(rs, func(r Record) bool { return r.Name == "刘雅雯" })
	if at < 0 || len(rs[at].Scores) != 2 || !rs[at].SumChecked || len(rs[at].Check()) > 0 {
		t.Errorf("whole row: %+v", rs)
	}
}

// heldout85's 耒阳 新能源 register (scanned, 250 gray) as OCR read it, rows
// cut: the header's circled codes ①…⑤ garbled ("O G)外G"), their maxima
// only in the legend under the table. 伍浩然 has 39 under ③ (35).
const codedLegendBelow = "学习任务考核成绩记录表\n" +
	"来阳市蔡伦技工学校”班级:新能2401班”课程:新能源汽车充电系统检修\n" +
	"学习任务:城乡配送纯电动厢式货车交流慢充无法充电故障诊断与排除”考核日期: 2024年11月4日\n" +
	"序号学号姓名O G)外G总分等级\n" +
	"1 2404350101徐思雨9 11 31 18 12 81良好\n" +
	"2 2404350102谷思壹7 12 23 19 11 72中等\n" +
	"3 2404350103贺美玲6 13 33 17 13 82良好\n" +
	"4 2404350104刘和雅欣8 11 29 21 11 80良好\n" +
	"5 2404350105刘永杰7 12 34 23 13 89良好\n" +
	"6 2404350106曹俊凯8 14 33 23 10 88良好\n" +
	"7 2404350107罗玉婷8 10 27 23 12 80良好\n" +
	"8 2404350108罗桂英7 10 23 22 14 76中等\n" +
	"13 2404350113伍浩然9 14 39 24 10 96优秀\n" +
	"15 2404350115资秋月9 | 22 16 11 69及格\n" +
	"23 2404350123伍俊宇6 10 30 16人75中等\n" +
	"24 2404350124黄欣9 10 27 21 14 81良好\n" +
	"25 2404350125陈芷涵8 10 22 17 10 67及格\n" +
	"26 2404350126周志强9 14 23 22 14 82良好\n" +
	"27 2404350127罗国豪7 12 24 19 13 75中等\n" +
	"28 2404350128梁丽萍7 12 29 23 14 85良好\n" +
	"29 2404350129刘宇豪9 11 26 23 14 83良好\n" +
	"30 2404350130曹嘉伟9 12 33 17 10 81良好\n" +
	"评分项目:巴安全防护〈10分)”@@故障询问与验证〈15分)。”G@)充电系统检测(35分)”外故障排除(25分)”回竣工检验\n" +
	"与6S (15分)。等级: 90分以上优秀，80一89良好，70一79中等，60一69及格。\n" +
	"评分教师:罗建湘、深美华教务科审核:梁美华"

func TestCodedLegendBelow(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records([]string{codedLegendBelow}), 18, 15, func(r Record) bool { return len(r.Scores) == 5 && r.Scores[2].Max == 35 }, "伍浩然")
	// Two classes' tables so (heldout75's 乳山 机电, two-row headers the
	// table reading took no scores from): the tables stay two; the legend
	// of grades under each is no row.
	second := strings.ReplaceAll(codedLegendBelow[strings.Index(codedLegendBelow, "序号"):], "24043501", "24043502")
	rs := Records([]string{codedLegendBelow, second})
	if len(rs) != 36 || rs[0].table() == rs[35].table() {
		t.Errorf("two tables: %d records, tables %v %v", len(rs), rs[0].table(), rs[35].table())
	}
}

// TestTotalCorrectedByHand: heldout85's 什邡 网络 register (scanned, 200
// gray) as OCR read it: 李思睿's printed 79 struck, 89 written beside it
// with "更正" and the teacher's initial, OCR's "7989更正张" (the name cut
// to 李思). Two numbers read as one total: no claim. A total that is one
// number stays checked.
func TestTotalCorrectedByHand(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录表\n" +
		"序号学号姓名”现场勘察(15)布线安装(30)”设备配置(35)测试验收(20)总分\n" +
		"1 2421030101，”何佳欣14 25 33 15 87\n" +
		"2 2421030102”邓守哲9 25 26 18 78\n" +
		"3 2421030103罗琪13 27 23 13 76\n" +
		"4 2421030104。”钟俊辉13 21 32 13 79\n" +
		"5 2421030105，浦梓豪12 19 22 19 72\n" +
		"6 2421030106谢涛13 26 24 16 79\n" +
		"7 2421030107。”李思14 24 32 19 7989更正张\n" +
		"8 2421030108。”李智勇12 20 29 19 87\n"
	rs := Records([]string{page})
	for i := range rs {
		rs[i].OCR, rs[i].SureDigits = true, true
	}
	for _, r := range rs {
		if bad := len(r.Check()) > 0; bad != (r.Name == "李智勇") {
			t.Errorf("%s: %v", r.Name, r.Check())
		}
	}
}

// heldout87's 临洮 照护 register (scanned, 200 gray) as OCR read it, rows
// cut: groups with their maxima over the header's parts, each group's 小计
// after its parts ("评估(15)计划(15)小计翻身操作(30)…记录(10)小计"). 牛钰涵's
// 总分 85 is 7 above the parts' 78.
const groupSubtotalsAfter = "学习任务考核成绩表\n" +
	"临涨县涨河技工学校”班级:照护2401班”课程:卧床老年人照护技术\n" +
	"学习任务:居家卧床老人压力性损伤预防与体位转换照护考核日期: 2024年9月2日\n" +
	"上号学号姓名评估与计划(30分)实施与指导〈70分)总分\n" +
	"评估(15)计划(15)小计翻身操作(30)”减压用具(15)“家属指导(15)”记录(10)小计\n" +
	"1 2462052901”漆嘉乐11 13 24 26 11 10 6 53 77\n" +
	"2 2462052902，”陈炳展11 9 20 20 12 12 9 53 73\n" +
	"3 2462052903“马朝晕10 9 19 19 11 10 9 49 68\n" +
	"4 2462052904牛文杰12 15 27 21 ]14 11 9 55 82\n" +
	"5 2462052905”何柏霖14 11 25 22 9 13 8 52 77\n" +
	"12“2462052912“牛钰涵14 13 27 18 11 13 9 51 85\n" +
	"16“2462052916”包雅楠9 13 22 28 14 ]11 6 59 81\n" +
	"23”2462052923”杨小燕13 14 27 25 12 14 6 57 84"

func TestGroupSubtotalsAfterParts(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records([]string{groupSubtotalsAfter}), 8, 6, func(r Record) bool { return len(r.Scores) == 6 && r.Scores[2].Max == 30 }, "牛钰涵")
}

// heldout88's 黄骅 网络 register (scanned, 200 gray) as OCR read it (its
// header read cell by cell), rows cut: a 用时(分钟) column before the
// scores, its minutes no score (the note under the table says so).
// 耿泽凯 has 38 under 交换机配置(35).
const minutesColumn = "学习任务考核记录表\n" +
	"黄骅市南大港技工学校”班级:网络2401班课程:局域网组建与管理\n" +
	"学习任务:港口物流园区办公网络VLAN划分与无线覆盖部署考核日期: 2024年11月26日\n" +
	"序号工位学号姓名用时(分钟)需求勘察(15)交换机配置(35)无线部署(30)文档交付(20)总分\n" +
	"1] A01 241303010101张子晴56 12 24 21 14 71\n" +
	"2 A06 241303010102齐俊杰53 14 33 27 15 89\n" +
	"3 Al1l 241303010103耿泽凯47 11 38 27 13 89\n" +
	"4 Al16 241303010104孟博池49 14 26 20 16 76\n" +
	"5 A21 241303010105张羽彤56 13 32 28 17 90\n" +
	"6 A20 241303010106马雨符58 14 33 26 18 91"

func TestMinutesColumn(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records([]string{minutesColumn}), 6, 6, func(r Record) bool { return len(r.Scores) == 4 && r.Scores[0].Column == "需求勘察(15)" }, "耿泽凯")
}

// heldout89's 如皋 数控 register (landscape, scanned 200 gray) as OCR read
// it, rows cut: 姓名 first, 序号 after it, 学号 last, the score headings
// glued ("工艺卡程序车削操作检测6S") and their maxima only in the note on the
// next page ("各项满分:…6S 10分，合计100分。"). 顾帛予 (read 顾昂予) has a
// total 9 above the parts.
var serialAfterName = []string{"学习任务考核成绩汇总表\n" +
	"如尝市挫水技工学校”班级:数控2403班”课程:台阶轴零件数控车削\n" +
	"学习任务:家纺缝幼机主轴台阶轴数控车削加工”考核日期: 2024年9月5日\n" +
	"姓名序号工艺卡程序车削操作检测6S总分等级学号\n" +
	"藉利1 11 21 35 8 7 82良好243201060301\n" +
	"吴况和2 9 18 25 7 8 67合格243201060302\n" +
	"季帖雅3 12 23 26 6 7 74合格243201060303\n" +
	"顾楷之4 11 17 35 8 10 81良好243201060304\n" +
	"吴砚5 11 24 29 9 9 82良好243201060305\n" +
	"丁棋远6 11 18 25 8 8 70合格243201060306\n" +
	"冒画屏7 13 16 25 9 7 70合格243201060307\n" +
	"顾昂予8 14 21 27 9 9 89良好243201060308\n" +
	"陈竺9 12 24 37 9 9 91优秀243201060309\n" +
	"王琴心10 13 20 30 8 8 79合格243201060310\n" +
	"朱绣禾11 11 22 36 7 7 83良好243201060311\n" +
	"石纸营12 12 20 26 9 7 74合格243201060312",
	"季行简33 14 20 29 8有78合格243201060333\n" +
		"薪隶安34 14 17 31 8 8 78合格243201060334\n" +
		"顾印川35 12 23 29册9 82良好243201060335\n" +
		"丁漆然36 10 19 34 7 7 77合格243201060336\n" +
		"王悉文37 12 23 37 6 7 85良好243201060337\n" +
		"张磨言38 12 16 26 8 8 70合格243201060338\n" +
		"各项满分:工艺卡15分，程序25分，车削操作40分，检测10分，6S 10分，合计100分。\n" +
		"考核教师:朱德兵、季红霞教学部审核:蒋宏亮"}

func TestSerialAfterName(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records(serialAfterName), 18, 15, func(r Record) bool { return len(r.Scores) == 5 && r.Scores[4].Column == "6S" && r.Scores[4].Max == 10 }, "顾昂予")
}

// heldout90's 阜康 新能源 register (landscape, scanned 250 gray) as OCR read
// it, rows cut: a two-row header whose 姓名 OCR read 好名 and whose
// sub-headings ran together, then a 满分 row ("满分10 10 20 20 25 15 100").
// The rows, read by their 学号, take its maxima: 杨鸿涛's 27 under the
// third (20) is over.
const maxRowAboveRows = "学习任务考核成绩汇总表\n" +
	"和皇康市天池技工学校”班级:新能2301班课程:新能源汽车充电系统检修\n" +
	"学习任务:光伏电站运维纯电皮卡车载充电机不充电故障诊断”考核日期: 2024年12月7日\n" +
	"序号学号好名检测环诊断与修复环节总分\n" +
	"安全防护充电口检查CC/CP检测充电机检测故障排除充电测试\n" +
	"满分10 10 20 20 25 15 100\n" +
	"1 2323043501杨铭浩8 8 15 15 19 10 75\n" +
	"2 2323043502别克扎提`别里克8 9 15 17 20 12 81\n" +
	"3 2323043503马昕妍7 8 16 13 23 13 80\n" +
	"4 2323043504哈那提`马合沙提8 7 17 18 19 14 83\n" +
	"5 2323043505阿依江:马合沙提9 7 15 13 20 12 76\n" +
	"6 2323043506陈乐妍8 7 15 14 24 12 80\n" +
	"7 2323043507赵浚哲9 7 15 14 18 10 73\n" +
	"8 2323043508李思称7 8 18 15 20 12 80\n" +
	"9 2323043509张旦霖9 9 17 18 18 14 85\n" +
	"10 2323043510白亦凡7 7 16 14 23 13 80\n" +
	"11 2323043511马朝阳9 7 13 13 22 11 75\n" +
	"12 2323043512叶森:哈力别克9 7 17 17 19 10 79\n" +
	"13 2323043513叶尔兰:吐尔逊9 8 17 17 16 12 79\n" +
	"14 2323043514杨鸿涛9 8 27 18 16 10 88"

func TestMaxRowAboveRows(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records([]string{maxRowAboveRows}), 14, 14, func(r Record) bool { return len(r.Scores) == 6 && r.Scores[2].Max == 20 && r.Scores[4].Max == 25 }, "杨鸿涛")
}

// heldout91's 阳泉 网络 register (typed) as its text came, rows cut: a
// labelled row of weights under the headings ("权重 30% 30% 40% 100%"),
// the 总评 their weighted sum with one decimal. The row is no record (权
// is a surname: "权重" read as a name made the register a row long); 段晓涵's
// 总评 88.0 is 12 above the weighted 76.0.
const weightRow = "学习任务考核成绩表\n" +
	"阳泉市娘子关技工学校　　班级：网络2401班　　课程：企业网络设备配置与调试\n" +
	"学习任务：煤矿调度中心办公网络VLAN划分与交换机配置　　考核日期：2024年9月2日\n" +
	"序号 学号 姓名 VLAN规划 交换机配置 测试与文档 总评 备注\n" +
	"权重 30% 30% 40% 100%\n" +
	"1 2403030101 郭子睿 86 62 87 79.2 组长\n" +
	"2 2403030102 白梓琪 72 63 80 72.5\n" +
	"3 2403030103 武帆 76 64 70 70.0\n" +
	"4 2403030104 石逸飞 69 96 92 86.3\n" +
	"5 2403030105 闫俊峰 69 96 66 75.9\n" +
	"20 2403030121 段晓涵 71 93 67 88.0\n" +
	"21 2403030122 杨锦鹏 65 76 68 69.5\n" +
	"说明：各考核项目均按百分制评分，总评＝VLAN规划×30%＋交换机配置×30%＋测试与文档×40%，保留一位小数。"

func TestWeightRow(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records([]string{weightRow}), 7, 7, func(r Record) bool { return len(r.Scores) == 3 && r.Scores[2].Column == "测试与文档(40%)" }, "段晓涵")
}

// heldout91's 驻马店 机电 register (typed) as its text came, rows cut:
// groups with maxima over the header ("理论测验（30分） 实操考核（70分）"),
// each group's 小计 merged down the header, its word alone on the line
// below ("小计 小计"), the parts' maxima under it. 吕浩博 has 14 under
// 第4题 (10).
const subtotalsMergedDown = "学习任务考核成绩汇总表（理论＋实操）\n" +
	"驻马店市天中技工学校　　班级：机电2402班　　课程：机电设备电气控制线路装调\n" +
	"学习任务：芝麻清选机振动筛电动机正反转控制线路安装与调试　　考核日期：2024年11月4日\n" +
	"理论测验（30分） 实操考核（70分）\n" +
	"序号 学号 姓名 第1题 第2题 第3题 第4题 线路安装 通电调试 总分\n" +
	"小计 小计\n" +
	"(5) (5) (10) (10) (40) (30)\n" +
	"1 2417012701 吕梓琪 5 3 9 6 23 31 21 52 75\n" +
	"2 2417012702 彭雯 4 3 7 7 21 25 27 52 73\n" +
	"3 2417012703 刘琪琪 5 3 8 8 24 30 24 54 78\n" +
	"4 2417012704 魏俊辉 4 3 7 8 22 38 28 66 88\n" +
	"5 2417012705 李雨彤 4 4 10 10 28 36 21 57 85\n" +
	"6 2417012706 任雨菲 4 3 7 9 23 31 22 53 76\n" +
	"7 2417012707 吕浩博 3 3 9 14 29 37 19 56 85\n" +
	"8 2417012708 任沐阳 3 3 7 6 19 31 23 54 73"

func TestSubtotalsMergedDown(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records([]string{subtotalsMergedDown}), 8, 8, func(r Record) bool { return len(r.Scores) == 6 && r.Scores[3].Max == 10 && r.Scores[4].Max == 40 }, "吕浩博")
}

// heldout91's 驻马店 新能源 register (scanned, 300 colour) as OCR read it,
// rows cut: 总分(100) read "耳力(100)", after the parts and each group's
// 小计; the last column whose maximum is the parts' sum is the total.
// 高子龙's 87 is 10 above his parts' 77.
const totalHeadingGarbled = "学习任务考核成绩登记表\n" +
	"驻马店市天中技工学校”班级:新能源2401班”课程:新能源汽车充电系统检修\n" +
	"学习任务:纯电动城市物流车交流慢充无法充电故障诊断与排除”考核日期; 2024年9月14日\n" +
	"过程考核成果考核分\n" +
	"序号学号姓名安全防护(15)故障诊断(25)小计(40)维修质量(40)疹断报告(20)小计(60)耳力(100)等级\n" +
	"] 2417043501囊逸飞12 18 30 35 18 53 83良好\n" +
	"2 2417043502高琪琪13 16 29 28 15 43 72合格\n" +
	"3 2417043503王雪怡14 21 35 32 17 49 84良好\n" +
	"4 2417043504李思怡10 21 31 34 14 48 79合格\n" +
	"5 2417043505陈佳雯11 19 30 38 15 53 83良好\n" +
	"22 2417043522高子龙10 17 27 37 13 50 87良好\n" +
	"24 2417043524刘一航11 23 34 37 17 54 88良好"

func TestTotalByMaxima(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records([]string{totalHeadingGarbled}), 7, 7, func(r Record) bool { return len(r.Scores) == 4 && r.Total != nil }, "高子龙")
}

// heldout92's 界首 新能源 register (scanned, 300 colour, askew) as OCR read
// it, rows cut: its header run together, the rows read by their 学号,
// the maxima in a 满分 row at the table's foot. 任志成 has 24 under the
// first heading (20).
const maxRowAtFoot = "学习任务考核成绩登记表\n" +
	"界首市光武技工学校“班级:新能源2401班”课程:电动汽车高压系统绝缘检修\n" +
	"学习任务:快递电动物流车十后高压绝缘报警检测与排除”考核日期: 2024年11月26日\n" +
	"序号学号姓名高压防护故障码读取下电验电绝缘测量故障处理总分全aa\n" +
	"1 2434143501。。葛诗牙16 7 14 22 16 75\n" +
	"2 2434143502。。张蓉区18 8 18 22 15 81\n" +
	"3 2434143503地泽过17 9 13 22 13 74\n" +
	"4 2434143504。。魏乐乐14 8 14 26 18 80。“国\n" +
	"5 2434143505。。刘雨琪19 8 16 22 17 82“国四\n" +
	"6 2434143506任15 7 16 20 13 71\n" +
	"7 2434143507。。刘子讲13 9 19 23 18 82\n" +
	"8 2434143508。，。杨宇豪17 8 18 21 16 80“请呈国人\n" +
	"18 2434143518，。任志成24 7 15 21 14 81 |\n" +
	"19 2434143519，，任紫涵17 8 15 25 15 80\n" +
	"满分20 10 20 30 20 100\n" +
	"考核教师:汉振华、郭秀云教研室主任:郭秀云"

func TestMaxRowAtFoot(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records([]string{maxRowAtFoot}), 10, 5, func(r Record) bool { return len(r.Scores) == 5 && r.Scores[0].Max == 20 && r.Scores[3].Max == 30 }, "任志成")
}

// heldout96's 宣威 烹饪 register (typed), rows cut: headings without
// maxima, which stand only in a 标准分 row at the table's foot. 徐宇澄
// has 36 under 火候控制 (30), his 合计 the sum.
const standardRowAtFoot = "学习任务考核记录\n" +
	"学校：宣威市可渡河技工学校　　班级：烹饪2301班　　学习任务：宣威火腿焖饭与云腿月饼馅料制作\n" +
	"序号 姓名 学号 刀工处理 火候控制 调味装盘 卫生安全 合计 等级\n" +
	"1 孔允哲 2333050101 19 22 27 14 82 良好\n" +
	"2 陈宸铭 2333050102 15 21 24 13 73 合格\n" +
	"3 管怀瑾 2333050103 15 21 18 18 72 合格\n" +
	"4 陈景澄 2333050104 18 20 25 16 79 合格\n" +
	"5 朱梦琪 2333050105 15 24 25 14 78 合格\n" +
	"18 徐宇澄 2333050118 14 36 21 15 86 良好\n" +
	"19 吴天骄 2333050119 12 19 20 16 67 合格\n" +
	"标准分 20 30 30 20 100\n" +
	"评分教师：陈建云、李绍芬　　　　审核：李绍芬　　　　2024年12月15日"

func TestStandardRowAtFoot(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records([]string{standardRowAtFoot}), 7, 4, func(r Record) bool { return len(r.Scores) == 4 && r.Scores[1].Max == 30 }, "徐宇澄")
}

// heldout97's 连州 城轨 register (typed), rows cut: the score headings
// above "学号 姓名 总分 评语", their maxima below; the rows give the total
// first, then the scores. 李泽霖's total 68 is 7 below his scores' 75.
const totalBeforeScores = "学习任务考核登记表\n" +
	"连州市湟川技工学校　　班级：城轨2402班　　课程：铁路车站春运客运组织\n" +
	"客流分析 方案编制 安检演练 广播疏导\n" +
	"学号 姓名 总分 评语\n" +
	"20 30 25 25\n" +
	"2444143101 成昊然 84 19 27 22 16 方案完整\n" +
	"2444143102 梁铭宇 72 15 25 16 16 演练规范\n" +
	"2444143103 邓琳 76 16 26 16 18 广播清楚\n" +
	"2444143104 唐昊 67 12 19 18 18 需加强\n" +
	"2444143109 何雨晨 83 14 29 17 23 需加强\n" +
	"2444143110 莫可馨 82 13 27 22 20 良好\n" +
	"2444143124 李泽霖 68 13 21 20 21 需加强\n" +
	"2444143128 廖志强 87 19 28 17 23 广播清楚\n" +
	"评分教师：梁志坚、莫秀芳　　　　教务科审核：莫秀芳"

func TestTotalBeforeScores(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records([]string{totalBeforeScores}), 8, 8, func(r Record) bool {
		return len(r.Scores) == 4 && r.Scores[2].Max == 25 && r.Total != nil && r.Total.Value >= 60
	}, "李泽霖")
}

// heldout98's 七台河 机电 register (typed), rows cut: 学号 first, the name
// after the total, a 备注 column after it ("组长" in some rows). 邢晓倩
// has 34 under 调试运行(30).
const nameAfterTotalRemark = "学习任务考核记录表\n" +
	"七台河市桃山技工学校　　班级：机电2402班　　课程：输送设备PLC控制系统安装调试\n" +
	"学号 安装接线(30) 程序编写(30) 调试运行(30) 安全文明(10) 总分 姓名 备注\n" +
	"2409012701 28 23 27 7 85 张鸿涛 组长\n" +
	"2409012702 24 21 24 6 75 刘浩洋\n" +
	"2409012703 23 22 19 9 73 郭鹏程\n" +
	"2409012708 28 21 23 7 79 隋婉婷 组长\n" +
	"2409012709 23 27 24 7 81 王弘文\n" +
	"2409012741 28 24 34 7 93 邢晓倩\n" +
	"2409012742 24 27 25 9 85 王鑫鹏\n"

func TestNameAfterTotalRemark(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records([]string{nameAfterTotalRemark}), 7, 7, func(r Record) bool { return len(r.Scores) == 4 && r.Total != nil && r.Scores[2].Max == 30 }, "邢晓倩")
}

// heldout98's 三门峡 网络 register (typed), rows cut: 等级 and 绩点 after
// the total. 尚天成's parts make 87, his total reads 78.
const gradePointColumn = "学习任务考核成绩表\n" +
	"三门峡市崤山技工学校　　班级：网络2401班　　课程：无线局域网组建与维护\n" +
	"序号 学号 姓名 现场勘测(25) 点位规划(25) 设备配置(30) 测试验收(20) 总分 等级 绩点\n" +
	"1 2441130101 陈思博 19 21 23 15 78 中 2.8\n" +
	"2 2441130102 薛语涵 19 16 24 18 77 中 2.7\n" +
	"3 2441130103 程晋鹏 19 21 24 16 80 良 3.0\n" +
	"4 2441130104 卫梓琪 17 20 24 13 74 中 2.4\n" +
	"5 2441130105 杨天磊 23 22 25 14 84 良 3.4\n" +
	"22 2441130122 尚天成 22 21 26 18 78 中 2.8\n"

func TestGradePointColumn(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records([]string{gradePointColumn}), 6, 6, func(r Record) bool { return len(r.Scores) == 4 && r.Total != nil }, "尚天成")
}

// heldout98's 三门峡 新能源 register (scanned, 250 gray, landscape) as
// OCR read it, rows cut: the header glued, the maxima only in the 评分标准
// line above it, a 评价教师 column after the total (the teacher's name glued
// to the total in the rows). 薛家兴 has 41 under 故障检测 (35).
const assessorColumn = "" +
	"学习任务考核评分记录\n" +
	"三门峡市晴山技工学校”班级:新能源2402班”课程:新能源汽车高压系统检修\n" +
	"学习任务:纯电动城市物流车高压互锁故障检测与排除”考核日期: 2024年11月26日\n" +
	"评分标准:安全防护20分，高压下电30分，故障检测35分，报告填写15分，满分100分。\n" +
	"序号姓名学号安全防护高压下电故障检测报告填写总分评价教师\n" +
	"2张铭鹏2441143502 16 27 28 13 84程丽萍\n" +
	"3杨弘文2441143503 15 23 31 14 83张书亮\n" +
	"5卫欣怡2441143505 17 20 30 14 81张书亮\n" +
	"6屈梓轩2441143506 19 25 28 11 83程丽萍\n" +
	"9郭诗雨2441143509 19 23 31 13 86张书亮\n" +
	"10张天乔2441143510 15 27 25 12 79程丽萍\n" +
	"11姚宇浩2441143511 16 24 27 13 80张书亮\n" +
	"12薛家兴2441143512 16 24 41 12 93程丽萍\n" +
	"13赵致远2441143513 13 26 28 14 81张书亮\n"

func TestAssessorColumn(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records([]string{assessorColumn}), 9, 9, func(r Record) bool { return len(r.Scores) == 4 && r.Total != nil && r.Scores[2].Max == 35 }, "薛家兴")
}

// heldout99's 朔州 机电 register (typed), rows cut: no header row, each
// student a line of labelled scores, the maxima stated once above
// ("评分项目及满分：识图15分　安装25分…", set apart by spaces). 郝文轩 has 34
// under 接线 (30).
const labelledScoreList = "" +
	"学习任务考核成绩记录\n" +
	"朔州市桑干河技工学校　　班级：机电2401班　　课程：带式输送机电气控制系统安装与调试\n" +
	"学习任务：选煤厂带式输送机顺序启停控制柜安装与联调　　考核日期：2024年11月4日\n" +
	"评分项目及满分：识图15分　安装25分　接线30分　调试20分　安全10分　合计100分\n" +
	"01　2415012701　薛佳慧　识图14　安装19　接线27　调试14　安全8　合计82\n" +
	"02　2415012702　郝文轩　识图11　安装20　接线34　调试15　安全7　合计87\n" +
	"03　2415012703　张美辰　识图10　安装22　接线28　调试13　安全8　合计81\n" +
	"04　2415012704　刘甜甜　识图12　安装19　接线25　调试17　安全7　合计80\n" +
	"05　2415012705　张佳宇　识图11　安装20　接线29　调试19　安全9　合计88\n" +
	"06　2415012706　白新悦　识图12　安装23　接线29　调试18　安全7　合计89\n" +
	"07　2415012707　赵书涵　识图11　安装17　接线23　调试18　安全8　合计77\n" +
	"以上共40人。\n" +
	"评分教师：段振国、梁秀芬　　　　教务科审核：梁秀芬\n"

func TestLabelledScoreList(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records([]string{labelledScoreList}), 7, 7, func(r Record) bool {
		return len(r.Scores) == 5 && r.Scores[2].Column == "接线" && r.Scores[2].Max == 30 && r.Total != nil && r.Total.Max == 100
	}, "郝文轩")
}

// heldout99's 顺义 网络 register (1-bit scan) as OCR read it, rows cut:
// the headings glued into one run, none with a maximum; each total glued
// to its one-character grade ("75中"); the maxima in a 满分 row at the
// table's foot. 孙冠霖 has 27 under the third heading (交换机配置, 25).
const totalGradeGlued = "" +
	"学习任务考核成绩表\n" +
	"北京市顺义区汉石桥技工学校”班级:网络2401班课程:中小企业网络组建与维护\n" +
	"学习任务:物流园区办公楼有线与无线网络组建与调试”考核日期: 2024年11月26日\n" +
	"序号学号姓名现场勘察VLAN规划交换机配置无线配置打线测试文档总分等级\n" +
	"1 2411030101王腾飞12 14 18 14 8 9 75中\n" +
	"2 2411030102冯卓12 18 18 15 9 9 81良\n" +
	"3 2411030103马锦浩10 14 17 14 8 7 70中\n" +
	"4 2411030104高佳辉13 18 24 17 8 7 87良\n" +
	"5 2411030105韩晨旭13 15 18 16 7 6 75中\n" +
	"6 2411030106刘诗瑶10 18 23 16 9 9 85良\n" +
	"7 2411030107冯嘉茵11 18 18 16 8 8 79中\n" +
	"15 2411030115孙冠霖10 18 27 17 7 9 88良\n" +
	"满分15 20 25 20 10 10 100\n" +
	"等级: 90分以上优，80-89良，70-79中，60-69及格。\n" +
	"评分教师:张立峰、马秀芝教务科审核:马秀芝\n"

func TestTotalGradeGlued(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records([]string{totalGradeGlued}), 8, 8, func(r Record) bool {
		return len(r.Scores) == 6 && r.Scores[2].Max == 25 && r.Total != nil
	}, "孙冠霖")
}

// heldout102's 英德 酒店 register (typed), rows cut: headings without
// maxima, the maxima in a line above the table, "评分项目及分值：茶席布置20分，
// …". 罗颖琪 has 28 under 服务礼仪 (25).
const pointsValueCaption = "" +
	"学习任务考核成绩记录表\n" +
	"英德市英石技工学校　　班级：酒店2401班　　课程：茶艺与茶事服务\n" +
	"学习任务：英红九号红茶茶席布置与宾客品茗接待　　考核日期：2024年11月4日\n" +
	"评分项目及分值：茶席布置20分，冲泡技能40分，服务礼仪25分，职业素养15分，满分100分。\n" +
	"姓名 学号 茶席布置 冲泡技能 服务礼仪 职业素养 总分 备注\n" +
	"陈泳琳 2418050401 15 38 21 10 84 组长\n" +
	"梁秋怡 2418050402 16 27 16 14 73\n" +
	"温梓轩 2418050403 19 32 21 10 82\n" +
	"温宛琪 2418050404 13 29 16 13 71\n" +
	"罗颖琪 2418050405 13 31 28 10 82\n" +
	"廖秋霞 2418050406 15 32 18 12 77\n" +
	"黄健锋 2418050435 13 35 23 10 81\n" +
	"邓丹丹 2418050436 14 28 23 11 76\n" +
	"评分教师：邓丽华、朱文斌　　　　教务科审核：朱文斌\n"

func TestPointsValueCaption(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records([]string{pointsValueCaption}), 8, 8, func(r Record) bool {
		return len(r.Scores) == 4 && r.Scores[2].Max == 25 && r.Total != nil
	}, "罗颖琪")
}

// heldout103's 蛟河 城轨 register (typed), rows cut: the parts' headings
// on one line, "序号 学号 姓名 总分" merged down on the next, "分值 得分"
// under each part, every row giving each part's maximum beside its score.
// 曲浩然 has 57 under 乘降引导 (50).
const valueScoreColumns = "" +
	"学习任务考核评分登记表\n" +
	"蛟河市拉法山技工学校　　班级：城轨2403班　　课程：城际铁路车站冬季客运组织\n" +
	"学习任务：城际列车车站雪天站台除冰与乘降安全组织　　考核日期：2024年11月4日\n" +
	"站台除冰 乘降引导 应急广播\n" +
	"序号 学号 姓名 总分\n" +
	"分值 得分 分值 得分 分值 得分\n" +
	"1 2422043101 金知夏 30 28 50 38 20 18 84\n" +
	"2 2422043102 张秋实 30 21 50 39 20 14 74\n" +
	"3 2422043103 于永康 30 24 50 32 20 15 71\n" +
	"4 2422043104 赵歆瑶 30 22 50 32 20 18 72\n" +
	"5 2422043105 曲浩然 30 28 50 57 20 17 102\n" +
	"本班共36人，实考36人。\n" +
	"评分教师：庞卫东、关淑琴　　　　教务科审核：关淑琴\n"

func TestValueScoreColumns(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records([]string{valueScoreColumns}), 5, 5, func(r Record) bool {
		return len(r.Scores) == 3 && r.Scores[1].Max == 50 && r.Total != nil
	}, "曲浩然")
}

// heldout92's 简阳 烹饪 register (1-bit scan) as OCR read it, rows cut:
// 学号 read "节司" in the header, so no column says the rows' twelve-digit
// numbers are student numbers; no score has eight digits. 唐嘉俊 (read
// 唐山俊) has a total 7 below his parts.
const idHeadingGarbled = "学习任务攻核成绩攻\n" +
	"简阳市绎溪技上学校班绕:笃饪2403班课程:川菜汤牙与六菜制作\n" +
	"学习任务:简峙草肉汤与小粉靶攻内制作攻核日期: 2024人年9月2日\n" +
	"序刁姓名。节司原料加工(15分)北汤(25分)菊菜(25分)调味(20分) 1U生(15分)总分部级备注\n" +
	"1张诗妍245105010301 11 21 21 15 10 78中从\n" +
	"2杨钛盘245105010302 9 18 15 13 12 67及格\n" +
	"3人们琪245105010303 12 22 16 13 10 73中等\n" +
	"4雇果币245105010304 11 16 22 16 14 79中\n" +
	"5，杨穿关245105010305 10 23 18 17 13 81尼好\n" +
	"6唐山俊245105010306 11 18 15 17 12 66太格\n" +
	"7杨了械245105010307 12 15 15 17 10 69及格补攻\n" +
	"8他矢芝245105010308 14 21 17 18 13 83民好"

func TestIDHeadingGarbled(t *testing.T) {
	t.Parallel()
	claimedAlone(t, Records([]string{idHeadingGarbled}), 8, 6, func(r Record) bool { return len(r.Scores) == 5 && r.Scores[1].Max == 25 }, "唐山俊")
}

// heldout93's 潜江 烹饪 register (1-bit, 300 dpi) as OCR read it, rows cut:
// headings without maxima, the maxima in the note under the table, its
// opening words lost ("100分，其中刀工20分、火候30分、…"). 曾凡宇 has 34
// under 火候 (30).
const noteOpensWithTotal = "学习任务考核成绩表\n" +
	"潜江市曹帅技工学校”班级:训饪2402班课程:江汉平原风味水产热菜制作\n" +
	"学习任务:油烟大是与小龙虾宴席热菜制作”考核日期: 2024年11月26日\n" +
	"序号学号姓名刀工火候调味装盘卫生总分\n" +
	"1 2442050101涂雨晴16 21 18 11 8 74\n" +
	"2 2442050102曾立伟18 24 22 11 8 83\n" +
	"3 2442050103涂楚声17 27 17 1 7 79\n" +
	"4 2442050104刘俊朗14 25 17 13 9 78\n" +
	"5 2442050105准佳乐19 25 20 11 9 84\n" +
	"6 2442050106准秋月15 22 20 10 6 73\n" +
	"”对，32442050123曾凡宇15 34 20 11 6 86\n" +
	"100分，其中刀工20分、火候30分、调味25分、装盘15分、卫生10分。"

func TestNoteOpensWithTotal(t *testing.T) {
	t.Parallel()
	rs := Records([]string{noteOpensWithTotal})
	for i := range rs {
		// Read by OCR, surely: 涂楚声's "1" for 11 is a digit dropped
		// (digitSlip), no claim.
		rs[i].OCR, rs[i].SureDigits = true, true
	}
	// The note is no row (a row more made the register a student long).
	claimedAlone(t, rs, 7, 6, func(r Record) bool { return len(r.Scores) == 5 && r.Scores[1].Max == 30 }, "曾凡宇")
}

// heldout93's 凭祥 酒店 register (scanned) as OCR read it, rows cut: groups
// with maxima over the parts, the second's closing bracket read as a
// character ("席间服务(60作"). 凌志鹏's total 82 is 7 above his parts.
const lostClosingBracket = "学习任务考核成绩表\n" +
	"赁祥市友人这关技工学校”班级:酒店2401班课程:口岸酒店中餐宴会服务\n" +
	"学习任务:口岸酒店中越商务宴会摆台与席间服务”考核日期: 2024年10月7日\n" +
	"序号学号姓名摆台(40分)席间服务(60作总分等级\n" +
	"铺台布(10)餐具摆放(20)餐巾折花(10)其酒(20)上菜分菜(25)应变处理(15)\n" +
	"1，244505040101凌志鹏9 14 7 14 19 12 82良好\n" +
	"2 244505040102蒙子安9 14 9 15 19 10 76“合格\n" +
	"3 244505040103，李浩明8 17 7 17 20 11 80良好\n" +
	"4，244505040104黄思宇7 13 9 19 22 10 80良好\n" +
	"5，244505040105“梁琳7 18 6 16 21 12 80良好\n" +
	"6 244505040106，韦志伟7 13 6 19 23 11 79”合格\n" +
	"7 244505040107黄春梅7 17 8 14 21 11 78”合格"

func TestLostClosingBracket(t *testing.T) {
	t.Parallel()
	rs := Records([]string{lostClosingBracket})
	for i := range rs {
		rs[i].OCR, rs[i].SureDigits = true, true
	}
	claimedAlone(t, rs, 7, 6, func(r Record) bool { return len(r.Scores) == 6 && r.Scores[4].Max == 25 }, "凌志鹏")
}

// TestGroupBeforeLost reads heldout103's 辛集 中药 register as OCR gave it
// (250-dpi grey scan): a two-row header whose identity headings and
// 总评/等级 OCR garbled ("下人各…", "号生级"), one heading lost under the
// 过程评价 group, so each row shows a number more than the header has
// headings for; the 成果评价 group's three scores and their 小计 open every
// row and add up; the grades are glued to the weighted 总评 by a rule read
// as a quote ("72.6”合格"). 郝佳宁's 46 under 调配(40) was not seen. The
// group's scores are read under their headings, its 小计 their total;
// nothing after it is.
func TestGroupBeforeLost(t *testing.T) {
	t.Parallel()
	page := `学习任务考核成绩汇总表
辛集市皮都技工学校”班级:中药2401班”课程:中药饮片储存与养护
学习任务:夏季中药饮片防霉防虫养护与质量检查“考核日期: 2024年11月26日
，，成果评价过程评价
下人各审方(20)”调配(40)。莫孝(40)小计(100) (100)号生级
1 2413130101田国栋16 27 28 71 75 72.6”合格
2 2413130102郭怡然19 37 37 93 93 93.0”优秀
3 2413130103郝浩宇18 29 30 77 89 81.8”良好
4 2413130104孝子轩19 27 33 79 92 84.2”和良好
5 2413130105汉雅琳13 28 33 74 71 72.8”合格
6 2413130106崔嘉怡15 36 33 84 78 81.6良好
7 2413130107孝舒畅17 32 29 78 87 81.6”良好
33 2413130133史琳16 29 25 70 90 78.0良好
34 2413130134和孟逸凡13 33 30 76 69 73.2”合格
35 2413130135郝佳宁18 46 38 102 80 93.2”优秀
36 2413130136孟佳琳16 35 35 86 66 78.0良好
注:总评=过程评价xX40%十成果评价小计X60%;等级: 90分及以上优秀，75一89分良好，60一74分合格。
评分教师:崔凤兰、田永胜教务科审核:田永胜`
	rs := Records([]string{page})
	if len(rs) != 11 {
		t.Fatalf("%d records, want 11", len(rs))
	}
	read := 0
	for _, r := range rs {
		probs := r.Check()
		if r.Name == "郝佳宁" {
			if len(r.Scores) != 3 || r.Scores[1].Value != 46 || r.Scores[1].Max != 40 || r.Total == nil || r.Total.Value != 102 {
				t.Fatalf("郝佳宁: scores %v, total %v; want 18 46 38 under 20 40 40, 小计 102", r.Scores, r.Total)
			}
			if !slices.ContainsFunc(probs, func(p string) bool { return strings.Contains(p, "得分46超过满分40") }) ||
				!slices.ContainsFunc(probs, func(p string) bool { return strings.HasPrefix(p, "小计102超过满分100") }) {
				t.Errorf("郝佳宁: %q, want 调配 46 of 40 and 小计 102 of 100", probs)
			}
			continue
		}
		if len(probs) > 0 {
			t.Errorf("%s: %q, want none", r.Name, probs)
		}
		if len(r.Scores) == 3 && r.Total != nil && r.SumChecked {
			read++
		}
	}
	if read < 8 {
		t.Errorf("%d other rows read with their group, want 8 or more", read)
	}
	// The group not bearing it out (its scores not adding up to the
	// number after them in most rows): nothing is read.
	broken := regexp.MustCompile(`(\d{7}\p{Han}+\d+ \d+ \d+) \d+`).ReplaceAllString(page, "$1 99")
	for _, r := range Records([]string{broken}) {
		if len(r.Scores) > 0 || r.Total != nil {
			t.Fatalf("group not adding up: %s read with %v, %v", r.Name, r.Scores, r.Total)
		}
	}
}

// TestCountColumnAndStatedFull reads heldout104's 华阴 数控 piece-work
// register (1-bit scan): "合格件数(满5件)" counts pieces, no score, and
// "件数分(每件8分，满40)" states its maximum last in its brackets; 合计 is
// 件数分 + 工艺 + 程序. 屈天宇's 合计 78, nine above his parts, was not seen:
// each row showed a number more than the header's score headings.
func TestCountColumnAndStatedFull(t *testing.T) {
	t.Parallel()
	page := `学习任务考核成绩汇总表《计件)
华阴市罗数技工学校班级;数控2402班”课程:法兰类零件数控车削
序号姓名学号合格件数(满5件)件数分(每件8分，满40)工艺(30)程序(30)合计名次
1党永康2461010601 D 40 19 25 84 12
2党紫涵2461010602 3 24 22 25 71 30
3杜明轩2461010603 5 40 27 22 89 6
4屈嘉乐2461010604 4 32 23 26 81 18
5薛鹏飞2461010605 3 24 20 22 66 34
11屈天宇2461010611 3 24 22 23 78 24
12薛译字2461010612 4 32 27 28 87 7
合计二件数分十工艺十程序。`
	cols := headerColumns("序号姓名学号合格件数(满5件)件数分(每件8分，满40)工艺(30)程序(30)合计名次")
	if c := cols[3]; !c.rank || c.max != 0 {
		t.Errorf("合格件数(满5件): %+v, want a number, no score", c)
	}
	if c := cols[4]; c.max != 40 {
		t.Errorf("件数分(每件8分，满40): maximum %v, want 40", c.max)
	}
	for _, r := range Records([]string{page}) {
		probs := r.Check()
		switch {
		case r.Name == "屈天宇":
			if len(probs) != 1 || !strings.Contains(probs[0], "总分78不等于各项之和69") {
				t.Errorf("屈天宇: %q, want 总分78 not 69", probs)
			}
		case len(probs) > 0:
			t.Errorf("%s: %q, want none", r.Name, probs)
		case r.Name != "党永康" && (len(r.Scores) != 3 || !r.SumChecked):
			t.Errorf("%s: scores %v, checked %v; want three, checked", r.Name, r.Scores, r.SumChecked)
		}
	}
}

// TestGridCards reads heldout105's 永州 机电 register (typed): small score
// cards three to a row, each a serial, the name and the 学号's last digits
// over "项目 满分 得分" and a line per heading; 胡炳辉's 36 under 程序编写
// (30) was not seen (no record read at all). A row of cards not read whole
// (a heading line one card short) is no register of cards.
func TestGridCards(t *testing.T) {
	t.Parallel()
	page := `学习任务考核成绩卡
永州市潇水技工学校　　班级：机电2402班　　课程：农产品分选设备电气控制装调
学号前四位：2443（卡片中只写后四位）
1 周亦菲 2701 3 胡修文 2703 4 欧阳鹏程 2704
项目 满分 得分 项目 满分 得分 项目 满分 得分
接线工艺 25 23 接线工艺 25 19 接线工艺 25 23
程序编写 30 23 程序编写 30 22 程序编写 30 20
联机调试 35 31 联机调试 35 22 联机调试 35 29
安全文明 10 7 安全文明 10 9 安全文明 10 8
总分 100 84 总分 100 72 总分 100 80
2 唐家豪 2702
项目 满分 得分
接线工艺 25 20
程序编写 30 21
联机调试 35 28
安全文明 10 6
总分 100 75
35 周璐瑶 2735 36 蒋诗琪 2736 37 胡炳辉 2737
项目 满分 得分 项目 满分 得分 项目 满分 得分
接线工艺 25 20 接线工艺 25 23 接线工艺 25 23
程序编写 30 25 程序编写 30 23 程序编写 30 36
联机调试 35 32 联机调试 35 26 联机调试 35 29
安全文明 10 9 安全文明 10 9 安全文明 10 9
总分 100 86 总分 100 81 总分 100 97`
	rs := Records([]string{page})
	if len(rs) != 7 {
		t.Fatalf("%d records, want 7", len(rs))
	}
	for _, r := range rs {
		probs := r.Check()
		switch {
		case r.Name == "胡炳辉":
			if len(probs) != 1 || !strings.Contains(probs[0], "“程序编写(30)”得分36超过满分30") {
				t.Errorf("胡炳辉: %q, want 程序编写 36 of 30", probs)
			}
		case len(probs) > 0 || len(r.Scores) != 4 || r.Total == nil || !r.SumChecked:
			t.Errorf("%s: %q, scores %v, total %v", r.Name, probs, r.Scores, r.Total)
		}
	}
	if rs[2].Name != "欧阳鹏程" || rs[2].Total.Value != 80 {
		t.Errorf("third card: %s, total %v; want 欧阳鹏程, 80", rs[2].Name, rs[2].Total)
	}
	// The last row of cards named at a page's foot, their tables at the
	// next page's head (the corpus's cards 20 to 22).
	at := strings.Index(page, "项目 满分 得分 项目 满分 得分 项目 满分 得分\n接线工艺 25 20 接线工艺 25 23")
	split := Records([]string{page[:at] + "\n\n", "第 2 页\n" + page[at:]})
	if len(split) != 7 || split[6].Name != "胡炳辉" || split[6].Page != 1 || split[6].Total == nil {
		t.Errorf("cards over a page break: %d records", len(split))
	}
	short := strings.Replace(page, "联机调试 35 26 联机调试 35 29", "联机调试 35 26", 1)
	if rs, ok := gridCardRecords([]string{short}); ok {
		t.Errorf("a row of cards not read whole: %d records", len(rs))
	}
}

// TestRuleMarksBorne reads heldout105's 瑞金 新能源 register as OCR gave it
// (colour scan): a two-row header whose second line names the scores, the
// total and 等级 ("…报告(15)”总分”等级" under "过程考核 结果考核 总分/等级"),
// and a column's rule read as "]" beside three of its 11s. Rows 1 and 3 add
// up with the marks read as rules; 温艇峰's (温毓峰, misread) does not: 75
// for 82. The rows so marked are read so, the marked column named for the
// checks (MarkedCols). Where the marked rows do not bear it out, they are
// not read.
func TestRuleMarksBorne(t *testing.T) {
	t.Parallel()
	page := `学习任务考核记录表
瑞金市绵江技工学校”班级:新能2302班课程:纯电动客车空调与热泵系统检修
序号。姓名过程考核结果考核总分/等级
安全防护(10)故障诊断(30)部件检修(30)性能测试(15)报告(15)”总分”等级
1谢乐怡8 20 21 ]11 12 72合格
2即时天9 24 26 11 11 81良好
3刘锋9 27 20 ]11 10 77合格
人4刘春阳7 25 20 13 13 78合格
5温艇峰9 25 24 ]11 13 75合格
6钟前秋7 21 23 10 10 71合格
7华楚涵7 26 28 12 13 86良好`
	byName := map[string]Record{}
	for _, r := range Records([]string{page}) {
		byName[r.Name] = r
	}
	if len(byName) != 7 {
		t.Fatalf("%d records, want 7", len(byName))
	}
	for name, r := range byName {
		if len(r.Scores) != 5 || r.Total == nil || !r.SumChecked || r.Scores[4].Max != 15 {
			t.Errorf("%s: scores %v, total %v, checked %v; want five under their headings", name, r.Scores, r.Total, r.SumChecked)
		}
		marked := name == "谢乐怡" || name == "刘锋" || name == "温艇峰"
		if got := slices.Equal(r.MarkedCols, []string{"性能测试(15)"}); got != marked {
			t.Errorf("%s: marked columns %v", name, r.MarkedCols)
		}
	}
	if r := byName["温艇峰"]; len(r.Scores) == 5 && r.Scores[3].Value != 11 {
		t.Errorf("温艇峰: %v, want 11 under 性能测试", r.Scores)
	}
	// 刘锋's row no longer adding up either: one row in two, no reading.
	page = strings.Replace(page, "3刘锋9 27 20 ]11 10 77", "3刘锋9 27 20 ]11 10 70", 1)
	for _, r := range Records([]string{page}) {
		if (r.Name == "谢乐怡" || r.Name == "温艇峰") && (len(r.Scores) == 5 || len(r.MarkedCols) > 0) {
			t.Errorf("%s read with %v, though the marked rows do not bear the marks out", r.Name, r.Scores)
		}
	}
}

// TestGroupScoreMerged reads heldout110's 涿州 照护 register as OCR gave it
// (scanned): the group's 小组成果 in a cell merged down its members' rows,
// printed on one row of the group ("第一组4 …郭晓宇36 24 21 81") or on a
// line of its own ("第三组31"); the other rows show the two personal
// scores and the total. Those rows are read under their own headings, the
// group's score unknown (no sum checked): 马芷淇's 34 under 个人答辩(30) was
// not seen (every such row had been left unread).
func TestGroupScoreMerged(t *testing.T) {
	t.Parallel()
	page := `学习任务考核记录
组别序号学号姓名小组成果(40)个人过程(30)个人答辩(30)总分
1 241305290201起樟轩22 21 79
2 241305290202李博远28 28 92
3 241305290203高欣妍26 19 81
第一组4 241305290204郭晓宇36 24 21 81
5 241305290205冯人金鹏22 22 80
第三组31
17 241305290217马芷淇25 34 90
18 241305290218张晓营25 24 80`
	rs := Records([]string{page})
	if len(rs) != 7 {
		t.Fatalf("%d records, want 7", len(rs))
	}
	for _, r := range rs {
		probs := r.Check()
		switch r.Name {
		case "马芷淇":
			if len(probs) != 1 || !strings.Contains(probs[0], "“个人答辩(30)”得分34超过满分30") {
				t.Errorf("马芷淇: %q, want 个人答辩 34 of 30", probs)
			}
		case "郭晓宇":
			if len(r.Scores) != 3 || !r.SumChecked || len(probs) > 0 {
				t.Errorf("郭晓宇: %v, checked %v, %q; want the group's 36 too, adding up", r.Scores, r.SumChecked, probs)
			}
		default:
			if len(r.Scores) != 2 || r.SumChecked || len(probs) > 0 {
				t.Errorf("%s: %v, checked %v, %q; want the two personal scores, no sum", r.Name, r.Scores, r.SumChecked, probs)
			}
		}
	}
	// No group heading: a row a number short is not read.
	for _, r := range Records([]string{strings.Replace(page, "小组成果(40)", "方案设计(40)", 1)}) {
		if r.Name == "马芷淇" && len(r.Scores) > 0 {
			t.Errorf("without a group's heading: 马芷淇 read with %v", r.Scores)
		}
	}
}

// TestPerTimeHeader reads heldout111's 麻城 新能源 register as OCR gave it
// (scanned): "过程考核(每次满分10分)" spans six sessions headed "第1次 …
// 第6次" on the line under, whose "(40分)" is 终结考核's; each row gives the
// 学号's last digits alone after the name ("方晓婷0101"). No row had been
// read: 汪博宇's 总分 88, ten above his parts, went unseen.
func TestPerTimeHeader(t *testing.T) {
	t.Parallel()
	page := `学习任务考核登记表
序号姓名学号过程考核(每次满分10分)终结考核总分
第1次第2次第3次第4次第5次第6次(40分)
2 李冠霖0102 6 7 6 10 9 6 32 76
4张景瑞0104 10 6 6 8 10 8 29 77
5王颖慧0105 6 8 6 8 10 6 34 78
31汪博宇0132 7 8 9 10 6 8 30 88`
	rs := Records([]string{page})
	if len(rs) != 4 {
		t.Fatalf("%d records, want 4", len(rs))
	}
	for _, r := range rs {
		probs := r.Check()
		if len(r.Scores) != 7 || r.Scores[6].Max != 40 || !r.SumChecked {
			t.Errorf("%s: %v, checked %v; want six sessions of 10 and 终结考核(40)", r.Name, r.Scores, r.SumChecked)
		}
		if want := r.Name == "汪博宇"; want != (len(probs) == 1 && strings.Contains(probs[0], "总分88不等于各项之和78")) || !want && len(probs) > 0 {
			t.Errorf("%s: %q", r.Name, probs)
		}
	}
	if _, ok := perTimeHeader("序号 姓名 过程考核(每次满分10分) 总分", "说明：共六次"); ok {
		t.Errorf("no sessions under the heading: merged")
	}
}

// TestContinuedColumns reads heldout112's 神木 机电 register as OCR gave it
// (scanned): "(一)" with 序号 学号 姓名 and three parts, "(二)(续表)" on the
// next page with 序号 姓名, the other two parts and 总分, for the same
// students. Each later row is its serial's student of the first table,
// its scores joined to that row's (the sum checked across both pages);
// where OCR misread a serial ("0" for 6) and a name (于亚宁 for 王亚宁),
// the row in its place, the tables holding as many rows. The class was
// counted 47 for 38. With a second table of other students, nothing is
// joined.
func TestContinuedColumns(t *testing.T) {
	t.Parallel()
	one := `学习任务考核记录表〈一)
序号。节号姓名识图与元件选型(15)主电路接线(25) PLC接线(20)
1 2481012701白丹丹13 18 17
2 2481012702刘治国10 19 12
3 2481012703白志鹏9 22 18
4 2481012704李晨光12 18 16
5 2481012705郝星辰11 19 18
0 2481012706王亚宁11 22 18
7 2481012707薛景瑞13 29 15`
	two := `学习任务考核记录表(二) (续表)
序号姓名程序编写与调试(30)安全文明(10)总分评定
1白丹丹20 8 76良好
2刘治国22 7 70合格
3白志鹏19 8 76良好
4李晨光24 7 77良好
5郝星辰27 8 83良好
6于亚宁26 7 84良好
7薛景瑞18 8 83良好`
	rs := Records([]string{one, two})
	if len(rs) != 7 {
		t.Fatalf("%d records, want 7", len(rs))
	}
	for _, r := range rs {
		probs := r.Check()
		switch r.Name {
		case "薛景瑞":
			if len(probs) != 1 || !strings.Contains(probs[0], "得分29超过满分25") {
				t.Errorf("薛景瑞: %q, want 主电路接线 29 of 25", probs)
			}
		case "王亚宁":
		default:
			if len(r.Scores) != 5 || r.Total == nil || !r.SumChecked || len(probs) > 0 {
				t.Errorf("%s: %v, total %v, checked %v, %q; want five parts and the total, adding up", r.Name, r.Scores, r.Total, r.SumChecked, probs)
			}
		}
	}
	// A second table that names its students by 学号 again: another
	// assessment of the same students (heldout110's 介休 机电, 表一 过程考核
	// and 表二 成果考核), each table checked alone.
	again := strings.NewReplacer("序号姓名", "序号学号姓名", "1白丹丹", "1 2481012701白丹丹", "2刘治国", "2 2481012702刘治国", "3白志鹏", "3 2481012703白志鹏",
		"4李晨光", "4 2481012704李晨光", "5郝星辰", "5 2481012705郝星辰", "6于亚宁", "6 2481012706于亚宁", "7薛景瑞", "7 2481012707薛景瑞").Replace(two)
	if rs := Records([]string{one, again}); len(rs) != 14 {
		t.Errorf("a second table with 学号: %d records, want 14", len(rs))
	}
	other := strings.NewReplacer("白丹丹", "高一鸣", "刘治国", "乔子墨", "白志鹏", "贺文博", "李晨光", "张若曦", "郝星辰", "冯雨桐", "于亚宁", "杜佳琪", "薛景瑞", "訾浩然").Replace(two)
	if rs := Records([]string{one, other}); len(rs) != 14 {
		t.Errorf("a second table of other students: %d records, want 14", len(rs))
	}
}

// TestBilingualHeader: heldout113's 丽水 酒店, a typed register whose
// header gives each heading in English under it, the maxima under those:
// the headings over 序号 学号 姓名, an English line each, then the maxima.
// Each part takes its maximum; 潘俊锋's 43 under (40) is claimed.
func TestBilingualHeader(t *testing.T) {
	t.Parallel()
	page := `学习任务考核成绩登记表
Assessment Record
丽水市括苍技工学校　　班级：酒店2401班　　课程：古堰民宿前厅与客房服务
仪容仪表 入住接待 客房整理 服务礼仪
序号 学号 姓名 English 总分
Grooming Check-in Housekeeping Etiquette
No. Student ID Name Name Total
(10) (30) (40) (20)
1 240105001 潘俊锋 Amy 9 23 43 14 89
2 240105002 蓝雨菲 Kevin 8 21 32 13 74
3 240105003 吴钰莹 Lily 8 22 25 18 73
4 240105004 金佳蕊 Jason 9 20 33 16 78
5 240105005 毛承志 Coco 8 25 34 14 81
共5人 Total: 5
评分教师：叶慧萍、项国平`
	rs := Records([]string{page})
	if len(rs) != 5 {
		t.Fatalf("%d records, want 5: %+v", len(rs), rs[len(rs)-1])
	}
	checkRows(t, rs, func(r Record) bool { return len(r.Scores) == 4 && r.Scores[2].Max == 40 }, named("潘俊锋"))
}

// checkRows wants each record of rs read whole (whole, its sum checked)
// and claimed exactly where claimed says.
func checkRows(t *testing.T, rs []Record, whole, claimed func(Record) bool) {
	t.Helper()
	for _, r := range rs {
		if !whole(r) || !r.SumChecked {
			t.Errorf("%s: %v total %v checked %v", r.Name, r.Scores, r.Total, r.SumChecked)
		}
		if probs := r.Check(); (len(probs) > 0) != claimed(r) {
			t.Errorf("%s: %q", r.Name, probs)
		}
	}
}

// named is a claimed func for checkRows: the row of that name.
func named(name string) func(Record) bool {
	return func(r Record) bool { return r.Name == name }
}

// TestUprightHeadingsScanned: heldout113's 福清 新能源, a scanned register
// whose headings are printed a character a line (OCR made nothing of
// them), the maxima under them garbled ("0 60 (C5 (05 40)"), each row's
// total followed by a grade and perhaps a remark ("82 B组长", "75了B"). The
// maxima are no record; the rows' numbers are parts and a total that adds
// up, checked.
func TestUprightHeadingsScanned(t *testing.T) {
	t.Parallel()
	page := `学习任务考核记录表ee基
福清市玉柄技工学校班级:新能源2401班”课程:电动物流车高压电池检修
学习任务:快递分拨中心电动物流车雨后绝缘报警检修。考核日期: 2024年9月2日
安绝故，维现
全缘障修声
电学号姓名防检定更6生和多和图
护测位换，S
0 60 (C5 (05 40)
1 24043501魏秀琴8 26 22 19 7 82 B组长
2 24043502黄梦雪6 22 16 17 8 69 C
3 24043503郑家宝8 27 17 16 7 75了B
4 24043504陈雪怡8 20 22 20 10 80 B
二和24043505俞试7 28 18 22 9 84了B
6 24043507薛雨彤7 22 16 21 8 74 C
7 24043508陈小雪8 19 16 22 7 72 C
8 24043509林泽凯10 25 17 22 9 83了B
9 24043510陈子谱8 28 23 22 9 90人组长
评分教师;郑德华、何少平教务科审核:何少平`
	rs := Records([]string{page})
	if len(rs) != 9 {
		t.Fatalf("%d records, want 9: %v", len(rs), rs)
	}
	for _, r := range rs {
		if r.Name == "" || len(r.Scores) != 5 || r.Total == nil || !r.SumChecked {
			t.Errorf("%q: %v total %v checked %v; want five parts and a total", r.Name, r.Scores, r.Total, r.SumChecked)
		}
	}
}

// TestGroupRowsGarbled: heldout114's 奉节 新能源, a group register scanned
// 1-bit: each group's label and score a row of its own among its members'
// rows, OCR garbling the numeral ("第-组29", "第门组31"), or glued to the
// next member's row ("第六组33 33 2450043533…"). The groups are no
// records: every record is a student's, with a 学号.
func TestGroupRowsGarbled(t *testing.T) {
	t.Parallel()
	page := `学习任务考核记录表(小组十个人)
组别小组得分(40)序号学号姓名安全防护(20)检测操作(30)记六填写(10)总分
1 2450043501杨柏然12 28 9 83
2 2450043502陈可心19 26 8 87
3 2450043503余敏14 25 6 79
第一组34
了2450043504李顺利17 26 9 86
5 2450043505李佳俊16 23 8 81
第-组29
10 2450043510冉臣上颖17 24 8 78
11 2450043511藉锦涛12 18 9 68
第门组31
22 2450043522陈伟16 28 9 84
第六组33 33 2450043533坷蛙展16 25 9 83
34 2450043535张钩浩16 23 9 81
说明:总分三小组得分〈本组成员相问》十个人得分〈安全防护、检测操作、记录填写)。`
	rs := Records([]string{page})
	if len(rs) != 10 {
		t.Errorf("%d records, want 10: %v", len(rs), rs)
	}
	for _, r := range rs {
		if len(StudentIDs(r.Excerpt)) == 0 {
			t.Errorf("a record without a 学号: %q", r.Excerpt)
		}
	}
}

// TestBestOfTries: heldout112's 同心 中药, a typed register of two tries at
// the practical part and a column keeping the higher ("理论 实操第一次
// 实操第二次" over "序号 学号 姓名 实操取高 总分", the maxima under the
// first line; "/" where a student took one try), the note: 总分＝理论＋实操取高.
// The tries are no parts of the total: 虎子涵's 79 is 10 above 27 + 42; a
// 取高 that is not the higher try is claimed too.
func TestBestOfTries(t *testing.T) {
	t.Parallel()
	page := `学习任务考核成绩表
同心县豫海技工学校　　班级：中药2401班　　课程：甘草类饮片蜜炙炮制
理论 实操第一次 实操第二次
序号 学号 姓名 实操取高 总分
(30) (70) (70)
1 246413010101 虎雨露 25 42 / 42 67
2 246413010102 马玉龙 27 47 / 47 74
14 246413010114 苏静怡 18 62 70 70 88
16 246413010116 苏诗涵 23 48 49 49 72
31 246413010131 虎子涵 27 42 / 42 79
32 246413010132 马晨光 21 45 41 45 66
33 246413010133 马治国 20 45 51 45 65
注：实操考核可申请第二次考核，取两次中的高分计入总分；总分＝理论＋实操取高。`
	rs := Records([]string{page})
	if len(rs) != 7 {
		t.Fatalf("%d records, want 7", len(rs))
	}
	for _, r := range rs {
		probs := r.Check()
		switch r.Name {
		case "虎子涵":
			if len(probs) != 1 || !strings.Contains(probs[0], "不等于各项之和69") {
				t.Errorf("虎子涵: %q, want 79 for 69", probs)
			}
		case "马治国":
			if len(probs) != 1 || !strings.Contains(probs[0], "不是各次考核中的最高分51") {
				t.Errorf("马治国: %q, want 45 kept of 45 and 51", probs)
			}
		default:
			if !r.SumChecked || len(probs) > 0 {
				t.Errorf("%s: %v total %v checked %v: %q", r.Name, r.Scores, r.Total, r.SumChecked, probs)
			}
		}
	}
}

// TestIDAndNameLast: heldout115's 侯马 新能源, a scanned register whose 学号
// and 姓名 are its last two columns ("序号 高压安全防护(15) … 总分 学号 姓名"),
// specks and a character of the margin before some serials ("”了12",
// "区11", "<L委10"). Every row is read with its parts and total; 乔翰林's 18
// under (15) is claimed.
func TestIDAndNameLast(t *testing.T) {
	t.Parallel()
	page := `学习任务考核评分表
修马市晋都技工学校”班级:新能源2401班”课程:动力电池系统检测与维修
序号高压安全防护(15)断电与验电(25)绝缘检测(35)工单填写(15) 609(10)总分学号姓名
1 14 19 31 11 8 83 2414043501梁佳颖
2 11 20 23 11 7 72 2414043502薛妙可
5 ]11 20 34 14 9 88 2414043505韩梓萌
8 ]11 17 23 13 9 73 2414043508柴晓萌
_ 9 14 16 25 10 8 73 2414043509贾世杰
<L委10 10 20 27 13 8 78 2414043510薛钰涵
区11 12 16 33 11 9 81 2414043511贾诗琪
”了12 18 16 33 12 7 86 2414043512乔翰林
13 14 23 23 14 7 81 2414043513乔雨莹
区蝇评分教师:郭永刚、梁晋芳教务科审核:梁晋芳`
	rs := Records([]string{page})
	if len(rs) != 9 {
		t.Fatalf("%d records, want 9", len(rs))
	}
	// A rule's mark beside 11 is left to ruleMarksBorne, in Check's caller.
	rs = slices.DeleteFunc(rs, func(r Record) bool { return strings.Contains(r.Excerpt, "]11") })
	checkRows(t, rs, func(r Record) bool { return len(r.Scores) == 5 && len(StudentIDs(r.Excerpt)) == 1 }, named("乔翰林"))
}

// TestTransposedCodedHeading: heldout116's 汝州 机电, a transposed register
// scanned (the students as columns, twelve a block, their names run
// together by OCR) whose second criterion opens with a code, "PLC程序(30)":
// the block goes on past it, each student has four parts and a total, and
// 范天宇's 28 under 调试运行(25) is claimed (his name read 范天字).
func TestTransposedCodedHeading(t *testing.T) {
	t.Parallel()
	page := `学习任务考核成绩登记表
序号25 26 27 28 29 30 31 32 33 34 35 36
学号2441112725 2441112726 2441112727 2441112728 2441112729 2441112730 2441112731 2441112732 2441112733 2441112734 2441112735 2441112736
姓名焦艺政类胶飞范若曦范天字焦佳慧牛梦琪娄佳琪娄海燕类思远类书牛文博孙帆
电路接线(30) 29 27 21 20 26 20 25 20 26 21 24 28
PLC程序(30) 24 25 23 20 19 23 20 27 28 23 25 23
调试运行(25) 23 22 17 28 22 21 16 23 17 22 23 18
安全文明(15) 14 11 10 10 13 14 10 10 12 10 14 14
总分90 85 71 78 80 78 71 80 83 76 86 83
共36人。。`
	rs := Records([]string{page})
	if len(rs) != 12 {
		t.Fatalf("%d records, want 12", len(rs))
	}
	checkRows(t, rs, func(r Record) bool { return len(r.Scores) == 4 && r.Total != nil },
		func(r Record) bool { return strings.Contains(r.Excerpt, "2441112728") })
}

// TestCircledLegend: heldout118's 廉江 机电, a typed register whose columns
// are headed ① ② ③ ④ only, a legend above the table giving each one's
// words and points ("考核项目：①接线与气路 20分 ②传感器调整 15分 …"): each
// part takes its maximum, and 吴梓潼's 47 under ③ (40) is claimed.
func TestCircledLegend(t *testing.T) {
	t.Parallel()
	page := `学习任务考核记录
廉江市九洲江技工学校　　班级：机电2402班　　课程：自动化分拣生产线调试
考核项目：①接线与气路 20分　②传感器调整 15分　③PLC程序 40分　④触摸屏与报告 25分（合计100分）
序号 学号 姓名 ① ② ③ ④ 合计 签名
1 2408012701 陈珂瑶 16 10 38 21 85
2 2408012702 黄怡宁 16 14 26 22 78
3 2408012703 林凯瑞 14 11 29 22 76
4 2408012704 罗世豪 19 13 29 17 78
5 2408012705 何钰彤 14 10 32 20 76
9 2408012709 吴梓潼 16 14 47 16 93`
	rs := Records([]string{page})
	if len(rs) != 6 {
		t.Fatalf("%d records, want 6", len(rs))
	}
	checkRows(t, rs, func(r Record) bool { return len(r.Scores) == 4 && r.Scores[2].Max == 40 }, named("吴梓潼"))
}

// TestPerLessonHeading: heldout117's 铜梁 新能源, a 1-bit scan of a register
// by lessons, "课堂表现(按课次，各5分)" over "第1次 … 第6次 (70)", then 成果,
// 总分 and the 学号 last; OCR reads some 5s as D. Each lesson takes its
// maximum of 5 and 成果 its 70: 蒋鸿飞's 8 under 第4次 is claimed.
func TestPerLessonHeading(t *testing.T) {
	t.Parallel()
	page := `学习任务考核成绩单
姓名课汪表现(按课次，各5分)成果总分学
第1次第2次第3次第4次第5次第6次(70)
冉俊逸5 5 5 4 4 4 49 76 2415043505
谭雨涵5 4 4 5 4 3 55 80 2415043506
王绍华4 4 4 4 4 4 62 86 2415043507
杨成林4 4 4 5 4 4 57 82 2415043527
蒋鸿飞D 4 5 8 3 5 51 81 2415043528
说明:总分三六次课堂表现之和十成果得分，满分100分。`
	rs := Records([]string{page})
	if len(rs) != 5 {
		t.Fatalf("%d records, want 5", len(rs))
	}
	for _, r := range rs {
		probs := r.Check()
		if r.Name == "蒋鸿飞" {
			if len(probs) != 1 || !strings.Contains(probs[0], "得分8超过满分5") {
				t.Errorf("蒋鸿飞: %q", probs)
			}
			continue
		}
		if len(r.Scores) != 7 || r.Scores[6].Max != 70 || !r.SumChecked || len(probs) > 0 {
			t.Errorf("%s: %v checked %v %q", r.Name, r.Scores, r.SumChecked, probs)
		}
	}
}

// TestHoledRowsWhateverTheHole: scanned registers where OCR read one score
// of a row as a character, the rest of the row read surely. heldout118's
// 定州 照护: a header whose two-line cells were read apart and run
// together ("香咽评估满分15协助进食满分40…", each heading's maximum ending
// it), and 邢线斑's "11 46 22也91": 46 under 协助进食(满分40), the total
// the sum with the unread 照护记录 at 12 (within its 15). heldout120's 邵阳
// 酒店: 尹景琛's "4 4和5 4 4 38 19 89": the others make 78, and no 第3次
// of 0 to 5 makes 89. Rows whose unread score the total fits (赵梦然's
// "14 32业角12 85", 唐心悦's "4 4 4生3 3 29 18 69") are sound.
func TestHoledRowsWhateverTheHole(t *testing.T) {
	t.Parallel()
	dz := "学习任务考核成绩表\n" +
		"序号学号姓名香咽评估满分15协助进食满分40翻身护理满分30照护记录满分15总分评语\n" +
		"2 241305290102王瀚宇12 37 24 13 86动作规范\n" +
		"3 241305290103谷静11 31 26 14 82沟通较好\n" +
		"15 241305290115赵梦然14 32业角12 85操作熟练\n" +
		"16 241305290116邢线斑11 46 22也91\n" +
		"18 241305290118备雅静13 36 26 13 88动作规范\n"
	sy := "学习任务考核记录(课堂表现十实操考核\n" +
		"序号学号姓名第1次(5)第2次(5)第3次(5)第4次(5)第5次(5)第6次(5)摆台操作(40)送餐服务(30)总分备注\n" +
		"1 244305040101唐心悦4 4 4生3 3 29 18 69\n" +
		"2 244305040102罗思妍3 4 4 5 3 3 26 23 71\n" +
		"21 244305040121彭佳豪5 4 4 4 3 5 26 23 74\n" +
		"22 244305040122尹景琛4 4和5 4 4 38 19 89\n" +
		"23 244305040123罗若彤4 4 3 3 4 5 38 18 79\n"
	// heldout130's 五原 数控: its 7s read 了 and 1, "12 14 30 12了15" for
	// 12 14 30 12 7 75. A total below one of its own scores is a misread.
	wy := "学习任务考核记录\n" +
		"序号学号姓名工艺分析(15)程序编制(20)车削加工(40)检测(15) 6S(10)总分\n" +
		"1 241506001梁奕辰12 17 31 11 8 79\n" +
		"5 241506005苏婧琪13 18 31 14 9 85\n" +
		"19 241506019段思琪12 14 30 12了15\n" +
		"20 241506020武泽坤13 13 34 12 6 78\n" +
		"21 241506021郭晟杰9 12 31 12 9 73\n"
	for _, c := range []struct {
		page, claimed, want string
		unsure              int // a score read unsurely (-1 none)
	}{
		{dz, "邢线斑", "“协助进食满分40”得分46超过满分40", 0},
		{sy, "尹景琛", "总分89不等于各项之和", -1},
		{wy, "", "", -1},
	} {
		rs := Records([]string{c.page})
		if len(rs) != 5 {
			t.Fatalf("%d records, want 5: %+v", len(rs), rs)
		}
		for _, r := range rs {
			r.OCR, r.SureTotal = true, true
			r.SureScore = make([]bool, len(r.Scores))
			for k := range r.SureScore {
				r.SureScore[k] = r.Name != c.claimed || k != c.unsure
			}
			r.SureDigits = !slices.Contains(r.SureScore, false)
			probs := r.Check()
			if r.Name == c.claimed {
				if len(probs) != 1 || !strings.HasPrefix(probs[0], c.want) {
					t.Errorf("%s %v total %v: %q, want %s", r.Name, r.Scores, r.Total, probs, c.want)
				}
			} else if len(probs) > 0 || len(r.Scores) < 3 || r.Total == nil {
				t.Errorf("%s %v total %v: %q, want none", r.Name, r.Scores, r.Total, probs)
			}
		}
	}
}

// TestGroupScoreRows: heldout124's 北屯 数控, a scanned register in groups,
// each group's row ("第一组”组评22/30 (本组成员共用)") before its members'
// rows with the group's score under 组评: the group's row is no record.
// A member's row that opens with the group's cell is still a record.
func TestGroupScoreRows(t *testing.T) {
	t.Parallel()
	page := "学习任务考核成绩表〈小组评价)\n" +
		"序号|学号|姓名| II艺20) |实操50) |组评30) |总分\n" +
		"第一组”组评22/30 (本组成员共用)\n" +
		"1 2465010601张初晴18 37 22 77\n" +
		"2 2465010602杨松涛12 40 22 74\n" +
		"第二组”组评21/30 (本组成员共用)\n" +
		"3 2465010607朱海咱15 31 21 67\n" +
		"第三组 4 2465010613马稀月16 33 27 76\n"
	rs := Records([]string{page})
	var got []string
	for _, r := range rs {
		got = append(got, r.Name)
	}
	if want := []string{"张初晴", "杨松涛", "朱海咱", "马稀月"}; !slices.Equal(got, want) {
		t.Errorf("records %q, want %q", got, want)
	}
}

// TestGroupPlacedByRows: heldout124's 额尔古纳 新能源, a typed register whose
// group "实操考核（70分）" stands above "名次 姓名 学号 理论（30分） 总分" and
// its parts under it, printed left of 理论: the text does not tell where
// the parts stand, and placed before the total (after 理论) two rows hold
// a part above its maximum (包梓豪's 24 under 数据读取(20)), placed before
// 理论 none. The rows are read so, and add up.
func TestGroupPlacedByRows(t *testing.T) {
	t.Parallel()
	page := "学习任务考核成绩排名表\n" +
		"实操考核（70分）\n" +
		"名次 姓名 学号 理论（30分） 总分\n" +
		"数据读取(20) 热管理检查(25) 压差测量(25)\n" +
		"1 赵禹辰 241504350127 14 21 23 27 85\n" +
		"2 包博远 241504350113 17 20 18 28 83\n" +
		"3 包梓豪 241504350106 17 24 21 19 81\n" +
		"3 高海鹏 241504350125 13 21 19 28 81\n" +
		"5 孙皓月 241504350116 17 20 16 27 80\n"
	rs := Records([]string{page})
	if len(rs) != 5 {
		t.Fatalf("%d records, want 5", len(rs))
	}
	checkRows(t, rs, func(r Record) bool {
		return len(r.Scores) == 4 && r.Scores[0].Column == "数据读取(20)" && r.Scores[3].Max == 30 && r.Total != nil
	}, func(Record) bool { return false })
	// A row above its maximum whichever way: the table keeps the parts
	// where the text puts them, and the row is claimed.
	rs = Records([]string{strings.Replace(page, "17 24 21 19 81", "27 24 21 9 81", 1)})
	checkRows(t, rs, func(r Record) bool { return len(r.Scores) == 4 && r.Total != nil }, named("包梓豪"))
}

// TestNamedMaximaAbove: heldout124's 北屯 机电, a scanned register whose
// headings OCR lost ("序号学号外和备注"), the maxima named on the line above
// ("满分:识图15接线25编程25调试25 6S 10合计100", no 分 after them). The rows'
// scores take those headings and maxima in order; 朱炜明's total is 6 above
// his scores' sum.
func TestNamedMaximaAbove(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录\n" +
		"满分:识图15接线25编程25调试25 6S 10合计100\n" +
		"序号学号外和备注\n" +
		"1 2465012701杨寄博10 23 22 22 9 86\n" +
		"2 2465012702罗柄11 19 23 22 7 82\n" +
		"3 2465012703周子被12 22 18 16 8 76\n" +
		"31 2465012731罗楚瑜13 15 20 17 9 74\n" +
		"32 2465012732吴语晨11 21 17 16 7 72\n" +
		"33 2465012733罗锦咱9 16 21 20 7 73\n" +
		"34 2465012734朱炜明11 22 19 21 8 87\n" +
		"35 2465012735何凯瑞14 19 21 20 6 80\n"
	rs := Records([]string{page})
	checkRows(t, rs, func(r Record) bool {
		return len(r.Scores) == 5 && r.Scores[0].Column == "识图" && r.Scores[0].Max == 15 && r.Scores[4].Column == "6S" && r.Scores[4].Max == 10
	}, named("朱炜明"))
	for _, line := range []string{"满分:识图15接线25编程25调试25 6S 10合计100", "配分：识图15分，接线25分，编程25分，调试25分，6S 10分"} {
		if heads, maxima := namedMaxima(line); !slices.Equal(heads, []string{"识图", "接线", "编程", "调试", "6S"}) || !slices.Equal(maxima, []float64{15, 25, 25, 25, 10}) {
			t.Errorf("namedMaxima(%q) = %q %v", line, heads, maxima)
		}
	}
	// Words between the pairs, or maxima not making 100: no such line.
	for _, line := range []string{"满分:识图15接线25，其余按实际计分", "满分:识图15接线25编程25调试25 6S 20"} {
		if heads, _ := namedMaxima(line); heads != nil {
			t.Errorf("namedMaxima(%q) = %q, want none", line, heads)
		}
	}
}

// TestGroupScoreFromNeighbours: heldout122's 辽阳 照护, a scanned register
// in groups whose 小组汇报(20) stands in a cell merged down each group's
// rows, read on one member's row ("第一组4 … 17 20 18 15 10 80") or on a
// line of its own ("第二组15"). The other rows show their own scores and
// the total: the group's score is what the total leaves. 宫浩博's leaves
// 8, between rows leaving 15 (his group's) and rows leaving 13 (the next
// group's): wrong whichever group is his. The rows around him are sound.
func TestGroupScoreFromNeighbours(t *testing.T) {
	t.Parallel()
	page := "学习任务考核成绩表(分组)\n" +
		"组别序号学号姓名小组汇报(20)翻身操作(25)拍背手法(20)皮肤观察(20)沟通与记录(15)总分\n" +
		"5 24100529005赵涵用20 15 18 12 82\n" +
		"6 24100529006杨怡宁19 13 19 14 82\n" +
		"7 24100529007于奕铭22 18 17 14 88\n" +
		"8 24100529008葛正若16 13 18 14 76\n" +
		"9 24100529009隋佳巷19 17 17 11 79\n" +
		"10 24100529010杨子晨22 14 16 12 79\n" +
		"第二组15\n" +
		"11 24100529011隋阳20 15 17 12 79\n" +
		"12 24100529012鞠悦18 19 17 10 79\n" +
		"13 24100529013宫浩博21 16 19 12 76\n" +
		"14 24100529014姜景瑞23 18 15 13 82\n" +
		"15 24100529015曲梦婷20 15 15 11 74\n" +
		"16 24100529016余乐瑶16 14 18 10 71\n" +
		"第三组17 24100529017曲明远13 23 16 18 11 81\n"
	for _, c := range []struct {
		name, page string
		claimed    bool
	}{
		{"as printed", page, true},
		{"his total right", strings.Replace(page, "21 16 19 12 76", "21 16 19 12 83", 1), false},
	} {
		rs := Records([]string{c.page})
		if len(rs) != 13 {
			t.Fatalf("%s: %d records, want 13", c.name, len(rs))
		}
		for _, r := range rs {
			r.OCR, r.SureDigits, r.SureTotal = true, true, true
			r.SureScore = make([]bool, len(r.Scores))
			for k := range r.SureScore {
				r.SureScore[k] = true
			}
			probs := r.Check()
			if want := c.claimed && r.Name == "宫浩博"; (len(probs) > 0) != want {
				t.Errorf("%s: %s %v total %v: %q", c.name, r.Name, r.Scores, r.Total, probs)
			}
		}
	}
}

// TestCodedLegendBelowNoBrackets: heldout125's 彭州 机电, a 1-bit scanned register
// headed by codes ("序号学号姓名A B C D开合计", E read 开), its parts coded
// in a legend under the table, no brackets ("评分项目及配分: A.电气接线20分“B.
// 传感器标定15分…"). The rows' scores take the legend's headings and
// maxima; 邓煜城's 19 under B (15) is claimed. A legend whose codes skip
// one gives nothing.
func TestCodedLegendBelowNoBrackets(t *testing.T) {
	t.Parallel()
	page := "考核记录表\n" +
		"序号学号姓名A B C D开合计\n" +
		"1 2412012701唐思源16 10 28 21 8 83\n" +
		"2 2412012702赖雨辰19 9 26 17 7 78\n" +
		"5 2412012705吴洪涛13 10 27 21 6 77\n" +
		"8 2412012708罗舒涵13 9 22 18 9 71\n" +
		"9 2412012709罗金海16 10 22 20 8 76\n" +
		"30 2412012731邓煜城13 19 27 20 6 85\n" +
		"31 2412012732王廷轩16 14 23 22 9 84\n" +
		"评分项目及配分: A.电气接线20分“B.传感器标定15分“C.程序修改30分“D.联动调试25分了E.安全文明10分”满分\n" +
		"100分。\n"
	rs := Records([]string{page})
	checkRows(t, rs, func(r Record) bool {
		return len(r.Scores) == 5 && r.Scores[1].Column == "B传感器标定" && r.Scores[1].Max == 15 && r.Scores[4].Max == 10
	}, named("邓煜城"))
	rs = Records([]string{strings.Replace(page, "“C.程序修改30分", "“程序修改30分", 1)})
	if slices.ContainsFunc(rs, func(r Record) bool { return slices.ContainsFunc(r.Scores, func(s Score) bool { return s.Max > 0 }) }) {
		t.Errorf("a legend whose codes skip one: maxima given")
	}
}

// TestUnsureNumberMisread: heldout126's 嘉兴 烹饪, a scanned register whose
// totals stand beside a grade: 沈知行's "13 36 28 9 80良好", every word read
// at 80 or more (SureDigits) but the 80 at 81, for a printed 86. One digit
// of that number misread makes the row add up: no claim. 褚鼎元's "15 25 22
// 8 79合格" (the 79 read at 96, the 15 at 85) is 9 above the sum whatever
// one digit of the 15: claimed.
func TestUnsureNumberMisread(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录表\n" +
		"序号学号姓名原料处理(20)庄制成型(40)蒸需出品(30)卫生安全(10)总分等级\n" +
		"10 2433050110钱恪勤15 36 21 8 80良好\n" +
		"16 2433050116褚鼎元15 25 22 8 79合格\n" +
		"22 2433050122沈知行13 36 28 9 80良好\n" +
		"23 2433050123沈丹青14 35 26 8 83良好\n"
	rs := Records([]string{page})
	for i := range rs {
		r := &rs[i]
		r.OCR, r.SureDigits, r.SureTotal, r.TotalConf = true, true, r.Name != "沈知行", 96
		r.SureScore, r.ScoreConf = []bool{r.Name != "褚鼎元", true, true, true}, []int{96, 96, 96, 96}
		switch r.Name {
		case "沈知行":
			r.TotalConf = 81
		case "褚鼎元":
			r.ScoreConf[0] = 85
		case "沈丹青":
			// 83 for a sum of 83: read at 87, no misread to think of
			r.TotalConf = 87
		}
	}
	checkRows(t, rs, func(r Record) bool { return len(r.Scores) == 4 && r.Total != nil }, named("褚鼎元"))
	// heldout85's 什邡 网络: 王振豪's "10 28 25 17 87", his planted total read
	// at 87: claimed.
	r := Records([]string{"序号学号姓名需求分析(20)设备配置(30)认证配置(30)测试文档(20)总分\n23 2421030123王振豪10 28 25 17 87\n"})[0]
	r.OCR, r.SureDigits, r.SureScore, r.ScoreConf, r.TotalConf = true, true, []bool{true, true, true, false}, []int{96, 96, 96, 82}, 87
	if probs := r.Check(); len(probs) != 1 {
		t.Errorf("王振豪 %v %v: %q, want his total claimed", r.Scores, r.Total, probs)
	}
}

// TestBlankFormTail: heldout126's 盘锦 照护, a printed blank register filled
// in by hand and photographed. Its 41 rows each give their 学号; the
// blank's unused rows follow, one with specks OCR read ("42 RE的抽23了3到再
// RSLEERTSESTT ES"), then "43", "44" empty: no record. A nameless row with
// its 学号 is a record, and the roster's 学号 names it (MatchRoster).
func TestBlankFormTail(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("学习任务考核登记表\n序号学号奴名Re 5 0”|总分本名\n")
	class := []string{"郭振衣", "刘修竹", "冯璞", "李砚", "赵瓷", "杨蕙心", "于景行", "于绘春", "韩元亨", "王兰舟", "高履安"}
	for i, n := range class {
		if n == "王兰舟" {
			n = "上兰舟2"
		}
		fmt.Fprintf(&b, "%d 2421052902%02d%s\n", i+1, i+1, n)
	}
	page := b.String() + "12 RE的抽23了3到再RSLEERTSESTT ES\n13\n14\n(分数由考核教师手填)"
	rs := Records([]string{page})
	if len(rs) != len(class) {
		t.Fatalf("%d records, want %d: the unused rows are none", len(rs), len(class))
	}
	ids := map[string]string{}
	for i, n := range class {
		ids[fmt.Sprintf("2421052902%02d", i+1)] = n
	}
	MatchRoster(rs, class, ids)
	if r := rs[9]; r.Matched != "王兰舟" {
		t.Errorf("row 10 (%q, name unread) matched %q, want 王兰舟 by its 学号", r.Excerpt, r.Matched)
	}
	// Rows after it that are no blank's (no serial alone next): kept.
	if rs := Records([]string{strings.Replace(page, "\n13\n14", "\n评分教师：张慧岚", 1)}); len(rs) != len(class)+1 {
		t.Errorf("%d records, want %d: a garbled row with no empty rows after it may be a student's", len(rs), len(class)+1)
	}
}

// TestSpeckDigitInScore: heldout104's 邛崃 汽修, a scanned register, its
// row "38 2418040338荷语即607 93 85.2良好" under 理论成绩(满分100)
// 实操成绩(满分100) 总评(理论X30%0+实操X709%0) (the weights garbled): OCR
// read a speck into 67. A score more than twice its maximum that a digit
// less brings within it is no claim where the total checks nothing; one
// no digit less explains is (37 under 理论(30), the total 100).
func TestSpeckDigitInScore(t *testing.T) {
	t.Parallel()
	weighted := "学习任务考核记录\n序号 学号 姓名 理论成绩(满分100) 实操成绩(满分100) 总评 等级\n" +
		"37 2418040337 蒋宏宇 80 90 87 良好\n" +
		"38 2418040338 荷语即 607 93 85.2 良好\n" +
		"说明：总评＝理论成绩×30%＋实操成绩×70%，保留一位小数。\n"
	plain := "学习任务考核记录\n序号 学号 姓名 理论(30) 实操(70) 总分\n" +
		"37 2418040337 蒋宏宇 25 60 85\n" +
		"39 2418040339 何雨桐 37 63 100\n"
	rs := Records([]string{weighted})
	if len(rs) != 2 {
		t.Fatalf("%d records, want 2", len(rs))
	}
	for _, r := range rs {
		r.OCR, r.SureDigits, r.SureMaxima = true, true, true
		if probs := r.Check(); len(probs) > 0 {
			t.Errorf("%s %v weights %v checked %v: %q", r.Name, r.Scores, r.weights, r.SumChecked, probs)
		}
	}
	rs = Records([]string{plain})
	for i := range rs {
		rs[i].OCR, rs[i].SureDigits = true, true
	}
	checkRows(t, rs, func(r Record) bool { return len(r.Scores) == 2 && r.Total != nil }, named("何雨桐"))
}

// TestTransposedItemsWithMaxima: heldout128's 巫山 网络, a typed register
// with the students across, ten a block under a caption ("第11—20号"),
// the names row headed by the items' column and their maxima's ("考核项目
// 分值 陈鹤鸣 …"), each item's row its maximum first. 蒋泽林's total is 6
// above his column's sum.
func TestTransposedItemsWithMaxima(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录（按学生列示）\n第1—10号\n" +
		"考核项目 分值 杨晓龙 袁嘉豪 谭丽娜 唐秋实\n" +
		"现场勘察 10 9 8 8 9\n拓扑与地址规划 20 14 17 14 16\n配置调试 50 36 44 40 40\n测试与交付文档 20 14 13 15 9\n总分 100 73 82 77 74\n" +
		"第11—20号\n" +
		"考核项目 分值 陈鹤鸣 唐海峰 蒋泽林 谭思涵\n" +
		"现场勘察 10 8 6 9 6\n拓扑与地址规划 20 19 13 16 15\n配置调试 50 36 40 42 36\n测试与交付文档 20 17 15 14 16\n总分 100 80 74 87 73\n" +
		"评分教师：熊成刚"
	rs := Records([]string{page})
	if len(rs) != 8 {
		t.Fatalf("%d records, want 8", len(rs))
	}
	checkRows(t, rs, func(r Record) bool {
		return len(r.Scores) == 4 && r.Scores[0].Max == 10 && r.Scores[2].Max == 50 && r.Total != nil
	}, named("蒋泽林"))
}
