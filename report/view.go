package report

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"classaudit/models"
)

// The view types below are what the templates read; building them here
// keeps the templates free of logic.

// counts are findings counted by severity.
type counts struct{ Error, Warning, Info, Other int }

func (c *counts) add(s models.Severity) {
	switch s {
	case models.SeverityError:
		c.Error++
	case models.SeverityWarning:
		c.Warning++
	case models.SeverityInfo:
		c.Info++
	default:
		c.Other++
	}
}

// Total is the number of findings counted.
func (c counts) Total() int { return c.Error + c.Warning + c.Info + c.Other }

// site is the whole report: the index and the submission pages.
type site struct {
	index indexView
	subs  []*subView
	files map[string]bool // file names of the pages written
}

// header is what every page shows at the top.
type header struct {
	Title     string
	Root      string
	Generated string
	CSS       any
}

type indexView struct {
	header
	JS       any
	Rows     []indexRow
	Rules    []ruleRow
	Totals   counts
	Schools  int
	Orphans  []*findingView // findings of no listed submission (school level)
	HasOther bool
}

type indexRow struct {
	ID, School, Name, Href, Major string
	Counts                        counts
	Files                         int
	Top                           []ruleCount // the submission's main problems
	More                          int         // rules beyond Top
}

// ruleCount is how often one rule fired for one submission.
type ruleCount struct {
	Rule, Label string
	Sev         severity
	N           int
}

// topRules counts a submission's findings by rule, worst first, and keeps n.
func topRules(fs []models.Finding, n int) (top []ruleCount, more int) {
	var all []ruleCount
	for _, f := range fs {
		i := slices.IndexFunc(all, func(r ruleCount) bool { return r.Rule == f.Rule && r.Sev == severityOf(f.Severity) })
		if i < 0 {
			all = append(all, ruleCount{Rule: f.Rule, Label: ruleLabel(f.Rule), Sev: severityOf(f.Severity)})
			i = len(all) - 1
		}
		all[i].N++
	}
	slices.SortFunc(all, func(a, b ruleCount) int {
		return cmp.Or(cmp.Compare(a.Sev.Rank, b.Sev.Rank), cmp.Compare(b.N, a.N), cmp.Compare(a.Rule, b.Rule))
	})
	if len(all) > n {
		return all[:n], len(all) - n
	}
	return all, 0
}

type ruleRow struct {
	Rule, Label string
	Sev         severity
	Count       int
	Submissions int
}

type subView struct {
	header
	File      string
	Sub       *models.Submission
	IndexHref string
	Fields    []field
	Teachers  []models.Teacher
	Sections  []field
	Docs      []docRow
	Counts    counts
	Groups    []sevGroup
	Students  *studentTable
	NFindings int
	NFiles    int
}

type field struct{ Label, Value string }

type docRow struct {
	Item, File, Path, Method, Error string
	Pages, OCRed, Chars             int
	Extracted                       bool
	Missing                         bool // an item with no file
}

type sevGroup struct {
	Sev   severity
	Items []itemGroup
	Count int
}

type itemGroup struct {
	Label    string
	Findings []*findingView
}

type findingView struct {
	Anchor    string
	Rule      string
	RuleLabel string
	Sev       severity
	Message   string
	File      string // relative to the submission's folder
	Path      string // relative to the sweep root
	Page      string
	Item      string
	Evidence  string
	SubID     string // for orphans on the index
	Copy      *copyView
	People    *peopleView
	CopyRule  bool
	MatchID   string
}

type copyView struct {
	OtherID, OtherSchool, OtherHref string
	SameSubmission, SameSchool      bool
	Passages                        []passageView
	Hidden                          int // passages of the pair not shown
}

// passageView is one aligned passage pair.
type passageView struct {
	N           int // 1-based, in the order shown
	This, Other sideView
	Shared      int
	Similarity  float64
	Template    bool
	HasText     bool
}

