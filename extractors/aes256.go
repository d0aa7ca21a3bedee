package extractors

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"crypto/sha512"
	"regexp"
	"strconv"
)

var (
	standardFilter = regexp.MustCompile(`/Filter\s*/Standard`)
	revisionKey    = regexp.MustCompile(`/R\s+(\d+)`)
	userKeyStart   = regexp.MustCompile(`/U\s*[(<]`)
)

// emptyUserPasswordR6 checks, from the raw bytes, whether an AES-256
// (revision 5 or 6) PDF opens with the empty user password. known is false
// when the encryption dictionary cannot be found this way.
func emptyUserPasswordR6(data []byte) (ok, known bool) {
	loc := standardFilter.FindIndex(data)
	if loc == nil {
		return false, false
	}
	win := data[max(0, loc[0]-1500):min(len(data), loc[1]+1500)]
	m := revisionKey.FindSubmatch(win)
	if m == nil {
		return false, false
	}
	r, _ := strconv.Atoi(string(m[1]))
	if r != 5 && r != 6 {
		return false, false
	}
	u := userKeyStart.FindIndex(win)
	if u == nil {
		return false, false
	}
	us := pdfString(win[u[1]-1:])
	if len(us) < 48 {
		return false, false
	}
	hash, salt := us[:32], us[32:40]
	var got []byte
	if r == 5 {
		h := sha256.Sum256(salt)
		got = h[:]
	} else {
		got = hash2B(nil, salt, nil)
	}
	return bytes.Equal(got, hash), true
}

// hash2B is Algorithm 2.B of ISO 32000-2 (revision 6 password hashing).
func hash2B(pw, salt, udata []byte) []byte {
	h := sha256.New()
	h.Write(pw)
	h.Write(salt)
	h.Write(udata)
	k := h.Sum(nil)
	var e []byte
	for i := 0; i < 64 || int(e[len(e)-1]) > i-32; i++ {
		k1 := make([]byte, 0, 64*(len(pw)+len(k)+len(udata)))
		for j := 0; j < 64; j++ {
			k1 = append(k1, pw...)
			k1 = append(k1, k...)
			k1 = append(k1, udata...)
		}
		block, _ := aes.NewCipher(k[:16])
		e = make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, b := range e[:16] {
			sum += int(b)
		}
		switch sum % 3 {
		case 0:
			s := sha256.Sum256(e)
			k = s[:]
		case 1:
			s := sha512.Sum384(e)
			k = s[:]
		default:
			s := sha512.Sum512(e)
			k = s[:]
		}
		if i > 10000 {
			break
		}
	}
	return k[:32]
}

// pdfString decodes the literal "(…)" or hex "<…>" string at the start of b.
func pdfString(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	var out []byte
	if b[0] == '<' {
		var hi = -1
		for _, c := range b[1:] {
			var v int
			switch {
			case c >= '0' && c <= '9':
				v = int(c - '0')
			case c >= 'a' && c <= 'f':
				v = int(c-'a') + 10
			case c >= 'A' && c <= 'F':
				v = int(c-'A') + 10
			case c == '>':
				return out
			default:
				continue
			}
			if hi < 0 {
				hi = v
			} else {
				out = append(out, byte(hi<<4|v))
				hi = -1
			}
		}
		return out
	}
	depth := 0
	for i := 1; i < len(b); i++ {
		c := b[i]
		switch c {
		case '\\':
			i++
			if i >= len(b) {
				return out
			}
			switch c2 := b[i]; c2 {
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case '\r', '\n':
				// line continuation
			default:
				if c2 >= '0' && c2 <= '7' {
					v := 0
					for k := 0; k < 3 && i < len(b) && b[i] >= '0' && b[i] <= '7'; k++ {
						v = v*8 + int(b[i]-'0')
						i++
					}
					i--
					out = append(out, byte(v))
				} else {
					out = append(out, c2)
				}
			}
		case '(':
			depth++
			out = append(out, c)
		case ')':
			if depth == 0 {
				return out
			}
			depth--
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return out
}
