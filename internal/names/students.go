package names

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Mention is a name read on one page of one item.
type Mention struct {
	Item int
	Page int
	Read
	// Matched is the name the mention stands for after Resolve; Kind says how.
	Matched string
	Kind    MatchKind
	// OCR is set when the page was read by OCR: only such a name may be
	// taken for a classmate's by its context (a typed name is what it says).
	OCR bool
	// Reread is set when the name comes from a second OCR reading of a page
	// whose first named nobody surely (models.Page.Rereads).
	Reread bool
}

// Resolve sets Matched and Kind on every mention. With a class list, a
// name read is matched to a member (Match: exact wins, else one visually
// similar character off from exactly one member). A name that matches no
// member is kept as read, unless it is one similar character off from
// exactly one other name read more often (OCR noise on a student's name
// that the class list does not hold either; on a scanned page any one
// character of a 3–4 character name, or one more character after it, or
// a transliterated name's part before its dot). Between the two, a name that
// OCR garbled beyond one similar character is matched by its context
// (byContext).
func Resolve(ms []Mention, class []string) { resolve(ms, class, true) }

// ResolveUntrusted is Resolve with a class list that OCR may have garbled
// (a scanned item 10 and no roster): a name read that is a member counts,
// but no name is corrected towards the list.
func ResolveUntrusted(ms []Mention, class []string) { resolve(ms, class, false) }

func resolve(ms []Mention, class []string, trusted bool) {
	count := map[string]int{} // pages a name was read on
	seen := map[[3]any]bool{}
	for i := range ms {
		m := &ms[i]
		m.Matched, m.Kind = Match(m.Name, class)
		if m.Kind == Fuzzy && !trusted {
			m.Kind = NoMatch
		}
		if m.Kind != Exact && m.Kind != Fuzzy {
			m.Matched = m.Name
		}
		if m.Kind == Exact && !trusted {
			count[m.Matched]++ // the records hold it as read: one more witness
		}
		k := [3]any{m.Item, m.Page, m.Matched}
		if !seen[k] {
			seen[k] = true
			count[m.Matched]++
			if !m.OCR {
				count[m.Matched]++ // a typed name weighs as two scanned reads
			}
		}
	}
	inClass := map[string]bool{}
	for _, c := range class {
		inClass[c] = true
	}
	if !trusted {
		// Only the members read are established; no class-wide guess.
		inClass = map[string]bool{}
		for _, m := range ms {
			if m.Kind == Exact {
				inClass[m.Matched] = true
			}
		}
	}
	byContext(ms, inClass)
	for i := range ms {
		m := &ms[i]
		if m.Kind == Exact || m.Kind == Fuzzy || inClass[m.Matched] {
			continue
		}
		target, n := "", 0
		for other, c := range count {
			if other != m.Matched && c > count[m.Name] && (OneSimilarOff(m.Name, other) || plusOne(m.Name, other) || m.OCR && OneCharOff(m.Name, other) || m.OCR && dotPrefix(m.Name, other)) {
				target = other
				n++
			}
		}
		if n == 1 {
			m.Matched, m.Kind = target, Fuzzy
		}
	}
	mergeVariants(ms, inClass, trusted)
	nearMembers(ms, class)
}

