package copydetect

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// The measurements behind the defaults. They take a minute, so they run
// only when asked: CLASSAUDIT_MEASURE=1 go test ./internal/copydetect/ -run Measure -v

func measuring(t *testing.T) {
	if os.Getenv("CLASSAUDIT_MEASURE") == "" {
		t.Skip("set CLASSAUDIT_MEASURE=1 to run the parameter measurements")
	}
}

// hardEdits adds heavier edit combinations to the default mix.
var hardEdits = append(append([]Edit{}, defaultEdits...),
	EditOCR|EditSubstitute|EditPunct, EditNames|EditReorder|EditOCR, EditReorder|EditPunct|EditSubstitute)

// TestMeasureKWindow sweeps k and the window on corpora with many planted
// copies, heavier edits included.
func TestMeasureKWindow(t *testing.T) {
	measuring(t)
	var corpora []*SynthCorpus
	for seed := uint64(21); seed < 24; seed++ {
		corpora = append(corpora, GenerateSynth(SynthConfig{Seed: seed, Schools: 40, CrossCopies: 120, RingCopies: 20, Edits: hardEdits}))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%3s %3s | %7s %7s %7s %6s | %9s %8s %7s %6s\n", "k", "w", "recall", "charP", "panR", "gran", "fps", "seeds", "pairs", "ms")
	for _, k := range []int{6, 8, 10, 12, 13} {
		for _, w := range []int{4, 8, 12, 16} {
			var rec, prec, panR, gran float64
			var fps, seeds, pairs int
			var dur time.Duration
			for _, c := range corpora {
				docs, texts := synthDocs(c)
				start := time.Now()
				res := Detect(docs, Options{K: k, Window: w, Reference: synthReference(c)})
				dur += time.Since(start)
				ev := evaluate(c, texts, res.Passages)
				rec += ev.recall() / float64(len(corpora))
				prec += ev.precision() / float64(len(corpora))
				panR += ev.recallPAN / float64(len(corpora))
				gran += ev.granularity / float64(len(corpora))
				fps += res.Fingerprints
				seeds += res.Seeds
				pairs += res.CandidatePairs
			}
			fmt.Fprintf(&b, "%3d %3d | %7.4f %7.4f %7.4f %6.3f | %9d %8d %7d %6d\n", k, w, rec, prec, panR, gran, fps, seeds, pairs, dur.Milliseconds())
		}
	}
	t.Log(b.String())
}

// TestMeasureTemplateSchools sweeps T on corpora where each major's
// national-standard passages stand in every school of that major (1–8
// schools), with and without the standards given as reference, and copy
// rings span three schools.
func TestMeasureTemplateSchools(t *testing.T) {
	measuring(t)
	var corpora []*SynthCorpus
	for seed := uint64(31); seed < 34; seed++ {
		corpora = append(corpora, GenerateSynth(SynthConfig{Seed: seed, Schools: 48, CrossCopies: 60, RingCopies: 40}))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%3s %5s | %7s %7s %9s %9s\n", "T", "ref", "recall", "charP", "falseDet", "tmplDet")
	for _, T := range []int{2, 3, 4, 5, 6, 8, 12} {
		for _, withRef := range []bool{false, true} {
			var rec, prec float64
			var fd, td int
			for _, c := range corpora {
				docs, texts := synthDocs(c)
				ref := NewReference()
				if withRef {
					ref = synthReference(c)
				}
				res := Detect(docs, Options{TemplateGroups: T, Reference: ref})
				ev := evaluate(c, texts, res.Passages)
				rec += ev.recall() / float64(len(corpora))
				prec += ev.precision() / float64(len(corpora))
				fd += ev.falseDetections
				td += ev.templateFP
			}
			fmt.Fprintf(&b, "%3d %5v | %7.4f %7.4f %9d %9d\n", T, withRef, rec, prec, fd, td)
		}
	}
	t.Log(b.String())
}

// TestMeasureMinLength sweeps the shortest reported passage.
func TestMeasureMinLength(t *testing.T) {
	measuring(t)
	c := GenerateSynth(SynthConfig{Seed: 41, Schools: 48, CrossCopies: 150, RingCopies: 20, Edits: hardEdits})
	docs, texts := synthDocs(c)
	var b strings.Builder
	fmt.Fprintf(&b, "\n%4s | %7s %7s %9s %6s\n", "min", "recall", "charP", "falseDet", "gran")
	for _, m := range []int{20, 30, 40, 60, 80} {
		res := Detect(docs, Options{MinLength: m, Reference: synthReference(c)})
		ev := evaluate(c, texts, res.Passages)
		fmt.Fprintf(&b, "%4d | %7.4f %7.4f %9d %6.3f\n", m, ev.recall(), ev.precision(), ev.falseDetections, ev.granularity)
	}
	t.Log(b.String())
}

// TestMeasureMaxGap sweeps how far apart pieces may be and still be merged.
func TestMeasureMaxGap(t *testing.T) {
	measuring(t)
	c := GenerateSynth(SynthConfig{Seed: 51, Schools: 48, CrossCopies: 150, RingCopies: 20, Edits: hardEdits})
	docs, texts := synthDocs(c)
	var b strings.Builder
	fmt.Fprintf(&b, "\n%4s | %7s %7s %7s %6s\n", "gap", "recall", "charP", "panP", "gran")
	for _, g := range []int{10, 20, 40, 60, 100, 150} {
		res := Detect(docs, Options{MaxGap: g, Reference: synthReference(c)})
		ev := evaluate(c, texts, res.Passages)
		fmt.Fprintf(&b, "%4d | %7.4f %7.4f %7.4f %6.3f\n", g, ev.recall(), ev.precision(), ev.precisionPAN, ev.granularity)
	}
	t.Log(b.String())
}
