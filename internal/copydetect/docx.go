package copydetect

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// maxDocxXML caps how much of word/document.xml is read (zip bombs).
const maxDocxXML = 64 << 20

// DocxText returns the text of a .docx file's main document part, one line
// per paragraph. It reads only word/document.xml and never panics on bad
// input.
func DocxText(path string) (text string, err error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return "", fmt.Errorf("docx %s: %w", path, err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return "", fmt.Errorf("docx %s: %w", path, err)
		}
		defer rc.Close()
		return DocxXMLText(io.LimitReader(rc, maxDocxXML))
	}
	return "", fmt.Errorf("docx %s: no word/document.xml", path)
}

// DocxXMLText returns the text of a WordprocessingML document part: the
// contents of w:t elements, a tab for w:tab, a newline after each w:p.
func DocxXMLText(r io.Reader) (string, error) {
	dec := xml.NewDecoder(r)
	var b strings.Builder
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return b.String(), fmt.Errorf("document.xml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				b.WriteByte('\t')
			case "br", "cr":
				b.WriteByte('\n')
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				b.WriteByte('\n')
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			}
		}
	}
}
