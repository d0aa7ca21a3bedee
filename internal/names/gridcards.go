package names

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// gridCardRe is one card's identity on a row of cards: its serial, the
// student's name and the student number (or its last digits): "1 周亦菲
// 2701". Groups 1 to 3.
var gridCardRe = regexp.MustCompile(`(\d{1,3})\s+([\p{Han}·]{2,6})\s+(\d{4,14})`)

// gridBodyRe is the head of one card's table: 项目 满分 得分.
var gridBodyRe = regexp.MustCompile(`(?:考核项目|评分项目|考核内容|项目)\s+(?:满分|分值|配分|标准分)\s+(?:实得分|得分|成绩)`)

// gridCardRecords reads an item 10 made of small score cards set side by
// side, one to four a row (heldout105's 永州 机电, typed: "1 周亦菲 2701 3
// 胡修文 2703 …" over "项目 满分 得分" for each card, then a line per
// heading, "接线工艺 25 23 接线工艺 25 19 …", and "总分 100 84 …"): one
// record a card, its scores under their headings with the maxima the card
// gives, its 总分 the total. ok is false unless five cards or more are read
// so and every card row opened so is read whole.
func gridCardRecords(pages []string) ([]Record, bool) {
	// The pages' lines as one run: a row of cards may begin at a page's
	// foot and go on at the next one's head (heldout105's 永州 机电: the
	// names of cards 20 to 22 on page 1, their tables on page 2), the
	// pages' numbers between.
	type at struct{ page, line int }
	var lines []string
	var where []at
	for pi, p := range pages {
		for i, l := range strings.Split(normLine(p), "\n") {
			if strings.TrimSpace(l) != "" && !pageNumberRe.MatchString(l) {
				lines, where = append(lines, l), append(where, at{pi + 1, i})
			}
		}
	}
	var out []Record
	for i := 0; i < len(lines); i++ {
		ids := gridCardRe.FindAllStringSubmatch(lines[i], -1)
		if len(ids) == 0 || strings.TrimSpace(gridCardRe.ReplaceAllString(lines[i], "")) != "" || i+1 >= len(lines) ||
			len(gridBodyRe.FindAllString(lines[i+1], -1)) != len(ids) {
			continue
		}
		n := len(ids)
		cards := make([]Record, n)
		w := where[i]
		for k, m := range ids {
			cards[k] = Record{Name: m[2], Matched: m[2], Unsure: !Valid(m[2]), Page: w.page, Line: w.line,
				Excerpt: strings.Join(m[1:], " "), HeadPage: w.page, HeadLines: [2]int{w.line, w.line + 1}}
		}
		done := false
		j := i + 2
		for ; j < len(lines) && !done; j++ {
			fs := strings.Fields(lines[j])
			if len(fs) != 3*n {
				return nil, false
			}
			for k := range n {
				head := fs[3*k]
				full, err1 := strconv.ParseFloat(fs[3*k+1], 64)
				v, err2 := strconv.ParseFloat(fs[3*k+2], 64)
				if err1 != nil || err2 != nil || !startsHan(head) {
					return nil, false
				}
				s := Score{Column: head + "(" + fs[3*k+1] + ")", Value: v, Max: full}
				if totalRe.MatchString(head) {
					s.Column = head
					cards[k].Total = &s
					done = true
					continue
				}
				cards[k].Scores = append(cards[k].Scores, s)
			}
		}
		if !done {
			return nil, false
		}
		for k := range cards {
			c := &cards[k]
			if c.Total == nil || len(c.Scores) < 2 {
				return nil, false
			}
			sum := 0.0
			for _, s := range c.Scores {
				sum += s.Max
			}
			c.SumChecked = c.Total.Max == 0 || math.Abs(sum-c.Total.Max) < 0.01
			if c.Unsure {
				c.Name, c.Matched = "", ""
			}
		}
		out = append(out, cards...)
		i = j - 1
	}
	if len(out) < 5 {
		return nil, false
	}
	return out, true
}