// nearMembers matches scanned names that are still no class member's to
// the one member they are but for one character, at least two of their
// characters alike in place ("草华大" for 覃华鑫: 草 a look-alike of 覃, 华
// the same), a member no other name stands for: OCR garbled them further
// than Match allows, and only that member comes so near. A name read once
// is matched so; so are several names near the one member, each in other
// items ("欧阳安" in items 8 and 12, "欧碍宏" in 11, for 欧阳宏): OCR's
// readings of one name. A name read twice or more that is alone near a
// member may be an outsider's and stays as read, as does a typed one.
func nearMembers(ms []Mention, class []string) {
	in := map[string]bool{}
	for _, c := range class {
		in[c] = true
	}
	taken := map[string]bool{}
	type read struct {
		at    []int // indices into ms
		items map[int]bool
		typed bool
	}
	reads := map[string]*read{}
	var order []string
	for i, m := range ms {
		if in[m.Matched] {
			taken[m.Matched] = true
			continue
		}
		// Not a member's: as read, or merged with a variant read elsewhere
		// (mergeVariants), which then counts as the same name.
		r := reads[m.Matched]
		if r == nil {
			r = &read{items: map[int]bool{}}
			reads[m.Matched] = r
			order = append(order, m.Matched)
		}
		r.at = append(r.at, i)
		r.items[m.Item] = true
		r.typed = r.typed || !m.OCR
	}
	near := map[string][]string{} // member → the names near it alone
	var members []string
	for _, n := range order {
		if reads[n].typed || utf8.RuneCountInString(n) < 2 {
			continue
		}
		target, k := "", 0
		for c := range in {
			if !taken[c] && Near(n, c) {
				target = c
				k++
			}
		}
		if k == 1 {
			if near[target] == nil {
				members = append(members, target)
			}
			near[target] = append(near[target], n)
		}
	}
	for _, c := range members {
		ns := near[c]
		if len(ns) == 1 && len(reads[ns[0]].at) > 1 && !surnameOff(ns[0], c) {
			continue
		}
		items := map[int]bool{}
		apart := true
		for _, n := range ns {
			for it := range reads[n].items {
				apart = apart && !items[it]
				items[it] = true
			}
		}
		if !apart {
			continue // two of them in one item: two students
		}
		for _, n := range ns {
			for _, i := range reads[n].at {
				ms[i].Matched, ms[i].Kind = c, Fuzzy
			}
		}
	}
}

// Near reports whether a and b differ in one character at most, counted in
// place from the start or from the end, and agree in two at least (a
// look-alike agrees): one character misread or lost.
func Near(a, b string) bool {
	k := AlikeInPlace(a, b)
	return k >= 2 && k >= max(utf8.RuneCountInString(a), utf8.RuneCountInString(b))-1
}

// AlikeInPlace counts the characters of a and b alike (or look-alike) at
// the same place, from the start or from the end, whichever counts more.
func AlikeInPlace(a, b string) int {
	x, y := []rune(a), []rune(b)
	alike := func(p, q rune) bool { return p == q || Similar(p, q) }
	head, tail := 0, 0
	for i := 0; i < min(len(x), len(y)); i++ {
		if alike(x[i], y[i]) {
			head++
		}
		if alike(x[len(x)-1-i], y[len(y)-1-i]) {
			tail++
		}
	}
	return max(head, tail)
}

