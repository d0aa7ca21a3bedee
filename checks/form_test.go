package checks

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"classaudit/models"
)

// frmSpec describes a synthetic application form.
type frmSpec struct {
	major, code string
	teachers    int
	goals       string // 三、目标与内容
	delivery    string // 六、组织实施
	team        string
	pdf         bool // PDF text: one cell a line
}

const frmSteps = "课前学生获取信息，分组制定计划并做出决策；课中实施计划，教师进行过程控制；课后评价反馈。"

func (f frmSpec) text() string {
	if f.major == "" {
		f.major = "汽车维修"
	}
	if f.teachers == 0 {
		f.teachers = 3
	}
	if f.delivery == "" {
		f.delivery = frmSteps
	}
	if f.goals == "" {
		f.goals = "本任务定位于汽车维修专业核心课程。"
	}
	if f.team == "" {
		f.team = "负责人统筹课程设计。"
	}
	sep := "\t"
	if f.pdf {
		sep = "\n"
	}
	row := func(cells ...string) string { return strings.Join(cells, sep) + "\n" }
	var b strings.Builder
	b.WriteString("工学一体化优质课堂项目申报书\n专业名称：" + f.major + "\n")
	if f.code != "" {
		b.WriteString("专业编码：" + f.code + "\n")
	}
	b.WriteString("一、基本信息\n" + row("课堂负责人", "韦杰") + row("负责人所在单位", "广西交通技师学院") + row("专业名称", f.major))
	b.WriteString(row("授课课程名称", "汽车发动机维修", "总学时", "120") + row("授课学习任务名称", "发动机正时皮带更换", "学时", "24"))
	b.WriteString(row("培养层级", "☑中级工 □高级工 □技师（预备技师）") + row("授课年级", "2023级", "授课班级", "汽修2301班", "班级人数", "40"))
	b.WriteString("二、授课教师信息\n" + row("序号", "姓名", "出生年月", "职称/职业技能等级", "企业工作经历或相关资质", "是否获得一体化教师培训证书"))
	names := []string{"韦杰", "李明", "王芳", "陈刚", "赵强", "刘洋"}
	for i := 0; i < f.teachers; i++ {
		b.WriteString(row(fmt.Sprint(i+1), names[i], "1980.05", "高级讲师", "企业3年", "是"))
	}
	b.WriteString("团队成员职责分工情况及主要工作成果（500字以内）\n" + f.team + "\n")
	b.WriteString("\f三、目标与内容\n简述本课程及学习任务定位，概述本学习任务目标内容设计的规范性与逻辑性（500字以内）。\n" + f.goals + "\n")
	b.WriteString("四、资源与环境\n资源充足。\n五、考核评价\n评价多元。\n")
	b.WriteString("\f六、组织实施\n简述本学习任务组织实施的规范性和有效性，应结合学习任务教学的六个环节（获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈）展开（1000字以内）。\n" + f.delivery + "\n")
	b.WriteString("七、学习成效\n成效明显。\n八、创新与特色\n特色鲜明。\n九、授课教师诚信承诺\n本人已认真填写。\n")
	return b.String()
}

func frmRun(f frmSpec) (*Pass, []string) {
	d := &models.Document{RelPath: "学校/课堂/申报书.pdf", Kind: models.KindForm, Format: "pdf"}
	for i, t := range strings.Split(f.text(), "\f") {
		d.Pages = append(d.Pages, models.Page{Number: i + 1, Method: models.MethodText, Text: t})
	}
	s := &models.Submission{ID: "学校/课堂", School: "学校", Documents: []*models.Document{d}}
	p := &Pass{Submissions: []*models.Submission{s}}
	FormRules.Run(p)
	var rules []string
	for _, x := range p.findings {
		rules = append(rules, x.Rule)
	}
	sort.Strings(rules)
	return p, rules
}

