package main

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"

	"classaudit/models"
	"classaudit/pipeline"
)

// summary is the end-of-run account, printed and (with --summary-json) saved.
type summary struct {
	Submissions int            `json:"submissions"`
	Files       int            `json:"files"`
	Pages       int            `json:"pages"`
	PagesOCRed  int            `json:"pages_ocred"`
	CachedFiles int            `json:"cached_files"`
	Seconds     float64        `json:"seconds"`
	Findings    int            `json:"findings"`
	BySeverity  map[string]int `json:"by_severity"`
	ByRule      []ruleCount    `json:"by_rule"`
	Worst       []worstSub     `json:"worst_submissions"`
	Tables      []string       `json:"tables"`
	ReportIndex string         `json:"report_index,omitempty"`
}

type ruleCount struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Count    int    `json:"count"`
}

type worstSub struct {
	SubmissionID string `json:"submission_id"`
	Errors       int    `json:"errors"`
	Warnings     int    `json:"warnings"`
}

func summarize(res *pipeline.Result, out string) summary {
	s := summary{
		Submissions: len(res.Submissions), Files: res.Stats.Files, Pages: res.Stats.Pages,
		PagesOCRed: res.Stats.PagesOCRed, CachedFiles: res.Stats.CachedFiles,
		Seconds: res.Stats.Elapsed.Seconds(), Findings: len(res.Checks.Findings),
		BySeverity: map[string]int{"error": 0, "warning": 0, "info": 0},
		Tables:     res.Tables, ReportIndex: res.ReportIndex,
	}
	rules := map[string]*ruleCount{}
	subs := map[string]*worstSub{}
	for _, sub := range res.Submissions {
		subs[sub.ID] = &worstSub{SubmissionID: sub.ID}
	}
	for _, f := range res.Checks.Findings {
		s.BySeverity[string(f.Severity)]++
		rc := rules[f.Rule]
		if rc == nil {
			rc = &ruleCount{Rule: f.Rule, Severity: string(f.Severity)}
			rules[f.Rule] = rc
		}
		rc.Count++
		w := subs[f.SubmissionID]
		if w == nil {
			continue
		}
		switch f.Severity {
		case models.SeverityError:
			w.Errors++
		case models.SeverityWarning:
			w.Warnings++
		}
	}
	for _, rc := range rules {
		s.ByRule = append(s.ByRule, *rc)
	}
	sort.Slice(s.ByRule, func(i, j int) bool {
		a, b := s.ByRule[i], s.ByRule[j]
		if sevRank(a.Severity) != sevRank(b.Severity) {
			return sevRank(a.Severity) < sevRank(b.Severity)
		}
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Rule < b.Rule
	})
	for _, w := range subs {
		if w.Errors+w.Warnings > 0 {
			s.Worst = append(s.Worst, *w)
		}
	}
	sort.Slice(s.Worst, func(i, j int) bool {
		a, b := s.Worst[i], s.Worst[j]
		if a.Errors != b.Errors {
			return a.Errors > b.Errors
		}
		if a.Warnings != b.Warnings {
			return a.Warnings > b.Warnings
		}
		return a.SubmissionID < b.SubmissionID
	})
	if len(s.Worst) > 10 {
		s.Worst = s.Worst[:10]
	}
	return s
}

func sevRank(s string) int {
	switch s {
	case "error":
		return 0
	case "warning":
		return 1
	}
	return 2
}

var sevLabel = map[string]string{"error": "错误", "warning": "警告", "info": "提示"}

func printSummary(w io.Writer, s summary) {
	fmt.Fprintf(w, "\n核查完成：%d 个申报课堂，%d 个文件，%d 页（OCR %d 页，缓存命中 %d 个文件），用时 %.1f 秒。\n",
		s.Submissions, s.Files, s.Pages, s.PagesOCRed, s.CachedFiles, s.Seconds)
	fmt.Fprintf(w, "发现问题 %d 条：错误 %d，警告 %d，提示 %d。\n", s.Findings, s.BySeverity["error"], s.BySeverity["warning"], s.BySeverity["info"])
	if len(s.ByRule) > 0 {
		fmt.Fprintln(w, "\n按规则：")
		for _, r := range s.ByRule {
			fmt.Fprintf(w, "  %-28s %-4s %5d\n", r.Rule, sevLabel[r.Severity], r.Count)
		}
	}
	if len(s.Worst) > 0 {
		fmt.Fprintln(w, "\n问题最多的申报课堂：")
		for _, ws := range s.Worst {
			fmt.Fprintf(w, "  错误 %3d  警告 %3d  %s\n", ws.Errors, ws.Warnings, ws.SubmissionID)
		}
	}
	fmt.Fprintln(w, "\n输出文件：")
	for _, t := range s.Tables {
		fmt.Fprintf(w, "  %s\n", t)
	}
	if s.ReportIndex != "" {
		abs, err := filepath.Abs(s.ReportIndex)
		if err != nil {
			abs = s.ReportIndex
		}
		fmt.Fprintf(w, "\n报告首页：%s\n", abs)
	}
}
