package extractors

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ledongthuc/pdf"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"golang.org/x/text/unicode/norm"

	"classaudit/models"
)

// maxPages bounds the page loop: a hostile /Count must not make us walk
// billions of empty pages.
const maxPages = 5000

// maxMissingPages ends the page loop after this many pages in a row that the
// page tree cannot find (a /Count larger than the tree).
const maxMissingPages = 20

var errNeedsPassword = errors.New("needs a user password")

// pdfResult is what the PDF goroutine hands back.
type pdfResult struct {
	pages     []models.Page
	encrypted bool
	rule, msg string
	// missingFont: some page names fonts its resources do not resolve.
	missingFont bool
}

// extractPDFInto parses data in a goroutine bounded by ctx and fills doc.
func extractPDFInto(ctx context.Context, doc *models.Document, data []byte) {
	var stop atomic.Bool
	done := make(chan pdfResult, 1)
	go func() {
		var res pdfResult
		defer func() {
			if r := recover(); r != nil {
				res = pdfResult{rule: models.RuleFileUnreadable, msg: fmt.Sprintf("PDF文件已损坏，解析失败：%v", r)}
			}
			done <- res
		}()
		res = readPDF(data, &stop)
	}()
	select {
	case res := <-done:
		doc.Pages = res.pages
		doc.Encrypted = res.encrypted
		if res.msg != "" {
			setError(doc, res.rule, res.msg)
		}
	case <-ctx.Done():
		// The goroutine cannot be interrupted inside the library; it sees
		// stop at its next page and exits, sending into the buffered done.
		stop.Store(true)
		doc.Encrypted = encryptDictPresent(data)
		setError(doc, ruleFor(ctx), timeoutMessage(ctx))
	}
}

// readPDF opens data (decrypting or repairing it with pdfcpu when the PDF
// library refuses it) and reads its pages.
func readPDF(data []byte, stop *atomic.Bool) pdfResult {
	r, encrypted, err := openPDF(data)
	if errors.Is(err, errNeedsPassword) {
		return pdfResult{encrypted: true, rule: models.RuleFileEncrypted, msg: "PDF文件设置了打开密码，无法读取内容"}
	}
	if err != nil {
		return pdfResult{encrypted: encrypted, rule: models.RuleFileUnreadable, msg: "PDF文件已损坏或被截断，无法打开：" + shortErr(err)}
	}
	n, err := numPages(r)
	if err != nil || n <= 0 {
		// A broken page tree: pdfcpu may rebuild it.
		if fixed, ferr := pdfcpuRewrite(data); ferr == nil {
			if r2, err2 := newReader(fixed); err2 == nil {
				if n2, err3 := numPages(r2); err3 == nil && n2 > 0 {
					r, n, err = r2, n2, nil
				}
			}
		}
	}
	if err != nil {
		return pdfResult{encrypted: encrypted, rule: models.RuleFileUnreadable, msg: "PDF文件页面结构已损坏：" + shortErr(err)}
	}
	if n <= 0 {
		return pdfResult{encrypted: encrypted, rule: models.RuleFileUnreadable, msg: "PDF文件中没有可读的页面"}
	}
	res := readPages(r, n, stop)
	res.encrypted = encrypted
	if res.missingFont && !stop.Load() {
		// Fonts the library could not resolve: try again on pdfcpu's rewrite.
		if fixed, ferr := pdfcpuRewrite(data); ferr == nil {
			if r2, err2 := newReader(fixed); err2 == nil {
				if n2, err3 := numPages(r2); err3 == nil && n2 > 0 {
					if res2 := readPages(r2, n2, stop); usable(res2) >= usable(res) {
						res2.encrypted = encrypted
						res = res2
					}
				}
			}
		}
	}
	if len(res.pages) == 0 {
		return pdfResult{encrypted: encrypted, rule: models.RuleFileUnreadable, msg: "PDF文件中没有可读的页面"}
	}
	return res
}

// usable counts the characters of pages whose text layer is used.
func usable(res pdfResult) int {
	n := 0
	for i := range res.pages {
		n += res.pages[i].Chars()
	}
	return n
}

func readPages(r *pdf.Reader, n int, stop *atomic.Bool) pdfResult {
	n = min(n, maxPages)
	var res pdfResult
	missing := 0
	for i := 1; i <= n; i++ {
		if stop.Load() {
			break
		}
		pg, ok, mf := readPage(r, i)
		res.missingFont = res.missingFont || mf
		if !ok {
			missing++
			if missing >= maxMissingPages {
				break
			}
			continue
		}
		missing = 0
		res.pages = append(res.pages, pg)
	}
	for i := range res.pages {
		res.pages[i].Number = i + 1
	}
	return res
}

