package pipeline

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"classaudit/models"
)

// fakeRereader reads every page it is asked for as rereadText.
type fakeRereader struct {
	calls [][]int
}

const rereadText = "课后作业\n姓名：郭子婷\n班级：2022级汽车维修2班"

func (f *fakeRereader) RereadNames(_ context.Context, _ string, d *models.Document, pages []int) error {
	f.calls = append(f.calls, pages)
	for i := range d.Pages {
		if slices.Contains(pages, d.Pages[i].Number) {
			d.Pages[i].Rereads = append(d.Pages[i].Rereads, rereadText)
		}
	}
	return nil
}

func (f *fakeRereader) RereadSettings() string { return "fake" }

// TestRereadNames: only scanned pages of a form whose other pages name a
// student, and that name nobody surely, are read a second time, and the
// second readings are cached page by page.
func TestRereadNames(t *testing.T) {
	t.Parallel()
	cache, err := NewCache(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	// One homework sheet per student, its questions printed.
	sheet := func(head string) string {
		return "课后作业\n学习任务：发动机正时皮带更换\n" + head + "\n作业内容\n第1题 说一说正时皮带的检查要点。\n第2题 写出更换正时皮带的步骤。"
	}
	doc := func() *models.Document {
		return &models.Document{SHA256: "abc", Item: 12, Pages: []models.Page{
			{Number: 1, Method: models.MethodOCR, Text: sheet("姓名：刘晓安\n班级：2022级汽车维修2班")}, // named surely
			{Number: 2, Method: models.MethodOCR, Text: sheet("人\n人明")},                  // the name lost
			{Number: 3, Method: models.MethodText, Text: sheet("")},                      // typed: nothing to read again
			{Number: 4, Method: models.MethodOCR, Text: sheet("姓名学号班级\n，雇寡。20220305")},   // garbled
		}}
	}
	rr := &fakeRereader{}
	d := doc()
	rereadNames(context.Background(), rr, cache, "x.pdf", d)
	if len(rr.calls) != 1 || !slices.Equal(rr.calls[0], []int{2, 4}) {
		t.Fatalf("pages read again %v, want [[2 4]]", rr.calls)
	}
	for _, p := range d.Pages {
		if got := len(p.Rereads) > 0; got != (p.Number == 2 || p.Number == 4) {
			t.Errorf("page %d: rereads %q", p.Number, p.Rereads)
		}
	}
	// Kept apart from the files' entries, in reread/.
	if n := countEntries(cache.dir); n != 0 {
		t.Errorf("%d second readings among the files' entries", n)
	}
	if n := countEntries(cache.Sub("reread").dir); n != 2 {
		t.Errorf("%d entries in reread/, want 2 (pages 2 and 4)", n)
	}
	// Again, from the cache: no second reading is made twice.
	d = doc()
	rereadNames(context.Background(), rr, cache, "x.pdf", d)
	if len(rr.calls) != 1 {
		t.Errorf("read again with the rereads cached: %v", rr.calls)
	}
	if len(d.Pages[1].Rereads) != 1 || d.Pages[1].Rereads[0] != rereadText {
		t.Errorf("cached rereads of page 2: %q", d.Pages[1].Rereads)
	}
}

// noImage reads no page: their images could not be had.
type noImage struct{ fakeRereader }

func (f *noImage) RereadNames(_ context.Context, _ string, _ *models.Document, pages []int) error {
	f.calls = append(f.calls, pages)
	return nil
}

// TestRereadNamesNothingRead: a page that could not be read again is not
// tried again at the next sweep.
func TestRereadNamesNothingRead(t *testing.T) {
	t.Parallel()
	cache, err := NewCache(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	rr := &noImage{}
	for range 2 {
		sheet := "工作页\n学习任务：发动机正时皮带更换\n人\n学习活动1 获取信息\n1. 正时皮带的作用是什么？"
		d := &models.Document{SHA256: "abc", Item: 8, Pages: []models.Page{{Number: 1, Method: models.MethodOCR, Text: sheet}, {Number: 2, Method: models.MethodOCR, Text: sheet}}}
		rereadNames(context.Background(), rr, cache, "x.pdf", d)
		if len(d.Pages[0].Rereads) != 0 {
			t.Errorf("rereads %q", d.Pages[0].Rereads)
		}
	}
	if len(rr.calls) != 1 {
		t.Errorf("asked %d times for a page it could not read, want once: %v", len(rr.calls), rr.calls)
	}
}

// fakeOCR is an OCR reader that reads nothing at first and rereads pages
// as fakeRereader does.
type fakeOCR struct{ fakeRereader }

func (f *fakeOCR) ReadPages(context.Context, int, string, *models.Document) error { return nil }
func (f *fakeOCR) Settings() string                                               { return "fake" }

// TestRereadStrangers: once every file is extracted, a scanned page of
// items 8, 11, 12 is read a second time when its first reading names
// surely only a stranger: no one of item 10's class, and no one another
// item names. Students of the class, and a stranger in two items, are not.
func TestRereadStrangers(t *testing.T) {
	t.Parallel()
	cache, err := NewCache(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	page := func(name string) string { return "课后作业\n姓名：" + name + "\n作业内容" }
	doc := func(item int, sha string, text ...string) *models.Document {
		d := &models.Document{SHA256: sha, Kind: models.KindItem, Item: item}
		for i, x := range text {
			d.Pages = append(d.Pages, models.Page{Number: i + 1, Method: models.MethodOCR, Text: x})
		}
		return d
	}
	records := doc(10, "r", "学习任务考核记录\n序号 姓名 过程考核(满分60) 终结考核(满分40) 总分\n1 宁靖 42 25 67\n2 麦宇 47 26 73\n3 黄思程 53 34 87\n4 马飞 42 26 68")
	sub := func(withRecords bool) *models.Submission {
		s := &models.Submission{Documents: []*models.Document{
			doc(8, "a", page("宁靖"), page("麦宇"), page("龙洋")),
			doc(11, "b", page("宁靖"), page("麦宇"), page("龙洋")),
			doc(12, "c", page("宁靖"), page("麦宇"), page("谢拓")),
		}}
		if withRecords {
			s.Documents = append(s.Documents, records)
		}
		s.Files = make([]models.File, len(s.Documents))
		return s
	}
	ocr := &fakeOCR{}
	s := sub(true)
	if err := rereadStrangers(context.Background(), Config{OCR: ocr, Workers: 2}, cache, []*models.Submission{s}); err != nil {
		t.Fatal(err)
	}
	if len(ocr.calls) != 1 || !slices.Equal(ocr.calls[0], []int{3}) {
		t.Fatalf("pages read again %v, want [[3]] (item 12's 谢拓)", ocr.calls)
	}
	if got := s.Documents[2].Pages[2].Rereads; len(got) != 1 {
		t.Errorf("item 12 page 3: rereads %q", got)
	}
	// No class list: nobody is a stranger.
	ocr = &fakeOCR{}
	if err := rereadStrangers(context.Background(), Config{OCR: ocr, Workers: 2}, cache, []*models.Submission{sub(false)}); err != nil {
		t.Fatal(err)
	}
	if len(ocr.calls) != 0 {
		t.Errorf("read again without a class list: %v", ocr.calls)
	}
}

// TestRereadLadder: a 200-dpi scan (first read at 300) is read again at
// 200, 240, 240 as scanned, 400; a 300-dpi one at 240, 240 as scanned,
// 400; a 400-dpi one without the 400.
func TestRereadLadder(t *testing.T) {
	t.Parallel()
	str := func(l []rereading) string {
		var out []string
		for _, r := range l {
			s := fmt.Sprint(r.dpi)
			if r.straight {
				s += "s"
			}
			out = append(out, s)
		}
		return strings.Join(out, " ")
	}
	for _, c := range []struct {
		dpi, first float64
		want       string
	}{
		{200, 300, "200 240 240s 400"},
		{300, 300, "240 240s 400"},
		{250, 250, "240 240s 400"},
		{400, 400, "240 240s"},
	} {
		if got := str(rereadLadder(c.dpi, c.first)); got != c.want {
			t.Errorf("scan at %v, first read at %v: %q, want %q", c.dpi, c.first, got, c.want)
		}
	}
}

// TestNamePages: a worksheet of two printed pages per student names its
// student on the first; its second pages, which name nobody for any
// student, are not where a lost name is looked for. When no page of an
// item names anyone, every form page is.
func TestNamePages(t *testing.T) {
	t.Parallel()
	first := func(name string) string {
		return "工作页\n学习任务：交换机VLAN划分与配置\n学生姓名：" + name + "\n学习活动1 获取信息\n1. 交换机的作用是什么？\n答：连接终端。"
	}
	second := "学习活动2 制定计划\n1. 列出所需设备和工具。\n2. 写出配置步骤。\n答：先规划后配置。"
	lost := "工作页\n学习任务：交换机VLAN划分与配置\n学生姓名：\n学习活动1 获取信息\n1. 交换机的作用是什么？\n答：连接终端。"
	pages := []string{first("韦丽"), second, first("陈杰"), second, lost, second}
	got := namePages(pages)
	for p := 1; p <= 6; p++ {
		if want := p%2 == 1; got[p] != want {
			t.Errorf("page %d: looked at %v, want %v", p, got[p], want)
		}
	}
	none := namePages([]string{lost, second, lost, second})
	if !none[1] || !none[2] || !none[3] || !none[4] {
		t.Errorf("no page named: %v, want every form page", none)
	}
}
