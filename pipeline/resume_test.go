package pipeline

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"classaudit/models"
)

// When CLASSAUDIT_TEST_SWEEP is set, the test binary acts as a sweeping
// process that the resume test can kill (see TestKilledSweepResumes).
func TestMain(m *testing.M) {
	if args := os.Getenv("CLASSAUDIT_TEST_SWEEP"); args != "" {
		p := strings.Split(args, "\x1f") // root, out, cache, reference
		r, err := NewOCR(1)
		if err != nil {
			os.Exit(2)
		}
		cfg := Config{Root: p[0], Out: p[1], CacheDir: p[2], Workers: 1, OCR: r, Now: fixedNow}
		cfg.Checks.ReferenceDir = p[3]
		_, err = Run(context.Background(), cfg)
		if err != nil {
			os.Exit(1)
		}
		os.Exit(0)
	}
	code := m.Run()
	cleanupE2E()
	os.Exit(code)
}

func fixedNow() time.Time { return time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC) }

// TestKilledSweepResumes kills a sweep (SIGKILL) once part of the corpus is
// cached, re-runs it, and expects the same tables as an uninterrupted run.
func TestKilledSweepResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("kill-and-resume sweep skipped in -short mode")
	}
	// The uninterrupted reference run is the shared end-to-end sweep.
	c := generatedSweep(t)
	root, ref := c.root, c.out

	out, cache := t.TempDir(), t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	refDir := ""
	if c.truth.ReferenceDir != "" {
		refDir = filepath.Join(root, c.truth.ReferenceDir)
	}
	cmd.Env = append(os.Environ(), "CLASSAUDIT_TEST_SWEEP="+strings.Join([]string{root, out, cache, refDir}, "\x1f"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	killed := false
	deadline := time.After(5 * time.Minute)
wait:
	for {
		select {
		case <-done:
			break wait // finished before we could kill it: still a valid (weaker) run
		case <-deadline:
			cmd.Process.Kill()
			t.Fatal("sweep subprocess did not get going within 5 minutes")
		case <-time.After(20 * time.Millisecond):
			if countEntries(cache) >= 10 {
				cmd.Process.Signal(syscall.SIGKILL)
				<-done
				killed = true
				break wait
			}
		}
	}
	if !killed {
		t.Log("the sweep finished before it could be killed; resume is tested on a complete cache only")
	}
	cachedBefore := countEntries(cache)
	cfg := Config{Root: root, Out: out, CacheDir: cache, OCR: e2e.ocr, Now: fixedNow}
	if c.truth.ReferenceDir != "" {
		cfg.Checks.ReferenceDir = filepath.Join(root, c.truth.ReferenceDir)
	}
	res, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if left, _ := filepath.Glob(filepath.Join(os.TempDir(), fmt.Sprintf("%s%d-*", unpackPrefix, cmd.Process.Pid))); killed && len(left) > 0 {
		t.Errorf("the killed sweep's unpack folder %v outlived the re-run", left)
	}
	if res.Stats.CachedFiles < cachedBefore {
		t.Errorf("re-run took %d files from the cache, %d entries were there", res.Stats.CachedFiles, cachedBefore)
	}
	t.Logf("killed=%v, %d cache entries survived, re-run reused %d of %d files", killed, cachedBefore, res.Stats.CachedFiles, res.Stats.Files)

	compareTable[models.SubmissionRow](t, ref, out, "submissions", nil)
	compareTable(t, ref, out, "documents", func(r *models.DocumentRow) { r.Seconds, r.Cached = 0, false })
	compareTable(t, ref, out, "pages", func(r *models.PageRow) { r.Seconds = 0 })
	compareTable[models.FindingRow](t, ref, out, "findings", nil)
	compareTable[models.MatchRow](t, ref, out, "matches", nil)
	compareTable[models.StudentRow](t, ref, out, "students", nil)
}

// countEntries counts finished cache entries of files (temporary files and
// the second readings of pages, in reread/, excluded).
func countEntries(dir string) int {
	n := 0
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.IsDir() && d.Name() == "reread" && p != dir {
			return filepath.SkipDir
		}
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".json.gz") {
			n++
		}
		return nil
	})
	return n
}

// compareTable reads one table from two output folders and compares the
// rows after clearing run-dependent columns with norm.
func compareTable[T any](t *testing.T, a, b, table string, norm func(*T)) {
	t.Helper()
	ra, err := parquet.ReadFile[T](filepath.Join(a, table+".parquet"))
	if err != nil {
		t.Fatalf("read %s: %v", table, err)
	}
	rb, err := parquet.ReadFile[T](filepath.Join(b, table+".parquet"))
	if err != nil {
		t.Fatalf("read %s: %v", table, err)
	}
	if norm != nil {
		for i := range ra {
			norm(&ra[i])
		}
		for i := range rb {
			norm(&rb[i])
		}
	}
	if len(ra) != len(rb) {
		t.Errorf("%s: %d rows uninterrupted, %d after kill and resume", table, len(ra), len(rb))
		return
	}
	for i := range ra {
		if !reflect.DeepEqual(ra[i], rb[i]) {
			t.Errorf("%s row %d differs:\n uninterrupted %+v\n resumed       %+v", table, i, ra[i], rb[i])
			return
		}
	}
}
