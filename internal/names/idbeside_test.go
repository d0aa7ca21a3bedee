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
