package archive

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// member is one entry of a test zip.
type member struct {
	name string
	data []byte
	gbk  bool // store the name GBK-encoded without the UTF-8 flag
	// raw, when set, writes data as already-deflated bytes with a header
	// that claims rawSize uncompressed bytes (a lying header).
	raw     []byte
	rawSize uint64
	flags   uint16
	mode    fs.FileMode
}

func buildZip(t testing.TB, members ...member) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, m := range members {
		fh := &zip.FileHeader{Name: m.name, Method: zip.Deflate, Flags: m.flags}
		if m.gbk {
			enc, err := simplifiedchinese.GBK.NewEncoder().String(m.name)
			if err != nil {
				t.Fatal(err)
			}
			fh.Name, fh.NonUTF8 = enc, true
		}
		if m.mode != 0 {
			fh.SetMode(m.mode)
		}
		if m.raw != nil {
			fh.CompressedSize64 = uint64(len(m.raw))
			fh.UncompressedSize64 = m.rawSize
			fh.CRC32 = crc32.ChecksumIEEE(m.data)
			w, err := zw.CreateRaw(fh)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(m.raw)
			continue
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

func deflate(t testing.TB, data []byte) []byte {
	var buf bytes.Buffer
	fw, _ := flate.NewWriter(&buf, flate.BestCompression)
	fw.Write(data)
	fw.Close()
	return buf.Bytes()
}

// run extracts data into <tmp>/dest and checks that nothing was written
// outside dest and that the budget was respected.
func run(t testing.TB, data []byte, b *Budget, opts Options) *Result {
	t.Helper()
	parent := t.TempDir()
	dest := filepath.Join(parent, "dest")
	if err := os.Mkdir(dest, 0o755); err != nil {
		t.Fatal(err)
	}
	res, err := Extract(context.Background(), bytes.NewReader(data), int64(len(data)), dest, b, opts)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	checkConfined(t, parent, dest, res, b)
	return res
}

func checkConfined(t testing.TB, parent, dest string, res *Result, b *Budget) {
	t.Helper()
	var total int64
	files := 0
	filepath.WalkDir(parent, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if !strings.HasPrefix(p, dest+string(filepath.Separator)) {
			t.Errorf("file written outside the target folder: %s", p)
		}
		if d.Type()&fs.ModeSymlink != 0 {
			t.Errorf("symbolic link created: %s", p)
		}
		fi, _ := d.Info()
		total += fi.Size()
		files++
		return nil
	})
	if total > b.MaxBytes || files > b.MaxFiles {
		t.Errorf("unpacked %d bytes in %d files, over the budget %d bytes / %d files", total, files, b.MaxBytes, b.MaxFiles)
	}
	if files != len(res.Entries) {
		t.Errorf("%d files on disk, %d entries reported", files, len(res.Entries))
	}
	for _, e := range res.Entries {
		if _, unsafe, _ := cleanName(e.Name); unsafe || e.Name == "" || strings.HasPrefix(e.Name, "/") {
			t.Errorf("entry with unsafe name %q", e.Name)
		}
		if filepath.Dir(e.DiskPath) != dest {
			t.Errorf("entry %q unpacked to %s, not directly in %s", e.Name, e.DiskPath, dest)
		}
		fi, err := os.Stat(e.DiskPath)
		if err != nil || fi.Size() != e.Size {
			t.Errorf("entry %q: disk copy %v, size mismatch (%d reported)", e.Name, err, e.Size)
		}
	}
}

func names(res *Result) []string {
	var out []string
	for _, e := range res.Entries {
		out = append(out, e.Name)
	}
	sort.Strings(out)
	return out
}

func kinds(res *Result) map[ProblemKind][]string {
	out := map[ProblemKind][]string{}
	for _, p := range res.Problems {
		out[p.Kind] = append(out[p.Kind], p.Name)
	}
	return out
}

func bigBudget() *Budget { return NewBudget(1<<30, 1000) }

func TestNames(t *testing.T) {
	t.Parallel()
	data := buildZip(t,
		member{name: "广西某技工学校/电子商务课堂/1.课程标准(校本转化).pdf", data: []byte("a"), gbk: true},
		member{name: "广西某技工学校/电子商务课堂/附件2 申报书.docx", data: []byte("b"), gbk: true},
		member{name: "utf8/课后作业.pdf", data: []byte("c")}, // flag set by the writer
		member{name: "plain/readme.txt", data: []byte("d"), gbk: true},
		member{name: `win\sub\8.工作页.pdf`, data: []byte("e")},
		member{name: "./dot/./x.pdf", data: []byte("f")},
		member{name: "dir/", data: nil},
	)
	res := run(t, data, bigBudget(), Options{})
	want := []string{
		"dot/x.pdf", "plain/readme.txt", "utf8/课后作业.pdf", "win/sub/8.工作页.pdf",
		"广西某技工学校/电子商务课堂/1.课程标准(校本转化).pdf", "广西某技工学校/电子商务课堂/附件2 申报书.docx",
	}
	if got := names(res); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("names\n got %q\nwant %q", got, want)
	}
	if len(res.Problems) != 0 {
		t.Errorf("unexpected problems %+v", res.Problems)
	}
	for _, e := range res.Entries {
		if got, _ := os.ReadFile(e.DiskPath); len(got) != 1 {
			t.Errorf("%s: content %q", e.Name, got)
		}
		if strings.HasSuffix(e.Name, ".pdf") && filepath.Ext(e.DiskPath) != ".pdf" {
			t.Errorf("%s unpacked without its extension: %s", e.Name, e.DiskPath)
		}
	}
}

