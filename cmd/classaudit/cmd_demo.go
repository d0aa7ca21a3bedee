package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"classaudit/internal/corpusgen"
)

func newDemoCmd() *cobra.Command {
	var out string
	var seed int64
	cmd := &cobra.Command{
		Use:   "demo [--out DIR]",
		Short: "生成小型样例材料并核查，演示完整流程",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			dir, err := os.MkdirTemp("", "classaudit-demo-corpus-*")
			if err != nil {
				return err
			}
			defer os.RemoveAll(dir)
			fmt.Fprintf(cmd.ErrOrStderr(), "生成样例材料到 %s …\n", dir)
			truth, err := corpusgen.Generate(dir, corpusgen.Options{Seed: seed, Profile: "small"})
			if err != nil {
				return fmt.Errorf("生成样例材料失败：%w", err)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "已生成 %d 所学校、%d 个申报课堂（预期问题 %d 条），开始核查…\n", len(truth.Schools), len(truth.Submissions), len(truth.Findings))
			f := sweepFlags{out: out}
			if truth.ReferenceDir != "" {
				// The generator's stand-in for the national standards: text every
				// school of a major may legitimately share.
				f.reference = filepath.Join(dir, truth.ReferenceDir)
			}
			_, err = sweep(cmd, dir, f, cmd.ErrOrStderr(), cmd.OutOrStdout())
			return err
		},
	}
	cmd.Flags().StringVar(&out, "out", "demo-out", "输出文件夹")
	cmd.Flags().Int64Var(&seed, "seed", 1, "样例材料的随机种子")
	return cmd
}
