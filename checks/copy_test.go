package checks

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"classaudit/internal/copydetect"
	"classaudit/internal/corpusgen"
	"classaudit/models"
)

// synthPass turns a generated corpus into the submissions a pass sees.
func synthPass(c *copydetect.SynthCorpus) *Pass {
	subs := map[string]*models.Submission{}
	var order []*models.Submission
	for _, d := range c.Docs {
		s, ok := subs[d.Submission]
		if !ok {
			s = &models.Submission{ID: d.Submission, School: d.School}
			subs[d.Submission] = s
			order = append(order, s)
		}
		doc := &models.Document{SubmissionID: d.Submission, School: d.School, Kind: models.KindItem, Item: d.Item,
			RelPath: d.Submission + "/" + models.ItemName(d.Item) + ".pdf"}
		for i, pg := range d.Pages {
			doc.Pages = append(doc.Pages, models.Page{Number: i + 1, Method: models.MethodText, Text: pg})
		}
		s.Documents = append(s.Documents, doc)
	}
	return &Pass{Submissions: order}
}

func TestCopyFindingsOnSynthCorpus(t *testing.T) {
	t.Parallel()
	c := copydetect.GenerateSynth(copydetect.SynthConfig{Seed: 11, Schools: 12, ItemChars: 1200})
	dir := synthReferenceDir(t, c)
	p := synthPass(c)
	p.Config.ReferenceDir = dir
	Copy.Run(p)

	// Every planted pair between two schools must give a cross-school
	// finding on both sides; every finding must be backed by a planted pair.
	type key struct{ sub, other string }
	planted := map[key]bool{}
	byOrigin := map[int][]copydetect.SynthOccurrence{}
	for _, o := range c.Occurrences {
		byOrigin[o.Origin] = append(byOrigin[o.Origin], o)
	}
	for _, occ := range byOrigin {
		for _, x := range occ {
			for _, y := range occ {
				dx, dy := c.Docs[x.Doc], c.Docs[y.Doc]
				if dx.Submission != dy.Submission {
					planted[key{dx.Submission, dy.Submission}] = true
				}
			}
		}
	}
	found := map[key]bool{}
	matches := map[string]models.Match{}
	for _, m := range p.matches {
		matches[m.ID] = m
	}
	for _, f := range p.findings {
		switch f.Rule {
		case models.RuleCopyCrossSchool, models.RuleCopySameSchool:
		default:
			t.Errorf("unexpected rule %s", f.Rule)
			continue
		}
		k := key{f.SubmissionID, f.OtherSubmissionID}
		found[k] = true
		if !planted[k] {
			t.Errorf("finding without a planted copy: %s", f.Message)
		}
		same := f.School == strings.Split(f.OtherSubmissionID, "/")[0]
		if same != (f.Rule == models.RuleCopySameSchool) {
			t.Errorf("rule %s for %s vs %s", f.Rule, f.SubmissionID, f.OtherSubmissionID)
		}
		m, ok := matches[f.MatchID]
		if !ok {
			t.Errorf("finding points to missing match %q", f.MatchID)
			continue
		}
		if m.A.SubmissionID != f.SubmissionID && m.B.SubmissionID != f.SubmissionID {
			t.Errorf("match %s does not touch %s", m.ID, f.SubmissionID)
		}
		if m.A.Text == "" || m.B.Text == "" || m.A.ItemShare <= 0 || m.Length < copydetect.DefaultMinLength {
			t.Errorf("match lacks texts, share or length: %+v", m)
		}
		if f.Evidence == "" || !strings.Contains(f.Message, "雷同") {
			t.Errorf("finding lacks evidence or message: %+v", f)
		}
	}
	missed := 0
	for k := range planted {
		if !found[k] {
			missed++
			t.Logf("planted pair without finding: %s ~ %s", k.sub, k.other)
		}
	}
	if missed > len(planted)/20 {
		t.Errorf("%d of %d planted submission pairs have no finding", missed, len(planted))
	}
	t.Logf("%d findings, %d matches, %d planted ordered pairs, %d missed", len(p.findings), len(p.matches), len(planted), missed)
	if len(p.findings) > 0 {
		t.Logf("example: %s\n%s", p.findings[0].Message, p.findings[0].Evidence)
	}
}

