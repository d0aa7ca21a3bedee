package extractors

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signintech/gopdf"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"classaudit/models"
)

const wenkai = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"

// TestCleanChinesePDF makes a two-page PDF with gopdf (same font resource
// name on both pages) and reads it back.
func TestCleanChinesePDF(t *testing.T) {
	t.Parallel()
	if _, err := os.Stat(wenkai); err != nil {
		t.Skip("LXGW WenKai font not installed")
	}
	pdf := gopdf.GoPdf{}
	pdf.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
	if err := pdf.AddTTFFont("wk", wenkai); err != nil {
		t.Fatal(err)
	}
	pages := [][]string{
		{"学习任务分析", "学生姓名：张伟　班级：电商2101", "工学一体化课程标准，共40课时。"},
		{"第二页：教学活动策划", "获取信息、制定计划、做出决策"},
	}
	for _, lines := range pages {
		pdf.AddPage()
		if err := pdf.SetFont("wk", "", 14); err != nil {
			t.Fatal(err)
		}
		for i, l := range lines {
			pdf.SetXY(50, 60+float64(i)*30)
			if err := pdf.Cell(nil, l); err != nil {
				t.Fatal(err)
			}
		}
	}
	path := filepath.Join(t.TempDir(), "clean.pdf")
	if err := pdf.WritePdf(path); err != nil {
		t.Fatal(err)
	}
	d := extractPath(t, path, models.KindItem)
	if d.Error != "" || len(d.Pages) != 2 || d.Format != FormatPDF {
		t.Fatalf("got %d pages, error %q", len(d.Pages), d.Error)
	}
	for i, lines := range pages {
		pg := d.Pages[i]
		if pg.NeedsOCR || pg.Method != models.MethodText || pg.TextLayerScore < 0.99 {
			t.Errorf("page %d: method %s needsOCR %v score %.2f", i+1, pg.Method, pg.NeedsOCR, pg.TextLayerScore)
		}
		want := strings.Join(lines, "\n")
		if got := pg.Text; got != want {
			t.Errorf("page %d:\n got %q\nwant %q", i+1, got, want)
		}
	}
}

func zipBytes(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	zw.Close()
	return buf.Bytes()
}

const docxBody = `<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>附件2　申报书</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">课堂负责人：</w:t></w:r><w:r><w:t>李明</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>姓名</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>职称</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>王芳</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>讲师</w:t></w:r></w:p><w:p><w:r><w:t>高级</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>班级人数：</w:t></w:r><w:r><w:tab/><w:t>42</w:t></w:r></w:p>
</w:body></w:document>`

func TestOfficeFormats(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	docx := write("申报书.docx", zipBytes(t, map[string]string{"[Content_Types].xml": "<Types/>", "word/document.xml": docxBody}))

	x := excelize.NewFile()
	x.SetSheetRow("Sheet1", "A1", &[]any{"序号", "姓名", "成绩"})
	x.SetSheetRow("Sheet1", "A2", &[]any{1, "张伟", 95})
	x.NewSheet("第二页")
	x.SetSheetRow("第二页", "A1", &[]any{"合计", 42})
	var xb bytes.Buffer
	if err := x.Write(&xb); err != nil {
		t.Fatal(err)
	}
	xlsx := write("花名册.xlsx", xb.Bytes())
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String("姓名,学号\n张伟,01\n李娜,02\n")
	csvGBK := write("名单.csv", []byte(gbk))
	csvUTF8 := write("名单2.csv", []byte("\xEF\xBB\xBF姓名,学号\n张伟,01\n"))
	bomb := write("bomb.docx", zipBytes(t, map[string]string{"word/document.xml": "<w:document>" + strings.Repeat(" ", 1<<20) + "</w:document>"}))
	broken := write("broken.docx", zipBytes(t, map[string]string{"word/document.xml": "<w:document><w:body><w:p><w:t>半截"}))

	cases := []struct {
		name, path string
		kind       models.FileKind
		format     string
		pages      []string
		rule       string
	}{
		{"docx form", docx, models.KindForm, FormatDocx, []string{"附件2　申报书\n课堂负责人：李明\n姓名\t职称\n王芳\t讲师 高级\n班级人数： 42"}, ""},
		{"xlsx roster", xlsx, models.KindRoster, FormatXlsx, []string{"序号\t姓名\t成绩\n1\t张伟\t95", "合计\t42"}, ""},
		{"gbk csv", csvGBK, models.KindRoster, FormatCSV, []string{"姓名\t学号\n张伟\t01\n李娜\t02"}, ""},
		{"utf8 csv", csvUTF8, models.KindRoster, FormatCSV, []string{"姓名\t学号\n张伟\t01"}, ""},
		{"xlsx as summary", xlsx, models.KindSummary, FormatXlsx, nil, ""},
		{"xlsx as form", xlsx, models.KindForm, FormatXlsx, nil, models.RuleFileUnreadable},
		{"broken docx", broken, models.KindForm, FormatDocx, nil, models.RuleFileUnreadable},
		{"large docx body", bomb, models.KindForm, FormatDocx, nil, ""},
	}
	for _, c := range cases {
		d := Extract(context.Background(), models.File{DiskPath: c.path, Kind: c.kind}, Options{})
		if d.Format != c.format || d.ErrorRule != c.rule {
			t.Errorf("%s: format %q rule %q (%s)", c.name, d.Format, d.ErrorRule, d.Error)
			continue
		}
		if c.pages == nil {
			continue
		}
		if len(d.Pages) != len(c.pages) {
			t.Errorf("%s: %d pages, want %d", c.name, len(d.Pages), len(c.pages))
			continue
		}
		for i, want := range c.pages {
			if d.Pages[i].Text != want || d.Pages[i].Method != models.MethodXML {
				t.Errorf("%s page %d:\n got %q\nwant %q", c.name, i+1, d.Pages[i].Text, want)
			}
		}
	}
}

func TestZipBombRefused(t *testing.T) {
	t.Parallel()
	// 300 MB of zeros compress to about 300 KB.
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	zero := make([]byte, 1<<20)
	for i := 0; i < 300; i++ {
		w.Write(zero)
	}
	zw.Close()
	p := filepath.Join(t.TempDir(), "bomb.docx")
	os.WriteFile(p, buf.Bytes(), 0o644)
	d := Extract(context.Background(), models.File{DiskPath: p, Kind: models.KindForm}, Options{})
	if d.ErrorRule != models.RuleFileUnreadable || !strings.Contains(d.Error, "压缩炸弹") {
		t.Errorf("zip bomb: rule %q error %q", d.ErrorRule, d.Error)
	}
}

func TestRealDocxNamedTxt(t *testing.T) {
	t.Parallel()
	path := filepath.Join(realDir, "reuse", "shannonai_src6.docx")
	if _, err := os.Stat(path); err != nil {
		t.Skip("corpus absent")
	}
	d := extractPath(t, path, models.KindForm)
	if d.Format != FormatDocx || d.Error != "" || !strings.Contains(d.Text(), "残疾人") || d.Chars() < 2000 {
		t.Errorf("format %s error %q chars %d", d.Format, d.Error, d.Chars())
	}
}
