package names

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// runningTotals reads the rows of a register that keeps a running total
// (累计) after each score: "评估沟通(20) 累计 口腔清洁(30) 累计 … 总分", a row
// "19 19 22 41 27 68 14 82" (heldout66's 钟祥 照护). Printed, such a
// header's wrapped headings and its one-line 累计 cells come out as three
// lines (the headings, 序号 学号 姓名 累计 累计 累计 总分, the maxima), the
// columns out of order, and no row was read. The rows' numbers say which
// are running totals: a number right after a score that is the sum of
// every score before it. The layout that three rows in four agree on, the
// last number the total and equal to the last running sum, is every row's
// of the table: its scores (the header's headings and maxima, in order,
// where as many are given), its total, checked as the plain sum, and its
// running totals, each checked too (runWrong).
func runningTotals(rs []Record, pages []string) {
	tables := map[tableKey][]int{}
	var order []tableKey
	for i, r := range rs {
		k := r.table()
		if tables[k] == nil {
			order = append(order, k)
		}
		tables[k] = append(tables[k], i)
	}
	for _, k := range order {
		idx := tables[k]
		head := headerText(pages, k)
		runs := strings.Count(noSpace(head), "累计")
		if runs == 0 || len(idx) < 3 {
			continue
		}
		nums := make([][]float64, len(idx))
		votes := map[string]int{}
		for j, i := range idx {
			nums[j] = numbersAfterName(rs[i])
			if l := runLayout(nums[j]); strings.Count(l, "c") == runs || strings.Count(l, "c") == runs-1 {
				votes[l]++
			}
		}
		layout, n := "", 0
		for l, c := range votes {
			if c > n || c == n && l < layout {
				layout, n = l, c
			}
		}
		if layout == "" || 4*n < 3*len(idx) {
			continue
		}
		scores := strings.Count(layout, "s")
		headings, maxima := runningHeadings(head, scores)
		for j, i := range idx {
			r := &rs[i]
			vs := nums[j]
			if len(vs) != len(layout) {
				r.Short = true
				r.Scores, r.Total, r.SumChecked = nil, nil, false
				continue
			}
			r.Scores, r.runWrong = nil, nil
			sum := 0.0
			for p, v := range vs {
				switch layout[p] {
				case 's':
					s := Score{Column: placeHead(len(r.Scores) + 1), Value: v}
					if headings != nil {
						s.Column = headings[len(r.Scores)]
					}
					if maxima != nil {
						s.Max = maxima[len(r.Scores)]
					}
					r.Scores = append(r.Scores, s)
					sum += v
				case 'c':
					if math.Abs(v-sum) > 0.01 {
						r.runWrong = append(r.runWrong, "“"+r.Scores[len(r.Scores)-1].Column+"”后的累计"+fmtNum(v)+"不等于此前各项之和"+fmtNum(sum))
					}
				case 't':
					t := Score{Column: "总分", Value: v}
					if maxima != nil {
						t.Max = weightedSum(maxima, nil)
					}
					r.Total = &t
				}
			}
			r.Short, r.SumChecked = false, true
		}
	}
}

// runLayout gives the shape of a row of a running-total register: "s" a
// score, "c" a running total (right after a score, the sum of every score
// before it), "t" the last number, the total, which must be the sum of
// the scores; "" when the row does not read so (no running total, or the
// total is not the sum: a row with an error takes the layout of the
// others).
func runLayout(vs []float64) string {
	if len(vs) < 4 {
		return ""
	}
	var b strings.Builder
	sum, afterScore := 0.0, false
	for _, v := range vs[:len(vs)-1] {
		if afterScore && sum > 0 && math.Abs(v-sum) < 0.01 {
			b.WriteByte('c')
			afterScore = false
			continue
		}
		b.WriteByte('s')
		sum += v
		afterScore = true
	}
	if math.Abs(vs[len(vs)-1]-sum) > 0.01 || !strings.Contains(b.String(), "c") {
		return ""
	}
	b.WriteByte('t')
	return b.String()
}

