package checks

import (
	"fmt"
	"strings"
	"testing"

	"classaudit/internal/names"
)

// TestLostRows: a scanned table whose row 12 OCR garbled beyond reading
// ("1 二人的识让和") still counts that row by its serial numbers; a table
// of 24 rows numbered 1–24 with none garbled counts 24.
func TestLostRows(t *testing.T) {
	class := pplClass(25)
	table := func(skip int, garble string) []string {
		var b strings.Builder
		b.WriteString("序号 姓名 过程考核(满分60) 终结考核(满分40) 总分\n")
		k := 0
		for i, n := range class {
			if i+1 == skip {
				continue
			}
			k++
			if k == 12 && garble != "" {
				b.WriteString(garble + "\n")
				continue
			}
			b.WriteString(fmt.Sprintf("%d %s %d %d %d\n", k, n, 40+i%20, 20+i%15, 60+i%20+i%15))
		}
		return []string{b.String()}
	}
	for _, c := range []struct {
		name  string
		pages []string
		want  int
	}{
		{"row 12 garbled", table(0, "1 二人的识让和"), 1},
		{"24 rows, none garbled", table(25, ""), 0},
		{"24 rows, one garbled", table(25, "1 二人的识让和"), 1},
	} {
		rs, junk := names.RecordsJunk(c.pages)
		for i := range rs {
			rs[i].OCR = true
		}
		if got := lostRows(rs, junk); got != c.want {
			t.Errorf("%s: lostRows = %d, want %d (%d records read, %d junk lines)", c.name, got, c.want, len(rs), junk)
		}
	}
}