// synthReferenceDir writes a generated corpus's national-standard passages
// into a new reference folder, as an operator would supply them.
func synthReferenceDir(t *testing.T, c *copydetect.SynthCorpus) string {
	t.Helper()
	dir := t.TempDir()
	for i, r := range c.Reference {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("standard%03d.txt", i)), []byte(r), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestCopyReferenceDir: a passage that two schools take from a national
// standard is reported until the standard is given as reference.
func TestCopyReferenceDir(t *testing.T) {
	t.Parallel()
	c := copydetect.GenerateSynth(copydetect.SynthConfig{Seed: 5, Schools: 3, SubmissionsPerSchool: 1, Items: 2,
		ItemChars: 600, CrossCopies: -1, RingCopies: -1, SameSchoolCopies: -1})
	std := c.Reference[0]
	dir := synthReferenceDir(t, c)
	run := func(refDir string) []models.Finding {
		p := synthPass(c)
		// Two schools' item 2 quote the same standard passage.
		for _, s := range p.Submissions[:2] {
			s.Documents[1].Pages[0].Text += "\n" + std
		}
		p.Config.ReferenceDir = refDir
		Copy.Run(p)
		return p.findings
	}
	if fs := run(""); len(fs) != 2 {
		t.Errorf("without reference: %d findings, want 2 (one per side)", len(fs))
	}
	for _, f := range run(dir) {
		t.Errorf("with reference: %s", f.Message)
	}
}

// worksheet builds one student's pages of item 8: the printed form with the
// student's name and answers filled in.
// With noise, each page is read with OCR-like errors of its own (3% of the
// Han characters substituted), printed form included.
func worksheet(name string, answers []string, noise uint64) []models.Page {
	form := []string{
		"学习任务一 工作页 电动汽车高压系统检测 学习活动1 明确任务 引导问题：请根据任务书描述本次维修作业的内容和要求，并列出所需的工具设备和安全防护用品。",
		"学习活动2 制定计划 引导问题：请小组讨论制定高压系统断电检测的工作计划，写明每个步骤的负责人、所需时间和注意事项。教师评价：",
	}
	var out []models.Page
	for i, f := range form {
		text := f + "\n答：" + answers[i]
		if noise != 0 { // the name label is left clean: reading names is not this check's job
			text = copydetect.EditText(text, copydetect.PlantOptions{Edits: copydetect.EditSubstitute,
				Rand: rand.New(rand.NewPCG(noise, uint64(i)))})
		}
		if i == 0 {
			text = "班级：新能源2301 姓名：" + name + " 学号：23012\n" + text
		}
		out = append(out, models.Page{Method: models.MethodOCR, Text: text})
	}
	return out
}

func TestIdenticalWork(t *testing.T) {
	t.Parallel()
	shared := []string{
		"首先断开低压蓄电池负极，等待五分钟以上让电容放电，然后佩戴绝缘手套拔下维修开关，用万用表测量母线电压低于三十伏后方可作业，最后在车辆上放置警示牌。",
		"由组长王磊负责准备绝缘工具并检查手套有无漏气，由我负责记录测量数据，计划用时四十分钟，注意单手操作和监护人到位，工作结束后清点工具恢复工位。",
	}
	other := []string{
		"本次作业是检查一辆纯电动轿车的动力电池包绝缘故障，仪表显示绝缘报警，需要用兆欧表逐段测量高压线束和电池包对车身的绝缘电阻。",
		"我们组先查阅维修手册确认高压部件位置，再分工，一人操作一人监护一人记录，预计一节课完成，重点是防止触电和保护好测量仪器不被损坏。",
	}
	other2 := []string{
		"任务内容是对故障车辆进行上电前检查，使用诊断仪读取故障码，判断是否属于高压互锁回路断开，工具有诊断仪、绝缘手套、护目镜和放电工装。",
		"计划分三步：读取数据流，测量互锁线路通断，更换损坏的插接器；由张婷监护，时间安排为三十分钟，注意断电后再插拔任何高压插头。",
	}
	cases := []struct {
		name  string
		works [][]string
		noise bool
		want  int
	}{
		{"两名学生作答相同", [][]string{shared, shared, other}, false, 1},
		{"三名学生各自作答", [][]string{shared, other, other2}, false, 0},
		{"扫描噪声下两名学生作答相同", [][]string{shared, shared, other}, true, 1},
		{"扫描噪声下三名学生各自作答", [][]string{shared, other, other2}, true, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			doc := &models.Document{Kind: models.KindItem, Item: 8, RelPath: "学校A/课堂1/8.工作页.pdf"}
			for i, n := range []string{"李明辉", "陈晓燕", "黄志强"} {
				noise := uint64(0)
				if tc.noise {
					noise = uint64(i + 1)
				}
				doc.Pages = append(doc.Pages, worksheet(n, tc.works[i], noise)...)
			}
			for i := range doc.Pages {
				doc.Pages[i].Number = i + 1
			}
			s := &models.Submission{ID: "学校A/课堂1", School: "学校A", Documents: []*models.Document{doc}}
			p := &Pass{Submissions: []*models.Submission{s}}
			Copy.Run(p)
			got := 0
			for _, f := range p.findings {
				if f.Rule == models.RuleFabricationIdenticalWork {
					got++
					t.Logf("%s\n%s", f.Message, f.Evidence)
					if !strings.Contains(f.Message, "李明辉") || !strings.Contains(f.Message, "陈晓燕") {
						t.Errorf("wrong students: %s", f.Message)
					}
				}
			}
			if got != tc.want {
				t.Errorf("%d identical-work findings, want %d", got, tc.want)
			}
		})
	}
}

