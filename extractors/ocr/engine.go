package ocr

import (
	"classaudit/internal/grayimg"
	"classaudit/models"
	"math"

	"cmp"
	"context"
	"errors"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/otiai10/gosseract/v2"
)

// Version identifies the OCR pipeline (image extraction, preprocessing,
// Tesseract call, text clean-up). Bump it whenever a change can alter the
// text produced, so cached results are redone. (ocr/12 named an attempt
// that was reverted, ocr/14 one never released; their caches may
// linger.)
const Version = "ocr/27"

// Config sets up a Pool. The zero value OCRs simplified Chinese on all cores
// with every preprocessing step on.
type Config struct {
	// Languages for Tesseract; if empty, chi_sim.
	Languages []string
	// Workers is the number of Tesseract clients working at once; if zero,
	// runtime.NumCPU().
	Workers int
	// RecycleAfter closes and recreates a client after this many pages,
	// because clients leak memory; if zero, 50.
	RecycleAfter int
	// PageSegMode is Tesseract's page segmentation mode; if zero, 6 (one
	// uniform block: reads table rows across, and measured better than 3 on
	// scanned worksheets, 0.959 vs 0.946 mean accuracy).
	PageSegMode int
	// MinDPI: scans below it are scaled up to TargetDPI; if zero, 250.
	MinDPI float64
	// TargetDPI for upscaling; if zero, 300.
	TargetDPI float64
	// MaxDPI: scans above it are scaled down to TargetDPI; if zero, never.
	MaxDPI float64
	// NoDeskew, NoUpscale and NoOrientation turn preprocessing steps off,
	// NoDigitCheck the second reading of unsure numbers, KeepRules the
	// removal of table rules, NoFlatten the paper's greys made white (for
	// measurements).
	NoDeskew, NoUpscale, NoOrientation, NoDigitCheck, KeepRules, NoFlatten bool
}

func (c Config) withDefaults() Config {
	if len(c.Languages) == 0 {
		c.Languages = []string{"chi_sim"}
	}
	if c.Workers <= 0 {
		c.Workers = runtime.NumCPU()
	}
	if c.RecycleAfter <= 0 {
		c.RecycleAfter = 50
	}
	if c.PageSegMode <= 0 {
		c.PageSegMode = int(gosseract.PSM_SINGLE_BLOCK)
	}
	if c.MinDPI <= 0 {
		c.MinDPI = 250
	}
	if c.TargetDPI <= 0 {
		c.TargetDPI = 300
	}
	return c
}

// ReadDPI is the resolution a page scanned at dpi is read at: scaled up to
// TargetDPI below MinDPI, down to it above MaxDPI, else as scanned (0 when
// unknown).
func (c Config) ReadDPI(dpi float64) float64 {
	c = c.withDefaults()
	switch {
	case dpi <= 0:
		return 0
	case !c.NoUpscale && dpi < c.MinDPI:
		return c.TargetDPI
	case c.MaxDPI > 0 && dpi > c.MaxDPI:
		return c.TargetDPI
	}
	return dpi
}

// Fingerprint is Version plus every setting that changes the text
// produced (not the worker count), for cache keys.
func (c Config) Fingerprint() string {
	c = c.withDefaults()
	return fmt.Sprintf("%s;tess=%s;lang=%s;psm=%d;min=%g;target=%g;max=%g;deskew=%t;upscale=%t;orient=%t;digits=%t;rules=%t;flatten=%t",
		Version, gosseract.Version(), modelIDs(c.Languages), c.PageSegMode,
		c.MinDPI, c.TargetDPI, c.MaxDPI, !c.NoDeskew, !c.NoUpscale, !c.NoOrientation, !c.NoDigitCheck, !c.KeepRules, !c.NoFlatten)
}

// modelIDs names each language with the size of its traineddata file, so a
// changed model (Debian's fast chi_sim for the best one, say) changes the
// fingerprint.
func modelIDs(langs []string) string {
	dir := os.Getenv("TESSDATA_PREFIX")
	if dir == "" {
		dir = "/usr/share/tesseract-ocr/5/tessdata"
	}
	ids := make([]string, len(langs))
	for i, l := range langs {
		ids[i] = l
		if st, err := os.Stat(filepath.Join(dir, l+".traineddata")); err == nil {
			ids[i] += ":" + strconv.FormatInt(st.Size(), 10)
		}
	}
	return strings.Join(ids, "+")
}

// Result is what OCR read from one page.
type Result struct {
	Text       string
	Confidence float64 // mean word confidence 0–100, weighted by characters
	// DigitConf holds, per line of Text, the lowest confidence (0–100) of
	// a word with a digit in it; 100 on a line without digits. A number
	// read at low confidence may be misread (a table's "6" for 20).
	DigitConf []int
	// DigitWords holds, per line of Text, its words with a digit in them
	// and their confidences, in reading order: which of a row's numbers
	// OCR was unsure of, where DigitConf tells only that one was.
	DigitWords [][]models.DigitWord
	Seconds    float64 // wall time for preprocessing and OCR
	Rotation   int     // clockwise turn applied to make the page upright
	Skew       float64 // degrees of skew found (and removed when ≥ 0.3)
	DPI        float64 // resolution the page was OCRed at (0 when unknown)
}

