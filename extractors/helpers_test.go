package extractors

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"classaudit/models"
)

// realDir is the real-world corpus, read in place (never copied into the repo).
const realDir = "../../shared/corpus/real"

func corpusFiles(t testing.TB, sub, ext string) []string {
	t.Helper()
	dir := filepath.Join(realDir, sub)
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Skipf("corpus %s absent: %v", dir, err)
	}
	var out []string
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ext) {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(out)
	return out
}

func extractPath(t testing.TB, path string, kind models.FileKind) *models.Document {
	t.Helper()
	d := Extract(context.Background(), models.File{RelPath: filepath.Base(path), DiskPath: path, Kind: kind, Item: 1}, Options{})
	if d == nil {
		t.Fatalf("%s: nil document", path)
	}
	return d
}

// popplerPages runs pdftotext and splits its output into pages.
func popplerPages(t testing.TB, path string) []string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Logf("pdftotext %s: %v", path, err)
	}
	pages := strings.Split(string(out), "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	return pages
}

func trunc(s string) string {
	r := []rune(s)
	if len(r) > 300 {
		return string(r[:300])
	}
	return s
}
