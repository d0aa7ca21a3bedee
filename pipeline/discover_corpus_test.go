package pipeline

import (
	"context"
	"path/filepath"
	"testing"

	"classaudit/internal/corpusgen"
	"classaudit/models"
)

// TestDiscoverGeneratedCorpus checks Discover against the generator's truth:
// the same submissions, and every file with the same RelPath, kind and item.
func TestDiscoverGeneratedCorpus(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("generates a corpus")
	}
	dir := filepath.Join(t.TempDir(), "corpus")
	truth, err := corpusgen.Generate(dir, corpusgen.Options{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if len(truth.ZipSchools) == 0 {
		t.Log("the corpus has no zipped school")
	}
	d, err := Discover(context.Background(), dir, DiscoverOptions{TempDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Findings) != 0 {
		t.Errorf("discovery findings %q", rules(d.Findings))
	}
	type fileKey struct {
		kind models.FileKind
		item int
	}
	got := map[string]fileKey{}
	subs := map[string]bool{}
	for _, s := range d.Submissions {
		subs[s.ID] = true
		for _, f := range s.Files {
			got[f.RelPath] = fileKey{f.Kind, f.Item}
		}
		if len(s.Findings) != 0 {
			t.Errorf("%s: findings %q", s.ID, rules(s.Findings))
		}
	}
	for _, sc := range d.Schools {
		for _, f := range sc.Files {
			got[f.RelPath] = fileKey{f.Kind, f.Item}
		}
	}
	want := map[string]fileKey{}
	for _, f := range truth.SchoolFiles {
		want[f.RelPath] = fileKey{models.FileKind(f.Kind), f.Item}
	}
	for _, s := range truth.Submissions {
		if !subs[s.ID] {
			t.Errorf("submission %s not found", s.ID)
		}
		delete(subs, s.ID)
		for _, f := range s.Files {
			want[f.RelPath] = fileKey{models.FileKind(f.Kind), f.Item}
		}
	}
	for id := range subs {
		t.Errorf("unexpected submission %s", id)
	}
	for p, w := range want {
		if g, ok := got[p]; !ok {
			t.Errorf("file %s not found", p)
		} else if g != w {
			t.Errorf("%s: got %s %d, want %s %d", p, g.kind, g.item, w.kind, w.item)
		}
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			t.Errorf("unexpected file %s", p)
		}
	}
	t.Logf("%d schools (%d zipped), %d submissions, %d files agree with the truth", len(truth.Schools), len(truth.ZipSchools), len(truth.Submissions), len(want))
}
