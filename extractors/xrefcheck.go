package extractors

import (
	"bytes"
	"regexp"
	"strconv"
)

// maxXrefObjects bounds the object numbers an xref may declare before the PDF
// library sizes its table by them: a forged "0 4000000000" subsection makes
// it allocate gigabytes and the runtime dies (out of memory is not a panic
// that recover can catch).
const maxXrefObjects = 1 << 21

var (
	xrefSizeKey  = regexp.MustCompile(`/Size\s*(\d{1,20})`)
	xrefIndexKey = regexp.MustCompile(`/Index\s*\[([\d\s]{0,400})\]`)
)

// xrefSane reports whether every xref table subsection and xref stream of
// data declares object numbers below maxXrefObjects.
func xrefSane(data []byte) bool {
	big := func(s []byte) bool {
		n, err := strconv.ParseUint(string(s), 10, 64)
		return err != nil || n > maxXrefObjects
	}
	for i := 0; ; {
		j := bytes.Index(data[i:], []byte("xref"))
		if j < 0 {
			break
		}
		i += j + 4
		if i-4 >= 5 && string(data[i-9:i-4]) == "start" {
			continue
		}
		// Subsection headers "start count", each followed by count entries
		// of 20 bytes, until "trailer".
		k := i
		for steps := 0; steps < 100000; steps++ {
			for k < len(data) && (data[k] == ' ' || data[k] == '\r' || data[k] == '\n' || data[k] == '\t') {
				k++
			}
			e := bytes.IndexAny(data[k:min(len(data), k+64)], "\r\n")
			if e < 0 {
				break
			}
			f := bytes.Fields(data[k : k+e])
			if len(f) != 2 {
				break
			}
			if big(f[0]) || big(f[1]) {
				return false
			}
			a, _ := strconv.ParseUint(string(f[0]), 10, 64)
			n, _ := strconv.ParseUint(string(f[1]), 10, 64)
			if a+n > maxXrefObjects {
				return false
			}
			k += e + int(n)*20
			if k >= len(data) {
				break
			}
		}
		i = max(i, min(k, len(data)))
	}
	for i := 0; ; {
		j := bytes.Index(data[i:], []byte("/XRef"))
		if j < 0 {
			break
		}
		lo, hi := max(0, i+j-2048), min(len(data), i+j+2048)
		i += j + 5
		win := data[lo:hi]
		for _, m := range xrefSizeKey.FindAllSubmatch(win, -1) {
			if big(m[1]) {
				return false
			}
		}
		for _, m := range xrefIndexKey.FindAllSubmatch(win, -1) {
			f := bytes.Fields(m[1])
			for k := 0; k+1 < len(f); k += 2 {
				a, _ := strconv.ParseUint(string(f[k]), 10, 64)
				b, _ := strconv.ParseUint(string(f[k+1]), 10, 64)
				if big(f[k]) || big(f[k+1]) || a+b > maxXrefObjects {
					return false
				}
			}
		}
	}
	return true
}
