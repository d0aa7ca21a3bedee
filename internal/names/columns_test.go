package names

import (
	"fmt"
	"strings"
	"testing"
)

// register is a register's text: its header, a row for each of names as
// row writes it (i from 0), and a last row.
func register(head string, names []string, row func(i int, n string) string, last string) string {
	var b strings.Builder
	b.WriteString(head + "\n")
	for i, n := range names {
		b.WriteString(row(i, n) + "\n")
	}
	b.WriteString(last + "\n")
	return b.String()
}

// wantClaim wants the record named name claimed once, the claim saying
// want.
func wantClaim(t *testing.T, register, name, want string) {
	t.Helper()
	if p := checkOf(t, register, name); len(p) != 1 || !strings.Contains(p[0], want) {
		t.Errorf("%s: %v, want one claim saying %q", name, p, want)
	}
}

// wantClean wants the record named name claimed for nothing.
func wantClean(t *testing.T, register, name string) {
	t.Helper()
	if p := checkOf(t, register, name); len(p) != 0 {
		t.Errorf("%s: %v, want no claim", name, p)
	}
}

// checkOf reads a register and returns the Check of the record named name.
func checkOf(t *testing.T, register, name string) []string {
	t.Helper()
	for _, r := range Records([]string{register}) {
		if r.Name == name {
			return r.Check()
		}
	}
	t.Fatalf("no record of %s in %q", name, register)
	return nil
}

// Cells under columns that place a student or name a code, between the
// name and the scores, are no scores: a 机考's session and computer
// (heldout134's 武冈 机电), a video's code under 录像编号 glued to the
// heading after it (武冈 烹饪).
func TestSlotAndCodeColumns(t *testing.T) {
	t.Parallel()
	jk := register("序号 学号 姓名 机考场次 机位 理论机考(30) 电路安装(25) PLC编程与调试(35) 职业素养(10) 总评 备注",
		[]string{"段雨航", "易晓彤", "李夏阳", "黄雨琪"}, func(i int, n string) string {
			return fmt.Sprintf("%d 24012701%02d %s 第1场 J%02d 24 17 33 8 82", i+1, i+1, n, i+1)
		}, "5 2401270105 黄梓川 第2场 J08 22 20 23 7 77")
	wantClaim(t, jk, "黄梓川", "不等于各项之和72")
	wantClean(t, jk, "段雨航")
	lx := register("序号学号姓名录像编号原料初加工(15)刀工(20)腌制火候(30)调味与色泽(20)包装与卫生(15)总分",
		[]string{"向紫琪", "曾逸辰", "刘夏阳", "曾欣雨"}, func(i int, n string) string {
			return fmt.Sprintf("%d 24050101%02d。%s。LX-1126-%02d 14 15 27 14 12 82", i+1, i+1, n, i+1)
		}, "5 2405010137。尹浩宇。LX-1126-37 13 24 27 18 10 92")
	wantClaim(t, lx, "尹浩宇", "“刀工(20)”得分24超过满分20")
}

// Codes under a text column with no maximum, between the name and the
// scores ("K3、K7" under 故障点, heldout143's 平罗 机电, a typed register):
// no scores, and no noise that leaves the row unread.
func TestCodeListColumn(t *testing.T) {
	t.Parallel()
	codes := []string{"K1、K2", "K3、K5", "K5", "K7、K2"}
	reg := register("序号 学号 姓名 故障点 线路安装(40) 通电调试(30) 排故(20) 安全文明(10) 总分",
		[]string{"丁睿涵", "纳旭东", "魏雅琪", "纳怡萱"}, func(i int, n string) string {
			return fmt.Sprintf("%d 2401270%02d %s %s 31 25 15 7 78", i+1, i+1, n, codes[i])
		}, "5 240127005 虎志鹏 K3、K7 25 25 17 8 82")
	wantClaim(t, reg, "虎志鹏", "不等于各项之和75")
	wantClean(t, reg, "丁睿涵")
	wantClean(t, reg, "魏雅琪")
}

