package models

// Extraction methods, per page and per document.
const (
	MethodText  = "text"  // the PDF's text layer
	MethodOCR   = "ocr"   // Tesseract on the page image
	MethodXML   = "xml"   // docx/xlsx XML
	MethodNone  = "none"  // nothing could be read
	MethodMixed = "mixed" // a document whose pages use several methods
)

// Page is one page of extracted text.
type Page struct {
	Number int    // 1-based
	Method string // MethodText, MethodOCR, MethodNone…
	Text   string
	// NeedsOCR is set when the text layer is empty or garbled; OCRReason says why.
	NeedsOCR  bool
	OCRReason string
	// LayerText keeps the text layer of a page whose Text came from OCR (or
	// was dropped as garbled), so disagreement can be checked later.
	LayerText string
	// TextLayerScore is the share (0–1) of the layer's characters that look
	// like real text (CJK, ASCII letters, digits, common punctuation).
	TextLayerScore float64
	Confidence     float64 // mean OCR confidence 0–100, 0 when not OCRed
	// DigitConf holds, per line of an OCRed Text, the lowest OCR confidence
	// (0–100) of a word with a digit in it; 100 on a line without one.
	DigitConf []int `json:",omitempty"`
	// DigitWords holds, per line of an OCRed Text, its words with a digit
	// in them and their confidences, in reading order (pages read before
	// it was kept have none).
	DigitWords [][]DigitWord `json:",omitempty"`
	// Rereads are the texts of second OCR readings at other resolutions,
	// made of a scanned page of items 8, 11, 12 whose first reading named
	// no student surely; only students' names are taken from them.
	Rereads []string `json:",omitempty"`
	Seconds float64  // time spent on this page
	Images  int      // image XObjects on the page
}

// DigitWord is a word OCR read with a digit in it, and its confidence
// (0–100).
type DigitWord struct {
	Text string `json:"t"`
	Conf int    `json:"c"`
}

// Chars counts the page's characters (runes), whitespace excluded.
func (p *Page) Chars() int { return CountChars(p.Text) }

// Document is what the extractors read from one file.
type Document struct {
	SubmissionID string
	School       string
	RelPath      string
	Kind         FileKind
	Item         int
	SHA256       string
	Size         int64
	Format       string // "pdf", "docx", "xlsx", "mp4", "zip", "unknown"
	Pages        []Page
	Encrypted    bool
	// Error is set when the file could not be read; ErrorRule names the rule
	// (file.unreadable, file.encrypted, file.too_large) it becomes.
	Error     string
	ErrorRule string
	Seconds   float64
	// Cached is set when the document came from the extraction cache.
	Cached bool `json:"-"`
}

// PageTexts returns the text of each page, in order.
func (d *Document) PageTexts() []string {
	out := make([]string, len(d.Pages))
	for i := range d.Pages {
		out[i] = d.Pages[i].Text
	}
	return out
}

// Text returns the document's pages joined by form feeds.
func (d *Document) Text() string {
	n := 0
	for i := range d.Pages {
		n += len(d.Pages[i].Text) + 1
	}
	b := make([]byte, 0, n)
	for i := range d.Pages {
		if i > 0 {
			b = append(b, '\f')
		}
		b = append(b, d.Pages[i].Text...)
	}
	return string(b)
}

// Chars counts the document's non-space characters.
func (d *Document) Chars() int {
	n := 0
	for i := range d.Pages {
		n += d.Pages[i].Chars()
	}
	return n
}

// Method summarises the pages' methods: one method, MethodMixed, or MethodNone.
func (d *Document) Method() string {
	m := ""
	for i := range d.Pages {
		switch pm := d.Pages[i].Method; {
		case pm == MethodNone:
		case m == "":
			m = pm
		case m != pm:
			return MethodMixed
		}
	}
	if m == "" {
		return MethodNone
	}
	return m
}

// PagesOCRed counts pages read by OCR.
func (d *Document) PagesOCRed() int {
	n := 0
	for i := range d.Pages {
		if d.Pages[i].Method == MethodOCR {
			n++
		}
	}
	return n
}

// CountChars counts runes that are not white space.
func CountChars(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f', '\v', '\u3000', '\u00a0':
		default:
			n++
		}
	}
	return n
}
