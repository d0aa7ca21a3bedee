package names

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZRecords(t *testing.T) {
	f := os.Getenv("ZZ")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	var pages []string
	json.Unmarshal(b, &pages)
	rs, junk, marks := RecordsJunkMarks(pages)
	fmt.Println("records", len(rs), "junk", junk, "marks", marks)
	for _, r := range rs {
		r.OCR, r.SureDigits = os.Getenv("ZZOCR") != "", os.Getenv("ZZOCR") != ""
		tot := ""
		if r.Total != nil {
			tot = fmt.Sprintf("%s=%v/%v", r.Total.Column, r.Total.Value, r.Total.Max)
		}
		fmt.Printf("%q unsure=%v short=%v sum=%v scores=%v total=%s check=%v | %s\n", r.Name, r.Unsure, r.Short, r.SumChecked, r.Scores, tot, r.Check(), r.Excerpt)
	}
	n, ok := NumberedRows(pages)
	fmt.Println("numbered", n, ok)
}

func TestZZSplit(t *testing.T) {
	for _, s := range []string{"成一鸣妥", "成一鸣", "金城祁", "明轩", "妥金城", "祁明轩", "黑称若汐", "李子黑"} {
		fmt.Println(s, Valid(s), Surname(s), pieceScore(s))
	}
	fmt.Println(splitNameRun("汪青城成一鸣妥金城祁明轩赵锦程贾欣怡妥诗琪牛草原李国栋牛吉乐李子黑称若汐张安琪", 13))
}

func TestZZRoster(t *testing.T) {
	f := os.Getenv("ZZ")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	var pages []string
	json.Unmarshal(b, &pages)
	r := Roster(pages)
	fmt.Println(len(r), r)
	fmt.Println(idRowsRoster(pages))
}

func TestZZPages(t *testing.T) {
	f := os.Getenv("ZZ")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	var pages []string
	json.Unmarshal(b, &pages)
	for i, p := range pages {
		for _, r := range FromPage(p, nil) {
			fmt.Printf("p%d %q conf=%.2f label=%s | %s\n", i+1, r.Name, r.Confidence, r.Label, r.Excerpt)
		}
	}
	have := make([][]Read, len(pages))
	for i, p := range pages {
		have[i] = FromPage(p, nil)
	}
	for i, rs := range LearnedReads(pages, have, nil, func(string) bool { return true }, nil) {
		for _, r := range rs {
			fmt.Printf("learned p%d %q conf=%.2f label=%s | %s\n", i+1, r.Name, r.Confidence, r.Label, r.Excerpt)
		}
	}
}

func TestZZLearnedKnown(t *testing.T) {
	f := os.Getenv("ZZ")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	var pages []string
	json.Unmarshal(b, &pages)
	known := strings.Split(os.Getenv("ZZK"), ",")
	have := make([][]Read, len(pages))
	for i, p := range pages {
		have[i] = FromPage(p, known)
		for _, r := range have[i] {
			fmt.Printf("p%d %q conf=%.2f label=%s | %s\n", i+1, r.Name, r.Confidence, r.Label, r.Excerpt)
		}
	}
	for i, rs := range LearnedReads(pages, have, known, func(string) bool { return true }, nil) {
		for _, r := range rs {
			fmt.Printf("learned p%d %q conf=%.2f label=%s | %s\n", i+1, r.Name, r.Confidence, r.Label, r.Excerpt)
		}
	}
}

func TestZZGlued(t *testing.T) {
	f := os.Getenv("ZZ")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	var pages []string
	json.Unmarshal(b, &pages)
	fmt.Println(gluedIDRoster(pages))
}

func TestZZDotted(t *testing.T) {
	for _, s := range strings.Split(os.Getenv("ZZD"), ",") {
		c, ok := nameIn(s, nil)
		fmt.Println(s, Valid(s), dotted(s), c.name, ok)
	}
}

func TestZZJunk(t *testing.T) {
	f := os.Getenv("ZZ")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	var pages []string
	json.Unmarshal(b, &pages)
	rs, _, _ := RecordsJunkMarks(pages)
	got := map[string]bool{}
	for _, r := range rs {
		got[r.Excerpt] = true
	}
	for _, p := range pages {
		for _, l := range strings.Split(normLine(p), "\n") {
			if !got[strings.TrimSpace(l)] {
				fmt.Printf("not a record: %q\n", l)
			}
		}
	}
}

func TestZZIDRows(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZ"))
	var pages []string
	json.Unmarshal(b, &pages)
	ids := idRowRecords(pages)
	fmt.Println("idrows", len(ids))
	for _, r := range ids {
		fmt.Printf("%q ", r.Name)
	}
	fmt.Println()
}
