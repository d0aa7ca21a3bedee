package corpusgen

import (
	"testing"

	"classaudit/models"
)

// TestScore: found, missed and false findings per rule; a truth finding
// that names a file matches only that file; review notices are not scored.
func TestScore(t *testing.T) {
	truth := &Truth{Findings: []TruthFinding{
		{Rule: "students.count", SubmissionID: "A/1", Item: 12},
		{Rule: "students.mismatch", SubmissionID: "A/1", Item: 12},
		{Rule: "file.unreadable", SubmissionID: "B/1", Item: 3, File: "B/1/03.pdf"},
	}}
	findings := []models.FindingRow{
		{Rule: "students.count", SubmissionID: "A/1", Item: 12, File: "A/1/12.pdf"},
		{Rule: "students.count", SubmissionID: "A/1", Item: 12, File: "A/1/12.pdf"}, // twice: counts once
		{Rule: "students.mismatch", SubmissionID: "A/1", Item: 8},                   // wrong item
		{Rule: "file.unreadable", SubmissionID: "B/1", Item: 3, File: "B/1/03 copy.pdf"},
		{Rule: "review.names_unreadable", SubmissionID: "C/1", Item: 8},
	}
	got := map[string][3]int{}
	for _, r := range Score(truth, findings) {
		got[r.Rule] = [3]int{len(r.Found), len(r.Missed), len(r.Extra)}
	}
	want := map[string][3]int{
		"students.count":    {1, 0, 0},
		"students.mismatch": {0, 1, 1},
		"file.unreadable":   {0, 1, 1},
	}
	if len(got) != len(want) {
		t.Errorf("rules scored %v, want %v", got, want)
	}
	for r, w := range want {
		if got[r] != w {
			t.Errorf("%s: found/missed/extra %v, want %v", r, got[r], w)
		}
	}
}
