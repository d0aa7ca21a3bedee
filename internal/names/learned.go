package names

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A document may name each student's pages under a label of its own that no
// label list holds ("主理人：缪天佑" on the first page of each student's
// works, "讲解员：…", "烹饪2302班 钱沐阳" at the head of each homework).
// One page proves nothing; the same label on several pages, giving several
// names the rest of the submission knows, marks the page's student.

// learnedLabelRe: a label of two to four Han characters before a colon, a
// bracketed word after it perhaps ("维修技师（学员）：", heldout45's
// 合格证 cards): group 1 the label.
var learnedLabelRe = regexp.MustCompile(`(\p{Han}{2,4})(?:\s*[（(]\p{Han}{1,4}[)）])?\s*：`)

// bareLabelRe: a label without a colon, a table's cell before the name's
// ("检修人 柯俊宇 班　级 汽修2301班", a sign-off row "编　制 关浩然 审　核
// 鞠红岩", a title block "设计 郎雪莹 图号 …"), letter-spaced perhaps; the
// name must end the line or be followed by another field's label or the
// class (see learnedOnLine).
var bareLabelRe = regexp.MustCompile(`(?:^|\s)(\p{Han}{2,4}|\p{Han}\s\p{Han})\s+`)

// classLineRe: a line holding a class and a name, either way round
// ("烹饪2302班”钱沐阳", "钱沐阳 烹饪2302班"); the marks around are OCR's.
// A name before the class needs a mark between them: "钱沐阳烹饪2302班"
// does not say where the name ends (see knownClassLineRe). With the class
// first, the page's title may follow the name, a mark between them
// ("(汽修2301班)关浩然，课后作业"), or a seat number ("中药2402班孙海川
// No.36", an exercise book's cover); with the name first, a seat number
// may follow the class ("郎雪莹”机电2302班11号").
var classLineRe = regexp.MustCompile(`^[^\p{Han}\d]*(?:(\p{Han}[\p{Han}\d]{0,10}\d班)[^\p{Han}\d]*(\p{Han}{2,4})(?:[^\p{Han}\d]+\p{Han}{2,8}|[^\p{Han}\d]*\d{1,3}号?)?|(\p{Han}{2,4})[^\p{Han}\d]+(\p{Han}[\p{Han}\d]{0,10}\d班)(?:\d{1,2}号)?)[^\p{Han}\d]*$`)

// knownClassLineRe: a line of a name and the class with no mark between
// them ("爱新觉罗·明远机电2302班5号"): read only when the run before the
// class begins with a class member's name.
var knownClassLineRe = regexp.MustCompile(`^[^\p{Han}\d]*([\p{Han}·]{2,12}?)(\p{Han}{1,6}\d{2,4}班)(?:\d{1,2}号)?[^\p{Han}\d]*$`)

// notLearned: labels whose values are people other than the page's student,
// or no people at all.
var notLearned = append([]string{"对象", "客户", "顾客", "患者", "老人", "家属", "联系",
	"电话", "地址", "单位", "学校", "名称", "日期", "时间", "题目", "课题", "项目", "任务", "课程", "主题", "地点", "组员", "成员",
	"审批", "检验", "校对", "批准", "记录"}, notRole...)

type learnedRead struct {
	page    int
	read    Read
	garbled bool // the value is no name OCR could read ("照护员:罕芮嘉")
}

