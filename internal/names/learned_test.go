package names

import (
	"fmt"
	"slices"
	"testing"
)

// TestLearnedReads: a label no list holds ("主理人：", heldout14's 扬州 item
// 11) or a class-and-name head line (its item 12, scanned) marks each
// student's pages when it stands on several pages with several names, one
// vouched for; a client's or partner's label, which gives another name
// than the page's own, is not learned, nor one that gives a single name
// (the same client on every page), nor a teacher's.
func TestLearnedReads(t *testing.T) {
	t.Parallel()
	known := []string{"缪天佑", "钱沐阳", "顾芷若", "戴欣悦"}
	vouched := func(n string) bool { return slices.Contains(known, n) }
	teacher := func(n string) bool { return n == "陆广才" }
	names := func(out [][]Read) string {
		var s []string
		for p, rs := range out {
			for _, r := range rs {
				s = append(s, fmt.Sprintf("%d:%s", p+1, r.Name))
			}
		}
		return fmt.Sprint(s)
	}
	works := []string{
		"成果1-1　大煮干丝成品\n主理人：缪天佑\n汤色乳白，干丝细匀。\n指导教师：陆广才",
		"成果1-2　刀工记录\n干丝切得细匀。",
		"成果2-1　大煮干丝成品\n主理人：钱沐阳\n汤色乳白。\n指导教师：陆广才",
		"成果3-1　大煮干丝成品\n主理人：顾芷若\n汤色乳白。\n指导教师：陆广才",
		"成果4-1　大煮干丝成品\n主理人:罕芮嘉\n汤色乳白。", // a name OCR misread: kept as read
		"成果4-2　刀工记录\n主理人：干丝切得细匀，刀工很好。",
	}
	if got := names(LearnedReads(works, make([][]Read, 6), nil, vouched, teacher)); got != "[1:缪天佑 3:钱沐阳 4:顾芷若 5:罕芮嘉]" {
		t.Errorf("主理人: %s", got)
	}
	homework := []string{
		"淮扬风味菜肴制作“”课后作业\n亮饪2302班”纪天佑\n1.汤色乳白靠什么?",
		"淮扬风味菜肴制作“”课后作业\n烹饪2302班”钱沐阳\n1.汤色乳白靠什么?",
		"淮扬风味菜肴制作“”课后作业\n烹饪2302班”顾芷若\n1.汤色乳白靠什么?",
	}
	if got := names(LearnedReads(homework, nil, known, vouched, teacher)); got != "[1:纪天佑 2:钱沐阳 3:顾芷若]" {
		t.Errorf("class lines: %s", got)
	}
	// A role label in a table's cell, no colon, the next field's label
	// after the name (heldout15's 襄阳 item 11, typed).
	cells := []string{
		"成果1-1　变速器数据流分析表\n车　型 自动挡轿车 行驶里程 80126 km\n检修人 柯俊宇 班　级 汽修2301班\n指导教师 阮国平",
		"成果2-1　变速器数据流分析表\n检修人 钱沐阳 班　级 汽修2301班\n指导教师 阮国平",
		"成果3-1　故障分析\n检修人 按手册检查油压 班　级 汽修2301班",
	}
	if got := names(LearnedReads(cells, nil, known, vouched, teacher)); got != "[1:柯俊宇 2:钱沐阳]" {
		t.Errorf("cells: %s", got)
	}
	// A bare label whose name ends its line; a colon label whose name the
	// class follows with no label (heldout15's 万州 items 11 and 12).
	ends := []string{
		"万州烤鱼成品\n菜　名 万州烤鱼 研发人 缪天佑\n班　级 烹饪2301班 指导教师 谭德明",
		"万州烤鱼成品\n菜　名 万州烤鱼 研发人 钱沐阳\n班　级 烹饪2301班 指导教师 谭德明",
	}
	if got := names(LearnedReads(ends, nil, known, vouched, teacher)); got != "[1:缪天佑 2:钱沐阳]" {
		t.Errorf("name at the line's end: %s", got)
	}
	handed := []string{
		"万州烤鱼制作“课后作业\n作业提交:许浩宇”襄饪2301班\n1.炭火烤鱼怎样判断火候?",
		"万州烤鱼制作“课后作业\n作业提交:钱沐阳。”襄饪2301班\n1.炭火烤鱼怎样判断火候?",
		"万州烤鱼制作“课后作业\n作业提交:效思形”襄饪2301班\n1.炭火烤鱼怎样判断火候?",
	}
	if got := names(LearnedReads(handed, nil, known, vouched, teacher)); got != "[1:许浩宇 2:钱沐阳 3:效思形]" {
		t.Errorf("class after the name: %s", got)
	}
	// A label with a bracketed word before its colon (heldout45's 永川
	// 合格证 cards, typed).
	cards := []string{
		"机动车维修竣工出厂合格证\n维修内容：右后轮制动器拆检。\n维修技师（学员）：冉浩宇　　汽修2303班\n质检员：唐国平",
		"机动车维修竣工出厂合格证\n维修内容：制动分泵更换。\n维修技师（学员）：钱沐阳　　汽修2303班\n质检员：周红英",
		"机动车维修竣工出厂合格证\n维修内容：制动间隙调整。\n维修技师（学员）：向晨阳　　汽修2302班\n质检员：唐国平",
	}
	if got := names(LearnedReads(cards, nil, known, vouched, teacher)); got != "[1:冉浩宇 2:钱沐阳 3:向晨阳]" {
		t.Errorf("bracketed label: %s", got)
	}
	// A bare label, the class bracketed after the name; a name of a surname
	// the list lacks (贡, of 宣城) is taken as read (heldout48, typed).
	dishes := []string{
		"红烧毛豆腐出品记录\n主理 缪天佑（烹饪2401班） 出品检查 汪国庆\n菜品 红烧毛豆腐",
		"绩溪一品锅出品记录\n主理 钱沐阳（烹饪2401班） 出品检查 胡秀兰\n菜品 绩溪一品锅",
		"宴席菜品成本登记\n主理 贡文博（烹饪2402班） 出品检查 章建华\n菜品 宴席菜品",
	}
	if got := names(LearnedReads(dishes, nil, known, vouched, teacher)); got != "[1:缪天佑 2:钱沐阳 3:贡文博]" {
		t.Errorf("bare label, unknown surname: %s", got)
	}
	// A client beside the page's student, read the usual way on one page.
	clients := []string{
		"姓名：缪天佑\n服务老人：张桂兰",
		"服务老人：李秀英",
		"姓名：钱沐阳\n陪同人：王建国",
		"陪同人：缪天佑",
	}
	have := [][]Read{{{Name: "缪天佑"}}, nil, {{Name: "钱沐阳"}}, nil}
	if got := names(LearnedReads(clients, have, known, vouched, teacher)); got != "[]" {
		t.Errorf("clients and partners: %s", got)
	}
	// One name on every page (the task's client), or a teacher's.
	same := []string{"主持人：钱沐阳\n", "主持人：钱沐阳\n", "主讲人：陆广才", "主讲人：钱沐阳"}
	if got := names(LearnedReads(same, nil, known, vouched, teacher)); got != "[]" {
		t.Errorf("one name, a teacher: %s", got)
	}
	// Names nobody vouches for.
	strangers := []string{"主理人：张桂兰", "主理人：李秀英"}
	if got := names(LearnedReads(strangers, nil, known, vouched, teacher)); got != "[]" {
		t.Errorf("strangers: %s", got)
	}
}