// ReexecWithThreadLimit restarts the running program with OMP_THREAD_LIMIT=1
// when that variable is unset. Tesseract reads it when the process starts;
// without it OpenMP threads of parallel OCR workers fight and a page takes
// five times longer. Call it first thing in main; it returns only when no
// restart was needed or the restart failed.
func ReexecWithThreadLimit() error {
	if _, ok := os.LookupEnv("OMP_THREAD_LIMIT"); ok {
		return nil
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("ocr: re-exec with OMP_THREAD_LIMIT=1: %w", err)
	}
	env := append(os.Environ(), "OMP_THREAD_LIMIT=1")
	err = syscall.Exec(exe, os.Args, env)
	return fmt.Errorf("ocr: re-exec with OMP_THREAD_LIMIT=1: %w", err)
}

// Pool runs OCR on a fixed number of workers, each with its own Tesseract
// client (gosseract clients are not safe for concurrent use). It is safe for
// concurrent use; Close it when done.
type Pool struct {
	cfg  Config
	jobs chan job
	wg   sync.WaitGroup
	once sync.Once
}

type job struct {
	ctx      context.Context
	page     PageImage
	at       float64 // resolution to read the page at; 0: the Config's
	straight bool    // not deskewed, whatever the Config says, and read once turned by turn
	turn     int
	out      chan<- jobResult
}

type jobResult struct {
	res Result
	err error
}

// NewPool starts cfg.Workers OCR workers.
func NewPool(cfg Config) *Pool {
	cfg = cfg.withDefaults()
	p := &Pool{cfg: cfg, jobs: make(chan job)}
	for range cfg.Workers {
		p.wg.Add(1)
		go p.work()
	}
	return p
}

// Config returns the pool's settings with defaults filled in.
func (p *Pool) Config() Config { return p.cfg }

// Close stops the workers after the pages in progress.
func (p *Pool) Close() {
	p.once.Do(func() { close(p.jobs) })
	p.wg.Wait()
}

// Recognize OCRs one page picture. It blocks until a worker is free and the
// page is done, or ctx ends.
func (p *Pool) Recognize(ctx context.Context, page PageImage) (Result, error) {
	return p.RecognizeAt(ctx, page, 0)
}

// RecognizeAt is Recognize with the page scaled to dpi (from page.DPI)
// whatever the Config's MinDPI, TargetDPI and MaxDPI say: a second reading
// at another resolution, where Tesseract's first lost some words. With dpi
// 0, or a page of unknown resolution, it is Recognize.
func (p *Pool) RecognizeAt(ctx context.Context, page PageImage, dpi float64) (Result, error) {
	return p.run(ctx, job{page: page, at: dpi})
}

// RecognizeStraight is RecognizeAt without deskewing the page: turning a
// scan by a degree or so blurs its strokes, and Tesseract, which copes
// with such a slant itself, then loses a line now and then that it reads
// on the page as scanned. The page is turned clockwise by rotation (a
// reading of it found that, Result.Rotation) and read once: no check of
// which way is up and no reading with the local threshold follow, as a
// skewed page read as scanned reads at a confidence that would set them
// off (7.6 s a reading instead of 1.5 on BenchmarkRereadSteps' page).
func (p *Pool) RecognizeStraight(ctx context.Context, page PageImage, dpi float64, rotation int) (Result, error) {
	return p.run(ctx, job{page: page, at: dpi, straight: true, turn: rotation})
}

func (p *Pool) run(ctx context.Context, j job) (Result, error) {
	if j.page.Image == nil {
		return Result{}, errors.New("ocr: no image")
	}
	out := make(chan jobResult, 1)
	j.ctx, j.out = ctx, out
	select {
	case p.jobs <- j:
	case <-ctx.Done():
		return Result{}, ctx.Err()
	}
	select {
	case r := <-out:
		return r.res, r.err
	case <-ctx.Done():
		return Result{}, ctx.Err()
	}
}

// RecognizeImage OCRs a picture of unknown resolution.
func (p *Pool) RecognizeImage(ctx context.Context, img image.Image) (Result, error) {
	if img == nil {
		return Result{}, errors.New("ocr: no image")
	}
	return p.Recognize(ctx, PageImage{Image: toGray(img)})
}

func (p *Pool) work() {
	defer p.wg.Done()
	var w *worker
	defer func() {
		if w != nil {
			w.close()
		}
	}()
	for j := range p.jobs {
		if err := j.ctx.Err(); err != nil {
			j.out <- jobResult{err: err}
			continue
		}
		if w == nil || w.pages >= p.cfg.RecycleAfter {
			if w != nil {
				w.close()
			}
			w = newWorker(p.cfg)
		}
		w.straight, w.turn = j.straight, j.turn
		res, err := w.page(j.page, j.at)
		if err != nil {
			// A client that failed may be in a bad state: start afresh.
			w.close()
			w = nil
		}
		j.out <- jobResult{res, err}
	}
}

// worker owns one Tesseract client.
type worker struct {
	cfg    Config
	client *gosseract.Client
	// digits rereads numbers (checkDigits), brackets a header's
	// bracketed maxima (readCell); each made when first needed.
	digits, brackets *gosseract.Client
	pages            int
	// straight: the page at hand is read as scanned, turned by turn
	// (RecognizeStraight).
	straight bool
	turn     int
	// ruled is the page at hand, scaled, with its rules (removed from the
	// picture read): where headerCells finds a table's cells.
	ruled *image.Gray
}

func newWorker(cfg Config) *worker {
	c := gosseract.NewClient()
	c.SetLanguage(cfg.Languages...)
	// SetPageSegMode before the lazy Init is lost; a variable is set after.
	c.SetVariable("tessedit_pageseg_mode", strconv.Itoa(cfg.PageSegMode))
	return &worker{cfg: cfg, client: c}
}

