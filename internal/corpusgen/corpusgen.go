package corpusgen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"golang.org/x/sync/errgroup"

	"classaudit/models"
)

// Options select what Generate writes.
type Options struct {
	// Seed makes the corpus: the same seed gives the same bytes.
	Seed int64
	// Profile is "small" (the default: 4 schools × 2 submissions, a few
	// seconds) or "large" (30 schools × 3–4 submissions).
	Profile string
}

// Generate writes a corpus under dir (dir/<school>/<submission>/files, one or
// two schools as dir/<school>.zip with GBK member names inside a top folder
// named after the school) and its truth as dir/.truth.json. dir must be
// empty or absent.
//
// RelPath convention: the path relative to dir with '/' separators; for a
// member of dir/<school>.zip, "<school>/" followed by the member path with
// the archive's top folder (named after the school) left out, so that every
// file of a submission starts with its ID "<school>/<submission>/".
func Generate(dir string, opts Options) (*Truth, error) {
	if ents, err := os.ReadDir(dir); err == nil && len(ents) > 0 {
		return nil, fmt.Errorf("generate corpus: %s is not empty", dir)
	}
	cp, err := planCorpus(opts)
	if err != nil {
		return nil, err
	}
	copies := cp.plantCopies() // copied and shared passages (copies.go)
	pw, err := newPDFWriter(fixedTime)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("generate corpus: %w", err)
	}
	// School by school, so that only one school's bytes are held at once.
	for _, sp := range cp.schools {
		if err := cp.renderSchool(pw, sp); err != nil {
			return nil, err
		}
		if err := writeSchool(dir, sp); err != nil {
			return nil, fmt.Errorf("generate corpus: %w", err)
		}
		sp.summary.raw = nil
		for _, sub := range sp.subs {
			for _, d := range sub.docs {
				d.raw, d.pages = nil, nil
			}
		}
	}
	cp.truth.ReferenceDir = ReferenceDirName
	if err := writeFile(dir, ReferenceDirName+"/"+referenceFileName, []byte(ReferenceText())); err != nil {
		return nil, fmt.Errorf("generate corpus: %w", err)
	}
	if err := copies.finish(cp, dir); err != nil {
		return nil, fmt.Errorf("generate corpus: %w", err)
	}
	b, err := json.MarshalIndent(cp.truth, "", " ")
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, TruthFileName), b, 0o644); err != nil {
		return nil, fmt.Errorf("generate corpus: %w", err)
	}
	return cp.truth, nil
}

// ReferenceDirName is the hidden folder of a corpus with its reference text.
const ReferenceDirName = ".reference"

const referenceFileName = "国家课程标准目录.txt"

// ReferenceText is the national catalogue the generated items quote: the
// majors of 附件1 with their courses and learning tasks, one name a line.
// Schools share it legitimately (SPEC: the national curriculum standard),
// so a sweep of a generated corpus takes it as reference text.
func ReferenceText() string {
	var b strings.Builder
	b.WriteString("技工院校工学一体化课程标准目录（节选）\n")
	for _, m := range majors {
		fmt.Fprintf(&b, "\n%s\n%s\n", m.Name, m.Code)
		for _, c := range m.Courses {
			fmt.Fprintf(&b, "%s\n", c.Name)
			for i, t := range c.Tasks {
				fmt.Fprintf(&b, "学习任务%d：%s\n%s\n", i+1, t, t)
			}
		}
	}
	return b.String()
}

// corpusPlan is the whole corpus before and after rendering.
type corpusPlan struct {
	opts    Options
	rng     *rand.Rand
	reg     *registry
	truth   *Truth
	schools []*schoolPlan
	stats   struct{ retries, forced int }
	// scans counts scanned documents (they take scanConditions in turn);
	// rotated is set once a document has pages with /Rotate 90.
	scans   int
	rotated bool
}

type schoolPlan struct {
	name    string
	zip     bool
	style   int
	summary *docPlan
	subs    []*subPlan
}

type subPlan struct {
	ctx    *subCtx
	id     string
	docs   []*docPlan
	form   string // form format, "" when missing
	truthI int    // index in truth.Submissions
}

type profile struct {
	schools        int
	minSub, maxSub int
	zips           int
	distinctMajors bool // no major twice in the corpus (at most 12 submissions)
}

var profiles = map[string]profile{
	"small": {schools: 4, minSub: 2, maxSub: 2, zips: 1, distinctMajors: true},
	"large": {schools: 30, minSub: 3, maxSub: 4, zips: 2},
}

