package names

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"classaudit/internal/seg"
)

// formHead is how many Han characters of a page's opening stand for the
// printed form it shows, and formMin the fewest that can.
const (
	formHead = 40
	formMin  = 20
)

// formSignature is the opening of a page as printed, without what a student
// wrote in its name field: the Han characters of its lines in order,
// leaving out lines labelRe matches (a name label and the name after it;
// also any line with 名, such as 成果名称 and the title a student gave it)
// and specks read as one character. A name whose label OCR lost stays in, a
// few characters of forty. Empty when the page opens with fewer than
// formMin such characters.
func formSignature(text string) []rune {
	var sig []rune
	for _, line := range strings.Split(normLine(text), "\n") {
		h := printedPart(line)
		if utf8.RuneCountInString(h) < 2 {
			continue
		}
		sig = append(sig, []rune(h)...)
		if len(sig) >= formHead {
			return sig[:formHead]
		}
	}
	if len(sig) < formMin {
		return nil
	}
	return sig
}

// FormGroups groups the pages of an item (texts in page order) by the
// printed form they show: pages whose openings agree in at least 80 % of
// their characters, in order. Each student of an item fills in each form
// of it once (a worksheet, a homework sheet), so a group's size is the
// number of students whose work the item holds, whether or not their names
// can be read. Pages that resemble no other are left out; groups are
// returned largest first, each in page order (page numbers from 1).
func FormGroups(pages []string) [][]int {
	sigs := make([][]rune, len(pages))
	for i, p := range pages {
		sigs[i] = formSignature(p)
	}
	return groupPages(len(pages), func(i int) bool { return sigs[i] != nil }, func(i, j int) bool {
		return float64(lcs(sigs[i], sigs[j])) >= 0.8*float64(max(len(sigs[i]), len(sigs[j])))
	})
}

// groupPages groups n pages in order: a page (has) joins the first group
// whose first page is the same form as it, else starts one. Groups of two
// pages or more, largest first, each in page order (page numbers from 1).
func groupPages(n int, has func(i int) bool, same func(i, j int) bool) [][]int {
	var groups [][]int
	for i := range n {
		if !has(i) {
			continue
		}
		joined := false
		for g := range groups {
			if same(i, groups[g][0]-1) {
				groups[g] = append(groups[g], i+1)
				joined = true
				break
			}
		}
		if !joined {
			groups = append(groups, []int{i + 1})
		}
	}
	out := groups[:0]
	for _, g := range groups {
		if len(g) >= 2 {
			out = append(out, g)
		}
	}
	slices.SortStableFunc(out, func(a, b []int) int { return len(b) - len(a) })
	return out
}

// Bounds of PrintedGroups: the items it reads (three students of four
// pages at most) and the lines of a page it compares.
const (
	maxPrintedPages = 12
	maxPrintedLines = 30
)

// PrintedGroups groups the pages of an item by the printed form they show,
// as FormGroups does, from the lines printed on them rather than from
// their openings: a line (of two Han characters or more, labels left out)
// is printed when a line alike stands on another page of the item too;
// what a student wrote stands on one page. Two pages show the same form
// when nearly all the printed lines of the one with fewer are on the other
// too, at least three lines of formMin characters in all. A form whose
// printed opening is short (学习成果汇编, the task, the student's writing)
// is grouped so; two forms of one item (活动1, 活动2 under the same title
// and task) are not, their questions differ. Groups of two pages or more,
// largest first, each in page order (page numbers from 1).
func PrintedGroups(pages []string) [][]int {
	if len(pages) < 2 || len(pages) > maxPrintedPages {
		return nil
	}
	type line struct {
		page int
		han  []rune
	}
	var all []line
	for p, text := range pages {
		n := 0
		for _, l := range strings.Split(normLine(text), "\n") {
			h := []rune(printedPart(l))
			if len(h) < 2 {
				continue
			}
			all = append(all, line{p, h})
			if n++; n == maxPrintedLines {
				break
			}
		}
	}
	// Lines alike are one printed line: the first of them stands for all.
	rep := make([]int, len(all))
	onPages := map[int]map[int]bool{}
	for i := range all {
		rep[i] = i
		for j := 0; j < i; j++ {
			if rep[j] == j && alikeLine(all[i].han, all[j].han) {
				rep[i] = j
				break
			}
		}
		if onPages[rep[i]] == nil {
			onPages[rep[i]] = map[int]bool{}
		}
		onPages[rep[i]][all[i].page] = true
	}
	sig := make([]map[int]int, len(pages)) // printed line → its Han characters
	for i, l := range all {
		if len(onPages[rep[i]]) >= 2 {
			if sig[l.page] == nil {
				sig[l.page] = map[int]int{}
			}
			sig[l.page][rep[i]] = len(l.han)
		}
	}
	same := func(a, b map[int]int) bool {
		common, chars := 0, 0
		for k, n := range a {
			if _, ok := b[k]; ok {
				common++
				chars += n
			}
		}
		return common >= 3 && chars >= formMin && 10*common >= 9*min(len(a), len(b))
	}
	return groupPages(len(pages), func(i int) bool { return len(sig[i]) > 0 }, func(i, j int) bool { return same(sig[i], sig[j]) })
}

