package ocr

import (
	"image"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// fastGray decodes the common scanner image formats — DeviceGray samples of
// 1 or 8 bits behind Flate or CCITT — straight from the decoded stream,
// skipping pdfcpu's PNG re-encoding (≈ 10× faster on an A4 page). It
// reports false for anything else, which then goes through pdfcpu.
func fastGray(ctx *model.Context, objNr int) (*image.Gray, bool) {
	io, ok := ctx.Optimize.ImageObjects[objNr]
	if !ok || io == nil || io.ImageDict == nil {
		return nil, false
	}
	sd := io.ImageDict
	if len(sd.FilterPipeline) != 1 {
		return nil, false
	}
	f := sd.FilterPipeline[0].Name
	if f != "FlateDecode" && f != "CCITTFaxDecode" {
		return nil, false
	}
	if _, has := sd.Dict.Find("Decode"); has {
		return nil, false
	}
	if im := sd.BooleanEntry("ImageMask"); im != nil && *im {
		return nil, false
	}
	cs, has := sd.Dict.Find("ColorSpace")
	if has {
		if n, isName := cs.(types.Name); !isName || n != "DeviceGray" {
			return nil, false
		}
	} else if f != "CCITTFaxDecode" {
		return nil, false
	}
	w, h, bpc := sd.IntEntry("Width"), sd.IntEntry("Height"), sd.IntEntry("BitsPerComponent")
	if w == nil || h == nil || *w <= 0 || *h <= 0 || int64(*w)*int64(*h) > 200_000_000 {
		return nil, false
	}
	b := 1
	if bpc != nil {
		b = *bpc
	}
	if f == "FlateDecode" && (b != 1 && b != 8) || f == "CCITTFaxDecode" && b != 1 {
		return nil, false
	}
	// Decode a copy so the stream dict stays as pdfcpu expects it.
	cp := *sd
	if err := cp.Decode(); err != nil {
		return nil, false
	}
	data := cp.Content
	W, H := *w, *h
	g := image.NewGray(image.Rect(0, 0, W, H))
	switch b {
	case 8:
		if len(data) < W*H {
			return nil, false
		}
		copy(g.Pix, data[:W*H])
	case 1:
		stride := (W + 7) / 8
		if len(data) < stride*H {
			return nil, false
		}
		for y := range H {
			row := data[y*stride:]
			out := g.Pix[y*W : y*W+W]
			for x := range out {
				if row[x>>3]&(0x80>>(x&7)) != 0 {
					out[x] = 255 // DeviceGray 1-bit: 1 is white
				}
			}
		}
	}
	return g, true
}