// LearnedReads returns, per page of one document, the name read under a
// label the document uses on its own (see above), for the pages where
// have (the names read the usual way, per page) holds none. A label is
// learned when it stands on two pages or more, gives two names or more,
// none a teacher's (teacher may be nil), at least one of them vouched for
// (a class member's, or a student's read elsewhere), and on every page
// that has a name read the usual way gives that name: a label that names
// someone else there (a partner, a client) marks no student. A page that
// two learned labels give two names on gets none. Where a learned label's
// value is no name OCR could read, the page gets it as read, at a low
// confidence: a student's name misread, to match or to count as unread.
func LearnedReads(pages []string, have [][]Read, known []string, vouched, teacher func(string) bool) [][]Read {
	every := map[string][]learnedRead{} // by label, every line's, in the document's order
	for p, text := range pages {
		for i, line := range strings.Split(dotKnown(normLine(text), known), "\n") {
			for key, lr := range learnedOnLine(line, i, known) {
				lr.page = p
				every[key] = append(every[key], lr)
			}
		}
	}
	out := make([][]Read, len(pages))
	// Two learned labels may give a page two names ("自　检 瞿嘉诚 互　检
	// 蒋诗雨"): the label with the fewest names over the document is the
	// page's student's (a student's work runs over several pages, a peer
	// checker changes from page to page); with as few, the page gets
	// none. The labels are taken in order, the same on every run.
	distinct := map[int]int{} // out[p][0]'s label's count of names
	clash := make([]bool, len(pages))
	for _, key := range slices.Sorted(maps.Keys(every)) {
		all := firstPerPage(every[key])
		named := slices.DeleteFunc(slices.Clone(all), func(lr learnedRead) bool { return lr.garbled })
		if !learnable(named, have, vouched, teacher) {
			continue
		}
		n := distinctNames(named)
		for _, lr := range all {
			if lr.page < len(have) && len(have[lr.page]) > 0 {
				continue
			}
			r := lr.read
			r.Label = key
			switch {
			case len(out[lr.page]) == 0:
				out[lr.page], distinct[lr.page] = []Read{r}, n
			case out[lr.page][0].Name == r.Name:
			case n < distinct[lr.page]:
				out[lr.page], distinct[lr.page], clash[lr.page] = []Read{r}, n, false
			case n == distinct[lr.page]:
				clash[lr.page] = true
			}
		}
	}
	for p := range out {
		if clash[p] {
			out[p] = nil
		}
	}
	for p := range out {
		if len(out[p]) == 1 {
			out[p] = blockReads(out[p][0], every[out[p][0].Label], p)
		}
	}
	return out
}

// firstPerPage keeps each page's first of rs (in the document's order).
func firstPerPage(rs []learnedRead) []learnedRead {
	var out []learnedRead
	for _, lr := range rs {
		if k := len(out); k == 0 || out[k-1].page != lr.page {
			out = append(out, lr)
		}
	}
	return out
}

// blockReads gives page p the names its learned label gives there, in
// order, where the document names its students one block after another
// (a compilation typed straight through, each student's records under
// 炮制人, two students' on one page: heldout63's 怀化 中药): no name comes
// back after another's, and none is garbled. Otherwise the page keeps
// the one read it has (r, its first under the label).
func blockReads(r Read, all []learnedRead, p int) []Read {
	var order []string
	for _, lr := range all {
		if lr.garbled {
			return []Read{r}
		}
		name := lr.read.Name
		if k := len(order); k > 0 && order[k-1] == name {
			continue
		}
		if slices.Contains(order, name) {
			return []Read{r} // a name back after another's: no blocks
		}
		order = append(order, name)
	}
	out := []Read{r}
	for _, lr := range all {
		if lr.page == p && !slices.ContainsFunc(out, func(o Read) bool { return o.Name == lr.read.Name }) {
			x := lr.read
			x.Label = r.Label
			out = append(out, x)
		}
	}
	return out
}

// distinctNames counts the names of a label's reads.
func distinctNames(rs []learnedRead) int {
	seen := map[string]bool{}
	for _, lr := range rs {
		seen[lr.read.Name] = true
	}
	return len(seen)
}

