package ocr

import (
	"classaudit/internal/grayimg"

	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/draw"
	_ "image/jpeg" // DCT images
	_ "image/png"  // pdfcpu re-encodes Flate/CCITT images as PNG
	"io"
	"math"
	"os"
	"os/exec"
	"strconv"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	_ "golang.org/x/image/tiff" // pdfcpu writes CMYK images as TIFF
)

// PageImage is a page as an upright greyscale picture, ready for OCR.
type PageImage struct {
	Image *image.Gray
	// DPI is the effective resolution of Image on the page.
	DPI float64
	// Source says where the picture came from: "xobject:<filter>" for an
	// image taken out of the PDF, "render" for a page rendered by pdftoppm.
	Source string
	// Rotation is the clockwise turn (0, 90, 180, 270) applied to the stored
	// image for /Rotate and placement.
	Rotation int
}

// RenderDPI is the resolution at which pages are rendered when their image
// cannot be taken out of the PDF.
const RenderDPI = 300

// minCover is the share of the page an image must cover to be taken as the
// scan of the page; smaller images mean a page of vector text (or a photo on
// a typed page), which is rendered whole instead.
const minCover = 0.6

// pageTimeout bounds work on one page in pdfcpu or pdftoppm.
const pageTimeout = 90 * time.Second

// PageImages returns the pictures of the given 1-based pages of a PDF (all
// pages when pages is empty). A page whose image cannot be taken out (no
// large image, JPX, JBIG2, a decoding error) is rendered with pdftoppm. Per
// page failures are returned joined in the error alongside the pages that
// worked.
func PageImages(ctx context.Context, pdfPath string, pages []int) (map[int]PageImage, error) {
	out := map[int]PageImage{}
	pctx, perr := bounded(ctx, func() (*model.Context, error) { return readPDF(pdfPath) })
	if perr == nil && len(pages) == 0 {
		for i := 1; i <= pctx.PageCount; i++ {
			pages = append(pages, i)
		}
	}
	if perr != nil && len(pages) == 0 {
		return out, fmt.Errorf("ocr: %s: %w", pdfPath, perr)
	}
	var errs []error
	for _, n := range pages {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		if pctx != nil {
			pi, err := bounded(ctx, func() (PageImage, error) { return imageFromXObject(pctx, n) })
			if err == nil {
				out[n] = pi
				continue
			}
			if errors.Is(err, errTimeout) {
				// The stuck call still holds the context: stop using it.
				pctx = nil
			}
		}
		pi, err := RenderPage(ctx, pdfPath, n, RenderDPI)
		if err != nil {
			errs = append(errs, fmt.Errorf("page %d: %w", n, err))
			continue
		}
		out[n] = pi
	}
	return out, errors.Join(errs...)
}

