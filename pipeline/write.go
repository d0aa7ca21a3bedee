package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/parquet-go/parquet-go"

	"classaudit/checks"
	"classaudit/models"
)

// Tables names the Parquet files a sweep writes, in the order they are written.
var Tables = []string{"submissions", "documents", "pages", "findings", "matches", "students"}

// tableFile is one staged Parquet file.
type tableFile struct {
	name string // "findings"
	tmp  string // staged path, renamed into place when every table is written
}

// writeTables writes every table into out. All tables are first written to
// temporary files in out, then renamed into place, so an interrupted run
// leaves the previous complete set (or nothing), never a half-written file.
func writeTables(out string, subs []*models.Submission, res checks.Result, sweptAt time.Time) ([]string, error) {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, fmt.Errorf("create output folder: %w", err)
	}
	var staged []tableFile
	cleanup := func() {
		for _, t := range staged {
			os.Remove(t.tmp)
		}
	}
	stage := func(name string, write func(path string) error) error {
		f, err := os.CreateTemp(out, "."+name+".parquet.tmp-*")
		if err != nil {
			return err
		}
		tmp := f.Name()
		f.Close()
		staged = append(staged, tableFile{name: name, tmp: tmp})
		if err := write(tmp); err != nil {
			return fmt.Errorf("write %s.parquet: %w", name, err)
		}
		return nil
	}
	counts := severityCounts(res.Findings)
	steps := []struct {
		name  string
		write func(string) error
	}{
		{"submissions", func(p string) error { return writeParquet(p, submissionRows(subs, counts, sweptAt)) }},
		{"documents", func(p string) error { return writeParquet(p, documentRows(subs)) }},
		{"pages", func(p string) error { return writeParquet(p, pageRows(subs)) }},
		{"findings", func(p string) error { return writeParquet(p, findingRows(res.Findings, subs)) }},
		{"matches", func(p string) error { return writeParquet(p, matchRows(res.Matches)) }},
		{"students", func(p string) error { return writeParquet(p, studentRows(res.Students)) }},
	}
	for _, s := range steps {
		if err := stage(s.name, s.write); err != nil {
			cleanup()
			return nil, err
		}
	}
	var paths []string
	for _, t := range staged {
		final := filepath.Join(out, t.name+".parquet")
		if err := os.Rename(t.tmp, final); err != nil {
			cleanup()
			return nil, fmt.Errorf("move %s into place: %w", final, err)
		}
		paths = append(paths, final)
	}
	return paths, nil
}

// writeParquet writes rows zstd-compressed and syncs the file before returning.
func writeParquet[T any](path string, rows []T) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	w := parquet.NewGenericWriter[T](f, parquet.Compression(&parquet.Zstd))
	if _, err := w.Write(rows); err != nil {
		f.Close()
		return err
	}
	if err := w.Close(); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

type sevCount struct{ errors, warnings, infos int32 }

func severityCounts(fs []models.Finding) map[string]*sevCount {
	m := map[string]*sevCount{}
	for _, f := range fs {
		c := m[f.SubmissionID]
		if c == nil {
			c = &sevCount{}
			m[f.SubmissionID] = c
		}
		switch f.Severity {
		case models.SeverityError:
			c.errors++
		case models.SeverityWarning:
			c.warnings++
		default:
			c.infos++
		}
	}
	return m
}

func submissionRows(subs []*models.Submission, counts map[string]*sevCount, sweptAt time.Time) []models.SubmissionRow {
	rows := make([]models.SubmissionRow, 0, len(subs))
	for _, s := range subs {
		r := models.SubmissionRow{SubmissionID: s.ID, School: s.School, Name: s.Name, Files: int32(len(s.Files)), SweptAt: sweptAt}
		items := map[int]bool{}
		for _, f := range s.Files {
			switch f.Kind {
			case models.KindItem:
				items[f.Item] = true
			case models.KindForm:
				r.FormPresent = true
			}
		}
		r.ItemsPresent = int32(len(items))
		if fm := s.Form; fm != nil {
			r.Leader, r.Unit, r.Major, r.MajorCode = fm.Leader, fm.Unit, fm.Major, fm.MajorCode
			r.Course, r.Task, r.Level, r.Grade, r.Class = fm.Course, fm.Task, fm.Level, fm.Grade, fm.Class
			r.ClassSize = int32(fm.ClassSize)
			for _, t := range fm.Teachers {
				r.Teachers = append(r.Teachers, t.Name)
			}
		}
		if c := counts[s.ID]; c != nil {
			r.Errors, r.Warnings, r.Infos = c.errors, c.warnings, c.infos
		}
		rows = append(rows, r)
	}
	return rows
}