// planCorpus composes every document of the corpus (no rendering).
func planCorpus(opts Options) (*corpusPlan, error) {
	if opts.Profile == "" {
		opts.Profile = "small"
	}
	prof, ok := profiles[opts.Profile]
	if !ok {
		return nil, fmt.Errorf("generate corpus: unknown profile %q (small or large)", opts.Profile)
	}
	cp := &corpusPlan{opts: opts, rng: rand.New(rand.NewSource(opts.Seed))}
	cp.truth = &Truth{Version: TruthVersion, Seed: opts.Seed, Profile: opts.Profile}
	reg := newRegistry()
	cp.reg = reg
	rng := cp.rng

	names := schoolNames(rng, prof.schools)
	// The small profile gives every submission a major of its own, so that
	// no two schools share catalogue text (course and task names) that a
	// copy check could only tell from copying by its frequency.
	majorOrder := rng.Perm(len(majors))
	nextMajor := 0
	owner := int32(0)
	zipIdx := map[int]bool{}
	for _, i := range rng.Perm(prof.schools)[:prof.zips] {
		zipIdx[i] = true
	}
	for si, name := range names {
		sp := &schoolPlan{name: name, zip: zipIdx[si], style: rng.Intn(len(itemNameStyles))}
		if si < len(itemNameStyles) {
			sp.style = si // every style appears in the small profile too
		}
		cp.schools = append(cp.schools, sp)
		cp.truth.Schools = append(cp.truth.Schools, name)
		if sp.zip {
			cp.truth.ZipSchools = append(cp.truth.ZipSchools, name)
		}
		nsub := prof.minSub + rng.Intn(prof.maxSub-prof.minSub+1)
		majorIdx := rng.Perm(len(majors))[:nsub]
		if prof.distinctMajors {
			majorIdx = majorOrder[nextMajor : nextMajor+nsub]
			nextMajor += nsub
		}
		folders := map[string]bool{}
		for k := 0; k < nsub; k++ {
			ctx := newSubCtx(rng, reg, name, si, owner, &majors[majorIdx[k]])
			owner++
			ctx.folder = folderName(rng, ctx, k)
			for folders[ctx.folder] {
				ctx.folder += "-" + itoa(k+1)
			}
			folders[ctx.folder] = true
			sub := &subPlan{ctx: ctx, id: name + "/" + ctx.folder}
			cp.planSubmission(reg, sp, sub)
			sp.subs = append(sp.subs, sub)
		}
		cp.planSummary(sp)
	}
	cp.plantDefects()
	cp.fillTruth()
	return cp, nil
}

func schoolNames(rng *rand.Rand, n int) []string {
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		city := cities[rng.Intn(len(cities))]
		kind := schoolKinds[rng.Intn(len(schoolKinds))]
		var name string
		switch rng.Intn(4) {
		case 0:
			name = "广西" + city + kind
		case 1:
			name = city + "市" + kind
		default:
			name = city + kind
		}
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}

// newSubCtx draws the people and setting of one submission.
func newSubCtx(rng *rand.Rand, reg *registry, school string, si int, owner int32, m *major) *subCtx {
	ci := rng.Intn(len(m.Courses))
	ctx := &subCtx{school: school, schoolIdx: si, owner: owner, major: m, courseIdx: ci, course: m.Courses[ci].Name}
	ctx.task = m.Courses[ci].Tasks[rng.Intn(len(m.Courses[ci].Tasks))]
	ctx.level = levels[rng.Intn(len(levels))]
	year := 2022 + rng.Intn(3)
	ctx.grade = itoa(year) + "级"
	ctx.class = ctx.grade + m.Short + itoa(1+rng.Intn(4)) + "班"
	size := 25 + rng.Intn(21)
	used := map[string]bool{}
	for len(ctx.roster) < size {
		n := personName(rng)
		if !used[n] {
			used[n] = true
			ctx.roster = append(ctx.roster, n)
		}
	}
	for _, i := range rng.Perm(size)[:3] {
		ctx.students = append(ctx.students, ctx.roster[i])
	}
	city := cities[rng.Intn(len(cities))]
	c := &composer{rng: rng, reg: reg, owner: owner, ctx: ctx}
	ctx.enterprise = c.uniqueName(func() string {
		return city + c.brand() + c.pick([]string{"科技有限公司", "实业有限公司", "服务有限公司", "发展有限公司", "集团有限公司"})
	})
	ctx.station = c.uniqueName(func() string { return c.brand() + m.Short + "学习工作站" })
	ctx.hours = 12 + 6*rng.Intn(4)
	ctx.lessons = 6 + rng.Intn(3)
	ctx.nameLabel = []string{"姓名：", "学生姓名:", "姓 名：", "姓名:", "学生姓名："}[rng.Intn(5)]
	ctx.coverLabel = []string{"完成人：", "学生：", "完成人:"}[rng.Intn(3)]
	pick := func(xs ...string) string { return xs[rng.Intn(len(xs))] }
	ctx.nameStyle = map[int]string{8: pick("field", "field", "next"), 11: pick("field", "cover", "cover", "next"), 12: pick("field", "table", "next")}
	nt := 2 + rng.Intn(3)
	for len(ctx.teachers) < nt {
		n := personName(rng)
		if used[n] {
			continue
		}
		used[n] = true
		t := TruthTeacher{
			Name:        n,
			Birth:       fmt.Sprintf("%d.%02d", 1968+rng.Intn(30), 1+rng.Intn(12)),
			Title:       teacherTitles[rng.Intn(len(teacherTitles))],
			Certificate: []string{"是", "是", "否"}[rng.Intn(3)],
		}
		// drafted as the whole row of the form's teacher table, which is
		// one stream of text
		c.breakStream()
		c.draft(func() string {
			t.Experience = c.brand() + c.pick([]string{"公司", "集团", "厂", "中心"}) + c.pick(m.Roles) + itoa(1+rng.Intn(9)) + "年"
			return strings.Join([]string{itoa(len(ctx.teachers) + 1), t.Name, t.Birth, t.Title, t.Experience, t.Certificate}, " ")
		})
		ctx.teachers = append(ctx.teachers, t)
	}
	return ctx
}

