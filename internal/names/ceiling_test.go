package names

import (
	"fmt"
	"reflect"
	"slices"
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

// A scanned register under a coffee ring (heldout26's 海东 数控, as OCR
// read it): a workstation column ("C-17") between the name and the five
// scores, and OCR's digits unsure throughout (a dropped digit, "10 1 7 81"
// for 10 11 7 81, in eight rows of 25). Most rows add up, so the numbers
// are the scores and the total; the maxima the header states add up to
// 100, so they were read right, and 45, above every one of them, is
// claimed on a row that adds up. The rows a dropped digit explains are
// not.
func TestStatedCeilingUnsure(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录\n" +
		"海东市涅水技师学院”班级:数控2302班课程:盘类零件数控车削加工\n" +
		"学习任务:高原重卡驱动桥输出法兰盘数控车削考核日期: 2024年11月8日\n" +
		"|序号学号姓名工位号工艺与程序(20)尺寸精度(40)表面质量(15)“量具使用(15)”安全文明(10)总分|\n" +
		"| 1 2363010601喇青兰“C-01 16 27生11 8药引\n" +
		"| 2 2363010602省世英C-02 18 32 13 11 8 82 |\n" +
		"| 3 2363010603李生龙。C-03 17 36 10 1 7 81\n" +
		"| 4 2363010604上昌长春“C-04 14 34 10 13 9 80\n" +
		"| 5 2363010605马秀兰C-05 19 34 | 9 85\n" +
		"| 6 2363010606星人金莲C-06 15 29 12 10 6 |\n" +
		"| 7 2363010607王积善“C-07 13 36 14 12 9 84\n" +
		"| 8，2363010608马生秀C-08局30 13 1 8 79\n" +
		"9，2363010609”陶维军C-09 16 12 13 81\n" +
		"10”2363010610“马进财C-10 15 13 10 9 84\n" +
		"11 2363010611和鲁永清。C-11 16 8 12 10 9\n" +
		"12”2363010612”地占英”C-12 17 12 13怀列\n" +
		"| 13”2363010613汪存良“C-13 15 2 11 12号\n" +
		"| 14 2363010614韩学林C-14 17 34 1 13 84\n" +
		"15 2363010615”白登科C-15 18 36 10 13 8 85\n" +
		"16”2363010616”张兰芳C-16 13 28 6 71\n" +
		"17”2363010617”星桂英。C-17 14 32 12 10 6 74\n" +
		"18”2363010618”赵忠孝”C-18 18 37 13 11 9 88\n" +
		"19“2363010619起发祥“C-19 17 30 1 13 7 78\n" +
		"20 2363010620”地小燕“C-20 16 27 1 12 8 74\n" +
		"21 2363010621王建宁“C-01 16 27 12 10 8 73\n" +
		"22”2363010622”部正清C-02 14 33天10 6 74\n" +
		"23”2363010623，”赵正荣“C-03 18 28 12 1 6 75\n" +
		"24”2363010624”李存孝。C-04 18 33 10 10 9 80\n" +
		"25”2363010625。星晓红。C-05 7 38 12 14 7 88\n" +
		"26 2363010626”和鲁正福。C-06 18 28 10 13 7 76\n" +
		"27”2363010627”咯海军C-07 16 38 10 1 9 84 |\n" +
		"28”2363010628”祁索南“C-08 13 28 12 9 6 68 |\n" +
		"29”2363010629”张学军C-09 17 26 13 12 7 75 |\n" +
		"30”2363010630”星玉成”C-10 12 28 9 14 7 70 |\n" +
		"31 2363010631”治宗礼“C-11 16 36 14 12 8 86 |\n" +
		"32“2363010632”马金花C-12 19 26 12 1 9 77 |\n" +
		"33 2363010633”冶成虎C-13 15 35 11 10 7 78 |\n" +
		"34“2363010634”马福海“C-14 13 7 13 13 7 73本|\n" +
		"35”2363010635”白有成”C-15 15 36 12 13 9 85 |\n" +
		"36”2363010636，赵明义C-16 19 31 13 13 6 8\n" +
		"| 37”2363010637”和鲁彦军“C-17 17 45 13 13 8 96 |\n" +
		"| 38”2363010638”冶建中C-18 16 31 12 10 9 78 |\n" +
		"考核教师:李得胜、白玉琴审核:李得胜"
	rs := Records([]string{page})
	claimed := 0
	for i := range rs {
		r := &rs[i]
		r.OCR = true
		if len(r.Check()) > 0 {
			claimed++
			if r.Name != "鲁彦军" {
				t.Errorf("%s: %v", r.Name, r.Check())
			}
		}
	}
	if claimed != 1 {
		t.Errorf("%d rows claimed, want 鲁彦军's", claimed)
	}
}

// TestStatedCeilingGroups: a register's header of merged cells over three
// lines, two groups' maxima above their parts' (heldout53's 郴州 汽修,
// typed): "过程考核（40分） 结果考核（60分）" over 出勤(10) 工单填写(15)
// 安全规范(15), 竣工检验(10), and 故障诊断 维修作业 with "(25) (25)" on a
// line of their own. The groups' maxima add up to the whole the parts
// make: the parts are the columns, and 29 is above every one of them.
func TestStatedCeilingGroups(t *testing.T) {
	t.Parallel()
	head := "学习任务考核成绩登记表\n过程考核（40分） 结果考核（60分）\n序号 学号 姓名 故障诊断 维修作业 总分 等级\n" +
		"出勤(10) 工单填写(15) 安全规范(15) 竣工检验(10)\n(25) (25)\n"
	rows := "1 244304030101 罗思远 9 11 13 17 19 7 76 良好\n2 244304030102 陈凯 8 9 11 18 15 9 70 合格\n" +
		"3 244304030103 曹俊熙 9 10 12 20 19 8 78 良好\n4 244304030126 邓瑞涵 9 10 12 29 21 7 88 良好\n" +
		"5 244304030127 雷安琪 9 12 9 18 20 9 77 良好\n"
	claimedOnly(t, head+rows, 5, "邓瑞涵")
}

// TestCodeAfterWholeID: a register whose 学号 stands after the name and a
// case's code after it ("序号 姓名 学号 案例编号 …": "4 薛子怡 24529105 C2 19
// 22 29 10 86", heldout143's 洪洞 照护, its maxima in a caption): the
// 学号 and the code are no scores, and the rows are read; 薛子怡's 86 for
// parts of 80 is claimed.
func TestCodeAfterWholeID(t *testing.T) {
	t.Parallel()
	head := "考核项目及分值:沟通评估20分，计划制订25分，照护实施40分，记录反思15分，满分100分。\n序号 姓名 学号 案例编号 沟通评估 计划制订 照护实施 记录反思 总分 备注\n"
	rows := "1 贾宇洒 24529101 C1 16 17 38 13 84\n2 赵梦琳 24529103 C4 16 23 26 13 78\n3 梁凯瑞 24529104 C3 14 18 29 13 74\n" +
		"4 薛子怡 24529105 C2 19 22 29 10 86\n5 郭佳蕊 24529106 C1 14 17 32 12 75\n"
	claimedOnly(t, head+rows, 5, "薛子怡")
}

// TestMonthDayDateColumn: a typed register with the date of each
// student's turn written month.day and the session after it ("8 231060308
// 林沛涵 6.12 第2场 18 21 34 14 87" under 考核日期 直播场次, heldout148's 仙居
// 电商): the date is no score, and 34 under 客服应答(30) is claimed.
func TestMonthDayDateColumn(t *testing.T) {
	t.Parallel()
	head := "序号 学号 姓名 考核日期 直播场次 预售方案(20) 页面制作(30) 客服应答(30) 售后理赔(20) 总分\n"
	rows := "1 231060301 胡浩楠 6.12 第1场 19 23 27 14 83\n2 231060302 泮俊杰 6.12 第1场 16 21 24 13 74\n" +
		"3 231060303 林昕妍 6.12 第1场 15 22 19 18 74\n8 231060308 林沛涵 6.12 第2场 18 21 34 14 87\n" +
		"14 231060314 应思琪 6.13 第4场 19 23 27 15 84\n"
	claimedOnly(t, head+rows, 5, "林沛涵")
}

// TestLayoutsClaimed: registers of layouts first met in heldout149–152,
// each read whole and the one row whose score is wrong claimed, no other
// (claimedOnly). Each case failed before the change its comment names.
func TestLayoutsClaimed(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ name, head, rows, who string }{
		// A register giving a shop's figures before the scores, under headings
		// of one line, the score headings wrapping over their maxima, so that
		// the text puts them on the line above and the maxima on the line below
		// (heldout150's 祁门 电商, typed): the figures ("2310", "41%") are no
		// scores, the headings stand after them, and 23 under 页面设计(20) is
		// claimed. Without the figures' headings the rows are read as noise, and
		// none is claimed.
		{"ShopFiguresBesideScores", "页面设计 客服话术 直播演练 复盘报告\n序号 学号 姓名 访客数 转化率 成交额 总分\n(20) (30) (35) (15)\n",
			"1 2406030301 邵景行 2310 41% 1260 18 25 30 12 85\n2 2406030302 蔡若彤 980 12% 305 16 22 28 10 76\n" +
				"3 2406030303 甘一鸣 1744 26% 870 23 24 31 13 91\n4 2406030304 詹语嫣 3021 9% 455 15 27 29 11 82\n" +
				"5 2406030305 奚明朗 655 33% 512 17 21 27 12 77\n", "甘一鸣"},
		// The line under a header's headings gives, in brackets, the units of
		// the figures and the maxima of the scores, one a column (heldout149's
		// 德化 电商, typed: "(人次) (%) (元) (40) (30) (30)"): the figures are no
		// scores, the "(%)" of a rate no weight, and 高语桐's total 7 above her
		// parts is claimed. Read as weights, no sum was checked.
		{"UnitsAndMaximaLine", "曝光 点击率 客单价 选品方案 直播话术 复盘报告\n序号 学号 姓名 总分\n(次) (%) (元) (30) (40) (30)\n",
			"1 243506030201 庄一帆 8120 3.1 158 25 33 24 82\n2 243506030202 高语桐 6433 2.6 236 22 30 21 80\n" +
				"3 243506030203 连俊豪 10277 1.9 128 27 35 25 87\n4 243506030204 卓晓雯 5390 4.2 158 19 28 22 69\n" +
				"5 243506030205 潘子墨 7741 2.2 236 24 31 26 81\n", "高语桐"},
		// A header whose first maximum OCR began twice, "安全防护(1(10)"
		// (heldout152's 穆棱 新能源, a gray scan): the header is read, and 39 under
		// 故障诊断(35) claimed. Without, no header was found and no maximum known.
		{"StutteredMaximum", "学习任务考核成绩登记表\n序号学号姓名安全防护(1(10)故障诊断(35)维修操作(35)竣工检验(10) 6S(10)总分等级\n",
			"1 2423043601”房子骞8 24 25 7 8 72中\n2 2423043602，”钱启凡9 28 31 7 8 83良\n3 2423043603，”顾若彤9 32 24 7 7 79中\n" +
				"4 2423043604，”车泽宇7 39 24 9 9 88良\n5 2423043605。祁宇航9 30 28 7 9 83良\n", "车泽宇"},
		// A register giving each student's lathe and gauge before the scores
		// (heldout150's 泾源 数控, a 1-bit scan read with quotes for rules): the
		// codes ("CK6140-09", "0-25/11") are no scores, a quote after 量具编号 no
		// part of the heading, and 26 under 检测(20) is claimed. Without, the
		// codes made every row noise.
		{"MachineAndGaugeCodes", "学习任务考核成绩登记表\n序号学号姓名机床号量具编号”工艺(15)”编程(20)“加工(45)”检测(20)”总分\n",
			"1 2301060301房立新CK6140-01 25-50/05 12 17 35 15 79\n2 2301060302贺思远CK6140-02 0-25/09 10 16 40 15 81\n" +
				"3 2301060303蒲嘉怡CK6140-03 0-25/01 13 19 35 14 81\n4 2301060304滕子墨CK6140-04 25-50/08 11 16 37 26 90\n" +
				"5 2301060305雷一鸣CK6140-05 0-25/10 14 18 29 13 74\n", "滕子墨"},
		// A three-row header OCR garbled past reading but for its last row, the
		// maxima alone, one for each score of the rows, making 100 (heldout149's
		// 平遥 烹饪, a 1-bit scan): the columns take them by place, and 24 under the
		// fifth's 20 is claimed. Without, the rows had scores and no maxima.
		{"BareMaximaUnderGarbledHeader", "面点技能考核评分老\n和面与制坏〈30分)成型(40分)状制与出品〈30分)\n序号学号姓名水温反面柄面”剔尖成伐。。梢材检成型火候装盘PR生总分\n10 10 10 20 20 10 10 10\n",
			"1 2405010301芦子豪7 7 9 15 18 9 6 9 80\n2 2405010302晋雨萱7 7 7 17 19 8 7 6 78\n3 2405010303阎思远7 7 8 16 24 7 9 8 86\n" +
				"4 2405010304郝梦琪6 9 8 15 18 8 8 7 79\n5 2405010305。栗俊杰8 9 8 13 12 7 7 9 73\n", "阎思远"},
		// A three-level header (heldout154's 仪征 机电, a gray scan): group
		// headings with their maxima over the sub-headings, run together by
		// OCR, and the sub-headings' maxima in a row labelled 分值 under the
		// name's heading. The rows take the sub-headings and their maxima, and
		// 19 under 气路连接 (15) is claimed. Without, the rows were read by
		// place with no maxima.
		{"ThreeLevelHeader", "一级指标职业素养(20)专业能力〈60)工作成果(20)总分\n序号学号二级指标安全文明”团队协作”气路连接”程序编写。故障排除”功能验收”记录填写\n姓名分值10 10 15 25 20 15 5 100\n",
			"1 202401270101仇佳欣9 8 13 18 16 11 4 79\n2 202401270102陈佳阳6 8 11 16 18 14 3 76\n3 202401270103卞依诺8 8 11 21 17 11 4 80\n" +
				"4 202401270132殷宇凡7 7 19 24 16 12 5 90\n5 202401270133薛浩庆8 7 12 16 19 9 4 75\n", "殷宇凡"},
		// The maxima only in a legend line above the header, each after its
		// heading, the header OCR ran together without them (heldout153's
		// 涉县 新能源, a colour scan): the legend's headings in the header's
		// order are the columns, and 24 under 绝缘检测 (20) is claimed.
		// Without, the rows were read by place with no maxima.
		{"LegendAboveHeader", "评分项目及分值:安全防护(15分)、故障诊断(35分)、绝缘检测(20分)、排除与验证(20分)、6S管理(10分)，满\n分100分。\n序号台架学号姓名安全防护故障诊断绝缘检测排除与验证6S管理。总分\n",
			"1 T1 202304350201刘宥辰14 26 18 14 8 80\n2 T1 202304350207贾家盛11 28 13 15 7 74\n3 T1 202304350213路妍轩10 31 19 13 8 81\n" +
				"4 T4 202304350210靳立博9 23 24 13 9 78\n5 T1 202304350225申佳豪11 28 19 19 9 86\n", "靳立博"},
	} {
		t.Run(c.name, func(t *testing.T) { claimedOnly(t, c.head+c.rows, 5, c.who) })
	}
}

