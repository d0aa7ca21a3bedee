package copyeval

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"classaudit/internal/corpusgen"
	"classaudit/internal/textnorm"
	"classaudit/models"
)

// The bars for generated corpora.
const (
	// MinRecall is the share of planted cross-school passages that must be
	// detected.
	MinRecall = 0.95
	// MinCharPrecision is the share of reported characters that must lie in
	// planted passages.
	MinCharPrecision = 0.95
	// CoveredShare is how much of a planted passage (on each side) reported
	// matches must cover for it to count as detected.
	CoveredShare = 0.5
	// TemplateOverlap is how many normalised characters of planted template
	// text a reported match must hold to count as caused by template text.
	TemplateOverlap = 10
)

// Options tune Evaluate.
type Options struct {
	// PageText returns the text the sweep read on a page (number 1-based)
	// of a file, which match offsets refer to; ok false when unknown. Nil,
	// or not ok: the truth's drawn text is taken (right for text-layer
	// PDFs). See PageTextFrom.
	PageText func(file string, page int) (text string, ok bool)
}

// PageTextFrom gives Options.PageText from the swept submissions.
func PageTextFrom(subs []*models.Submission) func(file string, page int) (string, bool) {
	m := map[string]map[int]string{}
	for _, s := range subs {
		for _, d := range s.Documents {
			if d == nil {
				continue
			}
			for _, p := range d.Pages {
				if m[d.RelPath] == nil {
					m[d.RelPath] = map[int]string{}
				}
				m[d.RelPath][p.Number] = p.Text
			}
		}
	}
	return func(file string, page int) (string, bool) {
		t, ok := m[file][page]
		return t, ok
	}
}

// Report holds the figures of one evaluation. Character counts are of
// normalised text (textnorm: letters, digits and Han characters).
type Report struct {
	// CrossCases are the planted cross-school passage pairs (a ring's
	// copy-of-copy pair included); CrossDetected of them have at least
	// CoveredShare of their characters covered on both sides by reported
	// matches between the two files. Recall = CrossDetected / CrossCases.
	CrossCases, CrossDetected int
	Recall                    float64
	// SameCases and SameDetected: the same for same-school copies.
	SameCases, SameDetected int
	// ReportedChars are the characters of both sides of every reported
	// (non-template) match between two files; TrueChars those inside a
	// planted passage of the same file pair. CharPrecision is their ratio
	// (1 when nothing is reported).
	ReportedChars, TrueChars int
	CharPrecision            float64
	// PAN measures (Potthast et al. 2010) over cross- and same-school cases
	// and reported matches; PlagDet = F1 / log2(1 + Granularity).
	PANPrecision, PANRecall, Granularity, PlagDet float64
	// Cases score every planted cross- and same-school passage pair, in the
	// truth's order; Misses are those not detected.
	Cases  []CaseScore
	Misses []CaseScore
	// FalseMatches are reported matches without a character in a planted
	// passage of their file pair.
	FalseMatches []models.Match
	// Partial are reported matches with some but less than 90% of their
	// characters in planted passages of their file pair.
	Partial []Partial
	// TemplateMatches are reported (non-template) matches holding at least
	// TemplateOverlap characters of planted template text.
	TemplateMatches []models.Match
	// UnexpectedFindings are copy findings the truth does not list;
	// TemplateFindings those of them whose submission pair has a template
	// match. MissingFindings are the truth's copy findings not reported.
	UnexpectedFindings, TemplateFindings []models.Finding
	MissingFindings                      []corpusgen.TruthFinding
}

// Partial is a reported match that reaches beyond the planted passages.
type Partial struct {
	Match            models.Match
	TrueChars, Chars int
}

// CaseScore is a planted passage pair with the share of each side that
// reported matches between its two files cover, and whether that makes it
// detected (both shares at least CoveredShare).
type CaseScore struct {
	Passage                corpusgen.TruthPassage
	SrcCovered, DstCovered float64
	Detected               bool
}

// Failures lists the bars the report does not meet (empty when all are met).
func (r *Report) Failures() []string {
	var out []string
	if r.CrossCases == 0 {
		out = append(out, "no planted cross-school passage in the truth")
	}
	if r.Recall < MinRecall {
		out = append(out, fmt.Sprintf("recall %.4f < %.2f (%d of %d planted cross-school passages)", r.Recall, MinRecall, r.CrossDetected, r.CrossCases))
	}
	if r.CharPrecision < MinCharPrecision {
		out = append(out, fmt.Sprintf("character precision %.4f < %.2f (%d of %d reported characters in planted passages)", r.CharPrecision, MinCharPrecision, r.TrueChars, r.ReportedChars))
	}
	if len(r.TemplateFindings) > 0 {
		out = append(out, fmt.Sprintf("%d findings caused by template text", len(r.TemplateFindings)))
	}
	return out
}

