package corpusgen

import (
	"fmt"
	"strings"

	"classaudit/models"
)

// formSection is one of the form's free-text sections.
type formSection struct {
	Title  string // "三、目标与内容"
	Prompt string // the official instruction under the title
	Limit  int    // characters allowed
	Text   string
}

// formSections are the form's sections in order; the team section belongs to
// 二、授课教师信息.
var formSectionDefs = []formSection{
	{"团队成员职责分工情况及主要工作成果", "团队成员职责分工情况及主要工作成果（500字以内）", 500, ""},
	{"三、目标与内容", "简述本课程及学习任务定位，概述本学习任务目标内容设计的规范性与逻辑性（500字以内）。", 500, ""},
	{"四、资源与环境", "简述学习资源及环境对本学习任务学习与工作的支撑度及应用的有效性（300字以内）。", 300, ""},
	{"五、考核评价", "简述本学习任务考核评价设计的规范性和有效性（300字以内）。", 300, ""},
	{"六、组织实施", "简述本学习任务组织实施的规范性和有效性，应结合学习任务教学的六个环节（获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈）展开（1000字以内）。", 1000, ""},
	{"七、学习成效", "简述本学习任务学习成果的完成度及学习效果的发展性（300字以内）。", 300, ""},
	{"八、创新与特色", "简述对本学习任务设计与实施的创新要点及特色（300字以内）。", 300, ""},
}

// formTitle and the fixed lines of the form.
const (
	formTitle        = "工学一体化优质课堂项目申报书"
	formBasicHeading = "一、基本信息"
	formTeamHeading  = "二、授课教师信息"
	formTeamNote     = "主要成员（序号1为课堂负责人，总人数不超过4人）"
	formPledge       = "本人已认真填写并检查以上材料，保证内容真实有效。该课堂内容及申报材料无涉密及其他不适宜公开传播的内容，无知识产权问题。"
	formPledgeTitle  = "九、授课教师诚信承诺"
)

// formInstructions are the form's 填写说明, as printed in the notice.
var formInstructions = []string{
	"填写说明",
	"1.本项目申报的课堂是指按照《技工院校工学一体化课堂建设标准》建设，对应一个完整学习任务、具备完整工作过程，以培养学生综合职业能力和素养为目标的课堂。不是指某一节课的课堂。",
	"2.专业名称、专业编码应依据《全国技工院校专业目录（2022年修订）》填写，不能简写。",
	"3.授课课程名称应依据《XX专业国家技能人才培养工学一体化课程标准》填写。",
	"4.授课教师信息填写课堂团队成员基本信息，团队总人数（包括负责人）不能超过4人。",
	"5.参加人力资源社会保障部组织的工学一体化一、二、三级教师培训并取得证书的，在授课教师信息“是否获得一体化教师培训证书”中填写“是”，并提供佐证材料；否则，填写“否”。",
	"6.文本中的名词第一次出现时要使用全称并注明简称，再次出现时可使用简称。",
	"7.项目申报书中的每一项均不能插入图片、流程图、表格等。",
}

var teacherHeader = []string{"序号", "姓名", "出生年月", "职称/职业技能等级", "企业工作经历", "是否获得一体化教师培训证书"}

// formData is the content of one application form.
type formData struct {
	cover    [][2]string // label, value
	basic    [][2]string
	basicTpl []bool // basic rows that are catalogue values (template)
	teachers [][]string
	sections []formSection
	date     string
}

