package checks

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"classaudit/internal/names"
	"classaudit/models"
)

// Records checks item 10: a record for every class member, as many records
// as the class has students, and possible scores.
var Records = &Check{
	ID:    "records",
	Doc:   "item 10 holds a record for every student of the class (form's 班级人数, roster), with possible scores",
	Rules: []string{models.RuleRecordsMissingStudent, models.RuleRecordsCountMismatch, models.RuleRecordsInvalidScore, models.RuleRecordsUnreadable},
	Run:   runRecords,
}

func init() { register(Records) }

func runRecords(p *Pass) {
	for _, s := range p.Submissions {
		safely(p, s, models.RuleRecordsUnreadable, models.RecordsItem, checkRecords)
	}
}

// safely runs a people check on one submission; a panic in it (a reading
// the check did not foresee) stops that check for that submission alone,
// and the reviewer is told, rather than ending the sweep.
func safely(p *Pass, s *models.Submission, rule string, item int, check func(*Pass, *models.Submission)) {
	defer func() {
		if e := recover(); e != nil {
			p.Report(models.Finding{SubmissionID: s.ID, School: s.School, Rule: rule, Severity: models.SeverityInfo, Item: item,
				Message:  "核查程序在核对本申报的学生与考核记录时出错，此项核查未完成；请人工核对，并将此申报材料反馈给维护人员。",
				Evidence: fmt.Sprint(e)})
		}
	}()
	check(p, s)
}

