package pipeline

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"classaudit/models"
)

// A form named by the school's own words ("申报材料"), not 申报书: taken as
// the form by its fields, so that no form is reported missing and the
// people checks get its class and head count; a second unrecognised file
// that reads as no form stays what it was.
func TestAdoptForm(t *testing.T) {
	formText := "工学一体化优质课堂\n一、基本信息\n\t课堂负责人\t韦杰\n\t负责人所在单位\t广西交通技师学院\n\t专业名称\t汽车维修\n" +
		"\t授课课程名称\t汽车发动机维修\t总学时\t120\n\t授课学习任务名称\t发动机正时皮带更换\t学时\t24\n\t授课班级\t汽修2301班\t班级人数\t40人\n"
	sub := func(names ...string) *models.Submission {
		s := &models.Submission{ID: "学校/课堂"}
		for _, n := range names {
			kind, item := Recognize(n)
			text := "说明：本课堂材料按清单整理。"
			if n == "酒城技师学院申报材料（发动机正时皮带更换）.pdf" {
				text = formText
			}
			s.Files = append(s.Files, models.File{RelPath: n, Kind: kind, Item: item})
			s.Documents = append(s.Documents, &models.Document{RelPath: n, Kind: kind, Item: item, Pages: []models.Page{{Number: 1, Text: text}}})
		}
		return s
	}
	s := sub("酒城技师学院申报材料（发动机正时皮带更换）.pdf", "材料说明.pdf", "1.课程标准.pdf")
	readForm(s)
	if s.Files[0].Kind != models.KindForm || s.Documents[0].Kind != models.KindForm || s.Files[1].Kind != models.KindOther {
		t.Fatalf("kinds %v %v %v", s.Files[0].Kind, s.Documents[0].Kind, s.Files[1].Kind)
	}
	if s.Form == nil || s.Form.ClassSize != 40 || s.Form.Class != "汽修2301班" {
		t.Fatalf("form %+v", s.Form)
	}
	// A submission with a form by name keeps it; the other file is not taken.
	s = sub("申报书.pdf", "酒城技师学院申报材料（发动机正时皮带更换）.pdf")
	readForm(s)
	if s.Files[1].Kind != models.KindOther {
		t.Errorf("a second form taken: %v", s.Files[1].Kind)
	}
}

// TestAdoptRoster: a submission with no roster by its file names takes as
// its roster the one unrecognised file that lists its class (a sign-off
// sheet of the class's student cards: heldout34's 固原 中药); not a list of
// another class, nor a short list, nor a scan (its misreadings would
// stand for the class), nor anything when a roster is named.
func TestAdoptRoster(t *testing.T) {
	var rows strings.Builder
	rows.WriteString("序号\t学号\t姓名\t性别\t领取人签字\n")
	for i, n := range []string{"海思琪", "马俊豪", "王雨桐", "海子轩", "田天宇", "拓雨欣", "马斌", "刘蕊", "海少杰", "李思雨", "锁晓东", "王浩宇"} {
		fmt.Fprintf(&rows, "%d\t24641301%02d\t%s\t女\t%s\n", i+1, i+1, n, n)
	}
	list := func(class string, k int) string {
		lines := strings.Split(rows.String(), "\n")
		return class + "学生证领取签收表\n" + strings.Join(lines[:k+1], "\n")
	}
	sub := func(files map[string]string) *models.Submission {
		s := &models.Submission{ID: "学校/课堂", Form: &models.Form{Class: "中药2401班", ClassSize: 12}}
		for _, n := range slices.Sorted(maps.Keys(files)) {
			kind, item := Recognize(n)
			s.Files = append(s.Files, models.File{RelPath: n, Kind: kind, Item: item})
			text, scanned := strings.CutPrefix(files[n], "OCR:")
			method := models.MethodText
			if scanned {
				method = models.MethodOCR
			}
			s.Documents = append(s.Documents, &models.Document{RelPath: n, Kind: kind, Item: item, Pages: []models.Page{{Number: 1, Text: text, Method: method}}})
		}
		return s
	}
	kinds := func(s *models.Submission) string {
		var out []string
		for _, f := range s.Files {
			out = append(out, string(f.Kind))
		}
		return strings.Join(out, ",")
	}
	for _, c := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"the class's list", map[string]string{"签收表.pdf": list("中药2401班", 12), "说明.pdf": "说明：本课堂材料按清单整理。"}, "roster,other"},
		{"another class's", map[string]string{"签收表.pdf": list("中药2402班", 12)}, "other"},
		{"a group", map[string]string{"签收表.pdf": list("中药2401班", 5)}, "other"},
		{"fewer than the form's", map[string]string{"签收表.pdf": list("中药2401班", 11)}, "other"},
		{"two lists", map[string]string{"签收表.pdf": list("中药2401班", 12), "签到表.pdf": list("中药2401班", 12)}, "other,other"},
		{"the class in a folder's name only", map[string]string{"中药2401班/签收表.pdf": list("", 12)}, "other"},
		{"a scan", map[string]string{"签收表.pdf": "OCR:" + list("中药2401班", 12)}, "other"},
		{"a roster named", map[string]string{"签收表.pdf": list("中药2401班", 12), "学生名单.xlsx": list("中药2401班", 12)}, "roster,other"}, // 学生名单 sorts first
	} {
		s := sub(c.files)
		adoptRoster(s)
		if got := kinds(s); got != c.want {
			t.Errorf("%s: kinds %s, want %s", c.name, got, c.want)
		}
	}
}
