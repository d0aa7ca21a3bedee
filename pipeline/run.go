package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"time"

	"golang.org/x/sync/errgroup"

	"classaudit/checks"
	"classaudit/extractors"
	"classaudit/internal/names"
	"classaudit/models"
)

// Config says what a sweep reads, where it writes and how hard it works.
// Zero values mean the documented defaults.
type Config struct {
	Root string // the sweep root: one folder (or zip) per school
	Out  string // output folder for Parquet tables and reports
	// CacheDir holds the extraction cache. If empty, <Out>/.cache is used;
	// NoCache turns caching off.
	CacheDir string
	NoCache  bool
	// Workers is how many files are extracted at once. If zero, one per core.
	Workers int
	// FileTimeout bounds one file's text extraction. If zero, 60 s.
	FileTimeout time.Duration
	// OCR reads pages without a usable text layer; nil leaves them unread
	// (they are still counted in the pages table).
	OCR PageReader
	// Checks configures the checks (template threshold, reference texts).
	Checks checks.Config
	// Progress receives events for the terminal display; nil is silent.
	Progress Progress
	// Now stamps the run; if nil, time.Now.
	Now func() time.Time
}

// PageReader fills in the pages of a document that need OCR, in place.
// One call per document; worker is the calling worker's index (0..Workers-1)
// so an implementation can keep one OCR client per worker.
type PageReader interface {
	ReadPages(ctx context.Context, worker int, path string, doc *models.Document) error
	// Settings identifies the OCR engine and its settings for the cache key.
	Settings() string
}

// NameRereader is a PageReader that can also read scanned pages a second
// time, at other resolutions, for the students' names (see rereadNames).
type NameRereader interface {
	RereadNames(ctx context.Context, path string, doc *models.Document, pages []int) error
	// RereadSettings identifies the second readings for the cache key.
	RereadSettings() string
}

// Progress receives a sweep's events. Calls come from several goroutines.
type Progress interface {
	Phase(name string)
	Discovered(submissions, files int)
	FileDone(doc *models.Document)
}

// Result is what a sweep produced.
type Result struct {
	Schools     []*models.School
	Submissions []*models.Submission
	Checks      checks.Result
	Tables      []string // paths of the Parquet files written
	ReportIndex string   // path of report/index.html, "" if none was written
	Stats       Stats
}

// Stats counts a sweep's work.
type Stats struct {
	Files, Pages, PagesOCRed, CachedFiles int
	Elapsed                               time.Duration
}

// Run performs one sweep. Per-file problems become findings; an error means
// the run itself failed (root unreadable, output not writable, cancelled).
func Run(ctx context.Context, cfg Config) (*Result, error) {
	start := time.Now()
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	sweptAt := now()
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.NumCPU()
	}
	prog := cfg.Progress
	if prog == nil {
		prog = silent{}
	}
	cacheDir := cfg.CacheDir
	switch {
	case cfg.NoCache:
		cacheDir = ""
	case cacheDir == "":
		cacheDir = filepath.Join(cfg.Out, ".cache")
	}
	cache, err := NewCache(cacheDir)
	if err != nil {
		return nil, err
	}
	tmp, err := newUnpackDir(os.TempDir())
	if err != nil {
		return nil, fmt.Errorf("create temporary folder: %w", err)
	}
	defer os.RemoveAll(tmp)

	prog.Phase("discover")
	disc, err := Discover(ctx, cfg.Root, DiscoverOptions{TempDir: tmp})
	if err != nil {
		return nil, err
	}
	nfiles := 0
	for _, s := range disc.Submissions {
		nfiles += len(s.Files)
	}
	prog.Discovered(len(disc.Submissions), nfiles)

	prog.Phase("extract")
	if err := extractAll(ctx, cfg, cache, disc.Submissions, prog); err != nil {
		return nil, err
	}
	prog.Phase("reread")
	if err := rereadStrangers(ctx, cfg, cache, disc.Submissions); err != nil {
		return nil, err
	}
	prog.Phase("check")
	for _, s := range disc.Submissions {
		readForm(s)
		adoptRoster(s)
	}
	pass := &checks.Pass{Schools: disc.Schools, Submissions: disc.Submissions, Config: cfg.Checks}
	pass.Report(disc.Findings...)
	res := checks.Run(pass)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	prog.Phase("write")
	tables, err := writeTables(cfg.Out, disc.Submissions, res, sweptAt)
	if err != nil {
		return nil, err
	}
	out := &Result{Schools: disc.Schools, Submissions: disc.Submissions, Checks: res, Tables: tables}
	out.ReportIndex, err = writeReports(cfg, out, sweptAt)
	if err != nil {
		return nil, err
	}
	for _, s := range disc.Submissions {
		for _, d := range s.Documents {
			out.Stats.Files++
			out.Stats.Pages += len(d.Pages)
			out.Stats.PagesOCRed += d.PagesOCRed()
			if d.Cached {
				out.Stats.CachedFiles++
			}
		}
	}
	out.Stats.Elapsed = time.Since(start)
	return out, nil
}

