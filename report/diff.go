package report

import "unicode"

// Character-level alignment of two passages for the side-by-side view.
//
// The passages of a copy match are usually a few hundred characters, but a
// match may span pages, so the cost is bounded: an exact LCS table is built
// only when its size stays under maxDiffCells; longer passages are first
// aligned sentence by sentence and only the unequal stretches between equal
// sentences are aligned character by character (or shown as replaced when
// even those are too long).

// opKind says how a run of text relates the two passages.
type opKind uint8

const (
	opEqual  opKind = iota // in both passages
	opDelete               // only in the first passage (this submission)
	opInsert               // only in the second passage (the other one)
)

// diffOp is one run of the alignment: text of A for opEqual and opDelete,
// text of B for opInsert.
type diffOp struct {
	kind opKind
	text []rune
}

// maxDiffCells bounds the LCS table (uint16 cells: 4 MiB at most).
const maxDiffCells = 1 << 21

// diffRunes aligns a and b and returns the runs in order. Concatenating the
// opEqual and opDelete runs gives a back, opEqual and opInsert runs give b.
func diffRunes(a, b []rune) []diffOp {
	ops := diffBounded(a, b, true)
	ops = cleanupSemantic(ops)
	return shiftEdits(mergeOps(ops))
}

// shiftEdits slides each pure insertion or deletion that sits between two
// equalities to where its ends fall on sentence or phrase boundaries, so an
// added sentence shows as "第二步。" rather than "二步。第" (both are
// correct alignments; the first is the one a reader expects).
func shiftEdits(ops []diffOp) []diffOp {
	for i := 1; i < len(ops)-1; i++ {
		if ops[i-1].kind != opEqual || ops[i+1].kind != opEqual || ops[i].kind == opEqual {
			continue
		}
		e1, x, e2 := ops[i-1].text, ops[i].text, ops[i+1].text
		// Slide as far left as the text allows.
		for len(e1) > 0 && e1[len(e1)-1] == x[len(x)-1] {
			c := e1[len(e1)-1]
			x = append([]rune{c}, x[:len(x)-1]...)
			e1 = e1[:len(e1)-1]
			e2 = append([]rune{c}, e2...)
		}
		best := -1
		var b1, bx, b2 []rune
		for {
			score := 0
			if len(e1) > 0 {
				score += boundaryScore(e1[len(e1)-1], x[0])
			} else {
				score += 2
			}
			if len(e2) > 0 {
				score += boundaryScore(x[len(x)-1], e2[0])
			} else {
				score += 2
			}
			if score > best {
				best = score
				b1, bx, b2 = e1, x, e2
			}
			if len(e2) == 0 || x[0] != e2[0] {
				break
			}
			e1 = append(e1[:len(e1):len(e1)], x[0])
			x = append(x[1:len(x):len(x)], e2[0])
			e2 = e2[1:]
		}
		ops[i-1].text, ops[i].text, ops[i+1].text = b1, bx, b2
	}
	return mergeOps(ops)
}

// boundaryScore rates a split between two runes: 2 after the end of a
// sentence or line, 1 at other punctuation or white space, 0 inside a phrase.
func boundaryScore(prev, next rune) int {
	switch prev {
	case '。', '！', '？', '；', '\n', '.', '!', '?', ';', '\f':
		return 2
	}
	if unicode.IsPunct(prev) || unicode.IsSpace(prev) || unicode.IsPunct(next) || unicode.IsSpace(next) {
		return 1
	}
	return 0
}

