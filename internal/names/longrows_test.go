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
