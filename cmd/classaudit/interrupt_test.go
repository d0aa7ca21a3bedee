package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"classaudit/internal/corpusgen"
)

// When CLASSAUDIT_TEST_MAIN is set, the test binary is classaudit itself
// (arguments separated by \x1f), so tests can signal a real process.
func TestMain(m *testing.M) {
	if args := os.Getenv("CLASSAUDIT_TEST_MAIN"); args != "" {
		os.Exit(run(strings.Split(args, "\x1f")))
	}
	os.Exit(m.Run())
}

// TestInterruptKeepsOutputConsistent sends Ctrl-C (SIGINT) to a sweep in
// progress (without OCR, to keep the test short: what is tested is the
// command's signal handling and the output's atomicity): the process must exit 1 with a message, leave the previous
// complete tables untouched and no temporary files; a re-run then completes.
func TestInterruptKeepsOutputConsistent(t *testing.T) {
	if testing.Short() {
		t.Skip("interrupt test skipped in -short mode")
	}
	root := t.TempDir()
	if _, err := corpusgen.Generate(root, corpusgen.Options{Seed: 2, Profile: "small"}); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	// A complete earlier run whose tables must survive the interruption.
	if code := run([]string{"sweep", root, "--out", out, "--quiet", "--no-ocr", "--no-cache"}); code != exitOK {
		t.Fatalf("first sweep exited %d", code)
	}
	before := snapshot(t, out)

	cache := filepath.Join(t.TempDir(), "cache")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "CLASSAUDIT_TEST_MAIN="+strings.Join([]string{"sweep", root, "--out", out, "--cache-dir", cache, "--workers", "1", "--no-ocr"}, "\x1f"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Interrupt once extraction is under way (a few cache entries written).
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if n, _ := filepath.Glob(filepath.Join(cache, "*", "*.json.gz")); len(n) >= 3 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGINT)
	err := cmd.Wait()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	}
	if code == exitOK {
		t.Skip("the sweep finished before the interrupt arrived")
	}
	if code != exitRun {
		t.Fatalf("interrupted sweep exited %d, want %d; stderr:\n%s", code, exitRun, stderr.String())
	}
	if !strings.Contains(stderr.String(), "已中断") {
		t.Errorf("no interruption message on stderr:\n%s", stderr.String())
	}
	after := snapshot(t, out)
	for name, b := range before {
		if !bytes.Equal(after[name], b) {
			t.Errorf("%s changed by the interrupted sweep", name)
		}
	}
	for name := range after {
		if _, ok := before[name]; !ok {
			t.Errorf("the interrupted sweep left %s", name)
		}
	}
	// The re-run completes and reuses what the interrupted run cached.
	if code := run([]string{"sweep", root, "--out", out, "--cache-dir", cache, "--quiet", "--no-ocr"}); code != exitOK {
		t.Fatalf("re-run exited %d", code)
	}
}

// snapshot reads the top-level files of the output folder.
func snapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string][]byte{}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		m[e.Name()] = b
	}
	return m
}
