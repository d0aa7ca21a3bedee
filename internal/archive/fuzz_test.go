package archive

import (
	"bytes"
	"testing"
)

// FuzzArchive feeds arbitrary bytes to Extract: it must not panic, must write
// only inside its target folder, and must respect the budget and entry cap.
func FuzzArchive(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("PK\x05\x06" + string(make([]byte, 18))))
	seeds := [][]member{
		{{name: "学校/课堂/1.课程标准.pdf", data: []byte("a"), gbk: true}},
		{{name: "../evil", data: []byte("e")}, {name: "/abs", data: []byte("e")}, {name: `C:\x`, data: []byte("e")}},
		{{name: "big.pdf", data: make([]byte, 64<<10)}},
		{{name: "a.pdf", data: []byte("x")}, {name: "a.pdf", data: []byte("y")}, {name: "d/", data: nil}},
	}
	for _, s := range seeds {
		f.Add(buildZip(f, s...))
	}
	inner := buildZip(f, member{name: "x.pdf", data: []byte("x")}, member{name: "../y", data: []byte("y")})
	f.Add(buildZip(f, member{name: "n.zip", data: inner}, member{name: "m.ZIP", data: []byte("PK junk")}))
	f.Fuzz(func(t *testing.T, data []byte) {
		b := NewBudget(32<<10, 8)
		res := run(t, data, b, Options{MaxEntryBytes: 16 << 10, MaxDepth: 2, Skip: func(n string) bool { return bytes.HasPrefix([]byte(n), []byte("__MACOSX")) }})
		for _, e := range res.Entries {
			if e.Size > 16<<10 {
				t.Fatalf("entry %q of %d bytes over the entry cap", e.Name, e.Size)
			}
		}
		if left, files := b.remaining(); left < 0 || files < 0 {
			t.Fatalf("budget overdrawn: %d bytes, %d files", left, files)
		}
	})
}