// TestOnlineFormExport: a register exported from an online form (heldout152's
// 龙南 机电, a 腾讯文档 收集表): numbered questions as headings, the score
// headings on the line above the header and their maxima below, and who
// submitted each row (the teacher) and when before the student's name.
// The rows are the students', not the submitter's, and 邹明哲's 33 under
// 调试运行 (满分30) is claimed under its heading; so too where OCR glued
// the submitter's heading to the time's.
func TestOnlineFormExport(t *testing.T) {
	t.Parallel()
	head := "腾讯文档　|　收集表　|　结果\n3.电气接线 4.PLC程序 5.调试运行 6.安全文明\n序号 提交者 提交时间 1.学生姓名 2.学号 总分\n（满分30） （满分30） （满分30） （满分10）\n"
	rows := "1 宋立群 2024-11-12 08:21 邹明哲 2436012801 21 23 33 8 85\n2 宋立群 2024-11-12 08:31 庞文杰 2436012802 21 22 21 9 73\n" +
		"3 宋立群 2024-11-12 08:44 詹雨桐 2436012803 28 19 21 7 75\n4 宋立群 2024-11-12 08:55 柯俊宇 2436012804 23 21 24 7 75\n" +
		"5 宋立群 2024-11-12 09:06 阮思彤 2436012805 19 28 23 9 79\n"
	claimedOnly(t, head+rows, 5, "邹明哲")
	for _, r := range Records([]string{head + rows}) {
		if r.Name == "邹明哲" && (len(r.Check()) != 1 || !strings.Contains(r.Check()[0], "调试运行")) {
			t.Errorf("邹明哲: %v", r.Check())
		}
	}
	// A DingTalk 智能填表 export scanned in colour (heldout156's 榕江 饭店):
	// OCR glued the submitter's heading to the time's, "提交人提交时间".
	glued := "智能填表|酒店24-1班学习任务考核记录\n序号”提交人提交时间学生姓名学号入住接待〈满分20)客房整理(满分40)查房退房(满分30)职业素养(满分10)总分\n" +
		"1石秀芬2025-03-17 15:03石彦霖5224050401 15 34 26 8 83\n2石秀芬2025-03-17 15:10杨运涛5224050402 14 25 22 6 67\n" +
		"3石秀芬2025-03-17 15:17龙景澄5224050403 13 46 24 9 92\n4石秀芬2025-03-17 15:24龙子昂5224050404 13 26 20 8 67\n" +
		"5石秀芬2025-03-17 15:31杨树林5224050405 13 35 25 10 83\n"
	claimedOnly(t, glued, 5, "龙景澄")
}

