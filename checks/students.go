package checks

import (
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"classaudit/internal/form"
	"classaudit/internal/names"
	"classaudit/internal/seg"
	"classaudit/models"
)

// Students checks that items 8, 11 and 12 are the work of the same three
// students, and that they are members of the class assessed in item 10.
var Students = &Check{
	ID:    "students",
	Doc:   "items 8, 11 and 12 name the same three students, all of them in the item-10 records",
	Rules: []string{models.RuleStudentsCount, models.RuleStudentsMismatch, models.RuleStudentsNotInClass, models.RuleNamesUnreadable},
	Run:   runStudents,
}

func init() { register(Students) }

// people is what a submission's documents say about its students.
type people struct {
	form *models.Form
	// otherTables are the register's tables of another class left out
	// (ownClassTables), as the reviewer is told: "2401班的考核记录35条".
	otherTables []string
	records     []names.Record // item 10, one per row (or per assessment sheet)
	recDocs     []*models.Document
	class       []string // distinct names of the records (matched to the roster)
	// namesakes counts records of a name already in class whose 学号
	// differs from that one's: two students of one name (two 林晓燕).
	namesakes int
	nameless  int // records whose name OCR lost
	junk      int // lines amid the records that OCR garbled beyond reading
	// lost counts the lines of a single mark amid a scanned table's
	// records ("|", "0"): rows OCR lost but for a rule or a digit, maybe.
	// (Lines OCR garbled, junk, are judged by garbledTable and lostRows.)
	lost int
	// numbered counts item 10's rows by their serial numbers when every
	// records document's numbering tells them (names.NumberedRows); 0
	// when one's does not.
	numbered int
	roster   []string
	// rosterIDs maps the roster's student numbers (学号) to its names.
	rosterIDs map[string]string
	rosDoc    *models.Document
	mentions  []names.Mention // items 8, 11, 12
	docs      map[int]*models.Document
	// reread says which names a second OCR reading gave for what the
	// first had read (rereadStrangers), for the evidence.
	reread []string
	// idOnly are the pages named by a student number alone whose record's
	// name, read by OCR, could not be told from a typed name (see
	// settleIDReads): left unnamed, each is still that record's student.
	idOnly []idPage
}

// idPage is a page of items 8, 11, 12 named by the student number of a
// record (its name as the register reads it) and by nothing else.
type idPage struct {
	item, page int
	record, id string
	alike      []string // the typed names no class member's the record's name is like
}

// submissionForm returns the form the pipeline read, or reads it.
func submissionForm(s *models.Submission) (*models.Form, *models.Document, []string) {
	var doc *models.Document
	for _, d := range s.Documents {
		if d != nil && d.Kind == models.KindForm && d.ErrorRule == "" {
			doc = d
			break
		}
	}
	if doc == nil {
		return s.Form, nil, nil
	}
	f, problems := form.Parse(doc)
	if s.Form != nil {
		f = s.Form
	}
	return f, doc, problems
}

func readable(d *models.Document) bool {
	return d != nil && d.ErrorRule == "" && d.Chars() > 0
}

// peopleOf returns what a submission says of its students, read once per
// pass for the Students and Records checks (callers only read it).
func (p *Pass) peopleOf(s *models.Submission) *people {
	p.mu.Lock()
	defer p.mu.Unlock()
	if pp, ok := p.people[s]; ok {
		return pp
	}
	if p.people == nil {
		p.people = map[*models.Submission]*people{}
	}
	pp := readPeople(s)
	p.people[s] = pp
	return pp
}

// readPeople reads records, roster and the names of items 8, 11, 12.
func readPeople(s *models.Submission) *people {
	pp := &people{docs: map[int]*models.Document{}}
	pp.form, _, _ = submissionForm(s)
	for _, d := range s.Documents {
		if d != nil && d.Kind == models.KindRoster && readable(d) {
			pp.rosDoc = d
			pp.roster = names.Roster(d.PageTexts())
			pp.rosterIDs = names.IDs(d.PageTexts(), pp.roster)
			break
		}
	}
	seen := map[string]bool{}
	for _, d := range s.ItemDocuments(models.RecordsItem) {
		if !readable(d) {
			continue
		}
		first := len(pp.recDocs) == 0
		pp.recDocs = append(pp.recDocs, d)
		rs, junk, marks := names.RecordsJunkMarks(d.PageTexts())
		rs = pp.ownClassTables(rs, d)
		if rows, ok := names.NumberedRows(d.PageTexts()); ok && (first || pp.numbered > 0) {
			pp.numbered += rows
		} else {
			pp.numbered = 0
		}
		pp.junk += junk
		noisy := 0
		for i := range rs {
			if k := rs[i].Page - 1; k >= 0 && k < len(d.Pages) {
				rs[i].OCR = d.Pages[k].Method == models.MethodOCR
				rs[i].SureDigits = rs[i].OCR && (sureDigits(d.Pages[k], rs[i].Line, rs[i].Excerpt) || rs[i].AddsUp() && sureLines(d.Pages[k], rs[i].Line, rs[i].Line))
				if rs[i].OCR {
					sureScores(d.Pages[k], &rs[i])
				}
				for _, l := range rs[i].Parts { // the rows of its parts, in a register with a row per part
					rs[i].SureDigits = rs[i].SureDigits && sureLines(d.Pages[k], l, l)
				}
			}
			if k := rs[i].HeadPage - 1; rs[i].OCR && k >= 0 && k < len(d.Pages) {
				rs[i].SureMaxima = sureLines(d.Pages[k], rs[i].HeadLines[0], rs[i].HeadLines[1])
			}
			if rs[i].OCR && (rs[i].Noisy || rs[i].Unsure) {
				noisy++
			}
		}
		if extra := max(lostRows(rs, junk), footLost(rs, d.Pages)); extra > 0 && !garbledTable(junk, len(rs)) {
			// Rows OCR garbled beyond reading, counted by the table's own
			// serial numbers: still records, of unknown students.
			last := rs[len(rs)-1]
			for range extra {
				rs = append(rs, names.Record{Unsure: true, OCR: last.OCR, Page: last.Page, Excerpt: "（序号可见、内容无法辨认的行）"})
			}
			pp.junk = max(0, pp.junk-extra)
			// The lines so counted are rows already, no more lines that
			// might be rows besides.
			marks = max(0, marks-extra)
		}
		if slices.ContainsFunc(d.Pages, func(p models.Page) bool { return p.Method == models.MethodOCR }) {
			pp.lost += marks
		}
		// A table OCR garbled in one row in ten or more: its digits are
		// not to be trusted either.
		for i := range rs {
			rs[i].NoisyTable = rs[i].OCR && 10*noisy >= len(rs)
		}
		names.DoubtMaxima(rs)
		names.ClaimUnexplained(rs)
		if len(rs) == 0 {
			// Assessment sheets, one per student: 姓名：张伟 … 总分：85.
			for i := range d.Pages {
				for _, r := range names.FromPage(d.Pages[i].Text, nil) {
					rs = append(rs, names.Record{Name: r.Name, Page: i + 1, Line: r.Line, Excerpt: r.Excerpt})
				}
			}
		}
		pp.records = append(pp.records, rs...)
	}
	pp.runsRoster()
	pp.rosterIDs = completeIDs(pp.rosterIDs, pp.records)
	names.MatchRoster(pp.records, pp.roster, pp.rosterIDs)
	pp.typedOverScanned()
	// A name's student numbers: a record of a name already seen is the
	// same student (listed again: a second table of the whole class)
	// unless its 学号 is another.
	ids := map[string]map[string]bool{}
	for _, r := range pp.records {
		if r.Matched == "" {
			pp.nameless++
			continue
		}
		id := ""
		if found := names.StudentIDs(r.Excerpt); len(found) == 1 {
			id = found[0]
		}
		if !seen[r.Matched] {
			seen[r.Matched] = true
			pp.class = append(pp.class, r.Matched)
			ids[r.Matched] = map[string]bool{id: true}
			continue
		}
		if id != "" && !ids[r.Matched][id] && !ids[r.Matched][""] {
			pp.namesakes++
		}
		ids[r.Matched][id] = true
	}
	known := append(append([]string(nil), pp.class...), pp.roster...)
	teachers := map[string]bool{}
	if pp.form != nil {
		for _, t := range pp.form.Teachers {
			teachers[strings.ReplaceAll(t.Name, " ", "")] = true
		}
		teachers[strings.ReplaceAll(pp.form.Leader, " ", "")] = true
	}
	have := map[int][][]names.Read{} // item → page → the names read there
	add := func(item int, p models.Page, r names.Read, reread bool) {
		if p.Method == models.MethodOCR && p.Confidence > 0 {
			r.Confidence *= p.Confidence / 100
		}
		pp.mentions = append(pp.mentions, names.Mention{Item: item, Page: p.Number, Read: r,
			OCR: p.Method == models.MethodOCR, Reread: reread})
	}
	for _, item := range models.StudentItems {
		ds := s.ItemDocuments(item)
		if len(ds) == 0 || !readable(ds[0]) {
			continue
		}
		d := ds[0]
		pp.docs[item] = d
		have[item] = make([][]names.Read, len(d.Pages))
		for i := range d.Pages {
			seenOnPage := map[string]bool{}
			reads, reread := pageNames(d.Pages[i], known)
			for _, r := range reads {
				if teachers[r.Name] || seenOnPage[r.Name] {
					continue
				}
				seenOnPage[r.Name] = true
				have[item][i] = append(have[item][i], r)
				add(item, d.Pages[i], r, reread)
			}
		}
	}
	// Labels a document uses on its own, learned from its pages against
	// the names read the usual way.
	vouched := func(name string) bool {
		return slices.Contains(known, name) || slices.ContainsFunc(pp.mentions, func(m names.Mention) bool {
			return m.Name == name || m.Matched == name
		})
	}
	isTeacher := func(name string) bool { return teachers[name] }
	for _, item := range models.StudentItems {
		d := pp.docs[item]
		if d == nil {
			continue
		}
		for i, rs := range names.LearnedReads(d.PageTexts(), have[item], known, vouched, isTeacher) {
			for _, r := range rs {
				add(item, d.Pages[i], r, false)
			}
		}
	}
	// Pages that still name no one but carry one class member's student
	// number (学号), the records' or the roster's: that member's pages,
	// whatever their layout ("学徒吴宇轩企业师傅…" glued, "学号2336040323"
	// on the next line). Read again once the records' names are settled
	// (a record renamed from a garbled reading names its pages then).
	byID := func(settled bool) {
		owners := idOwners(pp.records, pp.rosterIDs, !settled)
		addOwned := func(item int, p models.Page, r names.Read, owner string) {
			if teachers[r.Name] {
				return
			}
			add(item, p, r, false)
			if settled {
				m := &pp.mentions[len(pp.mentions)-1]
				m.Matched, m.Kind = owner, names.Exact
			}
		}
		for _, item := range models.StudentItems {
			d := pp.docs[item]
			if d == nil || len(owners) == 0 {
				continue
			}
			for i := range d.Pages {
				read, named := map[int]bool{}, []string(nil)
				reread := false // the page's names are a second reading's
				for _, m := range pp.mentions {
					if m.Item == item && m.Page == d.Pages[i].Number {
						read[m.Line] = true
						named = append(named, m.Name, m.Matched)
						reread = m.Reread
					}
				}
				if len(read) == 1 && settled && !slices.ContainsFunc(named, func(n string) bool {
					return slices.Contains(pp.class, n) || pp.namedElsewhere(n, item, d.Pages[i].Number)
				}) {
					// The page's one name, read garbled past any member's
					// and any other page's name, beside the student's
					// number ("姓名:此俊之…学号: 0106" for 柴俊豪, 2414050106,
					// heldout123's 永济 烹饪): that member's page. (A name
					// other pages give, "田晓老" taken for the typed 田晓雯,
					// stands: the register's scan may have misread it.)
					// A name from a second reading, the number on the first
					// reading's line whose name OCR garbled ("实训学生:列`思佳
					// …学号: 2327052917", the second reading naming the elder
					// of the 体温单 below: heldout133's 虎林 照护): the
					// number's member too, the lines being two readings'.
					if r, owner, ok := names.ByStudentID(d.Pages[i].Text, owners); ok && (read[r.Line] || reread) && !teachers[owner] {
						for k := range pp.mentions {
							if m := &pp.mentions[k]; m.Item == item && m.Page == d.Pages[i].Number && (m.Line == r.Line || reread) {
								m.Matched, m.Kind = owner, names.Exact
							}
						}
						continue
					}
				}
				if len(read) > 0 {
					// Several students' forms on the page, a name OCR
					// could not read beside its student's number.
					for _, r := range names.FormsByStudentID(d.Pages[i].Text, owners, read, named) {
						addOwned(item, d.Pages[i], r, r.Name)
					}
					continue
				}
				if r, owner, ok := names.ByStudentID(d.Pages[i].Text, owners); ok {
					addOwned(item, d.Pages[i], r, owner)
				}
			}
		}
	}
	byID(false)
	pp.mentions = dropTables(pp.mentions)
	if pp.classTrusted() {
		names.Resolve(pp.mentions, known)
	} else {
		// Names OCR garbled in the records are no dictionary: the
		// students' names are settled among themselves, typed reads first.
		names.ResolveUntrusted(pp.mentions, known)
	}
	for item, d := range pp.docs {
		settleFormBlocks(pp.mentions, item, d.PageTexts(), known)
	}
	matchByID(pp.mentions, pp.records, pp.class, pp.rosterIDs)
	pp.lostLastChar()
	pp.typedThroughID()
	pp.garbledThroughID()
	pp.typedOneOff()
	pp.typedInPlace()
	byID(true)
	pp.settleIDReads()
	pp.rereadStrangers(known)
	pp.strangersTyped(known)
	settlePrefixNamesakes(pp.mentions, known)
	return pp
}