func checkRecords(p *Pass, s *models.Submission) {
	pp := p.peopleOf(s)
	base := models.Finding{SubmissionID: s.ID, School: s.School}
	var recFile string
	if len(pp.recDocs) > 0 {
		recFile = pp.recDocs[0].RelPath
	}
	for _, r := range pp.records {
		p.AddStudent(models.StudentRead{SubmissionID: s.ID, School: s.School, Item: models.RecordsItem, Page: r.Page,
			NameRead: r.Name, NameMatched: r.Matched, Source: names.SourceRecords, Confidence: recordConfidence(r)})
	}
	for _, n := range pp.roster {
		p.AddStudent(models.StudentRead{SubmissionID: s.ID, School: s.School, NameRead: n, NameMatched: n,
			Source: names.SourceRoster, Confidence: 1})
	}
	for i := range pp.records {
		r := &pp.records[i]
		probs := r.Check()
		if len(probs) == 0 {
			continue
		}
		f := base
		f.Rule, f.Severity, f.Item, f.Page, f.File = models.RuleRecordsInvalidScore, models.SeverityWarning, models.RecordsItem, r.Page, recFile
		who := "学生“" + r.Name + "”"
		if r.Matched != "" && r.Matched != r.Name {
			// OCR misread the name ("从狼文" for the
			// roster's 丛铄文): the roster's student it was paired with,
			// and the name as read.
			who = "学生“" + r.Matched + "”（表中姓名识别为“" + r.Name + "”）"
		}
		switch id := rowID(r); {
		case r.Name == "":
			who = "一条姓名无法辨认的记录（“" + r.Excerpt + "”）"
		case r.Unsure && r.OCR && id != "":
			// The name cell held no valid name: the 学号 names the student.
			who = "学号" + id + "的学生（姓名识别为“" + r.Name + "”，无法确认）"
		case r.OCR && id != "":
			// A name OCR read may be misread ("云苦上" for 云若曦): the
			// row's 学号 tells the reviewer which student it is.
			who += "（学号" + id + "）"
		}
		f.Message = fmt.Sprintf("第10项“学习任务考核记录”第%d页%s的成绩有误：%s。", r.Page, who, strings.Join(probs, "；"))
		f.Evidence = r.Excerpt
		p.Report(f)
	}
	if len(pp.otherTables) > 0 {
		f := base
		f.Rule, f.Severity, f.Item, f.File = models.RuleRecordsUnreadable, models.SeverityInfo, models.RecordsItem, recFile
		f.Message = fmt.Sprintf("第10项“学习任务考核记录”中另有其他班级的考核记录表（%s），表题写明的班级不是本课堂的授课班级，未计入本课堂的考核人数和名单；请人工核对。", strings.Join(pp.otherTables, "、"))
		p.Report(f)
	}
	var unsure []string
	for _, r := range pp.records {
		if r.UnsureSum() && len(r.Check()) == 0 {
			unsure = append(unsure, fmt.Sprintf("第%d页“%s”", r.Page, r.Excerpt))
		}
	}
	if len(unsure) > 0 {
		// Rows whose total is not the sum as OCR read them, unsurely:
		// no claim (Record.Check), but the rows to look at.
		f := base
		f.Rule, f.Severity, f.Item, f.File = models.RuleRecordsUnreadable, models.SeverityInfo, models.RecordsItem, recFile
		f.Message = fmt.Sprintf("第10项“学习任务考核记录”（扫描件）有%d行的总分与各项之和（或按权重计算的总评、扣分制的得分与满分减扣分合计）不符，但这些行的数字识别不可靠，可能是识别错误而非成绩有误：%s；请对照原件核对。",
			len(unsure), strings.Join(unsure, "、"))
		f.Evidence = strings.Join(unsure, "\n")
		p.Report(f)
	}
	if d := doubtedMaxima(pp.records); len(d) > 0 {
		// Headings whose maximum several scanned rows exceed: a maximum
		// OCR misread, no claim; the reviewer is told.
		f := base
		f.Rule, f.Severity, f.Item, f.File = models.RuleRecordsUnreadable, models.SeverityInfo, models.RecordsItem, recFile
		f.Message = fmt.Sprintf("第10项“学习任务考核记录”（扫描件）%s，更可能是表头满分识别有误，未据此判定成绩超过满分；请对照原件核对。", strings.Join(d, "；"))
		if !pp.ocrRecords() {
			// A typed table whose rows mostly exceed a heading's maximum:
			// its columns were matched to the wrong headings.
			f.Message = fmt.Sprintf("第10项“学习任务考核记录”%s，更可能是各栏分数与表头未能正确对应（如表头有合并单元格或分组），未据此判定成绩超过满分；请人工核对。", strings.Join(d, "；"))
		}
		p.Report(f)
	}
	if k := unchecked(pp.records); k > 0 {
		f := base
		f.Rule, f.Severity, f.Item, f.File = models.RuleRecordsUnreadable, models.SeverityInfo, models.RecordsItem, recFile
		f.Message = fmt.Sprintf("第10项“学习任务考核记录”（扫描件）有%d条记录的分数无法可靠辨认（共%d条），未核对这些记录的成绩；请人工核对。", k, len(pp.records))
		p.Report(f)
	}
	if len(pp.recDocs) == 0 {
		return // item 10 missing or unreadable: completeness reports it
	}
	n := pp.recordCount()
	if n == 0 {
		// A readable item 10 whose table could not be read at all: no
		// count to hold against it, the reviewer is told instead.
		f := base
		f.Rule, f.Severity, f.Item, f.File = models.RuleRecordsUnreadable, models.SeverityInfo, models.RecordsItem, recFile
		f.Message = "第10项“学习任务考核记录”中未能读出考核记录表（扫描件或特殊排版），无法核对考核人数、名单和成绩；请人工核对。"
		p.Report(f)
		return
	}
	if want := pp.classSize(); pp.recordsShort() {
		// A scan of which OCR read fewer than half the class's rows: the
		// table was not read (a 学号 of a shape the reading did not know,
		// a header lost), not half the class left out; no count, no
		// missing student.
		f := base
		f.Rule, f.Severity, f.Item, f.File = models.RuleRecordsUnreadable, models.SeverityInfo, models.RecordsItem, recFile
		f.Message = fmt.Sprintf("第10项“学习任务考核记录”（扫描件）只读出%d条记录，不到班级人数%d人的一半，更可能是表格未能识别，未据此核对考核人数和名单；请人工核对。", n, want)
		f.Evidence = "考核记录：" + pp.recordList()
		p.Report(f)
		return
	}
	byNumber := false // n counted by the table's serial numbers
	// A third of the rows or more unreadable, lines OCR garbled beyond a
	// row and rows whose name it lost: the rows are no count either (a
	// printed register filled in by hand, read at confidence 64: 38 rows
	// read of 40, 14 of them nameless).
	if unread := pp.junk + pp.nameless; garbledTable(pp.junk, n) || unread >= 3 && 3*unread >= n && pp.ocrRecords() {
		// A scan OCR could not read row by row: no missing student is
		// claimed, and no count either unless the rows' own serial
		// numbers count them; the reviewer is told.
		f := base
		f.Rule, f.Severity, f.Item, f.File = models.RuleRecordsUnreadable, models.SeverityInfo, models.RecordsItem, recFile
		f.Evidence = "考核记录：" + pp.recordList()
		if pp.numbered < n {
			f.Message = fmt.Sprintf("第10项“学习任务考核记录”（扫描件）有%d行无法辨认（另读出%d条记录），无法核对考核人数和名单；请人工核对。", pp.junk, n)
			if !garbledTable(pp.junk, n) {
				f.Message = fmt.Sprintf("第10项“学习任务考核记录”（扫描件）识别质量差：读出%d条记录，其中%d条的姓名无法辨认，另有%d行无法辨认，无法核对考核人数和名单；请人工核对。", n, pp.nameless, pp.junk)
			}
			p.Report(f)
			return
		}
		f.Message = fmt.Sprintf("第10项“学习任务考核记录”（扫描件）有%d行无法辨认（另读出%d条记录，其中%d条的姓名无法辨认）；按表中序号共%d行，据此核对考核人数，名单无法逐一核对；请人工核对。", pp.junk, n, pp.nameless, pp.numbered)
		p.Report(f)
		n, byNumber = pp.numbered, true
	}
	// Lines amid a scanned table's records that may be rows OCR lost: a
	// count short by no more is no evidence (the serial numbers, when
	// they count the rows, have said it already).
	lost := 0
	if !byNumber {
		lost = pp.lost
	}
	if k := statedRows(pp); k > n && pp.ocrRecords() && !byNumber {
		// The scanned register states its own head count above its
		// tables ("学习任务考核记录(第一实训组，19人)"), more than the rows
		// read: OCR lost rows without a trace, as many as that.
		lost = max(lost, k-n)
	}
	// lostExplains tells the reviewer, when the records fall short of want
	// by no more than lost, or the serials say the records' count is
	// wrong, that the count cannot be checked; false when the difference
	// stands.
	serials, bySerial := serialCount(pp.records)
	// Roster students no record was paired with (missing), or whose name
	// stands alone in item 10's text (written); of the missing, those
	// whose 学号's place in the register holds no row (pp.skipped): surely
	// without a record, whatever lines OCR lost elsewhere.
	missing, written := pp.unpaired()
	var absent []string
	if !byNumber {
		absent = pp.skipped(missing)
	}
	lostExplains := func(want int, than, evidence string) bool {
		var msg string
		switch {
		case bySerial && !byNumber && serials < n && serials == want:
			// More records than the rows' own serial numbers count, and
			// these as many as want: a row read twice, or a line under the
			// table taken for one; the records' count is no evidence. (Fewer
			// records than serials may be a row left out, its number
			// skipped: that stands.)
			msg = fmt.Sprintf("第10项“学习任务考核记录”读出%d条记录，而表中序号只排到%d，与%s一致；可能有行重复读出或表下文字被读作记录，未据此判定人数不符；请人工核对。", n, serials, than)
		case n < want && n+lost >= want && len(absent) < want-n:
			msg = fmt.Sprintf("第10项“学习任务考核记录”（扫描件）读出%d条记录，少于%s，但表中另有%d行无法辨认，可能就是其余学生的记录，无法核对考核人数；请人工核对。", n, than, lost)
		default:
			return false
		}
		f := base
		f.Rule, f.Severity, f.Item, f.File = models.RuleRecordsUnreadable, models.SeverityInfo, models.RecordsItem, recFile
		f.Message, f.Evidence = msg, evidence
		p.Report(f)
		return true
	}
	if pp.form != nil && pp.form.ClassSize > 0 && n != pp.form.ClassSize &&
		!lostExplains(pp.form.ClassSize, fmt.Sprintf("申报书填写的班级人数%d人", pp.form.ClassSize), "考核记录："+pp.recordList()) {
		f := base
		f.Rule, f.Severity, f.Item, f.File = models.RuleRecordsCountMismatch, models.SeverityError, models.RecordsItem, recFile
		f.Message = fmt.Sprintf("第10项“学习任务考核记录”有%d名学生的记录%s，而申报书填写的班级人数为%d人；考核记录应覆盖授课班级所有学生。", n, lostNote(lost, n, pp.form.ClassSize, absent), pp.form.ClassSize)
		f.Evidence = "考核记录：" + pp.recordList()
		p.Report(f)
	}
	if pp.rosDoc == nil || len(pp.roster) == 0 {
		return
	}
	if stated := rosterReadShort(pp, n); stated > 0 {
		// A roster read short of the records, and of the class size it
		// or the form states: names of the roster were not read (OCR lost
		// them, a photographed list three students a row; or a typed
		// grid's row), no evidence against the records.
		f := base
		f.Rule, f.Severity, f.Item, f.File = models.RuleRecordsUnreadable, models.SeverityInfo, models.RecordsItem, lastElem(pp.rosDoc.RelPath)
		f.Message = fmt.Sprintf("花名册“%s”只读出%d名学生，少于第10项“学习任务考核记录”的%d条记录，也少于花名册本身或申报书写明的%d人，可能是花名册有姓名未能识别，未据此判定人数不符；请人工核对花名册。", lastElem(pp.rosDoc.RelPath), len(pp.roster), n, stated)
		f.Evidence = "考核记录：" + pp.recordList() + "\n花名册：" + strings.Join(pp.roster, "、")
		p.Report(f)
	} else if len(pp.roster) != n && !lostExplains(len(pp.roster), fmt.Sprintf("花名册“%s”的%d名学生", lastElem(pp.rosDoc.RelPath), len(pp.roster)),
		"考核记录："+pp.recordList()+"\n花名册："+strings.Join(pp.roster, "、")) {
		f := base
		f.Rule, f.Severity, f.Item, f.File = models.RuleRecordsCountMismatch, models.SeverityError, models.RecordsItem, recFile
		f.Message = fmt.Sprintf("第10项“学习任务考核记录”有%d名学生的记录%s，而花名册“%s”有%d名学生。", n, lostNote(lost, n, len(pp.roster), absent), lastElem(pp.rosDoc.RelPath), len(pp.roster))
		f.Evidence = "考核记录：" + pp.recordList() + "\n花名册：" + strings.Join(pp.roster, "、")
		p.Report(f)
	}
	if byNumber {
		return // the names could not be read: none is claimed missing
	}
	if len(written) > 0 {
		f := base
		f.Rule, f.Severity, f.Item, f.File = models.RuleRecordsUnreadable, models.SeverityInfo, models.RecordsItem, recFile
		f.Message = fmt.Sprintf("花名册“%s”中的学生“%s”的姓名出现在第10项“学习任务考核记录”中，但未能读出其考核记录行（排版特殊或识别有误），未判定缺少考核记录；请人工核对其成绩。",
			lastElem(pp.rosDoc.RelPath), strings.Join(written, "”“"))
		f.Evidence = "考核记录：" + pp.recordList()
		p.Report(f)
	}
	if len(missing) == 0 {
		return
	}
	evidence := "花名册：" + lastElem(pp.rosDoc.RelPath) + "\n考核记录：" + pp.recordList()
	// missingRecord reports roster student m as having no record; why,
	// if any, in brackets after.
	missingRecord := func(m, why string) {
		f := base
		f.Rule, f.Severity, f.Item, f.File = models.RuleRecordsMissingStudent, models.SeverityError, models.RecordsItem, recFile
		f.Message = fmt.Sprintf("花名册中的学生“%s”%s在第10项“学习任务考核记录”中没有考核记录%s。", m, rosterNumber(pp.rosterIDs, m), why)
		f.Evidence = evidence
		p.Report(f)
	}
	// Records whose names OCR garbled beyond pairing may be any of the
	// missing; only as many as the records fall short of the roster are
	// surely missing.
	unread := pp.unpairedRecords()
	short := len(pp.roster) - n
	if extra := min(lost, max(short-len(absent), 0)); extra > 0 {
		// Rows OCR lost may be the records of students not found, but
		// not of those whose place in the register holds no row.
		unread, short = unread+extra, short-extra
	}
	if unread == 0 || short >= len(missing) {
		for _, m := range missing {
			missingRecord(m, "")
		}
		return
	}
	if sure := pp.missingUnlikeAny(missing, n, lost, unread); len(sure) > 0 {
		for _, m := range sure {
			missingRecord(m, fmt.Sprintf("（记录比班级人数少%d条；花名册中未找到记录的学生%s里，只有该生的姓名与无法辨认的%d条记录都不相近）",
				len(sure), strings.Join(missing, "、"), unread))
		}
		return
	}
	if sure := pp.missingSettled(missing, absent, n, lost); len(sure) > 0 {
		for _, m := range sure {
			missingRecord(m, "（考核记录中没有该学号，表中学号按顺序排列、该学号前后两行相连，记录数也比班级人数少"+strconv.Itoa(len(sure))+"条；花名册姓名为识别结果，可能有误）")
		}
		return
	}
	if short <= 0 {
		// Every roster name may be one of the records that could not be
		// read: no missing student to claim, the reviewer is told.
		f := base
		f.Rule, f.Severity, f.Item, f.File = models.RuleRecordsUnreadable, models.SeverityInfo, models.RecordsItem, recFile
		f.Message = fmt.Sprintf("花名册“%s”中有%d名学生在第10项“学习任务考核记录”中未找到对应姓名（%s），但有%d条记录的姓名无法辨认，无法判断是否缺少考核记录；请人工核对。",
			lastElem(pp.rosDoc.RelPath), len(missing), strings.Join(missing, "、"), unread)
		f.Evidence = evidence
		p.Report(f)
		return
	}
	if sure := absent; len(sure) == short {
		// The register skips these students' numbers where rows follow one
		// another with no line between: their rows are not there. The
		// others may stand in the rows that could not be read.
		var rest []string
		for _, m := range missing {
			if slices.Contains(sure, m) {
				missingRecord(m, "（表中学号按顺序排列，该学号前后两行相连，其间没有无法辨认的行）")
			} else {
				rest = append(rest, m)
			}
		}
		f := base
		f.Rule, f.Severity, f.Item, f.File = models.RuleRecordsUnreadable, models.SeverityInfo, models.RecordsItem, recFile
		f.Message = fmt.Sprintf("花名册“%s”中的学生%s在第10项“学习任务考核记录”中未找到对应姓名，但表中有%d行无法辨认，可能就是其记录，未判定缺少考核记录；请人工核对。",
			lastElem(pp.rosDoc.RelPath), "“"+strings.Join(rest, "”“")+"”", unread)
		f.Evidence = evidence
		p.Report(f)
		return
	}
	if sure := pp.missingByID(missing); len(sure) == short {
		// The records' student numbers all read, and the roster's: the
		// students whose numbers no record carries are the missing ones,
		// whatever OCR made of the names (heldout110's 介休 机电, a
		// scanned roster: 武芋芋 for 武芊芊, 241401270142).
		for _, m := range sure {
			missingRecord(m, "（考核记录中没有该学号；花名册姓名为识别结果，可能有误）")
		}
		return
	}
	f := base
	f.Rule, f.Severity, f.Item, f.File = models.RuleRecordsMissingStudent, models.SeverityError, models.RecordsItem, recFile
	f.Message = fmt.Sprintf("第10项“学习任务考核记录”比花名册“%s”少%d名学生的记录；有%d条记录的姓名无法辨认，缺少记录的学生是以下%d人中的%d人：%s。请人工核对。",
		lastElem(pp.rosDoc.RelPath), short, unread, len(missing), short, strings.Join(missing, "、"))
	f.Evidence = evidence
	p.Report(f)
}