// buildForm composes the form of a submission.
func buildForm(c *composer, ctx *subCtx) *formData {
	f := &formData{}
	f.date = fmt.Sprintf("2025年2月%d日", 1+c.rng.Intn(27))
	f.cover = [][2]string{
		{"专业名称", ctx.formMajor()}, {"专业编码", ctx.major.Code}, {"课程名称", ctx.course}, {"学习任务", ctx.task},
		{"课堂负责人", ctx.teachers[0].Name}, {"联系电话", fmt.Sprintf("1%d%08d", 3+c.rng.Intn(6), c.rng.Intn(100000000))},
		{"申报单位", ctx.school}, {"填报日期", f.date},
	}
	f.basic = [][2]string{
		{"课堂负责人", ctx.teachers[0].Name},
		{"负责人所在单位", ctx.school},
		{"专业名称", ctx.formMajor()},
		{"授课课程名称", ctx.course},
		{"总学时", itoa(ctx.hours * 4)},
		{"授课学习任务名称", ctx.task},
		{"学时", itoa(ctx.hours)},
		{"培养层级", ctx.level},
		{"授课年级", ctx.grade},
		{"授课班级", ctx.class},
		{"班级人数", itoa(len(ctx.roster))},
		{"授课实训室或学习工作站名称", ctx.station},
		{"工位数", itoa(len(ctx.roster) + c.rng.Intn(6))},
		{"主要教材", "校本教材"},
	}
	for _, kv := range f.basic {
		switch kv[0] {
		case "专业名称", "授课课程名称", "授课学习任务名称", "培养层级", "主要教材":
			f.basicTpl = append(f.basicTpl, true)
		default:
			f.basicTpl = append(f.basicTpl, false)
		}
	}
	for i, t := range ctx.teachers {
		f.teachers = append(f.teachers, []string{itoa(i + 1), t.Name, t.Birth, t.Title, t.Experience, t.Certificate})
	}
	for _, def := range formSectionDefs {
		s := def
		c.breakStream()
		if strings.HasPrefix(def.Title, "六") {
			// Every one of the six steps is covered (form.six_steps stays clean).
			// A planted defect leaves one step out (form.six_steps).
			var b strings.Builder
			act := func() string {
				for try := 0; ; try++ {
					s := c.expand(c.pick(framesAct))
					if ctx.dropStep == "" || !strings.Contains(s, ctx.dropStep) || try > 200 {
						return s
					}
				}
			}
			for _, step := range sixSteps {
				if step == ctx.dropStep {
					continue
				}
				b.WriteString(c.draft(func() string { return "在" + step + "环节，" + act() }))
			}
			target := def.Limit * (5 + c.rng.Intn(2)) / 10
			for models.CountChars(b.String()) < target {
				next := c.draft(act)
				if models.CountChars(b.String()+next) > def.Limit*9/10 {
					break
				}
				b.WriteString(next)
			}
			s.Text = b.String()
		} else {
			frames := map[string][]string{
				"团": framesTeam, "三": framesGoal, "四": framesRes, "五": framesAssess, "七": framesReflect, "八": framesIntro,
			}[string([]rune(def.Title)[:1])]
			target := def.Limit * (5 + c.rng.Intn(3)) / 10
			stop := def.Limit * 9 / 10
			if def.Title == ctx.longSection {
				// A planted defect: over the limit by a sixth to a third.
				target = def.Limit * (7 + c.rng.Intn(4)) / 6
				stop = def.Limit * 2
			}
			var b strings.Builder
			for models.CountChars(b.String()) < target {
				next := c.sentence(frames)
				if models.CountChars(b.String()+next) > stop {
					break
				}
				b.WriteString(next)
			}
			s.Text = b.String()
		}
		f.sections = append(f.sections, s)
	}
	return f
}

// formBlocks lays the form out as document blocks (for the PDF form). The
// composer has already committed the section texts; only the fixed rows are
// committed here.
func formBlocks(c *composer, f *formData) []block {
	d := &docBuilder{c: c}
	d.title(formTitle)
	for _, kv := range f.cover {
		switch kv[0] {
		case "专业名称", "专业编码", "课程名称", "学习任务":
			d.tline(kv[0] + "：" + kv[1])
		default:
			d.line(kv[0] + "：" + kv[1])
		}
	}
	d.brk()
	d.heading(formInstructions[0])
	for _, l := range formInstructions[1:] {
		d.tline(l)
	}
	d.brk()
	d.heading(formBasicHeading)
	rows := make([][]string, len(f.basic))
	for i, kv := range f.basic {
		rows[i] = []string{kv[0], kv[1]}
	}
	d.c.breakStream()
	for i, r := range rows {
		d.c.breakStream() // every value is a stream of its own
		if !f.basicTpl[i] {
			d.c.fixed(r[1])
		}
	}
	d.c.breakStream()
	// rows in the official form's order, without a header row
	d.blocks = append(d.blocks, block{kind: bTable, rows: rows, cols: []float64{0.4, 0.6},
		rowTmpl: f.basicTpl, labelCol: true})
	d.heading(formTeamHeading)
	d.tline(formTeamNote)
	d.table([]float64{0.07, 0.12, 0.12, 0.2, 0.27, 0.22}, teacherHeader, f.teachers, false)
	for _, s := range f.sections {
		if !strings.HasPrefix(s.Title, "团") {
			d.heading(s.Title)
		}
		d.tline(s.Prompt)
		d.blocks = append(d.blocks, block{kind: bPara, text: s.Text})
	}
	d.heading(formPledgeTitle)
	d.tline(formPledge)
	return d.blocks
}
