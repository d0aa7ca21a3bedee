package corpusgen

import (
	"math"
	"strings"
	"testing"
)

// digitSlots expand to digits only: invisible in a run of Han characters.
var digitSlots = map[string]bool{"n": true, "pct": true, "min": true}

// slotStats estimates a slot's mean Han length and its variety in bits
// (log2 of the choices, nested slots included). Major-specific slots use
// the smallest major's lists.
func slotStats(key string, depth int) (length, bits float64) {
	if depth > 4 {
		return 2, 0
	}
	var entries []string
	switch key {
	case "op":
		// half the time a listed operation, else verb + noun
		return 4, math.Log2(float64(10 + 12*8))
	case "eq", "obj", "client", "place":
		return 4, math.Log2(6) + 0.7 // a brand prefix now and then
	case "q":
		return 3, math.Log2(float64(6 + len(genericQuality)))
	case "out":
		return 3.5, math.Log2(float64(4 + len(genericOutputs)))
	case "role":
		return 3, math.Log2(float64(4 + len(genericRoles)))
	case "stu", "tea":
		return 2.6, 5
	case "brand":
		return 2, math.Log2(float64(len([]rune(brandChars)) * len([]rune(brandChars))))
	case "ent", "station":
		return 9, 12
	case "dist":
		return 3, math.Log2(float64(len(districts)))
	case "step":
		return 4, math.Log2(6)
	default:
		entries = pools[key]
	}
	if len(entries) == 0 {
		return 0, 0
	}
	tl, tb := 0.0, 0.0
	for _, e := range entries {
		l, b := textStats(e, depth+1)
		tl += l
		tb += b
	}
	n := float64(len(entries))
	return tl / n, math.Log2(n) + tb/n
}

// token is a piece of a frame: its mean Han length and variety in bits.
type token struct{ length, bits float64 }

func frameTokens(s string, depth int) []token {
	var out []token
	for len(s) > 0 {
		if s[0] == '[' {
			j := strings.IndexByte(s, ']')
			alts := strings.Split(s[1:j], "|")
			s = s[j+1:]
			tl, tb := 0.0, 0.0
			for _, a := range alts {
				l, b := textStats(a, depth+1)
				tl += l
				tb += b
			}
			n := float64(len(alts))
			out = append(out, token{tl / n, math.Log2(n) + tb/n})
			continue
		}
		if s[0] == '{' {
			j := strings.IndexByte(s, '}')
			key := s[1:j]
			s = s[j+1:]
			if digitSlots[key] {
				continue
			}
			l, b := slotStats(key, depth)
			out = append(out, token{l, b})
			continue
		}
		r := []rune(s)[0]
		s = s[len(string(r)):]
		if isHan(r) {
			out = append(out, token{1, 0})
		}
	}
	return out
}

func textStats(s string, depth int) (length, bits float64) {
	for _, t := range frameTokens(s, depth) {
		length += t.length
		bits += t.bits
	}
	return length, bits
}

// weakestWindow slides a window of gramLen Han characters over a frame
// (slots at their mean length) and returns the least variety any window
// holds, in bits: a window spanning part of a slot counts the slot whole.
func weakestWindow(frame string) float64 {
	toks := frameTokens(frame, 0)
	var start []float64
	pos := 0.0
	for _, t := range toks {
		start = append(start, pos)
		pos += t.length
	}
	if pos <= gramLen {
		return math.Inf(1) // shorter than a window: junctions are the composer's job
	}
	worst := math.Inf(1)
	for w := 0.0; w+gramLen <= pos; w += 0.5 {
		bits := 0.0
		for i, t := range toks {
			if start[i] < w+gramLen && start[i]+t.length > w {
				bits += t.bits
			}
		}
		worst = math.Min(worst, bits)
	}
	return worst
}

// TestFramesVariety: variety must come from the slots. A frame is used up
// to about a thousand times in the large profile and the registry rejects
// every repeat of another school's run, so each window of gramLen
// characters needs a few hundred choices (8 bits) for redraws to succeed
// quickly; TestNoSharedRuns* measure the result.
func TestFramesVariety(t *testing.T) {
	all := [][]string{framesIntro, framesGoal, framesAct, framesAssess, framesRes, framesReflect, framesQuestion,
		framesAnswer, framesComment, framesOutput, framesSelf, framesTeam}
	for _, fs := range all {
		for _, f := range fs {
			if b := weakestWindow(f); b < 8 {
				t.Errorf("frame %q: a window holds only %.1f bits", f, b)
			}
		}
	}
}
