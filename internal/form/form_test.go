package form

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"classaudit/models"
)

const delivery = "本任务按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织。学生分组领取任务单，查阅维修手册获取信息。"

// docxForm is a filled form as the docx extractor gives it: cells split by
// tabs, rows by new lines (the layout of 附件2).
func docxForm(size, level string, teachers int) string {
	var b strings.Builder
	b.WriteString("工学一体化优质课堂项目申报书\n专业名称：汽车维修\n专业编码：0403\n课程名称：汽车发动机维修\n学习任务：发动机正时皮带更换\n课堂负责人：韦  杰\n申报单位：广西交通技师学院\n填写说明\n1.本项目申报的课堂是指……\n")
	b.WriteString("一、基本信息\n\t课堂负责人\t韦杰\n\t负责人所在单位\t广西交通技师学院\n\t专业名称\t汽车维修\n\t授课课程名称\t汽车发动机维修\t总学时\t120\n\t授课学习任务名称\t发动机正时皮带更换\t学时\t24\n")
	b.WriteString("\t培养层级\t" + level + "\n\t授课年级\t2023级\t授课班级\t汽修2301班\t班级人数\t" + size + "\n\t授课实训室或学习\n工作站名称\t汽车发动机学习工作站\t工位数\t12\n")
	b.WriteString("二、授课教师信息\n\t主要成员（序号1为课堂负责人，总人数不超过4人）\n\t序号\t姓名\t出生年月\t职称/职业技能等级\t企业工作经历\n或相关资质\t是否获得一体化教师培训证书\n")
	tn := []string{"韦杰", "李明", "王芳", "陈刚", "赵强", "刘洋"}
	for i := 0; i < teachers; i++ {
		b.WriteString("\t" + string(rune('1'+i)) + "\t" + tn[i] + "\t1980.05\t高级讲师\t企业工作3年\t是\n")
	}
	b.WriteString("\t团队成员职责分工情况及主要工作成果（500字以内）\n\t韦杰负责课程设计，李明负责实施。\n")
	b.WriteString("三、目标与内容\n\t简述本课程及学习任务定位，概述本学习任务目标内容设计的规范性与逻辑性（500字以内）。\n\t本任务定位于汽车维修专业核心课程。\n")
	b.WriteString("四、资源与环境\n\t简述学习资源及环境对本学习任务学习与工作的支撑度及应用的有效性（300字以内）。\n\t学习工作站配备发动机台架12台。\n")
	b.WriteString("五、考核评价\n\t简述本学习任务考核评价设计的规范性和有效性（300字以内）。\n\t过程考核占60%，终结考核占40%。\n")
	b.WriteString("六、组织实施\n\t简述本学习任务组织实施的规范性和有效性，应结合学习任务教学的六个环节（获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈）展开（1000字以内）。\n\t" + delivery + "\n")
	b.WriteString("七、学习成效\n\t简述本学习任务学习成果的完成度及学习效果的发展性（300字以内）。\n\t学生全部完成任务。\n")
	b.WriteString("八、创新与特色\n\t简述对本学习任务设计与实施的创新要点及特色（300字以内）。\n\t引入企业真实工单。\n")
	b.WriteString("九、授课教师诚信承诺\n\t本人已认真填写并检查以上材料，保证内容真实有效。\n")
	return b.String()
}

// pdfForm is the same form as PDF text: table cells one a line, or label
// and value on one line, a page break between parts.
func pdfForm() string {
	return strings.Join([]string{
		"工学一体化优质课堂项目申报书", "专业名称：", "专业编码：", "填写说明",
		"一、基本信息", "课堂负责人", "覃小燕", "负责人所在单位", "柳州市第一职业", "技术学校",
		"专业名称 电子商务", "授课课程名称 网店运营 总学时 96",
		"授课学习任务名称", "网店商品发布", "学时", "16",
		"培养层级 □中级工 ■高级工 □技师（预备技师）",
		"授课年级 2022 级 授课班级 电商 2201 班 班级人数 四十二人",
		"二、授课教师信息", "序号 姓名 出生年月 职称/职业技能等级 企业工作经历", "或相关资质 是否获得一体化教师培训证书",
		"1 覃小燕 1985.06 讲师 无 是", "2 黄  敏 1990.01 助理讲师 电商企业2年 否",
		"团队成员职责分工情况及主要工作成果（500字以内）", "覃小燕负责统筹。", "\f- 2 -",
		"三、目标与内容", "简述本课程及学习任务定位，概述本学习任务目标内容设计的规范性与逻辑性",
		"（500字以内）。", "目标明确。", "四、资源与环境", "资源充足。", "五、考核评价", "评价多元。",
		"六、组织实施", "简述本学习任务组织实施的规范性和有效性，应结合学习任务教学的六个环节（获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈）展开",
		"（1000字以内）。", "学生先获取信息，再制定计划。", "七、学习成效", "成效明显。", "八、创新与特色", "特色鲜明。",
		"九、授课教师诚信承诺",
	}, "\n")
}

