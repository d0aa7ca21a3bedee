package corpusgen

import (
	"fmt"
	"strings"
	"testing"
)

// templatePool lists, as Han-only strings, every text the generator may
// mark as template: it is built from the fixed catalogue and headings only,
// never from drawn material, so marking a line template cannot hide
// composed text.
func templatePool() map[string]bool {
	pool := map[string]bool{}
	add := func(s string) { pool[string(hanOnly(s))] = true }
	for _, hs := range itemHeadings {
		for _, h := range hs {
			add(h)
		}
	}
	for _, p := range noticePhrases {
		add(p)
	}
	for n := 1; n <= 12; n++ {
		add(itemFullName(n))
	}
	for i, s := range sixSteps {
		add(fmt.Sprintf("（%d）%s", i+1, s))
		for k := 1; k <= 9; k++ {
			add(fmt.Sprintf("第%d课时　%s", k, s))
			add(fmt.Sprintf("学习活动%d　%s", k, s))
		}
	}
	add("问题")
	add("第题")
	add(formTitle)
	for _, l := range formInstructions {
		add(l)
	}
	add(formBasicHeading)
	add(formTeamHeading)
	add(formTeamNote)
	add(formPledge)
	add(formPledgeTitle)
	add("项目 内容")
	add(strings.Join(teacherHeader, " "))
	for _, s := range formSectionDefs {
		add(s.Title)
		add(s.Prompt)
	}
	for _, h := range [][]string{
		{"序号", "学习任务名称", "参考学时"}, {"序号", "学习环节", "主要内容", "学时"}, {"课次", "学习环节", "学习内容", "学时"},
		{"序号", "资源名称", "类型", "数量"}, {"序号", "设备名称", "数量", "状态"}, {"考核项目", "权重", "满分"},
		{"序号", "评分要点", "分值"}, {"序号", "姓名", "过程考核(满分60)", "终结考核(满分40)", "总分"},
		{"过程考核"}, {"终结考核"},
	} {
		add(strings.Join(h, " "))
	}
	add("主要教材 校本教材")
	for _, l := range []string{"姓名：", "姓名 学号 班级", "小组分工", "序号 姓名 分工"} {
		add(l)
	}
	for _, a := range majorAbbrevs {
		add("专业名称：" + a)
	}
	for _, kv := range []string{"课堂负责人", "负责人所在单位", "专业名称", "专业编码", "授课课程名称", "总学时", "授课学习任务名称", "学时",
		"培养层级", "授课年级", "授课班级", "班级人数", "授课实训室或学习工作站名称", "工位数", "主要教材"} {
		add(kv)
	}
	for _, l := range levels {
		add("培养层级：" + l)
	}
	for _, m := range majors {
		for _, lbl := range []string{"专业名称：", "专业编码："} {
			add(lbl + m.Name)
		}
		for _, c := range m.Courses {
			add("课程名称：" + c.Name)
			add("授课课程名称：" + c.Name)
			add(c.Name + "课程标准（校本转化）")
			for i, t := range c.Tasks {
				add(t)
				add("学习任务：" + t)
				add("授课学习任务名称：" + t)
				add(fmt.Sprintf("学习任务%d：%s", i+1, t))
				for n := 1; n <= 12; n++ {
					add("《" + t + "》" + itemFullName(n))
				}
			}
		}
	}
	return pool
}

// TestTemplateLinesAreFixedText: every line marked template is catalogue or
// heading text, never composed material.
func TestTemplateLinesAreFixedText(t *testing.T) {
	pool := templatePool()
	for _, seed := range []int64{1, 2} {
		cp, err := planCorpus(Options{Seed: seed, Profile: "small"})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range cp.truth.TemplateLines {
			if !pool[string(hanOnly(l))] {
				t.Errorf("seed %d: template line %q is not fixed text", seed, l)
			}
		}
	}
}

// streamsBySubmission returns each submission's non-template streams. The
// school's own name, which all its submissions share by design, is left out
// (it splits the stream).
func streamsBySubmission(cp *corpusPlan) (school []int, streams [][][]rune) {
	for si, sp := range cp.schools {
		for _, sub := range sp.subs {
			var ss [][]rune
			for _, d := range sub.docs {
				if d.format == "xlsx" || d.raw != nil && d.blocks == nil {
					continue
				}
				for _, s := range nonTemplateStreams(d.blocks) {
					for _, part := range strings.Split(s, sp.name) {
						if h := hanOnly(part); len(h) > 0 {
							ss = append(ss, h)
						}
					}
				}
			}
			school = append(school, si)
			streams = append(streams, ss)
		}
	}
	return school, streams
}