// String summarises the report in one line per figure group, misses and
// false or template matches after.
func (r *Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "cross-school: %d/%d detected (recall %.4f); same-school: %d/%d\n", r.CrossDetected, r.CrossCases, r.Recall, r.SameDetected, r.SameCases)
	fmt.Fprintf(&b, "characters: %d reported, %d in planted passages (precision %.4f)\n", r.ReportedChars, r.TrueChars, r.CharPrecision)
	fmt.Fprintf(&b, "PAN: precision %.4f recall %.4f granularity %.4f plagdet %.4f\n", r.PANPrecision, r.PANRecall, r.Granularity, r.PlagDet)
	fmt.Fprintf(&b, "false matches %d, template matches %d, unexpected findings %d (template-caused %d), missing findings %d",
		len(r.FalseMatches), len(r.TemplateMatches), len(r.UnexpectedFindings), len(r.TemplateFindings), len(r.MissingFindings))
	for _, m := range r.Cases {
		p := m.Passage
		fmt.Fprintf(&b, "\ncase %s %-18s items %2d→%2d %4d chars covered %.2f/%.2f", p.Kind, p.Edits, p.Src.Item, p.Dst.Item, len([]rune(p.Text)), m.SrcCovered, m.DstCovered)
	}
	for _, m := range r.Misses {
		p := m.Passage
		fmt.Fprintf(&b, "\nMISS %s %s: %s p%d[%d:] → %s p%d[%d:] covered %.2f/%.2f: %s", p.Kind, p.Edits,
			p.Src.File, p.Src.Page, p.Src.Start, p.Dst.File, p.Dst.Page, p.Dst.Start, m.SrcCovered, m.DstCovered, cut(p.Text, 80))
	}
	for _, m := range r.FalseMatches {
		fmt.Fprintf(&b, "\nFALSE %s p%d ↔ %s p%d (%d chars): %s", m.A.File, m.A.Page, m.B.File, m.B.Page, m.Length, cut(m.A.Text, 80))
	}
	for _, p := range r.Partial {
		m := p.Match
		fmt.Fprintf(&b, "\nPARTIAL %d of %d chars planted: %s p%d[%d:%d] ↔ %s p%d[%d:%d]\n  A: %s\n  B: %s", p.TrueChars, p.Chars,
			m.A.File, m.A.Page, m.A.Start, m.A.End, m.B.File, m.B.Page, m.B.Start, m.B.End, m.A.Text, m.B.Text)
	}
	for _, m := range r.TemplateMatches {
		fmt.Fprintf(&b, "\nTEMPLATE %s p%d ↔ %s p%d (%d chars): %s", m.A.File, m.A.Page, m.B.File, m.B.Page, m.Length, cut(m.A.Text, 80))
	}
	for _, f := range r.UnexpectedFindings {
		fmt.Fprintf(&b, "\nUNEXPECTED %s %s item %d (other %s)", f.Rule, f.SubmissionID, f.Item, f.OtherSubmissionID)
	}
	for _, f := range r.MissingFindings {
		fmt.Fprintf(&b, "\nMISSING %s %s item %d %s", f.Rule, f.SubmissionID, f.Item, f.File)
	}
	return b.String()
}

func cut(s string, n int) string {
	rs := []rune(strings.ReplaceAll(s, "\n", ""))
	if len(rs) <= n {
		return string(rs)
	}
	return string(rs[:n]) + "…"
}

// iv is a half-open range of normalised runes.
type iv struct{ a, b int }

func (x iv) len() int { return max(0, x.b-x.a) }

func overlap(x, y iv) int { return max(0, min(x.b, y.b)-max(x.a, y.a)) }

// unionWithin is the length of r covered by the union of ivs.
func unionWithin(r iv, ivs []iv) int {
	var in []iv
	for _, x := range ivs {
		if o := (iv{max(r.a, x.a), min(r.b, x.b)}); o.len() > 0 {
			in = append(in, o)
		}
	}
	sort.Slice(in, func(i, j int) bool { return in[i].a < in[j].a })
	n, end := 0, r.a
	for _, x := range in {
		if x.b <= end {
			continue
		}
		n += x.b - max(x.a, end)
		end = x.b
	}
	return n
}

// normDoc is one file's pages in normalised coordinates.
type normDoc struct {
	numbers []int
	texts   map[int][]rune
	start   map[int]int // normalised index where each page starts
	norm    []rune
}

