package form

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"classaudit/internal/names"
	"classaudit/models"
)

// Section keys of models.Form.Sections: the headings of the form's parts,
// without their numbers.
const (
	SectionTeam       = "团队成员职责分工情况及主要工作成果"
	SectionGoals      = "目标与内容"
	SectionResources  = "资源与环境"
	SectionAssessment = "考核评价"
	SectionDelivery   = "组织实施"
	SectionOutcomes   = "学习成效"
	SectionInnovation = "创新与特色"
)

// SectionLimits are the notice's character limits per section.
var SectionLimits = map[string]int{
	SectionTeam: 500, SectionGoals: 500, SectionResources: 300, SectionAssessment: 300,
	SectionDelivery: 1000, SectionOutcomes: 300, SectionInnovation: 300,
}

// SectionOrder lists the sections in the form's order, with their numbers.
var SectionOrder = []struct{ Number, Title string }{
	{"二", SectionTeam}, {"三", SectionGoals}, {"四", SectionResources}, {"五", SectionAssessment},
	{"六", SectionDelivery}, {"七", SectionOutcomes}, {"八", SectionInnovation},
}

// field is one labelled field and the labels it goes by.
type field struct {
	what   string // Chinese, for problems
	labels []string
}

var (
	fLeader = field{"课堂负责人", []string{"课堂负责人"}}
	fUnit   = field{"负责人所在单位", []string{"负责人所在单位", "申报单位"}}
	fMajor  = field{"专业名称", []string{"专业名称", "专业名称及代码", "专业名称及编码"}}
	fCode   = field{"专业编码", []string{"专业编码", "专业代码"}}
	fCourse = field{"授课课程名称", []string{"授课课程名称", "课程名称"}}
	fTask   = field{"授课学习任务名称", []string{"授课学习任务名称", "学习任务名称", "学习任务"}}
	fLevel  = field{"培养层级", []string{"培养层级"}}
	fGrade  = field{"授课年级", []string{"授课年级"}}
	fClass  = field{"授课班级", []string{"授课班级", "授课班级及人数", "班级及人数", "授课对象", "教学对象"}}
	fSize   = field{"班级人数", []string{"班级人数", "实有人数", "学生人数", "在籍人数", "学生数", "学生总数", "班级学生数", "授课学生数", "授课人数", "班级规模", "人数", "在籍学生数", "在册学生数", "在册人数", "班级学生人数", "授课学生人数", "实有学生数", "授课班级人数", "在校生数", "在校学生数", "在校人数"}}
)

// allLabels end a value: any label of the form's first part, the fields'
// own and the others'.
var allLabels = slices.Concat(fLeader.labels, fUnit.labels, fMajor.labels, fCode.labels, fCourse.labels,
	fTask.labels, fLevel.labels, fGrade.labels, fClass.labels, fSize.labels, []string{
		"总学时", "学时", "任务学时", "授课实训室或学习工作站名称", "授课实训室或学习", "工作站名称", "工位数", "主要教材",
		// Where the class is taught (heldout98's 中宁: "授课班级 电商2403班（共40名
		// 学生）" then "授课地点 …" on the next line of the form's text).
		"授课地点", "上课地点", "教学地点", "实训地点", "授课场所", "教学场所",
		"联系电话", "填报日期", "填写说明", "一、基本信息", "二、授课教师信息",
	})

var labelRes = map[string]*regexp.Regexp{}

func spaced(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i > 0 {
			b.WriteString(`\s*`)
		}
		b.WriteString(regexp.QuoteMeta(string(r)))
	}
	return b.String()
}

func init() {
	for _, l := range allLabels {
		// A unit or a note in brackets may follow the label ("班级人数（人）").
		labelRes[l] = regexp.MustCompile(`^` + spaced(l) + `\s*(?:[（(][^）()]{1,6}[）)])?\s*(?:[：:]|\s|$)`)
	}
}

// startsWithLabel returns the label a cell starts with (longest first) and the rest.
func startsWithLabel(cell string) (string, string) {
	best, rest := "", ""
	for _, l := range allLabels {
		if loc := labelRes[l].FindStringIndex(cell); loc != nil && len(l) > len(best) {
			best, rest = l, cell[loc[1]:]
		}
	}
	return best, strings.TrimSpace(rest)
}

// promptRe removes the official form's own hints from a value.
var promptRe = regexp.MustCompile(`[（(][^（()）]*(?:不能简写|写明|以内)[^（()）]*[）)]`)

