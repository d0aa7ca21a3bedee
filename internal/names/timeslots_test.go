package names

import (
	"fmt"
	"strings"
	"testing"
)

// slotRegister is a scanned register with a 考核时段 column before the 学号
// (heldout129's 江孜 汽修): rows read as OCR gives them, two with a speck
// read into a score ("111" under (15)), one whose total is not its sum.
func slotRegister() string {
	var b strings.Builder
	b.WriteString("序号考核时段学号姓名接车问诊(15)故障诊断(35)排除与验证(35) 6S与安全(15)总分评分人\n")
	given := []string{"泽洋", "文昊", "俊驰", "子墨", "浩然", "明轩", "宇航", "思远", "嘉豪", "梓睿", "天佑", "博文", "振宇",
		"俊杰", "志强", "昊天", "家乐", "子豪", "晨阳", "一鸣", "雨泽", "浩宇", "皓轩", "景行", "鸿飞", "煜城"}
	for i, g := range given {
		v := []int{9 + i%5, 22 + i%9, 21 + i%10, 9 + i%5}
		total := v[0] + v[1] + v[2] + v[3]
		cell := []string{fmt.Sprint(v[0]), fmt.Sprint(v[1]), fmt.Sprint(v[2]), fmt.Sprint(v[3])}
		switch i {
		case 3, 17:
			cell[3] = "1" + cell[3] // a speck before the digits
		case 20:
			total += 9 // wrong: 9 over the sum, no one digit explains it
		}
		fmt.Fprintf(&b, "%d 12月%d日%02d:%02d--%02d:%02d 2354040301%02d“王%s%s %s %s %s %d刘志坚\n",
			i+1, 2+i/10, 8+i%10/3, i%3*20, 8+i%10/3, i%3*20+20, i+1, g, cell[0], cell[1], cell[2], cell[3], total)
	}
	return b.String()
}

func TestTimeSlotColumn(t *testing.T) {
	t.Parallel()
	text := slotRegister()
	rs := Records([]string{text})
	if len(rs) != 26 {
		t.Fatalf("%d records, want 26", len(rs))
	}
	for _, r := range rs {
		if r.Name == "" || len(r.Scores) != 4 || r.Total == nil {
			t.Fatalf("row not read: %+v", r)
		}
	}
	if got := rs[0]; got.Name != "王泽洋" || got.Scores[0].Value != 9 || got.Scores[0].Max != 15 || got.Total.Value != 9+22+21+9 {
		t.Errorf("first row: %s %+v %v", got.Name, got.Scores, got.Total)
	}
	// Two time ranges in a note are no column (minSlotRows).
	note := "注：上午8:30-11:30考核实操，下午14:00-15:00考核理论"
	if got := dropTimeSlots([]string{note}); got[0] != note {
		t.Errorf("times in a note were taken for a column: %q", got[0])
	}
}

// A score with a speck read into it is no row to judge a scan's reading
// by: two such rows of 26 leave the one unexplained wrong total claimed.
func TestClaimUnexplainedPastSpecks(t *testing.T) {
	t.Parallel()
	rs := Records([]string{slotRegister()})
	for i := range rs {
		rs[i].OCR = true
	}
	ClaimUnexplained(rs)
	for i, r := range rs {
		p := r.Check()
		switch {
		case i == 20 && (len(p) != 1 || !strings.Contains(p[0], "不等于各项之和")):
			t.Errorf("%s (total 9 over its sum): %v", r.Name, p)
		case i != 20 && len(p) != 0:
			t.Errorf("%s: %v", r.Name, p)
		}
	}
}