// strangersTyped settles the scanned readings of a student of no class
// list's (a student of another class, say) by the typed pages of items 8,
// 11 and 12: a reading one character off one name typed there, the same
// on every typed page that is one off it, and no member's, is that name;
// and the other scanned readings of a stranger whose lines state the same
// student number are that name too. (heldout137's 丹江口 电商: 罗晓萱 of
// another class typed in item 11's SKU sheet as 上架人, her worksheet's
// scan read 罗晓营 and her homework's 罗有晓营, both beside 学号
// 244206030209: two students outside the class for one, neither hers.)
func (pp *people) strangersTyped(known []string) {
	member := func(n string) bool { return slices.Contains(known, n) || slices.Contains(pp.class, n) }
	var typed []string
	for _, item := range models.StudentItems {
		if d := pp.docs[item]; d != nil {
			for _, p := range d.Pages {
				if p.Method != models.MethodOCR {
					typed = append(typed, p.Text)
				}
			}
		}
	}
	if len(typed) == 0 {
		return
	}
	rename := map[string]string{} // a stranger's reading → the typed name
	for _, m := range pp.mentions {
		if !m.OCR || member(m.Matched) || rename[m.Matched] != "" {
			continue
		}
		found := ""
		for _, t := range typed {
			if strings.Contains(t, m.Matched) {
				found = "" // typed as read: the reading stands
				break
			}
			if c := oneOffOnPage(t, m.Matched); c != "" {
				if found != "" && found != c {
					found = ""
					break
				}
				found = c
			}
		}
		if found != "" && !member(found) {
			rename[m.Matched] = found
		}
	}
	if len(rename) == 0 {
		return
	}
	// The student numbers the renamed readings' lines state.
	byID := map[string]string{}
	for _, m := range pp.mentions {
		if to := rename[m.Matched]; to != "" {
			for _, id := range names.StudentIDs(m.Excerpt) {
				byID[id] = to
			}
		}
	}
	for i := range pp.mentions {
		m := &pp.mentions[i]
		if !m.OCR || member(m.Matched) {
			continue
		}
		to := rename[m.Matched]
		if to == "" {
			for _, id := range names.StudentIDs(m.Excerpt) {
				if byID[id] != "" {
					to = byID[id]
				}
			}
		}
		if to != "" && to != m.Matched {
			m.Matched, m.Kind = to, names.Fuzzy
		}
	}
}

// settleFormBlocks gives one name to the reads of one student's pages in
// an item made of k copies of n printed forms, each student's forms in a
// block of n pages (pages 1–3 a student's 成果1–3, 4–6 the next one's):
// OCR read one handwritten name a different way on each page ("黄颖形",
// "黄上颖", "黄祷形"; heldout9's item 11 counted seven students for three).
// The block's name is the class member read there, if one alone is; else
// the name read most often, the first on a tie. A block that names two
// class members is left as read (a student's form filled by another).
func settleFormBlocks(ms []names.Mention, item int, pages []string, class []string) {
	groups := names.FormGroups(pages)
	n := len(groups)
	if n < 2 {
		return
	}
	k := len(groups[0])
	if k < 2 || k > 4 || n*k != len(pages) {
		return
	}
	form := map[int]int{} // page → its form
	for g, ps := range groups {
		if len(ps) != k {
			return
		}
		for _, p := range ps {
			form[p] = g
		}
	}
	for b := range k {
		seen := map[int]bool{}
		for p := b*n + 1; p <= (b+1)*n; p++ {
			g, ok := form[p]
			if !ok || seen[g] {
				return // not blocks of one copy of each form
			}
			seen[g] = true
		}
	}
	for b := range k {
		var idx []int
		count := map[string]int{}
		var order, members []string
		for i, m := range ms {
			if m.Item != item || m.Page <= b*n || m.Page > (b+1)*n || !m.OCR {
				continue
			}
			idx = append(idx, i)
			if count[m.Matched] == 0 {
				order = append(order, m.Matched)
				if slices.Contains(class, m.Matched) {
					members = append(members, m.Matched)
				}
			}
			count[m.Matched]++
		}
		if len(order) < 2 || len(members) > 1 || twoNumbers(pages[b*n:(b+1)*n]) {
			continue
		}
		name := order[0]
		for _, o := range order {
			if count[o] > count[name] {
				name = o
			}
		}
		if len(members) == 1 {
			name = members[0]
		}
		for _, i := range idx {
			if ms[i].Matched != name {
				ms[i].Matched, ms[i].Kind = name, names.Fuzzy
			}
		}
	}
}

// twoNumbers reports whether two of pages give each a student number (学号)
// and none the same: two students' pages, not one student's block (four
// one-page worksheets, the name row lost by OCR on two, grouped as two
// forms of two pages: heldout151's 桦甸 新能源, where 宫昱辰's page, 学号
// 2404350126, went to 于晓松's, 2404350136).
func twoNumbers(pages []string) bool {
	var seen [][]string
	for _, p := range pages {
		ids := names.StudentIDs(p)
		if len(ids) == 0 {
			continue
		}
		for _, o := range seen {
			if !slices.ContainsFunc(ids, func(id string) bool { return slices.Contains(o, id) }) {
				return true
			}
		}
		seen = append(seen, ids)
	}
	return false
}

// settlePrefixNamesakes settles scanned reads that two class members fit:
// with 曾丹 and 曾丹熙 both in the class, "曾丹申" reads as 曾丹 by its
// start, but is as much 曾丹熙 with its last character misread (a
// generated class: 曾丹熙 typed in item 11, "曾丹申" and "曾丹中" scanned
// in items 8 and 12 made a false students.mismatch). Such a read is the
// longer name's when the longer name is read without that doubt somewhere
// and the shorter nowhere. With several such longer names (曾丹熙 and
// 曾丹琳), it is the one read without doubt, if only one is.
func settlePrefixNamesakes(ms []names.Mention, class []string) {
	longer := func(m names.Mention) []string {
		if !m.OCR {
			return nil
		}
		i := strings.Index(m.Excerpt, m.Matched)
		if i < 0 {
			return nil
		}
		next, _ := utf8.DecodeRuneInString(m.Excerpt[i+len(m.Matched):])
		if !unicode.Is(unicode.Han, next) {
			return nil // the name read stands alone: no doubt
		}
		n := utf8.RuneCountInString(m.Matched)
		var out []string
		for _, b := range class {
			if utf8.RuneCountInString(b) == n+1 && strings.HasPrefix(b, m.Matched) && !slices.Contains(out, b) {
				out = append(out, b)
			}
		}
		return out
	}
	sure := map[string]bool{}
	alt := map[int][]string{}
	for i, m := range ms {
		if bs := longer(m); bs != nil {
			alt[i] = bs
		} else {
			sure[m.Matched] = true
		}
	}
	for i, bs := range alt {
		if sure[ms[i].Matched] {
			continue
		}
		var read []string
		for _, b := range bs {
			if sure[b] {
				read = append(read, b)
			}
		}
		if len(read) == 1 {
			ms[i].Matched = read[0]
		}
	}
}

// rereadStrangers takes, on a scanned page whose first reading names
// surely a student of no class list's and of no other item (a stranger),
// the class member a second reading of the page names surely for the
// page's student instead (models.Page.Rereads, which the pipeline makes
// for such pages). OCR reads a handwritten name wrong at full confidence
// now and then: "马悦" for 马飞 at 300 dpi, read right at 240. A stranger
// in two items or more is a student of its own, and is kept; so is one
// no second reading names a class member for. What was read first is
// kept for the evidence (pp.reread).
func (pp *people) rereadStrangers(known []string) {
	if len(known) == 0 {
		return
	}
	items := map[string]map[int]bool{}
	for _, m := range pp.mentions {
		if items[m.Matched] == nil {
			items[m.Matched] = map[int]bool{}
		}
		items[m.Matched][m.Item] = true
	}
	for i := range pp.mentions {
		m := &pp.mentions[i]
		if !m.OCR || m.Reread || len(items[m.Matched]) > 1 {
			continue
		}
		if _, k := names.Match(m.Matched, known); k == names.Exact || k == names.Fuzzy {
			continue
		}
		page := pp.page(m.Item, m.Page)
		if page == nil {
			continue
		}
		r, matched, kind, ok := memberReread(*page, known, pp.namesOn(m.Item, m.Page))
		if !ok {
			continue
		}
		if page.Confidence > 0 {
			r.Confidence *= page.Confidence / 100
		}
		pp.reread = append(pp.reread, fmt.Sprintf("第%d项第%d页初次识别为“%s”，再次识别为“%s”，按“%s”计", m.Item, m.Page, m.Name, r.Name, matched))
		m.Read, m.Matched, m.Kind, m.Reread = r, matched, kind, true
	}
}

// memberReread returns the first name a second reading of p names surely
// that is a class member (or one similar character off one) and not one
// of taken, the names its page already gives.
func memberReread(p models.Page, known, taken []string) (names.Read, string, names.MatchKind, bool) {
	for _, t := range p.Rereads {
		for _, r := range names.FromPage(t, known) {
			if !r.Sure() {
				continue
			}
			if m, k := names.Match(r.Name, known); (k == names.Exact || k == names.Fuzzy) && !slices.Contains(taken, m) {
				return r, m, k, true
			}
		}
	}
	return names.Read{}, "", 0, false
}

// page returns page number n of item's document, nil if none.
func (pp *people) page(item, n int) *models.Page {
	d := pp.docs[item]
	if d == nil {
		return nil
	}
	for i := range d.Pages {
		if d.Pages[i].Number == n {
			return &d.Pages[i]
		}
	}
	return nil
}

// namesOn lists the names mentions give on page n of item.
func (pp *people) namesOn(item, n int) []string {
	var out []string
	for _, m := range pp.mentions {
		if m.Item == item && m.Page == n {
			out = append(out, m.Matched)
		}
	}
	return out
}

// pageNames reads the names on a page of items 8, 11, 12: from its text,
// or, when that names nobody surely, from the first of its second OCR
// readings (Page.Rereads) that does (reread).
func pageNames(p models.Page, known []string) (reads []names.Read, reread bool) {
	reads = names.FromPage(p.Text, known)
	if names.AnySure(reads) {
		return reads, false
	}
	for _, t := range p.Rereads {
		if alt := names.FromPage(t, known); names.AnySure(alt) {
			return alt, true
		}
	}
	return reads, false
}

// lostLastChar settles a name typed on a page (付晨曦) that is no class
// member's but whose first characters are a member's scanned record (付晨)
// that no page types: OCR lost a rare last character in the scans of the
// class list (the register's, or a scanned roster's that the register's
// full name was matched to), and the typed name is the member's. A typed
// roster that lists the shorter name keeps it: two students.
func (pp *people) lostLastChar() {
	for _, m := range slices.Clone(pp.mentions) {
		t := []rune(m.Matched)
		if m.OCR || len(t) < 3 || slices.Contains(pp.class, m.Matched) || !names.Valid(m.Matched) {
			continue
		}
		short := string(t[:len(t)-1])
		full := slices.ContainsFunc(pp.records, func(r names.Record) bool { return r.Matched == short && r.Name == m.Matched })
		if found, asRead := scannedAsRead(short, pp.records); !found || !asRead && !full || !slices.Contains(pp.class, short) {
			continue
		}
		if slices.ContainsFunc(pp.mentions, func(o names.Mention) bool { return !o.OCR && o.Matched == short }) ||
			slices.Contains(pp.roster, short) && !pp.rosterScanned() {
			continue
		}
		pp.renameStudent(short, m.Matched)
	}
}

// runsRoster reads the roster again by the register's names where the
// usual reading found fewer names than item 10 has records: OCR may run a
// seat chart's names together, a row of desks a line (names.RunsRoster).
func (pp *people) runsRoster() {
	if pp.rosDoc == nil || len(pp.roster) >= len(pp.records) {
		return
	}
	var known []string
	for _, r := range pp.records {
		if r.Name != "" {
			known = append(known, r.Name)
		}
	}
	if r := names.RunsRoster(pp.rosDoc.PageTexts(), known); len(r) > len(pp.roster) {
		pp.roster = r
		pp.rosterIDs = names.IDs(pp.rosDoc.PageTexts(), r)
	}
}

// rosterScanned reports whether the roster was read by OCR: its names may
// be misread as the register's are.
func (pp *people) rosterScanned() bool {
	return pp.rosDoc != nil && slices.ContainsFunc(pp.rosDoc.Pages, func(p models.Page) bool { return p.Method == models.MethodOCR })
}

// typedOverScanned: a typed register names its students as written, a
// scanned roster as OCR read them; a roster name paired with a typed
// record's (by 学号 or likeness) takes the record's, so that findings name
// the students as the register spells them (刘晓彤, not the roster's
// 刘晓形, heldout43's 佳木斯).
func (pp *people) typedOverScanned() {
	if !pp.rosterScanned() {
		return
	}
	for i := range pp.records {
		r := &pp.records[i]
		if r.OCR || r.Matched == r.Name || !names.Valid(r.Name) || slices.Contains(pp.roster, r.Name) {
			continue
		}
		pp.renameRosterEntry(r.Matched, r.Name)
		r.Matched = r.Name
	}
}

// renameRosterEntry renames a roster's entry and its student numbers' owner.
func (pp *people) renameRosterEntry(from, to string) {
	for i := range pp.roster {
		if pp.roster[i] == from {
			pp.roster[i] = to
		}
	}
	for id, n := range pp.rosterIDs {
		if n == from {
			pp.rosterIDs[id] = to
		}
	}
}

// renameStudent renames a class member whose name OCR misread in the class
// list: the records, the class, a scanned roster's entry and number, and
// the pages matched to the old name (those named by the student number
// read the new one too).
func (pp *people) renameStudent(from, to string) {
	renameRecord(pp.records, pp.class, from, to)
	pp.renameRosterEntry(from, to)
	for k := range pp.mentions {
		if m := &pp.mentions[k]; m.Matched == from {
			m.Matched = to
			if m.Source == names.SourceID {
				m.Name = to
			}
		}
	}
}

// renameByID renames the pages named by their student number for a record
// whose name was renamed from to to.
func renameByID(ms []names.Mention, from, to string) {
	for i := range ms {
		if ms[i].Source == names.SourceID && ms[i].Matched == from {
			ms[i].Name, ms[i].Matched = to, to
		}
	}
}

