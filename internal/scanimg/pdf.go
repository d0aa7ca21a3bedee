package scanimg

import (
	"classaudit/internal/grayimg"

	"bytes"
	"compress/zlib"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
)

// Encoding says how WrapPDF stores page images.
type Encoding int

const (
	// DCT stores a JPEG (DCTDecode), greyscale.
	DCT Encoding = iota
	// FlateGray stores 8-bit greyscale samples (FlateDecode).
	FlateGray
	// FlateBW stores 1-bit black-and-white samples (FlateDecode).
	FlateBW
	// CCITTG4 stores 1-bit samples as CCITT Group 4 fax (CCITTFaxDecode, K −1).
	CCITTG4
)

// String names the encoding as its PDF filter.
func (e Encoding) String() string {
	switch e {
	case DCT:
		return "DCT"
	case FlateGray:
		return "Flate8"
	case FlateBW:
		return "Flate1"
	case CCITTG4:
		return "CCITTG4"
	}
	return fmt.Sprintf("Encoding(%d)", int(e))
}

// PDFOptions control WrapPDF. The zero value stores upright JPEG pages at
// quality 85.
type PDFOptions struct {
	Encoding    Encoding
	JPEGQuality int // if zero, 85
	// Rotate sets the page's /Rotate (0, 90, 180, 270) and stores the image
	// turned the other way, so the page still displays upright, as scanner
	// PDFs with a sideways image do.
	Rotate int
	// Sideways turns the stored image clockwise by this many degrees (0, 90,
	// 180, 270) without compensating: the page displays turned, as a sheet
	// fed into the scanner the wrong way round.
	Sideways int
}

// WrapPDF makes an image-only PDF with one page per image, each page sized
// so the image fills it at dpi.
func WrapPDF(pages []image.Image, dpi int, opt PDFOptions) ([]byte, error) {
	if dpi <= 0 {
		return nil, fmt.Errorf("scanimg: dpi %d", dpi)
	}
	if opt.JPEGQuality <= 0 {
		opt.JPEGQuality = 85
	}
	for _, r := range []int{opt.Rotate, opt.Sideways} {
		if r%90 != 0 || r < 0 || r >= 360 {
			return nil, fmt.Errorf("scanimg: rotation %d is not 0, 90, 180 or 270", r)
		}
	}
	var w pdfWriter
	w.buf.WriteString("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
	// Objects: 1 catalog, 2 pages, then 3 per page (page, content, image).
	n := len(pages)
	kids := &bytes.Buffer{}
	for i := range n {
		fmt.Fprintf(kids, "%d 0 R ", 3+3*i)
	}
	w.object(1, "<< /Type /Catalog /Pages 2 0 R >>", nil)
	w.object(2, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids.String(), n), nil)
	for i, src := range pages {
		g := toGray(src)
		// Turning by Sideways clockwise, then counter-clockwise by Rotate.
		g = grayimg.Rotate90(g, (opt.Sideways-opt.Rotate+360)%360)
		iw, ih := g.Rect.Dx(), g.Rect.Dy()
		wpt := float64(iw) * 72 / float64(dpi)
		hpt := float64(ih) * 72 / float64(dpi)
		pageObj, contentObj, imageObj := 3+3*i, 4+3*i, 5+3*i
		rot := ""
		if opt.Rotate != 0 {
			rot = fmt.Sprintf(" /Rotate %d", opt.Rotate)
		}
		w.object(pageObj, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f]%s /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>",
			wpt, hpt, rot, imageObj, contentObj), nil)
		content := fmt.Sprintf("q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q\n", wpt, hpt)
		w.object(contentObj, fmt.Sprintf("<< /Length %d >>", len(content)), []byte(content))
		dict, data, err := encodeImage(g, opt)
		if err != nil {
			return nil, fmt.Errorf("scanimg: page %d: %w", i+1, err)
		}
		w.object(imageObj, fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d %s /Length %d >>", iw, ih, dict, len(data)), data)
	}
	w.finish(2 + 3*n)
	return w.buf.Bytes(), nil
}

func encodeImage(g *image.Gray, opt PDFOptions) (dict string, data []byte, err error) {
	iw, ih := g.Rect.Dx(), g.Rect.Dy()
	switch opt.Encoding {
	case DCT:
		var b bytes.Buffer
		if err := jpeg.Encode(&b, g, &jpeg.Options{Quality: opt.JPEGQuality}); err != nil {
			return "", nil, err
		}
		return "/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode", b.Bytes(), nil
	case FlateGray:
		raw := make([]byte, 0, iw*ih)
		for y := range ih {
			raw = append(raw, g.Pix[y*g.Stride:y*g.Stride+iw]...)
		}
		return "/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", deflate(raw), nil
	case FlateBW:
		rows := bilevel(g)
		stride := (iw + 7) / 8
		raw := make([]byte, stride*ih)
		for y, row := range rows {
			for x, black := range row {
				if !black { // DeviceGray 1-bit: 1 is white
					raw[y*stride+x/8] |= 0x80 >> (x % 8)
				}
			}
		}
		return "/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode", deflate(raw), nil
	case CCITTG4:
		data := encodeG4(bilevel(g), iw)
		return fmt.Sprintf("/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns %d /Rows %d /BlackIs1 false >>", iw, ih), data, nil
	}
	return "", nil, fmt.Errorf("unknown encoding %d", int(opt.Encoding))
}

func deflate(raw []byte) []byte {
	var b bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&b, zlib.BestSpeed)
	zw.Write(raw)
	zw.Close()
	return b.Bytes()
}

// toGray converts any image to 8-bit grey (a copy when it already is).
func toGray(src image.Image) *image.Gray {
	b := src.Bounds()
	g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(g, g.Rect, src, b.Min, draw.Src)
	return g
}

// pdfWriter writes numbered objects and the cross-reference table.
type pdfWriter struct {
	buf     bytes.Buffer
	offsets map[int]int
}

func (w *pdfWriter) object(num int, dict string, stream []byte) {
	if w.offsets == nil {
		w.offsets = map[int]int{}
	}
	w.offsets[num] = w.buf.Len()
	fmt.Fprintf(&w.buf, "%d 0 obj\n%s\n", num, dict)
	if stream != nil {
		w.buf.WriteString("stream\n")
		w.buf.Write(stream)
		w.buf.WriteString("\nendstream\n")
	}
	w.buf.WriteString("endobj\n")
}

func (w *pdfWriter) finish(maxObj int) {
	xref := w.buf.Len()
	fmt.Fprintf(&w.buf, "xref\n0 %d\n0000000000 65535 f \n", maxObj+1)
	for i := 1; i <= maxObj; i++ {
		fmt.Fprintf(&w.buf, "%010d 00000 n \n", w.offsets[i])
	}
	fmt.Fprintf(&w.buf, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", maxObj+1, xref)
}
