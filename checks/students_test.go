package checks

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"classaudit/internal/names"
	"classaudit/models"
)

// pplClass returns n distinct, valid names for a synthetic class.
func pplClass(n int) []string {
	surnames := []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")
	given := []string{"伟", "娜", "芳", "强", "静", "磊", "洋", "敏", "杰", "婷", "浩然", "子涵", "欣怡", "宇轩", "梓萱"}
	var out []string
	for i := 0; len(out) < n; i++ {
		out = append(out, string(surnames[i%len(surnames)])+given[(i/len(surnames)+i*7)%len(given)])
	}
	return out
}

// pplSub is a synthetic submission: the class, the three students of
// items 8, 11, 12 (per item), how their pages are printed, and the records.
type pplSub struct {
	class     []string
	classSize int // 班级人数 on the form; 0: len(class)
	students  map[int][]string
	style     map[int]string // "typed", "ocr", "ascii", "split", "cover"
	records   []string       // names in item 10; nil: class
	recRows   map[string]string
	roster    []string
	noForm    bool
	ocrRecs   bool // item 10 scanned: cells separated by spaces
}

func (c pplSub) build() *models.Submission {
	s := &models.Submission{ID: "学校/课堂", School: "学校"}
	add := func(kind models.FileKind, item int, path string, pages ...string) {
		d := &models.Document{SubmissionID: s.ID, School: s.School, RelPath: path, Kind: kind, Item: item, Format: "pdf"}
		for i, p := range pages {
			m := models.MethodText
			if strings.Contains(path, "扫描") {
				m = models.MethodOCR
			}
			d.Pages = append(d.Pages, models.Page{Number: i + 1, Method: m, Text: p})
		}
		s.Files = append(s.Files, models.File{SubmissionID: s.ID, RelPath: path, Kind: kind, Item: item})
		s.Documents = append(s.Documents, d)
	}
	size := c.classSize
	if size == 0 {
		size = len(c.class)
	}
	if !c.noForm {
		add(models.KindForm, 0, "学校/课堂/申报书.docx", "一、基本信息\n\t课堂负责人\t韦杰\n\t授课年级\t2023级\t授课班级\t汽修2301班\t班级人数\t"+fmt.Sprint(size)+"人\n二、授课教师信息\n\t序号\t姓名\t出生年月\t职称\t是否获得一体化教师培训证书\n\t1\t韦杰\t1980.01\t高级讲师\t是\n")
	}
	recs := c.records
	if recs == nil {
		recs = c.class
	}
	var b strings.Builder
	if c.ocrRecs {
		b.WriteString("学 习 任 务 考 核 记 录\n序号 姓 名 过程考核 (满分 60) 终结考核 (满分40分) 总 分\n")
	} else {
		b.WriteString("学习任务考核记录\n序号\t姓名\t过程考核(满分60)\t终结考核(满分40)\t总分\n")
	}
	for i, n := range recs {
		row := fmt.Sprintf("%d\t%s\t%d\t%d\t%d", i+1, n, 40+i%20, 30+i%10, 70+i%20+i%10)
		if r, ok := c.recRows[n]; ok {
			row = fmt.Sprintf("%d\t%s\t%s", i+1, n, r)
		}
		if c.ocrRecs {
			row = spaceHan(strings.ReplaceAll(row, "\t", " "))
		}
		b.WriteString(row + "\n")
	}
	b.WriteString("考核教师签名：韦杰\n")
	add(models.KindItem, 10, "学校/课堂/10.学习任务考核记录.pdf", b.String())
	for _, item := range models.StudentItems {
		var pages []string
		style := c.style[item]
		for _, st := range c.students[item] {
			for k := 1; k <= 2; k++ {
				pages = append(pages, pplPage(item, st, style, k))
			}
		}
		path := fmt.Sprintf("学校/课堂/%d.%s.pdf", item, models.ItemName(item))
		if style == "ocr" || style == "split" {
			path = fmt.Sprintf("学校/课堂/%d.%s扫描.pdf", item, models.ItemName(item))
		}
		add(models.KindItem, item, path, pages...)
	}
	if c.roster != nil {
		add(models.KindRoster, 0, "学校/课堂/花名册.xlsx", "汽修2301班花名册\n序号\t学号\t姓名\t性别\n"+func() string {
			var r strings.Builder
			for i, n := range c.roster {
				fmt.Fprintf(&r, "%d\t2023%03d\t%s\t男\n", i+1, i+1, n)
			}
			return r.String()
		}())
	}
	return s
}

