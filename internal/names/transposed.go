package names

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A transposed register lists the students as columns, a few blocks of
// them a page, and the headings as rows (heldout16's 兰州 数控):
//
//	序号 1 2 3 … 13
//	学号 01 02 03 … 13
//	姓名 汪青城 成一鸣 妥金城 … 张安琪
//	工艺编制(20) 15 13 16 … 16
//	…
//	总分 82 67 73 … 90
//
// transposedRecords reads such blocks into records, one a student. A
// record's numbers come from many lines: its Line is -1 (no one line's
// OCR confidence vouches for them) and its HeadLines span the block.

// transLabelRe splits a row of a transposed block into its label (a
// heading, its maximum perhaps glued to it: "工艺编制(20)", OCR's
// "工艺编制20)", "总分82"; a code before its words: "PLC程序(30)", "6S管理",
// heldout116's 汝州 机电) and the numbers after it.
var transLabelRe = regexp.MustCompile(`^[|｜\s]*((?:[A-Za-z]{1,5}|\d[A-Za-z])?\p{Han}[\p{Han}\s]*?(?:\s*[（(]?\s*(?:满分)?\s*\d{1,3}\s*分?\s*[)）])?)\s*(\d.*)$`)

// blockCaptionRe is the caption of the next block of students: "第11—20号".
var blockCaptionRe = regexp.MustCompile(`^[|｜\s]*第\s*\d{1,3}\s*[—\-–~～至到]+\s*\d{1,3}\s*[号名]?\s*$`)

// transNameRe is the names row: "姓名" and the names after it.
var transNameRe = regexp.MustCompile(`^[|｜\s]*(?:学生)?姓\s*名\s*[:：]?\s*(.*)$`)

// transItemsNameRe is a names row headed by the items' column and their
// maxima's ("考核项目 分值 杨晓龙 袁嘉豪 …", heldout128's 巫山 网络): each row
// under it gives its item's maximum first, then the students' scores.
var transItemsNameRe = regexp.MustCompile(`^[|｜\s]*(?:考\s*核|评\s*分)?\s*项\s*目\s*(?:分\s*值|满\s*分|配\s*分)\s*(.*)$`)

// transRow is one numeric row of a transposed block.
type transRow struct {
	label  string
	values []string
}

// transposedRecords reads the transposed register blocks of pages; ok is
// false when there is none.
func transposedRecords(pages []string) ([]Record, bool) {
	var out []Record
	for pi, page := range pages {
		lines := strings.Split(normLine(page), "\n")
		for i := 0; i < len(lines); i++ {
			rs, last, ok := transposedBlock(lines, i)
			if !ok {
				rs, last, ok = seatBlock(lines, i)
			}
			if !ok {
				continue
			}
			for k := range rs {
				rs[k].Page, rs[k].HeadPage = pi+1, pi+1
			}
			out = append(out, rs...)
			i = last
		}
	}
	weighTotals(out)
	return out, len(out) > 0
}