func doc(text string) *models.Document {
	pages := strings.Split(text, "\f")
	d := &models.Document{Kind: models.KindForm}
	for i, p := range pages {
		d.Pages = append(d.Pages, models.Page{Number: i + 1, Text: p})
	}
	return d
}

func TestParseDocx(t *testing.T) {
	t.Parallel()
	f, problems := Parse(doc(docxForm("42人", "□中级工      ☑高级工      □技师（预备技师）", 3)))
	if len(problems) != 0 {
		t.Errorf("problems: %v", problems)
	}
	want := models.Form{Leader: "韦杰", Unit: "广西交通技师学院", Major: "汽车维修", MajorCode: "0403",
		Course: "汽车发动机维修", Task: "发动机正时皮带更换", Level: "高级工", Grade: "2023级", Class: "汽修2301班", ClassSize: 42}
	got := *f
	got.Teachers, got.Sections = nil, nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if len(f.Teachers) != 3 || f.Teachers[1] != (models.Teacher{Name: "李明", Title: "高级讲师", Certificate: "是"}) {
		t.Errorf("teachers: %+v", f.Teachers)
	}
	if s := f.Sections[SectionDelivery]; s != delivery {
		t.Errorf("组织实施 = %q", s)
	}
	if s := f.Sections[SectionGoals]; s != "本任务定位于汽车维修专业核心课程。" {
		t.Errorf("目标与内容 = %q", s)
	}
	if s := f.Sections[SectionTeam]; s != "韦杰负责课程设计，李明负责实施。" {
		t.Errorf("team = %q", s)
	}
	if s := f.Sections[SectionInnovation]; s != "引入企业真实工单。" {
		t.Errorf("创新与特色 = %q", s)
	}
}

func TestParsePDF(t *testing.T) {
	t.Parallel()
	f, problems := Parse(doc(pdfForm()))
	for _, p := range problems {
		t.Errorf("problem: %s", p)
	}
	checks := []struct{ what, got, want string }{
		{"leader", f.Leader, "覃小燕"}, {"unit", f.Unit, "柳州市第一职业技术学校"}, {"major", f.Major, "电子商务"},
		{"code", f.MajorCode, ""}, {"course", f.Course, "网店运营"}, {"task", f.Task, "网店商品发布"},
		{"level", f.Level, "高级工"}, {"grade", f.Grade, "2022 级"}, {"class", f.Class, "电商 2201 班"},
		{"六", f.Sections[SectionDelivery], "学生先获取信息，再制定计划。"}, {"三", f.Sections[SectionGoals], "目标明确。"},
		{"team", f.Sections[SectionTeam], "覃小燕负责统筹。"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
		}
	}
	if f.ClassSize != 42 {
		t.Errorf("class size %d", f.ClassSize)
	}
	if len(f.Teachers) != 2 || f.Teachers[1].Name != "黄敏" || f.Teachers[1].Certificate != "否" {
		t.Errorf("teachers %+v", f.Teachers)
	}
}

func TestParseProblems(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		text string
		want string // a problem that must be reported
	}{
		{"empty", "", "没有可读取的文字"},
		{"size not a number", docxForm("若干", "☑中级工 □高级工 □技师", 2), "“班级人数”不是人数"},
		{"level not ticked", docxForm("40", "□中级工 □高级工 □技师（预备技师）", 2), "“培养层级”未勾选"},
		{"no size", strings.Replace(docxForm("", "☑中级工", 2), "班级人数", "", 1), "未能读取“班级人数”"},
		{"garbage", "\x00\x01%PDF-1.4 garbage ￿￿", "未能读取“课堂负责人”"},
	}
	for _, c := range cases {
		_, problems := Parse(doc(c.text))
		if !strings.Contains(strings.Join(problems, "|"), c.want) {
			t.Errorf("%s: problems %v, want %q", c.name, problems, c.want)
		}
	}
	if _, p := Parse(nil); len(p) == 0 {
		t.Error("nil document: no problem")
	}
}