// bounded runs f for at most pageTimeout. pdfcpu cannot be interrupted, so
// on timeout f is left to finish in the background and its result dropped.
func bounded[T any](ctx context.Context, f func() (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	ch := make(chan result, 1)
	go func() {
		v, err := f()
		ch <- result{v, err}
	}()
	timer := time.NewTimer(pageTimeout)
	defer timer.Stop()
	select {
	case r := <-ch:
		return r.v, r.err
	case <-timer.C:
		var zero T
		return zero, errTimeout
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

func readPDF(path string) (ctx *model.Context, err error) {
	defer func() {
		if r := recover(); r != nil {
			ctx, err = nil, fmt.Errorf("pdfcpu panic: %v", r)
		}
	}()
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	conf := model.NewDefaultConfiguration()
	conf.Cmd = model.EXTRACTIMAGES
	conf.ValidationMode = model.ValidationRelaxed
	return api.ReadValidateAndOptimize(f, conf)
}

// errTimeout means pdfcpu took longer than pageTimeout.
var errTimeout = errors.New("pdfcpu timed out")

// errNoScan means the page has no image that can stand for the whole page.
var errNoScan = errors.New("no decodable page-sized image")

// imageFromXObject takes the largest image placed on page n, decodes it and
// turns it upright as the page displays.
func imageFromXObject(ctx *model.Context, n int) (pi PageImage, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pdfcpu panic on page %d: %v", n, r)
		}
	}()
	_, _, attrs, err := ctx.PageDict(n, false)
	if err != nil {
		return pi, err
	}
	if attrs == nil || attrs.MediaBox == nil {
		return pi, errors.New("no MediaBox")
	}
	box := attrs.MediaBox
	if attrs.CropBox != nil {
		box = attrs.CropBox
	}
	pageArea := box.Width() * box.Height()
	var placements map[string]matrix
	if r, err := pdfcpu.ExtractPageContent(ctx, n); err == nil && r != nil {
		if content, err := io.ReadAll(io.LimitReader(r, 8<<20)); err == nil {
			placements = imagePlacements(content)
		}
	}
	imgs, _ := pdfcpu.ExtractPageImages(ctx, n, true)
	type cand struct {
		objNr  int
		width  int
		filter string
		m      matrix
		area   float64
	}
	var best *cand
	for objNr, st := range imgs {
		if st.IsImgMask || st.Thumb || st.Width < 200 || st.Height < 200 {
			continue
		}
		m, placed := placements[st.Name]
		if !placed {
			// Placed inside a form XObject or the content could not be read:
			// assume it fills the page.
			m = matrix{box.Width(), 0, 0, box.Height(), box.LL.X, box.LL.Y}
		}
		area := math.Abs(m[0]*m[3] - m[1]*m[2])
		if best == nil || area > best.area {
			best = &cand{objNr, st.Width, st.Filter, m, area}
		}
	}
	if best == nil || best.area < minCover*pageArea {
		return pi, errNoScan
	}
	var g *image.Gray
	if fg, ok := fastGray(ctx, best.objNr); ok {
		g = fg
	} else if g, err = decodeWithPdfcpu(ctx, n, best.objNr); err != nil {
		return pi, err
	}
	rot, flip := best.m.orientation()
	if flip {
		g = flipVertical(g)
	}
	rotation := (rot + attrs.Rotate%360 + 360) % 360
	g = grayimg.Rotate90(g, rotation)
	// Resolution along the image's own x axis.
	wpt := math.Hypot(best.m[0], best.m[1])
	dpi := float64(best.width) * 72 / wpt
	if best.width == 0 || wpt == 0 {
		dpi = float64(RenderDPI)
	}
	return PageImage{Image: g, DPI: dpi, Source: "xobject:" + best.filter, Rotation: rotation}, nil
}

// decodeWithPdfcpu has pdfcpu decode an image (to JPEG, PNG or TIFF) and
// decodes that.
func decodeWithPdfcpu(ctx *model.Context, n, objNr int) (*image.Gray, error) {
	full, err := pdfcpu.ExtractPageImages(ctx, n, false)
	if err != nil && full == nil {
		return nil, err
	}
	im, ok := full[objNr]
	if !ok || im.Reader == nil {
		return nil, errNoScan
	}
	switch im.FileType {
	case "jpg", "png", "tif", "tiff":
	default: // jpx, jbig2: Go cannot decode them
		return nil, fmt.Errorf("%w: %s image", errNoScan, im.FileType)
	}
	decoded, _, err := image.Decode(bufio.NewReader(im.Reader))
	if err != nil {
		return nil, fmt.Errorf("decode %s image: %w", im.FileType, err)
	}
	return toGray(decoded), nil
}

// RenderPage renders page n (1-based) with poppler's pdftoppm as a greyscale
// picture at dpi.
func RenderPage(ctx context.Context, pdfPath string, n, dpi int) (PageImage, error) {
	ctx, cancel := context.WithTimeout(ctx, pageTimeout)
	defer cancel()
	d := strconv.Itoa(dpi)
	p := strconv.Itoa(n)
	cmd := exec.CommandContext(ctx, "pdftoppm", "-r", d, "-gray", "-f", p, "-l", p, pdfPath)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return PageImage{}, fmt.Errorf("pdftoppm: %w: %s", err, bytes.TrimSpace(stderr.Bytes()))
	}
	g, err := ParsePGM(out)
	if err != nil {
		return PageImage{}, fmt.Errorf("pdftoppm output: %w", err)
	}
	return PageImage{Image: g, DPI: float64(dpi), Source: "render"}, nil
}

// ParsePGM decodes a binary greyscale Netpbm image (P5) with 8-bit samples.
func ParsePGM(data []byte) (*image.Gray, error) {
	if len(data) < 2 || data[0] != 'P' || data[1] != '5' {
		return nil, errors.New("not a binary PGM (P5)")
	}
	pos := 2
	var vals [3]int
	for i := range vals {
		// Skip whitespace and comments.
		for pos < len(data) {
			c := data[pos]
			if c == '#' {
				for pos < len(data) && data[pos] != '\n' {
					pos++
				}
				continue
			}
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				pos++
				continue
			}
			break
		}
		start := pos
		for pos < len(data) && data[pos] >= '0' && data[pos] <= '9' {
			pos++
		}
		if start == pos || pos-start > 9 {
			return nil, errors.New("bad PGM header")
		}
		vals[i], _ = strconv.Atoi(string(data[start:pos]))
	}
	pos++ // the single whitespace after maxval
	w, h, maxv := vals[0], vals[1], vals[2]
	if w <= 0 || h <= 0 || maxv <= 0 || maxv > 255 {
		return nil, fmt.Errorf("unsupported PGM %dx%d maxval %d", w, h, maxv)
	}
	if int64(w)*int64(h) > int64(len(data)-pos+1) || pos+w*h > len(data) {
		return nil, fmt.Errorf("PGM %dx%d truncated", w, h)
	}
	g := image.NewGray(image.Rect(0, 0, w, h))
	copy(g.Pix, data[pos:pos+w*h])
	if maxv != 255 {
		for i, v := range g.Pix {
			g.Pix[i] = uint8(int(v) * 255 / maxv)
		}
	}
	return g, nil
}

// EncodePGM writes g as a binary PGM, the cheapest format Leptonica reads.
func EncodePGM(g *image.Gray) []byte {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	hdr := fmt.Sprintf("P5\n%d %d\n255\n", w, h)
	out := make([]byte, 0, len(hdr)+w*h)
	out = append(out, hdr...)
	for y := range h {
		o := g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y)
		out = append(out, g.Pix[o:o+w]...)
	}
	return out
}

// toGray converts any image to 8-bit grey with its origin at (0, 0).
func toGray(src image.Image) *image.Gray {
	if g, ok := src.(*image.Gray); ok && g.Rect.Min == (image.Point{}) {
		return g
	}
	b := src.Bounds()
	g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(g, g.Rect, src, b.Min, draw.Src)
	return g
}
