package main

import (
	"fmt"

	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/parquet-go/parquet-go"
	"github.com/spf13/cobra"

	"classaudit/internal/corpusgen"
	"classaudit/models"
)

// newScoreCmd compares a sweep of a generated corpus with its truth file:
// the training companion of gen-corpus.
func newScoreCmd() *cobra.Command {
	var rules []string
	var strict bool
	cmd := &cobra.Command{
		Use:   "score CORPUS OUT",
		Short: "将核查结果与样例材料的标准答案（.truth.json）对比：按规则列出命中、漏报、误报",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			truth, err := corpusgen.LoadTruth(filepath.Join(args[0], ".truth.json"))
			if err != nil {
				return usageError{fmt.Errorf("%s 不是 gen-corpus 生成的样例材料（缺少可读的 .truth.json）：%v", args[0], err)}
			}
			findings, err := parquet.ReadFile[models.FindingRow](filepath.Join(args[1], "findings.parquet"))
			if err != nil {
				return usageError{fmt.Errorf("无法读取 %s：请先运行 classaudit sweep %s --out %s（%v）",
					filepath.Join(args[1], "findings.parquet"), args[0], args[1], err)}
			}
			scores := corpusgen.Score(truth, findings)
			if len(rules) > 0 {
				scores = keepRules(scores, rules)
			}
			bad := writeScores(cmd.OutOrStdout(), scores)
			if strict && bad > 0 {
				return fmt.Errorf("与标准答案不一致：%d 条漏报或误报", bad)
			}
			return nil
		},
	}
	cmd.Flags().StringSliceVar(&rules, "rule", nil, "只对比这些规则或规则族（如 students,records 或 copy.cross_school）")
	cmd.Flags().BoolVar(&strict, "strict", false, "有漏报或误报时以退出码 1 结束（用于脚本）")
	return cmd
}

func keepRules(scores []corpusgen.RuleScore, rules []string) []corpusgen.RuleScore {
	var out []corpusgen.RuleScore
	for _, s := range scores {
		for _, r := range rules {
			if s.Rule == r || strings.HasPrefix(s.Rule, r+".") {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// writeScores prints the table and the misses and extras; it returns their number.
func writeScores(w interface{ Write([]byte) (int, error) }, scores []corpusgen.RuleScore) int {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "规则\t应报\t命中\t漏报\t误报\t精确率\t召回率")
	var found, missed, extra int
	for _, s := range scores {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%.3f\t%.3f\n", s.Rule, len(s.Found)+len(s.Missed), len(s.Found), len(s.Missed), len(s.Extra), s.Precision(), s.Recall())
		found, missed, extra = found+len(s.Found), missed+len(s.Missed), extra+len(s.Extra)
	}
	fmt.Fprintf(tw, "合计\t%d\t%d\t%d\t%d\t\t\n", found+missed, found, missed, extra)
	tw.Flush()
	for _, s := range scores {
		for _, k := range s.Missed {
			fmt.Fprintf(w, "漏报：%s\n", k)
		}
		for _, e := range s.Extra {
			fmt.Fprintf(w, "误报：%s\n      %s\n", e.FindingKey, e.Message)
		}
	}
	if missed+extra == 0 {
		fmt.Fprintln(w, "与标准答案完全一致。")
	}
	return missed + extra
}
