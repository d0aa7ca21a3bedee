package checks

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"classaudit/extractors"
	"classaudit/internal/copydetect"
	"classaudit/internal/names"
	"classaudit/internal/textnorm"
	"classaudit/models"
)

// Copy finds passages one submission shares with another (another school:
// copy.cross_school; the same school: copy.same_school) and, inside items
// 8/11/12, two students whose answers are the same beyond the printed form
// (fabrication.identical_work).
//
// Granularity: every aligned passage pair is one row of the matches table;
// findings are one per (submission, item, other submission), raised on both
// sides, pointing to the longest passage of the group, with the total length
// and the share of the item copied in the message and the longest passages
// in the evidence. An expert reads one finding per copied item, not one per
// sentence.
var Copy = &Check{
	ID:  "copy",
	Doc: "passages shared with other submissions (beyond template text) and identical student answers",
	Rules: []string{
		models.RuleCopyCrossSchool, models.RuleCopySameSchool, models.RuleFabricationIdenticalWork,
	},
	Run: runCopy,
}

func init() { register(Copy) }

// copyEvidencePassages is how many passages a finding's evidence shows.
const copyEvidencePassages = 3

// copyExcerptRunes caps each excerpt in findings' evidence.
const copyExcerptRunes = 300

// copyDoc is one document prepared for comparison.
type copyDoc struct {
	sub  *models.Submission
	doc  *models.Document
	text *textnorm.Text
	raw  []string // page texts, as normalised
}

func (c *copyDoc) page(i int) int {
	p, _ := c.text.Locate(i)
	return c.doc.Pages[p].Number
}

// side locates a normalised range of this document for the matches table.
func (c *copyDoc) side(start, end int) models.MatchSide {
	sp, so, ep, eo := c.text.Span(start, end)
	return models.MatchSide{
		SubmissionID: c.sub.ID, School: c.sub.School, Item: c.doc.Item, File: c.doc.RelPath,
		Page: c.doc.Pages[sp].Number, EndPage: c.doc.Pages[ep].Number, Start: so, End: eo,
		Text: c.text.Excerpt(c.raw, start, end),
	}
}

func runCopy(p *Pass) {
	ref := copydetect.NewReference()
	if p.Config.ReferenceDir != "" {
		// Unreadable reference files are skipped: the reference only ever
		// removes findings, and the rest of the folder still counts.
		_ = ref.LoadDir(p.Config.ReferenceDir, map[string]copydetect.TextReader{".pdf": referenceText, ".docx": referenceText})
	}
	var docs []*copyDoc
	var in []copydetect.Doc
	for _, s := range p.Submissions {
		for _, d := range s.Documents {
			if d == nil || d.Error != "" || (d.Kind != models.KindItem && d.Kind != models.KindForm) || len(d.Pages) == 0 {
				continue
			}
			cd := &copyDoc{sub: s, doc: d, text: &textnorm.Text{}}
			for i := range d.Pages {
				cd.raw = append(cd.raw, d.Pages[i].Text)
				cd.text.Add(d.Pages[i].Text)
			}
			if cd.text.Len() < copydetect.DefaultK {
				continue
			}
			docs = append(docs, cd)
			in = append(in, copydetect.Doc{Owner: s.ID, Group: s.School, Text: cd.text.Runes})
		}
	}
	res := copydetect.Detect(in, copydetect.Options{TemplateGroups: p.Config.TemplateSchools, Reference: ref})
	reportPassages(p, docs, res.Passages)
	for _, s := range p.Submissions {
		for _, item := range models.StudentItems {
			for _, d := range s.ItemDocuments(item) {
				if d.Error == "" {
					checkIdenticalWork(p, s, d, ref)
				}
			}
		}
	}
}

// referenceText reads a reference PDF's text layer or a .docx's text with
// the extractors (no OCR: reference texts are national standards and
// official forms, typed documents).
func referenceText(path string) (string, error) {
	d := extractors.Extract(context.Background(), models.File{DiskPath: path, RelPath: path, Kind: models.KindOther}, extractors.Options{})
	if d.Error != "" {
		return "", errors.New(d.Error)
	}
	return d.Text(), nil
}