func TestStudentName(t *testing.T) {
	t.Parallel()
	cases := []struct{ in, want string }{
		{"班级：2301 姓名：张伟 学号：1", "张伟"},
		{"学生姓名: 欧阳晓明\n", "欧阳晓明"},
		{"姓 名：李娜班级：电商", "李娜"},
		{"姓名：", ""},
		{"没有名字", ""},
		{"学习成果汇编\n学习任务：虚拟局域网的划分\n学生：郭恩\n成果名称：配置文档", "郭恩"},
		{"本次任务由学生：自主完成", ""},
	}
	for _, c := range cases {
		if got := studentName(c.in); got != c.want {
			t.Errorf("studentName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCopyOnCorpusgenCorpus runs the copy check over the text drawn in a
// corpus made by internal/corpusgen (another engineer's generator, which
// guarantees that no run of 12 Han characters outside its template text and
// its planted copies is shared between schools, nor between one
// submission's three students). Its template lines (headings, form labels,
// catalogue course and task names: what the national curriculum standards
// hold) are given as the operator's reference folder; then the copy and
// identical-work findings must be exactly the planted ones (by rule,
// submission and item). Without them, what is found is logged.
func TestCopyOnCorpusgenCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a corpus")
	}
	t.Parallel()
	truth, err := corpusgen.Generate(t.TempDir(), corpusgen.Options{Seed: 3})
	if err != nil {
		t.Fatalf("generate: %v", err)
	}
	refDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(refDir, "template-lines.txt"), []byte(strings.Join(truth.TemplateLines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, withRef := range []bool{false, true} {
		p := corpusgenPass(truth)
		if withRef {
			p.Config.ReferenceDir = refDir
		}
		Copy.Run(p)
		t.Logf("reference %v: %d submissions, %d matches (template %d), %d findings", withRef, len(p.Submissions), len(p.matches), countTemplate(p.matches), len(p.findings))
		// The truth's planted copies and identical answers, as (rule,
		// submission, item) keys; every finding must be one of them.
		want := map[string]int{}
		for _, f := range truth.Findings {
			if slices.Contains(Copy.Rules, f.Rule) {
				want[fmt.Sprintf("%s %s item %d", f.Rule, f.SubmissionID, f.Item)]++
			}
		}
		got := map[string]int{}
		for _, f := range p.findings {
			key := fmt.Sprintf("%s %s item %d", f.Rule, f.SubmissionID, f.Item)
			got[key]++
			msg := fmt.Sprintf("%s: %s\n%s", key, f.Message, f.Evidence)
			if withRef && want[key] == 0 {
				t.Error("not planted: " + msg)
			} else {
				t.Log(msg)
			}
		}
		if withRef {
			for key := range want {
				if got[key] == 0 {
					t.Errorf("planted, not found: %s", key)
				}
			}
		}
	}
}

// corpusgenPass builds the submissions of a corpusgen corpus from the text
// its truth says was drawn on each page (no PDF extraction).
func corpusgenPass(truth *corpusgen.Truth) *Pass {
	pages := map[string][]models.Page{}
	for _, pg := range truth.Pages {
		pages[pg.File] = append(pages[pg.File], models.Page{Number: pg.Page, Method: models.MethodText, Text: pg.Text})
	}
	p := &Pass{}
	for _, ts := range truth.Submissions {
		s := &models.Submission{ID: ts.ID, School: ts.School, Name: ts.Name}
		for _, f := range ts.Files {
			ps := pages[f.RelPath]
			if len(ps) == 0 || f.Defect != "" {
				continue
			}
			sort.Slice(ps, func(i, j int) bool { return ps[i].Number < ps[j].Number })
			s.Documents = append(s.Documents, &models.Document{SubmissionID: ts.ID, School: ts.School, RelPath: f.RelPath,
				Kind: models.FileKind(f.Kind), Item: f.Item, Pages: ps})
		}
		p.Submissions = append(p.Submissions, s)
	}
	return p
}

func countTemplate(ms []models.Match) int {
	n := 0
	for _, m := range ms {
		if m.Template {
			n++
		}
	}
	return n
}

// TestCopyReferencePDF: a reference folder may hold PDFs (read through the
// extractors' text layer). Two schools quoting one gives findings until the
// PDF is in the reference folder.
func TestCopyReferencePDF(t *testing.T) {
	t.Parallel()
	src := "../../shared/corpus/real/text_pdf/pdf2docx_demo-table-align-borders.pdf"
	raw, err := os.ReadFile(src)
	if err != nil {
		t.Skipf("real corpus absent: %v", err)
	}
	quote, err := referenceText(src)
	if err != nil || len([]rune(quote)) < 200 {
		t.Fatalf("reference PDF text: %d runes, %v", len([]rune(quote)), err)
	}
	c := copydetect.GenerateSynth(copydetect.SynthConfig{Seed: 8, Schools: 3, SubmissionsPerSchool: 1, Items: 2,
		ItemChars: 600, CrossCopies: -1, RingCopies: -1, SameSchoolCopies: -1})
	dir := synthReferenceDir(t, c)
	run := func(refDir string) int {
		p := synthPass(c)
		for _, s := range p.Submissions[:2] {
			s.Documents[1].Pages[0].Text += "\n" + quote
		}
		p.Config.ReferenceDir = refDir
		Copy.Run(p)
		for _, f := range p.findings {
			t.Logf("reference %q: %s", refDir, f.Message)
		}
		return len(p.findings)
	}
	if n := run(dir); n == 0 {
		t.Fatal("no finding for a shared PDF text without it as reference")
	}
	if err := os.WriteFile(filepath.Join(dir, "standard.pdf"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	if n := run(dir); n != 0 {
		t.Errorf("%d findings with the PDF as reference", n)
	}
}

// TestIdenticalWorkOCRForm: three students' scanned worksheet pages of
// testdata/othertools (柳城 item 8, OCR output): the printed header and
// questions are read slightly differently on each page (富保鸡丁, 官保鸡丁,
// 第]组, 干克), so no fingerprint of them is in all three sections; they are
// still printed form, not a shared answer. Giving the third student the
// first one's answers must still be reported.
func TestIdenticalWorkOCRForm(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("../internal/copydetect/testdata/ot_item8_liucheng.txt")
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(string(b), "\f")
	// the answer lines of the first student's page (between the questions)
	lines := strings.Split(pages[0], "\n")
	copied := strings.Split(pages[2], "\n")
	copied[3], copied[4], copied[6] = lines[3], lines[4], lines[6]
	for _, tc := range []struct {
		name  string
		pages []string
		want  int
	}{
		{"OCR 印刷内容各页不同", pages, 0},
		{"第三名学生抄第一名", []string{pages[0], pages[1], strings.Join(copied, "\n")}, 1},
	} {
		doc := &models.Document{Kind: models.KindItem, Item: 8, RelPath: "柳城/宫保鸡丁/8.工作页.pdf"}
		for i, text := range tc.pages {
			doc.Pages = append(doc.Pages, models.Page{Number: i + 1, Method: models.MethodOCR, Text: text})
		}
		s := &models.Submission{ID: "柳城/宫保鸡丁", School: "柳城", Documents: []*models.Document{doc}}
		p := &Pass{Submissions: []*models.Submission{s}}
		Copy.Run(p)
		got := 0
		for _, f := range p.findings {
			if f.Rule == models.RuleFabricationIdenticalWork {
				got++
				t.Logf("%s: %s\n%s", tc.name, f.Message, f.Evidence)
				if !strings.Contains(f.Message, "罗小龙") || !strings.Contains(f.Message, "梁志诚") {
					t.Errorf("%s: wrong students: %s", tc.name, f.Message)
				}
			}
		}
		if got != tc.want {
			t.Errorf("%s: %d identical-work findings, want %d", tc.name, got, tc.want)
		}
	}
}
