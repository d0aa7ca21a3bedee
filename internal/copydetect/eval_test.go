package copydetect

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"classaudit/internal/textnorm"
)

// synthCase is one pair of occurrences of one planted passage: the truth a
// detection between these two documents should find.
type synthCase struct {
	a, b       SynthSpan // a.Doc < b.Doc
	cross      bool
	edits      string
	covered    float64 // share of the case's characters covered by detections
	detections int
}

// evaluation holds PAN-style figures (Potthast et al. 2010) over a corpus.
type evaluation struct {
	cases, crossCases, crossDetected, detected int
	recallPAN, precisionPAN, granularity       float64
	reportedChars, trueChars                   int
	detections, falseDetections, templateFP    int
	byEdit                                     map[string][2]int // edit → detected, total (cross-school)
	missed                                     []string
}

func (e evaluation) recall() float64 {
	if e.crossCases == 0 {
		return 1
	}
	return float64(e.crossDetected) / float64(e.crossCases)
}

func (e evaluation) precision() float64 {
	if e.reportedChars == 0 {
		return 1
	}
	return float64(e.trueChars) / float64(e.reportedChars)
}

func (e evaluation) String() string {
	var b strings.Builder
	f1 := 0.0
	if e.precisionPAN+e.recallPAN > 0 {
		f1 = 2 * e.precisionPAN * e.recallPAN / (e.precisionPAN + e.recallPAN)
	}
	plagdet := f1
	if e.granularity > 1 {
		plagdet = f1 / math.Log2(1+e.granularity)
	}
	fmt.Fprintf(&b, "cross-school cases %d, detected (≥50%% covered) %d = %.3f; all cases %d detected %d\n",
		e.crossCases, e.crossDetected, e.recall(), e.cases, e.detected)
	fmt.Fprintf(&b, "reported chars %d, true %d: char precision %.4f; detections %d, without truth %d (template-caused %d)\n",
		e.reportedChars, e.trueChars, e.precision(), e.detections, e.falseDetections, e.templateFP)
	fmt.Fprintf(&b, "PAN: precision %.4f recall %.4f granularity %.4f plagdet %.4f\n", e.precisionPAN, e.recallPAN, e.granularity, plagdet)
	var keys []string
	for k := range e.byEdit {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "  %-22s %d/%d\n", k, e.byEdit[k][0], e.byEdit[k][1])
	}
	return b.String()
}

// synthDocs turns a corpus into Detect's input (one normalised text per
// document) and keeps the normalised texts to map results back.
func synthDocs(c *SynthCorpus) ([]Doc, []*textnorm.Text) {
	docs := make([]Doc, len(c.Docs))
	texts := make([]*textnorm.Text, len(c.Docs))
	for i, d := range c.Docs {
		texts[i] = textnorm.New(d.Text)
		docs[i] = Doc{Owner: d.Submission, Group: d.School, Text: texts[i].Runes}
	}
	return docs, texts
}

func origSpan(t *textnorm.Text, doc, start, end int) SynthSpan {
	_, s := t.Locate(start)
	_, e := t.Locate(end - 1)
	return SynthSpan{Doc: doc, Start: s, End: e + 1}
}

func overlap(x, y SynthSpan) int {
	if x.Doc != y.Doc {
		return 0
	}
	return max(0, min(x.End, y.End)-max(x.Start, y.Start))
}