// TestScoresByNumberKey: a register that gives its scores by 学号 alone,
// the names in a key of 学号—姓名 pairs above it (heldout145's 秭归 电商,
// typed): each scored row is its key's student (望, of 秭归, no surname of
// the list), the 小组 cell no name, the key's pairs no records, nor the
// sentence under the table that closes with the class's count; 杜明远's 76
// for parts of 82 is claimed under his name. Without the key the rows
// are no student's (第一组 a word, 第七组 read as a name).
func TestScoresByNumberKey(t *testing.T) {
	t.Parallel()
	key := "一、学号—姓名对照\n学号 姓名 学号 姓名 学号 姓名\n" +
		"20240603201 李家驹 20240603204 望皓然 20240603207 杜明远\n20240603202 向铭辉 20240603205 龚琪琪 20240603208 向乐瑶\n" +
		"20240603203 王永恒 20240603206 黄新月 20240603209 陈舒雅\n"
	scores := "二、成绩（按学号登记）\n学号 小组 运营方案(30) 商品上架(20) 路演展示(20) 售后演练(20) 职业素养(10) 总分\n" +
		"20240603201 第一组 22 17 17 15 7 78\n20240603202 第二组 19 14 13 13 8 67\n20240603203 第三组 23 18 13 13 7 74\n" +
		"20240603204 第四组 23 13 18 16 9 79\n20240603205 第五组 21 19 15 18 9 82\n20240603206 第六组 22 14 12 17 8 73\n" +
		"20240603207 第七组 24 18 14 17 9 76\n20240603208 第一组 28 17 14 18 9 86\n20240603209 第二组 24 19 18 18 9 88\n" +
		"路演评委：合作社代表、企业运营人员、任课教师（评委意见见学习成果汇编）。共9人。\n"
	var got []string
	for _, r := range Records([]string{key + scores}) {
		got = append(got, r.Name)
		if bad := len(r.Check()) > 0; bad != (r.Name == "杜明远") {
			t.Errorf("%s: %v", r.Name, r.Check())
		}
	}
	if want := []string{"李家驹", "向铭辉", "王永恒", "望皓然", "龚琪琪", "黄新月", "杜明远", "向乐瑶", "陈舒雅"}; !reflect.DeepEqual(got, want) {
		t.Errorf("records %v, want %v", got, want)
	}
	for _, r := range Records([]string{scores}) {
		if slices.Contains(got, r.Name) {
			t.Errorf("no key: %s read", r.Name)
		}
	}
}

