package names

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// capEntry is one column's maximum as a caption above a table states it.
type capEntry struct {
	head string
	max  float64
}

// captionRe finds a caption that states the columns' maxima instead of
// the headings: "各项满分：平时1～平时4各10分，期中20分，期末40分，总评100分".
// Or the points each carries: "考核项目及配分：电路识图15分，…" (heldout68's
// 林州 机电), or their 分值: "评分项目及分值：茶席布置20分，冲泡技能40分，…"
// (heldout102's 英德 酒店).
var captionRe = regexp.MustCompile(`(?:满|配)\s*分\s*[:：]|分\s*值\s*[:：]`)

// captionPartRe is one part of such a caption: a heading and its maximum,
// or a range of numbered headings that share one ("平时1～平时4各10分",
// OCR: "平时1一平时4各10分"); Latin letters may open a heading ("PLC编程"),
// or a digit and letters ("6S 10分", heldout89's 如皋 数控).
var captionPartRe = regexp.MustCompile(`^(\d[A-Za-z]+\p{Han}*?|[A-Za-z]*\p{Han}+?\d??)(?:(\d+)\s*[~～\-—一至到]\s*\p{Han}*?(\d+)\s*各)?\s*(\d{1,3})\s*分`)

// maxWordTailRe: the word for a maximum after a caption's heading, "满分",
// "满分为", "分值", "配分".
var maxWordTailRe = regexp.MustCompile(`(?:满分|分值|配分)为?$`)

// captionMaxima reads the maxima a caption line states, in its order; nil
// when the line is no such caption or states fewer than two.
func captionMaxima(line string) []capEntry {
	loc := captionRe.FindStringIndex(line)
	if loc == nil {
		return nil
	}
	return maximaParts(line[loc[1]:])
}

// noteRe opens a note under a table: "注：理论30分，实操70分，总分100分。".
// The note may say the maxima come in the columns' order: "注：各项满分依次
// 为仪容仪表10分、…" (heldout70's 阆中 酒店), or be the scoring standard:
// "评分标准:净选20分，洗润与切制30分，…" (heldout74's 禹州 中药).
//
// A note with no label may open with the maxima's own words: "各项满分:吞咽
// 评估20分、进食照护40分、…，合计100分。" (heldout79's 克拉玛依 照护).
//
// The note's first point may be numbered: "注: 1.各项满分:元件安装15分，…"
// (heldout122's 连云港 机电).
//
// Or open with the total's points and 其中: "（总分）100分，其中刀工20分、火候30分、
// …" (heldout93's 潜江 烹饪, its first words lost by OCR).
var noteMaxRe = regexp.MustCompile(`^\W*(?:\D{0,8}?\d{2,3}\s*分\s*[，,：:]?\s*其\s*中\s*[:：]?|(?:注|说明|备注|评分标准|评分细则|评分说明|配分说明)\s*[:：]\s*(?:\d\s*[.、．]\s*)?(?:各(?:评分|考核)?项(?:目)?(?:的)?)?(?:满\s*分|分\s*值|配\s*分)?|各\s*(?:评分|考核)?\s*项\s*(?:目)?\s*(?:的)?\s*(?:满\s*分|分\s*值|配\s*分))\s*(?:依次|分别)?\s*(?:为|是)?\s*[:：]?`)

// noteMaxima reads the maxima a note under a table states as a caption
// would ("注：理论30分，实操70分，总分100分。", heldout11's 烹饪); nil when
// the line is no such note. The headings must still match the table's
// (applyCaption): "注：缺考者按0分计" gives them no maximum.
func noteMaxima(line string) []capEntry {
	loc := noteMaxRe.FindStringIndex(line)
	if loc == nil {
		return nil
	}
	return maximaParts(line[loc[1]:])
}

// legendRe is a coded heading of a legend by a register whose headings are
// codes ("评分项目代号：A—药材性状鉴别（满分25分）；B—真伪优劣辨识（满分20分）
// …", heldout65's 靖西 中药, under the table): the code and its maximum.
var legendRe = regexp.MustCompile(`(?:^|[；;，,。：:\s])([A-Z])\s*[—\-－–=＝:：]\s*\p{Han}[^；;。（(]{0,20}?[（(]\s*满\s*分\s*(\d{1,3})\s*分?\s*[)）]`)

// legendMaxima reads the maxima a page's legend of coded headings states,
// in its order, the legend's lines joined (a part may wrap: "D—饮片调剂" over
// "（满分30分）"); nil when it states fewer than two. The headings must still
// match the table's (applyCaption).
func legendMaxima(text string) []capEntry {
	var out []capEntry
	seen := map[string]bool{}
	for _, m := range legendRe.FindAllStringSubmatch(strings.ReplaceAll(text, "\n", ""), -1) {
		if seen[m[1]] {
			continue
		}
		seen[m[1]] = true
		v, _ := strconv.ParseFloat(m[2], 64)
		out = append(out, capEntry{m[1], v})
	}
	if len(out) < 2 {
		return orderedLegend(text)
	}
	return out
}

// legendPartRe is one coded heading of a legend run together, its code
// perhaps lost or misread and its maximum after its words: "A原料初加工20分",
// "上卫生安全15分" (E read 上).
var legendPartRe = regexp.MustCompile(`([A-Z])?\s*[—\-－–=＝:：]?\s*(\p{Han}{2,12}?)\s*[（(]?\s*(\d{1,3})\s*分`)

