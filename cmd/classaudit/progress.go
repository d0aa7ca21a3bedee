package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"classaudit/models"
)

// progress shows a sweep's advance: a status line redrawn in place on a
// terminal, plain log lines (at most one every 10 s) otherwise.
type progress struct {
	w     io.Writer
	tty   bool
	start time.Time

	mu                              sync.Mutex
	phase                           string
	subs, files, done, pages, ocred int
	cached                          int
	lastDraw                        time.Time
	stop                            chan struct{}
	stopped                         sync.WaitGroup
}

var phaseLabel = map[string]string{
	"discover": "查找文件", "extract": "提取文本",
	"reread": "重读扫描页上的陌生学生姓名", "check": "运行检查", "write": "写出结果",
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, tty: isTerminal(w), start: time.Now(), stop: make(chan struct{})}
	if p.tty {
		p.stopped.Add(1)
		go func() {
			defer p.stopped.Done()
			t := time.NewTicker(250 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-t.C:
					p.mu.Lock()
					p.draw()
					p.mu.Unlock()
				case <-p.stop:
					return
				}
			}
		}()
	}
	return p
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func (p *progress) Phase(name string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.phase = name
	if !p.tty {
		fmt.Fprintf(p.w, "[%s] %s\n", fmtElapsed(time.Since(p.start)), phaseLabel[name])
	}
}

func (p *progress) Discovered(subs, files int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.subs, p.files = subs, files
	if !p.tty {
		fmt.Fprintf(p.w, "[%s] 找到 %d 个申报课堂，%d 个文件\n", fmtElapsed(time.Since(p.start)), subs, files)
	}
}

func (p *progress) FileDone(d *models.Document) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	p.pages += len(d.Pages)
	p.ocred += d.PagesOCRed()
	if d.Cached {
		p.cached++
	}
	if !p.tty && (time.Since(p.lastDraw) >= 10*time.Second || p.done == p.files) {
		p.lastDraw = time.Now()
		fmt.Fprintln(p.w, p.line())
	}
}

// line describes the current state; callers hold p.mu.
func (p *progress) line() string {
	el := time.Since(p.start)
	s := fmt.Sprintf("[%s] %s：文件 %d/%d · %d 页 · OCR %d 页 · 缓存 %d", fmtElapsed(el), phaseLabel[p.phase], p.done, p.files, p.pages, p.ocred, p.cached)
	if p.phase == "extract" && p.done > 0 && p.done < p.files {
		rest := time.Duration(float64(el) / float64(p.done) * float64(p.files-p.done))
		s += " · 预计剩余 " + fmtElapsed(rest)
	}
	return s
}

func (p *progress) draw() {
	if p.phase == "" {
		return
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s", p.line())
}

// finish stops the redraws and leaves the last line on screen.
func (p *progress) finish() {
	if !p.tty {
		return
	}
	close(p.stop)
	p.stopped.Wait()
	p.mu.Lock()
	p.draw()
	fmt.Fprintln(p.w)
	p.mu.Unlock()
}

func fmtElapsed(d time.Duration) string {
	d = d.Round(time.Second)
	h, m, s := int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60
	if h > 0 {
		return fmt.Sprintf("%d:%02d:%02d", h, m, s)
	}
	return fmt.Sprintf("%02d:%02d", m, s)
}