// missingByID returns the students of missing whose roster 学号 (of the
// roster's common shape) no record carries, where every record states its
// 学号 (rowID) and every student of missing has one on the roster: the
// numbers tell who has no record where OCR garbled the names. Nil
// otherwise.
func (pp *people) missingByID(missing []string) []string {
	if len(pp.records) == 0 || pp.nameless > 0 || len(pp.rosterIDs) == 0 {
		return nil
	}
	have := map[string]bool{}
	for i := range pp.records {
		id := rowID(&pp.records[i])
		if id == "" {
			return nil
		}
		have[id] = true
	}
	var out []string
	for _, m := range missing {
		id := rosterID(pp.rosterIDs, m)
		if id == "" {
			return nil
		}
		if !have[id] {
			out = append(out, m)
		}
	}
	return out
}

// missingSettled names the students of missing surely without a record
// where the roster was read short of the class it states (a photographed
// list, a name garbled past reading: heldout123's 永城 机电, 39 of 40), so
// that a record left unpaired may be the unread name's: the student
// numbers settle it when no record carries these students' numbers
// (missingByID), the register's rows run on where theirs would stand
// (absent), no row was lost, and the records fall short of the class by
// as many (n records). Nil otherwise.
func (pp *people) missingSettled(missing, absent []string, n, lost int) []string {
	sure := pp.missingByID(missing)
	if len(sure) == 0 || lost > 0 || !slices.Equal(sure, absent) || pp.classSize()-n != len(sure) {
		return nil
	}
	return sure
}

