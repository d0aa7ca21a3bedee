package corpusgen

import (
	"fmt"
	"strings"
)

// subCtx is everything one submission's texts refer to.
type subCtx struct {
	school     string
	schoolIdx  int
	owner      int32 // the submission's index in the corpus
	major      *major
	course     string
	task       string
	courseIdx  int
	level      string
	grade      string // "2023级"
	class      string // "2023级电子商务1班"
	roster     []string
	students   []string // three of roster
	teachers   []TruthTeacher
	enterprise string
	station    string
	hours      int // 学时 of the task
	lessons    int // lessons described in items 4/5/8
	nameLabel  string
	folder     string

	// People as the items show them (planted defects change them).
	// itemStudents, when set for an item, names the students whose work
	// it holds (else students); records names item 10's rows (else
	// roster); scoreFix replaces the scores of some rows.
	itemStudents map[int][]string
	records      []string
	scoreFix     map[string][3]int
	// nameStyle says how items 8, 11, 12 name their student: "field"
	// (nameLabel), "next" (姓名： with the name on the next line), "cover"
	// (coverLabel: 完成人：, 学生：) or "table" (a table column 姓名).
	nameStyle  map[int]string
	coverLabel string
	// groupWork puts a group's division of work (小组分工, a table of other
	// class members) on item 8's worksheets: a clean control.
	groupWork bool
	// outsiders are students who are no class members (students.not_in_class).
	outsiders []string
	// Form defects: an abbreviated major name, a section over its limit
	// (its title), a step left out of 组织实施.
	majorAbbrev, longSection, dropStep string
}

// formMajor is the major name as the form writes it.
func (ctx *subCtx) formMajor() string {
	if ctx.majorAbbrev != "" {
		return ctx.majorAbbrev
	}
	return ctx.major.Name
}

// studentsOf returns the students whose work item n holds.
func (ctx *subCtx) studentsOf(n int) []string {
	if s, ok := ctx.itemStudents[n]; ok {
		return s
	}
	return ctx.students
}

// recordNames returns the names of item 10's rows.
func (ctx *subCtx) recordNames() []string {
	if ctx.records != nil {
		return ctx.records
	}
	return ctx.roster
}

// studentNo is a student's number (学号) as the roster writes it.
func (ctx *subCtx) studentNo(name string) string {
	i := len(ctx.roster) + 10
	for k, n := range ctx.roster {
		if n == name {
			i = k
		}
	}
	for k, n := range ctx.outsiders {
		if n == name {
			i = len(ctx.roster) + 20 + k
		}
	}
	return fmt.Sprintf("%s%02d%02d", ctx.grade[:4], ctx.schoolIdx%100, i+1)
}

// nameField writes the student's name on a page of item n, in the item's style.
func (d *docBuilder) nameField(ctx *subCtx, n int, name string) {
	switch ctx.nameStyle[n] {
	case "next":
		d.tline("姓名：")
		d.field("", name)
	case "cover":
		d.field(ctx.coverLabel, name)
	case "table":
		d.c.breakStream()
		d.c.fixed(name)
		d.blocks = append(d.blocks, block{kind: bTable, cols: []float64{0.22, 0.3, 0.48},
			rows:    [][]string{{"姓名", "学号", "班级"}, {name, ctx.studentNo(name), ctx.class}},
			rowTmpl: []bool{true, false}, handRows: []bool{false, true}})
		d.c.breakStream()
	default:
		d.field(ctx.nameLabel, name)
	}
}

// Headings of the items: fixed template text.
var itemHeadings = map[int][]string{
	1:  {"一、课程性质与定位", "二、课程目标", "三、学习任务设计", "四、教学实施建议", "五、考核与评价", "六、校本转化说明"},
	2:  {"一、学习任务描述", "二、工作对象与工作要求", "三、工具、材料与设备", "四、工作流程与方法", "五、学习目标", "六、学时安排"},
	3:  {"一、教学活动设计思路", "二、学习活动安排", "三、教学资源准备", "四、评价设计"},
	4:  {"一、基本信息", "二、进度安排", "三、说明"},
	5:  {"教学目标", "教学重点与难点", "教学过程", "教学反思"},
	6:  {"一、资源清单", "二、资源样例说明"},
	7:  {"一、工作站概况", "二、功能分区", "三、设备配置", "四、管理制度"},
	9:  {"一、考核原则", "二、考核内容与权重", "三、评分标准", "四、结果运用"},
	10: {"说明"},
	11: {"成果说明", "自我评价", "教师评语"},
	12: {"作业内容", "作业要求"},
}

