package form

import "testing"

func BenchmarkParse(b *testing.B) {
	d := doc(docxForm("42人", "☑中级工", 3))
	for i := 0; i < b.N; i++ {
		Parse(d)
	}
}
