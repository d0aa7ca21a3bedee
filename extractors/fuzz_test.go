package extractors

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"classaudit/models"
)

func fuzzExtract(t *testing.T, data []byte, name string, kind models.FileKind) {
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	d := Extract(context.Background(), models.File{DiskPath: p, Kind: kind}, Options{Timeout: 3 * time.Second})
	if d == nil {
		t.Fatal("nil document")
	}
	if d.Error != "" && d.ErrorRule == "" {
		t.Fatalf("error without rule: %s", d.Error)
	}
}

// FuzzPDF: arbitrary bytes never make Extract panic or hang.
func FuzzPDF(f *testing.F) {
	for _, sub := range []string{"malformed", "text_pdf"} {
		ents, _ := os.ReadDir(filepath.Join(realDir, sub))
		for _, e := range ents {
			b, err := os.ReadFile(filepath.Join(realDir, sub, e.Name()))
			if err == nil && len(b) < 8<<10 && filepath.Ext(e.Name()) == ".pdf" {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("%PDF-1.4\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzExtract(t, data, "x.pdf", models.KindItem)
	})
}

// FuzzDocx: arbitrary document.xml content and damaged zips never make
// Extract panic.
func FuzzDocx(f *testing.F) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(docxBody))
	zw.Close()
	f.Add([]byte(docxBody), buf.Bytes())
	f.Add([]byte("<w:tc><w:tr></w:tc>"), buf.Bytes()[:len(buf.Bytes())/2])
	f.Fuzz(func(t *testing.T, xmlBody, raw []byte) {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		w, _ := zw.Create("word/document.xml")
		w.Write(xmlBody)
		zw.Close()
		fuzzExtract(t, b.Bytes(), "a.docx", models.KindForm)
		if bytes.HasPrefix(raw, []byte("PK")) {
			fuzzExtract(t, raw, "b.docx", models.KindForm)
		}
	})
}