// diffBounded strips the common prefix and suffix, then aligns the middle
// exactly when it is small enough, or by sentences when split is set.
func diffBounded(a, b []rune, split bool) []diffOp {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	s := 0
	for s < len(a)-p && s < len(b)-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	var ops []diffOp
	if p > 0 {
		ops = append(ops, diffOp{opEqual, a[:p]})
	}
	ma, mb := a[p:len(a)-s], b[p:len(b)-s]
	switch {
	case len(ma) == 0 && len(mb) == 0:
	case len(ma) == 0:
		ops = append(ops, diffOp{opInsert, mb})
	case len(mb) == 0:
		ops = append(ops, diffOp{opDelete, ma})
	case len(ma)*len(mb) <= maxDiffCells:
		ops = append(ops, lcsDiff(ma, mb)...)
	case split:
		ops = append(ops, sentenceDiff(ma, mb)...)
	default:
		ops = append(ops, diffOp{opDelete, ma}, diffOp{opInsert, mb})
	}
	if s > 0 {
		ops = append(ops, diffOp{opEqual, a[len(a)-s:]})
	}
	return ops
}

// lcsDiff aligns a and b with a longest-common-subsequence table;
// len(a)*len(b) must be at most maxDiffCells, so every LCS length fits a uint16.
func lcsDiff(a, b []rune) []diffOp {
	n, m := len(a), len(b)
	w := m + 1
	// t[i*w+j] is the LCS length of a[i:] and b[j:].
	t := make([]uint16, (n+1)*w)
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i*w+j] = t[(i+1)*w+j+1] + 1
			} else if x, y := t[(i+1)*w+j], t[i*w+j+1]; x >= y {
				t[i*w+j] = x
			} else {
				t[i*w+j] = y
			}
		}
	}
	var ops []diffOp
	add := func(k opKind, r rune) {
		if l := len(ops); l > 0 && ops[l-1].kind == k {
			ops[l-1].text = append(ops[l-1].text, r)
			return
		}
		ops = append(ops, diffOp{k, []rune{r}})
	}
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			add(opEqual, a[i])
			i++
			j++
		case t[(i+1)*w+j] >= t[i*w+j+1]:
			add(opDelete, a[i])
			i++
		default:
			add(opInsert, b[j])
			j++
		}
	}
	for ; i < n; i++ {
		add(opDelete, a[i])
	}
	for ; j < m; j++ {
		add(opInsert, b[j])
	}
	return ops
}

// sentenceDiff aligns long passages sentence by sentence, then aligns the
// unequal stretches between equal sentences character by character.
func sentenceDiff(a, b []rune) []diffOp {
	sa, sb := sentences(a), sentences(b)
	if len(sa)*len(sb) > maxDiffCells {
		return []diffOp{{opDelete, a}, {opInsert, b}}
	}
	// Sentences become tokens: equal text, equal token.
	ids := map[string]rune{}
	tok := func(ss [][]rune) []rune {
		out := make([]rune, len(ss))
		for i, s := range ss {
			k := string(s)
			id, ok := ids[k]
			if !ok {
				id = rune(len(ids))
				ids[k] = id
			}
			out[i] = id
		}
		return out
	}
	ta, tb := tok(sa), tok(sb)
	var ops []diffOp
	var pa, pb []rune // pending unequal stretch
	flush := func() {
		if len(pa) > 0 || len(pb) > 0 {
			ops = append(ops, diffBounded(pa, pb, false)...)
		}
		pa, pb = nil, nil
	}
	i, j := 0, 0
	for _, op := range lcsDiff(ta, tb) {
		for range op.text {
			switch op.kind {
			case opEqual:
				flush()
				ops = append(ops, diffOp{opEqual, sa[i]})
				i++
				j++
			case opDelete:
				pa = append(pa, sa[i]...)
				i++
			case opInsert:
				pb = append(pb, sb[j]...)
				j++
			}
		}
	}
	flush()
	return ops
}

// sentences splits text after sentence-ending punctuation and line breaks,
// keeping every rune.
func sentences(r []rune) [][]rune {
	var out [][]rune
	start := 0
	for i, c := range r {
		switch c {
		case '。', '！', '？', '；', '\n', '.', '!', '?', ';', '\f':
			out = append(out, r[start:i+1])
			start = i + 1
		}
	}
	if start < len(r) {
		out = append(out, r[start:])
	}
	return out
}