// headerText is the text of a table's header lines, of the line above
// them when it holds headings alone (a header of merged cells), and of the
// line under them when it holds bracketed maxima alone.
func headerText(pages []string, k tableKey) string {
	if k.page < 1 || k.page > len(pages) {
		return ""
	}
	lines := joinWrappedRows(strings.Split(normLine(pages[k.page-1]), "\n"))
	from, to := k.lines[0], min(k.lines[1], len(lines)-1)
	if from > 0 && headingsLine(lines[from-1]) {
		from--
	}
	if from < 0 || from > to {
		return ""
	}
	if to+1 < len(lines) && strings.TrimSpace(runningMaxRe.ReplaceAllString(lines[to+1], "")) == "" {
		to++ // the maxima's line under the header, read as none of it
	}
	return strings.Join(lines[from:to+1], "\n")
}

// runningMaxRe is a bracketed maximum in a header: "(20)", "（30分）",
// "(满分20)".
var runningMaxRe = regexp.MustCompile(`[（(]\s*(?:满\s*分\s*[:：]?\s*)?(\d{1,3})\s*分?\s*[)）]`)

// runningHeadings gives a running-total register's score headings and
// maxima from its header's text, in order, each where it names as many as
// the rows hold scores (the maxima may add the total's, the sum of the
// others, last); nil where not.
func runningHeadings(head string, scores int) (headings []string, maxima []float64) {
	for _, m := range runningMaxRe.FindAllStringSubmatch(head, -1) {
		v, _ := strconv.ParseFloat(m[1], 64)
		maxima = append(maxima, v)
	}
	if len(maxima) == scores+1 && math.Abs(weightedSum(maxima[:scores], nil)-maxima[scores]) < 0.01 {
		maxima = maxima[:scores]
	}
	if len(maxima) != scores {
		maxima = nil
	}
	for _, f := range strings.Fields(runningMaxRe.ReplaceAllString(head, " ")) {
		if h := hanOnly(f); h == f && utf8.RuneCountInString(h) >= 2 && !slices.Contains(fixedHeads, h) && h != "累计" && !totalRe.MatchString(h) {
			headings = append(headings, h)
		}
	}
	if len(headings) != scores {
		headings = nil
	}
	return headings, maxima
}

// numbersAfterName gives the numbers of a record's row after its name (the
// 序号 and 学号 before it left out).
func numbersAfterName(r Record) []float64 {
	row := r.Excerpt
	if at := strings.Index(row, r.Name); r.Name != "" && at >= 0 {
		row = row[at+len(r.Name):]
	} else if at := strings.IndexFunc(row, isHan); at >= 0 {
		row = row[at:]
	}
	var vs []float64
	for _, g := range numGroupRe.FindAllString(row, -1) {
		v, _ := strconv.ParseFloat(g, 64)
		vs = append(vs, v)
	}
	return vs
}

// tableClassRe is a class named in a table's title: "一、烹饪2402班（37人）",
// "二、烹饪2401班（合班授课，35人）"; group 1 its number.
var tableClassRe = regexp.MustCompile(`[\p{Han}]{1,8}?(\d{2,6})\s*班`)

// TableClass gives the number of the class a record's table is titled
// with, on the three lines above its header ("二、烹饪2401班（合班授课，35
// 人）" over a note and the header: a register of two classes taught
// together); "" when none of them names one.
func TableClass(r Record, pages []string) string {
	if r.HeadPage < 1 || r.HeadPage > len(pages) {
		return ""
	}
	lines := joinWrappedRows(strings.Split(normLine(pages[r.HeadPage-1]), "\n"))
	for j := r.HeadLines[0] - 1; j >= 0 && j >= r.HeadLines[0]-3 && j < len(lines); j-- {
		if m := tableClassRe.FindStringSubmatch(lines[j]); m != nil {
			return m[1]
		}
	}
	return ""
}