func (w *worker) close() {
	if w.client != nil {
		w.client.Close()
		w.client = nil
	}
	if w.digits != nil {
		w.digits.Close()
		w.digits = nil
	}
	if w.brackets != nil {
		w.brackets.Close()
		w.brackets = nil
	}
}

// digitClient returns the worker's client for rereading numbers: English,
// whose model reads Latin digits alone better than chi_sim's (measured on
// crops of scanned score tables: confidence 96 where chi_sim gave 80–90
// for the same right digits), restricted to digits, one line per image.
func (w *worker) digitClient() *gosseract.Client {
	if w.digits == nil {
		w.digits = lineClient("0123456789")
	}
	return w.digits
}

// lineClient is a client of digitLanguage reading one line an image,
// restricted to the characters of whitelist.
func lineClient(whitelist string) *gosseract.Client {
	c := gosseract.NewClient()
	c.SetLanguage(digitLanguage)
	c.SetVariable("tessedit_pageseg_mode", strconv.Itoa(int(gosseract.PSM_SINGLE_LINE)))
	c.SetVariable("tessedit_char_whitelist", whitelist)
	return c
}

// digitLanguage is the model numbers are reread with.
const digitLanguage = "eng"

// sidewaysRatio: below it, lineAxisRatio says text lines run up and down.
// Measured on generated pages: 2.8–9 upright, 0.11–0.37 on their side.
const sidewaysRatio = 0.7

// Smallest picture worth giving to Tesseract.
const minSide = 16

// page preprocesses and OCRs one page, scaled to resolution at when at
// and the page's resolution are known.
func (w *worker) page(pi PageImage, at float64) (Result, error) {
	start := time.Now()
	g := toGray(pi.Image)
	if g.Rect.Dx() < minSide || g.Rect.Dy() < minSide {
		return Result{Seconds: time.Since(start).Seconds()}, nil
	}
	dpi := pi.DPI
	if at <= 0 {
		at = w.cfg.ReadDPI(dpi)
	}
	if dpi > 0 && (at < dpi-1 || at > dpi+1) {
		g = scale(g, at/dpi)
		dpi = at
	}
	// A sheet photographed askew on a desk: the sheet alone is read, drawn
	// back and only cut out, and, where its light falls so unevenly that
	// Otsu's threshold parts the light from the shade rather than the ink
	// from the paper (speckledPage: a third of the sheet taken for ink),
	// with its light made even too; the surest reading is kept. Neither
	// wins everywhere: heldout138's 石屏 饭店 register, grey towards one
	// corner, reads every row only drawn back and evened (confidence 63;
	// 60 cut out, eight rows lost), heldout126's 盘锦 照护, hand-filled,
	// only as it stands, heldout127's 鄂州 register only cut out.
	var res Result
	for i, s := range deskSheets(g, dpi) {
		r, err := w.read(s, dpi)
		if err != nil {
			return r, err
		}
		if i == 0 || r.Confidence > res.Confidence {
			res = r
		}
	}
	res.Seconds = time.Since(start).Seconds()
	return res, nil
}

// read preprocesses and OCRs a page's picture at dpi (page's steps after
// scaling and cutting the sheet out).
func (w *worker) read(g *image.Gray, dpi float64) (Result, error) {
	if !w.cfg.NoFlatten {
		g = flattenPaper(g)
	}
	if !w.cfg.KeepRules {
		// Rules first, before they pass for lines of text on a page on
		// its side (the ink profiles, the orientation check).
		w.ruled = g
		defer func() { w.ruled = nil }()
		g, _ = removeRules(g, dpi)
	}
	// Speckled grey on a nearly empty page pulls Tesseract's global (Otsu)
	// threshold into the noise: it then reads the speckles as hundreds of
	// characters at a confidence near 5, and takes minutes doing it. A
	// local (Sauvola) threshold separates the few real lines from the noise.
	speckled := speckledPage(g)
	if speckled {
		w.client.SetVariable("thresholding_method", "2")
		defer w.client.SetVariable("thresholding_method", "0")
	}
	if w.straight {
		return w.upright(grayimg.Rotate90(g, w.turn), dpi, w.turn)
	}
	// A page on its side shows up in the ink profiles for free; checking
	// its orientation before reading it avoids a slow, useless full pass.
	rot, checked := 0, false
	if !w.cfg.NoOrientation && lineAxisRatio(g, dpi) < sidewaysRatio {
		r, err := w.orientation(g, dpi)
		if err != nil {
			return Result{}, err
		}
		rot, checked = r, true
	}
	res, err := w.upright(grayimg.Rotate90(g, rot), dpi, rot)
	if err != nil {
		return res, err
	}
	// The profiles and the check can both be fooled by a nearly empty
	// page: two table rows and a signature line at the top of a 300-dpi
	// scan were turned 270° and read as noise at confidence 14. A turned
	// page read poorly is read as it stands too, and the better kept.
	if checked && rot != 0 && suspicious(res) {
		alt, err := w.upright(g, dpi, 0)
		if err != nil {
			return res, err
		}
		if alt.score() > res.score() {
			res = alt
		}
	}
	// Upside-down pages (and anything the profiles missed) read poorly.
	if !w.cfg.NoOrientation && !checked && suspicious(res) {
		r, err := w.orientation(g, dpi)
		if err != nil {
			return res, err
		}
		if r != 0 {
			alt, err := w.upright(grayimg.Rotate90(g, r), dpi, r)
			if err != nil {
				return res, err
			}
			if alt.score() > res.score() {
				res = alt
			}
		}
	}
	// Noise the ink count missed: read again with the local threshold.
	if !speckled && res.Confidence < noiseConfidence {
		g2 := grayimg.Rotate90(g, res.Rotation)
		w.client.SetVariable("thresholding_method", "2")
		alt, err := w.upright(g2, dpi, res.Rotation)
		w.client.SetVariable("thresholding_method", "0")
		if err != nil {
			return res, err
		}
		if alt.Confidence >= res.Confidence+20 {
			res = alt
		}
	}
	// Still noise: paper lit so unevenly that neither threshold parts ink
	// from it (a phone photo through a fogged lens, white in the middle
	// and grey towards the edges: heldout95's 溧阳 新能源 homework, read at
	// confidence 28, its skew not found as a third of the page passed for
	// ink). Read again with the light made even, the better kept.
	if res.Confidence < noiseConfidence {
		alt, err := w.upright(evenLight(grayimg.Rotate90(g, res.Rotation), dpi), dpi, res.Rotation)
		if err != nil {
			return res, err
		}
		if alt.Confidence >= res.Confidence+20 {
			res = alt
		}
	}
	return res, nil
}

