package checks

import (
	"fmt"
	"strings"

	"classaudit/internal/form"
	"classaudit/internal/seg"
	"classaudit/models"
)

// FormRules checks the application form (附件2) against the notice's rules.
var FormRules = &Check{
	ID:  "form",
	Doc: "application form: at most 4 teachers, a full 附件1 major, sections within their limits, the six steps in 组织实施",
	Rules: []string{models.RuleFormTeamSize, models.RuleFormMajor, models.RuleFormSectionLength,
		models.RuleFormSixSteps, models.RuleFormIncomplete},
	Run: runForm,
}

func init() { register(FormRules) }

// Majors are 附件1's twelve majors and their codes.
var Majors = []struct{ Name, Code string }{
	{"数控加工(数控车工)", "0106"}, {"机电一体化技术", "0127"}, {"计算机网络应用", "0301"},
	{"计算机动画制作", "0306"}, {"汽车维修", "0403"}, {"城市轨道交通运输与管理", "0431"},
	{"新能源汽车检测与维修", "0435"}, {"烹饪(中式烹调)", "0501"}, {"饭店(酒店)服务", "0504"},
	{"健康与社会照护", "0529"}, {"电子商务", "0603"}, {"中药", "1301"},
}

// SixSteps are the six steps of a work-and-learn task the 组织实施 section covers.
var SixSteps = []string{"获取信息", "制定计划", "做出决策", "实施计划", "过程控制", "评价反馈"}

func runForm(p *Pass) {
	for _, s := range p.Submissions {
		checkForm(p, s)
	}
}

func normMajor(s string) string {
	return strings.NewReplacer("（", "(", "）", ")", " ", "", "\u3000", "").Replace(s)
}

func checkForm(p *Pass, s *models.Submission) {
	f, doc, problems := submissionForm(s)
	if f == nil {
		return
	}
	base := models.Finding{SubmissionID: s.ID, School: s.School}
	if doc != nil {
		base.File = doc.RelPath
	}
	if len(problems) > 0 {
		r := base
		r.Rule, r.Severity = models.RuleFormIncomplete, models.SeverityWarning
		r.Message = "申报书部分内容未能读取：" + strings.Join(problems, "；") + "。请核对申报书是否填写完整。"
		p.Report(r)
	}
	if n := len(f.Teachers); n > 4 {
		var ns []string
		for _, t := range f.Teachers {
			ns = append(ns, t.Name)
		}
		r := base
		r.Rule, r.Severity, r.Page = models.RuleFormTeamSize, models.SeverityError, pageOf(doc, "授课教师信息")
		r.Message = fmt.Sprintf("授课教师团队有%d人（%s），超过“团队总人数（包括负责人）不能超过4人”的规定。", n, strings.Join(ns, "、"))
		p.Report(r)
	}
	checkMajor(p, base, f, doc)
	for _, sec := range form.SectionOrder {
		text, ok := f.Sections[sec.Title]
		if !ok {
			continue
		}
		limit := form.SectionLimits[sec.Title]
		if n := models.CountChars(text); n > limit {
			r := base
			r.Rule, r.Severity, r.Page = models.RuleFormSectionLength, models.SeverityWarning, pageOf(doc, sec.Title)
			r.Message = fmt.Sprintf("申报书“%s”部分有%d字，超过%d字的限制。", sectionLabel(sec.Number, sec.Title), n, limit)
			r.Evidence = excerpt(text, 120)
			p.Report(r)
		}
	}
	if text := strings.Join(strings.Fields(f.Sections[form.SectionDelivery]), ""); text != "" {
		var missing []string
		covered := stepsCovered(text)
		for i, st := range SixSteps {
			if !covered[i] {
				missing = append(missing, st)
			}
		}
		if len(missing) > 0 {
			r := base
			r.Rule, r.Severity, r.Page = models.RuleFormSixSteps, models.SeverityWarning, pageOf(doc, form.SectionDelivery)
			r.Message = "申报书“六、组织实施”未写到教学六个环节中的：" + strings.Join(missing, "、") + "。"
			r.Evidence = excerpt(f.Sections[form.SectionDelivery], 160)
			p.Report(r)
		}
	}
}

