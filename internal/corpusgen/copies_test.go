package corpusgen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"classaudit/models"
)

// spanText cuts a truth span out of the drawn pages, without the layout's
// line breaks.
func spanText(t *testing.T, tr *Truth, sp TruthSpan) string {
	t.Helper()
	var b strings.Builder
	for _, p := range tr.PagesOf(sp.File) {
		if p.Page < sp.Page || p.Page > sp.EndPage {
			continue
		}
		rs := []rune(p.Text)
		from, to := 0, len(rs)
		if p.Page == sp.Page {
			from = sp.Start
		}
		if p.Page == sp.EndPage {
			to = sp.End
		}
		if from < 0 || to > len(rs) || from > to {
			t.Fatalf("span %+v outside page %d (%d runes)", sp, p.Page, len(rs))
		}
		b.WriteString(string(rs[from:to]))
	}
	return strings.Join(strings.Fields(b.String()), "")
}

// TestPlantedSpans checks, on a small corpus, that every planted
// passage's spans cut exactly its text out of the drawn pages, that each
// kind and edit is planted, that the truth expects the findings of both
// sides, and that the standards are in the reference folder.
func TestPlantedSpans(t *testing.T) {
	if testing.Short() {
		t.Skip("generates corpora")
	}
	// the package's shared small corpus (corpus_test.go); every Generate
	// also locates its planted passages or fails
	dir, tr := smallCorpus(t)
	{
		seed := tr.Seed
		school := map[string]string{}
		for _, s := range tr.Submissions {
			school[s.ID] = s.School
		}
		expected := map[string]bool{}
		for _, f := range tr.Findings {
			expected[f.Rule+"|"+f.SubmissionID+"|"+f.File] = true
		}
		kinds := map[string]int{}
		edits := map[string]bool{}
		ref, err := os.ReadFile(filepath.Join(dir, tr.ReferenceDir, standardsFileName))
		if err != nil {
			t.Fatalf("seed %d: standards not in the reference folder: %v", seed, err)
		}
		studentTarget := false
		for i, p := range tr.Planted {
			kinds[p.Kind]++
			if got := spanText(t, tr, p.Dst); got != strings.Join(strings.Fields(p.Text), "") {
				t.Errorf("seed %d passage %d (%s): Dst span reads %q, planted %q", seed, i, p.Kind, got, p.Text)
			}
			n := len([]rune(p.Text))
			if p.Kind == PlantTemplate {
				if p.Src != (TruthSpan{}) {
					t.Errorf("seed %d passage %d: template with a source", seed, i)
				}
				if p.Reference != strings.Contains(string(ref), p.Text) {
					t.Errorf("seed %d passage %d: Reference %v, in the reference file %v", seed, i, p.Reference, !p.Reference)
				}
				continue
			}
			if got := spanText(t, tr, p.Src); got != strings.Join(strings.Fields(p.SrcText), "") {
				t.Errorf("seed %d passage %d (%s): Src span reads %q, planted from %q", seed, i, p.Kind, got, p.SrcText)
			}
			edits[p.Edits] = true
			if p.Edits == "exact" && p.Text != p.SrcText || p.Edits != "exact" && p.Text == p.SrcText {
				t.Errorf("seed %d passage %d: edits %q but copy and source are %v equal", seed, i, p.Edits, p.Text == p.SrcText)
			}
			sameSchool := school[p.Src.SubmissionID] == school[p.Dst.SubmissionID]
			var rule string
			switch p.Kind {
			case PlantCrossSchool:
				rule = models.RuleCopyCrossSchool
				if sameSchool || n < 140 || n > 620 {
					t.Errorf("seed %d passage %d: cross-school copy within one school or of %d runes", seed, i, n)
				}
				if p.Dst.Item == 8 || p.Dst.Item == 11 || p.Dst.Item == 12 {
					studentTarget = true
				}
			case PlantSameSchool:
				rule = models.RuleCopySameSchool
				if !sameSchool || p.Src.SubmissionID == p.Dst.SubmissionID {
					t.Errorf("seed %d passage %d: same-school copy between %s and %s", seed, i, p.Src.SubmissionID, p.Dst.SubmissionID)
				}
			case PlantIdenticalWork:
				rule = models.RuleFabricationIdenticalWork
				if p.Src.File != p.Dst.File || p.Text != p.SrcText || p.Src.Page > p.Dst.Page {
					t.Errorf("seed %d passage %d: identical answers %+v / %+v", seed, i, p.Src, p.Dst)
				}
			}
			for _, sp := range []TruthSpan{p.Src, p.Dst} {
				if p.Kind == PlantIdenticalWork && sp == p.Src {
					continue
				}
				if !expected[rule+"|"+sp.SubmissionID+"|"+sp.File] {
					t.Errorf("seed %d passage %d: no %s expected for %s", seed, i, rule, sp.File)
				}
			}
		}
		for _, e := range []string{"exact", "names", "reorder", "punct", "subst"} {
			if !edits[e] {
				t.Errorf("seed %d: no copy with edit %q", seed, e)
			}
		}
		if kinds[PlantCrossSchool] < 6 || kinds[PlantSameSchool] < 1 || kinds[PlantIdenticalWork] < 1 || kinds[PlantTemplate] < len(tr.Submissions) {
			t.Errorf("seed %d: planted %v", seed, kinds)
		}
		if !studentTarget {
			t.Errorf("seed %d: no copy into a student item", seed)
		}
		t.Logf("seed %d: planted %v, edits %v", seed, kinds, edits)
	}
}

