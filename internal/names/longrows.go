package names

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A register may give each student two rows or more, one per part of the
// assessment ("理论考试 82 30% 24.6" and "实操考核 75 70% 52.5" under
// 考核项目 成绩 权重 折合分), the student's serial, 学号, name and total in
// cells merged over them. Printed, the merged cells stand between the
// part rows (or on the first), so the student's line holds the name and
// the total only, and the part rows hold a label and numbers, no name.
// The part labels repeat on every student: that, not the header (OCR
// garbles 考核项目 to "考核项上"), is what shows the layout.

// partRow is a line of a part of a student's assessment.
type partRow struct {
	page, line int
	label      string // the label as read ("理论考", OCR's "理论考试")
	nums       []float64
	percent    bool // a weight in percent among the numbers ("30%")
}

// partLeadRe is a part row's start: junk OCR read of the table's rules
// ("|", "。", "、", "_") before a label of Han characters, and numbers
// after it.
var partLeadRe = regexp.MustCompile(`^[^\p{Han}\d]*(?:\d\s*[|｜]\s*)?(\p{Han}{2,8})[^\p{Han}\d]*(.*)$`)

// partLabels returns the labels that open three lines or more of the
// pages each, lines of numbers without a student number or a name: the
// parts of a register with a row per part. Such lines must stand beside
// most students' lines, else they are something else (a group's average
// row, "本组平均", five times in a register of forty): none then.
func partLabels(pages []string) []string {
	count := map[string]int{}
	for _, text := range pages {
		for _, line := range strings.Split(normLine(text), "\n") {
			if p, ok := partOf(line, nil); ok && len(p.nums) > 0 {
				count[p.label]++
			}
		}
	}
	var labels []string
	lines := 0
	for l, n := range count {
		if n >= 3 {
			labels = append(labels, l)
			lines += n
		}
	}
	// Two labels at least; one alone where the student's first part
	// stands on the student's own line ("1 刘心怡 理论考试 82 30% 24.6 77.1"
	// over "实操考核 75 70% 52.5").
	students := studentLines(pages)
	if len(labels) == 0 || len(labels) == 1 && 5*lines < 3*students || 2*lines < students {
		return nil
	}
	slices.Sort(labels)
	return labels
}

// studentLines counts the lines that open with a serial number and a
// name, or hold a student number: a register's rows.
func studentLines(pages []string) int {
	n := 0
	for _, text := range pages {
		for _, line := range strings.Split(normLine(text), "\n") {
			if len(StudentIDs(line)) > 0 || serialName(line) {
				n++
			}
		}
	}
	return n
}

// serialName reports whether line opens with a serial number and a name.
func serialName(line string) bool {
	_, rest, ok := CutLeadingNumber(line)
	if !ok {
		return false
	}
	us := units(strings.TrimSpace(rest))
	return len(us) > 0 && Valid(us[0])
}

// partOf reads line as a part row when its label is one of labels, or
// what OCR left of one (a character lost, "理论考" or "论考", or one
// glued on, "实操考核亏"); any label when labels is nil.
func partOf(line string, labels []string) (partRow, bool) {
	m := partLeadRe.FindStringSubmatch(line)
	if m == nil || len(StudentIDs(line)) > 0 {
		return partRow{}, false
	}
	label, rest := m[1], m[2]
	known := labels == nil || slices.ContainsFunc(labels, func(l string) bool {
		extra := utf8.RuneCountInString(label) - utf8.RuneCountInString(l)
		// A character OCR made of the rule before the label ("本过程"),
		// or of a number after it ("过程了忆14 28", heldout116's 丰城
		// 新能源: 7 7 garbled).
		return l == label || utf8.RuneCountInString(label) >= 2 && strings.Contains(l, label) ||
			strings.HasPrefix(label, l) && extra <= 2 || strings.HasSuffix(label, l) && extra == 1
	})
	if !known {
		return partRow{}, false
	}
	p := partRow{label: label, percent: strings.ContainsAny(rest, "%％")}
	// The rest as read, Han characters included ("亏70% 50.4"): a cell OCR
	// garbled is no number, and the row holds fewer numbers than its peers.
	if strings.IndexFunc(rest, isHan) >= 0 {
		return p, true
	}
	for _, g := range numGroupRe.FindAllString(rest, -1) {
		v, _ := strconv.ParseFloat(g, 64)
		p.nums = append(p.nums, v)
	}
	return p, true
}

// value is what the part adds to the student's total: its weighted score
// when the row gives score, weight (in percent or a fraction) and weighted
// score (checked: a row whose product is not its weighted score was
// misread, "90 70% 630"), the weighted score of score and weight, or the
// score alone.
func (p partRow) value(width int) (float64, bool) {
	if len(p.nums) != width {
		return 0, false
	}
	switch {
	case width == 1 && !p.percent:
		return p.nums[0], true
	case width == 2 && p.percent:
		return p.nums[0] * p.nums[1] / 100, true
	case width == 3 && p.percent:
		if math.Abs(p.nums[0]*p.nums[1]/100-p.nums[2]) > 0.051 {
			return 0, false
		}
		return p.nums[2], true
	case width == 3 && p.nums[1] > 0 && p.nums[1] < 1:
		// The weight a fraction (a spreadsheet's 0.3).
		if math.Abs(p.nums[0]*p.nums[1]-p.nums[2]) > 0.051 {
			return 0, false
		}
		return p.nums[2], true
	case width >= 3 && !p.percent && addsUpLast(p.nums):
		// The part's items and their 小计 ("过程 8 7 14 29" over the
		// student's line, "结果 18 16 14 48" under it, heldout116's 丰城
		// 新能源): the 小计, where the items make it (else a number was
		// misread, or the 小计 is wrong: nothing is read of the row).
		return p.nums[width-1], true
	}
	return 0, false
}

