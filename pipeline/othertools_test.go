package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parquet-go/parquet-go"

	"classaudit/models"
)

// otherTruth is testdata/othertools/truth.json as build.sh writes it to
// OUT/.truth.json, with the file list taken from the source manifests.
type otherTruth struct {
	Findings []struct {
		Rule         string `json:"rule"`
		SubmissionID string `json:"submission_id"`
		Item         int    `json:"item"`
		File         string `json:"file"`
	} `json:"findings"`
	Copies []struct {
		A    otherLoc `json:"a"`
		B    otherLoc `json:"b"`
		Text string   `json:"text"`
	} `json:"copies"`
	Files []struct {
		File string `json:"file"`
		Kind string `json:"kind"`
		Item int    `json:"item"`
	} `json:"files"`
}

type otherLoc struct {
	SubmissionID string `json:"submission_id"`
	Item         int    `json:"item"`
}

// otherExactRules are the findings the independent corpus must reproduce exactly:
// they depend on file names and file bytes only.
var otherExactRules = map[string]bool{
	models.RuleItemMissing: true, models.RuleItemDuplicate: true, models.RuleItemUnrecognized: true,
	models.RuleFileUnreadable: true, models.RuleFileEncrypted: true, models.RuleFileTooLarge: true,
	models.RuleFormMissing: true,
}

// TestOtherToolsCorpus sweeps a corpus built by other tools (LibreOffice,
// ImageMagick, img2pdf, qpdf, Info-ZIP) from hand-written sources
// (testdata/othertools), not by internal/corpusgen. Recognition and the
// completeness/file findings must be exact; people and copy findings are
// measured (precision/recall in the log) and only a template passage reported
// as copying fails the test. Opt-in (it takes minutes):
//
//	CLASSAUDIT_OTHERTOOLS=1 go test ./pipeline/ -run TestOtherToolsCorpus -v -timeout 30m
func TestOtherToolsCorpus(t *testing.T) {
	if os.Getenv("CLASSAUDIT_OTHERTOOLS") != "1" {
		t.Skip("set CLASSAUDIT_OTHERTOOLS=1 to build and sweep testdata/othertools")
	}
	// Building and sweeping take 3-6 minutes on 2 cores: run with -timeout 30m.
	deadline := time.Now().Add(25 * time.Minute)
	if d, ok := t.Deadline(); ok && d.Before(deadline) {
		deadline = d.Add(-10 * time.Second)
	}
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	root := buildCorpus(ctx, t, "othertools")
	raw, err := os.ReadFile(filepath.Join(root, ".truth.json"))
	if err != nil {
		t.Fatalf("truth: %v", err)
	}
	var truth otherTruth
	if err := json.Unmarshal(raw, &truth); err != nil {
		t.Fatalf("truth: %v", err)
	}

	_, docs, findings := sweepCorpus(ctx, t, root)
	byRule := map[string]int{}
	for _, f := range findings {
		byRule[f.Rule]++
	}
	t.Logf("findings by rule: %v", byRule)

	otherRecognition(t, truth, docs)
	otherExact(t, truth, findings)
	otherPeople(t, truth, findings)
	otherCopies(t, truth, findings)
}

// buildCorpus builds testdata/<name> with its build.sh (LibreOffice,
// ImageMagick, img2pdf, qpdf, zip) into a temporary folder and returns it;
// it skips the test when a tool is missing.
func buildCorpus(ctx context.Context, t *testing.T, name string) string {
	t.Helper()
	for _, tool := range []string{"soffice", "img2pdf", "convert", "qpdf", "zip", "pdftoppm", "python3"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	root := t.TempDir()
	build := exec.CommandContext(ctx, "sh", filepath.Join("..", "testdata", name, "build.sh"), root)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("%s/build.sh: %v\n%s", name, err, out)
	}
	return root
}

// sweepCorpus sweeps a corpus built by other tools with OCR and returns
// the output folder and its documents and findings tables.
func sweepCorpus(ctx context.Context, t *testing.T, root string) (string, []models.DocumentRow, []models.FindingRow) {
	t.Helper()
	out := t.TempDir()
	start := time.Now()
	res, err := Run(ctx, Config{Root: root, Out: out, OCR: testOCR(t)})
	if err != nil {
		t.Fatalf("sweep: %v", err)
	}
	t.Logf("sweep: %d submissions, %d files, %d pages (%d OCRed) in %v",
		len(res.Submissions), res.Stats.Files, res.Stats.Pages, res.Stats.PagesOCRed, time.Since(start).Round(time.Second))
	docs, findings := readSweep(t, out)
	return out, docs, findings
}

// readSweep reads the documents and findings tables of a sweep's output.
func readSweep(t *testing.T, out string) ([]models.DocumentRow, []models.FindingRow) {
	t.Helper()
	docs, err := parquet.ReadFile[models.DocumentRow](filepath.Join(out, "documents.parquet"))
	if err != nil {
		t.Fatalf("read documents.parquet: %v", err)
	}
	findings, err := parquet.ReadFile[models.FindingRow](filepath.Join(out, "findings.parquet"))
	if err != nil {
		t.Fatalf("read findings.parquet: %v", err)
	}
	return docs, findings
}

