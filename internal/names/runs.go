package names

import (
	"slices"
	"strings"
)

// RunsRoster reads a roster whose names OCR ran together, a row of desks a
// line (heldout111's 麻城 新能源: a 座位表 as the roster,
// "张歼恰李妙涵陈兆麟方宇杰夏雨晨戴思源"), by the names the class is known by
// (its register's, read before): a Han run that holds two known names or
// more, covering half its characters or more, is cut at the known names,
// and what stands between them is one name or several where it reads so in
// one way only (Valid, two or three characters each; where it splits in
// several ways, the one way whose every part is a known name or one
// similar character off one). A run of one stray character, or one that
// cannot be split surely, gives no name. Nil when no line is such a run.
func RunsRoster(pages []string, known []string) []string {
	if len(known) == 0 {
		return nil
	}
	isKnown := map[string]bool{}
	for _, k := range known {
		if Valid(k) {
			isKnown[k] = true
		}
	}
	var out []string
	for _, p := range pages {
		for _, line := range strings.Split(normLine(p), "\n") {
			for _, run := range hanRuns(line) {
				out = append(out, cutRun(run, isKnown, known)...)
			}
		}
	}
	return firstEach(out)
}

// firstEach is ns with each name's first place kept, the others dropped.
func firstEach(ns []string) []string {
	seen := map[string]bool{}
	return slices.DeleteFunc(ns, func(n string) bool {
		if seen[n] {
			return true
		}
		seen[n] = true
		return false
	})
}

// hanRuns are the line's runs of Han characters.
func hanRuns(line string) [][]rune {
	var runs [][]rune
	for _, f := range strings.FieldsFunc(line, func(r rune) bool { return !isHan(r) }) {
		runs = append(runs, []rune(f))
	}
	return runs
}

// cutRun cuts one run at the known names in it (the longest known name at
// each place) and reads the pieces between; nil unless the run is names
// run together (two known names or more, half its characters or more).
func cutRun(run []rune, isKnown map[string]bool, known []string) []string {
	type span struct{ at, end int }
	var hits []span
	covered := 0
	for i := 0; i < len(run); {
		best := 0
		for l := 4; l >= 2; l-- {
			if i+l <= len(run) && isKnown[string(run[i:i+l])] {
				best = l
				break
			}
		}
		if best == 0 {
			i++
			continue
		}
		hits = append(hits, span{i, i + best})
		covered += best
		i += best
	}
	if len(hits) < 2 || 2*covered < len(run) {
		return nil
	}
	var out []string
	from := 0
	for _, h := range append(hits, span{len(run), len(run)}) {
		out = append(out, splitNames(run[from:h.at], known)...)
		if h.at < h.end {
			out = append(out, string(run[h.at:h.end]))
		}
		from = h.end
	}
	return out
}

// splitNames reads a piece of a run that no known name explains: the names
// it splits into in one way only, or in the one way whose every part
// matches a known name (exactly or one similar character off). Nil when
// it reads as no name, or in several ways.
func splitNames(piece []rune, known []string) []string {
	if len(piece) < 2 {
		return nil
	}
	var ways [][]string
	var walk func(rest []rune, got []string)
	walk = func(rest []rune, got []string) {
		if len(ways) > 16 {
			return
		}
		if len(rest) == 0 {
			ways = append(ways, slices.Clone(got))
			return
		}
		for l := 2; l <= 4 && l <= len(rest); l++ {
			if n := string(rest[:l]); Valid(n) {
				walk(rest[l:], append(got, n))
			}
		}
	}
	walk(piece, nil)
	switch len(ways) {
	case 0:
		return nil
	case 1:
		return ways[0]
	}
	var matched [][]string
	for _, w := range ways {
		if !slices.ContainsFunc(w, func(n string) bool {
			_, k := Match(n, known)
			return k != Exact && k != Fuzzy
		}) {
			matched = append(matched, w)
		}
	}
	if len(matched) == 1 {
		return matched[0]
	}
	return nil
}