// mergeVariants takes scanned reads of one name that OCR read differently
// in different items ("陈小玲" in item 8, "陈小险" in 11; "李车" in 8,
// "李若" in 11 and 12; "沈桐安" in a scan, "沈桐宏" typed) for one student:
// names one character apart (a two-character name keeps its surname),
// never two of them in one item. A scanned read is renamed to the one
// better attested variant: a typed read or a member of a trusted class
// list first (they are what they say), then a valid name, then the name
// read in more items, then the earlier read. A name with two such
// variants is left alone: which one it stands for cannot be told.
func mergeVariants(ms []Mention, inClass map[string]bool, trusted bool) {
	type info struct {
		items map[int]bool
		fixed bool // typed, or a trusted class member: never renamed
		valid bool
		first int
	}
	infos := map[string]*info{}
	var order []string
	for i, m := range ms {
		in := infos[m.Matched]
		if in == nil {
			in = &info{items: map[int]bool{}, valid: Valid(m.Matched), first: i}
			infos[m.Matched] = in
			order = append(order, m.Matched)
		}
		in.items[m.Item] = true
		if !m.OCR || trusted && inClass[m.Matched] {
			in.fixed = true
		}
	}
	better := func(a, b *info) bool { // b better attested than a
		switch {
		case a.fixed != b.fixed:
			return b.fixed
		case a.valid != b.valid:
			return b.valid
		case len(a.items) != len(b.items):
			return len(b.items) > len(a.items)
		}
		return b.first < a.first
	}
	to := map[string]string{}
	for _, a := range order {
		ia := infos[a]
		if ia.fixed {
			continue
		}
		target, n := "", 0
		for _, b := range order {
			ib := infos[b]
			if b == a || to[b] != "" || !variant(a, b) || !better(ia, ib) {
				continue
			}
			clash := false
			for it := range ia.items {
				clash = clash || ib.items[it]
			}
			if !clash {
				target = b
				n++
			}
		}
		if n == 1 {
			to[a] = target
			for it := range ia.items {
				infos[target].items[it] = true // no third variant in these items
			}
		}
	}
	for a := range to {
		for k := 0; k < len(order) && to[to[a]] != ""; k++ {
			to[a] = to[to[a]] // a variant's target renamed in turn
		}
	}
	for i := range ms {
		if t := to[ms[i].Matched]; t != "" && ms[i].OCR {
			ms[i].Matched, ms[i].Kind = t, Fuzzy
		}
	}
}

// variant reports whether two names may be OCR's two readings of one:
// same length, one character apart, and for two-character names the same
// surname.
func variant(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) != len(y) || len(x) < 2 {
		return false
	}
	diff := 0
	for i := range x {
		if x[i] != y[i] {
			diff++
		}
	}
	return diff == 1 && (len(x) > 2 || x[0] == y[0])
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

// OneCharOff reports whether two names of three or four characters differ
// in one character, wherever it stands: a scanned name read two ways
// ("警上雪" once, "莹上雪" twice) is one student.
func OneCharOff(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) != len(y) || len(x) < 3 {
		return false
	}
	diff := 0
	for i := range x {
		if x[i] != y[i] {
			diff++
		}
	}
	return diff == 1
}

// surnameOff reports whether read is name but for its first character, the
// given name of two characters or more alike: OCR misreading a handwritten
// surname the same way on every page ("修一诺" for 侯一诺 on four pages of
// two items, heldout13). An outsider of another surname and that very
// given name is taken for the member: far the rarer case.
func surnameOff(read, name string) bool {
	a, b := []rune(read), []rune(name)
	return len(a) >= 3 && len(a) == len(b) && a[0] != b[0] && string(a[1:]) == string(b[1:])
}

// OneOffSameSurname reports whether two names of three characters or more
// are as long, start alike and differ in one character: one student's name
// as OCR read it two ways ("邢海鸯", "邢海网").
func OneOffSameSurname(a, b string) bool {
	return OneCharOff(a, b) && []rune(a)[0] == []rune(b)[0]
}

// plusOne reports whether read is name and one more character after it: a
// speck beside a handwritten name read as a character ("董可人" for 董可).
func plusOne(read, name string) bool {
	return utf8.RuneCountInString(read) == utf8.RuneCountInString(name)+1 && strings.HasPrefix(read, name) && Valid(name)
}

// byContext matches names read with more than one wrong character ("莹上雪"
// for 蒙曦雪, "马泽宕" for 马泽宸) to the student whose work the page most
// likely is: the class members read elsewhere in items 8, 11 and 12, and
// the names read from text layers, who are not yet named in the mention's
// own item (one student's work stands once
// in an item). The read must share characters with that student, in order
// (all but two of a name's characters may be wrong), and no other such
// student may fit as well. A member who differs by one character from
// another (twins) is thus told apart by which of them the item already holds.
func byContext(ms []Mention, inClass map[string]bool) {
	// A student matched in one round is a candidate for the pages left.
	for round := 0; round < 3 && contextRound(ms, inClass); round++ {
	}
}