// otherRecognition: every file of the corpus is read, as the kind and item
// its sources say.
func otherRecognition(t *testing.T, truth otherTruth, docs []models.DocumentRow) {
	t.Helper()
	byPath := map[string]models.DocumentRow{}
	for _, d := range docs {
		byPath[d.Path] = d
	}
	right := 0
	for _, f := range truth.Files {
		d, ok := byPath[f.File]
		switch {
		case !ok:
			t.Errorf("recognition: %s not in documents.parquet", f.File)
		case d.Kind != f.Kind || int(d.Item) != f.Item:
			t.Errorf("recognition: %s read as %s/%d, want %s/%d", f.File, d.Kind, d.Item, f.Kind, f.Item)
		default:
			right++
		}
		delete(byPath, f.File)
	}
	for p := range byPath {
		t.Errorf("recognition: documents.parquet has %s, which the corpus does not hold", p)
	}
	t.Logf("recognition: %d/%d files as the right kind and item (%.1f%%)", right, len(truth.Files), otherPct(right, len(truth.Files)))
}

// otherExact: completeness and file findings, exactly.
func otherExact(t *testing.T, truth otherTruth, findings []models.FindingRow) {
	t.Helper()
	want := map[findingKey]bool{}
	withFile := map[findingKey]bool{}
	for _, f := range truth.Findings {
		if !otherExactRules[f.Rule] {
			continue
		}
		want[findingKey{f.Rule, f.SubmissionID, f.Item, f.File}] = true
		if f.File != "" {
			withFile[findingKey{Rule: f.Rule, Submission: f.SubmissionID, Item: f.Item}] = true
		}
	}
	got := map[findingKey]bool{}
	for _, f := range findings {
		if !otherExactRules[f.Rule] {
			continue
		}
		k := findingKey{Rule: f.Rule, Submission: f.SubmissionID, Item: int(f.Item)}
		if withFile[k] {
			k.File = f.File
		}
		got[k] = true
	}
	missing, extra := diffFindings(want, got)
	for _, k := range missing {
		t.Errorf("completeness/file finding not reported: %s", k)
	}
	for _, k := range extra {
		t.Errorf("completeness/file finding not planted: %s", k)
	}
	t.Logf("completeness/file findings: %d planted, %d missed, %d extra", len(want), len(missing), len(extra))
}

// otherPeople measures the people and form rules per (rule, submission).
func otherPeople(t *testing.T, truth otherTruth, findings []models.FindingRow) {
	t.Helper()
	type key struct{ rule, sub string }
	measured := func(rule string) bool {
		return !otherExactRules[rule] && rule != models.RuleCopyCrossSchool
	}
	want, got := map[key]bool{}, map[key][]string{}
	rules := map[string]bool{}
	for _, f := range truth.Findings {
		if measured(f.Rule) {
			want[key{f.Rule, f.SubmissionID}] = true
			rules[f.Rule] = true
		}
	}
	for _, f := range findings {
		if measured(f.Rule) {
			k := key{f.Rule, f.SubmissionID}
			got[k] = append(got[k], fmt.Sprintf("item %d: %s %s", f.Item, f.Message, otherClip(f.Evidence, 160)))
			rules[f.Rule] = true
		}
	}
	var names []string
	for r := range rules {
		names = append(names, r)
	}
	sort.Strings(names)
	for _, r := range names {
		var tp, fp, fn int
		var lines []string
		for k := range want {
			if k.rule != r {
				continue
			}
			if got[k] != nil {
				tp++
			} else {
				fn++
				lines = append(lines, "  missed: "+k.sub)
			}
		}
		for k, msgs := range got {
			if k.rule == r && !want[k] {
				fp++
				lines = append(lines, "  not planted: "+k.sub+" — "+strings.Join(msgs, " | "))
			}
		}
		sort.Strings(lines)
		t.Logf("%-28s planted %d, reported %d: precision %s recall %s\n%s", r, tp+fn, tp+fp,
			otherRatio(tp, tp+fp), otherRatio(tp, tp+fn), strings.Join(lines, "\n"))
	}
}

// otherCopies measures copy.cross_school against the planted copies; a
// finding on item 1 (where the schools share only the curriculum standard's
// template text) fails the test.
func otherCopies(t *testing.T, truth otherTruth, findings []models.FindingRow) {
	t.Helper()
	type pair struct{ a, b otherLoc }
	planted := map[pair]int{}
	for i, c := range truth.Copies {
		planted[pair{c.A, c.B}] = i
		planted[pair{c.B, c.A}] = i
	}
	found := make([]bool, len(truth.Copies))
	var fps []string
	reported := 0
	for _, f := range findings {
		if f.Rule != models.RuleCopyCrossSchool {
			continue
		}
		reported++
		p := pair{otherLoc{f.SubmissionID, int(f.Item)}, otherLoc{f.OtherSubmissionID, int(f.OtherItem)}}
		if i, ok := planted[p]; ok {
			found[i] = true
			continue
		}
		desc := fmt.Sprintf("%s item %d p%d ↔ %s item %d p%d: %s", f.SubmissionID, f.Item, f.Page,
			f.OtherSubmissionID, f.OtherItem, f.OtherPage, otherClip(f.Evidence, 200))
		fps = append(fps, desc)
		if f.Item == 1 || f.OtherItem == 1 {
			t.Errorf("template text reported as copying: %s", desc)
		}
	}
	hit := 0
	for i, ok := range found {
		c := truth.Copies[i]
		if ok {
			hit++
		} else {
			t.Logf("copy missed: %s item %d ↔ %s item %d (%d chars planted)", c.A.SubmissionID, c.A.Item,
				c.B.SubmissionID, c.B.Item, utf8.RuneCountInString(c.Text))
		}
	}
	sort.Strings(fps)
	t.Logf("copy.cross_school: %d/%d planted copies found (recall %s); %d findings, %d on no planted pair:\n  %s",
		hit, len(truth.Copies), otherRatio(hit, len(truth.Copies)), reported, len(fps), strings.Join(fps, "\n  "))
}

func otherPct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func otherRatio(a, b int) string {
	if b == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%d/%d=%.2f", a, b, float64(a)/float64(b))
}

func otherClip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