func TestFormRules(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("学生在学习工作站中完成任务。", 40) // 560 characters
	cases := []struct {
		name string
		spec frmSpec
		want []string
	}{
		{"clean docx", frmSpec{}, nil},
		{"clean pdf", frmSpec{pdf: true}, nil},
		{"clean with code", frmSpec{major: "数控加工（数控车工）", code: "0106"}, nil},
		{"four teachers", frmSpec{teachers: 4}, nil},
		{"five teachers", frmSpec{teachers: 5}, []string{"form.team_size"}},
		{"six teachers pdf", frmSpec{teachers: 6, pdf: true}, []string{"form.team_size"}},
		{"abbreviated major", frmSpec{major: "数控加工"}, []string{"form.major"}},
		{"major not eligible", frmSpec{major: "汽车美容与装潢"}, []string{"form.major"}},
		{"wrong code", frmSpec{major: "电子商务", code: "0403"}, []string{"form.major"}},
		{"goals too long", frmSpec{goals: long}, []string{"form.section_length"}},
		{"team too long", frmSpec{team: long}, []string{"form.section_length"}},
		{"delivery within 1000", frmSpec{delivery: frmSteps + long}, nil},
		{"steps missing", frmSpec{delivery: "学生分组完成任务，教师巡回指导，最后评价反馈。"}, []string{"form.six_steps"}},
		{"steps letter-spaced", frmSpec{delivery: "获取 信息、制定计划、做出决策、实施计划、过程控制、评价反馈。"}, nil},
	}
	tp, fp, fn := 0, 0, 0
	for _, c := range cases {
		p, got := frmRun(c.spec)
		g, w := strings.Join(got, ","), strings.Join(c.want, ",")
		switch {
		case g == w && w != "":
			tp++
		case g != w && w == "":
			fp++
		case g != w:
			fn++
		}
		if g != w {
			t.Errorf("%s: rules %v, want %v", c.name, got, c.want)
			for _, f := range p.findings {
				t.Logf("  %s p%d %s", f.Rule, f.Page, f.Message)
			}
		}
	}
	t.Logf("form rules over %d cases: %d found, %d false, %d missed", len(cases), tp, fp, fn)
}

func TestFormMessages(t *testing.T) {
	t.Parallel()
	p, _ := frmRun(frmSpec{major: "数控加工", teachers: 5, delivery: "学生获取信息后制定计划。"})
	want := map[string][]string{
		models.RuleFormMajor:    {"数控加工", "数控加工(数控车工)", "简写"},
		models.RuleFormTeamSize: {"5人", "赵强"},
		models.RuleFormSixSteps: {"做出决策", "实施计划", "过程控制", "评价反馈"},
	}
	for _, f := range p.findings {
		for _, w := range want[f.Rule] {
			if !strings.Contains(f.Message, w) {
				t.Errorf("%s message lacks %q: %s", f.Rule, w, f.Message)
			}
		}
		if f.Rule == models.RuleFormSixSteps && (f.Page != 3 || strings.Contains(f.Message, "获取信息")) {
			t.Errorf("six steps: page %d, message %s", f.Page, f.Message)
		}
	}
}

func TestFormUnreadable(t *testing.T) {
	t.Parallel()
	d := &models.Document{RelPath: "申报书.pdf", Kind: models.KindForm, Pages: []models.Page{{Number: 1, Text: "扫描件 模糊 无法识别"}}}
	s := &models.Submission{ID: "a/b", Documents: []*models.Document{d}}
	p := &Pass{Submissions: []*models.Submission{s, {ID: "a/c"}}}
	FormRules.Run(p)
	if len(p.findings) != 1 || p.findings[0].Rule != models.RuleFormIncomplete {
		t.Errorf("findings %+v, want one form.incomplete", p.findings)
	}
}

func TestStepsCovered(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text string
		want []bool
	}{
		{"学生获取信息、制定计划、做出决策、实施计划，教师过程控制，最后评价反馈。", []bool{true, true, true, true, true, true}},
		{"信息获取阶段阅读任务书；小组制订计划并作出决策；随后分工完成，教师进行过程控制，最后评价反馈。", []bool{true, true, true, false, true, true}},
		{"学生阅读任务书并分组讨论，教师巡回指导。", []bool{false, false, false, false, false, false}},
	}
	for _, c := range cases {
		got := stepsCovered(c.text)
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: step %s covered=%v, want %v", c.text, SixSteps[i], got[i], c.want[i])
			}
		}
	}
}