func TestParseCount(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]int{"42": 42, "42人": 42, "４２人": 42, "四十二人": 42, "十五": 15, "一百零五": 105, "三十": 30, "二十名": 20,
		"三十六人任务学时16工位数36": 36, "共40人": 40, "在籍学生41人": 41, "40（男23，女17）": 40, "男24 女14": 38, "男生20人，女生16人": 36, "男生25名、女生18名": 43, "男生25名、女生18名，合计44名": 44, "男25人　女18人　合计43人": 43, "1个班，38人": 38, "两个教学班 共80人": 80} {
		if got, ok := parseCount(in); !ok || got != want {
			t.Errorf("parseCount(%q) = %d %v, want %d", in, got, ok, want)
		}
	}
	if _, ok := parseCount("若干"); ok {
		t.Error("若干 read as a number")
	}
}

func FuzzParse(f *testing.F) {
	f.Add(docxForm("42", "☑中级工", 3))
	f.Add(pdfForm())
	f.Fuzz(func(t *testing.T, s string) {
		Parse(doc(s))
	})
}

// A LibreOffice PDF's text layer can glue the name cell to the birth date
// ("韦丽娜1988年3"): the teacher must still be read.
func TestTeachersGluedToDate(t *testing.T) {
	t.Parallel()
	text := "二、授课教师信息\n序号 姓名 出生年月 职称/职业技能等级 企业工作经历或相关资质 是否获得一体化教师培训证书\n" +
		"1 韦丽娜1988年3月 高级讲师 电商企业运营3年 是\n2 关海燕1985.04 讲师 无 否\n团队成员职责分工情况及主要工作成果\n"
	got := parseTeachers(text)
	if len(got) != 2 || got[0].Name != "韦丽娜" || got[1].Name != "关海燕" {
		t.Fatalf("teachers %+v, want 韦丽娜 and 关海燕", got)
	}
	if got[0].Certificate != "是" || got[1].Certificate != "否" {
		t.Errorf("certificates %q %q, want 是 否", got[0].Certificate, got[1].Certificate)
	}
}

// TestTeachersWithoutSerial: a team table with no serial and no
// certificate column ("姓名 职称 承担任务", heldout120's 济源 forms) gives its
// teachers by the title after each name; the task words are no names.
func TestTeachersWithoutSerial(t *testing.T) {
	t.Parallel()
	text := "一、课堂基本信息\n专业名称\t数控加工(数控车工)\n二、授课教师\n姓名\t职称\t承担任务\n" +
		"赵卫民\t高级技师\t课堂负责人、主讲\n王巧凤\t企业兼职教师\t实训指导\n李延福\t高级讲师\t实训指导\n三、学习任务简介\n济源一家液压机械厂"
	if got := parseTeachers(text); got != nil {
		t.Fatalf("the notice's table read %+v; the case no longer tests teachersByTitle", got)
	}
	got := teachersByTitle(text)
	if len(got) != 3 || got[0].Name != "赵卫民" || got[1].Name != "王巧凤" || got[2].Title != "高级讲师" {
		t.Errorf("teachers %+v, want 赵卫民 王巧凤 李延福 with their titles", got)
	}
}

// TestParseClassSizeRows: 班级人数 in a key/value row followed by cells the
// form's labels do not name ("任务学时 16"), under another label (实有人数,
// 人数（人）), and given by its boys and girls only.
func TestParseClassSizeRows(t *testing.T) {
	t.Parallel()
	base := "一、基本信息\n专业名称\t饭店(酒店)服务\t专业代码\t0504\n授课课程\t前厅服务与管理\t学习任务\t前台散客入住登记办理\n授课班级\t酒店2401班\t%s\n任务学时\t16\t工位数\t36\n二、授课教师信息\n"
	for row, want := range map[string]int{
		"班级人数\t三十六人":    36,
		"实有人数\t39":      39,
		"学生数\t41":       41,
		"授课学生数\t39人":    39,
		"班级人数\t男24 女14": 38,
		"班级人数\t在籍学生41人": 41,
		"人数（人）\t38":     38, // heldout64's 彬州: the unit in the label
		"班级规模\t42人":     42, // heldout65's 抚州
		"授课班级人数\t38":    38, // heldout94's 公主岭
	} {
		f, _ := Parse(doc(fmt.Sprintf(base, row)))
		if f.ClassSize != want {
			t.Errorf("%q: class size %d, want %d", row, f.ClassSize, want)
		}
	}
}

