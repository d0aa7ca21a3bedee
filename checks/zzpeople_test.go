package checks_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"classaudit/checks"
	"classaudit/pipeline"
)

func TestZZPeople(t *testing.T) {
	root := os.Getenv("ZZROOT")
	if root == "" {
		t.Skip()
	}
	ocr, err := pipeline.NewOCR(1)
	if err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.Run(context.Background(), pipeline.Config{Root: root, Out: t.TempDir(), CacheDir: os.Getenv("ZZCACHE"), OCR: ocr})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range res.Submissions {
		if strings.Contains(s.ID, os.Getenv("ZZSUB")) {
			t.Log(s.ID)
			checks.DumpPeople(s)
		}
	}
}
