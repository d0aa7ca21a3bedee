package editdist

import "testing"

func TestLevenshtein(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"", "学生", 2}, {"学生", "", 2}, {"张伟", "张伟", 0},
		{"陈己明", "陈已明", 1}, {"获取信息", "信息获取", 4}, {"kitten", "sitting", 3},
	} {
		if got := Levenshtein([]rune(c.a), []rune(c.b)); got != c.want {
			t.Errorf("Levenshtein(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}