// learnedOnLine lists the label-and-name pairs of one line, by label ("班级"
// for a line of a class and a name). A value of two to four Han characters
// that is no name is kept as garbled: the page's student's name, misread.
func learnedOnLine(line string, i int, known []string) map[string]learnedRead {
	out := map[string]learnedRead{}
	excerpt := strings.TrimSpace(line)
	for _, m := range learnedLabelRe.FindAllStringSubmatchIndex(line, -1) {
		label := line[m[2]:m[3]]
		if containsAny(label, notLearned) {
			continue
		}
		value := line[m[1]:]
		n, ok := wholeName(value, known)
		if !ok {
			if g := garbledValue(value); g != "" {
				out[label] = learnedRead{read: Read{Name: g, Line: i, Source: SourceField, Confidence: 0.2, Excerpt: excerpt}, garbled: true}
			}
			continue
		}
		if !endsField(value, n.name) {
			continue
		}
		out[label] = learnedRead{read: Read{Name: n.name, Line: i, Source: SourceField, Confidence: n.conf * 0.8, Excerpt: excerpt}}
	}
	for _, m := range bareLabelRe.FindAllStringSubmatchIndex(line, -1) {
		label := noSpace(line[m[2]:m[3]])
		if _, seen := out[label]; seen || containsAny(label, notLearned) || Valid(label) && !roleWord(label) {
			continue // a name is no label: "郎雪莹 机电2302班 12号"
		}
		value := line[m[1]:]
		n, ok := wholeName(value, known)
		if !ok {
			// A value no name the lists know, its class right after it
			// ("主理 贡文博（烹饪2402班）", 贡 a surname of 宣城 the list
			// lacks; heldout48): the page's student's name, as read.
			if g := garbledValue(value); g != "" && classNextRe.MatchString(value[strings.Index(value, g)+len(g):]) {
				out[label] = learnedRead{read: Read{Name: g, Line: i, Source: SourceTable, Confidence: 0.2, Excerpt: excerpt}, garbled: true}
			}
			continue
		}
		if !strings.HasPrefix(strings.TrimLeft(value, " "), n.name) {
			continue
		}
		if rest := strings.TrimLeft(value[strings.Index(value, n.name)+len(n.name):], " "); fieldLabelRe.MatchString(rest) || blank(rest) || classNextRe.MatchString(rest) || nextCellRe.MatchString(rest) {
			out[label] = learnedRead{read: Read{Name: n.name, Line: i, Source: SourceTable, Confidence: n.conf * 0.8, Excerpt: excerpt}}
		}
	}
	if m := classLineRe.FindStringSubmatch(noSpace(line)); m != nil {
		name := m[2] + m[3]
		if n, ok := wholeName(name, known); ok && n.name == name {
			out["班级"] = learnedRead{read: Read{Name: n.name, Line: i, Source: SourceField, Confidence: n.conf * 0.7, Excerpt: excerpt}}
		}
	}
	if _, ok := out["班级"]; !ok {
		knownClassLine(line, i, known, out)
	}
	// A head line the student typed as a file name: "数控2301-04-瞿嘉诚-
	// 进气阀杆工作页.docx".
	if m := fileNameLineRe.FindStringSubmatch(noSpace(line)); m != nil {
		if n, ok := wholeName(m[1], known); ok && n.name == m[1] {
			out["文件名"] = learnedRead{read: Read{Name: n.name, Line: i, Source: SourceField, Confidence: n.conf * 0.7, Excerpt: excerpt}}
		} else if g := garbledValue(m[1]); g != "" {
			out["文件名"] = learnedRead{read: Read{Name: g, Line: i, Source: SourceField, Confidence: 0.2, Excerpt: excerpt}, garbled: true}
		}
	}
	// A chat group's nickname over each message: "33-胡博远-汽修2301", the
	// seat number, the name and the class.
	if m := nicknameLineRe.FindStringSubmatch(noSpace(line)); m != nil {
		if n, ok := wholeName(m[1], known); ok && n.name == m[1] {
			out["群昵称"] = learnedRead{read: Read{Name: n.name, Line: i, Source: SourceField, Confidence: n.conf * 0.7, Excerpt: excerpt}}
		} else if g := garbledValue(m[1]); g != "" {
			out["群昵称"] = learnedRead{read: Read{Name: g, Line: i, Source: SourceField, Confidence: 0.2, Excerpt: excerpt}, garbled: true}
		}
	}
	return out
}

// nicknameLineRe: a line of a seat number, a name and the class, joined by
// hyphens or underscores (a class chat group's nickname); group 1 is the
// name.
var nicknameLineRe = regexp.MustCompile(`^[^\p{Han}\d]*\d{1,3}[-_－—]([\p{Han}·]{2,5})[-_－—]\p{Han}{1,6}\d{2,4}班?[^\p{Han}\d]*$`)

