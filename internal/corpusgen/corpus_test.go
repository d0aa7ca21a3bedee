package corpusgen

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"classaudit/models"
)

// The small corpus is generated once for the tests that read it.
var (
	corpusOnce  sync.Once
	corpusDir   string
	corpusTruth *Truth
	corpusErr   error
)

const testSeed = 20250226

func TestMain(m *testing.M) {
	code := m.Run()
	if corpusDir != "" {
		os.RemoveAll(filepath.Dir(corpusDir))
	}
	os.Exit(code)
}

func smallCorpus(t *testing.T) (string, *Truth) {
	t.Helper()
	corpusOnce.Do(func() {
		base, err := os.MkdirTemp("", "corpusgen-")
		if err != nil {
			corpusErr = err
			return
		}
		corpusDir = filepath.Join(base, "corpus")
		corpusTruth, corpusErr = Generate(corpusDir, Options{Seed: testSeed})
	})
	if corpusErr != nil {
		t.Fatal(corpusErr)
	}
	return corpusDir, corpusTruth
}

// readFile returns the bytes of a truth RelPath, from disk or from the
// school's zip (RelPath "<school>/<rest>" ↔ member "<school>/<rest>").
func readFile(dir string, tr *Truth, rel string) ([]byte, error) {
	for _, z := range tr.ZipSchools {
		if strings.HasPrefix(rel, z+"/") {
			zr, err := zip.OpenReader(filepath.Join(dir, z+".zip"))
			if err != nil {
				return nil, err
			}
			defer zr.Close()
			for _, f := range zr.File {
				if zipName(f) == rel {
					rc, err := f.Open()
					if err != nil {
						return nil, err
					}
					defer rc.Close()
					return io.ReadAll(rc)
				}
			}
			return nil, fmt.Errorf("%s: not in %s.zip", rel, z)
		}
	}
	return os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
}

// zipName decodes a member name written without the UTF-8 flag as GBK.
func zipName(f *zip.File) string {
	if f.NonUTF8 {
		if s, err := simplifiedchinese.GBK.NewDecoder().String(f.Name); err == nil {
			return s
		}
	}
	return f.Name
}

func TestDeterministic(t *testing.T) {
	dir, tr := smallCorpus(t)
	other := filepath.Join(t.TempDir(), "again")
	if _, err := Generate(other, Options{Seed: testSeed, Profile: "small"}); err != nil {
		t.Fatal(err)
	}
	a, b := fileHashes(t, dir), fileHashes(t, other)
	if len(a) == 0 {
		t.Fatal("no files")
	}
	if !reflect.DeepEqual(keys(a), keys(b)) {
		t.Fatalf("file lists differ:\n%v\n%v", keys(a), keys(b))
	}
	for k := range a {
		if !bytes.Equal(a[k], b[k]) {
			t.Errorf("%s differs between two runs with the same seed", k)
		}
	}
	// another seed plans another corpus (planning decides every text)
	cp, err := planCorpus(Options{Seed: testSeed + 1})
	if err != nil {
		t.Fatal(err)
	}
	if reflect.DeepEqual(cp.truth.Submissions, tr.Submissions) {
		t.Error("another seed gave the same submissions")
	}
}

func fileHashes(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func keys(m map[string][]byte) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func TestGenerateRefusesNonEmptyDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(dir, Options{Seed: 1}); err == nil {
		t.Error("Generate wrote into a non-empty folder")
	}
	if _, err := Generate(filepath.Join(dir, "new"), Options{Seed: 1, Profile: "huge"}); err == nil {
		t.Error("unknown profile accepted")
	}
}

