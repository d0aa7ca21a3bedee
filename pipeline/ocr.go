package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"classaudit/extractors/ocr"
	"classaudit/internal/names"
	"classaudit/models"
)

// OCRReader reads the pages that need OCR with a pool of Tesseract clients.
type OCRReader struct {
	pool *ocr.Pool
}

// NewOCR starts an OCR pool of the given size (one Tesseract client per
// worker). It fails when Tesseract's simplified-Chinese data is missing.
func NewOCR(workers int) (*OCRReader, error) {
	if err := checkTessdata("chi_sim"); err != nil {
		return nil, err
	}
	return &OCRReader{pool: ocr.NewPool(ocr.Config{Workers: workers})}, nil
}

// checkTessdata looks for lang.traineddata where Tesseract looks for it.
func checkTessdata(lang string) error {
	dirs := []string{os.Getenv("TESSDATA_PREFIX")}
	for _, v := range []string{"5", "4.00", "4"} {
		dirs = append(dirs, "/usr/share/tesseract-ocr/"+v+"/tessdata")
	}
	dirs = append(dirs, "/usr/share/tessdata", "/usr/local/share/tessdata")
	for _, d := range dirs {
		if d == "" {
			continue
		}
		if _, err := os.Stat(filepath.Join(d, lang+".traineddata")); err == nil {
			return nil
		}
	}
	return fmt.Errorf("找不到 Tesseract 语言数据 %s.traineddata（请安装 tesseract-ocr-chi-sim）", lang)
}

// Settings identifies the OCR engine and its settings for the cache key.
func (r *OCRReader) Settings() string { return r.pool.Config().Fingerprint() }

// Close stops the OCR workers.
func (r *OCRReader) Close() error {
	r.pool.Close()
	return nil
}

// ReadPages OCRs every page of doc marked NeedsOCR. A page whose image cannot
// be had or read keeps Method none and says why in OCRReason; only a
// cancelled context is returned as an error.
func (r *OCRReader) ReadPages(ctx context.Context, _ int, path string, doc *models.Document) error {
	var want []int
	for i := range doc.Pages {
		if doc.Pages[i].NeedsOCR {
			want = append(want, doc.Pages[i].Number)
		}
	}
	if len(want) == 0 {
		return nil
	}
	imgs, imgErr := ocr.PageImages(ctx, path, want)
	for i := range doc.Pages {
		p := &doc.Pages[i]
		if !p.NeedsOCR {
			continue
		}
		pi, ok := imgs[p.Number]
		if !ok {
			why := "no page image"
			if imgErr != nil {
				why = imgErr.Error()
			}
			p.OCRReason = joinReason(p.OCRReason, "ocr_failed: "+why)
			continue
		}
		res, err := r.pool.Recognize(ctx, pi)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			p.OCRReason = joinReason(p.OCRReason, "ocr_failed: "+err.Error())
			continue
		}
		p.Text = res.Text
		p.Method = models.MethodOCR
		p.Confidence = res.Confidence
		p.DigitConf = res.DigitConf
		p.Seconds += res.Seconds
	}
	return ctx.Err()
}

func joinReason(a, b string) string {
	if a == "" {
		return b
	}
	if strings.Contains(a, b) {
		return a
	}
	return a + "; " + b
}

// rereadDPIs are the resolutions of the second readings of a scanned page
// of items 8, 11, 12 whose first reading named no student surely, tried in
// turn until one does: the scan's own resolution up to 240 dpi (a 200-dpi
// scan is first read scaled up to 300), then 400. Tesseract loses a line
// now at one scale, now at another. Measured on 70 pages of 63 generated
// corpora whose first reading named nobody: 28 then named their student,
// 21 another name (mostly one character off, which matching corrects), 21
// nobody still; at 400 dpi alone 16, 15 and 39.
var rereadDPIs = []float64{240, 400}

// RereadSettings identifies the second readings for the cache key.
func (r *OCRReader) RereadSettings() string {
	return fmt.Sprintf("%s;reread=%v", r.Settings(), rereadDPIs)
}

// RereadNames reads pages (numbers) of doc again at rereadDPIs, until a
// reading names a student surely, and appends the readings' texts to
// Page.Rereads. A page whose image cannot be had, or whose resolution is
// unknown (it could only be read as before), is left as it is; only a
// cancelled context is returned as an error.
func (r *OCRReader) RereadNames(ctx context.Context, path string, doc *models.Document, pages []int) error {
	imgs, _ := ocr.PageImages(ctx, path, pages) // only the pages asked for
	for i := range doc.Pages {
		p := &doc.Pages[i]
		pi, ok := imgs[p.Number]
		if !ok || pi.DPI <= 0 {
			continue
		}
		first := r.pool.Config().ReadDPI(pi.DPI)
		for k, dpi := range rereadDPIs {
			if k == 0 {
				dpi = min(dpi, pi.DPI)
			}
			if dpi > first-1 && dpi < first+1 {
				continue // the first reading's resolution
			}
			res, err := r.pool.RecognizeAt(ctx, pi, dpi)
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				break
			}
			p.Rereads = append(p.Rereads, res.Text)
			p.Seconds += res.Seconds
			if names.SureName(res.Text, nil) {
				break
			}
		}
	}
	return ctx.Err()
}
