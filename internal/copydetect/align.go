package copydetect

import (
	"cmp"
	"slices"
	"unicode"
)

// seed is one shared fingerprint between documents a < b.
type seed struct {
	a, b   int32
	pa, pb int32
}

// box is a candidate passage: a range on each side and the pieces in it.
type box struct {
	aS, aE, bS, bE int
	pieces         int
	// covA, covB count the runes covered by the seeds' k-grams on each side.
	covA, covB int
	// the seeds at the extremes, for exact extension
	first, last   seed // min and max pa
	firstB, lastB seed // min and max pb
}

// maxLookback bounds how many earlier seeds one seed is compared with while
// chaining (text repeated many times in both documents would otherwise cost
// quadratic time in the seeds of one pair).
const maxLookback = 64

// diagSlack is how far (in runes) two seeds' diagonals (pb-pa) may differ
// and still chain: inserted or dropped characters (a longer name, OCR
// dropping a character) shift the diagonal a little, more over a longer gap.
func diagSlack(gap int) int { return 4 + gap/16 }

// alignPair turns the seeds of one document pair (sorted by pa) into
// maximal passages, in four steps:
//
//  1. chain: seeds within MaxGap(+k) of each other on side A whose diagonals
//     agree within diagSlack form a piece (a stretch copied in order, edits
//     allowed);
//  2. select: each stretch of text keeps its best-covered piece (oneToOne:
//     a passage repeated in both documents pairs occurrences once);
//  3. merge: pieces whose ranges lie within MaxGap of each other on both
//     sides become one passage (reordered sentences; pieces cut apart by
//     heavier edits) when one of them is solid (3k/2 runes covered);
//  4. extend the ends over exactly equal runes, trim them off template text,
//     and keep passages of at least MinLength runes outside template text,
//     with at least MinLength/2 runes covered by seeds and a similarity of
//     at least MinSimilarity, and at least MinLength/2 distinct word
//     bigrams (Han characters or letters, not digits) shared by both sides.
func alignPair(ta, tb []rune, ss []seed, ma, mb []span, opt Options) []Passage {
	k, g := opt.K, opt.MaxGap
	parent := make([]int, len(ss))
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for i := range ss {
		di := int(ss[i].pb) - int(ss[i].pa)
		for j, n := i-1, 0; j >= 0 && n < maxLookback && int(ss[i].pa-ss[j].pa) <= g+k; j, n = j-1, n+1 {
			dj := int(ss[j].pb) - int(ss[j].pa)
			if d := di - dj; d <= diagSlack(int(ss[i].pa-ss[j].pa)) && d >= -diagSlack(int(ss[i].pa-ss[j].pa)) {
				if ri, rj := find(i), find(j); ri != rj {
					parent[ri] = rj
				}
			}
		}
	}
	byRoot := map[int]int{}
	var boxes []box
	var members [][]seed
	for i, s := range ss {
		r := find(i)
		bi, ok := byRoot[r]
		if !ok {
			bi = len(boxes)
			byRoot[r] = bi
			boxes = append(boxes, box{aS: int(s.pa), aE: int(s.pa) + k, bS: int(s.pb), bE: int(s.pb) + k,
				pieces: 1, first: s, last: s, firstB: s, lastB: s})
			members = append(members, nil)
		} else {
			boxes[bi].extend(s, k)
		}
		members[bi] = append(members[bi], s)
	}
	for i := range boxes {
		boxes[i].covA, boxes[i].covB = coverage(members[i], k)
	}
	boxes, _ = oneToOne(boxes, members, k)
	boxes = mergeBoxes(boxes, g, k+k/2)

	var out []Passage
	for _, bx := range boxes {
		extendExact(ta, tb, &bx, k)
		aS, aE := trimMask(ma, bx.aS, bx.aE, opt.Window)
		bS, bE := trimMask(mb, bx.bS, bx.bE, opt.Window)
		if aE <= aS || bE <= bS {
			continue
		}
		tA, tB := maskedIn(ma, aS, aE), maskedIn(mb, bS, bE)
		length := min(aE-aS-tA, bE-bS-tB)
		p := Passage{AStart: aS, AEnd: aE, BStart: bS, BEnd: bE, Length: length,
			Pieces: bx.pieces, TemplateChars: tA + tB, Covered: min(bx.covA, bx.covB)}
		if 2*min(bx.covA, bx.covB) < opt.MinLength {
			continue // scattered short coincidences, not a passage
		}
		if length < opt.MinLength {
			if tA+tB == 0 || min(aE-aS, bE-bS) < opt.MinLength {
				continue
			}
			p.Template = true
		}
		if !p.Template {
			// Words, not numbers: two tables of student numbers and scores
			// align over long runs of digits and a repeated 合格, with
			// nothing written in common.
			p.Content = sharedContent(ta, tb, ma, mb, aS, aE, bS, bE)
			if 2*p.Content < opt.MinLength {
				continue
			}
		}
		p.Similarity = bigramDice(ta[aS:aE], tb[bS:bE])
		if p.Similarity < opt.MinSimilarity {
			continue
		}
		out = append(out, p)
	}
	return out
}