// cells splits text into trimmed, non-empty table cells and lines, in order.
func cells(text string) []string {
	text = strings.NewReplacer("\r", "", "\f", "\n", "\u3000", " ", "\u00a0", " ").Replace(text)
	var out []string
	for _, line := range strings.Split(text, "\n") {
		for _, c := range strings.Split(line, "\t") {
			if c = strings.TrimSpace(c); c != "" {
				out = append(out, splitAtLabels(c)...)
			}
		}
	}
	return out
}

// splitAtLabels splits a PDF line that holds several cells
// ("授课年级 2023级 授课班级 汽修2301班") where a label follows a space.
func splitAtLabels(c string) []string {
	fs := strings.Fields(c)
	if len(fs) < 2 {
		return []string{c}
	}
	var out []string
	from := 0
	for k := 1; k < len(fs); k++ {
		if l, _ := startsWithLabel(head(fs, k)); l != "" {
			out = append(out, strings.Join(fs[from:k], " "))
			from = k
		}
	}
	return append(out, strings.Join(fs[from:], " "))
}

// head joins the few fields from k on: enough for the longest label, even
// letter-spaced, and linear in a line's length.
func head(fs []string, k int) string {
	end := k + 16
	if end > len(fs) {
		end = len(fs)
	}
	return strings.Join(fs[k:end], " ")
}

// lookup finds a field's value: the first non-empty value after any of its
// labels, whether on the label's cell ("label：value", "label value") or in
// the cells after it (docx tables, PDF tables printed one cell a line).
// Values run until the next label.
func lookup(cs []string, f field) string {
	for i, c := range cs {
		l, rest := startsWithLabel(c)
		if l == "" || !has(f.labels, l) {
			continue
		}
		var parts []string
		if rest != "" {
			parts = append(parts, cutAtLabel(rest))
		}
		if rest == "" || cutAtLabel(rest) == rest {
			for j := i + 1; j < len(cs) && j <= i+4; j++ {
				if nl, _ := startsWithLabel(cs[j]); nl != "" || isHeading(cs[j]) || captionRe.MatchString(cs[j]) || classLabelRe.MatchString(cs[j]) || sizeLabel(cs[j]) {
					break
				}
				parts = append(parts, cutAtLabel(cs[j]))
			}
		}
		v := clean(join(parts))
		if v != "" {
			return v
		}
	}
	return ""
}

// bracketHeadsRe: a count of heads in brackets after another value:
// "2024级（42人）", "(共40名)".
var bracketHeadsRe = regexp.MustCompile(`[（(]\s*(?:共|计)?\s*(\d{1,3})\s*[人名]\s*[）)]`)

// captionRe: a few words and a colon alone in a cell or on a line, the
// caption of what follows ("实施情况："): no part of the value above it.
var captionRe = regexp.MustCompile(`^\s*\p{Han}{2,8}\s*[：:]\s*$`)

// Labels the form's own do not name, known by their shape: a class's
// (实施班级, 教学班级, 班级情况), who is taught (上课学生, 培训对象: the
// class and its size in one cell) and a class size's (上课人数, 受训人数, 学员人数,
// 在读学生); notSizeRe marks counts of some of the class only (男生人数,
// 每组人数, 缺勤人数, 实到人数) or of others (教师人数, 岗位数).
var (
	classLabelRe = regexp.MustCompile(`^\p{Han}{0,4}班级(?:名称|情况)?$`)
	whoLabelRe   = regexp.MustCompile(`^\p{Han}{0,4}(?:学生|学员|对象)(?:情况)?$`)
	sizeLabelRe  = regexp.MustCompile(`^\p{Han}{0,4}(?:人数|学生数量?|学员数量?|学生|学员)(?:[（(]人[）)])?$`)
	notSizeRe    = regexp.MustCompile(`[男女组缺假到岗师]`)
	// headsRe: a cell that is a count of heads ("42人", "共40名", "39"): as
	// countOnlyRe, the unit left out too (受训人数：40), 位 a unit as well.
	headsRe = regexp.MustCompile(`^\s*(?:共计|共|计|合计)?\s*\d{1,3}\s*(?:人|名|位)?(?:学生|同学|学员)?\s*$`)
)

// sizeLabel reports whether label is a class size's by its shape.
func sizeLabel(label string) bool {
	return sizeLabelRe.MatchString(label) && !notSizeRe.MatchString(label)
}

