package pipeline

import (
	"archive/zip"
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"classaudit/models"
)

// zm is one member of a test zip.
type zm struct {
	name string
	data []byte
	gbk  bool // GBK name without the UTF-8 flag, as Chinese Windows writes it
}

func zipBytes(t testing.TB, members ...zm) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, m := range members {
		fh := &zip.FileHeader{Name: m.name, Method: zip.Deflate}
		if m.gbk {
			enc, err := simplifiedchinese.GBK.NewEncoder().String(m.name)
			if err != nil {
				t.Fatal(err)
			}
			fh.Name, fh.NonUTF8 = enc, true
		}
		w, err := zw.CreateHeader(fh)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(m.data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// writeTree writes files (path → content) under dir.
func writeTree(t testing.TB, dir string, files map[string][]byte) {
	t.Helper()
	for p, data := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// submissionFiles returns the item files of a complete submission under prefix.
func submissionFiles(prefix string) map[string][]byte {
	m := map[string][]byte{prefix + "附件2 申报书.docx": []byte("form")}
	for n := 1; n <= models.ItemCount; n++ {
		m[prefix+itoa(n)+"."+models.ItemName(n)+".pdf"] = []byte("item " + itoa(n))
	}
	return m
}

func zipOf(t testing.TB, files map[string][]byte, prefix string, gbk bool) []byte {
	var ms []zm
	for p, d := range files {
		ms = append(ms, zm{name: prefix + p, data: d, gbk: gbk})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].name < ms[j].name })
	return zipBytes(t, ms...)
}

// sweep runs Discover over a root built by build, with the unpack folder
// beside it, and checks that Discover wrote nothing outside TempDir.
func sweep(t *testing.T, build func(root string), opts DiscoverOptions) *Discovery {
	t.Helper()
	parent := t.TempDir()
	root := filepath.Join(parent, "root")
	os.Mkdir(root, 0o755)
	build(root)
	before := listFiles(t, parent)
	opts.TempDir = filepath.Join(parent, "tmp")
	d, err := Discover(context.Background(), root, opts)
	if err != nil {
		t.Fatalf("Discover: %v", err)
	}
	tmpPrefix := opts.TempDir + string(filepath.Separator)
	for p := range listFiles(t, parent) {
		if !before[p] && !strings.HasPrefix(p, tmpPrefix) {
			t.Errorf("Discover wrote %s outside TempDir", p)
		}
	}
	for p := range before {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("input file %s disappeared", p)
		}
	}
	checkDiscovery(t, d, root, opts.TempDir)
	return d
}

func listFiles(t testing.TB, dir string) map[string]bool {
	out := map[string]bool{}
	filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			out[p] = true
		}
		return nil
	})
	return out
}

