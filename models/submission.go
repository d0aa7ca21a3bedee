package models

// FileKind says what role a file plays in a submission.
type FileKind string

// The kinds of file discovery recognises.
const (
	KindItem    FileKind = "item"    // one of items 1–12
	KindForm    FileKind = "form"    // 附件2 申报书
	KindRoster  FileKind = "roster"  // 花名册 / 学生名单
	KindSummary FileKind = "summary" // 附件4 汇总表 (school level)
	KindVideo   FileKind = "video"   // item 13 课堂实录
	KindOther   FileKind = "other"   // nothing we recognise
)

// File is one file found in a submission, before extraction.
type File struct {
	// SubmissionID is "<school>/<submission>"; empty for school-level files.
	SubmissionID string
	School       string
	// RelPath is the file's path relative to the sweep root, with / separators
	// (inside a zip, the zip's path without ".zip" stands for the archive).
	RelPath string
	// DiskPath is where the bytes are on disk (a temporary file for zip members).
	DiskPath string
	Kind     FileKind
	Item     int // 1–12 for KindItem, 13 for videos, else 0
	Size     int64
}

// Submission is one classroom's folder (or zip) with its files.
type Submission struct {
	ID     string // "<school>/<submission>"
	School string
	Name   string // the submission folder's name
	Files  []File
	// Documents are filled by extraction, one per file, in Files order.
	Documents []*Document
	// Form is the application form as read (nil when absent or unreadable).
	Form *Form
	// Findings raised while discovering (unreadable archives, zip-slip…).
	Findings []Finding
}

// ItemDocuments returns the documents of item n.
func (s *Submission) ItemDocuments(n int) []*Document {
	var out []*Document
	for _, d := range s.Documents {
		if d != nil && d.Kind == KindItem && d.Item == n {
			out = append(out, d)
		}
	}
	return out
}

// Form holds the fields of the application form (附件2) that checks use.
type Form struct {
	Leader    string // 课堂负责人
	Unit      string // 负责人所在单位
	Major     string // 专业名称
	MajorCode string // 专业编码
	Course    string // 授课课程名称
	Task      string // 学习任务
	Level     string // 培养层级
	Grade     string // 授课年级
	Class     string // 授课班级
	ClassSize int    // 班级人数, 0 when not read
	Teachers  []Teacher
	Sections  map[string]string // section title (三…八) → text
}

// Teacher is one member of the classroom team.
type Teacher struct {
	Name        string
	Title       string
	Certificate string // 是 / 否 / ""
}

// School groups a school's submissions and school-level files (汇总表).
type School struct {
	Name        string
	Submissions []*Submission
	Files       []File
}
