package corpusgen

import (
	"strings"
	"testing"
)

// fixedRun is the longest run of Han characters a frame contributes by
// itself: slots that expand to digits ({n}, {pct}, {min}) do not break it.
func fixedRun(frame string) (int, string) {
	for _, k := range []string{"{n}", "{pct}", "{min}"} {
		frame = strings.ReplaceAll(frame, k, "")
	}
	best, where, cur := 0, "", []rune{}
	inSlot := false
	for _, r := range frame {
		switch {
		case r == '{':
			inSlot, cur = true, cur[:0]
		case r == '}':
			inSlot = false
		case inSlot:
		case isHan(r):
			cur = append(cur, r)
			if len(cur) > best {
				best, where = len(cur), string(cur)
			}
		}
	}
	return best, where
}

// TestFramesShortFixedRuns: variety must come from the slots, so no frame
// holds a long fixed run of Han characters (else every use repeats it).
func TestFramesShortFixedRuns(t *testing.T) {
	all := [][]string{framesIntro, framesGoal, framesAct, framesAssess, framesRes, framesReflect, framesQuestion,
		framesAnswer, framesComment, framesOutput, framesSelf, framesTeam}
	for _, p := range pools {
		all = append(all, p)
	}
	for _, fs := range all {
		for _, f := range fs {
			if n, s := fixedRun(f); n > 7 {
				t.Errorf("frame %q: fixed run %q (%d)", f, s, n)
			}
		}
	}
}
