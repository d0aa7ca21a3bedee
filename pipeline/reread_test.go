package pipeline

import (
	"context"
	"slices"
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

// TestRereadNames: only scanned pages that name nobody surely are read a
// second time, and the second readings are cached page by page.
func TestRereadNames(t *testing.T) {
	t.Parallel()
	cache, err := NewCache(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	doc := func() *models.Document {
		return &models.Document{SHA256: "abc", Item: 12, Pages: []models.Page{
			{Number: 1, Method: models.MethodOCR, Text: "课后作业\n姓名：刘晓安\n班级：2022级汽车维修2班"}, // named surely
			{Number: 2, Method: models.MethodOCR, Text: "课后作业\n人\n人明\n作业内容"},            // the name lost
			{Number: 3, Method: models.MethodText, Text: "课后作业\n作业内容"},                  // typed: nothing to read again
			{Number: 4, Method: models.MethodOCR, Text: "姓名学号班级\n，雇寡。20220305"},         // garbled
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
		d := &models.Document{SHA256: "abc", Item: 8, Pages: []models.Page{{Number: 1, Method: models.MethodOCR, Text: "工作页\n人\n作业内容"}}}
		rereadNames(context.Background(), rr, cache, "x.pdf", d)
		if len(d.Pages[0].Rereads) != 0 {
			t.Errorf("rereads %q", d.Pages[0].Rereads)
		}
	}
	if len(rr.calls) != 1 {
		t.Errorf("asked %d times for a page it could not read, want once: %v", len(rr.calls), rr.calls)
	}
}