// TestUTF8WithoutFlag: a UTF-8 name stored without the UTF-8 flag stays UTF-8.
func TestUTF8WithoutFlag(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: "学习任务分析.pdf", NonUTF8: true})
	w.Write([]byte("x"))
	zw.Close()
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if zr.File[0].Flags&flagUTF8 != 0 {
		t.Fatal("test zip has the UTF-8 flag")
	}
	res := run(t, buf.Bytes(), bigBudget(), Options{})
	if got := names(res); len(got) != 1 || got[0] != "学习任务分析.pdf" {
		t.Errorf("names %q", got)
	}
}

func TestUnicodePathExtra(t *testing.T) {
	t.Parallel()
	rawName := "garbled\xff.pdf"
	utf := "课后作业.pdf"
	extra := []byte{0x75, 0x70, 0, 0, 1, 0, 0, 0, 0}
	extra = append(extra, utf...)
	extra[2] = byte(len(extra) - 4)
	c := crc32.ChecksumIEEE([]byte(rawName))
	extra[5], extra[6], extra[7], extra[8] = byte(c), byte(c>>8), byte(c>>16), byte(c>>24)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: rawName, NonUTF8: true, Extra: extra})
	w.Write([]byte("x"))
	zw.Close()
	res := run(t, buf.Bytes(), bigBudget(), Options{})
	if got := names(res); len(got) != 1 || got[0] != utf {
		t.Errorf("names %q, want %q", got, utf)
	}
}

func TestZipSlip(t *testing.T) {
	t.Parallel()
	evil := []string{
		"../evil.txt", "../../evil.txt", "/abs/evil.txt", "a/../../evil.txt", `..\evil.txt`,
		`C:\evil.txt`, "c:/evil.txt", "ok/../../evil.txt", "nul\x00.txt",
	}
	ms := []member{{name: "good/1.pdf", data: []byte("ok")}}
	for _, e := range evil {
		ms = append(ms, member{name: e, data: []byte("evil")})
	}
	res := run(t, buildZip(t, ms...), bigBudget(), Options{})
	if got := names(res); len(got) != 1 || got[0] != "good/1.pdf" {
		t.Errorf("names %q", got)
	}
	if got := kinds(res)[ProblemUnsafePath]; len(got) != len(evil) {
		t.Errorf("unsafe entries reported %q, want %d", got, len(evil))
	}
	if _, err := os.Stat("/abs/evil.txt"); err == nil {
		t.Error("/abs/evil.txt was written")
	}
}

func TestSymlinkEntry(t *testing.T) {
	t.Parallel()
	data := buildZip(t, member{name: "link", data: []byte("/etc/passwd"), mode: fs.ModeSymlink | 0o777})
	res := run(t, data, bigBudget(), Options{})
	if len(res.Entries) != 0 || len(kinds(res)[ProblemSpecial]) != 1 {
		t.Errorf("entries %q problems %+v", names(res), res.Problems)
	}
}