// missingUnlikeAny names the students surely missing from a register when
// the roster was read short of the class (heldout65's 抚州 网络: a scanned
// sign-in sheet, 35 of 40 names read; 39 records, 6 of them no roster
// name): the records fall short of the class size stated by k (no row
// lost, none nameless), and of the roster's students without a record
// exactly k share no character in place with any record left unpaired
// (饶昱辰 is like 饶习展; 章颍彤 like none). The others may be those
// records: as many records are left over once the roster's unread names
// take theirs. Nil otherwise.
func (pp *people) missingUnlikeAny(missing []string, n, lost, unread int) []string {
	if lost > 0 || pp.nameless > 0 || len(missing) == 0 {
		return nil
	}
	stated := rosterReadShort(pp, n)
	k := stated - n
	if k <= 0 {
		return nil
	}
	in := map[string]bool{}
	for _, r := range pp.roster {
		in[r] = true
	}
	var left []string // records no roster name was paired with
	for _, c := range pp.class {
		if !in[c] {
			left = append(left, c)
		}
	}
	var sure []string
	for _, m := range missing {
		if !slices.ContainsFunc(left, func(r string) bool { return sharesPlace(m, r) }) {
			sure = append(sure, m)
		}
	}
	if len(sure) != k || len(missing)-k > unread-(stated-len(pp.roster)) {
		return nil
	}
	return sure
}