func spaceOut(s string) string { return strings.Join(strings.Split(s, ""), " ") }

// spaceHan puts a space between adjacent Han characters, as OCR of a
// letter-spaced table does, and leaves numbers whole.
func spaceHan(s string) string {
	var b strings.Builder
	prev := false
	for _, r := range s {
		han := r >= 0x4E00 && r <= 0x9FFF
		if han && prev {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = han
	}
	return b.String()
}

// pplPage prints page k of a student's work in the given style.
func pplPage(item int, name, style string, k int) string {
	body := "一、获取信息\n1. 查阅维修手册，写出正时皮带的更换周期。\n答：每行驶6万公里更换一次。\n教师评语：完成较好。 批改教师：韦杰\n"
	// The group's division of work names classmates: not this page's student.
	group := "小组分工\n序号\t姓名\t分工\n1\t周杰\t组长\n2\t吴静\t记录员\n3\t郑浩\t操作员\n4\t冯磊\t安全员\n组长：周杰\n"
	if k == 2 {
		return "二、制定计划\n" + group + body // a continuation page names no student of its own
	}
	switch style {
	case "ocr":
		return spaceOut("工作页") + "\n" + spaceOut("姓名") + " ： " + spaceOut(name) + "   " + spaceOut("班级") + " : 汽 修 2 3 0 1\n" + body
	case "ascii":
		return "学生姓名: " + name + "  学号: 2023001\n" + body
	case "split":
		return "课后作业\n姓 名\n" + name + "\n班级\n汽修2301班\n" + body
	case "cover":
		return "学习成果汇编\n学生：" + name + "\n指导教师：韦杰\n" + body
	}
	return "工作页\n姓名：" + name + "　班级：汽修2301班　日期：2024年3月1日\n" + body
}

type pplCase struct {
	name string
	sub  pplSub
	want []string // rules expected, sorted, with repeats
}

func pplCases() []pplCase {
	class := pplClass(40)
	three := class[:3]
	same := func(a, b, c []string) map[int][]string { return map[int][]string{8: a, 11: b, 12: c} }
	noisy := append([]string(nil), three...)
	noisy[1] = strings.Replace(noisy[1], "敏", "繁", 1) // OCR: 敏 read as 繁
	twins := append(append([]string(nil), class[:38]...), "陈己明", "陈已明")
	withExtra := append(append([]string(nil), class...), "欧阳娜娜")
	return []pplCase{
		{"clean typed", pplSub{class: class, students: same(three, three, three)}, nil},
		{"clean mixed styles", pplSub{class: class, students: same(three, three, three),
			style: map[int]string{8: "ocr", 11: "cover", 12: "split"}}, nil},
		{"clean ascii colon", pplSub{class: class, students: same(three, three, three), style: map[int]string{8: "ascii"}}, nil},
		{"one similar char, matched", pplSub{class: class, students: same(three, three, noisy), style: map[int]string{12: "ocr"}}, nil},
		{"clean with roster", pplSub{class: class, students: same(three, three, three), roster: class}, nil},
		{"no form", pplSub{class: class, students: same(three, three, three), noForm: true}, nil},
		{"item 12 two students", pplSub{class: class, students: same(three, three, three[:2])},
			[]string{"students.count", "students.mismatch"}},
		{"item 8 four students", pplSub{class: class, students: same(class[:4], three, three), style: map[int]string{8: "ocr"}},
			[]string{"students.count", "students.mismatch"}},
		{"item 11 another student", pplSub{class: class, students: same(three, []string{three[0], three[1], class[5]}, three)},
			[]string{"students.mismatch"}},
		{"student not in records", pplSub{class: class, records: class[1:], students: same(three, three, three)},
			[]string{"records.count_mismatch", "students.not_in_class"}},
		{"twins stay two", pplSub{class: twins, students: same([]string{"陈己明", class[0], class[1]}, []string{"陈己明", class[0], class[1]}, []string{"陈已明", class[0], class[1]})},
			[]string{"students.mismatch"}},
		{"twins both right", pplSub{class: twins, students: same([]string{"陈己明", "陈已明", class[1]}, []string{"陈己明", "陈已明", class[1]}, []string{"陈己明", "陈已明", class[1]}), style: map[int]string{12: "ocr"}}, nil},
		{"records fewer than 班级人数", pplSub{class: class, classSize: 42, students: same(three, three, three)},
			[]string{"records.count_mismatch"}},
		{"roster member without record", pplSub{class: class, roster: withExtra, students: same(three, three, three)},
			[]string{"records.count_mismatch", "records.missing_student"}},
		{"score above max", pplSub{class: class, students: same(three, three, three), recRows: map[string]string{class[7]: "65\t30\t95"}},
			[]string{"records.invalid_score"}},
		{"scanned records clean", pplSub{class: class, students: same(three, three, three), ocrRecs: true}, nil},
		{"scanned records, score above max", pplSub{class: class, students: same(three, three, three), ocrRecs: true,
			recRows: map[string]string{class[4]: "61\t30\t91"}}, []string{"records.invalid_score"}},
		{"scanned records, student missing", pplSub{class: class, records: class[:39], students: same(three, three, three), ocrRecs: true},
			[]string{"records.count_mismatch"}},
		{"total not the sum", pplSub{class: class, students: same(three, three, three), recRows: map[string]string{class[9]: "50\t30\t90"}},
			[]string{"records.invalid_score"}},
	}
}

// runPeople runs the people checks on one submission and returns the
// rules of its findings, sorted, review notices left out.
func runPeople(s *models.Submission) (*Pass, []string) {
	p := &Pass{Submissions: []*models.Submission{s}}
	Students.Run(p)
	Records.Run(p)
	var rules []string
	for _, f := range p.findings {
		if !models.ReviewRule(f.Rule) { // notices of what could not be checked
			rules = append(rules, f.Rule)
		}
	}
	sort.Strings(rules)
	return p, rules
}

func TestPeopleRules(t *testing.T) {
	t.Parallel()
	tp, fp, fn := 0, 0, 0
	for _, c := range pplCases() {
		p, got := runPeople(c.sub.build())
		want := append([]string(nil), c.want...)
		sort.Strings(want)
		gotSet, wantSet := map[string]int{}, map[string]int{}
		for _, r := range got {
			gotSet[r]++
		}
		for _, r := range want {
			wantSet[r]++
		}
		for r := range gotSet {
			if wantSet[r] > 0 {
				tp++
			} else {
				fp++
			}
		}
		for r := range wantSet {
			if gotSet[r] == 0 {
				fn++
			}
		}
		if strings.Join(dedup(got), ",") != strings.Join(dedup(want), ",") {
			t.Errorf("%s: rules %v, want %v", c.name, got, want)
			for _, f := range p.findings {
				t.Logf("  %s %s | %s", f.Rule, f.Message, f.Evidence)
			}
		}
	}
	t.Logf("people rules over %d cases: precision %d/%d, recall %d/%d", len(pplCases()), tp, tp+fp, tp, tp+fn)
}

func dedup(ss []string) []string {
	var out []string
	for i, s := range ss {
		if i == 0 || s != ss[i-1] {
			out = append(out, s)
		}
	}
	return out
}

func TestStudentsTableAndMessages(t *testing.T) {
	t.Parallel()
	class := pplClass(40)
	three := class[:3]
	noisy := []string{three[0], strings.Replace(three[1], "敏", "繁", 1), three[2]}
	if noisy[1] == three[1] {
		t.Fatal("test data: no noise planted")
	}
	c := pplSub{class: class, students: map[int][]string{8: three, 11: three, 12: noisy}, style: map[int]string{12: "ocr"}}
	p, rules := runPeople(c.build())
	if len(rules) != 0 {
		t.Fatalf("findings on a clean submission: %v", rules)
	}
	var fuzzy *models.StudentRead
	n12 := 0
	for i, s := range p.students {
		if s.Item == 12 {
			n12++
		}
		if s.NameRead != s.NameMatched {
			fuzzy = &p.students[i]
		}
	}
	if fuzzy == nil || fuzzy.NameRead != noisy[1] || fuzzy.NameMatched != three[1] || fuzzy.Item != 12 || fuzzy.Page != 3 {
		t.Errorf("fuzzy read not recorded as read→matched: %+v", fuzzy)
	}
	if n12 != 3 {
		t.Errorf("item 12: %d names in the students table, want 3", n12)
	}
	// A mismatch message names the students and their pages.
	c = pplSub{class: class, students: map[int][]string{8: three, 11: three, 12: {three[0], three[1], class[5]}}}
	p, _ = runPeople(c.build())
	var msg string
	for _, f := range p.findings {
		if f.Rule == models.RuleStudentsMismatch {
			msg = f.Message + f.Evidence
		}
	}
	for _, want := range []string{class[5], three[2], "第12项", "第8项"} {
		if !strings.Contains(msg, want) {
			t.Errorf("mismatch message lacks %q: %s", want, msg)
		}
	}
	c = pplSub{class: class, students: map[int][]string{8: class[:4], 11: three, 12: three}}
	p, _ = runPeople(c.build())
	for _, f := range p.findings {
		if f.Rule == models.RuleStudentsCount && !strings.Contains(f.Message, class[3]+"（第7–8页）") {
			t.Errorf("count message lacks the pages: %s", f.Message)
		}
	}
}

// TestNamesakesByID: two students of one name, told apart by 学号 in the
// register and the roster, are two records; the same student listed again
// (a second table of the whole class, or a row without a number) is one.
func TestNamesakesByID(t *testing.T) {
	t.Parallel()
	class := append(pplClass(5), "林晓燕", "林晓燕")
	register := func(rows ...string) string {
		return "学习任务考核记录\n序号\t学号\t姓名\t过程考核(满分60)\t终结考核(满分40)\t总分\n" + strings.Join(rows, "\n") + "\n考核教师签名：韦杰\n"
	}
	var rows, again []string
	for i, n := range class {
		rows = append(rows, fmt.Sprintf("%d\t2023%03d\t%s\t45\t35\t80", i+1, i+1, n))
		again = append(again, fmt.Sprintf("%d\t2023%03d\t%s\t40\t30\t70", i+1, i+1, n))
	}
	three := map[int][]string{8: class[:3], 11: class[:3], 12: class[:3]}
	for _, c := range []struct {
		name     string
		size     int
		register string
		want     []string
	}{
		{"two 林晓燕", 7, register(rows...), nil},
		{"two 林晓燕, the class listed twice", 7, register(append(slices.Clone(rows), again...)...), nil},
		{"one 林晓燕 listed twice", 6, register(append(slices.Clone(rows[:6]), again[5])...), nil},
		{"two 林晓燕, one record short", 8, register(rows...), []string{"records.count_mismatch"}},
	} {
		s := pplSub{class: class, classSize: c.size, students: three}.build()
		for _, d := range s.Documents {
			if d.Item == models.RecordsItem {
				d.Pages[0].Text = c.register
			}
		}
		p, got := runPeople(s)
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%s: rules %v, want %v", c.name, got, c.want)
			for _, f := range p.findings {
				t.Logf("  %s %s", f.Rule, f.Message)
			}
		}
	}
}