func TestZipBomb(t *testing.T) {
	t.Parallel()
	zeros := make([]byte, 8<<20)
	// A lying header (claims 10 bytes, holds 8 MiB of zeros) is stopped by
	// archive/zip itself after 11 bytes: the entry is damaged, not large.
	tests := []struct {
		name   string
		m      member
		budget *Budget
		opts   Options
		want   ProblemKind
	}{
		{"honest header over the entry cap", member{name: "bomb.pdf", data: zeros}, bigBudget(), Options{MaxEntryBytes: 1 << 20}, ProblemEntryTooLarge},
		{"lying header", member{name: "bomb.pdf", data: zeros, raw: deflate(t, zeros), rawSize: 10}, bigBudget(), Options{MaxEntryBytes: 1 << 20}, ProblemUnreadable},
		{"honest header over the budget", member{name: "bomb.pdf", data: zeros}, NewBudget(1<<20, 100), Options{}, ProblemBudget},
		{"lying header, small budget", member{name: "bomb.pdf", data: zeros, raw: deflate(t, zeros), rawSize: 10}, NewBudget(1<<20, 100), Options{}, ProblemUnreadable},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			res := run(t, buildZip(t, tc.m, member{name: "after.pdf", data: []byte("x")}), tc.budget, tc.opts)
			if len(kinds(res)[tc.want]) != 1 || len(res.Problems) != 1 {
				t.Errorf("problems %+v, want one %s", res.Problems, tc.want)
			}
			got := names(res)
			if tc.want == ProblemBudget {
				// The budget is spent: nothing after the bomb is unpacked.
				if len(got) != 0 {
					t.Errorf("unpacked %q after the budget was spent", got)
				}
			} else if len(got) != 1 || got[0] != "after.pdf" {
				t.Errorf("unpacked %q, want only after.pdf", got)
			}
			if b, _ := tc.budget.remaining(); tc.budget.MaxBytes-b > 1<<10 {
				t.Errorf("%d bytes charged: the bomb was decompressed", tc.budget.MaxBytes-b)
			}
		})
	}
}

// TestBudgetCountsRealBytes: entries are charged what they really unpack.
func TestBudgetCountsRealBytes(t *testing.T) {
	t.Parallel()
	b := NewBudget(3000, 100)
	ms := []member{
		{name: "a.pdf", data: bytes.Repeat([]byte("x"), 1000)},
		{name: "b.pdf", data: bytes.Repeat([]byte("y"), 1000)},
		{name: "c.pdf", data: bytes.Repeat([]byte("z"), 1500)},
	}
	res := run(t, buildZip(t, ms...), b, Options{})
	if got := names(res); strings.Join(got, "|") != "a.pdf|b.pdf" {
		t.Errorf("unpacked %q, want a.pdf and b.pdf", got)
	}
	if left, files := b.remaining(); left != 1000 || files != 98 {
		t.Errorf("budget left %d bytes %d files, want 1000, 98", left, files)
	}
	if ps := res.Problems; len(ps) != 1 || ps[0].Kind != ProblemBudget || ps[0].Name != "c.pdf" {
		t.Errorf("problems %+v", ps)
	}
}

func TestFileCountCap(t *testing.T) {
	t.Parallel()
	var ms []member
	for i := range 10 {
		ms = append(ms, member{name: "f" + string(rune('a'+i)) + ".pdf", data: []byte("x")})
	}
	b := NewBudget(1<<30, 4)
	res := run(t, buildZip(t, ms...), b, Options{})
	if len(res.Entries) != 4 {
		t.Errorf("%d entries, want 4", len(res.Entries))
	}
	ps := res.Problems
	if len(ps) != 1 || ps[0].Kind != ProblemBudget || ps[0].Skipped != 6 {
		t.Errorf("problems %+v, want one budget problem with 6 skipped", ps)
	}
	// The budget is shared: a second archive gets nothing.
	res = run(t, buildZip(t, ms[0]), b, Options{})
	if len(res.Entries) != 0 || len(res.Problems) != 1 {
		t.Errorf("second archive: entries %q problems %+v", names(res), res.Problems)
	}
}