// sweep indexes the input for the page builders.
type sweep struct {
	matches map[string]*models.Match
	related map[string][]*models.Match // by pairKey
	byID    map[string]*models.Submission
	// aligned caches passage alignments: every finding of a pair shows the
	// same passages, and each is aligned once per orientation.
	aligned map[alignKey]alignment
}

type alignKey struct {
	id       string
	reversed bool
}

type alignment struct {
	left, right []segment
	shared      int
}

// align returns the side-by-side alignment of a match, this side first.
func (sw *sweep) align(m *models.Match, this, other models.MatchSide) alignment {
	k := alignKey{m.ID, this != m.A}
	if a, ok := sw.aligned[k]; ok && m.ID != "" {
		return a
	}
	var a alignment
	a.left, a.right, a.shared = sideBySide(this.Text, other.Text)
	if m.ID != "" {
		sw.aligned[k] = a
	}
	return a
}

// maxPassages caps the passage pairs shown under one copy finding.
const maxPassages = 10

// pairKey groups the matches between one file of a submission and another
// submission: the passages a copy finding stands for.
func pairKey(sub, file, otherSub string) string {
	return sub + "\x00" + file + "\x00" + otherSub
}

type sideView struct {
	Title  string
	Item   string
	File   string
	Pages  string
	Share  float64
	Chars  int
	Shared float64 // share of this passage that is in the other
	Segs   []segment
}

type peopleView struct {
	Items []peopleItem
}

type peopleItem struct {
	Label string
	Reads []readView
}

type readView struct {
	Name, Read, Page, Source string
	Differs                  bool // read differently from the name it was matched to
	Odd                      bool // not in every one of items 8, 11 and 12
}

// studentTable crosses the names read with the items they appear in.
type studentTable struct {
	Cols []string // item labels
	Rows []studentRow
}

type studentRow struct {
	Name   string
	Three  bool // named in 8, 11 or 12
	Cells  []studentCell
	Absent int // of the three-student items, how many lack the name
}

type studentCell struct {
	Reads   []readView
	Missing bool // a three-student item without this name
}

func itoa(n int) string { return strconv.Itoa(n) }

func pct(f float64) string {
	return strconv.FormatFloat(f*100, 'f', 1, 64) + "%"
}

// pageLabel shows a page or page range, "" for none.
func pageLabel(p, end int) string {
	switch {
	case p <= 0:
		return ""
	case end > p:
		return "第 " + itoa(p) + "–" + itoa(end) + " 页"
	}
	return "第 " + itoa(p) + " 页"
}