func newNormDoc(pages map[int]string) *normDoc {
	d := &normDoc{texts: map[int][]rune{}, start: map[int]int{}}
	for n := range pages {
		d.numbers = append(d.numbers, n)
	}
	sort.Ints(d.numbers)
	for _, n := range d.numbers {
		d.start[n] = len(d.norm)
		rs := []rune(pages[n])
		d.texts[n] = rs
		for _, r := range rs {
			if f, ok := textnorm.Fold(r); ok {
				d.norm = append(d.norm, f)
			}
		}
	}
	return d
}

// index maps a rune offset of a page to the normalised index of the first
// kept rune at or after it.
func (d *normDoc) index(page, off int) int {
	st, ok := d.start[page]
	if !ok {
		if len(d.numbers) == 0 || page < d.numbers[0] {
			return 0
		}
		return len(d.norm)
	}
	n := st
	for i, r := range d.texts[page] {
		if i >= off {
			break
		}
		if _, ok := textnorm.Fold(r); ok {
			n++
		}
	}
	return n
}

func (d *normDoc) span(page, start, endPage, end int) iv {
	return iv{d.index(page, start), d.index(endPage, end)}
}

// aligner maps normalised indices of the swept text of a file to those of
// the drawn text: the identity when both read alike, else interpolation
// between k-grams found once in each, in order (OCR'd pages).
func aligner(s, t []rune) func(int) int {
	if string(s) == string(t) {
		return func(x int) int { return x }
	}
	const k = 8
	count := map[string]int{}
	pos := map[string]int{}
	for j := 0; j+k <= len(t); j++ {
		g := string(t[j : j+k])
		count[g]++
		pos[g] = j
	}
	sCount := map[string]int{}
	for i := 0; i+k <= len(s); i++ {
		sCount[string(s[i:i+k])]++
	}
	anchors := [][2]int{{0, 0}}
	last := -1
	for i := 0; i+k <= len(s); i++ {
		g := string(s[i : i+k])
		if count[g] == 1 && sCount[g] == 1 && pos[g] > last && i > anchors[len(anchors)-1][0] {
			anchors = append(anchors, [2]int{i, pos[g]})
			last = pos[g]
		}
	}
	anchors = append(anchors, [2]int{len(s), len(t)})
	return func(x int) int {
		i := sort.Search(len(anchors), func(i int) bool { return anchors[i][0] > x }) - 1
		if i < 0 {
			return 0
		}
		a := anchors[i]
		y := a[1] + (x - a[0])
		if i+1 < len(anchors) {
			y = min(y, anchors[i+1][1])
		}
		return max(0, min(y, len(t)))
	}
}

// files holds the normalised drawn and swept text of every file.
type files struct {
	truth   map[string]map[int]string
	opts    Options
	drawn   map[string]*normDoc
	swept   map[string]*normDoc
	toTruth map[string]func(int) int
}

func (fs *files) drawnDoc(file string) *normDoc {
	if d, ok := fs.drawn[file]; ok {
		return d
	}
	var d *normDoc
	if pages, ok := fs.truth[file]; ok {
		d = newNormDoc(pages)
	}
	fs.drawn[file] = d
	return d
}

// truthSpan is a truth span in drawn normalised coordinates.
func (fs *files) truthSpan(sp corpusgen.TruthSpan) (iv, bool) {
	d := fs.drawnDoc(sp.File)
	if d == nil {
		return iv{}, false
	}
	return d.span(sp.Page, sp.Start, sp.EndPage, sp.End), true
}

// matchSpan is a match side in drawn normalised coordinates.
func (fs *files) matchSpan(s models.MatchSide) (iv, bool) {
	d := fs.drawnDoc(s.File)
	if d == nil {
		return iv{}, false
	}
	sw, ok := fs.swept[s.File]
	if !ok {
		sw = d
		if fs.opts.PageText != nil {
			pages := map[int]string{}
			for _, n := range d.numbers {
				if t, ok := fs.opts.PageText(s.File, n); ok {
					pages[n] = t
				} else {
					pages[n] = string(d.texts[n])
				}
			}
			sw = newNormDoc(pages)
		}
		fs.swept[s.File] = sw
		fs.toTruth[s.File] = aligner(sw.norm, d.norm)
	}
	r := sw.span(s.Page, s.Start, s.EndPage, s.End)
	f := fs.toTruth[s.File]
	return iv{f(r.a), f(r.b)}, true
}

// pcase is a planted passage pair in drawn coordinates.
type pcase struct {
	p      corpusgen.TruthPassage
	fa, fb string
	ra, rb iv
	cross  bool
}

