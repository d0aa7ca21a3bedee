package extractors

import (
	"encoding/binary"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// glyph is one decoded character code of a shown string.
type glyph struct {
	code  int    // the character code, for widths
	text  string // its Unicode text; "\uFFFD" when the font gives none
	space bool   // single-byte code 32, where word spacing applies
	code2 int    // second code of a GBK pair in a simple font, else -1 or 0
}

// fontDecoder turns the bytes of a shown string into glyphs with widths.
// It prefers the font's ToUnicode map, then predefined CJK CMaps, then the
// PDF library's decoding of simple-font encodings.
type fontDecoder struct {
	toUni    *toUnicode
	cjk      encoding.Encoding // predefined GBK/Big5/SJIS/EUC-KR CMap
	utf16    bool              // predefined Uni*-UCS2/UTF16 CMap
	twoByte  bool              // Type0 font: 2-byte codes unless a cmap says otherwise
	identity bool              // Identity-H/V without ToUnicode: no Unicode known
	lib      pdf.TextEncoding  // the library's decoding, simple fonts
	uniNames map[int]string    // simple fonts: Differences glyph names uniXXXX / uXXXX
	vertical bool

	// Widths in glyph space (1/1000 unless Type3's FontMatrix says otherwise).
	widths     map[int]float64
	first      int
	simpleW    []float64
	defaultW   float64
	widthScale float64
}

func newFontDecoder(font pdf.Value) *fontDecoder {
	d := &fontDecoder{widthScale: 0.001, defaultW: 500}
	sub := font.Key("Subtype").Name()
	enc := font.Key("Encoding")
	if tu := font.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		d.toUni = parseToUnicode(tu)
		if d.toUni != nil && len(d.toUni.chars) == 0 && len(d.toUni.ranges) == 0 {
			d.toUni = nil
		}
	}
	if sub == "Type0" {
		d.twoByte = true
		desc := font.Key("DescendantFonts").Index(0)
		d.defaultW = 1000
		if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			d.defaultW = dw.Float64()
		}
		d.widths = cidWidths(desc.Key("W"))
		name := enc.Name()
		d.vertical = strings.HasSuffix(name, "-V")
		switch {
		case strings.HasPrefix(name, "Identity"):
			d.identity = d.toUni == nil
		case strings.HasPrefix(name, "Uni") && (strings.Contains(name, "UCS2") || strings.Contains(name, "UTF16")):
			d.utf16 = true
		case strings.HasPrefix(name, "GB"):
			d.cjk = simplifiedchinese.GB18030
		case strings.HasPrefix(name, "B5") || strings.HasPrefix(name, "ETen") || strings.HasPrefix(name, "HKscs"):
			d.cjk = traditionalchinese.Big5
		case strings.Contains(name, "RKSJ"):
			d.cjk = japanese.ShiftJIS
		case strings.HasPrefix(name, "EUC-") || strings.HasPrefix(name, "KSC"):
			d.cjk = korean.EUCKR
		case d.toUni == nil:
			d.identity = true // an embedded or unknown CMap: codes say nothing
		}
		return d
	}
	if sub == "Type3" {
		if fm := font.Key("FontMatrix"); fm.Len() >= 1 {
			d.widthScale = fm.Index(0).Float64()
		}
	}
	d.first = int(font.Key("FirstChar").Int64())
	w := font.Key("Widths")
	for i := 0; i < w.Len() && i < 256; i++ {
		d.simpleW = append(d.simpleW, w.Index(i).Float64())
	}
	f := pdf.Font{V: font}
	d.lib = f.Encoder()
	if enc.Kind() == pdf.Dict {
		d.uniNames = uniGlyphNames(enc.Key("Differences"))
	}
	return d
}