// claimedOnly reads page's records, n of them, each with its total checked
// against its scores, and wants a claim on who's row and none other.
func claimedOnly(t *testing.T, page string, n int, who string) {
	t.Helper()
	rs := Records([]string{page})
	if len(rs) != n {
		t.Fatalf("read %v", recordNames(rs))
	}
	for _, r := range rs {
		if bad := len(r.Check()) > 0; bad != (r.Name == who) || !r.SumChecked {
			t.Errorf("%s: %v (scores %v, sum checked %v)", r.Name, r.Check(), r.Scores, r.SumChecked)
		}
	}
}

// TestStatedCeilingReadings: a register whose rows record what the
// student measured before the scores ("141/88 87%"), its header over three
// lines, the maxima on a line of their own under a unit ("mmHg (30) (20)
// (30) (20)", heldout54's 昌都 照护, typed). The readings are no scores, the
// maxima line no nameless row, and the maxima, one line in their columns'
// order, stand over their columns: 27 under a maximum of 20 is claimed,
// though below the highest maximum.
func TestStatedCeilingReadings(t *testing.T) {
	t.Parallel()
	head := "学习任务考核记录（入户监测实操）\n测得血压 测量操作 记录准确 制氧机指导 沟通指导\n序号 学号 姓名 测得血氧 总分\nmmHg (30) (20) (30) (20)\n"
	rows := "1 2454052901 昂旺旺堆 141/88 87% 23 17 23 15 78\n2 2454052902 益西拉珍 135/95 88% 26 17 26 17 86\n" +
		"3 2454052903 扎西次仁 151/85 89% 24 14 21 16 75\n4 2454052932 强巴罗布 155/92 86% 19 14 22 27 82\n" +
		"5 2454052933 昂旺群培 154/96 93% 22 16 23 18 79\n"
	claimedOnly(t, head+rows, 5, "强巴罗布")
}