// plantedStreams returns each submission's non-template streams, leaving
// out the blocks planted by plantCopies when skip is set.
func plantedStreams(cp *corpusPlan, pl *copyPlan, skip bool) [][][]rune {
	var out [][][]rune
	for _, sp := range cp.schools {
		for _, sub := range sp.subs {
			var ss [][]rune
			for _, d := range sub.docs {
				if d.format == "xlsx" || d.raw != nil && d.blocks == nil {
					continue
				}
				var bs []block
				for _, b := range d.blocks {
					if skip && pl.planted[d][b.text] {
						continue
					}
					bs = append(bs, b)
				}
				for _, s := range nonTemplateStreams(bs) {
					for _, part := range strings.Split(s, sp.name) {
						if h := hanOnly(part); len(h) > 0 {
							ss = append(ss, h)
						}
					}
				}
			}
			out = append(out, ss)
		}
	}
	return out
}

// TestOnlyPlantedTextIsShared: after planting, submissions share runs of
// gramLen Han characters only inside planted blocks (the rewritten answers
// of identical work included); with the planted blocks, the copied pairs
// do share such runs.
func TestOnlyPlantedTextIsShared(t *testing.T) {
	cp, err := planCorpus(Options{Seed: 7, Profile: "small"})
	if err != nil {
		t.Fatal(err)
	}
	pl := cp.plantCopies()
	without := plantedStreams(cp, pl, true)
	with := plantedStreams(cp, pl, false)
	index := map[string]int{}
	k := 0
	for _, sp := range cp.schools {
		for _, sub := range sp.subs {
			index[sub.id] = k
			k++
		}
	}
	copied := map[[2]int]bool{}
	for _, p := range pl.passages {
		if p.kind == PlantCrossSchool || p.kind == PlantSameSchool {
			a, b := index[p.src.sub.id], index[p.dst.sub.id]
			copied[[2]int{min(a, b), max(a, b)}] = true
		}
	}
	if len(copied) == 0 {
		t.Fatal("nothing copied")
	}
	for i := range without {
		for j := i + 1; j < len(without); j++ {
			if n, s := longestCommonRun(without[i], without[j]); n >= gramLen {
				t.Errorf("submissions %d and %d share %q outside planted text", i, j, s)
			}
			n, _ := longestCommonRun(with[i], with[j])
			if copied[[2]int{i, j}] && n < gramLen {
				t.Errorf("submissions %d and %d: a copy was planted but they share only %d Han characters", i, j, n)
			}
		}
	}
}

// TestLargePlan: the large profile plants rings, copies into student items
// and the provincial guideline in five schools (plan only, no rendering).
func TestLargePlan(t *testing.T) {
	if testing.Short() {
		t.Skip("large profile")
	}
	cp, err := planCorpus(Options{Seed: 2, Profile: "large"})
	if err != nil {
		t.Fatal(err)
	}
	pl := cp.plantCopies()
	kinds := map[string]int{}
	rings := 0
	provincial := map[string]bool{}
	for _, p := range pl.passages {
		kinds[p.kind]++
		if strings.HasPrefix(p.edits, "ring:") {
			rings++
		}
		if p.kind == PlantTemplate && !p.reference {
			provincial[p.dst.sub.ctx.school] = true
		}
		if p.dst.doc != nil && isStudentItem(p.dst.doc.item) && p.kind == PlantCrossSchool && containsAny(p.dst.text, names(p.src.sub.ctx)) {
			t.Errorf("a student item received names: %q", p.dst.text)
		}
	}
	if rings != 2 || len(provincial) != provincialSchools || kinds[PlantCrossSchool] < 20 || kinds[PlantSameSchool] != 3 || kinds[PlantIdenticalWork] < 2 {
		t.Errorf("large plan: %v, rings %d, provincial guideline in %d schools", kinds, rings, len(provincial))
	}
	t.Logf("large plan: %v, rings %d", kinds, rings)
}

// plantedPassageRule reports the rules of planted passages' findings (other
// tests compare the truth's findings with planted file defects).
func plantedPassageRule(rule string) bool {
	return rule == models.RuleCopyCrossSchool || rule == models.RuleCopySameSchool || rule == models.RuleFabricationIdenticalWork
}