// personName draws a Chinese name: a surname (common ones more often,
// compound ones sometimes) and one or two given characters.
func personName(rng *rand.Rand) string {
	s := surnames[rng.Intn(len(surnames))]
	g := []rune(givenChars)
	if len([]rune(s)) == 2 || rng.Intn(10) < 4 {
		return s + string(g[rng.Intn(len(g))])
	}
	return s + string(g[rng.Intn(len(g))]) + string(g[rng.Intn(len(g))])
}

func folderName(rng *rand.Rand, ctx *subCtx, k int) string {
	switch rng.Intn(5) {
	case 0:
		return ctx.major.Short + "-" + ctx.task
	case 1:
		return fmt.Sprintf("%02d_%s", k+1, ctx.major.Short)
	case 2:
		return fmt.Sprintf("课堂%d %s", k+1, ctx.course)
	case 3:
		return ctx.major.Name + "（" + ctx.task + "）"
	default:
		return ctx.major.Short + "优质课堂申报材料"
	}
}

// itemNameStyles name item files the ways schools do.
var itemNameStyles = []func(n int, name string) string{
	func(n int, name string) string { return fmt.Sprintf("%02d.%s.pdf", n, name) },
	func(n int, name string) string {
		return fmt.Sprintf("%d、%s.pdf", n, strings.NewReplacer("(", "（", ")", "）").Replace(name))
	},
	func(n int, name string) string { return fmt.Sprintf("附件3-%d %s.pdf", n, name) },
	func(n int, name string) string { return name + ".pdf" },
	func(n int, name string) string { return fmt.Sprintf("%d_%s.pdf", n, name) },
	func(n int, name string) string { return fmt.Sprintf("%d %s.pdf", n, name) },
	func(n int, name string) string { return fullWidthDigits(itoa(n)) + "．" + name + ".pdf" },
}

func fullWidthDigits(s string) string {
	r := []rune(s)
	for i := range r {
		if r[i] >= '0' && r[i] <= '9' {
			r[i] += '０' - '0'
		}
	}
	return string(r)
}

