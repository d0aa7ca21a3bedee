package names

import (
	"slices"
	"strings"
	"testing"
)

// TestRunningTotals reads a register that keeps a running total after each
// score (heldout66's 钟祥 照护), as its PDF's text gives it: the wrapped
// headings, the 累计 cells and the maxima on three lines. A score above
// its maximum (row 3) and a running total that is not the sum (row 4) are
// the rows' errors; the rest add up.
func TestRunningTotals(t *testing.T) {
	t.Parallel()
	page := "学习任务考核成绩累计登记表\n班级：照护2401班　　课程：高龄老人居家生活照护\n" +
		"评估沟通 口腔清洁 义齿护理 记录宣教\n序号 学号 姓名 累计 累计 累计 总分\n(20) (30) (30) (20)\n" +
		"1 2405290101 王雨泽 19 19 22 41 27 68 14 82\n" +
		"2 2405290102 胡慧敏 16 16 21 37 24 61 13 74\n" +
		"3 2405290108 彭嘉禾 19 19 20 39 36 75 14 89\n" +
		"4 2405290109 彭娟 15 15 27 42 23 66 14 80\n" +
		"5 2405290110 徐子轩 13 13 20 33 27 60 19 79\n" +
		"说明：“累计”为截至该活动的得分合计，最后一栏即总分。"
	rs := Records([]string{page})
	if len(rs) != 5 {
		t.Fatalf("%d records, want 5", len(rs))
	}
	for i, r := range rs {
		probs := strings.Join(r.Check(), "；")
		if len(r.Scores) != 4 || r.Total == nil || !r.SumChecked {
			t.Errorf("%s: scores %v total %v checked %v", r.Name, r.Scores, r.Total, r.SumChecked)
			continue
		}
		if r.Scores[2].Column != "义齿护理" || r.Scores[2].Max != 30 || r.Total.Max != 100 {
			t.Errorf("%s: third score %+v, total %+v", r.Name, r.Scores[2], *r.Total)
		}
		switch i {
		case 2:
			if !strings.Contains(probs, "义齿护理”得分36超过满分30") {
				t.Errorf("%s: %q", r.Name, probs)
			}
		case 3:
			if !strings.Contains(probs, "累计66不等于此前各项之和65") {
				t.Errorf("%s: %q", r.Name, probs)
			}
		default:
			if probs != "" {
				t.Errorf("%s: %q", r.Name, probs)
			}
		}
	}
}

func TestRunLayout(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		vs   []float64
		want string
	}{
		{[]float64{19, 19, 22, 41, 27, 68, 14, 82}, "scscscst"},
		{[]float64{10, 12, 22, 30, 52}, "sscst"},        // 累计 after the second score
		{[]float64{19, 22, 27, 14, 82}, ""},             // no running total
		{[]float64{19, 19, 22, 41, 27, 68, 14, 83}, ""}, // the total not the sum
	} {
		if got := runLayout(c.vs); got != c.want {
			t.Errorf("%v: %q, want %q", c.vs, got, c.want)
		}
	}
	if h, m := runningHeadings("评估沟通 口腔清洁\n序号 学号 姓名 累计 总分\n(20) (30) (60)", 2); !slices.Equal(h, []string{"评估沟通", "口腔清洁"}) || m != nil {
		t.Errorf("headings %v maxima %v", h, m)
	}
}
