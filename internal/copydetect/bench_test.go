package copydetect

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"classaudit/internal/textnorm"
)

// BenchmarkCopyDetect runs the whole comparison (normalisation, fingerprints,
// index, candidate pairs, alignment) over n synthetic submissions of 12
// items of 1,250–3,750 characters each (text only), four submissions per
// school, with the default share of planted copies (one per school).
//
//	go test ./internal/copydetect/ -run '^$' -bench CopyDetect -benchtime 3x
func BenchmarkCopyDetect(b *testing.B) {
	for _, n := range []int{250, 500, 1000} {
		c := GenerateSynth(SynthConfig{Seed: 99, Schools: n / 4, Submissions: n})
		ref := NewReference()
		for i, r := range c.Reference {
			ref.AddText(fmt.Sprint(i), r)
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var res Result
			cpu0 := cpuTime()
			for i := 0; i < b.N; i++ {
				docs := make([]Doc, len(c.Docs))
				for j, d := range c.Docs {
					t := textnorm.New(d.Pages...)
					docs[j] = Doc{Owner: d.Submission, Group: d.School, Text: t.Runes}
				}
				res = Detect(docs, Options{Reference: ref})
			}
			// The machine is shared: CPU time (user+sys, all threads) is a
			// steadier measure of the work than wall time.
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(len(c.Docs)), "docs")
			b.ReportMetric(float64(res.CandidatePairs), "pairs")
			b.ReportMetric(float64(len(res.Passages)), "passages")
		})
	}
}

// cpuTime is the process's user+system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