// TestLearnedSignOffAndHeadLines: heldout17's layouts. A typed sign-off
// row of letter-spaced labels ("编　制 关浩然 审　核 鞠红岩 …"); head lines
// of the class first and the title after the name ("(汽修2301班)关浩然，
// 课后作业"), of the name, the class and a seat number, a mark between
// name and class or (a class member's name) none.
func TestLearnedSignOffAndHeadLines(t *testing.T) {
	t.Parallel()
	known := []string{"关浩然", "佟欣悦", "那子骞", "爱新觉罗·明远", "郎雪莹", "鄂文博"}
	vouched := func(n string) bool { return slices.Contains(known, n) }
	teacher := func(n string) bool { return n == "鞠红岩" || n == "曲立军" }
	got := func(pages []string) string { return learnedNames(pages, known, vouched, teacher) }
	sign := func(name string) string {
		return "ABS故障诊断报告\n结论：故障已排除。\n编　制 " + name + " 审　核 鞠红岩 批　准 曲立军\n班　级 汽修2301班 日　期 2024年10月17日"
	}
	if g := got([]string{sign("关浩然"), sign("关浩然"), sign("佟欣悦"), sign("那子骞")}); g != "[1:关浩然 2:关浩然 3:佟欣悦 4:那子骞]" {
		t.Errorf("sign-off rows: %s", g)
	}
	head := []string{"(汽修2301班)关浩然，课后作业\n1.原因？", "(汽修2301班)佟欣悦“”课后作业\n1.原因？", "(汽修2302班)那子骞”课后作业\n1.原因？"}
	if g := got(head); g != "[1:关浩然 2:佟欣悦 3:那子骞]" {
		t.Errorf("class, name, title: %s", g)
	}
	seats := []string{"课后作业(第3次)\n爱新觉罗.明远机电2302班5号\n恢复出厂。", "课后作业(第3次)\n郎雪莹”机电2302班11号\n看铭牌。", "课后作业(第3次)\n部文坟机电2302班17号\n换两相。"}
	if g := got(seats); g != "[1:爱新觉罗·明远 2:郎雪莹]" {
		t.Errorf("name, class, seat: %s", g)
	}
	// A teacher's sign-off label is never learned.
	if g := got([]string{"审　核 鞠红岩 日　期 10月", "审　核 曲立军 日　期 11月"}); g != "[]" {
		t.Errorf("teachers: %s", g)
	}
}

