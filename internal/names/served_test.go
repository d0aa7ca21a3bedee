package names

import (
	"slices"
	"testing"
)

// A bed card's 姓名 is the elder's: a 年龄 field of an adult's age under it
// (heldout133's 虎林 照护 床头卡); the student is the card's 制作人. A
// student's own field with an age under it, or an adult's age in the
// prose after it, is the student's.
func TestAgedRecord(t *testing.T) {
	t.Parallel()
	for page, want := range map[string][]string{
		"床头卡\n姓名 刘凤芝\n床号 12床\n年龄 76岁\n照护等级 二级\n责任照护员 朴秀妍\n制作人：朴秀妍　　班级：照护2302班　　学号：2327052919": {"朴秀妍"},
		"实训报告\n姓名：朴秀妍\n年龄：17\n班级：照护2302班":           {"朴秀妍"},
		"实训报告\n姓名：朴秀妍\n任务：为60岁以上老人测量体温\n年龄分组：65岁以上": {"朴秀妍"},
	} {
		var got []string
		for _, r := range FromPage(page, nil) {
			got = append(got, r.Name)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: read %v, want %v", page, got, want)
		}
	}
}

// A count under a roster's table ("应注册34人，实注册34人。", 应 a surname)
// is no student (heldout133's 虎林 注册名单).
func TestRosterHeadcountFoot(t *testing.T) {
	t.Parallel()
	page := "学生注册名单\n班级：照护2302班　　班主任：杨丽君\n序号 学号 姓名 性别 报到日期 注册\n" +
		"1 2327052901 宫嘉禾 女 2月16日 √\n2 2327052902 高丽雯 女 2月17日 √\n3 2327052903 宫馨蕊 女 2月16日 √\n" +
		"应注册34人，实注册34人。　　学籍管理员：鲍春华　　日期：2025年2月17日"
	if got := Roster([]string{page}); !slices.Equal(got, []string{"宫嘉禾", "高丽雯", "宫馨蕊"}) {
		t.Errorf("roster %v", got)
	}
}

// A name OCR misread in two characters is the student of the trio the
// item lacks whose characters it shares in place: "黄瑶草" for 黄馨蔓, not
// 谢梦瑶, whose 瑶 stands elsewhere (heldout135's 遂川 照护).
func TestContextSharesInPlace(t *testing.T) {
	t.Parallel()
	class := []string{"刘婉晴", "黄馨蔓", "谢梦瑶", "胡雅萱", "肖雨萱", "王雪莲"}
	ms := []Mention{
		{Item: 8, Page: 1, OCR: true, Read: Read{Name: "刘婉晴"}},
		{Item: 8, Page: 2, OCR: true, Read: Read{Name: "黄馨蔓"}},
		{Item: 8, Page: 3, OCR: true, Read: Read{Name: "谢梦瑶"}},
		{Item: 12, Page: 1, OCR: true, Read: Read{Name: "刘婉晴"}},
		{Item: 12, Page: 2, OCR: true, Read: Read{Name: "黄瑶草"}},
		{Item: 12, Page: 3, OCR: true, Read: Read{Name: "胡雅萱"}},
	}
	Resolve(ms, class)
	if ms[4].Matched != "黄馨蔓" {
		t.Errorf("黄瑶草 → %q %v, want 黄馨蔓", ms[4].Matched, ms[4].Kind)
	}
}