// buildSite turns the input into the views of every page.
func buildSite(in Input) *site {
	title := in.Title
	if title == "" {
		title = DefaultTitle
	}
	h := header{
		Title: title,
		Root:  in.Root,
		CSS:   styleCSS,
	}
	if !in.GeneratedAt.IsZero() {
		h.Generated = in.GeneratedAt.In(beijing).Format("2006-01-02 15:04:05") + "（北京时间）"
	}

	// Every submission once, in id order, whether listed directly or under a school.
	byID := map[string]*models.Submission{}
	var subs []*models.Submission
	addSub := func(s *models.Submission) {
		if s == nil || byID[s.ID] != nil {
			return
		}
		byID[s.ID] = s
		subs = append(subs, s)
	}
	for _, s := range in.Submissions {
		addSub(s)
	}
	schools := map[string]bool{}
	for _, sc := range in.Schools {
		if sc == nil {
			continue
		}
		schools[sc.Name] = true
		for _, s := range sc.Submissions {
			addSub(s)
		}
	}
	for _, s := range subs {
		schools[s.School] = true
	}
	slices.SortFunc(subs, func(a, b *models.Submission) int { return cmp.Compare(a.ID, b.ID) })

	matches := map[string]*models.Match{}
	related := map[string][]*models.Match{}
	for i := range in.Matches {
		m := &in.Matches[i]
		matches[m.ID] = m
		related[pairKey(m.A.SubmissionID, m.A.File, m.B.SubmissionID)] = append(related[pairKey(m.A.SubmissionID, m.A.File, m.B.SubmissionID)], m)
		if k := pairKey(m.B.SubmissionID, m.B.File, m.A.SubmissionID); k != pairKey(m.A.SubmissionID, m.A.File, m.B.SubmissionID) {
			related[k] = append(related[k], m)
		}
	}
	sw := &sweep{matches: matches, related: related, byID: byID, aligned: map[alignKey]alignment{}}
	findingsOf := map[string][]models.Finding{}
	var orphans []models.Finding
	for _, f := range in.Findings {
		if byID[f.SubmissionID] != nil {
			findingsOf[f.SubmissionID] = append(findingsOf[f.SubmissionID], f)
		} else {
			orphans = append(orphans, f)
		}
	}
	readsOf := map[string][]models.StudentRead{}
	for _, r := range in.Students {
		readsOf[r.SubmissionID] = append(readsOf[r.SubmissionID], r)
	}

	st := &site{files: map[string]bool{IndexFile: true}}
	idx := &st.index
	idx.header = h
	idx.JS = sortJS
	idx.Schools = len(schools)
	for _, s := range subs {
		sv := buildSubmission(sw, h, s, findingsOf[s.ID], readsOf[s.ID])
		st.subs = append(st.subs, sv)
		st.files[sv.File] = true
		row := indexRow{ID: s.ID, School: s.School, Name: s.Name, Href: sv.File, Counts: sv.Counts, Files: len(s.Files)}
		if s.Form != nil {
			row.Major = s.Form.Major
		}
		row.Top, row.More = topRules(findingsOf[s.ID], 3)
		idx.Rows = append(idx.Rows, row)
		idx.Totals.Error += sv.Counts.Error
		idx.Totals.Warning += sv.Counts.Warning
		idx.Totals.Info += sv.Counts.Info
		idx.Totals.Other += sv.Counts.Other
	}
	// Worst first: errors, then warnings, then notes; ties by id.
	slices.SortStableFunc(idx.Rows, func(a, b indexRow) int {
		return cmp.Or(
			cmp.Compare(b.Counts.Error, a.Counts.Error),
			cmp.Compare(b.Counts.Warning, a.Counts.Warning),
			cmp.Compare(b.Counts.Info, a.Counts.Info),
			cmp.Compare(a.ID, b.ID),
		)
	})
	for _, f := range orphans {
		idx.Totals.add(f.Severity)
		fv := buildFinding(sw, f, 0, nil, nil)
		fv.SubID = f.SubmissionID
		idx.Orphans = append(idx.Orphans, fv)
	}
	idx.HasOther = idx.Totals.Other > 0
	idx.Rules = ruleSummary(in.Findings)
	return st
}

// ruleSummary counts findings by rule, worst severity first, then by count.
func ruleSummary(fs []models.Finding) []ruleRow {
	type key struct {
		rule string
		sev  models.Severity
	}
	rows := map[key]*ruleRow{}
	seen := map[key]map[string]bool{}
	for _, f := range fs {
		k := key{f.Rule, f.Severity}
		r := rows[k]
		if r == nil {
			r = &ruleRow{Rule: f.Rule, Label: ruleLabel(f.Rule), Sev: severityOf(f.Severity)}
			rows[k] = r
			seen[k] = map[string]bool{}
		}
		r.Count++
		if !seen[k][f.SubmissionID] {
			seen[k][f.SubmissionID] = true
			r.Submissions++
		}
	}
	out := make([]ruleRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, *r)
	}
	slices.SortFunc(out, func(a, b ruleRow) int {
		return cmp.Or(
			cmp.Compare(a.Sev.Rank, b.Sev.Rank),
			cmp.Compare(b.Count, a.Count),
			cmp.Compare(a.Rule, b.Rule),
		)
	})
	return out
}