// matchID is stable for equal locations: a hash of both sides.
func matchID(a, b models.MatchSide) string {
	h := sha256.Sum256([]byte(fmt.Sprintf("%s|%s|%d|%d|%d|%d\x00%s|%s|%d|%d|%d|%d",
		a.SubmissionID, a.File, a.Page, a.Start, a.EndPage, a.End,
		b.SubmissionID, b.File, b.Page, b.Start, b.EndPage, b.End)))
	return hex.EncodeToString(h[:8])
}

// copyGroup is what one finding reports: one document's passages shared
// with one other submission.
type copyGroup struct {
	this     *copyDoc
	other    *models.Submission
	passages []copyHit
}

// copyHit is one passage seen from one side.
type copyHit struct {
	id                   string
	start, end           int // this side, normalised
	otherDoc             *copyDoc
	otherStart, otherEnd int
	length               int
	similarity           float64
	pieces               int
}

func reportPassages(p *Pass, docs []*copyDoc, passages []copydetect.Passage) {
	groups := map[[2]string]*copyGroup{}
	var order [][2]string
	var reported []pendingMatch // matches whose shares are known only at the end
	add := func(this, other *copyDoc, h copyHit) {
		key := [2]string{this.sub.ID + "\x00" + this.doc.RelPath, other.sub.ID}
		g, ok := groups[key]
		if !ok {
			g = &copyGroup{this: this, other: other.sub}
			groups[key] = g
			order = append(order, key)
		}
		g.passages = append(g.passages, h)
	}
	for _, ps := range passages {
		a, b := docs[ps.A], docs[ps.B]
		m := models.Match{A: a.side(ps.AStart, ps.AEnd), B: b.side(ps.BStart, ps.BEnd),
			Length: ps.Length, Similarity: ps.Similarity, Template: ps.Template,
			SameSchool: a.sub.School == b.sub.School}
		m.ID = matchID(m.A, m.B)
		if ps.Template {
			p.AddMatch(m)
			continue
		}
		// Shares are filled in below, once every passage of the group is known.
		hit := copyHit{id: m.ID, start: ps.AStart, end: ps.AEnd, otherDoc: b, otherStart: ps.BStart, otherEnd: ps.BEnd,
			length: ps.Length, similarity: ps.Similarity, pieces: ps.Pieces}
		add(a, b, hit)
		add(b, a, copyHit{id: m.ID, start: ps.BStart, end: ps.BEnd, otherDoc: a, otherStart: ps.AStart, otherEnd: ps.AEnd,
			length: ps.Length, similarity: ps.Similarity, pieces: ps.Pieces})
		reported = append(reported, pendingMatch{m: m, a: a, b: b})
	}
	share := map[[2]string]float64{}
	for _, key := range order {
		g := groups[key]
		share[key] = coveredShare(g.this.text.Len(), g.passages)
	}
	for _, pm := range reported {
		pm.m.A.ItemShare = share[[2]string{pm.a.sub.ID + "\x00" + pm.a.doc.RelPath, pm.b.sub.ID}]
		pm.m.B.ItemShare = share[[2]string{pm.b.sub.ID + "\x00" + pm.b.doc.RelPath, pm.a.sub.ID}]
		p.AddMatch(pm.m)
	}
	for _, key := range order {
		g := groups[key]
		reportGroup(p, g, share[key])
	}
}

// pendingMatch is a reported match waiting for its sides' item shares.
type pendingMatch struct {
	m    models.Match
	a, b *copyDoc
}

