package report

import (
	"strings"

	"classaudit/models"
)

// ruleLabels name the rules in Chinese for the index's summary and the
// finding headings. A rule without a label is shown by its id alone.
var ruleLabels = map[string]string{
	"item.missing":               "缺少成果项目",
	"item.duplicate":             "同一项目有多个文件",
	"item.unrecognized":          "无法识别的文件",
	"file.unreadable":            "文件无法读取",
	"file.encrypted":             "文件加密",
	"file.too_large":             "文件超过大小限制",
	"form.missing":               "缺少申报书",
	"students.count":             "学生人数不是3名",
	"students.mismatch":          "8/11/12项学生不一致",
	"students.not_in_class":      "学生不在考核记录中",
	"records.missing_student":    "花名册学生无考核记录",
	"records.count_mismatch":     "考核记录人数与班级人数不符",
	"records.invalid_score":      "考核成绩异常",
	"copy.cross_school":          "与其他学校材料雷同",
	"copy.same_school":           "与本校其他申报材料雷同",
	"fabrication.identical_work": "学生作业雷同",
	"fabrication.reused_page":    "扫描页重复使用",
	"image.cross_school":         "图片与其他学校重复",
	"form.team_size":             "教师团队超过4人",
	"form.major":                 "专业名称或代码不符",
	"form.section_length":        "申报书栏目超字数",
	"form.six_steps":             "组织实施未涵盖六个步骤",
	"form.incomplete":            "申报书内容无法完整读取",
	"review.names_unreadable":    "学生姓名无法辨认（需人工核对）",
	"review.records_unreadable":  "考核记录表无法读取（需人工核对）",
	"summary.mismatch":           "汇总表与申报材料不符",
	"video.format":               "课堂实录视频不合规",
}

// ruleLabel returns the Chinese name of a rule, or "" when none is known.
func ruleLabel(rule string) string { return ruleLabels[rule] }

// isPeopleRule reports whether a rule is about the students named in the items.
func isPeopleRule(rule string) bool {
	return strings.HasPrefix(rule, "students.") || strings.HasPrefix(rule, "records.")
}

// isCopyRule reports whether a rule's findings point at a passage pair.
func isCopyRule(rule string) bool {
	return strings.HasPrefix(rule, "copy.") || rule == "fabrication.identical_work"
}

// severity is a severity as the pages show it.
type severity struct {
	Key   string // CSS class and sort key: "error", "warning", "info", "other"
	Label string // 错误, 警告, 提示, 其他
	Rank  int    // 0 is worst
}

var severities = []severity{
	{"error", "错误", 0},
	{"warning", "警告", 1},
	{"info", "提示", 2},
	{"other", "其他", 3},
}

// severityOf maps a finding's severity; anything unknown is "other".
func severityOf(s models.Severity) severity {
	switch s {
	case models.SeverityError:
		return severities[0]
	case models.SeverityWarning:
		return severities[1]
	case models.SeverityInfo:
		return severities[2]
	}
	return severities[3]
}

// itemLabel names an item: "8 工作页", or "" for 0.
func itemLabel(n int) string {
	if n == 0 {
		return ""
	}
	if name := models.ItemName(n); name != "" {
		return itoa(n) + " " + name
	}
	return itoa(n)
}

// kindLabels name the file kinds that are not items.
var kindLabels = map[models.FileKind]string{
	models.KindForm:    "申报书",
	models.KindRoster:  "花名册",
	models.KindSummary: "汇总表",
	models.KindVideo:   "课堂实录",
	models.KindOther:   "其他文件",
}

// methodLabels name the extraction methods.
var methodLabels = map[string]string{
	models.MethodText:  "文本层",
	models.MethodOCR:   "OCR识别",
	models.MethodXML:   "XML",
	models.MethodNone:  "未读取",
	models.MethodMixed: "文本层+OCR",
}