// buildSubmission makes the view of one submission's page.
func buildSubmission(sw *sweep, h header, s *models.Submission, fs []models.Finding, reads []models.StudentRead) *subView {
	sv := &subView{header: h, File: ReportFile(s.ID), Sub: s, IndexHref: IndexFile}
	sv.Title = s.ID + " · " + h.Title
	if f := s.Form; f != nil {
		add := func(label, v string) {
			if v != "" {
				sv.Fields = append(sv.Fields, field{label, v})
			}
		}
		add("专业名称", f.Major)
		add("专业编码", f.MajorCode)
		add("授课课程", f.Course)
		add("学习任务", f.Task)
		add("培养层级", f.Level)
		add("授课年级", f.Grade)
		add("授课班级", f.Class)
		if f.ClassSize > 0 {
			add("班级人数", itoa(f.ClassSize))
		}
		add("课堂负责人", f.Leader)
		add("负责人所在单位", f.Unit)
		sv.Teachers = f.Teachers
		keys := make([]string, 0, len(f.Sections))
		for k := range f.Sections {
			keys = append(keys, k)
		}
		slices.SortFunc(keys, compareSection)
		for _, k := range keys {
			sv.Sections = append(sv.Sections, field{k, f.Sections[k]})
		}
	}
	sv.Docs = docRows(s)
	for _, d := range sv.Docs {
		if !d.Missing {
			sv.NFiles++
		}
	}

	// Findings: by severity, then item, then page and rule.
	sorted := slices.Clone(fs)
	slices.SortStableFunc(sorted, func(a, b models.Finding) int {
		return cmp.Or(
			cmp.Compare(severityOf(a.Severity).Rank, severityOf(b.Severity).Rank),
			cmp.Compare(a.Item, b.Item),
			cmp.Compare(a.Page, b.Page),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.File, b.File),
		)
	})
	for i, f := range sorted {
		sv.Counts.add(f.Severity)
		fv := buildFinding(sw, f, i+1, s, reads)
		sev := severityOf(f.Severity)
		if n := len(sv.Groups); n == 0 || sv.Groups[n-1].Sev != sev {
			sv.Groups = append(sv.Groups, sevGroup{Sev: sev})
		}
		g := &sv.Groups[len(sv.Groups)-1]
		g.Count++
		label := "整体"
		if f.Item > 0 {
			label = "项目 " + itemLabel(f.Item)
		}
		if n := len(g.Items); n == 0 || g.Items[n-1].Label != label {
			g.Items = append(g.Items, itemGroup{Label: label})
		}
		it := &g.Items[len(g.Items)-1]
		it.Findings = append(it.Findings, fv)
	}
	sv.NFindings = len(sorted)
	sv.Students = buildStudentTable(reads)
	return sv
}

// sectionOrder puts the form's sections in the order of their numerals.
var sectionOrder = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

func compareSection(a, b string) int {
	rank := func(s string) int {
		for i, n := range sectionOrder {
			if strings.HasPrefix(s, n) {
				return i
			}
		}
		return len(sectionOrder)
	}
	return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(a, b))
}

// docRows lists the submission's documents (or its files when nothing was
// extracted) in the order an expert checks them: the form, items 1–12, with
// a row for each missing item, then the rest.
func docRows(s *models.Submission) []docRow {
	type ranked struct {
		rank, item int
		row        docRow
	}
	var rows []ranked
	rankOf := func(k models.FileKind, item int) int {
		switch {
		case k == models.KindForm:
			return 0
		case k == models.KindItem || (k == "" && item > 0):
			return 1
		case k == models.KindRoster:
			return 2
		case k == models.KindVideo:
			return 3
		}
		return 4
	}
	label := func(k models.FileKind, item int) string {
		if rankOf(k, item) == 1 {
			return itemLabel(item)
		}
		if l, ok := kindLabels[k]; ok {
			return l
		}
		return string(k)
	}
	present := map[int]bool{}
	if len(s.Documents) > 0 {
		for _, d := range s.Documents {
			if d == nil {
				continue
			}
			m := d.Method()
			if l, ok := methodLabels[m]; ok {
				m = l
			}
			r := rankOf(d.Kind, d.Item)
			if r == 1 {
				present[d.Item] = true
			}
			rows = append(rows, ranked{r, d.Item, docRow{
				Item: label(d.Kind, d.Item), File: relTo(s.ID, d.RelPath), Path: d.RelPath, Method: m, Error: d.Error,
				Pages: len(d.Pages), OCRed: d.PagesOCRed(), Chars: d.Chars(), Extracted: true,
			}})
		}
	} else {
		for _, f := range s.Files {
			r := rankOf(f.Kind, f.Item)
			if r == 1 {
				present[f.Item] = true
			}
			rows = append(rows, ranked{r, f.Item, docRow{Item: label(f.Kind, f.Item), File: relTo(s.ID, f.RelPath), Path: f.RelPath}})
		}
	}
	for n := 1; n <= models.ItemCount; n++ {
		if !present[n] {
			rows = append(rows, ranked{1, n, docRow{Item: itemLabel(n), Missing: true}})
		}
	}
	slices.SortStableFunc(rows, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.item, b.item))
	})
	out := make([]docRow, len(rows))
	for i, r := range rows {
		out[i] = r.row
	}
	return out
}

