package names

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

func TestZZDbg(t *testing.T) {
	fh, err := os.Open(os.Getenv("DBG_PAGES"))
	if err != nil {
		t.Skip()
	}
	var pages []string
	sc := bufio.NewScanner(fh)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var p struct{ Text string }
		json.Unmarshal(sc.Bytes(), &p)
		pages = append(pages, p.Text)
	}
	rs, junk, marks := RecordsJunkMarks(pages)
	fmt.Println("junk", junk, "marks", marks, "n", len(rs))
	for i, r := range rs {
		tot := ""
		if r.Total != nil {
			tot = fmt.Sprint(*r.Total)
		}
		fmt.Printf("%d %q %q %v tot=%s %v\n", i+1, r.Name, r.Excerpt, r.Scores, tot, r.Check())
	}
}
