package copydetect

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// Edit is a set of edits Plant applies to a copied passage.
type Edit uint

// The edits a copier (or a scanner) makes to a passage.
const (
	EditNames      Edit = 1 << iota // replace person names (PlantOptions.Names) by others
	EditReorder                     // shuffle the passage's sentences
	EditPunct                       // swap punctuation (，↔, 。↔. ；↔;) and drop some
	EditSubstitute                  // substitute about 3% of the Han characters
	EditOCR                         // OCR noise: about 4% substituted, 1% dropped, stray spaces and line breaks
	EditNone       Edit = 0         // an exact copy
)

// String names the edits, for test logs.
func (e Edit) String() string {
	if e == EditNone {
		return "exact"
	}
	var parts []string
	for _, x := range []struct {
		e Edit
		n string
	}{{EditNames, "names"}, {EditReorder, "reorder"}, {EditPunct, "punct"}, {EditSubstitute, "subst"}, {EditOCR, "ocr"}} {
		if e&x.e != 0 {
			parts = append(parts, x.n)
		}
	}
	return strings.Join(parts, "+")
}

// PlantOptions say how Plant edits the copy.
type PlantOptions struct {
	Edits Edit
	// Names that may occur in the passage; with EditNames each occurrence is
	// replaced by another name of the list (or a made-up one).
	Names []string
	// Rand drives every random choice; nil means a fixed seed.
	Rand *rand.Rand
}

// Planted is the result of Plant: the destination text with the copy in
// it, and where the copy stands (rune offsets, end exclusive).
type Planted struct {
	Text       string
	Start, End int
	// Copy is the edited passage as inserted (Text[Start:End] in runes).
	Copy string
}

// Plant copies src[srcStart:srcEnd] (rune offsets), edits the copy as
// opts say, and inserts it into dst at rune offset at. Generators of test
// corpora use it to plant copies whose both sides they know.
func Plant(src string, srcStart, srcEnd int, dst string, at int, opts PlantOptions) Planted {
	rs := []rune(src)
	srcStart = max(0, min(srcStart, len(rs)))
	srcEnd = max(srcStart, min(srcEnd, len(rs)))
	cp := EditText(string(rs[srcStart:srcEnd]), opts)
	ds := []rune(dst)
	at = max(0, min(at, len(ds)))
	var b strings.Builder
	b.WriteString(string(ds[:at]))
	b.WriteString(cp)
	b.WriteString(string(ds[at:]))
	n := utf8.RuneCountInString(cp)
	return Planted{Text: b.String(), Start: at, End: at + n, Copy: cp}
}

// EditText applies opts.Edits to a passage and returns the edited text.
func EditText(s string, opts PlantOptions) string {
	rng := opts.Rand
	if rng == nil {
		rng = rand.New(rand.NewPCG(1, 2))
	}
	e := opts.Edits
	if e&EditNames != 0 {
		s = replaceNames(s, opts.Names, rng)
	}
	if e&EditReorder != 0 {
		s = reorderSentences(s, rng)
	}
	if e&EditPunct != 0 {
		s = swapPunct(s, rng)
	}
	if e&EditSubstitute != 0 {
		s = substitute(s, 0.03, 0, rng)
	}
	if e&EditOCR != 0 {
		s = substitute(s, 0.04, 0.01, rng)
		s = strayBreaks(s, rng)
	}
	return s
}

func replaceNames(s string, names []string, rng *rand.Rand) string {
	for _, n := range names {
		if n == "" || !strings.Contains(s, n) {
			continue
		}
		other := ""
		if len(names) > 1 {
			for other == "" || other == n {
				other = names[rng.IntN(len(names))]
			}
		} else {
			other = string(surnames[rng.IntN(len(surnames))]) + string(givenChars[rng.IntN(len(givenChars))])
		}
		s = strings.ReplaceAll(s, n, other)
	}
	return s
}

// sentenceEnds are the runes that end a sentence.
const sentenceEnds = "。！？；!?;"

func splitSentences(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if strings.ContainsRune(sentenceEnds, r) {
			end := i + utf8.RuneLen(r)
			out = append(out, s[start:end])
			start = end
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

func reorderSentences(s string, rng *rand.Rand) string {
	ss := splitSentences(s)
	if len(ss) < 2 {
		return s
	}
	orig := append([]string(nil), ss...)
	for tries := 0; tries < 5; tries++ {
		rng.Shuffle(len(ss), func(i, j int) { ss[i], ss[j] = ss[j], ss[i] })
		if strings.Join(ss, "") != strings.Join(orig, "") {
			break
		}
	}
	return strings.Join(ss, "")
}

var punctSwap = map[rune]string{'，': ",", '。': ".", '；': ";", '：': ":", ',': "，", '.': "。", '、': ",", '（': "(", '）': ")"}

func swapPunct(s string, rng *rand.Rand) string {
	var b strings.Builder
	for _, r := range s {
		if rep, ok := punctSwap[r]; ok {
			switch x := rng.IntN(10); {
			case x < 6:
				b.WriteString(rep)
			case x < 7: // dropped
			default:
				b.WriteRune(r)
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// substitute replaces a share sub of the Han characters by others and drops
// a share del of them.
func substitute(s string, sub, del float64, rng *rand.Rand) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 0x4E00 && r <= 0x9FFF {
			x := rng.Float64()
			switch {
			case x < del:
				continue
			case x < del+sub:
				b.WriteRune(commonHan[rng.IntN(len(commonHan))])
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func strayBreaks(s string, rng *rand.Rand) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
		switch x := rng.IntN(100); {
		case x < 2:
			b.WriteByte(' ')
		case x < 3:
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// surnames and givenChars make up Chinese personal names.
var (
	surnames   = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴莫孔向汤")
	givenChars = []rune("伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鑫斌宇浩凯健俊帆帅旭宁婷雪琳晨欣怡梓涵子轩雨博文思睿佳豪")
	// commonHan are substitutes for noisy characters.
	commonHan = []rune("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研")
)