func TestRoleGluedAndBilingual(t *testing.T) {
	t.Parallel()
	known := []string{"艾尔肯·吐尔洪", "王梓涵", "李思彤"}
	page := "实训车辆交接记录\n交车人周建新接车人艾尔肯.吐尔洪交接时间2024年11月4日\n班级新能2302班学号2365043506"
	if rs := FromPage(page, known); len(rs) != 1 || rs[0].Name != "艾尔肯·吐尔洪" {
		t.Errorf("glued role label: %+v", rs)
	}
	if rs := FromPage("发件人 金雨萱 <ds230211@pjgj.edu.cn>\n收件人 吴静怡老师", []string{"金雨萱"}); len(rs) != 1 || rs[0].Name != "金雨萱" {
		t.Errorf("sender: %+v", rs)
	}
	// A class member's name that is a word of the text after a word
	// ending in 人 is no read: "让老人安心、家属放心".
	if rs := FromPage("照护目标\n让老人安心、家属放心。", []string{"安心", "王梓涵"}); len(rs) != 0 {
		t.Errorf("a word after 老人: %+v", rs)
	}
	// The teacher's role is no student's, and a name not in the class is
	// not taken from a glued label.
	if rs := FromPage("评阅人王梓涵评分90", known); len(rs) != 0 {
		t.Errorf("a reviewer's label: %+v", rs)
	}
	page = "姓名Name李思彤Li Sitong班级Class动画2301班\n学号Student No. 2365030630日期Date 2024年11月2日"
	if rs := FromPage(page, nil); len(rs) != 1 || rs[0].Name != "李思彤" {
		t.Errorf("bilingual labels: %+v", rs)
	}
	if got := normLine("提交人 吐尔逊江·买买提　Tursunjan Memet"); got != "提交人 吐尔逊江·买买提 " {
		t.Errorf("spelling after a name: %q", got)
	}
}

