package names

import "sort"

// Mention is a name read on one page of one item.
type Mention struct {
	Item int
	Page int
	Read
	// Matched is the name the mention stands for after Resolve; Kind says how.
	Matched string
	Kind    MatchKind
}

// Resolve sets Matched and Kind on every mention. With a class list, a
// name read is matched to a member (Match: exact wins, else one visually
// similar character off from exactly one member). A name that matches no
// member is kept as read, unless it is one similar character off from
// exactly one other name read more often (OCR noise on a student's name
// that the class list does not hold either).
func Resolve(ms []Mention, class []string) {
	count := map[string]int{} // pages a name was read on
	seen := map[[3]any]bool{}
	for i := range ms {
		m := &ms[i]
		m.Matched, m.Kind = Match(m.Name, class)
		if m.Kind != Exact && m.Kind != Fuzzy {
			m.Matched = m.Name
		}
		k := [3]any{m.Item, m.Page, m.Matched}
		if !seen[k] {
			seen[k] = true
			count[m.Matched]++
		}
	}
	inClass := map[string]bool{}
	for _, c := range class {
		inClass[c] = true
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind == Exact || m.Kind == Fuzzy || inClass[m.Matched] {
			continue
		}
		target, n := "", 0
		for other, c := range count {
			if other != m.Matched && c > count[m.Name] && OneSimilarOff(m.Name, other) {
				target = other
				n++
			}
		}
		if n == 1 {
			m.Matched, m.Kind = target, Fuzzy
		}
	}
}

// Students returns the distinct matched names of one item's mentions, sorted.
func Students(ms []Mention, item int) []string {
	set := map[string]bool{}
	for _, m := range ms {
		if m.Item == item {
			set[m.Matched] = true
		}
	}
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// GroupPages assigns the pages of one item to students: a page that names
// a student is theirs, and the pages after it that name nobody follow it
// (a worksheet's continuation pages). Pages before the first name are left out.
func GroupPages(ms []Mention, item, pages int) map[string][]int {
	byPage := map[int][]string{}
	for _, m := range ms {
		if m.Item == item {
			byPage[m.Page] = appendUnique(byPage[m.Page], m.Matched)
		}
	}
	out := map[string][]int{}
	var cur []string
	for p := 1; p <= pages; p++ {
		if ns, ok := byPage[p]; ok {
			cur = ns
		}
		for _, n := range cur {
			out[n] = append(out[n], p)
		}
	}
	return out
}

func appendUnique(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}