// settleIDReads: a page named by its student number carries the name of
// the record of that number as OCR read it off a scanned register; where
// no page reads that name but another item's pages give a name near it
// (one character off) that is no class member's, the record's name was
// misread (南成尘 for the typed 南成浩) and the page is that student's.
// Where a typed name only shares a character in place with it (a name of
// two characters: 敖雪 typed, 效雪 in the register), the pages are left
// unnamed, kept in idOnly: each still a student for the count, and the
// typed name no sure outsider.
func (pp *people) settleIDReads() {
	unsure := map[string][]string{} // records whose pages are left unnamed → the typed names like theirs
	for i := range pp.mentions {
		m := &pp.mentions[i]
		if m.Source != names.SourceID {
			continue
		}
		if found, asRead := scannedAsRead(m.Matched, pp.records); !found || !asRead {
			continue
		}
		owner := m.Matched
		if slices.ContainsFunc(pp.mentions, func(o names.Mention) bool { return o.Source != names.SourceID && o.Matched == owner }) {
			continue
		}
		var near, alike []string
		for _, o := range pp.mentions {
			if o.Source == names.SourceID || slices.Contains(pp.class, o.Matched) {
				continue
			}
			if names.Near(o.Matched, owner) && !slices.Contains(near, o.Matched) {
				near = append(near, o.Matched)
			} else if !o.OCR && utf8.RuneCountInString(o.Matched) == utf8.RuneCountInString(owner) && names.AlikeInPlace(o.Matched, owner) > 0 {
				alike = append(alike, o.Matched)
			}
		}
		switch {
		case len(near) == 1:
			for k := range pp.mentions {
				if pp.mentions[k].Source == names.SourceID && pp.mentions[k].Matched == owner {
					pp.mentions[k].Matched = near[0]
				}
			}
		case len(near) == 0 && len(alike) > 0:
			// A typed name no class member's that shares a character in
			// place with the record's (敖雪 typed, the register's 效雪): the
			// record may be that student's, misread, or another's; the
			// pages named by its number say nothing then.
			unsure[owner] = alike
		}
	}
	for _, m := range pp.mentions {
		if alike, ok := unsure[m.Matched]; ok && m.Source == names.SourceID {
			pp.idOnly = append(pp.idOnly, idPage{item: m.Item, page: m.Page, record: m.Matched, id: firstID(m.Excerpt), alike: alike})
		}
	}
	pp.mentions = slices.DeleteFunc(pp.mentions, func(o names.Mention) bool {
		_, ok := unsure[o.Matched]
		return ok && o.Source == names.SourceID
	})
}

// firstID is the first student number of a line, "" if none.
func firstID(line string) string {
	if ids := names.StudentIDs(line); len(ids) > 0 {
		return ids[0]
	}
	return ""
}

// unsureOutsider is the notice, on the records, of a student read on a
// page whom the records do not name but may hold, misread: the reviewer
// is told, with message.
func (pp *people) unsureOutsider(base models.Finding, m names.Mention, message string) models.Finding {
	r := base
	r.Rule, r.Severity, r.Item, r.Page = models.RuleRecordsUnreadable, models.SeverityInfo, models.RecordsItem, 0
	if len(pp.recDocs) > 0 {
		r.File = pp.recDocs[0].RelPath
	}
	r.Message = message
	r.Evidence = "读作：" + m.Name + "\n原文：" + m.Excerpt + "\n考核记录：" + pp.recordList()
	return r
}

// idOnlyAlike returns a page named by a record's number alone whose
// record's name the typed name is like (settleIDReads).
func (pp *people) idOnlyAlike(name string) (idPage, bool) {
	for _, o := range pp.idOnly {
		if slices.Contains(o.alike, name) {
			return o, true
		}
	}
	return idPage{}, false
}

// idOnlyOthers lists the pages of item named by a record's student number
// alone (idOnly) that are surely students besides the named ones studs:
// every named student a class member, each with a record of their own, so
// none of them is the record's (a named student of no record may be:
// 金芊芊 typed, the register's 金苹芋). One page per record.
func (pp *people) idOnlyOthers(item int, studs []string) []idPage {
	for _, n := range studs {
		if !slices.Contains(pp.class, n) {
			return nil
		}
	}
	var out []idPage
	for _, o := range pp.idOnly {
		if o.item == item && !slices.ContainsFunc(out, func(x idPage) bool { return x.record == o.record }) && !slices.Contains(studs, o.record) {
			out = append(out, o)
		}
	}
	return out
}

// typedThroughID renames a scanned record whose name OCR misread to the
// name a typed page gives, where a scanned page ties them: the page's
// name, beside the record's student number, is read near the typed name
// and otherwise than the record ("潘维吉 学号 240431005" on a worksheet,
// the register's row 240431005 read 洒维吉, item 11 typed 潘维嘉). The
// record must be read by OCR as it stands and typed on no page nor in a
// typed roster; the typed name no class member's.
func (pp *people) typedThroughID() {
	owners := idOwners(pp.records, pp.rosterIDs, true)
	typed := map[string]bool{}
	for _, m := range pp.mentions {
		if !m.OCR && names.Valid(m.Matched) {
			typed[m.Matched] = true
		}
	}
	for _, m := range slices.Clone(pp.mentions) {
		if !m.OCR || m.Source == names.SourceID {
			continue
		}
		for _, id := range names.StudentIDs(m.Excerpt) {
			o := owners[id]
			if o == "" || o != m.Matched || m.Name == o || typed[o] {
				continue
			}
			if found, asRead := scannedAsRead(o, pp.records); !found || !asRead {
				continue
			}
			var near []string
			for t := range typed {
				if !slices.Contains(pp.class, t) && names.Near(m.Name, t) {
					near = append(near, t)
				}
			}
			if len(near) != 1 || slices.Contains(pp.roster, o) && !pp.rosterScanned() {
				continue
			}
			pp.renameStudent(o, near[0])
			owners[id] = near[0]
		}
	}
}

// typedOneOff renames a scanned record to the name typed on a student's
// pages one character off it in the given name (余可馨 typed on item 11's
// covers, "作者：余可馨 班级：动画2402班"; the register's scan and a
// worksheet's, in one font, read 余可声: heldout42's 安康 动画). The typed
// name stands on two pages or more, whose lines state the form's class and
// no other, so that it is no outsider's; the record is the one class
// member one character off it with its surname, read by OCR as it stands
// and typed nowhere; and no typed roster says the class holds both.
func (pp *people) typedOneOff() {
	if pp.form == nil || pp.rosDoc != nil && !pp.rosterScanned() {
		return
	}
	_, mine := lastClass(pp.form.Class)
	if mine == "" {
		return
	}
	typed := map[string]int{}
	for _, m := range pp.mentions {
		if !m.OCR && names.Valid(m.Matched) && !slices.Contains(pp.class, m.Matched) {
			typed[m.Matched]++
		}
	}
	for _, t := range slices.Sorted(maps.Keys(typed)) {
		if typed[t] < 2 || !statesOwnClass(pp.mentions, t, mine) {
			continue
		}
		var near []string
		for _, c := range pp.class {
			if names.OneCharOff(c, t) && names.Surname(c) != "" && names.Surname(c) == names.Surname(t) {
				near = append(near, c)
			}
		}
		if len(near) != 1 {
			continue
		}
		c := near[0]
		if found, asRead := scannedAsRead(c, pp.records); !found || !asRead ||
			slices.ContainsFunc(pp.mentions, func(m names.Mention) bool { return !m.OCR && (m.Matched == c || m.Name == c) }) {
			continue
		}
		pp.renameStudent(c, t)
	}
}

// typedInPlace renames a scanned record to a name typed on a student's
// pages that no class member has, where the record stands in that name's
// place: the typed name (on two pages or more, whose lines state the
// form's class and no other) is read in some of items 8, 11 and 12, the
// record's name, as OCR read it, in the others and never beside it. The
// record is the one class member so placed with the typed name's surname
// and length, read by OCR as it stands in a scanned register (or as a
// scanned roster reads it, the register's reading paired with it) and
// typed nowhere; no typed roster says otherwise. (heldout94's 公主岭 照护: item 11
// typed 马歆玥; the register's scan, item 8's and item 12's read 马坎表, two
// characters off: a student of the class named outside it and a member
// missing from the items, where there was one student.)
func (pp *people) typedInPlace() {
	if pp.form == nil || pp.rosDoc != nil && !pp.rosterScanned() {
		return
	}
	_, mine := lastClass(pp.form.Class)
	if mine == "" {
		return
	}
	people := func(item int) bool { return item == 8 || item == 11 || item == 12 }
	items := func(name string, typed bool) map[int]bool {
		out := map[int]bool{}
		for _, m := range pp.mentions {
			if m.Matched == name && people(m.Item) && (!typed || !m.OCR) {
				out[m.Item] = true
			}
		}
		return out
	}
	typed := map[string]int{}
	for _, m := range pp.mentions {
		if !m.OCR && people(m.Item) && names.Valid(m.Matched) && !slices.Contains(pp.class, m.Matched) {
			typed[m.Matched]++
		}
	}
	for _, t := range slices.Sorted(maps.Keys(typed)) {
		if !statesOwnClass(pp.mentions, t, mine) || names.Surname(t) == "" {
			continue
		}
		at := items(t, false)
		var placed []string
		for _, c := range pp.class {
			if (names.Surname(c) != names.Surname(t) || utf8.RuneCountInString(c) != utf8.RuneCountInString(t)) && !surnameMisread(c, t) {
				continue
			}
			in := items(c, false)
			beside := false
			for i := range in {
				beside = beside || at[i]
			}
			if len(in) == 0 || beside || len(items(c, true)) > 0 {
				continue
			}
			// Typed once, the name must stand where the record's name is
			// missing: the two together in items 8, 11 and 12 each
			// (heldout151's 桦甸 新能源: 金芊芊 on item 11's typed report,
			// the register's 金苹芋 on items 8 and 12 by her 学号).
			if typed[t] < 2 && len(in)+len(at) < 3 {
				continue
			}
			if pp.scannedReading(c) {
				placed = append(placed, c)
			}
		}
		if len(placed) == 1 {
			pp.renameStudent(placed[0], t)
		}
	}
}

// surnameMisread reports whether read is name with its first character
// (the surname) misread as one OCR confuses it with (names.Similar), the
// given name as it stands: every scan of heldout152's 龙南 饭店 (register,
// roster, item 8 and item 12) read 邱若琳 as 印若琳, typed 邱若琳 in item 11.
func surnameMisread(read, name string) bool {
	a, b := []rune(read), []rune(name)
	return len(a) == len(b) && len(a) >= 3 && a[0] != b[0] && names.Similar(a[0], b[0]) && string(a[1:]) == string(b[1:])
}

// scannedReading reports whether class member c's records were all read
// by OCR and stand under OCR's reading: the register's own, or a scanned
// roster's entry it was paired with (heldout111's 麻城 新能源: the seat
// chart read 阮若芋 and the register 阮若莘 for the 阮若芊 typed in item 11;
// neither reading outweighs the typed name).
func (pp *people) scannedReading(c string) bool {
	found, asRead := scannedAsRead(c, pp.records)
	if !found || asRead {
		return found
	}
	if !pp.rosterScanned() || !slices.Contains(pp.roster, c) {
		return false
	}
	return !slices.ContainsFunc(pp.records, func(r names.Record) bool { return r.Matched == c && !r.OCR })
}

// ownClassTables drops the records of a register's tables titled with
// another class than the form's, when one of its tables is titled with the
// form's (heldout71's 清镇 烹饪: "一、烹饪2402班（37人）" and "二、烹饪2401班
// （合班授课，35人）", the second class's records "一并登记备查，不属本申报
// 课堂"). The reviewer is told what was left out.
func (pp *people) ownClassTables(rs []names.Record, d *models.Document) []names.Record {
	if pp.form == nil {
		return rs
	}
	_, mine := lastClass(pp.form.Class)
	if mine == "" {
		return rs
	}
	pages := d.PageTexts()
	classes := make([]string, len(rs))
	byTable := map[[3]int]string{} // a table's header (page, lines) → its class
	own := false
	for i, r := range rs {
		k := [3]int{r.HeadPage, r.HeadLines[0], r.HeadLines[1]}
		c, ok := byTable[k]
		if !ok {
			c = names.TableClass(r, pages)
			byTable[k] = c
		}
		classes[i] = c
		own = own || c == mine
	}
	if !own {
		return rs
	}
	var out []names.Record
	left := map[string]int{}
	for i, r := range rs {
		if c := classes[i]; c != "" && c != mine {
			left[c]++
			continue
		}
		out = append(out, r)
	}
	for _, c := range slices.Sorted(maps.Keys(left)) {
		pp.otherTables = append(pp.otherTables, fmt.Sprintf("%s班的考核记录%d条", c, left[c]))
	}
	return out
}

// statesOwnClass reports whether name's lines state a class, each the one
// numbered mine.
func statesOwnClass(ms []names.Mention, name, mine string) bool {
	stated := false
	for _, m := range ms {
		if m.Matched != name {
			continue
		}
		if _, no := lastClass(m.Excerpt); no != "" {
			if no != mine {
				return false
			}
			stated = true
		}
	}
	return stated
}

// garbledThroughID renames a record whose name OCR garbled past a valid
// name (锅书瑶: 锅 is no surname) to the valid name one character off it
// that the pages named by the record's student number give, every one of
// them the same ("借用人贺书瑶工具箱号…" over "学号2343012712" on a
// worksheet and a homework page): the pages read what the register's scan
// lost. Those pages' reads take the name too.
func (pp *people) garbledThroughID() {
	byOwner := map[string][]int{} // a garbled record's name → its pages' mentions
	for i, m := range pp.mentions {
		if m.Source == names.SourceID && !names.Valid(m.Matched) {
			byOwner[m.Matched] = append(byOwner[m.Matched], i)
		}
	}
	for o, ms := range byOwner {
		if slices.Contains(pp.roster, o) {
			continue
		}
		found := ""
		for _, i := range ms {
			p := pp.page(pp.mentions[i].Item, pp.mentions[i].Page)
			if p == nil {
				found = ""
				break
			}
			c := oneOffOnPage(p.Text, o)
			if c == "" || found != "" && c != found {
				found = ""
				break
			}
			found = c
		}
		if found == "" || slices.Contains(pp.class, found) {
			continue
		}
		pp.renameStudent(o, found)
	}
}

// oneOffOnPage returns the one valid name on the page one character off
// name (the same length, a character apart); "" when none or several.
func oneOffOnPage(text, name string) string {
	k := utf8.RuneCountInString(name)
	found := ""
	for _, line := range strings.Split(text, "\n") {
		rs := []rune(strings.ReplaceAll(line, " ", ""))
		for i := 0; i+k <= len(rs); i++ {
			c := string(rs[i : i+k])
			if c == name || !names.Valid(c) || !names.OneCharOff(c, name) {
				continue
			}
			if found != "" && found != c {
				return ""
			}
			found = c
		}
	}
	return found
}

// idOwners maps the student numbers of the records' rows (one number a
// row) and of the roster to the class members they stand beside; a number
// two names claim belongs to neither. Records whose name is no valid name
// (OCR garbled it) count only with garbled.
func idOwners(recs []names.Record, rosterIDs map[string]string, garbled bool) map[string]string {
	owner := map[string]string{}
	claim := func(id, n string) {
		if o, ok := owner[id]; ok && o != n {
			owner[id] = ""
			return
		}
		owner[id] = n
	}
	for id, n := range rosterIDs {
		claim(id, n)
	}
	for _, r := range recs {
		if ids := names.StudentIDs(r.Excerpt); r.Matched != "" && (garbled || names.Valid(r.Matched)) && len(ids) == 1 {
			claim(ids[0], r.Matched)
		}
	}
	maps.DeleteFunc(owner, func(_, n string) bool { return n == "" })
	return owner
}

