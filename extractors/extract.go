package extractors

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path"
	"strings"
	"time"

	"classaudit/models"
)

// Options tune Extract. The zero value is ready to use.
type Options struct {
	// Timeout bounds the work on one file. If zero, 60 seconds.
	Timeout time.Duration
	// MaxPDFBytes is the largest PDF that is parsed; larger ones get
	// file.too_large. If zero, models.MaxPDFBytes (50 MB).
	MaxPDFBytes int64
}

// Formats reported in Document.Format. FormatCSV is an addition to the list in
// models.Document for rosters and summary tables sent as text.
const (
	FormatPDF     = "pdf"
	FormatDocx    = "docx"
	FormatXlsx    = "xlsx"
	FormatCSV     = "csv"
	FormatMP4     = "mp4"
	FormatZip     = "zip"
	FormatUnknown = "unknown"
)

const defaultTimeout = 60 * time.Second

// headBytes is how much of a file sniffing looks at.
const headBytes = 4096

// Extract reads the file f and returns what could be read from it. It never
// panics and never returns nil: a file that cannot be read gives a Document
// whose Error and ErrorRule say why (file.unreadable, file.encrypted,
// file.too_large). A cancelled ctx gives an Error with an empty ErrorRule:
// such a Document must not be cached.
//
// PDF parsing runs in a goroutine bounded by opts.Timeout and ctx. When the
// bound is hit the goroutine is abandoned (the PDF library cannot be
// interrupted); it stops at its next page boundary, and until then holds the
// file's bytes.
func Extract(ctx context.Context, f models.File, opts Options) *models.Document {
	start := time.Now()
	doc := &models.Document{
		SubmissionID: f.SubmissionID,
		School:       f.School,
		RelPath:      f.RelPath,
		Kind:         f.Kind,
		Item:         f.Item,
		Format:       FormatUnknown,
	}
	defer func() {
		if r := recover(); r != nil {
			// A bug of ours, not of the file: still keep the sweep going.
			doc.Pages = nil
			setError(doc, models.RuleFileUnreadable, fmt.Sprintf("内部错误，无法解析此文件：%v", r))
		}
		doc.Seconds = time.Since(start).Seconds()
	}()
	if opts.Timeout <= 0 {
		opts.Timeout = defaultTimeout
	}
	if opts.MaxPDFBytes <= 0 {
		opts.MaxPDFBytes = models.MaxPDFBytes
	}
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()

	fh, err := os.Open(f.DiskPath)
	if err != nil {
		setError(doc, models.RuleFileUnreadable, fmt.Sprintf("无法打开文件：%v", err))
		return doc
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil || !st.Mode().IsRegular() {
		setError(doc, models.RuleFileUnreadable, "无法读取文件：不是普通文件")
		return doc
	}
	doc.Size = st.Size()

	head := make([]byte, headBytes)
	n, err := io.ReadFull(fh, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		setError(doc, models.RuleFileUnreadable, fmt.Sprintf("无法读取文件：%v", err))
		return doc
	}
	head = head[:n]
	format := sniff(head, f.DiskPath, f.RelPath)
	if format == FormatZip {
		format = zipFormat(fh, st.Size())
	}
	doc.Format = format
	if doc.Size == 0 {
		hashReader(doc, bytes.NewReader(nil))
		setError(doc, models.RuleFileUnreadable, "文件为空（0字节）")
		return doc
	}

	// Files we do not parse (too large, videos, archives) are hashed by
	// streaming; the others are read whole, hashed and parsed.
	tooLarge := ""
	switch {
	case format == FormatMP4 || f.Kind == models.KindVideo:
		if doc.Size > models.MaxVideoBytes {
			tooLarge = fmt.Sprintf("视频文件大小%s，超过1GB上限", humanSize(doc.Size))
		}
	case format == FormatPDF && doc.Size > opts.MaxPDFBytes:
		tooLarge = fmt.Sprintf("PDF文件大小%s，超过%s上限", humanSize(doc.Size), humanSize(opts.MaxPDFBytes))
	case doc.Size > maxParseBytes:
		tooLarge = fmt.Sprintf("文件大小%s，超过可解析上限%s", humanSize(doc.Size), humanSize(maxParseBytes))
	}
	if tooLarge != "" || format == FormatMP4 || f.Kind == models.KindVideo || format == FormatZip {
		if _, err := fh.Seek(0, io.SeekStart); err == nil {
			if err := hashReaderCtx(ctx, doc, fh); err != nil {
				setError(doc, ruleFor(ctx), fmt.Sprintf("读取文件时中断：%v", err))
				return doc
			}
		}
		if tooLarge != "" {
			setError(doc, models.RuleFileTooLarge, tooLarge)
			return doc
		}
		if msg := wrongFormat(f.Kind, format, head); msg != "" {
			setError(doc, models.RuleFileUnreadable, msg)
		}
		return doc
	}

	data, err := readAll(fh, doc.Size)
	if err != nil || len(data) < len(head) {
		setError(doc, models.RuleFileUnreadable, fmt.Sprintf("无法读取文件：%v", err))
		return doc
	}
	doc.Size = int64(len(data))
	sum := sha256.Sum256(data)
	doc.SHA256 = hex.EncodeToString(sum[:])

	if msg := wrongFormat(f.Kind, format, head); msg != "" {
		setError(doc, models.RuleFileUnreadable, msg)
		return doc
	}
	switch format {
	case FormatPDF:
		extractPDFInto(ctx, doc, data)
	case FormatDocx:
		runBounded(ctx, doc, func(d *models.Document) { extractDocx(d, data) })
	case FormatXlsx:
		runBounded(ctx, doc, func(d *models.Document) { extractXlsx(d, data) })
	case FormatCSV:
		extractCSV(doc, data)
	}
	return doc
}

// maxParseBytes bounds non-PDF files that are read whole (docx, xlsx, csv).
const maxParseBytes = 200 << 20

func setError(d *models.Document, rule, msg string) {
	d.Error = msg
	d.ErrorRule = rule
}

// ruleFor names the rule of an interrupted extraction: a timeout is the
// file's fault (unreadable), a cancellation is not (no rule).
func ruleFor(ctx context.Context) string {
	if ctx.Err() == context.DeadlineExceeded {
		return models.RuleFileUnreadable
	}
	return ""
}

func readAll(r io.ReadSeeker, size int64) ([]byte, error) {
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+1))
	_, err := io.Copy(buf, io.LimitReader(r, size+1<<20))
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func hashReader(d *models.Document, r io.Reader) {
	h := sha256.New()
	io.Copy(h, r)
	d.SHA256 = hex.EncodeToString(h.Sum(nil))
}

