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
		p.DigitConf, p.DigitWords = res.DigitConf, res.DigitWords
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
// of items 8, 11, 12 whose first reading named no student surely (or only
// a stranger, see rereadStrangers), tried in turn until one names a
// student surely (rereadLadder): the scan's own resolution when it is
// below the first of them (a 200-dpi scan is first read scaled up to
// 300), then 240, then 240 again without deskewing the page when the
// reading before turned it, then 400; a resolution the page was first
// read at is skipped. Tesseract loses a line now at one scale, now at
// another, and now and then on a page deskewing turned by a degree. On 82
// pages of 63 generated corpora whose first reading named nobody (or the
// wrong student, on a missed defect), 44 then named their student, 17 a
// name no class member's (one character off, mostly, which matching
// corrects) and 21 nobody; with the ladder before (the scan's own
// resolution up to 240, then 400) 38, 15 and 29. No reading named
// another class member.
var rereadDPIs = []float64{240, 400}

// RereadSettings identifies the second readings for the cache key.
func (r *OCRReader) RereadSettings() string {
	return fmt.Sprintf("%s;reread=own<%v,%v,straight@%v/once", r.Settings(), rereadDPIs[0], rereadDPIs, rereadDPIs[0])
}

// rereading is one step of the ladder: a resolution, and whether the page
// is read without deskewing.
type rereading struct {
	dpi      float64
	straight bool
}

// rereadLadder is the readings a page scanned at dpi and first read at
// first is read again with, in turn (rereadDPIs).
func rereadLadder(dpi, first float64) []rereading {
	var all []rereading
	if dpi < rereadDPIs[0] {
		all = append(all, rereading{dpi: dpi})
	}
	all = append(all, rereading{dpi: rereadDPIs[0]}, rereading{dpi: rereadDPIs[0], straight: true})
	for _, d := range rereadDPIs[1:] {
		all = append(all, rereading{dpi: d})
	}
	var out []rereading
	for _, r := range all {
		if r.dpi < first-1 || r.dpi > first+1 {
			out = append(out, r)
		}
	}
	return out
}

// RereadNames reads pages (numbers) of doc again along their rereadLadder,
// until a reading names a student surely, and appends the readings' texts
// to Page.Rereads. A reading without deskewing is skipped when the one
// before did not turn the page either. A page whose image cannot be had,
// or whose resolution is unknown (it could only be read as before), is
// left as it is; only a cancelled context is returned as an error.
func (r *OCRReader) RereadNames(ctx context.Context, path string, doc *models.Document, pages []int) error {
	imgs, _ := ocr.PageImages(ctx, path, pages) // only the pages asked for
	for i := range doc.Pages {
		p := &doc.Pages[i]
		pi, ok := imgs[p.Number]
		if !ok || pi.DPI <= 0 {
			continue
		}
		turned, rot := true, 0
		for _, step := range rereadLadder(pi.DPI, r.pool.Config().ReadDPI(pi.DPI)) {
			var res ocr.Result
			var err error
			switch {
			case step.straight && !turned:
				continue // the reading before was of the page as scanned
			case step.straight:
				res, err = r.pool.RecognizeStraight(ctx, pi, step.dpi, rot)
			default:
				res, err = r.pool.RecognizeAt(ctx, pi, step.dpi)
				turned, rot = res.Deskewed(), res.Rotation
			}
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
