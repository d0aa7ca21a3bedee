package models

// Match is one aligned passage pair across two documents (the matches table).
type Match struct {
	ID string
	// Side A and side B: submission, school, item, file, page range and the
	// passage's character range in the page text (rune offsets, end exclusive).
	A, B MatchSide
	// Length is the matched length in characters of normalised text.
	Length     int
	Similarity float64 // 0–1
	// Template is set when the passage touched text shared by many schools or
	// a reference text; such matches are kept for audit but not reported.
	Template   bool
	SameSchool bool
}

// MatchSide locates one side of a Match.
type MatchSide struct {
	SubmissionID string
	School       string
	Item         int
	File         string
	Page         int // first page of the passage
	EndPage      int // last page of the passage
	Start, End   int // rune offsets in the first/last page text
	Text         string
	ItemShare    float64 // share of the item's characters covered by matches with this other submission
}

// StudentRead is one student name read from a page (the students table).
type StudentRead struct {
	SubmissionID string
	School       string
	Item         int
	Page         int
	NameRead     string
	NameMatched  string
	Source       string // "field", "table", "cover", "roster", "records"
	Confidence   float64
}
