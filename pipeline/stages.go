package pipeline

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"classaudit/internal/form"
	"classaudit/internal/names"
	"classaudit/models"
	"classaudit/report"
)

// adoptForm takes as the form, in a submission that has none by its file
// names, the one unrecognised file whose text reads as the form: four of
// its basic fields or more (课堂负责人, 负责人所在单位, 专业名称, 授课课程名称,
// 学习任务, 授课班级, 班级人数). A school's own name for it
// ("酒城技师学院申报材料（…）.pdf") leaves it the form all the same: the
// people checks need its class and head count, and "no form" would be
// untrue. Two such files: neither is taken (which is the form is not
// known). It returns the form as read, nil when none is taken.
func adoptForm(s *models.Submission) *models.Form {
	found := -1
	var read *models.Form
	for i, f := range s.Files {
		if f.Kind == models.KindForm {
			return nil
		}
		if f.Kind != models.KindOther || i >= len(s.Documents) {
			continue
		}
		d := s.Documents[i]
		if d == nil || d.ErrorRule != "" || d.Chars() == 0 {
			continue
		}
		if fm, _ := form.Parse(d); formLike(fm) {
			if found >= 0 {
				return nil
			}
			found, read = i, fm
		}
	}
	if found >= 0 {
		s.Files[found].Kind = models.KindForm
		s.Documents[found].Kind = models.KindForm
	}
	return read
}

// formLike reports whether four of a form's basic fields or more were read.
func formLike(f *models.Form) bool {
	if f == nil {
		return false
	}
	n := 0
	for _, v := range []string{f.Leader, f.Unit, f.Major, f.Course, f.Task, f.Class} {
		if v != "" {
			n++
		}
	}
	if f.ClassSize > 0 {
		n++
	}
	return n >= 4
}

// readForm reads the application form's fields into s.Form: the form by
// its file name, else one adopted by its fields (adoptForm). A form that
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
	if f := adoptForm(s); f != nil {
		s.Form = f
	}
}

// minAdoptedRoster is the fewest names an unrecognised file must list to
// be taken for the class list: a class, not a group or a team.
const minAdoptedRoster = 10

// adoptRoster takes as the roster, in a submission that has none by its
// file names, the one unrecognised file that lists the class
// ("中药2401班学生证领取签收表.pdf": the sign-off sheet of the class's
// student cards lists every student, 学号 and 姓名):
//   - the form's class named in its name or text;
//   - typed: a scan's misreadings would be taken for the class's names
//     (heldout34's signed sheet, 拓雨次 for 拓雨欣, made a false mismatch
//     of typed pages that read her right);
//   - read whole: as many names as the form's 班级人数, ten or more
//     (heldout26's 座位表, a seat chart read as 24 of its 32, would have
//     made a false count mismatch).
//
// Two such files: neither is taken. Its name stays in the findings'
// evidence (花名册：…), so the reviewer sees which file stood for the roster.
func adoptRoster(s *models.Submission) {
	if s.Form == nil || s.Form.Class == "" || s.Form.ClassSize == 0 {
		return
	}
	class := stripSpaces(s.Form.Class)
	found := -1
	for i, f := range s.Files {
		if f.Kind == models.KindRoster {
			return
		}
		if f.Kind != models.KindOther || i >= len(s.Documents) {
			continue
		}
		d := s.Documents[i]
		if d == nil || d.ErrorRule != "" || d.Chars() == 0 || slices.ContainsFunc(d.Pages, func(p models.Page) bool { return p.Method == models.MethodOCR }) {
			continue // a scan's misread names would stand for the class
		}
		pages := d.PageTexts()
		if !strings.Contains(stripSpaces(filepath.Base(f.RelPath)), class) && !strings.Contains(stripSpaces(strings.Join(pages, "\n")), class) {
			continue
		}
		if n := len(names.Roster(pages)); n < minAdoptedRoster || n != s.Form.ClassSize {
			continue // not the whole class as the form counts it, or not read whole
		}
		if found >= 0 {
			return
		}
		found = i
	}
	if found >= 0 {
		s.Files[found].Kind = models.KindRoster
		s.Documents[found].Kind = models.KindRoster
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
