package names

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// statedCeiling reads the rows of a register whose header states its
// maxima where no column can be matched to them: merged cells over three
// header lines, a heading's words on one line and its maximum on another
// ("活动三 / 成型与烤制 / 实操(满分60)" beside "理论测验 / (满分40)", and two
// columns graded in words between). Where the rows agree on their shape,
// as many numbers as the header states maxima and one more, the last the
// sum of the others in most rows, the numbers are the scores and the
// total: the total is checked, and a score above every maximum the header
// states is above its own, whichever column it stands in. Most rows, not
// nearly all: a column that is no total adds up by chance in a row or two,
// while on a scan under a coffee ring OCR drops a digit in a row of three
// (heldout26's 海东, 17 of 25 adding up); the rows that do not add up are
// OCR's misreadings or wrong totals, which Check tells apart by the digits'
// confidence.
func statedCeiling(rs []Record, pages []string) {
	for t, idx := range byTable(rs) {
		if t.page < 1 || t.page > len(pages) || slices.ContainsFunc(idx, func(i int) bool { return len(rs[i].Scores) > 0 || rs[i].Total != nil || rs[i].Parts != nil }) {
			continue // the columns were read
		}
		first := -1
		for _, i := range idx {
			if rs[i].Page == t.page && (first < 0 || rs[i].Line < first) {
				first = rs[i].Line
			}
		}
		lines := strings.Split(normLine(pages[t.page-1]), "\n")
		if first < 0 || first > len(lines) {
			continue
		}
		head := lines[max(0, t.lines[0]-3):first]
		maxima, oneLine := headerMaxima(head)
		k := len(maxima)
		if k < 2 {
			continue
		}
		heads := legendOverHeader(head, maxima)
		rows := map[int][]float64{}
		sums := 0
		for _, i := range idx {
			nums, ok := plainNumbers(afterName(rs[i]))
			if !ok || len(nums) != k+1 {
				continue
			}
			rows[i] = nums
			if math.Abs(weightedSum(nums[:k], nil)-nums[k]) < 0.01 {
				sums++
			}
		}
		if len(rows) < 3 || 2*sums <= len(rows) || 2*len(rows) < len(idx) {
			continue
		}
		ceiling := slices.Max(maxima)
		sum100 := math.Abs(weightedSum(maxima, nil)-100) < 0.01
		for i, nums := range rows {
			r := &rs[i]
			r.Scores = nil
			for j, v := range nums[:k] {
				s := Score{Column: placeHead(j+1) + "得分", Value: v}
				if oneLine {
					// The maxima on one line of their own, one a
					// column: each stands over its column.
					s.Max = maxima[j]
				}
				if heads != nil {
					// Named in a legend in the header's order.
					s.Column, s.Max = heads[j], maxima[j]
				}
				r.Scores = append(r.Scores, s)
			}
			r.Total = &Score{Column: "总分", Value: nums[k]}
			r.SumChecked, r.ceiling, r.ceilingSum = true, ceiling, sum100
			r.last, r.lastLost = nil, false // read: inferTotals has no column to guess
		}
	}
}

// byTable groups the records by their table: the indexes of each table's
// rows.
func byTable(rs []Record) map[tableKey][]int {
	tables := map[tableKey][]int{}
	for i := range rs {
		tables[rs[i].table()] = append(tables[rs[i].table()], i)
	}
	return tables
}

// legendOverHeader returns the headings of a legend line above a header
// that names each score with its maximum, in the order the maxima were
// read ("评分项目及分值:安全防护(15分)、故障诊断(35分)、绝缘检测(20分)…",
// heldout153's 涉县 新能源, over a header OCR ran together, "序号台架学号姓名
// 安全防护故障诊断绝缘检测排除与验证6S管理。总分"), when a later line holds
// every one of them in that order: the columns. Nil otherwise.
func legendOverHeader(lines []string, maxima []float64) []string {
	for i, line := range lines {
		heads, ms := bracketedHeads(line) // the legend's caption ("评分项目及分值:") left out
		if len(heads) != len(maxima) {
			continue
		}
		if !slices.Equal(ms, maxima) || slices.ContainsFunc(heads, func(h string) bool { return utf8.RuneCountInString(h) < 2 }) {
			return nil
		}
		for _, below := range lines[i+1:] {
			flat, at := noSpace(below), 0
			for _, h := range heads {
				j := strings.Index(flat[at:], h)
				if j < 0 {
					at = -1
					break
				}
				at += j + len(h)
			}
			if at >= 0 {
				return heads
			}
		}
		return nil
	}
	return nil
}