// unpaired lists the roster's students no record was paired with: missing,
// and written, those whose name stands alone in item 10's text (a row the
// reading could not take, a layout it did not know: no record missing).
func (pp *people) unpaired() (missing, written []string) {
	recText := pp.recordsText()
	recIDs := map[string]bool{} // the 学号s item 10's lines carry
	for _, line := range strings.Split(recText, "\n") {
		for _, id := range names.StudentIDs(line) {
			recIDs[id] = true
		}
	}
	for _, m := range pp.roster {
		if _, k := names.Match(m, pp.class); k == names.Exact || k == names.Fuzzy {
			continue
		}
		if id := rosterID(pp.rosterIDs, m); id != "" && recIDs[id] {
			// The roster's 学号 of m stands in item 10: the row is m's,
			// its name misread past reading ("2413043501昌思源作业人12 21
			// …" for 吕思源, heldout145's 吴桥 新能源, a scanned register;
			// 昌 no surname, no record read).
			continue
		}
		if names.StandsAlone(recText, m) {
			written = append(written, m)
		} else {
			missing = append(missing, m)
		}
	}
	return missing, written
}

// recordsText is item 10's text, its documents' pages one after another.
func (pp *people) recordsText() string {
	var b strings.Builder
	for _, d := range pp.recDocs {
		for _, t := range d.PageTexts() {
			b.WriteString(t)
			b.WriteString("\n")
		}
	}
	return b.String()
}

