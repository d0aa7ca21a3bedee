package checks

import (
	"fmt"
	"strings"
	"unicode"

	"classaudit/models"
)

// Completeness checks that items 1–12 and the form are there, one file each,
// and that every file could be read.
var Completeness = &Check{
	ID:  "completeness",
	Doc: "items 1–12 and the application form present, one readable, unencrypted PDF each, under 50 MB",
	Rules: []string{
		models.RuleItemMissing, models.RuleItemDuplicate, models.RuleItemUnrecognized,
		models.RuleFileUnreadable, models.RuleFileEncrypted, models.RuleFileTooLarge,
		models.RuleFormMissing,
	},
	Run: runCompleteness,
}

func init() { register(Completeness) }

func runCompleteness(p *Pass) {
	for _, s := range p.Submissions {
		checkSubmissionFiles(p, s)
	}
}

func checkSubmissionFiles(p *Pass, s *models.Submission) {
	base := models.Finding{SubmissionID: s.ID, School: s.School}
	byItem := map[int][]models.File{}
	hasForm := false
	for _, f := range s.Files {
		switch f.Kind {
		case models.KindItem:
			byItem[f.Item] = append(byItem[f.Item], f)
		case models.KindForm:
			hasForm = true
		case models.KindOther:
			r := base
			r.Rule, r.Severity, r.File = models.RuleItemUnrecognized, models.SeverityWarning, f.RelPath
			r.Message = fmt.Sprintf("文件“%s”无法识别为成果清单中的任何一项，也不是申报书、花名册、汇总表或课堂实录；请核对文件名（应以序号1–12开头或包含成果名称）。", lastElem(f.RelPath))
			p.Report(r)
		}
	}
	for n := 1; n <= models.ItemCount; n++ {
		files := byItem[n]
		switch {
		case len(files) == 0:
			r := base
			r.Rule, r.Severity, r.Item = models.RuleItemMissing, models.SeverityError, n
			r.Message = fmt.Sprintf("缺少第%d项“%s”：未找到对应的PDF文件。", n, models.ItemName(n))
			p.Report(r)
		case len(files) > 1:
			names := make([]string, len(files))
			for i, f := range files {
				names[i] = lastElem(f.RelPath)
			}
			r := base
			r.Rule, r.Severity, r.Item = models.RuleItemDuplicate, models.SeverityError, n
			r.File = files[1].RelPath
			r.Message = fmt.Sprintf("第%d项“%s”有%d个文件（%s），每项只应提交1个PDF。", n, models.ItemName(n), len(files), strings.Join(names, "、"))
			r.Evidence = strings.Join(names, "\n")
			p.Report(r)
		}
	}
	if !hasForm {
		r := base
		r.Rule, r.Severity = models.RuleFormMissing, models.SeverityError
		r.Message = "未找到申报书（附件2）：文件名应包含“申报书”。"
		p.Report(r)
	}
	for _, d := range s.Documents {
		if d == nil || d.ErrorRule == "" {
			continue
		}
		r := base
		r.Rule, r.Severity, r.Item, r.File = d.ErrorRule, models.SeverityError, d.Item, d.RelPath
		r.Message = fileErrorMessage(d)
		r.Evidence = d.Error
		p.Report(r)
	}
}

func fileErrorMessage(d *models.Document) string {
	what := "文件“" + lastElem(d.RelPath) + "”"
	if d.Kind == models.KindItem {
		what = fmt.Sprintf("第%d项“%s”的%s", d.Item, models.ItemName(d.Item), what)
	}
	switch d.ErrorRule {
	case models.RuleFileEncrypted:
		return what + "设有密码保护，无法读取内容；请学校提交未加密的PDF。"
	case models.RuleFileTooLarge:
		return fmt.Sprintf("%s大小为%.1f MB，超过50 MB的限制。", what, float64(d.Size)/(1<<20))
	default:
		return what + "无法读取：" + chineseReason(d.Error) + "。请学校重新提交可正常打开的PDF文件。"
	}
}

// chineseReason keeps the Chinese explanation of an extraction error and
// drops a trailing technical detail from a library ("…无法打开：not a PDF
// file"); the whole error stays in the finding's evidence.
func chineseReason(err string) string {
	err = strings.TrimRight(strings.TrimSpace(err), "。.")
	i := strings.LastIndex(err, "：")
	if i < 0 {
		return err
	}
	for _, r := range err[i:] {
		if unicode.Is(unicode.Han, r) {
			return err
		}
	}
	return err[:i]
}

func lastElem(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}