// A column of words after the total, under a heading 评价 would make a
// score's (评价依据), its cells holding the work's code ("作品XP-20：分镜、
// 合成工程", heldout141's 霞浦 动画, a typed register): no score, and a row
// whose total is not its sum is read and claimed all the same.
func TestWordsAfterTotal(t *testing.T) {
	t.Parallel()
	works := []string{"角色三视图、走路循环", "场景线稿、上色稿", "划船循环、表情动画", "分镜、合成工程"}
	reg := register("序号 学号 姓名 角色设计(25) 场景设计(20) 动画制作(35) 合成输出(20) 总分 评价依据",
		[]string{"蓝可欣", "吴雅馨", "郑雨桐", "缪家铭"}, func(i int, n string) string {
			return fmt.Sprintf("%d 202403061%02d %s 20 14 25 14 73 作品XP-%02d：%s", i+1, i+1, n, i+1, works[i])
		}, "5 20240306120 阮逸凡 17 15 31 13 83 作品XP-20：分镜、合成工程")
	wantClaim(t, reg, "阮逸凡", "不等于各项之和76")
	wantClean(t, reg, "蓝可欣")
}

// Each score beside the word of what it was for: the post a student held
// in each round (heldout142's 峨眉山 烹饪, a typed 岗位轮换 register, "砧板 17
// 炉灶 20 打荷 20 冷菜 23 90"). As many numbers as score columns: the words
// are no scores OCR read as characters.
func TestWordBesideEachScore(t *testing.T) {
	t.Parallel()
	posts := []string{"砧板", "炉灶", "打荷", "冷菜"}
	row := func(i int, n string, sc ...int) string {
		var b strings.Builder
		fmt.Fprintf(&b, "%d 202405012%02d %s", i+1, i+1, n)
		for k, v := range sc[:4] {
			fmt.Fprintf(&b, " %s %d", posts[(k+i)%4], v)
		}
		fmt.Fprintf(&b, " %d", sc[4])
		return b.String()
	}
	reg := register("学习任务考核记录表（岗位轮换）\n峨眉山市秀甲技工学校　　班级：24烹饪(2)班\n第一轮 第二轮 第三轮 第四轮\n序号 学号 姓名 总分\n(25) (25) (25) (25)",
		[]string{"陈萍", "熊凯瑞", "何梦琪", "熊婧怡"}, func(i int, n string) string { return row(i, n, 19, 21, 22, 19, 81) },
		row(4, "彭俊霖", 17, 20, 20, 23, 90))
	wantClaim(t, reg, "彭俊霖", "不等于各项之和80")
	wantClean(t, reg, "陈萍")
}

// A header read without its names' headings, its brackets read as angles
// ("安全防护〈10分) |故障诊断《35分) |维修操作(35分) |竣工检验〈20分)", heldout141's
// 同江 新能源, a gray scan in the order students were called): its maxima
// are the rows', and 39 under 维修操作 (35) is claimed.
func TestAngleBracketMaximaAbove(t *testing.T) {
	t.Parallel()
	ids := []int{22, 32, 37, 38, 30, 12, 19}
	reg := register("学习任务技能考核成绩记录(按检录顺序)\n安全防护〈10分) |故障诊断《35分) |维修操作(35分) |竣工检验〈20分)\n第一场12月16日8:30一10:30考评员:葛庆海、孙秀兰",
		[]string{"尤佳伟", "孙雅忒", "刘恒宇", "宫子骞", "衣安琪", "于欣彤", "杨丹妮"}, func(i int, n string) string {
			return fmt.Sprintf("J-%02d 20240435%02d %s 7 27 32 16 82", i+1, ids[i], n)
		}, "J-09 2024043534 于家旺 9 23 39 13 84")
	wantClaim(t, reg, "于家旺", "“维修操作”得分39超过满分35")
	wantClean(t, reg, "尤佳伟")
}

