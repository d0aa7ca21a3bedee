// Command classaudit sweeps school submissions for integrity problems.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"classaudit/extractors/ocr"
)

// Exit codes: findings never change the exit code.
const (
	exitOK    = 0
	exitRun   = 1 // the run itself failed
	exitUsage = 2 // bad flags or arguments
)

// usageError marks errors that are the caller's: wrong flags or arguments.
type usageError struct{ error }

func main() {
	// Tesseract reads OMP_THREAD_LIMIT at start-up only: restart with it set.
	if err := ocr.ReexecWithThreadLimit(); err != nil {
		fmt.Fprintf(os.Stderr, "classaudit: %v（继续运行，但OCR会明显变慢；可先设置环境变量 OMP_THREAD_LIMIT=1）\n", err)
	}
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root := newRootCmd()
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ue usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		fmt.Fprintf(os.Stderr, "classaudit: %v\n用法见 classaudit --help\n", err)
		return exitUsage
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(os.Stderr, "classaudit: 已中断。输出文件夹保留上一次完整的结果；重新运行将从缓存继续。")
		return exitRun
	}
	fmt.Fprintf(os.Stderr, "classaudit: %v\n", err)
	return exitRun
}

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "classaudit",
		Short:         "技工院校工学一体化优质课堂申报材料诚信核查",
		Long:          "classaudit 批量核查技工院校优质课堂申报材料：提取PDF文本（扫描页OCR）、检查成果清单是否齐全、同一3名学生、全班考核记录、跨校复制等，结果写入Parquet表和HTML报告。",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(newSweepCmd(), newExtractCmd(), newGenCorpusCmd(), newScoreCmd(), newDemoCmd())
	return root
}

// isCobraUsage recognises cobra's own argument errors ("accepts 1 arg(s)", "unknown command").
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, s := range []string{"unknown command", "accepts ", "requires at least", "unknown flag", "unknown shorthand flag", "required flag"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
