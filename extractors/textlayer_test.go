package extractors

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"classaudit/models"
)

// pdfWithObjects writes a PDF of the given objects (numbered from 1, the
// first the catalog) with a correct cross-reference table.
func pdfWithObjects(t *testing.T, objs ...string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	path := filepath.Join(t.TempDir(), "t.pdf")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestCode32NotASpace: a font whose code 32 draws a digit (a subset font
// numbers its glyphs as it likes: LibreOffice's gave 32 to "8") keeps the
// spaces that the gaps between table cells make ("习丽萍 88 92 81 85.3",
// not "习丽萍88 928185.3": heldout5 lost records so).
func TestCode32NotASpace(t *testing.T) {
	t.Parallel()
	// Cells at x = 100, 200, 300: "88", "92", "8" with 8 drawn by code 32.
	content := "BT /F1 12 Tf 100 700 Td (  ) Tj 100 0 Td (92) Tj 100 0 Td ( ) Tj ET"
	path := pdfWithObjects(t,
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [32 /eight] >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
	)
	d := extractPath(t, path, models.KindItem)
	if len(d.Pages) != 1 {
		t.Fatalf("%d pages (%s)", len(d.Pages), d.Error)
	}
	text := d.Pages[0].Text + d.Pages[0].LayerText
	if !strings.Contains(text, "88 92 8") {
		t.Errorf("text %q, want the cells apart: 88 92 8", text)
	}
}