// A workstation's number after the name ("3#", "]#" for 1#), its heading
// run into the first score's (heldout144's 进贤 机电, a colour scan): no
// score, and no speck that leaves the row's scores in doubt.
func TestStationMark(t *testing.T) {
	t.Parallel()
	reg := register("序号学号姓名工位气路连接〈15)电气接线(20) PLC编程(25)联机调试〈25)安全与6S(15)总分",
		[]string{"舒昊天", "涂明哲", "熊宇辰", "邹博远"}, func(i int, n string) string {
			mark := fmt.Sprintf("%d#", i+1)
			if i == 0 {
				mark = "]#"
			}
			return fmt.Sprintf("%d 2312702%02d%s%s 12 14 18 18 12 74", i+1, i+1, n, mark)
		}, "5 231270219章一凡3# 13 15 28 21 11 88")
	wantClaim(t, reg, "章一凡", "“PLC编程(25)”得分28超过满分25")
	wantClean(t, reg, "舒昊天")
}

// A blind-marked register: the work's code first, the 学号 and the name
// last (heldout130's 青浦 机电). The code read with the row's serial in it
// is no code cell to drop with the first score.
func TestCodeFirstNameLast(t *testing.T) {
	t.Parallel()
	reg := register("作品编号接线工艺(20)。。传感器调试(25)。。PLC程序(35)”安全文明(20)。”总分，”揭封:学号姓名",
		[]string{"王瑾瑜", "钱思颖", "孙炜杰", "朱奕霖"}, func(i int, n string) string {
			return fmt.Sprintf("JD-%02d 15 23 29 19 86 24012702%02d%s", i+1, i+1, n)
		}, "JD-33 14 23 38 19 94 2401270221许文轩")
	wantClaim(t, reg, "许文轩", "“PLC程序(35)”得分38超过满分35")
}

// Two registers side by side: the footers' dates are no serials, and the
// line no row (heldout133's 虎林 照护).
func TestTwoUpFooterDate(t *testing.T) {
	t.Parallel()
	line := "评分教师:娜仁高娃宫淑萍”日期: 2024年12月9日评分教师:娜仁高娃宫淑萍”日期: 2024年12月9日"
	if got := splitTwoUp(line, true, 4); len(got) != 1 {
		t.Errorf("footer split: %q", got)
	}
	if got := splitTwoUp("1 2327052901宫嘉禾16 21 28 17 82 18 2327052918初艺璇14 23 26 17 80", true, 4); len(got) != 2 {
		t.Errorf("row not split: %q", got)
	}
}

// A scanned row with one score unread whose total is below half of what
// its other scores make ("9 13 11了14 12 9 4 19" for a total of 79,
// heldout136's 长垣 机电, 7s read as 了 and 1): a misread total, no claim;
// a total a little off the sum, whatever the unread score, is claimed.
func TestHoledTotalFarBelow(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("序号学号姓名元件布置(10)接线工艺(15)线槽规范(15)程序编写(20)变频参数(15)安全(10)6S(5)I/O分配(10)总分\n")
	for i, n := range []string{"冯俊宇", "苗铭轩", "卢子墨", "申泽楷", "郭昱辰", "申思彤", "尚国豪", "秦昊天", "冯哲瀚", "翟一帆", "郭明宇"} {
		fmt.Fprintf(&b, "%d 23150127%02d %s 8 10 14 16 14 7 4 8 81\n", i+1, i+1, n)
	}
	b.WriteString("12 2315012712 尚凯瑞 9 13 11 14 12 9 4 了 19\n")
	b.WriteString("13 2315012713 冯婧琪 9 13 11 14 12 9 4 了 98\n")
	rs := Records([]string{b.String()})
	for i := range rs {
		rs[i].OCR, rs[i].SureDigits = true, true
	}
	for _, r := range rs {
		p := r.Check()
		switch r.Name {
		case "尚凯瑞":
			if len(p) != 0 {
				t.Errorf("%s: %v", r.Name, p)
			}
		case "冯婧琪": // 72 and at most 10 more: 98 is no reading of it
			if len(p) != 1 || !strings.Contains(p[0], "总分98不等于各项之和") {
				t.Errorf("%s: %v", r.Name, p)
			}
		}
	}
}

