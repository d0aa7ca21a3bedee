package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"html"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"classaudit/models"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// loadInput reads testdata/<name>/input.json.
func loadInput(t *testing.T, name string) Input {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name, "input.json"))
	if err != nil {
		t.Fatal(err)
	}
	var in Input
	if err := json.Unmarshal(b, &in); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return in
}

// writeCase renders a case into a fresh folder and returns the folder.
func writeCase(t *testing.T, in Input) string {
	t.Helper()
	dir := t.TempDir()
	if err := Write(dir, in); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestGolden compares the report of each case's first submission and the
// index with testdata/<case>/expected.html and expected_index.html, like
// gofmt's tests; -update rewrites them, and a difference leaves the actual
// output beside them as *.actual.html.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*/input.json")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	for _, p := range inputs {
		name := filepath.Base(filepath.Dir(p))
		t.Run(name, func(t *testing.T) {
			in := loadInput(t, name)
			dir := writeCase(t, in)
			files := map[string]string{
				"expected.html":       ReportFile(in.Submissions[0].ID),
				"expected_index.html": IndexFile,
			}
			for golden, written := range files {
				got, err := os.ReadFile(filepath.Join(dir, written))
				if err != nil {
					t.Fatal(err)
				}
				got = stripAssets(t, got)
				gp := filepath.Join("testdata", name, golden)
				actual := strings.TrimSuffix(gp, ".html") + ".actual.html"
				if *update {
					if err := os.WriteFile(gp, got, 0o644); err != nil {
						t.Fatal(err)
					}
					os.Remove(actual)
					continue
				}
				want, err := os.ReadFile(gp)
				if err != nil {
					t.Fatalf("%v (run go test ./report -update)", err)
				}
				if !bytes.Equal(got, want) {
					os.WriteFile(actual, got, 0o644)
					t.Errorf("%s differs from %s; actual output in %s (go test ./report -update accepts it)", written, gp, actual)
				} else {
					os.Remove(actual)
				}
			}
		})
	}
}

// stripAssets replaces the inline style sheet and sort script, the same on
// every page, by their names, so the goldens show content changes only
// (the browser test covers the assets).
func stripAssets(t *testing.T, page []byte) []byte {
	t.Helper()
	for _, a := range []struct{ open, close, body, name string }{
		{"<style>", "</style>", string(styleCSS), "/* templates/style.css */"},
		{"<script>", "</script>", string(sortJS), "/* templates/sort.js */"},
	} {
		whole := a.open + a.body + a.close
		if bytes.Contains(page, []byte(a.open)) && !bytes.Contains(page, []byte(whole)) {
			t.Errorf("page holds a %s that is not the asset", a.open)
		}
		page = bytes.ReplaceAll(page, []byte(whole), []byte(a.open+a.name+a.close))
	}
	return page
}

// findingRE matches the opening tag of a rendered finding.
var findingRE = regexp.MustCompile(`<article class="finding sev-(\w+)"`)

// TestCasesRender checks what each case must show, independent of the goldens.
func TestCasesRender(t *testing.T) {
	t.Run("clean", func(t *testing.T) {
		in := loadInput(t, "clean")
		page := readPage(t, writeCase(t, in), ReportFile(in.Submissions[0].ID))
		if n := len(findingRE.FindAllString(page, -1)); n != 0 {
			t.Errorf("clean submission shows %d findings", n)
		}
		mustContain(t, page, "未发现问题", "电子商务", "校园农产品网店开设", "12 课后作业", `lang="zh-CN"`, `charset="utf-8"`)
	})
	t.Run("completeness", func(t *testing.T) {
		in := loadInput(t, "completeness")
		dir := writeCase(t, in)
		page := readPage(t, dir, ReportFile(in.Submissions[0].ID))
		sevs := findingRE.FindAllStringSubmatch(page, -1)
		if len(sevs) != len(in.Findings) {
			t.Fatalf("%d findings rendered, want %d", len(sevs), len(in.Findings))
		}
		// Errors come before warnings.
		if sevs[0][1] != "error" || sevs[len(sevs)-1][1] != "warning" {
			t.Errorf("order of severities: first %s, last %s", sevs[0][1], sevs[len(sevs)-1][1])
		}
		mustContain(t, page, "未读到申报书", "item.missing", "缺少第7项", "说明&lt;请先阅读&gt;.txt", "文件已加密，需要密码")
		idx := readPage(t, dir, IndexFile)
		mustContain(t, idx, "2025年工学一体化优质课堂核查", "/data/2025优质课堂申报", "2025-06-03 09:30:00（北京时间）")
	})
	t.Run("copy", func(t *testing.T) {
		in := loadInput(t, "copy")
		dir := writeCase(t, in)
		a, b := in.Submissions[0], in.Submissions[1]
		page := readPage(t, dir, ReportFile(a.ID))
		// Two passages for the copy from b (the template match is not
		// shown), one for the identical worksheets.
		if n := strings.Count(page, `<div class="sbs">`); n != 3 {
			t.Errorf("%d side-by-side views, want 3", n)
		}
		mustContain(t, page, "<b>第 2 段</b>", "共 <b>2</b> 段")
		if strings.Contains(page, "第 3 段") || strings.Contains(page, "含通用模板文字") {
			t.Error("the template match is shown")
		}
		// The link to the other school's report, the other school, the shares.
		mustLink(t, page, ReportFile(b.ID))
		mustContain(t, page, "对方学校 <b>柳州市交通技工学校</b>", "37.0%", "41.0%", "第 4–5 页")
		// The changed names are marked as changes on both sides.
		mustContain(t, page, `<span class="chg">李明</span>`, `<span class="chg">王芳</span>`, "<mark>的指导下，分组完成市场调研、店铺定位、商品上架与推广方案设计</mark>")
		other := readPage(t, dir, ReportFile(b.ID))
		mustLink(t, other, ReportFile(a.ID))
		mustContain(t, other, "对方学校 <b>南宁市第一技工学校</b>")
	})
	t.Run("people", func(t *testing.T) {
		in := loadInput(t, "people")
		dir := writeCase(t, in)
		page := readPage(t, dir, ReportFile(in.Submissions[0].ID))
		mustContain(t, page, `id="students"`, "读作「王方」", `<td class="missing">缺</td>`, "陈静", "第 17 页")
		// The finding for item 12 lists the names read there, with pages.
		i := strings.Index(page, `data-rule="students.mismatch"`)
		j := strings.Index(page[i:], "</article>")
		mustContain(t, page[i:i+j], "项目 12 课后作业", "<b>陈静</b>", "第 7 页")
		// The school-level finding shows on the index.
		idx := readPage(t, dir, IndexFile)
		mustContain(t, idx, "学校层面的发现", "summary.mismatch")
	})
}

