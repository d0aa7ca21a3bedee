package corpusgen

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"math/rand"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// fixedTime stamps every archive entry and document property, so that the
// same seed gives the same bytes.
var fixedTime = time.Date(2025, 2, 20, 9, 30, 0, 0, time.UTC)

const docxContentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`

const docxRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

// renderDocx writes blocks as a minimal WordprocessingML package: one
// paragraph per title/heading/paragraph, one w:tbl per table.
func renderDocx(blocks []block) ([]byte, error) {
	var body strings.Builder
	esc := func(s string) string {
		var b strings.Builder
		_ = xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	para := func(text string, size int, bold, center bool) {
		body.WriteString("<w:p>")
		if center {
			body.WriteString(`<w:pPr><w:jc w:val="center"/></w:pPr>`)
		}
		body.WriteString("<w:r><w:rPr>")
		if bold {
			body.WriteString("<w:b/>")
		}
		fmt.Fprintf(&body, `<w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>`, size, esc(text))
	}
	for _, b := range blocks {
		switch b.kind {
		case bTitle:
			para(b.text, 36, true, true)
		case bHeading:
			para(b.text, 28, true, false)
		case bPara:
			para(b.text, 24, false, false)
		case bGap:
			body.WriteString("<w:p/>")
		case bBreak:
			body.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
		case bTable:
			body.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>`)
			for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
				fmt.Fprintf(&body, `<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>`, side)
			}
			body.WriteString(`</w:tblBorders></w:tblPr><w:tblGrid>`)
			for _, c := range b.cols {
				fmt.Fprintf(&body, `<w:gridCol w:w="%d"/>`, int(c*9000))
			}
			body.WriteString(`</w:tblGrid>`)
			for _, row := range b.rows {
				body.WriteString("<w:tr>")
				for ci, cell := range row {
					fmt.Fprintf(&body, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>`,
						int(b.cols[ci]*9000), esc(cell))
				}
				body.WriteString("</w:tr>")
			}
			body.WriteString("</w:tbl>")
		}
	}
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() +
		`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1300" w:bottom="1440" w:left="1300" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`
	return zipBytes([][2]string{
		{"[Content_Types].xml", docxContentTypes},
		{"_rels/.rels", docxRels},
		{"word/document.xml", doc},
	})
}

// zipBytes writes entries (name, content) into a zip with fixed times.
func zipBytes(entries [][2]string) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e[0], Method: zip.Deflate, Modified: fixedTime})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(e[1])); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// renderXlsx writes one sheet with rows (the first is the header).
func renderXlsx(sheet string, rows [][]string) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return nil, err
	}
	for r, row := range rows {
		for c, v := range row {
			cell, err := excelize.CoordinatesToCellName(c+1, r+1)
			if err != nil {
				return nil, err
			}
			if err := f.SetCellStr(sheet, cell, v); err != nil {
				return nil, err
			}
		}
	}
	ts := fixedTime.Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{Created: ts, Modified: ts, Creator: "corpusgen"}); err != nil {
		return nil, err
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// renderJPEG draws a small photo-like picture (noise over a gradient).
func renderJPEG(rng *rand.Rand) ([]byte, error) {
	img := image.NewRGBA(image.Rect(0, 0, 160, 120))
	base := uint8(rng.Intn(120))
	for y := 0; y < 120; y++ {
		for x := 0; x < 160; x++ {
			n := uint8(rng.Intn(40))
			img.Set(x, y, color.RGBA{base + uint8(x/2) + n, base + uint8(y) + n, 200 - uint8(x/2), 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 80}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// zipEntry is one member of a school archive.
type zipEntry struct {
	name string // UTF-8 member path
	data []byte
}

// renderGBKZip writes a zip whose member names are GBK bytes without the
// UTF-8 flag, as archivers on Chinese Windows do.
func renderGBKZip(entries []zipEntry) ([]byte, error) {
	enc := simplifiedchinese.GBK.NewEncoder()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	dirs := map[string]bool{}
	for _, e := range entries {
		// directory entries first, as Windows archivers write them
		parts := strings.Split(e.name, "/")
		for i := 1; i < len(parts); i++ {
			dir := strings.Join(parts[:i], "/") + "/"
			if dirs[dir] {
				continue
			}
			dirs[dir] = true
			gb, err := enc.String(dir)
			if err != nil {
				return nil, fmt.Errorf("gbk %q: %w", dir, err)
			}
			if _, err := zw.CreateHeader(&zip.FileHeader{Name: gb, NonUTF8: true, Method: zip.Store, Modified: fixedTime}); err != nil {
				return nil, err
			}
		}
		gb, err := enc.String(e.name)
		if err != nil {
			return nil, fmt.Errorf("gbk %q: %w", e.name, err)
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: gb, NonUTF8: true, Method: zip.Deflate, Modified: fixedTime})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(e.data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
