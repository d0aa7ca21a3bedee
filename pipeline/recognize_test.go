package pipeline

import (
	"testing"

	"classaudit/models"
)

func TestRecognize(t *testing.T) {
	t.Parallel()
	const (
		form    = models.KindForm
		roster  = models.KindRoster
		summary = models.KindSummary
		video   = models.KindVideo
		item    = models.KindItem
		other   = models.KindOther
	)
	tests := []struct {
		name string
		kind models.FileKind
		item int
	}{
		// Leading numbers in their many spellings.
		{"01.课程标准(校本转化).pdf", item, 1},
		{"1、课程标准（校本转化）.pdf", item, 1},
		{"1.课程标准.pdf", item, 1},
		{"02-学习任务分析.pdf", item, 2},
		{"3 教学活动策划.pdf", item, 3},
		{"04_教学进度计划.pdf", item, 4},
		{"5．教学活动方案.pdf", item, 5},
		{"6.学习任务资源及清单.pdf", item, 6},
		{"7、工学一体化学习工作站图文说明.pdf", item, 7},
		{"8_工作页.pdf", item, 8},
		{"09.学习任务考核方案.pdf", item, 9},
		{"10 学习任务考核记录.pdf", item, 10},
		{"11.学习成果汇编.pdf", item, 11},
		{"１２．课后作业.pdf", item, 12},
		{"１０、学习任务考核记录.PDF", item, 10},
		{"12.pdf", item, 12},
		{"8.pdf", item, 8},
		{"(8)扫描件.pdf", item, 8},
		{"【10】成绩表.pdf", item, 10},
		{"第8项 扫描件.pdf", item, 8},
		{"成果1 校本课程.pdf", item, 1},
		{"八、扫描件.pdf", item, 8},
		{"十二、扫描.pdf", item, 12},
		{"附件3-2 学习任务分析.pdf", item, 2},
		{"附10 学生考核成绩.pdf", item, 10},
		{"附1 课程标准.pdf", item, 1},
		{"附12 学生课后作业.pdf", item, 12},
		{"学生考核成绩.pdf", item, 10},
		{"附件3-11 扫描.pdf", item, 11},
		{"附件3：4.进度安排.pdf", item, 4},
		// Names without numbers; the longest name wins.
		{"学习任务分析.pdf", item, 2},
		{"学习任务考核记录.pdf", item, 10},
		{"学习任务考核方案.pdf", item, 9},
		{"学习任务资源及清单.pdf", item, 6},
		{"课程标准【校本转化】.pdf", item, 1},
		{"电子商务专业课程标准（校本化）.pdf", item, 1},
		{"学生工作页（3名学生）.pdf", item, 8},
		{"学习成果汇编 张三李四王五.pdf", item, 11},
		{"一体化学习工作站图文说明.pdf", item, 7},
		{"教学活动策划方案.pdf", item, 3},
		{"教案汇总.pdf", item, 5},
		{"教学进度表.pdf", item, 4},
		{"20240301工作页扫描.pdf", item, 8},
		{"附件3 学习任务考核记录.pdf", item, 10},
		// Number and name disagree: the name wins; several names: the number picks.
		{"3.学习任务分析.pdf", item, 2},
		{"9 学习任务考核记录.pdf", item, 10},
		{"8.工作页（含课后作业）.pdf", item, 8},
		{"12.课后作业（工作页续）.pdf", item, 12},
		{"工作页与课后作业.pdf", item, 12}, // longest name
		// Not PDFs: still items, the extractor says they are not PDFs.
		{"8.工作页.docx", item, 8},
		{"12.课后作业.jpg", item, 12},
		// Form, roster and summary come before items.
		{"附件2 申报书.docx", form, 0},
		{"申报书-电子商务.pdf", form, 0},
		{"2.申报书.pdf", form, 0},
		{"工学一体化优质课堂项目申报书（盖章）.pdf", form, 0},
		{"附件2（三维数字文物建模）.docx", form, 0},
		{"附件2.pdf", form, 0},
		{"附件2-学习任务分析.pdf", item, 2},
		{"附件20.pdf", other, 0},
		{"2024级花名册.xlsx", roster, 0},
		{"学生名单.pdf", roster, 0},
		{"汽修2302班通讯录（钉钉导出）.pdf", roster, 0},
		{"2023级学生名册.xlsx", roster, 0},
		{"12.课后作业（学生信息）.pdf", item, 12},
		{"10.学生名单.pdf", roster, 0},
		{"10.学习任务考核记录（全班名单）.pdf", item, 10},
		{"XX学校汇总表.xlsx", summary, 0},
		{"附件4 工学一体化优质课堂遴选汇总表.pdf", summary, 0},
		// Videos.
		{"课堂实录/第1课.mp4", video, 13},
		{"课堂实录/说明.txt", video, 13},
		{"13.课堂实录/概述.MP4", video, 13},
		{"学习任务概述.mov", video, 13},
		{"第3课时.AVI", video, 13},
		{"13.课堂实录.pdf", video, 13},
		{"视频/课堂实录链接.docx", video, 13},
		// Folders named after an item.
		{"8.工作页/学生甲.pdf", item, 8},
		{"成果材料/1.课程标准.pdf", item, 1},
		{"成果材料/学习任务考核记录/第1页.jpg", item, 10},
		{`成果材料\11 学习成果汇编.pdf`, item, 11},
		{"1.电子商务/扫描.pdf", other, 0}, // folders count by name only
		// Dates, versions and everything else are not items.
		{"说明.txt", other, 0},
		{"2025.3.1 会议纪要.pdf", other, 0},
		{"1.5 修订说明.pdf", other, 0},
		{"3-1 照片.pdf", other, 0},
		{"3月会议纪要.pdf", other, 0},
		{"1号楼照片.jpg", other, 0},
		{"2024年度总结.pdf", other, 0},
		{"20 其他.pdf", other, 0},
		{"100.pdf", other, 0},
		{"0.封面.pdf", other, 0},
		{"一体化教学简介.pdf", other, 0},
		{"附件3.pdf", other, 0},
		{"附件3 建设成果清单.pdf", other, 0},
		{"v1.2.pdf", other, 0},
		{"", other, 0},
		{"/", other, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			kind, it := Recognize(tc.name)
			if kind != tc.kind || it != tc.item {
				t.Errorf("Recognize(%q) = %s, %d; want %s, %d", tc.name, kind, it, tc.kind, tc.item)
			}
		})
	}
}

// TestRecognizeEveryItemName checks that each 附件3 name, full and without
// its bracketed part, with and without a number, is recognised as its item.
func TestRecognizeEveryItemName(t *testing.T) {
	t.Parallel()
	for n := 1; n <= models.ItemCount; n++ {
		full := models.ItemName(n)
		names := []string{full + ".pdf", "附件3-" + itoa(n) + " " + full + ".pdf", itoa(n) + "." + full + ".pdf"}
		for _, name := range names {
			if kind, it := Recognize(name); kind != models.KindItem || it != n {
				t.Errorf("Recognize(%q) = %s, %d; want item %d", name, kind, it, n)
			}
		}
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}
