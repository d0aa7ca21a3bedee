package main

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"classaudit/internal/corpusgen"
)

func newGenCorpusCmd() *cobra.Command {
	var seed int64
	var profile string
	cmd := &cobra.Command{
		Use:   "gen-corpus DIR",
		Short: "生成样例申报材料（含已知问题和标准答案 .truth.json），用于演示和培训",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if profile != "small" && profile != "large" {
				return usageError{fmt.Errorf("--profile 只能是 small 或 large，而不是 %q", profile)}
			}
			truth, err := corpusgen.Generate(args[0], corpusgen.Options{Seed: seed, Profile: profile})
			if err != nil {
				return fmt.Errorf("生成样例材料失败：%w", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "已生成 %d 所学校、%d 个申报课堂到 %s（标准答案：%s，预期问题 %d 条）\n",
				len(truth.Schools), len(truth.Submissions), args[0], filepath.Join(args[0], ".truth.json"), len(truth.Findings))
			return nil
		},
	}
	cmd.Flags().Int64Var(&seed, "seed", 1, "随机种子：相同种子生成相同材料")
	cmd.Flags().StringVar(&profile, "profile", "small", "规模：small（约8个课堂）或 large（约100个课堂）")
	return cmd
}