// coverage counts the runes the seeds' k-grams cover on each side.
func coverage(ss []seed, k int) (a, b int) {
	pos := make([]int, len(ss))
	for side := 0; side < 2; side++ {
		for i, s := range ss {
			if side == 0 {
				pos[i] = int(s.pa)
			} else {
				pos[i] = int(s.pb)
			}
		}
		slices.Sort(pos)
		n, end := 0, -1
		for _, p := range pos {
			if p+k <= end {
				continue
			}
			n += p + k - max(p, end)
			end = p + k
		}
		if side == 0 {
			a = n
		} else {
			b = n
		}
	}
	return a, b
}

func (bx *box) extend(s seed, k int) {
	pa, pb := int(s.pa), int(s.pb)
	if pa < bx.aS {
		bx.aS = pa
	}
	if pa+k > bx.aE {
		bx.aE = pa + k
	}
	if pb < bx.bS {
		bx.bS = pb
	}
	if pb+k > bx.bE {
		bx.bE = pb + k
	}
	if s.pa < bx.first.pa {
		bx.first = s
	}
	if s.pa >= bx.last.pa {
		bx.last = s
	}
	if s.pb < bx.firstB.pb {
		bx.firstB = s
	}
	if s.pb >= bx.lastB.pb {
		bx.lastB = s
	}
}

// maxSelectBoxes bounds the pieces of one pair that oneToOne compares
// (quadratic): only text repeated over and over makes that many.
const maxSelectBoxes = 2000

// oneToOne keeps each stretch of text aligned with one place on the other
// side. A passage that stands several times in both documents (a printed
// situation on every student's worksheet page) pairs every occurrence with
// every other: without a choice, the pieces of different occurrence pairs
// were merged into one box spanning all of them, whose similarity fell
// below the gate. The pieces are taken by decreasing coverage (on ties, in
// text order, so equal occurrences pair up in order); a piece is dropped
// when at least half of the runes its seeds cover on either side are
// already covered by the seeds of a kept piece. (Ranges would not do: the
// range of a piece of a reordered copy spans the other sentences' pieces.)
func oneToOne(boxes []box, members [][]seed, k int) ([]box, [][]seed) {
	if len(boxes) < 2 || len(boxes) > maxSelectBoxes {
		return boxes, members
	}
	idx := make([]int, len(boxes))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int {
		x, y := boxes[i], boxes[j]
		if c := cmp.Compare(min(y.covA, y.covB), min(x.covA, x.covB)); c != 0 {
			return c
		}
		if c := cmp.Compare(x.aS, y.aS); c != 0 {
			return c
		}
		return cmp.Compare(x.bS, y.bS)
	})
	takenA, takenB := map[int32]struct{}{}, map[int32]struct{}{}
	var pos []int32
	// taken counts the runes covered by seeds at pos that are in set; with
	// mark, it adds them to set.
	taken := func(set map[int32]struct{}, mark bool) int {
		slices.Sort(pos)
		n, end := 0, int32(-1)
		for _, p := range pos {
			for r := max(p, end); r < p+int32(k); r++ {
				if _, ok := set[r]; ok {
					n++
				} else if mark {
					set[r] = struct{}{}
				}
			}
			end = max(end, p+int32(k))
		}
		return n
	}
	var keptB []box
	var keptM [][]seed
	for _, i := range idx {
		bx, ms := boxes[i], members[i]
		pos = pos[:0]
		for _, s := range ms {
			pos = append(pos, s.pa)
		}
		if 2*taken(takenA, false) >= bx.covA {
			continue
		}
		posA := slices.Clone(pos)
		pos = pos[:0]
		for _, s := range ms {
			pos = append(pos, s.pb)
		}
		if 2*taken(takenB, false) >= bx.covB {
			continue
		}
		taken(takenB, true)
		pos = posA
		taken(takenA, true)
		keptB = append(keptB, bx)
		keptM = append(keptM, ms)
	}
	return keptB, keptM
}