// relTo shows a path inside the submission's folder without the folder.
func relTo(id, path string) string {
	if id != "" {
		if rest, ok := strings.CutPrefix(path, id+"/"); ok && rest != "" {
			return rest
		}
	}
	return path
}

// buildFinding makes the view of one finding; s and reads may be nil.
func buildFinding(sw *sweep, f models.Finding, n int, s *models.Submission, reads []models.StudentRead) *findingView {
	fv := &findingView{
		Anchor:    "f" + itoa(n),
		Rule:      f.Rule,
		RuleLabel: ruleLabel(f.Rule),
		Sev:       severityOf(f.Severity),
		Message:   f.Message,
		File:      relTo(f.SubmissionID, f.File),
		Path:      f.File,
		Page:      pageLabel(f.Page, 0),
		Item:      itemLabel(f.Item),
		Evidence:  f.Evidence,
		CopyRule:  isCopyRule(f.Rule),
		MatchID:   f.MatchID,
	}
	if m := sw.matches[f.MatchID]; f.MatchID != "" && m != nil {
		fv.Copy = buildCopy(sw, f, m)
		// The passage already shows the evidence when they are the same text.
		if strings.TrimSpace(f.Evidence) == strings.TrimSpace(fv.copyThisText(m, f)) {
			fv.Evidence = ""
		}
	}
	if isPeopleRule(f.Rule) && s != nil {
		fv.People = buildPeople(f, reads)
	}
	return fv
}

func (fv *findingView) copyThisText(m *models.Match, f models.Finding) string {
	this, _ := orient(m, f)
	return this.Text
}

// orient returns the match's sides as (this submission's, the other's).
func orient(m *models.Match, f models.Finding) (this, other models.MatchSide) {
	switch {
	case m.A.SubmissionID == f.SubmissionID && m.B.SubmissionID != f.SubmissionID:
		return m.A, m.B
	case m.B.SubmissionID == f.SubmissionID && m.A.SubmissionID != f.SubmissionID:
		return m.B, m.A
	case m.B.SubmissionID == f.SubmissionID && f.Item != 0 && m.B.Item == f.Item && m.A.Item != f.Item:
		return m.B, m.A
	}
	return m.A, m.B
}