// TestPDFTextMatchesTruth: every readable PDF's text, as pdftotext reads
// it, holds exactly the Han characters the truth says each page shows.
func TestPDFTextMatchesTruth(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	dir, tr := smallCorpus(t)
	byFile := map[string][]TruthPage{}
	for _, p := range tr.Pages {
		if p.Scanned {
			continue // image only: TestScannedPages
		}
		byFile[p.File] = append(byFile[p.File], p)
	}
	if len(byFile) < 60 {
		t.Fatalf("only %d PDFs with pages in the truth", len(byFile))
	}
	tmp := t.TempDir()
	n := 0
	for file, pages := range byFile {
		data, err := readFile(dir, tr, file)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(tmp, fmt.Sprintf("%d.pdf", n))
		n++
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", p, "-").Output()
		if err != nil {
			t.Errorf("%s: pdftotext: %v", file, err)
			continue
		}
		got := strings.Split(strings.TrimSuffix(string(out), "\f"), "\f")
		if len(got) != len(pages) {
			t.Errorf("%s: pdftotext sees %d pages, truth has %d", file, len(got), len(pages))
			continue
		}
		for i, pg := range pages {
			if pg.Page != i+1 {
				t.Fatalf("%s: truth pages out of order", file)
			}
			want := string(hanOnly(pg.Text))
			if h := string(hanOnly(got[i])); h != want {
				t.Errorf("%s page %d: Han text differs\n got %q\nwant %q", file, pg.Page, firstDiff(h, want), firstDiff(want, h))
			}
			if want == "" {
				t.Errorf("%s page %d: no Han text", file, pg.Page)
			}
		}
	}
}

func firstDiff(a, b string) string {
	ra, rb := []rune(a), []rune(b)
	i := 0
	for i < len(ra) && i < len(rb) && ra[i] == rb[i] {
		i++
	}
	lo := max(0, i-10)
	hi := min(len(ra), i+20)
	return string(ra[lo:hi])
}

// TestPlantedFiles: the planted bad files are what the truth says.
func TestPlantedFiles(t *testing.T) {
	dir, tr := smallCorpus(t)
	seen := map[string]int{}
	for _, s := range tr.Submissions {
		for _, f := range s.Files {
			if f.Defect == "" {
				continue
			}
			seen[f.Defect]++
			data, err := readFile(dir, tr, f.RelPath)
			if err != nil {
				t.Fatal(err)
			}
			switch f.Defect {
			case defectZero:
				if len(data) != 0 {
					t.Errorf("%s: %d bytes, want 0", f.RelPath, len(data))
				}
			case defectTruncated:
				if !bytes.HasPrefix(data, []byte("%PDF-")) || bytes.Contains(data, []byte("%%EOF")) || bytes.Contains(data, []byte("trailer")) {
					t.Errorf("%s: not a truncated PDF", f.RelPath)
				}
				if qpdfFails(t, data, "--check") == false {
					t.Errorf("%s: qpdf --check accepts the truncated PDF", f.RelPath)
				}
			case defectEncrypted:
				checkEncrypted(t, f.RelPath, data)
			case defectDocxAsPDF:
				if !strings.HasSuffix(f.RelPath, ".pdf") || !bytes.HasPrefix(data, []byte("PK")) {
					t.Errorf("%s: not a docx named .pdf", f.RelPath)
				}
				checkDocx(t, f.RelPath, data)
			case defectDuplicate:
				if !bytes.HasPrefix(data, []byte("%PDF-")) {
					t.Errorf("%s: duplicate is not a PDF", f.RelPath)
				}
			}
		}
	}
	for _, d := range []string{defectZero, defectTruncated, defectEncrypted, defectDocxAsPDF, defectDuplicate} {
		if seen[d] == 0 {
			t.Errorf("small profile plants no %s file", d)
		}
	}
}

// qpdfFails reports whether qpdf with args rejects data (false when qpdf is
// not installed: the caller's check then passes).
func qpdfFails(t *testing.T, data []byte, args ...string) bool {
	if _, err := exec.LookPath("qpdf"); err != nil {
		return true
	}
	p := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	err := exec.Command("qpdf", append(args, p)...).Run()
	var ee *exec.ExitError
	return errors.As(err, &ee) && ee.ExitCode() == 2
}

func checkEncrypted(t *testing.T, rel string, data []byte) {
	t.Helper()
	if !bytes.Contains(data, []byte("/Encrypt")) {
		t.Errorf("%s: no /Encrypt dictionary", rel)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return
	}
	p := filepath.Join(t.TempDir(), "enc.pdf")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("pdftotext", p, "-").CombinedOutput(); err == nil {
		t.Errorf("%s: pdftotext read it without a password: %.80q", rel, out)
	}
	out, err := exec.Command("pdftotext", "-upw", "gx2025", p, "-").Output()
	if err != nil || len(hanOnly(string(out))) < 50 {
		t.Errorf("%s: the user password does not open it (%v)", rel, err)
	}
}