// byShape finds a value under a label that label takes (the label alone in
// its cell, the value in the next; "label：value" in one cell; or on a PDF
// line of fields, "实施班级 24照护(1)班 上课人数 42人") that accept takes.
func byShape(cs []string, label func(string) bool, accept func(string) bool) string {
	fits := func(l string) bool { return label(strings.TrimRight(l, "：: ")) }
	for i, c := range cs {
		if l, v, ok := strings.Cut(strings.Replace(c, "：", ":", 1), ":"); ok && fits(l) {
			if v = strings.TrimSpace(v); v != "" && accept(v) {
				return v
			}
		}
		fs := strings.Fields(c)
		for k, f := range fs {
			if !fits(f) {
				continue
			}
			v := ""
			switch {
			case k+1 < len(fs):
				v = fs[k+1]
			case k == 0 && i+1 < len(cs):
				v = cs[i+1]
			}
			if v != "" && accept(v) {
				return v
			}
		}
	}
	return ""
}

// cutAtLabel cuts a value where another label starts on the same line
// ("授课年级 2023级 授课班级 汽修2301班").
func cutAtLabel(s string) string {
	fields := strings.Fields(s)
	for k := 1; k < len(fields); k++ {
		if l, _ := startsWithLabel(head(fields, k)); l != "" {
			return strings.Join(fields[:k], " ")
		}
	}
	if len(fields) > 0 {
		if l, _ := startsWithLabel(s); l != "" {
			return ""
		}
	}
	return s
}