// printedPart returns the Han characters of a line of a form that are
// printed alike on every copy: the whole line, or, on a line with a name
// label, what stands before the label when that is four characters or
// more ("“直播电商运营”学习工作页 班级：电商2302班 姓名：薛佳琪" keeps its title
// and 班级, so that the copy whose label OCR lost, "…班级：电商2302班浩宇",
// still shows the same form).
func printedPart(line string) string {
	flat := noSpace(line)
	loc := labelRe.FindStringIndex(flat)
	if loc == nil {
		return hanOnly(line)
	}
	if h := hanOnly(flat[:loc[0]]); utf8.RuneCountInString(h) >= 4 {
		return h
	}
	return ""
}

// alikeLine reports whether two lines are the same printed line as OCR
// read it: they agree in 80 % of the characters of the longer.
func alikeLine(a, b []rune) bool {
	if 5*min(len(a), len(b)) < 4*max(len(a), len(b)) {
		return false
	}
	return 5*lcs(a, b) >= 4*max(len(a), len(b))
}

// GarbledNames are the scanned names OCR misread beyond matching: no class
// member's, no other name's they could be taken for, no valid name
// themselves ("到丑", "记宕") or an ordinary word that starts with a
// surname ("区内"), and read so in one item only. Their pages
// hold some student's work, but whose cannot be told. A misreading that
// recurs in two items ("莹上雪" in items 8 and 11) is kept as a name: the
// same hand read the same way names the same student.
func GarbledNames(ms []Mention) map[string]bool {
	items := map[string]map[int]bool{}
	for _, m := range ms {
		if m.OCR && m.Kind != Exact && m.Kind != Fuzzy && (!Valid(m.Matched) || seg.Phrase(m.Matched)) {
			if items[m.Matched] == nil {
				items[m.Matched] = map[int]bool{}
			}
			items[m.Matched][m.Item] = true
		}
	}
	out := map[string]bool{}
	for n, its := range items {
		if len(its) == 1 {
			out[n] = true
		}
	}
	return out
}

// Unread is what an item says of the students whose names could not be read.
type Unread struct {
	// Sure is how many students surely hold work in the item without a
	// readable name, and Pages where their work begins.
	Sure  int
	Pages []int
	// Garbled are the pages, not among Pages, of names OCR garbled
	// (Garbled): each may be a further student's, or a named one's.
	Garbled []int
}