// fileJob is one file to extract, with where its document goes.
type fileJob struct {
	sub *models.Submission
	idx int
}

// extractAll extracts every file on cfg.Workers workers. A file's failure is
// recorded on its document; only cancellation stops the stage.
func extractAll(ctx context.Context, cfg Config, cache *Cache, subs []*models.Submission, prog Progress) error {
	for _, s := range subs {
		s.Documents = make([]*models.Document, len(s.Files))
	}
	g, gctx := errgroup.WithContext(ctx)
	jobs := make(chan fileJob)
	g.Go(func() error {
		defer close(jobs)
		for _, s := range subs {
			for i := range s.Files {
				select {
				case jobs <- fileJob{s, i}:
				case <-gctx.Done():
					return gctx.Err()
				}
			}
		}
		return nil
	})
	opts := extractors.Options{Timeout: cfg.FileTimeout}
	settings := extractSettings(cfg)
	for w := 0; w < cfg.Workers; w++ {
		g.Go(func() error {
			for j := range jobs {
				d := extractFile(gctx, w, cfg, cache, settings, opts, j.sub.Files[j.idx])
				j.sub.Documents[j.idx] = d
				prog.FileDone(d)
				if err := gctx.Err(); err != nil {
					return err
				}
			}
			return nil
		})
	}
	return g.Wait()
}

// extractSettings is the part of the cache key that says how files are read.
func extractSettings(cfg Config) string {
	s := "extract=" + extractors.Version
	if cfg.OCR != nil {
		s += ";ocr=" + cfg.OCR.Settings()
	}
	return s
}

// extractFile reads one file (readFile) and gives the pages of a student
// item whose students OCR did not name a second reading (rereadNames).
func extractFile(ctx context.Context, worker int, cfg Config, cache *Cache, settings string, opts extractors.Options, f models.File) *models.Document {
	d := readFile(ctx, worker, cfg, cache, settings, opts, f)
	if rr, ok := cfg.OCR.(NameRereader); ok && f.Kind == models.KindItem && slices.Contains(models.StudentItems, f.Item) && ctx.Err() == nil {
		rereadNames(ctx, rr, cache, f.DiskPath, d)
	}
	return d
}

// rereadNames gives a second reading (NameRereader) to the scanned pages
// of a student item (8, 11, 12) whose reading names no student surely,
// where a name is looked for (namePages).
func rereadNames(ctx context.Context, rr NameRereader, cache *Cache, path string, d *models.Document) {
	want := namePages(d.PageTexts())
	rereadPages(ctx, rr, cache, path, d, func(p *models.Page) bool { return want[p.Number] && !names.SureName(p.Text, nil) })
}

// namePages lists the pages of an item (numbers from 1) where a student's
// name is looked for: the pages of a printed form (names.Forms) another
// page of which names a student surely, or, when no page of the item does,
// of any form. A worksheet's second page is a form of its own, with no
// name on it for any student: reading it again would find none either.
func namePages(texts []string) map[int]bool {
	sure := make([]bool, len(texts))
	anyone := false
	for i, t := range texts {
		sure[i] = names.SureName(t, nil)
		anyone = anyone || sure[i]
	}
	out := map[int]bool{}
	for _, g := range names.Forms(texts) {
		named := !anyone
		for _, p := range g {
			named = named || sure[p-1]
		}
		for _, p := range g {
			out[p] = out[p] || named
		}
	}
	return out
}

