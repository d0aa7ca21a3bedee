package names

import (
	"fmt"
	"strings"
	"testing"
)

// A register whose header spreads over three lines of merged cells, the
// maxima on lines of their own, two columns graded in words (heldout25's
// 喀什 烹饪, typed, landscape): the maxima cannot be put under columns, but
// a score above every one of them is above its own.
func TestStatedCeiling(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("学习任务考核记录\n活动一 活动二 活动三\n理论测验 总评\n序号 学号 姓名 面团调制 馅料调制 成型与烤制 总分\n(满分40) 等级\n（等级） （等级） 实操(满分60)\n")
	names := []string{"李霁月", "刘夏禾", "赵桐", "图尔荪·吐尔逊", "胡琛", "李砚池", "马岩松", "再努尔"}
	for i, n := range names {
		practice, theory := 40+i, 30-i
		if n == "胡琛" {
			practice = 64
		}
		fmt.Fprintf(&b, "%d 24310501%02d %s 优 良 %d %d %d 良\n", i+1, i+1, n, practice, theory, practice+theory)
	}
	b.WriteString("说明：活动一、活动二只评等级，不计分；总分＝实操得分＋理论测验得分。\n")
	rs := Records([]string{b.String()})
	if len(rs) != len(names) {
		t.Fatalf("read %v", recordNames(rs))
	}
	for _, r := range rs {
		if bad := len(r.Check()) > 0; bad != (r.Name == "胡琛") {
			t.Errorf("%s: %v (scores %v)", r.Name, r.Check(), r.Scores)
		}
	}
	// A score above one maximum but not the other is no evidence: which
	// column it stands in is not known.
	page := strings.Replace(b.String(), "64 26 90", "52 26 78", 1)
	for _, r := range Records([]string{page}) {
		if len(r.Check()) > 0 {
			t.Errorf("%s: %v", r.Name, r.Check())
		}
	}
}