// join glues the pieces of a value wrapped over lines: Han to Han without a space.
func join(parts []string) string {
	var b strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			last, _ := utf8.DecodeLastRuneInString(b.String())
			first, _ := utf8.DecodeRuneInString(p)
			if !(unicode.Is(unicode.Han, last) && unicode.Is(unicode.Han, first)) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

// hanSpaceRe matches spaces between two Han characters ("韦  杰").
var hanSpaceRe = regexp.MustCompile(`(\p{Han})[ \x{3000}]+(\p{Han})`)

func clean(v string) string {
	v = promptRe.ReplaceAllString(v, "")
	v = hanSpaceRe.ReplaceAllString(v, "$1$2")
	v = strings.Trim(v, " _：:")
	if strings.Trim(v, "_ ") == "" {
		return ""
	}
	return v
}

func has(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// Parse reads the application form from its extracted text. It never fails:
// what cannot be read is left empty and named in problems (Chinese).
func Parse(doc *models.Document) (form *models.Form, problems []string) {
	form = &models.Form{Sections: map[string]string{}}
	defer func() {
		if r := recover(); r != nil {
			problems = append(problems, "申报书解析出错，部分内容未能读取")
		}
	}()
	if doc == nil {
		return form, []string{"没有申报书文档"}
	}
	text := doc.Text()
	if models.CountChars(text) == 0 {
		return form, []string{"申报书没有可读取的文字"}
	}
	cs := cells(unstackRows(dropRemarks(text)))
	get := func(f field) string {
		v := lookup(cs, f)
		if v == "" {
			problems = append(problems, "未能读取“"+f.what+"”")
		}
		return v
	}
	form.Leader = get(fLeader)
	form.Unit = get(fUnit)
	form.Major = get(fMajor)
	form.MajorCode = lookup(cs, fCode) // the form's first part has no code: optional
	if m := majorCodeRe.FindStringSubmatch(form.Major); m != nil {
		// "专业名称（代码） | 机电一体化技术（0127）": the name and its code.
		form.Major = strings.TrimSpace(m[1])
		if form.MajorCode == "" {
			form.MajorCode = m[2] + m[3] // "专业名称及代码 | 新能源汽车检测与维修　0435"
		}
	}
	form.Course = get(fCourse)
	form.Task = get(fTask)
	form.Grade = get(fGrade)
	form.Class = lookup(cs, fClass)
	if form.Class == "" {
		form.Class = byShape(cs, classLabelRe.MatchString, func(v string) bool { return strings.Contains(v, "班") })
	}
	if form.Class == "" {
		// Who is taught, the class and its size in one cell: "上课学生
		// 网络2401班，39位学生" (heldout144's 新化 网络, a typed PDF form).
		form.Class = byShape(cs, whoLabelRe.MatchString, func(v string) bool { _, _, ok := classAndSize(v); return ok })
	}
	if form.Class == "" {
		problems = append(problems, "未能读取“"+fClass.what+"”")
	}
	size := lookup(cs, fSize)
	if class, n, ok := classAndSize(form.Class); ok {
		// "授课班级及人数 | 机电2401班，40人": the class and its size in one cell.
		form.Class = class
		if size == "" {
			size = n
		}
	} else if countOnlyRe.MatchString(form.Class) {
		// "授课对象 | 40人": the class's size, and no class.
		if size == "" {
			size = form.Class
		}
		problems = append(problems, "“"+fClass.what+"”一栏只写了人数（"+form.Class+"），未写班级")
		form.Class = ""
	}
	if size == "" {
		// The class in one cell and, apart, who is taught with their
		// number: "授课班级 | 网络2401班" and "授课对象 | 网络2401班全体学生
		// （38人）" (heldout83's 嵊州 网络).
		for _, l := range fClass.labels {
			if _, n, ok := classAndSize(lookup(cs, field{fClass.what, []string{l}})); ok {
				size = n
				break
			}
		}
	}
	if size == "" {
		// Under a label of the size's shape the form's own do not name
		// ("上课人数", "受训人数", "在读学生", heldout143's 洪洞 and 144's
		// forms): a count of heads alone.
		size = byShape(cs, sizeLabel, func(v string) bool {
			_, ok := parseCount(v)
			return ok && headsRe.MatchString(v)
		})
	}
	fromGrade := false
	if m := bracketHeadsRe.FindStringSubmatch(form.Grade); size == "" && m != nil {
		// The size beside the grade, none under the class: "授课年级 |
		// 2024级（42人）" (heldout152's 绵竹 烹饪).
		size, fromGrade = m[1]+"人", true
		form.Grade = strings.TrimSpace(strings.Replace(form.Grade, m[0], "", 1))
	}
	if v := size; v != "" {
		if fromGrade {
			problems = append(problems, "“班级人数”取自“"+fGrade.what+"”一栏（"+v+"）")
		}
		if n, ok := parseCount(v); ok {
			form.ClassSize = n
		} else {
			problems = append(problems, "“班级人数”不是人数："+v)
		}
	} else if n, said := proseClassSize(text); n > 0 {
		// No 班级人数 cell: the class's size as the form's text states it.
		form.ClassSize = n
		problems = append(problems, "基本情况表中没有“班级人数”，取自正文“"+said+"”")
	} else {
		problems = append(problems, "未能读取“"+fSize.what+"”")
	}
	level, p := parseLevel(cs)
	form.Level = level
	if p != "" {
		problems = append(problems, p)
	}
	form.Teachers = parseTeachers(text)
	if len(form.Teachers) == 0 {
		form.Teachers = teachersByTitle(text)
	}
	if len(form.Teachers) == 0 {
		problems = append(problems, "未能读取授课教师信息")
	}
	secs, missing := parseSections(text)
	form.Sections = secs
	for _, m := range missing {
		problems = append(problems, "未找到“"+m+"”部分")
	}
	return form, problems
}

// classAndSize reads a class cell that gives the class's size after it:
// "机电2401班，40人", "汽修2301班（38人）", "新能2303班全体学生（38名）",
// "新能2301班，38",
// "中药2401班，在籍学生40人", "中药2401班（男27人，女12人，共39人）": the
// count said to be the whole, else the one count, else the sum of the
// boys and the girls. ok is false when the cell holds no such count.
func classAndSize(v string) (class, size string, ok bool) {
	m := classThenRe.FindStringSubmatch(v)
	if m != nil {
		if b := bracketClassRe.FindStringSubmatch(m[2]); b != nil {
			// "2024级中药专业中级工班（中药2401班）学生40人": the class
			// in brackets is the one meant.
			m[1], m[2] = b[1], b[2]
		}
	}
	if m == nil || m[2] == "" || otherClassRe.MatchString(m[2]) || utf8.RuneCountInString(m[2]) > 24 {
		return "", "", false
	}
	if t := totalCountRe.FindStringSubmatch(m[2]); t != nil {
		return m[1], t[1] + "人", true
	}
	if t := bareCountRe.FindStringSubmatch(m[2]); t != nil {
		// "新能2301班，38" under 授课班级及人数 (heldout125's 开远 新能): the
		// number alone after the class is its size, in brackets too
		// ("授课班级 | 机电2401班(42)", heldout155's 阳谷 机电).
		return m[1], t[1] + "人", true
	}
	cs := headCountRe.FindAllStringSubmatch(m[2], -1)
	switch {
	case len(cs) == 1 && cs[0][1] == "":
		return m[1], cs[0][2] + "人", true
	case len(cs) == 2 && cs[0][1] != "" && cs[1][1] != "" && cs[0][1] != cs[1][1]:
		a, _ := strconv.Atoi(cs[0][2])
		b, _ := strconv.Atoi(cs[1][2])
		return m[1], strconv.Itoa(a+b) + "人", true
	}
	return "", "", false
}

// unstackRows rewrites a table whose labels stand in one row and their
// values in the row under it ("学习任务 | 授课班级 | 班级人数" over
// "… | 机电2301班 | 42人") as one label and its value a line (see labelRow
// for a row of labels). The row under it must have as many cells
// (tab-separated, as docx tables are extracted; or, on a PDF line, fields
// apart by spaces, when they are exactly as many).
func unstackRows(text string) string {
	lines := strings.Split(text, "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		heads := rowCells(lines[i])
		if !labelRow(heads) || i+1 >= len(lines) {
			out = append(out, lines[i])
			continue
		}
		values := rowCells(lines[i+1])
		if len(values) != len(heads) || labelRow(values) {
			out = append(out, lines[i])
			continue
		}
		for k := range heads {
			out = append(out, heads[k]+"\t"+values[k])
		}
		i++
	}
	return strings.Join(out, "\n")
}

// remarkHeads head a column of remarks beside a table's values ("项目 | 内容
// | 备注": "班级人数 | 36人 | 以学籍系统为准").
var remarkHeads = map[string]bool{"备注": true, "说明": true, "备注说明": true}

// dropRemarks removes the remarks column of a table of labels and values
// (docx cells apart by tabs) whose header row names it: a remark is no part
// of the value beside it. The rows under the header with as many cells
// lose that cell; the table ends at the first row with another number.
func dropRemarks(text string) string {
	lines := strings.Split(text, "\n")
	col, width := -1, 0
	for i, line := range lines {
		cells := strings.Split(line, "\t")
		if col >= 0 {
			if len(cells) != width {
				col = -1
			} else {
				lines[i] = strings.Join(append(cells[:col:col], cells[col+1:]...), "\t")
				continue
			}
		}
		if len(cells) < 3 {
			continue
		}
		for k, c := range cells {
			if remarkHeads[strings.ReplaceAll(strings.TrimSpace(c), " ", "")] && k > 0 {
				col, width = k, len(cells)
			}
		}
	}
	return strings.Join(lines, "\n")
}

// rowCells splits a line into its cells: at tabs, or, with none, at spaces.
func rowCells(line string) []string {
	sep := strings.Split(line, "\t")
	if len(sep) < 2 {
		sep = strings.Fields(line)
	}
	var out []string
	for _, c := range sep {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// labelRow reports whether cells are a row of labels: two of the form's
// labels or more, alone in their cells, and at most half the cells
// another heading ("授课班级 | 学生数量 | 学时 | 授课地点", heldout151's
// 桦甸); a row of labels and values side by side ("课程名称 | 粤菜烹调工艺 |
// 学习任务 | 顺德均安蒸猪制作") is none. A class's
// or a class size's label known by its shape counts as the form's
// ("实施班级 | 学生人数 | 实施学期 | 学时" over "电商2401班 | 40人 | …",
// heldout146's 肥城 电商).
func labelRow(cells []string) bool {
	labels, others := 0, 0
	for _, c := range cells {
		if l, rest := startsWithLabel(c); l != "" && rest == "" || classLabelRe.MatchString(c) || sizeLabel(c) {
			labels++
			continue
		}
		if !headingWordRe.MatchString(c) {
			return false
		}
		others++
	}
	return labels >= 2 && 2*others <= len(cells)
}

// headingWordRe: a short heading a label list lacks ("授课场所", "授课地点").
var headingWordRe = regexp.MustCompile(`^\p{Han}{0,6}(?:名称|场所|地点|时间|日期|学时|课时|学期|学年|人数|班级|年级|代码|编码|层级|单位|电话)$`)

// proseSizeRe is the class's size stated in running text: "全班共42名学生",
// "本班学生 38 人", "该班共有四十名学生".
var proseSizeRe = regexp.MustCompile(`(?:全班|本班|该班|授课班级)\s*(?:学生)?\s*(?:共有|共计|共|有|计)?\s*(\d{1,3}|[一二两三四五六七八九十]{1,4})\s*[名人]`)

// proseClassSize returns the first class size the form's text states, and
// the words that state it; 0 when none does.
func proseClassSize(text string) (int, string) {
	m := proseSizeRe.FindStringSubmatch(width.Narrow.String(text))
	if m == nil {
		return 0, ""
	}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		n = chineseNumber(m[1])
	}
	if n <= 0 || n >= 1000 {
		return 0, ""
	}
	return n, m[0]
}

// parseCount reads 班级人数: "42", "42人", "四十二人", "共40人",
// "40（男23，女17）", "1个班，38人", and a class given only by its parts,
// "男24 女14" (38).
// The value may run on into cells the form's labels do not name
// ("三十六人 任务学时 16"): the first count in it is the class's.
func parseCount(v string) (int, bool) {
	v = strings.TrimSpace(width.Narrow.String(v))
	if m := sumCountRe.FindStringSubmatch(v); m != nil {
		// The total stated beside its parts: "男生25名、女生18名，合计43名".
		if n, err := strconv.Atoi(m[1]); err == nil && n > 0 && n < 1000 {
			return n, true
		}
	}
	if m := sexesRe.FindStringSubmatch(v); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		if n := a + b; n > 0 && n < 1000 {
			return n, true
		}
	}
	// The classes counted before the heads: "1个班，38人" (38).
	if loc := classesRe.FindStringIndex(v); loc != nil && countRe.MatchString(v[loc[1]:]) {
		v = v[loc[1]:]
	}
	m := countRe.FindStringSubmatch(v)
	if m == nil {
		return 0, false
	}
	if m[1] != "" {
		n, err := strconv.Atoi(m[1])
		return n, err == nil && n > 0 && n < 1000
	}
	n := chineseNumber(m[2])
	return n, n > 0
}

var (
	// majorCodeRe is a major's name with its code in brackets after it.
	majorCodeRe = regexp.MustCompile(`^(.+?)\s*(?:[（(]\s*(\d{4,6})\s*[)）]|[\s　]+(\d{4,6}))$`)
	// countOnlyRe is a class cell that holds its size only: "40人",
	// "全班共40名学生".
	countOnlyRe = regexp.MustCompile(`^(?:全班|全体)?\s*(?:共|计)?\s*\d{1,3}\s*[人名](?:学生|同学|学员)?$`)
	// classThenRe is a class and what follows it in its cell; totalCountRe
	// a count said to be the whole ("共39人"); headCountRe any count, a
	// sex's perhaps ("男27人").
	classThenRe  = regexp.MustCompile(`^(.*?班)\s*(.*)$`)
	otherClassRe = regexp.MustCompile(`\d\s*班`) // a second class in the cell
	// bracketClassRe: a class named again in brackets after a grade's
	// name, and what follows.
	bracketClassRe = regexp.MustCompile(`^\s*[（(]\s*([^（()）]*\d\s*班)\s*[）)]\s*(.*)$`)
	// bareCountRe: a number alone after the class, apart or in brackets
	// ("新能2301班，38", "机电2401班(42)").
	bareCountRe  = regexp.MustCompile(`^(?:[，,、；;：:/\s]+|\s*[（(]\s*)([1-9]\d{1,2})\s*[）)]?$`)
	totalCountRe = regexp.MustCompile(`(?:共|计|合计|总计)\s*有?\s*(\d{1,3})\s*[人名位]`)
	headCountRe  = regexp.MustCompile(`(男|女)?\s*(?:生)?\s*(\d{1,3})\s*[人名位]`)
	// countRe is the first count of a value: digits, or Chinese numerals
	// ending the value or followed by 人/名 ("三十六人"; not the 一 of "一班").
	countRe = regexp.MustCompile(`(\d{1,4})|([零〇一二两三四五六七八九十百]+)(?:\s*[人名个]|\s*$)`)
	// sexesRe is a class given only by its boys and girls: "男24 女14",
	// "男生20人，女生16人" (the order either way).
	sexesRe = regexp.MustCompile(`^[(（]?\s*[男女]生?\s*[:：]?\s*(\d{1,3})\s*[人名]?\s*[，,、､;；/\s]*\s*[男女]生?\s*[:：]?\s*(\d{1,3})`)
	// classesRe is a count of classes before a class size: "1个班，", "两个教学班 共".
	classesRe = regexp.MustCompile(`^\s*(?:\d{1,2}|[一二两三四五])\s*个\s*(?:教学)?班\s*[，,、;；]?\s*(?:共|合计)?`)
	// sumCountRe is a total stated after the boys and girls: "…，合计43名".
	sumCountRe = regexp.MustCompile(`[男女].*(?:合计|共计|总计|总数|共)\s*[:：]?\s*(\d{1,3})\s*[人名]?`)
)

// chineseNumber reads numbers below 1000 written in Chinese (四十二, 一百零五).
func chineseNumber(s string) int {
	digit := map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	total, cur := 0, 0
	if s == "" {
		return 0
	}
	for _, r := range s {
		switch {
		case r == '十':
			if cur == 0 {
				cur = 1
			}
			total += cur * 10
			cur = 0
		case r == '百':
			total += cur * 100
			cur = 0
		default:
			d, ok := digit[r]
			if !ok {
				return 0
			}
			cur = d
		}
	}
	return total + cur
}

var (
	levels   = []string{"中级工", "高级工", "技师"}
	tickRe   = regexp.MustCompile(`[☑■√✓✔☒▣▪●◆Rþ]\s*$`)
	emptyBox = "□☐口o¨"
)

// parseLevel finds the ticked 培养层级.
func parseLevel(cs []string) (string, string) {
	raw := ""
	for i, c := range cs {
		l, rest := startsWithLabel(c)
		if l != "培养层级" {
			continue
		}
		parts := []string{rest}
		for j := i + 1; j < len(cs) && j <= i+4; j++ {
			if nl, _ := startsWithLabel(cs[j]); nl != "" || isHeading(cs[j]) {
				break
			}
			parts = append(parts, cs[j])
		}
		raw = strings.Join(parts, " ")
		break
	}
	if strings.TrimSpace(raw) == "" {
		return "", "未能读取“培养层级”"
	}
	var ticked []string
	boxes := 0
	for _, lv := range levels {
		k := strings.Index(raw, lv)
		if k < 0 {
			continue
		}
		before := strings.TrimRight(raw[:k], " ")
		if tickRe.MatchString(before) {
			ticked = append(ticked, lv)
		}
		if r, _ := utf8.DecodeLastRuneInString(before); strings.ContainsRune(emptyBox, r) || tickRe.MatchString(before) {
			boxes++
		}
	}
	switch {
	case len(ticked) == 1:
		return levelName(ticked[0]), ""
	case len(ticked) > 1:
		return strings.Join(ticked, "、"), "“培养层级”勾选了多项"
	case boxes == 0:
		// Written out instead of ticked: one level named.
		var named []string
		for _, lv := range levels {
			if strings.Contains(raw, lv) {
				named = append(named, lv)
			}
		}
		if len(named) == 1 {
			return levelName(named[0]), ""
		}
	}
	return "", "“培养层级”未勾选"
}

func levelName(lv string) string {
	if lv == "技师" {
		return "技师（预备技师）"
	}
	return lv
}

var (
	seqRe   = regexp.MustCompile(`^[1-9]$`)
	titleRe = regexp.MustCompile(`讲师|教师|技师|工程师|教授|高级工|中级工|助教|实习指导|技术员|研究员|副高|正高|中级|初级|高级`)
)

// parseTeachers reads the team table of part 二: rows "序号 姓名 出生年月
// 职称 经历 是/否", one row a line (tabs) or one cell a line (PDF).
// splitNameDigits splits a cell that a PDF's text layer glued to the next
// one, a name followed by a date ("韦丽娜1988年3", "关海燕1985.04"), at the
// first digit after a valid name.
func splitNameDigits(f string) []string {
	for i, r := range f {
		if r >= '0' && r <= '9' || r >= '０' && r <= '９' {
			if i > 0 && isPersonName(f[:i]) {
				return []string{f[:i], f[i:]}
			}
			break
		}
	}
	return []string{f}
}

func parseTeachers(text string) []models.Teacher {
	start := strings.Index(text, "培训证书")
	if start < 0 {
		start = strings.Index(text, "授课教师信息")
	}
	if start < 0 {
		return nil
	}
	region := text[start:]
	if end := strings.Index(region, "团队成员职责分工"); end >= 0 {
		region = region[:end]
	} else if m := headingRe.FindStringIndex(region); m != nil {
		region = region[:m[0]]
	}
	toks := strings.FieldsFunc(strings.ReplaceAll(region, "\u3000", " "), func(r rune) bool {
		return r == '\t' || r == '\n' || r == '\f' || r == '\r'
	})
	var cellsOut []string
	for _, t := range toks {
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		// A PDF line "1 张三 1980.05 高级讲师 … 是": split on runs of spaces,
		// but keep a letter-spaced two-character name ("张  三") whole.
		var fs []string
		for _, f := range strings.Fields(t) {
			fs = append(fs, splitNameDigits(f)...)
		}
		for k := 0; k < len(fs); k++ {
			if k+1 < len(fs) && utf8.RuneCountInString(fs[k]) == 1 && utf8.RuneCountInString(fs[k+1]) == 1 &&
				names.IsSurname(fs[k]) && unicode.Is(unicode.Han, []rune(fs[k+1])[0]) {
				cellsOut = append(cellsOut, fs[k]+fs[k+1])
				k++
				continue
			}
			cellsOut = append(cellsOut, fs[k])
		}
	}
	var out []models.Teacher
	for i := 0; i < len(cellsOut); i++ {
		if !seqRe.MatchString(cellsOut[i]) || i+1 >= len(cellsOut) {
			continue
		}
		name := cellsOut[i+1]
		if !isPersonName(name) {
			continue
		}
		t := models.Teacher{Name: name}
		j := i + 2
		for ; j < len(cellsOut); j++ {
			c := cellsOut[j]
			if seqRe.MatchString(c) && j+1 < len(cellsOut) && isPersonName(cellsOut[j+1]) {
				break
			}
			switch {
			case c == "是" || c == "否":
				t.Certificate = c
			case t.Title == "" && titleRe.MatchString(c):
				t.Title = c
			}
		}
		out = append(out, t)
		i = j - 1
	}
	return out
}

// teamHeaderRe is the header of a team table without the notice's
// columns (no serial, no 培训证书): "姓名 职称 承担任务", "姓名 职称 分工".
var teamHeaderRe = regexp.MustCompile(`姓\s*名[\s\t]+(?:\S+[\s\t]+)?职\s*称`)

// teachersByTitle reads a team table whose rows give no serial number
// ("二、授课教师" over "姓名 职称 承担任务", "赵卫民 高级技师 课堂负责人、主讲",
// heldout120's 济源 forms): after the header, up to the next part's
// heading, each name followed within three cells by a title is a teacher.
func teachersByTitle(text string) []models.Teacher {
	loc := teamHeaderRe.FindStringIndex(text)
	if loc == nil {
		return nil
	}
	region := text[loc[1]:]
	if m := headingRe.FindStringIndex(region); m != nil {
		region = region[:m[0]]
	}
	cells := strings.FieldsFunc(strings.ReplaceAll(region, "\u3000", " "), func(r rune) bool {
		return r == '\t' || r == '\n' || r == '\f' || r == '\r' || r == ' '
	})
	var out []models.Teacher
	for i := 0; i < len(cells); i++ {
		if !isPersonName(cells[i]) || titleRe.MatchString(cells[i]) {
			continue
		}
		for j := i + 1; j < len(cells) && j <= i+3; j++ {
			if titleRe.MatchString(cells[j]) {
				out = append(out, models.Teacher{Name: cells[i], Title: cells[j]})
				i = j
				break
			}
		}
	}
	return out
}

func isPersonName(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= 4 && names.Valid(s)
}

var numerals = "一二三四五六七八九十"

// headingRe matches a part heading of the form: "三、目标与内容".
var headingRe = regexp.MustCompile(`(?m)^[ \t]*([一二三四五六七八九十]{1,2})\s*[、．.]\s*(\S[^\n\t]*)`)

func isHeading(c string) bool {
	m := headingRe.FindStringSubmatch(c)
	return m != nil && strings.ContainsAny(m[1], numerals)
}

// sectionPromptRe is the official hint that opens a section.
var sectionPromptRe = regexp.MustCompile(`(?s)简\s*述.*?[（(]\s*\d+\s*字\s*以\s*内\s*[）)]\s*[。.]?`)

// teamHeadRe is the team section's heading with its limit.
var teamHeadRe = regexp.MustCompile(`团队成员职责分工情况及主要工作成果\s*[（(]?\s*(?:\d+\s*字\s*以\s*内)?\s*[）)]?`)

// pageNoRe matches page-number lines left in PDF text.
var pageNoRe = regexp.MustCompile(`(?m)^[ \t]*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+)[ \t]*$`)

// parseSections cuts the text of the form's parts 二 (team) to 八 by their
// headings, the official prompts removed.
func parseSections(text string) (map[string]string, []string) {
	text = strings.ReplaceAll(text, "\f", "\n")
	type pos struct {
		key        string
		start, end int // heading start, content start
	}
	var found []pos
	for _, s := range SectionOrder {
		if s.Title == SectionTeam {
			if m := teamHeadRe.FindStringIndex(text); m != nil {
				found = append(found, pos{s.Title, m[0], m[1]})
			}
			continue
		}
		re := regexp.MustCompile(`(?m)^[ \t]*` + s.Number + `\s*[、．.]?\s*` + spaced(s.Title) + `[^\n]*`)
		if m := re.FindStringIndex(text); m != nil {
			found = append(found, pos{s.Title, m[0], m[1]})
		}
	}
	// Part 九 (or the end of the text) closes 八.
	endRe := regexp.MustCompile(`(?m)^[ \t]*九\s*[、．.]`)
	limit := len(text)
	if m := endRe.FindStringIndex(text); m != nil {
		limit = m[0]
	}
	secs := map[string]string{}
	var missing []string
	for _, s := range SectionOrder {
		i := -1
		for k := range found {
			if found[k].key == s.Title {
				i = k
			}
		}
		if i < 0 {
			missing = append(missing, s.Title)
			continue
		}
		end := limit
		for _, f := range found {
			if f.start > found[i].start && f.start < end {
				end = f.start
			}
		}
		if end < found[i].end {
			end = found[i].end
		}
		body := text[found[i].end:end]
		body = sectionPromptRe.ReplaceAllString(body, "")
		body = pageNoRe.ReplaceAllString(body, "")
		secs[s.Title] = strings.TrimSpace(body)
	}
	return secs, missing
}
