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
var pairHeadRe = regexp.MustCompile(`(?:分\s*值|满\s*分|配\s*分|标准分|应\s*得\s*分)\s*(?:实\s*)?得\s*分`)

// valueScorePairs rewrites such a table's header as one line, each part
// with its maximum ("序号 学号 姓名 站台除冰(30) 乘降引导(50) 应急广播(20)
// 总分"), and its rows without the maxima ("1 2422043101 金知夏 28 38 18
// 84"); the lines keep their places (the two header lines above the
// sub-header become empty). Lines of any other table are left as they
// are. The maxima are taken where three rows in four that give them give
// the same ones; the other rows are left as they are.
func valueScorePairs(lines []string) []string {
	for i, line := range lines {
		flat := noSpace(line)
		k := len(pairHeadRe.FindAllString(flat, -1))
		if k < 2 || pairHeadRe.ReplaceAllString(flat, "") != "" || i < 2 {
			continue
		}
		heads := strings.Fields(lines[i-2])
		ident := strings.Fields(lines[i-1])
		oneLine := false
		if len(heads) != k || !slices.Contains(ident, "姓名") && !slices.Contains(ident, "学生姓名") {
			// Or one line of headings over the pairs, the parts' between
			// 姓名 and 总分, OCR perhaps running them together ("序号学号姓名
			// 电路识读元件安装…通电调试总分签名" over "应得分实得分" ×5,
			// heldout137's 多伦 机电, scanned).
			var ok bool
			if ident, heads, ok = oneLinePairHead(lines[i-1], k); !ok {
				continue
			}
			oneLine = true
		}
		// The maxima three rows in four give (OCR garbles a maximum as it
		// does a score: such a row is left as read, and goes unread).
		byMax := map[string]map[int][]string{} // maxima → a row's line → its scores
		pairRows := 0
		for j := i + 1; j < len(lines); j++ {
			// Digits and the name apart ("231501270101赵永辉15").
			fs := scoreTokens(strings.Fields(lines[j]))
			at := slices.IndexFunc(fs, startsHan) // the name
			if at < 0 || len(fs)-at-1 < 2*k {
				continue
			}
			nums := fs[at+1:]
			var ms, sc []string
			for p := 0; p < k; p++ {
				ms, sc = append(ms, nums[2*p]), append(sc, nums[2*p+1])
			}
			key := strings.Join(ms, " ")
			if byMax[key] == nil {
				byMax[key] = map[int][]string{}
			}
			byMax[key][j] = slices.Concat(fs[:at+1], sc, nums[2*k:])
			pairRows++
		}
		var maxima []string
		var rows map[int][]string
		for key, rs := range byMax {
			if len(rs) > len(rows) {
				maxima, rows = strings.Fields(key), rs
			}
		}
		if len(rows) < 5 || 4*len(rows) < 3*pairRows || slices.ContainsFunc(maxima, func(m string) bool { return !numRe.MatchString(m) }) {
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
		if oneLine {
			out[i-1], out[i] = "", strings.Join(head, " ")
		} else {
			out[i-2], out[i-1], out[i] = "", "", strings.Join(head, " ")
		}
		for j, r := range rows {
			out[j] = strings.Join(r, " ")
		}
		return out
	}
	return lines
}

// oneLinePairHead cuts a line that gives the identity headings, k parts'
// headings and the total's (see valueScorePairs) into the identity and
// total headings (序号 学号 姓名 … 总分 签名) and the parts': run together,
// k of equal length (four characters each, as a register prints them),
// else named by their place (第1项 …).
func oneLinePairHead(line string, k int) (ident, heads []string, ok bool) {
	flat := noSpace(line)
	n := strings.Index(flat, "姓名")
	if n < 0 {
		return nil, nil, false
	}
	n += len("姓名")
	loc := totalRe.FindStringIndex(flat[n:])
	if loc == nil {
		return nil, nil, false
	}
	parts, tail := flat[n:n+loc[0]], flat[n+loc[0]:]
	for _, w := range []string{"序号", "学号", "姓名"} {
		if strings.Contains(flat[:n], w) {
			ident = append(ident, w)
		}
	}
	ident = append(ident, strings.Fields(tailHeadRe.ReplaceAllString(tail, " $0"))...)
	rs := []rune(parts)
	heads = placeHeads(k)
	if len(rs) >= 2*k && len(rs)%k == 0 {
		w := len(rs) / k
		for p := range heads {
			heads[p] = string(rs[p*w : (p+1)*w])
		}
	}
	return ident, heads, true
}

// tailHeadRe: the headings that may follow the total's, run together
// with it ("总分签名").
var tailHeadRe = regexp.MustCompile(`签名|签字|备注|等级|名次|评语`)
