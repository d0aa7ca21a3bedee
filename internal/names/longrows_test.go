package names

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// partsRegister prints a register with two rows a student (理论考试 and
// 实操考核 under 考核项目 成绩 权重 折合分), the serial, 学号, name and 总评
// merged over them: printed between the two rows (mid) or on the first
// row, the first part after the name (inline). bad is the student whose
// 总评 is not the sum of the weighted scores.
func partsRegister(names []string, inline bool, bad string) string {
	var b strings.Builder
	b.WriteString("学习任务考核成绩登记表\n序号 学号 姓名 考核项目 成绩 权重 折合分 总评\n")
	for i, n := range names {
		theory, practice := 60+i%30, 95-i%25
		t, p := float64(theory)*0.3, float64(practice)*0.7
		total := t + p
		if n == bad {
			total += 7
		}
		id := fmt.Sprintf("23430435%02d", i+1)
		if inline {
			fmt.Fprintf(&b, "%d %s %s 理论考试 %d 30%% %.1f %.1f\n实操考核 %d 70%% %.1f\n", i+1, id, n, theory, t, total, practice, p)
		} else {
			fmt.Fprintf(&b, "理论考试 %d 30%% %.1f\n%d %s %s %.1f\n实操考核 %d 70%% %.1f\n", theory, t, i+1, id, n, total, practice, p)
		}
	}
	b.WriteString("任课教师：龙志远\n")
	return b.String()
}

var partsClass = []string{"刘心怡", "易若楠", "刘晓菁", "曾婷", "文志强", "贺晓东", "龚瑞琪", "刘俊宇"}

// The part rows between the students' lines (the merged cells printed
// mid-row) or after them (the first part on the student's own line), the
// weights in percent or, in a spreadsheet's register, fractions ("0.3"):
// read and checked alike.
func TestPartsRegister(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name              string
		inline, fractions bool
	}{{"mid-row", false, false}, {"inline", true, false}, {"inline, fractions", true, true}} {
		t.Run(c.name, func(t *testing.T) {
			page := partsRegister(partsClass, c.inline, "文志强")
			if c.fractions {
				page = strings.ReplaceAll(strings.ReplaceAll(page, " 30% ", " 0.3 "), " 70% ", " 0.7 ")
			}
			rs, junk, _ := RecordsJunkMarks([]string{page})
			if got := recordNames(rs); !slices.Equal(got, partsClass) {
				t.Fatalf("read %v, want %v (the part rows are no students)", got, partsClass)
			}
			if junk != 0 {
				t.Errorf("junk %d, want 0", junk)
			}
			for _, r := range rs {
				if r.Short || !r.SumChecked || len(r.Scores) != 2 {
					t.Fatalf("%s: short %v, sum checked %v, scores %v", r.Name, r.Short, r.SumChecked, r.Scores)
				}
				if bad := len(r.Check()) > 0; bad != (r.Name == "文志强") {
					t.Errorf("%s: %v", r.Name, r.Check())
				}
			}
		})
	}
}

// The parts' numbers OCR misread: the student's total is not checked.
func TestPartsRegisterMisread(t *testing.T) {
	t.Parallel()
	page := partsRegister(partsClass, false, "")
	page = strings.Replace(page, "实操考核 90 70% 63.0", "实操考核 90 70% 630", 1)
	page = strings.Replace(page, "实操考核 94 70% 65.8", "实操考核亏70% 65.8", 1)
	rs := Records([]string{page})
	if got := recordNames(rs); !slices.Equal(got, partsClass) {
		t.Fatalf("read %v", got)
	}
	short := 0
	for _, r := range rs {
		if r.Short {
			short++
		}
		if len(r.Check()) > 0 {
			t.Errorf("%s: %v", r.Name, r.Check())
		}
	}
	if short != 2 {
		t.Errorf("%d short, want 2 (the two misread rows)", short)
	}
	for _, r := range rs {
		if !r.Short && len(r.Parts) != 2 {
			t.Errorf("%s: part lines %v, want two", r.Name, r.Parts)
		}
	}
}

// A total that is the parts' average, not their sum: read, not checked.
func TestPartsRegisterAverage(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("序号 姓名 考核内容 得分 综合成绩\n")
	for i, n := range partsClass {
		a, c := 70+i, 80+i%5
		fmt.Fprintf(&b, "笔试 %d\n%d %s %.1f\n技能操作 %d\n", a, i+1, n, float64(a+c)/2, c)
	}
	rs := Records([]string{b.String()})
	if got := recordNames(rs); !slices.Equal(got, partsClass) {
		t.Fatalf("read %v", got)
	}
	for _, r := range rs {
		if r.SumChecked || len(r.Check()) > 0 {
			t.Errorf("%s: sum checked %v, %v", r.Name, r.SumChecked, r.Check())
		}
	}
}

// TestPartRowsWithSubtotals: heldout116's 丰城 新能源, a scanned register of
// two rows a student, each part's items and their 小计 ("过程8 7 14 29" above
// the student's line, "结果18 16 14 48" under it), the student's line
// holding the 总分 of both 小计: each student's parts are the 小计, the
// total checked; 游超凡's 85 is 8 above 29 + 48. A part row whose items do
// not make its 小计 (a digit misread) leaves its student unchecked.
func TestPartRowsWithSubtotals(t *testing.T) {
	t.Parallel()
	page := `学习任务考核成绩登记表
过程考核:中安全防护(10) @)工具仪器使用(10) G)团队协作(20);结果考核:四数据流分析(25) @)故障定位(20) G)诊断报告(15)。总分三两项小
计之和。
序号学号姓名考核中包G)小计总分
、过程8 7 14 29
1 2436243501游超凡85
结果18 16 14 48
过程8 9 15 32
2 2436243502喻雅琪82
结果19 17 14 50
过程7 7 13 27
3 2436243503万国栋71
结果17 17 10 44
过程9 9 19 37
4 2436243504邹嘉豪85
结果21 16 1 48
-过程9 7 14 30
5 2436243505游晓入73
结果20 13 10 43
过程7 9 19 35
6 2436243506喻俊字86
结果20 18 13 51
过程8 9 14 31
7 2436243507喻晴及80
结果21 16 12 49
过程8 8 16 32
8 2436243508熊子健83
结果19 19 13 51`
	rs := Records([]string{page})
	if len(rs) != 8 {
		t.Fatalf("%d records, want 8", len(rs))
	}
	for _, r := range rs {
		probs := r.Check()
		switch {
		case r.Name == "邹嘉豪":
			if r.SumChecked || len(probs) > 0 {
				t.Errorf("邹嘉豪 (结果 misread): checked %v, %q", r.SumChecked, probs)
			}
		case !r.SumChecked || len(r.Scores) != 2:
			t.Errorf("%s: %v total %v checked %v", r.Name, r.Scores, r.Total, r.SumChecked)
		case (len(probs) > 0) != (r.Name == "游超凡"):
			t.Errorf("%s: %q", r.Name, probs)
		}
	}
}