// TestClassSizeOwnRow: the class size on a row of its own under the class,
// labelled as students at the school (heldout131's 瑞丽: "授课班级 中药2402班"
// then "在校生数（人） 42"); the class is not run into it.
func TestClassSizeOwnRow(t *testing.T) {
	t.Parallel()
	base := "一、课堂基本信息\n专业名称\t中药\n课程名称\t中药饮片仓储养护\n学习任务\t南药砂仁与草果饮片入库验收\n授课班级\t中药2402班\n%s\n学时\t16\n二、授课教师\n"
	for row, want := range map[string]int{"在校生数（人）\t42": 42, "在校学生数\t40": 40, "在校人数\t38": 38} {
		f, _ := Parse(doc(fmt.Sprintf(base, row)))
		if f.ClassSize != want || f.Class != "中药2402班" {
			t.Errorf("%q: class %q, size %d; want 中药2402班, %d", row, f.Class, f.ClassSize, want)
		}
	}
}

// TestProseClassSize: a form with no 班级人数 cell whose text states the
// class's size ("全班共42名学生，其中女生35名", heldout11's 中药, in section
// 七) gives that size, and says where it came from; the girls' 35 and the
// workstations' 21 are not it.
func TestProseClassSize(t *testing.T) {
	t.Parallel()
	text := strings.Replace(docxForm("", "☑中级工", 2), "班级人数", "", 1)
	text = strings.Replace(text, "学生全部完成任务。", "全班共42名学生，其中女生35名，全部完成任务。", 1)
	text = strings.Replace(text, "工位数\t12", "工位数\t21", 1)
	f, problems := Parse(doc(text))
	if f.ClassSize != 42 || !strings.Contains(strings.Join(problems, "|"), "取自正文“全班共42名") {
		t.Errorf("class size %d, problems %v; want 42 from the text", f.ClassSize, problems)
	}
	for said, want := range map[string]int{"本班学生共40人，分6组。": 40, "该班共有四十名学生": 40, "全班分为7组，每组6人": 0} {
		if n, _ := proseClassSize(said); n != want {
			t.Errorf("%q: %d, want %d", said, n, want)
		}
	}
}

// TestParseStackedRows: labels in one row of a table, their values in the
// row under it (docx cells; a PDF's line of fields), read as pairs; a row
// of labels and values side by side is left alone.
func TestParseStackedRows(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"一、基本信息\n专业名称\t专业代码\t课程名称\t学时\n数控加工\t0105\t轴类零件车削\t24\n学习任务\t授课班级\t班级人数\t授课地点\n传动轴车削加工\t数控2302班\t37人\t数控实训车间\n二、授课教师团队\n",
		"一、基本信息\n学习任务 授课班级 班级人数\n传动轴车削加工 数控2302班 37人\n二、授课教师团队\n",
		// a size's label of 数量, two headings beside (heldout151's 桦甸)
		"一、课堂基本信息\n学习任务\t传动轴车削加工\n授课班级\t学生数量\t学时\t授课地点\n数控2302班\t37名\t16\t数控实训车间\n二、教学团队\n",
		// labels the form's list lacks, known by their shape, and the
		// term's (heldout146's 肥城 电商)
		"一、课堂基本信息\n学习任务\t传动轴车削加工\n实施情况：\n实施班级\t学生人数\t实施学期\t学时\n数控2302班\t37人\t2024—2025学年第一学期\t16\n二、授课教师\n",
	} {
		f, _ := Parse(doc(text))
		if f.ClassSize != 37 || f.Class != "数控2302班" || f.Task != "传动轴车削加工" {
			t.Errorf("%q: size %d, class %q, task %q", text, f.ClassSize, f.Class, f.Task)
		}
	}
	f, _ := Parse(doc("一、基本信息\n授课班级\t数控2302班\t班级人数\t37人\n"))
	if f.ClassSize != 37 || f.Class != "数控2302班" {
		t.Errorf("side by side: size %d, class %q", f.ClassSize, f.Class)
	}
}

