package extractors

import (
	"os"
	"path/filepath"
	"testing"

	"classaudit/models"
)

func TestDumpProbe(t *testing.T) {
	name := os.Getenv("DUMP")
	if name == "" {
		t.Skip()
	}
	d := extractPath(t, filepath.Join(realDir, "text_pdf", name), models.KindItem)
	for _, p := range d.Pages {
		t.Logf("page %d score=%.2f reason=%s\nTEXT:%q\nLAYER:%q", p.Number, p.TextLayerScore, p.OCRReason, trunc(p.Text), trunc(p.LayerText))
	}
}

func trunc(s string) string {
	r := []rune(s)
	if len(r) > 300 {
		return string(r[:300])
	}
	return s
}