// coveredShare is the share of a document's n normalised runes covered by
// the passages (overlaps counted once).
func coveredShare(n int, hits []copyHit) float64 {
	if n == 0 {
		return 0
	}
	spans := make([][2]int, len(hits))
	for i, h := range hits {
		spans[i] = [2]int{h.start, h.end}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	covered, end := 0, 0
	for _, s := range spans {
		if s[1] <= end {
			continue
		}
		covered += s[1] - max(s[0], end)
		end = s[1]
	}
	return float64(covered) / float64(n)
}

// itemLabel names a document's item in messages.
func itemLabel(d *models.Document) string {
	if d.Kind == models.KindForm {
		return "申报书"
	}
	return fmt.Sprintf("第%d项“%s”", d.Item, models.ItemName(d.Item))
}

func pageRange(a, b int) string {
	if a == b {
		return fmt.Sprintf("第%d页", a)
	}
	return fmt.Sprintf("第%d–%d页", a, b)
}

func cut(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "…"
}

func reportGroup(p *Pass, g *copyGroup, share float64) {
	hs := g.passages
	sort.SliceStable(hs, func(i, j int) bool {
		if hs[i].length != hs[j].length {
			return hs[i].length > hs[j].length
		}
		return hs[i].start < hs[j].start
	})
	total := 0
	var otherItems []string
	seenItem := map[string]bool{}
	for _, h := range hs {
		total += h.length
		l := itemLabel(h.otherDoc.doc)
		if !seenItem[l] {
			seenItem[l] = true
			otherItems = append(otherItems, l)
		}
	}
	top := hs[0]
	this := g.this
	sp, ep := this.page(top.start), this.page(top.end-1)
	osp, oep := top.otherDoc.page(top.otherStart), top.otherDoc.page(top.otherEnd-1)
	same := g.other.School == this.sub.School
	f := models.Finding{
		SubmissionID: this.sub.ID, School: this.sub.School, Item: this.doc.Item, Page: sp, File: this.doc.RelPath,
		OtherSubmissionID: g.other.ID, OtherItem: top.otherDoc.doc.Item, OtherPage: osp, MatchID: top.id,
	}
	who := fmt.Sprintf("%s的申报材料（%s）", g.other.School, g.other.ID)
	if same {
		f.Rule, f.Severity = models.RuleCopySameSchool, models.SeverityInfo
		who = fmt.Sprintf("本校另一份申报材料（%s）", g.other.ID)
	} else {
		f.Rule, f.Severity = models.RuleCopyCrossSchool, models.SeverityError
	}
	n := ""
	if len(hs) > 1 {
		n = fmt.Sprintf("%d段文字", len(hs))
	} else {
		n = "1段文字"
	}
	f.Message = fmt.Sprintf("%s有%s（共约%d字，占本项文字的%.0f%%）与%s的%s内容雷同；最长一段约%d字（本项%s，对方%s，相似度%.2f）。",
		itemLabel(this.doc), n, total, 100*share, who, strings.Join(otherItems, "、"),
		top.length, pageRange(sp, ep), pageRange(osp, oep), top.similarity)
	if same {
		f.Message += "同一学校不同课堂之间的复用，仅供参考。"
	} else {
		f.Message += "请核实是否复制其他学校的材料。"
	}
	var ev strings.Builder
	for i, h := range hs {
		if i == copyEvidencePassages {
			fmt.Fprintf(&ev, "（另有%d段未列出）\n", len(hs)-i)
			break
		}
		o := h.otherDoc
		fmt.Fprintf(&ev, "【第%d段，约%d字】本项%s：%s\n对方 %s %s %s：%s\n", i+1, h.length,
			pageRange(this.page(h.start), this.page(h.end-1)), cut(this.text.Excerpt(this.raw, h.start, h.end), copyExcerptRunes),
			o.sub.ID, itemLabel(o.doc), pageRange(o.page(h.otherStart), o.page(h.otherEnd-1)),
			cut(o.text.Excerpt(o.raw, h.otherStart, h.otherEnd), copyExcerptRunes))
	}
	f.Evidence = strings.TrimRight(ev.String(), "\n")
	p.Report(f)
}

// nameLabel finds a student's name label: 姓名：X, 学生姓名: X, 姓 名：X, and
// 学生：X at the start of a line (a result sheet's header).
var nameLabel = regexp.MustCompile(`(?m)(?:(?:学生)?姓\s*名|^[ \t　]*学生)\s*[:：]\s*(\p{Han}{2,4})`)

// labelWords end a name read greedily from a label followed by another field.
var labelWords = []string{"班级", "学号", "性别", "日期", "组别", "成绩", "专业", "年级", "得分", "小组"}

// studentName returns the first name label on a page, or "".
func studentName(text string) string {
	m := nameLabel.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	name := m[1]
	for _, w := range labelWords {
		if i := strings.Index(name, w); i > 0 {
			name = name[:i]
		}
	}
	if len([]rune(name)) < 2 {
		return ""
	}
	return name
}

// pageStudent is the student a page names: the name label at the start of
// a section, else a name field or cover field that the names reader finds
// through OCR noise (".姓名 ，", "姓名;", "完成人："). Table columns are not
// used: a group-work table lists other students.
func pageStudent(text string) string {
	if n := studentName(text); n != "" {
		return n
	}
	for _, r := range names.FromPage(text, nil) {
		if r.Source == names.SourceField || r.Source == names.SourceCover {
			return r.Name
		}
	}
	return ""
}

// studentSections groups a document's pages by the student whose name label
// starts each section. Pages before the first label belong to nobody.
func studentSections(d *models.Document) (names []string, pages map[string][]int) {
	pages = map[string][]int{}
	cur := ""
	for i := range d.Pages {
		if n := pageStudent(d.Pages[i].Text); n != "" {
			cur = n
			if _, ok := pages[n]; !ok {
				names = append(names, n)
			}
		}
		if cur != "" {
			pages[cur] = append(pages[cur], i)
		}
	}
	return names, pages
}

// identicalMinShare: two students' shared answers (beyond the printed form)
// are reported when they make up at least this share of the shorter answer.
const identicalMinShare = 0.2

// identicalTemplateBridge joins pieces of printed form (text all students'
// pages share) that OCR misreadings cut apart: a stretch of form that two
// students' scans happen to read alike is not a shared answer.
const identicalTemplateBridge = 24

// identicalMinLength is the shortest shared answer passage reported.
const identicalMinLength = 30

// formLineSimilarity is how alike (bigram Dice of the normalised lines) a
// line must be to a line of another student's pages to count as the same
// printed line read twice: OCR misreads a character or two of a printed
// header differently on each page (宫保鸡丁 / 富保鸡丁 / 官保鸡丁), and the
// name line differs by the name; two students' answers to one question
// share far less.
const formLineSimilarity = 0.5

// formLineStudents: a line found (approximately) in the pages of at least
// this many students, its own included, is printed form. Three, as the
// fingerprint count of printed form (TemplateGroups) in checkIdenticalWork:
// an answer two students share is not form.
const formLineStudents = 3

// blankFormLines returns the students' page texts with printed-form lines
// replaced by spaces (rune offsets kept, so locations in the original page
// text stay valid). sections[i] holds student i's page texts.
func blankFormLines(sections [][]string) [][]string {
	type line struct {
		student, page, start, end int // rune range in the page
		grams                     map[string]struct{}
	}
	var lines []line
	index := map[string][]int32{} // bigram → lines holding it
	for si, pages := range sections {
		for pi, text := range pages {
			start := 0
			rs := []rune(text)
			for i := 0; i <= len(rs); i++ {
				if i < len(rs) && rs[i] != '\n' {
					continue
				}
				n := []rune(textnorm.String(string(rs[start:i])))
				if len(n) >= 2 {
					l := line{student: si, page: pi, start: start, end: i, grams: map[string]struct{}{}}
					for j := 0; j+1 < len(n); j++ {
						l.grams[string(n[j:j+2])] = struct{}{}
					}
					for g := range l.grams {
						index[g] = append(index[g], int32(len(lines)))
					}
					lines = append(lines, l)
				}
				start = i + 1
			}
		}
	}
	out := make([][]string, len(sections))
	for si, pages := range sections {
		out[si] = slices.Clone(pages)
	}
	shared := make([]int, len(lines))
	for _, l := range lines {
		clear(shared)
		for g := range l.grams {
			for _, m := range index[g] {
				shared[m]++
			}
		}
		students := map[int]bool{l.student: true}
		for m, n := range shared {
			if n > 0 && lines[m].student != l.student &&
				float64(2*n) >= formLineSimilarity*float64(len(l.grams)+len(lines[m].grams)) {
				students[lines[m].student] = true
			}
		}
		if len(students) < formLineStudents {
			continue
		}
		rs := []rune(out[l.student][l.page])
		for i := l.start; i < l.end; i++ {
			rs[i] = ' '
		}
		out[l.student][l.page] = string(rs)
	}
	return out
}

// checkIdenticalWork compares the students' sections of one item. What all
// (at least three) students' pages share is the printed form; what two of
// them share beyond it is reported.
func checkIdenticalWork(p *Pass, s *models.Submission, d *models.Document, ref *copydetect.Reference) {
	names, pages := studentSections(d)
	if len(names) < 3 {
		return // without three students the printed form cannot be told apart
	}
	docs := make([]*copyDoc, len(names))
	in := make([]copydetect.Doc, len(names))
	sections := make([][]string, len(names))
	for i, n := range names {
		for _, pi := range pages[n] {
			sections[i] = append(sections[i], d.Pages[pi].Text)
		}
	}
	blanked := blankFormLines(sections)
	for i, n := range names {
		cd := &copyDoc{sub: s, doc: &models.Document{RelPath: d.RelPath, Item: d.Item, Kind: d.Kind}, text: &textnorm.Text{}}
		for j, pi := range pages[n] {
			cd.doc.Pages = append(cd.doc.Pages, d.Pages[pi])
			cd.raw = append(cd.raw, d.Pages[pi].Text)
			cd.text.Add(blanked[i][j])
		}
		docs[i] = cd
		in[i] = copydetect.Doc{Owner: n, Group: n, Text: cd.text.Runes}
	}
	res := copydetect.Detect(in, copydetect.Options{TemplateGroups: 3, MinLength: identicalMinLength, Reference: ref, Workers: 1,
		TemplateBridge: identicalTemplateBridge})
	byPair := map[[2]int][]copydetect.Passage{}
	for _, ps := range res.Passages {
		if !ps.Template {
			byPair[[2]int{ps.A, ps.B}] = append(byPair[[2]int{ps.A, ps.B}], ps)
		}
	}
	keys := make([][2]int, 0, len(byPair))
	for k := range byPair {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i][0] < keys[j][0] || keys[i][0] == keys[j][0] && keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		ps := byPair[k]
		a, b := docs[k[0]], docs[k[1]]
		total := 0
		for _, x := range ps {
			total += x.Length
		}
		// The answers: what each student wrote beyond the printed form.
		own := min(a.text.Len()-res.TemplateRunes[k[0]], b.text.Len()-res.TemplateRunes[k[1]])
		if own <= 0 || float64(total) < identicalMinShare*float64(own) {
			continue
		}
		sort.Slice(ps, func(i, j int) bool { return ps[i].Length > ps[j].Length })
		top := ps[0]
		m := models.Match{A: a.side(top.AStart, top.AEnd), B: b.side(top.BStart, top.BEnd), Length: top.Length,
			Similarity: top.Similarity, SameSchool: true}
		m.ID = matchID(m.A, m.B)
		for _, x := range ps {
			mm := models.Match{A: a.side(x.AStart, x.AEnd), B: b.side(x.BStart, x.BEnd), Length: x.Length,
				Similarity: x.Similarity, SameSchool: true}
			mm.ID = matchID(mm.A, mm.B)
			p.AddMatch(mm)
		}
		f := models.Finding{
			Rule: models.RuleFabricationIdenticalWork, Severity: models.SeverityError,
			SubmissionID: s.ID, School: s.School, Item: d.Item, Page: m.A.Page, File: d.RelPath,
			OtherSubmissionID: s.ID, OtherItem: d.Item, OtherPage: m.B.Page, MatchID: m.ID,
		}
		f.Message = fmt.Sprintf("%s中学生“%s”与“%s”的作答有%d段相同（共约%d字，约占作答文字的%.0f%%），超出了三名学生共有的印刷内容；请核实是否抄袭或代写。",
			itemLabel(d), names[k[0]], names[k[1]], len(ps), total, 100*float64(total)/float64(own))
		f.Evidence = fmt.Sprintf("%s（%s）：%s\n%s（%s）：%s", names[k[0]], pageRange(m.A.Page, m.A.EndPage), cut(m.A.Text, copyExcerptRunes),
			names[k[1]], pageRange(m.B.Page, m.B.EndPage), cut(m.B.Text, copyExcerptRunes))
		p.Report(f)
	}
}