// matchByID matches a scanned name that no class member's matches to the
// record that carries the same student number on its line ("姓名：容海涛
// 学号：2023010302" and the record "岑海涛 2023010302 …"), or to the
// roster name that does (rosterIDs, see names.IDs): the number says whose
// page it is when OCR misread the name. Only a number that stands on
// exactly one record, and one roster line, counts.
func matchByID(ms []names.Mention, recs []names.Record, class []string, rosterIDs map[string]string) {
	owner := map[string]string{}
	for id, n := range rosterIDs {
		owner[id] = n
	}
	for _, r := range recs {
		if r.Matched == "" {
			continue
		}
		for _, id := range names.StudentIDs(r.Excerpt) {
			if o, ok := owner[id]; ok && o != r.Matched {
				owner[id] = "" // two records: no owner
			} else {
				owner[id] = r.Matched
			}
		}
	}
	via := map[string]string{} // a reading → the record its 学号 matched it to
	for i := range ms {
		m := &ms[i]
		if !m.OCR && !slices.Contains(class, m.Matched) && names.Valid(m.Matched) {
			// A typed page's name beside a 学号 whose scanned record OCR
			// garbled ("区县参" for 丁子昂, heldout14): the typed name is
			// the record's.
			renamed := false
			for _, id := range names.StudentIDs(m.Excerpt) {
				if o := owner[id]; o != "" && garbledRecord(o, recs, ms) {
					renameRecord(recs, class, o, m.Matched)
					renameByID(ms, o, m.Matched)
					owner[id] = m.Matched
					renamed = true
					break
				}
			}
			if o := oneOffRecord(m.Matched, recs, class, ms); !renamed && o != "" {
				// "炮制人：阎晓东" typed, the register's scan read 网晓东 (网
				// is no surname; heldout13's 太原): the typed name is the
				// record's, and the scanned pages matched to the
				// record are the typed student's.
				renameRecord(recs, class, o, m.Matched)
				for k := range ms {
					if ms[k].Matched == o {
						ms[k].Matched = m.Matched
					}
				}
			}
			continue
		}
		if !m.OCR || slices.Contains(class, m.Matched) {
			continue
		}
		for _, id := range names.StudentIDs(m.Excerpt) {
			o := owner[id]
			if o == "" {
				continue
			}
			if (speckedRecord(o, m.Matched, recs) || misreadRecord(o, m.Matched, recs, ms)) && readElsewhere(ms, m.Matched, m.Item) {
				// The record's name is the one OCR added a speck to
				// ("雷鸣汉" for 雷　鸣, the register's padding read as a
				// character) or misread ("初作弄" for 初桂香 on a 1-bit
				// scan), the page's is read alike in another item: the
				// record is the page's student, under the page's name.
				renameRecord(recs, class, o, m.Matched)
				break
			}
			via[m.Name] = o
			m.Matched, m.Kind = o, names.Fuzzy
			break
		}
	}
	// A reading matched through its 学号 carries the same reading elsewhere
	// that stands beside no 学号 ("登记人:惠雨菲(电商2302班)" on a return log
	// after "主播:惠雨菲 … 学号: 23060302030" went to the register's garbled
	// 惠证闫, heldout139's 富平 电商): one name read alike is one student.
	for i := range ms {
		m := &ms[i]
		if o := via[m.Name]; o != "" && m.OCR && m.Matched == m.Name && !slices.Contains(class, m.Matched) && len(names.StudentIDs(m.Excerpt)) == 0 {
			m.Matched, m.Kind = o, names.Fuzzy
		}
	}
}

// oneOffRecord returns the class member whose scanned record may be name,
// typed on a page, misread: the one record name of three or four
// characters one character off it in place, read by OCR under no roster
// name, itself no valid name (a surname OCR misread: 网晓东), and typed on
// no page. Scanned pages may read it alike: OCR misreads a rare character
// of one font the same way on every scan (洲台明远 for 澹台明远 in items 8,
// 10 and 12, heldout15's 遵义 中药). "" when there is none or more than one.
func oneOffRecord(name string, recs []names.Record, class []string, ms []names.Mention) string {
	found := ""
	for _, c := range class {
		if names.Valid(c) || !names.OneCharOff(c, name) {
			continue
		}
		if _, asRead := scannedAsRead(c, recs); !asRead || slices.ContainsFunc(ms, func(m names.Mention) bool { return m.Name == c && !m.OCR }) {
			continue
		}
		if found != "" {
			return ""
		}
		found = c
	}
	return found
}

// speckedRecord reports whether record, the name of a scanned record not
// paired with a roster name, is name with one character more at its end.
func speckedRecord(record, name string, recs []names.Record) bool {
	if !names.Valid(name) || utf8.RuneCountInString(record) != utf8.RuneCountInString(name)+1 || !strings.HasPrefix(record, name) {
		return false
	}
	_, asRead := scannedAsRead(record, recs)
	return asRead
}

// misreadRecord reports whether record, the name of a scanned record not
// paired with a roster name, may be name misread: as long, the same
// surname, a valid name, and no page reads the record's name itself. With
// the same 学号 on the page and name read alike in another item (see
// matchByID), two reads agree against the register's one.
func misreadRecord(record, name string, recs []names.Record, ms []names.Mention) bool {
	rr, rn := []rune(record), []rune(name)
	if !names.Valid(name) || len(rr) != len(rn) || rr[0] != rn[0] || record == name {
		return false
	}
	_, asRead := scannedAsRead(record, recs)
	return asRead && !slices.ContainsFunc(ms, func(m names.Mention) bool { return m.Name == record })
}

// garbledRecord reports whether record is the name of a scanned record as
// OCR read it, paired with no roster name, that no page reads: a name the
// record's 学号 on a typed page may correct.
func garbledRecord(record string, recs []names.Record, ms []names.Mention) bool {
	found, asRead := scannedAsRead(record, recs)
	return found && asRead && !slices.ContainsFunc(ms, func(m names.Mention) bool {
		// A page named by its student number gives the record's name as
		// the record reads it: no sign of how the name really reads.
		return m.Source != names.SourceID && (m.Name == record || m.Matched == record)
	})
}

// scannedAsRead reports whether a record is named record (found) and
// whether every such record was read by OCR and stands under the name OCR
// read, paired with no roster name (asRead; true when none is found):
// the records whose names a page's reading may correct.
func scannedAsRead(record string, recs []names.Record) (found, asRead bool) {
	for _, r := range recs {
		if r.Matched == record {
			if !r.OCR || r.Matched != r.Name {
				return true, false
			}
			found = true
		}
	}
	return found, true
}

// readElsewhere reports whether name is read in an item other than item,
// or stands there already for what was read.
func readElsewhere(ms []names.Mention, name string, item int) bool {
	return slices.ContainsFunc(ms, func(m names.Mention) bool { return (m.Matched == name || m.Name == name) && m.Item != item })
}

// renameRecord gives the records and the class name from instead of to.
func renameRecord(recs []names.Record, class []string, from, to string) {
	for i := range recs {
		if recs[i].Matched == from {
			recs[i].Matched = to
		}
	}
	for i := range class {
		if class[i] == from {
			class[i] = to
		}
	}
}

// classTrusted reports whether the class list can correct the students'
// names: it comes from a roster, or from records read from a text layer.
func (pp *people) classTrusted() bool {
	if len(pp.roster) > 0 {
		return true
	}
	for _, r := range pp.records {
		if r.OCR {
			return false
		}
	}
	return true
}

// dropTables keeps an item's table-read names only when the item names
// nobody in a field or on a cover, or when the table names one person on
// a page no field names anyone on (an identification table: 姓名 学号 班级
// and one row): a worksheet's own header names its student, and a table
// of several rows on it is most often the group's division of work.
func dropTables(ms []names.Mention) []names.Mention {
	labelled := map[int]bool{}
	fieldOnPage := map[[2]int]bool{}
	perPage := map[[2]int]int{}
	for _, m := range ms {
		switch m.Source {
		case names.SourceField, names.SourceCover:
			labelled[m.Item] = true
			fieldOnPage[[2]int{m.Item, m.Page}] = true
		case names.SourceTable:
			perPage[[2]int{m.Item, m.Page}]++
		}
	}
	out := ms[:0]
	for _, m := range ms {
		pg := [2]int{m.Item, m.Page}
		if m.Source != names.SourceTable || !labelled[m.Item] || perPage[pg] == 1 && !fieldOnPage[pg] {
			out = append(out, m)
		}
	}
	return out
}

func runStudents(p *Pass) {
	for _, s := range p.Submissions {
		safely(p, s, models.RuleNamesUnreadable, models.StudentItems[0], checkStudents)
	}
}

