package extractors

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"classaudit/models"
)

// agreementClass says what TestAgreement requires of a text_pdf file. The
// classes come from SOURCES.md's pdffonts notes (uni column) and from reading
// each file's fonts; the reasons are given per file below.
type agreementClass int

const (
	// unicodeText: fonts carry a usable ToUnicode map or a predefined
	// Unicode/GBK CMap: Han agreement with pdftotext ≥ 0.98.
	unicodeText agreementClass = iota
	// unicodeForm: as unicodeText, but a ruled form or table where pdftotext's
	// block order differs from our line order; the Levenshtein figure is
	// reported, the order-free (multiset) Han agreement must be ≥ 0.98.
	unicodeForm
	// mustMark: no usable Unicode mapping; every page with text must be marked
	// NeedsOCR (or, for GBK behind WinAnsi, recovered to the expected text).
	mustMark
	// bestEffort: documented limitations, reported only.
	bestEffort
)

var agreementFiles = map[string]struct {
	class  agreementClass
	reason string
	want   string // expected recovered text (GBK behind WinAnsi)
}{
	"billryan_resume-zh_CN.pdf":               {mustMark, "Identity-H CID fonts without ToUnicode (needs Adobe-GB1 tables)", ""},
	"pdf2docx_demo-table-align-borders.pdf":   {unicodeForm, "citation page with bordered tables", ""},
	"pdf2docx_demo-table-lattice_invoice.pdf": {unicodeForm, "VAT invoice lattice, filled values are annotations", ""},
	"pdfjs_SimFang-variant.pdf":               {mustMark, "GBK behind WinAnsi plus a Type3 font", "全世界无产者"},
	"pdfjs_XiaoBiaoSong.pdf":                  {mustMark, "GBK behind WinAnsi", "目　　录"},
	"pdfjs_issue12823.pdf":                    {unicodeText, "Identity-H with ToUnicode", ""},
	"pdfjs_issue13316_reduced.pdf":            {bestEffort, "xref /Size too small: the library cannot resolve the font; pdfcpu rewrite does not help", ""},
	"pdfjs_issue15690.pdf":                    {unicodeText, "full-width Latin, no Han", ""},
	"pdfjs_issue18117.pdf":                    {bestEffort, "broken ToUnicode; poppler shows Latin, we show its ExtB mapping", ""},
	"pdfjs_issue19182.pdf":                    {bestEffort, "one Ext-B character through UniCNS-UTF16-H is lost (6 of 7 Han)", ""},
	"pdfjs_issue19360.pdf":                    {unicodeText, "Identity-H with ToUnicode", ""},
	"pdfjs_issue20489.pdf":                    {mustMark, "GBK behind WinAnsi (company name)", "北斗星"},
	"pdfjs_issue20504.pdf":                    {unicodeText, "FreeText annotations", ""},
	"pdfjs_issue2128r.pdf":                    {unicodeText, "predefined GBK-EUC-H CMap", ""},
	"pdfjs_issue2884_reduced.pdf":             {bestEffort, "ToUnicode gives wrong but plausible Hanzi", ""},
	"pdfjs_issue3405r.pdf":                    {mustMark, "Identity-H without ToUnicode", ""},
	"pdfjs_issue3521.pdf":                     {unicodeText, "predefined GBKp-EUC-H CMap", ""},
	"pdfjs_issue4061.pdf":                     {unicodeText, "Identity-H with ToUnicode", ""},
	"pdfjs_issue6286.pdf":                     {unicodeText, "UniJIS-UCS2-H and Identity-H with ToUnicode (Japanese)", ""},
	"pdfjs_issue6387.pdf":                     {bestEffort, "Japanese vertical and horizontal copies of one line", ""},
	"pdfjs_issue7696.pdf":                     {bestEffort, "ToUnicode gives wrong but plausible Hanzi", ""},
	"pdfjs_vertical.pdf":                      {mustMark, "Identity-V without ToUnicode", ""},
	"pdfminer_issue_566_test_2.pdf":           {bestEffort, "ToUnicode with begincidrange sections we skip: marked NeedsOCR", ""},
	"pdfminer_jo_vertical.pdf":                {mustMark, "non-embedded Identity-V without ToUnicode", ""},
	"pymupdf_chinese-tables.pdf":              {unicodeForm, "ruled rating tables", ""},
	"pymupdf_has-bad-fonts.pdf":               {unicodeForm, "customs declaration form", ""},
	"pymupdf_test_3854.pdf":                   {unicodeForm, "booking form; uniXXXX glyph names", ""},
	"pymupdf_test_4182.pdf":                   {unicodeText, "journal page, GBK-EUC-H and Identity-H", ""},
	"pymupdf_test_4546.pdf":                   {unicodeForm, "bilingual shipping order form", ""},
	"pymupdf_test_4699.pdf":                   {unicodeForm, "number tables", ""},
	"ucasthesis_usage_guide.pdf":              {unicodeText, "38-page ctex document", ""},
}

