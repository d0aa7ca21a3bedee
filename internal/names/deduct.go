package names

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// A register of points taken off a base: "基础分 扣分 扣分原因 总分 教师签名",
// each row "100 17 工具未归位-5;测量未校零-10;未验电-2 83 薛永刚". The
// score left is the base less the points taken off; the reasons, where
// they state their points, add up to the points taken off.
var (
	// baseHeadRe: the base's heading.
	baseHeadRe = regexp.MustCompile(`基础分|基本分|基准分|标准分`)
	// dedHeadRe: the points taken off, a number (扣分原因 is words).
	dedHeadRe = regexp.MustCompile(`扣分(?:合计|小计|总计|值)?`)
	// reasonHeadRe: the reasons' heading, a column of words; or what a
	// mark rests on ("评价依据": the work marked, heldout141's 霞浦 动画).
	reasonHeadRe = regexp.MustCompile(`原因|说明|明细|事由|依据`)
	// leftHeadRe: what is left, after the points taken off.
	leftHeadRe = regexp.MustCompile(`实得分|最终得分|总分|得分|成绩`)
	// itemRe: a reason's points, "-5", "扣5分" ("一5": OCR's dash).
	itemRe = regexp.MustCompile(`(?:[-－−—一]\s*|扣\s*)(\d{1,2}(?:\.\d)?)\s*分?`)
)

// deductHeads are the places, in reading order, of a deduction register's
// columns: base (-1 if none), points taken off, reasons (-1 if none), and
// what is left, with the headings of the points taken off and of what is
// left.
type deductHeads struct {
	base, ded, reason, left int
	dedHead, leftHead       string
}

// deductionHeader reads a deduction register's header line (as OCR or a
// PDF gives it, headings glued perhaps): the base's heading optional, the
// points taken off, the reasons optional, then what is left.
func deductionHeader(line string) (deductHeads, bool) {
	flat := noSpace(line)
	h := deductHeads{base: -1, ded: -1, reason: -1, left: -1}
	if !strings.Contains(flat, "姓名") {
		return h, false
	}
	// The points taken off: a 扣分 that no reason's heading follows.
	for _, m := range dedHeadRe.FindAllStringIndex(flat, -1) {
		if !reasonHeadRe.MatchString(flat[m[1]:min(len(flat), m[1]+6)]) {
			h.ded, h.dedHead = m[0], flat[m[0]:m[1]]
			break
		}
	}
	if h.ded < 0 {
		return h, false
	}
	if m := baseHeadRe.FindStringIndex(flat); m != nil {
		if m[0] > h.ded {
			return h, false
		}
		h.base = m[0]
	}
	after := flat[h.ded+len(h.dedHead):]
	if m := reasonHeadRe.FindStringIndex(after); m != nil {
		h.reason = h.ded + len(h.dedHead) + m[0]
	}
	m := leftHeadRe.FindStringIndex(after)
	if m == nil {
		return h, false
	}
	h.left, h.leftHead = h.ded+len(h.dedHead)+m[0], after[m[0]:m[1]]
	if h.base < 0 && h.reason < 0 {
		// "扣分 得分" alone: markDeductions' registers (several 扣分
		// columns and their total) read so already.
		return h, false
	}
	return h, true
}

// dedRow is a deduction register's row as read: base (0 if the table has
// none), points taken off, the reasons' points, and what is left. fromItems
// is set where the points taken off were lost and the reasons' sum stands
// for them.
type dedRow struct {
	base, ded, left float64
	items           []float64
	fromItems       bool
}