// det is a reported match in drawn coordinates (ok false when a side lies
// in a file without drawn text).
type det struct {
	m      models.Match
	fa, fb string
	ra, rb iv
	ok     bool
	size   int
}

// sides returns c's ranges in the order of d's files, ok false when d is
// between other files.
func (c *pcase) sides(d *det) (iv, iv, bool) {
	switch {
	case c.fa == d.fa && c.fb == d.fb:
		return c.ra, c.rb, true
	case c.fa == d.fb && c.fb == d.fa:
		return c.rb, c.ra, true
	}
	return iv{}, iv{}, false
}

var copyRules = map[string]bool{models.RuleCopyCrossSchool: true, models.RuleCopySameSchool: true, models.RuleFabricationIdenticalWork: true}

// Evaluate scores a sweep's matches (the matches table) and findings
// against the passages the truth says were planted.
//
// Cases are the planted cross- and same-school passage pairs; detections
// are the reported matches (Template unset) between two different files
// (matches inside one file are identical-work evidence and are left out).
// Offsets are compared in normalised text: a match side is mapped from the
// swept page text (Options.PageText) to the drawn text of the truth.
func Evaluate(t *corpusgen.Truth, matches []models.Match, findings []models.Finding, opts Options) *Report {
	fs := &files{truth: map[string]map[int]string{}, opts: opts, drawn: map[string]*normDoc{}, swept: map[string]*normDoc{}, toTruth: map[string]func(int) int{}}
	for _, p := range t.Pages {
		if fs.truth[p.File] == nil {
			fs.truth[p.File] = map[int]string{}
		}
		fs.truth[p.File][p.Page] = p.Text
	}
	var cases []*pcase
	templates := map[string][]iv{}
	for _, p := range t.Planted {
		switch p.Kind {
		case corpusgen.PlantCrossSchool, corpusgen.PlantSameSchool:
			ra, okA := fs.truthSpan(p.Src)
			rb, okB := fs.truthSpan(p.Dst)
			if okA && okB {
				cases = append(cases, &pcase{p: p, fa: p.Src.File, fb: p.Dst.File, ra: ra, rb: rb, cross: p.Kind == corpusgen.PlantCrossSchool})
			}
		case corpusgen.PlantTemplate:
			if r, ok := fs.truthSpan(p.Dst); ok {
				templates[p.Dst.File] = append(templates[p.Dst.File], r)
			}
		}
	}
	var dets []*det
	for _, m := range matches {
		if m.Template || m.A.File == m.B.File {
			continue
		}
		d := &det{m: m, fa: m.A.File, fb: m.B.File}
		ra, okA := fs.matchSpan(m.A)
		rb, okB := fs.matchSpan(m.B)
		d.ok = okA && okB
		if d.ok {
			d.ra, d.rb = ra, rb
			d.size = ra.len() + rb.len()
		} else {
			d.size = 2 * m.Length
		}
		dets = append(dets, d)
	}
	r := &Report{}
	// recall: coverage of each case by the detections of its file pair
	detectedBy := make([][]*det, len(cases))
	var coveredChars float64
	for ci, c := range cases {
		for _, d := range dets {
			if !d.ok {
				continue
			}
			if ca, cb, ok := c.sides(d); ok && overlap(ca, d.ra) > 0 && overlap(cb, d.rb) > 0 {
				detectedBy[ci] = append(detectedBy[ci], d)
			}
		}
		covA, covB := coverage(c, dets)
		shareA := float64(covA) / float64(max(1, c.ra.len()))
		shareB := float64(covB) / float64(max(1, c.rb.len()))
		coveredChars += float64(coveredByDetecting(c, detectedBy[ci])) / float64(max(1, c.ra.len()+c.rb.len()))
		hit := shareA >= CoveredShare && shareB >= CoveredShare
		r.Cases = append(r.Cases, CaseScore{Passage: c.p, SrcCovered: shareA, DstCovered: shareB, Detected: hit})
		if c.cross {
			r.CrossCases++
		} else {
			r.SameCases++
		}
		switch {
		case hit && c.cross:
			r.CrossDetected++
		case hit:
			r.SameDetected++
		default:
			r.Misses = append(r.Misses, r.Cases[len(r.Cases)-1])
		}
	}
	r.Recall = ratio(r.CrossDetected, r.CrossCases)
	// precision: characters of each detection inside cases of its file pair
	var panP float64
	for _, d := range dets {
		r.ReportedChars += d.size
		if !d.ok {
			r.FalseMatches = append(r.FalseMatches, d.m)
			continue
		}
		var inA, inB []iv
		var detA, detB []iv
		for _, c := range cases {
			ca, cb, ok := c.sides(d)
			if !ok {
				continue
			}
			inA, inB = append(inA, ca), append(inB, cb)
			if overlap(ca, d.ra) > 0 && overlap(cb, d.rb) > 0 {
				detA, detB = append(detA, ca), append(detB, cb)
			}
		}
		tc := unionWithin(d.ra, inA) + unionWithin(d.rb, inB)
		r.TrueChars += tc
		switch {
		case tc == 0:
			r.FalseMatches = append(r.FalseMatches, d.m)
		case float64(tc) < 0.9*float64(d.size):
			r.Partial = append(r.Partial, Partial{Match: d.m, TrueChars: tc, Chars: d.size})
		}
		panP += float64(unionWithin(d.ra, detA)+unionWithin(d.rb, detB)) / float64(max(1, d.size))
		if unionWithin(d.ra, templates[d.fa]) >= TemplateOverlap || unionWithin(d.rb, templates[d.fb]) >= TemplateOverlap {
			r.TemplateMatches = append(r.TemplateMatches, d.m)
		}
	}
	r.CharPrecision = 1
	if r.ReportedChars > 0 {
		r.CharPrecision = float64(r.TrueChars) / float64(r.ReportedChars)
	}
	r.PANPrecision = 1
	if len(dets) > 0 {
		r.PANPrecision = panP / float64(len(dets))
	}
	if len(cases) > 0 {
		r.PANRecall = coveredChars / float64(len(cases))
	}
	detected, gran := 0, 0
	for _, ds := range detectedBy {
		if len(ds) > 0 {
			detected++
			gran += len(ds)
		}
	}
	r.Granularity = 1
	if detected > 0 {
		r.Granularity = float64(gran) / float64(detected)
	}
	if r.PANPrecision+r.PANRecall > 0 {
		f1 := 2 * r.PANPrecision * r.PANRecall / (r.PANPrecision + r.PANRecall)
		r.PlagDet = f1 / math.Log2(1+r.Granularity)
	}
	r.findings(t, findings)
	return r
}

