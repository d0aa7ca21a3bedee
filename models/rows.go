package models

import "time"

// The Parquet rows. Column names are public API (BI dashboards read them):
// add columns, never rename or change the meaning of one. Every column is
// documented in README.md.

// SubmissionRow is one row of submissions.parquet.
type SubmissionRow struct {
	SubmissionID string    `parquet:"submission_id"`
	School       string    `parquet:"school"`
	Name         string    `parquet:"name"`
	Files        int32     `parquet:"files"`
	ItemsPresent int32     `parquet:"items_present"`
	FormPresent  bool      `parquet:"form_present"`
	Leader       string    `parquet:"leader"`
	Unit         string    `parquet:"unit"`
	Major        string    `parquet:"major"`
	MajorCode    string    `parquet:"major_code"`
	Course       string    `parquet:"course"`
	Task         string    `parquet:"task"`
	Level        string    `parquet:"level"`
	Grade        string    `parquet:"grade"`
	Class        string    `parquet:"class"`
	ClassSize    int32     `parquet:"class_size"`
	Teachers     []string  `parquet:"teachers,list"`
	Errors       int32     `parquet:"errors"`
	Warnings     int32     `parquet:"warnings"`
	Infos        int32     `parquet:"infos"`
	SweptAt      time.Time `parquet:"swept_at,timestamp(millisecond)"`
}

// DocumentRow is one row of documents.parquet.
type DocumentRow struct {
	SubmissionID string  `parquet:"submission_id"`
	School       string  `parquet:"school"`
	Path         string  `parquet:"path"`
	Kind         string  `parquet:"kind"`
	Item         int32   `parquet:"item"`
	Format       string  `parquet:"format"`
	Bytes        int64   `parquet:"bytes"`
	SHA256       string  `parquet:"sha256"`
	Pages        int32   `parquet:"pages"`
	PagesOCRed   int32   `parquet:"pages_ocred"`
	PagesNoText  int32   `parquet:"pages_no_text"`
	Characters   int64   `parquet:"characters"`
	Method       string  `parquet:"method"`
	Encrypted    bool    `parquet:"encrypted"`
	MeanOCRConf  float64 `parquet:"mean_ocr_confidence"`
	Error        string  `parquet:"error"`
	ErrorRule    string  `parquet:"error_rule"`
	Seconds      float64 `parquet:"seconds"`
	Cached       bool    `parquet:"cached"`
}

// PageRow is one row of pages.parquet.
type PageRow struct {
	SubmissionID   string  `parquet:"submission_id"`
	Path           string  `parquet:"path"`
	Item           int32   `parquet:"item"`
	Page           int32   `parquet:"page"`
	Method         string  `parquet:"method"`
	Reason         string  `parquet:"ocr_reason"`
	Characters     int32   `parquet:"characters"`
	TextLayerScore float64 `parquet:"text_layer_score"`
	Confidence     float64 `parquet:"ocr_confidence"`
	Seconds        float64 `parquet:"seconds"`
	Images         int32   `parquet:"images"`
}

// FindingRow is one row of findings.parquet.
type FindingRow struct {
	Rule              string `parquet:"rule"`
	Severity          string `parquet:"severity"`
	SubmissionID      string `parquet:"submission_id"`
	School            string `parquet:"school"`
	Item              int32  `parquet:"item"`
	Page              int32  `parquet:"page"`
	File              string `parquet:"file"`
	Message           string `parquet:"message"`
	Evidence          string `parquet:"evidence"`
	OtherSubmissionID string `parquet:"other_submission_id"`
	OtherSchool       string `parquet:"other_school"`
	OtherItem         int32  `parquet:"other_item"`
	OtherPage         int32  `parquet:"other_page"`
	MatchID           string `parquet:"match_id"`
}

// MatchRow is one row of matches.parquet.
type MatchRow struct {
	MatchID         string  `parquet:"match_id"`
	SubmissionID    string  `parquet:"submission_id"`
	School          string  `parquet:"school"`
	Item            int32   `parquet:"item"`
	File            string  `parquet:"file"`
	Page            int32   `parquet:"page"`
	EndPage         int32   `parquet:"end_page"`
	Start           int32   `parquet:"start"`
	End             int32   `parquet:"end"`
	Text            string  `parquet:"text"`
	ItemShare       float64 `parquet:"item_share"`
	OtherSubmission string  `parquet:"other_submission_id"`
	OtherSchool     string  `parquet:"other_school"`
	OtherItem       int32   `parquet:"other_item"`
	OtherFile       string  `parquet:"other_file"`
	OtherPage       int32   `parquet:"other_page"`
	OtherEndPage    int32   `parquet:"other_end_page"`
	OtherStart      int32   `parquet:"other_start"`
	OtherEnd        int32   `parquet:"other_end"`
	OtherText       string  `parquet:"other_text"`
	OtherItemShare  float64 `parquet:"other_item_share"`
	Length          int32   `parquet:"length"`
	Similarity      float64 `parquet:"similarity"`
	Template        bool    `parquet:"template"`
	SameSchool      bool    `parquet:"same_school"`
}

// StudentRow is one row of students.parquet.
type StudentRow struct {
	SubmissionID string  `parquet:"submission_id"`
	School       string  `parquet:"school"`
	Item         int32   `parquet:"item"`
	Page         int32   `parquet:"page"`
	NameRead     string  `parquet:"name_read"`
	NameMatched  string  `parquet:"name_matched"`
	Source       string  `parquet:"source"`
	Confidence   float64 `parquet:"confidence"`
}
