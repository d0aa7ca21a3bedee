package ocr

import (
	"context"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"

	"classaudit/internal/scanimg"
)

// benchPages are the pages benchmarks read: a clean 300-dpi print page and a
// noisy, skewed 200-dpi handwriting page, as taken out of their PDFs.
func benchPages(b *testing.B) []PageImage {
	b.Helper()
	if _, err := os.Stat("/usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata"); err != nil {
		b.Skip("tesseract chi_sim not installed")
	}
	text := worksheet(b)
	dir := b.TempDir()
	var out []PageImage
	for _, c := range []scanCase{scanCases[0], scanCases[4]} {
		path, _ := makeScanPDF(b, dir, text, c)
		imgs, err := PageImages(context.Background(), path, []int{1})
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, imgs[1])
	}
	return out
}

// BenchmarkOCRPage is one worker reading pages one after another: pages/s
// per core, to compare with BenchmarkTesseractCommand.
func BenchmarkOCRPage(b *testing.B) {
	pages := benchPages(b)
	cases := []struct {
		name string
		page int
		cfg  Config
	}{
		{"clean300", 0, Config{Workers: 1}},
		{"noisy200", 1, Config{Workers: 1}},
		// The same page without upscaling and deskewing: the work the
		// tesseract command does, to price our preprocessing.
		{"noisy200_noprep", 1, Config{Workers: 1, NoUpscale: true, NoDeskew: true, NoOrientation: true}},
	}
	for _, c := range cases {
		i := c.page
		b.Run(c.name, func(b *testing.B) {
			p := NewPool(c.cfg)
			defer p.Close()
			p.Recognize(context.Background(), pages[i]) // load the model
			b.ResetTimer()
			for b.Loop() {
				if _, err := p.Recognize(context.Background(), pages[i]); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

// BenchmarkTesseractCommand runs `tesseract page.png - -l chi_sim` with
// OMP_THREAD_LIMIT=1 on the same page images (PNG written beforehand, as a
// user of the command would have it), with the command's default layout
// analysis (psm 3) and with ours (psm 6).
func BenchmarkTesseractCommand(b *testing.B) {
	if _, err := exec.LookPath("tesseract"); err != nil {
		b.Skip("tesseract command not installed")
	}
	pages := benchPages(b)
	dir := b.TempDir()
	for i, name := range []string{"clean300", "noisy200"} {
		path := filepath.Join(dir, name+".png")
		f, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		png.Encode(f, pages[i].Image)
		f.Close()
		for _, psm := range []string{"3", "6"} {
			b.Run(name+"/psm"+psm, func(b *testing.B) {
				for b.Loop() {
					cmd := exec.Command("tesseract", path, "-", "-l", "chi_sim", "--psm", psm,
						"--dpi", fmt.Sprint(int(pages[i].DPI+0.5)))
					cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
					if out, err := cmd.Output(); err != nil || len(out) == 0 {
						b.Fatalf("tesseract: %v", err)
					}
				}
				b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
			})
		}
	}
}

// BenchmarkPool feeds pages from many goroutines to pools of 1 and 2
// workers: with 2 cores, 2 workers should read nearly twice the pages/s.
func BenchmarkPool(b *testing.B) {
	pages := benchPages(b)
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			p := NewPool(Config{Workers: workers})
			defer p.Close()
			var warm sync.WaitGroup
			for range workers {
				warm.Go(func() { p.Recognize(context.Background(), pages[0]) })
			}
			warm.Wait()
			b.ResetTimer()
			cpu0 := cpuSeconds()
			jobs := make(chan int)
			var wg sync.WaitGroup
			for range 2 * workers {
				wg.Go(func() {
					for i := range jobs {
						if _, err := p.Recognize(context.Background(), pages[i%len(pages)]); err != nil {
							b.Error(err)
						}
					}
				})
			}
			for i := 0; i < b.N; i++ {
				jobs <- i
			}
			close(jobs)
			wg.Wait()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
			// CPU seconds per wall second: how many cores the pool kept busy.
			b.ReportMetric((cpuSeconds()-cpu0)/b.Elapsed().Seconds(), "cores_busy")
		})
	}
}

// cpuSeconds is the CPU time (user + system) this process has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}

// BenchmarkPageImages measures taking a page image out of a PDF.
func BenchmarkPageImages(b *testing.B) {
	text := worksheet(b)
	dir := b.TempDir()
	for _, c := range []scanCase{scanCases[0], scanCases[1], scanCases[4]} {
		path, _ := makeScanPDF(b, dir, text, c)
		b.Run(c.pdf.Encoding.String(), func(b *testing.B) {
			for b.Loop() {
				if _, err := PageImages(context.Background(), path, []int{1}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRereadSteps prices each step of the second readings of a
// student page (pipeline's rereadLadder) on the noisy, skewed 200-dpi
// page: its own resolution, 240 dpi, 240 dpi not deskewed, 400 dpi.
func BenchmarkRereadSteps(b *testing.B) {
	page := benchPages(b)[1]
	p := NewPool(Config{Workers: 1})
	defer p.Close()
	p.Recognize(context.Background(), page) // load the model
	for _, c := range []struct {
		name     string
		dpi      float64
		straight bool
	}{{"own200", 200, false}, {"at240", 240, false}, {"at240straight", 240, true}, {"at400", 400, false}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				var err error
				if c.straight {
					_, err = p.RecognizeStraight(context.Background(), page, c.dpi, 0)
				} else {
					_, err = p.RecognizeAt(context.Background(), page, c.dpi)
				}
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/reading")
		})
	}
}

// BenchmarkRemoveRules: finding and painting over the rules of a ruled
// score table scanned at 300 dpi (A4), which a page read goes through
// twice (before the orientation check, after deskewing).
func BenchmarkRemoveRules(b *testing.B) {
	var text strings.Builder
	text.WriteString("序号\t姓名\t过程(满分60)\t终结(满分40)\t总分")
	for n := 1; n <= 25; n++ {
		fmt.Fprintf(&text, "\n%d\t王伟芳\t%d\t%d\t%d", n, 40+n%20, 20+n%20, 60+n%40)
	}
	pages, err := scanimg.Render(text.String(), scanimg.Options{DPI: 300, TabMM: 30, Ruled: true, RotateDeg: 0.8, Noise: 0.1, Blur: true, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	g := pages[0].Image
	for b.Loop() {
		removeRules(g, 300)
	}
}
