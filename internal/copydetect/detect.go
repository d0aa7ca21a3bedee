package copydetect

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
)

// Defaults, chosen by the measurements in measure_test.go (see README.md).
const (
	// DefaultK is the k-gram length in normalised runes (Han characters,
	// letters, digits).
	DefaultK = 10
	// DefaultWindow is the winnowing window: any shared run of at least
	// DefaultK+DefaultWindow-1 normalised runes is guaranteed a seed.
	DefaultWindow = 8
	// DefaultTemplateGroups: a fingerprint present in at least this many
	// groups (schools) is template text.
	DefaultTemplateGroups = 4
	// DefaultMinLength is the shortest passage reported, in normalised runes
	// outside template text, on both sides.
	DefaultMinLength = 40
	// DefaultMaxGap is how far apart (in normalised runes, on both sides)
	// two pieces of shared text may be and still form one passage.
	DefaultMaxGap = 100
	// DefaultMinSimilarity is the lowest similarity (bigram Dice) of a
	// reported passage: chance alignments of shared terms score about 0.3,
	// edited copies 0.6–1.
	DefaultMinSimilarity = 0.5
	// DefaultMaxPostings bounds the documents one fingerprint may pair up:
	// text repeated in more documents than this is treated as boilerplate.
	DefaultMaxPostings = 200
)

// Doc is one document to compare, as normalised text (see textnorm).
type Doc struct {
	// Owner identifies who submitted the document (a submission); passages
	// between documents of one owner are never looked for.
	Owner string
	// Group is the owner's group (a school): template counting is per group,
	// and a passage between two documents of one group is SameGroup.
	Group string
	// Text is the normalised text.
	Text []rune
}

// Options tune Detect. Zero values mean the defaults above.
type Options struct {
	// K is the k-gram length and Window the winnowing window, in
	// normalised runes.
	K, Window int
	// TemplateGroups: fingerprints in at least this many groups are template.
	// Negative disables group counting (only Reference marks template).
	TemplateGroups int
	MinLength      int
	MaxGap         int
	MaxPostings    int
	// TemplateBridge joins template spans of one document that are at most
	// this many runes apart (on top of the window): for OCRed printed forms,
	// whose template fingerprints are broken here and there by misread
	// characters that differ from copy to copy. Zero: no bridging.
	TemplateBridge int
	// MinSimilarity: passages less similar than this are dropped.
	MinSimilarity float64
	// Reference texts are template wherever they occur; nil means none (use
	// NewReference for the built-in notice).
	Reference *Reference
	// Workers bounds parallelism; if zero, GOMAXPROCS.
	Workers int
}