func (cp *corpusPlan) planSubmission(reg *registry, sp *schoolPlan, sub *subPlan) {
	ctx := sub.ctx
	rng := cp.rng
	for n := 1; n <= models.ItemCount; n++ {
		c := &composer{rng: rng, reg: reg, owner: ctx.owner, ctx: ctx}
		blocks := buildItem(c, ctx, n)
		cp.stats.retries += c.retries
		cp.stats.forced += c.forced
		cp.stats.forced += c.forced
		d := &docPlan{
			name: itemNameStyles[sp.style](n, models.ItemName(n)), kind: string(models.KindItem),
			item: n, format: "pdf", blocks: blocks,
		}
		// Worksheets and homework are scanned, outputs and records often.
		if n == 8 || n == 12 || (n == 11 && rng.Intn(3) == 0) || (n == 10 && rng.Intn(4) == 0) {
			d.scan = cp.nextScan()
		}
		sub.docs = append(sub.docs, d)
	}
	c := &composer{rng: rng, reg: reg, owner: ctx.owner, ctx: ctx}
	f := buildForm(c, ctx)
	blocks := formBlocks(c, f)
	cp.stats.retries += c.retries
	cp.stats.forced += c.forced
	form := &docPlan{kind: string(models.KindForm), blocks: blocks}
	switch rng.Intn(4) {
	case 0:
		form.name, form.format = "附件2 申报书.docx", "docx"
	case 1:
		form.name, form.format = "附件2 工学一体化优质课堂项目申报书.docx", "docx"
	case 2:
		form.name, form.format = "申报书-"+ctx.major.Short+".pdf", "pdf"
	default:
		form.name, form.format = "工学一体化优质课堂项目申报书.pdf", "pdf"
	}
	sub.form = form.format
	if form.format == "pdf" && cp.opts.Profile == "large" && rng.Intn(8) == 0 {
		form.scan = cp.nextScan() // a printed form, signed and scanned
	}
	sub.docs = append(sub.docs, form)
	if rng.Intn(2) == 0 {
		sub.docs = append(sub.docs, rosterDoc(rng, ctx))
	}
}

// nextScan draws the scanner settings of the next scanned document.
func (cp *corpusPlan) nextScan() *scanSpec {
	conds := scanConditions
	if cp.opts.Profile == "large" {
		conds = scanConditionsLarge
	}
	s := newScanSpec(cp.rng, conds[cp.scans%len(conds)])
	cp.scans++
	if !cp.rotated && s.condition == CondMild {
		// a scanner that stores the sheet sideways and sets /Rotate 90
		s.pageRotate, cp.rotated = 90, true
	}
	return s
}

// tableOnly wraps rows as one table block (xlsx content).
func tableOnly(rows [][]string) []block {
	return []block{{kind: bTable, rows: rows}}
}

func (cp *corpusPlan) planSummary(sp *schoolPlan) {
	rows := [][]string{{"工学一体化优质课堂遴选汇总表"}, {"院校名称：" + sp.name}, {"序号", "专业名称", "专业代码", "课程名称", "课堂负责人", "成员"}}
	for i, sub := range sp.subs {
		ctx := sub.ctx
		var members []string
		for _, t := range ctx.teachers[1:] {
			members = append(members, t.Name)
		}
		rows = append(rows, []string{itoa(i + 1), ctx.major.Name, ctx.major.Code, ctx.course, ctx.teachers[0].Name, strings.Join(members, "、")})
	}
	name := "汇总表.xlsx"
	if cp.rng.Intn(2) == 0 {
		name = "附件4 汇总表.xlsx"
	}
	sp.summary = &docPlan{name: name, kind: string(models.KindSummary), format: "xlsx", blocks: tableOnly(rows)}
}

// relPath is the RelPath of a file of a submission (see Generate).
func relPath(school, folder, name string) string {
	return school + "/" + folder + "/" + name
}

// fillTruth records the submissions and their files (pages come at render).
func (cp *corpusPlan) fillTruth() {
	t := cp.truth
	for _, sp := range cp.schools {
		sp.summary.relPath = sp.name + "/" + sp.summary.name
		for _, sub := range sp.subs {
			ctx := sub.ctx
			ts := TruthSubmission{
				ID: sub.id, School: sp.name, Name: ctx.folder, Major: ctx.major.Name, MajorCode: ctx.major.Code,
				Course: ctx.course, Task: ctx.task, Level: ctx.level, Grade: ctx.grade, Class: ctx.class,
				ClassSize: len(ctx.roster), Leader: ctx.teachers[0].Name, Teachers: ctx.teachers,
				Roster: ctx.roster, Students: ctx.students, FormFormat: sub.form,
			}
			for n, ss := range ctx.itemStudents {
				if ts.ItemStudents == nil {
					ts.ItemStudents = map[int][]string{}
				}
				ts.ItemStudents[n] = ss
			}
			for _, d := range sub.docs {
				d.relPath = relPath(sp.name, ctx.folder, d.name)
			}
			sort.Slice(sub.docs, func(i, j int) bool { return sub.docs[i].relPath < sub.docs[j].relPath })
			sub.truthI = len(t.Submissions)
			t.Submissions = append(t.Submissions, ts)
		}
	}
	seen := map[string]bool{}
	for _, sp := range cp.schools {
		for _, sub := range sp.subs {
			for _, d := range sub.docs {
				if d.kind == string(models.KindRoster) {
					continue
				}
				for _, s := range templateTexts(d.blocks) {
					if !seen[s] {
						seen[s] = true
						t.TemplateLines = append(t.TemplateLines, s)
					}
				}
			}
		}
	}
	sort.Strings(t.TemplateLines)
}