// hashReaderCtx hashes r in chunks so a cancelled ctx stops hashing a 1 GB video.
func hashReaderCtx(ctx context.Context, d *models.Document, r io.Reader) error {
	h := sha256.New()
	buf := make([]byte, 1<<20)
	var total int64
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		n, err := r.Read(buf)
		h.Write(buf[:n])
		total += int64(n)
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
	}
	d.SHA256 = hex.EncodeToString(h.Sum(nil))
	d.Size = total
	return nil
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1fGB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1fMB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1fKB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d字节", n)
}

// runBounded runs fn on a copy of doc in a goroutine, bounded by ctx; it
// recovers panics from the libraries fn calls.
func runBounded(ctx context.Context, doc *models.Document, fn func(d *models.Document)) {
	work := *doc
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			if r := recover(); r != nil {
				work.Pages = nil
				setError(&work, models.RuleFileUnreadable, fmt.Sprintf("文件已损坏，解析失败：%v", r))
			}
		}()
		fn(&work)
	}()
	select {
	case <-done:
		*doc = work
	case <-ctx.Done():
		setError(doc, ruleFor(ctx), timeoutMessage(ctx))
	}
}

func timeoutMessage(ctx context.Context) string {
	if ctx.Err() == context.DeadlineExceeded {
		return "解析超时，文件可能已损坏或结构异常"
	}
	return "extraction cancelled"
}

// sniff names the format of a file from its first bytes; the name is only
// used to tell csv from other plain text.
func sniff(head []byte, names ...string) string {
	switch {
	case len(head) == 0:
		return FormatUnknown
	case bytes.Contains(head[:min(len(head), 1024)], []byte("%PDF-")):
		return FormatPDF
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return FormatZip // refined by zipFormat
	case len(head) >= 12 && string(head[4:8]) == "ftyp":
		return FormatMP4
	}
	for _, n := range names {
		if strings.EqualFold(path.Ext(strings.ReplaceAll(n, "\\", "/")), ".csv") && looksLikeText(head) {
			return FormatCSV
		}
	}
	return FormatUnknown
}

// describe says in Chinese what a file's bytes really are, for error texts.
func describe(format string, head []byte) string {
	switch format {
	case FormatPDF:
		return "PDF"
	case FormatDocx:
		return "Word文档(docx)"
	case FormatXlsx:
		return "Excel表格(xlsx)"
	case FormatCSV:
		return "CSV文本"
	case FormatMP4:
		return "MP4视频"
	case FormatZip:
		return "ZIP压缩包"
	}
	switch {
	case bytes.HasPrefix(head, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")):
		return "旧版Office文档(doc/xls/ppt)"
	case bytes.HasPrefix(head, []byte("\xFF\xD8\xFF")):
		return "JPEG图片"
	case bytes.HasPrefix(head, []byte("\x89PNG")):
		return "PNG图片"
	case bytes.HasPrefix(head, []byte("Rar!")):
		return "RAR压缩包"
	case bytes.HasPrefix(head, []byte("7z\xBC\xAF\x27\x1C")):
		return "7z压缩包"
	case bytes.HasPrefix(head, []byte("{\\rtf")):
		return "RTF文档"
	case looksLikeText(head):
		return "纯文本"
	}
	return "未知格式"
}

// wrongFormat returns an error text when a file's content is not what its
// role needs, or "" when it is acceptable.
func wrongFormat(kind models.FileKind, format string, head []byte) string {
	var want []string
	switch kind {
	case models.KindItem:
		want = []string{FormatPDF}
	case models.KindForm:
		want = []string{FormatPDF, FormatDocx}
	case models.KindRoster:
		want = []string{FormatXlsx, FormatCSV, FormatPDF, FormatDocx}
	case models.KindSummary:
		want = []string{FormatXlsx, FormatCSV, FormatPDF}
	default:
		return "" // videos are judged by the video check, others by discovery
	}
	for _, w := range want {
		if format == w {
			return ""
		}
	}
	names := make([]string, len(want))
	for i, w := range want {
		names[i] = strings.ToUpper(w)
	}
	return fmt.Sprintf("文件内容是%s，不是%s", describe(format, head), strings.Join(names, "或"))
}

func looksLikeText(head []byte) bool {
	if len(head) == 0 {
		return false
	}
	bad := 0
	for _, b := range head {
		if b == 0 {
			return false
		}
		if b < 0x09 || (b > 0x0d && b < 0x20) {
			bad++
		}
	}
	return bad*100 < len(head)
}

// Version names the extraction logic for cache keys: bump it whenever a
// change alters what Extract returns for the same bytes.
const Version = "2"