// checkDiscovery checks the invariants every discovery must hold.
func checkDiscovery(t *testing.T, d *Discovery, root, tmp string) {
	t.Helper()
	if !sort.SliceIsSorted(d.Submissions, func(i, j int) bool { return d.Submissions[i].ID < d.Submissions[j].ID }) {
		t.Error("submissions not sorted by ID")
	}
	n := 0
	for _, sc := range d.Schools {
		n += len(sc.Submissions)
		for _, f := range sc.Files {
			if f.Kind != models.KindSummary || f.School != sc.Name || f.SubmissionID != "" {
				t.Errorf("school file %+v", f)
			}
		}
	}
	if n != len(d.Submissions) {
		t.Errorf("%d submissions in schools, %d in total", n, len(d.Submissions))
	}
	absRoot, _ := filepath.Abs(root)
	for _, s := range d.Submissions {
		if s.ID != s.School+"/"+s.Name {
			t.Errorf("submission id %q, school %q, name %q", s.ID, s.School, s.Name)
		}
		if !sort.SliceIsSorted(s.Files, func(i, j int) bool { return s.Files[i].RelPath < s.Files[j].RelPath }) {
			t.Errorf("%s: files not sorted", s.ID)
		}
		for _, f := range s.Files {
			if f.SubmissionID != s.ID || f.School != s.School {
				t.Errorf("%s: file %+v", s.ID, f)
			}
			// Every file path starts with the submission's id (the school's
			// name for a flat school); no test here wraps a school folder
			// (not zip) in another folder, which would keep that folder.
			prefix := s.ID + "/"
			if s.Name == s.School {
				prefix = s.School + "/"
			}
			if strings.Contains(f.RelPath, `\`) || !strings.HasPrefix(f.RelPath, prefix) {
				t.Errorf("%s: RelPath %q", s.ID, f.RelPath)
			}
			if !strings.HasPrefix(f.DiskPath, absRoot+"/") && !strings.HasPrefix(f.DiskPath, tmp+"/") {
				t.Errorf("%s: DiskPath %q outside root and TempDir", s.ID, f.DiskPath)
			}
			fi, err := os.Stat(f.DiskPath)
			if err != nil || fi.Size() != f.Size {
				t.Errorf("%s: %s: stat %v, size %d", s.ID, f.RelPath, err, f.Size)
			}
			if isJunkPath(f.RelPath) {
				t.Errorf("%s: junk file %s", s.ID, f.RelPath)
			}
		}
		for _, fd := range s.Findings {
			if fd.SubmissionID != s.ID || fd.School != s.School || fd.Message == "" {
				t.Errorf("%s: finding %+v", s.ID, fd)
			}
		}
	}
	for _, fd := range d.Findings {
		if fd.SubmissionID != "" || fd.Message == "" || fd.Rule == "" {
			t.Errorf("discovery finding %+v", fd)
		}
	}
}

func ids(d *Discovery) []string {
	var out []string
	for _, s := range d.Submissions {
		out = append(out, s.ID)
	}
	return out
}

func sub(d *Discovery, id string) *models.Submission {
	for _, s := range d.Submissions {
		if s.ID == id {
			return s
		}
	}
	return nil
}

func rules(fs []models.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule+"@"+f.File)
	}
	sort.Strings(out)
	return out
}

// itemsOf maps each item number to the submission's files of it.
func itemsOf(s *models.Submission) map[int]int {
	m := map[int]int{}
	for _, f := range s.Files {
		if f.Kind == models.KindItem {
			m[f.Item]++
		}
	}
	return m
}

func complete(t *testing.T, s *models.Submission) {
	t.Helper()
	if s == nil {
		t.Error("submission missing")
		return
	}
	got := itemsOf(s)
	for n := 1; n <= models.ItemCount; n++ {
		if got[n] != 1 {
			t.Errorf("%s: item %d has %d files", s.ID, n, got[n])
		}
	}
	forms := 0
	for _, f := range s.Files {
		if f.Kind == models.KindForm {
			forms++
		}
	}
	if forms != 1 {
		t.Errorf("%s: %d forms", s.ID, forms)
	}
}

func TestDiscoverLayout(t *testing.T) {
	t.Parallel()
	d := sweep(t, func(root string) {
		files := map[string][]byte{
			".truth.json":            []byte("{}"),
			"学校A/汇总表.xlsx":           []byte("summary"),
			"学校A/Thumbs.db":          []byte("junk"),
			"学校A/.DS_Store":          []byte("junk"),
			"学校A/课堂1/~$申报书.docx":     []byte("lock"),
			"学校A/课堂1/课堂实录/第1课.mp4":   []byte("video1"),
			"学校A/课堂1/课堂实录/概述.mp4":    []byte("video0"),
			"学校A/课堂1/desktop.ini":    []byte("junk"),
			"学校A/课堂1/__MACOSX/x.pdf": []byte("junk"),
			"学校A/课堂2.zip":            zipOf(t, submissionFiles(""), "", true),
			"学校A/课堂3/成果材料/说明.txt":    []byte("other"),
			"学校D/附件4 汇总表.xlsx":       []byte("summary"),
			"学校D/课堂实录/1.mp4":         []byte("v"),
		}
		for p, data := range submissionFiles("学校A/课堂1/") {
			files[p] = data
		}
		for p, data := range submissionFiles("学校A/课堂3/成果材料/") {
			files[p] = data
		}
		for p, data := range submissionFiles("学校D/") {
			files[p] = data
		}
		// A school zip made on Chinese Windows: GBK names, a top folder
		// named after the school, macOS junk.
		b := map[string][]byte{"__MACOSX/学校B/._x": []byte("junk")}
		for p, data := range submissionFiles("学校B/电子商务课堂/") {
			b[p] = data
		}
		for p, data := range submissionFiles("学校B/数控加工课堂/") {
			b[p] = data
		}
		files["学校B.zip"] = zipOf(t, b, "", true)
		// A school zip holding submission zips directly.
		files["学校C.zip"] = zipBytes(t,
			zm{name: "课堂甲.zip", data: zipOf(t, submissionFiles(""), "", false)},
			zm{name: "课堂乙.zip", data: zipOf(t, submissionFiles("课堂乙/"), "", true), gbk: true},
		)
		writeTree(t, root, files)
	}, DiscoverOptions{})

	want := []string{
		"学校A/课堂1", "学校A/课堂2", "学校A/课堂3",
		"学校B/数控加工课堂", "学校B/电子商务课堂",
		"学校C/课堂乙", "学校C/课堂甲",
		"学校D/学校D",
	}
	if got := ids(d); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("ids\n got %q\nwant %q", got, want)
	}
	for _, id := range want {
		complete(t, sub(d, id))
	}
	if len(d.Findings) != 0 {
		t.Errorf("findings %q", rules(d.Findings))
	}
	// RelPaths: folders as they are, zips without ".zip".
	relPaths := map[string]string{
		"学校A/课堂1":    "学校A/课堂1/1.课程标准(校本转化).pdf",
		"学校A/课堂2":    "学校A/课堂2/1.课程标准(校本转化).pdf",
		"学校A/课堂3":    "学校A/课堂3/成果材料/1.课程标准(校本转化).pdf",
		"学校B/电子商务课堂": "学校B/电子商务课堂/1.课程标准(校本转化).pdf", /* the zip's top folder is left out */
		"学校C/课堂甲":    "学校C/课堂甲/1.课程标准(校本转化).pdf",
		"学校C/课堂乙":    "学校C/课堂乙/课堂乙/1.课程标准(校本转化).pdf",
		"学校D/学校D":    "学校D/1.课程标准(校本转化).pdf",
	}
	for id, rel := range relPaths {
		s := sub(d, id)
		found := false
		for _, f := range s.Files {
			if f.RelPath == rel {
				found = true
				if data, err := os.ReadFile(f.DiskPath); err != nil || string(data) != "item 1" {
					t.Errorf("%s: %s holds %q (%v)", id, rel, data, err)
				}
				if f.Kind != models.KindItem || f.Item != 1 || f.Size != 6 {
					t.Errorf("%s: %+v", id, f)
				}
			}
		}
		if !found {
			t.Errorf("%s: no file %s", id, rel)
		}
	}
	// Videos and other files stay in their submission.
	videos := 0
	for _, f := range sub(d, "学校A/课堂1").Files {
		if f.Kind == models.KindVideo && f.Item == 13 {
			videos++
		}
	}
	if videos != 2 {
		t.Errorf("学校A/课堂1: %d videos, want 2", videos)
	}
	if n := len(sub(d, "学校A/课堂3").Files); n != 14 {
		t.Errorf("学校A/课堂3: %d files, want 14", n)
	}
	// Summary tables belong to the school, also in a flat school.
	for _, sc := range d.Schools {
		want := map[string]int{"学校A": 1, "学校D": 1}[sc.Name]
		if len(sc.Files) != want {
			t.Errorf("school %s: %d summary files, want %d", sc.Name, len(sc.Files), want)
		}
	}
	for _, f := range sub(d, "学校D/学校D").Files {
		if f.Kind == models.KindSummary {
			t.Errorf("flat school's submission holds the summary %s", f.RelPath)
		}
	}
}

// TestDiscoverShapes: the shapes a school's folder or zip arrives in.
func TestDiscoverShapes(t *testing.T) {
	t.Parallel()
	two := func(prefix string) map[string][]byte {
		m := submissionFiles(prefix + "甲班/")
		for p, d := range submissionFiles(prefix + "乙班/") {
			m[p] = d
		}
		return m
	}
	tests := []struct {
		name  string
		files func(t *testing.T) map[string][]byte
		want  []string
	}{
		{"zip, top folder named after the school", func(t *testing.T) map[string][]byte {
			return map[string][]byte{"学校S.zip": zipOf(t, two("学校S/"), "", true)}
		}, []string{"学校S/乙班", "学校S/甲班"}},
		{"zip, top folder with another name", func(t *testing.T) map[string][]byte {
			return map[string][]byte{"学校S.zip": zipOf(t, two("2025年申报材料/"), "", true)}
		}, []string{"学校S/乙班", "学校S/甲班"}},
		{"zip, submissions directly", func(t *testing.T) map[string][]byte {
			return map[string][]byte{"学校S.zip": zipOf(t, two(""), "", false)}
		}, []string{"学校S/乙班", "学校S/甲班"}},
		{"zip, one submission folder", func(t *testing.T) map[string][]byte {
			return map[string][]byte{"学校S.zip": zipOf(t, submissionFiles("电商课堂/"), "", true)}
		}, []string{"学校S/电商课堂"}},
		{"zip, wrapper folder twice", func(t *testing.T) map[string][]byte {
			return map[string][]byte{"学校S.zip": zipOf(t, two("学校S/学校S/"), "", true)}
		}, []string{"学校S/乙班", "学校S/甲班"}},
		{"zip, flat", func(t *testing.T) map[string][]byte {
			return map[string][]byte{"学校S.zip": zipOf(t, submissionFiles(""), "", true)}
		}, []string{"学校S/学校S"}},
		{"folder, flat", func(t *testing.T) map[string][]byte {
			return submissionFiles("学校S/")
		}, []string{"学校S/学校S"}},
		{"folder, one submission with a nested folder", func(t *testing.T) map[string][]byte {
			return submissionFiles("学校S/电商课堂/成果材料/")
		}, []string{"学校S/电商课堂"}},
		{"folder, submission named with a number", func(t *testing.T) map[string][]byte {
			m := submissionFiles("学校S/1.电子商务/")
			for p, d := range submissionFiles("学校S/2.数控加工/") {
				m[p] = d
			}
			return m
		}, []string{"学校S/1.电子商务", "学校S/2.数控加工"}},
		{"folder and zip of the same school merge", func(t *testing.T) map[string][]byte {
			m := submissionFiles("学校S/甲班/")
			m["学校S.zip"] = zipOf(t, submissionFiles("乙班/"), "", true)
			return m
		}, []string{"学校S/乙班", "学校S/甲班"}},
		{"submission named like an item (活动策划) beside another", func(t *testing.T) map[string][]byte {
			m := submissionFiles("学校S/电子商务-网店促销活动策划/")
			for p, d := range submissionFiles("学校S/数控加工/") {
				m[p] = d
			}
			return m
		}, []string{"学校S/数控加工", "学校S/电子商务-网店促销活动策划"}},
		{"zip, submission named like an item", func(t *testing.T) map[string][]byte {
			m := submissionFiles("学校S/电子商务-网店促销活动策划/")
			for p, d := range submissionFiles("学校S/数控加工/") {
				m[p] = d
			}
			return map[string][]byte{"学校S.zip": zipOf(t, m, "", true)}
		}, []string{"学校S/数控加工", "学校S/电子商务-网店促销活动策划"}},
		{"upper-case .ZIP submission", func(t *testing.T) map[string][]byte {
			return map[string][]byte{"学校S/甲班.ZIP": zipOf(t, submissionFiles(""), "", true)}
		}, []string{"学校S/甲班"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := sweep(t, func(root string) { writeTree(t, root, tc.files(t)) }, DiscoverOptions{})
			if got := ids(d); strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Fatalf("ids %q, want %q", got, tc.want)
			}
			for _, id := range tc.want {
				complete(t, sub(d, id))
			}
			if len(d.Findings) != 0 {
				t.Errorf("findings %q", rules(d.Findings))
			}
		})
	}
}

func TestDiscoverFindings(t *testing.T) {
	t.Parallel()
	d := sweep(t, func(root string) {
		files := submissionFiles("学校A/甲班/")
		files["根目录说明.txt"] = []byte("stray")
		files["学校A/说明.txt"] = []byte("stray beside the submissions")
		files["学校E.zip"] = []byte("PK\x03\x04 truncated, not a zip")
		files["学校A/坏班.zip"] = zipOf(t, submissionFiles(""), "", true)[:200]
		files["学校A/空班/.keep"] = nil
		// Zip-slip entries at school level and inside a submission.
		files["学校C.zip"] = zipBytes(t,
			zm{name: "../evil.txt", data: []byte("evil")},
			zm{name: "/abs/evil.txt", data: []byte("evil")},
			zm{name: "丙班/../../evil2.txt", data: []byte("evil")},
			zm{name: "丙班/1.课程标准.pdf", data: []byte("ok")},
		)
		files["学校G/"+"readme.md"] = []byte("a school with no material")
		files["学校H.rar"] = []byte("Rar!")
		files["学校A/乙班.7z"] = []byte("7z")
		writeTree(t, root, files)
	}, DiscoverOptions{})

	if got := ids(d); strings.Join(got, "|") != "学校A/坏班|学校A/甲班|学校A/空班|学校C/丙班|学校G/学校G" {
		t.Errorf("ids %q", got)
	}
	want := []string{
		"file.unreadable@学校A/乙班.7z",
		"file.unreadable@学校C.zip", // ../evil.txt
		"file.unreadable@学校C.zip", // /abs/evil.txt
		"file.unreadable@学校E.zip",
		"file.unreadable@学校H.rar",
		"item.unrecognized@学校A/说明.txt",
		"item.unrecognized@根目录说明.txt",
	}
	if got := rules(d.Findings); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("discovery findings\n got %q\nwant %q", got, want)
	}
	for _, f := range d.Findings {
		if f.File != "根目录说明.txt" && f.School == "" {
			t.Errorf("finding without school: %+v", f)
		}
	}
	if got := rules(sub(d, "学校A/坏班").Findings); len(got) != 1 || got[0] != "file.unreadable@学校A/坏班.zip" {
		t.Errorf("学校A/坏班 findings %q", got)
	}
	if got := rules(sub(d, "学校C/丙班").Findings); len(got) != 1 || got[0] != "file.unreadable@学校C.zip" {
		t.Errorf("学校C/丙班 findings %q", got)
	}
	if s := sub(d, "学校C/丙班"); s != nil && (len(s.Files) != 1 || s.Files[0].Item != 1) {
		t.Errorf("学校C/丙班 files %+v", s.Files)
	}
	for _, s := range d.Submissions {
		if s.ID != "学校A/坏班" && s.ID != "学校C/丙班" && len(s.Findings) != 0 {
			t.Errorf("%s: findings %q", s.ID, rules(s.Findings))
		}
	}
	for _, p := range []string{"/abs/evil.txt", "/evil.txt", "/evil2.txt"} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s written", p)
		}
	}
}

func TestDiscoverSymlinks(t *testing.T) {
	t.Parallel()
	d := sweep(t, func(root string) {
		elsewhere := filepath.Join(filepath.Dir(root), "elsewhere")
		writeTree(t, elsewhere, submissionFiles("学校L/甲班/"))
		must(t, os.Symlink(filepath.Join(elsewhere, "学校L"), filepath.Join(root, "学校L")))
		// A link loop inside a submission is not followed; a link to a file is.
		must(t, os.Symlink("..", filepath.Join(elsewhere, "学校L", "甲班", "loop")))
		writeTree(t, elsewhere, map[string][]byte{"roster.xlsx": []byte("r")})
		must(t, os.Symlink(filepath.Join(elsewhere, "roster.xlsx"), filepath.Join(elsewhere, "学校L", "甲班", "花名册.xlsx")))
	}, DiscoverOptions{})
	if got := ids(d); len(got) != 1 || got[0] != "学校L/甲班" {
		t.Fatalf("ids %q", got)
	}
	s := sub(d, "学校L/甲班")
	complete(t, s)
	if len(s.Files) != 14 {
		t.Errorf("%d files, want 14 (12 items, form, roster)", len(s.Files))
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestDiscoverEmptySchool(t *testing.T) {
	t.Parallel()
	d := sweep(t, func(root string) { os.MkdirAll(filepath.Join(root, "学校Z"), 0o755) }, DiscoverOptions{})
	if len(d.Schools) != 1 || len(d.Submissions) != 0 {
		t.Fatalf("schools %d submissions %q", len(d.Schools), ids(d))
	}
	if got := rules(d.Findings); len(got) != 1 || got[0] != "item.missing@学校Z" {
		t.Errorf("findings %q", got)
	}
}

func TestDiscoverCaps(t *testing.T) {
	t.Parallel()
	zeros := make([]byte, 4<<20)
	tests := []struct {
		name  string
		opts  DiscoverOptions
		files func(t *testing.T) map[string][]byte
		id    string // submission holding the finding
		rule  string
		file  string // the finding's File
		left  int    // files unpacked in that submission
	}{
		{"entry over the cap", DiscoverOptions{MaxEntryBytes: 1 << 20}, func(t *testing.T) map[string][]byte {
			return map[string][]byte{"学校F/甲班.zip": zipBytes(t, zm{name: "8.工作页.pdf", data: zeros}, zm{name: "1.课程标准.pdf", data: []byte("x")})}
		}, "学校F/甲班", models.RuleFileTooLarge, "学校F/甲班/8.工作页.pdf", 1},
		{"entry over the cap, under the zip's top folder", DiscoverOptions{MaxEntryBytes: 1 << 20}, func(t *testing.T) map[string][]byte {
			return map[string][]byte{"学校F.zip": zipBytes(t,
				zm{name: "学校F/甲班/8.工作页.pdf", data: zeros, gbk: true},
				zm{name: "学校F/甲班/1.课程标准.pdf", data: []byte("x")},
				zm{name: "学校F/乙班/1.课程标准.pdf", data: []byte("x")})}
		}, "学校F/甲班", models.RuleFileTooLarge, "学校F/甲班/8.工作页.pdf", 1},
		{"total over the budget", DiscoverOptions{MaxUnpackedBytes: 1 << 20}, func(t *testing.T) map[string][]byte {
			return map[string][]byte{"学校F/甲班.zip": zipBytes(t, zm{name: "1.课程标准.pdf", data: []byte("x")}, zm{name: "8.工作页.pdf", data: zeros})}
		}, "学校F/甲班", models.RuleFileTooLarge, "学校F/甲班.zip", 1},
		{"file count over the budget", DiscoverOptions{MaxArchiveFiles: 5}, func(t *testing.T) map[string][]byte {
			return map[string][]byte{"学校F/甲班.zip": zipOf(t, submissionFiles(""), "", true)}
		}, "学校F/甲班", models.RuleFileTooLarge, "学校F/甲班.zip", 5},
		{"bomb in a nested zip", DiscoverOptions{MaxEntryBytes: 1 << 20}, func(t *testing.T) map[string][]byte {
			inner := zipBytes(t, zm{name: "第1课.mp4", data: zeros})
			return map[string][]byte{"学校F.zip": zipBytes(t, zm{name: "甲班/课堂实录.zip", data: inner}, zm{name: "甲班/1.课程标准.pdf", data: []byte("x")})}
		}, "学校F/甲班", models.RuleFileTooLarge, "学校F/甲班/课堂实录/第1课.mp4", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := sweep(t, func(root string) { writeTree(t, root, tc.files(t)) }, tc.opts)
			s := sub(d, tc.id)
			if s == nil {
				t.Fatalf("no submission %s in %q", tc.id, ids(d))
			}
			if got := rules(s.Findings); len(got) != 1 || got[0] != tc.rule+"@"+tc.file {
				t.Errorf("findings %q, want one %s@%s", got, tc.rule, tc.file)
			}
			if len(s.Files) != tc.left {
				t.Errorf("%d files unpacked, want %d", len(s.Files), tc.left)
			}
			var total int64
			for _, f := range s.Files {
				total += f.Size
			}
			if tc.opts.MaxUnpackedBytes > 0 && total > tc.opts.MaxUnpackedBytes {
				t.Errorf("unpacked %d bytes over the cap", total)
			}
		})
	}
}

func TestDiscoverErrors(t *testing.T) {
	t.Parallel()
	if _, err := Discover(context.Background(), filepath.Join(t.TempDir(), "missing"), DiscoverOptions{TempDir: t.TempDir()}); err == nil {
		t.Error("missing root: no error")
	}
	if _, err := Discover(context.Background(), t.TempDir(), DiscoverOptions{}); err == nil {
		t.Error("no TempDir: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	root := t.TempDir()
	writeTree(t, root, submissionFiles("学校A/甲班/"))
	if _, err := Discover(ctx, root, DiscoverOptions{TempDir: t.TempDir()}); err == nil {
		t.Error("cancelled: no error")
	}
}
