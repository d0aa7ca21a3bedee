package extractors

import (
	"context"
	"os"
	"os/exec"
	"testing"

	"classaudit/models"
)

// BenchmarkExtractTextPDF extracts every real text_pdf file once per
// iteration and reports pages per second.
func BenchmarkExtractTextPDF(b *testing.B) {
	files := corpusFiles(b, "text_pdf", ".pdf")
	pages := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range files {
			d := Extract(context.Background(), models.File{DiskPath: p, Kind: models.KindItem}, Options{})
			pages += len(d.Pages)
		}
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkPdftotext runs poppler's pdftotext over the same files, for the
// ratio with BenchmarkExtractTextPDF (process start-up included).
func BenchmarkPdftotext(b *testing.B) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		b.Skip("pdftotext not installed")
	}
	files := corpusFiles(b, "text_pdf", ".pdf")
	pages := 0
	for _, p := range files {
		d := Extract(context.Background(), models.File{DiskPath: p, Kind: models.KindItem}, Options{})
		pages += len(d.Pages)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range files {
			cmd := exec.Command("pdftotext", "-enc", "UTF-8", p, "-")
			cmd.Stdout, cmd.Stderr = nil, nil
			if err := cmd.Run(); err != nil && !os.IsNotExist(err) {
				_ = err // poppler warns on some files; the time still counts
			}
		}
	}
	b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
}
