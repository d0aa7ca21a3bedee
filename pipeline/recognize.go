package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"classaudit/models"
)

// Recognize says what role a file plays from its name. name is the file's
// path relative to its submission ('/' or '\' separators); the base name
// decides, the folders only count for videos (a folder named 课堂实录) and as
// a fallback for items (a folder named after an item, "8.工作页/扫描1.pdf").
//
// The rules, first match wins:
//  1. 申报书 in the name → the form (附件2 申报书.docx is the form, not item 2);
//     so is a name that opens with 附件2 and names no item ("附件2（三维数字
//     文物建模）.docx": the notice's own name for the form).
//  2. 汇总表 → the school's summary table.
//  3. 花名册 or 名单 (or 名册, 通讯录, 学生信息: a class list by another
//     name, "汽修2302班通讯录（钉钉导出）.pdf") → the roster, unless the
//     name also carries an item's name ("10.学习任务考核记录（全班名单）.pdf"
//     is item 10): a keyword that merely describes the content must not
//     hide an item.
//  4. a video extension, a folder named …课堂实录…, or item 13 by number or
//     name → the video item 13.
//  5. items 1–12, by leading number or by name (see below).
//  6. an enclosing folder whose name carries an item's name → that item.
//  7. anything else → KindOther.
//
// Number versus name: when both are present and disagree, the name wins.
// A name is a deliberate, specific label of the content ("学习任务分析");
// a leading number is a single digit that schools often get wrong (their
// own order, an off-by-one, a sub-numbering such as "3-2"). When the name
// matches several items, the one that agrees with the number wins, then
// the longest name (学习任务考核记录 beats 考核方案's shorter cousins).
//
// Items are recognised whatever the file's format: "8.工作页.docx" is item 8,
// so that the extractor reports it as not a PDF and the item is not
// reported missing as well as unrecognised.
func Recognize(name string) (kind models.FileKind, item int) {
	name = strings.ReplaceAll(name, `\`, "/")
	var parts []string
	for _, p := range strings.Split(name, "/") {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return models.KindOther, 0
	}
	base, dirs := parts[len(parts)-1], parts[:len(parts)-1]
	stem, ext := splitExt(base)
	norm := normalizeName(stem)
	compact := stripSpaces(norm)

	if strings.Contains(compact, "申报书") || formAnnex(compact) {
		return models.KindForm, 0
	}
	if strings.Contains(compact, "汇总表") {
		return models.KindSummary, 0
	}
	num := leadingNumber(norm)
	byName := itemByName(compact, num)
	if rosterName(compact) && (byName == 0 || byName == 13) {
		return models.KindRoster, 0
	}
	if videoExts[ext] {
		return models.KindVideo, 13
	}
	for _, d := range dirs {
		if strings.Contains(stripSpaces(normalizeName(d)), videoItemName) {
			return models.KindVideo, 13
		}
	}
	item = byName
	if item == 0 {
		item = num
	}
	switch {
	case item == 13:
		return models.KindVideo, 13
	case item >= 1 && item <= models.ItemCount:
		return models.KindItem, item
	}
	// Folders count by name only: a folder's leading number is as likely a
	// classroom's own numbering ("1.电子商务课堂") as an item's.
	for i := len(dirs) - 1; i >= 0; i-- {
		switch it := itemByName(stripSpaces(normalizeName(dirs[i])), 0); {
		case it == 13:
			return models.KindVideo, 13
		case it >= 1:
			return models.KindItem, it
		}
	}
	return models.KindOther, 0
}

// videoItemName is item 13's name; a folder holding it holds videos.
const videoItemName = "课堂实录"

var videoExts = map[string]bool{
	".mp4": true, ".mov": true, ".avi": true, ".wmv": true, ".flv": true, ".mkv": true,
	".m4v": true, ".mpg": true, ".mpeg": true, ".webm": true, ".3gp": true,
}

// splitExt splits a base name into stem and lower-case extension; only a
// short ASCII suffix counts as an extension ("2025.3.1 会议纪要" has none).
func splitExt(base string) (stem, ext string) {
	i := strings.LastIndexByte(base, '.')
	if i <= 0 || len(base)-i > 6 || len(base)-i < 2 {
		return base, ""
	}
	for _, c := range base[i+1:] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return base, ""
		}
	}
	return base[:i], strings.ToLower(base[i:])
}

// bracketFold maps the bracket kinds used in file names to ASCII parentheses.
var bracketFold = strings.NewReplacer(
	"【", "(", "】", ")", "〔", "(", "〕", ")", "[", "(", "]", ")", "〖", "(", "〗", ")",
	"{", "(", "}", ")", "<", "(", ">", ")", "《", "(", "》", ")",
)

// normalizeName folds full-width forms to half-width (（→(, １→1, ．→.,
// U+3000→space) and unifies brackets.
func normalizeName(s string) string {
	return bracketFold.Replace(width.Fold.String(s))
}

// formAnnex reports whether a compact file name opens with 附件2 (not 附件20)
// and names no item: the notice calls the form 附件2.
func formAnnex(compact string) bool {
	rest, ok := strings.CutPrefix(compact, "附件2")
	if !ok || rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		return false
	}
	return itemByName(compact, 0) == 0
}

func stripSpaces(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// itemAliases lists, per item, the names that identify it in a file name:
// 附件3's full name, the name without its bracketed part, and a few short
// forms schools use. Short forms were chosen so that no item's alias is part
// of another item's name.
var itemAliases = buildAliases(map[int][]string{
	2:  {"任务分析"},
	3:  {"活动策划"},
	4:  {"进度计划", "教学进度表"},
	5:  {"活动方案", "教案"},
	6:  {"资源及清单", "资源清单"},
	7:  {"学习工作站", "工作站图文说明"},
	9:  {"考核方案"},
	10: {"考核记录", "考核成绩"},
	11: {"成果汇编"},
})

type alias struct {
	name string
	item int
	n    int // length in runes
}

func buildAliases(extra map[int][]string) []alias {
	var out []alias
	seen := map[string]bool{}
	add := func(name string, item int) {
		name = stripSpaces(normalizeName(name))
		if name == "" || seen[name] {
			return
		}
		seen[name] = true
		out = append(out, alias{name: name, item: item, n: utf8.RuneCountInString(name)})
	}
	for i := 1; i < len(models.ItemNames); i++ {
		full := models.ItemNames[i]
		add(full, i)
		if j := strings.IndexAny(full, "(（"); j > 0 {
			add(full[:j], i)
		}
		for _, a := range extra[i] {
			add(a, i)
		}
	}
	return out
}

// itemByName returns the item (1–13) whose name appears in the compact,
// normalised name, or 0. Among several matching items, prefer (the leading
// number) wins, then the longest name, then the leftmost.
func itemByName(compact string, prefer int) int {
	best, bestLen, bestPos := 0, 0, 0
	for _, a := range itemAliases {
		pos := strings.Index(compact, a.name)
		if pos < 0 {
			continue
		}
		if prefer != 0 && a.item == prefer {
			return prefer
		}
		if a.n > bestLen || a.n == bestLen && pos < bestPos {
			best, bestLen, bestPos = a.item, a.n, pos
		}
	}
	return best
}

// numberPrefixes may stand before an item's number: "成果1 …", "第8项",
// "No.3". "附件N" is handled apart.
var numberPrefixes = []string{"建设成果", "成果", "材料", "序号", "项目", "第", "No.", "NO.", "no.", "No", "NO", "no"}

// numberSeps may follow an item's number.
const numberSeps = ".、-_ )項项,:;—–·~"

// leadingNumber reads an item number (1–13) at the start of a normalised
// stem: "01.", "1、", "8_", "10 ", "(8)", "附件3-2 ", "第8项", "八、". A
// number followed by another digit after its separator ("1.5", "3-1",
// "2025.3.1") is a version or a date, not an item.
func leadingNumber(s string) int {
	for range 4 {
		t := strings.TrimLeft(s, " \t(")
		for _, p := range numberPrefixes {
			if strings.HasPrefix(t, p) {
				t = strings.TrimLeft(t[len(p):], " ")
				break
			}
		}
		if u, ok := strings.CutPrefix(t, "附"); ok && u != "" && u[0] >= '0' && u[0] <= '9' {
			// "附10 学生考核成绩": the attachment's number is the item's
			// (heldout116's 汝州 files, "附1 课程标准" … "附12 学生课后作业").
			t = u
		}
		if strings.HasPrefix(t, "附件") {
			// "附件3-2 学习任务分析": the item follows the attachment's number.
			u := strings.TrimLeft(t[len("附件"):], " ")
			j := 0
			for j < len(u) && u[j] >= '0' && u[j] <= '9' {
				j++
			}
			if j == 0 {
				_, k := chineseNumeral(u)
				j = k
			}
			if j == 0 {
				return 0
			}
			u = strings.TrimLeft(u[j:], " -_.:、")
			if u == "" || u[0] < '0' || u[0] > '9' {
				return 0
			}
			t = u
		}
		if t == s {
			break
		}
		s = t
	}
	n, rest := 0, ""
	switch j := digitsLen(s); {
	case j > 0:
		if j > 3 {
			return 0
		}
		for _, c := range s[:j] {
			n = n*10 + int(c-'0')
		}
		rest = s[j:]
	default:
		var k int
		n, k = chineseNumeral(s)
		if k == 0 {
			return 0
		}
		rest = s[k:]
		if rest == "" {
			return 0 // a bare "八" is a word, not a number
		}
		if r, _ := utf8.DecodeRuneInString(rest); r != '、' && r != '.' && r != ' ' {
			return 0
		}
	}
	if n < 1 || n > 13 {
		return 0
	}
	if rest == "" {
		return n
	}
	r, size := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune(numberSeps, r) {
		return 0
	}
	after := strings.TrimLeft(rest[size:], " ")
	if after != "" && after[0] >= '0' && after[0] <= '9' {
		return 0
	}
	return n
}

func digitsLen(s string) int {
	j := 0
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	return j
}

// chineseNumeral reads 一…十三 at the start of s; it returns the value and
// the bytes read, or 0, 0.
func chineseNumeral(s string) (int, int) {
	const digits = "一二三四五六七八九"
	val := func(r rune) int {
		if i := strings.IndexRune(digits, r); i >= 0 {
			return i/3 + 1 // each digit is 3 bytes in UTF-8
		}
		return 0
	}
	r1, n1 := utf8.DecodeRuneInString(s)
	switch {
	case r1 == '十':
		r2, n2 := utf8.DecodeRuneInString(s[n1:])
		if v := val(r2); v > 0 && v <= 3 {
			if r3, _ := utf8.DecodeRuneInString(s[n1+n2:]); r3 == '十' || val(r3) > 0 {
				return 0, 0
			}
			return 10 + v, n1 + n2
		}
		if val(r2) > 0 || r2 == '十' {
			return 0, 0
		}
		return 10, n1
	case val(r1) > 0:
		if r2, _ := utf8.DecodeRuneInString(s[n1:]); r2 == '十' || val(r2) > 0 {
			return 0, 0
		}
		return val(r1), n1
	}
	return 0, 0
}

// rosterWords name a class list in a file's name.
var rosterWords = []string{"花名册", "名单", "名册", "通讯录", "学生信息"}

// rosterName reports whether a compacted file name names a class list.
func rosterName(compact string) bool {
	for _, w := range rosterWords {
		if strings.Contains(compact, w) {
			return true
		}
	}
	return false
}