// TestClassSizeBesideGrade: the class's size given only beside the grade
// (heldout152's 绵竹 烹饪): read, the grade without it, and the reviewer
// told where it came from.
func TestClassSizeBesideGrade(t *testing.T) {
	t.Parallel()
	f, problems := Parse(doc("一、基本信息\n专业名称 烹饪(中式烹调)\n授课年级 2024级（42人）\n授课班级 烹饪2401班\n授课地点 中式烹调一体化学习工作站\n二、授课教师信息\n"))
	if f.ClassSize != 42 || f.Grade != "2024级" || f.Class != "烹饪2401班" {
		t.Errorf("size %d, grade %q, class %q (%v)", f.ClassSize, f.Grade, f.Class, problems)
	}
}

// TestParseRemarksColumn: a table "项目 | 内容 | 备注": the remark beside a
// value is no part of it.
func TestParseRemarksColumn(t *testing.T) {
	t.Parallel()
	text := "一、课堂基本信息\n项目\t内容\t备注\n专业名称\t计算机动画制作\t附件1所列专业\n专业代码\t0306\t\n授课班级\t动画2401班\t\n班级人数\t36人\t以学籍系统为准\n二、授课教师团队\n序号\t姓名\t职称\t分工\n1\t詹国华\t讲师\t课堂负责人\n"
	f, _ := Parse(doc(text))
	if f.Major != "计算机动画制作" || f.MajorCode != "0306" || f.Class != "动画2401班" || f.ClassSize != 36 {
		t.Errorf("major %q, code %q, class %q, size %d", f.Major, f.MajorCode, f.Class, f.ClassSize)
	}
}

// TestParseSideBySideNotStacked: rows of labels and values side by side,
// whose values are short words, are not read as a row of labels over a row
// of values (heldout9's 佛山 form).
func TestParseSideBySideNotStacked(t *testing.T) {
	t.Parallel()
	text := "一、基本情况\n专业名称\t烹饪(中式烹调)\t专业代码\t0501\n课程名称\t粤菜烹调工艺\t学习任务\t顺德均安蒸猪制作\n任务学时\t16学时\t授课班级\t烹饪2401班\n班级人数\t36人\t授课地点\t粤菜烹调一体化学习工作站\n二、教学团队\n"
	f, _ := Parse(doc(text))
	if f.Class != "烹饪2401班" || f.Task != "顺德均安蒸猪制作" || f.Course != "粤菜烹调工艺" || f.ClassSize != 36 {
		t.Errorf("class %q, task %q, course %q, size %d", f.Class, f.Task, f.Course, f.ClassSize)
	}
}

// TestParseLabelUnit: a label followed by its unit in brackets
// ("班级人数（人） | 41").
func TestParseLabelUnit(t *testing.T) {
	t.Parallel()
	f, _ := Parse(doc("一、基本信息\n授课班级\t机电2302班\t班级人数（人）\t41\n"))
	if f.ClassSize != 41 || f.Class != "机电2302班" {
		t.Errorf("size %d, class %q", f.ClassSize, f.Class)
	}
}

