package corpusgen

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"

	"classaudit/models"
)

// FindingKey identifies a finding for scoring: rule, submission, item, and
// the file when the truth names one for that rule, submission and item (a
// truth finding about a whole item matches a reported finding on any of its
// files).
type FindingKey struct {
	Rule, Submission string
	Item             int
	File             string
}

func (k FindingKey) String() string {
	s := fmt.Sprintf("%s %s", k.Rule, k.Submission)
	if k.Item > 0 {
		s += fmt.Sprintf(" 第%d项", k.Item)
	}
	if k.File != "" {
		s += " " + k.File
	}
	return s
}

// RuleScore counts, for one rule, the truth findings reported (Found), the
// truth findings not reported (Missed) and the findings reported that the
// truth does not hold (Extra).
type RuleScore struct {
	Rule          string
	Found, Missed []FindingKey
	Extra         []Reported
}

// Reported is a finding a sweep reported, with its message.
type Reported struct {
	FindingKey
	Message string
}

// Precision is found / (found + extra); 1 when nothing was reported.
func (r RuleScore) Precision() float64 {
	if n := len(r.Found) + len(r.Extra); n > 0 {
		return float64(len(r.Found)) / float64(n)
	}
	return 1
}

// Recall is found / (found + missed); 1 when the truth holds none.
func (r RuleScore) Recall() float64 {
	if n := len(r.Found) + len(r.Missed); n > 0 {
		return float64(len(r.Found)) / float64(n)
	}
	return 1
}

// Score compares a sweep's findings with the truth, rule by rule (rules
// sorted by id). Several findings with one key count once. Notices for the
// reviewer (models.ReviewRule: what could not be checked) are no findings
// of defects and are not scored.
//
// A truth finding with Values (a records.invalid_score row) is found only by
// a finding whose message states all of them; a finding under its key that
// states none of the truth's rows is a claim about another row, and counts
// as extra.
func Score(t *Truth, findings []models.FindingRow) []RuleScore {
	want, withFile := map[FindingKey]bool{}, map[FindingKey]bool{}
	values := map[FindingKey][][]float64{}
	for _, f := range t.Findings {
		k := FindingKey{f.Rule, f.SubmissionID, f.Item, f.File}
		want[k] = true
		if len(f.Values) > 0 {
			values[k] = append(values[k], f.Values)
		}
		if f.File != "" {
			withFile[FindingKey{Rule: f.Rule, Submission: f.SubmissionID, Item: f.Item}] = true
		}
	}
	got := map[FindingKey]string{}
	var wrongRow []Reported
	for _, f := range findings {
		if models.ReviewRule(f.Rule) {
			continue
		}
		k := FindingKey{Rule: f.Rule, Submission: f.SubmissionID, Item: int(f.Item)}
		if withFile[k] {
			k.File = f.File
		}
		if vs, ok := values[k]; ok && !statesAny(f.Message, vs) {
			if !slices.ContainsFunc(wrongRow, func(r Reported) bool { return r.FindingKey == k && r.Message == f.Message }) {
				wrongRow = append(wrongRow, Reported{k, f.Message})
			}
			continue
		}
		if _, ok := got[k]; !ok {
			got[k] = f.Message
		}
	}
	by := map[string]*RuleScore{}
	rule := func(id string) *RuleScore {
		if by[id] == nil {
			by[id] = &RuleScore{Rule: id}
		}
		return by[id]
	}
	for k := range want {
		if _, ok := got[k]; ok {
			rule(k.Rule).Found = append(rule(k.Rule).Found, k)
		} else {
			rule(k.Rule).Missed = append(rule(k.Rule).Missed, k)
		}
	}
	for k, msg := range got {
		if !want[k] {
			rule(k.Rule).Extra = append(rule(k.Rule).Extra, Reported{k, msg})
		}
	}
	for _, r := range wrongRow {
		rule(r.Rule).Extra = append(rule(r.Rule).Extra, r)
	}
	out := make([]RuleScore, 0, len(by))
	for _, r := range by {
		sort.Slice(r.Found, func(i, j int) bool { return r.Found[i].String() < r.Found[j].String() })
		sort.Slice(r.Missed, func(i, j int) bool { return r.Missed[i].String() < r.Missed[j].String() })
		sort.Slice(r.Extra, func(i, j int) bool { return r.Extra[i].String() < r.Extra[j].String() })
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Rule < out[j].Rule })
	return out
}

// numberRe finds the numbers a message states.
var numberRe = regexp.MustCompile(`\d+(?:\.\d+)?`)

// statesAny reports whether msg states every number of one of vs.
func statesAny(msg string, vs [][]float64) bool {
	var nums []float64
	for _, m := range numberRe.FindAllString(msg, -1) {
		v, _ := strconv.ParseFloat(m, 64)
		nums = append(nums, v)
	}
	for _, want := range vs {
		all := true
		for _, v := range want {
			all = all && slices.Contains(nums, v)
		}
		if all {
			return true
		}
	}
	return false
}