// joinParts gives each record of a register with a row per part its part
// rows (each row goes to the record nearest it on its page, the one above
// on a tie: parts under the student's first row) and, where the rows
// agree on their shape, its scores and total: a part's weighted score (or
// score) each, the number the student's own line holds as the total. The
// total is checked (SumChecked) when nearly every complete record's parts
// add up to it. A record whose parts were not all read, or read in another
// shape, is Short: none of its numbers is checked.
func joinParts(rs []Record, parts []partRow) {
	if len(parts) == 0 || len(rs) == 0 {
		return
	}
	owned := make([][]partRow, len(rs))
	totals := make([]*float64, len(rs))
	for i, r := range rs {
		// The student's first part on the student's own line, after the
		// name, the total last ("1 2343043501 刘心怡 理论考试 82 30% 24.6 77.1").
		rest := afterName(r)
		// Its label need not be known: it opens no line of its own.
		if p, ok := partOf(rest, nil); ok && len(p.nums) >= 2 {
			t := p.nums[len(p.nums)-1]
			p.nums = p.nums[:len(p.nums)-1]
			p.page, p.line = r.Page, r.Line
			owned[i], totals[i] = append(owned[i], p), &t
		} else if t, ok := recordTotal(rest); ok {
			totals[i] = &t
		}
	}
	for _, p := range parts {
		best, dist := -1, 4 // no further than three lines away
		for i, r := range rs {
			if r.Page != p.page {
				continue
			}
			d := p.line - r.Line
			if d < 0 {
				d = -d
			}
			if d < dist || d == dist && r.Line < p.line {
				best, dist = i, d
			}
		}
		if best >= 0 {
			owned[best] = append(owned[best], p)
		}
	}
	// The shape most rows show: how many parts a student, how many numbers
	// a part.
	perRecord, width := map[int]int{}, map[int]int{}
	for i := range rs {
		perRecord[len(owned[i])]++
		for _, p := range owned[i] {
			width[len(p.nums)]++
		}
	}
	k, w := mode(perRecord), mode(width)
	type sum struct{ parts, total float64 }
	complete := map[int]sum{}
	for i := range rs {
		r := &rs[i]
		r.Scores, r.Total, r.SumChecked, r.weights, r.last = nil, nil, false, nil, nil
		r.Short = true
		for _, p := range owned[i] {
			if p.line != r.Line {
				r.Parts = append(r.Parts, p.line)
			}
		}
		if len(owned[i]) != k || k < 2 || totals[i] == nil || *totals[i] > 100 {
			continue // a total a lost decimal point made too big ("774" for 77.4)
		}
		total := *totals[i]
		var scores []Score
		for _, p := range owned[i] {
			v, ok := p.value(w)
			if !ok {
				scores = nil
				break
			}
			scores = append(scores, Score{Column: p.label, Value: v})
		}
		if scores == nil {
			continue
		}
		r.Scores, r.Total, r.Short = scores, &Score{Column: "总评", Value: total}, false
		complete[i] = sum{scoreSum(scores), total}
	}
	adds := 0
	for _, s := range complete {
		if math.Abs(s.parts-s.total) <= 0.11 {
			adds++
		}
	}
	if adds < 3 || 5*adds < 4*len(complete) {
		return // the total is something else: an average, a grade's points
	}
	for i := range complete {
		rs[i].SumChecked = true
	}
}

// afterName is what a record's line holds after the name.
func afterName(r Record) string {
	ex := r.Excerpt
	if r.Name != "" {
		if k := strings.Index(ex, r.Name); k >= 0 {
			return ex[k+len(r.Name):]
		}
	}
	if id := StudentIDs(ex); len(id) > 0 {
		return ex[strings.Index(ex, id[0])+len(id[0]):]
	}
	return ex
}

// recordTotal returns the one number the rest of a student's own line
// holds, the total; none when it holds Han characters (a cell OCR
// garbled) or more numbers.
func recordTotal(rest string) (float64, bool) {
	g := numGroupRe.FindAllString(rest, -1)
	if len(g) != 1 || strings.IndexFunc(rest, isHan) >= 0 {
		return 0, false
	}
	v, _ := strconv.ParseFloat(g[0], 64)
	return v, true
}

// mode returns the key counted most (the smallest on a tie); 0 if none.
func mode(count map[int]int) int {
	best, n := 0, 0
	for k, c := range count {
		if c > n || c == n && k < best {
			best, n = k, c
		}
	}
	return best
}