// transposedBlock reads the block whose names row is lines[i], if it is
// one; last is the block's last line.
func transposedBlock(lines []string, i int) (rs []Record, last int, ok bool) {
	m := transNameRe.FindStringSubmatch(lines[i])
	withMax := false
	if m == nil {
		m, withMax = transItemsNameRe.FindStringSubmatch(lines[i]), true
	}
	if m == nil || strings.ContainsAny(m[1], "0123456789") || utf8.RuneCountInString(hanOnly(m[1])) < 4 {
		return nil, 0, false
	}
	// The block: the serial rows right above the names (序号, 学号), and
	// the rows of numbers below them up to the next block's 序号.
	first := i
	last = i
	for first > 0 && numericRow(lines[first-1]) && serialLabel(parseTransRow(lines[first-1]).label) {
		first--
	}
	for last+1 < len(lines) && numericRow(lines[last+1]) && !blockCaptionRe.MatchString(lines[last+1]) {
		if l := parseTransRow(lines[last+1]).label; strings.Contains(l, "序号") || strings.Contains(l, "学号") && last > i {
			break
		}
		last++
	}
	var nums []transRow
	n, scores := 0, 0
	for k := first; k <= last; k++ {
		if k == i {
			continue
		}
		r := parseTransRow(lines[k])
		if withMax && k > i && len(r.values) > 0 && !serialLabel(r.label) && !strings.ContainsAny(r.label, "(（") {
			// The item's maximum first: "现场勘察 10 9 8 …".
			r.label, r.values = r.label+"("+r.values[0]+")", r.values[1:]
		}
		nums = append(nums, r)
		n = max(n, len(r.values))
		if !serialLabel(r.label) {
			scores++
		}
	}
	if scores == 0 || n < 2 {
		return nil, 0, false
	}
	students := splitNameRun(m[1], n)
	if students == nil || !namesLike(students) {
		return nil, 0, false
	}
	n = len(students)
	var ids []string
	var cols []transRow // score rows with a number for every student
	lost := false       // a score row OCR lost a number of, or added one to
	for _, r := range nums {
		switch {
		case strings.Contains(r.label, "学号"):
			if len(r.values) == n && len(r.values[0]) >= 6 {
				ids = r.values
			}
		case serialLabel(r.label):
		case len(r.values) != n:
			lost = true
		default:
			cols = append(cols, r)
		}
	}
	head := strings.Join(labels(cols), " | ")
	hcols := headerColumns(head)
	if len(hcols) != len(cols) {
		return nil, 0, false
	}
	for s, name := range students {
		r := Record{Name: name, Matched: name, Unsure: !Valid(name), Line: -1, HeadLines: [2]int{first, last}}
		ex := []string{strconv.Itoa(s + 1)}
		if ids != nil {
			ex = append(ex, ids[s])
		}
		ex = append(ex, name)
		for k, c := range cols {
			v, err := strconv.ParseFloat(c.values[s], 64)
			if err != nil {
				continue
			}
			ex = append(ex, c.label+" "+c.values[s])
			sc := Score{Column: hcols[k].head, Value: v, Max: hcols[k].max}
			if hcols[k].total {
				r.Total = &sc
				continue
			}
			r.Scores = append(r.Scores, sc)
		}
		r.Excerpt = strings.Join(ex, " ")
		// A row whose number OCR lost cannot be put under the students:
		// the scores kept are checked against their maxima, the total
		// against nothing.
		r.Short = lost
		r.SumChecked = !lost && r.Total != nil && len(r.Scores) >= 2 && plainSum(hcols, weightRe.MatchString(head))
		rs = append(rs, r)
	}
	return rs, last, true
}

func labels(rows []transRow) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r.label)
	}
	return out
}

// numericRow reports whether line is a labelled row of numbers: a heading
// and two numbers or more.
func numericRow(line string) bool {
	r := parseTransRow(line)
	return r.label != "" && len(r.values) >= 2
}

func parseTransRow(line string) transRow {
	m := transLabelRe.FindStringSubmatch(line)
	if m == nil {
		return transRow{}
	}
	label := noSpace(foldBrackets(m[1]))
	// A maximum whose opening bracket OCR lost: "工艺编制20)".
	if k := strings.IndexAny(label, "0123456789"); k > 0 && !strings.ContainsAny(label, "(（") {
		label = label[:k] + "(" + label[k:]
	}
	return transRow{label: label, values: numGroupRe.FindAllString(m[2], -1)}
}

func serialLabel(label string) bool {
	return strings.Contains(label, "序号") || strings.Contains(label, "学号") || strings.Contains(label, "编号")
}

// splitNameRun cuts the names row of a transposed block into n names:
// by the spaces or rules between them when there are n, else (OCR ran
// them together) into n runs of two to four characters, choosing the cut
// whose pieces look most like names (a known surname first, then three
// characters, the usual length). nil when no cut into n names fits.
func splitNameRun(run string, n int) []string {
	var fields []string
	for _, f := range strings.FieldsFunc(run, func(r rune) bool { return !isHan(r) && r != '·' }) {
		if f != "" {
			fields = append(fields, f)
		}
	}
	if len(fields) == n {
		return fields
	}
	rs := []rune(strings.Join(fields, ""))
	if len(rs) < 2*n || len(rs) > 4*n {
		return nil
	}
	// best[k][j]: the best score of cutting rs[:j] into k names.
	const none = -1 << 30
	best := make([][]int, n+1)
	from := make([][]int, n+1)
	for k := range best {
		best[k] = make([]int, len(rs)+1)
		from[k] = make([]int, len(rs)+1)
		for j := range best[k] {
			best[k][j] = none
		}
	}
	best[0][0] = 0
	for k := 1; k <= n; k++ {
		for j := 2 * k; j <= len(rs); j++ {
			for l := 2; l <= 4 && l <= j; l++ {
				if best[k-1][j-l] == none {
					continue
				}
				if v := best[k-1][j-l] + pieceScore(string(rs[j-l:j])); v > best[k][j] {
					best[k][j], from[k][j] = v, j-l
				}
			}
		}
	}
	if best[n][len(rs)] == none {
		return nil
	}
	out := make([]string, n)
	for k, j := n, len(rs); k > 0; k-- {
		i := from[k][j]
		out[k-1] = string(rs[i:j])
		j = i
	}
	return out
}