// renderSchool turns a school's plans into bytes, in parallel, and records
// its files and pages in the truth (in plan order, so the truth does not
// depend on scheduling).
func (cp *corpusPlan) renderSchool(pw *pdfWriter, sp *schoolPlan) error {
	docs := []*docPlan{sp.summary}
	for _, sub := range sp.subs {
		docs = append(docs, sub.docs...)
	}
	var g errgroup.Group
	g.SetLimit(min(4, max(1, runtime.GOMAXPROCS(0))))
	for _, d := range docs {
		g.Go(func() error {
			if err := renderDoc(pw, d); err != nil {
				return fmt.Errorf("render %s: %w", d.relPath, err)
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	t := cp.truth
	t.SchoolFiles = append(t.SchoolFiles, TruthFile{RelPath: sp.summary.relPath, Kind: sp.summary.kind, Format: "xlsx", School: sp.name})
	for _, sub := range sp.subs {
		ts := &t.Submissions[sub.truthI]
		for _, d := range sub.docs {
			tf := TruthFile{RelPath: d.relPath, Kind: d.kind, Item: d.item, Format: d.format, Defect: d.defect, Scanned: d.scan != nil}
			if d.pages != nil {
				tf.Pages = len(d.pages)
				for i, p := range d.pages {
					tp := TruthPage{File: d.relPath, Page: i + 1, Text: p}
					if d.scan != nil {
						tp.Scanned, tp.DPI, tp.Condition = true, d.scan.dpi, d.scan.condition
						tp.Encoding, tp.Rotate = d.scan.enc.String(), d.scan.pageRotate
					}
					t.Pages = append(t.Pages, tp)
				}
			}
			ts.Files = append(ts.Files, tf)
		}
	}
	return nil
}

// renderDoc fills d.raw (and d.pages for readable PDFs).
func renderDoc(pw *pdfWriter, d *docPlan) error {
	if d.raw != nil || d.defect == defectZero {
		return nil
	}
	var err error
	switch {
	case d.format == "xlsx":
		d.raw, err = renderXlsx("Sheet1", d.blocks[0].rows)
	case d.format == "docx" || d.defect == defectDocxAsPDF:
		d.raw, err = renderDocx(d.blocks)
	case d.defect == defectEncrypted:
		d.raw, _, err = pw.render(d.blocks, pdfOptions{title: d.name, userPass: "gx2025"})
	case d.scan != nil && d.defect == "":
		d.raw, d.pages, err = renderScanned(d.blocks, d.scan)
	default:
		var pages []string
		d.raw, pages, err = pw.render(d.blocks, pdfOptions{title: strings.TrimSuffix(d.name, ".pdf")})
		if err == nil && d.defect == defectTruncated {
			d.raw = truncatePDF(d.raw)
		} else {
			d.pages = pages
		}
	}
	return err
}

// truncatePDF cuts a PDF as an interrupted upload does: the tail with the
// cross-reference table, the trailer and most objects is gone.
func truncatePDF(b []byte) []byte {
	cut := len(b) * 2 / 5
	out := append([]byte(nil), b[:cut]...)
	if bytes.Contains(out, []byte("%%EOF")) {
		out = out[:bytes.Index(out, []byte("%%EOF"))]
	}
	return out
}

// writeSchool puts a rendered school under dir: a folder, or a zip with
// GBK member names inside a top folder named after the school.
func writeSchool(dir string, sp *schoolPlan) error {
	if sp.zip {
		entries := []zipEntry{{name: sp.name + "/" + sp.summary.name, data: sp.summary.raw}}
		for _, sub := range sp.subs {
			for _, d := range sub.docs {
				entries = append(entries, zipEntry{name: sp.name + "/" + sub.ctx.folder + "/" + d.name, data: d.raw})
			}
		}
		b, err := renderGBKZip(entries)
		if err != nil {
			return fmt.Errorf("zip %s: %w", sp.name, err)
		}
		return os.WriteFile(filepath.Join(dir, sp.name+".zip"), b, 0o644)
	}
	if err := writeFile(dir, sp.summary.relPath, sp.summary.raw); err != nil {
		return err
	}
	for _, sub := range sp.subs {
		for _, d := range sub.docs {
			if err := writeFile(dir, d.relPath, d.raw); err != nil {
				return err
			}
		}
	}
	return nil
}

func writeFile(dir, rel string, data []byte) error {
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, data, 0o644)
}
