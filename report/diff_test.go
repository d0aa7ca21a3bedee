package report

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"classaudit/models"
)

// joinSides rebuilds both passages from the segments.
func joinSides(left, right []segment) (a, b string) {
	var la, lb strings.Builder
	for _, s := range left {
		la.WriteString(s.Text)
	}
	for _, s := range right {
		lb.WriteString(s.Text)
	}
	return la.String(), lb.String()
}

// marked renders segments as text with [same] and {changed}/<only> marks.
func marked(segs []segment) string {
	var b strings.Builder
	for _, s := range segs {
		switch s.Class {
		case "same":
			b.WriteString("[" + s.Text + "]")
		case "chg":
			b.WriteString("{" + s.Text + "}")
		default:
			b.WriteString("<" + s.Text + ">")
		}
	}
	return b.String()
}

func TestSideBySide(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		a, b        string
		left, right string
	}{
		{"姓名替换", "学生张伟完成了任务。", "学生李强完成了任务。", "[学生]{张伟}[完成了任务。]", "[学生]{李强}[完成了任务。]"},
		{"姓名改一字", "教师王芳指导", "教师王方指导", "[教师王]{芳}[指导]", "[教师王]{方}[指导]"},
		{"标点互换", "获取信息，明确需求；制定计划。", "获取信息，明确需求。制定计划；", "[获取信息，明确需求]{；}[制定计划]{。}", "[获取信息，明确需求]{。}[制定计划]{；}"},
		{"插入一句", "第一步。第三步。", "第一步。第二步。第三步。", "[第一步。第三步。]", "[第一步。]<第二步。>[第三步。]"},
		{"完全相同", "相同的文字", "相同的文字", "[相同的文字]", "[相同的文字]"},
		{"一方为空", "只有这边", "", "<只有这边>", ""},
		// Unrelated sentences sharing single common characters (的, 。) are
		// shown as one change, not as confetti of shared characters.
		{"无关句子", "今天的天气很好。", "学生的作业已完成。", "{今天的天气很好}[。]", "{学生的作业已完成}[。]"},
		{"ASCII与中文混排", "得分 85 分<满分 100>", "得分 95 分<满分 100>", "[得分 ]{8}[5 分<满分 100>]", "[得分 ]{9}[5 分<满分 100>]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			l, r, _ := sideBySide(tt.a, tt.b)
			if got := marked(l); got != tt.left {
				t.Errorf("left  %s\nwant  %s", got, tt.left)
			}
			if got := marked(r); got != tt.right {
				t.Errorf("right %s\nwant  %s", got, tt.right)
			}
		})
	}
}

