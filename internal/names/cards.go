package names

import (
	"regexp"
	"strings"
)

// cardIDRe: a card's 学号 label and its number ("学号。243604310102",
// "学号”243604310105"): group 1 the number.
var cardIDRe = regexp.MustCompile(`学\s*` + idCharOCR + `[^\d\n]{0,4}(\d{6,14})`)

// idCharOCR is 号 of a 学号 label as OCR reads it: itself, or a character of
// like shape ("学虽: 241305290120", heldout120's 宿州 照护 score cards).
const idCharOCR = `[号虽亏弓导兮]`

// cardNameRe: a card's 姓名 label and the name before the card's 学号 label
// ("姓名肖婷”学号", "。姓名黄琳学号"): group 1 the name.
var cardNameRe = regexp.MustCompile(`姓\s*名[^\p{Han}\d]{0,3}([\p{Han}·]{2,6}?)[^\p{Han}\d]{0,3}学\s*` + idCharOCR)

// cardRecords reads an item 10 made of assessment cards, two or more to a
// page, each with its student's 姓名 and 学号 labelled ("个人考核卡No.05 …
// 姓名肖婷 学号243604310105 … 总分73", two cards a row; heldout47's 萍乡
// 轨道 scan): one record a 学号, named by the 姓名 before it where OCR read
// one. The card's scores are not read (Short). ok is false unless every
// page with a card holds two or more, five cards in all, all numbers of
// one length, half of them named so.
func cardRecords(pages []string) ([]Record, bool) {
	var out []Record
	seen := map[string]bool{}
	length := 0
	for pi, p := range pages {
		k := 0
		for i, line := range strings.Split(normLine(p), "\n") {
			names := cardNameRe.FindAllStringSubmatchIndex(line, -1)
			from := 0 // where the card's part of the line begins
			for _, m := range cardIDRe.FindAllStringSubmatchIndex(line, -1) {
				part := strings.TrimSpace(line[from:m[1]])
				from = m[1]
				id := line[m[2]:m[3]]
				switch {
				case length == 0:
					length = len(id)
				case len(id) != length:
					return nil, false
				}
				k++
				if seen[id] {
					continue
				}
				seen[id] = true
				name := ""
				for _, n := range names {
					if n[1] <= m[1] && n[1] >= m[0] {
						name = line[n[2]:n[3]] // the name whose 学号 label this is
					}
				}
				r := Record{Name: name, Matched: name, Unsure: !Valid(name), Short: true, Page: pi + 1, Line: i, Excerpt: part}
				if r.Unsure {
					r.Name, r.Matched = "", ""
				}
				out = append(out, r)
			}
		}
		if k == 1 {
			return nil, false // a sheet a student: read the usual way
		}
	}
	named := 0
	for _, r := range out {
		if r.Name != "" {
			named++
		}
	}
	if len(out) < 5 || 2*named < len(out) {
		// Cards whose 姓名 stands elsewhere (on a line of its own under
		// the 学号, heldout17's 银川 评分卡) are read the usual way.
		return nil, false
	}
	return out, true
}