// classSize is the class's size as the form states it or the roster lists
// it, the larger; 0 when neither says.
func (pp *people) classSize() int {
	n := len(pp.roster)
	if pp.form != nil {
		n = max(n, pp.form.ClassSize)
	}
	return n
}

// recordCount counts item 10's records: the class members read, namesakes
// by their own 学号, and the rows whose name could not be read.
func (pp *people) recordCount() int { return len(pp.class) + pp.namesakes + pp.nameless }

// recordsShort reports scanned records fewer than half the class (see
// classSize): a table OCR's reading lost, no evidence of anyone missing.
func (pp *people) recordsShort() bool {
	return pp.ocrRecords() && 2*pp.recordCount() < pp.classSize()
}

// doubtedMaxima describes, per page and heading, the maxima several rows
// exceed (names.DoubtMaxima): "第1页“技能考核(50)”一列有5行超过满分50".
func doubtedMaxima(rs []names.Record) []string {
	type key struct {
		page int
		col  string
	}
	over := map[key]int{}
	maxOf := map[key]float64{}
	var order []key
	for _, r := range rs {
		for _, s := range r.Scores {
			if !slices.Contains(r.Doubted(), s.Column) {
				continue
			}
			k := key{r.Page, s.Column}
			if _, seen := maxOf[k]; !seen {
				order = append(order, k)
			}
			maxOf[k] = s.Max
			if s.Value > s.Max {
				over[k]++
			}
		}
	}
	var out []string
	for _, k := range order {
		if over[k] > 0 {
			out = append(out, fmt.Sprintf("第%d页“%s”一列有%d行超过满分%s", k.page, k.col, over[k], strconv.FormatFloat(maxOf[k], 'f', -1, 64)))
		}
	}
	return out
}

// ocrRecords reports whether item 10's records were read by OCR.
func (pp *people) ocrRecords() bool {
	return slices.ContainsFunc(pp.records, func(r names.Record) bool { return r.OCR })
}

// recordList lists the records' names for evidence, unreadable ones as "？".
func (pp *people) recordList() string {
	out := append([]string(nil), pp.class...)
	for i := 0; i < pp.namesakes; i++ {
		out = append(out, "（同名学生）")
	}
	for i := 0; i < pp.nameless; i++ {
		out = append(out, "？")
	}
	return strings.Join(out, "、")
}