// rereadPages gives the scanned pages of d that want says so a second
// reading, cached page by page in the cache's subfolder reread, so that
// what counts as sure may change without a page being read again. The
// cached readings of a page are the same whichever test asked for them.
func rereadPages(ctx context.Context, rr NameRereader, cache *Cache, path string, d *models.Document, want func(*models.Page) bool) {
	if d.SHA256 == "" || d.ErrorRule != "" {
		return
	}
	settings := rr.RereadSettings()
	cache = cache.Sub("reread")
	key := func(n int) string { return cacheKey(fmt.Sprintf("%s#%d", d.SHA256, n), "reread", settings) }
	var todo []int
	for i := range d.Pages {
		p := &d.Pages[i]
		if p.Method != models.MethodOCR || len(p.Rereads) > 0 || !want(p) {
			continue
		}
		var c models.Document
		if cache.Get(key(p.Number), &c) && len(c.Pages) == 1 {
			p.Rereads = c.Pages[0].Rereads
			continue
		}
		todo = append(todo, p.Number)
	}
	if len(todo) == 0 {
		return
	}
	if err := rr.RereadNames(ctx, path, d, todo); err != nil {
		return // cancelled: nothing is cached
	}
	// Pages not read again (no image, no resolution) are cached too, with
	// no reading: their images are not taken out of the PDF at every sweep.
	for i := range d.Pages {
		p := &d.Pages[i]
		if slices.Contains(todo, p.Number) {
			c := models.Document{Pages: []models.Page{{Number: p.Number, Rereads: p.Rereads}}}
			if err := cache.Put(key(p.Number), &c); err != nil {
				fmt.Fprintf(os.Stderr, "classaudit: 缓存写入失败（不影响结果）：%v\n", err)
			}
		}
	}
}

// readFile reads one file: from the cache when its content was read
// before with the same settings, else with the extractors and OCR.
func readFile(ctx context.Context, worker int, cfg Config, cache *Cache, settings string, opts extractors.Options, f models.File) *models.Document {
	sha, err := hashFile(f.DiskPath)
	if err == nil {
		d := &models.Document{SubmissionID: f.SubmissionID, School: f.School, RelPath: f.RelPath, Kind: f.Kind, Item: f.Item, SHA256: sha}
		key := cacheKey(sha, f.Kind, settings)
		if cache.Get(key, d) {
			return d
		}
	}
	d := extractors.Extract(ctx, f, opts)
	if cfg.OCR != nil && d.ErrorRule == "" && needsOCR(d) {
		if err := cfg.OCR.ReadPages(ctx, worker, f.DiskPath, d); err != nil && !errors.Is(err, context.Canceled) {
			d.Error = "OCR: " + err.Error()
		}
	}
	if ctx.Err() != nil {
		return d // never cache what a cancellation cut short
	}
	if d.SHA256 != "" {
		if err := cache.Put(cacheKey(d.SHA256, f.Kind, settings), d); err != nil {
			fmt.Fprintf(os.Stderr, "classaudit: 缓存写入失败（不影响结果）：%v\n", err)
		}
	}
	return d
}

func needsOCR(d *models.Document) bool {
	for i := range d.Pages {
		if d.Pages[i].NeedsOCR {
			return true
		}
	}
	return false
}

type silent struct{}

func (silent) Phase(string)              {}
func (silent) Discovered(int, int)       {}
func (silent) FileDone(*models.Document) {}

// ExtractOne reads one file as a sweep would: from the cache at cacheDir
// when its content was read before with the same settings ("" reads it
// afresh and caches nothing), else with the extractors and cfg.OCR.
func ExtractOne(ctx context.Context, cfg Config, cacheDir string, f models.File) (*models.Document, error) {
	cache, err := NewCache(cacheDir)
	if err != nil {
		return nil, err
	}
	return extractFile(ctx, 0, cfg, cache, extractSettings(cfg), extractors.Options{Timeout: cfg.FileTimeout}, f), nil
}