func (o Options) withDefaults() Options {
	if o.K <= 0 {
		o.K = DefaultK
	}
	if o.Window <= 0 {
		o.Window = DefaultWindow
	}
	if o.TemplateGroups == 0 {
		o.TemplateGroups = DefaultTemplateGroups
	}
	if o.MinLength <= 0 {
		o.MinLength = DefaultMinLength
	}
	if o.MaxGap <= 0 {
		o.MaxGap = DefaultMaxGap
	}
	if o.MinSimilarity <= 0 {
		o.MinSimilarity = DefaultMinSimilarity
	}
	if o.MaxPostings <= 0 {
		o.MaxPostings = DefaultMaxPostings
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	return o
}

// Passage is one aligned passage pair between documents A and B (A < B,
// indexes into the docs given to Detect). Ranges are half-open, in
// normalised runes of each document's Text.
type Passage struct {
	A, B         int
	AStart, AEnd int
	BStart, BEnd int
	// Length is the passage's length outside template text: the smaller of
	// the two sides.
	Length int
	// Similarity is the Dice coefficient of the two sides' character
	// bigrams (1 for an exact copy; reordering does not lower it).
	Similarity float64
	// Pieces is how many separately aligned pieces were merged into this
	// passage (more than one when sentences were reordered or edited).
	Pieces int
	// Covered is the smaller side's count of runes covered by shared
	// k-grams (seeds): the exactly shared part of the passage.
	Covered int
	// Content counts the distinct bigrams of Han characters or letters
	// (digits excluded) outside template text that both sides hold: how much
	// wording, as opposed to numbers and repeated table words, the passage
	// shares. A passage needs at least MinLength/2 (template-only passages
	// are not counted: zero).
	Content int
	// TemplateChars counts runes of either side inside template text.
	TemplateChars int
	// Template is set when, without its template text, the passage is
	// shorter than MinLength: it is kept for audit but is not copying.
	Template  bool
	SameGroup bool
}

// Result is what Detect found, with counts for logging.
type Result struct {
	Passages       []Passage
	Fingerprints   int // winnowed fingerprints indexed
	TemplateFPs    int // of which template
	CandidatePairs int // document pairs that shared a seed
	Seeds          int
	// TemplateRunes counts, per document, the runes inside template text.
	TemplateRunes []int
}

// Detect finds the passages shared between documents of different owners.
// Candidate pairs come from an inverted index of winnowed fingerprints
// (sorted, so the cost is O(N log N) in the total text length plus the
// work on pairs that do share text), never from comparing all pairs.
func Detect(docs []Doc, opt Options) Result {
	opt = opt.withDefaults()
	var res Result
	groupID := map[string]int32{}
	ownerID := map[string]int32{}
	groups := make([]int32, len(docs))
	owners := make([]int32, len(docs))
	for i, d := range docs {
		g, ok := groupID[d.Group]
		if !ok {
			g = int32(len(groupID))
			groupID[d.Group] = g
		}
		o, ok := ownerID[d.Owner]
		if !ok {
			o = int32(len(ownerID))
			ownerID[d.Owner] = o
		}
		groups[i], owners[i] = g, o
	}

	fps, tmplPos := fingerprintAll(docs, opt, opt.Reference.phraseIndex())
	res.Fingerprints = len(fps)
	for _, ps := range tmplPos {
		res.Fingerprints += len(ps)
		res.TemplateFPs += len(ps)
	}
	fps = sortFingerprints(fps, opt.Workers)

	ref := opt.Reference.hashes(opt.K)
	var seeds []seed
	seen := make([]int32, 0, 16)
	for i := 0; i < len(fps); {
		j := i + 1
		for j < len(fps) && fps[j].hash == fps[i].hash {
			j++
		}
		run := fps[i:j]
		i = j
		if len(run) == 1 {
			if _, ok := ref[run[0].hash]; ok {
				tmplPos[run[0].doc] = append(tmplPos[run[0].doc], run[0].pos)
				res.TemplateFPs++
			}
			continue
		}
		template := false
		if _, ok := ref[run[0].hash]; ok {
			template = true
		} else if opt.TemplateGroups > 0 {
			seen = seen[:0]
			for _, f := range run {
				g := groups[f.doc]
				if !slices.Contains(seen, g) {
					seen = append(seen, g)
					if len(seen) >= opt.TemplateGroups {
						template = true
						break
					}
				}
			}
		}
		if template {
			for _, f := range run {
				tmplPos[f.doc] = append(tmplPos[f.doc], f.pos)
			}
			res.TemplateFPs += len(run)
			continue
		}
		if len(run) > opt.MaxPostings || repetitive(run) {
			continue
		}
		for x := 0; x < len(run); x++ {
			for y := x + 1; y < len(run); y++ {
				a, b := run[x], run[y]
				if owners[a.doc] == owners[b.doc] {
					continue
				}
				seeds = append(seeds, seed{a: a.doc, b: b.doc, pa: a.pos, pb: b.pos})
			}
		}
	}
	fps = nil
	res.Seeds = len(seeds)
	masks := make([][]span, len(docs))
	res.TemplateRunes = make([]int, len(docs))
	for d, ps := range tmplPos {
		if len(ps) > 0 {
			masks[d] = templateMask(ps, opt.K, opt.Window, opt.TemplateBridge)
			res.TemplateRunes[d] = maskedIn(masks[d], 0, len(docs[d].Text))
		}
	}

	slices.SortFunc(seeds, func(x, y seed) int {
		if c := cmp.Compare(x.a, y.a); c != 0 {
			return c
		}
		if c := cmp.Compare(x.b, y.b); c != 0 {
			return c
		}
		if c := cmp.Compare(x.pa, y.pa); c != 0 {
			return c
		}
		return cmp.Compare(x.pb, y.pb)
	})
	var pairs [][]seed
	for i := 0; i < len(seeds); {
		j := i + 1
		for j < len(seeds) && seeds[j].a == seeds[i].a && seeds[j].b == seeds[i].b {
			j++
		}
		pairs = append(pairs, seeds[i:j])
		i = j
	}
	res.CandidatePairs = len(pairs)

	out := make([][]Passage, len(pairs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < opt.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range next {
				ss := pairs[p]
				a, b := int(ss[0].a), int(ss[0].b)
				out[p] = alignPair(docs[a].Text, docs[b].Text, ss, masks[a], masks[b], opt)
				for q := range out[p] {
					out[p][q].A, out[p][q].B = a, b
					out[p][q].SameGroup = groups[a] == groups[b]
				}
			}
		}()
	}
	for p := range pairs {
		next <- p
	}
	close(next)
	wg.Wait()
	for _, ps := range out {
		res.Passages = append(res.Passages, ps...)
	}
	return res
}

// compareFingerprints orders by hash, then document, then position.
func compareFingerprints(a, b fingerprint) int {
	if c := cmp.Compare(a.hash, b.hash); c != 0 {
		return c
	}
	if c := cmp.Compare(a.doc, b.doc); c != 0 {
		return c
	}
	return cmp.Compare(a.pos, b.pos)
}

// sortFingerprints sorts by (hash, doc, pos): one counting pass scatters the
// fingerprints into 256 buckets by the hash's top byte (hashes are mixed,
// so the buckets are even), then the buckets are sorted in parallel.
func sortFingerprints(fps []fingerprint, workers int) []fingerprint {
	const buckets = 256
	if len(fps) < 1<<14 || workers < 2 {
		slices.SortFunc(fps, compareFingerprints)
		return fps
	}
	var start [buckets + 1]int
	for _, f := range fps {
		start[f.hash>>56+1]++
	}
	for b := 1; b <= buckets; b++ {
		start[b] += start[b-1]
	}
	out := make([]fingerprint, len(fps))
	next := start
	for _, f := range fps {
		b := f.hash >> 56
		out[next[b]] = f
		next[b]++
	}
	var wg sync.WaitGroup
	work := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range work {
				slices.SortFunc(out[start[b]:start[b+1]], compareFingerprints)
			}
		}()
	}
	for b := 0; b < buckets; b++ {
		work <- b
	}
	close(work)
	wg.Wait()
	return out
}

