package pipeline

import (
	"testing"
	"unicode/utf8"

	"classaudit/models"
)

func FuzzRecognize(f *testing.F) {
	for _, s := range []string{
		"01.课程标准(校本转化).pdf", "1、课程标准（校本转化）.pdf", "附件3-2 学习任务分析.pdf",
		"１２．课后作业.pdf", "附件2 申报书.docx", "2024级花名册.xlsx", "课堂实录/第1课.mp4",
		"2025.3.1 会议纪要.pdf", "十二、扫描.pdf", "第8项 扫描件.pdf", "8.工作页/学生甲.pdf",
		"附件十", "十", "\xff\xfe", "附件3-", "(((((", "..pdf",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		kind, item := Recognize(name)
		switch kind {
		case models.KindItem:
			if item < 1 || item > models.ItemCount {
				t.Fatalf("Recognize(%q) = item %d", name, item)
			}
		case models.KindVideo:
			if item != 13 {
				t.Fatalf("Recognize(%q) = video %d", name, item)
			}
		case models.KindForm, models.KindRoster, models.KindSummary, models.KindOther:
			if item != 0 {
				t.Fatalf("Recognize(%q) = %s %d", name, kind, item)
			}
		default:
			t.Fatalf("Recognize(%q): unknown kind %q", name, kind)
		}
		// Adding a folder that names nothing never changes a recognised item.
		if kind == models.KindItem && utf8.ValidString(name) {
			if k2, i2 := Recognize("材料/" + name); k2 != kind || i2 != item {
				t.Fatalf("Recognize(材料/%q) = %s %d, Recognize(%q) = %s %d", name, k2, i2, name, kind, item)
			}
		}
	})
}
