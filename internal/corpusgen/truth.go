package corpusgen

import (
	"encoding/json"
	"fmt"
	"os"
)

// TruthVersion is the version of the truth file's format. Fields are only
// ever added; a reader ignores fields it does not know.
const TruthVersion = 3

// TruthFileName is the name of the truth file inside the corpus folder (a
// dot-file, so discovery ignores it).
const TruthFileName = ".truth.json"

// Truth is what the generator wrote and planted: the ground truth that tests
// compare a sweep against.
//
// The format only grows: later generators add fields (scanned pages as a
// page attribute, planted people defects as more Findings, planted copies
// as a Planted []TruthPassage list naming both passages) and bump Version;
// readers ignore what they do not know, and a missing field reads as its
// zero value (nothing planted of that kind).
type Truth struct {
	Version int
	Seed    int64
	Profile string
	// Schools lists the schools (申报单位) in generation order.
	Schools []string
	// ZipSchools names the schools delivered as "<school>.zip" (GBK names).
	ZipSchools []string `json:",omitempty"`
	// SchoolFiles are school-level files (汇总表); their Kind is "summary".
	SchoolFiles []TruthFile `json:",omitempty"`
	Submissions []TruthSubmission
	// Findings are the findings a correct sweep must report, exactly: every
	// planted defect of the completeness rules, nothing for clean material.
	Findings []TruthFinding
	// Pages hold the exact text drawn on every page of every readable PDF.
	Pages []TruthPage
	// ReferenceDir is the folder, relative to the corpus, that holds the
	// national catalogue the items quote (majors, courses, learning tasks):
	// text any school may share, for a sweep's reference texts.
	ReferenceDir string `json:",omitempty"`
	// TemplateLines are the texts (unwrapped blocks) that are shared by design
	// across schools: headings, the form's labels, catalogue names, phrases
	// of the notice. Any other run of 12 Han characters is unique to one
	// school unless planted.
	TemplateLines []string `json:",omitempty"`
	// Planted lists the copied and shared passages the generator planted
	// (see TruthPassage, copies.go); their findings are in Findings.
	Planted []TruthPassage `json:",omitempty"`
	// People details the planted people and form defects (each also in
	// Findings, with Note = Kind); Controls the clean controls (twins,
	// group-work tables, look-alike names) that no finding may flag.
	People   []TruthPerson `json:",omitempty"`
	Controls []TruthPerson `json:",omitempty"`
}

// TruthSubmission describes one generated submission.
type TruthSubmission struct {
	ID        string // "<school>/<submission folder>"
	School    string
	Name      string // the submission folder's name
	Major     string // full catalogue name, as on the form
	MajorCode string
	Course    string
	Task      string
	Level     string
	Grade     string
	Class     string
	ClassSize int
	Leader    string
	Teachers  []TruthTeacher
	// Roster holds the class members' names, in the order of item 10.
	Roster []string
	// Students are the three students whose work forms items 8, 11 and 12.
	Students []string
	// ItemStudents names, for an item of 8, 11, 12 whose students differ
	// from Students (a planted defect), the students it holds.
	ItemStudents map[int][]string `json:",omitempty"`
	// FormFormat is "docx" or "pdf", "" when the form is missing.
	FormFormat string `json:",omitempty"`
	Files      []TruthFile
}

// TruthTeacher is one member of the classroom team (序号1 is the leader).
type TruthTeacher struct {
	Name        string
	Birth       string // 出生年月, "1985.06"
	Title       string
	Experience  string
	Certificate string // 是 / 否
}

// TruthFile is one generated file.
type TruthFile struct {
	RelPath string // relative to the corpus folder, '/' separators (zip: see Generate)
	Kind    string // models.FileKind: item, form, roster, summary, other
	Item    int    // 1–12 for items, else 0
	Format  string // pdf, docx, xlsx, txt, jpg
	Pages   int    `json:",omitempty"` // pages drawn, for readable PDFs
	// Defect names what was planted in this file, "" for a sound file:
	// "zero-bytes", "truncated" (cut at 40 %, no xref/trailer/%%EOF),
	// "encrypted" (RC4 with user password "gx2025"), "docx-as-pdf" (a docx
	// named .pdf), "duplicate" (the added second file of an item; the
	// item.duplicate finding names the second of the two in byte order of
	// RelPath, which may be the original).
	Defect string `json:",omitempty"`
	School string `json:",omitempty"` // for school-level files
	// Scanned is set for an image-only PDF (every page a scan, no text layer).
	Scanned bool `json:",omitempty"`
}

// TruthFinding is one finding a correct sweep reports.
type TruthFinding struct {
	Rule         string
	SubmissionID string
	Item         int    // 0 when none
	File         string // RelPath, "" when the finding is not about one file
	Note         string `json:",omitempty"` // the planted defect (see TruthFile.Defect), "missing-item", "form-missing", "unrecognized-txt|jpg"
	// Values are numbers a reported finding must state to be this one
	// (records.invalid_score: the score and its maximum, or the total and
	// the sum of the scores), so that a claim about another row of the
	// same table does not count. Added in version 3.
	Values []float64 `json:",omitempty"`
}

// TruthPage is the text drawn on one page of a generated PDF.
type TruthPage struct {
	File string // RelPath
	Page int    // 1-based
	// Text is exactly the text drawn, one drawn line per line, joined by
	// "\n"; a table row is its cells joined by one space. On a scanned
	// page it is the text printed and written on the sheet, line by line
	// (the label and the handwritten value of a field joined, blanks
	// dropped).
	Text string
	// Scanned marks a page that is an image only (no text layer); DPI is
	// its resolution, Condition its scan quality: "clean" (300 dpi, no
	// noise or skew), "noisy" (200 dpi, skewed 0.8–1.8°, noise, blur,
	// JPEG artefacts), "mild" (250 dpi, light noise, slight skew),
	// "bilevel" (300 dpi black and white) or, in the large profile, "low"
	// (150 dpi, light noise). Encoding names the image
	// filter (DCT, Flate8, Flate1, CCITTG4); Rotate the page's /Rotate.
	Scanned   bool   `json:",omitempty"`
	DPI       int    `json:",omitempty"`
	Condition string `json:",omitempty"`
	Encoding  string `json:",omitempty"`
	Rotate    int    `json:",omitempty"`
}

// LoadTruth reads a truth file written by Generate.
func LoadTruth(path string) (*Truth, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load truth: %w", err)
	}
	var t Truth
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, fmt.Errorf("load truth %s: %w", path, err)
	}
	return &t, nil
}

// Submission returns the submission with the given id, or nil.
func (t *Truth) Submission(id string) *TruthSubmission {
	for i := range t.Submissions {
		if t.Submissions[i].ID == id {
			return &t.Submissions[i]
		}
	}
	return nil
}

// FindingsFor returns the truth findings with one of the given rules (all
// findings when rules is empty).
func (t *Truth) FindingsFor(rules ...string) []TruthFinding {
	if len(rules) == 0 {
		return append([]TruthFinding(nil), t.Findings...)
	}
	want := map[string]bool{}
	for _, r := range rules {
		want[r] = true
	}
	var out []TruthFinding
	for _, f := range t.Findings {
		if want[f.Rule] {
			out = append(out, f)
		}
	}
	return out
}

// PagesOf returns the pages of one file, in page order.
func (t *Truth) PagesOf(relPath string) []TruthPage {
	var out []TruthPage
	for _, p := range t.Pages {
		if p.File == relPath {
			out = append(out, p)
		}
	}
	return out
}