// TestMaximaBorneOut: a register scored by three examiners out of 100
// each, the final score their mean (heldout57's 漯河 中药, 250 dpi gray,
// as OCR read it), its header read unsurely. Ten scores or more read
// surely under 考评员乙(100), all but one within it and the highest near
// it, bear its maximum out: 杨砚秋's 106 is over it. Where the scores
// stay far below the maximum (a "(100)" that was "(10)" misread would
// leave them so), it is not borne out.
func TestMaximaBorneOut(t *testing.T) {
	t.Parallel()
	page := `技能考核评分汇总表
漯河市沙澧技工学校”班级:中药2401班”课程:中药饮片炮制
学习任务:怀山药拉炒与饮片质量检查”考核日期: 2024年12月5日
序号学号姓名考评员甲(100)考评员乙(100)考评员琴(100)最终得分全均)备注
车2441130101杨安然84 77 83 81.3 |
攻肥2441130102高沐亡84 80 85 83.0 |
|用2441130103杨砚秋71 106 75 84.0 |
| 2441130104司马险84 89 88 87.0 |
医5 2441130105张哲潮74 74 70元7 |
|全2441130106王金涛80 77 84 80.3 |
车2441130107黄致远87 88 89 88.0 |
攻2441130108刘子稚84 86 79 83.0 |
|有2441130109杨恩申69下68 70.0 |
|人2441130110杨明珠87 87 86 86.7 |
人2441130111黄文渊85 81 83 83.0 |
|二2441130112司马记航72 66 72 70.0 |
改导2441130113郑书恒74 72 68而3 |
| 14 2441130114张雅楠76 75 79 76.7 |
改2441130115郑春妍68 69 70 69.0 |
|县16 2441130116朱悦形91 84 84 86.3 |
|人2441130117张采袜89 90 92 90.3
| 2441130118高过73 78 75 75.3
全2441130119高嘉禾72 71 76 73.0
2 2441130120朱若谷67 74 72 71.0
全2441130121王宏达93 89 91 91.0 |
六2441130122刘琦88 88 84 86.7 |
5 2441130123赵丽君82 79 76 79.0 |
|下2441130124昌秋肥91 90 94 91.7 |
全55 2441130125郭德润65 63 66 64.7 |
|本26 2441130126张昕骨69 70 69 69.3 |
民有2441130127孙夕华66 68 70 68.0 |
| 28 2441130128李居贮84 86 87 85.7 |
|过罗2441130129刘彦霖89 82 88 86.3 |
全30 2441130130马素问76 77 76 76.3 |
|宣2441130131杨庆林79 86 87 84.0 |
|全32 2441130132刘一革95 87 90 90.7 |
攻二2441130133司马东极81 81 86 82.7 |
攻2441130134黄舒闪84 86 87 85.7 |
|且55 2441130135杨瑶90 85 91 88.7 |
区,汉2441130136李帆远82 86 81 83.0 |
|本37 2441130137刘婧琪94 88 94 92.0
说明:三名考评员按评分细则独立评分，最终得分取三人平均分，保留一位小数。
考评员:李振国、许秀兰、孙卫红监考:崔保国`
	read := func(page string) []Record {
		rs := Records([]string{page})
		for i := range rs {
			rs[i].OCR, rs[i].SureDigits, rs[i].SureMaxima = true, true, false
		}
		DoubtMaxima(rs)
		return rs
	}
	for _, r := range read(page) {
		if bad := len(r.Check()) > 0; bad != (r.Name == "杨砚秋") {
			t.Errorf("%s: %v (scores %v)", r.Name, r.Check(), r.Scores)
		}
	}
	var b strings.Builder
	b.WriteString("序号 学号 姓名 实操(100) 理论(100)\n")
	for k, name := range []string{"王伟", "李娜", "张敏", "刘洋", "陈静", "杨帆", "黄磊", "赵婷", "吴昊", "周悦", "徐亮", "孙倩"} {
		a := 41 + k
		if k == 4 {
			a = 104
		}
		fmt.Fprintf(&b, "%d 24411301%02d %s %d %d\n", k+1, k+1, name, a, 50+k)
	}
	low := read(b.String())
	if len(low) != 12 {
		t.Fatalf("read %v", recordNames(low))
	}
	for _, r := range low {
		if len(r.Check()) > 0 {
			t.Errorf("scores far below the maximum bear it out: %s %v", r.Name, r.Check())
		}
	}
}