// contextRound is one round of byContext; it reports whether it matched a name.
func contextRound(ms []Mention, inClass map[string]bool) bool {
	changed := false
	present := map[int]map[string]bool{} // item → students surely read in it
	var students []string
	for _, m := range ms {
		if established(m, inClass) {
			if present[m.Item] == nil {
				present[m.Item] = map[string]bool{}
			}
			if !present[m.Item][m.Matched] {
				present[m.Item][m.Matched] = true
			}
			students = appendUnique(students, m.Matched)
		}
	}
	sort.Strings(students)
	readIn := map[string]map[int]bool{} // name as read → items
	for _, m := range ms {
		if readIn[m.Name] == nil {
			readIn[m.Name] = map[int]bool{}
		}
		readIn[m.Name][m.Item] = true
	}
	alike := map[string]bool{}
	for n, its := range readIn {
		alike[n] = len(its) >= 2
	}
	type slot struct {
		item    int
		student string
	}
	claimed := map[slot]int{}    // the page the context gave a student of an item
	contested := map[slot]bool{} // … given to two pages
	took := map[int]string{}     // mention → the student the context gave it
	for i := range ms {
		m := &ms[i]
		if m.Kind == Exact || m.Kind == Fuzzy || inClass[m.Name] || established(*m, inClass) {
			continue
		}
		best, bestScore, second := "", 0.0, 0.0
		for _, c := range students {
			if present[m.Item][c] {
				continue
			}
			sc := likeness(m.Name, c) + inPlace(m.Name, c)
			switch {
			case sc > bestScore:
				best, second, bestScore = c, bestScore, sc
			case sc > second:
				second = sc
			}
		}
		if best != "" && bestScore > second && bestScore >= float64(max(1, utf8.RuneCountInString(best)-2)) {
			k := slot{m.Item, best}
			if p, ok := claimed[k]; ok && p != m.Page {
				// Two pages of one item taken for one student ("曾申" and
				// "曾侍", both for 曾佳): which is, the context cannot tell.
				contested[k] = true
				continue
			}
			claimed[k] = m.Page
			took[i] = best
			continue
		}
		// A student no other page named well ("彭宕桂" on every page for
		// 彭宸桂): a class member with the same surname and one other
		// character, if only one such member exists. Not a name read
		// alike in two items beside that member ("莫诺" in 8, 11 and 12,
		// 莫馨 on other pages of them): two students. A student's own
		// second page ("明洗" after 明浩) and a hand read alike twice
		// where the member stands nowhere else ("莹上雪") are the member.
		found, n := "", 0
		for c := range inClass {
			if oneOff(m.Name, c) && !(alike[m.Name] && present[m.Item][c]) {
				found = c
				n++
			}
		}
		if n == 1 {
			m.Matched, m.Kind = found, Fuzzy
			changed = true
		}
	}
	for i, best := range took {
		if !contested[slot{ms[i].Item, best}] {
			ms[i].Matched, ms[i].Kind = best, Fuzzy
			changed = true
		}
	}
	return changed
}

// established reports whether a mention surely names a student: a class
// member read, or any name read from a text layer (typed: it is what it
// says, a class member or not).
func established(m Mention, inClass map[string]bool) bool {
	return (m.Kind == Exact || m.Kind == Fuzzy) && inClass[m.Matched] || !m.OCR
}

// oneOff reports whether read has name's length and surname and differs
// from it in exactly one character of the given name.
func oneOff(read, name string) bool {
	a, b := []rune(read), []rune(name)
	sn := utf8.RuneCountInString(Surname(name))
	if len(a) != len(b) || sn == 0 || len(a) <= sn {
		return false
	}
	diff := 0
	for i := range a {
		if a[i] != b[i] {
			if i < sn {
				return false
			}
			diff++
		}
	}
	return diff == 1
}