// pieceScore rates a piece of a names run as a name: a valid name, the
// commoner its surname the better, and a given name of two characters,
// the usual length (a surname the list lacks, 妥 or 火, taken for one
// character), so that a run whose length allows is cut into such names.
func pieceScore(s string) int {
	v := 0
	sn := []rune(Surname(s))
	valid := Valid(s)
	switch {
	case valid:
		v += 10
	case len(sn) > 0 && utf8.RuneCountInString(s) <= 3:
		v += 4
	}
	given := utf8.RuneCountInString(s) - max(1, len(sn))
	if given == 2 && (valid || len(sn) == 0) {
		v += 3
	}
	// Between cuts that fit alike ("魏强 何鹿城 贾祁连" or "魏强何 鹿城贾
	// 祁连"), the one whose names start with the commoner surnames.
	switch {
	case !valid || len(sn) == 0: // a Tibetan name has no surname
	case len(sn) == 2:
		v += 2
	case surnameRank[sn[0]] < 100:
		v += 2
	case surnameRank[sn[0]] < 300:
		v++
	}
	return v
}

// surnameRank is a one-character surname's place in singleSurnames, the
// most common first.
var surnameRank = func() map[rune]int {
	m := map[rune]int{}
	k := 0
	for _, r := range singleSurnames {
		if _, ok := m[r]; !ok {
			m[r] = k
		}
		k++
	}
	return m
}()

// A seating chart (heldout18's 北京 网络): a row of seat numbers, the names
// of the students in those seats run together under it, their scores
// under the names, a row of seats after another; an empty seat marked
// "（空）".
//
//	B-01 B-02 B-03 B-04 B-05 B-06
//	马嘉怡张泽楷孟勇王彰大关欣然孟子涵
//	83 68 72 87 74 71

// seatCodeRe: a seat's number, "B-01", "A12", "03".
var seatCodeRe = regexp.MustCompile(`^[A-Za-z]{0,2}[-－]?\d{1,3}$`)

// emptySeatRe: an empty seat in a row of names, its brackets perhaps lost.
var emptySeatRe = regexp.MustCompile(`[（(]\s*空\s*[)）]?|空\s*[)）]`)

// seatBlock reads the row of seats at lines[i], if it is one, with its
// names and scores.
func seatBlock(lines []string, i int) (rs []Record, last int, ok bool) {
	codes := strings.Fields(strings.Trim(lines[i], "|｜ "))
	if len(codes) < 3 || i+1 >= len(lines) {
		return nil, 0, false
	}
	for _, c := range codes {
		if !seatCodeRe.MatchString(strings.Trim(c, "|｜")) {
			return nil, 0, false
		}
	}
	row := lines[i+1]
	if strings.ContainsAny(row, "0123456789") || utf8.RuneCountInString(hanOnly(row)) < 4 {
		return nil, 0, false
	}
	empty := len(emptySeatRe.FindAllString(row, -1))
	n := len(codes) - empty
	students := splitNameRun(emptySeatRe.ReplaceAllString(row, " "), n)
	if students == nil || !namesLike(students) {
		return nil, 0, false
	}
	last = i + 1
	var scores []string
	if i+2 < len(lines) && !strings.ContainsFunc(lines[i+2], isHan) || i+2 < len(lines) && len(numGroupRe.FindAllString(lines[i+2], -1)) >= 2 && !seatRow(lines[i+2]) {
		scores = numGroupRe.FindAllString(lines[i+2], -1)
		last = i + 2
	}
	for k, name := range students {
		r := Record{Name: name, Matched: name, Unsure: !Valid(name), Line: -1, HeadLines: [2]int{i, last}}
		r.Excerpt = name
		if len(scores) == n {
			v, _ := strconv.ParseFloat(scores[k], 64)
			r.Scores = []Score{{Column: "成绩", Value: v}}
			r.Excerpt += " " + scores[k]
		} else {
			r.Short = true // a score OCR lost: none can be put under its name
		}
		rs = append(rs, r)
	}
	return rs, last, true
}

// seatRow reports whether line is a row of seat numbers.
func seatRow(line string) bool {
	codes := strings.Fields(strings.Trim(line, "|｜ "))
	if len(codes) < 3 {
		return false
	}
	for _, c := range codes {
		if !seatCodeRe.MatchString(c) {
			return false
		}
	}
	return true
}

// namesLike reports whether the pieces of a names row are names: half of
// them valid or more, and none a heading ("姓名 过程考核 终结考核 总分", a
// register's header, its maxima on the line below, over rows of a name
// and scores, is no transposed block).
func namesLike(ps []string) bool {
	valid := 0
	for _, p := range ps {
		if Valid(p) {
			valid++
		}
		if totalRe.MatchString(p) || strings.ContainsAny(p, "分考评") || strings.Contains(p, "成绩") {
			return false
		}
	}
	return 2*valid >= len(ps)
}