// unpairedRecords counts the records no roster name was paired with.
func (pp *people) unpairedRecords() int {
	in := map[string]bool{}
	for _, n := range pp.roster {
		in[n] = true
	}
	k := pp.nameless
	for _, c := range pp.class {
		if !in[c] {
			k++
		}
	}
	return k
}

// recordConfidence: a record whose name cell held no valid name, or was
// paired with a roster name it does not equal, is less sure.
func recordConfidence(r names.Record) float64 {
	switch {
	case r.Unsure:
		return 0.4
	case r.Matched != r.Name:
		return 0.7
	}
	return 0.9
}

// scoreRe is a number as scores are written: at most three digits, not
// part of a student number.
var scoreRe = regexp.MustCompile(`(?:^|[^\d])(\d{1,3}(?:\.\d+)?)(?:[^\d]|$)`)

// scoreDigits reports whether a row shows a score after its serial number:
// a grade table ("合格优良") shows none.
func scoreDigits(row string) bool {
	if _, rest, ok := names.CutLeadingNumber(row); ok {
		row = rest
	}
	return scoreRe.MatchString(row)
}

// unchecked counts the scanned records whose scores Check could not judge,
// on a table where that holds for one row in ten or more (a few specks are
// no news to the reviewer): scores OCR garbled, or digits read unsurely in
// a table OCR garbled in many rows.
func unchecked(rs []names.Record) int {
	k := 0
	for _, r := range rs {
		if r.OCR && (len(r.Scores) == 0 && scoreDigits(r.Excerpt) || len(r.Scores) > 0 && r.NoisyTable && !r.SureDigits) {
			k++
		}
	}
	if 10*k < len(rs) {
		return 0
	}
	return k
}

// rosterCountRe: a roster's own head count, "共40人", "全班38人", "合计：42人"
// (spaces taken out).
var rosterCountRe = regexp.MustCompile(`(?:共|共计|全班|合计|总计)[:：]?(\d{1,3})(?:名|人)`)

// serialCount counts a register's rows by their serial numbers: the
// largest serial among the records whose serial is near their place (a
// serial OCR misread, "3o", "DZ", or a 学号 the row opens with, is none);
// ok when three records in five or more have one. Registers numbered by
// group, or two students a row, have too few such serials to count.
func serialCount(rs []names.Record) (int, bool) {
	if len(rs) < 5 {
		return 0, false
	}
	best, near := 0, 0
	for i, r := range rs {
		n, ok := names.LeadingNumber(r.Excerpt)
		if !ok || n < i+1-3 || n > i+1+3 {
			continue
		}
		near++
		best = max(best, n)
	}
	return best, 5*near >= 3*len(rs)
}

// rosterReadShort returns the class size a roster read with fewer names
// than the n records says it has, when it says more than were read: the
// roster's own 共n人 (typed or scanned: a typed grid of names six a row may
// lose a row's names to the reading), or for a scanned roster the form's
// class size. 0 when the roster was read whole or says nothing.
func rosterReadShort(pp *people, n int) int {
	if pp.rosDoc == nil || len(pp.roster) >= n {
		return 0
	}
	for _, m := range rosterCountRe.FindAllStringSubmatch(noSpaceText(strings.Join(pp.rosDoc.PageTexts(), "\n")), -1) {
		if k, err := strconv.Atoi(m[1]); err == nil && k > len(pp.roster) {
			return k
		}
	}
	if pp.rosterScanned() && pp.form != nil && pp.form.ClassSize > len(pp.roster) {
		return pp.form.ClassSize
	}
	return 0
}

// statedCountRe: a head count in a records table's title, "（第一实训组，19人）",
// "共38人".
var statedCountRe = regexp.MustCompile(`(?:共|[，,（(])\s*(\d{1,3})\s*人\s*[)）]?\s*$`)

// pageCountRe and classCountRe: a register's own head count under its
// table, a page's ("本页人数: 18") or the whole class's ("全班人数: 36",
// "全班共36人").
var (
	pageCountRe  = regexp.MustCompile(`本页(?:人数|共)\s*[:：]?\s*(\d{1,3})`)
	classCountRe = regexp.MustCompile(`全班(?:人数|共)\s*[:：]?\s*(\d{1,3})`)
)