// evaluate scores reported (non-template) passages against the planted truth.
func evaluate(c *SynthCorpus, texts []*textnorm.Text, passages []Passage) evaluation {
	ev := evaluation{byEdit: map[string][2]int{}}
	byOrigin := map[int][]SynthOccurrence{}
	for _, o := range c.Occurrences {
		byOrigin[o.Origin] = append(byOrigin[o.Origin], o)
	}
	type pairKey struct{ a, b int }
	cases := map[pairKey][]*synthCase{}
	var all []*synthCase
	for _, occ := range byOrigin {
		for i := range occ {
			for j := i + 1; j < len(occ); j++ {
				x, y := occ[i], occ[j]
				if c.Docs[x.Doc].Submission == c.Docs[y.Doc].Submission {
					continue
				}
				if x.Doc > y.Doc {
					x, y = y, x
				}
				edits := []string{}
				for _, o := range []SynthOccurrence{x, y} {
					if !o.Source {
						edits = append(edits, o.Edits.String())
					}
				}
				sc := &synthCase{a: x.SynthSpan, b: y.SynthSpan, cross: c.Docs[x.Doc].School != c.Docs[y.Doc].School,
					edits: strings.Join(edits, "|")}
				cases[pairKey{x.Doc, y.Doc}] = append(cases[pairKey{x.Doc, y.Doc}], sc)
				all = append(all, sc)
			}
		}
	}
	dets := map[pairKey][]det{}
	var precSum float64
	for _, p := range passages {
		if p.Template {
			continue
		}
		d := det{origSpan(texts[p.A], p.A, p.AStart, p.AEnd), origSpan(texts[p.B], p.B, p.BStart, p.BEnd)}
		k := pairKey{p.A, p.B}
		dets[k] = append(dets[k], d)
		size := (d.a.End - d.a.Start) + (d.b.End - d.b.Start)
		tru := trueChars(d.a, cases[k], true) + trueChars(d.b, cases[k], false)
		ev.detections++
		ev.reportedChars += size
		ev.trueChars += tru
		precSum += float64(tru) / float64(size)
		if tru == 0 {
			ev.falseDetections++
			for _, t := range c.Template {
				if overlap(t, d.a) > 0 || overlap(t, d.b) > 0 {
					ev.templateFP++
					break
				}
			}
		}
	}
	if ev.detections > 0 {
		ev.precisionPAN = precSum / float64(ev.detections)
	} else {
		ev.precisionPAN = 1
	}
	var recSum, granSum float64
	for k, cs := range cases {
		for _, sc := range cs {
			covA := coveredChars(sc.a, dets[k], true)
			covB := coveredChars(sc.b, dets[k], false)
			sc.covered = float64(covA+covB) / float64(sc.a.End-sc.a.Start+sc.b.End-sc.b.Start)
			for _, d := range dets[k] {
				if overlap(d.a, sc.a) > 0 || overlap(d.b, sc.b) > 0 {
					sc.detections++
				}
			}
		}
	}
	for _, sc := range all {
		ev.cases++
		recSum += sc.covered
		det := sc.covered >= 0.5
		if sc.detections > 0 {
			granSum += float64(sc.detections)
		}
		if det {
			ev.detected++
		}
		if sc.cross {
			ev.crossCases++
			be := ev.byEdit[sc.edits]
			be[1]++
			if det {
				ev.crossDetected++
				be[0]++
			} else {
				ev.missed = append(ev.missed, fmt.Sprintf("%s doc %d [%d,%d) ~ doc %d [%d,%d) covered %.2f",
					sc.edits, sc.a.Doc, sc.a.Start, sc.a.End, sc.b.Doc, sc.b.Start, sc.b.End, sc.covered))
			}
			ev.byEdit[sc.edits] = be
		}
	}
	if ev.cases > 0 {
		ev.recallPAN = recSum / float64(ev.cases)
	}
	nd := 0
	for _, sc := range all {
		if sc.detections > 0 {
			nd++
		}
	}
	if nd > 0 {
		ev.granularity = granSum / float64(nd)
	}
	return ev
}

// trueChars counts the characters of a detection side inside any case side.
func trueChars(d SynthSpan, cs []*synthCase, sideA bool) int {
	mark := make([]bool, d.End-d.Start)
	for _, sc := range cs {
		s := sc.b
		if sideA {
			s = sc.a
		}
		for i := max(s.Start, d.Start); i < min(s.End, d.End); i++ {
			mark[i-d.Start] = true
		}
	}
	n := 0
	for _, m := range mark {
		if m {
			n++
		}
	}
	return n
}

// coveredChars counts the characters of a case side covered by detections.
func coveredChars(s SynthSpan, ds []det, sideA bool) int {
	mark := make([]bool, s.End-s.Start)
	for _, d := range ds {
		x := d.b
		if sideA {
			x = d.a
		}
		for i := max(s.Start, x.Start); i < min(s.End, x.End); i++ {
			mark[i-s.Start] = true
		}
	}
	n := 0
	for _, m := range mark {
		if m {
			n++
		}
	}
	return n
}

// det is one reported passage in original coordinates.
type det struct{ a, b SynthSpan }
