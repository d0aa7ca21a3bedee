package names

import (
	"fmt"
	"strings"
	"testing"
)

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

func TestNumberedRows(t *testing.T) {
	t.Parallel()
	head := "西点制作学习任务考核记录表\n序号|姓名|学号|蛋糕成品|操作规范|卫生习惯|综合评定\n"
	var rows []string
	for i := 1; i <= 12; i++ {
		rows = append(rows, fmt.Sprintf("%d”|某%d|2023510%d良优良良", i, i, i))
	}
	rows[5] = "于|傅标欣20235106 |合格|民二个" // one serial OCR lost: still a row
	body := strings.Join(rows, "\n")
	foot := "\n评分教师:黎美华审核:甘秀兰2024年12月27日"
	for _, c := range []struct {
		name  string
		pages []string
		rows  int
		ok    bool
	}{
		{"one page", []string{head + body + foot}, 12, true},
		{"carried on without a header", []string{head + body, "第2页\n13 某13 良\n14 某14 优\n15 某15 良\n16 某16 良\n17 某17 良" + foot}, 17, true},
		{"a row wrapped over two lines", []string{head + strings.Replace(body, "\n3”", "\n续行\n3”", 1) + foot}, 0, false},
		{"the last row's number lost", []string{head + body + "\n人|含国|20235113良良" + foot}, 0, false},
		{"too few rows", []string{head + strings.Join(rows[:3], "\n") + foot}, 0, false},
	} {
		n, ok := NumberedRows(c.pages)
		if n != c.rows || ok != c.ok {
			t.Errorf("%s: NumberedRows = %d, %v; want %d, %v", c.name, n, ok, c.rows, c.ok)
		}
	}
}