// stepWords are the two words of each of SixSteps with the spellings
// schools use (制订/制定, 作出/做出).
var stepWords = [][2][]string{
	{{"获取"}, {"信息"}},
	{{"制定", "制订"}, {"计划"}},
	{{"做出", "作出"}, {"决策"}},
	{{"实施"}, {"计划"}},
	{{"过程"}, {"控制"}},
	{{"评价"}, {"反馈"}},
}

// stepsCovered reports which of SixSteps the text names: the step's words
// next to each other in either order (获取信息, 信息获取, 制订计划, 计划制定),
// found on gse's segmentation so that "实施计划" is not read into "实施计划书写".
func stepsCovered(text string) []bool {
	covered := make([]bool, len(SixSteps))
	var toks []string
	if t, err := seg.Cut(text); err == nil {
		toks = t
	}
	in := func(w string, set []string) bool {
		for _, s := range set {
			if w == s {
				return true
			}
		}
		return false
	}
	for i, st := range SixSteps {
		if strings.Contains(text, st) {
			covered[i] = true
			continue
		}
		a, b := stepWords[i][0], stepWords[i][1]
		for j, w := range toks {
			// gse keeps some steps as one word (获取信息): compare whole tokens too.
			if j+1 < len(toks) && (in(w, a) && in(toks[j+1], b) || in(w, b) && in(toks[j+1], a)) {
				covered[i] = true
				break
			}
			for _, x := range a {
				for _, y := range b {
					if w == x+y || w == y+x {
						covered[i] = true
					}
				}
			}
		}
	}
	return covered
}

func checkMajor(p *Pass, base models.Finding, f *models.Form, doc *models.Document) {
	if f.Major == "" {
		return
	}
	name, code := normMajor(f.Major), strings.TrimSpace(f.MajorCode)
	r := base
	r.Rule, r.Severity, r.Page = models.RuleFormMajor, models.SeverityError, pageOf(doc, "专业名称")
	r.Evidence = "专业名称：" + f.Major
	if code != "" {
		r.Evidence += "\n专业编码：" + code
	}
	for _, m := range Majors {
		if name != normMajor(m.Name) {
			continue
		}
		if code != "" && !strings.HasPrefix(strings.ReplaceAll(code, " ", ""), m.Code) {
			r.Message = fmt.Sprintf("专业编码“%s”与专业“%s”不符，附件1中该专业的代码为%s。", code, m.Name, m.Code)
			p.Report(r)
		}
		return
	}
	for _, m := range Majors {
		full := normMajor(m.Name)
		short := full
		if i := strings.Index(full, "("); i > 0 {
			short = full[:i]
		}
		if strings.HasPrefix(full, name) || strings.Contains(full, name) || name == short {
			r.Message = fmt.Sprintf("专业名称“%s”是简写，应填写《全国技工院校专业目录》中的全称“%s”。", f.Major, m.Name)
			p.Report(r)
			return
		}
	}
	var all []string
	for _, m := range Majors {
		all = append(all, m.Name)
	}
	r.Message = fmt.Sprintf("专业名称“%s”不在附件1的12个遴选专业（%s）之中。", f.Major, strings.Join(all, "、"))
	p.Report(r)
}

func sectionLabel(num, title string) string {
	if title == form.SectionTeam {
		return "团队成员职责分工情况及主要工作成果"
	}
	return num + "、" + title
}

// pageOf returns the first page of doc whose text holds s (spaces ignored), 0 when none.
func pageOf(doc *models.Document, s string) int {
	if doc == nil {
		return 0
	}
	for i := range doc.Pages {
		if strings.Contains(strings.Join(strings.Fields(doc.Pages[i].Text), ""), s) {
			return doc.Pages[i].Number
		}
	}
	return 0
}

func excerpt(s string, n int) string {
	rs := []rune(strings.TrimSpace(s))
	if len(rs) <= n {
		return string(rs)
	}
	return string(rs[:n]) + "…"
}