// readDeductionRow reads the cells after a row's name by the header's
// columns: the numbers before the reasons' cell, the reasons, the numbers
// after it; a signature or a remark at the end is dropped. A row whose
// points taken off OCR lost ("100网|记录不完整-8;工具未归位-5;未验电-8 89")
// takes the reasons' sum for them.
func readDeductionRow(after string, h deductHeads) (dedRow, bool) {
	toks := scoreTokens(strings.Fields(after))
	for len(toks) > 0 && !strings.ContainsAny(toks[0], "0123456789") {
		toks = toks[1:] // specks, a 学号 label's leftovers
	}
	for len(toks) > 0 && idRe.MatchString(strings.Trim(toks[0], specksAround)) {
		toks = toks[1:] // the 学号 after the name
	}
	for len(toks) > 0 && !strings.ContainsAny(toks[len(toks)-1], "0123456789") {
		toks = toks[:len(toks)-1] // the signature
	}
	num := func(t string) (float64, bool) {
		t = strings.Trim(t, specksAround+"。.")
		if !numRe.MatchString(t) || len(t) > 5 {
			return 0, false
		}
		v, err := strconv.ParseFloat(t, 64)
		return v, err == nil
	}
	// The reasons between the points taken off and the score left: the
	// numbers before them (base, points) and after them (score left).
	// Else every number stands before the reasons, if any.
	between := h.reason >= 0 && h.reason < h.left
	before, afterReason := 1, 1
	if h.base >= 0 {
		before = 2
	}
	if !between {
		before, afterReason = before+1, 0
	}
	var lead []float64
	i := 0
	for ; i < len(toks) && len(lead) < before; i++ {
		v, ok := num(toks[i])
		if !ok {
			break
		}
		lead = append(lead, v)
	}
	j := len(toks)
	var tail []float64
	for j > i && len(tail) < afterReason {
		v, ok := num(toks[j-1])
		if !ok || strings.HasPrefix(toks[j-1], "-") {
			break
		}
		tail = append([]float64{v}, tail...)
		j--
	}
	if len(tail) < afterReason {
		return dedRow{}, false
	}
	middle := strings.Join(toks[i:j], " ")
	var r dedRow
	for _, m := range itemRe.FindAllStringSubmatch(middle, -1) {
		v, _ := strconv.ParseFloat(m[1], 64)
		r.items = append(r.items, v)
	}
	if !between {
		if len(lead) != before || h.reason < 0 && middle != "" {
			return dedRow{}, false
		}
		tail, lead = lead[len(lead)-1:], lead[:len(lead)-1]
		before--
	}
	switch {
	case len(lead) == before:
	case len(lead) == before-1 && len(r.items) > 0 && between:
		// The points taken off lost, a garbled cell before the reasons:
		// the reasons' points stand for them.
		lead = append(lead, weightedSum(r.items, nil))
		r.fromItems = true
	default:
		return dedRow{}, false
	}
	if h.base >= 0 {
		r.base = lead[0]
	}
	r.ded, r.left = lead[len(lead)-1], tail[0]
	return r, true
}

// reasonDeductions reads the rows of deduction registers (deductionHeader)
// the column reading could not: each row's score left, checked against its
// base less the points taken off, and the points taken off against the
// reasons' points where the table's rows show that they add up (four rows
// in five that state both, three at least).
func reasonDeductions(rs []Record, pages []string) {
	for t, idx := range byTable(rs) {
		if t.page < 1 || t.page > len(pages) {
			continue
		}
		lines := strings.Split(normLine(pages[t.page-1]), "\n")
		if t.lines[0] < 0 || t.lines[1] >= len(lines) {
			continue
		}
		h, ok := deductionHeader(strings.Join(lines[t.lines[0]:t.lines[1]+1], " "))
		if !ok {
			continue
		}
		rows := map[int]dedRow{}
		both, agree := 0, 0
		for _, i := range idx {
			d, ok := readDeductionRow(afterName(rs[i]), h)
			if !ok {
				continue
			}
			rows[i] = d
			if len(d.items) > 0 && !d.fromItems {
				both++
				if math.Abs(weightedSum(d.items, nil)-d.ded) < 0.01 {
					agree++
				}
			}
		}
		itemsAdd := both >= 3 && 5*agree >= 4*both
		for _, i := range idx {
			r := &rs[i]
			d, ok := rows[i]
			if !ok {
				// A row of the register not read so: its numbers are
				// no scores under the generic headings.
				r.Scores, r.Total, r.Net, r.SumChecked, r.Short = nil, nil, nil, false, true
				continue
			}
			if d.fromItems && !itemsAdd {
				r.Scores, r.Total, r.Net, r.SumChecked, r.Short = nil, nil, nil, false, true
				continue
			}
			r.Scores, r.SumChecked = nil, false
			if itemsAdd && !d.fromItems && len(d.items) > 0 {
				for _, v := range d.items {
					r.Scores = append(r.Scores, Score{Column: "扣分原因", Value: v})
				}
				r.SumChecked = true
			}
			r.Total = &Score{Column: h.dedHead, Value: d.ded}
			r.Net = &Score{Column: h.leftHead, Value: d.left}
			r.base, r.deduct, r.dedFromItems, r.Short = d.base, true, d.fromItems, false
			r.last, r.lastLost, r.weights, r.ceiling = nil, false, nil, 0
		}
	}
}