// checkDocx opens a docx as a zip and parses every XML part.
func checkDocx(t *testing.T, rel string, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Errorf("%s: not a zip: %v", rel, err)
		return ""
	}
	parts := map[string]bool{}
	var text strings.Builder
	for _, f := range zr.File {
		parts[f.Name] = true
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		dec := xml.NewDecoder(bytes.NewReader(b))
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Errorf("%s: %s is not well-formed XML: %v", rel, f.Name, err)
				break
			}
			if cd, ok := tok.(xml.CharData); ok && f.Name == "word/document.xml" {
				text.Write(cd)
				text.WriteByte('\n')
			}
		}
	}
	for _, p := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml"} {
		if !parts[p] {
			t.Errorf("%s: part %s missing", rel, p)
		}
	}
	return text.String()
}

// TestForms: every form names the submission's facts under the official
// labels, as docx or as PDF.
func TestForms(t *testing.T) {
	dir, tr := smallCorpus(t)
	formats := map[string]int{}
	for _, s := range tr.Submissions {
		var form *TruthFile
		for i := range s.Files {
			if s.Files[i].Kind == string(models.KindForm) {
				form = &s.Files[i]
			}
		}
		if (form == nil) != (s.FormFormat == "") {
			t.Fatalf("%s: form file and FormFormat disagree", s.ID)
		}
		if form == nil {
			continue
		}
		formats[form.Format]++
		var text string
		switch form.Format {
		case "docx":
			data, err := readFile(dir, tr, form.RelPath)
			if err != nil {
				t.Fatal(err)
			}
			text = checkDocx(t, form.RelPath, data)
		case "pdf":
			for _, p := range tr.PagesOf(form.RelPath) {
				text += p.Text + "\n"
			}
		}
		major := s.Major
		planted := map[string]bool{}
		for _, p := range tr.People {
			if p.SubmissionID == s.ID {
				planted[p.Kind] = true
			}
		}
		if planted[formMajorAbbrev] {
			major = majorAbbrevs[s.MajorCode]
			if strings.Contains(text, s.Major) {
				t.Errorf("%s: form with an abbreviated major names %s", s.ID, s.Major)
			}
		}
		for _, want := range []string{"课堂负责人", s.Leader, "负责人所在单位", s.School, "专业名称", major, "专业编码", s.MajorCode,
			"授课课程名称", s.Course, "授课学习任务名称", s.Task, "培养层级", s.Level, "授课年级", s.Grade, "授课班级", s.Class,
			"班级人数", itoa(s.ClassSize), "是否获得一体化教师培训证书", "三、目标与内容", "四、资源与环境", "五、考核评价", "六、组织实施",
			"七、学习成效", "八、创新与特色"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s (%s): form lacks %q", s.ID, form.Format, want)
			}
		}
		for _, tc := range s.Teachers {
			if !strings.Contains(text, tc.Name) || !strings.Contains(text, tc.Birth) {
				t.Errorf("%s: teacher %s missing from the form", s.ID, tc.Name)
			}
		}
		if (len(s.Teachers) < 1 || len(s.Teachers) > 4) && !(planted[formTeamOfFive] && len(s.Teachers) == 5) {
			t.Errorf("%s: %d teachers", s.ID, len(s.Teachers))
		}
	}
	if formats["docx"] == 0 || formats["pdf"] == 0 {
		t.Errorf("forms by format: %v, want both docx and pdf", formats)
	}
}

