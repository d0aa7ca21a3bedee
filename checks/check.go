package checks

import (
	"sort"
	"sync"

	"classaudit/models"
)

// Check is one family of rules, declared as a value (like go/analysis).
type Check struct {
	ID    string   // the family, e.g. "completeness"
	Doc   string   // one sentence: what it looks for
	Rules []string // the rule ids it may report
	// Run reads the pass and reports through it.
	Run func(p *Pass)
}

// Pass is what a check sees: every submission of the sweep, extracted.
type Pass struct {
	Schools     []*models.School
	Submissions []*models.Submission
	Config      Config

	mu       sync.Mutex
	findings []models.Finding
	matches  []models.Match
	students []models.StudentRead
	people   map[*models.Submission]*people // what each submission says of its students, read once
}

// Config holds settings checks read. Zero values mean the documented defaults.
type Config struct {
	// TemplateSchools: a fingerprint found in at least this many schools is
	// template text, not copying. If zero, the copy check's default applies.
	TemplateSchools int
	// ReferenceDir holds operator-supplied reference texts never reported as copies.
	ReferenceDir string
}

// Report adds findings. Safe for concurrent use.
func (p *Pass) Report(fs ...models.Finding) {
	p.mu.Lock()
	p.findings = append(p.findings, fs...)
	p.mu.Unlock()
}

// AddMatch records an aligned passage pair for the matches table.
func (p *Pass) AddMatch(m models.Match) {
	p.mu.Lock()
	p.matches = append(p.matches, m)
	p.mu.Unlock()
}

// AddStudent records a name read for the students table.
func (p *Pass) AddStudent(s models.StudentRead) {
	p.mu.Lock()
	p.students = append(p.students, s)
	p.mu.Unlock()
}

// Registry lists every check the sweep runs, in order. Each check's file
// adds itself from an init function (files initialise in name order).
var Registry []*Check

// register adds a check to the registry; call it from the check's init.
func register(c *Check) { Registry = append(Registry, c) }

// Result is what running the checks produced.
type Result struct {
	Findings []models.Finding
	Matches  []models.Match
	Students []models.StudentRead
}

// Run runs every registered check over the pass and returns the findings in
// a stable order (submission, item, page, rule), so equal inputs give equal output.
func Run(p *Pass) Result {
	for _, s := range p.Submissions {
		p.findings = append(p.findings, s.Findings...)
	}
	for _, c := range Registry {
		c.Run(p)
	}
	sort.SliceStable(p.findings, func(i, j int) bool {
		a, b := p.findings[i], p.findings[j]
		if a.SubmissionID != b.SubmissionID {
			return a.SubmissionID < b.SubmissionID
		}
		if a.Item != b.Item {
			return a.Item < b.Item
		}
		if a.Page != b.Page {
			return a.Page < b.Page
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.File < b.File
	})
	return Result{Findings: p.findings, Matches: p.matches, Students: p.students}
}