// noiseConfidence: a reading below it is mostly noise read as text.
// Readable pages, even noisy handwriting, read at 55 and more.
const noiseConfidence = 40

// upright deskews and OCRs a page taken to be the right way up.
func (w *worker) upright(g *image.Gray, dpi float64, rot int) (Result, error) {
	skew := 0.0
	if !w.cfg.NoDeskew && !w.straight {
		g, skew = deskew(g, dpi)
	}
	var rules func() []bool
	var erased func(image.Rectangle) bool
	if !w.cfg.KeepRules {
		// A scan's table rules come out grey and thick, and Tesseract
		// loses the numbers beside them: a clean 250-dpi score table read
		// 14 of its 32 rows with every number, 26 with its rules removed.
		g, _ = removeRules(g, dpi)
		if ruled := w.ruled; ruled != nil {
			// The page as scanned, its rules in place, turned alike.
			ref := grayimg.Rotate90(ruled, rot)
			if math.Abs(skew) >= minSkew {
				ref = rotateFine(ref, -skew, paperLevel(ref))
				g = straightRules(g, ref, dpi)
			}
			if ref.Rect.Size() == g.Rect.Size() {
				// The rules were removed before the page was turned and
				// deskewed: they are found again, on the page as
				// scanned turned alike, only where a table header is
				// read.
				rules = func() []bool {
					_, st := removeRules(ref, dpi)
					return st.onRule
				}
				erased = erasedAcross(ref, g)
			}
		}
	}
	text, conf, digits, words, err := w.ocrTable(g, dpi, !w.cfg.NoDigitCheck, rules, erased)
	return Result{Text: text, Confidence: conf, DigitConf: digits, DigitWords: words, Rotation: rot, Skew: skew, DPI: dpi}, err
}

// Deskewed reports whether the page was turned straight before it was read.
func (r Result) Deskewed() bool { return math.Abs(r.Skew) >= minSkew }

// score ranks readings of the same page: confident text beats little text.
func (r Result) score() float64 {
	return r.Confidence * float64(min(utf8.RuneCountInString(r.Text), 400))
}

