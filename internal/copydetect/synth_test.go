package copydetect

import (
	"testing"
)

func detectSynth(t testing.TB, c *SynthCorpus, opt Options) (Result, evaluation) {
	docs, texts := synthDocs(c)
	res := Detect(docs, opt)
	return res, evaluate(c, texts, res.Passages)
}

func synthReference(c *SynthCorpus) *Reference {
	ref := NewReference()
	for i, r := range c.Reference {
		ref.AddText("standard"+string(rune('a'+i%26)), r)
	}
	return ref
}

// TestSynthRecallPrecision is the acceptance test of issue 5 on generated
// corpora: recall ≥ 95% of planted cross-school passages, precision ≥ 95% of
// reported characters, and no finding caused by template text.
func TestSynthRecallPrecision(t *testing.T) {
	t.Parallel()
	configs := []SynthConfig{
		{Seed: 1, Schools: 30},
		{Seed: 2, Schools: 30},
		// heavier edits: three edits at once on some copies
		{Seed: 3, Schools: 40, CrossCopies: 80, RingCopies: 10, Edits: hardEdits},
	}
	for _, cfg := range configs {
		seed := cfg.Seed
		c := GenerateSynth(cfg)
		res, ev := detectSynth(t, c, Options{Reference: synthReference(c)})
		t.Logf("seed %d: %d docs, %d fingerprints (%d template), %d seeds, %d candidate pairs\n%s",
			seed, len(c.Docs), res.Fingerprints, res.TemplateFPs, res.Seeds, res.CandidatePairs, ev)
		if ev.recall() < 0.95 {
			t.Errorf("seed %d: recall %.3f < 0.95", seed, ev.recall())
			for _, m := range ev.missed {
				t.Log("missed:", m)
			}
		}
		if ev.precision() < 0.95 {
			t.Errorf("seed %d: character precision %.3f < 0.95", seed, ev.precision())
		}
		if ev.templateFP > 0 {
			t.Errorf("seed %d: %d findings caused by template text", seed, ev.templateFP)
		}
	}
}
