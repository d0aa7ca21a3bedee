package copyeval

import (
	"testing"

	"classaudit/internal/corpusgen"
	"classaudit/models"
)

func side(t *corpusgen.Truth, sp corpusgen.TruthSpan) models.MatchSide {
	return models.MatchSide{SubmissionID: sp.SubmissionID, Item: sp.Item, File: sp.File, Page: sp.Page, EndPage: sp.EndPage, Start: sp.Start, End: sp.End}
}

// truthFindings turns the truth's copy findings into reported findings.
func truthFindings(t *corpusgen.Truth) []models.Finding {
	var out []models.Finding
	for _, f := range t.Findings {
		if copyRules[f.Rule] {
			out = append(out, models.Finding{Rule: f.Rule, SubmissionID: f.SubmissionID, Item: f.Item, File: f.File})
		}
	}
	return out
}

// TestEvaluateScoring scores made-up sweeps of a generated corpus: the
// planted passages themselves (perfect), half of them, a false match and a
// template match.
func TestEvaluateScoring(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a corpus")
	}
	tr, err := corpusgen.Generate(t.TempDir(), corpusgen.Options{Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	var perfect []models.Match
	var templateMatch models.Match
	firstTemplate := map[string]corpusgen.TruthSpan{}
	expected := map[string]bool{}
	for _, f := range tr.Findings {
		expected[f.File] = true
	}
	for _, p := range tr.Planted {
		switch p.Kind {
		case corpusgen.PlantCrossSchool, corpusgen.PlantSameSchool:
			perfect = append(perfect, models.Match{A: side(tr, p.Src), B: side(tr, p.Dst), SameSchool: p.Kind == corpusgen.PlantSameSchool})
		case corpusgen.PlantTemplate:
			// two occurrences of one template text: a template "copy"
			if expected[p.Dst.File] {
				continue // the finding below must be one the truth does not expect
			}
			if first, ok := firstTemplate[p.Text]; !ok {
				firstTemplate[p.Text] = p.Dst
			} else if templateMatch.A.File == "" {
				templateMatch = models.Match{A: side(tr, first), B: side(tr, p.Dst)}
			}
		}
	}
	if len(perfect) == 0 {
		t.Fatal("nothing planted")
	}
	r := Evaluate(tr, perfect, truthFindings(tr), Options{})
	if r.Recall != 1 || r.CharPrecision != 1 || r.PANPrecision != 1 || r.PANRecall != 1 || r.Granularity != 1 || len(r.Failures()) > 0 ||
		len(r.FalseMatches)+len(r.TemplateMatches)+len(r.UnexpectedFindings)+len(r.MissingFindings) > 0 {
		t.Errorf("perfect sweep:\n%s", r)
	}
	// every other case reported: recall about one half
	var half []models.Match
	for i, m := range perfect {
		if i%2 == 0 {
			half = append(half, m)
		}
	}
	r = Evaluate(tr, half, nil, Options{})
	if r.Recall > 0.75 || r.Recall < 0.25 || r.CharPrecision != 1 || len(r.Misses) == 0 || len(r.MissingFindings) == 0 || len(r.Failures()) == 0 {
		t.Errorf("half sweep: recall %.3f precision %.3f, %d misses", r.Recall, r.CharPrecision, len(r.Misses))
	}
	// a detection split in two pieces: granularity 1.5 for one case of two
	m := perfect[0]
	a, b := m, m
	mid := (m.A.Start + m.A.End) / 2
	if m.A.Page == m.A.EndPage && m.B.Page == m.B.EndPage {
		a.A.End, b.A.Start = mid, mid
		midB := (m.B.Start + m.B.End) / 2
		a.B.End, b.B.Start = midB, midB
		r = Evaluate(tr, append([]models.Match{a, b}, perfect[1:]...), nil, Options{})
		if r.Granularity <= 1 || r.Recall != 1 {
			t.Errorf("split detection: granularity %.3f recall %.3f", r.Granularity, r.Recall)
		}
	}
	// a template match and the finding it causes
	if templateMatch.A.File == "" {
		t.Fatal("no template text in two files")
	}
	f := models.Finding{Rule: models.RuleCopyCrossSchool, SubmissionID: templateMatch.A.SubmissionID, Item: templateMatch.A.Item,
		File: templateMatch.A.File, OtherSubmissionID: templateMatch.B.SubmissionID}
	r = Evaluate(tr, append(append([]models.Match(nil), perfect...), templateMatch), append(truthFindings(tr), f), Options{})
	if len(r.TemplateMatches) != 1 || len(r.TemplateFindings) != 1 || len(r.FalseMatches) != 1 || r.CharPrecision >= 1 || len(r.Failures()) == 0 {
		t.Errorf("template match: %d template matches, %d template findings, %d false, precision %.3f", len(r.TemplateMatches), len(r.TemplateFindings), len(r.FalseMatches), r.CharPrecision)
	}
	// template-flagged matches are not reported
	tm := templateMatch
	tm.Template = true
	r = Evaluate(tr, append(append([]models.Match(nil), perfect...), tm), nil, Options{})
	if len(r.TemplateMatches) != 0 || r.CharPrecision != 1 {
		t.Errorf("template-flagged match counted: %d, precision %.3f", len(r.TemplateMatches), r.CharPrecision)
	}
}

// TestAligner: swept text with OCR-like noise maps to drawn coordinates.
func TestAligner(t *testing.T) {
	drawn := []rune("工学一体化课程以典型工作任务为载体学生在学习工作站中完成获取信息制定计划做出决策实施计划过程控制评价反馈六个环节")
	swept := append([]rune("xx"), drawn...)
	swept[10] = '口'
	swept = append(swept[:30], swept[31:]...)
	f := aligner(swept, drawn)
	for _, c := range []struct{ s, want int }{{2, 0}, {20, 18}, {40, 39}, {len(swept), len(drawn)}} {
		if got := f(c.s); got < c.want-1 || got > c.want+1 {
			t.Errorf("aligner(%d) = %d, want %d±1", c.s, got, c.want)
		}
	}
	id := aligner(drawn, drawn)
	if id(17) != 17 {
		t.Error("identity alignment")
	}
}