// hanDigits counts the Han characters and digits of s: what a page read
// the right way up is made of. Read sideways, a table's rules come out as
// runs of "|" and Latin letters ("| | CN"), which would outnumber a
// sparse page's real characters.
func hanDigits(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// suspicious says a reading is poor enough that the page may be turned.
// Upright pages in our measurements read at ≥ 75 mean confidence, even
// noisy handwriting; a page on its side reads at 30–55.
func suspicious(r Result) bool {
	return r.Confidence < 65 || CountChars(r.Text) < 5
}

// orientation tries the four turns of a band across the middle of the page
// and returns the clockwise turn that reads best.
func (w *worker) orientation(g *image.Gray, dpi float64) (int, error) {
	// Half the page at reduced size is plenty to tell which way is up, and
	// the same region is used for every turn.
	sub := toGray(g.SubImage(orientationCrop(g, dpi)))
	k := 1
	if dpi >= 250 {
		k = 2 // at 150 dpi Chinese body text is still ≈ 25 px tall
	}
	if k > 1 {
		sub = shrink(sub, k)
	}
	d := dpi / float64(k)
	best, bestScore := 0, -1.0
	for _, rot := range []int{0, 90, 180, 270} {
		text, conf, _, err := w.ocr(grayimg.Rotate90(sub, rot), d, false)
		if err != nil {
			return 0, err
		}
		sc := conf * float64(min(hanDigits(text), 400))
		if sc > bestScore {
			best, bestScore = rot, sc
		}
	}
	return best, nil
}

// ocr runs Tesseract on g and returns cleaned text, mean confidence and
// the lowest confidence of a digit-bearing word per line of the text. With
// check, numbers of table rows read unsurely are read a second time and
// may be corrected (see checkDigits).
func (w *worker) ocr(g *image.Gray, dpi float64, check bool) (string, float64, []int, error) {
	text, conf, digits, _, err := w.ocrTable(g, dpi, check, nil, nil)
	return text, conf, digits, err
}

// ocrTable is ocr on a page whose table rules, removed from g, rules
// finds (nil: none): a table's header whose headings run over two lines
// is read again cell by cell (see headerCells). A number a removed rule
// ran through (erased, nil: none) is never read surely (see
// erasedAcross). It returns the digit words of each line too (see
// Result.DigitWords).
func (w *worker) ocrTable(g *image.Gray, dpi float64, check bool, rules func() []bool, erased func(image.Rectangle) bool) (string, float64, []int, [][]models.DigitWord, error) {
	w.pages++
	c := w.client
	if dpi > 0 {
		c.SetVariable("user_defined_dpi", strconv.Itoa(int(dpi+0.5)))
	}
	if err := c.SetImageFromBytes(EncodePGM(g)); err != nil {
		return "", 0, nil, nil, fmt.Errorf("ocr: set image: %w", err)
	}
	boxes, err := c.GetBoundingBoxesVerbose()
	if err != nil {
		return "", 0, nil, nil, fmt.Errorf("ocr: tesseract: %w", err)
	}
	var confSum float64
	var chars int
	lastBlock, lastPar, lastLine := -1, -1, -1
	// The words of each line; CleanText keeps lines one to one, as every
	// line written holds a word.
	var lines [][]gosseract.BoundingBox
	for _, bx := range boxes {
		word := strings.TrimSpace(bx.Word)
		if word == "" {
			continue
		}
		if bx.BlockNum != lastBlock || bx.ParNum != lastPar || bx.LineNum != lastLine {
			lastBlock, lastPar, lastLine = bx.BlockNum, bx.ParNum, bx.LineNum
			lines = append(lines, nil)
		}
		bx.Word = word
		lines[len(lines)-1] = append(lines[len(lines)-1], bx)
		n := utf8.RuneCountInString(word)
		confSum += bx.Confidence * float64(n)
		chars += n
	}
	conf := 0.0
	if chars > 0 {
		conf = confSum / float64(chars)
	}
	if check {
		if lines, err = w.topRows(g, lines); err != nil {
			return "", 0, nil, nil, err
		}
		if err := w.checkDigits(g, dpi, lines); err != nil {
			return "", 0, nil, nil, err
		}
		if rules != nil {
			if lines, err = w.headerCells(g, rules, lines); err != nil {
				return "", 0, nil, nil, err
			}
		}
	}
	if erased != nil {
		for _, ws := range lines {
			for k := range ws {
				if bx := &ws[k]; hasDigit(bx.Word) && erased(bx.Box) {
					bx.Confidence = min(bx.Confidence, erasedConf)
				}
			}
		}
	}
	var b strings.Builder
	for i, ws := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		for j, bx := range ws {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(bx.Word)
		}
	}
	text := CleanText(b.String())
	// The lines as corrected and re-read: their digit words, and the
	// lowest confidence among each line's.
	digits, words := lowestDigitConf(lines), digitWords(lines)
	if strings.Count(text, "\n")+1 != len(digits) {
		digits, words = nil, nil // not one to one after all: no line is vouched for
	}
	return text, conf, digits, words, nil
}

// lowestDigitConf returns, per line, the lowest confidence of a word with a
// digit in it (100 on a line without digits).
func lowestDigitConf(lines [][]gosseract.BoundingBox) []int {
	digits := make([]int, len(lines))
	for i, ws := range lines {
		digits[i] = 100
		for _, bx := range ws {
			if hasDigit(bx.Word) {
				digits[i] = min(digits[i], int(bx.Confidence))
			}
		}
	}
	return digits
}

