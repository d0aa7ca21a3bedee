package pipeline

import (
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