// hanBagAgreement is HanAgreement without order: 1 − (missing + extra Han
// characters, as multisets) / len(reference Han), floored at 0.
func hanBagAgreement(ours, reference string) float64 {
	a, b := hanRunes(ours), hanRunes(reference)
	if len(b) == 0 {
		if len(a) == 0 {
			return 1
		}
		return 0
	}
	cnt := map[rune]int{}
	for _, r := range b {
		cnt[r]++
	}
	for _, r := range a {
		cnt[r]--
	}
	miss, extra := 0, 0
	for _, v := range cnt {
		if v > 0 {
			miss += v
		} else {
			extra -= v
		}
	}
	// A substitution is one missing and one extra character: count it once.
	d := max(miss, extra)
	if d >= len(b) {
		return 0
	}
	return 1 - float64(d)/float64(len(b))
}

func TestAgreement(t *testing.T) {
	files := corpusFiles(t, "text_pdf", ".pdf")
	var table strings.Builder
	fmt.Fprintf(&table, "\n%-42s %-6s %5s %5s %6s %7s %7s\n", "file", "class", "pages", "ocr", "han", "lev", "bag")
	for _, path := range files {
		name := filepath.Base(path)
		exp, ok := agreementFiles[name]
		if !ok {
			t.Errorf("%s: not classified", name)
			continue
		}
		d := extractPath(t, path, models.KindItem)
		if d.Error != "" {
			t.Errorf("%s: %s", name, d.Error)
			continue
		}
		ref := popplerPages(t, path)
		var ours, theirs strings.Builder
		ocr, lost := 0, 0 // pages marked for OCR; those of them poppler reads text on
		for i, pg := range d.Pages {
			if pg.NeedsOCR {
				ocr++
				if i < len(ref) && models.CountChars(ref[i]) > 0 {
					lost++
				}
				continue
			}
			ours.WriteString(pg.Text + "\n")
			if i < len(ref) {
				theirs.WriteString(ref[i] + "\n")
			}
		}
		lev := HanAgreement(ours.String(), theirs.String())
		bag := hanBagAgreement(ours.String(), theirs.String())
		class := [...]string{"text", "form", "mark", "best"}[exp.class]
		fmt.Fprintf(&table, "%-42s %-6s %5d %5d %6d %7.3f %7.3f\n", name, class, len(d.Pages), ocr, len(hanRunes(theirs.String())), lev, bag)
		switch exp.class {
		case unicodeText:
			if lost > 0 || lev < 0.98 {
				t.Errorf("%s (%s): %d text pages marked for OCR, agreement %.3f (want ≥ 0.98)", name, exp.reason, lost, lev)
			}
		case unicodeForm:
			if lost > 0 || bag < 0.98 {
				t.Errorf("%s (%s): %d text pages marked for OCR, order-free agreement %.3f (want ≥ 0.98)", name, exp.reason, lost, bag)
			}
		case mustMark:
			for _, pg := range d.Pages {
				if pg.NeedsOCR {
					continue
				}
				if exp.want == "" || !strings.Contains(strings.ReplaceAll(pg.Text, " ", ""), exp.want) {
					t.Errorf("%s (%s): page %d passed as text: %q", name, exp.reason, pg.Number, trunc(pg.Text))
				}
			}
		}
	}
	t.Log(table.String())
}

func TestHanAgreement(t *testing.T) {
	t.Parallel()
	cases := []struct {
		ours, ref string
		want      float64
	}{
		{"中国 abc", "中国", 1},
		{"中", "中国", 0.5},
		{"国中", "中国", 0},
		{"", "", 1},
		{"中", "", 0},
		{"中国人民", "中国", 0},
	}
	for _, c := range cases {
		if got := HanAgreement(c.ours, c.ref); got != c.want {
			t.Errorf("HanAgreement(%q, %q) = %v, want %v", c.ours, c.ref, got, c.want)
		}
	}
}
