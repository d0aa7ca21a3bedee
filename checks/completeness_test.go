package checks

import (
	"sort"
	"strings"
	"testing"

	"classaudit/models"
)

// completeSubmission returns a submission with the form and items 1–12.
func completeSubmission() *models.Submission {
	s := &models.Submission{ID: "学校A/课堂1", School: "学校A"}
	s.Files = append(s.Files, models.File{RelPath: "学校A/课堂1/申报书.docx", Kind: models.KindForm})
	for n := 1; n <= models.ItemCount; n++ {
		s.Files = append(s.Files, models.File{RelPath: "学校A/课堂1/" + models.ItemName(n) + ".pdf", Kind: models.KindItem, Item: n})
	}
	for _, f := range s.Files {
		s.Documents = append(s.Documents, &models.Document{RelPath: f.RelPath, Kind: f.Kind, Item: f.Item, Format: "pdf"})
	}
	return s
}

func TestCompleteness(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		edit  func(s *models.Submission)
		rules []string
	}{
		{"complete", func(*models.Submission) {}, nil},
		{"item 3 missing", func(s *models.Submission) {
			s.Files = append(s.Files[:3], s.Files[4:]...)
		}, []string{"item.missing"}},
		{"two files for item 5", func(s *models.Submission) {
			s.Files = append(s.Files, models.File{RelPath: "学校A/课堂1/5.教学活动方案(修改稿).pdf", Kind: models.KindItem, Item: 5})
		}, []string{"item.duplicate"}},
		{"no form", func(s *models.Submission) { s.Files = s.Files[1:] }, []string{"form.missing"}},
		{"stray file", func(s *models.Submission) {
			s.Files = append(s.Files, models.File{RelPath: "学校A/课堂1/说明.txt", Kind: models.KindOther})
		}, []string{"item.unrecognized"}},
		{"unreadable and encrypted items", func(s *models.Submission) {
			s.Documents[2].ErrorRule, s.Documents[2].Error = models.RuleFileUnreadable, "PDF文件已损坏或被截断，无法打开：not a PDF file: missing %%EOF"
			s.Documents[4].ErrorRule, s.Documents[4].Error = models.RuleFileEncrypted, "需要密码"
		}, []string{"file.encrypted", "file.unreadable"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s := completeSubmission()
			c.edit(s)
			p := &Pass{Submissions: []*models.Submission{s}}
			runCompleteness(p)
			var got []string
			for _, f := range p.findings {
				got = append(got, f.Rule)
				if f.SubmissionID != s.ID || f.School != s.School || f.Message == "" {
					t.Errorf("finding %+v lacks its submission, school or message", f)
				}
				if strings.Contains(f.Message, "not a PDF") {
					t.Errorf("message carries the library's English: %s", f.Message)
				}
			}
			sort.Strings(got)
			if strings.Join(got, ",") != strings.Join(c.rules, ",") {
				t.Errorf("rules %v, want %v", got, c.rules)
			}
		})
	}
}

func TestChineseReason(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"PDF文件已损坏或被截断，无法打开：not a PDF file: missing %%EOF": "PDF文件已损坏或被截断，无法打开",
		"文件内容是Word文档(docx)，不是PDF":                         "文件内容是Word文档(docx)，不是PDF",
		"文件为空（0字节）。":                                      "文件为空（0字节）",
		"读取超时：第3页：解析失败":                                   "读取超时：第3页：解析失败",
	} {
		if got := chineseReason(in); got != want {
			t.Errorf("chineseReason(%q) = %q, want %q", in, got, want)
		}
	}
}