// TestParseCombinedCells: a form that asks for the major with its code in
// one cell ("专业名称（代码） | 机电一体化技术（0127）") and the class with
// its size in one ("授课班级及人数 | 机电2401班，40人", heldout28's 库车): the
// major, its code, the class and its size each read.
func TestParseCombinedCells(t *testing.T) {
	t.Parallel()
	f, _ := Parse(doc("一、基本情况\n专业名称（代码）\t机电一体化技术（0127）\n课程名称\t轧花机械液压与电气联动控制装调\n授课班级及人数\t机电2401班，40人\n学时\t18学时\n"))
	if f.Major != "机电一体化技术" || f.MajorCode != "0127" || f.Class != "机电2401班" || f.ClassSize != 40 {
		t.Errorf("major %q code %q class %q size %d", f.Major, f.MajorCode, f.Class, f.ClassSize)
	}
	// "授课对象 | 机电2401班（40人）" (heldout34's 格尔木): the class and its size.
	f, _ = Parse(doc("一、基本情况\n专业名称\t机电一体化技术\n授课对象\t机电2401班（40人）\n学时\t18学时\n"))
	if f.Class != "机电2401班" || f.ClassSize != 40 {
		t.Errorf("授课对象: class %q size %d", f.Class, f.ClassSize)
	}
	// "授课对象 | 40人" (heldout68's 林州 照护): a head count, no class.
	f, probs := Parse(doc("一、基本情况\n专业名称\t健康与社会照护\n授课对象\t40人\n学时\t16学时\n"))
	if f.Class != "" || f.ClassSize != 40 || !slices.ContainsFunc(probs, func(p string) bool { return strings.Contains(p, "授课班级") }) {
		t.Errorf("授课对象 a count: class %q size %d, problems %v", f.Class, f.ClassSize, probs)
	}
	// "授课班级及人数 | 新能2301班，38" (heldout125's 开远 新能): the number alone
	// after the class.
	f, _ = Parse(doc("一、基本情况\n专业名称（代码）\t新能源汽车检测与维修（0435）\n授课班级及人数\t新能2301班，38\n学时\t16学时\n"))
	if f.Class != "新能2301班" || f.ClassSize != 38 {
		t.Errorf("a bare count: class %q size %d", f.Class, f.ClassSize)
	}
	f, _ = Parse(doc("一、基本信息\n专业名称\t汽车维修\n授课班级\t汽修2301班\t班级人数\t38人\n"))
	if f.Major != "汽车维修" || f.Class != "汽修2301班" || f.ClassSize != 38 {
		t.Errorf("plain cells: major %q class %q size %d", f.Major, f.Class, f.ClassSize)
	}
}

// TestParseClassInTarget reads a form whose 授课对象 cell holds the class
// and, after who of it, its size (heldout65's 铜陵: "新能2303班全体学生
// （38名）"), and whose major's code follows its name in one cell
// (专业名称及代码). The size had not been read: no records.count_mismatch.
func TestParseClassInTarget(t *testing.T) {
	t.Parallel()
	text := "一、基本情况\n专业名称及代码\t新能源汽车检测与维修　0435\n课程名称\t新能源汽车充电系统检修\n" +
		"学习任务\t纯电动网约车交流慢充无法充电故障诊断与排除\n授课对象\t新能2303班全体学生（38名）\n学时\t16\n二、教学团队\n"
	f, _ := Parse(doc(text))
	if f.Class != "新能2303班" || f.ClassSize != 38 {
		t.Errorf("class %q, size %d; want 新能2303班, 38", f.Class, f.ClassSize)
	}
	if f.Major != "新能源汽车检测与维修" || f.MajorCode != "0435" {
		t.Errorf("major %q, code %q; want 新能源汽车检测与维修, 0435", f.Major, f.MajorCode)
	}
	// The class in a cell of its own, the size only under 授课对象
	// (heldout83's 嵊州 网络).
	text = "一、课堂基本信息\n专业名称（代码）\t计算机网络应用（0301）\n课程名称\t织造企业局域网组建与运维\n" +
		"授课班级\t网络2401班\n授课对象\t网络2401班全体学生（38人）\n学时\t16\n二、授课教师团队\n"
	if f, _ := Parse(doc(text)); f.Class != "网络2401班" || f.ClassSize != 38 {
		t.Errorf("class apart: class %q, size %d; want 网络2401班, 38", f.Class, f.ClassSize)
	}
}

// TestParseClassAndSizeWords: a class cell whose size follows in words
// (heldout69's 伊春 中药: "中药2401班，在籍学生40人") or as the boys, the
// girls and the whole, or the boys and the girls alone: the class, and the
// whole's count.
func TestParseClassAndSizeWords(t *testing.T) {
	t.Parallel()
	// 在籍学生数 is the size's label, no part of the class's value.
	if f, _ := Parse(doc("一、基本情况\n专业名称\t中药\n授课班级\t中药2401班\n在籍学生数\t40\n学时\t16学时\n")); f.Class != "中药2401班" || f.ClassSize != 40 {
		t.Errorf("在籍学生数: class %q size %d", f.Class, f.ClassSize)
	}
	for _, c := range []struct {
		cell string
		size int
	}{
		{"中药2401班，在籍学生40人", 40},
		{"中药2401班（男27人，女12人，共39人）", 39},
		{"中药2401班，男27人，女12人", 39},
		{"2024级中药1班，实有学生39人", 39},
		{"中药2401班 全班39名学生", 39},
		{"2024级中药专业中级工班（中药2401班）学生39人", 39},
	} {
		f, _ := Parse(doc("一、基本情况\n专业名称\t中药\n授课对象\t" + c.cell + "\n学时\t16学时\n"))
		if !strings.HasSuffix(f.Class, "班") || strings.ContainsAny(f.Class, "，（ ") || f.ClassSize != c.size {
			t.Errorf("%s: class %q size %d, want %d", c.cell, f.Class, f.ClassSize, c.size)
		}
	}
}

