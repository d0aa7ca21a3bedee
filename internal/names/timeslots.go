package names

import (
	"regexp"
	"strings"
)

// timeSlotRe is a register row's time-slot cell: when the student was
// assessed, a date perhaps and two times ("12月2日08:30--08:50", "9:10～9:30";
// heldout129's 江孜 汽修, a 考核时段 column before the 学号). Its digits are
// no scores.
var timeSlotRe = regexp.MustCompile(`(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?\d{1,2}\s*[:：]\s*\d{2}\s*[-—–一~～至]+\s*\d{1,2}\s*[:：]\s*\d{2}`)

// timeSlotHeadRe is the heading of such a column.
var timeSlotHeadRe = regexp.MustCompile(`考\s*核\s*时\s*[段间]|时\s*间\s*段|时\s*段`)

// minSlotRows is how many rows must give a time slot before the column is
// taken for one: a register's column, not a time in a note.
const minSlotRows = 3

// dropTimeSlots takes a register's time-slot column out of its pages: the
// cells from the rows and the heading from the header, so that the rows'
// numbers are their scores and the header's columns theirs. Pages with
// fewer than minSlotRows such cells are returned as they are.
func dropTimeSlots(pages []string) []string {
	norm, n := make([]string, len(pages)), 0
	for k, p := range pages {
		norm[k] = normLine(p)
		n += len(timeSlotRe.FindAllStringIndex(norm[k], -1))
	}
	if n < minSlotRows {
		return pages
	}
	out := make([]string, len(pages))
	for k, p := range norm {
		lines := strings.Split(p, "\n")
		for i, line := range lines {
			if strings.Contains(noSpace(line), "姓名") || strings.Contains(noSpace(line), "学号") && !longDigits.MatchString(line) {
				line = timeSlotHeadRe.ReplaceAllString(line, " ")
			}
			lines[i] = timeSlotRe.ReplaceAllString(line, " ")
		}
		out[k] = strings.Join(lines, "\n")
	}
	return out
}
