package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestExitCodes(t *testing.T) {
	empty := t.TempDir()
	out := filepath.Join(t.TempDir(), "out")
	notDir := filepath.Join(t.TempDir(), "file.txt")
	if err := os.WriteFile(notDir, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		want int
	}{
		{"no command", []string{"nosuch"}, exitUsage},
		{"sweep without root", []string{"sweep"}, exitUsage},
		{"sweep without --out", []string{"sweep", empty}, exitUsage},
		{"unknown flag", []string{"sweep", empty, "--out", out, "--bogus"}, exitUsage},
		{"root missing", []string{"sweep", filepath.Join(empty, "missing"), "--out", out}, exitUsage},
		{"root is a file", []string{"sweep", notDir, "--out", out}, exitUsage},
		{"bad profile", []string{"gen-corpus", t.TempDir(), "--profile", "huge"}, exitUsage},
		{"empty root sweeps fine", []string{"sweep", empty, "--out", out, "--quiet", "--no-ocr"}, exitOK},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := run(c.args); got != c.want {
				t.Errorf("classaudit %v: exit %d, want %d", c.args, got, c.want)
			}
		})
	}
	for _, table := range []string{"findings", "submissions", "documents"} {
		if _, err := os.Stat(filepath.Join(out, table+".parquet")); err != nil {
			t.Errorf("empty sweep did not write %s.parquet: %v", table, err)
		}
	}
}
