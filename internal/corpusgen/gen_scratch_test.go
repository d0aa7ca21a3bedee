package corpusgen

import (
	"os"
	"testing"
	"time"
)

func TestScratchGen(t *testing.T) {
	dir := os.Getenv("CG_OUT")
	if dir == "" {
		t.Skip()
	}
	os.RemoveAll(dir)
	t0 := time.Now()
	tr, err := Generate(dir, Options{Seed: 1, Profile: os.Getenv("CG_PROFILE")})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%v subs=%d pages=%d findings=%d", time.Since(t0), len(tr.Submissions), len(tr.Pages), len(tr.Findings))
}