func checkStudents(p *Pass, s *models.Submission) {
	pp := p.peopleOf(s)
	base := models.Finding{SubmissionID: s.ID, School: s.School}
	for _, m := range pp.mentions {
		p.AddStudent(models.StudentRead{SubmissionID: s.ID, School: s.School, Item: m.Item, Page: m.Page,
			NameRead: m.Name, NameMatched: m.Matched, Source: m.Source, Confidence: m.Confidence})
	}
	noise := noiseEvidence(pp.mentions)
	if len(pp.reread) > 0 {
		noise = strings.Join(append(slices.DeleteFunc([]string{noise}, func(x string) bool { return x == "" }), pp.reread...), "；")
	}
	sets := map[int][]string{}
	unnamed := map[int]int{}   // item → students whose names could not be read, at most
	bounds := map[int][2]int{} // item → fewest and most students it holds, when counted
	unread := map[int][]int{}  // item → pages whose student's name could not be read
	for _, item := range models.StudentItems {
		d := pp.docs[item]
		if d == nil {
			continue
		}
		studs := readableStudents(pp.mentions, item)
		if len(studs) > 3 && mergeNearReads(pp, item) {
			studs = readableStudents(pp.mentions, item)
		}
		sets[item] = studs
		u := names.Unidentified(d.PageTexts(), pp.mentions, item)
		unnamed[item] = max(u.Sure, len(u.Pages)) + len(u.Garbled)
		unread[item] = append(append([]int(nil), u.Pages...), u.Garbled...)
		if u.Sure+len(u.Garbled) > 0 || len(studs) == 0 {
			reportUnread(p, base, d, item, studs, u)
		}
		// The item holds at least lo students and at most hi: a garbled
		// name may be a further student's or a named one's.
		// Each unnamed page of a form group may be another student's,
		// though only Sure of them surely are (a named student may have
		// filled a page of the group too).
		lo := len(studs) + u.Sure
		hi := len(studs) + max(u.Sure, len(u.Pages)) + len(u.Garbled)
		// Pages named by a record's number alone, the record's name
		// unsure: further students, though not which names.
		byID := pp.idOnlyOthers(item, studs)
		if len(byID) > 0 && u.Sure == 0 {
			lo += len(byID)
			hi = max(hi, lo)
		}
		// Too few with pages no name was read on that need not be the
		// named students' (their works not of one length: a student named
		// on a page, the next pages naming no one): the count rests on
		// where works begin, which the pages do not show, and holds
		// nothing against the item; the reviewer is told of the unread
		// pages. (Too many by copies of one form whose names could not be
		// read stands: heldout9's and heldout13's fourth students.)
		layoutOnly := hi < 3 && !evenRuns(pp.mentions, item, len(d.Pages), u.Pages)
		// Each page no student was read on holds one further student at
		// most: too few pages for three stands whatever they hold
		// (heldout87's 彭阳 网络: item 12 two photos, 虎欣妍's and one whose
		// name a lanyard hid).
		blank := unmentioned(pp.mentions, item, len(d.Pages))
		blankPages := slices.Concat(blank, u.Pages, u.Garbled)
		slices.Sort(blankPages)
		blankPages = slices.Compact(blankPages)
		fewPages := len(studs)+len(blankPages) < 3
		if fewPages {
			layoutOnly = false
			hi = len(studs) + len(blankPages)
		}
		if hi < 3 && layoutOnly {
			// The pages no name was read on, and those of names OCR
			// garbled, may hold the students not named: as many as are
			// short of three, for the mismatch.
			unnamed[item] = max(unnamed[item], min(len(blank)+len(u.Garbled), 3-len(studs)))
			unread[item] = append(unread[item], blank...)
		}
		if (len(studs) > 0 || u.Sure > 0) && !layoutOnly {
			bounds[item] = [2]int{lo, hi}
		}
		if lo <= 3 && hi >= 3 || len(studs) == 0 && u.Sure == 0 || layoutOnly {
			// Three fit what was read; or no name could be read at all
			// (a scan OCR garbled, a table's wrapped cells): no count to
			// hold against the item, the reviewer is told instead.
			continue
		}
		r := base
		r.Rule, r.Severity, r.Item, r.File = models.RuleStudentsCount, models.SeverityError, item, d.RelPath
		switch {
		case u.Sure > 0:
			r.Message = fmt.Sprintf("第%d项“%s”中读到%d名学生：%s，另有%d名学生的姓名无法辨认（%s），共%d名，应为3名学生。", item, models.ItemName(item),
				len(studs), studentPages(pp.mentions, item, len(d.Pages)), u.Sure, pageRanges(u.Pages), lo)
		case len(byID) > 0 && lo > 3:
			var others []string
			for _, o := range byID {
				others = append(others, fmt.Sprintf("第%d页只写学号%s（考核记录中该学号的姓名扫描读作“%s”，无法确认）", o.page, o.id, o.record))
			}
			r.Message = fmt.Sprintf("第%d项“%s”中读到%d名学生：%s，另有%s，共%d名，应为3名学生。", item, models.ItemName(item),
				len(studs), studentPagesBeside(pp.mentions, item, len(d.Pages), byID), strings.Join(others, "；"), lo)
		case fewPages && len(blankPages) > 0:
			r.Message = fmt.Sprintf("第%d项“%s”中读到%d名学生：%s，另有%s的姓名无法辨认，即使各算作另一名学生也只有%d名，应为3名学生。", item, models.ItemName(item),
				len(studs), studentPages(pp.mentions, item, len(d.Pages)), pageRanges(blankPages), hi)
		default:
			r.Message = fmt.Sprintf("第%d项“%s”中读到%d名学生：%s，应为3名学生。", item, models.ItemName(item), len(studs), studentPages(pp.mentions, item, len(d.Pages)))
		}
		r.Evidence = evidence(pp.mentions, item, noise)
		p.Report(r)
	}
	if !checkMismatch(p, base, pp, sets, unnamed, noise) {
		countMismatch(p, base, pp, sets, bounds)
	}
	reported := map[string]bool{}
	var outsiders []models.Finding // students.not_in_class by the records alone
	recText := pp.recordsText()
	var who []string
	for _, m := range pp.mentions {
		if reported[m.Matched] {
			continue
		}
		if _, k := names.Match(m.Matched, pp.class); k == names.Exact || k == names.Fuzzy {
			continue
		}
		if _, ok := names.RecordFor(m.Matched, pp.records, others(pp.mentions, m.Matched)); ok {
			continue // a record OCR read with one character wrong
		}
		if c, mine, ok := statedOutsider(pp, m.Matched); ok {
			// The student's own pages name another class than the one
			// the form and the classmates' pages name: however garbled
			// the records (or unread), the student is none of the class.
			reported[m.Matched] = true
			r := base
			r.Rule, r.Severity, r.Item, r.Page = models.RuleStudentsNotInClass, models.SeverityError, m.Item, m.Page
			r.File = pp.docs[m.Item].RelPath
			recs := "第10项“学习任务考核记录”中也未找到其记录"
			if len(pp.class) == 0 {
				recs = "第10项“学习任务考核记录”未能读出，无从找到其记录"
			}
			r.Message = fmt.Sprintf("学生“%s”（第%d项第%d页）注明的班级为“%s”，不是本课堂的授课班级“%s”；%s。", m.Matched, m.Item, m.Page, c, mine, recs)
			r.Evidence = "读作：" + m.Name + "\n原文：" + m.Excerpt + "\n考核记录：" + pp.recordList()
			p.Report(r)
			continue
		}
		if len(pp.class) == 0 || pp.recordsShort() {
			continue // no records to look for the student in
		}
		if names.StandsAlone(recText, m.Matched) {
			continue // a row of item 10 the reading could not take
		}
		if o, ok := pp.idOnlyAlike(m.Matched); ok {
			// A scanned record whose name is like this one and that no
			// page names, its number on a page of items 8, 11, 12: the
			// student's record may be it, misread.
			reported[m.Matched] = true
			p.Report(pp.unsureOutsider(base, m, fmt.Sprintf("学生“%s”（第%d项第%d页）未在第10项“学习任务考核记录”中找到，但考核记录（扫描件）中学号%s的姓名读作“%s”，与之相近，第%d项第%d页只写了该学号；无法判断是否为同一名学生，请人工核对。",
				m.Matched, m.Item, m.Page, o.id, o.record, o.item, o.page)))
			continue
		}
		if !pp.classTrusted() && pp.garbledRecords() > 0 && pp.couldHide(m.Matched, m.Name) {
			// Scanned records with names OCR could not read, and no
			// roster: the student's may be one of them. If the student
			// is surely read, the reviewer is told.
			if names.Valid(m.Matched) && confirmed(pp.mentions, m.Matched) {
				reported[m.Matched] = true
				p.Report(pp.unsureOutsider(base, m, fmt.Sprintf("学生“%s”（第%d项第%d页等）未在第10项“学习任务考核记录”中找到，但考核记录（扫描件）有%d条姓名无法辨认，无法判断其是否为本班学生；请人工核对。",
					m.Matched, m.Item, m.Page, pp.garbledRecords())))
			}
			continue
		}
		if (pp.unpairedRecords() > 0 || pp.lost > 0) && slices.Contains(pp.roster, m.Matched) {
			// A roster member whose record may be one OCR left unreadable
			// or lost.
			continue
		}
		if !names.Valid(m.Matched) || m.OCR && seg.Phrase(m.Matched) && !readAlike(pp.mentions, m.Matched) {
			// What OCR made of a handwritten name ("记宕"): no name to look
			// for in the records. students.count and students.mismatch
			// still count the page's student. A name that is a word too
			// ("林家") is a name when read so in two items.
			continue
		}
		if !confirmed(pp.mentions, m.Matched) && !strangerToClass(pp, m.Matched) {
			// Read from one scan only ("何灾如" for 何宏娟, "王胸"): OCR may
			// have misread a classmate's name beyond matching. Count and
			// mismatch still tell of the odd student; an outsider whose
			// work stands in two items, or is typed, is reported.
			continue
		}
		reported[m.Matched] = true
		r := base
		r.Rule, r.Severity, r.Item, r.Page = models.RuleStudentsNotInClass, models.SeverityError, m.Item, m.Page
		r.Message = fmt.Sprintf("学生“%s”（第%d项第%d页）不在第10项“学习任务考核记录”的%d名学生中。", m.Matched, m.Item, m.Page, len(pp.class))
		if it, pg, ok := unreadSlot(sets, unread, m.Matched, m.Item); ok {
			// The student's work stands in an earlier item too, on the
			// page whose name OCR could not read: reported there.
			r.Item, r.Page = it, pg
			r.Message = strings.TrimSuffix(r.Message, "。") + fmt.Sprintf("；第%d项第%d页的姓名无法辨认，按其他两项应为该生的材料。", it, pg)
		}
		r.File = pp.docs[r.Item].RelPath
		r.Evidence = "读作：" + m.Name + "\n原文：" + m.Excerpt + "\n考核记录：" + strings.Join(pp.class, "、")
		outsiders = append(outsiders, r)
		who = append(who, m.Matched)
	}
	if len(outsiders) >= 2 && !pp.classTrusted() {
		// Two of the three students missing from scanned records, and no
		// roster: OCR misread the records' names ("葛详" for 莫诺, "莫声" for
		// 莫馨) far more likely than the class has two outsiders.
		for i, r := range outsiders {
			r.Rule, r.Severity = models.RuleRecordsUnreadable, models.SeverityInfo
			r.Message = fmt.Sprintf("学生“%s”（第%d项第%d页）未在第10项“学习任务考核记录”（扫描件）中找到；%s也未找到，多名学生都找不到，更可能是考核记录扫描件的姓名被误识别，无法判断其是否为本班学生；请人工核对。",
				who[i], r.Item, r.Page, "“"+strings.Join(slices.Delete(slices.Clone(who), i, i+1), "”“")+"”")
			r.Item, r.Page = models.RecordsItem, 0
			if len(pp.recDocs) > 0 {
				r.File = pp.recDocs[0].RelPath
			}
			p.Report(r)
		}
		return
	}
	for _, r := range outsiders {
		p.Report(r)
	}
}

// unreadSlot finds an item before first (the item name was first read in)
// that lacks name and no other student, and has one page whose name could
// not be read: that page is name's. ok is false when there is none.
func unreadSlot(sets map[int][]string, unread map[int][]int, name string, first int) (item, page int, ok bool) {
	for _, it := range models.StudentItems {
		if it >= first || len(unread[it]) != 1 || len(sets[it]) == 0 || slices.Contains(sets[it], name) {
			continue
		}
		var missing []string
		for other, ns := range sets {
			if other == it {
				continue
			}
			for _, n := range ns {
				if !slices.Contains(sets[it], n) && !slices.Contains(missing, n) {
					missing = append(missing, n)
				}
			}
		}
		if len(missing) == 1 && missing[0] == name {
			return it, unread[it][0], true
		}
	}
	return 0, 0, false
}

// garbledRecords counts the records whose name OCR could not read as a
// name: lost, or no valid name and no student's.
func (pp *people) garbledRecords() int {
	k := pp.nameless
	for _, r := range pp.records {
		if r.Name != "" && r.Unsure && !names.Valid(r.Matched) {
			k++
		}
	}
	return k
}

// couldHide reports whether one of the records may be the student read as
// name (matched) and read (as read), garbled by OCR: a record whose name
// was lost, or one that shares a character with the student's name in
// place, counted from the surname or from the end (a look-alike counts):
// OCR garbles a record's name, it seldom changes every character of it
// ("蒙风舌" for 蒙凤磊, "深语瑞" for 梁语英, "歼德" for 黎德); see hides. A
// record that is exactly another student of items 8, 11, 12 is that
// student's.
func (pp *people) couldHide(name, read string) bool {
	if pp.nameless > 0 {
		return true
	}
	taken := others(pp.mentions, name)
	for _, r := range pp.records {
		if r.Name == "" {
			return true
		}
		if !slices.Contains(taken, r.Name) && (hides(r, name) || hides(r, read)) {
			return true
		}
	}
	return false
}

// hides reports whether record r may be name garbled by OCR: it shares a
// character with it in place; if it is read as a valid name of another
// length, it must be the name but for one character, lost or misread
// ("东方雨" for 东方雨晴): OCR misreads characters more often than it
// drops them, and "王子" is no 马悦子. A garbled name on a row whose
// scores OCR could not all read ("27下用上0 92." for 27 韦胜 56 36 92) may
// hold a misread digit, and hides anyone.
func hides(r names.Record, name string) bool {
	if r.Unsure && r.Short && !names.Valid(r.Name) {
		return true
	}
	if !r.Unsure && names.Valid(r.Name) && utf8.RuneCountInString(r.Name) != utf8.RuneCountInString(name) {
		return names.Near(r.Name, name)
	}
	return sharesPlace(r.Name, name)
}

// sharesPlace reports whether a and b have a character alike, or a
// look-alike, at the same place counted from the start or from the end.
func sharesPlace(a, b string) bool { return names.AlikeInPlace(a, b) > 0 }

// others lists the students read in items 8, 11, 12 but name.
func others(ms []names.Mention, name string) []string {
	var out []string
	for _, m := range ms {
		if m.Matched != name && !slices.Contains(out, m.Matched) {
			out = append(out, m.Matched)
		}
	}
	return out
}

// checkMismatch reports items 8, 11, 12 that do not name the same students.
func checkMismatch(p *Pass, base models.Finding, pp *people, sets map[int][]string, unnamed map[int]int, noise string) bool {
	paired, loose := pairSiblings(pp, sets, unnamed)
	if paired != "" {
		if noise != "" {
			noise += "；"
		}
		noise += paired
	}
	for _, l := range loose {
		r := base
		r.Rule, r.Severity, r.Item, r.Page = models.RuleNamesUnreadable, models.SeverityInfo, l.item, l.page
		if d := pp.docs[l.item]; d != nil {
			r.File = d.RelPath
		}
		lacks := ""
		if len(l.names) > 0 {
			lacks = fmt.Sprintf("，而该项缺少“%s”", strings.Join(l.names, "”“"))
		}
		r.Message = fmt.Sprintf("第%d项%s读作“%s”的学生既不在第10项考核记录中，也未出现在其他两项%s；可能是扫描件姓名的误识别，按姓名无法辨认的学生计，未计为学生不一致。请人工核对。",
			l.item, pageRanges(l.pages), strings.Join(l.reads, "”“"), lacks)
		r.Evidence = evidence(pp.mentions, l.item, "")
		p.Report(r)
	}
	var items []int
	in := map[string][]int{}
	for _, item := range models.StudentItems {
		if len(sets[item]) == 0 {
			continue // unreadable or nameless: students.count says so
		}
		items = append(items, item)
		for _, n := range sets[item] {
			in[n] = append(in[n], item)
		}
	}
	if len(items) < 2 {
		return false
	}
	// A student whose page in an item names nobody readable may be there:
	// as many students as the item has such pages, most common first.
	// Which of them fills an item's page decides which item is odd.
	var all []string
	for n := range in {
		all = append(all, n)
	}
	sort.Slice(all, func(i, j int) bool {
		if len(in[all[i]]) != len(in[all[j]]) {
			return len(in[all[i]]) > len(in[all[j]])
		}
		return all[i] < all[j]
	})
	bad := names.GarbledNames(pp.mentions)
	common := map[string]int{}    // items a student is read in
	guessed := map[string][]int{} // items where a student is taken to fill an unread page
	var tie []string
	for n, its := range in {
		common[n] = len(its)
	}
	for _, item := range items {
		free := unnamed[item]
		// Among students as common, the one a garbled read of the item
		// resembles goes first: a character in place, else the length
		// ("站形" is more likely 韦琪 than 王金贤).
		var reads []string
		for _, m := range pp.mentions {
			if m.Item == item && bad[m.Matched] {
				reads = append(reads, m.Name)
			}
		}
		fit := func(n string) int {
			k := 0
			for _, r := range reads {
				switch {
				case sharesPlace(r, n):
					k = max(k, 2)
				case utf8.RuneCountInString(r) == utf8.RuneCountInString(n):
					k = max(k, 1)
				}
			}
			return k
		}
		order := append([]string(nil), all...)
		sort.SliceStable(order, func(i, j int) bool {
			if common[order[i]] != common[order[j]] {
				return common[order[i]] > common[order[j]]
			}
			return fit(order[i]) > fit(order[j])
		})
		var absent []string
		for _, n := range order {
			if !contains(in[n], item) {
				absent = append(absent, n)
			}
		}
		for k, n := range absent {
			if k == free {
				break
			}
			in[n] = append(in[n], item)
			guessed[n] = append(guessed[n], item)
			if k == free-1 && k+1 < len(absent) && common[absent[k+1]] == common[n] && fit(absent[k+1]) == fit(n) {
				// The next as likely: which student the unread page is
				// cannot be told, nor which item is the odd one.
				tie = append(tie, fmt.Sprintf("第%d项姓名无法辨认的页是%s还是%s无法判断，因此无法确定哪一项与其他两项不同", item, n, absent[k+1]))
			}
		}
	}
	var odd []string
	for n, its := range in {
		if len(its) != len(items) {
			odd = append(odd, n)
		}
	}
	if len(odd) == 0 {
		return false
	}
	sort.Strings(odd)
	var parts, details []string
	for _, item := range items {
		parts = append(parts, fmt.Sprintf("第%d项：%s", item, strings.Join(sets[item], "、")))
	}
	for _, n := range odd {
		var its, filled []string
		for _, it := range in[n] {
			if contains(guessed[n], it) {
				filled = append(filled, fmt.Sprint(it))
			} else {
				its = append(its, fmt.Sprint(it))
			}
		}
		d := fmt.Sprintf("%s只出现在第%s项", n, strings.Join(its, "、"))
		if len(filled) > 0 {
			d += fmt.Sprintf("（第%s项有姓名无法辨认的页，按%s计）", strings.Join(filled, "、"), n)
		}
		details = append(details, d)
	}
	first := oddItem(items, in)
	r := base
	r.Rule, r.Severity, r.Item = models.RuleStudentsMismatch, models.SeverityError, first
	if d := pp.docs[first]; d != nil {
		r.File = d.RelPath
	}
	r.Message = "第8、11、12项应为同样3名学生的材料，但学生不一致（" + strings.Join(parts, "；") + "）：" + strings.Join(details, "；") + "。"
	if len(tie) > 0 {
		r.Message += strings.Join(tie, "；") + "；请人工核对。"
	}
	var ev []string
	for _, item := range items {
		ev = append(ev, evidence(pp.mentions, item, ""))
	}
	if noise != "" {
		ev = append(ev, noise)
	}
	r.Evidence = strings.Join(ev, "\n")
	p.Report(r)
	return true
}

