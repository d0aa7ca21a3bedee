package seg

import (
	"strings"
	"sync"
	"testing"
)

func TestCutConcurrent(t *testing.T) {
	t.Parallel()
	const text = "学生按照工作页获取信息，小组讨论后制定计划。"
	var wg sync.WaitGroup
	results := make([][]string, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			toks, err := Cut(text)
			if err != nil {
				t.Error(err)
			}
			results[i] = toks
		}()
	}
	wg.Wait()
	for i, toks := range results {
		if strings.Join(toks, "") != text {
			t.Errorf("goroutine %d: tokens %q do not rebuild the text", i, toks)
		}
		if len(toks) < 8 {
			t.Errorf("goroutine %d: %d tokens, the text was hardly segmented: %q", i, len(toks), toks)
		}
	}
	a, _ := Segmenter()
	b, _ := Segmenter()
	if a != b {
		t.Error("the dictionary was loaded twice")
	}
}

func BenchmarkCut(b *testing.B) {
	text := strings.Repeat("学生按照工作页获取信息，小组讨论后制定计划，教师巡回指导并做好过程控制。", 50)
	if _, err := Cut(text); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Cut(text)
	}
}

func TestPhrase(t *testing.T) {
	for s, want := range map[string]bool{
		"作业内容": true, "成果说明": true, "自我评价": true, "学习任务": true,
		"区内": true, "记宕": false, "莹上雪": false, "到丑": false, "冯昊": false, "薪欣": false, "": false,
	} {
		if got := Phrase(s); got != want {
			t.Errorf("Phrase(%q) = %v, want %v", s, got, want)
		}
	}
}
