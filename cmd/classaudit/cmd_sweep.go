package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"classaudit/pipeline"
)

type sweepFlags struct {
	out, cacheDir, reference, summaryJSON string
	workers, templateSchools              int
	noCache, noOCR, quiet                 bool
	fileTimeout                           time.Duration
}

func newSweepCmd() *cobra.Command {
	var f sweepFlags
	cmd := &cobra.Command{
		Use:   "sweep ROOT --out DIR",
		Short: "核查一个文件夹中的全部申报材料，结果写入 Parquet 和 HTML 报告",
		Long: `sweep 读取 ROOT 下每所学校的文件夹（或 .zip），每个课堂一个子文件夹（或 .zip），
提取文本、运行全部检查，把 Parquet 表和报告写入 --out。发现的问题不影响退出码：
0 表示运行完成，1 表示运行本身失败，2 表示参数错误。`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.out == "" {
				return usageError{fmt.Errorf("缺少 --out：请指定输出文件夹")}
			}
			_, err := sweep(cmd, args[0], f, cmd.ErrOrStderr(), cmd.OutOrStdout())
			return err
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.out, "out", "", "输出文件夹（Parquet 表、report/ 报告）")
	fl.StringVar(&f.cacheDir, "cache-dir", "", "提取缓存文件夹（默认 <out>/.cache）")
	fl.BoolVar(&f.noCache, "no-cache", false, "不使用提取缓存")
	fl.IntVar(&f.workers, "workers", 0, "并行处理的文件数（默认每个CPU核一个）")
	fl.BoolVar(&f.noOCR, "no-ocr", false, "不对扫描页做OCR（更快，但扫描页内容不参与检查）")
	fl.DurationVar(&f.fileTimeout, "file-timeout", 60*time.Second, "单个文件文本提取的时限")
	fl.StringVar(&f.reference, "reference", "", "参考文本文件夹（如国家课程标准）：其中的文本不算复制")
	fl.IntVar(&f.templateSchools, "template-schools", 0, "同一段文字出现在至少这么多所学校即视为通用模板（默认由复制检查决定）")
	fl.BoolVar(&f.quiet, "quiet", false, "不显示进度，只在结尾打印摘要")
	fl.StringVar(&f.summaryJSON, "summary-json", "", "把机器可读的摘要写入此文件（- 表示标准输出）")
	return cmd
}

// sweep runs one sweep and prints its summary.
func sweep(cmd *cobra.Command, root string, f sweepFlags, stderr, stdout io.Writer) (*pipeline.Result, error) {
	if st, err := os.Stat(root); err != nil || !st.IsDir() {
		return nil, usageError{fmt.Errorf("无法读取核查根目录 %q：请给出包含各学校文件夹的目录", root)}
	}
	workers := f.workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	cfg := pipeline.Config{
		Root: root, Out: f.out, CacheDir: f.cacheDir, NoCache: f.noCache, Workers: workers,
		FileTimeout: f.fileTimeout,
	}
	cfg.Checks.ReferenceDir = f.reference
	cfg.Checks.TemplateSchools = f.templateSchools
	if !f.noOCR {
		ocr, err := newOCR(workers)
		if err != nil {
			fmt.Fprintf(stderr, "classaudit: OCR不可用（%v），扫描页将不被识别。安装 tesseract-ocr-chi-sim 后重试，或用 --no-ocr 关闭此提示。\n", err)
		} else if ocr != nil {
			defer ocr.Close()
			cfg.OCR = ocr
		}
	}
	var prog *progress
	if !f.quiet {
		prog = newProgress(stderr)
		cfg.Progress = prog
	}
	res, err := pipeline.Run(cmd.Context(), cfg)
	if prog != nil {
		prog.finish()
	}
	if err != nil {
		return nil, err
	}
	sum := summarize(res, f.out)
	if f.summaryJSON != "" {
		if err := writeSummaryJSON(f.summaryJSON, sum, stdout); err != nil {
			return res, err
		}
	}
	if f.summaryJSON != "-" {
		printSummary(stdout, sum)
	}
	return res, nil
}

func writeSummaryJSON(path string, sum summary, stdout io.Writer) error {
	b, err := json.MarshalIndent(sum, "", "  ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if path == "-" {
		_, err = stdout.Write(b)
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}