// noticePhrases are sentences of the notice quoted in the items.
var noticePhrases = []string{
	"优质课堂应采用工学一体化教学模式，依据人力资源社会保障部公布的工学一体化课程标准建设，对应一个完整学习任务，体现完整工作过程。",
	"本学习任务按照获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织实施。",
	"序号8.11.12项应提交统一的3名学生的材料。",
}

// docTitle is an item's title line: the item name, optionally after the task.
func docTitle(ctx *subCtx, item int, withTask bool) string {
	name := itemFullName(item)
	if withTask {
		return "《" + ctx.task + "》" + name
	}
	return name
}

func itemFullName(item int) string {
	return []string{"", "课程标准（校本转化）", "学习任务分析", "教学活动策划", "教学进度计划", "教学活动方案", "学习任务资源及清单",
		"工学一体化学习工作站图文说明", "工作页", "学习任务考核方案", "学习任务考核记录", "学习成果汇编", "课后作业"}[item]
}

// header writes the catalogue lines most items open with.
func (d *docBuilder) header(ctx *subCtx, item int) {
	d.title(docTitle(ctx, item, d.c.rng.Intn(2) == 0))
	d.tline("专业名称：" + ctx.major.Name)
	d.tline("课程名称：" + ctx.course)
	d.tline("学习任务：" + ctx.task)
	d.gap()
}

// partition deals frames out to k writers, so that each student writes in
// sentence patterns of their own (the three students' work must not read
// alike: fabrication checks compare it).
func partition(c *composer, frames []string, k int) [][]string {
	out := make([][]string, k)
	for i, j := range c.rng.Perm(len(frames)) {
		out[i%k] = append(out[i%k], frames[j])
	}
	return out
}