// cleanupSemantic folds short equal runs that sit between edits into those
// edits (the diff-match-patch rule: an equality no longer than the edits on
// either side of it), so that two different sentences do not show as
// confetti of shared single characters such as 的 or 。.
func cleanupSemantic(ops []diffOp) []diffOp {
	for changed := true; changed; {
		changed = false
		ops = mergeOps(ops)
		for i := 1; i < len(ops)-1; i++ {
			if ops[i].kind != opEqual {
				continue
			}
			before := editLen(ops[:i], -1)
			after := editLen(ops[i+1:], 1)
			if before == 0 || after == 0 {
				continue
			}
			n := len(ops[i].text)
			if n <= before && n <= after {
				eq := ops[i].text
				out := make([]diffOp, 0, len(ops)+1)
				out = append(out, ops[:i]...)
				out = append(out, diffOp{opDelete, eq}, diffOp{opInsert, eq})
				out = append(out, ops[i+1:]...)
				ops = out
				changed = true
				break
			}
		}
	}
	return ops
}

// editLen is the larger of the deleted and inserted lengths in the edits
// next to an equality, walking away from it (dir -1: backwards).
func editLen(ops []diffOp, dir int) int {
	del, ins := 0, 0
	if dir < 0 {
		for i := len(ops) - 1; i >= 0 && ops[i].kind != opEqual; i-- {
			if ops[i].kind == opDelete {
				del += len(ops[i].text)
			} else {
				ins += len(ops[i].text)
			}
		}
	} else {
		for i := 0; i < len(ops) && ops[i].kind != opEqual; i++ {
			if ops[i].kind == opDelete {
				del += len(ops[i].text)
			} else {
				ins += len(ops[i].text)
			}
		}
	}
	return max(del, ins)
}

// mergeOps joins neighbouring runs of one kind and, inside each stretch of
// edits, puts all deletions before all insertions.
func mergeOps(ops []diffOp) []diffOp {
	var out []diffOp
	var del, ins []rune
	flush := func() {
		if len(del) > 0 {
			out = append(out, diffOp{opDelete, del})
		}
		if len(ins) > 0 {
			out = append(out, diffOp{opInsert, ins})
		}
		del, ins = nil, nil
	}
	for _, op := range ops {
		if len(op.text) == 0 {
			continue
		}
		switch op.kind {
		case opDelete:
			del = append(del[:len(del):len(del)], op.text...)
		case opInsert:
			ins = append(ins[:len(ins):len(ins)], op.text...)
		default:
			flush()
			if l := len(out); l > 0 && out[l-1].kind == opEqual {
				out[l-1].text = append(out[l-1].text[:len(out[l-1].text):len(out[l-1].text)], op.text...)
			} else {
				out = append(out, op)
			}
		}
	}
	flush()
	return out
}

// segment is one styled run of a passage in the side-by-side view.
type segment struct {
	Class string // "same", "chg" (replaced), "only" (no counterpart)
	Text  string
}

// sideBySide renders the alignment of a and b as two lists of segments and
// counts the shared characters.
func sideBySide(a, b string) (left, right []segment, shared int) {
	add := func(segs []segment, cls, t string) []segment {
		if n := len(segs); n > 0 && segs[n-1].Class == cls {
			segs[n-1].Text += t
			return segs
		}
		return append(segs, segment{cls, t})
	}
	ops := diffRunes([]rune(a), []rune(b))
	for i, op := range ops {
		t := string(op.text)
		switch op.kind {
		case opEqual:
			left = add(left, "same", t)
			right = add(right, "same", t)
			shared += len(op.text)
		case opDelete:
			cls := "only"
			if i+1 < len(ops) && ops[i+1].kind == opInsert {
				cls = "chg"
			}
			left = add(left, cls, t)
		case opInsert:
			cls := "only"
			if i > 0 && ops[i-1].kind == opDelete {
				cls = "chg"
			}
			right = add(right, cls, t)
		}
	}
	return left, right, shared
}