// countMismatch reports items 8, 11, 12 that cannot hold the same students
// by their counts alone: another item surely holds three, and this one
// surely fewer (a student's work missing) or more (a fourth student's),
// whether or not their names could be read.
func countMismatch(p *Pass, base models.Finding, pp *people, sets map[int][]string, bounds map[int][2]int) {
	var three []string
	var threeNames []string
	for _, item := range models.StudentItems {
		if b, ok := bounds[item]; ok && b[0] == 3 && b[1] == 3 {
			three = append(three, fmt.Sprint(item))
			if len(threeNames) == 0 && len(sets[item]) > 0 {
				threeNames = sets[item]
			}
		}
	}
	if len(three) == 0 {
		return
	}
	named := ""
	if len(threeNames) > 0 {
		named = "（读到：" + strings.Join(threeNames, "、") + "）"
	}
	for _, item := range models.StudentItems {
		b, ok := bounds[item]
		if !ok || b[0] <= 3 && b[1] >= 3 {
			continue
		}
		r := base
		r.Rule, r.Severity, r.Item = models.RuleStudentsMismatch, models.SeverityError, item
		d := pp.docs[item]
		r.File = d.RelPath
		if b[1] < 3 {
			r.Message = fmt.Sprintf("第8、11、12项应为同样3名学生的材料，但第%d项“%s”只有%d名学生的材料，而第%s项各有3名学生%s：第%d项缺少其中的学生。",
				item, models.ItemName(item), b[1], strings.Join(three, "、"), named, item)
		} else {
			r.Message = fmt.Sprintf("第8、11、12项应为同样3名学生的材料，但第%d项“%s”有%d名学生的材料，而第%s项各有3名学生%s：第%d项有其他学生的材料。",
				item, models.ItemName(item), b[0], strings.Join(three, "、"), named, item)
		}
		var ev []string
		for _, it := range models.StudentItems {
			if e := evidence(pp.mentions, it, ""); e != "" {
				ev = append(ev, e)
			}
		}
		r.Evidence = strings.Join(ev, "\n")
		p.Report(r)
		return
	}
}

// oddItem is the item a mismatch is reported on: the one whose students
// differ from those most items share (a student in most items but not in
// it, or in it but not in most); the first item that misses a student when
// no majority tells.
func oddItem(items []int, in map[string][]int) int {
	first := 0
	for _, item := range items {
		for _, its := range in {
			major := 2*len(its) > len(items)
			if major != contains(its, item) {
				return item
			}
			if !contains(its, item) && first == 0 {
				first = item
			}
		}
	}
	return first
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// studentPages says which pages of an item each student's name stands on:
// "张伟（第1–4页）、李娜（第5–8页）".
func studentPages(ms []names.Mention, item, pages int) string {
	return studentPagesBeside(ms, item, pages, nil)
}

// studentPagesBeside is studentPages where the pages of others, named by
// a student number alone, are other students' and end the runs before
// them.
func studentPagesBeside(ms []names.Mention, item, pages int, others []idPage) string {
	const apart = "\x00"
	if len(others) > 0 {
		ms = slices.Clone(ms)
		for _, o := range others {
			ms = append(ms, names.Mention{Item: o.item, Page: o.page, Matched: apart + o.record})
		}
	}
	groups := names.GroupPages(ms, item, pages)
	var ns []string
	for n := range groups {
		if !strings.HasPrefix(n, apart) {
			ns = append(ns, n)
		}
	}
	sort.Strings(ns)
	var out []string
	for _, n := range ns {
		out = append(out, n+"（"+pageRanges(groups[n])+"）")
	}
	return strings.Join(out, "、")
}

// evenRuns reports whether an item's pages are accounted for by its
// students: every page names someone, or two students or more (named, or
// unnamed where a form begins again, starts) begin works that run to the
// same number of pages each, the last to the item's end, and the pages
// before the first work, if any, are fewer than a work's (a cover).
func evenRuns(ms []names.Mention, item, pages int, starts []int) bool {
	first := map[string]int{}
	named := map[int]bool{}
	for _, m := range ms {
		if m.Item != item {
			continue
		}
		named[m.Page] = true
		if p, ok := first[m.Matched]; !ok || m.Page < p {
			first[m.Matched] = m.Page
		}
	}
	if len(named) == pages {
		return true
	}
	begins := append(slices.Collect(maps.Values(first)), starts...)
	slices.Sort(begins)
	begins = slices.Compact(begins)
	if len(begins) < 2 {
		return false
	}
	begins = append(begins, pages+1)
	run := begins[1] - begins[0]
	for i := 1; i+1 < len(begins); i++ {
		if begins[i+1]-begins[i] != run {
			return false
		}
	}
	// Pages before the first work that are as many as a work's: another
	// student's work whose name was lost (heldout50's photographed
	// homework, a page each, the first page's label and name garbled),
	// not a cover.
	return begins[0]-1 < run
}

// unmentioned lists the pages of an item that no name was read on.
func unmentioned(ms []names.Mention, item, pages int) []int {
	var out []int
	for p := 1; p <= pages; p++ {
		if !slices.ContainsFunc(ms, func(m names.Mention) bool { return m.Item == item && m.Page == p }) {
			out = append(out, p)
		}
	}
	return out
}

// pageRanges writes sorted page numbers as "第1–3、5页".
func pageRanges(ps []int) string {
	var parts []string
	for i := 0; i < len(ps); {
		j := i
		for j+1 < len(ps) && ps[j+1] == ps[j]+1 {
			j++
		}
		if j > i {
			parts = append(parts, fmt.Sprintf("%d–%d", ps[i], ps[j]))
		} else {
			parts = append(parts, fmt.Sprint(ps[i]))
		}
		i = j + 1
	}
	return "第" + strings.Join(parts, "、") + "页"
}

// evidence lists where each name of an item was read.
func evidence(ms []names.Mention, item int, noise string) string {
	var lines []string
	for _, m := range ms {
		if m.Item != item {
			continue
		}
		l := fmt.Sprintf("第%d项第%d页（%s）：%s", m.Item, m.Page, sourceName(m.Source), m.Excerpt)
		if m.Matched != m.Name {
			l += fmt.Sprintf("（读作“%s”，按“%s”计）", m.Name, m.Matched)
		}
		lines = append(lines, l)
	}
	if noise != "" {
		lines = append(lines, noise)
	}
	return strings.Join(lines, "\n")
}

// noiseEvidence names the names read with OCR noise and what they were taken for.
func noiseEvidence(ms []names.Mention) string {
	var out []string
	seen := map[string]bool{}
	for _, m := range ms {
		if m.Kind != names.Fuzzy || seen[m.Name] {
			continue
		}
		seen[m.Name] = true
		out = append(out, fmt.Sprintf("第%d项第%d页读作“%s”，按形近字或学号判定为“%s”", m.Item, m.Page, m.Name, m.Matched))
	}
	return strings.Join(out, "；")
}

func sourceName(src string) string {
	switch src {
	case names.SourceTable:
		return "表格"
	case names.SourceCover:
		return "封面"
	case names.SourceRoster:
		return "花名册"
	case names.SourceRecords:
		return "考核记录"
	}
	return "姓名栏"
}

// mergeNearReads settles, in an item that reads more than three students,
// a scanned read that is no class member's and is one character off
// another read of the item (the same surname and length, three characters
// or more; as read or as matched): one student's name OCR misread two
// ways ("吴刘飞" on page 6, "吴逸飞" on page 5, heldout11's 数控), not a
// fourth student. The read takes the other's name when only one name is
// so near, or only one of the names so near is a class member's. It
// reports whether a read changed.
func mergeNearReads(pp *people, item int) bool {
	near := names.OneOffSameSurname
	changed := false
	for i := range pp.mentions {
		a := &pp.mentions[i]
		if a.Item != item || !a.OCR || slices.Contains(pp.class, a.Matched) {
			continue
		}
		var cands []string
		for _, b := range pp.mentions {
			if b.Item != item || b.Matched == a.Matched || slices.Contains(cands, b.Matched) {
				continue
			}
			if near(a.Name, b.Name) || near(a.Name, b.Matched) || near(a.Matched, b.Matched) {
				cands = append(cands, b.Matched)
			}
		}
		target := ""
		switch members := slices.DeleteFunc(slices.Clone(cands), func(n string) bool { return !slices.Contains(pp.class, n) }); {
		case len(cands) == 1:
			target = cands[0]
		case len(members) == 1:
			// The class member among reads of the same name misread
			// ("邢匠波", "邢怕波" beside 邢碧波, heldout28's 丹东).
			target = members[0]
		}
		if target != "" {
			a.Matched, a.Kind = target, names.Fuzzy
			changed = true
		}
	}
	return changed
}

// readableStudents are the students an item names readably: its mentions'
// matched names, but for names OCR garbled beyond reading.
func readableStudents(ms []names.Mention, item int) []string {
	var keep []names.Mention
	bad := names.GarbledNames(ms)
	for _, m := range ms {
		if m.Item == item && !bad[m.Matched] {
			keep = append(keep, m)
		}
	}
	return names.Students(keep, item)
}

// reportUnread tells the reviewer which pages of an item name a student
// the sweep could not read (handwriting OCR garbled or lost): their
// students were counted, not identified, and want checking by eye.
func reportUnread(p *Pass, base models.Finding, d *models.Document, item int, studs []string, u names.Unread) {
	r := base
	r.Rule, r.Severity, r.Item, r.File = models.RuleNamesUnreadable, models.SeverityInfo, item, d.RelPath
	pages := append(append([]int(nil), u.Pages...), u.Garbled...)
	slices.Sort(pages)
	switch {
	case len(studs) == 0 && len(pages) == 0:
		r.Message = fmt.Sprintf("第%d项“%s”中未能读出任何学生姓名（%s），无法核对是否为同样3名学生；请人工核对。", item, models.ItemName(item), unreadWhy(d))
	case len(studs) == 0:
		r.Message = fmt.Sprintf("第%d项“%s”%s的学生姓名无法辨认（%s），按版式计为%d名学生，未能核对姓名；请人工核对。", item, models.ItemName(item), pageRanges(pages), unreadWhy(d), u.Sure+len(u.Garbled))
	case len(pages) == 0:
		// Every page names someone, but fewer students than the form's
		// pages: two pages' names were taken for one student.
		r.Message = fmt.Sprintf("第%d项“%s”按版式有%d名学生的材料，但只读到%d名学生（%s），其余学生的姓名无法辨认或被误识别为同一人；未计入学生不一致的判断，请人工核对。",
			item, models.ItemName(item), len(studs)+u.Sure, len(studs), strings.Join(studs, "、"))
	default:
		r.Message = fmt.Sprintf("第%d项“%s”%s的学生姓名无法辨认（已读到：%s）；这些页未计入学生不一致的判断，请人工核对。", item, models.ItemName(item), pageRanges(pages), strings.Join(studs, "、"))
	}
	var ev []string
	for _, pg := range pages {
		if pg >= 1 && pg <= len(d.Pages) {
			ev = append(ev, fmt.Sprintf("第%d页开头：%s", pg, firstLines(d.Pages[pg-1].Text, 4)))
		}
	}
	r.Evidence = strings.Join(ev, "\n")
	p.Report(r)
}

// unreadWhy says why names may have been lost: a scan, or the layout.
func unreadWhy(d *models.Document) string {
	if d.PagesOCRed() > 0 {
		return "扫描件，OCR未能读出姓名"
	}
	return "姓名可能位于表格中被折行或特殊排版，未能读出"
}

// firstLines joins the first n non-empty lines of a page with " / ".
func firstLines(text string, n int) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
			if len(out) == n {
				break
			}
		}
	}
	return strings.Join(out, " / ")
}

// garbledTable reports whether a records table has so many lines OCR
// garbled amid its rows that it cannot be counted.
func garbledTable(junk, rows int) bool { return junk >= 3 && 5*junk >= rows }

// lostRows tells how many rows of a scanned records table OCR garbled so
// badly that they were not read as records, from the serial numbers the
// rows begin with: when two or more records stand k places further down
// the numbering than their position (record 23 numbered 24, record 24
// numbered 25), k rows before them were lost, provided as many garbled
// lines (junk) stand amid the rows. The largest such k, or the rows the
// gaps in the numbering hold lines for (gapRows), whichever is more; 0
// when neither tells.
func lostRows(rs []names.Record, junk int) int {
	if len(rs) < 2 || !rs[len(rs)-1].OCR {
		return 0
	}
	return max(serialLost(rs, junk), gapRows(rs))
}

// rowKeys gives the key that places a record of rs in its table's order.
// Where most rows carry a student number, the rows are keyed by it alone:
// a garbled row's serial is often misread ("2 [二0 7 9" for 14), and a
// number of another shape ("05002390年量用") is OCR's. Otherwise the serial
// number the row opens with.
func rowKeys(rs []names.Record) func(names.Record) (int64, bool) {
	idOf := func(r names.Record) string {
		if ids := names.StudentIDs(r.Excerpt); len(ids) > 0 && len(ids[0]) >= 8 {
			return ids[0]
		}
		return ""
	}
	var ids []string
	for _, r := range rs {
		if id := idOf(r); id != "" {
			ids = append(ids, id)
		}
	}
	common, n := commonShape(ids)
	byID := 5*n >= 3*len(rs) && ascending(ids, common)
	return func(r names.Record) (int64, bool) {
		if byID {
			id := idOf(r)
			k, err := strconv.ParseInt(id, 10, 64)
			return k, id != "" && shapeOf(id) == common && err == nil
		}
		n, ok := names.LeadingNumber(r.Excerpt)
		return int64(n), ok && n > 0 && n < 200
	}
}

// ascending reports whether the student numbers of shape common, in the
// table's order, rise from row to row four times in five or more: a table
// in the order of the class list. One in another order (heldout141's 同江
// 新能源, rows in the order the students were called to the workshop,
// "检录顺序") skips numbers from row to row that are no rows lost.
func ascending(ids []string, common idShape) bool {
	up, pairs := 0, 0
	prev := ""
	for _, id := range ids {
		if shapeOf(id) != common {
			continue
		}
		if prev != "" {
			pairs++
			if id > prev {
				up++
			}
		}
		prev = id
	}
	return 5*up >= 4*pairs
}

