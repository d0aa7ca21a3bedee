package pipeline

import (
	"fmt"
	"path/filepath"
	"time"

	"classaudit/internal/form"
	"classaudit/models"
	"classaudit/report"
)

// readForm reads the application form's fields into s.Form. A form that
// cannot be read leaves s.Form nil; the form checks report it.
func readForm(s *models.Submission) {
	for _, d := range s.Documents {
		if d == nil || d.Kind != models.KindForm || d.ErrorRule != "" {
			continue
		}
		if f, _ := form.Parse(d); f != nil {
			s.Form = f
			return
		}
	}
}

// writeReports writes the HTML reports into <Out>/report; it returns the index path.
func writeReports(cfg Config, res *Result, sweptAt time.Time) (string, error) {
	dir := filepath.Join(cfg.Out, "report")
	err := report.Write(dir, report.Input{
		Root: cfg.Root, GeneratedAt: sweptAt,
		Submissions: res.Submissions, Schools: res.Schools,
		Findings: res.Checks.Findings, Matches: res.Checks.Matches, Students: res.Checks.Students,
	})
	if err != nil {
		return "", fmt.Errorf("write reports: %w", err)
	}
	return filepath.Join(dir, report.IndexFile), nil
}
