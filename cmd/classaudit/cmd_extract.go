package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"classaudit/models"
	"classaudit/pipeline"
)

// pageLine is one JSON line of `classaudit extract`.
type pageLine struct {
	File       string  `json:"file"`
	Page       int     `json:"page"`
	Method     string  `json:"method"`
	Reason     string  `json:"reason,omitempty"`
	Characters int     `json:"characters"`
	Score      float64 `json:"text_layer_score"`
	Confidence float64 `json:"ocr_confidence,omitempty"`
	Seconds    float64 `json:"seconds"`
	Text       string  `json:"text"`
	LayerText  string  `json:"layer_text,omitempty"`
}

func newExtractCmd() *cobra.Command {
	var noOCR bool
	var cacheDir string
	cmd := &cobra.Command{
		Use:   "extract FILE",
		Short: "显示从一个文件中提取的文本：每页一行 JSON（页码、方法、字符数、文本）",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := args[0]
			st, err := os.Stat(path)
			if err != nil {
				return usageError{fmt.Errorf("无法读取文件 %q：%v", path, err)}
			}
			kind, item := pipeline.Recognize(filepath.Base(path))
			f := models.File{RelPath: filepath.Base(path), DiskPath: path, Kind: kind, Item: item, Size: st.Size()}
			var cfg pipeline.Config
			if !noOCR {
				ocr, err := newOCR(1)
				if err != nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "classaudit: OCR不可用：%v\n", err)
				} else if ocr != nil {
					defer ocr.Close()
					cfg.OCR = ocr
				}
			}
			d, err := pipeline.ExtractOne(cmd.Context(), cfg, cacheDir, f)
			if err != nil {
				return err
			}
			if d.Error != "" {
				fmt.Fprintf(cmd.ErrOrStderr(), "classaudit: %s：%s（%s）\n", path, d.Error, d.ErrorRule)
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetEscapeHTML(false)
			for i := range d.Pages {
				p := &d.Pages[i]
				line := pageLine{File: path, Page: p.Number, Method: p.Method, Reason: p.OCRReason, Characters: p.Chars(),
					Score: p.TextLayerScore, Confidence: p.Confidence, Seconds: p.Seconds, Text: p.Text, LayerText: p.LayerText}
				if err := enc.Encode(line); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&noOCR, "no-ocr", false, "不对扫描页做OCR")
	cmd.Flags().StringVar(&cacheDir, "cache-dir", "", "使用核查时的提取缓存（sweep 的 --cache-dir，默认 <out>/.cache）：看到核查所见的文本，不重复OCR")
	return cmd
}