// A rule before the 学号 read as a full stop ("高文加。202404030117", a
// photographed register, heldout135's 康定 汽修): the 学号, no speck among
// the scores.
func TestFullStopBeforeID(t *testing.T) {
	t.Parallel()
	reg := register("序号|姓名学号“制动检查(25)，故障诊断(30)，更换与排气(30)。路试检验(15)总分“用时(min)",
		[]string{"杨欣蕾", "王梓悦", "周鹏程", "廖一帆"}, func(i int, n string) string {
			return fmt.Sprintf("%d，%s，2024040301%02d 20 21 28 13 82 56", i+1, n, i+1)
		}, "17，高文韬。202404030117 19 34 27 10 90 49")
	wantClaim(t, reg, "高文韬", "“故障诊断(30)”得分34超过满分30")
}

// A 学号 column after the name holding the 学号's last digits ("学号栏填学号
// 后两位"), the maxima on a line of their own with the total's after the
// last score's (heldout117's 五家渠 照护, photographed): the short 学号 is
// no score, "满分10 100" is 10 and 100, not 10100; a row of as many
// numbers as the columns (one lost to OCR, or the 学号 left blank) cannot
// be placed and is claimed for nothing.
func TestShortIDAfterName(t *testing.T) {
	t.Parallel()
	reg := register("序号姓名学号风险评估计划制订翻身操作皮肤护理照护记录总分\n满分15满分20满分35满分20满分10 100",
		[]string{"吕宇杰", "赵可颍", "马诗琳", "周家兴", "孙雪梅"}, func(i int, n string) string {
			return fmt.Sprintf("%d%s%02d 12 14 25 14 8 73", i+1, n, i+10)
		}, "6马佳萱12 13 19 28 18 8 79\n7李光兆29 13 13 29 16 78\n8郭欣月31 12 18 30 16 12 88")
	wantClaim(t, reg, "郭欣月", "得分12超过满分10")
	wantClaim(t, reg, "马佳萱", "不等于各项之和86")
	wantClean(t, reg, "周家兴")
	wantClean(t, reg, "李光兆")
}

// A register whose parts stand in one cell as their sum, under one
// heading that lists them, the total after (heldout139's 临清 数控, 1-bit
// scan; OCR read the heading's + as 十 and 4): each part is read, the
// total checked against their sum. A plus sign with two parts or a
// result after it is no such cell.
func TestFormulaParts(t *testing.T) {
	t.Parallel()
	rows := []string{"19+15+36+7+8 85", "14+16+26+8+7 71", "13+18+37+7+8 83", "16+15+33+8+7 79"}
	reg := register("序呈宇姓名(工艺20十编程204加工40机10十6S10)总分“等级",
		[]string{"赵恺乐", "杨绮梦", "吕钰铭", "刘泊远"}, func(i int, n string) string {
			return fmt.Sprintf("%d 2023010602%02d”%s%s 良好", i+1, i+1, n, rows[i])
		}, "26 202301060226“”崔锦程18+18+26+9+9 85良好")
	wantClaim(t, reg, "崔锦程", "不等于各项之和80")
	wantClean(t, reg, "赵恺乐")
	for _, c := range []string{"18+18 36", "18+18+26=62"} {
		if got := formulaParts([]string{c}); len(got) != 1 {
			t.Errorf("%q split into %q", c, got)
		}
	}
}