func shortErr(err error) string {
	s := err.Error()
	if len([]rune(s)) > 120 {
		s = string([]rune(s)[:120]) + "…"
	}
	return s
}

// newReader opens data with the PDF library, turning its panics into errors.
func newReader(data []byte) (r *pdf.Reader, err error) {
	if !xrefSane(data) {
		return nil, errors.New("xref declares an impossible number of objects")
	}
	defer func() {
		if x := recover(); x != nil {
			r, err = nil, fmt.Errorf("malformed PDF: %v", x)
		}
	}()
	return pdf.NewReader(bytes.NewReader(data), int64(len(data)))
}

func numPages(r *pdf.Reader) (n int, err error) {
	defer func() {
		if x := recover(); x != nil {
			n, err = 0, fmt.Errorf("page tree: %v", x)
		}
	}()
	return r.NumPage(), nil
}

// openPDF returns a reader for data, and whether data is encrypted. A file
// that needs a user password gives errNeedsPassword.
func openPDF(data []byte) (*pdf.Reader, bool, error) {
	encrypted := encryptDictPresent(data)
	r, err := newReader(data)
	if err == nil {
		return r, encrypted || hasEncrypt(r), nil
	}
	if errors.Is(err, pdf.ErrInvalidPassword) {
		// The library checked the empty password against RC4/AES-128 itself.
		return nil, true, errNeedsPassword
	}
	if encrypted {
		if ok, known := emptyUserPasswordR6(data); known && !ok {
			return nil, true, errNeedsPassword
		}
		// The library knows RC4 and AES-128 only; pdfcpu also decrypts AES-256
		// (R5/R6) with the empty user password.
		dec, derr := pdfcpuDecrypt(data)
		if derr == nil {
			if r2, err2 := newReader(dec); err2 == nil {
				return r2, true, nil
			} else {
				return nil, true, err2
			}
		}
		if isPasswordErr(derr) {
			return nil, true, errNeedsPassword
		}
		return nil, true, fmt.Errorf("%v; pdfcpu: %v", err, derr)
	}
	fixed, ferr := pdfcpuRewrite(data)
	if ferr != nil {
		return nil, false, err
	}
	r2, err2 := newReader(fixed)
	if err2 != nil {
		return nil, false, err
	}
	return r2, hasEncrypt(r2), nil
}

func hasEncrypt(r *pdf.Reader) (enc bool) {
	defer func() {
		if recover() != nil {
			enc = false
		}
	}()
	return !r.Trailer().Key("Encrypt").IsNull()
}

// encryptDictPresent looks for an /Encrypt entry in the file's trailers (or
// xref stream dictionaries) without parsing: it is used when the file cannot
// be opened at all.
func encryptDictPresent(data []byte) bool {
	i := 0
	for {
		j := bytes.Index(data[i:], []byte("/Encrypt"))
		if j < 0 {
			return false
		}
		i += j + len("/Encrypt")
		// "/EncryptMetadata" is a key inside the encryption dictionary itself.
		if i < len(data) && (isNameChar(data[i])) {
			continue
		}
		return true
	}
}

func isNameChar(b byte) bool {
	return b > ' ' && b < 0x7f && !strings.ContainsRune("/[]<>(){}%", rune(b))
}

func isPasswordErr(err error) bool {
	if err == nil {
		return false
	}
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "password") || strings.Contains(s, "this file is encrypted")
}

var pdfcpuOnce sync.Once

// pdfcpuConfig returns a relaxed pdfcpu configuration that never touches the
// user's config directory and uses the empty passwords.
func pdfcpuConfig() *model.Configuration {
	pdfcpuOnce.Do(api.DisableConfigDir)
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	conf.UserPW = ""
	conf.OwnerPW = ""
	return conf
}