// remnantRe is what OCR leaves of a table row it could not read: a run of
// digits ("50300230，基者所2", a 学号's middle).
var remnantRe = regexp.MustCompile(`\d{2,}`)

// footLost counts the rows of a scanned table lost at the foot of a page:
// where the next page's first record stands k places further down the
// numbering than the page's last, and lines that are what OCR left of rows
// (remnantRe; no year, no foot's words) follow that last record, the k
// rows are there, unread (heldout132's 长汀 网络, a photographed register
// whose rows 24–34 curled away at the page's foot: "0", "se和人",
// "50300230，基者所2", "02"). No such line, and the skipped numbers may be
// students left out.
func footLost(rs []names.Record, pages []models.Page) int {
	if len(rs) < 2 {
		return 0
	}
	keyOf := rowKeys(rs)
	lost := 0
	for i := 1; i < len(rs); i++ {
		prev, cur := rs[i-1], rs[i]
		if cur.Page != prev.Page+1 || !prev.OCR || prev.Page < 1 || prev.Page > len(pages) {
			continue
		}
		a, okA := keyOf(prev)
		b, okB := keyOf(cur)
		if !okA || !okB || b-a-1 <= 0 || b-a-1 > 30 {
			continue
		}
		lines := strings.Split(pages[prev.Page-1].Text, "\n")
		if remnantsOnly(lines[min(prev.Line+1, len(lines)):]) {
			lost += int(b - a - 1)
		}
	}
	return lost
}

// remnantsOnly reports whether lines hold what OCR left of rows
// (remnantRe) and nothing of a table's foot: no year, no foot's words.
func remnantsOnly(lines []string) bool {
	remnant := false
	for _, l := range lines {
		if strings.Contains(l, "年") || footWordRe.MatchString(l) {
			return false
		}
		remnant = remnant || remnantRe.MatchString(l)
	}
	return remnant
}

// footWordRe marks a table's foot: who scored, who checked, a note.
var footWordRe = regexp.MustCompile(`教师|签字|签名|审核|注[：:]|说明|合计|平均`)

// gapRows counts the rows of a scanned table that stand between two
// records as lines, none read as a record: where two records' student
// numbers (or serials) skip k numbers and k lines stand between them
// ("…213 刘文轩", "0本", "2 [二0 7 9 85良好", "…216 于子轩": 14 and 15
// garbled, one of them read as a nameless record), the skipped rows are
// there, unread, however few lines OCR left of them (five at most). A
// number skipped with no line between is no row: it may be a student left
// out.
func gapRows(rs []names.Record) int {
	keyOf := rowKeys(rs)
	// The lines a row spans beyond its first, as most rows that follow
	// one another show: a row with a comment line under it (评语), or its
	// scores on a line of their own (heldout34's 格尔木), spans two. Only
	// whole rows' worth of lines between two records are lost rows.
	pairs := func(f func(i, prev int, k, prevKey int64)) {
		prev, prevKey := -1, int64(0)
		for i, r := range rs {
			k, ok := keyOf(r)
			if !ok {
				continue
			}
			if prev >= 0 && rs[prev].Page == r.Page && rs[prev].Parts == nil && r.Parts == nil {
				f(i, prev, k, prevKey)
			}
			prev, prevKey = i, k
		}
	}
	spans := map[int]int{}
	pairs(func(i, prev int, k, prevKey int64) {
		// Records that share a line (cards two a row) tell no row's
		// height (and a span below none divided by zero below).
		if k == prevKey+1 && i == prev+1 && rs[i].Line > rs[prev].Line {
			spans[rs[i].Line-rs[prev].Line-1]++
		}
	})
	extra := modalSpan(spans)
	lost := 0
	pairs(func(i, prev int, k, prevKey int64) {
		if skip := int(k - prevKey - 1); skip > 0 && skip <= 5 {
			between := rs[i].Line - rs[prev].Line - 1 - extra // lines of rows, records among them
			if rows := between / (1 + extra); rows > i-prev-1 {
				// A row's worth of lines OCR left there: the rows
				// skipped are lost, though fewer lines stand for them
				// (heldout87's 彭阳 汽修, a phone photo: rows 33 to 37
				// lost but for "二|了" and "二13").
				lost += max(0, skip-(i-prev-1))
			}
		}
	})
	return lost
}

// modalSpan returns the line distance most pairs of rows that follow one
// another stand apart (spans: distance → pairs), the smaller on a tie; 0
// when there are none.
func modalSpan(spans map[int]int) int {
	best := 0
	for d, c := range spans {
		if c > spans[best] || c == spans[best] && d < best {
			best = d
		}
	}
	return best
}

// idShape is a student number's shape: its length and its first six
// digits. A school's numbers share both; an ID card's digits on a row, or
// a number OCR made of something else, do not.
type idShape struct {
	digits int
	head   string
}

func shapeOf(id string) idShape { return idShape{len(id), id[:min(6, len(id))]} }

// completeIDs makes a roster's short numbers (a seating chart's seat
// numbers, the 学号's last digits) whole 学号, where the records' 学号
// share one head before as many digits in four in five of them or more
// (five at least): "35" under 毋德臻 is 2414130135 where the register's
// rows hold 24141301xx. Numbers of six digits or more are left alone;
// without such records the roster's short numbers are of no use and go.
func completeIDs(ids map[string]string, rs []names.Record) map[string]string {
	short := 0
	for id := range ids {
		if len(id) <= 3 {
			short++
		}
	}
	if short == 0 {
		return ids
	}
	var recIDs []string
	for i := range rs {
		if id := rowID(&rs[i]); id != "" {
			recIDs = append(recIDs, id)
		}
	}
	// The head most records' 学号 share before as many digits as a short
	// number has, per length, when four in five (five at least) share it.
	heads := map[int]string{}
	for id := range ids {
		if k := len(id); k <= 3 {
			if _, done := heads[k]; !done {
				heads[k] = names.CommonHead(recIDs, k)
			}
		}
	}
	out := map[string]string{}
	for id, n := range ids {
		switch {
		case len(id) > 3:
			out[id] = n
		case heads[len(id)] != "":
			out[heads[len(id)]+id] = n
		}
	}
	return out
}

// commonShape returns the shape most of ids have (on a tie, the smaller
// head) and how many have it.
func commonShape(ids []string) (idShape, int) {
	count := map[idShape]int{}
	for _, id := range ids {
		count[shapeOf(id)]++
	}
	var common idShape
	for sh, n := range count {
		if n > count[common] || n == count[common] && sh.head < common.head {
			common = sh
		}
	}
	return common, count[common]
}

// serialLost: see lostRows.
func serialLost(rs []names.Record, junk int) int {
	if junk == 0 {
		return 0
	}
	seen := map[int]int{}
	best := 0
	// A table that opens its rows with the students' numbers (学号) in
	// sequence instead of serial numbers: a row's place is its number's
	// distance from the first row's.
	first, byID := leadingID(rs[0].Excerpt)
	for i, r := range rs {
		n, ok := names.LeadingNumber(r.Excerpt)
		if byID {
			id, has := leadingID(r.Excerpt)
			n, ok = int(id-first)+1, has && id >= first && id-first < 1000
		}
		if k := n - (i + 1); ok && k > 0 && k <= junk {
			seen[k]++
			if seen[k] >= 2 && k > best {
				best = k
			}
		}
	}
	return best
}

// leadingID returns the student number a row opens with (names.LeadingID).
func leadingID(row string) (int64, bool) {
	m, ok := names.LeadingID(row)
	if !ok {
		return 0, false
	}
	id, err := strconv.ParseInt(m, 10, 64)
	return id, err == nil
}

// readAlike reports whether name was read as it stands (not matched to it)
// in two items or more, or typed. A second reading (Mention.Reread) is no
// witness: made where the first reading failed, it repeats the misreading
// OCR makes of that handwriting elsewhere ("崔晓" for 岑晓 on the second
// reading of item 8 and the first of item 12, seen on a generated scan).
func readAlike(ms []names.Mention, name string) bool {
	items := map[int]bool{}
	for _, m := range ms {
		if m.Name == name && !m.Reread {
			if !m.OCR {
				return true
			}
			items[m.Item] = true
		}
	}
	return len(items) >= 2
}

// confirmed reports whether a name not in the class is surely read: typed
// somewhere, or read alike by OCR in two items or more (two readings OCR
// took for one name, "曾中" and "曾昧", are not).
func confirmed(ms []names.Mention, name string) bool { return readAlike(ms, name) }

// typedRead reports whether name stands in a typed page (no OCR): a name
// as printed, whether or not it starts with a surname (次仁旺姆, Tibetan
// names have none).
func typedRead(ms []names.Mention, name string) bool {
	return slices.ContainsFunc(ms, func(m names.Mention) bool { return m.Matched == name && m.Name == name && !m.OCR })
}

// strangerToClass reports whether name, read as it stands in two items
// or more (a second reading counting too), is surely no classmate's name
// misread: the class list is whole (a roster, or typed records, every
// record paired and no row lost) and no classmate's name shares a
// character with it. OCR misreads a name a character or two at a time,
// keeping the rest ("何灾如" for 何宏娟, "崔晓" for 岑晓); a name read
// alike twice with none of a classmate's characters is another person's
// (a generated scan: "郑租" in item 8 and, read again, "郑菊" in items 11
// and 12, against a class of 36 with no 郑 and no 菊). So is a student
// the items' readings were taken for (Matched) in two items or more, when
// none of those readings shares a character with a classmate ("郑租",
// "郑菊和", "郑菊" with ocr/15); a scanned reading with a character glued
// after the name counts too (see gluedOne).
func strangerToClass(pp *people, name string) bool {
	if !pp.classTrusted() || pp.unpairedRecords() > 0 || pp.lost > 0 || len(pp.class) == 0 {
		return false
	}
	items := map[int]bool{}
	reads := name // every reading of the student, as one string of characters
	for _, m := range pp.mentions {
		if m.Name == name || m.Matched == name || m.OCR && gluedOne(m.Name, name) {
			items[m.Item] = true
			reads += m.Name
		}
	}
	if len(items) < 2 {
		return false
	}
	for _, c := range append(slices.Clone(pp.class), pp.roster...) {
		if strings.ContainsFunc(c, func(r rune) bool { return strings.ContainsRune(reads, r) }) {
			return false
		}
	}
	return true
}

// gluedOne reports whether read is name with one character glued after
// it (a speck, the next field's first): "郑菊和" for 郑菊 on a generated
// cover, ocr/15 (seed 2's 贺州: the outsider had stood in one item only).
func gluedOne(read, name string) bool {
	r, n := []rune(read), []rune(name)
	return len(n) >= 2 && len(r) == len(n)+1 && string(r[:len(n)]) == name
}

// pairSiblings settles, in each item, scanned names that match no class
// member and no other item's student against the students the other items
// agree on but this item lacks, when they pair off one to one by surname
// and length: OCR read the twins 潘龙燕 and 潘龙豪 as "潘龙惹" and "潘龙训" in
// item 8, and whichever way they pair, item 8 holds the same two students.
// Against a trusted class list, such reads that pair with no one count as
// students whose names could not be read (unnamed), and are returned as
// loose for the reviewer. sets and unnamed are updated; the string says
// what was paired, for the evidence.
func pairSiblings(pp *people, sets map[int][]string, unnamed map[int]int) (string, []loosePair) {
	typed := map[string]bool{}
	elsewhere := map[string]map[int]bool{}
	for _, m := range pp.mentions {
		if !m.OCR {
			typed[m.Matched] = true
		}
	}
	for item, ns := range sets {
		for _, n := range ns {
			if elsewhere[n] == nil {
				elsewhere[n] = map[int]bool{}
			}
			elsewhere[n][item] = true
		}
	}
	var notes []string
	var loose []loosePair
	for _, item := range models.StudentItems {
		if len(sets[item]) == 0 {
			continue
		}
		others := 0
		for _, it := range models.StudentItems {
			if it != item && len(sets[it]) > 0 {
				others++
			}
		}
		if others == 0 {
			continue
		}
		var missing, extra []string
		for n, its := range elsewhere {
			if !its[item] && len(its) == others {
				missing = append(missing, n)
			}
		}
		for _, n := range sets[item] {
			// A class member does not stand for another student when the
			// class is read from a scan and the name is none (its surname
			// no surname): the register's OCR may have misread the same
			// name the same way (heldout10's 荆书萱 as 草书莹 in both).
			member := slices.Contains(pp.class, n) && (pp.classTrusted() || names.Valid(n) || pp.readAgrees(item, n, missing))
			if len(elsewhere[n]) == 1 && !typed[n] && !member {
				extra = append(extra, n)
			}
		}
		if len(extra) == 0 {
			continue
		}
		sort.Strings(missing)
		sort.Strings(extra)
		var keep []string
		for _, n := range sets[item] {
			if !slices.Contains(extra, n) {
				keep = append(keep, n)
			}
		}
		if len(extra) < len(missing) && len(missing) <= 3 {
			// Fewer reads than names lacking (the item's other pages name
			// nobody readable): each read that pairs with one lacking name
			// only, and no other read with it, is that student ("余佳音"
			// in item 11 for item 8's 匀佳音, both OCR's 钭佳音).
			if one := pairOnly(extra, missing); len(one) == len(extra) {
				missing = one
			}
		}
		if slices.ContainsFunc(extra, func(n string) bool { _, _, ok := statedOutsider(pp, n); return ok }) {
			// A read whose own line states another class, with the
			// evidence students.not_in_class asks for, is no classmate's
			// name misread: the item holds another student (heldout140's
			// 邳州 电商, "班级：电商2301班 姓名：那沐晴 学号：2306030117" on
			// item 12's scanned page, the class 电商2302班).
			continue
		}
		if len(missing) == len(extra) && len(missing) <= 3 && pairable(extra, missing) {
			sets[item] = append(keep, missing...)
			sort.Strings(sets[item])
			// The item now holds the names the others agree on: an item
			// after it must not pair the other way round and swap them back.
			for _, n := range extra {
				delete(elsewhere[n], item)
			}
			for _, n := range missing {
				elsewhere[n][item] = true
			}
			notes = append(notes, fmt.Sprintf("第%d项读作“%s”，与其他各项的“%s”字数相同、同姓或同名，按同一批学生计", item, strings.Join(extra, "”“"), strings.Join(missing, "”“")))
			continue
		}
		// Not alike, but against a trusted class list none of the reads
		// is a member and each stands in this scanned item only: more
		// likely misread names than other students. They count as
		// students whose names could not be read; the reviewer is told.
		// Against a class read from a scan too, where OCR could not read
		// another of the item's pages either: its reading of the item
		// is no evidence of another student (heldout100's 大足 烹饪, the
		// name stacked down a binding margin: "唐人" for 唐海川, the next
		// page unread).
		if !pp.classTrusted() && unnamed[item] == 0 || len(pp.class) == 0 || len(sets[item])+unnamed[item] > 3 {
			continue // an item of more than three: the odd read is one more student
		}
		lp := loosePair{item: item, reads: extra, names: missing}
		for _, m := range pp.mentions {
			if m.Item == item && slices.Contains(extra, m.Matched) && !slices.Contains(lp.pages, m.Page) {
				lp.pages = append(lp.pages, m.Page)
			}
		}
		sort.Ints(lp.pages)
		if len(lp.pages) > 0 {
			lp.page = lp.pages[0]
		}
		loose = append(loose, lp)
		sets[item] = keep
		unnamed[item] += len(extra)
	}
	return strings.Join(notes, "；"), loose
}

