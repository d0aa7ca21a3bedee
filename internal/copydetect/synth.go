package copydetect

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"unicode/utf8"
)

// SynthConfig describes a synthetic corpus with planted copies (for tests,
// benchmarks and corpus generators). Zero values mean the defaults given.
type SynthConfig struct {
	Seed    uint64
	Schools int // if zero, 40
	// SubmissionsPerSchool is the average; each school gets 1 to twice that
	// minus one. If zero, 3.
	SubmissionsPerSchool int
	// Submissions, when set, is the exact total: spread evenly over the
	// schools instead of at random.
	Submissions int
	Items       int // items per submission; if zero, 12
	ItemChars   int // average characters per item; if zero, 2500
	PageChars   int // characters per page; if zero, 800
	Majors      int // each school teaches one; if zero, 12
	// Planted passages. CrossCopies go to one other school, RingCopies to
	// two other schools, SameSchoolCopies to another submission of the
	// source's school. Negative means none; zero means the default
	// (Schools, Schools/4, Schools/4).
	CrossCopies, RingCopies, SameSchoolCopies int
	// Edits cycles over the planted copies; if nil, a mix of every edit.
	Edits []Edit
}

// SynthDoc is one item of one submission.
type SynthDoc struct {
	Submission, School string
	Item               int
	Pages              []string
	// Text is the pages joined without separators; offsets below index it.
	Text string
}

// SynthSpan is a range of one document's Text, in runes (end exclusive).
type SynthSpan struct {
	Doc        int
	Start, End int
}

// SynthOccurrence is one place where a planted passage stands: its source
// (Edits == EditNone, Source set) or an edited copy of it.
type SynthOccurrence struct {
	Origin int // the planted passage, shared by its source and its copies
	SynthSpan
	Source bool
	Edits  Edit
}

// SynthCorpus is a generated corpus and its ground truth.
type SynthCorpus struct {
	Docs        []SynthDoc
	Occurrences []SynthOccurrence
	// Template marks shared template text: national-standard passages of
	// each major (also in Reference) and boilerplate every school uses.
	Template []SynthSpan
	// Reference holds the major-specific template passages, as an operator
	// would supply them (the national curriculum standards).
	Reference []string
	// Names is the pool of person names the text uses.
	Names []string
}

// segment is a piece of a document under construction.
type segment struct {
	text     string
	origin   int // -1: own text
	template bool
	edits    Edit
	source   bool
}

type synthGen struct {
	rng     *rand.Rand
	zipf    *rand.Zipf
	words   []string
	phrases []string
	names   []string
}

var (
	vocabOnce sync.Once
	vocab     []string
)

// vocabulary builds the word list once: the notice's Han bigrams plus
// made-up two-character words, so generated text reads like the domain but
// independent texts share no long runs.
func vocabulary() []string {
	vocabOnce.Do(func() {
		seen := map[string]bool{}
		rs := []rune(noticeText)
		for i := 0; i+1 < len(rs); i++ {
			if isHan(rs[i]) && isHan(rs[i+1]) {
				w := string(rs[i : i+2])
				if !seen[w] {
					seen[w] = true
					vocab = append(vocab, w)
				}
			}
		}
		rng := rand.New(rand.NewPCG(7, 7))
		for len(vocab) < 8000 {
			w := string([]rune{commonHan[rng.IntN(len(commonHan))], commonHan[rng.IntN(len(commonHan))]})
			if !seen[w] {
				seen[w] = true
				vocab = append(vocab, w)
			}
		}
		rng.Shuffle(len(vocab), func(i, j int) { vocab[i], vocab[j] = vocab[j], vocab[i] })
	})
	return vocab
}

func isHan(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }

func newSynthGen(seed uint64) *synthGen {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	g := &synthGen{rng: rng, words: vocabulary()}
	g.zipf = rand.NewZipf(rng, 1.1, 2, uint64(len(g.words)-1))
	for i := 0; i < 300; i++ {
		n := 3 + rng.IntN(3)
		var b strings.Builder
		for j := 0; j < n; j++ {
			b.WriteString(g.word())
		}
		g.phrases = append(g.phrases, b.String())
	}
	seen := map[string]bool{}
	for len(g.names) < 400 {
		n := string(surnames[rng.IntN(len(surnames))]) + string(givenChars[rng.IntN(len(givenChars))])
		if rng.IntN(2) == 0 {
			n += string(givenChars[rng.IntN(len(givenChars))])
		}
		if !seen[n] {
			seen[n] = true
			g.names = append(g.names, n)
		}
	}
	return g
}

func (g *synthGen) word() string { return g.words[g.zipf.Uint64()] }

