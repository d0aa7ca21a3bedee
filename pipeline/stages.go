package pipeline

import (
	"time"

	"classaudit/models"
)

// readForm reads the application form's fields into s.Form.
// TODO(wire): call internal/form.Parse once it lands.
func readForm(s *models.Submission) {}

// writeReports writes the HTML reports; it returns the index path.
// TODO(wire): call report.Write once it lands.
func writeReports(cfg Config, res *Result, sweptAt time.Time) (string, error) { return "", nil }