// loosePair is an item's scanned reads taken for the students the other
// items agree on although they do not look alike.
type loosePair struct {
	item, page   int
	pages        []int
	reads, names []string
}

// sameGiven reports whether two names of three characters or more differ
// in their first character only: the surname OCR misread, the given name
// in place ("邱梓聪", "印梓聪").
func sameGiven(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	return len(ra) >= 3 && len(ra) == len(rb) && string(ra[1:]) == string(rb[1:])
}

// pairOnly returns, for each read, the one name it pairs with (its length,
// its surname or its given name), when there is exactly one and no other
// read pairs with that name; nil when some read pairs with none or several.
func pairOnly(reads, names_ []string) []string {
	var out []string
	for _, r := range reads {
		var with []string
		for _, n := range names_ {
			if pairable([]string{r}, []string{n}) {
				with = append(with, n)
			}
		}
		if len(with) != 1 || slices.Contains(out, with[0]) {
			return nil
		}
		out = append(out, with[0])
	}
	return out
}

// readAgrees reports whether the item's pages read class member n (a
// record's name as OCR read it off a scanned register) apart from the
// register, and unlike every student the item lacks (missing): a page's
// own reading is a valid name that shares a character in place with n and
// none with any of them ("吕星捅" on a photographed homework page, "昌星辰" in
// the register, for 吕星辰, where the item lacks 于昱辰: heldout128's 漠河
// 新能源). Two readings of one name that agree are that student, no
// misreading of another.
func (pp *people) readAgrees(item int, n string, missing []string) bool {
	return slices.ContainsFunc(pp.mentions, func(m names.Mention) bool {
		return m.Item == item && m.Matched == n && m.Name != n && names.Valid(m.Name) && names.AlikeInPlace(m.Name, n) > 0 &&
			!slices.ContainsFunc(missing, func(o string) bool { return names.AlikeInPlace(m.Name, o) > 0 })
	})
}

// pairable reports whether reads and names pair off one to one, each read
// with a name of its length and its surname or its given name (sameGiven),
// or, a read that is no name at all (its surname none), with a name it
// has a character of in place ("草书莹" for 荆书萱).
func pairable(reads, names_ []string) bool {
	if len(reads) == 0 {
		return true
	}
	r := reads[0]
	for i, n := range names_ {
		if utf8.RuneCountInString(n) != utf8.RuneCountInString(r) {
			continue
		}
		if names.Surname(n) == names.Surname(r) || sameGiven(n, r) || (!names.Valid(r) && names.AlikeInPlace(r, n) > 0) {
			rest := append(append([]string(nil), names_[:i]...), names_[i+1:]...)
			if pairable(reads[1:], rest) {
				return true
			}
		}
	}
	return false
}

// sureDigitConf: an OCR word with digits read at this confidence or more
// is taken as printed, on a row whose serial number was read too.
// Measured on the scanned item-10 tables of 27 generated corpora (rows of
// a name and three numbers): of 115 rows whose scores do not add up
// because OCR misread a digit, one had its digits at 80 or more (89), and
// OCR had lost its serial number ("多叶菊58 29 82" for 2 叶菊 53 29 82); the
// three planted wrong scores read at 86–90 with their serials, as did 398
// rows that add up.
const sureDigitConf = 80

// sureDigits reports whether the numbers of a records row (line of the
// page's text) were read surely: every word with digits at sureDigitConf
// or more, the row's serial number among them, or its student number
// (heldout17's "| DZ 2341040317。富明哲。76 27 20 13 9", the serial 17
// read as letters, the rest at 92): a whole 学号 read surely shows the
// row's start was not garbled.
func sureDigits(p models.Page, line int, row string) bool {
	if _, ok := names.LeadingNumber(row); !ok && !slices.ContainsFunc(names.StudentIDs(row), func(id string) bool { return len(id) >= 8 }) {
		return false
	}
	return sureLines(p, line, line)
}

// sureNumberConf: a number of a records row whose own word OCR read at
// this confidence or more is taken as printed, whatever the confidence of
// the row's other words (its 学号, a name glued to a digit). Above
// sureDigitConf, which judges a row's words all together, and at the
// confidence from which a second reading by the digits model stands
// (extractors/ocr rereadSure): a row that does not add up has each of its
// numbers read again so, and those read again surely are right (600 of
// 600 agreeing second readings on 122 scanned score tables).
const sureNumberConf = 90

// sureScores sets r's SureScore and SureTotal from the confidences of the
// words OCR read its numbers in (models.Page.DigitWords), and SureDigits
// when all of them are sure, on a row that opens with its serial number
// or states its 学号 (see sureDigits). Nothing is set when the page kept
// no word confidences, or the row's numbers are not found in its line's
// words in their order.
func sureScores(p models.Page, r *names.Record) {
	if r.Line < 0 || r.Line >= len(p.DigitWords) || r.Parts != nil || len(r.Scores) == 0 {
		return
	}
	type number struct {
		value float64
		conf  int
	}
	var nums []number
	for _, w := range p.DigitWords[r.Line] {
		for _, g := range names.Numbers(w.Text) {
			v, err := strconv.ParseFloat(g, 64)
			if err != nil {
				return
			}
			nums = append(nums, number{v, w.Conf})
		}
	}
	want := make([]float64, 0, len(r.Scores)+1)
	for _, s := range r.Scores {
		want = append(want, s.Value)
	}
	if r.Total != nil {
		want = append(want, r.Total.Value)
	}
	// The row's numbers as they stand last in its line's words.
	at := -1
	for j := len(nums) - len(want); j >= 0 && at < 0; j-- {
		if slices.EqualFunc(nums[j:j+len(want)], want, func(n number, v float64) bool { return math.Abs(n.value-v) < 1e-9 }) {
			at = j
		}
	}
	if at < 0 {
		return
	}
	r.SureScore = make([]bool, len(r.Scores))
	r.ScoreConf = make([]int, len(r.Scores))
	all := true
	for k := range r.Scores {
		r.ScoreConf[k] = nums[at+k].conf
		// A number beside a rule's mark, read unsurely for the mark, that
		// the table's other rows bear out (names.ruleMarksBorne).
		r.SureScore[k] = nums[at+k].conf >= sureNumberConf || slices.Contains(r.MarkedCols, r.Scores[k].Column)
		all = all && r.SureScore[k]
	}
	if r.Total != nil {
		r.TotalConf = nums[at+len(r.Scores)].conf
		r.SureTotal = nums[at+len(r.Scores)].conf >= sureNumberConf || slices.Contains(r.MarkedCols, r.Total.Column)
		all = all && r.SureTotal
	}
	if _, ok := names.LeadingNumber(r.Excerpt); all && (ok || slices.ContainsFunc(names.StudentIDs(r.Excerpt), func(id string) bool { return len(id) >= 8 })) {
		r.SureDigits = true
	}
}

// sureLines reports whether OCR read every number of lines first to last
// of p at sureDigitConf or more.
func sureLines(p models.Page, first, last int) bool {
	if first < 0 || last >= len(p.DigitConf) || first > last {
		return false
	}
	for _, c := range p.DigitConf[first : last+1] {
		if c < sureDigitConf {
			return false
		}
	}
	return true
}

// classRe finds a class as a student's line states it: "面点2302班",
// "21级焊接2班"; group 1 is its number.
var classRe = regexp.MustCompile(`[\p{Han}\d]*?(\d+)\s*班`)

// lastClass returns the last class s states and its number ("" if none).
func lastClass(s string) (string, string) {
	all := classRe.FindAllStringSubmatch(s, -1)
	if len(all) == 0 {
		return "", ""
	}
	last := all[len(all)-1]
	return last[0], last[1]
}

// misreadClass reports whether stated, a class a student's line states, is
// the form's class as OCR misread it: its major's name as long as the
// form's and one character off ("训饪2402班" for 烹饪2401班, heldout9). A
// line OCR garbled that much is no evidence of another class, its digits
// neither.
func misreadClass(stated, form string) bool {
	mine, _ := lastClass(form)
	a, b := []rune(hanRunes(stated)), []rune(hanRunes(mine))
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	diff := 0
	for k := range a {
		if a[k] != b[k] {
			diff++
		}
	}
	return diff == 1
}

// misreadAlike reports whether a classmate's line states the class with
// the major misread as stated misreads it and the form's number (mine):
// the scan garbles the major alike on every page, and the number read
// beside it is the page's ("京饪2402班" where the classmates' pages read
// "京饪2401班" for 烹饪2401班, heldout128's 奇台 烹饪, a 1-bit scan).
func misreadAlike(ms []names.Mention, stated, mine string) bool {
	major := hanRunes(stated)
	return slices.ContainsFunc(ms, func(m names.Mention) bool {
		c, no := lastClass(m.Excerpt)
		return no == mine && hanRunes(c) == major
	})
}

// hanRunes keeps the Han characters of s but 级 and 班 ("24级烹饪2401班":
// 烹饪).
func hanRunes(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Han, r) && r != '级' && r != '班' {
			return r
		}
		return -1
	}, s)
}

// statedOutsider returns the class another than the submission's that
// name's own lines state, and the submission's, when they show name none
// of the class (otherClass): a valid or typed name, and its class so
// stated in two items or more, or its reading confirmed, or the line
// stating the class giving a student number outside the class's
// numbering. The name may be garbled ("庄明窗", "庄明窜" for 庄明睿) when
// the pages of two items or more say so.
func statedOutsider(pp *people, name string) (string, string, bool) {
	c, mine := otherClass(pp, name)
	ok := c != "" && (names.Valid(name) || typedRead(pp.mentions, name)) && (confirmed(pp.mentions, name) || otherClassItems(pp, name) >= 2 || foreignNumber(pp, name))
	return c, mine, ok
}

// otherClassItems counts the items in which name's own lines state a
// class other than the form's (see otherClass).
func otherClassItems(pp *people, name string) int {
	if pp.form == nil {
		return 0
	}
	_, mine := lastClass(pp.form.Class)
	items := map[int]bool{}
	for _, m := range pp.mentions {
		c, no := lastClass(m.Excerpt)
		if m.Matched == name && no != "" && no != mine && !misreadClass(strings.TrimPrefix(strings.TrimPrefix(c, m.Name), m.Matched), pp.form.Class) {
			items[m.Item] = true
		}
	}
	return len(items)
}

// namedElsewhere reports whether a page other than page of item names
// the student name (Matched).
func (pp *people) namedElsewhere(name string, item, page int) bool {
	return slices.ContainsFunc(pp.mentions, func(m names.Mention) bool {
		return m.Matched == name && (m.Item != item || m.Page != page)
	})
}

// foreignNumber reports whether a line that names name gives a student
// number (学号) no class member has and outside the class's numbering:
// the head the class's numbers share (names.CommonHead) is not its head
// ("班级：中药2401班 学号：2410130023 姓名：鞠若溪" where the class's numbers
// are 24101301xx, heldout122's 辽阳 中药, a photographed page).
func foreignNumber(pp *people, name string) bool {
	owners := idOwners(pp.records, pp.rosterIDs, true)
	head := names.CommonHead(slices.Collect(maps.Keys(owners)), 2)
	if head == "" {
		return false
	}
	for _, m := range pp.mentions {
		if m.Matched != name {
			continue
		}
		for _, id := range names.StudentIDs(strings.Join(pp.linesNaming(m), "\n")) {
			if _, ok := names.OwnerOf(owners, id); ok || len(id) < 8 {
				continue
			}
			// Of the class's length, another head; or two digits longer or
			// shorter than the class's numbers, which no digit OCR adds or
			// drops makes ("246505010217" where the class's are 2465050101xx,
			// heldout128's 奇台 烹饪).
			if d := len(id) - len(head) - 2; d == 0 && !strings.HasPrefix(id, head) || d >= 2 || d <= -2 {
				return true
			}
		}
	}
	return false
}

// linesNaming returns the line m was read from and the other lines of its
// page that hold the name as read: a homework's first line "屈书妍-电商2401班"
// names the student, the next "屈书妍电商2401班20240603117" gives her 学号 too
// (heldout145's 秭归 电商, a photographed homework).
func (pp *people) linesNaming(m names.Mention) []string {
	out := []string{m.Excerpt}
	d := pp.docs[m.Item]
	if d == nil || m.Name == "" {
		return out
	}
	texts := d.PageTexts()
	if m.Page < 1 || m.Page > len(texts) {
		return out
	}
	for _, line := range strings.Split(texts[m.Page-1], "\n") {
		if strings.Contains(strings.Join(strings.Fields(line), ""), m.Name) {
			out = append(out, line)
		}
	}
	return out
}

// otherClass returns the class name's own lines state when it is another
// than the submission's, and the submission's: the class the form names
// (授课班级) and another student's line states too, so that both are
// written alike. "" when there is no such evidence.
func otherClass(pp *people, name string) (string, string) {
	if pp.form == nil {
		return "", ""
	}
	_, mine := lastClass(pp.form.Class)
	if mine == "" {
		return "", ""
	}
	stated, classmate := "", false
	for _, m := range pp.mentions {
		c, no := lastClass(m.Excerpt)
		switch {
		case no == "":
		case m.Matched == name && no != mine:
			// "马俊杰汽修2301班": the name glued to its class.
			if own := strings.TrimPrefix(strings.TrimPrefix(c, m.Name), m.Matched); !misreadClass(own, pp.form.Class) || misreadAlike(pp.mentions, own, mine) {
				stated = own
			}
		case m.Matched == name:
			return "", "" // a line of the student's names the class itself
		case no == mine:
			classmate = true
		}
	}
	if stated == "" || !classmate {
		return "", ""
	}
	return stated, pp.form.Class
}
