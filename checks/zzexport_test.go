package checks

import (
	"fmt"

	"classaudit/models"
)

// DumpPeople prints what readPeople makes of a submission (debugging only).
func DumpPeople(s *models.Submission) {
	pp := readPeople(s)
	fmt.Println("class", len(pp.class), "records", len(pp.records), "roster", len(pp.roster), "trusted", pp.classTrusted())
	for _, m := range pp.mentions {
		fmt.Printf("item %d p%d %q -> %q kind=%v conf=%.2f src=%s label=%s ocr=%v reread=%v | %s\n", m.Item, m.Page, m.Name, m.Matched, m.Kind, m.Confidence, m.Source, m.Label, m.OCR, m.Reread, m.Excerpt)
	}
	for _, r := range pp.reread {
		fmt.Println("reread:", r)
	}
}
