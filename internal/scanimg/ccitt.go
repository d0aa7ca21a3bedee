package scanimg

import "image"

// bitWriter packs codes MSB first.
type bitWriter struct {
	out   []byte
	acc   uint64
	nbits uint
}

func (b *bitWriter) write(bits uint32, n uint32) {
	b.acc = b.acc<<n | uint64(bits)&(1<<n-1)
	b.nbits += uint(n)
	for b.nbits >= 8 {
		b.nbits -= 8
		b.out = append(b.out, byte(b.acc>>b.nbits))
	}
}

func (b *bitWriter) code(c bitString) { b.write(c.bits, c.nBits) }

func (b *bitWriter) flush() []byte {
	if b.nbits > 0 {
		b.out = append(b.out, byte(b.acc<<(8-b.nbits)))
		b.nbits = 0
	}
	return b.out
}

// Mode codes of ITU-T T.6 Table 1.
var (
	codePass  = bitString{0x1, 4} // 0001
	codeHoriz = bitString{0x1, 3} // 001
	codeVert  = [7]bitString{     // index a1−b1+3
		{0x2, 7}, // VL3 0000010
		{0x2, 6}, // VL2 000010
		{0x2, 3}, // VL1 010
		{0x1, 1}, // V0  1
		{0x3, 3}, // VR1 011
		{0x3, 6}, // VR2 000011
		{0x3, 7}, // VR3 0000011
	}
	codeEOL = bitString{0x1, 12} // 000000000001
)

func (b *bitWriter) run(n int, black bool) {
	t2, t3 := whiteEncodeTable2[:], whiteEncodeTable3[:]
	if black {
		t2, t3 = blackEncodeTable2[:], blackEncodeTable3[:]
	}
	for n >= 2560 {
		b.code(t3[len(t3)-1]) // 2560
		n -= 2560
	}
	if n >= 64 {
		b.code(t3[n/64-1])
		n %= 64
	}
	b.code(t2[n])
}

// encodeG4 encodes a bilevel image (true = black) of the given width as
// CCITT Group 4 (T.6) with an EOFB, MSB first, rows not byte-aligned.
func encodeG4(rows [][]bool, width int) []byte {
	var bw bitWriter
	ref := make([]bool, width) // imaginary all-white line above the page
	// changeAfter returns the first changing element at x > pos on line,
	// or width. A changing element differs from the pixel to its left; the
	// pixel left of column 0 is white.
	changeAfter := func(line []bool, pos int) int {
		x := pos + 1
		if x < 0 {
			x = 0
		}
		for ; x < width; x++ {
			prev := false
			if x > 0 {
				prev = line[x-1]
			}
			if line[x] != prev {
				return x
			}
		}
		return width
	}
	colourAt := func(line []bool, x int) bool { return x >= 0 && x < width && line[x] }
	for _, line := range rows {
		a0, black := -1, false
		for a0 < width {
			a1 := changeAfter(line, a0)
			// b1: first changing element on the reference line to the right
			// of a0 whose colour is opposite to a0's colour.
			b1 := changeAfter(ref, a0)
			for b1 < width && colourAt(ref, b1) == black {
				b1 = changeAfter(ref, b1)
			}
			b2 := changeAfter(ref, b1)
			switch {
			case b2 < a1:
				bw.code(codePass)
				a0 = b2
			case a1-b1 >= -3 && a1-b1 <= 3:
				bw.code(codeVert[a1-b1+3])
				a0, black = a1, !black
			default:
				a2 := changeAfter(line, a1)
				start := max(a0, 0)
				bw.code(codeHoriz)
				bw.run(a1-start, black)
				bw.run(a2-a1, !black)
				a0 = a2
			}
		}
		ref = line
	}
	bw.code(codeEOL)
	bw.code(codeEOL)
	return bw.flush()
}

// bilevel thresholds img at mid-grey; true is black.
func bilevel(img *image.Gray) [][]bool {
	b := img.Bounds()
	rows := make([][]bool, b.Dy())
	for y := range rows {
		row := make([]bool, b.Dx())
		p := img.Pix[y*img.Stride:]
		for x := range row {
			row[x] = p[x] < 128
		}
		rows[y] = row
	}
	return rows
}