func TestCorrupt(t *testing.T) {
	t.Parallel()
	good := buildZip(t, member{name: "1.pdf", data: bytes.Repeat([]byte("学习任务分析"), 2000)})
	damaged := bytes.Clone(good)
	// The local header is 30 bytes plus the 5-byte name; flip bytes of the
	// compressed data just after it.
	for i := 36; i < 46; i++ {
		damaged[i] ^= 0x55
	}
	tests := []struct {
		name string
		data []byte
		want ProblemKind
	}{
		{"empty", nil, ProblemCorrupt},
		{"not a zip", []byte("%PDF-1.7 this is not a zip"), ProblemCorrupt},
		{"truncated", good[:len(good)/2], ProblemCorrupt},
		{"damaged data", damaged, ProblemUnreadable},
		{"encrypted entry", buildZip(t, member{name: "x.pdf", data: []byte("x"), flags: 1}), ProblemEncrypted},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			res := run(t, tc.data, bigBudget(), Options{})
			if len(res.Entries) != 0 || len(res.Problems) != 1 || res.Problems[0].Kind != tc.want {
				t.Errorf("entries %q problems %+v, want one %s", names(res), res.Problems, tc.want)
			}
		})
	}
}

func TestNested(t *testing.T) {
	t.Parallel()
	inner2 := buildZip(t, member{name: "deep.pdf", data: []byte("d")})
	inner := buildZip(t,
		member{name: "1.课程标准.pdf", data: []byte("a")},
		member{name: "课堂实录.zip", data: inner2},
		member{name: "../slip.txt", data: []byte("e")},
	)
	outer := buildZip(t,
		member{name: "学校/课堂A.ZIP", data: inner, gbk: true},
		member{name: "学校/坏.zip", data: []byte("not a zip")},
	)
	tests := []struct {
		depth int
		want  []string
	}{
		{0, []string{"学校/坏.zip", "学校/课堂A.ZIP"}},
		{1, []string{"学校/课堂A/1.课程标准.pdf", "学校/课堂A/课堂实录.zip"}},
		{2, []string{"学校/课堂A/1.课程标准.pdf", "学校/课堂A/课堂实录/deep.pdf"}},
	}
	for _, tc := range tests {
		res := run(t, outer, bigBudget(), Options{MaxDepth: tc.depth})
		if got := names(res); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("depth %d: names %q, want %q", tc.depth, got, tc.want)
		}
		if tc.depth == 0 {
			continue
		}
		var got []string
		for _, p := range res.Problems {
			got = append(got, string(p.Kind)+":"+p.Archive+":"+p.Name)
		}
		want := []string{"unsafe_path:学校/课堂A:../slip.txt", "corrupt:学校/坏:"}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("depth %d: problems %q, want %q", tc.depth, got, want)
		}
	}
}

func TestSkip(t *testing.T) {
	t.Parallel()
	data := buildZip(t,
		member{name: "__MACOSX/._1.pdf", data: []byte("x")},
		member{name: "1.pdf", data: []byte("x")},
	)
	res := run(t, data, bigBudget(), Options{Skip: func(n string) bool { return strings.HasPrefix(n, "__MACOSX/") }})
	if got := names(res); len(got) != 1 || got[0] != "1.pdf" {
		t.Errorf("names %q", got)
	}
}

func TestCancelled(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	data := buildZip(t, member{name: "1.pdf", data: []byte("x")})
	res, err := Extract(ctx, bytes.NewReader(data), int64(len(data)), t.TempDir(), bigBudget(), Options{})
	if err == nil || len(res.Entries) != 0 {
		t.Errorf("err %v entries %d", err, len(res.Entries))
	}
}

func TestExtractFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	zp := filepath.Join(dir, "s.zip")
	os.WriteFile(zp, buildZip(t, member{name: "a.pdf", data: []byte("x")}), 0o644)
	dest := filepath.Join(dir, "out")
	os.Mkdir(dest, 0o755)
	res, err := ExtractFile(context.Background(), zp, dest, bigBudget(), Options{})
	if err != nil || len(res.Entries) != 1 {
		t.Fatalf("err %v res %+v", err, res)
	}
	res, _ = ExtractFile(context.Background(), filepath.Join(dir, "missing.zip"), dest, bigBudget(), Options{})
	if len(res.Problems) != 1 || res.Problems[0].Kind != ProblemCorrupt {
		t.Errorf("missing file: %+v", res.Problems)
	}
}