// headerMaxima returns the maxima a header's lines state, "(满分40)",
// "实操(满分60)", "(40)", "（60分）", in the order read; one that is the sum
// of the others is the whole's, left out. oneLine is set when the maxima
// kept stand on one line with nothing but a unit beside them ("mmHg (30)
// (20) (30) (20)" under a header of three lines): in their columns' order.
func headerMaxima(lines []string) (out []float64, oneLine bool) {
	var ends []int // where each line's maxima begin in out
	for _, line := range lines {
		ends = append(ends, len(out))
		flat := noSpace(foldBrackets(line))
		if strings.ContainsAny(flat, "%％") {
			return nil, false // weights: the total is no sum
		}
		for _, m := range maxRe.FindAllStringSubmatch(flat, -1) {
			v, _ := strconv.ParseFloat(m[1], 64)
			out = append(out, v)
		}
		for _, m := range bracketMaxRe.FindAllStringSubmatch(maxRe.ReplaceAllString(flat, ""), -1) {
			v, _ := strconv.ParseFloat(m[1], 64)
			out = append(out, v)
		}
	}
	// Groups' maxima on the lines above their parts' ("过程考核（40分）
	// 结果考核（60分）" over "出勤(10) 工单填写(15) …" and "(25) (25)"): the
	// maxima of the first lines add up to the whole the rest make, and are
	// fewer; the parts are the columns.
	from := 0 // where the maxima kept begin
	for _, n := range ends[1:] {
		if n > 0 && n < len(out)-n && math.Abs(weightedSum(out[:n], nil)-weightedSum(out[n:], nil)) < 0.01 {
			out, from = out[n:], n
			break
		}
	}
	for k, n := range ends {
		if n == from && headingTail(lines[k]) && (k+1 == len(ends) || ends[k+1] == from+len(out)) {
			oneLine = true
		}
	}
	// The whole's maximum, stated last (the total's) or first (a caption,
	// "考核内容（满分100分）"): the sum of the others.
	if n := len(out); n >= 3 && math.Abs(weightedSum(out[:n-1], nil)-out[n-1]) < 0.01 {
		out = out[:n-1]
	} else if n >= 3 && math.Abs(weightedSum(out[1:], nil)-out[0]) < 0.01 {
		out, oneLine = out[1:], false // a caption's whole, the rest on lines of their own
	}
	return out, oneLine
}

// codeRe is a cell that codes a place or a thing, never a score: a
// workstation "C-17", "A-03".
var codeRe = regexp.MustCompile(`^[A-Za-z]{1,3}-\d{1,3}$`)

// cellSpecks are the marks OCR reads at a cell's edge for its rule or a
// speck of dirt: a rule, a full stop and specksAround; never a mark OCR
// makes of a digit (a bracket can be a misread 1: "244605042]").
const cellSpecks = "|｜。" + specksAround

// readingRe is a value a student measured, recorded beside the scores:
// a number with its unit ("87%", "36.5℃", "72次/分"), or a blood pressure
// ("141/88", see reading).
var readingRe = regexp.MustCompile(`^\d+(?:\.\d+)?\s*(?:[%％℃]|mmHg|kPa|kg|cm|mm|ml|mL|次/分|次|秒|分钟|min)$`)

// reading reports whether a cell is a measured value (readingRe), or two
// numbers over a slash of which the first is the greater (a blood
// pressure, "141/88"): a score over its maximum ("26/30") is never more.
func reading(f string) bool {
	if readingRe.MatchString(f) {
		return true
	}
	a, b, ok := strings.Cut(f, "/")
	if !ok || !numRe.MatchString(a) || !numRe.MatchString(b) {
		return false
	}
	x, _ := strconv.ParseFloat(a, 64)
	y, _ := strconv.ParseFloat(b, 64)
	return x > y
}

// plainNumbers returns the numbers of a row's text after the name, grade
// words ("优", "良好"), student numbers and measured values skipped; not ok when a cell
// holds digits and something else (a garbled digit, "8o", "17上0."). The
// marks OCR reads for a cell's rule or a speck at its edge (cellSpecks) are
// cut off first: "”2446050402", "。2446050403".
func plainNumbers(rest string) ([]float64, bool) {
	var out []float64
	for _, f := range strings.Fields(rest) {
		f = strings.Trim(f, cellSpecks)
		switch {
		case f == "" || gradeWord(f) || idRe.MatchString(f) || codeRe.MatchString(f) || reading(f):
		case numRe.MatchString(f) && len(f) < 6:
			v, _ := strconv.ParseFloat(f, 64)
			out = append(out, v)
		case strings.ContainsAny(f, "0123456789"):
			return nil, false
		}
	}
	return out, true
}
