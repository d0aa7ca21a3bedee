package report

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode"

	"classaudit/models"
)

// Input is everything a sweep hands to Write.
type Input struct {
	Title       string    // page title; DefaultTitle when empty
	Root        string    // the sweep root, shown on every page
	GeneratedAt time.Time // when the sweep ran, shown in Beijing time
	// Submissions with their Documents (Form may be nil). Submissions that
	// appear only under Schools are reported too.
	Submissions []*models.Submission
	Schools     []*models.School
	Findings    []models.Finding
	Matches     []models.Match
	Students    []models.StudentRead
}

// DefaultTitle is the title of the reports when Input.Title is empty.
const DefaultTitle = "工学一体化优质课堂申报材料核查报告"

// IndexFile is the name of the index page inside the report folder.
const IndexFile = "index.html"

//go:embed templates/*.tmpl templates/style.css templates/sort.js
var assets embed.FS

var pages = template.Must(template.New("").Funcs(template.FuncMap{
	"pct": pct,
}).ParseFS(assets, "templates/*.tmpl"))

var (
	styleCSS = template.CSS(mustAsset("templates/style.css"))
	sortJS   = template.JS(mustAsset("templates/sort.js"))
)

func mustAsset(name string) string {
	b, err := assets.ReadFile(name)
	if err != nil {
		panic(err) // embedded at build time: cannot fail
	}
	return string(b)
}

// beijing is UTC+8 without tzdata, so pages do not depend on the machine's zone.
var beijing = time.FixedZone("CST", 8*3600)

// ReportFile returns the file name of a submission's report inside the
// report folder: a short hash of the id (stable across runs, unique) and a
// readable, file-system-safe form of the id.
func ReportFile(submissionID string) string {
	h := sha256.Sum256([]byte(submissionID))
	return hex.EncodeToString(h[:5]) + "-" + safeName(submissionID) + ".html"
}

// reportFileRE matches the names ReportFile makes, for removing stale pages.
var reportFileRE = regexp.MustCompile(`^[0-9a-f]{10}-[^/\\]*\.html$`)

// safeName keeps letters and digits of any script, maps every other rune to
// '_', and caps the length so the name stays well under file-system limits.
func safeName(s string) string {
	var b strings.Builder
	n := 0
	lastUnderscore := true
	for _, r := range s {
		if n >= 40 {
			break
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' {
			b.WriteRune(r)
			lastUnderscore = false
			n++
		} else if !lastUnderscore {
			b.WriteByte('_')
			lastUnderscore = true
			n++
		}
	}
	out := strings.TrimRight(b.String(), "_")
	if out == "" {
		return "submission"
	}
	return out
}

// Write renders the index and one report per submission into dir (created
// when missing). Every page is rendered first, then written to a temporary
// file in dir and renamed into place, the index last, so a reader never sees
// a half-written page or a link to a page not yet there. Reports left from
// an earlier sweep for submissions no longer present are removed.
func Write(dir string, in Input) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	site := buildSite(in)
	type page struct {
		name string
		body []byte
	}
	var out []page
	for _, sv := range site.subs {
		var buf bytes.Buffer
		if err := pages.ExecuteTemplate(&buf, "submission.tmpl", sv); err != nil {
			return fmt.Errorf("report: render %s: %w", sv.Sub.ID, err)
		}
		out = append(out, page{sv.File, buf.Bytes()})
	}
	var buf bytes.Buffer
	if err := pages.ExecuteTemplate(&buf, "index.tmpl", site.index); err != nil {
		return fmt.Errorf("report: render index: %w", err)
	}
	out = append(out, page{IndexFile, buf.Bytes()})

	// Write every temp file before renaming any, so a failure (disk full)
	// leaves the previous report whole.
	temps := make([]string, len(out))
	cleanup := func() {
		for _, t := range temps {
			if t != "" {
				os.Remove(t)
			}
		}
	}
	for i, p := range out {
		t, err := writeTemp(dir, p.body)
		if err != nil {
			cleanup()
			return fmt.Errorf("report: write %s: %w", p.name, err)
		}
		temps[i] = t
	}
	for i, p := range out {
		if err := os.Rename(temps[i], filepath.Join(dir, p.name)); err != nil {
			cleanup()
			return fmt.Errorf("report: write %s: %w", p.name, err)
		}
		temps[i] = ""
	}
	return removeStale(dir, site.files)
}

// writeTemp writes body to a new hidden temporary file in dir.
func writeTemp(dir string, body []byte) (string, error) {
	f, err := os.CreateTemp(dir, ".report-*.tmp")
	if err != nil {
		return "", err
	}
	_, werr := f.Write(body)
	if werr == nil {
		werr = f.Chmod(0o644)
	}
	cerr := f.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// removeStale deletes report pages of earlier sweeps that are not in keep.
func removeStale(dir string, keep map[string]bool) error {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	var errs []error
	for _, e := range ents {
		name := e.Name()
		if e.Type().IsRegular() && reportFileRE.MatchString(name) && !keep[name] {
			if err := os.Remove(filepath.Join(dir, name)); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("report: remove stale pages: %w", err)
	}
	return nil
}