// sentence makes one sentence of 12–60 characters. Words come from the
// Zipf-distributed vocabulary, phrases every school uses, names, and the
// local phrases (a major's technical terms) when given.
func (g *synthGen) sentence(local []string) string {
	var b strings.Builder
	n := 5 + g.rng.IntN(14)
	for i := 0; i < n; i++ {
		switch x := g.rng.IntN(100); {
		case x < 5:
			b.WriteString(g.phrases[g.rng.IntN(len(g.phrases))])
		case x < 7:
			b.WriteString(g.names[g.rng.IntN(len(g.names))])
		case x < 9 && len(local) > 0:
			b.WriteString(local[g.rng.IntN(len(local))])
		default:
			b.WriteString(g.word())
		}
		if i > 0 && i < n-1 && g.rng.IntN(5) == 0 {
			b.WriteString("，")
		}
	}
	if g.rng.IntN(8) == 0 {
		b.WriteString("；")
	} else {
		b.WriteString("。")
	}
	return b.String()
}

// passage makes sentences totalling at least n characters.
func (g *synthGen) passage(n int) []string { return g.localPassage(n, nil) }

// localPassage is passage with a major's local phrases mixed in.
func (g *synthGen) localPassage(n int, local []string) []string {
	var out []string
	total := 0
	for total < n {
		s := g.sentence(local)
		out = append(out, s)
		total += utf8.RuneCountInString(s)
	}
	return out
}

// defaultEdits is the mix of edits planted copies cycle through.
var defaultEdits = []Edit{
	EditNone, EditNames, EditReorder, EditPunct, EditSubstitute, EditOCR,
	EditNames | EditPunct, EditReorder | EditSubstitute, EditOCR | EditPunct, EditNone,
}