// pdfcpuDecrypt decrypts data with the empty user password into memory.
func pdfcpuDecrypt(data []byte) (out []byte, err error) {
	defer func() {
		if x := recover(); x != nil {
			out, err = nil, fmt.Errorf("pdfcpu: %v", x)
		}
	}()
	for _, m := range xrefSizeKey.FindAllSubmatch(data, 1000) {
		if n, err := strconv.ParseUint(string(m[1]), 10, 64); err != nil || n > maxXrefObjects {
			return nil, errors.New("pdfcpu: implausible /Size")
		}
	}
	var buf bytes.Buffer
	if err := api.Decrypt(bytes.NewReader(data), &buf, pdfcpuConfig()); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// pdfcpuRewrite reads data with pdfcpu's tolerant parser (junk before the
// header, broken xref tables) and writes it back as a clean PDF.
func pdfcpuRewrite(data []byte) (out []byte, err error) {
	defer func() {
		if x := recover(); x != nil {
			out, err = nil, fmt.Errorf("pdfcpu: %v", x)
		}
	}()
	ctx, err := api.ReadContext(bytes.NewReader(data), pdfcpuConfig())
	if err != nil {
		return nil, err
	}
	// pdfcpu's writer walks every object number up to the trailer's /Size:
	// a forged size makes it spin for hours.
	if ctx.XRefTable == nil || ctx.XRefTable.Size == nil || *ctx.XRefTable.Size > maxXrefObjects {
		return nil, errors.New("pdfcpu: implausible /Size")
	}
	var buf bytes.Buffer
	if err := api.WriteContext(ctx, &buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// readPage extracts page i. ok is false when the page tree has no page i.
func readPage(r *pdf.Reader, i int) (pg models.Page, ok, missingFont bool) {
	start := time.Now()
	defer func() {
		if x := recover(); x != nil {
			pg = models.Page{Method: models.MethodNone, NeedsOCR: true, OCRReason: ReasonError}
			ok, missingFont = true, false
		}
		pg.Seconds = time.Since(start).Seconds()
	}()
	p := r.Page(i)
	if p.V.IsNull() {
		return models.Page{}, false, false
	}
	pg.Images = countImages(p.Resources(), 0)
	text, missingFont, err := pageText(p)
	if err != nil {
		pg.Method = models.MethodNone
		pg.NeedsOCR = true
		pg.OCRReason = ReasonError
		return pg, true, false
	}
	setLayer(&pg, text)
	return pg, true, missingFont
}

// setLayer judges a page's text layer and fills Text, or LayerText and the
// OCR reason.
func setLayer(pg *models.Page, text string) {
	text = cleanText(text)
	if fixed, ok := recoverGBK(text); ok {
		text = fixed
	}
	pg.TextLayerScore = TextLayerScore(text)
	if reason := judgeLayer(text, pg.TextLayerScore, pg.Images); reason != "" {
		pg.Method = models.MethodNone
		pg.NeedsOCR = true
		pg.OCRReason = reason
		pg.LayerText = text
		return
	}
	pg.Method = models.MethodText
	pg.Text = text
}

// pageText returns the text of one page, reading its fonts for this page
// only (the library's whole-document reader mixes up fonts of the same
// name on different pages).
func pageText(p pdf.Page) (s string, missingFont bool, err error) {
	defer func() {
		if x := recover(); x != nil {
			s, err = "", fmt.Errorf("page text: %v", x)
		}
	}()
	if textOrder == orderLibrary {
		s, err = p.GetPlainText(nil)
		return s, false, err
	}
	runs, missingFont := pageRuns(p)
	if textOrder == orderContent {
		return contentText(runs), missingFont, nil
	}
	return layoutText(runs), missingFont, nil
}

// Text orders, compared in TestAgreement; orderLayout is used.
const (
	orderLayout  = iota // glyphs sorted by line, then x
	orderContent        // glyphs in content-stream order
	orderLibrary        // the library's Page.GetPlainText
)

var textOrder = orderLayout

// countImages counts image XObjects in a resource dictionary, looking one
// level into form XObjects.
func countImages(res pdf.Value, depth int) int {
	xo := res.Key("XObject")
	n := 0
	for _, k := range xo.Keys() {
		x := xo.Key(k)
		switch x.Key("Subtype").Name() {
		case "Image":
			n++
		case "Form":
			if depth < 1 {
				n += countImages(x.Key("Resources"), depth+1)
			}
		}
	}
	return n
}

// cleanText normalises line ends and trims trailing spaces of lines and
// leading/trailing blank lines.
func cleanText(s string) string {
	s = strings.Map(func(r rune) rune {
		// Kangxi radicals (⾦) stand for the ideographs (金) in some fonts.
		if r >= 0x2f00 && r <= 0x2fdf {
			if n := []rune(norm.NFKC.String(string(r))); len(n) == 1 {
				return n[0]
			}
		}
		return r
	}, s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}
