package models

// Severity of a finding.
type Severity string

// Severities, worst first.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// Rule ids: public API, BI dashboards filter on them. Never change a meaning.
const (
	RuleItemMissing      = "item.missing"
	RuleItemDuplicate    = "item.duplicate"
	RuleItemUnrecognized = "item.unrecognized"
	RuleFileUnreadable   = "file.unreadable"
	RuleFileEncrypted    = "file.encrypted"
	RuleFileTooLarge     = "file.too_large"
	RuleFormMissing      = "form.missing"
)

// Finding is one thing a check found.
type Finding struct {
	Rule         string
	Severity     Severity
	SubmissionID string
	School       string
	Item         int    // 0 when none
	Page         int    // 0 when none
	File         string // path relative to the sweep root, "" when none
	Message      string // Chinese, readable without the manual
	Evidence     string // excerpt or details
	// Cross-submission findings name the other side.
	OtherSubmissionID string
	OtherItem         int
	OtherPage         int
	MatchID           string // row of the matches table, when any
}