// maxMergeBoxes bounds the pieces of one pair that are merged: merging is
// quadratic per round, and only repetitive text makes hundreds of pieces.
const maxMergeBoxes = 300

// mergeBoxes merges boxes that lie within g of each other on both sides,
// until none do, when at least one of the two is solid (at least solid
// runes covered on each side): two chance coincidences never merge.
func mergeBoxes(boxes []box, g, solid int) []box {
	if len(boxes) > maxMergeBoxes { // pathological pair (repetitive text): keep the pieces as they are
		return boxes
	}
	near := func(s1, e1, s2, e2 int) bool { return s2 <= e1+g && s1 <= e2+g }
	for changed := true; changed; {
		changed = false
		slices.SortFunc(boxes, func(x, y box) int { return cmp.Compare(x.aS, y.aS) })
		for i := 0; i < len(boxes); i++ {
			for j := i + 1; j < len(boxes) && boxes[j].aS <= boxes[i].aE+g; j++ {
				x, y := &boxes[i], &boxes[j]
				if max(min(x.covA, x.covB), min(y.covA, y.covB)) < solid {
					continue
				}
				if !near(x.aS, x.aE, y.aS, y.aE) || !near(x.bS, x.bE, y.bS, y.bE) {
					continue
				}
				x.aS, x.aE = min(x.aS, y.aS), max(x.aE, y.aE)
				x.bS, x.bE = min(x.bS, y.bS), max(x.bE, y.bE)
				x.pieces += y.pieces
				x.covA += y.covA
				x.covB += y.covB
				if y.first.pa < x.first.pa {
					x.first = y.first
				}
				if y.last.pa > x.last.pa {
					x.last = y.last
				}
				if y.firstB.pb < x.firstB.pb {
					x.firstB = y.firstB
				}
				if y.lastB.pb > x.lastB.pb {
					x.lastB = y.lastB
				}
				boxes = slices.Delete(boxes, j, j+1)
				j--
				changed = true
			}
		}
	}
	return boxes
}

// extendExact grows the box over runes that are equal on both sides before
// the first seeds and after the last ones (winnowing leaves up to a window
// of shared text outside the outermost fingerprints).
func extendExact(ta, tb []rune, bx *box, k int) {
	left := func(s seed) (int, int) {
		a, b := int(s.pa), int(s.pb)
		for a > 0 && b > 0 && ta[a-1] == tb[b-1] {
			a, b = a-1, b-1
		}
		return a, b
	}
	right := func(s seed) (int, int) {
		a, b := int(s.pa)+k, int(s.pb)+k
		for a < len(ta) && b < len(tb) && ta[a] == tb[b] {
			a, b = a+1, b+1
		}
		return a, b
	}
	if a, b := left(bx.first); a < bx.aS || b < bx.bS {
		bx.aS, bx.bS = min(bx.aS, a), min(bx.bS, b)
	}
	if a, b := left(bx.firstB); a < bx.aS || b < bx.bS {
		bx.aS, bx.bS = min(bx.aS, a), min(bx.bS, b)
	}
	if a, b := right(bx.last); a > bx.aE || b > bx.bE {
		bx.aE, bx.bE = max(bx.aE, a), max(bx.bE, b)
	}
	if a, b := right(bx.lastB); a > bx.aE || b > bx.bE {
		bx.aE, bx.bE = max(bx.aE, a), max(bx.bE, b)
	}
}