// Unidentified tells how many students an item holds whose names could not
// be read. Each student fills in each printed form of an item once, so a
// form group (FormGroups) with more pages than the item has readably named
// students holds that many students whose names were lost; its pages that
// name nobody readable are where their work begins. Groups of more than
// four pages are a running header, not one form per student, and are not
// counted. Without such a group, the pages UnnamedStarts finds stand in.
func Unidentified(pages []string, ms []Mention, item int) Unread {
	named := map[int]bool{}
	garbled := map[int]bool{}
	students := map[string]bool{}
	bad := GarbledNames(ms)
	for _, m := range ms {
		if m.Item != item {
			continue
		}
		if bad[m.Matched] {
			garbled[m.Page] = true
		} else {
			named[m.Page] = true
			students[m.Matched] = true
		}
	}
	var u Unread
	// accounted: a form group no larger than the students named, each of
	// whom filled in the form once: the item holds no one else.
	accounted := false
	// The form group with the most students beyond those named: its pages
	// that name nobody are theirs.
	fromGroups := func(groups [][]int) {
		for _, g := range groups {
			if len(g) <= maxStudents && len(g) >= 3 && len(g) <= len(students) {
				accounted = true
			}
			if len(g) > maxStudents {
				continue
			}
			// Only pages that name nobody can be a further student's: a
			// group whose every page is named (a student who filled two
			// of its forms) holds no one else.
			var unnamed []int
			for _, p := range g {
				if !named[p] {
					unnamed = append(unnamed, p)
				}
			}
			if sure := min(len(g)-len(students), len(unnamed)); sure > u.Sure {
				u.Sure, u.Pages = sure, unnamed
			}
		}
	}
	fromGroups(FormGroups(withoutNames(pages, ms, item)))
	// Forms whose printed opening is too short for FormGroups (a title,
	// the task, then the student's writing), or whose openings OCR read
	// apart (a name line lost on one page, "独孤晓龙指导教师" read on
	// another): their printed lines tell, and the larger count stands.
	fromGroups(PrintedGroups(pages))
	if u.Sure == 0 && !accounted {
		// With a form group that the named students account for (three
		// covers, three students named: heldout5's 九江, a cover's name
		// garbled, its student named on her next page), an unnamed start
		// is one of theirs.
		u.Pages = UnnamedStarts(pages, ms, item)
		u.Sure = len(u.Pages)
	}
	if u.Sure == 0 {
		// A list of works, a row per student with the student's number:
		// a numbered row whose name was not read (wrapped in a narrow
		// column) is a student all the same.
		u.Pages = unnamedRows(pages, ms, item)
		u.Sure = len(u.Pages)
	}
	for p := range garbled {
		if !named[p] && !slices.Contains(u.Pages, p) {
			u.Garbled = append(u.Garbled, p)
		}
	}
	slices.Sort(u.Garbled)
	return u
}

// withoutNames returns the pages with each name read on them cut from its
// line with what follows it, as printedPart cuts a line at its name label:
// what a student wrote is no part of the printed form. A name whose label
// OCR lost ("灶位| 4号灶达瓦顿珠|学引| 25 | 6期|", heldout129's 江孜 烹饪)
// would otherwise stand in the page's opening with the garbled labels after
// it, a quarter of formSignature's characters, and part the page from its
// form's other copies, whose labelled name lines keep only "灶位3号灶".
func withoutNames(pages []string, ms []Mention, item int) []string {
	var out []string
	for _, m := range ms {
		if m.Item != item || m.Page < 1 || m.Page > len(pages) || m.Name == "" {
			continue
		}
		if out == nil {
			out = slices.Clone(pages)
		}
		lines := strings.Split(normLine(out[m.Page-1]), "\n")
		if m.Line < 0 || m.Line >= len(lines) {
			continue
		}
		flat := noSpace(lines[m.Line])
		if k := strings.Index(flat, m.Name); k >= 0 {
			lines[m.Line] = flat[:k]
			out[m.Page-1] = strings.Join(lines, "\n")
		}
	}
	if out == nil {
		return pages
	}
	return out
}

// maxStudents is the most students a form group may stand for: the three
// the notice asks for, and one more.
const maxStudents = 4

// idRowRe is a numbered table row holding a student number: "3 明浩 20212215",
// "1 20212240", "1。间高次230201限流与封站的区别" (OCR's speck after the serial).
var idRowRe = regexp.MustCompile(`^\s*\d{1,2}[^\d].*\d{6,}`)

// unnamedRows lists, once per row, the pages of an item's rows that carry a
// student number but no name read, on pages where another such row did
// name a student (so that the numbers are students' numbers).
func unnamedRows(pages []string, ms []Mention, item int) []int {
	read := map[int]map[int]bool{} // page → lines a name was read on
	for _, m := range ms {
		if m.Item == item {
			if read[m.Page] == nil {
				read[m.Page] = map[int]bool{}
			}
			read[m.Page][m.Line] = true
		}
	}
	var out []int
	for pi, text := range pages {
		named, unnamed := 0, 0
		for i, line := range strings.Split(normLine(text), "\n") {
			if !idRowRe.MatchString(line) {
				continue
			}
			if read[pi+1][i] {
				named++
			} else {
				unnamed++
			}
		}
		if named == 0 || named+unnamed > maxStudents {
			continue
		}
		for range unnamed {
			out = append(out, pi+1)
		}
	}
	return out
}

// Forms groups the pages of an item by the printed form they show, both
// ways (FormGroups, then PrintedGroups); a page may stand in a group of
// each.
func Forms(pages []string) [][]int {
	return append(FormGroups(pages), PrintedGroups(pages)...)
}
