package extractors

import (
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// OCR reasons set on pages whose text layer is not used.
const (
	ReasonNoText   = "no_text"   // no characters at all
	ReasonFewChars = "few_chars" // a handful of characters on a page with images
	ReasonGarbled  = "garbled"   // mostly characters that are not real text
	ReasonError    = "error"     // the page could not be parsed
)

// Thresholds of the text-layer decision, chosen by measurement over the real
// corpus (see pdf_test.go TestTextLayerDecision): every page that pdftotext
// reads well scores ≥ 0.97; the garbled traps score ≤ 0.55.
const (
	minLayerScore = 0.85
	// minCharsWithImages: a page with images and fewer characters than this is
	// a scan with a stray caption or page number, worth OCRing.
	minCharsWithImages = 20
)

// runeClass is how a character of a text layer counts in TextLayerScore.
type runeClass int

const (
	classSpace runeClass = iota // ignored
	classGood                   // looks like real text
	classBad                    // junk: private use, U+FFFD, controls, Latin-1 mojibake
)

func classify(r rune) runeClass {
	switch {
	case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v' || r == '\u3000' || r == '\u00a0':
		return classSpace
	case r < 0x20 || (r >= 0x7f && r < 0xa0):
		return classBad
	case r < 0x7f:
		return classGood // ASCII letters, digits, punctuation
	case r <= 0xff:
		// Latin-1 letters and signs: in Chinese school documents they are
		// nearly always bytes of another encoding read as WinAnsi ('Ä¿¡¡').
		// A few signs are common in real text.
		switch r {
		case '·', '×', '÷', '°', '±', '§', '©', '®', '²', '³', '¹', '½', '¼', '¾', 'µ', '¥', '£':
			return classGood
		}
		return classBad
	case r == unicode.ReplacementChar, r >= 0xe000 && r <= 0xf8ff, r >= 0xf0000:
		return classBad // U+FFFD, private use areas
	case r >= 0x0152 && r <= 0x02dc && cp1252Special(r):
		return classBad // the cp1252 0x80–0x9F letters (Œ, Š, ƒ, ˆ…): mojibake
	case r == 0xfeff || r == 0x200b || r == 0x200c || r == 0x200d || r == 0x2060:
		return classSpace // zero-width characters carry no text
	case unicode.IsLetter(r), unicode.IsNumber(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsMark(r):
		return classGood // CJK, kana, other scripts, full-width forms, CJK punctuation
	}
	return classBad // unassigned, format characters, surrogates
}

func cp1252Special(r rune) bool {
	switch r {
	case 'Œ', 'œ', 'Š', 'š', 'Ž', 'ž', 'Ÿ', 'ƒ', 'ˆ', '˜':
		return true
	}
	return false
}

// TextLayerScore is the share (0–1) of the non-space characters of s that
// look like real text: CJK ideographs and punctuation, ASCII, letters and
// digits of any script. Private-use characters, U+FFFD, control characters and
// Latin-1 mojibake count against. An empty s scores 0.
func TextLayerScore(s string) float64 {
	good, total := 0, 0
	for _, r := range s {
		switch classify(r) {
		case classGood:
			good++
			total++
		case classBad:
			total++
		}
	}
	if total == 0 {
		return 0
	}
	return float64(good) / float64(total)
}

// judgeLayer decides whether a page's text layer can be used. It returns ""
// when it can, else the OCR reason.
func judgeLayer(text string, score float64, images int) string {
	chars := 0
	for _, r := range text {
		if classify(r) != classSpace {
			chars++
		}
	}
	switch {
	case chars == 0:
		return ReasonNoText
	case score < minLayerScore:
		return ReasonGarbled
	case images > 0 && chars < minCharsWithImages:
		return ReasonFewChars
	}
	return ""
}

// recoverGBK repairs the "GBK behind WinAnsi" trap: a non-embedded Chinese
// font declared with WinAnsiEncoding whose strings are really GBK bytes, which
// a reader decodes as Latin-1 mojibake ('Ä¿¡¡¡¡Â¼'). The text is mapped back
// to cp1252 bytes; each run of GBK double-byte characters is decoded and
// replaces the mojibake only when the result is clean Chinese (CJK ideographs,
// CJK or full-width punctuation). It returns s unchanged and false when
// nothing was repaired.
func recoverGBK(s string) (string, bool) {
	rs := []rune(s)
	raw := make([]int, len(rs)) // cp1252 byte of each rune, -1 when none
	hasHigh := false
	for i, r := range rs {
		raw[i] = cp1252Byte(r)
		if raw[i] >= 0x80 {
			hasHigh = true
		}
	}
	if !hasHigh {
		return s, false
	}
	var out strings.Builder
	changed := false
	for i := 0; i < len(rs); {
		if raw[i] < 0x81 || raw[i] == 0xff {
			out.WriteRune(rs[i])
			i++
			continue
		}
		j, pairs, high := i, 0, 0
		for j+1 < len(rs) && raw[j] >= 0x81 && raw[j] != 0xff && gbkTrail(raw[j+1]) {
			if raw[j+1] >= 0x80 {
				high++
			}
			pairs++
			j += 2
		}
		// A pair with an ASCII trail byte is only trusted inside a longer run
		// of mostly high pairs: "é" + "s" in "cafés" must stay as it is.
		if pairs == 0 || high*3 < pairs*2 {
			out.WriteRune(rs[i])
			i++
			continue
		}
		b := make([]byte, 0, j-i)
		for k := i; k < j; k++ {
			b = append(b, byte(raw[k]))
		}
		if u, ok := cleanGBK(b); ok {
			out.WriteString(u)
			changed = true
		} else {
			out.WriteString(string(rs[i:j]))
		}
		i = j
	}
	if !changed {
		return s, false
	}
	return out.String(), true
}

func gbkTrail(b int) bool { return b >= 0x40 && b != 0x7f && b != 0xff }

var cp1252Encoder = charmap.Windows1252

// cp1252Byte returns the Windows-1252 byte of r, or -1.
func cp1252Byte(r rune) int {
	if r < 0x80 {
		return int(r)
	}
	if b, ok := cp1252Encoder.EncodeRune(r); ok {
		return int(b)
	}
	return -1
}

func cleanGBK(b []byte) (string, bool) {
	u, err := simplifiedchinese.GBK.NewDecoder().Bytes(b)
	if err != nil {
		return "", false
	}
	for _, r := range string(u) {
		if !(unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef) ||
			r == '—' || r == '…' || r == '“' || r == '”' || r == '‘' || r == '’' || r == '·') {
			return "", false
		}
	}
	return string(u), true
}
