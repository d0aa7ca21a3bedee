package models

import "testing"

func TestDocumentSummaries(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		pages  []Page
		method string
		ocred  int
		chars  int
	}{
		{"no pages", nil, MethodNone, 0, 0},
		{"text only", []Page{{Method: MethodText, Text: "姓名：张伟"}, {Method: MethodText, Text: "a b\u3000c"}}, MethodText, 0, 8},
		{"text and OCR", []Page{{Method: MethodText, Text: "一"}, {Method: MethodOCR, Text: "二三"}}, MethodMixed, 1, 3},
		{"unreadable pages do not count", []Page{{Method: MethodNone}, {Method: MethodOCR, Text: "四"}}, MethodOCR, 1, 1},
	}
	for _, c := range cases {
		d := &Document{Pages: c.pages}
		if got := d.Method(); got != c.method {
			t.Errorf("%s: Method %q, want %q", c.name, got, c.method)
		}
		if got := d.PagesOCRed(); got != c.ocred {
			t.Errorf("%s: PagesOCRed %d, want %d", c.name, got, c.ocred)
		}
		if got := d.Chars(); got != c.chars {
			t.Errorf("%s: Chars %d, want %d", c.name, got, c.chars)
		}
	}
	d := &Document{Pages: []Page{{Text: "甲"}, {Text: "乙"}}}
	if d.Text() != "甲\f乙" {
		t.Errorf("Text %q", d.Text())
	}
}