// statedRows returns the head count the records tables state: the whole
// class's where they state it, else the sum of the pages' (the title's,
// in the lines before the first row, or the foot's "本页人数").
func statedRows(pp *people) int {
	sum := 0
	for _, d := range pp.recDocs {
		for _, text := range d.PageTexts() {
			if m := classCountRe.FindStringSubmatch(noSpaceText(text)); m != nil {
				k, _ := strconv.Atoi(m[1])
				return k
			}
		}
	}
	mine := ""
	if pp.form != nil {
		_, mine = lastClass(pp.form.Class)
	}
	for _, d := range pp.recDocs {
		for _, text := range d.PageTexts() {
			k, other := 0, false
			for i, line := range strings.Split(text, "\n") {
				if i >= 6 {
					break
				}
				if m := statedCountRe.FindStringSubmatch(strings.TrimSpace(line)); m != nil {
					// Another class's table, its own head count
					// ("二、机电2402班(38人)" under the form's 机电2401班'
					// table, heldout85's 什邡): its rows are no records of
					// this class, read or lost.
					if _, c := lastClass(line); mine != "" && c != "" && c != mine {
						other = true
						break
					}
					k, _ = strconv.Atoi(m[1])
					break
				}
			}
			if m := pageCountRe.FindStringSubmatch(noSpaceText(text)); k == 0 && !other && m != nil {
				k, _ = strconv.Atoi(m[1])
			}
			sum += k
		}
	}
	return sum
}

// lostNote tells, in a count's message, of the rows OCR could not read
// that may be records: "（另有1行无法辨认，即使算作记录人数也不符）", or,
// where they would make up the count, that the register has no row where
// the absent students' numbers fall.
func lostNote(lost, n, want int, absent []string) string {
	switch {
	case lost == 0:
		return ""
	case n+lost >= want && len(absent) > 0:
		// The lost lines would make up the count, but the register has no
		// row where the absent students' numbers fall.
		return fmt.Sprintf("（另有%d行无法辨认，但表中学号按顺序排列，花名册学生“%s”的学号应在的位置前后两行相连，没有其记录）", lost, strings.Join(absent, "”“"))
	}
	return fmt.Sprintf("（另有%d行无法辨认，即使算作记录人数也不符）", lost)
}

// noSpaceText is text with its spaces removed (OCR spaces a label's
// characters apart: "全 班 人 数").
func noSpaceText(text string) string { return strings.ReplaceAll(text, " ", "") }

// rosterNumber is "（学号…）" for a roster name whose student number the
// roster gives, one number only: on a scanned roster OCR may misread the
// name ("郭梓荫" for 郭梓萌), and the reviewer finds the row by its number.
// Numbers of the shape most of the roster's have count (commonShape): an
// ID card's digits on the row are none.
func rosterNumber(ids map[string]string, name string) string {
	if id := rosterID(ids, name); id != "" {
		return "（学号" + id + "）"
	}
	return ""
}

// rosterID is name's 学号 on the roster, of the roster's common shape; ""
// when the roster gives none, or several.
func rosterID(ids map[string]string, name string) string {
	common, _ := commonShape(slices.Collect(maps.Keys(ids)))
	found := ""
	for id, n := range ids {
		if n != name || shapeOf(id) != common {
			continue
		}
		if found != "" {
			return ""
		}
		found = id
	}
	return found
}

// skipped returns those of missing whose roster 学号 the records skip:
// the number lies between those of two records read one after the other
// on a page, rising, as many lines apart as rows that follow one another
// (a number apart) mostly stand. No row stands between them, so none
// that could not be read holds the student.
func (pp *people) skipped(missing []string) []string {
	type row struct {
		id         int64
		page, line int
	}
	var rows []row
	for i := range pp.records {
		r := &pp.records[i]
		if id, err := strconv.ParseInt(rowID(r), 10, 64); err == nil && r.Parts == nil {
			rows = append(rows, row{id, r.Page, r.Line})
		}
	}
	spans := map[int]int{} // lines apart of rows a number apart
	for i := 1; i < len(rows); i++ {
		if a, b := rows[i-1], rows[i]; a.page == b.page && b.id == a.id+1 {
			spans[b.line-a.line]++
		}
	}
	span := modalSpan(spans)
	if span == 0 || spans[span] < 3 {
		return nil // no rows in sequence to tell a row's height by
	}
	var out []string
	for _, m := range missing {
		id, err := strconv.ParseInt(rosterID(pp.rosterIDs, m), 10, 64)
		if err != nil {
			continue
		}
		for i := 1; i < len(rows); i++ {
			if a, b := rows[i-1], rows[i]; a.page == b.page && a.id < id && id < b.id && b.id-a.id <= 5 && b.line-a.line == span {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

// rowID returns the student number (学号, eight digits or more) a records
// row states, "" when it states none or several.
func rowID(r *names.Record) string { return names.LongID(r.Excerpt) }
