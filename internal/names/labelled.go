package names

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// Registers written as a list, each student a line of labelled scores:
// "02　2415012702　郝文轩　识图11　安装20　接线34　调试15　安全7　合计87",
// the maxima stated once above the list ("评分项目及满分：识图15分　安装25分
// …", heldout99's 朔州 机电, typed). No header row names the columns: each
// score carries its heading.

// labelledScoreRe is one labelled score of such a line: a heading of one
// to six Han characters (or a digit and letters, "6S"), a colon or none,
// and the score.
var labelledScoreRe = regexp.MustCompile(`(\p{Han}{1,6}|\d[A-Za-z]{1,2})\s*[:：]?\s*(\d{1,3}(?:\.\d+)?)(?:\s*分)?(?:[^\d.]|$)`)

// labelledHeadRe: the line's head (serial, student number, name: group 1)
// before its first labelled score.
var labelledHeadRe = regexp.MustCompile(`^[\s\p{Zs}\p{P}]*(?:\d{1,3}[\s\p{Zs}\p{P}]+)?(?:\d{6,}[\s\p{Zs}\p{P}]*)?([\p{Han}·]{2,6})[\s\p{Zs}]+`)

// labelledRecords reads such a list: five lines or more whose labelled
// scores, three or more, carry the same headings in the same order, a
// name before them. ok is false for anything else.
func labelledRecords(pages []string) ([]Record, bool) {
	type row struct {
		page, line int
		name, text string
		heads      []string
		values     []float64
	}
	var rows []row
	var caption []capEntry
	for pi, p := range pages {
		for i, line := range strings.Split(normLine(p), "\n") {
			line = strings.TrimSpace(line)
			if c := captionMaxima(line); c != nil && caption == nil {
				caption = c
				continue
			}
			h := labelledHeadRe.FindStringSubmatchIndex(line)
			if h == nil {
				continue
			}
			name := line[h[2]:h[3]]
			var heads []string
			var values []float64
			for _, m := range labelledScoreRe.FindAllStringSubmatch(line[h[1]:], -1) {
				v, _ := strconv.ParseFloat(m[2], 64)
				heads, values = append(heads, m[1]), append(values, v)
			}
			if len(heads) < 3 || !Valid(name) {
				continue
			}
			rows = append(rows, row{pi + 1, i, name, line, heads, values})
		}
	}
	if len(rows) < 5 {
		return nil, false
	}
	// The headings most rows carry.
	count := map[string]int{}
	for _, r := range rows {
		count[strings.Join(r.heads, "|")]++
	}
	best, n := "", 0
	for k, c := range count {
		if c > n {
			best, n = k, c
		}
	}
	if n < 5 || 5*n < 4*len(rows) {
		return nil, false
	}
	heads := strings.Split(best, "|")
	total := -1
	if totalRe.MatchString(heads[len(heads)-1]) {
		total = len(heads) - 1
	}
	maxOf := func(h string) float64 {
		for _, e := range caption {
			if headAlike(h, e.head) {
				return e.max
			}
		}
		return 0
	}
	var out []Record
	for _, r := range rows {
		if strings.Join(r.heads, "|") != best {
			out = append(out, Record{Name: r.name, Matched: r.name, Short: true, Page: r.page, Line: r.line, Excerpt: r.text})
			continue
		}
		rec := Record{Name: r.name, Matched: r.name, Page: r.page, Line: r.line, Excerpt: r.text}
		for k, h := range heads {
			if k == total {
				rec.Total = &Score{Column: h, Value: r.values[k], Max: maxOf(h)}
				continue
			}
			rec.Scores = append(rec.Scores, Score{Column: h, Value: r.values[k], Max: maxOf(h)})
		}
		if rec.Total != nil {
			// The total is the parts' sum where the stated maxima say so,
			// or no maxima are stated.
			sum, all := 0.0, true
			for _, s := range rec.Scores {
				sum += s.Max
				all = all && s.Max > 0
			}
			rec.SumChecked = !all || rec.Total.Max == 0 || math.Abs(sum-rec.Total.Max) < 0.01
		}
		out = append(out, rec)
	}
	return out, true
}
