package ocr

import (
	"math"
	"strconv"
)

// matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (m applied first, then n), as the cm operator
// concatenates: CTM' = m × CTM.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// orientation says how an image placed with m appears on the page: the
// clockwise turn (a multiple of 90) to apply to the stored picture, after
// flipping it top to bottom when flip is set.
func (m matrix) orientation() (clockwise int, flip bool) {
	flip = m[0]*m[3]-m[1]*m[2] < 0
	a, b := m[0], m[1]
	// The image's x axis points at this angle, counter-clockwise in PDF
	// space (y up); a counter-clockwise turn is a clockwise turn of −angle.
	deg := math.Atan2(b, a) * 180 / math.Pi
	q := int(math.Round(deg/90)) * 90
	return ((-q)%360 + 360) % 360, flip
}

// imagePlacements scans a page content stream and returns, for each XObject
// name drawn with Do, the transformation in force (the last one wins). It
// understands just enough syntax to skip strings, inline images and
// dictionaries; anything it cannot parse ends the scan.
func imagePlacements(content []byte) map[string]matrix {
	out := map[string]matrix{}
	ctm := identity
	var stack []matrix
	var nums []float64
	var lastName string
	i, n := 0, len(content)
	isDelim := func(c byte) bool {
		switch c {
		case ' ', '\t', '\r', '\n', '\f', 0, '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
			return true
		}
		return false
	}
	for i < n {
		c := content[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0:
			i++
		case c == '%':
			for i < n && content[i] != '\n' && content[i] != '\r' {
				i++
			}
		case c == '(':
			depth := 0
			for ; i < n; i++ {
				if content[i] == '\\' {
					i++
					continue
				}
				if content[i] == '(' {
					depth++
				} else if content[i] == ')' {
					depth--
					if depth == 0 {
						i++
						break
					}
				}
			}
			nums = nums[:0]
		case c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}':
			i++
		case c == '/':
			j := i + 1
			for j < n && !isDelim(content[j]) {
				j++
			}
			lastName = string(content[i+1 : j])
			i = j
		default:
			j := i
			for j < n && !isDelim(content[j]) {
				j++
			}
			if j == i {
				i++
				continue
			}
			tok := string(content[i:j])
			i = j
			if f, err := strconv.ParseFloat(tok, 64); err == nil {
				nums = append(nums, f)
				continue
			}
			switch tok {
			case "q":
				if len(stack) < 256 {
					stack = append(stack, ctm)
				}
			case "Q":
				if len(stack) > 0 {
					ctm = stack[len(stack)-1]
					stack = stack[:len(stack)-1]
				}
			case "cm":
				if len(nums) >= 6 {
					k := len(nums) - 6
					ctm = matrix{nums[k], nums[k+1], nums[k+2], nums[k+3], nums[k+4], nums[k+5]}.mul(ctm)
				}
			case "Do":
				if lastName != "" {
					out[lastName] = ctm
				}
			case "BI":
				// Skip the inline image up to "EI" between whitespace.
				for i+2 < n && !(isWS(content[i]) && content[i+1] == 'E' && content[i+2] == 'I' && (i+3 == n || isWS(content[i+3]))) {
					i++
				}
				i += 3
			}
			nums = nums[:0]
		}
	}
	return out
}

func isWS(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0 }