// TestClassCellThenPlace: heldout98's 中宁 电商 form (typed PDF): the class's
// size in brackets in the class's cell, the place it is taught in on the
// next line ("授课地点"), no 班级人数 row.
func TestClassCellThenPlace(t *testing.T) {
	t.Parallel()
	f, _ := Parse(doc("工学一体化优质课堂项目申报书\n申报单位：中宁县石空技工学校\n一、课堂基本信息\n专业名称 电子商务\n专业代码 0603\n" +
		"课程名称 网店运营与社群营销\n学习任务 中宁枸杞干果商品详情页设计与社群团购订单处理\n授课班级 电商2403班（共40名学生）\n授课地点 电子商务运营一体化学习工作站\n" +
		"二、授课教师\n姓名 职称 承担任务\n丁建勋 一级实习指导教师 课堂负责人、主讲\n"))
	if f.Class != "电商2403班" || f.ClassSize != 40 {
		t.Errorf("class %q, size %d; want 电商2403班, 40", f.Class, f.ClassSize)
	}
}

// TestLabelsByShape: a class and its size under labels the form's own do
// not name (heldout143's 洪洞 照护: "实施班级 | 24照护(1)班 | 上课人数 | 42人"),
// in a docx row, one per line, or on a PDF's line of fields; a count of
// some of the class (男生人数, 每组人数) is none.
func TestLabelsByShape(t *testing.T) {
	t.Parallel()
	base := "一、课堂基本信息\n专业名称\t健康与社会照护\n课程名称\t认知障碍老年人居家照护\n%s\n学时\t16\n二、授课教师\n"
	for _, c := range []struct {
		rows  string
		class string
		size  int
	}{
		{"实施班级\t24照护(1)班\t上课人数\t42人", "24照护(1)班", 42},
		{"实施班级：24照护(1)班\n受训人数：40", "24照护(1)班", 40},
		{"教学班级 照护2401班 在读学生 39人", "照护2401班", 39},
		{"实施班级\t照护2401班\t男生人数\t12人", "照护2401班", 0},
		// Who is taught, class and size in one cell (heldout144's 新化 网络).
		{"上课学生 照护2401班，39位学生", "照护2401班", 39},
		{"班级情况\t照护2401班，共40名同学", "照护2401班", 40},
		{"实施班级\t照护2401班\t每组人数\t6", "照护2401班", 0},
	} {
		f, _ := Parse(doc(fmt.Sprintf(base, c.rows)))
		if f.Class != c.class || f.ClassSize != c.size {
			t.Errorf("%q: class %q, size %d; want %q, %d", c.rows, f.Class, f.ClassSize, c.class, c.size)
		}
	}
}

// TestClassSizeBracketedAfterClass: the size a bare number in brackets
// after the class, the form's only size (heldout155's 阳谷 机电: "授课班级 |
// 机电2401班(42)"). A number in brackets with a leading zero is no size.
func TestClassSizeBracketedAfterClass(t *testing.T) {
	t.Parallel()
	f, problems := Parse(doc("一、基本信息\n专业名称 机电一体化技术\n授课年级 2024级\n授课班级 机电2401班(42)\n授课地点 机电一体化学习工作站\n二、授课教师信息\n"))
	if f.ClassSize != 42 || f.Class != "机电2401班" {
		t.Errorf("size %d, class %q (%v)", f.ClassSize, f.Class, problems)
	}
	f, _ = Parse(doc("一、基本信息\n授课班级 机电2401班(01)\n二、授课教师信息\n"))
	if f.ClassSize != 0 {
		t.Errorf("(01) read as size %d", f.ClassSize)
	}
}
