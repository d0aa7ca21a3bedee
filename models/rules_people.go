package models

import "strings"

// Rule ids of the people checks (items 8, 10, 11, 12 and the roster) and of
// the application form's rules. Public API like the rules in finding.go.
const (
	RuleStudentsCount         = "students.count"          // item 8, 11 or 12 does not name exactly three students
	RuleStudentsMismatch      = "students.mismatch"       // items 8, 11, 12 do not name the same three
	RuleStudentsNotInClass    = "students.not_in_class"   // a student of 8/11/12 has no item-10 record
	RuleRecordsMissingStudent = "records.missing_student" // a roster member has no item-10 record
	RuleRecordsCountMismatch  = "records.count_mismatch"  // item-10 record count differs from 班级人数 or the roster
	RuleRecordsInvalidScore   = "records.invalid_score"   // a score above its maximum, a total that is not the sum

	RuleFormTeamSize      = "form.team_size"      // more than 4 teachers
	RuleFormMajor         = "form.major"          // major not one of 附件1's twelve, abbreviated, or a wrong code
	RuleFormSectionLength = "form.section_length" // a section over its character limit
	RuleFormSixSteps      = "form.six_steps"      // 组织实施 does not name the six steps
	RuleFormIncomplete    = "form.incomplete"     // fields or sections of the form could not be read

	// RuleNamesUnreadable (info) marks pages of items 8, 11, 12 whose
	// student's name OCR could not read: the student was counted from the
	// page's form, not identified, so the reviewer checks the name by eye.
	RuleNamesUnreadable = "review.names_unreadable"
	// RuleRecordsUnreadable (info) marks an item 10 whose records table
	// could not be read at all: nothing was counted or checked.
	RuleRecordsUnreadable = "review.records_unreadable"
)

// ReviewRule reports whether a rule is a notice for the reviewer (area
// "review."): what a sweep could not check, not a defect it found.
func ReviewRule(rule string) bool { return strings.HasPrefix(rule, "review.") }