// buildCopy aligns the passages of a copy finding: its own match first,
// then the other (non-template) matches between the same file and the same
// other submission, longest first.
func buildCopy(sw *sweep, f models.Finding, m *models.Match) *copyView {
	related, byID := sw.related, sw.byID
	this, other := orient(m, f)
	cv := &copyView{
		OtherID:        other.SubmissionID,
		OtherSchool:    other.School,
		SameSubmission: other.SubmissionID == this.SubmissionID,
		SameSchool:     m.SameSchool || (other.School != "" && other.School == this.School),
	}
	// Link only to a report this sweep writes.
	if !cv.SameSubmission && byID[other.SubmissionID] != nil {
		cv.OtherHref = ReportFile(other.SubmissionID)
	}
	if cv.OtherSchool == "" {
		if s := byID[other.SubmissionID]; s != nil {
			cv.OtherSchool = s.School
		}
	}
	ms := []*models.Match{m}
	if !cv.SameSubmission {
		var more []*models.Match
		for _, r := range related[pairKey(this.SubmissionID, this.File, other.SubmissionID)] {
			if r.ID != m.ID && !r.Template {
				more = append(more, r)
			}
		}
		slices.SortStableFunc(more, func(a, b *models.Match) int {
			ta, _ := orient(a, f)
			tb, _ := orient(b, f)
			return cmp.Or(cmp.Compare(b.Length, a.Length), cmp.Compare(ta.Page, tb.Page), cmp.Compare(ta.Start, tb.Start), cmp.Compare(a.ID, b.ID))
		})
		ms = append(ms, more...)
	}
	if len(ms) > maxPassages {
		cv.Hidden = len(ms) - maxPassages
		ms = ms[:maxPassages]
	}
	for i, pm := range ms {
		cv.Passages = append(cv.Passages, buildPassage(sw, f, pm, i+1, cv.SameSubmission))
	}
	return cv
}

// buildPassage aligns one match's two passages, this submission's on the left.
func buildPassage(sw *sweep, f models.Finding, m *models.Match, n int, sameSubmission bool) passageView {
	this, other := orient(m, f)
	al := sw.align(m, this, other)
	left, right, shared := al.left, al.right, al.shared
	pv := passageView{N: n, Shared: shared, Similarity: m.Similarity, Template: m.Template,
		HasText: this.Text != "" || other.Text != ""}
	mk := func(ms models.MatchSide, segs []segment, title string) sideView {
		v := sideView{
			Title: title, Item: itemLabel(ms.Item), File: relTo(ms.SubmissionID, ms.File), Pages: pageLabel(ms.Page, ms.EndPage),
			Share: ms.ItemShare, Chars: models.CountChars(ms.Text), Segs: segs,
		}
		if n := len([]rune(ms.Text)); n > 0 {
			v.Shared = float64(shared) / float64(n)
		}
		return v
	}
	thisTitle, otherTitle := "本申报", "对方："+other.School
	if sameSubmission {
		thisTitle, otherTitle = "本申报 · "+pageLabel(this.Page, this.EndPage), "本申报 · "+pageLabel(other.Page, other.EndPage)
	}
	pv.This = mk(this, left, thisTitle)
	pv.Other = mk(other, right, otherTitle)
	return pv
}

// peopleItems are the items whose names a people finding is about when it
// names no item itself.
var peopleItems = []int{8, 11, 12, models.RecordsItem}

// buildPeople lists the names read in the items a people finding concerns:
// for the three-student rules all of 8, 11 and 12 (a mismatch is across
// them), with item 10 when the class records are in question; otherwise the
// finding's own item. Names not read in every one of 8, 11 and 12 are marked.
func buildPeople(f models.Finding, reads []models.StudentRead) *peopleView {
	var items []int
	switch {
	case f.Rule == "students.mismatch":
		items = models.StudentItems
	case f.Rule == "students.not_in_class":
		items = peopleItems
	case f.Item != 0:
		items = []int{f.Item}
	case strings.HasPrefix(f.Rule, "records."):
		items = []int{models.RecordsItem}
	default:
		items = models.StudentItems
	}
	// In how many of the three-student items (that were read at all) each name stands.
	inItems := map[string]map[int]bool{}
	readItems := map[int]bool{}
	for _, r := range reads {
		if slices.Contains(models.StudentItems, r.Item) && r.Source != "roster" {
			n := readOf(r).Name
			if inItems[n] == nil {
				inItems[n] = map[int]bool{}
			}
			inItems[n][r.Item] = true
			readItems[r.Item] = true
		}
	}
	pv := &peopleView{}
	for _, it := range items {
		pi := peopleItem{Label: "项目 " + itemLabel(it)}
		for _, r := range reads {
			if r.Item == it && r.Source != "roster" {
				rv := readOf(r)
				rv.Odd = slices.Contains(models.StudentItems, it) && len(inItems[rv.Name]) < len(readItems)
				pi.Reads = append(pi.Reads, rv)
			}
		}
		pv.Items = append(pv.Items, pi)
	}
	return pv
}