// cidWidths reads a CIDFont /W array: c [w1 w2 …] or cFirst cLast w.
func cidWidths(w pdf.Value) map[int]float64 {
	m := map[int]float64{}
	n := w.Len()
	for i := 0; i < n && len(m) < 1<<16; {
		c := int(w.Index(i).Int64())
		if i+1 >= n {
			break
		}
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && len(m) < 1<<16; j++ {
				m[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		last := int(next.Int64())
		wd := w.Index(i + 2).Float64()
		for c2 := c; c2 <= last && c2-c < 1<<16; c2++ {
			m[c2] = wd
		}
		i += 3
	}
	return m
}

// width returns the advance of code in text space units per unit font size.
func (d *fontDecoder) width(code int) float64 {
	if d.twoByte {
		if w, ok := d.widths[code]; ok {
			return w * d.widthScale
		}
		return d.defaultW * d.widthScale
	}
	if code < 0 {
		return 0
	}
	if i := code - d.first; i >= 0 && i < len(d.simpleW) {
		return d.simpleW[i] * d.widthScale
	}
	return 0.5
}

// decode splits raw into glyphs.
func (d *fontDecoder) decode(raw string) []glyph {
	var out []glyph
	switch {
	case d.toUni != nil:
		for len(raw) > 0 {
			n := d.toUni.codeLen(raw, d.twoByte)
			code := bytesToInt(raw[:n])
			text, ok := d.toUni.lookup(code, n)
			if !ok {
				text = "\uFFFD"
			}
			out = append(out, glyph{code: code, text: text, space: n == 1 && code == 32})
			raw = raw[n:]
		}
	case d.utf16:
		for len(raw) >= 2 {
			code := int(binary.BigEndian.Uint16([]byte(raw[:2])))
			n := 2
			if utf16.IsSurrogate(rune(code)) && len(raw) >= 4 {
				n = 4
			}
			out = append(out, glyph{code: code, text: utf16Text(raw[:n])})
			raw = raw[n:]
		}
	case d.cjk != nil:
		dec := d.cjk.NewDecoder()
		for len(raw) > 0 {
			n := 1
			if raw[0] >= 0x81 && len(raw) >= 2 {
				n = 2
			}
			s, err := dec.String(raw[:n])
			if err != nil || s == "" || !utf8.ValidString(s) {
				s = "\uFFFD"
			}
			out = append(out, glyph{code: bytesToInt(raw[:n]), text: s, space: n == 1 && raw[0] == 32})
			raw = raw[n:]
		}
	case d.identity:
		for len(raw) >= 2 {
			out = append(out, glyph{code: bytesToInt(raw[:2]), text: "\uFFFD"})
			raw = raw[2:]
		}
	case d.lib != nil:
		if d.uniNames == nil {
			if gl, ok := gbkGlyphs(raw); ok {
				return gl
			}
		}
		rs := []rune(d.lib.Decode(raw))
		for i := 0; i < len(raw); i++ {
			t := "\uFFFD"
			if u, ok := d.uniNames[int(raw[i])]; ok {
				t = u
			} else if i < len(rs) {
				t = string(rs[i])
			}
			out = append(out, glyph{code: int(raw[i]), text: t, space: raw[i] == 32})
		}
	default:
		for i := 0; i < len(raw); i++ {
			out = append(out, glyph{code: int(raw[i]), text: string(rune(raw[i])), space: raw[i] == 32})
		}
	}
	return out
}

func bytesToInt(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n<<8 | int(s[i])
	}
	return n
}

func utf16Text(s string) string {
	if len(s)%2 != 0 {
		s = s[:len(s)-1]
	}
	u := make([]uint16, len(s)/2)
	for i := range u {
		u[i] = uint16(s[2*i])<<8 | uint16(s[2*i+1])
	}
	return string(utf16.Decode(u))
}

// toUnicode is a parsed ToUnicode CMap.
type toUnicode struct {
	spaces [5][][2]int // codespace ranges by byte length
	chars  map[uint64]string
	ranges []cmapRange
}

type cmapRange struct {
	n      int // code length in bytes
	lo, hi int
	dst    string   // UTF-16BE of lo, incremented along the range
	arr    []string // or one destination per code
}

func key(code, n int) uint64 { return uint64(n)<<32 | uint64(uint32(code)) }

// codeLen returns how many bytes the next code of raw takes.
func (t *toUnicode) codeLen(raw string, twoByte bool) int {
	for n := 1; n <= 4 && n <= len(raw); n++ {
		c := bytesToInt(raw[:n])
		for _, sp := range t.spaces[n] {
			if c >= sp[0] && c <= sp[1] {
				return n
			}
		}
	}
	if twoByte && len(raw) >= 2 {
		return 2
	}
	return 1
}

func (t *toUnicode) lookup(code, n int) (string, bool) {
	if s, ok := t.chars[key(code, n)]; ok {
		return s, true
	}
	for _, r := range t.ranges {
		if r.n != n || code < r.lo || code > r.hi {
			continue
		}
		off := code - r.lo
		if r.arr != nil {
			if off < len(r.arr) {
				return utf16Text(r.arr[off]), true
			}
			return "", false
		}
		b := []byte(r.dst)
		if len(b) < 2 {
			return "", false
		}
		// Increment the last UTF-16 unit by off.
		last := int(b[len(b)-2])<<8 | int(b[len(b)-1])
		last += off
		b[len(b)-2], b[len(b)-1] = byte(last>>8), byte(last)
		return utf16Text(string(b)), true
	}
	return "", false
}

// parseToUnicode reads bfchar, bfrange and codespacerange sections. Broken
// sections (the begincidrange that some Word versions write into ToUnicode
// maps) are skipped, not fatal. It returns nil when the stream cannot be read.
func parseToUnicode(strm pdf.Value) (t *toUnicode) {
	defer func() {
		if recover() != nil {
			t = nil
		}
	}()
	t = &toUnicode{chars: map[uint64]string{}}
	const maxEntries = 1 << 20
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		switch op {
		case "findresource":
			stk.Pop()
			stk.Pop()
			stk.Push(freshDict())
		case "endcodespacerange":
			args := popAll(stk)
			for i := 0; i+1 < len(args); i += 2 {
				lo, hi := args[i].RawString(), args[i+1].RawString()
				if len(lo) == 0 || len(lo) > 4 || len(lo) != len(hi) {
					continue
				}
				t.spaces[len(lo)] = append(t.spaces[len(lo)], [2]int{bytesToInt(lo), bytesToInt(hi)})
			}
		case "endbfchar":
			args := popAll(stk)
			for i := 0; i+1 < len(args) && len(t.chars) < maxEntries; i += 2 {
				src := args[i].RawString()
				if len(src) == 0 || len(src) > 4 || args[i+1].Kind() != pdf.String {
					continue
				}
				t.chars[key(bytesToInt(src), len(src))] = utf16Text(args[i+1].RawString())
			}
		case "endbfrange":
			args := popAll(stk)
			for i := 0; i+2 < len(args) && len(t.ranges) < maxEntries; i += 3 {
				lo, hi, dst := args[i].RawString(), args[i+1].RawString(), args[i+2]
				if len(lo) == 0 || len(lo) > 4 || len(lo) != len(hi) {
					continue
				}
				r := cmapRange{n: len(lo), lo: bytesToInt(lo), hi: bytesToInt(hi)}
				if r.hi < r.lo {
					continue
				}
				switch dst.Kind() {
				case pdf.String:
					r.dst = dst.RawString()
				case pdf.Array:
					for j := 0; j < dst.Len(); j++ {
						r.arr = append(r.arr, dst.Index(j).RawString())
					}
				default:
					continue
				}
				t.ranges = append(t.ranges, r)
			}
		case "begincodespacerange", "beginbfchar", "beginbfrange", "begincidrange", "begincidchar", "beginnotdefrange":
			popAll(stk) // the count
		case "endcidrange", "endcidchar", "endnotdefrange":
			popAll(stk)
		}
	})
	return t
}

