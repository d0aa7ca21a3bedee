package copydetect

import (
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"classaudit/internal/textnorm"
)

// noticeText is the official notice with its attachments (附件1–4: the list
// of majors, the application form, the list of items, the summary table).
// Text that stands in it is the official wording every school fills in.
//
//go:embed reference/notice.txt
var noticeText string

// builtinPhrases are template by nature even where the notice does not spell
// them out in one run: item names, the six steps, form labels.
var builtinPhrases = []string{
	"课程标准校本转化 学习任务分析 教学活动策划 教学进度计划 教学活动方案 学习任务资源及清单 工学一体化学习工作站图文说明 工作页 学习任务考核方案 学习任务考核记录 学习成果汇编 课后作业 课堂实录",
	"获取信息 制定计划 做出决策 实施计划 过程控制 评价反馈",
	"获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈",
	"明确任务 获取信息 制定计划 做出决策 实施计划 检查控制 评价反馈",
	"课堂负责人 负责人所在单位 专业名称 专业编码 授课课程名称 总学时 授课学习任务名称 学时 培养层级 授课年级 授课班级 班级人数 授课实训室或学习工作站名称 工位数 主要教材",
	"姓名 性别 出生年月 职称 职务 是否获得一体化教师培训证书 学号 班级 日期 成绩 得分 评分 总分 教师签名 学生签名",
}

// Reference holds texts whose passages are never reported as copies: the
// notice built in, plus what the operator supplies.
type Reference struct {
	texts [][]rune
	names []string
	// phrases are the short lines of the reference texts (labels, headings,
	// catalogue names, table cells): text interleaved with short values in
	// filled-in forms, so whole k-grams of it rarely recur. A k-gram that is
	// mostly phrase text is template.
	phrases [][]rune
}

// Phrase lengths, in normalised runes: shorter ones are ordinary words.
const (
	minPhrase = 3
	maxPhrase = 40
)

// NewReference returns a reference holding the built-in texts (the notice
// with its attachments, the item names, the six steps and the form labels).
func NewReference() *Reference {
	r := &Reference{}
	r.AddText("notice", noticeText)
	for i, p := range builtinPhrases {
		r.AddText("builtin-"+string(rune('a'+i)), p)
		for _, f := range strings.FieldsFunc(p, func(r rune) bool { return r == ' ' || r == '、' }) {
			r.addPhrase(f)
		}
	}
	return r
}

// AddText adds one reference text under a name (used only in reports).
func (r *Reference) AddText(name, text string) {
	rs := []rune(textnorm.String(text))
	if len(rs) == 0 {
		return
	}
	r.texts = append(r.texts, rs)
	r.names = append(r.names, name)
	for _, line := range strings.Split(text, "\n") {
		r.addPhrase(line)
	}
}

// addPhrase keeps a line as a phrase when it is short and holds a Han
// character (codes and dates alone are too weak to mark).
func (r *Reference) addPhrase(line string) {
	rs := []rune(textnorm.String(line))
	if len(rs) < minPhrase || len(rs) > maxPhrase {
		return
	}
	for _, c := range rs {
		if isHan(c) {
			r.phrases = append(r.phrases, rs)
			return
		}
	}
}

// phraseIndex finds reference phrases in a text.
type phraseIndex map[uint64][][]rune

func phraseKey(rs []rune) uint64 {
	return uint64(rs[0])<<42 | uint64(rs[1])<<21 | uint64(rs[2])
}

// phraseIndex indexes the phrases by their first three runes.
func (r *Reference) phraseIndex() phraseIndex {
	if r == nil || len(r.phrases) == 0 {
		return nil
	}
	idx := phraseIndex{}
	seen := map[string]bool{}
	for _, p := range r.phrases {
		if seen[string(p)] {
			continue
		}
		seen[string(p)] = true
		k := phraseKey(p)
		idx[k] = append(idx[k], p)
	}
	return idx
}

// marks returns prefix sums of the runes of text covered by a phrase:
// out[i] counts covered runes in text[:i]. Nil when there are no phrases.
func (idx phraseIndex) marks(text []rune) []int32 {
	if len(idx) == 0 {
		return nil
	}
	covered := make([]bool, len(text))
	any := false
	for i := 0; i+minPhrase <= len(text); i++ {
		for _, p := range idx[phraseKey(text[i:])] {
			if i+len(p) <= len(text) && slices.Equal(text[i:i+len(p)], p) {
				for j := i; j < i+len(p); j++ {
					covered[j] = true
				}
				any = true
			}
		}
	}
	if !any {
		return nil
	}
	out := make([]int32, len(text)+1)
	for i, c := range covered {
		out[i+1] = out[i]
		if c {
			out[i+1]++
		}
	}
	return out
}

// Names lists the reference texts held, in the order added.
func (r *Reference) Names() []string {
	if r == nil {
		return nil
	}
	return append([]string(nil), r.names...)
}

// Chars is the total normalised length of the reference texts.
func (r *Reference) Chars() int {
	if r == nil {
		return 0
	}
	n := 0
	for _, t := range r.texts {
		n += len(t)
	}
	return n
}

// TextReader returns the text of one reference file.
type TextReader func(path string) (string, error)

// LoadDir adds every reference file under dir (recursively): .txt files
// (UTF-8), and files whose lower-case extension (".pdf", ".docx") has a
// reader in more (the extractors read them; this package reads no format). Files that cannot be
// read are returned as errors, one per file; the rest are still added.
func (r *Reference) LoadDir(dir string, more map[string]TextReader) []error {
	var errs []error
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		if d.IsDir() {
			return nil
		}
		ext := strings.ToLower(filepath.Ext(p))
		if ext == ".txt" || more[ext] != nil {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		errs = append(errs, err)
	}
	sort.Strings(paths)
	for _, p := range paths {
		var text string
		var err error
		switch ext := strings.ToLower(filepath.Ext(p)); {
		case more[ext] != nil:
			text, err = more[ext](p)
		default:
			var b []byte
			b, err = os.ReadFile(p)
			text = string(b)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("reference %s: %w", p, err))
			continue
		}
		r.AddText(filepath.Base(p), text)
	}
	return errs
}

// hashes returns the set of every k-gram hash of the reference texts.
func (r *Reference) hashes(k int) map[uint64]struct{} {
	set := map[uint64]struct{}{}
	if r == nil {
		return set
	}
	var buf []uint64
	for _, t := range r.texts {
		buf = kgramHashes(t, k, buf)
		for _, h := range buf {
			set[h] = struct{}{}
		}
	}
	return set
}