// likeness scores how much a name read looks like a name: the characters
// they share in order, plus half a point for each position where the two
// hold visually similar characters. Lengths may differ by one (OCR splits
// or merges a character); 0 otherwise.
func likeness(read, name string) float64 {
	a, b := []rune(read), []rune(name)
	if d := len(a) - len(b); d > 1 || d < -1 {
		return 0
	}
	sc := float64(lcs(a, b))
	if len(a) == len(b) {
		for i := range a {
			if a[i] != b[i] && Similar(a[i], b[i]) {
				sc += 0.5
			}
		}
	}
	return sc
}

// inPlace gives a quarter point for each position where two names of one
// length hold the same character: OCR misreads a character where it
// stands, so "黄瑶草" is liker 黄馨蔓 (黄 in its place) than 谢梦瑶 (瑶
// moved), heldout135's 遂川 照护.
func inPlace(read, name string) float64 {
	a, b := []rune(read), []rune(name)
	if len(a) != len(b) {
		return 0
	}
	sc := 0.0
	for i := range a {
		if a[i] == b[i] {
			sc += 0.25
		}
	}
	return sc
}

// lcs is the length of the longest common subsequence of a and b.
func lcs(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// UnnamedStarts returns the pages of an item (texts in page order, page
// numbers from 1) that begin as the item's named pages do up to the name,
// but name nobody: a student's first page whose name OCR lost with its
// label. A page counts when the Han text of its first lines matches, for
// at least 80 % of its characters, the text above the name of one of the
// item's named pages (its title, its task). Continuation pages that repeat
// a running title would match too, so the line after the name must follow
// too (sameNext), and the pages found must be few: at most half as many as
// the named pages, of which there must be two.
func UnnamedStarts(pages []string, ms []Mention, item int) []int {
	type header struct {
		above []rune // Han text above the name line
		next  []rune // the first Han characters of the line after it
		line  int    // the name's line
	}
	named := map[int]bool{}
	var headers []header
	for _, m := range ms {
		if m.Item != item || named[m.Page] || m.Page < 1 || m.Page > len(pages) {
			continue
		}
		named[m.Page] = true
		lines := strings.Split(normLine(pages[m.Page-1]), "\n")
		if m.Line >= len(lines) {
			continue
		}
		h := header{above: []rune(hanOnly(strings.Join(lines[:m.Line], ""))), line: m.Line}
		after := m.Line + 1
		if !strings.Contains(noSpace(lines[m.Line]), m.Name) {
			after++ // the name stood on the line below its label
		}
		if after < len(lines) {
			if nx := []rune(hanOnly(lines[after])); len(nx) >= 2 {
				h.next = nx[:min(4, len(nx))]
			}
		}
		if len(h.above) >= 4 {
			headers = append(headers, h)
		}
	}
	if len(headers) < 2 {
		return nil
	}
	var out []int
	for i, p := range pages {
		if named[i+1] {
			continue
		}
		head := []rune(hanOnly(p))
		lines := strings.Split(normLine(p), "\n")
		for _, h := range headers {
			n := min(len(head), len(h.above))
			if float64(lcs(head[:n], h.above)) >= 0.8*float64(len(h.above)) && sameNext(lines, h.line, h.next) {
				out = append(out, i+1)
				break
			}
		}
	}
	if 2*len(out) > len(named) {
		return nil
	}
	return out
}

// sameNext reports whether the printed line that follows the name on a
// named page (its first Han characters, next) stands right after where the
// name would be on another page: within its lines line to line+3, one that
// begins with next, all but one character. A continuation page that repeats
// the running title goes on with other text. True when next is empty.
func sameNext(lines []string, line int, next []rune) bool {
	if len(next) == 0 {
		return true
	}
	for k := line; k <= line+3 && k < len(lines); k++ {
		h := []rune(hanOnly(lines[k]))
		if len(h) >= len(next) && lcs(h[:len(next)], next) >= len(next)-1 {
			return true
		}
	}
	return false
}