func popAll(stk *pdf.Stack) []pdf.Value {
	n := stk.Len()
	out := make([]pdf.Value, n)
	for i := n - 1; i >= 0; i-- {
		out[i] = stk.Pop()
	}
	return out
}

// freshDict returns a new, empty PostScript dictionary for the CMap
// interpreter's "findresource begin": the library builds dictionaries only
// while parsing, so it comes from the trailer of a tiny in-memory PDF.
func freshDict() pdf.Value {
	r, err := pdf.NewReader(strings.NewReader(tinyPDF), int64(len(tinyPDF)))
	if err != nil {
		panic("extractors: tiny PDF does not parse: " + err.Error())
	}
	return r.Trailer()
}

var tinyPDF = func() string {
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	off := b.Len()
	b.WriteString("1 0 obj\n<< /Type /Catalog >>\nendobj\n")
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 2\n0000000000 65535 f\r\n%010d 00000 n\r\ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", off, x)
	return b.String()
}()

// gbkGlyphs decodes a simple-font string as GBK when every byte ≥ 0x80 in
// it belongs to a clean GBK character and there are at least two: the "GBK
// behind WinAnsi" trap of old Chinese PDF writers.
func gbkGlyphs(raw string) ([]glyph, bool) {
	var out []glyph
	pairs := 0
	for i := 0; i < len(raw); {
		if raw[i] < 0x80 {
			out = append(out, glyph{code: int(raw[i]), text: string(rune(raw[i])), space: raw[i] == 32})
			i++
			continue
		}
		j := gbkRunEnd(raw, i)
		if j == i {
			return nil, false
		}
		u, ok := cleanGBK([]byte(raw[i:j]))
		if !ok {
			return nil, false
		}
		k := i
		for _, r := range u {
			out = append(out, glyph{code: int(raw[k]), code2: int(raw[k+1]), text: string(r)})
			k += 2
			pairs++
		}
		i = j
	}
	return out, pairs >= 2
}

