package names

import (
	"fmt"
	"strings"
	"testing"
)

// gradeRegister is a scanned register whose 等级 column has 备注 and 学号
// after it, the rows adding up, and row 22 as heldout127's 鄂州 新能源 photo
// read it: the total 71 (7 below the sum 78), the grade 中, and of the 学号
// at the margin only a 0.
func gradeRegister() string {
	var b strings.Builder
	b.WriteString("序号姓名安全防护(15)故障诊断(30)绝缘检测(25)维修复检(20)工单填写(10)总分等级备注学号\n")
	for i, n := range []string{"邓闪玉", "万若淋", "柯思琪", "熊清文", "黄瑞雪", "熊润泽", "余志朋", "汪建宇", "熊晓萌", "黄佳琳",
		"周昕怡", "胡金泽", "徐景行", "周昊然", "邓博", "柯翔宇", "柯嘉乐", "程正阳", "黄汤宇", "胡雅琳", "万紫莹"} {
		v := []int{9 + i%5, 19 + i%9, 16 + i%8, 13 + i%7, 6 + i%4}
		sum := v[0] + v[1] + v[2] + v[3] + v[4]
		grade := "中"
		if sum >= 80 {
			grade = "良"
		}
		fmt.Fprintf(&b, "%d %s%d %d %d %d %d %d %s 23420435%02d\n", i+1, n, v[0], v[1], v[2], v[3], v[4], sum, grade, i+1)
	}
	b.WriteString("22 吴峤宇10 25 22 13 8 71站：中0\n")
	return b.String()
}

// A grade word after a row's numbers ends its scores where the 等级 column
// has others after it: what OCR left of the 学号 there is no score.
func TestGradeBeforeLaterColumns(t *testing.T) {
	t.Parallel()
	rs := Records([]string{gradeRegister()})
	if len(rs) != 22 {
		t.Fatalf("%d records, want 22", len(rs))
	}
	r := rs[21]
	if r.Name != "吴峤宇" || len(r.Scores) != 5 || r.Total == nil || r.Total.Value != 71 || r.Scores[4].Value != 8 {
		t.Errorf("row 22: %s scores %+v total %+v", r.Name, r.Scores, r.Total)
	}
	for _, r := range rs[:21] {
		if !r.AddsUp() {
			t.Errorf("%s: %+v %+v", r.Name, r.Scores, r.Total)
		}
	}
	// Where nothing stands after 等级, the cell after the grade is the
	// row's as before: no cut.
	if k := gradeBeforeMore([]string{"10", "25", "71", "中"}, []column{{head: "甲(30)", num: true}, {head: "总分", num: true, total: true}, {head: "等级"}}, 3); k != -1 {
		t.Errorf("grade last column: cut at %d", k)
	}
}

// On a scan, a total read at misreadConf or more whose digits only a
// substitution would make the sum (71 for 78: its 1 read for an 8), every
// score read surely, is claimed; read below misreadConf it may be that
// misread, and is not.
func TestMisreadNeedsUnsureDigits(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		conf  int
		known bool
		claim bool
	}{{85, true, true}, {96, true, true}, {80, true, false}, {0, false, false}} {
		rs := Records([]string{gradeRegister()})
		for i := range rs {
			rs[i].OCR = true
			if c.known {
				rs[i].ScoreConf = []int{95, 96, 96, 96, 96}
				rs[i].TotalConf = 96
			}
		}
		rs[21].TotalConf = c.conf
		ClaimUnexplained(rs)
		p := rs[21].Check()
		if got := len(p) == 1 && strings.Contains(p[0], "总分71不等于各项之和78"); got != c.claim {
			t.Errorf("total read at %d (confidences known %v): %v, want claimed %v", c.conf, c.known, p, c.claim)
		}
	}
}
