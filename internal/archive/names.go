package archive

import (
	"archive/zip"
	"encoding/binary"
	"hash/crc32"
	"path"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// flagUTF8 is the general-purpose bit that says the name is UTF-8.
const flagUTF8 = 0x800

// decodeName returns the entry's name as UTF-8. Zips made on Chinese Windows
// store GBK names without the UTF-8 flag; some tools store UTF-8 without the
// flag. Valid UTF-8 is kept as is (GBK text is almost never valid UTF-8);
// anything else is decoded as GB18030, a superset of GBK. An Info-ZIP
// Unicode Path extra field, when its checksum matches the raw name, wins.
func decodeName(f *zip.File) string {
	raw := f.Name
	if u, ok := unicodePathExtra(f.Extra, raw); ok {
		return u
	}
	if utf8.ValidString(raw) {
		return raw
	}
	s, err := simplifiedchinese.GB18030.NewDecoder().String(raw)
	if err != nil {
		return strings.ToValidUTF8(raw, "\uFFFD")
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// unicodePathExtra reads the Info-ZIP Unicode Path extra field (0x7075):
// version 1, CRC-32 of the header's raw name, then the UTF-8 name.
func unicodePathExtra(extra []byte, raw string) (string, bool) {
	for len(extra) >= 4 {
		tag := binary.LittleEndian.Uint16(extra[0:2])
		size := int(binary.LittleEndian.Uint16(extra[2:4]))
		extra = extra[4:]
		if size > len(extra) {
			return "", false
		}
		field := extra[:size]
		extra = extra[size:]
		if tag != 0x7075 || len(field) < 6 || field[0] != 1 {
			continue
		}
		if binary.LittleEndian.Uint32(field[1:5]) != crc32.ChecksumIEEE([]byte(raw)) {
			continue
		}
		name := string(field[5:])
		if name != "" && utf8.ValidString(name) {
			return name, true
		}
	}
	return "", false
}

// cleanName normalises a decoded entry name to a relative, '/'-separated
// path. unsafe is set for names that would leave the target folder (an
// absolute path, a drive letter, a ".." element, a NUL byte); dir is set for
// directory entries. An empty clean name with neither flag means "nothing to
// extract" (e.g. "./").
func cleanName(name string) (clean string, unsafe, dir bool) {
	if strings.IndexByte(name, 0) >= 0 {
		return "", true, false
	}
	name = strings.ReplaceAll(name, `\`, "/")
	dir = strings.HasSuffix(name, "/")
	if strings.HasPrefix(name, "/") {
		return "", true, dir
	}
	if len(name) >= 2 && name[1] == ':' && isASCIILetter(name[0]) {
		return "", true, dir
	}
	var parts []string
	for _, p := range strings.Split(name, "/") {
		switch p {
		case "", ".":
			continue
		case "..":
			return "", true, dir
		}
		parts = append(parts, p)
	}
	return path.Join(parts...), false, dir
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// diskExt returns a safe extension (".pdf") for the unpacked copy of name, so
// tools that look at extensions still work; "" when there is none usable.
func diskExt(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if len(ext) < 2 || len(ext) > 9 {
		return ""
	}
	for i := 1; i < len(ext); i++ {
		c := ext[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return ""
		}
	}
	return ext
}

// IsZip reports whether name has a .zip extension (any case).
func IsZip(name string) bool {
	return len(name) > 4 && strings.EqualFold(name[len(name)-4:], ".zip")
}

// TrimZip removes a .zip extension (any case) from name.
func TrimZip(name string) string {
	if IsZip(name) {
		return name[:len(name)-4]
	}
	return name
}
