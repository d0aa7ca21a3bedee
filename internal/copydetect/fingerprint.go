package copydetect

// Fingerprinting: rolling hashes of character k-grams, winnowed.

const hashBase = 0x100000001b3 // FNV prime: odd, so multiplication mod 2^64 is a bijection

// mix is splitmix64's finaliser: it spreads the polynomial hash so that the
// winnowing minimum is not biased towards small code points.
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// kgramHashes returns the hash of every k-gram of text: out[i] hashes
// text[i:i+k]. It returns nil when the text is shorter than k.
func kgramHashes(text []rune, k int, out []uint64) []uint64 {
	out = out[:0]
	if len(text) < k || k <= 0 {
		return out
	}
	var pow uint64 = 1 // hashBase^(k-1)
	for i := 1; i < k; i++ {
		pow *= hashBase
	}
	var h uint64
	for i := 0; i < k; i++ {
		h = h*hashBase + uint64(text[i])
	}
	out = append(out, mix(h))
	for i := k; i < len(text); i++ {
		h = (h-uint64(text[i-k])*pow)*hashBase + uint64(text[i])
		out = append(out, mix(h))
	}
	return out
}

// fingerprint is one selected k-gram: its hash and where it starts.
type fingerprint struct {
	hash uint64
	doc  int32
	pos  int32
}

// winnow appends to out the fingerprints that robust winnowing selects from
// hashes: the minimum of every window of w consecutive hashes (the rightmost
// one on ties), each selected position once. Any substring of at least
// w+k-1 runes shared by two texts yields at least one shared fingerprint.
func winnow(hashes []uint64, w int, doc int32, out []fingerprint) []fingerprint {
	n := len(hashes)
	if n == 0 {
		return out
	}
	if w < 1 {
		w = 1
	}
	if n < w {
		w = n
	}
	// Monotonic deque of positions with increasing hashes.
	dq := make([]int, 0, w)
	head := 0
	last := -1
	for i := 0; i < n; i++ {
		for len(dq) > head && hashes[dq[len(dq)-1]] >= hashes[i] {
			dq = dq[:len(dq)-1]
		}
		dq = append(dq, i)
		if dq[head] <= i-w {
			head++
		}
		if head > 1024 { // keep the slice from growing without bound
			dq = append(dq[:0], dq[head:]...)
			head = 0
		}
		if i >= w-1 {
			if m := dq[head]; m != last {
				out = append(out, fingerprint{hash: hashes[m], doc: doc, pos: int32(m)})
				last = m
			}
		}
	}
	return out
}