// TestGBKZip: the zip school stores GBK names without the UTF-8 flag, in a
// top folder named after the school.
func TestGBKZip(t *testing.T) {
	dir, tr := smallCorpus(t)
	if len(tr.ZipSchools) != 1 {
		t.Fatalf("zip schools: %v", tr.ZipSchools)
	}
	z := tr.ZipSchools[0]
	zr, err := zip.OpenReader(filepath.Join(dir, z+".zip"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	names := map[string]bool{}
	for _, f := range zr.File {
		if f.Flags&0x800 != 0 {
			t.Errorf("%q has the UTF-8 flag", f.Name)
		}
		if utf8.ValidString(f.Name) && strings.ContainsFunc(zipName(f), isHan) {
			t.Errorf("%q is stored as UTF-8", zipName(f))
		}
		n := zipName(f)
		if !strings.HasPrefix(n, z+"/") {
			t.Errorf("%q is not inside the top folder %s/", n, z)
		}
		names[n] = true
	}
	files := 0
	for _, s := range tr.Submissions {
		if s.School != z {
			continue
		}
		for _, f := range s.Files {
			files++
			if !names[f.RelPath] {
				t.Errorf("%s not in the zip", f.RelPath)
			}
		}
	}
	if files == 0 {
		t.Error("the zip school has no files in the truth")
	}
	if _, err := os.Stat(filepath.Join(dir, z)); !os.IsNotExist(err) {
		t.Errorf("the zip school also exists as a folder")
	}
}

// TestTruthConsistency: the truth agrees with the files and with itself.
func TestTruthConsistency(t *testing.T) {
	dir, tr := smallCorpus(t)
	loaded, err := LoadTruth(filepath.Join(dir, TruthFileName))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(loaded, tr) {
		t.Error("LoadTruth does not give back what Generate returned")
	}
	if tr.Seed != testSeed || tr.Profile != "small" || tr.Version != TruthVersion || len(tr.Schools) != 4 || len(tr.Submissions) != 8 {
		t.Fatalf("header: seed %d profile %q schools %d submissions %d", tr.Seed, tr.Profile, len(tr.Schools), len(tr.Submissions))
	}
	ref, err := os.ReadFile(filepath.Join(dir, tr.ReferenceDir, referenceFileName))
	if err != nil || tr.ReferenceDir != ReferenceDirName {
		t.Fatalf("reference text: %v", err)
	}
	for _, s := range tr.Submissions {
		if !strings.Contains(string(ref), "\n"+s.Course+"\n") || !strings.Contains(string(ref), "\n"+s.Task+"\n") {
			t.Errorf("%s: course or task not in the reference text", s.ID)
		}
	}
	findings := map[string][]TruthFinding{}
	for _, f := range tr.Findings {
		findings[f.SubmissionID] = append(findings[f.SubmissionID], f)
	}
	clean := 0
	majorCodes := map[string]string{}
	for _, m := range majors {
		majorCodes[m.Name] = m.Code
	}
	for _, s := range tr.Submissions {
		if !strings.HasPrefix(s.ID, s.School+"/") || s.ID != s.School+"/"+s.Name {
			t.Errorf("id %q", s.ID)
		}
		if majorCodes[s.Major] != s.MajorCode {
			t.Errorf("%s: major %s code %s", s.ID, s.Major, s.MajorCode)
		}
		if s.ClassSize != len(s.Roster) || s.ClassSize < 25 || s.ClassSize > 45 {
			t.Errorf("%s: class size %d, roster %d", s.ID, s.ClassSize, len(s.Roster))
		}
		inClass := map[string]bool{}
		for _, n := range s.Roster {
			if inClass[n] {
				t.Errorf("%s: %s twice in the roster", s.ID, n)
			}
			inClass[n] = true
		}
		if len(s.Students) != 3 {
			t.Errorf("%s: %d students", s.ID, len(s.Students))
		}
		outsider := map[string]bool{}
		for _, p := range tr.People {
			if p.SubmissionID == s.ID && p.Kind == pplOutsider {
				for _, n := range p.Names {
					outsider[n] = true
				}
			}
		}
		for _, n := range s.Students {
			if !inClass[n] && !outsider[n] {
				t.Errorf("%s: student %s not in the class", s.ID, n)
			}
			if inClass[n] && outsider[n] {
				t.Errorf("%s: outsider %s in the class", s.ID, n)
			}
		}
		items := map[int][]string{}
		for _, f := range s.Files {
			if !strings.HasPrefix(f.RelPath, s.ID+"/") {
				t.Errorf("%s: file %s outside the submission", s.ID, f.RelPath)
			}
			if _, err := readFile(dir, tr, f.RelPath); err != nil {
				t.Errorf("%s: %v", f.RelPath, err)
			}
			if f.Kind == string(models.KindItem) {
				items[f.Item] = append(items[f.Item], f.RelPath)
			}
		}
		want := map[string]bool{}
		for n := 1; n <= models.ItemCount; n++ {
			switch len(items[n]) {
			case 0:
				want[fmt.Sprintf("%s|%d|", models.RuleItemMissing, n)] = true
			case 1:
			default:
				sort.Strings(items[n])
				want[fmt.Sprintf("%s|%d|%s", models.RuleItemDuplicate, n, items[n][1])] = true
			}
		}
		if s.FormFormat == "" {
			want[models.RuleFormMissing+"|0|"] = true
		}
		for _, f := range s.Files {
			switch {
			case f.Kind == string(models.KindOther):
				want[fmt.Sprintf("%s|0|%s", models.RuleItemUnrecognized, f.RelPath)] = true
			case f.Defect == defectEncrypted:
				want[fmt.Sprintf("%s|%d|%s", models.RuleFileEncrypted, f.Item, f.RelPath)] = true
			case f.Defect != "" && f.Defect != defectDuplicate:
				want[fmt.Sprintf("%s|%d|%s", models.RuleFileUnreadable, f.Item, f.RelPath)] = true
			}
		}
		// People and form defects are listed in People; copies (copies.go)
		// are checked by copies_test.go.
		for _, p := range tr.People {
			if p.SubmissionID == s.ID {
				file := ""
				for _, f := range s.Files {
					if p.Item == 0 && f.Kind == string(models.KindForm) || p.Item > 0 && f.Kind == string(models.KindItem) && f.Item == p.Item {
						file = f.RelPath
					}
				}
				want[fmt.Sprintf("%s|%d|%s", p.Rule, p.Item, file)] = true
			}
		}
		got := map[string]bool{}
		for _, f := range findings[s.ID] {
			if plantedPassageRule(f.Rule) {
				continue // planted copies: TestPlantedSpans (copies_test.go)
			}
			got[fmt.Sprintf("%s|%d|%s", f.Rule, f.Item, f.File)] = true
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: truth findings %v, files say %v", s.ID, got, want)
		}
		if len(want) == 0 {
			clean++
		}
		checkStudentPages(t, tr, &s)
	}
	if clean < 2 {
		t.Errorf("%d clean submissions, want at least 2", clean)
	}
	rules := map[string]bool{}
	for _, f := range tr.Findings {
		rules[f.Rule] = true
	}
	for _, r := range []string{models.RuleFileUnreadable, models.RuleFileEncrypted, models.RuleItemMissing, models.RuleItemDuplicate,
		models.RuleItemUnrecognized, models.RuleFormMissing, models.RuleStudentsCount, models.RuleStudentsMismatch,
		models.RuleStudentsNotInClass, models.RuleRecordsMissingStudent, models.RuleRecordsCountMismatch, models.RuleRecordsInvalidScore,
		models.RuleFormTeamSize, models.RuleFormMajor, models.RuleFormSectionLength, models.RuleFormSixSteps} {
		if !rules[r] {
			t.Errorf("no %s planted", r)
		}
	}
}

// checkStudentPages: item 10 lists every record once; items 8, 11 and 12
// name their students after a label (or in a 姓名 column), and no other
// class member outside a group-work table.
func checkStudentPages(t *testing.T, tr *Truth, s *TruthSubmission) {
	t.Helper()
	missing := map[string]bool{}
	groupWork := false
	for _, p := range tr.People {
		if p.SubmissionID == s.ID && (p.Kind == pplMissingRecord || p.Kind == pplFewerRecords) {
			missing[p.Names[0]] = true
		}
	}
	for _, c := range tr.Controls {
		if c.SubmissionID == s.ID && c.Kind == ctlGroupWork {
			groupWork = true
		}
	}
	for _, f := range s.Files {
		if f.Kind != string(models.KindItem) || f.Pages == 0 {
			continue
		}
		var text strings.Builder
		for _, p := range tr.PagesOf(f.RelPath) {
			text.WriteString(p.Text + "\n")
		}
		txt := "\n" + text.String()
		switch f.Item {
		case models.RecordsItem:
			k := 0
			for _, n := range s.Roster {
				row := fmt.Sprintf("\n%d %s ", k+1, n)
				want := 1
				if missing[n] {
					want = 0
					row = " " + n + " "
				} else {
					k++
				}
				if strings.Count(txt, row) != want {
					t.Errorf("%s: row %q found %d times", f.RelPath, row, strings.Count(txt, row))
				}
			}
		case 8, 11, 12:
			studs := s.Students
			if ss, ok := s.ItemStudents[f.Item]; ok {
				studs = ss
			}
			for _, n := range studs {
				labelled := false
				for _, l := range []string{"名：" + n + "\n", "名:" + n + "\n", "人：" + n + "\n", "人:" + n + "\n", "生：" + n + "\n", "姓名：\n" + n + "\n", "\n" + n + " "} {
					labelled = labelled || strings.Contains(txt, l)
				}
				if !labelled {
					t.Errorf("%s: student %s not named after a label", f.RelPath, n)
				}
			}
			if f.Item == 8 && groupWork {
				continue
			}
			for _, n := range s.Roster {
				if !contains(studs, n) && strings.Contains(txt, n) {
					t.Errorf("%s: class member %s, not one of the three, appears", f.RelPath, n)
				}
			}
		}
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestSummaryTables: each school's 汇总表 lists its submissions.
func TestSummaryTables(t *testing.T) {
	dir, tr := smallCorpus(t)
	if len(tr.SchoolFiles) != len(tr.Schools) {
		t.Fatalf("%d school files for %d schools", len(tr.SchoolFiles), len(tr.Schools))
	}
	for _, sf := range tr.SchoolFiles {
		data, err := readFile(dir, tr, sf.RelPath)
		if err != nil {
			t.Fatal(err)
		}
		x, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", sf.RelPath, err)
		}
		rows, err := x.GetRows(x.GetSheetList()[0])
		x.Close()
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, s := range tr.Submissions {
			if s.School != sf.School {
				continue
			}
			n++
			found := false
			for _, r := range rows {
				if len(r) >= 5 && r[1] == s.Major && r[2] == s.MajorCode && r[3] == s.Course && r[4] == s.Leader {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: no row for %s", sf.RelPath, s.ID)
			}
		}
		if len(rows) != n+3 {
			t.Errorf("%s: %d rows for %d submissions", sf.RelPath, len(rows), n)
		}
	}
}

// TestNamingStyles: the small profile uses several file-naming styles.
func TestNamingStyles(t *testing.T) {
	_, tr := smallCorpus(t)
	var names []string
	for _, s := range tr.Submissions {
		for _, f := range s.Files {
			if f.Item == 1 {
				names = append(names, f.RelPath[strings.LastIndexByte(f.RelPath, '/')+1:])
			}
		}
	}
	styles := map[string]bool{}
	for _, n := range names {
		styles[strings.TrimSuffix(strings.SplitN(n, "课程标准", 2)[0], " ")] = true
	}
	if len(styles) < 4 {
		t.Errorf("item 1 named in %d ways only: %v", len(styles), names)
	}
}

func BenchmarkGenerateSmall(b *testing.B) {
	for i := 0; i < b.N; i++ {
		dir := filepath.Join(b.TempDir(), "c")
		if _, err := Generate(dir, Options{Seed: int64(i)}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPlanLarge(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := planCorpus(Options{Seed: int64(i), Profile: "large"}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPagesHoldAllBlocks: laying a document out neither drops nor adds
// text: its pages hold the Han characters of its blocks, in order.
func TestPagesHoldAllBlocks(t *testing.T) {
	cp, err := planCorpus(Options{Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	pw, err := newPDFWriter(fixedTime)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, sp := range cp.schools[:2] {
		for _, sub := range sp.subs {
			for _, d := range sub.docs {
				if d.format != "pdf" || d.defect != "" {
					continue
				}
				if d.scan != nil {
					// the layout only: drawing is TestScanLayoutKeepsLines's
					pages, err := layoutScanned(d.blocks, d.scan.dpi)
					if err != nil {
						t.Fatal(err)
					}
					d.pages = nil
					for _, p := range pages {
						var lines []string
						for _, l := range p {
							lines = append(lines, l.truth)
						}
						d.pages = append(d.pages, strings.Join(lines, "\n"))
					}
				} else if err := renderDoc(pw, d); err != nil {
					t.Fatal(err)
				}
				var want, got strings.Builder
				for _, b := range d.blocks {
					want.WriteString(b.text)
					for _, r := range b.rows {
						want.WriteString(strings.Join(r, ""))
					}
				}
				for _, p := range d.pages {
					got.WriteString(p)
				}
				if string(hanOnly(got.String())) != string(hanOnly(want.String())) {
					t.Errorf("%s: pages and blocks differ", d.relPath)
				}
				n++
			}
		}
	}
	if n < 20 {
		t.Fatalf("only %d documents checked", n)
	}
}

// TestRosters: a 花名册 lists the class in item 10's order.
func TestRosters(t *testing.T) {
	dir, tr := smallCorpus(t)
	n := 0
	for _, s := range tr.Submissions {
		for _, f := range s.Files {
			if f.Kind != string(models.KindRoster) {
				continue
			}
			n++
			data, err := readFile(dir, tr, f.RelPath)
			if err != nil {
				t.Fatal(err)
			}
			x, err := excelize.OpenReader(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("%s: %v", f.RelPath, err)
			}
			rows, err := x.GetRows(x.GetSheetList()[0])
			x.Close()
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, r := range rows[1:] {
				names = append(names, r[1])
			}
			if !reflect.DeepEqual(names, s.Roster) {
				t.Errorf("%s: roster %v, truth %v", f.RelPath, names, s.Roster)
			}
		}
	}
	if n == 0 {
		t.Error("no roster in the small profile")
	}
}

// TestLargeProfilePlantsEveryDefect: the large plan plants every kind of
// defect and leaves most submissions clean.
func TestLargeProfilePlantsEveryDefect(t *testing.T) {
	cp, err := planCorpus(Options{Seed: 2, Profile: "large"})
	if err != nil {
		t.Fatal(err)
	}
	tr := cp.truth
	if len(tr.Schools) != 30 || len(tr.Submissions) < 90 || len(tr.Submissions) > 120 || len(tr.ZipSchools) != 2 {
		t.Fatalf("large: %d schools, %d submissions, %d zips", len(tr.Schools), len(tr.Submissions), len(tr.ZipSchools))
	}
	kinds := map[string]int{}
	subs := map[string]bool{}
	for _, f := range tr.Findings {
		kinds[f.Note]++
		subs[f.SubmissionID] = true
	}
	for _, set := range defectSets {
		for _, d := range set {
			if kinds[d] == 0 {
				t.Errorf("no %s planted", d)
			}
		}
	}
	if len(subs) > len(tr.Submissions)/3 {
		t.Errorf("%d of %d submissions carry defects", len(subs), len(tr.Submissions))
	}
}

// TestDocxOpensInLibreOffice converts one docx form to text with
// LibreOffice (skipped where soffice is not installed).
func TestDocxOpensInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not installed")
	}
	dir, tr := smallCorpus(t)
	for _, s := range tr.Submissions {
		if s.FormFormat != "docx" {
			continue
		}
		for _, f := range s.Files {
			if f.Kind != string(models.KindForm) {
				continue
			}
			data, err := readFile(dir, tr, f.RelPath)
			if err != nil {
				t.Fatal(err)
			}
			tmp := t.TempDir()
			if err := os.WriteFile(filepath.Join(tmp, "form.docx"), data, 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(tmp, "profile"),
				"--convert-to", "txt:Text", "--outdir", tmp, filepath.Join(tmp, "form.docx"))
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("soffice: %v\n%s", err, out)
			}
			txt, err := os.ReadFile(filepath.Join(tmp, "form.txt"))
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{"课堂负责人", s.Leader, "班级人数", itoa(s.ClassSize), "六、组织实施"} {
				if !strings.Contains(string(txt), want) {
					t.Errorf("%s: LibreOffice text lacks %q", f.RelPath, want)
				}
			}
			return // one form is enough: it is slow
		}
	}
	t.Fatal("no docx form in the small profile")
}

// TestNoFrameSyntaxLeaks: no slot or alternative is left unexpanded.
func TestNoFrameSyntaxLeaks(t *testing.T) {
	for _, prof := range []string{"small", "large"} {
		cp, err := planCorpus(Options{Seed: 4, Profile: prof})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, sp := range cp.schools {
			for _, sub := range sp.subs {
				for _, d := range sub.docs {
					for _, b := range d.blocks {
						texts := []string{b.text}
						for _, r := range b.rows {
							texts = append(texts, r...)
						}
						for _, s := range texts {
							n++
							if strings.ContainsAny(s, "{}[]|") {
								t.Errorf("%s: %q", d.relPath, s)
							}
						}
					}
				}
			}
		}
		if n < 1000 {
			t.Fatalf("%s: only %d texts", prof, n)
		}
	}
}