// A three-line header OCR could not cut into headings (heldout140's 邳州
// 机电, scanned): the groups' line, the headings run together with the
// maximum of a column whose cell spans the header (职业素养 (15分), its
// words lost) glued to the last, and the others' maxima on a bare line
// under them. The rows take the maxima (15 15 10 20 25, then 15), and a
// number with a rule's mark ("]14") is read where the row adds up with
// it: 鲍睿杰's 28 under a maximum of 25 is claimed.
func TestSpanningMaximum(t *testing.T) {
	t.Parallel()
	rows := []string{"]14 11 9 14 20 11 79", "12 10 8 15 16 13 74", "14 10 8 16 19 12 79", "13 11 7 16 24 ]14 85", "13 12 9 19 23 10 86", "11 10 8 18 20 11 78"}
	reg := register("学习任务考核成绩表\n电气改造(40分)系统调试(45分天\n序号学号姓名。元件安装接线工艺程序编写。保压调试。温控调试(15分)总分\n15 15 10 20 25",
		[]string{"曹皓宇", "魏建宇", "颜思源", "胡涛涛", "陈恒宇", "胡智博", "徐家俊", "刘峻熙", "吴文涛", "周奕铭", "葛浩然"}, func(i int, n string) string {
			return fmt.Sprintf("%d 23012703%02d%s%s", i+1, i+1, n, rows[i%len(rows)])
		}, "12 2301270312。”鲍睿杰12 ]14 8 14 28 10 86")
	wantClaim(t, reg, "鲍睿杰", "得分28超过满分25")
	wantClean(t, reg, "胡涛涛")
}

// A register printing each part's maximum beside its score (应得分 实得分),
// one line of headings over the pairs, OCR running them together and the
// name into the 学号 (heldout137's 多伦 机电, scanned): the parts take
// their maxima; a row whose maximum OCR garbled is left unread, not the
// table. 霍铭川's 24 under 元件安装 (20) is claimed.
func TestOneLinePairHeader(t *testing.T) {
	t.Parallel()
	pairs := []string{"15 14 20 15 25 22 25 18 15 12 81", "15 11 20 16 25 16 25 19 15 11 73", "15 10 20 18 25 23 25 17 15 13 81", "15 12 20 15 25 21 25 21 15 11 80", "15 11 20 16 25 24 25 23 15 13 87", "15 12 20 19 25 24 25 23 15 10 88"}
	reg := register("学习任务考核评分表(应得分一实得分)\n序号学号姓名电路识读元件安装接线工艺程序编写通电调试总分签名\n应得分实得分应得分实得分应得分实得分应得分实得分应得分实得分",
		[]string{"赵永辉", "张远航", "赵秀丽", "乔雅静", "贾建宇", "李亚琳", "王晓月"}, func(i int, n string) string {
			if i == 6 {
				return fmt.Sprintf("%d 2315012701%02d%s15 11 2O 14 25 19 25 23 15 12 79", i+1, i+1, n)
			}
			return fmt.Sprintf("%d 2315012701%02d%s%s", i+1, i+1, n, pairs[i%len(pairs)])
		}, "9 231501270109霍铭川15 14 20 24 25 18 25 17 15 12 85")
	wantClaim(t, reg, "霍铭川", "“元件安装(20)”得分24超过满分20")
	wantClean(t, reg, "赵永辉")
}

// A row whose name OCR ran into Latin letters (heldout127's 鄂州 新能源,
// photographed: "国交和NEEEO 25 | 22 | aa 1 8 7和生和") has cells that cannot
// be placed: its 25 is not claimed over 安全防护's 15.
func TestNameIntoLetters(t *testing.T) {
	t.Parallel()
	reg := register("序号 姓名 安全防护(15) 故障诊断(30) 绝缘检测(25) 维修复检(20) 工单填写(10) 总分",
		[]string{"邓奕珩", "万若琳", "柯思琪", "熊凌霄", "黄瑞雪"}, func(i int, n string) string {
			return fmt.Sprintf("%d %s 12 21 22 18 8 81", i+1, n)
		}, "6 国交和NEEEO 25 22 18 8 7 80")
	wantClean(t, reg, "国交和")
	wantClean(t, reg, "邓奕珩")
}