// coverage is how much of each side of c the detections between its two
// files cover.
func coverage(c *pcase, dets []*det) (int, int) {
	var onA, onB []iv
	for _, d := range dets {
		if !d.ok {
			continue
		}
		switch {
		case c.fa == d.fa && c.fb == d.fb:
			onA, onB = append(onA, d.ra), append(onB, d.rb)
		case c.fa == d.fb && c.fb == d.fa:
			onA, onB = append(onA, d.rb), append(onB, d.ra)
		}
	}
	return unionWithin(c.ra, onA), unionWithin(c.rb, onB)
}

// coveredByDetecting is |∪ (s ⊓ r)| over the detections r of case s.
func coveredByDetecting(c *pcase, ds []*det) int {
	var onA, onB []iv
	for _, d := range ds {
		if c.fa == d.fa && c.fb == d.fb {
			onA, onB = append(onA, d.ra), append(onB, d.rb)
		} else {
			onA, onB = append(onA, d.rb), append(onB, d.ra)
		}
	}
	return unionWithin(c.ra, onA) + unionWithin(c.rb, onB)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// findings compares the copy findings with the truth's and ties the
// unexpected ones to template matches.
func (r *Report) findings(t *corpusgen.Truth, findings []models.Finding) {
	type key struct {
		rule, sub string
		item      int
		file      string
	}
	want := map[key]bool{}
	for _, f := range t.Findings {
		if copyRules[f.Rule] {
			want[key{f.Rule, f.SubmissionID, f.Item, f.File}] = true
		}
	}
	type pairKey struct {
		sub   string
		item  int
		other string
	}
	tmpl := map[pairKey]bool{}
	for _, m := range r.TemplateMatches {
		tmpl[pairKey{m.A.SubmissionID, m.A.Item, m.B.SubmissionID}] = true
		tmpl[pairKey{m.B.SubmissionID, m.B.Item, m.A.SubmissionID}] = true
	}
	got := map[key]bool{}
	for _, f := range findings {
		if !copyRules[f.Rule] {
			continue
		}
		k := key{f.Rule, f.SubmissionID, f.Item, f.File}
		got[k] = true
		if want[k] {
			continue
		}
		r.UnexpectedFindings = append(r.UnexpectedFindings, f)
		if tmpl[pairKey{f.SubmissionID, f.Item, f.OtherSubmissionID}] {
			r.TemplateFindings = append(r.TemplateFindings, f)
		}
	}
	for _, f := range t.Findings {
		if copyRules[f.Rule] && !got[key{f.Rule, f.SubmissionID, f.Item, f.File}] {
			r.MissingFindings = append(r.MissingFindings, f)
		}
	}
}