// TestEvenRuns: an item's pages are accounted for by its students' works
// of one length each, the last to the item's end; a cover before them is
// shorter than a work. Pages before the first work as many as a work's
// are another student's (heldout50's 聊城 汽修: three one-page homeworks,
// the first page's label and name garbled by a photo's light bands).
func TestEvenRuns(t *testing.T) {
	t.Parallel()
	at := func(name string, pages ...int) []names.Mention {
		var ms []names.Mention
		for _, p := range pages {
			ms = append(ms, names.Mention{Item: 12, Page: p, Read: names.Read{Name: name}, Matched: name})
		}
		return ms
	}
	for _, c := range []struct {
		what  string
		ms    []names.Mention
		pages int
		want  bool
	}{
		{"two works of one page, the item's first page unnamed", append(at("岳佩珊", 2), at("马广源", 3)...), 3, false},
		{"a cover, then two works of three pages", append(at("岳佩珊", 2), at("马广源", 5)...), 7, true},
		{"two works of two pages from the first page", append(at("岳佩珊", 1), at("马广源", 3)...), 4, true},
		{"works of uneven length", append(at("岳佩珊", 1), at("马广源", 2)...), 5, false},
		{"every page named", append(at("岳佩珊", 1, 2), at("马广源", 3)...), 3, true},
	} {
		if got := evenRuns(c.ms, 12, c.pages, nil); got != c.want {
			t.Errorf("%s: evenRuns = %t, want %t", c.what, got, c.want)
		}
	}
}