// TestLearnedClashAndFileNames: two learned labels on a row (自检, the
// page's student; 互检, a peer who changes from page to page): the one with
// the fewest names over the document wins. A head line typed as a file
// name gives the name between its hyphens.
func TestLearnedClashAndFileNames(t *testing.T) {
	t.Parallel()
	known := []string{"瞿嘉诚", "倪思涵", "浦俊杰", "蒋诗雨", "浦雅雯", "许宏博", "张思远", "顾磊"}
	vouched := func(n string) bool { return slices.Contains(known, n) }
	teacher := func(n string) bool { return n == "范建国" }
	got := func(pages []string) string { return learnedNames(pages, known, vouched, teacher) }
	row := func(self, peer string) string {
		return "首件三检记录\n检测项目 图纸要求 实测值 结论\n自　检 " + self + " 互　检 " + peer + " 专　检 范建国"
	}
	pages := []string{row("瞿嘉诚", "蒋诗雨"), row("瞿嘉诚", "浦雅雯"), row("倪思涵", "许宏博"), row("倪思涵", "张思远"), row("浦俊杰", "顾磊")}
	if g := got(pages); g != "[1:瞿嘉诚 2:瞿嘉诚 3:倪思涵 4:倪思涵 5:浦俊杰]" {
		t.Errorf("self and peer checks: %s", g)
	}
	files := []string{"数控2301-04-帷嘉诚-进气阀杆工作页.docx打印: 2024/10/3\n学习工作页", "数控2301-32-倪思涵-进气阀杆工作页.docx打印: 2024/11/6\n学习工作页", "数控2301-30-浦俊杰-进气阀杆工作页.docx\n学习工作页"}
	if g := got(files); g != "[1:帷嘉诚 2:倪思涵 3:浦俊杰]" {
		t.Errorf("file-name head lines: %s", g)
	}
}

func TestCreditLine(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ line, want string }{
		{"（本告示由城轨2301班 穆思远拟写，指导教师韩玉峰审定）", "穆思远"},
		{"本海报由张伟同学设计", "张伟"},
		{"由教研组统一编写", ""},
	} {
		rs := FromPage("乘客告示\n"+c.line, nil)
		got := ""
		if len(rs) > 0 {
			got = rs[0].Name
		}
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.line, got, c.want)
		}
	}
}

// learnedNames lists LearnedReads' reads of pages that have no reads the
// usual way, as "page:name".
func learnedNames(pages, known []string, vouched, teacher func(string) bool) string {
	var s []string
	for p, rs := range LearnedReads(pages, make([][]Read, len(pages)), known, vouched, teacher) {
		for _, r := range rs {
			s = append(s, fmt.Sprintf("%d:%s", p+1, r.Name))
		}
	}
	return fmt.Sprint(s)
}

// TestLearnedReadsNearHave: a page whose name a second OCR reading gave
// another way ("广浩宇" where the label's line has "许浩宇") does not
// unlearn the label: the page's read stands, and the page no other way
// names gets the label's name.
func TestLearnedReadsNearHave(t *testing.T) {
	t.Parallel()
	known := []string{"庹浩宇", "隆欣悦", "雍思彤"}
	vouched := func(n string) bool { return slices.Contains(known, n) }
	pages := []string{
		"烤鱼制作课后作业\n作业提交：许浩宇”烹饪2301班\n1.怎样判断火候?",
		"烤鱼制作课后作业\n作业提交：隆欣悦。”烹饪2301班\n1.怎样判断火候?",
		"烤鱼制作课后作业\n作业提交：效思彤”烹饪2301班\n1.怎样判断火候?",
	}
	have := [][]Read{{{Name: "广浩宇"}}, {{Name: "隆欣悦"}}, nil}
	out := LearnedReads(pages, have, known, vouched, nil)
	if len(out[2]) != 1 || out[2][0].Name != "效思彤" {
		t.Errorf("page 3: %v", out[2])
	}
}

// TestLearnedClassLineSeat: exercise books' covers, the class, the name and
// a seat number ("中药2402班孙海川No.36"), the name glued to the class, the
// seat number glued to the name perhaps (a table's cells run together:
// "中药2402班曲津瑶04").
func TestLearnedClassLineSeat(t *testing.T) {
	t.Parallel()
	known := []string{"孙海川", "姜书宁", "曲津瑶"}
	vouched := func(n string) bool { return slices.Contains(known, n) }
	pages := []string{
		"作业本\n学校:青岛市胶州湾高级技工学校 科目:中药炮制\n中药2402班孙海川No.36\n1.问题",
		"作业本\n学校:青岛市胶州湾高级技工学校 科目:中药炮制\n中药2402班”姜书宁No.17\n1.问题",
		"作业本\n学校:青岛市胶州湾高级技工学校 科目:中药炮制\n中药2402班曲津瑶04\n1.问题",
	}
	out := LearnedReads(pages, make([][]Read, 3), known, vouched, nil)
	for p, want := range known {
		if len(out[p]) != 1 || out[p][0].Name != want {
			t.Errorf("page %d: %v, want %s", p+1, out[p], want)
		}
	}
}

