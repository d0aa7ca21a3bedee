package textnorm

import (
	"testing"
)

func TestFold(t *testing.T) {
	t.Parallel()
	cases := []struct{ in, want string }{
		{"学生能够，根据任务要求。", "学生能够根据任务要求"},
		{"ＡＢＣ１２３ abc", "abc123abc"},
		{"“在适度扩大总需求的同时,着力”", "在适度扩大总需求的同时着力"},
		{"一、 引言\n\t（2015年）", "一引言2015年"},
		{"ｶﾀｶﾅ", "カタカナ"},
		{"", ""},
	}
	for _, c := range cases {
		if got := String(c.in); got != c.want {
			t.Errorf("String(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestOffsetsMapBack(t *testing.T) {
	t.Parallel()
	pages := []string{"第一页：张伟，同学。", "", "  第三页ＡＢ，\n结束"}
	tx := New(pages...)
	if got := string(tx.Runes); got != "第一页张伟同学第三页ab结束" {
		t.Fatalf("runes = %q", got)
	}
	for i := range tx.Runes {
		p, o := tx.Locate(i)
		orig := []rune(pages[p])[o]
		if f, _ := Fold(orig); f != tx.Runes[i] {
			t.Errorf("rune %d (%q) maps to page %d offset %d = %q", i, tx.Runes[i], p, o, orig)
		}
	}
	// "张伟同学" is runes 3..7; on page 0 it spans offsets 4..9 ("张伟，同学").
	sp, so, ep, eo := tx.Span(3, 7)
	if sp != 0 || so != 4 || ep != 0 || eo != 9 {
		t.Errorf("Span(3,7) = %d %d %d %d", sp, so, ep, eo)
	}
	if got := tx.Excerpt(pages, 3, 7); got != "张伟，同学" {
		t.Errorf("Excerpt = %q", got)
	}
	if got := tx.Excerpt(pages, 5, 12); got != "同学。\n第三页ＡＢ" {
		t.Errorf("Excerpt across pages = %q", got)
	}
	if tx.Pages() != 3 {
		t.Errorf("Pages = %d", tx.Pages())
	}
}

func FuzzText(f *testing.F) {
	f.Add("第一页：张伟，同学。", "ＡＢ\x00\xff")
	f.Fuzz(func(t *testing.T, a, b string) {
		tx := New(a, b)
		pages := []string{a, b}
		for i := range tx.Runes {
			p, o := tx.Locate(i)
			rs := []rune(pages[p])
			if o >= len(rs) {
				t.Fatalf("offset %d beyond page %d", o, p)
			}
		}
		if tx.Len() > 0 {
			_ = tx.Excerpt(pages, 0, tx.Len())
		}
	})
}