// longestCommonRun is the longest run of Han characters that stands in some
// stream of a and in some stream of b. It builds a suffix automaton of a's
// streams (joined by distinct separators) and walks b's streams through it.
func longestCommonRun(a, b [][]rune) (int, string) {
	type state struct {
		next map[rune]int
		link int
		len  int
	}
	st := []state{{next: map[rune]int{}, link: -1}}
	last := 0
	extend := func(c rune) {
		cur := len(st)
		st = append(st, state{next: map[rune]int{}, len: st[last].len + 1})
		p := last
		for p != -1 {
			if _, ok := st[p].next[c]; ok {
				break
			}
			st[p].next[c] = cur
			p = st[p].link
		}
		switch {
		case p == -1:
			st[cur].link = 0
		default:
			q := st[p].next[c]
			if st[p].len+1 == st[q].len {
				st[cur].link = q
			} else {
				clone := len(st)
				nx := make(map[rune]int, len(st[q].next))
				for k, v := range st[q].next {
					nx[k] = v
				}
				st = append(st, state{next: nx, len: st[p].len + 1, link: st[q].link})
				for p != -1 && st[p].next[c] == q {
					st[p].next[c] = clone
					p = st[p].link
				}
				st[q].link = clone
				st[cur].link = clone
			}
		}
		last = cur
	}
	sep := rune(-1)
	for _, s := range a {
		for _, r := range s {
			extend(r)
		}
		extend(sep) // separators never occur in b
		sep--
	}
	best, where := 0, ""
	for _, s := range b {
		v, l := 0, 0
		for i, r := range s {
			for v != 0 {
				if _, ok := st[v].next[r]; ok {
					break
				}
				v = st[v].link
				l = st[v].len
			}
			if nx, ok := st[v].next[r]; ok {
				v = nx
				l++
			} else {
				v, l = 0, 0
			}
			if l > best {
				best, where = l, string(s[i+1-l:i+1])
			}
		}
	}
	return best, where
}

// TestNoSharedRunsSmall measures, for every pair of submissions (of two
// schools or of one), the longest common run of Han characters outside
// template text. It must stay below gramLen.
func TestNoSharedRunsSmall(t *testing.T) {
	cp, err := planCorpus(Options{Seed: 7, Profile: "small"})
	if err != nil {
		t.Fatal(err)
	}
	_, streams := streamsBySubmission(cp)
	worst := 0
	for i := range streams {
		for j := i + 1; j < len(streams); j++ {
			n, s := longestCommonRun(streams[i], streams[j])
			if n > worst {
				worst = n
			}
			if n >= gramLen {
				t.Errorf("submissions %d and %d share %d Han characters: %q", i, j, n, s)
			}
		}
	}
	t.Logf("longest common run between submissions: %d Han characters (limit %d); redraws: %d", worst, gramLen-1, cp.stats.retries)
	if worst == 0 {
		t.Error("no common run at all: the measure is broken")
	}
}

// TestNoSharedRunsLarge checks the large profile with the set of all runs
// of gramLen characters and the submission each first appears in (the
// pairwise measure is too slow there).
func TestNoSharedRunsLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large profile")
	}
	debugForced = func(s string) { t.Logf("forced: %s", s) }
	defer func() { debugForced = nil }()
	cp, err := planCorpus(Options{Seed: 3, Profile: "large"})
	if err != nil {
		t.Fatal(err)
	}
	_, streams := streamsBySubmission(cp)
	seen := map[string]int{}
	shared := 0
	for k, ss := range streams {
		for _, s := range ss {
			for i := 0; i+gramLen <= len(s); i++ {
				g := string(s[i : i+gramLen])
				o, ok := seen[g]
				switch {
				case !ok:
					seen[g] = k
				case o != k:
					shared++
					if shared <= 5 {
						t.Errorf("run %q in submissions %d and %d", g, o, k)
					}
				}
			}
		}
	}
	t.Logf("%d submissions, %d distinct runs of %d, %d shared between submissions, redraws %d, forced %d", len(streams), len(seen), gramLen, shared, cp.stats.retries, cp.stats.forced)
}

// TestStudentAnswersDistinct: the three students' sections of items 8, 11
// and 12 share no run of gramLen outside the printed questions.
func TestStudentAnswersDistinct(t *testing.T) {
	cp, err := planCorpus(Options{Seed: 11, Profile: "small"})
	if err != nil {
		t.Fatal(err)
	}
	for _, sp := range cp.schools {
		for _, sub := range sp.subs {
			for _, d := range sub.docs {
				if d.item != 8 && d.item != 11 && d.item != 12 || d.defect == defectDuplicate {
					continue
				}
				parts := splitByBreak(d.blocks)
				if len(parts) != len(sub.ctx.studentsOf(d.item)) {
					t.Fatalf("%s: %d student sections for %d students", d.name, len(parts), len(sub.ctx.studentsOf(d.item)))
				}
				if len(parts) != 3 {
					continue // a planted students.count defect
				}
				var han [3][][]rune
				for i, p := range parts {
					for _, s := range nonTemplateStreams(p) {
						if isPrinted(s, d.blocks) {
							continue
						}
						han[i] = append(han[i], hanOnly(s))
					}
				}
				for i := 0; i < 3; i++ {
					for j := i + 1; j < 3; j++ {
						if n, s := longestCommonRun(han[i], han[j]); n >= gramLen {
							t.Errorf("%s/%s: students %d and %d share %q", sub.id, d.name, i, j, s)
						}
					}
				}
			}
		}
	}
}

// splitByBreak splits a student item into its per-student sections (each
// opens with a title after a page break).
func splitByBreak(blocks []block) [][]block {
	var out [][]block
	for _, b := range blocks {
		if b.kind == bTitle {
			out = append(out, nil)
		}
		if len(out) > 0 {
			out[len(out)-1] = append(out[len(out)-1], b)
		}
	}
	return out
}

// isPrinted reports whether s is a printed question: a field line that
// appears in every student's section.
func isPrinted(s string, blocks []block) bool {
	n := 0
	for _, b := range blocks {
		if b.own && b.text == s {
			n++
		}
	}
	return n >= 3
}
