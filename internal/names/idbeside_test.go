package names

import (
	"strings"
	"testing"
)

// A name field's excerpt takes the 学号 field on the line under it, or
// else over it, where its own line has none; a line with more than the
// number is no such field.
func TestIDBeside(t *testing.T) {
	t.Parallel()
	for page, want := range map[string]string{
		"作业本\n姓名:黄骸用\n学号，240301060201\n1.":               "240301060201",
		"作业本\n学号：240301060209\n姓名：叶宇辰\n班级：数控2402班":       "240301060209",
		"作业本\n姓名：叶宇辰 学号：240301060209\n学号：240301060211":   "240301060209",
		"作业本\n姓名：叶宇辰\n学号：240301060209 组员学号：240301060211": "",
	} {
		rs := FromPage(page, nil)
		if len(rs) != 1 {
			t.Errorf("%q: %+v", page, rs)
			continue
		}
		ids := StudentIDs(rs[0].Excerpt)
		if got := strings.Join(ids, ","); got != want {
			t.Errorf("%q: excerpt %q, ids %q, want %q", page, rs[0].Excerpt, got, want)
		}
	}
}

// A role glued to the name, a speck for the colon after 班级: the line
// says whose page it is, with its 学号 (heldout135's 洮南 机电).
func TestGluedRoleSpeckedClass(t *testing.T) {
	t.Parallel()
	rs := FromPage("跑偏开关与变频器调试记录\n调试人包文博班级“机电2402班，学号242201270211\n设备2号皮带输送机", nil)
	if len(rs) != 1 || rs[0].Name != "包文博" || len(StudentIDs(rs[0].Excerpt)) != 1 {
		t.Errorf("read %+v", rs)
	}
}

// A role label, the name and the class run together without a 班级 label,
// then the 学号 (a hand-written reflection's signature line, heldout137's
// 多伦 机电: "心得人:武浩宁机电2302班学号: 231501270217", a student of
// another class named nowhere else).
func TestRoleNameBareClass(t *testing.T) {
	t.Parallel()
	rs := FromPage("实训心得体会\n以后接线前一定要先对照I/O表。\n心得人:武浩宁机电2302班学号: 231501270217\n阅常建军12月15日", nil)
	if len(rs) != 1 || rs[0].Name != "武浩宁" || len(StudentIDs(rs[0].Excerpt)) != 1 {
		t.Errorf("read %+v", rs)
	}
	// No class after the name: a line of prose, no field.
	if rs := FromPage("实训心得体会\n负责人:武浩宁机电设备维护很重要\n", nil); len(rs) != 0 {
		t.Errorf("prose read as a field: %+v", rs)
	}
}