// orderedLegend reads a legend of coded headings written without dashes or
// brackets, on one line (heldout73's 平谷 烹饪: "评分项目代号: A原料初加工20分B
// 刀工成形20分“C火候调味25分D成菜装盘20分上卫生安全15分〈满分100分)", its E
// misread): the parts in order are A, B, C…, each part whose code was read
// in its place; the total's 满分 is none. Nil when the line opens with no A,
// a code read stands out of its place, or the parts are fewer than three.
func orderedLegend(text string) []capEntry {
	for _, line := range strings.Split(text, "\n") {
		at := strings.Index(line, "A")
		if at < 0 || !strings.Contains(line[:at], "代号") && !strings.Contains(line[:at], "项目") {
			continue
		}
		var out []capEntry
		ok := true
		for _, m := range legendPartRe.FindAllStringSubmatch(line[at:], -1) {
			if strings.Contains(m[2], "满分") || strings.Contains(m[2], "总分") || strings.Contains(m[2], "合计") {
				continue
			}
			code := string(rune('A' + len(out)))
			if m[1] != "" && m[1] != code {
				ok = false
				break
			}
			v, _ := strconv.ParseFloat(m[3], 64)
			out = append(out, capEntry{code, v})
		}
		if ok && len(out) >= 3 {
			return out
		}
	}
	return nil
}

// pointsRe: a number of points, "15分".
var pointsRe = regexp.MustCompile(`\d\s*分`)

// maximaParts reads "heading N分" parts, in their order; nil when fewer
// than two.
func maximaParts(text string) []capEntry {
	var out []capEntry
	var parts []string
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune("，,、;；。", r) }) {
		if len(pointsRe.FindAllString(part, 3)) >= 2 {
			// Parts set apart by spaces only ("识图15分　安装25分　…",
			// heldout99's 朔州 机电).
			parts = append(parts, strings.Fields(part)...)
			continue
		}
		parts = append(parts, part)
	}
	for _, part := range parts {
		m := captionPartRe.FindStringSubmatch(strings.TrimSpace(part))
		if m == nil {
			continue
		}
		max, _ := strconv.ParseFloat(m[4], 64)
		// "接线工艺满分30分" (heldout120's 济源 机电): the heading is what
		// stands before 满分.
		m[1] = maxWordTailRe.ReplaceAllString(m[1], "")
		if m[2] == "" {
			out = append(out, capEntry{m[1], max})
			continue
		}
		from, _ := strconv.Atoi(m[2])
		to, _ := strconv.Atoi(m[3])
		if to < from || to-from > 20 {
			continue
		}
		for k := from; k <= to; k++ {
			out = append(out, capEntry{m[1] + strconv.Itoa(k), max})
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// headAlike reports whether a heading as read is the caption's heading:
// the same characters, but for ones OCR confuses (期未 for 期末).
func headAlike(read, head string) bool {
	a, b := []rune(read), []rune(head)
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && !Similar(a[i], b[i]) {
			return false
		}
	}
	return true
}

// applyCaption gives a table's columns the maxima its caption states,
// matching headings by name; a cell of headings OCR read glued together
// ("平时1平时2平时3平时4期中期末") is split into the caption's headings
// first. It returns cols unchanged unless two columns or more take a
// maximum.
func applyCaption(cols []column, caption []capEntry) []column {
	if len(caption) < 2 {
		return cols
	}
	var split []column
	for _, c := range cols {
		if c.name || c.num || c.total {
			split = append(split, c)
			continue
		}
		if parts := splitHeads(wordsOnly(c.head), caption); len(parts) >= 2 {
			for _, h := range parts {
				split = append(split, column{head: h})
			}
			continue
		}
		split = append(split, c)
	}
	matched := 0
	for i := range split {
		c := &split[i]
		if c.name || strings.Contains(c.head, "学号") || strings.Contains(c.head, "序号") {
			continue
		}
		for _, e := range caption {
			if headAlike(noSpace(c.head), e.head) {
				c.max, c.num = e.max, true
				matched++
				break
			}
		}
	}
	if matched < 2 {
		return cols
	}
	return split
}

// wordsOnly is a heading without the marks OCR read between headings it
// glued ("净选洗润与切制”干燥质量检查与包装职业素养"): its letters, digits and
// Han characters.
func wordsOnly(h string) string {
	return strings.Map(func(r rune) rune {
		if isHan(r) || unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, h)
}

// splitHeads cuts head into consecutive caption headings, in the caption's
// order; nil if some of it is none.
func splitHeads(head string, caption []capEntry) []string {
	var out []string
	k := 0
	for head != "" {
		found := false
		for ; k < len(caption); k++ {
			n := utf8.RuneCountInString(caption[k].head)
			if r := []rune(head); len(r) >= n && headAlike(string(r[:n]), caption[k].head) {
				out = append(out, string(r[:n]))
				head = string(r[n:])
				k++
				found = true
				break
			}
		}
		if !found {
			return nil
		}
	}
	return out
}

// criteriaLineRe is a line of a table of criteria above a register: the
// heading first, its points last ("项目一 场景构图 构图层次清楚… 30",
// heldout15's 遵义 动画, whose register's headings state no maxima).
var criteriaLineRe = regexp.MustCompile(`^\s*(\p{Han}[\p{Han}\d]{1,7})\s+\S.*?\s(\d{1,3})\s*分?\s*$`)

// criteriaLine reads a heading and its maximum from a criteria line; the
// headings must still match the table's (applyCaption).
func criteriaLine(line string) (capEntry, bool) {
	m := criteriaLineRe.FindStringSubmatch(line)
	if m == nil {
		return capEntry{}, false
	}
	v, _ := strconv.ParseFloat(m[2], 64)
	if v <= 0 || v > 100 {
		return capEntry{}, false
	}
	return capEntry{head: m[1], max: v}, true
}
