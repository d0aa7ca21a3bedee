package names

import (
	"reflect"
	"strings"
	"testing"
)

// outputPage is a page of item 11 as OCR read it: a short printed opening
// (title, task), the student's own writing, and printed section headings.
func outputPage(title, name, says, self string) string {
	return strings.Join([]string{title, "学习任务:卧床老人翻身与体位转换", "姓名:", name,
		"成果名称:健康宣教单", "成果说明", says, "自我评价", self, "教师评语", "教师评语:摆放助行器规范。等级优"}, "\n")
}

func TestPrintedGroups(t *testing.T) {
	t.Parallel()
	pages := []string{
		outputPage("学习成果汇纺", "韦欣0", "附件里收录了和嘉护理床的照片和修改照护记录时的心得。在实施计划阶段我遇到标准理解偏差。",
			"最主要的感受是核对信息过程中要查阅资料后修正。"),
		outputPage("学习成果汇编", "有飞", "日闻照料中心查看评估报告后反馈表述不清，我们马上验收健康档案。",
			"自己的不足是操作顺序混乱，今后要提前汇报成果然后整理床单位。"),
		outputPage("学习成果汇编", "王轩", "这份成果是我按时制作的照护计划书，分为核对信息和保养模拟人两部分。",
			"教师说我忽视细节，自己周末上传作业，复核安全防护进步了。"),
	}
	if g := FormGroups(pages); len(g) != 0 {
		t.Logf("FormGroups = %v (the opening is too short for it)", g)
	}
	if got, want := PrintedGroups(pages), [][]int{{1, 2, 3}}; !reflect.DeepEqual(got, want) {
		t.Errorf("PrintedGroups = %v, want %v", got, want)
	}
	// Two forms under one title and task (activities 1 and 2, a page each
	// for two students): the questions printed tell them apart.
	act := func(acts string, q1, q2, a string) string {
		return strings.Join([]string{"工作页", "学习任务:动力电池包的拆装与检测", "班级:2023级新能源汽车3班", acts, "问题1", q1, "答:" + a, "问题2", q2, "答:" + a + "再复核一次"}, "\n")
	}
	two := []string{
		act("学习活动1获取信息", "写下你在测量绝缘电阻过程中得到的结果。", "简要解释测量精度怎样保证。", "重点是安全防护，我用绝缘工具组核对了28次。"),
		act("学习活动2做出决策", "说一说维修开关存在配合不默契的可能原因。", "列出更换模组需要的工具和设备。", "我先高压断电，然后复查美观度。"),
		act("学习活动1获取信息", "写下你在测量绝缘电阻过程中得到的结果。", "简要解释测量精度怎样保证。", "我们组由记录员标注充电口，我来测量绝缘电阻。"),
		act("学习活动2做出决策", "说一说维修开关存在配合不默契的可能原因。", "列出更换模组需要的工具和设备。", "维护绝缘电阻测试仪后测得26，结果符合要求。"),
	}
	if got, want := PrintedGroups(two), [][]int{{1, 3}, {2, 4}}; !reflect.DeepEqual(got, want) {
		t.Errorf("two forms: PrintedGroups = %v, want %v", got, want)
	}
	// Pages that share no printed line but their title are no group.
	if got := PrintedGroups([]string{"工作页\n我的答案一二三四五六七八九十", "工作页\n另一份作业的文字完全不同啊"}); len(got) != 0 {
		t.Errorf("unrelated pages grouped: %v", got)
	}
}

// TestUnidentifiedShortForm: an item of three outputs whose names OCR read
// on one page only holds three students, the two unnamed pages theirs.
func TestUnidentifiedShortForm(t *testing.T) {
	t.Parallel()
	pages := []string{
		outputPage("学习成果汇纺", "韦欣", "附件里收录了和嘉护理床的照片和修改照护记录时的心得。", "最主要的感受是核对信息过程中要查阅资料后修正。"),
		outputPage("学习成果汇编", "有飞", "日闻照料中心查看评估报告后反馈表述不清，我们马上验收健康档案。", "自己的不足是操作顺序混乱，今后要提前汇报成果。"),
		outputPage("学习成果汇编", "", "这份成果是我按时制作的照护计划书，分为核对信息和保养模拟人两部分。", "教师说我忽视细节，自己周末上传作业。"),
	}
	ms := []Mention{{Item: 11, Page: 1, Read: Read{Name: "韦欣", Line: 3}, Matched: "韦欣", Kind: Exact, OCR: true}}
	u := Unidentified(pages, ms, 11)
	if u.Sure != 2 || !reflect.DeepEqual(u.Pages, []int{2, 3}) {
		t.Errorf("Unidentified = %+v, want 2 students on pages 2, 3", u)
	}
}
