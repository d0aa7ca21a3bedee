package report

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// findChromium returns the browser to drive: $CLASSAUDIT_CHROMIUM, or the
// first of Debian's and Google's names on the PATH.
func findChromium() string {
	if p := os.Getenv("CLASSAUDIT_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts headless Chromium for a test, or skips the test when there
// is none (fails instead when CLASSAUDIT_REQUIRE_BROWSER=1, as CI sets it).
func browser(t *testing.T) context.Context {
	t.Helper()
	exe := findChromium()
	if exe == "" {
		if os.Getenv("CLASSAUDIT_REQUIRE_BROWSER") == "1" {
			t.Fatal("no Chromium found (apt-get install chromium) and CLASSAUDIT_REQUIRE_BROWSER=1")
		}
		t.Skip("no Chromium found: install Debian's chromium (or set CLASSAUDIT_CHROMIUM) to run the browser test")
	}
	// The whole browser lives at most this long: a hung page fails the test.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox, // CI runs as root
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	if err := chromedp.Do(bctx); err != nil { // start the browser now
		t.Fatalf("start %s: %v", exe, err)
	}
	return bctx
}

// artifacts is where screenshots go: $CLASSAUDIT_ARTIFACTS, or a temp dir.
func artifacts(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("CLASSAUDIT_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func fileURL(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		panic(err)
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

// eval runs a script in the page and fails the test on error.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

func open(t *testing.T, ctx context.Context, u string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(u), chromedp.WaitVisible(chromedp.CSS("main"))); err != nil {
		t.Fatalf("open %s: %v", u, err)
	}
}

func screenshot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}

// TestBrowser opens generated reports in headless Chromium from file://
// URLs, as an expert would open them from the output folder, and checks
// what is rendered: the findings, the side-by-side view, the link to the
// other school's report, the people view and the index's sorting.
func TestBrowser(t *testing.T) {
	ctx := browser(t)
	art := artifacts(t)

	in := loadInput(t, "copy")
	dir := writeCase(t, in)
	a, b := in.Submissions[0], in.Submissions[1]
	var wantFindings, wantSBS int
	for _, f := range in.Findings {
		if f.SubmissionID == a.ID {
			wantFindings++
		}
	}
	// One side-by-side view per passage pair of a, template text aside.
	for _, m := range in.Matches {
		if !m.Template && (m.A.SubmissionID == a.ID || m.B.SubmissionID == a.ID) {
			wantSBS++
		}
	}

	open(t, ctx, fileURL(filepath.Join(dir, ReportFile(a.ID))))
	if lang := eval[string](t, ctx, `document.documentElement.lang`); lang != "zh-CN" {
		t.Errorf("lang = %q", lang)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("article.finding").length`); n != wantFindings {
		t.Errorf("%d finding rows rendered, want %d", n, wantFindings)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll(".sbs").length`); n != wantSBS {
		t.Errorf("%d side-by-side views, want %d", n, wantSBS)
	}
	// Side by side means it: the two passages stand in one row.
	sideBySide := eval[bool](t, ctx, `(() => {
		const s = document.querySelectorAll(".sbs")[0].querySelectorAll(".side");
		const r0 = s[0].getBoundingClientRect(), r1 = s[1].getBoundingClientRect();
		return s.length === 2 && Math.abs(r0.top - r1.top) < 1 && r1.left >= r0.right && r0.width > 300;
	})()`)
	if !sideBySide {
		t.Error("the two passages are not laid out side by side")
	}
	// The passage shows the text exactly, and the shared text is highlighted.
	m := in.Matches[1]
	if m.ID != in.Findings[0].MatchID {
		t.Fatalf("fixture changed: match %s is not the first finding's", m.ID)
	}
	if got := eval[string](t, ctx, `document.querySelector(".side.this .passage").textContent`); got != m.A.Text {
		t.Errorf("this side's passage is %q, want %q", got, m.A.Text)
	}
	if got := eval[string](t, ctx, `document.querySelector(".side.other .passage").textContent`); got != m.B.Text {
		t.Errorf("other side's passage is %q, want %q", got, m.B.Text)
	}
	bg := eval[string](t, ctx, `getComputedStyle(document.querySelector(".sbs mark")).backgroundColor`)
	if bg == "" || bg == "rgba(0, 0, 0, 0)" {
		t.Errorf("shared text not highlighted: background %q", bg)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll(".sbs .chg").length`); n == 0 {
		t.Error("no differences marked")
	}
	screenshot(t, ctx, art, "report-copy.png")

	// The link to the other school's report works from file://.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".copy-meta a"))); err != nil {
		t.Fatal(err)
	}
	h1 := ""
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		h1, _ = chromedp.Run(ctx, chromedp.Evaluate[string](`(document.querySelector(".hero h1") || {}).textContent || ""`))
		if h1 == b.Name {
			break
		}
	}
	if h1 != b.Name {
		t.Errorf("the link led to %q, want the report of %q", h1, b.Name)
	}

	// The index: every submission, worst first, and sorting by a click.
	open(t, ctx, fileURL(filepath.Join(dir, IndexFile)))
	if n := eval[int](t, ctx, `document.querySelectorAll("table.subs tbody tr").length`); n != len(in.Submissions) {
		t.Errorf("index lists %d submissions, want %d", n, len(in.Submissions))
	}
	firstErrors := `document.querySelector("table.subs tbody tr td.c-error").textContent`
	if got := eval[string](t, ctx, firstErrors); got != "2" {
		t.Errorf("worst submission not first: first row has %s errors", got)
	}
	screenshot(t, ctx, art, "index.png")
	// The 错误 column is sorted descending; a click makes it ascending.
	eval[bool](t, ctx, `(document.querySelector("table.subs th.num button").click(), true)`)
	if got := eval[string](t, ctx, firstErrors); got != "1" {
		t.Errorf("after a click on 错误 the first row has %s errors, want 1", got)
	}
	if s := eval[string](t, ctx, `document.querySelector("table.subs th.num").getAttribute("aria-sort")`); s != "ascending" {
		t.Errorf("aria-sort = %q", s)
	}

	// People findings: names as read and as matched, with pages.
	pin := loadInput(t, "people")
	pdir := writeCase(t, pin)
	open(t, ctx, fileURL(filepath.Join(pdir, ReportFile(pin.Submissions[0].ID))))
	want := 0
	for _, f := range pin.Findings {
		if f.SubmissionID == pin.Submissions[0].ID {
			want++
		}
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("article.finding").length`); n != want {
		t.Errorf("%d finding rows rendered, want %d", n, want)
	}
	names := map[string]bool{}
	for _, r := range pin.Students {
		names[r.NameMatched] = true
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#students tbody tr").length`); n != len(names) {
		t.Errorf("student table has %d rows, want %d", n, len(names))
	}
	chips := eval[string](t, ctx, `Array.from(document.querySelectorAll("article[data-rule='students.mismatch'] .chip.odd b")).map(e => e.textContent).join(",")`)
	if !strings.Contains(chips, "陈静") {
		t.Errorf("the odd student is not marked in the mismatch finding: %q", chips)
	}
	screenshot(t, ctx, art, "report-people.png")
}