// hrefs returns the page's link targets, unescaped.
func hrefs(t *testing.T, page string) []string {
	t.Helper()
	var out []string
	for _, m := range hrefRE.FindAllStringSubmatch(page, -1) {
		u, err := url.PathUnescape(html.UnescapeString(m[1]))
		if err != nil {
			t.Errorf("bad href %q: %v", m[1], err)
			continue
		}
		out = append(out, u)
	}
	return out
}

var hrefRE = regexp.MustCompile(`href="([^"]*)"`)

// mustLink checks that the page links to target.
func mustLink(t *testing.T, page, target string) {
	t.Helper()
	if !slices.Contains(hrefs(t, page), target) {
		t.Errorf("page has no link to %q", target)
	}
}

func readPage(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func mustContain(t *testing.T, page string, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if !strings.Contains(page, p) {
			t.Errorf("page lacks %q", p)
		}
	}
}

// TestWriteReplaces: a second sweep into the same folder replaces the pages,
// removes the reports of submissions no longer there, keeps files that are
// not ours and leaves no temporary file behind.
func TestWriteReplaces(t *testing.T) {
	t.Parallel()
	in := loadInput(t, "copy")
	dir := writeCase(t, in)
	mine := filepath.Join(dir, "notes.html")
	if err := os.WriteFile(mine, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	gone := ReportFile(in.Submissions[1].ID)
	in.Submissions = in.Submissions[:1]
	if err := Write(dir, in); err != nil {
		t.Fatal(err)
	}
	ents, _ := os.ReadDir(dir)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	want := []string{ReportFile(in.Submissions[0].ID), IndexFile, "notes.html"}
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Errorf("folder holds %q, want %q (stale %s removed)", names, want, gone)
	}
	// The link to the now absent submission's report is gone too.
	page := readPage(t, dir, ReportFile(in.Submissions[0].ID))
	for _, h := range hrefs(t, page) {
		if h == gone {
			t.Errorf("link to removed report %s", gone)
		}
	}
}

// TestLinksResolve: every relative link of every page points to a written
// page, and every in-page anchor to an element id.
func TestLinksResolve(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"clean", "completeness", "copy", "people"} {
		dir := writeCase(t, loadInput(t, name))
		ents, _ := os.ReadDir(dir)
		for _, e := range ents {
			page := readPage(t, dir, e.Name())
			for _, h := range hrefs(t, page) {
				file, frag, _ := strings.Cut(h, "#")
				target := page
				if file != "" {
					target = readPage(t, dir, file)
				}
				if frag != "" && !strings.Contains(target, `id="`+frag+`"`) {
					t.Errorf("%s/%s: link %q to a missing anchor", name, e.Name(), h)
				}
			}
		}
	}
}

func TestWriteError(t *testing.T) {
	t.Parallel()
	f := filepath.Join(t.TempDir(), "file")
	os.WriteFile(f, nil, 0o644)
	if err := Write(f, Input{}); err == nil {
		t.Error("no error writing into a file")
	}
	// An empty sweep still gives a readable index.
	dir := writeCase(t, Input{})
	mustContain(t, readPage(t, dir, IndexFile), "没有申报", DefaultTitle)
}

// BenchmarkWrite renders a sweep of 300 submissions with 15 findings each,
// a third of them copies with passages of about 300 characters.
func BenchmarkWrite(b *testing.B) {
	var in Input
	text := strings.Repeat("学生在教师的指导下完成市场调研、店铺定位与推广方案设计。", 12)
	for i := range 300 {
		id := "学校" + itoa(i%60) + "/申报" + itoa(i)
		in.Submissions = append(in.Submissions, &models.Submission{ID: id, School: "学校" + itoa(i%60), Name: "申报" + itoa(i)})
		for k := range 15 {
			f := models.Finding{Rule: "item.missing", Severity: models.SeverityError, SubmissionID: id, Item: k%12 + 1, Message: "缺少项目"}
			if k%3 == 0 {
				mid := id + itoa(k)
				other := "学校" + itoa((i+1)%60) + "/申报" + itoa((i+1)%300)
				in.Matches = append(in.Matches, models.Match{ID: mid,
					A: models.MatchSide{SubmissionID: id, Item: 3, Page: 2, Text: text},
					B: models.MatchSide{SubmissionID: other, Item: 3, Page: 4, Text: strings.Replace(text, "教师", "老师", 3)}})
				f.Rule, f.MatchID = "copy.cross_school", mid
			}
			in.Findings = append(in.Findings, f)
		}
	}
	dir := b.TempDir()
	for b.Loop() {
		if err := Write(dir, in); err != nil {
			b.Fatal(err)
		}
	}
}