// digitWords returns, per line, the words with a digit in them.
func digitWords(lines [][]gosseract.BoundingBox) [][]models.DigitWord {
	out := make([][]models.DigitWord, len(lines))
	for i, ws := range lines {
		for _, bx := range ws {
			if hasDigit(bx.Word) {
				out[i] = append(out[i], models.DigitWord{Text: bx.Word, Conf: int(bx.Confidence)})
			}
		}
	}
	return out
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// onlyDigits keeps the ASCII digits of s.
func onlyDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// Second readings of numbers. A table row's numbers are read again when
// the page's reading was unsure of one (below checkBelow): each such number
// alone, cut out with a margin, at twice the size, by the English model
// restricted to digits, as one line. A second reading at rereadSure or
// more stands: the number becomes what it read, at its confidence.
//
// Measured on the scanned score tables (item 10) of 63 generated corpora,
// 122 pages, numbers in rows whose student could be told: of 600 second
// readings at 90 or more that agreed with the first, none was wrong; of 73
// that disagreed, all 73 were right and the first reading wrong ("0" for
// 60, "4" for 40); no first reading that was right was overruled.
const (
	checkBelow = 90
	rereadSure = 90
	// maxRereads bounds the extra Tesseract calls of one page (about 40
	// ms each). A 40-row register of seven numbers a row read unsurely
	// throughout (grey paper's texture: heldout64's 烹饪, 291 numbers)
	// needs them all; with 200 it had been read with none.
	maxRereads = 400
)

// checkDigits rereads the unsure numbers of table rows (lines with two or
// more words with digits) and puts confident second readings in place of
// the first, in lines.
func (w *worker) checkDigits(g *image.Gray, dpi float64, lines [][]gosseract.BoundingBox) error {
	type ref = wordRef
	var todo []ref
	added := make([]bool, len(lines)) // rows of numbers that added up as first read
	for i, ws := range lines {
		n := 0
		for _, bx := range ws {
			if hasDigit(bx.Word) {
				n++
			}
		}
		if n < 2 {
			continue
		}
		added[i] = addsUp(ws)
		for j, bx := range ws {
			if hasDigit(bx.Word) && (!added[i] || bx.Confidence < checkBelow) {
				// every number of a row whose total is wrong
				todo = append(todo, ref{i, j})
			}
		}
	}
	if err := w.rereadDigits(g, dpi, lines, todo); err != nil {
		return err
	}
	// A row that added up as first read and no more once an unsure
	// number was read again ("10 34 13 13 70" read "16 34 13 13 70",
	// heldout79's 克拉玛依 照护: the 6 of 16 and of 76 both read 0, the
	// 70 at confidence 90): its other numbers are read again too.
	var again []ref
	for i, ws := range lines {
		if !added[i] || addsUp(ws) {
			continue
		}
		for j, bx := range ws {
			if hasDigit(bx.Word) && !slices.Contains(todo, ref{i, j}) {
				again = append(again, ref{i, j})
			}
		}
	}
	return w.rereadDigits(g, dpi, lines, again)
}

// wordRef points at a word of a page's lines: its line, its place in it.
type wordRef struct{ line, word int }

// rereadDigits reads again the numbers todo points at (line, word of
// lines), as checkDigits says.
func (w *worker) rereadDigits(g *image.Gray, dpi float64, lines [][]gosseract.BoundingBox, todo []wordRef) error {
	if len(todo) == 0 {
		return nil
	}
	glued := false
	for _, r := range todo {
		bx := lines[r.line][r.word]
		glued = glued || onlyDigits(bx.Word) != bx.Word
	}
	if len(todo) > maxRereads {
		// The least sure first: a page too noisy for all is still read
		// again where it most needs it.
		slices.SortStableFunc(todo, func(a, b wordRef) int {
			return cmp.Compare(lines[a.line][a.word].Confidence, lines[b.line][b.word].Confidence)
		})
		todo = todo[:maxRereads]
	}
	c := w.client
	// A number glued to a name ("27何涵秀47") is one word whose confidence
	// is the name's as much as the number's: its digits are found among
	// the page's characters and read apart from the name. gosseract gives
	// the characters only by recognising the page again, so that is done
	// once, and only for a page with such a word.
	var symbols []gosseract.BoundingBox
	if glued {
		var err error
		if symbols, err = c.GetBoundingBoxes(gosseract.RIL_SYMBOL); err != nil {
			return fmt.Errorf("ocr: tesseract: %w", err)
		}
	}
	if dpi > 0 {
		w.digitClient().SetVariable("user_defined_dpi", strconv.Itoa(int(2*dpi+0.5)))
	}
	for _, r := range todo {
		bx := &lines[r.line][r.word]
		digits := onlyDigits(bx.Word)
		runs := []digitRun{{digits: digits, box: bx.Box, left: -1, right: -1}}
		marked := markedNumber(bx.Word)
		if digits != bx.Word && !marked {
			runs = digitRuns(bx.Box, symbols)
		}
		if len(runs) == 0 || joinRuns(runs) != digits {
			continue // the characters do not account for the word's digits
		}
		reads := make([]string, len(runs))
		sure := 100.0
		for k, run := range runs {
			text, conf, err := w.reread(g, run, 0.5)
			if err != nil {
				return err
			}
			if !marked && len(text) > len(run.digits) && conf >= rereadSure {
				// A digit more than the first reading's: the word's box
				// may have held part of a number only ("2" of 28, read
				// 23 from the 2 and half the 8). Read with a digit's
				// width more either side, the number must read the same
				// ("4" of 40 reads 40 both ways).
				wide, wconf, err := w.reread(g, run, 1.5)
				if err != nil {
					return err
				}
				conf = min(conf, wconf)
				if wide != text {
					conf = min(conf, rereadSure-1)
				}
			}
			if text == "" || conf < rereadSure {
				sure = 0
				break
			}
			reads[k], sure = text, min(sure, conf)
		}
		if marked {
			bx.Word, bx.Confidence = readMarked(bx, digits, reads[0], sure, symbols)
			continue
		}
		if sure == 0 {
			continue
		}
		if word, ok := replaceRuns(bx.Word, reads); ok {
			if word != bx.Word {
				bx.Word, bx.Confidence = word, sure
			} else {
				bx.Confidence = max(bx.Confidence, sure)
			}
		}
	}
	return nil
}

// ruleMarks are the marks chi_sim makes of a seriffed 1, or of a table
// rule's remains, beside a number's digits: "]1" for 11, "]4" for 14,
// "]13" for 13 (a 200-dpi grey register, heldout64's 烹饪, read so 40
// times).
const ruleMarks = "[]|!lI"

// markedNumber reports whether word is a short number with rule marks in
// it ("]1", "1]", "|13"): the word is read again whole, as digits, and
// the marks become the digits they were or nothing.
func markedNumber(word string) bool {
	d := onlyDigits(word)
	if d == "" || d == word || utf8.RuneCountInString(word) > 4 {
		return false
	}
	for _, r := range word {
		if (r < '0' || r > '9') && !strings.ContainsRune(ruleMarks, r) {
			return false
		}
	}
	return true
}

// readMarked is what a marked number (see markedNumber) word, whose
// digits are digits, becomes, and its confidence: the digits model's
// reading of it whole, when sure (conf above 0), is the number, its
// marks a 1 or nothing ("]4" read 14, "]13" read 13), unless the marks'
// height says otherwise (marksByHeight); when unsure (it reads a
// seriffed 11 as 1, or as 11 at confidence 3 to 30), their height
// alone tells. A word left as it was keeps its confidence.
func readMarked(bx *gosseract.BoundingBox, digits, sure string, conf float64, symbols []gosseract.BoundingBox) (string, float64) {
	byHeight, told := marksByHeight(bx.Box, symbols)
	switch {
	case conf > 0 && len(sure) >= len(digits) && len(sure) <= utf8.RuneCountInString(bx.Word) && (!told || byHeight == sure):
		return sure, conf
	case conf == 0 && told:
		return byHeight, bx.Confidence
	}
	return bx.Word, bx.Confidence
}

// marksByHeight reads a marked number (see markedNumber) by its
// characters' heights, where the digits model was unsure of it: a mark
// as tall as the digits beside it and on their line is a 1 chi_sim
// misread (the digits model reads "]4" as 14 surely but a seriffed 11,
// two strokes close together, unsurely or as 1); a mark much taller than
// them is a rule's remains, and nothing. Anything else, or characters
// that do not make up the word, leave the word as it is (false).
func marksByHeight(box image.Rectangle, symbols []gosseract.BoundingBox) (string, bool) {
	in := symbolsIn(box, symbols)
	var top, bottom, n int
	for _, s := range in {
		if d := onlyDigits(s.Word); d != "" && d == s.Word {
			if n == 0 || s.Box.Min.Y < top {
				top = s.Box.Min.Y
			}
			bottom = max(bottom, s.Box.Max.Y)
			n++
		}
	}
	if n == 0 {
		return "", false
	}
	h := bottom - top
	tol := max(2, h/5)
	var b strings.Builder
	for _, s := range in {
		switch {
		case onlyDigits(s.Word) == s.Word:
			b.WriteString(s.Word)
		case !markedMark(s.Word):
			return "", false
		case abs(s.Box.Min.Y-top) <= tol && abs(s.Box.Max.Y-bottom) <= tol:
			b.WriteString("1")
		case s.Box.Dy() >= h*7/5:
			// a rule's remains
		default:
			return "", false
		}
	}
	return b.String(), b.Len() > 0
}

// markedMark reports whether s is one of ruleMarks.
func markedMark(s string) bool {
	return utf8.RuneCountInString(s) == 1 && strings.Contains(ruleMarks, s)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// scoreRe finds the numbers of one to three digits of a line: a table
// row's scores and total (not its student number).
var scoreRe = regexp.MustCompile(`(?:^|\D)(\d{1,3})(?:\D|$)`)

// addsUp reports whether a line's last number of one to three digits is
// the sum of two or more of the ones just before it (a score table row's
// total), or is no total: fewer than three such numbers, or the last not
// above the two before it. A row that does not add up has a misread
// number, or a wrong total: its numbers are all read again, even those
// read surely. chi_sim reads a seriffed 6 as 0 at
// confidence 90 and more ("34 30 70" for 34 36 70 on a held-out scan),
// which would be reported as a wrong total; the digits model reads it
// right at 97.
//
// A total may stand before the parts instead, right after the student
// ("黄筱雨 2401060109 82 8 16 16 34 8", heldout95's 永安 数控, its 16 read
// "10" at confidence 90 and more): where the last number is no total, a
// number above each of the two or more after it, and above the first two
// together, must be the sum of the ones right after it.
func addsUp(ws []gosseract.BoundingBox) bool {
	var nums []int
	for _, bx := range ws {
		for _, m := range scoreRe.FindAllStringSubmatch(bx.Word, -1) {
			n, _ := strconv.Atoi(m[1])
			nums = append(nums, n)
		}
	}
	k := len(nums)
	if k < 3 {
		return true
	}
	if total, adds := lastAddsUp(nums); total {
		return adds
	}
	// The total first: the earliest number above every one after it and
	// not below the two right after it together, two or more after it (a
	// weighted total, "84 77 80", is neither).
	for i := 0; i+2 < k; i++ {
		if slices.Max(nums[i+1:]) >= nums[i] || nums[i] < nums[i+1]+nums[i+2] {
			continue
		}
		sum := 0
		for j := i + 1; j < k; j++ {
			sum += nums[j]
			if j > i+1 && sum == nums[i] {
				return true
			}
		}
		return false
	}
	if k >= 4 && nums[k-1] < nums[k-2] {
		// A rank after the total ("84 13" under 合计 名次, heldout104's
		// 华阴 数控: its 25 read "29" at confidence 91 by chi_sim, and the
		// row taken for one without a total, never read again).
		if total, adds := lastAddsUp(nums[:k-1]); total {
			return adds
		}
	}
	return true // no total: the last number is not above the two before
}

// lastAddsUp reports whether nums's last number is a total (above the
// two before it) and whether it is the sum of two or more of the ones
// just before it.
func lastAddsUp(nums []int) (total, adds bool) {
	k := len(nums)
	if k < 3 || nums[k-1] <= nums[k-2] || nums[k-1] <= nums[k-3] {
		return false, false
	}
	sum := nums[k-2]
	for i := k - 3; i >= 0; i-- {
		sum += nums[i]
		if sum == nums[k-1] {
			return true, true
		}
	}
	return true, false
}

// replaceRuns puts reads in place of the runs of digits of word, in order;
// false when word has another number of runs.
func replaceRuns(word string, reads []string) (string, bool) {
	var b strings.Builder
	k := 0
	for i := 0; i < len(word); {
		if word[i] < '0' || word[i] > '9' {
			b.WriteByte(word[i])
			i++
			continue
		}
		j := i
		for j < len(word) && word[j] >= '0' && word[j] <= '9' {
			j++
		}
		if k >= len(reads) {
			return "", false
		}
		b.WriteString(reads[k])
		k++
		i = j
	}
	if k != len(reads) {
		return "", false
	}
	return b.String(), true
}

// digitRun is a run of digits in a word: its box and how far a crop may
// reach left and right before it takes in the neighbouring characters
// (-1: no neighbour).
type digitRun struct {
	digits      string
	box         image.Rectangle
	left, right int
}

// apart reports whether character k, beside a run of digits, cannot be
// part of the number misread: a quote or comma (OCR's specks), or a Han
// character with another beyond it (a name's end or start, step -1 or +1
// away from the run). A lone Han character ("2全56" for 20 56), a Latin
// letter ("S8" for 58) or a question mark ("?7" for 77) may be a digit
// misread, so the run's digits are not all there to be checked.
func apart(in []gosseract.BoundingBox, k, step int) bool {
	r, _ := utf8.DecodeRuneInString(in[k].Word)
	if strings.ContainsRune("“”‘’\"'，,、。", r) {
		return true
	}
	if !unicode.Is(unicode.Han, r) {
		return false
	}
	n := k + step
	if n < 0 || n >= len(in) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(in[n].Word)
	return unicode.Is(unicode.Han, r2)
}

func joinRuns(runs []digitRun) string {
	var b strings.Builder
	for _, r := range runs {
		b.WriteString(onlyDigits(r.digits))
	}
	return b.String()
}

// symbolsIn returns the characters of symbols whose centre lies in box,
// left to right.
func symbolsIn(box image.Rectangle, symbols []gosseract.BoundingBox) []gosseract.BoundingBox {
	var in []gosseract.BoundingBox
	for _, s := range symbols {
		c := image.Pt((s.Box.Min.X+s.Box.Max.X)/2, (s.Box.Min.Y+s.Box.Max.Y)/2)
		if c.In(box) {
			in = append(in, s)
		}
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Box.Min.X < in[j].Box.Min.X })
	return in
}

// digitRuns finds the characters of the word in box among symbols and
// returns its runs of digits, each bounded by halfway to its neighbours.
func digitRuns(box image.Rectangle, symbols []gosseract.BoundingBox) []digitRun {
	in := symbolsIn(box, symbols)
	var runs []digitRun
	for i := 0; i < len(in); {
		if onlyDigits(in[i].Word) == "" {
			i++
			continue
		}
		j := i
		run := digitRun{box: in[i].Box, left: -1, right: -1}
		for ; j < len(in) && onlyDigits(in[j].Word) != ""; j++ {
			run.digits += in[j].Word
			run.box = run.box.Union(in[j].Box)
		}
		if i > 0 {
			run.left = (in[i-1].Box.Max.X + run.box.Min.X) / 2
			if !apart(in, i-1, -1) {
				return nil
			}
		}
		if j < len(in) {
			run.right = (run.box.Max.X + in[j].Box.Min.X) / 2
			if !apart(in, j, +1) {
				return nil
			}
		}
		runs = append(runs, run)
		i = j
	}
	return runs
}

// reread reads the digits of run (coordinates of the image given to
// Tesseract) with the client set up by checkDigits, cut out with margin
// times the run's height either side: the digits read and the lowest
// word confidence.
func (w *worker) reread(g *image.Gray, run digitRun, margin float64) (string, float64, error) {
	box := run.box
	h := box.Dy()
	m := int(margin * float64(h))
	x0, x1 := box.Min.X-m, box.Max.X+m
	if run.left >= 0 {
		x0 = max(x0, run.left)
	}
	if run.right >= 0 {
		x1 = min(x1, run.right)
	}
	r := image.Rect(x0, box.Min.Y-h/4, x1, box.Max.Y+h/4).Add(g.Rect.Min).Intersect(g.Rect)
	if r.Dx() < 4 || r.Dy() < 4 {
		return "", 0, nil
	}
	crop := scale(toGray(g.SubImage(r)), 2)
	c := w.digitClient()
	if err := c.SetImageFromBytes(EncodePGM(crop)); err != nil {
		return "", 0, fmt.Errorf("ocr: set image: %w", err)
	}
	boxes, err := c.GetBoundingBoxesVerbose()
	if err != nil {
		return "", 0, fmt.Errorf("ocr: tesseract: %w", err)
	}
	var digits strings.Builder
	conf := 100.0
	for _, bx := range boxes {
		if d := onlyDigits(bx.Word); d != "" {
			digits.WriteString(d)
			conf = min(conf, bx.Confidence)
		}
	}
	if digits.Len() == 0 {
		conf = 0
	}
	return digits.String(), conf, nil
}

// CountChars counts the runes of s that are not whitespace.
func CountChars(s string) int { return utf8.RuneCountInString(stripSpace(s)) }

var (
	defaultPool     *Pool
	defaultPoolOnce sync.Once
)

// OCRPage OCRs page n (1-based) of a PDF with a shared default pool.
func OCRPage(ctx context.Context, pdfPath string, n int) (Result, error) {
	defaultPoolOnce.Do(func() { defaultPool = NewPool(Config{}) })
	imgs, err := PageImages(ctx, pdfPath, []int{n})
	pi, ok := imgs[n]
	if !ok {
		if err == nil {
			err = errors.New("no image")
		}
		return Result{}, fmt.Errorf("ocr %s page %d: %w", pdfPath, n, err)
	}
	res, err := defaultPool.Recognize(ctx, pi)
	if err != nil {
		return res, fmt.Errorf("ocr %s page %d: %w", pdfPath, n, err)
	}
	return res, nil
}
