package names

import "testing"

// TestRecordsTwoUp: a class printed as two halves side by side is read as
// all of its records, each with its own scores.
func TestRecordsTwoUp(t *testing.T) {
	page := "学习任务考核记录表\n序号 姓名 过程(40) 结果(60) 总评 序号 姓名 过程(40) 结果(60) 总评\n" +
		"1 卢健霞 34 42 76 4 韩昌梅 32 55 87\n" +
		"2 刘彤萍 38 38 76 5 刘宇宏 31 56 97\n" +
		"3 施家 33 53 86\n" +
		"考核教师：施永明"
	rs := Records([]string{page})
	var got []string
	for _, r := range rs {
		got = append(got, r.Name)
	}
	if len(rs) != 5 {
		t.Fatalf("read %d records %v, want 5", len(rs), got)
	}
	bad := 0
	for _, r := range rs {
		if len(r.Check()) > 0 {
			bad++
			if r.Name != "刘宇宏" {
				t.Errorf("%s: %v", r.Name, r.Check())
			}
		}
	}
	if bad != 1 {
		t.Errorf("%d records with impossible scores, want 1 (刘宇宏: 31+56 ≠ 97)", bad)
	}
}