// TestSideBySideRebuilds checks on random text that each side's segments
// give back its passage exactly, and that the shared count is a common
// subsequence length (at most the shorter passage).
func TestSideBySideRebuilds(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("的学生任务教师计划。，；张李王伟芳ab1 \n")
	gen := func(n int) string {
		r := make([]rune, n)
		for i := range r {
			r[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return string(r)
	}
	for i := 0; i < 300; i++ {
		a := gen(rng.IntN(80))
		b := a
		if rng.IntN(3) > 0 { // an edited copy
			rb := []rune(b)
			for k := rng.IntN(6); k > 0 && len(rb) > 0; k-- {
				p := rng.IntN(len(rb))
				rb = append(rb[:p], append([]rune(gen(rng.IntN(4))), rb[p+1:]...)...)
			}
			b = string(rb)
		} else {
			b = gen(rng.IntN(80))
		}
		l, r, shared := sideBySide(a, b)
		ga, gb := joinSides(l, r)
		if ga != a || gb != b {
			t.Fatalf("rebuild failed:\na  %q\ngot %q\nb  %q\ngot %q", a, ga, b, gb)
		}
		if n := min(len([]rune(a)), len([]rune(b))); shared > n {
			t.Fatalf("shared %d > %d", shared, n)
		}
	}
}

// longText builds a passage of n numbered sentences.
func longText(n int) []string {
	subjects := []string{"学生", "小组", "教师", "组长"}
	verbs := []string{"完成市场调研", "填写任务书", "讨论店铺定位", "提交推广方案", "整理商品图片"}
	out := make([]string, n)
	for i := range out {
		out[i] = subjects[i%len(subjects)] + "在第" + itoa(i+1) + "课时" + verbs[i%len(verbs)] + "，并记录过程与结果。"
	}
	return out
}

// TestSideBySideLong aligns passages too long for the exact table: the
// sentence-level path must find every unchanged sentence.
func TestSideBySideLong(t *testing.T) {
	t.Parallel()
	sa := longText(1200) // ≈ 25,000 characters
	sb := append([]string(nil), sa...)
	sb[10] = strings.Replace(sb[10], "学生", "学员", 1)                     // a changed word
	sb = append(sb[:50], sb[51:]...)                                    // a dropped sentence
	sb = append(sb[:700], append([]string{"新增的一句说明。"}, sb[700:]...)...) // an added one
	sb[900] = strings.Replace(sb[900], "，", "；", 1)                     // swapped punctuation
	a, b := strings.Join(sa, ""), strings.Join(sb, "")
	if na, nb := len([]rune(a)), len([]rune(b)); na*nb <= maxDiffCells {
		t.Fatalf("test passages too short to exercise the bounded path: %d×%d", na, nb)
	}
	l, r, shared := sideBySide(a, b)
	ga, gb := joinSides(l, r)
	if ga != a || gb != b {
		t.Fatal("long passages not rebuilt")
	}
	// Everything but the dropped sentence and the two edited characters is shared.
	want := len([]rune(a)) - len([]rune(sa[50])) - 2
	if shared < want {
		t.Errorf("shared %d characters, want at least %d", shared, want)
	}
	if !strings.Contains(marked(r), "<新增的一句说明。>") {
		t.Error("the added sentence is not marked as only on the other side")
	}
}

// TestSideBySideNoSentences covers long passages without sentence breaks
// (an OCR page run together): bounded, and still rebuilt exactly.
func TestSideBySideNoSentences(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(3, 4))
	gen := func(n int) string {
		r := make([]rune, n)
		for i := range r {
			r[i] = rune(0x4e00 + rng.IntN(500))
		}
		return string(r)
	}
	a, b := gen(3000), gen(3000)
	a = "共同开头" + a + "共同结尾"
	b = "共同开头" + b + "共同结尾"
	l, r, shared := sideBySide(a, b)
	ga, gb := joinSides(l, r)
	if ga != a || gb != b {
		t.Fatal("not rebuilt")
	}
	if shared < 8 {
		t.Errorf("common prefix and suffix not shared: %d", shared)
	}
}

// TestEscaping: document text is data. A passage, a message, evidence, a
// name or a file name holding markup must come out escaped on every page.
func TestEscaping(t *testing.T) {
	t.Parallel()
	evil := `<script>alert("x")</script><img src=x onerror=alert(1)>`
	id := "学校<b>/申报&" + evil
	other := "对方学校/申报"
	in := Input{
		Title: evil, Root: "/data/" + evil,
		Submissions: []*models.Submission{
			{ID: id, School: "学校<b>", Name: evil, Form: &models.Form{Major: evil, Sections: map[string]string{"三、" + evil: evil}},
				Documents: []*models.Document{{RelPath: evil + ".pdf", Kind: models.KindItem, Item: 3, Error: evil,
					Pages: []models.Page{{Number: 1, Method: models.MethodText, Text: evil}}}}},
			{ID: other, School: "对方学校", Name: "申报"},
		},
		Findings: []models.Finding{
			{Rule: "copy.cross_school", Severity: models.SeverityError, SubmissionID: id, School: "学校<b>", Item: 3, Page: 1,
				File: evil, Message: evil, Evidence: "证据" + evil, MatchID: "m1"},
			{Rule: "students.count", Severity: models.SeverityError, SubmissionID: id, Item: 8, Message: evil},
			{Rule: evil, Severity: "bad" + models.Severity(evil), SubmissionID: "无此申报", Message: evil},
		},
		Matches: []models.Match{{ID: "m1",
			A: models.MatchSide{SubmissionID: id, School: "学校<b>", Item: 3, File: evil, Page: 1, Text: "前文" + evil + "后文"},
			B: models.MatchSide{SubmissionID: other, School: "对方学校" + evil, Item: 3, Page: 2, Text: "前文" + evil + "后文改"},
		}},
		Students: []models.StudentRead{{SubmissionID: id, Item: 8, Page: 1, NameRead: evil, NameMatched: "张伟"}},
	}
	dir := writeCase(t, in)
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 3 {
		t.Fatalf("%d files written, want 3", len(ents))
	}
	for _, e := range ents {
		page := readPage(t, dir, e.Name())
		for _, bad := range []string{"<script>alert", "<img", "学校<b>"} {
			if strings.Contains(page, bad) {
				t.Errorf("%s holds unescaped %q", e.Name(), bad)
			}
		}
		if !strings.Contains(page, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;") {
			t.Errorf("%s does not show the escaped text", e.Name())
		}
	}
}

func TestReportFile(t *testing.T) {
	t.Parallel()
	ids := []string{
		"南宁市第一技工学校/电子商务-网店运营",
		"南宁市第一技工学校/电子商务 网店运营",
		"../../etc/passwd",
		"学校/" + strings.Repeat("很长的申报名称", 30),
		"",
		"a/b:c*d?e\"f<g>h|i",
	}
	seen := map[string]string{}
	for _, id := range ids {
		f := ReportFile(id)
		if f != ReportFile(id) {
			t.Errorf("%q: not stable", id)
		}
		if strings.ContainsAny(f, `/\:*?"<>|`) || strings.HasPrefix(f, ".") || len(f) > 200 {
			t.Errorf("%q: unsafe file name %q", id, f)
		}
		if !reportFileRE.MatchString(f) {
			t.Errorf("%q: %q not recognised as a report page", id, f)
		}
		if prev, ok := seen[f]; ok {
			t.Errorf("%q and %q share %q", prev, id, f)
		}
		seen[f] = id
	}
	if got := ReportFile(ids[0]); !strings.Contains(got, "南宁市第一技工学校_电子商务-网店运营") {
		t.Errorf("name not readable: %s", got)
	}
}

func FuzzSideBySide(f *testing.F) {
	f.Add("学生张伟完成了任务。", "学生李强完成了任务。")
	f.Add("", "x")
	f.Add("获取信息；制定计划。", "获取信息。制定计划；")
	f.Fuzz(func(t *testing.T, a, b string) {
		// Invalid UTF-8 turns into U+FFFD when converted to runes; compare runes.
		l, r, _ := sideBySide(a, b)
		ga, gb := joinSides(l, r)
		if ga != string([]rune(a)) || gb != string([]rune(b)) {
			t.Fatalf("not rebuilt: %q %q", a, b)
		}
	})
}

func BenchmarkSideBySide(b *testing.B) {
	sa := longText(40) // ≈ 850 characters: a typical long match
	sb := append([]string(nil), sa...)
	sb[5] = strings.Replace(sb[5], "学生", "学员", 1)
	a, c := strings.Join(sa, ""), strings.Join(sb[1:], "")
	for b.Loop() {
		sideBySide(a, c)
	}
}

func BenchmarkSideBySideLong(b *testing.B) {
	sa := longText(1200)
	sb := append([]string(nil), sa[:600]...)
	sb = append(sb, "改写的一句。")
	sb = append(sb, sa[601:]...)
	a, c := strings.Join(sa, ""), strings.Join(sb, "")
	for b.Loop() {
		sideBySide(a, c)
	}
}