func readOf(r models.StudentRead) readView {
	name := r.NameMatched
	if name == "" {
		name = r.NameRead
	}
	return readView{
		Name: name, Read: r.NameRead, Page: pageLabel(r.Page, 0), Source: sourceLabel(r.Source),
		Differs: r.NameMatched != "" && r.NameRead != r.NameMatched,
	}
}

var sourceLabels = map[string]string{
	"field": "姓名栏", "table": "表格", "cover": "封面", "roster": "花名册", "records": "考核记录",
}

func sourceLabel(s string) string {
	if l, ok := sourceLabels[s]; ok {
		return l
	}
	return s
}

// buildStudentTable crosses names with items 8, 11, 12, 10 (and the roster
// when one was read): one row per person, the three students first.
func buildStudentTable(reads []models.StudentRead) *studentTable {
	if len(reads) == 0 {
		return nil
	}
	type col struct {
		label string
		match func(r models.StudentRead) bool
	}
	isRoster := func(r models.StudentRead) bool { return r.Source == "roster" }
	cols := []col{}
	for _, it := range peopleItems {
		cols = append(cols, col{"项目 " + itemLabel(it), func(r models.StudentRead) bool { return r.Item == it && !isRoster(r) }})
	}
	if slices.ContainsFunc(reads, isRoster) {
		cols = append(cols, col{"花名册", isRoster})
	}
	// Other items that named people (rare) get their own columns.
	var extra []int
	for _, r := range reads {
		if !isRoster(r) && r.Item != 0 && !slices.Contains(peopleItems, r.Item) && !slices.Contains(extra, r.Item) {
			extra = append(extra, r.Item)
		}
	}
	slices.Sort(extra)
	for _, it := range extra {
		cols = append(cols, col{"项目 " + itemLabel(it), func(r models.StudentRead) bool { return r.Item == it && !isRoster(r) }})
	}

	sorted := slices.Clone(reads)
	slices.SortStableFunc(sorted, func(a, b models.StudentRead) int {
		return cmp.Or(cmp.Compare(a.Item, b.Item), cmp.Compare(a.Page, b.Page))
	})
	var names []string
	rowOf := map[string]*studentRow{}
	for _, r := range sorted {
		rv := readOf(r)
		row := rowOf[rv.Name]
		if row == nil {
			row = &studentRow{Name: rv.Name, Cells: make([]studentCell, len(cols))}
			rowOf[rv.Name] = row
			names = append(names, rv.Name)
		}
		for i, c := range cols {
			if c.match(r) {
				row.Cells[i].Reads = append(row.Cells[i].Reads, rv)
			}
		}
		if slices.Contains(models.StudentItems, r.Item) && !isRoster(r) {
			row.Three = true
		}
	}
	t := &studentTable{}
	for _, c := range cols {
		t.Cols = append(t.Cols, c.label)
	}
	// A name of the three students is missing from an item (8, 11, 12 or
	// the records of 10) only when that item's names were read at all.
	read := make([]bool, len(cols))
	for _, row := range rowOf {
		for i := range row.Cells {
			if len(row.Cells[i].Reads) > 0 {
				read[i] = true
			}
		}
	}
	for _, n := range names {
		row := rowOf[n]
		if row.Three {
			for i := range row.Cells {
				if i < len(peopleItems) && read[i] && len(row.Cells[i].Reads) == 0 {
					row.Cells[i].Missing = true
					row.Absent++
				}
			}
		}
		t.Rows = append(t.Rows, *row)
	}
	slices.SortStableFunc(t.Rows, func(a, b studentRow) int {
		if a.Three != b.Three {
			if a.Three {
				return -1
			}
			return 1
		}
		return 0
	})
	return t
}