// gbkRunEnd returns the end of the run of GBK double-byte characters (all
// with a high trail byte) that starts at raw[i], or i when there is none.
func gbkRunEnd(raw string, i int) int {
	j := i
	for j+1 < len(raw) && raw[j] >= 0x81 && raw[j] != 0xff && raw[j+1] >= 0x80 && raw[j+1] != 0xff {
		j += 2
	}
	return j
}

// uniGlyphNames reads glyph names of the uniXXXX and uXXXX[XX] forms from a
// Differences array; the library knows only the standard names.
func uniGlyphNames(diff pdf.Value) map[int]string {
	m := map[int]string{}
	code := 0
	for i := 0; i < diff.Len() && i < 1024; i++ {
		v := diff.Index(i)
		if v.Kind() == pdf.Integer {
			code = int(v.Int64())
			continue
		}
		if v.Kind() != pdf.Name {
			continue
		}
		if t := uniName(v.Name()); t != "" && code >= 0 && code < 256 {
			m[code] = t
		}
		code++
	}
	if len(m) == 0 {
		return nil
	}
	return m
}

func uniName(n string) string {
	parse := func(h string) rune {
		var r rune
		for _, c := range h {
			switch {
			case c >= '0' && c <= '9':
				r = r<<4 | (c - '0')
			case c >= 'A' && c <= 'F':
				r = r<<4 | (c - 'A' + 10)
			default:
				return -1
			}
		}
		return r
	}
	switch {
	case strings.HasPrefix(n, "uni") && len(n) >= 7 && (len(n)-3)%4 == 0:
		var b strings.Builder
		for k := 3; k < len(n); k += 4 {
			r := parse(n[k : k+4])
			if r < 0 {
				return ""
			}
			b.WriteRune(r)
		}
		return b.String()
	case strings.HasPrefix(n, "u") && len(n) >= 5 && len(n) <= 7:
		if r := parse(n[1:]); r > 0 && r <= 0x10ffff {
			return string(r)
		}
	}
	return ""
}