// trimMask moves the ends of [s, e) off template text. Winnowing selects
// a template fingerprint within the first w k-grams of a template run, so
// up to w-1 runes before the first masked span (and after the last) are
// template too: an end that close to a masked span is moved past it.
func trimMask(mask []span, s, e, w int) (int, int) {
	for s < e {
		i := spanAt(mask, s)
		if i < 0 {
			i = spanAt(mask, nextMasked(mask, s))
			if i < 0 || mask[i].start-s >= w || mask[i].start >= e {
				break
			}
		}
		s = mask[i].end
	}
	for e > s {
		i := spanAt(mask, e-1)
		if i < 0 {
			j := prevMasked(mask, e-1)
			if j < 0 || e-mask[j].end >= w || mask[j].end <= s {
				break
			}
			i = j
		}
		e = mask[i].start
	}
	return s, e
}

// nextMasked returns the first masked rune at or after i, or -1.
func nextMasked(mask []span, i int) int {
	j, _ := slices.BinarySearchFunc(mask, i, func(m span, x int) int { return cmp.Compare(m.end, x+1) })
	if j == len(mask) {
		return -1
	}
	return max(i, mask[j].start)
}

// prevMasked returns the index of the last mask span starting at or before
// i, or -1.
func prevMasked(mask []span, i int) int {
	j, _ := slices.BinarySearchFunc(mask, i+1, func(m span, x int) int { return cmp.Compare(m.start, x) })
	return j - 1
}

// spanAt returns the index of the mask span holding rune i, or -1.
func spanAt(mask []span, i int) int {
	j, _ := slices.BinarySearchFunc(mask, i, func(m span, x int) int { return cmp.Compare(m.end, x+1) })
	if j < len(mask) && mask[j].start <= i {
		return j
	}
	return -1
}

// isContent reports whether a normalised rune carries words: a Han
// character or a letter, not a digit.
func isContent(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z'
	}
	return !unicode.IsDigit(r)
}

// contentBigrams returns the distinct bigrams of t[s:e] whose two runes are
// both content (see isContent) and outside the template mask.
func contentBigrams(t []rune, mask []span, s, e int) map[uint64]struct{} {
	set := make(map[uint64]struct{}, e-s)
	j, _ := slices.BinarySearchFunc(mask, s, func(m span, x int) int { return cmp.Compare(m.end, x+1) })
	masked := func(i int) bool {
		for j < len(mask) && mask[j].end <= i {
			j++
		}
		return j < len(mask) && mask[j].start <= i
	}
	prev := false // whether t[i-1] is unmasked content
	for i := s; i < e; i++ {
		cur := isContent(t[i]) && !masked(i)
		if cur && prev {
			set[uint64(t[i-1])<<32|uint64(t[i])] = struct{}{}
		}
		prev = cur
	}
	return set
}

// sharedContent counts the distinct content bigrams (two Han characters or
// letters, outside template text) that both sides of a passage hold. Digits
// and words a table repeats on every row count for nothing or once: it is a
// measure of how much writing two passages share.
func sharedContent(ta, tb []rune, ma, mb []span, aS, aE, bS, bE int) int {
	sa := contentBigrams(ta, ma, aS, aE)
	n := 0
	for k := range contentBigrams(tb, mb, bS, bE) {
		if _, ok := sa[k]; ok {
			n++
		}
	}
	return n
}

// bigramDice is the Dice coefficient of the two texts' character bigram
// multisets: 2|A∩B| / (|A|+|B|).
func bigramDice(a, b []rune) float64 {
	if len(a) < 2 || len(b) < 2 {
		return 0
	}
	counts := make(map[uint64]int32, len(a))
	for i := 0; i+1 < len(a); i++ {
		counts[uint64(a[i])<<32|uint64(a[i+1])]++
	}
	common := 0
	for i := 0; i+1 < len(b); i++ {
		key := uint64(b[i])<<32 | uint64(b[i+1])
		if counts[key] > 0 {
			counts[key]--
			common++
		}
	}
	return float64(2*common) / float64(len(a)-1+len(b)-1)
}