// buildItem returns the blocks of item n.
func buildItem(c *composer, ctx *subCtx, n int) []block {
	d := &docBuilder{c: c}
	h := itemHeadings[n]
	var answers, outputs, selfs [][]string
	switch n {
	case 1:
		d.title(ctx.course + "课程标准（校本转化）")
		d.tline("专业名称：" + ctx.major.Name)
		d.tline("专业编码：" + ctx.major.Code)
		d.tline("培养层级：" + ctx.level)
		d.line(fmt.Sprintf("制定日期：2024年%d月", 1+c.rng.Intn(12)))
		d.heading(h[0])
		d.para(framesIntro, 4, 6)
		d.para(framesIntro, 3, 5)
		d.heading(h[1])
		d.numbered(framesGoal, 6+c.rng.Intn(3))
		d.heading(h[2])
		var rows [][]string
		for i, t := range ctx.major.Courses[ctx.courseIdx].Tasks {
			rows = append(rows, []string{itoa(i + 1), t, itoa(12 + 6*c.rng.Intn(5))})
		}
		d.table([]float64{0.15, 0.6, 0.25}, []string{"序号", "学习任务名称", "参考学时"}, rows, true)
		for i, t := range ctx.major.Courses[ctx.courseIdx].Tasks {
			d.tline(fmt.Sprintf("学习任务%d：%s", i+1, t))
			d.para(framesIntro, 3, 4)
			d.numbered(framesGoal, 3+c.rng.Intn(2))
			d.para(framesAct, 2, 3)
		}
		d.heading(h[3])
		d.para(framesAct, 4, 6)
		d.para(framesAct, 3, 5)
		d.para(framesRes, 3, 4)
		d.heading(h[4])
		d.para(framesAssess, 4, 6)
		d.para(framesAssess, 3, 4)
		d.heading(h[5])
		d.tline(noticePhrases[0])
		d.para(framesIntro, 3, 4)
		d.para(framesReflect, 2, 3)
	case 2:
		d.header(ctx, n)
		d.heading(h[0])
		d.para(framesIntro, 5, 7)
		d.heading(h[1])
		d.para(framesIntro, 2, 3)
		d.numbered(framesGoal, 4)
		d.heading(h[2])
		d.text(d.c.draft(func() string {
			return listOf(c, ctx.major.Equip, 5) + "等设备；" + listOf(c, ctx.major.Objects, 3) + "等材料。"
		}))
		d.para(framesRes, 2, 3)
		d.heading(h[3])
		d.para(framesAct, 5, 7)
		d.para(framesAct, 4, 6)
		d.heading(h[4])
		d.numbered(framesGoal, 6+c.rng.Intn(3))
		d.heading(h[5])
		d.tableComposed([]float64{0.12, 0.3, 0.4, 0.18}, []string{"序号", "学习环节", "主要内容", "学时"}, 6, func(i int) []string {
			return []string{itoa(i + 1), sixSteps[i], c.expand("{op}[与|和|、]{op}"), itoa(2 + 2*c.rng.Intn(3))}
		})
	case 3:
		d.header(ctx, n)
		d.heading(h[0])
		d.para(framesIntro, 3, 4)
		d.para(framesAct, 3, 4)
		d.heading(h[1])
		d.tline(noticePhrases[1])
		for i, s := range sixSteps {
			d.tline(fmt.Sprintf("（%d）%s", i+1, s))
			d.para(framesAct, 3, 4)
		}
		d.heading(h[2])
		d.para(framesRes, 3, 5)
		d.heading(h[3])
		d.para(framesAssess, 3, 5)
	case 4:
		d.header(ctx, n)
		d.heading(h[0])
		d.line("授课班级：" + ctx.class)
		d.line(fmt.Sprintf("班级人数：%d人", len(ctx.roster)))
		d.line(fmt.Sprintf("总学时：%d", ctx.hours))
		d.heading(h[1])
		d.tableComposed([]float64{0.12, 0.16, 0.52, 0.2}, []string{"课次", "学习环节", "学习内容", "学时"}, ctx.lessons, func(i int) []string {
			return []string{itoa(i + 1), sixSteps[i*6/ctx.lessons], c.expand("{op}、{op}[与|和|及]{sdo}"), itoa(ctx.hours / ctx.lessons)}
		})
		d.heading(h[2])
		for k := 1; k <= ctx.lessons; k++ {
			d.text(d.c.draft(func() string {
				return fmt.Sprintf("第%d次课：", k) + c.expand(c.pick(framesAct))
			}))
		}
		d.para(framesAct, 3, 4)
		d.para(framesReflect, 1, 2)
	case 5:
		d.header(ctx, n)
		for k := 1; k <= ctx.lessons; k++ {
			if k > 1 && c.rng.Intn(2) == 0 {
				d.brk()
			}
			d.heading(fmt.Sprintf("第%d课时　%s", k, sixSteps[(k-1)*6/ctx.lessons]))
			d.heading(h[0])
			d.numbered(framesGoal, 3)
			d.heading(h[1])
			d.para(framesGoal, 2, 2)
			d.heading(h[2])
			d.para(framesAct, 4, 6)
			d.para(framesAct, 3, 5)
			d.heading(h[3])
			d.para(framesReflect, 2, 3)
		}
	case 6:
		d.header(ctx, n)
		d.heading(h[0])
		kinds := []string{"设备", "工具", "文本", "数字资源", "耗材", "企业资料"}
		d.tableComposed([]float64{0.12, 0.46, 0.24, 0.18}, []string{"序号", "资源名称", "类型", "数量"}, 10+c.rng.Intn(5), func(i int) []string {
			name := c.expand(c.pick([]string{"{brand}{eq}", "{brand}{out}[样例|模板|范本]", "{doc}（{brand}版）", "{obj}[实物|图片|标本]", "{ent}{doc}"}))
			return []string{itoa(i + 1), name, c.pick(kinds), itoa(1 + c.rng.Intn(40))}
		})
		d.heading(h[1])
		for i := 1; i <= 6; i++ {
			d.line(fmt.Sprintf("样例%d：", i))
			d.para(framesRes, 3, 5)
		}
	case 7:
		d.header(ctx, n)
		d.heading(h[0])
		d.line("名称：" + ctx.station)
		d.line(fmt.Sprintf("面积：%d平方米", 80+5*c.rng.Intn(60)))
		d.line(fmt.Sprintf("工位数：%d", 20+c.rng.Intn(30)))
		d.para(framesRes, 3, 5)
		d.heading(h[1])
		for i := 1; i <= 4; i++ {
			d.text(fmt.Sprintf("（%d）", i) + d.c.sentence(framesRes))
			d.para(framesRes, 1, 2)
			d.text(d.c.draft(func() string { return fmt.Sprintf("图%d　", i) + c.expand("{zone}{brand}实景") }))
		}
		d.heading(h[2])
		d.tableComposed([]float64{0.12, 0.48, 0.2, 0.2}, []string{"序号", "设备名称", "数量", "状态"}, 8, func(i int) []string {
			model := fmt.Sprintf("%c%c-%d", 'A'+c.rng.Intn(26), 'A'+c.rng.Intn(26), 10*(1+c.rng.Intn(99)))
			return []string{itoa(i + 1), c.brand() + c.pick(ctx.major.Equip) + " " + model, itoa(1 + c.rng.Intn(30)),
				c.pick([]string{"完好", "在用", "新购", "待校准", "借用", "维修后在用"})}
		})
		d.heading(h[3])
		d.para(framesRes, 2, 3)
		d.para(framesAssess, 1, 2)
	case 8:
		c.noNames = true
		// A worksheet page per student: two learning activities of the
		// printed form (questions shared by the students, each after a
		// template line, so each opens a stream of its own) and the answers.
		studs := ctx.studentsOf(8)
		answers = partition(c, framesAnswer, len(studs))
		acts := []int{0, 1 + c.rng.Intn(ctx.lessons-1)}
		questions := make([][]string, len(acts))
		for k := range questions {
			for q := 0; q < 2; q++ {
				c.breakStream()
				questions[k] = append(questions[k], d.c.sentence(framesQuestion))
			}
		}
		var group []string
		if ctx.groupWork {
			for _, i := range c.rng.Perm(len(ctx.roster)) {
				if n := ctx.roster[i]; !containsName(ctx.students, n) && len(group) < 3 {
					group = append(group, n)
				}
			}
		}
		roles := []string{"资料收集", "方案记录", "实施操作", "质量检查", "汇报展示"}
		for si, s := range studs {
			if si > 0 {
				d.brk()
			}
			restore := c.asStudent()
			d.title("工作页")
			d.tline("学习任务：" + ctx.task)
			d.nameField(ctx, 8, s)
			d.field("班级：", ctx.class)
			if len(group) > 0 {
				d.heading("小组分工")
				rows := [][]string{{"1", s, roles[0]}}
				for gi, g := range group {
					rows = append(rows, []string{itoa(gi + 2), g, roles[1+gi]})
				}
				d.c.breakStream()
				d.blocks = append(d.blocks, block{kind: bTable, cols: []float64{0.15, 0.35, 0.5},
					rows: append([][]string{{"序号", "姓名", "分工"}}, rows...), rowTmpl: []bool{true, false, false, false, false},
					handRows: []bool{false, true, true, true, true}})
			}
			for k, a := range acts {
				d.heading(fmt.Sprintf("学习活动%d　%s", k+1, sixSteps[a*6/ctx.lessons]))
				for qi, q := range questions[k] {
					if len(group) > 0 && k == 1 && qi == 1 {
						break // the table took the room
					}
					d.tline(fmt.Sprintf("问题%d", qi+1))
					d.line(q)
					d.c.breakStream()
					d.c.fixed("答：")
					d.written("答：", d.c.para(answers[si], 1, 2))
				}
			}
			d.written("", d.c.sentence(framesComment))
			restore()
		}
	case 9:
		d.header(ctx, n)
		d.heading(h[0])
		d.para(framesAssess, 3, 5)
		d.heading(h[1])
		d.table([]float64{0.4, 0.2, 0.4}, []string{"考核项目", "权重", "满分"},
			[][]string{{"过程考核", "60%", "60"}, {"终结考核", "40%", "40"}}, true)
		d.para(framesAssess, 2, 3)
		d.heading(h[2])
		d.tableComposed([]float64{0.12, 0.58, 0.3}, []string{"序号", "评分要点", "分值"}, 10+c.rng.Intn(5), func(i int) []string {
			return []string{itoa(i + 1), c.expand("{op}，{q}[达标|规范|准确|完整|符合{stdname}]"), itoa(5 + 5*c.rng.Intn(3))}
		})
		for i, s := range sixSteps {
			d.tline(fmt.Sprintf("（%d）%s", i+1, s))
			d.para(framesAssess, 1, 2)
			d.para(framesAct, 1, 1)
		}
		d.heading(h[3])
		d.para(framesAssess, 2, 3)
		d.para(framesReflect, 1, 2)
	case 10:
		d.header(ctx, n)
		recs := ctx.recordNames()
		d.line(fmt.Sprintf("班级：%s　人数：%d", ctx.class, len(recs)))
		rows := make([][]string, len(recs))
		sum := 0
		for i, s := range recs {
			p, f := 36+c.rng.Intn(24), 20+c.rng.Intn(20)
			t := p + f
			if fix, ok := ctx.scoreFix[s]; ok {
				p, f, t = fix[0], fix[1], fix[2]
			}
			sum += t
			rows[i] = []string{itoa(i + 1), s, itoa(p), itoa(f), itoa(t)}
		}
		d.heading(h[0])
		d.para(framesAssess, 2, 3)
		d.table([]float64{0.12, 0.22, 0.24, 0.24, 0.18}, []string{"序号", "姓名", "过程考核(满分60)", "终结考核(满分40)", "总分"}, rows, false)
		d.line(fmt.Sprintf("平均分：%.1f", float64(sum)/float64(len(recs))))
		d.line("考核教师：" + ctx.teachers[0].Name)
	case 11:
		c.noNames = true
		studs := ctx.studentsOf(11)
		answers = partition(c, framesAnswer, len(studs))
		outputs = partition(c, framesOutput, len(studs))
		selfs = partition(c, framesSelf, len(studs))
		for si, s := range studs {
			if si > 0 {
				d.brk()
			}
			restore := c.asStudent()
			d.title("学习成果汇编")
			d.tline("学习任务：" + ctx.task)
			d.nameField(ctx, 11, s)
			d.c.breakStream()
			d.c.fixed("成果名称：")
			d.written("成果名称：", d.c.draft(func() string {
				return c.pick(ctx.major.Outputs) + "（" + c.brand() + c.pick([]string{"版", "稿", "组"}) + "）"
			}))
			d.heading(h[0])
			d.written("", d.c.para(outputs[si], 2, 3))
			d.written("", d.c.para(answers[si], 1, 2))
			d.heading(h[1])
			d.written("", d.c.para(selfs[si], 1, 2))
			d.heading(h[2])
			d.written("", d.c.sentence(framesComment))
			restore()
		}
	case 12:
		c.noNames = true
		studs := ctx.studentsOf(12)
		answers = partition(c, framesAnswer, len(studs))
		questions := make([]string, 3)
		for i := range questions {
			c.breakStream()
			questions[i] = d.c.sentence(framesQuestion)
		}
		for si, s := range studs {
			if si > 0 {
				d.brk()
			}
			restore := c.asStudent()
			d.title("课后作业")
			d.tline("学习任务：" + ctx.task)
			d.nameField(ctx, 12, s)
			d.heading(h[0])
			for qi, q := range questions {
				d.tline(fmt.Sprintf("第%d题", qi+1))
				d.line(q)
				d.c.breakStream()
				d.written("", d.c.para(answers[si], 1, 2))
			}
			d.written("", d.c.sentence(framesComment))
			restore()
		}
	}
	return d.blocks
}

// listOf joins k random entries of xs with "、".
func listOf(c *composer, xs []string, k int) string {
	idx := c.rng.Perm(len(xs))
	if k > len(idx) {
		k = len(idx)
	}
	parts := make([]string, k)
	for i := range parts {
		parts[i] = xs[idx[i]]
	}
	return strings.Join(parts, "、")
}

func containsName(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