// TestStatedCeilingMaximaBelow: a typed ranking register whose header
// stands on three lines, the score headings above the merged cells' line
// (名次 姓名 学号 总分 等级) and their maxima, each "（满分N）", on a line of
// their own below it (heldout59's 滕州 网络, its text layer): each maximum
// stands over its column, and 29 under 任务二（满分25） is over it.
func TestStatedCeilingMaximaBelow(t *testing.T) {
	t.Parallel()
	page := strings.Join([]string{
		"学习任务考核成绩排名表",
		"任务一 任务二 任务三 职业素养",
		"名次 姓名 学号 总分 等级",
		"（满分20） （满分25） （满分35） （满分20）",
		"1 褚浩宇 2437030106 12 29 32 15 88 良好",
		"2 孔靖雯 2437030124 14 23 32 17 86 良好",
		"3 孔志豪 2437030103 19 21 28 17 85 良好",
		"4 史锦程 2437030107 17 24 26 17 84 良好",
		"5 杜梓萌 2437030109 19 24 23 18 84 良好",
	}, "\n")
	claimedOnly(t, page, 5, "褚浩宇")
}

// TestRegisterNotesNoRecords: a register printed in two halves of its
// columns says so in a bracketed sentence under the first half's rows,
// beside the page's number ("（本表较宽，分两页打印，接第2页）　第1页，共2页",
// heldout155's 阳谷 机电, typed): a note, no record (本 opens names too).
func TestRegisterNotesNoRecords(t *testing.T) {
	t.Parallel()
	page := "任务一 任务二 任务三\n序号 学号 姓名 性别\n需求分析(10) 电路设计(15) 安装接线(20)\n" +
		"1 2412710101 陈智宸 男 8 10 19\n2 2412710102 孙立诚 男 9 10 14\n3 2412710103 郝雪莹 女 7 10 14\n" +
		"（本表较宽，分两页打印，接第2页）　　第1页，共2页\n"
	if got := recordNames(Records([]string{page})); !reflect.DeepEqual(got, []string{"陈智宸", "孙立诚", "郝雪莹"}) {
		t.Errorf("records %v", got)
	}
	// A register in modules, a page each, the school's name and two of
	// the head's labelled fields atop every page (heldout155's 阳谷 烹饪):
	// no row of the page before.
	head := "学习任务考核记录（分模块）　模块%s\n阳谷县景阳冈技工学校　　班级：烹饪2401班　　课程：发酵面团制品制作\n学习任务：景阳冈老街吊炉烧饼与炊饼制作出品　　考核日期：2024年11月4日\n"
	rows := "1 2405010101 刘若兰 8 9 8 25\n2 2405010102 王思妤 9 8 7 24\n3 2405010103 赵荣轩 7 8 9 24\n"
	pages := []string{
		fmt.Sprintf(head, "一") + "序号 学号 姓名 配料称量(10) 和面揉面(10) 发酵判断(10) 小计(30)\n" + rows + "本模块评分：范立群　　　第1页，共2页\n",
		fmt.Sprintf(head, "二") + "序号 学号 姓名 擀制(10) 造型(10) 规格一致(10) 小计(30)\n" + rows + "本模块评分：石凤英　　　第2页，共2页\n",
	}
	for _, r := range Records(pages) {
		if strings.Contains(r.Name, "阳谷") {
			t.Errorf("head line read as a record: %+v", r.Excerpt)
		}
	}
}
