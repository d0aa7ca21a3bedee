package extractors

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"classaudit/models"
)

// needPassword lists the malformed-corpus files that need a user password
// (SOURCES.md gives the passwords); all must give file.encrypted.
var needPassword = map[string]bool{
	"pdfjs_issue6010_1.pdf":                        true,
	"pdfjs_issue3371.pdf":                          true,
	"pdfjs_saslprep-r6.pdf":                        true,
	"pdfminer_aes-128-m.pdf":                       true,
	"pdfminer_rc4-40.pdf":                          true,
	"pdfminer_aes-256-r6.pdf":                      true,
	"pypdfsamples_libreoffice-writer-password.pdf": true,
	"qpdf_encrypted-40-bit-R3.pdf":                 true,
}

// emptyPassword lists encrypted files that open with the empty user password:
// never file.encrypted (qpdf_bad-encryption-length has an invalid key length
// that poppler rejects too; it may be unreadable, but it is no password case).
var emptyPassword = map[string]bool{
	"pdfjs_bug900822.pdf":                 true,
	"pdfjs_empty_protected.pdf":           true,
	"pdfjs_issue19484_1.pdf":              true,
	"pdfjs_issue7665.pdf":                 true,
	"pdfjs_secHandler.pdf":                true,
	"pdfminer_encrypted_doc_no_id.pdf":    true,
	"pymupdf_test-2333_encrypted_xfa.pdf": true,
	"qpdf_invalid-id-xref.pdf":            true,
}

// badEncryption: an invalid /Length in /Encrypt; poppler rejects it as a
// wrong password, qpdf copes. Either outcome is accepted.
var badEncryption = map[string]bool{"qpdf_bad-encryption-length.pdf": true}

func TestMalformedNeverPanics(t *testing.T) {
	files := corpusFiles(t, "malformed", ".pdf")
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			d := Extract(context.Background(), models.File{RelPath: name, DiskPath: path, Kind: models.KindItem, Item: 3}, Options{Timeout: 20 * time.Second})
			if d == nil {
				t.Fatal("nil document")
			}
			if d.Error == "" && len(d.Pages) == 0 {
				t.Fatalf("neither error nor pages")
			}
			if d.Error != "" && d.ErrorRule == "" {
				t.Fatalf("error without rule: %s", d.Error)
			}
			if d.SHA256 == "" || d.Format == "" {
				t.Fatalf("missing hash or format: %+v", d)
			}
			switch {
			case badEncryption[name]:
			case needPassword[name]:
				if d.ErrorRule != models.RuleFileEncrypted || !d.Encrypted {
					t.Errorf("needs a password: got rule %q encrypted=%v (%s)", d.ErrorRule, d.Encrypted, d.Error)
				}
			case emptyPassword[name]:
				if d.ErrorRule == models.RuleFileEncrypted {
					t.Errorf("opens with the empty password, got file.encrypted")
				}
				if d.ErrorRule == "" && !d.Encrypted {
					t.Errorf("read, but Encrypted not set")
				}
			default:
				if d.ErrorRule == models.RuleFileEncrypted {
					t.Errorf("not encrypted, got file.encrypted")
				}
			}
			t.Logf("rule=%q pages=%d encrypted=%v chars=%d err=%s", d.ErrorRule, len(d.Pages), d.Encrypted, d.Chars(), d.Error)
		})
	}
}

// TestEmptyPasswordReadable: files protected by an owner password only are
// read like any other (AES-256 through pdfcpu). Not listed because neither
// library decrypts them: pdfjs_issue7665 ("malformed encryption" in pdfcpu)
// and pdfjs_secHandler ("ciphertext too short"), pdfminer_encrypted_doc_no_id
// (RC4 without /ID; pdfcpu's validation refuses its catalog); they are
// file.unreadable.
func TestEmptyPasswordReadable(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"pdfjs_empty_protected.pdf", "pymupdf_test-2333_encrypted_xfa.pdf", "qpdf_invalid-id-xref.pdf"} {
		path := filepath.Join(realDir, "malformed", name)
		if _, err := os.Stat(path); err != nil {
			t.Skip("corpus absent")
		}
		d := extractPath(t, path, models.KindItem)
		t.Logf("%s: rule=%q pages=%d chars=%d err=%s", name, d.ErrorRule, len(d.Pages), d.Chars(), d.Error)
		if d.ErrorRule != "" || len(d.Pages) == 0 {
			t.Errorf("%s: want pages, got %q %s", name, d.ErrorRule, d.Error)
		}
	}
}

func TestPDFFileErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src := filepath.Join(realDir, "text_pdf", "pymupdf_chinese-tables.pdf")
	good, err := os.ReadFile(src)
	if err != nil {
		t.Skip("corpus absent")
	}
	docx, err := os.ReadFile(filepath.Join(realDir, "reuse", "shannonai_src6.docx"))
	if err != nil {
		t.Skip("corpus absent")
	}
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := []struct {
		name     string
		path     string
		kind     models.FileKind
		opts     Options
		rule     string
		format   string
		contains string
	}{
		{"zero bytes", write("1.pdf", nil), models.KindItem, Options{}, models.RuleFileUnreadable, FormatUnknown, "0字节"},
		{"truncated", write("2.pdf", good[:len(good)/2]), models.KindItem, Options{}, models.RuleFileUnreadable, FormatPDF, "PDF"},
		{"docx named pdf", write("3.pdf", docx), models.KindItem, Options{}, models.RuleFileUnreadable, FormatDocx, "Word文档(docx)，不是PDF"},
		{"too large", write("4.pdf", good), models.KindItem, Options{MaxPDFBytes: 1000}, models.RuleFileTooLarge, FormatPDF, "超过"},
		{"form as docx", write("申报书.docx", docx), models.KindForm, Options{}, "", FormatDocx, ""},
		{"good", write("5.pdf", good), models.KindItem, Options{}, "", FormatPDF, ""},
		{"jpeg as item", write("6.pdf", []byte("\xFF\xD8\xFF\xE0 fake jpeg")), models.KindItem, Options{}, models.RuleFileUnreadable, FormatUnknown, "JPEG"},
	}
	for _, c := range cases {
		d := Extract(context.Background(), models.File{SubmissionID: "s/x", School: "s", RelPath: c.name, DiskPath: c.path, Kind: c.kind, Item: 2}, c.opts)
		if d.ErrorRule != c.rule || d.Format != c.format || !strings.Contains(d.Error, c.contains) {
			t.Errorf("%s: got rule %q format %q error %q", c.name, d.ErrorRule, d.Format, d.Error)
		}
		if d.SubmissionID != "s/x" || d.School != "s" || d.Item != 2 || d.Kind != c.kind || len(d.SHA256) != 64 {
			t.Errorf("%s: identity fields not copied: %+v", c.name, d)
		}
		if c.rule == "" && d.Chars() < 100 {
			t.Errorf("%s: only %d characters", c.name, d.Chars())
		}
	}
}

func TestVideo(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	small := filepath.Join(dir, "a.mp4")
	head := []byte("\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41")
	if err := os.WriteFile(small, head, 0o644); err != nil {
		t.Fatal(err)
	}
	d := Extract(context.Background(), models.File{DiskPath: small, Kind: models.KindVideo, Item: 13}, Options{})
	if d.Format != FormatMP4 || d.Error != "" || len(d.Pages) != 0 {
		t.Errorf("small video: %+v", d)
	}
	// A sparse file just over 1 GB: too large, and no parsing.
	big := filepath.Join(dir, "b.mp4")
	if err := os.WriteFile(big, head, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, models.MaxVideoBytes+1); err != nil {
		t.Skip("no sparse files:", err)
	}
	d = Extract(context.Background(), models.File{DiskPath: big, Kind: models.KindVideo, Item: 13}, Options{})
	if d.Format != FormatMP4 || d.ErrorRule != models.RuleFileTooLarge || d.Size != models.MaxVideoBytes+1 {
		t.Errorf("big video: rule %q size %d format %s", d.ErrorRule, d.Size, d.Format)
	}
}

func TestCancelled(t *testing.T) {
	t.Parallel()
	path := filepath.Join(realDir, "text_pdf", "ucasthesis_usage_guide.pdf")
	if _, err := os.Stat(path); err != nil {
		t.Skip("corpus absent")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d := Extract(ctx, models.File{DiskPath: path, Kind: models.KindItem}, Options{})
	if d.Error == "" || d.ErrorRule != "" {
		t.Errorf("cancelled: want an error without rule, got %q %q", d.ErrorRule, d.Error)
	}
}