// fileNameLineRe: a file name of a class, a seat number, the name and the
// title, joined by hyphens or underscores; group 1 is the name.
var fileNameLineRe = regexp.MustCompile(`^[^\p{Han}\d]*\p{Han}{1,6}\d{2,4}班?[-_－—]\d{1,3}[-_－—]([\p{Han}·]{2,8})[-_－—]`)

// knownClassLine reads a line of a class member's name and the class with
// no mark between them, into out (see knownClassLineRe).
// The longest such name is the line's (澹台明远, not 澹台明).
func knownClassLine(line string, i int, known []string, out map[string]learnedRead) {
	m := knownClassLineRe.FindStringSubmatch(noSpace(line))
	if m == nil {
		return
	}
	best := ""
	for _, k := range known {
		if run := m[1] + m[2]; utf8.RuneCountInString(k) >= 2 && len(k) > len(best) && strings.HasPrefix(run, k) && strings.ContainsFunc(run[len(k):], isHan) {
			best = k
		}
	}
	if best != "" {
		out["班级"] = learnedRead{read: Read{Name: best, Line: i, Source: SourceField, Confidence: 0.6, Excerpt: strings.TrimSpace(line)}}
	}
}

// garbledValue returns a field value that is a run of two to four Han
// characters and nothing more on its line but marks or the next field: a
// name OCR misread. "" otherwise (prose, a longer run).
func garbledValue(value string) string {
	us := units(strings.TrimLeftFunc(value, func(r rune) bool { return leadNoise(r) || unicode.IsSpace(r) }))
	if len(us) == 0 {
		return ""
	}
	u, _ := cutTerminator(us[0])
	if n := utf8.RuneCountInString(u); n < 2 || n > 4 || hanOnly(u) != u || !endsField(value, u) {
		return ""
	}
	return u
}

// nextCellRe: the next label and its value in a row of cells ("审　核
// 鞠红岩 批　准 曲立军" after "编　制 关浩然").
var nextCellRe = regexp.MustCompile(`^(?:\p{Han}\s\p{Han}|\p{Han}{2,4})\s+\S`)

// classNextRe: a class right after a name, no label between them
// ("作业提交:隆欣悦。”烹饪2301班"), OCR's specks perhaps before it, or in
// brackets ("当班厨师 石守拙（烹饪2402班）").
var classNextRe = regexp.MustCompile(`^[\s"'“”‘’.。,，、(（]*\p{Han}{1,6}\d{2,4}\s*班`)

// endsField reports whether name ends its field in value: nothing or
// another field after it (fieldAfter), or the class, bracketed or not.
func endsField(value, name string) bool {
	if fieldAfter(value, name) {
		return true
	}
	after := value[strings.Index(value, name)+len(name):]
	return bracketClassRe.MatchString(after) || classNextRe.MatchString(after)
}

// learnable reports whether a label's reads over a document mark its
// students (see LearnedReads).
func learnable(rs []learnedRead, have [][]Read, vouched, teacher func(string) bool) bool {
	names := map[string]bool{}
	anyVouched := false
	for _, lr := range rs {
		name := lr.read.Name
		if teacher != nil && teacher(name) {
			return false
		}
		names[name] = true
		anyVouched = anyVouched || vouched != nil && vouched(name)
		if lr.page < len(have) && len(have[lr.page]) > 0 && !readOn(have[lr.page], name) {
			return false
		}
	}
	return len(rs) >= 2 && len(names) >= 2 && anyVouched
}

// readOn reports whether name, or a name near it (Near), is among a
// page's reads.
func readOn(rs []Read, name string) bool {
	for _, r := range rs {
		// The same name, or the same misread another way (a second OCR
		// reading gave the page "广浩宇" where the label's line has
		// "许浩宇").
		if r.Name == name || Near(r.Name, name) {
			return true
		}
	}
	return false
}

// containsAny reports whether s contains one of ws.
func containsAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// roleWord reports whether a label that reads as a name is a role all the
// same: 检修人 and 操作员 start with surnames (检 is none, but 操 is).
func roleWord(label string) bool {
	r := []rune(label)
	return strings.ContainsRune("人员者生师手", r[len(r)-1])
}