// TestLearnedNickname: homework posted in a class chat group, each message
// under the sender's nickname "seat-name-class"; the third page's name OCR
// misread (钟天闻 for 钟天翊) is read as it stands.
func TestLearnedNickname(t *testing.T) {
	t.Parallel()
	known := []string{"胡博远", "吴宇轩", "钟天翊"}
	vouched := func(n string) bool { return slices.Contains(known, n) }
	pages := []string{
		"<汽修2301课后作业群(39)…\n33-胡博远-汽修2301\n1.为什么要做怠速自学习?\n万志勇老师\n收到",
		"<汽修2301课后作业群(39)…\n23-吴宇轩-汽修2301\n1.为什么要做怠速自学习?\n万志勇老师\n收到",
		"<汽修2301课后作业群(39)…\n16-钟天闻-汽修2301\n1.为什么要做怠速自学习?\n万志勇老师\n收到",
	}
	out := LearnedReads(pages, make([][]Read, 3), known, vouched, nil)
	for p, want := range []string{"胡博远", "吴宇轩", "钟天闻"} {
		if len(out[p]) != 1 || out[p][0].Name != want {
			t.Errorf("page %d: %v, want %s", p+1, out[p], want)
		}
	}
}

// TestLearnedBlocks: a compilation typed straight through names each
// student's records under the same label, one block after another, two
// students' on one page (heldout63's 怀化 中药: 炮制人 粟雅婷 three times,
// then 杨沛霖 three times across the page break, then 龙慧敏). Each page
// gets every student its label names there; the third student had been
// lost, and the item seemed to hold two. Where the names come back after
// another's (a checker's label, 互检), a page keeps one.
func TestLearnedBlocks(t *testing.T) {
	t.Parallel()
	known := []string{"粟雅婷", "杨沛霖", "龙慧敏"}
	vouched := func(n string) bool { return slices.Contains(known, n) }
	rec := func(title, name, checker string) string {
		return title + "\n品名 黄精（酒黄精） 批号 HJ241001\n炮制人 " + name + " 复核人 " + checker + "\n说明：断面全黑。\n"
	}
	pages := []string{
		"学习成果汇编\n" + rec("黄精炮制批记录", "粟雅婷", "谭秀英") + rec("饮片性状检查记录", "粟雅婷", "向文斌") + rec("黄精炮制批记录", "杨沛霖", "谭秀英"),
		rec("饮片性状检查记录", "杨沛霖", "向文斌") + rec("黄精炮制批记录", "龙慧敏", "谭秀英") + rec("饮片性状检查记录", "龙慧敏", "向文斌"),
	}
	teacher := func(n string) bool { return n == "谭秀英" || n == "向文斌" }
	got := LearnedReads(pages, make([][]Read, 2), known, vouched, teacher)
	var per []string
	for p, rs := range got {
		for _, r := range rs {
			per = append(per, fmt.Sprintf("%d:%s", p+1, r.Name))
		}
	}
	if want := []string{"1:粟雅婷", "1:杨沛霖", "2:杨沛霖", "2:龙慧敏"}; !slices.Equal(per, want) {
		t.Errorf("reads %v, want %v", per, want)
	}
	// The names back after another's: no blocks, a page's first only.
	pages[1] = rec("饮片性状检查记录", "杨沛霖", "向文斌") + rec("黄精炮制批记录", "粟雅婷", "谭秀英")
	got = LearnedReads(pages, make([][]Read, 2), known, vouched, teacher)
	if len(got[0]) != 1 || len(got[1]) != 1 {
		t.Errorf("names back after another's: reads %v, want one a page", got)
	}
}