// GenerateSynth builds a synthetic corpus with known planted copies.
func GenerateSynth(cfg SynthConfig) *SynthCorpus {
	if cfg.Schools <= 0 {
		cfg.Schools = 40
	}
	if cfg.SubmissionsPerSchool <= 0 {
		cfg.SubmissionsPerSchool = 3
	}
	if cfg.Items <= 0 {
		cfg.Items = 12
	}
	if cfg.ItemChars <= 0 {
		cfg.ItemChars = 2500
	}
	if cfg.PageChars <= 0 {
		cfg.PageChars = 800
	}
	if cfg.Majors <= 0 {
		cfg.Majors = 12
	}
	def := func(v, d int) int {
		switch {
		case v < 0:
			return 0
		case v == 0:
			return d
		}
		return v
	}
	cfg.CrossCopies = def(cfg.CrossCopies, cfg.Schools)
	cfg.RingCopies = def(cfg.RingCopies, cfg.Schools/4)
	cfg.SameSchoolCopies = def(cfg.SameSchoolCopies, cfg.Schools/4)
	if cfg.Edits == nil {
		cfg.Edits = defaultEdits
	}
	g := newSynthGen(cfg.Seed)
	rng := g.rng

	// Template text: per major, national-standard passages for item 1;
	// for every school, boilerplate in item 9.
	majorTmpl := make([][]string, cfg.Majors)
	var reference []string
	for m := range majorTmpl {
		for i := 0; i < 3; i++ {
			p := strings.Join(g.passage(150+rng.IntN(250)), "")
			majorTmpl[m] = append(majorTmpl[m], p)
			reference = append(reference, p)
		}
	}
	common := strings.Join(g.passage(300), "")
	// Each major's technical terms: phrases of 6–12 characters that only
	// the schools of that major use, often, so independent texts of one
	// major share many short runs (the hard case for precision).
	majorTerms := make([][]string, cfg.Majors)
	for m := range majorTerms {
		for i := 0; i < 60; i++ {
			n := 3 + g.rng.IntN(4)
			var b strings.Builder
			for j := 0; j < n; j++ {
				b.WriteString(g.word())
			}
			majorTerms[m] = append(majorTerms[m], b.String())
		}
	}

	type docState struct {
		sub, school string
		schoolIdx   int
		item        int
		segs        []segment
	}
	var docs []*docState
	schoolSubs := make([][]int, cfg.Schools) // submission index → first doc index
	for s := 0; s < cfg.Schools; s++ {
		school := fmt.Sprintf("学校%03d", s+1)
		major := rng.IntN(cfg.Majors)
		nsub := 1 + rng.IntN(2*cfg.SubmissionsPerSchool-1)
		if cfg.Submissions > 0 {
			nsub = cfg.Submissions / cfg.Schools
			if s < cfg.Submissions%cfg.Schools {
				nsub++
			}
		}
		for k := 0; k < nsub; k++ {
			sub := fmt.Sprintf("%s/课堂%02d", school, k+1)
			schoolSubs[s] = append(schoolSubs[s], len(docs))
			for it := 1; it <= cfg.Items; it++ {
				d := &docState{sub: sub, school: school, schoolIdx: s, item: it}
				n := cfg.ItemChars/2 + rng.IntN(cfg.ItemChars+1)
				for _, sen := range g.localPassage(n, majorTerms[major]) {
					d.segs = append(d.segs, segment{text: sen, origin: -1})
				}
				insert := func(text string) {
					at := rng.IntN(len(d.segs) + 1)
					d.segs = append(d.segs[:at], append([]segment{{text: text, origin: -1, template: true}}, d.segs[at:]...)...)
				}
				if it == 1 {
					for _, p := range majorTmpl[major] {
						insert(p)
					}
				}
				if it == 9 {
					insert(common)
				}
				docs = append(docs, d)
			}
		}
	}

	origin := 0
	edit := 0
	// pickSource marks a run of own sentences of doc d as the source of a
	// new origin and returns their text.
	pickSource := func(d *docState) (string, bool) {
		want := 100 + rng.IntN(500)
		for tries := 0; tries < 20; tries++ {
			i := rng.IntN(len(d.segs))
			total, j := 0, i
			for ; j < len(d.segs) && total < want; j++ {
				if d.segs[j].origin >= 0 || d.segs[j].template {
					break
				}
				total += utf8.RuneCountInString(d.segs[j].text)
			}
			if total < want {
				continue
			}
			var b strings.Builder
			for x := i; x < j; x++ {
				d.segs[x].origin, d.segs[x].source = origin, true
				b.WriteString(d.segs[x].text)
			}
			return b.String(), true
		}
		return "", false
	}
	plant := func(text string, dst *docState) {
		e := cfg.Edits[edit%len(cfg.Edits)]
		edit++
		cp := EditText(text, PlantOptions{Edits: e, Names: g.names, Rand: rng})
		at := rng.IntN(len(dst.segs) + 1)
		dst.segs = append(dst.segs[:at], append([]segment{{text: cp, origin: origin, edits: e}}, dst.segs[at:]...)...)
	}
	otherSchoolDoc := func(src *docState, avoid map[int]bool) *docState {
		for {
			s := rng.IntN(cfg.Schools)
			if s == src.schoolIdx || avoid[s] {
				continue
			}
			subs := schoolSubs[s]
			first := subs[rng.IntN(len(subs))]
			item := src.item
			if rng.IntN(10) < 3 {
				item = 1 + rng.IntN(cfg.Items)
			}
			avoid[s] = true
			return docs[first+item-1]
		}
	}
	for c := 0; c < cfg.CrossCopies+cfg.RingCopies; c++ {
		src := docs[rng.IntN(len(docs))]
		text, ok := pickSource(src)
		if !ok {
			continue
		}
		avoid := map[int]bool{}
		plant(text, otherSchoolDoc(src, avoid))
		if c >= cfg.CrossCopies {
			plant(text, otherSchoolDoc(src, avoid))
		}
		origin++
	}
	for c, tries := 0, 0; c < cfg.SameSchoolCopies && tries < 100*cfg.SameSchoolCopies+100; tries++ {
		s := rng.IntN(cfg.Schools)
		if len(schoolSubs[s]) < 2 {
			continue
		}
		a := rng.IntN(len(schoolSubs[s]))
		b := (a + 1 + rng.IntN(len(schoolSubs[s])-1)) % len(schoolSubs[s])
		item := rng.IntN(cfg.Items)
		src, dst := docs[schoolSubs[s][a]+item], docs[schoolSubs[s][b]+item]
		text, ok := pickSource(src)
		if !ok {
			continue
		}
		plant(text, dst)
		origin++
		c++
	}

	out := &SynthCorpus{Reference: reference, Names: g.names}
	for di, d := range docs {
		var b strings.Builder
		pos := 0
		srcSpans := map[int]int{} // origin → index in out.Occurrences
		for _, sg := range d.segs {
			n := utf8.RuneCountInString(sg.text)
			if sg.template {
				out.Template = append(out.Template, SynthSpan{Doc: di, Start: pos, End: pos + n})
			}
			if sg.origin >= 0 {
				if o, ok := srcSpans[sg.origin]; ok && sg.source {
					out.Occurrences[o].End = pos + n
				} else {
					out.Occurrences = append(out.Occurrences, SynthOccurrence{Origin: sg.origin,
						SynthSpan: SynthSpan{Doc: di, Start: pos, End: pos + n}, Source: sg.source, Edits: sg.edits})
					if sg.source {
						srcSpans[sg.origin] = len(out.Occurrences) - 1
					}
				}
			}
			b.WriteString(sg.text)
			pos += n
		}
		text := b.String()
		out.Docs = append(out.Docs, SynthDoc{Submission: d.sub, School: d.school, Item: d.item,
			Text: text, Pages: splitPages(text, cfg.PageChars)})
	}
	return out
}

// splitPages cuts text into pages of n runes.
func splitPages(text string, n int) []string {
	rs := []rune(text)
	var out []string
	for len(rs) > n {
		out = append(out, string(rs[:n]))
		rs = rs[n:]
	}
	return append(out, string(rs))
}
