package names

import (
	"regexp"
	"slices"
	"strings"
)

// Registers that print each part's maximum beside its score, in every
// row: the parts' headings on one line, the identity headings and 总分
// merged down on the next, "分值 得分" under each part on the third, and
// rows "1 2422043101 金知夏 30 28 50 38 20 18 84" (heldout103's 蛟河 城轨,
// typed). The maxima are the same in every row.

// pairHeadRe is one "分值 得分" (满分, 配分, 标准分 and 得分, 实得分) pair of such
// a sub-header.
var pairHeadRe = regexp.MustCompile(`(?:分\s*值|满\s*分|配\s*分|标准分)\s*(?:实\s*)?得\s*分`)

// valueScorePairs rewrites such a table's header as one line, each part
// with its maximum ("序号 学号 姓名 站台除冰(30) 乘降引导(50) 应急广播(20)
// 总分"), and its rows without the maxima ("1 2422043101 金知夏 28 38 18
// 84"); the lines keep their places (the two header lines above the
// sub-header become empty). Lines of any other table are left as they
// are. The maxima are taken where every row that gives them gives the
// same ones.
func valueScorePairs(lines []string) []string {
	for i, line := range lines {
		flat := noSpace(line)
		k := len(pairHeadRe.FindAllString(flat, -1))
		if k < 2 || pairHeadRe.ReplaceAllString(flat, "") != "" || i < 2 {
			continue
		}
		heads := strings.Fields(lines[i-2])
		ident := strings.Fields(lines[i-1])
		if len(heads) != k || !slices.Contains(ident, "姓名") && !slices.Contains(ident, "学生姓名") {
			continue
		}
		var maxima []string
		rows := map[int][]string{} // a row's line → its scores
		for j := i + 1; j < len(lines); j++ {
			fs := strings.Fields(lines[j])
			at := slices.IndexFunc(fs, startsHan) // the name
			if at < 0 || len(fs)-at-1 < 2*k {
				continue
			}
			nums := fs[at+1:]
			var ms, sc []string
			for p := 0; p < k; p++ {
				ms, sc = append(ms, nums[2*p]), append(sc, nums[2*p+1])
			}
			if maxima == nil {
				maxima = ms
			} else if !slices.Equal(maxima, ms) {
				return lines
			}
			rows[j] = slices.Concat(fs[:at+1], sc, nums[2*k:])
		}
		if len(rows) < 5 {
			continue
		}
		out := slices.Clone(lines)
		t := slices.IndexFunc(ident, func(f string) bool { return totalRe.MatchString(f) })
		if t < 0 {
			t = len(ident)
		}
		head := slices.Clone(ident[:t])
		for p, h := range heads {
			head = append(head, h+"("+maxima[p]+")")
		}
		head = append(head, ident[t:]...)
		out[i-2], out[i-1], out[i] = "", "", strings.Join(head, " ")
		for j, r := range rows {
			out[j] = strings.Join(r, " ")
		}
		return out
	}
	return lines
}