func documentRows(subs []*models.Submission) []models.DocumentRow {
	var rows []models.DocumentRow
	for _, s := range subs {
		for _, d := range s.Documents {
			if d == nil {
				continue
			}
			r := models.DocumentRow{
				SubmissionID: d.SubmissionID, School: d.School, Path: d.RelPath, Kind: string(d.Kind),
				Item: int32(d.Item), Format: d.Format, Bytes: d.Size, SHA256: d.SHA256,
				Pages: int32(len(d.Pages)), PagesOCRed: int32(d.PagesOCRed()), Characters: int64(d.Chars()),
				Method: d.Method(), Encrypted: d.Encrypted, Error: d.Error, ErrorRule: d.ErrorRule,
				Seconds: d.Seconds, Cached: d.Cached,
			}
			var conf float64
			for i := range d.Pages {
				p := &d.Pages[i]
				if p.Method == models.MethodNone {
					r.PagesNoText++
				}
				if p.Method == models.MethodOCR {
					conf += p.Confidence
				}
			}
			if r.PagesOCRed > 0 {
				r.MeanOCRConf = conf / float64(r.PagesOCRed)
			}
			rows = append(rows, r)
		}
	}
	return rows
}

func pageRows(subs []*models.Submission) []models.PageRow {
	var rows []models.PageRow
	for _, s := range subs {
		for _, d := range s.Documents {
			if d == nil {
				continue
			}
			for i := range d.Pages {
				p := &d.Pages[i]
				rows = append(rows, models.PageRow{
					SubmissionID: d.SubmissionID, Path: d.RelPath, Item: int32(d.Item), Page: int32(p.Number),
					Method: p.Method, Reason: p.OCRReason, Characters: int32(p.Chars()),
					TextLayerScore: p.TextLayerScore, Confidence: p.Confidence, Seconds: p.Seconds, Images: int32(p.Images),
				})
			}
		}
	}
	return rows
}

func findingRows(fs []models.Finding, subs []*models.Submission) []models.FindingRow {
	school := map[string]string{}
	for _, s := range subs {
		school[s.ID] = s.School
	}
	rows := make([]models.FindingRow, 0, len(fs))
	for _, f := range fs {
		rows = append(rows, models.FindingRow{
			Rule: f.Rule, Severity: string(f.Severity), SubmissionID: f.SubmissionID, School: f.School,
			Item: int32(f.Item), Page: int32(f.Page), File: f.File, Message: f.Message, Evidence: f.Evidence,
			OtherSubmissionID: f.OtherSubmissionID, OtherSchool: school[f.OtherSubmissionID],
			OtherItem: int32(f.OtherItem), OtherPage: int32(f.OtherPage), MatchID: f.MatchID,
		})
	}
	return rows
}

func matchRows(ms []models.Match) []models.MatchRow {
	rows := make([]models.MatchRow, 0, len(ms))
	for _, m := range ms {
		rows = append(rows, models.MatchRow{
			MatchID: m.ID, SubmissionID: m.A.SubmissionID, School: m.A.School, Item: int32(m.A.Item), File: m.A.File,
			Page: int32(m.A.Page), EndPage: int32(m.A.EndPage), Start: int32(m.A.Start), End: int32(m.A.End),
			Text: m.A.Text, ItemShare: m.A.ItemShare,
			OtherSubmission: m.B.SubmissionID, OtherSchool: m.B.School, OtherItem: int32(m.B.Item), OtherFile: m.B.File,
			OtherPage: int32(m.B.Page), OtherEndPage: int32(m.B.EndPage), OtherStart: int32(m.B.Start), OtherEnd: int32(m.B.End),
			OtherText: m.B.Text, OtherItemShare: m.B.ItemShare,
			Length: int32(m.Length), Similarity: m.Similarity, Template: m.Template, SameSchool: m.SameSchool,
		})
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].MatchID < rows[j].MatchID })
	return rows
}

func studentRows(ss []models.StudentRead) []models.StudentRow {
	rows := make([]models.StudentRow, 0, len(ss))
	for _, s := range ss {
		rows = append(rows, models.StudentRow{
			SubmissionID: s.SubmissionID, School: s.School, Item: int32(s.Item), Page: int32(s.Page),
			NameRead: s.NameRead, NameMatched: s.NameMatched, Source: s.Source, Confidence: s.Confidence,
		})
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.SubmissionID != b.SubmissionID {
			return a.SubmissionID < b.SubmissionID
		}
		if a.Item != b.Item {
			return a.Item < b.Item
		}
		return a.Page < b.Page
	})
	return rows
}