// maxRepeat is how often one fingerprint may recur inside one document and
// still seed pairs: text a document repeats over and over (a table's
// repeated cells, a filler line) would pair every occurrence with every
// other and cost quadratic time for no evidence.
const maxRepeat = 8

// repetitive reports whether some document holds the run's fingerprint more
// than maxRepeat times (the run is sorted by document).
func repetitive(run []fingerprint) bool {
	n := 1
	for i := 1; i < len(run); i++ {
		if run[i].doc == run[i-1].doc {
			n++
			if n > maxRepeat {
				return true
			}
		} else {
			n = 1
		}
	}
	return false
}

// fingerprintAll hashes and winnows every document, in parallel. It
// returns the fingerprints to index and, per document, the positions of
// fingerprints that are template because most of their k-gram is reference
// phrase text (labels and the like).
func fingerprintAll(docs []Doc, opt Options, phrases phraseIndex) ([]fingerprint, [][]int32) {
	per := make([][]fingerprint, len(docs))
	tmpl := make([][]int32, len(docs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < opt.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var hs []uint64
			for d := range next {
				hs = kgramHashes(docs[d].Text, opt.K, hs)
				fps := winnow(hs, opt.Window, int32(d), nil)
				if marks := phrases.marks(docs[d].Text); marks != nil {
					kept := fps[:0]
					for _, f := range fps {
						if 2*int(marks[int(f.pos)+opt.K]-marks[f.pos]) >= opt.K {
							tmpl[d] = append(tmpl[d], f.pos)
							continue
						}
						kept = append(kept, f)
					}
					fps = kept
				}
				per[d] = fps
			}
		}()
	}
	total := 0
	for d := range docs {
		next <- d
	}
	close(next)
	wg.Wait()
	for _, p := range per {
		total += len(p)
	}
	all := make([]fingerprint, 0, total)
	for _, p := range per {
		all = append(all, p...)
	}
	return all, tmpl
}

// span is a half-open range of normalised runes.
type span struct{ start, end int }

// templateMask turns the sorted-or-not positions of a document's template
// fingerprints into covered ranges: each k-gram, plus the gap to the next
// template fingerprint when it is within one window (inside a long template
// run, winnowing selects a fingerprint at least every w positions).
func templateMask(pos []int32, k, w, bridge int) []span {
	slices.Sort(pos)
	var out []span
	for i, p := range pos {
		s := span{int(p), int(p) + k}
		if i+1 < len(pos) && int(pos[i+1])-int(p) <= w {
			s.end = int(pos[i+1]) + k
		}
		if n := len(out); n > 0 && s.start <= out[n-1].end+bridge {
			if s.end > out[n-1].end {
				out[n-1].end = s.end
			}
			continue
		}
		out = append(out, s)
	}
	return out
}

// maskedIn counts the runes of [start, end) inside the mask.
func maskedIn(mask []span, start, end int) int {
	i, _ := slices.BinarySearchFunc(mask, start, func(s span, x int) int {
		return cmp.Compare(s.end, x+1)
	})
	n := 0
	for ; i < len(mask) && mask[i].start < end; i++ {
		lo, hi := max(mask[i].start, start), min(mask[i].end, end)
		if hi > lo {
			n += hi - lo
		}
	}
	return n
}
