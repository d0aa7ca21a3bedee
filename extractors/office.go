package extractors

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"classaudit/models"
)

// maxUnzipBytes caps what is decompressed from one docx/xlsx (zip bombs).
const maxUnzipBytes = 200 << 20

// maxZipEntries caps the entries of one docx/xlsx.
const maxZipEntries = 10000

var errZipBomb = errors.New("压缩内容超过200MB上限，疑似压缩炸弹")

// zipFormat tells docx and xlsx from other zip archives by their entry names.
func zipFormat(r io.ReaderAt, size int64) (format string) {
	defer func() {
		if recover() != nil {
			format = FormatZip
		}
	}()
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return FormatZip
	}
	for _, f := range zr.File {
		switch f.Name {
		case "word/document.xml":
			return FormatDocx
		case "xl/workbook.xml":
			return FormatXlsx
		}
	}
	return FormatZip
}

// checkZip refuses archives whose declared or real decompressed size is too
// large. It returns the zip reader for further use.
func checkZip(data []byte) (*zip.Reader, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("压缩结构已损坏：%v", err)
	}
	if len(zr.File) > maxZipEntries {
		return nil, errZipBomb
	}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > maxUnzipBytes {
			return nil, errZipBomb
		}
	}
	return zr, nil
}

// readZipEntry reads one entry, never more than limit bytes whatever its
// header claims.
func readZipEntry(zr *zip.Reader, name string, limit int64) ([]byte, error) {
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, limit+1))
		if err != nil {
			return nil, err
		}
		if int64(len(b)) > limit {
			return nil, errZipBomb
		}
		return b, nil
	}
	return nil, fmt.Errorf("缺少%s", name)
}

// extractDocx reads word/document.xml: paragraphs become lines, table rows
// become lines with cells separated by tabs.
func extractDocx(d *models.Document, data []byte) {
	zr, err := checkZip(data)
	if err != nil {
		setError(d, models.RuleFileUnreadable, "Word文档无法读取："+err.Error())
		return
	}
	body, err := readZipEntry(zr, "word/document.xml", maxUnzipBytes)
	if err != nil {
		setError(d, models.RuleFileUnreadable, "Word文档无法读取："+err.Error())
		return
	}
	text, err := docxText(body)
	if err != nil {
		setError(d, models.RuleFileUnreadable, "Word文档已损坏："+err.Error())
		return
	}
	d.Pages = []models.Page{xmlPage(1, text)}
}

func xmlPage(n int, text string) models.Page {
	return models.Page{Number: n, Method: models.MethodXML, Text: text, TextLayerScore: TextLayerScore(text)}
}

// docxText walks WordprocessingML. Nested tables are flattened: a cell's
// paragraphs are joined by spaces so a row stays one line.
func docxText(body []byte) (string, error) {
	dec := xml.NewDecoder(bytes.NewReader(body))
	var (
		out      strings.Builder
		para     strings.Builder
		cells    []string // cells of the innermost open row
		rows     [][]string
		inCell   int // depth of open table cells
		inText   bool
		cellText strings.Builder
	)
	flushPara := func() {
		s := para.String()
		para.Reset()
		if inCell > 0 {
			if cellText.Len() > 0 && s != "" {
				cellText.WriteByte(' ')
			}
			cellText.WriteString(s)
			return
		}
		out.WriteString(s)
		out.WriteByte('\n')
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return out.String(), err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				para.WriteByte(' ')
			case "br", "cr":
				if inCell > 0 {
					para.WriteByte(' ')
				} else {
					para.WriteByte('\n')
				}
			case "tr":
				rows = append(rows, cells)
				cells = nil
			case "tc":
				if inCell > 0 { // nested table cell: flatten into the outer cell
					flushPara()
				}
				inCell++
				if inCell == 1 {
					cellText.Reset()
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				flushPara()
			case "tc":
				inCell--
				if inCell == 0 {
					cells = append(cells, strings.TrimSpace(cellText.String()))
					cellText.Reset()
				}
			case "tr":
				if inCell == 0 {
					out.WriteString(strings.Join(cells, "\t"))
					out.WriteByte('\n')
				}
				if n := len(rows); n > 0 {
					cells = rows[n-1]
					rows = rows[:n-1]
				}
			}
		case xml.CharData:
			if inText {
				para.Write(t)
			}
		}
	}
	if para.Len() > 0 {
		flushPara()
	}
	return strings.TrimRight(out.String(), "\n"), nil
}

// extractXlsx reads every sheet: one page per sheet, rows as lines, cells
// separated by tabs.
func extractXlsx(d *models.Document, data []byte) {
	if _, err := checkZip(data); err != nil {
		setError(d, models.RuleFileUnreadable, "Excel表格无法读取："+err.Error())
		return
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxUnzipBytes})
	if err != nil {
		setError(d, models.RuleFileUnreadable, "Excel表格无法读取："+err.Error())
		return
	}
	defer f.Close()
	for i, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			setError(d, models.RuleFileUnreadable, fmt.Sprintf("Excel表格工作表“%s”无法读取：%v", sheet, err))
			return
		}
		var b strings.Builder
		for _, row := range rows {
			b.WriteString(strings.TrimRight(strings.Join(row, "\t"), "\t"))
			b.WriteByte('\n')
		}
		d.Pages = append(d.Pages, xmlPage(i+1, strings.TrimRight(b.String(), "\n")))
	}
	if len(d.Pages) == 0 {
		setError(d, models.RuleFileUnreadable, "Excel表格中没有工作表")
	}
}

// extractCSV reads a UTF-8 or GBK csv file as one page, cells tab-separated.
func extractCSV(d *models.Document, data []byte) {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if !utf8.Valid(data) {
		if u, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data); err == nil {
			data = u
		}
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var b strings.Builder
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			// Not well-formed csv: keep the raw lines rather than nothing.
			d.Pages = []models.Page{xmlPage(1, string(data))}
			return
		}
		b.WriteString(strings.Join(rec, "\t"))
		b.WriteByte('\n')
	}
	d.Pages = []models.Page{xmlPage(1, strings.TrimRight(b.String(), "\n"))}
}
