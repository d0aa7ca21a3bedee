package copydetect

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestSortFingerprints(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 10, 1 << 15} {
		fps := make([]fingerprint, n)
		for i := range fps {
			// few distinct hashes, so ties on hash are ordered by doc and pos
			fps[i] = fingerprint{hash: mix(uint64(rng.IntN(n/4 + 1))), doc: int32(rng.IntN(50)), pos: int32(rng.IntN(1000))}
		}
		want := slices.Clone(fps)
		slices.SortFunc(want, compareFingerprints)
		got := sortFingerprints(fps, 2)
		if !slices.Equal(got, want) {
			t.Errorf("n=%d: parallel sort differs", n)
		}
	}
}
