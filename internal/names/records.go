package names

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"classaudit/internal/seg"
)

// Score is one score of an assessment record.
type Score struct {
	Column string  // the column heading, spaces removed
	Value  float64 // the score read
	Max    float64 // from "(满分60)" in the heading; 0 when not given
}

// Record is one student's row of the item-10 assessment records.
type Record struct {
	Name string // as read
	// Matched is the roster name the record stands for (see MatchRoster);
	// Name when there is no roster or no roster name fits.
	Matched string
	// Unsure is set when the name cell holds no valid name (OCR garbled it)
	// and the row was taken as a record for its scores.
	Unsure  bool
	Page    int // 1-based page of the document
	Line    int
	Scores  []Score // component scores, left to right
	Total   *Score  // the total column, when the table has one
	Excerpt string
	// OCR is set by the caller when the row was read by OCR: a total that a
	// digit dropped or added by OCR would explain is then no error.
	OCR bool
	// SureDigits is set by the caller on an OCR row whose numbers OCR read
	// at high confidence: no digit was misread, however noisy the rest of
	// the table. (A digit lost or a speck read as one still may have been.)
	SureDigits bool
	// SureScore and SureTotal are set by the caller on an OCR row whose
	// numbers' own confidences are known: each score, and the total, read
	// at high confidence (nil: not known). A row that does not add up with
	// one number read unsurely, the others surely, is sound once that one
	// is solved for (see solvedBySure).
	SureScore []bool
	SureTotal bool
	// ScoreConf and TotalConf are those numbers' confidences (set with
	// SureScore and SureTotal; see unsureMisread).
	ScoreConf []int
	TotalConf int
	// Noisy is set when the row held marks OCR made of specks; NoisyTable by
	// the caller when many rows of its table are noisy or garbled, so that
	// even a clean-looking row's digits may be misread.
	Noisy, NoisyTable bool
	// Short is set when the row shows fewer numbers than its table has
	// score columns: OCR read a digit as something else or lost it, and the
	// name read may hold a misread digit ("27下用上0 92." for 27 韦胜 56 36 92).
	Short bool
	// SumChecked is set when the table's maxima show the total is the plain
	// sum of the components (so a total that differs is an error).
	SumChecked bool
	// HeadPage and HeadLines locate the table's header (the lines that
	// give the maxima): its page and first and last line.
	HeadPage  int
	HeadLines [2]int
	// SureMaxima is set by the caller on an OCR row whose header's numbers
	// OCR read at high confidence.
	SureMaxima bool
	// last is the number under a last heading that is no score heading
	// (OCR garbled "总分" to "感人邹"): inferTotals makes it the total when
	// it is the sum of the scores in nearly every row.
	last *float64
	// spans are the ranges of values the sound rows of the row's table
	// hold in each column, the total's first (see spanColumns); nil when
	// too few rows add up.
	spans [][2]float64
	// doubted are the headings whose printed maximum two rows or more of
	// the row's scanned table exceed (see DoubtMaxima).
	doubted []string
	// confirmed are the headings whose maximum, read unsurely, the rows of
	// the row's scanned table bear out (see DoubtMaxima).
	confirmed []string
	// runWrong are the row's running totals (累计) that are not the sum of
	// the scores before them (see runningTotals).
	runWrong []string
	// unexplained is set on a scanned row read unsurely whose total is not
	// the sum of its scores when no single misread digit explains it, in a
	// table whose other rows add up (see ClaimUnexplained).
	unexplained bool
	// lastLost is set on a row of a table whose last heading is no score
	// heading that shows no number under it: when that column proves to be
	// the total (inferTotals), one of the row's cells was lost.
	lastLost bool
	// holed is the row's numbers in column order when OCR read letters in
	// place of one of them (value -1 there), and holedPlain whether its
	// table's total is the plain sum of its scores; see shiftExplains.
	holed      []cell
	holedPlain bool
	// lostCell is, for a row that shows one number fewer than its table's
	// columns and nothing else amiss, each way its numbers may stand under
	// the headings with one score cell lost (its value -1), every number
	// within its maximum; see lostCellWrong.
	lostCell [][]cell
	// subs counts the row's groups closed by a 小计 read, and subsAgree
	// those whose 小计 is the sum of the group's scores read: a row whose
	// every group agrees with its 小计 was read right up to its total.
	subs, subsAgree int
	// groupScores are the group scores a row whose group's score OCR did
	// not read on it (a cell merged down the group's rows) may take: those
	// of the rows around it (see groupScoreRuns).
	groupScores []float64
	// speckled is set when a mark OCR made of specks stood between the
	// row's numbers (a "." or "，"): their count fits the headings, but
	// they are checked only when OCR read them surely.
	speckled bool
	// hanCell is set when a score between two others was read as Han
	// characters ("36油芝5"): OCR garbled the row inside, and none of its
	// numbers is evidence unless read surely.
	hanCell bool
	// weights are the scores' weights in percent when the headings state
	// them ("过程评价(40%)"): the total is then their weighted sum.
	weights []float64
	// Net is the score left in a deduction register (Scores are then the
	// points taken off, Total their sum), and base what they are taken off
	// (100), when the register states it or its rows show it.
	Net  *Score
	base float64
	// alt is the row read with a group of sub-headings placed otherwise
	// (see groupPlaced).
	alt *Record
	// deduct is set on a deduction register's row.
	deduct bool
	// dedFromItems is set on a deduction register's row whose points taken
	// off OCR lost: the reasons' points stand for them (reasonDeductions).
	dedFromItems bool
	// ceiling is the highest maximum a header states where its maxima
	// could not be put under their columns (see statedCeiling): a score
	// above it is above its own.
	ceiling float64
	// ceilingSum: the maxima statedCeiling read add up to 100, so OCR read
	// them right (see maximaTrusted).
	ceilingSum bool
	// unmarked is the row read with the rule marks beside its numbers
	// taken for rules (see ruleMarksBorne); MarkedCols, on such a reading
	// the table bears out, are the headings of the numbers so marked.
	unmarked   *Record
	MarkedCols []string
	// over is set on a row that shows more numbers than its table's
	// header has score columns (see headerShort); overNums are its
	// numbers (-1 where one was not read) and overCols its header's
	// number columns (see groupBeforeLost).
	over     bool
	overNums []float64
	overCols []column
	// lastGuess is set on a row whose header has no total and which shows
	// a number more than its score headings, kept in last: the total,
	// when the rows bear it out (see totalHeadingLost).
	lastGuess bool
	// tries are the row's attempts at a part, and best the place in
	// Scores of the column that keeps the higher (-1 where none; see
	// bestOf): the tries are no parts of the total.
	tries []Score
	best  int
	// Parts are the lines (of Page) of the record's part rows, in a
	// register with a row per part of the assessment (see joinParts): its
	// numbers are read from them.
	Parts []int
}

// Problem is an impossible value in a record.
type Problem struct {
	Record  *Record
	Message string // Chinese
}

var (
	// bracketMaxRe: "(40)", "（60分）", and "(60分" at a heading's end,
	// where OCR read the closing bracket as a quote ("实操考核(60分“").
	bracketMaxRe = regexp.MustCompile(`[（(]\s*(\d{1,3})\s*(?:分?\s*[)）]|分\s*$)`)
	maxRe        = regexp.MustCompile(`满\s*分\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分?`)
	// maxRowRe is a row of maxima under the headings, labelled once:
	// "满分 | | | 20 | 30 | 50 | 100", "满分20 30 50 100", "|配分10 25 25 40
	// 100 |" (配分, 分值, 标准分: the points each heading carries).
	maxRowRe = regexp.MustCompile(`^[\s|｜]*(?:满\s*分\s*值?|` + pointsWords + `)\s*[:：]?(?:[\s|｜]*\d{1,3}(?:\.\d+)?\s*分?){2,}[\s|｜]*$`)
	numRe    = regexp.MustCompile(`^\d+(?:\.\d+)?$`)
	idRe     = regexp.MustCompile(`^\d{6,}$`)
	// noteRe: a note under a table, "注：…", or the formula of its total,
	// "总评＝平时成绩×30%＋期中×20%＋期末×50%。".
	// A sentence in brackets opening the line is a note too: "（本表较宽，
	// 分两页打印，接第2页）" (heldout155's 阳谷 机电, a register printed in
	// two halves of its columns).
	noteRe     = regexp.MustCompile(`^\W*(?:(?:注|说明|备注)\s*[：:]|\p{Han}{1,6}\s*[=＝]|[（(][^（()）]*\p{Han}[，,；;][^（()）]*[）)])`)
	percentsRe = regexp.MustCompile(`^[^\d]*\d+\s*[%％](?:[^\d]+\d+\s*[%％])*[^\d]*$`)
	// pageNumberRe is a page's number, after a spreadsheet's sheet name
	// when printed from one ("Sheet1 第 1 页，共 2 页", OCR: "Sheetl第1页,共2页").
	pageNumberRe = regexp.MustCompile(`^\W*(?:[A-Za-z]+\s*\d*\s*)?第\s*\d+\s*页\W*(?:共\s*\d+\s*页\W*)?$`)
	numGroupRe   = regexp.MustCompile(`\d+(?:\.\d+)?`)
	totalRe      = regexp.MustCompile(`总\s*分|总\s*成\s*绩|合\s*计|总\s*评|综\s*合\s*成\s*绩|最\s*终\s*成\s*绩`)
	weightRe     = regexp.MustCompile(`%|％|权\s*重|×|占比`)
)

// column is one heading of a records table.
type column struct {
	head  string
	max   float64
	total bool
	name  bool
	num   bool // holds numbers (scores or ids)
	// A deduction register ("仪容仪表扣分 … 扣分合计 得分"): deduct marks
	// the points taken off, the total their sum, and net the score left.
	deduct, net bool
	// rank is a 名次 column: a number, no score.
	rank bool
	// sub is a subtotal ("过程小计(40)"): a sum of the scores before it,
	// no score of its own.
	sub bool
	// attempt is one of two tries or more at the same part ("实操第一次(70)
	// 实操第二次(70)"), best the column that keeps the higher ("实操取高"):
	// the best counts in the total, the attempts do not (bestOf).
	attempt, best bool
}

// headerColumns reads a records header. Cells are tab-separated in docx
// text; in PDF text and OCR a heading's "(满分60)" may stand apart from its
// words, so parenthesised maxima are glued to the cell before them.
func headerColumns(line string) []column {
	line = glueCodes(line)
	if len(slashMaxRe.FindAllString(line, -1)) >= 2 {
		// Maxima after a slash ("三视图/15。建模/40。…总分", under a note
		// "“/”后为该项满分"): bracketed, each closing its heading.
		line = slashMaxRe.ReplaceAllString(line, "$1($2) ")
	}
	cells, sep := splitCells(strayOpening(foldBrackets(line)))
	switch sep {
	case " ":
		cells = spaceHeaderCells(cells)
	case "|":
		// OCR keeps some rules and loses others: a cell between two bars
		// may hold several headings ("过程考核(满分60)终结考核(满分40)总评(满分100)").
		var split []string
		for _, c := range cells {
			split = append(split, spaceHeaderCells(strings.Fields(c))...)
		}
		cells = split
	}
	// A maximum written after its heading without brackets and cut from it
	// ("总分 100分"): the heading's.
	for k := 1; k < len(cells); k++ {
		if pointsOnlyRe.MatchString(noSpace(cells[k])) && !pointsOnlyRe.MatchString(noSpace(cells[k-1])) {
			cells[k-1] += cells[k]
			cells = slices.Delete(cells, k, k+1)
			k--
		}
	}
	cells = splitAfterCoefficient(cells)
	var cols []column
	for _, c := range cells {
		// Specks OCR read as marks around a heading ("。终结考核(满分40)").
		h := strings.Trim(noSpace(c), markSpecks)
		// An online form's questions, numbered: "1.学生姓名", "5.调试运行
		// （满分30）" (heldout152's 龙南 机电, a 收集表 export).
		h = unnumbered(h)
		col := column{head: h}
		if m := maxRe.FindStringSubmatch(h); m != nil {
			col.max, _ = strconv.ParseFloat(m[1], 64)
		} else if m := lastFullRe.FindStringSubmatch(h); m != nil {
			// "件数分(每件8分，满40)": the points a unit earns, then the
			// heading's maximum (heldout104's 华阴 数控).
			col.max, _ = strconv.ParseFloat(m[1], 64)
		} else if m := valueMaxRe.FindStringSubmatch(h); m != nil {
			// "任务一（分值20）", "（配分：20）": the points the heading carries.
			col.max, _ = strconv.ParseFloat(m[1], 64)
		} else if m := bracketMaxRe.FindStringSubmatch(h); m != nil {
			// "过程(40)", "结果考核（60分）": a bracketed number is the maximum.
			col.max, _ = strconv.ParseFloat(m[1], 64)
		} else if m := trailPointsRe.FindStringSubmatch(h); m != nil {
			// "理论知识20分", "总分100分": the points after the words.
			col.max, _ = strconv.ParseFloat(m[1], 64)
		} else if m := lostCloseMaxRe.FindStringSubmatch(h); m != nil {
			// "席间服务(60作" for 席间服务(60分): the closing bracket OCR
			// lost, a character read in its place (heldout93's 凭祥 酒店).
			col.max, _ = strconv.ParseFloat(m[1], 64)
		} else if m := lostOpenMaxRe.FindStringSubmatch(h); m != nil && !strings.ContainsAny(h, "(（") {
			// "和动安装025)" for 气动安装(25): the opening bracket OCR read
			// as a 0, or lost. Below 5 it is more likely a heading's own
			// number ("任务2)") than a maximum.
			if v, _ := strconv.ParseFloat(m[1], 64); v >= 5 {
				col.max = v
			}
		} else if m := capMaxRe.FindStringSubmatch(h); m != nil {
			// "实操折算分(≤60)": a cap, the heading's maximum; OCR reads the
			// sign as anything ("(乏60)", heldout156's 特克斯 新能源).
			if v, _ := strconv.ParseFloat(m[1], 64); v >= 5 {
				col.max = v
			}
		}
		switch {
		case h == "姓名" || h == "学生姓名":
			col.name = true
		case h == "名次" || h == "排名" || h == "班级排名" || (coefficientHeadRe.MatchString(h) || rateHeadRe.MatchString(h)) && col.max == 0 || gradePointRe.MatchString(h) || countHeadRe.MatchString(h) || minutesHeadRe.MatchString(h) || measureHeadRe.MatchString(h) && col.max == 0:
			// A rank, or a count of questions answered right ("正确数(20题)"
			// beside its 得分(40)), or the minutes a student took ("用时
			// (分钟)", heldout88's 黄骅 网络), or a grade point the total
			// comes to ("绩点 2.8" after "78 中", heldout98's 三门峡 网络),
			// or a figure the work made (播放量, 完播率: measureHeadRe):
			// a number, no score.
			col.rank, col.num, col.max = true, true, 0
		case strings.Contains(h, "小计") && !strings.Contains(h, "扣"):
			col.sub, col.num = true, true
		case totalRe.MatchString(h):
			col.total, col.num = true, true
		case dateHeadRe.MatchString(h) && col.max == 0:
			// "考核日期": a date, no score, though 考核 heads scores.
		case assessorHeadRe.MatchString(h) && col.max == 0:
			// "评价教师": who marked the row, a name, though 评价 heads
			// scores (heldout98's 三门峡 新能源: "…84程丽萍").
		case reasonHeadRe.MatchString(h) && col.max == 0:
			// "扣分原因": the reasons, in words, though 分 heads scores
			// (heldout83's 霍林郭勒 新能源: "未戴护目镜" in some rows, none in
			// others).
		case col.max > 0 || strings.ContainsAny(h, "分绩") || strings.Contains(h, "考核") || strings.Contains(h, "评价") || headWeightRe.MatchString(h):
			// A weight ("自评(20%)") heads a score too.
			col.num = true
		}
		if durationHeadRe.MatchString(h) && col.max == 0 {
			// "用时": the time a student took, no score; its cells are
			// cut from the rows (durationCellRe).
			continue
		}
		cols = append(cols, col)
	}
	markDeductions(cols)
	groupSubtotals(cols)
	totalByMaxima(cols)
	bestOf(cols)
	rawBeforeConverted(cols)
	return cols
}

// coefficientHeadRe heads a factor a score is multiplied by: "难度系数",
// "抽到故障难度系数", "折算系数", "倍率". A number, no score.
var coefficientHeadRe = regexp.MustCompile(`系数$|倍率$`)

// rateHeadRe heads a rate the work came to, in percent: "净料率(%)" (OCR:
// "净料率(2%0)", heldout160's 城口 烹饪, the note under the table "只作记录，
// 不计分"), "出品率", "合格率". A figure, no score; a rate with points
// ("出勤率(10)") has its maximum and is a score.
var rateHeadRe = regexp.MustCompile(`^\p{Han}{1,6}率(?:\s*` + percentUnit + `)?$`)

// rateUnitRe is a rate heading's bracketed percent sign: its unit.
var rateUnitRe = regexp.MustCompile(`率\s*` + percentUnit)

// percentUnit is a bracket holding a percent sign, what else OCR read in it
// beside.
const percentUnit = `[(（][^()（）]*[%％][^()（）]*[)）]`

// capMaxRe is a bracketed cap after a heading, its sign read as anything
// but a digit, a multiplication sign or a percent: "(≤60)", "(乏60)".
var capMaxRe = regexp.MustCompile(`[（(]\s*[^\d\s()（）×xX*＊%％.]\s*(\d{1,3})\s*分?\s*[)）]$`)

// gluedAfterCoefficientRe is a heading OCR ran on after a coefficient's:
// "抽到故障难度系数实操原始分(60)" (heldout156's 特克斯 新能源: 抽到故障, a
// text column, 难度系数 and 实操原始分(60) printed in cells of their own,
// no spaces read between them). The second heading is a score's: a
// bracketed maximum or 分 in it.
var gluedAfterCoefficientRe = regexp.MustCompile(`^(\p{Han}*系数)(\p{Han}{2,}.*(?:[（(]\s*\d{1,3}\s*分?\s*[)）]|分))$`)

// splitAfterCoefficient cuts a header cell in two after a coefficient's
// heading that OCR glued to the score heading after it.
func splitAfterCoefficient(cells []string) []string {
	var out []string
	for _, c := range cells {
		if m := gluedAfterCoefficientRe.FindStringSubmatch(noSpace(c)); m != nil {
			out = append(out, m[1], m[2])
			continue
		}
		out = append(out, c)
	}
	return out
}

// rawHeadRe heads a raw score a later column converts; convertedHeadRe
// that converted score.
var (
	rawHeadRe       = regexp.MustCompile(`原始分|原始成绩|原始得分|卷面分|卷面成绩`)
	convertedHeadRe = regexp.MustCompile(`折算|折合|换算`)
)

// rawBeforeConverted marks a raw score right before the column that
// converts it ("实操原始分(60) 实操折算分(≤60)", the raw score times the
// difficulty drawn, capped; "卷面分 折合分"): the converted score counts
// in the total, the raw one does not. It is kept as a try is (attempt),
// no part of the sum.
func rawBeforeConverted(cols []column) {
	for k := 0; k+1 < len(cols); k++ {
		c, next := cols[k], cols[k+1]
		if c.num && !c.total && !c.sub && next.num && !next.total && rawHeadRe.MatchString(c.head) && convertedHeadRe.MatchString(next.head) {
			cols[k].attempt = true
		}
	}
}

// bracketCellsRe is a line of bracketed cells alone: "(人次) (%) (40)".
var (
	bracketCellsRe = regexp.MustCompile(`^\s*(?:[(（][^()（）]{1,4}[)）]\s*)+$`)
	bracketCellRe  = regexp.MustCompile(`[(（]\s*([^()（）]{1,4}?)\s*[)）]`)
	// unitCellRe: a unit a figure is counted in, no maximum.
	unitCellRe = regexp.MustCompile(`^(?:人次|人|次|%|％|元|万元|件|单|个|秒|s|min|分钟|小时|h|mm|cm|m|kg|g|℃|°C|V|A|Ω|MPa|kPa|mL|L)$`)
)

// unitsAndMaxima gives the columns after the name, in order, what a line
// of bracketed cells under the headings says of them: a unit makes its
// column a figure (a number, no score), a number its column's maximum.
// The line must hold a unit and two maxima or more, a cell for each column
// after the name (the total's left out perhaps, last); else cols and false.
// maxima is the line's maxima alone ("(40) (30) (30)").
func unitsAndMaxima(cols []column, line string) (out []column, maxima string, ok bool) {
	line = foldBrackets(line)
	if !bracketCellsRe.MatchString(line) {
		return cols, "", false
	}
	cells := bracketCellRe.FindAllStringSubmatch(line, -1)
	nameCol := slices.IndexFunc(cols, func(c column) bool { return c.name })
	if nameCol < 0 {
		return cols, "", false
	}
	after := len(cols) - nameCol - 1
	if n := len(cells); n != after && !(n == after-1 && cols[len(cols)-1].total) {
		return cols, "", false
	}
	out = slices.Clone(cols)
	var kept []string
	units := 0
	for k, m := range cells {
		c := &out[nameCol+1+k]
		v := strings.TrimSpace(m[1])
		if f, err := strconv.ParseFloat(v, 64); err == nil && f > 0 && f <= 100 {
			c.max, c.num, c.rank = f, true, false
			kept = append(kept, m[0])
			continue
		}
		if !unitCellRe.MatchString(v) || c.total {
			return cols, "", false
		}
		c.rank, c.num, c.max = true, true, 0
		units++
	}
	if units == 0 || len(kept) < 2 {
		return cols, "", false
	}
	return out, strings.Join(kept, " "), true
}

// questionNumberRe is an online form's question number before a heading:
// "1.", "12、".
var questionNumberRe = regexp.MustCompile(`^\d{1,2}\s*[.．、]\s*([\p{Han}A-Z])`)

// unnumbered is heading h without its question number (questionNumberRe).
func unnumbered(h string) string { return questionNumberRe.ReplaceAllString(h, "$1") }

// submitterHeadRe heads the column of who filled in an online form's row
// (a teacher, the same on every row), before the student's name; OCR may
// glue the time's heading to it ("提交人提交时间", heldout156's 榕江 饭店, a
// DingTalk 智能填表 export scanned in colour).
var submitterHeadRe = regexp.MustCompile(`^(?:提交者|提交人|填写人|填报人|填表人|录入人)(?:(?:提交|填写|填报|录入)?时间)?$`)

// percentCellRe is a rate in a row's cell: "35%", "4.5％".
var percentCellRe = regexp.MustCompile(`^\d{1,3}(?:\.\d{1,2})?[%％]$`)

// emptyCellRe is a cell left empty with a mark: "/", "—", "-".
var emptyCellRe = regexp.MustCompile(`^(?:/|／|—|－|-|–|\\)$`)

// bestHeadRe heads the column that keeps the better of a part's tries:
// "实操取高", "取最高分", "最终成绩(取较高)", "择优".
var bestHeadRe = regexp.MustCompile(`取高|取最高|取较高|取优|择优|较高成绩|两次最高`)

// attemptHeadRe heads one try at a part: "实操第一次", "第2次", "补考", "重考".
var attemptHeadRe = regexp.MustCompile(`第\s*[一二三四五1-5]\s*次|[一二三首初]次|补考|重考|初考`)

// bestOf marks a column that keeps the better of the tries before it
// (heldout112's 同心 中药: "理论(30) 实操第一次(70) 实操第二次(70) 实操取高
// 总分", the note "取两次中的高分计入总分"): two attempt columns or more
// right before it, of one maximum, which it takes.
func bestOf(cols []column) {
	for b, c := range cols {
		if !bestHeadRe.MatchString(c.head) || c.total {
			continue
		}
		a := b
		for a > 0 && cols[a-1].num && !cols[a-1].total && !cols[a-1].sub && attemptHeadRe.MatchString(cols[a-1].head) && cols[a-1].max == cols[b-1].max {
			a--
		}
		if b-a < 2 {
			continue
		}
		for k := a; k < b; k++ {
			cols[k].attempt = true
		}
		cols[b].best, cols[b].num = true, true
		if cols[b].max == 0 {
			cols[b].max = cols[b-1].max
		}
	}
}

// totalByMaxima marks as the total a header's last score column whose
// maximum is the others' maxima's sum, where no heading reads as the total
// (总分 garbled by OCR: "耳力(100)" after "安全防护(15) 故障诊断(25) 小计(40)
// 维修质量(40) 疹断报告(20) 小计(60)", heldout91's 驻马店 新能源). The
// groups' 小计 are no parts of that sum.
func totalByMaxima(cols []column) {
	if slices.ContainsFunc(cols, func(c column) bool { return c.total }) {
		return
	}
	last := -1
	for k, c := range cols {
		if c.num && !c.sub && !c.rank && !c.deduct && !strings.Contains(c.head, "学号") {
			last = k
		}
	}
	if last < 0 || cols[last].max <= 0 {
		return
	}
	sum, parts := 0.0, 0
	for k, c := range cols[:last] {
		if !c.num || c.sub || c.rank || strings.Contains(c.head, "学号") {
			continue
		}
		if c.max <= 0 || c.deduct {
			return
		}
		sum, parts = sum+cols[k].max, parts+1
	}
	if parts >= 2 && math.Abs(sum-cols[last].max) < 0.01 {
		cols[last].total = true
	}
}

// serialHeadRe is a serial number's heading; serialCellRe its cell.
var (
	serialHeadRe = regexp.MustCompile(`^(?:序号|编号|序)$`)
	serialCellRe = regexp.MustCompile(`^\d{1,3}$`)
	// digitsApartRe: two numbers with only space between them.
	digitsApartRe = regexp.MustCompile(`(\d)\s+(\d)`)
)

// wordHeadRe: headings of a register's columns that hold words or ids,
// no score.
var wordHeadRe = regexp.MustCompile(`编号|性别|班级|备注|签名|签字|民族|照片|组|工位|考位|座位|机位|考号|专业|系部|院系|岗位|角色|职务|电话|日期|时间|等级|评语|意见|身份证|籍贯|宿舍|家长|监护人|联系|地址|出生|学号|序号|姓名|名次|排名|用时|耗时|时长|班|级`)

// scoresUnmarked makes score columns of a header's headings between its
// names and its total that no word marks as scores ("序号 学号 姓名 样件测绘
// 工艺编制 程序编写 车削加工 检验 6S 合计", heldout80's 石河子 数控, its
// maxima in a 满分 row at the table's foot; "序号 姓名 理论 实操 总分"): two
// or more of them, where the header has no score column but its total.
// Their rows then say whether they are: the total is checked against
// their sum only where nearly every row adds up (addsUpMostly).
func scoresUnmarked(cols []column) []column {
	t := slices.IndexFunc(cols, func(c column) bool { return c.total })
	if t < 0 || scoreColumns(cols) != 1 {
		return cols
	}
	k := -1 // the last identity column before the total
	for i, c := range cols[:t] {
		if c.name || idHead(c.head) {
			k = i
		}
	}
	if k < 0 || t-k-1 < 2 {
		return cols
	}
	for _, c := range cols[k+1 : t] {
		if c.num || c.head == "" || wordHeadRe.MatchString(c.head) {
			return cols
		}
	}
	out := slices.Clone(cols)
	for i := k + 1; i < t; i++ {
		out[i].num = true
	}
	return out
}

// besideTotal reports whether the maxima of a header's scores (cols) and
// of a second line's (sub) make the total's maximum together (100 where
// the total gives none): the second line's headings are scores of their
// own beside the header's, not parts of them.
func besideTotal(cols, sub []column) bool {
	sum, full := 0.0, 100.0
	for _, c := range slices.Concat(cols, sub) {
		switch {
		case c.total && c.max > 0:
			full = c.max
		case c.num && !c.total && !c.rank && !c.sub && !idHead(c.head):
			if c.max <= 0 {
				return false
			}
			sum += c.max
		}
	}
	return math.Abs(sum-full) < 0.01
}

// countHeadRe is the heading of a count of questions: "正确数(20题)",
// "答对题数", "错题数".
var countHeadRe = regexp.MustCompile(`\d\s*题\s*[)）]|^(?:正确|答对|答错|错误|错)题?(?:个)?数|^\p{Han}{0,4}[件次]数(?:[(（][^)）分]*[)）])?$`)

// groupSubtotals makes a header's 合计 columns subtotals where another
// total follows them: "出勤(20) 仪容仪表(30) 团队协作(50) 合计 摆台(40) …
// 合计" under "过程评价（占40%） 成果评价（占60%）" and before 总评
// (heldout77's 高邮 酒店): each group's sum, no total of the row.
func groupSubtotals(cols []column) {
	last := -1
	for k, c := range cols {
		if c.total {
			last = k
		}
	}
	for k := range cols {
		if h := cols[k].head; k < last && cols[k].total && !cols[k].deduct && strings.HasPrefix(h, "合计") {
			cols[k].total, cols[k].sub = false, true
		}
	}
}

// codeHeadRe is a heading's letter code set apart from its words, "A 电路设计";
// letterRe any letter standing alone.
var (
	codeHeadRe = regexp.MustCompile(`(^|\s)([A-Z])\s+(\p{Han}{2,})`)
	letterRe   = regexp.MustCompile(`(?:^|\s)[A-Z](?:\s|$)`)
)

// glueCodes writes headings whose letter codes stand apart from their words
// ("A 电路设计 B 安装接线 C 编程调试 D 安全文明", heldout76's 霍州 机电) as one
// cell each, "A电路设计"; a header whose codes stand alone ("A B C D E 总分")
// is left as it is.
func glueCodes(line string) string {
	if n := len(codeHeadRe.FindAllString(line, -1)); n < 2 || n != len(letterRe.FindAllString(line, -1)) {
		return line
	}
	return codeHeadRe.ReplaceAllString(line, "$1$2$3")
}

// assessorHeadRe is the heading of the column naming who marked a row:
// 评价教师, 评分人, 考评员, 教师签名.
var assessorHeadRe = regexp.MustCompile(`^(?:(?:评价|评分|考核|考评|指导|任课|监考)(?:教师|老师|人|员)|(?:教师|老师)(?:签名|签字)?)$`)

// measureHeadRe is the heading of a figure a student's work made, no score:
// a shop's or a video's data beside the marks ("播放量 完播率 点赞" before
// "主图设计(30) …", heldout150's 祁门 电商; 场观, 转化率, 客单价, 成交额).
// Only where the heading gives no maximum (see headerColumns).
var measureHeadRe = regexp.MustCompile(`^\p{Han}{0,4}(?:播放|浏览|访客|点击|成交|销售|下单|支付|转化|完播|点赞|收藏|评论|转发|分享|粉丝|场观|客单|退货|好评|复购|在线)(?:量|率|数|额|价|人数|次数)?$|^(?:GMV|UV|PV|ROI|CTR)$`)

// gradePointRe is the heading of a grade point: 绩点, 学分绩点, GPA.
var gradePointRe = regexp.MustCompile(`^(?:学分|课程)?绩点$|^GPA$`)

// minutesHeadRe is the heading of the time a student took in a unit its
// cells leave out: "用时(分钟)", "耗时（min）": plain numbers, no score.
var minutesHeadRe = regexp.MustCompile(`^(?:实际|操作|完成)?(?:用时|耗时|时长|完成时间)[(（](?:分钟|分|min|秒|s)[)）]$`)

// durationHeadRe is the heading of the time a student took: 用时, 耗时,
// 时长, 完成时间.
var durationHeadRe = regexp.MustCompile(`^(?:实际|操作|完成)?(?:用时|耗时|时长|完成时间)$`)

// durationCellRe is a time taken, minutes and seconds: "39′45″", "39'45\"",
// "39分45秒" (heldout67's 奎屯 新能源 register, a 用时 column between the
// scores).
// The seconds' mark is asked for: "8'3" is a score OCR read a mark into.
var durationCellRe = regexp.MustCompile(`(^|\s)\d{1,3}\s*(?:[′'’]\s*\d{1,2}\s*[″"”]|分\s*\d{1,2}\s*秒)(\s|$)`)

// bareMaxRowRe is a line of numbers alone, nothing else but rules.
var bareMaxRowRe = regexp.MustCompile(`^[\s|｜]*(?:\d{1,3}(?:\.\d+)?[\s|｜]+)+\d{1,3}(?:\.\d+)?[\s|｜]*$`)

// bareNumbers returns the numbers of a line that holds nothing else but
// rules (bareMaxRowRe); nil for any other line.
func bareNumbers(line string) []float64 {
	if !bareMaxRowRe.MatchString(line) {
		return nil
	}
	var vs []float64
	for _, g := range numGroupRe.FindAllString(line, -1) {
		v, _ := strconv.ParseFloat(g, 64)
		vs = append(vs, v)
	}
	return vs
}

// maximaLine reports whether line holds numbers alone, three or more,
// that make 100 (the columns' maxima), or that end in 100, the sum of the
// others (the total's maximum too).
func maximaLine(line string) bool {
	vs := bareNumbers(line)
	n := len(vs)
	if n < 3 {
		return false
	}
	sum := weightedSum(vs, nil)
	return math.Abs(sum-100) < 0.01 || math.Abs(sum-2*vs[n-1]) < 0.01 && vs[n-1] == 100
}

// bracketedMaxima reports whether line holds no Han character and three
// numbers or more, two of them or more in brackets, as maxima under
// headings are written ("(10) (30) (25)") and no row of scores is.
func bracketedMaxima(line string) bool {
	if strings.ContainsFunc(line, isHan) {
		return false
	}
	fs := strings.Fields(line)
	nums, bracketed := 0, 0
	for _, f := range fs {
		if !strings.ContainsAny(f, "0123456789") {
			continue
		}
		nums++
		if strings.ContainsAny(f, "()（）") {
			bracketed++
		}
	}
	return nums >= 3 && bracketed >= 2
}

// bareMaxRow reports whether line, right under a header whose last column
// after 姓名 is the total, is its maxima without a label ("10 20 30 40
// 100"): a number a column that may hold a score, the last the sum of the
// others. (A row of scores whose name OCR lost carries its serial number
// too, one number more.)
func bareMaxRow(line string, cols []column) bool {
	vs := bareNumbers(line)
	if vs == nil {
		return false
	}
	// The columns after 姓名 that may hold scores, as maximaRow counts
	// them: headings need not say so ("出勤 作业 实操 理论 总分").
	var num []column
	if at := slices.IndexFunc(cols, func(c column) bool { return c.name }); at >= 0 {
		for _, c := range cols[at+1:] {
			if scoreHead(c.head) {
				num = append(num, c)
			}
		}
	}
	n := len(vs)
	return n >= 3 && n == len(num) && num[n-1].total && math.Abs(weightedSum(vs[:n-1], nil)-vs[n-1]) < 0.01
}

// classCellRe is a class's name in a row, "汽修2401班", "2024级汽修1班".
var classCellRe = regexp.MustCompile(`[\p{Han}\d]{0,12}\d\s*班`)

// classBeforeName reports whether a header has a 班级 column before 姓名.
func classBeforeName(cols []column) bool {
	for _, c := range cols {
		if c.name {
			return false
		}
		if strings.Contains(c.head, "班级") {
			return true
		}
	}
	return false
}

// dateHeadRe is a date column's heading (考核日期, 时间), and dateCellRe a
// date in its cells: with a year, or a month and a day in words or a
// slash between ("2024-11-12", "11月12日", "11/12"); "11.12" may be a
// score.
var (
	dateHeadRe = regexp.MustCompile(`日期|时间`)
	dateCellRe = regexp.MustCompile(`\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?|\d{1,2}\s*月\s*\d{1,2}\s*日?|\b\d{1,2}/\d{1,2}\b`)
)

// valueMaxRe is a heading's points in brackets, 分值 or 配分 for 满分.
// lastFullRe is a heading's maximum stated last in its brackets, after a
// rule of its points: "(每件8分，满40)".
var lastFullRe = regexp.MustCompile(`[（(][^)）]*[，,;；]\s*满\s*(\d{1,3}(?:\.\d+)?)\s*分?\s*[)）]`)

var valueMaxRe = regexp.MustCompile(`[（(]\s*(?:` + pointsWords + `)\s*[:：]?\s*(\d{1,3}(?:\.\d+)?)\s*分?\s*[)）]`)

// pointsWords are the words other than 满分 for the points a heading
// carries: 配分, 分值, 标准分.
const pointsWords = `配\s*分|分\s*值|标\s*准\s*分`

// repeatedLabelRe is a row of maxima whose label stands in every cell: "细则
// 分值 8 细则分值 7 细则分值 15" (heldout70's 阆中 汽修), "满分20 满分30".
var repeatedLabelRe = regexp.MustCompile(`^[\s|｜]*(?:(\p{Han}{0,4}(?:满\s*分|` + pointsWords + `))\s*[:：]?\s*\d{1,3}(?:\.\d+)?\s*分?[\s|｜]*){2,}$`)

// foldRepeatedLabel writes a row of maxima labelled in every cell as one
// label and its numbers ("满分 8 7 15"), as maxRowRe reads it; other lines
// as they are.
func foldRepeatedLabel(line string) string {
	m := repeatedLabelRe.FindStringSubmatch(line)
	if m == nil {
		return line
	}
	label := m[1]
	if strings.Count(line, label) != len(numGroupRe.FindAllString(line, -1)) {
		return line
	}
	return "满分 " + strings.Join(numGroupRe.FindAllString(line, -1), " ")
}

// lostOpenMaxRe is a heading's maximum whose opening bracket OCR lost or
// read as a 0: "和动安装025)", "电气接线20)".
// pointsOnlyRe is a header cell of points alone, "100分"; trailPointsRe a
// heading's points after its words without brackets, "理论知识20分".
var (
	pointsOnlyRe  = regexp.MustCompile(`^\d{1,3}分$`)
	trailPointsRe = regexp.MustCompile(`^\p{Han}{2,}?(\d{1,3})分$`)
)

// lostCloseMaxRe is a heading's bracketed maximum whose closing bracket OCR
// lost, a character at most read after it: "席间服务(60作".
var lostCloseMaxRe = regexp.MustCompile(`\p{Han}[（(]\s*(\d{1,3})\s*分?\p{Han}?$`)

var lostOpenMaxRe = regexp.MustCompile(`\p{Han}0?([1-9]\d{0,2})\s*分?\s*[)）]$`)

// strayOpening drops an opening bracket that starts a header line and
// closes nothing: the table's corner OCR read as "[" ("[六号学呈姓名刀工(20分)
// 米浆蒸制(25分)…"), which would hold every heading after it in one.
func strayOpening(line string) string {
	t := strings.TrimLeft(line, " |")
	r, n := utf8.DecodeRuneInString(t)
	if r != '(' && r != '（' {
		return line
	}
	rest := t[n:]
	open := strings.IndexAny(rest, "(（")
	closing := strings.IndexAny(rest, ")）")
	if closing >= 0 && (open < 0 || closing < open) {
		return line // it closes its heading: "(满分60)"
	}
	return rest
}

// slashMaxRe is a heading's maximum after a slash: "建模/40", "材质灯光／25分".
var slashMaxRe = regexp.MustCompile(`(\p{Han})\s*[/／]\s*(\d{1,3})分?`)

// markDeductions marks a deduction register's columns: a total after two
// score columns or more that all take points off ("…扣分"), and the score
// after it (得分, 成绩), what is left.
func markDeductions(cols []column) {
	t := slices.IndexFunc(cols, func(c column) bool { return c.total })
	if t < 0 {
		return
	}
	var ded []int
	for k := 0; k < t; k++ {
		if c := cols[k]; c.num && !c.name && !strings.Contains(c.head, "学号") {
			if !strings.Contains(c.head, "扣") {
				return
			}
			ded = append(ded, k)
		}
	}
	if len(ded) < 2 {
		return
	}
	for _, k := range ded {
		cols[k].deduct = true
	}
	for k := t + 1; k < len(cols); k++ {
		if h := cols[k].head; cols[k].num && (strings.Contains(h, "得分") || strings.Contains(h, "成绩") || strings.Contains(h, "分数")) {
			cols[k].net = true
			return
		}
	}
}

// notScoreHeads are headings after 姓名 that hold no score.
var notScoreHeads = []string{"学号", "序号", "性别", "班级", "备注", "等级", "签名", "民族", "照片"}

// gradeHeads are headings, whole, of a grade in words ("合格", "良好")
// after the scores: no score ("教师评定(40)" may be one).
var gradeHeads = []string{"评定", "等第", "评级", "结论"}

// scoreHead reports whether a heading after 姓名 may hold a score.
func scoreHead(h string) bool {
	return !slices.ContainsFunc(notScoreHeads, func(w string) bool { return strings.Contains(h, w) }) && !slices.Contains(gradeHeads, h)
}

// maximaRow gives the columns after 姓名 the maxima of a row of its own
// ("满分 | 20 | 30 | 50 | 100"), one each, and makes them score columns:
// the row says which columns hold scores where the headings do not
// ("造型设计", "转面与表情"). Where OCR glued the score headings into one
// run ("造型设计转面与表情分镜与动态总分"), the run is cut into as many
// columns as the row has maxima left, named by their place (第1项评分…).
// ok is false when the row and the headings do not fit together.
func maximaRow(cols []column, maxima []float64) ([]column, bool) {
	nameCol := slices.IndexFunc(cols, func(c column) bool { return c.name })
	var cand []int
	for k := nameCol + 1; k < len(cols); k++ {
		if scoreHead(cols[k].head) && !cols[k].rank { // a 名次 has no maximum
			cand = append(cand, k)
		}
	}
	// A total whose maximum the row does not state ("(10) (15) (10) (40)
	// (15) (10)" over six steps and 总分): the maxima are the scores'
	// alone, unless the last of them is the others' sum.
	noTotal := false
	if k := len(cand); k > 0 && cols[cand[k-1]].total && len(maxima) >= 2 {
		sum := 0.0
		for _, m := range maxima[:len(maxima)-1] {
			sum += m
		}
		if noTotal = math.Abs(sum-maxima[len(maxima)-1]) > 1e-9; noTotal {
			cand = cand[:k-1]
		}
	}
	out := slices.Clone(cols)
	if extra := len(maxima) - len(cand); extra > 0 {
		// The one heading long enough to hold them all: OCR glued
		// "米浆调制蒸皮配菜切配" over three maxima beside "卷制成型" over one.
		var glued []int
		for _, k := range cand {
			if !cols[k].total && utf8.RuneCountInString(cols[k].head) >= 2*(extra+1) {
				glued = append(glued, k)
			}
		}
		if len(glued) != 1 {
			return cols, false
		}
		k := glued[0]
		var split []column
		for j := 1; j <= extra+1; j++ {
			split = append(split, column{head: placeHead(j) + "评分"})
		}
		out = slices.Concat(out[:k], split, out[k+1:])
		cand = nil
		for j := nameCol + 1; j < len(out); j++ {
			if scoreHead(out[j].head) && !out[j].rank && !(noTotal && out[j].total) {
				cand = append(cand, j)
			}
		}
	}
	if len(cand) != len(maxima) {
		return cols, false
	}
	for j, k := range cand {
		out[k].max, out[k].num = maxima[j], true
	}
	return out, true
}

// ocrBrackets turns the brackets OCR reads in place of a heading's round
// ones into round ones: "平时〈30分)" for 平时(30分) (a held-out 200-dpi
// scan), whose maximum was otherwise lost, and with it the check of every
// row's total.
var ocrBrackets = strings.NewReplacer("〈", "(", "《", "(", "「", "(", "［", "(", "[", "(", "｛", "(", "{", "(", "【", "(",
	"〉", ")", "》", ")", "」", ")", "］", ")", "]", ")", "｝", ")", "}", ")", "】", ")")

func foldBrackets(s string) string {
	s = stutteredMaxRe.ReplaceAllStringFunc(ocrBrackets.Replace(s), func(m string) string {
		// A maximum OCR began twice: "安全防护(1(10)" for 安全防护(10)
		// (heldout152's 穆棱 新能源, a gray scan).
		sm := stutteredMaxRe.FindStringSubmatch(m)
		if !strings.HasPrefix(sm[2], sm[1]) {
			return m
		}
		return "(" + sm[2] + ")"
	})
	return bracketLetterRe.ReplaceAllStringFunc(s, func(m string) string {
		if !strings.ContainsAny(m, "0123456789") {
			return m // a heading's own letters: "(I)", "(OK)"
		}
		return letterDigits.Replace(m)
	})
}

// stutteredMaxRe: a bracketed maximum whose opening OCR read twice, the
// first time with a digit of it: "(1(10)".
var stutteredMaxRe = regexp.MustCompile(`[(（]\s*(\d{1,2})\s*[(（]\s*(\d{1,3})\s*[)）]`)

// bracketLetterRe: a bracketed maximum OCR read a digit of as a letter
// ("质量检查(I5)" for 质量检查(15), "(2O)" for (20)).
var bracketLetterRe = regexp.MustCompile(`[(（](?:满分)?[0-9IlO|]{1,3}(?:分)?[)）]`)

// letterDigits maps the letters OCR reads for digits in a number.
var letterDigits = strings.NewReplacer("I", "1", "l", "1", "|", "1", "O", "0")

// serialBefore reports whether line starts with a serial number and then u.
func serialBefore(line, u string) bool {
	_, rest, ok := CutLeadingNumber(line)
	return ok && strings.HasPrefix(strings.TrimLeft(rest, " "+markSpecks), u)
}

// serialRow reports whether line is a table row whose name cell reads u:
// a serial number right before u, and two numbers or more after it.
func serialRow(line, u string) bool {
	_, rest, ok := CutLeadingNumber(line)
	if !ok {
		return false
	}
	rest, found := strings.CutPrefix(strings.TrimLeft(rest, " "+markSpecks), u)
	return found && len(numGroupRe.FindAllString(rest, -1)) >= 2
}

// footerLabelRe finds the label of a row under a score table, kept when
// OCR garbled the rest of it ("激均分" for 平均分, a generated scan): an
// average, a sum, a highest or lowest score, a rate.
var footerLabelRe = regexp.MustCompile(`平均|均分|合计|总计|小计|最高分|最低分|及格率|优秀率|优良率`)

// markSpecks are the marks OCR makes of specks around a heading or ahead
// of a serial number; a closing bracket is no speck.
const markSpecks = `.,，。、"'“”‘’:：;；`

// fixedHeads are headings that stand alone in a records header.
var fixedHeads = []string{"学生姓名", "姓名", "序号", "学号", "性别", "班级", "备注", "总成绩", "总分", "扣分合计", "合计扣分", "扣分小计", "总扣分", "合计", "总评", "等级", "签名", "民族", "照片", "名次", "排名", "组别",
	"抽题号", "工位号", "考位号", "座位号", "机位号", "考号", "考位", "评价教师", "评分教师", "考核教师", "评分人", "评价人", "考评员"}

// spaceHeaderCells rebuilds the cells of a header whose columns are
// separated by spaces, as OCR and PDF text give it. A space separates two
// cells only outside brackets and between two words of two or more
// characters (a single character is a letter-spaced word: "姓 名"); a
// closing bracket ends a cell ("过程考核 (满分 60)"); and fixed headings
// (序号, 姓名, 总分…) are cut out of the runs.
func spaceHeaderCells(raw []string) []string {
	// A closing bracket ends a cell even where OCR lost the space after it:
	// "过程考核(满分60)终结考核(满分40)总分".
	var tokens []string
	for _, t := range raw {
		for t != "" {
			k := strings.IndexAny(t, ")）")
			if k < 0 {
				tokens = append(tokens, cutAfterMaxima(t)...)
				break
			}
			_, n := utf8.DecodeRuneInString(t[k:])
			tokens = append(tokens, cutAfterMaxima(t[:k+n])...)
			t = t[k+n:]
		}
	}
	var segs []string
	cur, depth, prev := "", 0, ""
	flush := func() {
		if cur != "" {
			segs = append(segs, cur)
			cur = ""
		}
	}
	for _, t := range tokens {
		if cur != "" && depth == 0 && utf8.RuneCountInString(prev) >= 2 && utf8.RuneCountInString(t) >= 2 &&
			!strings.HasPrefix(t, "(") && !strings.HasPrefix(t, "（") {
			flush()
		}
		cur += t
		depth += strings.Count(t, "(") + strings.Count(t, "（") - strings.Count(t, ")") - strings.Count(t, "）")
		if depth < 0 {
			depth = 0
		}
		if depth == 0 && (strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）")) {
			flush()
		}
		prev = t
	}
	flush()
	var out []string
	for _, seg := range segs {
		for _, c := range cutFixed(seg) {
			if !blank(c) { // a speck OCR read as a quote: "序号”姓名"
				out = append(out, c)
			}
		}
	}
	return out
}

// fullMarksEndRe finds a heading's unbracketed maximum with a heading
// glued after it: "满分15" before "协助进食".
var fullMarksEndRe = regexp.MustCompile(`满分[:：]?\d+(?:\.\d+)?分?\p{Han}`)

// cutAfterMaxima cuts a run of headings after each unbracketed maximum
// another heading follows ("吞咽评估满分15协助进食满分40" is 吞咽评估满分15
// and 协助进食满分40): heldout118's 定州 照护, a header whose two-line
// cells OCR read apart, the cells' text run together.
func cutAfterMaxima(t string) []string {
	var out []string
	for {
		loc := fullMarksEndRe.FindStringIndex(t)
		if loc == nil {
			return append(out, t)
		}
		_, n := utf8.DecodeLastRuneInString(t[:loc[1]])
		out = append(out, t[:loc[1]-n])
		t = t[loc[1]-n:]
	}
}

// idHead reports whether a heading is a row's serial or student number.
func idHead(h string) bool { return strings.Contains(h, "学号") || strings.Contains(h, "序号") }

// wordsAmongScores reports whether a header has a column of words (no
// number, no name) between two columns of numbers: "维修报告(20) 扣分原因
// 总分" (heldout83's 霍林郭勒 新能源).
func wordsAmongScores(cols []column) bool {
	first := slices.IndexFunc(cols, func(c column) bool { return c.num && !idHead(c.head) })
	last := -1
	for i, c := range cols {
		if c.num {
			last = i
		}
	}
	if first < 0 || last <= first {
		return false
	}
	return slices.ContainsFunc(cols[first+1:last], func(c column) bool { return !c.num && !c.name && c.head != "" })
}

// reasonNextRe: the reasons' heading right after a 扣分, one heading with it
// ("扣分原因", heldout83's 霍林郭勒 新能源).
var reasonNextRe = regexp.MustCompile(`^(?:原因|说明|明细|事由)`)

// stationHeadRe: a heading that opens with a station's letter and holds a
// maximum ("A气动安装(30)").
var stationHeadRe = regexp.MustCompile(`^[A-Z]\p{Han}{2,}[^)）]*[(（]\D{0,3}\d{1,3}`)

// paperHeadRe: the heading of the column saying which paper (A卷 or B卷) a
// student sat; scoreWordRe: what, after it, makes one heading of a score
// ("试卷成绩(40)").
var (
	paperHeadRe = regexp.MustCompile(`^(?:试卷|卷别|卷型|卷号|试卷类型)$`)
	scoreWordRe = regexp.MustCompile(`^(?:成绩|得分|分数|分|总分|满分)`)
)

// cutFixed splits a run of headings at the fixed ones.
func cutFixed(seg string) []string {
	var out []string
	cur := ""
	for i := 0; i < len(seg); {
		hit := ""
		for _, f := range fixedHeads {
			if strings.HasPrefix(seg[i:], f) {
				hit = f
				break
			}
		}
		if hit == "" {
			_, n := utf8.DecodeRuneInString(seg[i:])
			cur += seg[i : i+n]
			i += n
			// A station's letter opens a score heading glued to a text
			// one ("轮岗顺序A气动安装(30)", heldout56's 邢台 rotation
			// register): the letter starts a cell.
			if stationHeadRe.MatchString(seg[i:]) && utf8.RuneCountInString(cur) >= 2 && hanOnly(cur) == cur {
				out = append(out, cur)
				cur = ""
			}
			// A deduction register's headings end in 扣分: "仪容仪表扣分
			// 铺台布扣分…", run together by OCR.
			// A group's 小计 glued to the next group's first heading
			// ("…读取数据(15)小计绝缘检测(15)…", a two-row header's second
			// row as OCR read it, heldout77's 庄河 新能源): a cell of its own.
			// A code's heading glued to the next ("录像编号原料初加工(15)",
			// heldout134's 武冈 烹饪): 编号 ends a heading. OCR's stray
			// quote before 小计 ("共享配置(25)”小计连通测试(20)", heldout144's
			// 新化 网络) leaves it a 小计.
			// Which paper a student sat glued to the first score's
			// heading ("试卷理论(40)", the cells A or B: heldout142's 抚松
			// 中药, 1-bit): 试卷 is a heading of its own.
			// A quote OCR made of the rule after a code's heading
			// ("量具编号”工艺(15)", heldout150's 泾源 数控, 1-bit) is no part
			// of it.
			curT := strings.TrimRight(cur, "“”\"'")
			if r, _ := utf8.DecodeRuneInString(seg[i:]); (strings.HasSuffix(cur, "扣分") && !reasonNextRe.MatchString(seg[i:]) || hanOnly(cur) == "小计" || codeColRe.MatchString(curT) || paperHeadRe.MatchString(cur) && !scoreWordRe.MatchString(seg[i:])) && isHan(r) {
				out = append(out, curT)
				cur = ""
			}
			continue
		}
		if cur != "" {
			out = append(out, cur)
		}
		cur = hit
		i += len(hit)
		// "总评成绩", "合计得分": one heading; but 扣分合计 and 得分 are two.
		for _, suf := range []string{"成绩", "得分", "分数"} {
			if strings.HasPrefix(seg[i:], suf) && !strings.Contains(hit, "扣") {
				cur += suf
				i += len(suf)
				break
			}
		}
		if rest := seg[i:]; !strings.HasPrefix(rest, "(") && !strings.HasPrefix(rest, "（") {
			out = append(out, cur)
			cur = ""
		}
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// idNamePairRe is a 学号 and the name after it, one pair of a key.
var idNamePairRe = regexp.MustCompile(`(\d{6,})\s*([\p{Han}·]{2,6})`)

// keyLine returns the 学号 and name pairs of a line of a key: two pairs or
// more and no other number (a row of scores has them); nil otherwise.
func keyLine(line string) [][]string {
	ms := idNamePairRe.FindAllStringSubmatch(line, -1)
	if len(ms) < 2 || numGroupRe.MatchString(idNamePairRe.ReplaceAllString(line, "")) {
		return nil
	}
	return ms
}

// keyRowIDRe opens a row of scores given by 学号: a serial perhaps, the
// 学号, then words that are no name (the student's 小组: "第一组").
var keyRowIDRe = regexp.MustCompile(`^(\D{0,3}(?:\d{1,3}\s+)?)(\d{6,})(\s)`)

// keyedRows rewrites a register that gives its scores by 学号 alone, the
// names in a key above it, lines of 学号 and name pairs, two or more a line
// ("一、学号—姓名对照" over "20240603201 李家驹 20240603212 郑浩博 …", then
// "二、成绩（按学号登记）" over "学号 小组 运营方案(30) … 总分", heldout145's 秭归
// 电商, typed): each row of scores takes its name from the key after its
// 学号, and the key's lines (its header with them) are left out, so that
// the rows are read as any register's. Only where five rows or more find
// their 学号 in a key of five pairs or more; pages are returned unchanged
// otherwise.
func keyedRows(pages []string) []string {
	key := map[string]string{}
	for _, p := range pages {
		for _, line := range strings.Split(normLine(p), "\n") {
			if ms := keyLine(line); ms != nil {
				for _, m := range ms {
					// A name as the key gives it: its surname may be one
					// the list of surnames lacks (望, of 秭归).
					if k := utf8.RuneCountInString(m[2]); k >= 2 && k <= 4 {
						key[m[1]] = m[2]
					}
				}
			}
		}
	}
	if len(key) < 5 {
		return pages
	}
	out := make([]string, len(pages))
	rows := 0
	for pi, p := range pages {
		lines := strings.Split(normLine(p), "\n")
		for i, line := range lines {
			if keyLine(line) != nil {
				lines[i] = "" // a line of the key
				if i > 0 && strings.Count(noSpace(lines[i-1]), "姓名") >= 2 {
					lines[i-1] = "" // the key's header
				}
				continue
			}
			m := keyRowIDRe.FindStringSubmatchIndex(line)
			if m == nil {
				continue
			}
			n, ok := key[line[m[4]:m[5]]]
			if !ok || strings.Contains(line[m[1]:], n) || len(numGroupRe.FindAllString(line[m[1]:], -1)) < 2 {
				continue
			}
			lines[i] = line[:m[5]] + " " + n + line[m[5]:]
			rows++
		}
		out[pi] = strings.Join(lines, "\n")
	}
	if rows < 5 {
		return pages
	}
	return out
}

// Records reads the assessment records of one document's pages (item 10):
// every table row under a header with a 姓名 column, with its scores
// mapped to the header's score columns.
func Records(pages []string) []Record {
	rs, _ := RecordsJunk(pages)
	return rs
}

// RecordsJunk is Records, and counts the lines between a table's first and
// last record that are no record (OCR garbled them beyond reading): a table
// with many is no basis for counting the class.
func RecordsJunk(pages []string) ([]Record, int) {
	rs, junk, _ := RecordsJunkMarks(pages)
	return rs, junk
}

// RecordsJunkMarks is RecordsJunk, and counts too the lines of a single
// mark between a table's first and last record ("|", "0"): a row OCR lost
// but for a rule or a digit, or a cell's wrapped last digit; and the lines
// there that still hold a student number and scores (rowLike). Row-shaped
// lines between the last record and the table's foot, read ("平均分"),
// count with the marks: a last row OCR garbled beyond reading ("9四水的84
// ee" for row 37). Without the foot they may be it, garbled ("2的分，251").
func RecordsJunkMarks(pages []string) ([]Record, int, int) {
	pages = dropTimeSlots(pages)
	pages = keyedRows(pages)
	if rs, ok := cardRecords(pages); ok {
		return rs, 0, 0
	}
	if rs, ok := gridCardRecords(pages); ok {
		return rs, 0, 0
	}
	if rs, ok := labelledRecords(pages); ok {
		return rs, 0, 0
	}
	if rs, ok := transposedRecords(pages); ok {
		// Pages with transposed blocks or seats read so; the others (a
		// register's pages in the usual layout, if any) read as usual.
		rest := slices.Clone(pages)
		for _, r := range rs {
			rest[r.Page-1] = ""
		}
		more, junk, marks := RecordsJunkMarks(rest)
		out := append(rs, more...)
		slices.SortStableFunc(out, func(a, b Record) int { return a.Page - b.Page })
		return out, junk, marks
	}
	var out []Record
	junk, pending := 0, 0 // pending: junk lines since the last record
	marks, pendingMarks := 0, 0
	// tail: row-shaped lines right under the last record; open while no
	// other line has come between them and it, counted when the foot ends
	// them.
	tail, tailOpen := 0, false
	// A table runs on over page breaks without repeating its header.
	var cols []column
	// The header's columns with a group of sub-headings placed otherwise,
	// where the text does not tell its place (see splitGroups).
	var altCols []column
	nameLast, nameTail := false, false // the name column after the scores (see nameAfterScores)
	weighted, ups := false, 1          // ups: records side by side in a row
	halfScores := 0                    // score columns of a two-up table's half
	letters := 0                       // letter rows seen (a register sorted by pinyin)
	headPage, headLines := 0, [2]int{} // where the header stands
	var caption []capEntry             // maxima a caption above the table states
	// A note under the table may state them instead ("注：理论30分，实操70分"),
	// or a table of criteria above it, a heading and its points a line.
	var note, criteria []capEntry
	// A register with a row per part of the assessment (see joinParts).
	labels := partLabels(pages)
	var parts []partRow
	for _, text := range pages {
		text = normLine(text)
		for _, line := range strings.Split(text, "\n") {
			if c := noteMaxima(line); c != nil && note == nil {
				note = c
			}
		}
		if c := legendMaxima(text); c != nil && note == nil {
			note = c
		}
	}
	for pi, text := range pages {
		lines := valueScorePairs(joinWrappedRows(strings.Split(normLine(text), "\n")))
		for i := 0; i < len(lines); i++ {
			line := lines[i]
			if c := captionMaxima(line); c != nil {
				caption = c
				continue
			}
			if cols == nil {
				if e, ok := criteriaLine(line); ok {
					criteria = append(criteria, e)
				}
			}
			garbled := false
			_, isHeader := tableHeader(line)
			if isHeader && i+1 < len(lines) {
				if merged, ok := perTimeHeader(line, lines[i+1]); ok {
					line, lines[i+1] = merged, ""
				}
			}
			if isHeader && i > 0 && i+1 < len(lines) {
				// A bilingual header's English lines between (heldout113's
				// 丽水 酒店: "Grooming Check-in …" under the headings, "No.
				// Student ID Name …" under 序号 学号 姓名) are passed over.
				a, b := i-1, i+1
				for a > 0 && i-a < 3 && latinOnly(lines[a]) {
					a--
				}
				for b+1 < len(lines) && b-i < 3 && latinOnly(lines[b]) {
					b++
				}
				if merged, ok := splitHeader(lines[a], line, lines[b]); ok {
					// The score headings a row above the header's and
					// their maxima a row below (cells merged down):
					// one header; the maxima's row is no record.
					line = merged
					for j := i + 1; j <= b; j++ {
						lines[j] = ""
					}
				}
			}
			if !isHeader && garbledHeader(lines, i) {
				// 姓名 garbled by OCR ("订号，，姓镍过程考核(满分60)…"): the
				// headings before the first score column are dropped.
				line, garbled = scoreHeadings(line), true
			} else if !isHeader && idScoreHeader(lines, i) {
				// 姓名 lost after 学号 ("学号策划方案(40)。|。。海报与详情页30)
				// |…总分", rows of 学号, name and scores): put back.
				k := strings.Index(line, "学号") + len("学号")
				line, garbled = line[:k]+" 姓名 "+line[k:], true
			} else if !isHeader && cols == nil {
				if head, ok := idHeadingsLost(lines, i); ok {
					// 序号, 学号 and 姓名 all lost (a fax's two-row header,
					// its identity headings merged down the rows).
					line, garbled = head, true
				}
			}
			if _, ok := tableHeader(line); ok || garbled {
				// Lines before a repeated header are the table's title
				// ("（续表）", headings above it), not garbled rows.
				pending, pendingMarks = 0, 0
				tail, tailOpen = 0, false
				// The class's halves side by side: "序号 姓名 … 序号 姓名 …",
				// the second 姓名 perhaps garbled by OCR ("序号[区|火候(40)");
				// or thirds ("序号 姓名 成绩 序号 姓名 成绩 序号 姓名 成绩").
				ups = 1
				flat := noSpace(line)
				if n, serials := strings.Count(flat, "姓名"), strings.Count(flat, "序号"); n >= 2 ||
					n == 1 && serials >= 2 && strings.Index(flat, "姓名") < strings.LastIndex(flat, "序号") {
					if k := secondHeading(line); k > 0 {
						line, ups = line[:k], max(n, serials)
					}
				}
				if ups == 1 && idTwoUpAhead(lines, i+1) {
					// Two pages printed side by side on one sheet, or a
					// header OCR lost the second 姓名 of: the rows below
					// hold two student numbers and names each. The header
					// is read from the half whose 姓名 it kept.
					ups = 2
					line = line[halfHeaderStart(line):]
				}
				head := line
				headPage, headLines = pi+1, [2]int{i, i}
				cols = headerColumns(line)
				if totalOnly(cols) && !garbled && i > 0 && headingsLine(lines[i-1]) {
					// The score headings printed on the line above the one
					// of 序号 学号 姓名 (a header of merged cells: "图样分析
					// 工艺编制 … 总分" over "序号 学号 姓名", the maxima under
					// them): one header, the headings after the names, before
					// the total if this line ends with it ("序号 学号 姓名 总分"
					// under "接车与环车检查 … 6S与安全", a slip a student).
					fs := strings.Fields(line)
					if at := totalField(fs); at >= 0 && len(fs) > 1 {
						// "工位号 学号 姓名 总分 名次" under "A 电路设计 B 安装接线 …":
						// before 总分, whatever follows it.
						line = strings.Join(slices.Concat(fs[:at], strings.Fields(glueCodes(lines[i-1])), fs[at:]), " ")
					} else {
						line = line + " " + lines[i-1]
					}
					head, headLines[0] = line, i-1
					cols = headerColumns(line)
				} else if totalOnly(cols) && !garbled && i+1 < len(lines) && headingsLine(lines[i+1]) && !subtotalsLineRe.MatchString(lines[i+1]) {
					// The score headings on the line below the one of 序号
					// 学号 姓名 总分 (merged cells: "序号 学号 姓名 总分 等级"
					// over "安全防护 故障诊断 …", their maxima under them): one
					// header, the headings before the total.
					fs := strings.Fields(line)
					at := totalField(fs)
					if at < 0 {
						at = len(fs)
					}
					line = strings.Join(slices.Concat(fs[:at], strings.Fields(lines[i+1]), fs[at:]), " ")
					head = line
					i++
					cols = headerColumns(line)
				}
				switch {
				case caption != nil:
					cols = applyCaption(cols, caption)
				case note != nil:
					cols = applyCaption(cols, note)
				default:
					cols = applyCaption(cols, criteria)
				}
				halfScores = scoreColumns(cols)
				if i+1 < len(lines) {
					lines[i+1] = foldRepeatedLabel(lines[i+1])
				}
				// The groups' 小计 cells merged down the header, their word on
				// the line below the headings ("小计 小计", the maxima under
				// it, heldout91's 驻马店 机电): placed after each group's
				// columns once the maxima are known (placeSubtotals).
				subtotals := 0
				if i+2 < len(lines) && subtotalsLineRe.MatchString(lines[i+1]) {
					subtotals = strings.Count(lines[i+1], "小计")
					head += " " + lines[i+1]
					i++
				}
				// Units and maxima in brackets under the headings, one a
				// column after the name: the units a figure's, the maxima
				// a score's ("(人次) (%) (元) (40) (30) (30)" under "场观
				// 转化率 客单价 数据得分 …", heldout149's 德化 电商, typed).
				if i+1 < len(lines) {
					if c, maxima, ok := unitsAndMaxima(cols, lines[i+1]); ok {
						// The units are no weights ("(%)" of a rate).
						cols = c
						head += " " + maxima
						i++
					}
				}
				// Maxima printed on the line below the headings: "(满分60) (满分40)".
				if i+1 < len(lines) && (maxRe.MatchString(lines[i+1]) || maxRowRe.MatchString(lines[i+1]) || bareMaxRow(lines[i+1], cols)) && !hasName(lines[i+1]) {
					next := lines[i+1]
					head += " " + next
					i++
					var maxima []float64
					// Numbers apart stay apart: "满分10 100" is the last
					// score's 10 and the total's 100 (heldout117's 五家渠
					// 照护), not a maximum of 10100.
					for _, m := range maxRe.FindAllStringSubmatch(noSpace(digitsApartRe.ReplaceAllString(next, "$1|$2")), -1) {
						v, _ := strconv.ParseFloat(m[1], 64)
						maxima = append(maxima, v)
					}
					if maxRowRe.MatchString(next) || bareMaxRow(next, cols) {
						// One label for the row, a maximum per column:
						// the numbers stand apart only in the spaced text.
						maxima = maxima[:0]
						for _, m := range numGroupRe.FindAllString(next, -1) {
							v, _ := strconv.ParseFloat(m, 64)
							maxima = append(maxima, v)
						}
						if c, ok := maximaRow(cols, maxima); ok {
							cols, maxima = c, nil
						}
					}
					var num []int
					for k, c := range cols {
						if c.num && !strings.Contains(c.head, "学号") {
							num = append(num, k)
						}
					}
					if len(maxima) <= len(num) {
						num = num[len(num)-len(maxima):]
						for k, ci := range num {
							cols[ci].max = maxima[k]
						}
					} else if c, ok := maximaRow(cols, maxima); ok {
						// More maxima than headings the words mark as scores
						// ("满分15 满分25 …" under "接车与环车检查 故障诊断 …"):
						// a maximum per column says which hold scores.
						cols = c
					}
				}
				// The total's maximum alone on the line below ("（100分）" of a
				// 总分 cell merged over the header's lines), the scores'
				// maxima on the next: the maxima are those.
				// When the scores' maxima add up to it, the rows' number after
				// the scores is that total, though the header's 总分 stands
				// on a line above the headings.
				totalMax := 0.0
				if i+2 < len(lines) && headingTail(lines[i+1]) && len(numGroupRe.FindAllString(lines[i+1], -1)) == 1 &&
					headingTail(lines[i+2]) && len(numGroupRe.FindAllString(lines[i+2], -1)) >= 2 {
					totalMax, _ = strconv.ParseFloat(numGroupRe.FindString(lines[i+1]), 64)
					head += " " + lines[i+1]
					i++
				}
				// A row of weights under the headings, labelled ("权重 30% 30%
				// 40% 100%", heldout91's 阳泉 网络): each score column's
				// weight, the total's 100% perhaps after them.
				if i+1 < len(lines) && weightRowRe.MatchString(lines[i+1]) {
					if c, ok := weighColumns(cols, lines[i+1]); ok {
						cols = c
						head += " " + lines[i+1]
						i++
					}
				}
				// Weights or bracketed maxima on the line below: "(30%) (70%)".
				if i+1 < len(lines) && headingTail(lines[i+1]) {
					if next := lines[i+1]; !weightRe.MatchString(next) {
						// Maxima alone, one per column: "(15) (40) (30) (15) (100)".
						var maxima []float64
						for _, m := range numGroupRe.FindAllString(next, -1) {
							v, _ := strconv.ParseFloat(m, 64)
							maxima = append(maxima, v)
						}
						if c, ok := maximaRow(cols, maxima); ok {
							cols = c
						}
					}
					head += " " + lines[i+1]
					i++
				}
				if totalMax > 0 && !slices.ContainsFunc(cols, func(c column) bool { return c.total }) {
					sum := 0.0
					for _, c := range cols {
						if c.num && c.max > 0 {
							sum += c.max
						}
					}
					if math.Abs(sum-totalMax) < 0.01 {
						cols = append(cols, column{head: "总分", max: totalMax, total: true, num: true})
					}
				}
				// A second header line under grouped headings: "操作过程(60分)
				// 成品质量(40分)" over "刀工(20) 火候(25) 调味(15) 色泽(10)…".
				if i+1 < len(lines) {
					if sub, ok := subHeadings(lines[i+1]); ok {
						cols, altCols = splitGroups(cols, sub)
						head += " " + lines[i+1]
						i++
					}
				}
				if subtotals > 0 && headLines[0] > 0 {
					cols = placeSubtotals(cols, lines[headLines[0]-1], subtotals)
				}
				cols = scoresUnmarked(cols)
				// A rate's percent ("净料率(%)") weighs nothing.
				weighted = weightRe.MatchString(rateUnitRe.ReplaceAllString(head, "率"))
				headLines[1] = i
				cols, nameLast, nameTail = nameAfterScores(cols)
				continue
			}
			if cols == nil {
				continue
			}
			if labels != nil {
				if p, ok := partOf(line, labels); ok {
					p.page, p.line = pi+1, i
					parts = append(parts, p)
					continue
				}
			}
			if ups == 1 && !nameLast && i+1 < len(lines) {
				if merged, ok := scoresAbove(line, lines[i+1], cols); ok {
					// A student's scores on the line above the one of his
					// serial, 学号, name and total (heldout86's 汨罗 机电):
					// one row.
					lines[i+1] = merged
					continue
				}
			}
			rows := splitUps(line, ups, halfScores)
			for _, row := range rows {
				printed := row
				if nameLast {
					row = nameToFront(row, nameTail)
				}
				if m := groupCellRe.FindStringIndex(row); m != nil && groupScoreRowRe.MatchString(row[m[1]:]) {
					// A group's own row between its members' rows, its
					// shared score labelled ("第一组”组评22/30 (本组成员共用)",
					// heldout124's 北屯 数控): no student's.
					continue
				}
				r, ok := recordRow(row, cols, weighted, len(rows) > 1, labels != nil)
				if ok && altCols != nil {
					if a, ok := recordRow(row, altCols, weighted, len(rows) > 1, labels != nil); ok {
						r.alt = &a
					}
				}
				if ok && nameLast {
					r.Excerpt = strings.TrimSpace(printed) // the row as printed, for the evidence
				}
				if !ok {
					if m := groupCellRe.FindStringIndex(row); m != nil && (blank(row[m[1]:]) || groupHeadRe.MatchString(row[m[1]:])) {
						continue // a group's own row: "第1组 34", "第五组(组长:耿家旺)"
					}
					if stationLabelRe.MatchString(row) {
						// A bench's label, its cell merged down the rows of
						// the students who shared it ("1号台", heldout160's
						// 舒兰 机电): no row.
						continue
					}
					if len(out) > 0 && nextID(out[len(out)-1].Excerpt, row) {
						// The next student's number after the last
						// record's, the rest garbled ("38 2312043138人",
						// "102312043110六相生天天佑…"): a row, its name
						// and scores unread.
						ok, r = true, Record{Unsure: true, Excerpt: strings.TrimSpace(row)}
					}
				}
				if !ok {
					if !namelessRow(row) {
						switch n := utf8.RuneCountInString(noSpace(row)); {
						case letterRowRe.MatchString(row):
							// A letter row of a register sorted by pinyin.
							letters++
						case len(out) == 0:
						case tailOpen && lastRowOverleaf(lines, i, out[len(out)-1].Page, pi+1):
							// The table's last row alone at the head of the
							// next page, OCR's few characters of it ("仆人"
							// for "39 243403060139 张诗琪 …"), the signatures
							// under it: a row lost.
							marks++
							tail, tailOpen = 0, false
						case tailOpen && lastRowGarbled(lines, i):
							// The table's last row, OCR's junk of it, the
							// signatures under it: a row lost.
							marks++
							tail, tailOpen = 0, false
						case letters >= 3 && n <= 2 && hanOnly(row) == "":
							// One OCR misread ("、" for N, "，2" for W).
						case n >= 2 && n <= 4 && !strings.ContainsAny(row, "0123456789"):
							// A word between rows, no number ("照片", OCR's
							// "甫片" in a tall row's photo box): no row lost.
						case remarkLineRe.MatchString(row) && len(numGroupRe.FindAllString(row, -1)) <= 1:
							// A remark under a row, labelled ("扣分说明：未做互锁扣2分",
							// heldout86's 汨罗 机电): no row garbled.
						case serialAloneRe.MatchString(row) && i+1 < len(lines) && idThenNameRe.MatchString(lines[i+1]):
							// A tall row's serial number on a line of its
							// own, the row's 学号 and name on the next.
						case n >= 2:
							pending++
							if rowLike(row) {
								// A student number and scores: a row OCR
								// garbled past reading, maybe lost.
								pendingMarks++
							}
							switch {
							case tailOpen && footerLabelRe.MatchString(row):
								// The table's foot, read: what stood
								// between it and the last record were rows.
								marks += tail
								tail, tailOpen = 0, false
							case tailOpen && rowStart(row):
								tail++
							default:
								tail, tailOpen = 0, false
							}
						case n == 1:
							pendingMarks++
						}
						continue
					}
					if (maximaLine(row) || bracketedMaxima(row)) && (len(out) == 0 || out[len(out)-1].HeadPage != headPage || out[len(out)-1].HeadLines != headLines) {
						// The first line under the header, numbers alone
						// that make 100: the columns' maxima, under a header
						// OCR ran together ("10 10 10 30 25 15", heldout57's
						// 舟山 汽修), no student's.
						continue
					}
					// (Or bracketed, OCR garbling some: "0 60 (C5 (05 40)"
					// under a header of headings printed upright,
					// heldout113's 福清 新能源.)
					// A row whose name OCR lost ("2 34 8"): still a record.
					r = Record{Unsure: true, Excerpt: strings.TrimSpace(row)}
				}
				r.Page, r.Line = pi+1, i
				r.HeadPage, r.HeadLines = headPage, headLines
				if pendingMarks > 0 && len(out) > 0 {
					if a, b := rowSerial(out[len(out)-1].Excerpt), rowSerial(row); a >= 0 && b == a+1 {
						// The rows either side of the lines OCR could not
						// read follow one another ("9 …", "续", "10 …",
						// heldout79's 克拉玛依 机电): no row was lost there.
						pendingMarks = 0
					}
				}
				out = append(out, r)
				junk += pending
				marks += pendingMarks
				pending, pendingMarks = 0, 0
				tail, tailOpen = 0, true
			}
		}
	}
	groupPlaced(out)
	groupScoreRuns(out)
	out = unusedBlankRows(out, pages)
	joinParts(out, parts)
	ruleMarksBorne(out)
	wrappedNames(out, pages)
	totalHeadingLost(out)
	groupBeforeLost(out)
	headerShort(out)
	runningTotals(out, pages)
	statedCeiling(out, pages)
	reasonDeductions(out, pages)
	out = dropSummaryRows(out)
	out = continuedColumns(out)
	// Headings without maxima, the maxima in a row or legend under the
	// table (heldout96's 宣威 烹饪, typed: "标准分 20 30 30 20 100").
	legendBelow(out, pages)
	totalFirst(out)
	inferTotals(out, weighted)
	weighTotals(out)
	addsUpMostly(out, weighted)
	mostlyWrong(out)
	overMostly(out)
	deductionBase(out, pages)
	if ids := idRowRecords(pages); len(ids) >= 5 && (10*len(ids) > 11*len(out) || rowsApart(out) || headingsUnread(out, ids)) {
		// Rows whose scores (letter grades glued to the names, "陈颍已人G B
		// 81.00 B") the table reading could not place: counted by the
		// student numbers they open with, one record a number.
		spanColumns(ids)
		return ids, 0, garbledAfterLast(ids, pages)
	}
	if len(out) < 5 {
		if rows := serialRowRecords(pages); len(rows) >= minSerialRows {
			// No header read, no 学号: a register whose rows are a serial,
			// a name and scores, counted by its serials.
			return rows, 0, 0
		}
	}
	partsUnderTotal(out)
	spanColumns(out)
	return out, junk, marks
}

// serialNameRowRe: a register row without a 学号: a serial number (OCR may
// garble its second digit, "1]" for 11), the name, and two numbers or
// more, rules or specks between.
var serialNameRowRe = regexp.MustCompile(`^[^\p{Han}\d]{0,3}(\d{1,2})[\]|）)]?[^\p{Han}\d]{0,3}(\p{Han}{2,6})[^\p{Han}\d]{0,3}(\d{1,3}(?:\D{1,3}\d{1,3}){1,}\D{0,4})$`)

// minSerialRows is the fewest rows serialRowRecords takes for a register:
// a class's, not a few numbered lines of a worksheet.
const minSerialRows = 10

// serialRowRecords reads a register whose header OCR could not read (the
// headings written by hand in a 成绩登记册's blank columns) and whose rows
// give no 学号: rows of a serial, a name and numbers, the serials rising
// one by one in four pairs of adjacent rows in five, ten rows or more.
// Each row is a record named by its name cut to fit; the numbers are
// scores and a total where the rows agree on their shape (sumConsensus),
// else the records are Short.
func serialRowRecords(pages []string) []Record {
	var out []Record
	var tails []string
	var serials []int
	for pi, p := range pages {
		for i, line := range strings.Split(normLine(p), "\n") {
			m := serialNameRowRe.FindStringSubmatch(strings.TrimSpace(line))
			if m == nil {
				continue
			}
			n, _ := strconv.Atoi(m[1])
			name := runName(m[2])
			out = append(out, Record{Name: name, Matched: name, Unsure: !Valid(name), Short: true, Page: pi + 1, Line: i, Excerpt: strings.TrimSpace(line)})
			tails = append(tails, m[3])
			serials = append(serials, n)
		}
	}
	if len(out) < minSerialRows {
		return nil
	}
	rising := 0
	for k := 1; k < len(serials); k++ {
		if serials[k] == serials[k-1]+1 {
			rising++
		}
	}
	if 5*rising < 4*(len(serials)-1) {
		return nil
	}
	sumConsensus(out, tails)
	headingsAbove(out, pages)
	legendBelow(out, pages)
	return out
}

// wrappedRowRe: a Word table row's line of cells that fit, a serial
// number and the scores after it (the name among them or not).
var wrappedRowRe = regexp.MustCompile(`^\s*\d{1,3}\s+(?:\p{Han}{2,4}\s+)?(?:\d{1,3}(?:\.\d+)?\s+){2,}\d{1,3}(?:\.\d+)?\s*$`)

// joinWrappedRows joins the rows of a typed table whose narrow cells
// wrapped: the tops of the wrapped cells on a line above the row's line
// (a group's "第1", the 学号's first eleven digits, a name's first three
// characters: "第1 24020403010 欧阳建"), the row's line (serial and scores,
// "1 8 21 19 25 8 81"), the cells' ends below ("组 1 业"), heldout56's 涪陵
// 汽修. Where the tops hold a student number's head (eight digits or more)
// and the ends as many cells, each short, the row is one line: "1 第1组
// 240204030101 欧阳建业 8 21 19 25 8 81", and the two after it empty.
func joinWrappedRows(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); i++ {
		if i+2 < len(lines) {
			top, ends := strings.Fields(lines[i]), strings.Fields(lines[i+2])
			if len(top) >= 2 && len(top) <= 4 && len(top) == len(ends) && wrappedRowRe.MatchString(lines[i+1]) &&
				slices.ContainsFunc(top, func(f string) bool { return len(f) >= 8 && numRe.MatchString(f) }) &&
				!slices.ContainsFunc(ends, func(f string) bool { return utf8.RuneCountInString(f) > 3 }) {
				row := strings.Fields(lines[i+1])
				cells := []string{row[0]}
				for k := range top {
					cells = append(cells, top[k]+ends[k])
				}
				// The row on its first line, two empty ones after it: every
				// line keeps its index (Record.Line, a scan's word boxes).
				out = append(out, strings.Join(append(cells, row[1:]...), " "), "", "")
				i += 2
				continue
			}
		}
		out = append(out, lines[i])
	}
	return out
}

// remarkLineRe: a line opening with a label and a colon ("扣分说明：",
// "备注:"), a note under a register's row.
var remarkLineRe = regexp.MustCompile(`^[^\p{Han}\d]{0,2}\p{Han}{2,6}[：:]`)

// scoresAbove joins a line of numbers alone to the row under it when the
// row, read against the header, lacks as many numbers as the line holds:
// a register printing each student on two lines, the scores over the score
// headings on the first, the serial, 学号, name and total on the second
// ("28 29 18 7" over "1 2406012701 刘雅雯 82"). The numbers stand after
// the name, before the row's own. A line of maxima under the header has
// been read with it; one over a row that lacks nothing is no row's.
func scoresAbove(above, row string, cols []column) (string, bool) {
	vs := bareNumbers(above)
	if len(vs) < 2 {
		return "", false
	}
	at := slices.IndexFunc(cols, func(c column) bool { return c.name })
	if at < 0 {
		return "", false
	}
	want := 0
	for _, c := range cols[at+1:] {
		if c.num {
			want++
		}
	}
	end := -1
	for _, m := range hanRunRe.FindAllStringIndex(row, -1) {
		if Valid(row[m[0]:m[1]]) {
			end = m[1]
			break
		}
	}
	if end < 0 {
		return "", false
	}
	have := len(numGroupRe.FindAllString(row[end:], -1))
	if have == 0 || have+len(vs) != want {
		return "", false
	}
	return row[:end] + " " + strings.TrimSpace(above) + " " + strings.TrimSpace(row[end:]), true
}

// wrappedNames names a row whose name cell wrapped around it: a Word
// table's row of a four-character name ("欧阳以" on the line above the row,
// "恒" on the line below, the row itself nameless; heldout48's 宣城
// register, typed). The two lines hold nothing but Han characters, and
// together a name.
func wrappedNames(rs []Record, pages []string) {
	for i := range rs {
		r := &rs[i]
		if r.Name != "" || r.Page < 1 || r.Page > len(pages) {
			continue
		}
		lines := strings.Split(normLine(pages[r.Page-1]), "\n")
		if r.Line < 1 || r.Line+1 >= len(lines) {
			continue
		}
		above, below := strings.TrimSpace(lines[r.Line-1]), strings.TrimSpace(lines[r.Line+1])
		if above == "" || below == "" || hanOnly(above) != above || hanOnly(below) != below || utf8.RuneCountInString(above+below) > 6 {
			continue
		}
		if n := above + below; Valid(n) {
			r.Name, r.Matched, r.Unsure = n, n, false
		}
	}
}

// spanColumns sets, on the rows of each table that has five sound rows or
// more (rows that add up), the range of values each of its columns holds
// in those rows: the total's first, then each score's.
func spanColumns(rs []Record) {
	type key struct {
		t tableKey
		n int
	}
	sound := map[key][]int{}
	for i := range rs {
		if rs[i].AddsUp() {
			k := key{rs[i].table(), len(rs[i].Scores)}
			sound[k] = append(sound[k], i)
		}
	}
	for k, rows := range sound {
		if len(rows) < 5 {
			continue
		}
		spans := make([][2]float64, k.n+1)
		for c := range spans {
			spans[c] = [2]float64{math.Inf(1), math.Inf(-1)}
		}
		for _, i := range rows {
			for c, v := range rs[i].values() {
				spans[c][0], spans[c][1] = min(spans[c][0], v), max(spans[c][1], v)
			}
		}
		for i := range rs {
			if rs[i].Total != nil && (key{rs[i].table(), len(rs[i].Scores)}) == k {
				rs[i].spans = spans
			}
			if rs[i].Total == nil && rs[i].lostCell != nil && (key{rs[i].table(), len(rs[i].lostCell[0]) - 1}) == k {
				rs[i].spans = spans // a row that lost a cell: its table's sound rows'
			}
		}
	}
}

// values are the row's total and its scores, in that order.
func (r *Record) values() []float64 {
	vals := []float64{r.Total.Value}
	for _, s := range r.Scores {
		vals = append(vals, s.Value)
	}
	return vals
}

// likely reports whether v may stand in column c of the row's table: within
// the range its sound rows show there, widened by half that range (two
// points at least); any value when the range is not known.
func (r *Record) likely(c int, v float64) bool {
	if c >= len(r.spans) {
		return true
	}
	lo, hi := r.spans[c][0], r.spans[c][1]
	w := max(2, (hi-lo)/2)
	return v >= lo-w && v <= hi+w
}

// headingsUnread reports a register whose header was read without a score
// column (its headings codes OCR garbled: "序号学号姓名O G)外G总分等级") and
// so no record with a score or a total, while the rows read by their
// student numbers hold scores that add up, as many records or nearly. One
// table only: the rows read by their numbers no longer tell the tables of
// two classes apart (heldout75's 乳山 机电).
func headingsUnread(rs, ids []Record) bool {
	if len(rs) < 5 || 10*len(ids) < 9*len(rs) || slices.ContainsFunc(rs, func(r Record) bool {
		return len(r.Scores) > 0 || r.Total != nil || r.table() != rs[0].table()
	}) {
		return false
	}
	sum := 0
	for _, r := range ids {
		if r.SumChecked {
			sum++
		}
	}
	return 2*sum > len(ids)
}

// rowsApart reports a register OCR read a row as two lines: the serial,
// student number and name on one, the scores on another (tall rows, a
// comment line merged under each: heldout34's 格尔木 register). Most
// records read with a student number hold no scores, and five lines or
// more hold scores alone, no student number and hardly a character
// ("| 24 | 28 | 22 | 18展汶"): its rows are counted by their student
// numbers. A register whose scanned rows lost their names keeps its
// scores on the rows that kept their numbers.
func rowsApart(rs []Record) bool {
	withID, bare, scores := 0, 0, 0
	for _, r := range rs {
		ids := studentIDRe.FindAllStringIndex(r.Excerpt, -1)
		if len(ids) > 0 {
			withID++
			if len(numGroupRe.FindAllString(r.Excerpt[ids[len(ids)-1][1]:], -1)) < 2 {
				bare++
			}
			continue
		}
		if len(numGroupRe.FindAllString(r.Excerpt, -1)) >= 3 && utf8.RuneCountInString(hanOnly(r.Excerpt)) <= 2 {
			scores++
		}
	}
	return withID >= 5 && 3*bare >= 2*withID && scores >= 5
}

// tableKey tells a records table by where its header stands.
type tableKey struct {
	page  int
	lines [2]int
}

// table is the key of the record's table.
func (r *Record) table() tableKey { return tableKey{r.HeadPage, r.HeadLines} }

// headerShort unchecks the rows of a table whose header was read with a
// score column too few: where most of its rows show more numbers than
// the header has columns for (OCR glued a heading's maximum to 姓名,
// "区二姓名(15) (20) (35)理(15) (5)总分", and lost a column), a row that
// fits the header is one that lost a number itself ("12 18 22 13 12万",
// the total garbled), its numbers under the wrong headings.
func headerShort(rs []Record) {
	over, fit := map[tableKey]int{}, map[tableKey]int{}
	for _, r := range rs {
		t := r.table()
		switch {
		case r.over:
			over[t]++
		case len(r.Scores) > 0 || r.Total != nil:
			fit[t]++
		}
	}
	for i := range rs {
		r := &rs[i]
		if t := r.table(); over[t] >= 3 && over[t] >= fit[t] && (len(r.Scores) > 0 || r.Total != nil) {
			r.Scores, r.Total, r.Net, r.SumChecked, r.Short = nil, nil, nil, false, true
		}
	}
}

// groupBeforeLost reads the first group of scores, and its 小计, of the
// rows of a table whose header was read with a column too few (over, see
// headerShort), where the header opens its number columns with two score
// headings or more and their 小计, the headings' maxima adding up to the
// 小计's, and the rows bear that out: at least three of them, and three
// in four of those that show the numbers, open with scores that add up to
// the number after them. OCR lost a heading after the group (heldout103's
// 辛集 中药, scanned: "审方(20) 调配(40) 煎煮(40) 小计(100) (100)" over
// rows of six numbers, 过程评价 and the weighted 总评 under one heading);
// which heading, is not known, but the group's numbers stand under its
// headings. The group's scores are the row's, its 小计 their total; the
// numbers after it are not read.
func groupBeforeLost(rs []Record) {
	group := func(r *Record) int {
		cols := r.overCols
		k := slices.IndexFunc(cols, func(c column) bool { return c.sub })
		if k < 2 || cols[k].max <= 0 || len(r.overNums) <= k+1 {
			return -1
		}
		sum := 0.0
		for _, c := range cols[:k] {
			if !c.num || c.total || c.net || c.deduct || c.rank || c.max <= 0 {
				return -1
			}
			sum += c.max
		}
		if math.Abs(sum-cols[k].max) > 0.01 || slices.Contains(r.overNums[:k+1], -1) {
			return -1
		}
		return k
	}
	adds, shown := map[tableKey]int{}, map[tableKey]int{}
	for i := range rs {
		r := &rs[i]
		if !r.over {
			continue
		}
		k := group(r)
		if k < 0 {
			continue
		}
		shown[r.table()]++
		if math.Abs(weightedSum(r.overNums[:k], nil)-r.overNums[k]) < 0.01 {
			adds[r.table()]++
		}
	}
	for i := range rs {
		r := &rs[i]
		t := r.table()
		k := -1
		if r.over {
			k = group(r)
		}
		if k < 0 || adds[t] < 3 || 4*adds[t] < 3*shown[t] {
			continue
		}
		r.Scores = nil
		for j, c := range r.overCols[:k] {
			r.Scores = append(r.Scores, Score{Column: c.head, Value: r.overNums[j], Max: c.max})
		}
		c := r.overCols[k]
		r.Total = &Score{Column: c.head, Value: r.overNums[k], Max: c.max}
		r.SumChecked, r.over = true, false
	}
}

// partsUnderTotal reads the rows of a table whose header names no score
// column, only the total, while its rows show more numbers (over): the
// parts' headings OCR could not cut apart, or one heading over all the
// parts ("(工艺20+编程20+加工40+检测10+6S10) 总分" over rows of
// "18+18+26+9+9 85", heldout139's 临清 数控). Where at least three rows,
// and three in four of them, end with a number that the numbers before it
// add up to, those are the parts and that the total, in every row of the
// table that shows as many numbers; the parts' maxima are not known.
func partsUnderTotal(rs []Record) {
	only := func(r *Record) bool {
		return r.over && len(r.Scores) == 0 && r.Total == nil && len(r.overCols) == 1 && r.overCols[0].total && len(r.overNums) >= 3 && !slices.Contains(r.overNums, -1)
	}
	adds, shown, width := map[tableKey]int{}, map[tableKey]int{}, map[tableKey]map[int]int{}
	for i := range rs {
		r := &rs[i]
		if !only(r) {
			continue
		}
		t, n := r.table(), len(r.overNums)
		shown[t]++
		if width[t] == nil {
			width[t] = map[int]int{}
		}
		width[t][n]++
		if math.Abs(weightedSum(r.overNums[:n-1], nil)-r.overNums[n-1]) < 0.01 {
			adds[t]++
		}
	}
	for i := range rs {
		r := &rs[i]
		t := r.table()
		if !only(r) || adds[t] < 3 || 4*adds[t] < 3*shown[t] || 2*width[t][len(r.overNums)] < shown[t] {
			continue
		}
		n := len(r.overNums)
		r.Scores = nil
		for j, v := range r.overNums[:n-1] {
			r.Scores = append(r.Scores, Score{Column: placeHead(j + 1), Value: v})
		}
		c := r.overCols[0]
		r.Total = &Score{Column: c.head, Value: r.overNums[n-1], Max: c.max}
		r.SumChecked, r.over = true, false
	}
}

// dropSummaryRows drops the rows of a register's figures that OCR garbled
// past reading their label: a group's or the class's averages between the
// groups or under the table ("本组平均 15.4 23.6 24.7 15.9 78.6" read as
// "杰组了均16.3 23.4 …", "术绷网163 221 225 162 771" with the points
// lost). Where four rows in five or more carry a student number, a row
// that carries none is no student's when its numbers are decimals, two or
// more, and the students' are whole; or when its name is no name and its
// numbers are too big for scores (a row OCR garbled to "本0 27 20" is
// still a row).
func dropSummaryRows(rs []Record) []Record {
	withID, decimals := 0, 0
	for _, r := range rs {
		if len(StudentIDs(r.Excerpt)) > 0 {
			withID++
			if len(decimalRe.FindAllString(r.Excerpt, -1)) >= 2 {
				decimals++
			}
		}
	}
	if len(rs) < 5 || 5*withID < 4*len(rs) {
		return rs
	}
	return slices.DeleteFunc(rs, func(r Record) bool {
		if len(StudentIDs(r.Excerpt)) > 0 {
			return false
		}
		if len(decimalRe.FindAllString(r.Excerpt, -1)) >= 2 && 5*decimals < withID {
			return true
		}
		// Averages whose points OCR lost ("163 221 225 162 771"): numbers
		// over 100, two or more, no score's (a maximum of 100 is one).
		big := 0
		for _, f := range strings.FieldsFunc(r.Excerpt, func(c rune) bool { return (c < '0' || c > '9') && c != '.' }) {
			if v, err := strconv.Atoi(f); err == nil && v > 100 && len(f) <= 5 {
				big++
			}
		}
		return r.Unsure && big >= 2
	})
}

// decimalRe: a number with a decimal point.
var decimalRe = regexp.MustCompile(`\d\.\d`)

// headingsLine reports whether line is a row of score headings and
// nothing else: two words or more, each of two to eight Han characters
// with perhaps its maximum in brackets, no colon (a title line's "学习任务：…"),
// no number standing alone, no 姓名.
func headingsLine(line string) bool {
	fs := strings.Fields(glueCodes(line))
	for k, f := range fs {
		fs[k] = unnumbered(f) // "3.电气接线"
	}
	if len(fs) < 2 || strings.ContainsAny(line, "：:") || strings.Contains(line, "姓名") {
		return false
	}
	for _, f := range fs {
		if !headingWordRe.MatchString(foldBrackets(f)) {
			return false
		}
	}
	return true
}

// headingWordRe: a score heading, its maximum in brackets perhaps
// ("工艺编制", "总分(100)", "6S与安全", "PLC程序").
var headingWordRe = regexp.MustCompile(`^(?:\d?[A-Z]{1,4}\p{Han}?)?\p{Han}{2,8}(?:\(\d{1,3}分?\))?$`)

// totalOnly reports whether a header's columns hold no score but perhaps a
// total: the scores' headings stand elsewhere.
func totalOnly(cols []column) bool {
	return !slices.ContainsFunc(cols, func(c column) bool {
		return c.num && !c.total && !c.name && !c.rank && !strings.Contains(c.head, "序号") && !strings.Contains(c.head, "学号")
	})
}

// nameAfterScores moves a register's name column printed after the
// scores ("序号 学号 净选(15) … 总分 学生姓名"), last or followed by text
// columns only ("学号 安装接线(30) … 总分 姓名 备注", heldout98's 七台河 机电),
// to after the student number (or the serial), where the rows are read
// from (nameToFront moves the rows' names alike); nameLast reports whether
// it did, tail whether text columns follow the name.
func nameAfterScores(cols []column) (out []column, nameLast, tail bool) {
	k := slices.IndexFunc(cols, func(c column) bool { return c.name })
	if k < 1 || scoreColumns(cols[:k]) == 0 {
		return cols, false, false
	}
	for _, c := range cols[k+1:] {
		if c.num || c.total || c.max > 0 || !remarkHeadRe.MatchString(noSpace(c.head)) {
			return cols, false, false
		}
	}
	at := 0 // the name goes before cols[at]
	for i, c := range cols[:k] {
		if strings.Contains(c.head, "学号") || strings.Contains(c.head, "序号") {
			at = i + 1
		}
	}
	if j := k - 1; at == k && strings.Contains(cols[j].head, "学号") && scoreColumns(cols[:j]) > 0 {
		// The 学号 after the scores too, before the name ("序号 高压安全防护
		// (15) … 总分 学号 姓名", heldout115's 侯马 新能源): both go to the
		// front, after the serial (nameToFront moves the rows' alike).
		at = 0
		for i, c := range cols[:j] {
			if strings.Contains(c.head, "序号") {
				at = i + 1
			}
		}
		out = slices.Concat(cols[:at], cols[j:k+1], cols[at:j], cols[k+1:])
		return out, true, k < len(cols)-1
	}
	out = slices.Concat(cols[:at], cols[k:k+1], cols[at:k], cols[k+1:])
	return out, true, k < len(cols)-1
}

// remarkHeadRe is a heading of a text column that may follow a name
// printed after the scores: 备注, 签名, 评语.
var remarkHeadRe = regexp.MustCompile(`^(?:备注|说明|签名|签字|学生签名|本人签名|评语)$`)

// lastNameRunRe: the run of Han characters that ends a row.
var lastNameRunRe = regexp.MustCompile(`([\p{Han}·]{2,12})[^\p{Han}\d]*$`)

// nameAfterNumbersRe: a row's numbers, then a run of Han characters (the
// name: group 2), then the rest (group 3).
var nameAfterNumbersRe = regexp.MustCompile(`^(.*\d[^\p{Han}\d]*)([\p{Han}·]{2,12})(.*)$`)

// nameToFront moves the name that ends a row of a register whose name
// column is printed last to after the row's student number, or its
// serial: "22 2437013022 14 34 9 19 84隋鸿涛" → "22 2437013022 隋鸿涛 14 34
// 9 19 84". With tail (text columns after the name), the name is the first
// run of Han characters after the row's last number, what follows it
// staying last: "2409012701 28 23 27 7 85 张鸿涛 组长" → "2409012701 张鸿涛
// 28 23 27 7 85 组长".
func nameToFront(row string, tail bool) string {
	after := ""
	if tail {
		m := nameAfterNumbersRe.FindStringSubmatchIndex(row)
		if m == nil {
			return row
		}
		row, after = row[:m[5]], row[m[5]:]
	}
	m := lastNameRunRe.FindStringSubmatchIndex(row)
	if m == nil {
		return row + after
	}
	name, rest := row[m[2]:m[3]], row[:m[2]]+after
	if loc := trailingIDRe.FindStringSubmatchIndex(row[:m[2]]); loc != nil {
		// The 学号 last too, before the name ("1 14 19 31 11 8 83
		// 2414043501梁佳颖"): both go after the serial.
		id := row[loc[2]:loc[3]]
		rest = row[:loc[0]+1] + after // the score before it kept
		// Specks before the serial, a character OCR made of the margin
		// ("”了12 18 …", "区11 12 …"): the serial opens the row.
		rest = leadSpeckSerialRe.ReplaceAllString(rest, "$1 ")
		at := 0
		if _, tail, ok := CutLeadingNumber(rest); ok {
			at = len(rest) - len(tail)
		}
		return rest[:at] + " " + id + " " + name + " " + rest[at:]
	}
	at := 0
	if loc := studentIDRe.FindStringIndex(rest); loc != nil {
		at = loc[1]
	} else if _, after, ok := CutLeadingNumber(rest); ok {
		at = len(rest) - len(after)
	}
	return rest[:at] + " " + name + " " + rest[at:]
}

// leadSpeckSerialRe: specks and a character OCR made of the margin before
// a row's serial (group 1).
var leadSpeckSerialRe = regexp.MustCompile(`^[^\d\p{Han}]{0,3}\p{Han}?[^\d\p{Han}]{0,3}(\d{1,3})\s`)

// trailingIDRe: a student number ending what stands before a row's last
// name, after the row's scores (group 1).
var trailingIDRe = regexp.MustCompile(`\d[^\d\p{Han}]+(\d{6,14})[^\d\p{Han}]*$`)

// idLeadRowRe is a register row that opens with a student number (after a
// serial perhaps) and a name, or what OCR left of it ("230205013二|二应军"):
// group 1 the number, group 2 the Han run.
var idLeadRowRe = regexp.MustCompile(`^\D{0,5}?(?:\d{1,3}\D{1,3}?){0,2}(\d{6,14})[^\p{Han}\d]{0,3}([\p{Han}·]{1,16})`)

// idTrailRowRe is a register row whose name stands before its student
// number, the scores after it ("| 4。。隋秀芳20240431004 14 19 27 13 73 |",
// a header OCR lost): group 1 the Han run before the number (perhaps
// none), group 2 the number.
var idTrailRowRe = regexp.MustCompile(`^\D{0,6}?(?:\d{1,3}[^\d\p{Han}]{0,4})?([\p{Han}·]{0,12}?)[^\p{Han}\d]{0,3}(\d{6,14})\D{1,4}\d`)

// ruleSpeck cuts off the character OCR reads for a table's rule before a
// name in a cell ("和鞠晓彤" for |鞠晓彤, "人孙卫东"): a four-character name
// that passes only as one of two surnames (和 and 人 are surnames too), its
// last three a name, is those three.
func ruleSpeck(name string) string {
	rs := []rune(name)
	if len(rs) != 4 || !strings.ContainsRune("和人了", rs[0]) || Surname(name) != string(rs[:1]) || !doubleSurname(rs) {
		return name
	}
	if rest := string(rs[1:]); Valid(rest) {
		return rest
	}
	return name
}

// genderNextRe: a gender cell right after a name, specks between
// ("鞠雪晴。女16 17 …").
var genderNextRe = regexp.MustCompile(`^[^\p{Han}\d]{0,4}[男女](?:[^\p{Han}]|$)`)

// idRowRecords reads a register as its rows' student numbers: one record a
// number (the first row of each), named by the run of Han characters after
// it (or, in a register that gives the name first, before it), cut to a
// name where one fits. Numbers of another length than most
// are no student's. Records are Short: their scores are not read.
func idRowRecords(pages []string) []Record {
	type row struct {
		id, run, line, tail string
		page, i             int
		trail               bool // the run stands before the number
	}
	var rows []row
	lens := map[int]int{}
	for pi, p := range pages {
		for i, line := range strings.Split(normLine(p), "\n") {
			// A transliterated name's middle dot as OCR read it
			// ("则乃普.哈斯木", "如克亚:居来提"): the name is whole.
			line = rowDots(line)
			if m := idLeadRowRe.FindStringSubmatchIndex(line); m != nil {
				rows = append(rows, row{line[m[2]:m[3]], line[m[4]:m[5]], strings.TrimSpace(line), line[m[5]:], pi + 1, i, false})
				lens[m[3]-m[2]]++
			} else if m := idTrailRowRe.FindStringSubmatchIndex(line); m != nil {
				rows = append(rows, row{line[m[4]:m[5]], line[m[2]:m[3]], strings.TrimSpace(line), line[m[5]:], pi + 1, i, true})
				lens[m[5]-m[4]]++
			}
		}
	}
	common := 0
	for l, n := range lens {
		if n > lens[common] {
			common = l
		}
	}
	// A 性别 column glued to the names ("于海洋男17 19 …", the header lost):
	// where most rows' runs end in 男 or 女, that is the gender, no part of
	// the name (于海洋男 would pass for a name of two surnames).
	gendered := 0
	for _, r := range rows {
		if strings.HasSuffix(r.run, "男") || strings.HasSuffix(r.run, "女") || genderNextRe.MatchString(r.tail) {
			gendered++
		}
	}
	if 2*gendered > len(rows) {
		for i := range rows {
			if rs := []rune(rows[i].run); len(rs) >= 3 && (rs[len(rs)-1] == '男' || rs[len(rs)-1] == '女') {
				rows[i].run = string(rs[:len(rs)-1])
			}
		}
	}
	var out []Record
	var tails []string // what follows each record's name
	seen := map[string]bool{}
	prev := int64(-1)
	for _, r := range rows {
		if len(r.id) < common && len(r.id) >= common-2 && prev >= 0 {
			// A number OCR lost a leading digit of ("?304030222" after
			// 2304030221): the next student's, when it ends that one.
			if next := strconv.FormatInt(prev+1, 10); strings.HasSuffix(next, r.id) {
				r.id = next
			}
		}
		if len(r.id) == common+1 && prev >= 0 {
			// A number OCR read a speck into ("24630127106" after
			// 2463012715): the next student's, that digit dropped.
			next := strconv.FormatInt(prev+1, 10)
			for k := range r.id {
				if r.id[:k]+r.id[k+1:] == next {
					r.id = next
					break
				}
			}
		}
		if len(r.id) != common || seen[r.id] {
			continue
		}
		seen[r.id] = true
		prev, _ = strconv.ParseInt(r.id, 10, 64)
		name := ""
		if r.trail {
			name = trailName(r.run)
		}
		if name == "" {
			name = runName(r.run)
		}
		name = ruleSpeck(name)
		out = append(out, Record{Name: name, Matched: name, Unsure: !Valid(name), Short: true, Page: r.page, Line: r.i, Excerpt: r.line})
		tails = append(tails, r.tail)
	}
	sumConsensus(out, tails)
	headingsAbove(out, pages)
	legendBelow(out, pages)
	return out
}

// runName is the name a row's run of Han characters opens with (nameIn),
// else its first three characters, OCR's reading of a name that fits none
// ("" for a run of one).
func runName(run string) string {
	if c, ok := nameIn(run, nil); ok {
		return c.name
	}
	if rs := []rune(run); len(rs) >= 2 {
		return string(rs[:min(3, len(rs))])
	}
	return ""
}

// trailName is the name a run of Han characters before a row's student
// number ends with: the number stands right after the name, and what OCR
// made of the serial number or a speck before it opens the run ("民卢诗琪"
// for 1 卢诗琪, "括淄李克鹏" for 3 李克鹏: heldout43's 日照 register). A
// valid name of three characters or fewer, or of a compound surname, is
// the name whole; else the longest valid name the run ends with, three
// characters, a compound surname's four, two; "" when none is.
func trailName(run string) string {
	rs := []rune(run)
	if Valid(run) && (len(rs) <= 3 || compoundSet[string(rs[:2])]) {
		return run
	}
	for _, n := range []int{3, 4, 2} {
		if len(rs) <= n {
			continue
		}
		tail := rs[len(rs)-n:]
		if Valid(string(tail)) && (n != 4 || compoundSet[string(tail[:2])]) {
			return string(tail)
		}
	}
	return ""
}

// legendPointsRe is a part's points in a legend, bracketed: "(35分)", OCR's
// "〈10分)".
var legendPointsRe = regexp.MustCompile(`[（(〈<]\s*(\d{1,3})\s*分\s*[)）〉>]`)

// legendBelow gives records read without a header's headings the maxima a
// legend under the table states, in its order: "评分项目:①安全防护(10分)
// ②故障询问与验证(15分) …⑤竣工检验与6S(15分)" under a header of circled
// codes OCR garbled ("O G)外G", heldout85's 耒阳 新能源), or a 满分 row at
// the table's foot. The legend stands within four lines of the last row
// (the row within two), its parts as many as the rows' scores, making 100;
// records with maxima already keep them.
func legendBelow(rs []Record, pages []string) {
	at := slices.IndexFunc(rs, func(r Record) bool { return len(r.Scores) >= 2 })
	if at < 0 || slices.ContainsFunc(rs, func(r Record) bool {
		return slices.ContainsFunc(r.Scores, func(s Score) bool { return s.Max > 0 })
	}) {
		return
	}
	k := len(rs[at].Scores)
	last := rs[len(rs)-1]
	if last.Page < 1 || last.Page > len(pages) {
		return
	}
	lines := strings.Split(normLine(pages[last.Page-1]), "\n")
	if last.Line < 0 || last.Line+1 >= len(lines) {
		return
	}
	below := strings.Join(lines[last.Line+1:min(len(lines), last.Line+5)], "")
	var maxima []float64
	for _, m := range legendPointsRe.FindAllStringSubmatch(below, -1) {
		v, _ := strconv.ParseFloat(m[1], 64)
		maxima = append(maxima, v)
	}
	var heads []string
	if len(maxima) != k {
		// Or coded parts, A to E, each its words and points ("评分项目及配分:
		// A.电气接线20分“B.传感器标定15分…", heldout125's 彭州 机电, a
		// 1-bit scan whose header reads "A B C D开合计"): the headings too.
		heads, maxima = codedLegendParts(below)
	}
	// Or a row of maxima labelled 满分 at the table's foot, the total's
	// last ("满分20 10 20 30 20 100", heldout92's 界首 新能源).
	for _, l := range lines[last.Line+1 : min(len(lines), last.Line+3)] {
		if vs, found := labelledMaxima(l, k); found && len(maxima) != k {
			maxima = vs
		}
	}
	if len(maxima) != k || math.Abs(weightedSum(maxima, nil)-100) > 0.01 {
		return
	}
	for i := range rs {
		if len(rs[i].Scores) != k {
			continue
		}
		for c := range rs[i].Scores {
			rs[i].Scores[c].Max = maxima[c]
			if heads != nil {
				rs[i].Scores[c].Column = heads[c]
			}
		}
	}
}

// codedPartRe is one coded part of a legend: its code, its words, its
// points ("A.电气接线20分", "B、传感器标定 15分").
var codedPartRe = regexp.MustCompile(`([A-Z])\s*[.．、:：—\-]?\s*(\p{Han}[^\d]{0,12}?)\s*(\d{1,3})\s*分`)

// codedLegendParts reads a legend of parts coded A, B, C… in order in
// text: their headings (code and words) and points; nil unless there are
// three or more, coded from A on without a gap.
func codedLegendParts(text string) (heads []string, maxima []float64) {
	for _, m := range codedPartRe.FindAllStringSubmatch(text, -1) {
		if m[1] != string(rune('A'+len(heads))) {
			return nil, nil
		}
		v, _ := strconv.ParseFloat(m[3], 64)
		heads, maxima = append(heads, m[1]+strings.TrimSpace(m[2])), append(maxima, v)
	}
	if len(heads) < 3 {
		return nil, nil
	}
	return heads, maxima
}

// bracketMaxAnyRe is a heading with its maximum in brackets, the closing one
// perhaps lost ("拓扑设计(15。VLAN划分(20。", a wrapped header's first line
// as OCR read it): the heading and the maximum.
var bracketMaxAnyRe = regexp.MustCompile(`([^\s(（)）。，,、;；:：|]{1,12}?)\s*[（(]\s*(?:满\s*分\s*)?(\d{1,3})`)

// bracketedHeads reads a line's headings each with its maximum in
// brackets (bracketMaxAnyRe; brackets OCR read as angles too): the
// headings and their maxima in order.
func bracketedHeads(line string) (heads []string, maxima []float64) {
	for _, m := range bracketMaxAnyRe.FindAllStringSubmatch(ocrBrackets.Replace(line), -1) {
		v, _ := strconv.ParseFloat(m[2], 64)
		heads, maxima = append(heads, m[1]), append(maxima, v)
	}
	return heads, maxima
}

// headingsAbove gives the rows of a register read without its header
// (sumConsensus: "第1项" …) their headings and maxima from a line above
// the first row that names as many headings with a bracketed maximum as
// the rows hold scores, the maxima making 100 (heldout70's 扎兰屯 网络, a
// header whose second line OCR garbled past reading: "、拓扑设计(15。VLAN
// 划分(20。路由配置(25。…" over "有次。学。址名分)分)…"). That line is the
// rows' header.
func headingsAbove(rs []Record, pages []string) {
	// The first row read with its scores (the first row may be one OCR
	// garbled, Short).
	at := slices.IndexFunc(rs, func(r Record) bool { return len(r.Scores) >= 2 })
	if at < 0 {
		return
	}
	k := len(rs[at].Scores)
	first := rs[0]
	if k < 2 || first.Page < 1 || first.Page > len(pages) {
		return
	}
	lines := strings.Split(normLine(pages[first.Page-1]), "\n")
	apply := func(heads []string, maxima []float64, j0, j1 int) {
		for i := range rs {
			r := &rs[i]
			if len(r.Scores) != k || r.Page != first.Page {
				continue
			}
			for c := range r.Scores {
				r.Scores[c].Column, r.Scores[c].Max = heads[c], maxima[c]
			}
			r.HeadPage, r.HeadLines = first.Page, [2]int{j0, j1}
		}
	}
	for j := first.Line - 1; j >= 0 && j >= first.Line-4 && j < len(lines); j-- {
		// Brackets OCR read as angles: "安全防护〈10分) |故障诊断《35分)"
		// (heldout141's 同江 新能源, a gray scan).
		heads, maxima := bracketedHeads(lines[j])
		if len(heads) != k {
			continue
		}
		if math.Abs(weightedSum(maxima, nil)-100) > 0.01 {
			return
		}
		apply(heads, maxima, j, j)
		return
	}
	if heads, maxima, j0, j1 := codedLegendAbove(lines, first.Line); len(heads) == k {
		apply(heads, maxima, j0, j1)
		return
	}
	if heads, maxima, j0, j1 := circledLegendAbove(lines, first.Line); len(heads) == k {
		apply(heads, maxima, j0, j1)
		return
	}
	// A line of the headings' maxima above the rows, named and labelled
	// 满分 ("满分：识图15接线25编程25调试25 6S 10合计100" over a header OCR
	// read as "序号学号外和备注", heldout124's 北屯 机电).
	for j := first.Line - 1; j >= 0 && j >= first.Line-3 && j < len(lines); j-- {
		if heads, maxima := namedMaxima(lines[j]); len(heads) == k {
			apply(heads, maxima, j, j)
			return
		}
	}
	// A row of maxima right above the rows, labelled 满分, the total's
	// last ("满分10 10 20 20 25 15 100" under a two-row header OCR read
	// with 姓名 garbled, heldout90's 阜康 新能源); the headings the line
	// above it names, one word a column, where it names as many.
	for j := first.Line - 1; j >= 0 && j >= first.Line-2 && j < len(lines); j-- {
		vs, found := labelledMaxima(lines[j], k)
		if !found {
			continue
		}
		if vs == nil {
			return
		}
		heads := placeHeads(k)
		if j > 0 {
			if ws := strings.Fields(lines[j-1]); len(ws) == k && !slices.ContainsFunc(ws, func(w string) bool { return !startsHan(w) }) {
				heads = ws
			} else if ws := subHeadingRuns(lines[j-1]); len(ws) == k {
				heads = ws
			}
		}
		apply(heads, vs, j, j)
		return
	}
	// A bare row of maxima right above the rows, one for each score the
	// rows hold, making 100: the headings OCR garbled past reading above
	// it ("序号学号姓名水温反面柄面”剔尖成伐。。梢材检成型…" over "10 10 10 20
	// 20 10 10 10", heldout149's 平遥 烹饪, a 1-bit scan of a three-row
	// header); the columns are named by their places.
	if j := first.Line - 1; j >= 0 && j < len(lines) {
		if vs := bareMaxima(lines[j]); len(vs) == k && math.Abs(weightedSum(vs, nil)-100) < 0.01 {
			apply(placeHeads(k), vs, j, j)
			return
		}
	}
	// A bare row of maxima right above the rows, one a score column but
	// for one whose cell spans the header's lines, its maximum bracketed
	// in it on the line above: that one's first when it opens the line's
	// headings, last when it ends them (heldout140's 邳州 机电: "…保压调试。
	// 温控调试(15分)总分" over "15 15 10 20 25", 职业素养's words lost), the
	// maxima making 100.
	if j := first.Line - 1; j >= 1 && j < len(lines) {
		if vs := bareMaxima(lines[j]); len(vs) == k-1 {
			ms := spanMaxRe.FindAllStringSubmatchIndex(lines[j-1], -1)
			if len(ms) != 1 {
				return
			}
			v, _ := strconv.ParseFloat(lines[j-1][ms[0][2]:ms[0][3]], 64)
			before, after := lines[j-1][:ms[0][0]], lines[j-1][ms[0][1]:]
			switch {
			case headingWordsAfterName(before) == 0:
				vs = append([]float64{v}, vs...)
			case hanOnly(after) == "" || namedTotalRe.MatchString(strings.Trim(hanOnly(after), " ")):
				vs = append(vs, v)
			default:
				return
			}
			if math.Abs(weightedSum(vs, nil)-100) > 0.01 {
				return
			}
			heads := placeHeads(k)
			apply(heads, vs, j-1, j)
		}
	}
}

// headerWordsRe are a header's words before its score headings: the
// serial's, the 学号's, the name's, and a level's label ("二级指标").
var headerWordsRe = regexp.MustCompile(`^(?:序号|学号|姓名|[一二三]级指标)+`)

// subHeadingRuns reads a header line OCR ran together, its cells apart by
// marks it read for rules ("序号学号二级指标安全文明”团队协作”气路连接…"): the
// runs of Han characters, the header's own words cut from the first; nil
// when a run is left empty.
func subHeadingRuns(line string) []string {
	runs := strings.FieldsFunc(line, func(r rune) bool { return !isHan(r) })
	if len(runs) == 0 {
		return nil
	}
	runs[0] = headerWordsRe.ReplaceAllString(runs[0], "")
	if runs[0] == "" {
		runs = runs[1:]
	}
	return runs
}

// placeHead names a column by its place (from 1) where no heading names
// it: "第3项".
func placeHead(i int) string { return "第" + strconv.Itoa(i) + "项" }

// placeHeads names k columns by their places (placeHead).
func placeHeads(k int) []string {
	heads := make([]string, k)
	for c := range heads {
		heads[c] = placeHead(c + 1)
	}
	return heads
}

// spanMaxRe is a bracketed maximum in a heading line: "(15分)".
var spanMaxRe = regexp.MustCompile(`[（(]\s*(\d{1,3})\s*分?\s*[)）]`)

// bareMaxima reads a line of numbers alone, each a score's maximum (1 to
// 100); nil when the line holds anything else.
func bareMaxima(line string) []float64 {
	fs := strings.Fields(strings.Trim(line, specksAround+"。"))
	if len(fs) < 2 {
		return nil
	}
	var vs []float64
	for _, f := range fs {
		v, err := strconv.Atoi(f)
		if err != nil || v < 1 || v > 100 {
			return nil
		}
		vs = append(vs, float64(v))
	}
	return vs
}

// headingWordsAfterName counts the Han words that stand after the name's
// heading (姓名) in a heading line's text before a point: none when the
// point follows 姓名 (or the line holds no 姓名 and no words).
func headingWordsAfterName(before string) int {
	if k := strings.LastIndex(before, "姓名"); k >= 0 {
		before = before[k+len("姓名"):]
	}
	return len(strings.FieldsFunc(hanOnly(before), func(r rune) bool { return !isHan(r) }))
}

// namedMaxLineRe is a line of named maxima labelled 满分: "满分：识图15接线25
// 编程25调试25 6S 10合计100"; group 1 the pairs.
var namedMaxLineRe = regexp.MustCompile(`^[^\p{Han}\d]{0,3}(?:各项)?(?:满\s*分|分\s*值|配\s*分)\s*[:：]\s*(.+)$`)

// namedMaxRe is one heading and its maximum in such a line: its words (or
// a code such as 6S) and the points, 分 perhaps after them.
var namedMaxRe = regexp.MustCompile(`(\d?[A-Za-z]+|\p{Han}{1,10}?)\s*(\d{1,3})\s*分?`)

// namedTotalRe names the total in such a line.
var namedTotalRe = regexp.MustCompile(`^(?:合计|总分|总计|总评|满分)$`)

// namedMaxima reads a line of named maxima labelled 满分 (namedMaxLineRe):
// the headings and maxima in order, each pair following the last with
// nothing but spaces and commas between, the total's last pair (合计, 总分)
// left out when the others make it. Nil unless they make 100.
func namedMaxima(line string) (heads []string, maxima []float64) {
	m := namedMaxLineRe.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return nil, nil
	}
	rest, at := m[1], 0
	for _, loc := range namedMaxRe.FindAllStringSubmatchIndex(rest, -1) {
		if strings.Trim(rest[at:loc[0]], " ,，、;；") != "" {
			return nil, nil
		}
		v, _ := strconv.ParseFloat(rest[loc[4]:loc[5]], 64)
		heads, maxima = append(heads, rest[loc[2]:loc[3]]), append(maxima, v)
		at = loc[1]
	}
	if strings.Trim(rest[at:], " ,，、;；。.") != "" || len(heads) < 3 {
		return nil, nil
	}
	if n := len(heads) - 1; namedTotalRe.MatchString(heads[n]) && math.Abs(weightedSum(maxima[:n], nil)-maxima[n]) < 0.01 {
		heads, maxima = heads[:n], maxima[:n]
	}
	if math.Abs(weightedSum(maxima, nil)-100) > 0.01 {
		return nil, nil
	}
	return heads, maxima
}

// labelledMaxima reads line as a row of maxima labelled 满分 for k score
// columns (maxLabelRowRe): k numbers, or k and the total's (their sum)
// last. found tells the line is such a row; maxima is nil unless its k
// numbers make 100.
func labelledMaxima(line string, k int) (maxima []float64, found bool) {
	m := maxLabelRowRe.FindStringSubmatch(line)
	if m == nil {
		return garbledMaxima(line, k)
	}
	for _, g := range numGroupRe.FindAllString(m[1], -1) {
		v, _ := strconv.ParseFloat(g, 64)
		maxima = append(maxima, v)
	}
	if len(maxima) == k+1 && math.Abs(weightedSum(maxima[:k], nil)-maxima[k]) < 0.01 {
		maxima = maxima[:k]
	}
	if len(maxima) != k || math.Abs(weightedSum(maxima, nil)-100) > 0.01 {
		return nil, true
	}
	return maxima, true
}

// garbledMaxRowRe is a row of maxima labelled 满分 one of whose numbers
// OCR garbled, the last before the total's ("配分15 20 20 20 15 1L05二100",
// heldout142's 龙州 机电, 200 dpi gray): group 1 the numbers read, 2 the
// garbled one (a digit in it), 3 the total's.
var garbledMaxRowRe = regexp.MustCompile(`^[^\p{Han}\d]{0,3}(?:满\s*分\s*值?|标\s*准\s*分|分\s*值|配\s*分)[^\p{Han}\d]{0,3}((?:\d{1,3}[\s|｜]+){2,})(\S*?\d\S*?[^\d\s.])(\d{2,3})\W*$`)

// garbledMaxima reads a row of maxima one of whose numbers, the last
// column's, OCR garbled (garbledMaxRowRe): k-1 numbers read and the total,
// 100, the one lost what the total leaves, within the others' range. found
// tells the line is such a row.
func garbledMaxima(line string, k int) (maxima []float64, found bool) {
	m := garbledMaxRowRe.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return nil, false
	}
	top := 0.0
	for _, g := range numGroupRe.FindAllString(m[1], -1) {
		v, _ := strconv.ParseFloat(g, 64)
		maxima = append(maxima, v)
		top = max(top, v)
	}
	total, _ := strconv.ParseFloat(m[3], 64)
	lost := total - weightedSum(maxima, nil)
	if len(maxima) != k-1 || math.Abs(total-100) > 0.01 || lost < 1 || lost > top {
		return nil, true
	}
	return append(maxima, lost), true
}

// maxLabelRowRe is a row of maxima labelled 满分 (or 满分值, 标准分, 分值,
// 配分; heldout96's 宣威 烹饪: "标准分 20 30 30 20 100" under the rows),
// its numbers group 1. The label may stand under the name's heading, the
// header's last row ("姓名 分值 10 10 15 …", heldout154's 仪征 机电, a
// three-level header).
var maxLabelRowRe = regexp.MustCompile(`^[^\p{Han}\d]{0,3}(?:姓\s*名\s*)?(?:满\s*分\s*值?|标\s*准\s*分|分\s*值|配\s*分)[^\p{Han}\d]{0,3}((?:\d{1,3}[^\p{Han}\d]{1,3}){2,}\d{1,3})\W*$`)

// legendRowRe is a row of a legend table of coded headings, a heading a
// line: its code, its words and its points ("A成熟度判断15分颜色、弹性、种子
// 硬度", OCR's reading of "A | 成熟度判断 | 15分 | 颜色、弹性…").
var legendRowRe = regexp.MustCompile(`^[^\p{Han}A-Z\d]{0,3}([A-Z])\s*[—\-－–=＝:：、.．|]?\s*(\p{Han}[^\d（(]{1,15}?)\s*[（(]?\s*(\d{1,3})\s*分`)

// codedLegendAbove reads a legend table of coded headings above a
// register's rows (heldout82's 敦化 中药, its header garbled by OCR past
// reading, "评分标准 / 代号 评分项目 分值 评分要点" over a row for each of A to
// E): the lines above line first, each opening with the next code from A,
// three or more, one after another, their points making 100. It returns
// the headings, their maxima and the legend's first and last line; nil
// when there is none.
func codedLegendAbove(lines []string, first int) (heads []string, maxima []float64, j0, j1 int) {
	for j := 0; j < first && j < len(lines); j++ {
		m := legendRowRe.FindStringSubmatch(lines[j])
		if m == nil || m[1] != "A" {
			continue
		}
		sum := 0.0
		var hs []string
		var ms []float64
		end := j
		for k := j; k < first && k < len(lines); k++ {
			m := legendRowRe.FindStringSubmatch(lines[k])
			if m == nil || m[1] != string(rune('A'+len(hs))) {
				break
			}
			v, _ := strconv.ParseFloat(m[3], 64)
			hs, ms, sum, end = append(hs, m[1]+strings.TrimSpace(m[2])), append(ms, v), sum+v, k
		}
		if len(hs) >= 3 && math.Abs(sum-100) < 0.01 {
			return hs, ms, j, end
		}
	}
	return nil, nil, 0, 0
}

// circledItemRe is one heading of a legend coded with circled numerals:
// its code, its words and its points ("①接线与气路 20分").
var circledItemRe = regexp.MustCompile(`([①-⑩])\s*([^\d①-⑩（(]{1,15}?)\s*[（(]?\s*(\d{1,3})\s*分`)

// circledLegendAbove reads a legend of headings coded ① ② ③ … above a
// register's rows whose header names the columns by the codes alone
// (heldout118's 廉江 机电: "考核项目：①接线与气路 20分 ②传感器调整 15分 …
// （合计100分）" over "序号 学号 姓名 ① ② ③ ④ 合计"): the codes in order from
// ①, three or more, on the lines above line first, their points making
// 100. It returns the headings, their maxima and the legend's first and
// last line; nil when there is none.
func circledLegendAbove(lines []string, first int) (heads []string, maxima []float64, j0, j1 int) {
	sum := 0.0
	for j := 0; j < first && j < len(lines); j++ {
		for _, m := range circledItemRe.FindAllStringSubmatch(lines[j], -1) {
			if []rune(m[1])[0] != '①'+rune(len(heads)) {
				return nil, nil, 0, 0
			}
			if len(heads) == 0 {
				j0 = j
			}
			v, _ := strconv.ParseFloat(m[3], 64)
			heads, maxima, sum, j1 = append(heads, m[1]+strings.TrimSpace(m[2])), append(maxima, v), sum+v, j
		}
	}
	if len(heads) < 3 || math.Abs(sum-100) > 0.01 {
		return nil, nil, 0, 0
	}
	return heads, maxima, j0, j1
}

// totalGradeRe: a number and a grade glued after it, "75中".
var totalGradeRe = regexp.MustCompile(`^(\d{1,3})(\p{Han}{1,3})$`)

// sumConsensus gives scores to records read without a header (OCR lost
// it) where the rows agree on their shape: most rows hold the same number
// of numbers after the name, three or more, and in most of those the last
// is the sum of the others (a column that is no total adds up by chance in
// a row or two; OCR garbles a row in three on a marked scan, heldout29).
// Those rows' numbers are scores and a total whose sum is checked (the
// maxima unknown); other rows stay short. A row not adding up is claimed
// only on digits OCR read surely (Check).
func sumConsensus(rs []Record, tails []string) {
	nums := make([][]float64, len(rs))
	count := map[int]int{}
	for i, t := range tails {
		t = cutRightEdge(t)
		toks := scoreTokens(strings.Fields(t))
		marked := false
		for j, f := range toks {
			f = strings.Trim(f, "|"+cellSpecks)
			if f == "" || j == len(toks)-1 && gradeWord(f) {
				continue // a rule, a speck; the grade after the total ("74合格|")
			}
			if m := totalGradeRe.FindStringSubmatch(f); m != nil && j == len(toks)-1 && gradeWord(m[2]) {
				// The total and a one-character grade OCR ran together
				// ("75中", heldout99's 顺义 网络): the total.
				f = m[1]
			}
			if nums[i] == nil {
				// Words before the numbers: a text cell, or marks OCR read
				// as characters (★★★☆ as "女友女六六。", heldout54's 和田),
				// a mark perhaps glued to the first number.
				k := strings.IndexAny(f, "0123456789")
				if k < 0 {
					continue
				}
				f = f[k:]
			}
			v, err := strconv.ParseFloat(f, 64)
			if err != nil && ruleMarkedRe.MatchString(f) {
				// A rule's mark on a number ("]14"): the number, if the
				// row adds up with it (below).
				v, err = strconv.ParseFloat(strings.Trim(f, "[]|!"), 64)
				marked = true
			}
			if err != nil && len(nums[i]) >= 3 && !strings.ContainsAny(f, "0123456789") {
				// Words after the numbers: a grade and a remark ("82 B组长",
				// "75了B", heldout113's 福清 新能源), cells of text after
				// the total, where the numbers before add up (else the
				// words may be the total OCR garbled: the row is left
				// unchecked).
				if !addsUpLast(nums[i]) {
					nums[i] = nil
				}
				break
			}
			if err != nil || len(f) > 5 {
				nums[i] = nil
				break
			}
			nums[i] = append(nums[i], v)
		}
		if marked && !addsUpLast(nums[i]) {
			// A marked number the row does not bear out: 14 or 114, or a
			// total wrong, is not known.
			nums[i] = nil
		}
		count[len(nums[i])]++
	}
	k, best := 0, 0
	for n, c := range count {
		if n >= 3 && c > best {
			k, best = n, c
		}
	}
	if k == 0 || best < 5 || 2*best <= len(rs) {
		return
	}
	adds := 0
	for _, ns := range nums {
		if len(ns) == k && addsUpLast(ns) {
			adds++
		}
	}
	if 2*adds <= best {
		return
	}
	for i, ns := range nums {
		if len(ns) != k {
			continue
		}
		r := &rs[i]
		r.Scores = nil
		for j, v := range ns[:k-1] {
			r.Scores = append(r.Scores, Score{Column: placeHead(j + 1), Value: v})
		}
		r.Total = &Score{Column: "总分", Value: ns[k-1]}
		r.Short, r.SumChecked = false, true
	}
}

// addsUpLast reports whether the last of ns is the sum of the others.
func addsUpLast(ns []float64) bool {
	n := len(ns)
	return n >= 2 && math.Abs(weightedSum(ns[:n-1], nil)-ns[n-1]) < 1e-6
}

// cutRightEdge cuts what a row shows past its table's right rule: specks
// OCR read off the margin as characters or a digit ("80 |昌", "75 | 3",
// heldout43's 日照 register photocopied off-centre). The rule is the last
// "|" with three numbers or more before it and one token at most after.
func cutRightEdge(tail string) string {
	k := strings.LastIndexAny(tail, "|｜")
	if k < 0 || len(strings.Fields(tail[k:])) > 2 || len(numGroupRe.FindAllString(tail[:k], -1)) < 3 {
		return tail
	}
	return tail[:k]
}

// deductBaseRe is a deduction register's rule: "得分= 100 -扣分合计",
// "成绩＝100－各项扣分".
var deductBaseRe = regexp.MustCompile(`(?:得\s*分|成\s*绩)\s*[=＝]\s*(\d{2,3})\s*[-－−—]\s*(?:各\s*项\s*)?扣\s*分`)

// deductionBase sets the base of the rows of a deduction register: what
// its rule says the points are taken off, else the sum of the score left
// and the points taken off that most rows show (three at least; rows OCR
// dropped a digit of disagree): a base the rows do not agree on is none.
func deductionBase(rs []Record, pages []string) {
	base := 0.0
	for _, p := range pages {
		if m := deductBaseRe.FindStringSubmatch(noSpace(normLine(p))); m != nil {
			base, _ = strconv.ParseFloat(m[1], 64)
			break
		}
	}
	if base == 0 {
		count, with := map[float64]int{}, 0
		for _, r := range rs {
			if r.Net != nil && r.Total != nil {
				count[r.Net.Value+r.Total.Value]++
				with++
			}
		}
		for v, n := range count {
			if n >= 3 && 2*n > with {
				base = v
			}
		}
	}
	for i := range rs {
		if rs[i].Net != nil && rs[i].base == 0 {
			rs[i].base = base // a base column's cell stands (see reasonDeductions)
		}
	}
}

// maxHeadRe is a heading's printed maximum: "(满分60)", "（满分 40 分）".
var maxHeadRe = regexp.MustCompile(`[（(]\s*满\s*分\s*\d{1,3}\s*分?\s*[)）]|满\s*分\s*[:：]\s*\d{1,3}`)

// colonMaxRe is a maximum written with a colon, "满分：20", as headings
// of two lines print it under their words.
var colonMaxRe = regexp.MustCompile(`满\s*分\s*[:：]\s*(\d{1,3})`)

// rowStartRe begins a records row as OCR reads it: a serial number, then a
// name, the space between them perhaps lost ("1李馨40 24 64").
var rowStartRe = regexp.MustCompile(`^\D{0,2}?(\d{0,3})\s*(\p{Han}{2,4})[^\p{Han}]*\d`)

// rowStart reports whether line begins a records row: a name and a score,
// after a serial number or, where OCR lost it, a name read as one.
func rowStart(line string) bool {
	m := rowStartRe.FindStringSubmatch(line)
	return m != nil && (m[1] != "" || Valid(m[2]))
}

// garbledHeader reports whether lines[i] is a records header whose 姓名
// heading OCR garbled ("。订号，，姓镍过程考核(满分60)终结考核(满分40)总分"):
// no 姓名, but score headings with their maxima, two of them or one and
// a total, no sentence, and a numbered row of a name and scores under it.
func garbledHeader(lines []string, i int) bool {
	// A speck OCR read as punctuation may stand ahead of the headings.
	line := strings.TrimLeftFunc(lines[i], func(r rune) bool { return !isHan(r) })
	// Headings are short; a sentence that names the maxima is long (OCR
	// reads specks as "。" and "，" in headers too, so they tell nothing).
	if longDigits.MatchString(line) || utf8.RuneCountInString(hanOnly(line)) > maxHeaderHan {
		return false
	}
	k := len(maxHeadRe.FindAllString(line, -1))
	if k < 2 && !(k == 1 && totalRe.MatchString(line)) {
		return false
	}
	for _, next := range lines[i+1 : min(i+3, len(lines))] {
		if next = strings.TrimSpace(next); next != "" {
			return rowStart(next)
		}
	}
	return false
}

// maxHeaderHan is the most Han characters a header without 姓名 may hold:
// four score headings of four characters with their "满分", and 序号.
const maxHeaderHan = 26

// scoreHeadings cuts a garbled header down to its score headings: from the
// words before the first printed maximum, less a garbled 姓名 heading
// ("姓镍", "x名") and the punctuation OCR left ahead of them.
func scoreHeadings(line string) string {
	// "满分: 20满分: 50": each maximum a heading of its own.
	line = colonMaxRe.ReplaceAllString(line, " (满分$1) ")
	loc := maxHeadRe.FindStringIndex(line)
	head := []rune(line[:loc[0]])
	start := len(head)
	for start > 0 && (isHan(head[start-1]) || head[start-1] == ' ') {
		start--
	}
	words := head[start:]
	for k, r := range words {
		if (r == '姓' || r == '名') && k+1 < len(words) {
			if r == '姓' {
				k++ // 姓 and the garbled 名 after it
			}
			words = words[k+1:]
			break
		}
	}
	return strings.TrimSpace(string(words)) + line[loc[0]:]
}

// unknownLast reports whether a header's last heading is none a records
// table is known to end with: OCR garbled it ("感人邹" for 总分).
func unknownLast(cols []column) bool {
	k := len(cols) - 1
	for k > 0 && textHead(cols[k].head) {
		k-- // "…任务三(30) 全计 备注": the notes hold no number
	}
	c := cols[k]
	if c.name || c.num {
		return false
	}
	for _, h := range fixedHeads {
		if strings.Contains(c.head, h) {
			return false
		}
	}
	return !strings.ContainsAny(c.head, "名号级注字")
}

// textHead reports whether a heading's column holds words, not numbers:
// 备注, a signature.
func textHead(h string) bool {
	return strings.Contains(h, "备注") || strings.Contains(h, "签名") || strings.Contains(h, "签字")
}

// maximaKnown reports whether every score has its maximum: a total found
// after them is then checked as their sum.
func maximaKnown(ss []Score) bool {
	return !slices.ContainsFunc(ss, func(s Score) bool { return s.Max <= 0 })
}

// noTotalHeading reports whether a header's number columns, two scores
// or more, hold no total, net score or deduction: a 总分 heading OCR lost
// whole may have stood after them.
func noTotalHeading(numCols []column) bool {
	scores := 0
	for _, c := range numCols {
		if c.total || c.net || c.deduct || c.rank || c.sub {
			return false
		}
		scores++
	}
	return scores >= 2
}

// totalHeadingLost makes the number a row shows after its scores the
// total where its header has no total heading and the rows bear one out:
// at least three of the table's rows, and three in four of those that
// show the number, have it the sum of their scores, and such rows are at
// least twice those that show no more numbers than the headings. OCR lost
// the header's last heading, 总分, whole (heldout66's 泊头 机电 register,
// scanned: "…联调运行(15) |安全文明(10)" over rows of six numbers, the last
// their sum; heldout55's 鹰潭). The table's rows that then show no total
// lost a cell, which one is not known: their numbers are not put under
// headings. Where the rows do not bear it out, the number has no heading,
// and the row is one too long for its header (over, see headerShort).
func totalHeadingLost(rs []Record) {
	type tally struct{ with, sums, fit int }
	tables := map[tableKey]*tally{}
	for _, r := range rs {
		t := tables[r.table()]
		if t == nil {
			t = &tally{}
			tables[r.table()] = t
		}
		switch {
		case r.lastGuess:
			t.with++
			if math.Abs(scoreSum(r.Scores)-*r.last) <= 0.51 {
				t.sums++
			}
		case len(r.Scores) > 0 || r.Total != nil:
			t.fit++
		}
	}
	for i := range rs {
		r := &rs[i]
		t := tables[r.table()]
		found := t.sums >= 3 && 4*t.sums >= 3*t.with && t.with >= 2*t.fit
		switch {
		case r.lastGuess && found:
			r.Total = &Score{Column: "总分", Value: *r.last}
			r.SumChecked = maximaKnown(r.Scores)
		case r.lastGuess:
			r.Scores, r.Total, r.SumChecked, r.over = nil, nil, false, true
		case found && (len(r.Scores) > 0 || r.Total != nil):
			r.Scores, r.Total, r.Net, r.SumChecked, r.Short = nil, nil, nil, false, true
		}
		if r.lastGuess {
			r.last, r.lastGuess = nil, false
		}
	}
}

// inferTotals makes the number under a garbled last heading the total where
// it is the sum of the scores in at least three rows in four (and in at
// least three rows): a column that adds up the others is the total column;
// the rows where it does not are OCR's misreadings or wrong totals, which
// Check tells apart.
func inferTotals(rs []Record, weighted bool) {
	with, sums, lost := 0, 0, 0
	for i := range rs {
		if r := &rs[i]; r.last != nil && len(r.Scores) >= 2 {
			with++
			if math.Abs(scoreSum(r.Scores)-*r.last) <= 0.51 {
				sums++
			}
		}
		if rs[i].lastLost {
			lost++
		}
	}
	if with >= 3 && with >= 2*lost {
		// "40程驹| 17 17.5 18 59.5" under 考勤(10) 任务一(30) 任务二(30)
		// 任务三(30) 全计 (heldout5): four numbers where most rows show
		// five. A cell was lost, which one is not known, and the numbers
		// cannot be put under their headings.
		for i := range rs {
			if r := &rs[i]; r.lastLost {
				r.Short, r.Scores, r.Total, r.SumChecked = true, nil, nil, false
			}
		}
	}
	if sums < 3 || 4*sums < 3*with {
		return
	}
	for i := range rs {
		r := &rs[i]
		if r.last == nil || len(r.Scores) < 2 {
			continue
		}
		r.Total = &Score{Column: "总分", Value: *r.last}
		r.SumChecked = maximaKnown(r.Scores) && !weighted
	}
}

// totalFirst reads the total of a table whose header puts it after the
// scores where its rows give it before them (heldout97's 连州 城轨, typed:
// the score headings above "学号 姓名 总分 评语", their maxima below, the
// identity cells and 总分 merged down; its rows "成昊然 84 19 27 22 16"):
// in five rows or more, four in five of the table's rows, the first
// number is the sum of the others, and fewer than half add up as read.
// Each row's numbers move one column left and its first becomes the total.
func totalFirst(rs []Record) {
	rows := map[tableKey][]int{}
	for i, r := range rs {
		if r.Total != nil && len(r.Scores) >= 2 && r.Parts == nil {
			rows[r.table()] = append(rows[r.table()], i)
		}
	}
	for _, idx := range rows {
		first, adds := 0, 0
		for _, i := range idx {
			r := &rs[i]
			if math.Abs(r.Scores[0].Value-(scoreSum(r.Scores[1:])+r.Total.Value)) < 0.01 {
				first++
			}
			if math.Abs(scoreSum(r.Scores)-r.Total.Value) < 0.01 {
				adds++
			}
		}
		if len(idx) < 5 || 5*first < 4*len(idx) || 2*adds >= len(idx) {
			continue
		}
		for _, i := range idx {
			r := &rs[i]
			t := r.Scores[0].Value
			for c := 0; c+1 < len(r.Scores); c++ {
				r.Scores[c].Value = r.Scores[c+1].Value
			}
			r.Scores[len(r.Scores)-1].Value = r.Total.Value
			r.Total.Value = t
		}
	}
}

// mostlyWrong unchecks the totals of a table where five rows or more are
// checked and fewer than half of them add up: its columns were read wrong
// (an unknown layout: heldout77's 高邮 酒店, two groups each closed by 合计
// before a weighted 总评, had every one of 36 rows claimed), not half a
// class given wrong totals.
func mostlyWrong(rs []Record) {
	checked, adds := map[tableKey]int{}, map[tableKey]int{}
	for _, r := range rs {
		if r.SumChecked && r.Total != nil {
			checked[r.table()]++
			if !r.sumWrong() {
				adds[r.table()]++
			}
		}
	}
	for i := range rs {
		if t := rs[i].table(); checked[t] >= 5 && 2*adds[t] < checked[t] {
			rs[i].SumChecked = false
		}
	}
}

// addsUpMostly checks the totals of a table whose maxima do not show its
// total to be the plain sum of its scores (a maximum lost to OCR,
// "和动安装025)" for 气动安装(25); no maximum printed) where its rows show
// it: in at least five rows, and four in five or more of the rows that
// show a total and two scores or more, the total is their sum. A total
// that is then not the sum is an error or OCR's misreading, which Check
// tells apart. Tables that state weights are left alone, and so are rows
// of too few numbers (Short).
func addsUpMostly(rs []Record, weighted bool) {
	if weighted {
		return
	}
	groups := map[tableKey][]int{}
	for i, r := range rs {
		if r.Total == nil || r.SumChecked || r.Short || len(r.Scores) < 2 || r.weights != nil || r.deduct || r.Net != nil || r.holed != nil {
			// A row with a number OCR could not read (holed): its scores
			// lack that one, and their sum is no check on its total
			// ("苏宇豪]14 27 20 18 5 84", heldout82's 漳平 网络: 84 against
			// the 70 of the others).
			continue
		}
		groups[r.table()] = append(groups[r.table()], i)
	}
	for _, idx := range groups {
		adds := 0
		for _, i := range idx {
			if math.Abs(scoreSum(rs[i].Scores)-rs[i].Total.Value) <= 0.51 {
				adds++
			}
		}
		if adds < 5 || 5*adds < 4*len(idx) {
			continue
		}
		for _, i := range idx {
			rs[i].SumChecked = true
		}
	}
}

// AddsUp reports whether the record shows every score its table has and
// a total that is their sum, where the table's maxima say it is: the
// total is then a check digit on the row's reading, and a scanned row
// whose serial number OCR lost ("@苏强47 43 90" for 6 苏强 47 43 90) may
// be vouched for by its digits' confidence alone (checks' sureDigits asks
// for the serial: "多叶菊58 29 82" for 2 叶菊 53 29 82 read its misread 58
// at 89, and does not add up).
// A weighted total is rounded: it adds up when it is the weighted sum
// rounded to the nearest whole or tenth.
func (r *Record) AddsUp() bool {
	if r.Total == nil || !r.SumChecked || r.Short || len(r.Scores) == 0 {
		return false
	}
	tol := 0.01
	if r.weights != nil {
		tol = 0.5
	}
	return math.Abs(r.expected()-r.Total.Value) <= tol
}

// weightRowRe is a row of weights under a header, labelled: "权重 30% 30%
// 40% 100%", "占比：20% 30% 50%".
var weightRowRe = regexp.MustCompile(`^[^\p{Han}\d]{0,3}(?:权\s*重|比\s*例|占\s*比|权\s*数)\s*[:：]?\s*(?:\d{1,3}(?:\.\d+)?\s*[%％][\s|｜]*){2,}$`)

// weighColumns gives the score columns of cols (those between the name and
// the total that hold numbers, or whose headings no word marks as text) the
// weights of line, in order, written
// into their headings as "(30%)" (weighTotals reads them there); a last
// weight of 100% is the total's. ok is false when the weights are not one
// a column or do not make 100%.
func weighColumns(cols []column, line string) ([]column, bool) {
	var ws []string
	for _, m := range headWeightRe.FindAllStringSubmatch(line, -1) {
		ws = append(ws, m[1])
	}
	var at []int
	if k := slices.IndexFunc(cols, func(c column) bool { return c.name }); k >= 0 {
		for j := k + 1; j < len(cols); j++ {
			c := cols[j]
			if c.total {
				break
			}
			// Headings no word marks as scores count too ("VLAN规划"):
			// the weights say they are.
			if !c.rank && !c.sub && (c.num || !wordHeadRe.MatchString(c.head)) && !strings.Contains(c.head, "学号") {
				at = append(at, j)
			}
		}
	}
	if len(ws) == len(at)+1 && ws[len(ws)-1] == "100" {
		ws = ws[:len(ws)-1]
	}
	sum := 0.0
	for _, w := range ws {
		v, _ := strconv.ParseFloat(w, 64)
		sum += v
	}
	if len(ws) != len(at) || len(at) < 2 || math.Abs(sum-100) > 0.5 {
		return cols, false
	}
	out := slices.Clone(cols)
	for k, j := range at {
		out[j].head += "(" + ws[k] + "%)"
		out[j].num = true
	}
	return out, true
}

// subtotalsLineRe is a line of 小计 alone, one or more.
var subtotalsLineRe = regexp.MustCompile(`^[\s|｜]*小\s*计(?:[\s|｜]+小\s*计)*[\s|｜]*$`)

// groupMaxRe is a group's heading over a header, with its maximum:
// "理论测验（30分）".
var groupMaxRe = regexp.MustCompile(`(\p{Han}{2,12})\s*[（(]\s*(\d{1,3})\s*分?\s*[)）]`)

// placeSubtotals puts n 小计 columns into cols, one after each group's score
// columns, the groups named with their maxima on the line above the header
// (above: "理论测验（30分） 实操考核（70分）"): the score columns, in order,
// whose maxima make a group's. cols is returned as it was when the groups
// are not n or the maxima do not fall so.
func placeSubtotals(cols []column, above string, n int) []column {
	ms := groupMaxRe.FindAllStringSubmatch(above, -1)
	if len(ms) != n {
		return cols
	}
	var out []column
	g, sum := 0, 0.0
	for _, c := range cols {
		out = append(out, c)
		if !c.num || c.total || c.name || c.max <= 0 || strings.Contains(c.head, "学号") || g >= n {
			continue
		}
		sum += c.max
		want, _ := strconv.ParseFloat(ms[g][2], 64)
		switch {
		case math.Abs(sum-want) < 0.01:
			out = append(out, column{head: ms[g][1] + "小计", max: want, num: true, sub: true})
			g, sum = g+1, 0
		case sum > want:
			return cols
		}
	}
	if g != n {
		return cols
	}
	return out
}

// headWeightRe is a heading's weight: "过程评价(40%)", "平时（30％）".
var headWeightRe = regexp.MustCompile(`(\d{1,3}(?:\.\d+)?)\s*[%％]`)

// weighTotals checks, on a table whose every score heading states a weight
// and no maximum, the weights making 100%, each row's total against the
// weighted sum of its scores. A total whose decimal point OCR lost ("960"
// for 96.0), above 100 where the weighted sum cannot be, is taken as its
// tenth.
func weighTotals(rs []Record) {
	weights := make([][]float64, len(rs))
	plain, weighted := map[tableKey]int{}, map[tableKey]int{}
	for i := range rs {
		r := &rs[i]
		if r.Total == nil || len(r.Scores) < 2 {
			continue
		}
		ws := make([]float64, len(r.Scores))
		sum := 0.0
		for k, s := range r.Scores {
			m := headWeightRe.FindStringSubmatch(s.Column)
			if m == nil || s.Max > 0 {
				ws = nil
				break
			}
			ws[k], _ = strconv.ParseFloat(m[1], 64)
			sum += ws[k]
		}
		if ws == nil || math.Abs(sum-100) > 0.5 {
			continue
		}
		weights[i] = ws
		vs := make([]float64, len(r.Scores))
		for k, s := range r.Scores {
			vs[k] = s.Value
		}
		if math.Abs(weightedSum(vs, nil)-r.Total.Value) < 0.01 {
			plain[r.table()]++
		}
		if math.Abs(weightedSum(vs, ws)-r.Total.Value) <= 0.5 {
			weighted[r.table()]++
		}
	}
	for i := range rs {
		r, ws := &rs[i], weights[i]
		if ws == nil {
			continue
		}
		if t := r.table(); plain[t] >= 3 && plain[t] > weighted[t] {
			// Scores given in points, each out of its weight ("自评（20%）
			// 互评（20%） 师评（60%）" over "19 16 55 90", heldout43's 忻州):
			// the weights are the maxima, the total the plain sum.
			for k := range r.Scores {
				r.Scores[k].Max = ws[k]
			}
			r.SumChecked = true
			continue
		}
		r.weights = ws
		if v := r.Total.Value; v > 100 && v < 1000 && v == math.Trunc(v) && r.expected() <= 100 {
			r.Total.Value = v / 10
		}
		r.SumChecked = true
	}
}

// expected is what the row's total should be: the sum of its scores, or
// their weighted sum.
func (r *Record) expected() float64 {
	vs := make([]float64, len(r.Scores))
	for k, s := range r.Scores {
		vs[k] = s.Value
	}
	return weightedSum(vs, r.weights)
}

// weightedSum adds up values, each times its weight in percent; with no
// weights, plainly.
func weightedSum(values, weights []float64) float64 {
	sum := 0.0
	for k, v := range values {
		if weights != nil {
			v *= weights[k] / 100
		}
		sum += v
	}
	return sum
}

func scoreSum(ss []Score) float64 {
	sum := 0.0
	for _, s := range ss {
		sum += s.Value
	}
	return sum
}

// secondHeading returns the byte offset in a two-up header line where its
// second half begins (the second 序号, else the second 姓名); 0 if none.
func secondHeading(line string) int {
	for _, h := range []string{"序号", "姓名"} {
		if i := strings.Index(line, h); i >= 0 {
			if j := strings.Index(line[i+len(h):], h); j >= 0 {
				return i + len(h) + j
			}
		}
	}
	return 0
}

// splitTwoUp splits a row of a two-up table into its two records: the
// second begins at a serial number followed by a name, after the first
// record's cells. Other lines, and rows it cannot split, are returned whole.
// scores is the number of score columns of a half, for splitting rows as OCR
// reads them (splitOCRTwoUp).
func splitTwoUp(line string, twoUp bool, scores int) []string {
	if !twoUp {
		return []string{line}
	}
	if two := splitTwoUpFields(line); len(two) == 2 {
		return two
	}
	if two := splitTwoUpIDs(line); len(two) == 2 {
		return two
	}
	return splitOCRTwoUp(line, scores)
}

// splitUps splits a row of a table that prints ups records side by side
// (two halves of the class, or three thirds) into its records.
func splitUps(line string, ups, scores int) []string {
	if ups < 2 {
		return []string{line}
	}
	var out []string
	for k := 1; k < ups; k++ {
		two := splitTwoUp(line, true, scores)
		if len(two) < 2 {
			break
		}
		out = append(out, two[0])
		line = two[1]
	}
	return append(out, line)
}

// twoUpSerialRe is the start of a two-up row's second record as OCR reads
// it: a serial number, specks or a rule perhaps, then Han text ("19 |邓柯宇",
// "24。朝斑", "21 ts轩").
var twoUpSerialRe = regexp.MustCompile(`(\d{1,3})[^\p{Han}\d]{0,4}\p{Han}`)

// splitOCRTwoUp splits a two-up row whose cells OCR glued to the names or
// broke with rules and specks ("1张文轩22 31 22 75 19 |邓柯宇29 38 30 97"):
// the second record begins at the first serial-and-Han after the first
// name and after all but one of a half's scores (one may be lost, or
// glued to a speck read as Han: "27 37浊91 | 28 |能芷若").
func splitOCRTwoUp(line string, scores int) []string {
	first := strings.IndexFunc(line, isHan)
	if first < 0 {
		return []string{line}
	}
	start := first + strings.IndexFunc(line[first:], func(r rune) bool { return !isHan(r) })
	if start < first {
		return []string{line}
	}
	need := max(1, scores-1)
	cut := -1
	// A date's day is no serial ("日期: 2024年12月9日评分教师…", the
	// footers of heldout133's 虎林 照护 2-up register side by side).
	dates := dateCellRe.FindAllStringIndex(line, -1)
	inDate := func(at int) bool {
		return slices.ContainsFunc(dates, func(d []int) bool { return at >= d[0] && at < d[1] })
	}
	for _, m := range twoUpSerialRe.FindAllStringSubmatchIndex(line[start:], -1) {
		at := start + m[2]
		if inDate(at) {
			continue
		}
		_, n := utf8.DecodeLastRuneInString(line[:start+m[1]])
		if run := hanPrefixRe.FindString(line[start+m[1]-n:]); !nameLike(run) {
			continue // a grade after the scores: "75 良好 19 邓柯宇"
		}
		if len(numGroupRe.FindAllString(line[start:at], -1)) >= need {
			cut = at
			break
		}
	}
	// A serial OCR read as letters or marks ("81 T/施栖梧76 30夏宕宇88"):
	// the next record begins with the word that holds a name (two Han
	// characters or more: one is a speck among the scores, "37浊91").
	at := start
	for _, f := range strings.FieldsFunc(line[start:], unicode.IsSpace) {
		k := strings.Index(line[at:], f)
		if k < 0 {
			break
		}
		at += k
		if cut >= 0 && at >= cut {
			break
		}
		if inDate(at) || at > 0 && inDate(at-1) {
			at += len(f) // a word glued to a date ("9日评分教师")
			continue
		}
		if h := hanRunRe.FindString(f); h != "" && nameLike(h) && !seg.Phrase(h) && len(numGroupRe.FindAllString(line[start:at], -1)) >= need {
			cut = at
			break
		}
		// A record glued to the score before it, its serial read as Han:
		// "钱泽宇81二方天佑82".
		if m := gluedRecordRe.FindStringSubmatchIndex(f); m != nil && nameLike(f[m[2]:m[3]]) && !seg.Phrase(f[m[2]:m[3]]) && len(numGroupRe.FindAllString(line[start:at+m[2]], -1)) >= need {
			cut = at + m[2]
			break
		}
		at += len(f)
	}
	if cut < 0 {
		return []string{line}
	}
	return []string{strings.TrimSpace(line[:cut]), strings.TrimSpace(line[cut:])}
}

// idThenNameRe is a student number and the name after it, specks between them
// perhaps: "2331050119云鹏飞", "2311050401。梁晓东".
var idThenNameRe = regexp.MustCompile(`\d{6,14}[\s。.，,、“”"'|｜]*\p{Han}{2}`)

// idTwoUpAhead reports whether the rows under a header at lines[from:]
// hold two records each, told by two student numbers with a name after
// each: three of the next eight lines with a number and a name, or more,
// and three in four of them with two.
func idTwoUpAhead(lines []string, from int) bool {
	with, two := 0, 0
	for k := from; k < len(lines) && k < from+8; k++ {
		switch n := len(idThenNameRe.FindAllStringIndex(lines[k], -1)); {
		case n >= 2:
			two++
			with++
		case n == 1:
			with++
		}
	}
	return with >= 3 && 4*two >= 3*with
}

// halfHeaderStart returns where, in a header of a two-up table that names
// 姓名 once, the half that kept it begins: at the 序号 or 学号 right before
// 姓名 (what stands before that is the other half's headings, its 序号,
// 学号 and 姓名 lost to OCR); 0 when the header begins with them.
func halfHeaderStart(line string) int {
	n := strings.Index(line, "姓名")
	if n < 0 || strings.Count(line, "姓名") != 1 {
		return 0
	}
	start := n
	for _, h := range []string{"学号", "序号"} {
		if k := strings.LastIndex(line[:start], h); k >= 0 && !strings.ContainsFunc(line[k+len(h):start], isHan) {
			start = k
		}
	}
	// Keep a bracket or rule the half's first heading follows.
	if strings.ContainsFunc(line[:start], isHan) {
		return start
	}
	return 0
}

// splitTwoUpIDs splits a row of a two-up table with student numbers at
// its second record's serial number (or at its student number, when OCR
// lost the serial): "1 2331050101李欣怡16 24 18 14 72 18 2331050119云鹏飞
// 17 32 22 18 89".
func splitTwoUpIDs(line string) []string {
	ms := idThenNameRe.FindAllStringIndex(line, -1)
	if len(ms) != 2 {
		return nil
	}
	cut := ms[1][0]
	if m := trailingSerialRe.FindStringIndex(line[:cut]); m != nil {
		cut = m[0]
	}
	if !strings.ContainsFunc(line[:cut], isHan) {
		return nil
	}
	return []string{strings.TrimSpace(line[:cut]), strings.TrimSpace(line[cut:])}
}

// trailingSerialRe is a serial number before a student number: " 18 ".
var trailingSerialRe = regexp.MustCompile(`\s\d{1,3}[\s|｜。.，,]*$`)

// nameLike reports whether a run of Han characters in a row of records may
// be a name: no grade ("良好"), no absence ("缺考").
func nameLike(h string) bool {
	return !gradeWord(h) && !strings.Contains(h, "缺") && !strings.Contains(h, "免")
}

// gluedRecordRe is a score and then a run of Han characters (group 1) in
// one word.
var gluedRecordRe = regexp.MustCompile(`\d(\p{Han}{2,})`)

// hanPrefixRe is the run of Han characters a string starts with.
var hanPrefixRe = regexp.MustCompile(`^\p{Han}+`)

// hanRunRe is a run of two Han characters or more.
var hanRunRe = regexp.MustCompile(`\p{Han}{2,}`)

// scoreColumns counts the columns of scores: numbers, but neither a serial
// nor a student number.
func scoreColumns(cols []column) int {
	n := 0
	for _, c := range cols {
		if c.num && !c.name && !strings.Contains(c.head, "序号") && !strings.Contains(c.head, "学号") {
			n++
		}
	}
	return n
}

// splitTwoUpFields splits a two-up row at a whole field that is a serial
// number followed by a name, as typed text gives it; nil if none.
func splitTwoUpFields(line string) []string {
	f := strings.Fields(line)
	isNum := func(x string) bool { _, err := strconv.Atoi(x); return err == nil }
	lead := 0 // the numbers before the first half's name
	for lead < len(f) && isNum(f[lead]) {
		lead++
	}
	for j := 2; j+1 < len(f); j++ {
		if _, err := strconv.Atoi(f[j]); err != nil || idRe.MatchString(f[j]) {
			continue
		}
		// The serial's name, after the 学号 if the table has one
		// ("19 2302801319 薛丽萍"); a grade after a score ("74 中等") is
		// no name.
		next := f[j+1]
		if idRe.MatchString(next) && j+2 < len(f) {
			next = f[j+2]
		}
		if startsHan(next) && (Valid(noSpace(next)) || !gradeWord(next)) {
			if lead == 2 && !idRe.MatchString(f[1]) && !idRe.MatchString(f[j]) && j-1 > lead && isNum(f[j-1]) {
				// A 学号 too short for one ("20 0120 郭艺璇", a register
				// giving the numbers' common head once, heldout45's 营口):
				// the half opens with its serial, as the first does. (A
				// whole 学号 after the first serial is no such number.)
				j--
			}
			return []string{strings.Join(f[:j], " "), strings.Join(f[j:], " ")}
		}
	}
	return nil
}

// gradeWord reports whether s is a grade written in words ("优秀", "中等").
func gradeWord(s string) bool { return wholeGradeRe.MatchString(s) }

// gradeWords are the grades written in words; gradeWordRe finds one,
// wholeGradeRe is one alone.
const gradeWords = `优秀|良好|中等|不及格|及格|不合格|合格|优|良|中|差`

var (
	gradeWordRe  = regexp.MustCompile(gradeWords)
	wholeGradeRe = regexp.MustCompile(`^(?:` + gradeWords + `)$`)
)

func startsHan(s string) bool {
	for _, r := range s {
		return isHan(r)
	}
	return false
}

// scoreTokens splits the cells after a record's name into tokens, a number
// apart from Han text glued to it ("89合格": 89, 合格) and bars dropped; a
// lone Han character after a number stays glued to it ("9多", see
// lonelyHan).
func scoreTokens(cells []string) []string {
	var b strings.Builder
	prevDigit, prevHan := false, false
	rest := strings.Join(cells, " ")
	for k, r := range rest {
		digit, han := r >= '0' && r <= '9', isHan(r)
		if r == '|' {
			r = ' '
		}
		if next := strings.Fields(rest[k+utf8.RuneLen(r):]); prevDigit && strings.ContainsRune(quoteSpecks, r) && len(next) > 0 && gradeWord(next[0]) {
			// A rule OCR read as a quote between a number and the grade
			// after it ("72.6”合格", heldout103's 辛集 中药, its 等级
			// heading garbled): two cells.
			r = ' '
		}
		if digit && prevHan || han && prevDigit && !(r != '分' && lonelyHan(rest[k+utf8.RuneLen(r):])) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prevDigit, prevHan = digit, han
	}
	return strings.Fields(b.String())
}

// nameIntoLettersRe: Han characters run straight into three Latin letters
// or more, as OCR garbles a row's name cell (a code or a name's pinyin
// stands apart from it).
var nameIntoLettersRe = regexp.MustCompile(`\p{Han}[A-Za-z]{3,}`)

// formulaRe is a cell that writes a student's parts as their sum
// ("18+18+26+9+9"), three parts or more, no result after it.
var formulaRe = regexp.MustCompile(`^\d{1,3}(?:\+\d{1,3}){2,}$`)

// formulaParts splits the cells that write a student's parts as a sum
// (formulaRe: a register whose one 分项 cell holds "工艺+编程+加工+…", the
// total in the next, heldout139's 临清 数控) into a cell a part.
func formulaParts(cells []string) []string {
	if !slices.ContainsFunc(cells, formulaRe.MatchString) {
		return cells
	}
	var out []string
	for _, c := range cells {
		if formulaRe.MatchString(c) {
			out = append(out, strings.Split(c, "+")...)
		} else {
			out = append(out, c)
		}
	}
	return out
}

// shortIDAfterName tells whether the first of a row's cells after the
// name is a 学号 cut short (one to three digits under a 学号 heading right
// after the name's): it is, when the row holds one number more than the
// header's number columns after the name. When it holds as many, doubt:
// a short 学号 with a score OCR lost, or a 学号 column left blank; the row's
// numbers cannot be placed. (A whole 学号 is no score anyway, and a typed
// table's blank cell is no number.)
func shortIDAfterName(after []string, cols []column, nameCol int) (id, doubt bool) {
	if nameCol < 0 || nameCol+1 >= len(cols) || !strings.Contains(cols[nameCol+1].head, "学号") || len(after) == 0 || !serialCellRe.MatchString(after[0]) {
		return false, false
	}
	want := 0
	for _, c := range cols[nameCol+2:] {
		if c.num && !strings.Contains(c.head, "学号") {
			want++
		}
	}
	n := len(numGroupRe.FindAllString(strings.Join(after, " "), -1))
	return want > 0 && n == want+1, want > 0 && n == want
}

// cellAfterName returns what follows name in cell, spaces in the name as
// OCR read it passed over; "" when the name is not there.
func cellAfterName(cell, name string) string {
	want := []rune(name)
	for i := range cell {
		k, j := 0, i
		for j < len(cell) && k < len(want) {
			r, n := utf8.DecodeRuneInString(cell[j:])
			if unicode.IsSpace(r) && k > 0 {
				j += n
				continue
			}
			if r != want[k] {
				break
			}
			k++
			j += n
		}
		if k == len(want) {
			return cell[j:]
		}
	}
	return ""
}

// textColumnNext reports whether a column of words (not 学号) comes
// before the first of scores in cols.
func textColumnNext(cols []column) bool {
	for _, c := range cols {
		if c.num {
			return false
		}
		if !strings.Contains(c.head, "学号") {
			return true
		}
	}
	return false
}

// monthDayRe is a date written month.day: "6.12", "11.5".
var monthDayRe = regexp.MustCompile(`^(?:0?[1-9]|1[0-2])[.．](?:0?[1-9]|[12]\d|3[01])$`)

// skipTextCells drops the cells of the text columns that stand between a
// register's name and its scores ("院系 专业 班级": "旅游服务系 饭店(酒店)服务
// 酒店2401班"), one cell each, when they hold Han characters: a class's
// digits are no score, nor a sign of OCR's noise.
func skipTextCells(after []string, cols []column, nameCol int) []string {
	if nameCol < 0 {
		return after
	}
	for i, c := range cols[nameCol+1:] {
		if c.num {
			break
		}
		if strings.Contains(c.head, "学号") {
			// The 学号 itself, when it stands here with a text column
			// after it, is passed over: the text cell is still to come
			// ("24529105 C2 19 22 …" under 学号 案例编号, heldout143's 洪洞
			// 照护).
			if len(after) > 0 && idRe.MatchString(strings.Trim(after[0], specksAround+"。")) && textColumnNext(cols[nameCol+1+i+1:]) {
				after = after[1:]
			}
			continue
		}
		if len(after) > 0 && blank(after[0]) && len(after) > 1 && textCell(after[1]) {
			after = after[1:] // a rule between the name and the text cell
		}
		if len(after) == 0 {
			return after
		}
		cell := strings.Trim(after[0], specksAround)
		switch {
		case dateHeadRe.MatchString(c.head) && monthDayRe.MatchString(cell):
			// A date written month.day under its heading ("6.12" under
			// 考核日期, heldout148's 仙居 电商): no score.
			after = after[1:]
		case slotHeadRe.MatchString(c.head) || codeColRe.MatchString(c.head):
			// The number of a drawn question or a workstation ("4号",
			// "07"), glued to the next cell perhaps ("4号12"): no score;
			// nor is a code under a 编号 heading ("LX-1126-01" under
			// 录像编号), a full stop OCR read of the rule before it perhaps.
			cell = strings.TrimLeft(cell, "。.")
			m := slotCellRe.FindString(cell)
			if codeColRe.MatchString(c.head) {
				m = codeCellRe.FindString(cell)
			}
			if m == "" {
				return after
			}
			if rest := cell[len(m):]; rest != "" {
				after = slices.Concat([]string{rest}, after[1:])
			} else {
				after = after[1:]
			}
		case codeListRe.MatchString(cell):
			// Codes under a heading with no maximum, whatever it is
			// called: the faults set ("K3、K7" under 故障点, heldout143's
			// 平罗 机电), stations, groups. Their digits are no scores.
			after = after[1:]
		case remarkGluedRe.MatchString(cell):
			// The text cell glued to the first score ("组长10 17 27 …",
			// heldout60's 德阳): the score stands.
			after = slices.Concat([]string{remarkGluedRe.ReplaceAllString(cell, "$1")}, after[1:])
		case textCell(after[0]):
			after = after[1:]
		default:
			return after
		}
	}
	return after
}

// sessionHeadRe is the heading of a session column: 场次, 批次, 轮次.
var sessionHeadRe = regexp.MustCompile(`场次|批次|轮次`)

// sessionCellRe is a session's cell at a row's head, marks before it
// perhaps (a sprocket hole read "《OO)", "呈)"): "第1场", "第三场", "第2批";
// or after the serial, the time of day ("28 下午 2431050128 茅晓琳 …",
// heldout81's 崇明 烹饪; 下 a surname).
var sessionCellRe = regexp.MustCompile(`^(\D{0,4}?)第\s*[\d一二三四五六七八九十]{1,3}\s*[场批轮]|^(\D{0,4}?\d{0,3}\D{0,3}?)(?:上午|下午|中午|晚上)场?`)

// signerHeadRe is a heading of the person who signs a row: 考评员, 评分人,
// 签名.
var signerHeadRe = regexp.MustCompile(`考评员|评分人|评委|考官|签名|签字`)

// gluedSignerRe is a total with a signer's name glued to it by a speck,
// specks after it perhaps ("80。曾国强辐)").
var gluedSignerRe = regexp.MustCompile(`^(\d{1,3}(?:\.\d+)?)[^\p{Han}\d\s]{1,3}\p{Han}{2,4}[^\p{Han}\d\s]{0,3}$`)

// slotHeadRe is the heading of the number that places a student in an
// examination, no score: the question drawn, the workstation, the seat, the
// computer of a 机考 ("机位" over "J08", heldout134's 武冈 机电).
var slotHeadRe = regexp.MustCompile(`^(?:抽题号|工位号|考位号?|座位号?|机位号?|考号)$`)

// codeColRe heads a column of codes, no score: 录像编号, 选手编号, 证书编号,
// 量具编号, a machine's 机床号 ("CK6140-09 0-25/11", heldout150's 泾源 数控)
// (not 编号 alone, a serial: serialHeadRe).
var codeColRe = regexp.MustCompile(`\p{Han}编号$|^(?:机床|设备|机|台|车)号$`)

// codeCellRe is a code's cell at the start of a word: letters, then digits
// in groups a dash apart ("LX-1126-01", "A07"), or digits in such groups
// ("1126-01"). Digits alone are left as they stand: a serial may have
// taken the code's place already ("JD-33" under 作品编号, the name printed
// last, moved before "33" read as the row's serial: heldout130's 青浦 机电).
var codeCellRe = regexp.MustCompile(`^(?:[A-Za-z]{1,4}[-_]?\d+(?:[-_/][A-Za-z\d]+)*|\d+(?:[-_/][A-Za-z\d]+)+)`)

// stationMarkRe is a numbered station's cell, "3#", its 1 read "]" or "l"
// perhaps: a number sign follows no score.
var stationMarkRe = regexp.MustCompile(`^[\d\]lI|]{1,3}#$`)

// codeListRe is a cell of codes, one or several: capital letters, then
// digits ("K3", "K3、K7", "A2/B5"). I and O, which OCR makes of 1 and 0, do
// not open a code.
var codeListRe = regexp.MustCompile(`^[A-HJ-NP-Z]{1,3}-?\d{1,3}(?:[、，,/]+[A-HJ-NP-Z]{1,3}-?\d{1,3})*$`)

// slotCellRe is a slot column's cell at the start of a word: "4号",
// "07", "A-3".
var slotCellRe = regexp.MustCompile(`^(?:[A-Z]-?)?\d{1,3}号?`)

// remarkGluedRe is a text cell's words glued to the score after them:
// "组长10".
var remarkGluedRe = regexp.MustCompile(`^\p{Han}+(\d{1,3}(?:\.\d+)?)$`)

// alternating counts the words of Han characters in cells that stand each
// between two numbers ("炉灶" in "砧板 19 炉灶 21 打荷 22 冷菜 19 81").
func alternating(cells []string) int {
	n := 0
	for k := 1; k+1 < len(cells); k++ {
		c := strings.TrimSpace(cells[k])
		if c != "" && hanOnly(c) == c && numRe.MatchString(strings.TrimSpace(cells[k-1])) && numRe.MatchString(strings.TrimSpace(cells[k+1])) {
			n++
		}
	}
	return n
}

// textCell reports whether a cell holds words: a Han character, or more
// letters than digits (a rotation's order "A->B-C", read "BC-2A").
func textCell(c string) bool {
	letters, digits := 0, 0
	for _, r := range c {
		switch {
		case isHan(r):
			return true
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9':
			digits++
		}
	}
	return letters > digits
}

// lostNumberGlyph returns the index in after (a row's cells after the
// name) of a lone bracket or bang that stands for a number OCR lost, or
// -1: a 1 or 11 read as "]" ("肖昊天] 15 18 29 7 80" for 11 15 18 29 7 80,
// heldout78's 湄潭 网络 1-bit register, a 勘测记录 column of 11s read so
// row after row). The row must be one number short of its columns
// (numCols) and hold one such cell alone, before its last number
// (lastNum): a rule OCR kept beside full rows is no lost number.
func lostNumberGlyph(after []string, lastNum, numCols int) int {
	at, numbers := -1, 0
	for k, c := range after {
		c = strings.TrimSpace(c)
		switch {
		case c == "]" || c == "[" || c == "!":
			if at >= 0 || k > lastNum {
				return -1
			}
			at = k
		case numRe.MatchString(c):
			numbers++
		}
	}
	if numbers != numCols-1 {
		return -1
	}
	return at
}

// ruleMarkedRe is a number with a rule's mark before or after it: "]11",
// "14|".
var ruleMarkedRe = regexp.MustCompile(`^[\[\]|!]\d{1,3}$|^\d{1,3}[\[\]|!]$`)

// ruleMarkRe finds a rule's mark on a number in a row ("]11", "14|"):
// groups 1 to 3 are the row without it.
var ruleMarkRe = regexp.MustCompile(`(^|\s)[\[\]|!]?(\d{1,3})[\[\]|!]?(\s|$)`)

// ruleMarksBorne reads, in each table of rs, the rows with numbers OCR
// read with a rule's mark beside them ("]11" for 11 beside a column's
// rule, heldout105's 瑞金 新能源, colour scan: "1谢乐怡8 20 21 ]11 12 72") as
// the numbers without the marks, where the table bears it out: two rows
// or more so marked add up to their totals read so, and twice as many as
// those that do not. The marked numbers are then read as the table vouches
// for them (MarkedCols), whatever OCR's confidence in the marked word.
func ruleMarksBorne(rs []Record) {
	adds, fails := map[tableKey]int{}, map[tableKey]int{}
	for _, r := range rs {
		if u := r.unmarked; u != nil {
			if u.AddsUp() {
				adds[r.table()]++
			} else {
				fails[r.table()]++
			}
		}
	}
	for i := range rs {
		r := &rs[i]
		t := r.table()
		if r.unmarked == nil || adds[t] < 2 || adds[t] < 2*fails[t] {
			r.unmarked = nil
			continue
		}
		u := *r.unmarked
		u.Page, u.Line, u.HeadPage, u.HeadLines, u.Excerpt = r.Page, r.Line, r.HeadPage, r.HeadLines, r.Excerpt
		*r = u
	}
}

// markedNumRe is a number OCR read a mark into, between its digits:
// "9%5", "8'3". (A decimal point is no mark.)
var markedNumRe = regexp.MustCompile(`^\d{1,2}[%％'’”:;]\d{1,2}$`)

// edgeSpeckTotalRe is a two-digit number with one Han character glued
// after it.
var edgeSpeckTotalRe = regexp.MustCompile(`^(\d{2})\p{Han}$`)

// edgeSpeckTotal returns the total a row's last cell holds when it is a
// number with a character glued after it (edgeSpeckTotalRe) that no digit
// can be: the last of cols is the total, every other a score with its
// maximum, and one more digit would take the number past their sum. -1
// otherwise.
func edgeSpeckTotal(c string, cols []column) float64 {
	m := edgeSpeckTotalRe.FindStringSubmatch(c)
	if m == nil || len(cols) < 2 || !cols[len(cols)-1].total {
		return -1
	}
	ceiling := 0.0
	for _, col := range cols[:len(cols)-1] {
		if col.max <= 0 || col.total || col.sub || col.rank || col.deduct || col.net || col.attempt {
			return -1
		}
		ceiling += col.max
	}
	v, _ := strconv.ParseFloat(m[1], 64)
	if v*10 <= ceiling {
		return -1
	}
	return v
}

// lonelyHan reports whether a Han character glued to a number stands
// alone, with nothing but the row's end or a space after it (the text
// after it): unless it is a unit (分), OCR's reading of a digit ("20 9多"
// for 20 92), which keeps the number from being read as a number.
func lonelyHan(after string) bool {
	return strings.TrimSpace(after) == "" || after[0] == ' '
}

// asciiLetters reports whether s is one to three ASCII letters: what OCR
// makes of a handwritten number now and then ("Ts", "aa").
func asciiLetters(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// headingTailRe is a line of bracketed numbers, weights or maxima only:
// "(30%) (70%)", "（40分） （60分）", "(20) (80)", "（满分20） （满分25）"; or
// of maxima each marked 分, a second header row of their own: "20分 30分
// 20分 15分 15分 100分".
// A measured column's unit may stand before them, under its heading
// ("mmHg (30) (20) (30) (20)", heldout54's 昌都 照护).
var headingTailRe = regexp.MustCompile(`^\s*(?:[A-Za-z]{1,6}\s+)?(?:\s*(?:[（(]\s*(?:满分[:：]?\s*)?\d{1,3}(?:\.\d+)?\s*(?:%|％|分)?\s*[)）]|\d{1,3}(?:\.\d+)?\s*分))+\s*$`)

// subHeadings reads a header's second line of score headings, each with
// its maximum ("刀工(20)“火候(25)”调味(15)"): two or more, no name, no
// student number; a group's 小计 among them ("问诊(10) 读取数据(15) 小计
// 绝缘检测(15) …") needs none, nor a count of questions ("正确数(20题)").
func subHeadings(line string) ([]column, bool) {
	if longDigits.MatchString(strings.NewReplacer("(", " ", ")", " ").Replace(foldBrackets(line))) && StudentIDs(line) != nil {
		return nil, false
	}
	cols := headerColumns(line)
	scores, total := 0, false
	for _, c := range cols {
		switch {
		case (c.sub || c.rank) && c.max <= 0:
			continue // a group's 小计, a count of questions
		case c.total && !total && scores >= 2:
			// The second line names the total too, and what follows it
			// ("…报告(15) 总分 等级" under "过程考核 结果考核 总分/等级",
			// heldout105's 瑞金 新能源): see groupsOver.
			total = true
			continue
		case total && !c.num && !c.name:
			continue // 等级, 备注 after the total
		}
		if c.max <= 0 || c.name || c.total || !startsHan(c.head) || total {
			return nil, false
		}
		scores++
	}
	return cols, scores >= 2 || scores == 1 && len(cols) >= 2
}

// splitGroups replaces the grouped score headings of a header ("操作过程
// (60分)") by the headings of its second line they group, matched by their
// maxima in order (20 + 25 + 15 = 60).
//
// Where no heading of the header groups them, they are a group's whose
// title stood above the header ("饮片鉴别" over "正确数(20题) 得分(40)",
// heldout81's 随州 中药), between the other scores and the total, when all
// the maxima make the total's (besideTotal). Otherwise the columns stay as
// they were.
//
// The text does not tell where such a group stands among the header's
// other scores: alt is then the columns with the group before them
// (heldout124's 额尔古纳 新能源: "实操考核（70分）" over "名次 姓名 学号
// 理论（30分） 总分" over "数据读取(20) 热管理检查(25) 压差测量(25)", the
// group printed left of 理论), for groupPlaced to choose by the rows.
func splitGroups(cols, sub []column) (out, alt []column) {
	if out, ok := groupsOver(cols, sub); ok {
		return out, nil
	}
	t := slices.IndexFunc(cols, func(c column) bool { return c.total })
	if t < 0 || !besideTotal(cols, sub) {
		return cols, nil
	}
	for k := range sub {
		sub[k].num = true
	}
	out = slices.Concat(cols[:t], sub, cols[t:])
	if f := slices.IndexFunc(cols[:t], func(c column) bool {
		return c.num && c.max > 0 && !c.rank && !c.sub && !idHead(c.head)
	}); f >= 0 {
		alt = slices.Concat(cols[:f], sub, cols[f:])
	}
	return out, alt
}

// groupPlaced reads again, with the alternative placing of a group of
// sub-headings (see splitGroups), the rows of each table where two rows
// or more hold a score above its maximum as placed and under a third as
// many do so placed otherwise (a row over its maximum either way is the
// student's error).
func groupPlaced(rs []Record) {
	over := func(r *Record) bool {
		return slices.ContainsFunc(r.Scores, func(s Score) bool { return s.Max > 0 && s.Value > s.Max+1e-9 })
	}
	asPlaced, otherwise := map[tableKey]int{}, map[tableKey]int{}
	for i := range rs {
		r := &rs[i]
		if r.alt == nil {
			continue
		}
		t := r.table()
		if over(r) {
			asPlaced[t]++
		}
		if over(r.alt) {
			otherwise[t]++
		}
	}
	for i := range rs {
		r := &rs[i]
		if a := r.alt; a != nil && asPlaced[r.table()] >= 2 && 3*otherwise[r.table()] < asPlaced[r.table()] {
			a.Page, a.Line, a.HeadPage, a.HeadLines, a.Excerpt = r.Page, r.Line, r.HeadPage, r.HeadLines, r.Excerpt
			*r = *a
		}
		r.alt = nil
	}
}

// groupsOver replaces the header's grouped headings by the sub-headings
// they group (see splitGroups); ok is false when the maxima do not add up.
func groupsOver(cols, sub []column) ([]column, bool) {
	groupHead := func(c column) bool { return c.num && !c.total && !c.rank && !strings.Contains(c.head, "学号") }
	if !slices.ContainsFunc(cols, func(c column) bool { return groupHead(c) && c.max > 0 }) {
		// The group headings stood above the header (printed over the
		// columns they span, "过程考核（60分） 结果考核（40分）"), the header
		// naming none but the total: the sub-headings are the score
		// columns, after 姓名. A heading of the header with no maximum
		// is a group's ("活动一 接车与数据读取"), though a word of it reads
		// like a score's (the groups and 总分 run together by OCR, 总 read
		// 站: "活动一接车与数据读取…维护与报告站分", heldout77's 庄河
		// 新能源): it spans the sub-headings and holds no number.
		if k := slices.IndexFunc(cols, func(c column) bool { return c.name }); k >= 0 {
			if slices.ContainsFunc(sub, func(c column) bool { return c.total }) {
				// The sub-headings name the total and what follows it: the
				// header's words after 姓名 are the groups', and its
				// total the one below.
				return slices.Concat(cols[:k+1], sub), true
			}
			for i := range sub {
				sub[i].num = true
			}
			rest := slices.Clone(cols[k+1:])
			for i := range rest {
				if groupHead(rest[i]) {
					rest[i].num = false
				}
			}
			return slices.Concat(cols[:k+1], sub, rest), true
		}
	}
	var out []column
	k := 0
	for _, c := range cols {
		if c.name || c.total || c.max <= 0 || strings.Contains(c.head, "学号") || k >= len(sub) {
			out = append(out, c)
			continue
		}
		sum, j := 0.0, k
		for j < len(sub) && sum < c.max-1e-9 {
			sum += sub[j].max
			j++
		}
		if math.Abs(sum-c.max) > 1e-9 {
			return cols, false
		}
		// The group's own 小计 after its parts ("评估(15) 计划(15) 小计" under
		// "评估与计划(30分)", heldout87's 临洮 照护): the group's.
		for j < len(sub) && sub[j].sub && sub[j].max <= 0 {
			j++
		}
		for _, sc := range sub[k:j] {
			sc.num = true
			out = append(out, sc)
		}
		k = j
	}
	if k != len(sub) {
		return cols, false
	}
	return out, true
}

// headingTail reports whether line continues a records header below it,
// its brackets square ones too ("［20］ ［20］ ［30］", OCR's "[20] [20] [30]").
func headingTail(line string) bool { return headingTailRe.MatchString(foldBrackets(line)) }

// namelessRow reports whether a line under a records header is a row whose
// name OCR lost: no Han character, and at least two numbers of at most
// three digits (scores; a date's year has four). A 学号 the row opens with
// ("2332060305 35 | 21 | 21 77") is left out, and a character or two OCR
// made of a speck after the last score ("2332060336 35 24 | 28本").
func namelessRow(line string) bool {
	if m := idRowStartRe.FindStringSubmatchIndex(line); m != nil {
		line = trailingSpeckRe.ReplaceAllString(line[m[3]:], "$1")
	}
	if hanOnly(line) != "" || headingTail(line) || percentsRe.MatchString(line) || pageNumberRe.MatchString(strings.TrimSpace(line)) {
		return false // "30% | 50% | 20%": the headings' weights
	}
	n := 0
	for _, f := range strings.FieldsFunc(line, func(r rune) bool { return r < '0' || r > '9' }) {
		if len(f) > 3 {
			return false
		}
		n++
	}
	return n >= 2
}

func hasName(line string) bool {
	for _, u := range units(strings.TrimLeft(line, "0123456789.、 \t")) {
		if Valid(u) {
			return true
		}
	}
	return false
}

// hanBeforeIDRe: one Han character (a speck or a dash OCR read as one)
// ahead of a row's student number, in a register whose 学号 comes before
// the name.
var hanBeforeIDRe = regexp.MustCompile(`^[^\p{Han}\d]{0,3}\p{Han}[^\p{Han}\d]{0,3}(\d{6,14}\D)`)

// serialNoiseRe is a speck OCR read as a character ahead of a row's serial
// number: "人13何丹涛”53 44 97", "。4 陆语". The serial and a name follow.
var serialNoiseRe = regexp.MustCompile(`^[^\d\s第]{1,2}?\s*(\d{1,3}\s*\p{Han}{2,4}[^\p{Han}]*\d)`)

// rowLike reports whether a line no record was read from still looks like
// a row: a student number and three numbers more ("发=43张展鹏244462143 26
// 28 25 79.0" as OCR read it).
func rowLike(line string) bool {
	// A 学号 with scores, or with little else: its name and scores OCR
	// lost or garbled ("| 2023031113 |", "| 2023031135履网人").
	return StudentIDs(line) != nil && (len(numGroupRe.FindAllString(line, -1)) >= 4 || utf8.RuneCountInString(hanOnly(line)) <= 4)
}

// idNoiseRe is a row that opens with specks, perhaps a serial among them,
// then a student number and the name after it, and the scores, a cell or
// two of Han before them perhaps (the gender, a score OCR read as Han:
// "上22 241501270123赵梦盟。。女驹13 19 17 76", heldout36).
var idNoiseRe = regexp.MustCompile(`^\D{0,6}?(?:\d{1,3}\D{0,3}?)?(\d{6,14}[\s。.，,、“”"']*(?:\p{Han}{2,4}|[\p{Han}·]{3,13})[^\p{Han}]*(?:\p{Han}{1,2}[^\p{Han}\d]*)?\d)`)

// nextID reports whether row holds the student number right after the
// one of the record prev (its serial perhaps glued before it). The row
// could not be read as a record (its name or scores garbled: "35。恒
// 2321052935二直藤测二汉RS 21亲人"), but it is one.
func nextID(prev, row string) bool {
	ids := StudentIDs(row)
	if len(ids) != 1 {
		return false
	}
	// Of prev's numbers, those as long as the row's: a time or a score
	// OCR ran together ("105344") is none.
	p := slices.DeleteFunc(StudentIDs(prev), func(id string) bool { return len(id) < len(ids[0])-3 || len(id) > len(ids[0]) })
	if len(p) != 1 {
		return false
	}
	n, err := strconv.ParseInt(p[0], 10, 64)
	if err != nil {
		return false
	}
	return strings.HasSuffix(ids[0], strconv.FormatInt(n+1, 10)) && len(ids[0]) <= len(p[0])+3
}

// letterRowRe: a group row of a register sorted by the surnames' pinyin:
// the letter alone.
var letterRowRe = regexp.MustCompile(`^[^\p{Han}\w]*[A-Z][^\p{Han}\w]*$`)

// idScoreHeader reports whether lines[i] is a records header that names
// 学号 and score columns but no 姓名 (OCR lost it), two headings with a
// maximum or one and a total, with rows that open with a student number
// under it (letter rows of a register sorted by pinyin between them).
func idScoreHeader(lines []string, i int) bool {
	line := lines[i]
	if !strings.Contains(line, "学号") || strings.Contains(noSpace(line), "姓名") || longDigits.MatchString(line) {
		return false
	}
	k := len(bracketMaxRe.FindAllString(foldBrackets(line), -1))
	if k < 2 && !(k == 1 && totalRe.MatchString(line)) {
		return false
	}
	rows := 0
	for _, next := range lines[i+1 : min(i+6, len(lines))] {
		switch {
		case letterRowRe.MatchString(next) || strings.TrimSpace(next) == "":
		case idRowStartRe.MatchString(next):
			rows++
		default:
			return rows >= 2
		}
	}
	return rows >= 2
}

// latinOnly reports whether line holds Latin words only, two or more and
// no digit: a bilingual header's English line ("No. Student ID Name Total").
func latinOnly(line string) bool {
	words := 0
	for _, w := range strings.Fields(line) {
		if strings.ContainsFunc(w, func(r rune) bool { return !(r < 0x80 && (unicode.IsLetter(r) || strings.ContainsRune(".-/&'()", r))) }) {
			return false
		}
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			words++
		}
	}
	return words >= 2
}

// splitHeader joins a header printed over three lines, a Word table's
// identity cells merged down two rows: the score headings above
// ("资讯计划 采收加工 性状鉴别 显微鉴别 职业素养"), the identity headings and
// those after the scores ("序号 姓名 学号 合计 等级"), and the maxima
// below, bare ("15 25 30 20 10"), as many as the headings above. The
// headings take their maxima and stand before the header's first heading
// after the identity ones.
func splitHeader(above, head, below string) (string, bool) {
	words := strings.Fields(above)
	nums := strings.Fields(below)
	if ms := openMaxRe.FindAllStringSubmatch(above, -1); len(ms) >= 2 && len(ms) == len(words) && closersOnly(below, len(ms)) {
		// Each heading's maximum wrapped in its cell: "接车问诊（15" above,
		// its "分）" below (heldout48's 宣城 register, typed).
		words, nums = nil, nil
		for _, m := range ms {
			words, nums = append(words, m[1]), append(nums, m[2])
		}
	}
	for j, n := range nums {
		// Bracketed maxima ("(20) (30) (50)", heldout64's 怀柔 two-up
		// register): the numbers.
		if m := bracketMaxRe.FindStringSubmatch(n); m != nil && m[0] == n {
			nums[j] = m[1]
		}
	}
	if len(words) < 2 || len(words) != len(nums) {
		return "", false
	}
	if k, h := secondHeading(head), len(words)/2; k > 0 && len(words)%2 == 0 && slices.Equal(words[:h], words[h:]) {
		// Two halves side by side, each its own headings and maxima
		// (heldout64's 怀柔 two-up register): each half joined apart.
		left, ok := splitHeader(strings.Join(words[:h], " "), head[:k], strings.Join(nums[:h], " "))
		right, ok2 := splitHeader(strings.Join(words[h:], " "), head[k:], strings.Join(nums[h:], " "))
		return left + " " + right, ok && ok2
	}
	for _, w := range words {
		// Headings: words of two Han characters or more ("6S管理" too), or
		// a workplace code alone ("6S", "7S").
		if (utf8.RuneCountInString(hanOnly(w)) < 2 && !sCodeRe.MatchString(w)) || utf8.RuneCountInString(w) > 8 {
			return "", false
		}
	}
	for _, n := range nums {
		if v, err := strconv.Atoi(n); err != nil || v <= 0 || v > 100 {
			return "", false
		}
	}
	fields := strings.Fields(head)
	k := 0
	for k < len(fields) && slices.Contains([]string{"序号", "姓名", "学生姓名", "学号", "性别", "组别", "班级"}, fields[k]) {
		k++
	}
	if k == 0 || !slices.Contains(fields[:k], "姓名") && !slices.Contains(fields[:k], "学生姓名") {
		return "", false
	}
	// Figures the work made, printed in one-line cells after the names
	// (播放量 完播率 点赞), stand before the score headings, whose cells
	// wrap (heldout150's 祁门 电商).
	for k < len(fields) && measureHeadRe.MatchString(fields[k]) {
		k++
	}
	var b strings.Builder
	b.WriteString(strings.Join(fields[:k], " "))
	for j, w := range words {
		b.WriteString(" " + w + "(" + nums[j] + ")")
	}
	for _, f := range fields[k:] {
		b.WriteString(" " + f)
	}
	return b.String(), true
}

// sCodeRe is a workplace-order heading, "6S", "7S管理" cut to its code.
var sCodeRe = regexp.MustCompile(`^\d[Ss]$`)

// openMaxRe: a heading and its maximum, the bracket left open where the
// cell wrapped ("接车问诊（15"): group 1 the heading, 2 the maximum.
var openMaxRe = regexp.MustCompile(`([\p{Han}\w][\p{Han}\w]{1,7})[（(](\d{1,3})(?:\s|$)`)

// closersOnly reports whether line holds n closers of wrapped maxima and
// nothing else: "分） 分） 分）".
func closersOnly(line string, n int) bool {
	fs := strings.Fields(line)
	return len(fs) == n && !slices.ContainsFunc(fs, func(f string) bool { return f != "分）" && f != "分)" && f != "）" && f != ")" })
}

// idHeadingsLost reports whether lines[i] is a records header that lost
// its identity headings to OCR: three score headings or more with their
// maxima in brackets ("出勤(10)。工单(15)。安全(15)。检测(20)。拆装(30)路荆(10)"),
// no 姓名 nor 学号, no number of three digits, and two rows or more under
// it that open with a serial number and a student number ("| 1
// 2446040301。陈一凡9 10 10…"). It returns the header with those headings
// put back, and 总分 after the scores when the rows show it lost too
// (totalLost).
func idHeadingsLost(lines []string, i int) (string, bool) {
	line := foldBrackets(lines[i])
	if strings.Contains(noSpace(line), "姓名") || strings.Contains(line, "学号") || longDigits.MatchString(bracketMaxRe.ReplaceAllString(line, "")) ||
		utf8.RuneCountInString(hanOnly(line)) > maxHeaderHan+10 {
		return "", false
	}
	k := len(bracketMaxRe.FindAllString(line, -1))
	if k < 3 {
		return "", false
	}
	// The rows show a number under each heading, or a total more: the
	// headings were read whole.
	below := lines[i+1 : min(i+11, len(lines))]
	rows, fit := 0, 0
	for _, next := range below {
		if strings.TrimSpace(next) == "" {
			continue
		}
		if !serialIDRowRe.MatchString(next) {
			break
		}
		rows++
		if n := len(rowNumbers(next)); n == k || n == k+1 {
			fit++
		}
	}
	if rows < 2 || fit < 2 || 2*fit <= rows {
		return "", false
	}
	head := "序号 学号 姓名 " + strings.TrimLeftFunc(lines[i], func(r rune) bool { return !isHan(r) })
	if totalLost(below, k) {
		head += " 总分" // lost with them, the rows show it
	}
	return head, true
}

// rowNumbers returns the numbers of a row that opens with a serial number
// and a student number (serialIDRowRe), after the student number.
func rowNumbers(row string) []float64 {
	loc := serialIDRowRe.FindStringIndex(row)
	if loc == nil {
		return nil
	}
	var nums []float64
	for _, g := range numGroupRe.FindAllString(row[loc[1]-1:], -1) {
		if v, err := strconv.ParseFloat(g, 64); err == nil && len(g) <= 5 {
			nums = append(nums, v)
		}
	}
	return nums
}

// totalLost reports whether most of the rows (serial, 学号, name and
// numbers) that show a number more than the k score headings over them,
// two rows at least, end in the sum of the others: the header's 总分
// heading was lost, not a score column.
func totalLost(rows []string, k int) bool {
	over, sums := 0, 0
	for _, row := range rows {
		nums := rowNumbers(row)
		if len(nums) != k+1 {
			continue
		}
		over++
		if sum := weightedSum(nums[:k], nil); math.Abs(sum-nums[k]) < 0.51 {
			sums++
		}
	}
	return sums >= 2 && 2*sums > over
}

// serialIDRowRe: a row that opens with a serial number and a student
// number, a rule or a speck around them.
var serialIDRowRe = regexp.MustCompile(`^\W{0,3}\d{1,3}\W{1,3}\d{6,14}\D`)

// trailingSpeckRe: a character or two OCR made of a speck after a row's
// last number.
var trailingSpeckRe = regexp.MustCompile(`(\d)[^\p{Han}\d]*\p{Han}{1,2}[^\p{Han}\d]*$`)

// idRowStartRe: a row that opens with a student number.
var idRowStartRe = regexp.MustCompile(`^\W{0,3}(\d{6,14})(?:\D|$)`)

// LeadingID returns the student number (学号) a records row opens with
// ("2304201329 |和静|"), a mark or two before it perhaps.
func LeadingID(row string) (string, bool) {
	m := idRowStartRe.FindStringSubmatch(row)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// maxTailRe: a number closed by a bracket, a heading's maximum ("40)").
var maxTailRe = regexp.MustCompile(`\d\s*[)）]`)

// fractionColumns makes the score columns of a row of fractions whose
// headings could not be read: 第1项, 第2项 …, each with its maximum, the
// last the total (总分) when its maximum is the sum of the others'.
func fractionColumns(maxima []float64) []column {
	var cols []column
	sum := 0.0
	for k, m := range maxima {
		cols = append(cols, column{head: placeHead(k+1) + "(满分" + fmtNum(m) + ")", max: m, num: true})
		if k < len(maxima)-1 {
			sum += m
		}
	}
	if last := len(cols) - 1; math.Abs(sum-maxima[last]) < 0.01 {
		cols[last].head, cols[last].total = "总分", true
	}
	return cols
}

// fractionRe: a score written over its maximum, "17/20", "86/100".
var fractionRe = regexp.MustCompile(`\b(\d{1,3}(?:\.\d+)?)\s*/\s*(\d{1,3})\b`)

// serialAloneRe: a line that holds nothing but a serial number.
var serialAloneRe = regexp.MustCompile(`^[^\p{Han}\d]*\d{1,3}[^\p{Han}\d]*$`)

// rowDotRe: a mark between two runs of Han characters in a records row,
// the middle dot of a transliterated name as OCR read it.
var rowDotRe = regexp.MustCompile(`(\p{Han}{2})[:：.．\x60'‘’](\p{Han}{2})`)

// rowMarksRe: one or two marks between two runs of Han characters in a
// records row ("帕尔哈提“.艾山", "艾力江,吐尔逊", "迪力夏提-努尔"): the
// middle dot read as a comma, a hyphen or two marks when the runs are a
// transliterated name's parts (translit).
var rowMarksRe = regexp.MustCompile(`(\p{Han}+)[,，“”"'‘’.．:：\-—。]{1,2}(\p{Han}{2})`)

// rowDots writes a transliterated name's middle dot where OCR read it as
// other marks in a records row: one mark a name's part would not stand
// beside (a colon, a full stop, a quote), or up to two of any where the
// run before is a transliterated name's part of two to six characters and
// the run after opens with two of its characters ("艾力江,吐尔逊", not
// "张伟，李娜" nor "良好，表现积极").
func rowDots(line string) string {
	line = rowDotRe.ReplaceAllString(line, "$1·$2")
	return rowMarksRe.ReplaceAllStringFunc(line, func(m string) string {
		sub := rowMarksRe.FindStringSubmatch(m)
		left := []rune(sub[1])
		if len(left) < 2 || len(left) > 6 || !translitRun(left) || !translitRun([]rune(sub[2])) {
			return m
		}
		return sub[1] + "·" + sub[2]
	})
}

// ethnicRe: a people's name (民族) right after a student's, in a row of a
// register with a 民族 column.
var ethnicRe = regexp.MustCompile(`(\p{Han}{2})(?:` + peoples + `)族`)

// peopleCellRe: a 民族 cell of one character OCR may have garbled (彝族 read
// as 醚族, 焚族, 机族 on heldout45's 1-bit 楚雄 scan) after a name, marks
// between perhaps ("李若溪”汉族16"), the first score right after it.
var peopleCellRe = regexp.MustCompile(`(\p{Han}{2})[^\p{Han}\d\s]{0,3}\p{Han}族(\s|\d)`)

// peoples: the names of China's peoples, as the alternatives of a pattern.
const peoples = `汉|回|满|藏|苗|彝|壮|蒙古|维吾尔|哈萨克|柯尔克孜|锡伯|塔吉克|乌孜别克|俄罗斯|东乡|土家|朝鲜|土|撒拉|保安|裕固|达斡尔|鄂温克|鄂伦春|赫哲|布依|侗|瑶|白|哈尼|傣|黎|傈僳|佤|畲|拉祜|水|纳西|羌|仡佬|景颇|布朗|毛南|普米|阿昌|怒|京|德昂|独龙|门巴|珞巴|基诺`

// workTitleRe is a work's title in book-title marks, up to its closing
// mark or bracket, or the digits after it where OCR lost the mark.
var workTitleRe = regexp.MustCompile(`《[^》\d]{0,20}(?:》|[)）])?`)

// groupAfterNameRe is a 组别 cell right after a name: group 1 the name's
// last character, group 2 the cell.
var groupAfterNameRe = regexp.MustCompile(`(\p{Han})(第\s*\d{1,2}\s*(?:小)?\s*组)`)

// groupColumnRe is a 组别 cell after a row's serial number: group 1 the
// cell.
var groupColumnRe = regexp.MustCompile(`^[^\p{Han}\d]*\d{1,3}[^\p{Han}\d]{1,3}(第\s*[\d一二三四五六七八九十]{1,3}\s*(?:小)?\s*组)`)

// cellIDRe is a 学号's last digits in its cell: "0101", "2735".
var cellIDRe = regexp.MustCompile(`^(?:0\d{2,4}|\d{4,5})$`)

// continuedColumns merges the rows of a table that goes on with more
// columns for the same students, its first part giving no total and the
// later one no 学号 (heldout112's 神木 机电, scanned: "考核记录表
// (一)" with 序号 学号 姓名 and three parts, "(二)(续表)" with 序号 姓名, the
// other two parts and 总分): each row of the later table whose serial an
// earlier table's row has, the two tables' names agreeing on three rows in
// four, is that row's student; its scores join the earlier row's, its
// total becomes the row's, checked against all the parts where every
// maximum is known. The students were counted twice where OCR read a name
// two ways (47 records for 38).
func continuedColumns(rs []Record) []Record {
	type key = tableKey
	serials := map[key]map[int]int{} // table → serial → index in rs
	var order []key
	for i, r := range rs {
		n, ok := LeadingNumber(r.Excerpt)
		if !ok {
			continue
		}
		t := r.table()
		if serials[t] == nil {
			serials[t] = map[int]int{}
			order = append(order, t)
		}
		if _, dup := serials[t][n]; dup {
			serials[t][n] = -1 // a serial twice: no key
			continue
		}
		serials[t][n] = i
	}
	drop := map[int]bool{}
	for b := 1; b < len(order); b++ {
		later := serials[order[b]]
		for a := 0; a < b; a++ {
			earlier := serials[order[a]]
			pairs, same, otherID, whole := 0, 0, 0, 0
			for n, j := range later {
				i, ok := earlier[n]
				if j < 0 || !ok || i < 0 {
					continue
				}
				pairs++
				if rs[i].Name == rs[j].Name {
					same++
				}
				if rs[i].Total != nil || LongID(rs[j].Excerpt) != "" {
					// The earlier table gives its total, or the later one
					// names its students by 学号 again: another
					// assessment's table, each read alone.
					whole++
				}
				if idA, idB := LongID(rs[i].Excerpt), LongID(rs[j].Excerpt); idA != "" && idB != "" && idA != idB {
					otherID++ // another student number: another student
				}
			}
			if pairs < 5 || pairs < len(later)*9/10 || 4*same < 3*pairs || otherID > 0 || whole > 0 {
				continue
			}
			for n, j := range later {
				i, ok := earlier[n]
				if j < 0 || !ok || i < 0 {
					continue
				}
				x, y := &rs[i], rs[j]
				if len(x.Scores) == 0 || len(y.Scores) == 0 || x.Total != nil {
					continue
				}
				x.Scores = append(x.Scores, y.Scores...)
				x.Total = y.Total
				full := 0.0
				known := true
				for _, s := range x.Scores {
					known = known && s.Max > 0
					full += s.Max
				}
				x.SumChecked = x.Total != nil && known && y.weights == nil && (x.Total.Max == 0 || math.Abs(full-x.Total.Max) < 0.01)
			}
			for n, j := range later {
				if i, ok := earlier[n]; ok && i >= 0 && j >= 0 {
					drop[j] = true // the same student, counted once
				}
			}
			// A later row whose serial OCR misread is its student's too:
			// where an earlier row has the name, or where the two tables
			// hold as many rows, the row in its place.
			var rowsA, rowsB []int
			names := map[string]bool{}
			for i := range rs {
				switch rs[i].table() {
				case order[a]:
					rowsA = append(rowsA, i)
					if rs[i].Name != "" {
						names[rs[i].Name] = true
					}
				case order[b]:
					rowsB = append(rowsB, i)
				}
			}
			for _, j := range rowsB {
				if names[rs[j].Name] || len(rowsA) == len(rowsB) {
					drop[j] = true
				}
			}
			break
		}
	}
	if len(drop) == 0 {
		return rs
	}
	out := rs[:0]
	for i, r := range rs {
		if !drop[i] {
			out = append(out, r)
		}
	}
	return out
}

// LongID returns the one student number of eight digits or more in s (a
// record's row), or "".
func LongID(s string) string {
	var ids []string
	for _, id := range StudentIDs(s) {
		if len(id) >= 8 {
			ids = append(ids, id)
		}
	}
	if len(ids) != 1 {
		return ""
	}
	return ids[0]
}

// perTimeMaxRe is a heading over repeated assessments with the maximum of
// each: "过程考核(每次满分10分)", "课堂表现(按课次，各5分)" (heldout117's 铜梁
// 新能源); group 1 the maximum.
var perTimeMaxRe = regexp.MustCompile(`[（(]\s*(?:每[次项个]\s*满\s*分|按[^)）\d]{1,4}?[，,、]?\s*各)\s*(\d{1,3})\s*分?\s*[)）]`)

// timesRe is one of the repeated assessments' headings on the line under:
// "第1次", "第二次".
var timesRe = regexp.MustCompile(`第\s*[\d一二三四五六七八九十]{1,2}\s*次`)

// perTimeHeader merges a header whose heading spans repeated assessments,
// each out of the same maximum ("序号 姓名 学号 过程考核(每次满分10分) 终结考核
// 总分" over "第1次 第2次 … 第6次 (40分)", heldout111's 麻城 新能源, scanned):
// the heading becomes one column a time, "第1次(10)" …, and a maximum left
// on the line under after them ("(40分)") is the next heading's. ok is false
// unless the line under holds two such times or more and nothing else but
// that maximum.
func perTimeHeader(line, under string) (string, bool) {
	loc := perTimeMaxRe.FindStringSubmatchIndex(line)
	if loc == nil {
		return "", false
	}
	times := timesRe.FindAllString(under, -1)
	rest := strings.TrimSpace(timesRe.ReplaceAllString(under, ""))
	if len(times) < 2 {
		return "", false
	}
	var next string
	if rest != "" {
		m := bracketMaxRe.FindStringSubmatch(rest)
		if m == nil || strings.TrimSpace(bracketMaxRe.ReplaceAllString(rest, "")) != "" {
			return "", false
		}
		next = "(" + m[1] + ")"
	}
	full := line[loc[2]:loc[3]]
	var cols []string
	for _, t := range times {
		cols = append(cols, noSpace(t)+"("+full+")")
	}
	after := line[loc[1]:]
	if next != "" {
		// The next heading takes the maximum: after its first run of
		// Han characters.
		k := strings.IndexFunc(after, func(r rune) bool { return !isHan(r) && r != ' ' })
		if k < 0 {
			k = len(after)
		}
		head := strings.TrimSpace(after[:k])
		t := totalRe.FindStringIndex(head)
		switch {
		case head == "" || t != nil && t[0] == 0:
			return "", false // no heading before the total to take it
		case t != nil:
			// "终结考核总分": the heading is what stands before the
			// total's word.
			after = head[:t[0]] + next + " " + head[t[0]:] + after[k:]
		default:
			after = head + next + " " + after[k:]
		}
	}
	// The group's own words before the bracket ("过程考核") give way to
	// the times: they end where the identity headings do.
	before := line[:loc[0]]
	cut := 0
	for _, w := range []string{"序号", "学号", "姓名"} {
		if k := strings.LastIndex(before, w); k >= 0 && k+len(w) > cut {
			cut = k + len(w)
		}
	}
	return before[:cut] + " " + strings.Join(cols, " ") + " " + after, true
}

// groupScoreHeadRe is a heading of a score a group earns together:
// "小组成果(40)", "团队得分".
var groupScoreHeadRe = regexp.MustCompile(`小组|团队|组评|组内|全组`)

// groupCellRe is a group's label and its score at the start of a row:
// "第1组 34", "第七组　35"; its numeral perhaps garbled by OCR into another
// character ("第-组29", "第门组31", heldout114's 奉节 新能源, a 1-bit scan).
var groupCellRe = regexp.MustCompile(`^[^\p{Han}\d]*第\s*(?:[\d一二三四五六七八九十]{1,3}|[^\s\d])\s*(?:实训)?\s*组\s*(?:\d{1,3}(?:\.\d+)?)?`)

// stationLabelRe is a line holding only the label of a bench, a station or
// a car a row's students shared: "1号台", "第3工位", "A2工位", "12号车".
var stationLabelRe = regexp.MustCompile(`^[^\p{Han}\w]*(?:第\s*)?[A-Za-z]?\s*[\d一二三四五六七八九十]{1,3}\s*号?\s*(?:调试台|实训台|操作台|工作台|工位|机位|台位|台|站|车|桌)[^\p{Han}\w]*$`)

// groupScoreRowRe: what follows a group's label on its own row when the
// row gives the group's score, labelled: "组评22/30 (本组成员共用)",
// "小组得分 27".
var groupScoreRowRe = regexp.MustCompile(`^[^\p{Han}\d]*(?:组评|小组|团队|全组|本组)`)

// groupHeadRe: what follows a group's label on its heading row between
// the rows: its leader, its task ("(组长:耿家旺)", "（组长：…）").
var groupHeadRe = regexp.MustCompile(`^\s*[(（][^)）]*(?:组长|负责)[^)）]*[)）]?[^\d]*$`)

// absenceRe is a row's absence, in place of its scores or beside them:
// "缓考(事假)", "缺考", "免考".
var absenceRe = regexp.MustCompile(`(?:缺考|缓考|免考|补考|未参加|未考|休学|病休)(?:\s*[（(][^)）]{0,6}[)）])?`)

// cutSerialNoise drops the speck ahead of a row's serial number, which would
// otherwise be taken for the name (and the serial for a score).
func cutSerialNoise(line string) string {
	if m := serialNoiseRe.FindStringSubmatchIndex(line); m != nil {
		return line[m[2]:]
	}
	if m := ruleNoiseRe.FindStringSubmatchIndex(line); m != nil {
		return line[m[2]:]
	}
	return line
}

// ruleNoiseRe is a speck OCR read as a character (one Han character at
// most, and marks) ahead of a row's first rule, a student number after it:
// the shadow of a bound register's gutter ("上| 2464060308王学文。男24 48 14
// 86 |", "国”| 2464060330。杨芳芳…"). A name before the rule ("张伟| 24…")
// is no speck.
var ruleNoiseRe = regexp.MustCompile(`^[^\d\s|｜\p{Han}]{0,2}\p{Han}?[^\d\s|｜\p{Han}]{0,2}\s*([|｜]\s*[^\d\p{Han}]{0,2}\d{6,14})`)

// genderDigitRe is a gender cell OCR glued to the first score after it
// ("冶晓峰。男29 36 18 83"), split where the table has a 性别 column.
var genderDigitRe = regexp.MustCompile(`([男女])(\d)`)

// genderColumn reports whether a table's columns have a 性别 column.
func genderColumn(cols []column) bool {
	return slices.ContainsFunc(cols, func(c column) bool { return strings.Contains(c.head, "性别") })
}

// genderTail returns name without the gender OCR glued after it ("岑海涛男"):
// three characters or more ending in 男 or 女, the others a name.
func genderTail(name string) (string, bool) {
	rs := []rune(name)
	if len(rs) < 3 || (rs[len(rs)-1] != '男' && rs[len(rs)-1] != '女') || !Valid(string(rs[:len(rs)-1])) {
		return name, false
	}
	return string(rs[:len(rs)-1]), true
}

// cutGender drops the gender OCR glued to a name in a table with a 性别
// column ("陈磊男22 33 12 67", genderTail), when the cells after it hold no
// gender of their own (张亚男 女 keeps her name).
func cutGender(name string, after []string) string {
	if len(after) > 0 && strings.ContainsAny(strings.Trim(after[0], cellSpecks+"。.|｜"), "男女") {
		return name
	}
	cut, _ := genderTail(name)
	return cut
}

// numGradeRe is a number and a grade word OCR glued to it: "74中".
var numGradeRe = regexp.MustCompile(`^(\d+(?:\.\d+)?)(?:` + gradeWords + `)$`)

// gluedGradeRe is a total and the grade cell after it OCR ran into one
// word, the grade garbled: a number, then marks without digits, a Han
// character among them ("69”人台格", "78汪:合格").
var gluedGradeRe = regexp.MustCompile(`^_?(\d{1,3}(?:\.\d+)?)[^\d\s]*\p{Han}[^\d\s]*$`)

// countFootRe is a table's foot that counts its rows, "共36人", "共 36 人
// Total: 36" (the English dropped, heldout113's 丽水 酒店).
var countFootRe = regexp.MustCompile(`^[^\p{Han}\w]*(?:全\s*班\s*)?共\s*(?:计\s*)?\d{1,3}\s*[人名]\s*(?:[\p{P}\s]*\d{1,3}\s*)?$`)

// countSentenceRe is a count of the class closing a sentence: "。共42人。".
var countSentenceRe = regexp.MustCompile(`[。，,；;]\s*共\s*(?:计\s*)?\d{1,3}\s*[人名]\W*$`)

// classFootRe is a row of the class's figures under a table: "全班平均分",
// "平均分", "合计", "最高分".
var classFootRe = regexp.MustCompile(`^[^\p{Han}\w]*(?:全\s*班|本\s*班|本\s*组|第\s*[一二三四五六七八九十\d]{1,3}\s*组)?\s*(?:平\s*均|合\s*计|总\s*计|小\s*计|最\s*高\s*分|最\s*低\s*分|及\s*格\s*率|优\s*秀\s*率)`)

// signFootRe is a signature line under a table: "任课教师签字：",
// "教研室主任签名：", "审核：", "任课教师（签名）：" (OCR: "全和所(签名) :").
var signFootRe = regexp.MustCompile(`(?:教师|主任|老师|审核|签字|签名)\s*[)）]?\s*[：:]`)

// gradeLegendRe is a legend of grades under a table: "等级：90分以上优秀，
// 80一89良好…" (heldout85's 耒阳 新能源), no row.
var gradeLegendRe = regexp.MustCompile(`\d{2,3}\s*分\s*(?:以上|及以上)`)

// classTitleRe is a table's title naming a class and its head count, the
// next table's (the page opening with "二、机电2402班(38人)", OCR's "-、",
// heldout85's 什邡 机电): no row of the table above.
var classTitleRe = regexp.MustCompile(`^[^\p{Han}\d]{0,3}[一二三四五六七八九十]?[、.，,]?\s*[\p{Han}\d]{0,12}\d\s*班\s*[（(][^）)]{0,10}?\d{1,3}\s*人[^）)]{0,4}[)）]\s*$`)

// headFieldRe is a labelled field of a register's head: its class, its
// course, its task, its date. A line of two is the head's, no row, though
// it opens with the school's name ("阳谷县景阳冈技工学校　班级：烹饪2401班
// 课程：…" atop each page of a register in modules, heldout155's 阳谷 烹饪).
var headFieldRe = regexp.MustCompile(`(?:班\s*级|课\s*程|学\s*习\s*任\s*务|考\s*核\s*日\s*期|任\s*课\s*教\s*师)\s*[：:]`)

// headCountRe is a count of people in a line under a table: "应考42人",
// "实考 36 人", "缺考2人", "应报到40人", or of things handed out one a
// student: "应领40份，实领40份" (heldout68's 林州 准考证 sign-for list).
var headCountRe = regexp.MustCompile(`(?:应|实|缺|参)\s*(?:报\s*到|[考到训加核领交收])\s*(?:人\s*数)?\s*[:：]?\s*\d+\s*[人份]|人\s*数\s*[:：]\s*\d+`)

// specksAround are the marks OCR makes of specks beside a number: not
// markSpecks, as a point there may be a decimal point and a colon a label's.
const specksAround = `"'“”‘’,，、`

// quoteSpecks are the quotes OCR reads a table's rules as.
const quoteSpecks = `"'“”‘’`

// letterGradeRe: a letter grade, A to E, perhaps with a sign.
var letterGradeRe = regexp.MustCompile(`^[A-Ea-e][+-]?$`)

// recordRow reads one row of a records table under cols. split says the
// row was split from a line of records side by side whose other records
// were read: a piece with one score and no serial is one too. totalAlone
// says the table gives a student rows of their own for the parts of the
// assessment (see joinParts): a line of the name and one number is a row.
func recordRow(line string, cols []column, weighted, split, totalAlone bool) (Record, bool) {
	if pageNumberRe.MatchString(line) || noteRe.MatchString(line) || headCountRe.MatchString(line) || countFootRe.MatchString(line) || signFootRe.MatchString(line) || classFootRe.MatchString(line) || classTitleRe.MatchString(line) || gradeLegendRe.MatchString(line) || noteMaxima(line) != nil || maxLabelRowRe.MatchString(line) || len(headFieldRe.FindAllString(line, 2)) == 2 {
		// "第 1 页，共 2 页": the page's number; "注：综合成绩=…": a note;
		// "应考42人，实考42人": a count of the class (应 is a surname too);
		// "任课教师签字：教研室主任签字：": the signatures under it (任 too);
		// "全班平均分19.1 33.4": the class's averages (全 too); "标准分 20
		// 30 30 20 100": the columns' maxima (标 too).
		return Record{}, false
	}
	if countSentenceRe.MatchString(line) && !strings.ContainsAny(countSentenceRe.ReplaceAllString(line, ""), "0123456789") {
		// A sentence under the table whose only number is the class's
		// count ("路演评委：合作社代表、企业运营人员、任课教师（…）。共42人。",
		// heldout145's 秭归 电商): no record.
		return Record{}, false
	}
	raw := line
	// A group's cell spanning its members' rows, printed on a row of its
	// own or at the head of one ("第7组 35 39 2451030140 撒博文 43 78"): the
	// group and its score are no student's.
	if m := groupCellRe.FindStringIndex(line); m != nil {
		line = line[m[1]:]
	} else if m := groupColumnRe.FindStringSubmatchIndex(line); m != nil {
		// A 组别 column after the serial ("1 第一组 241513010201 乔宇轩
		// 17 21 …", heldout36's 乌海): the group is no name.
		line = line[:m[2]] + " " + line[m[3]:]
	} else {
		// A 组别 cell glued to the name after it ("2323043533。。歼颖超
		// 第6组13 14 28 28", heldout49's 黑河): a cell of its own, no part
		// of the name.
		line = groupAfterNameRe.ReplaceAllString(line, "$1 $2 ")
	}
	// A work's title in book-title marks ("DH-029《金玉满堂》240503060125 郑可筠
	// 13 22 …", a register of works, heldout50's 潮州 动画): no name, its
	// closing mark perhaps lost against the 学号.
	line = workTitleRe.ReplaceAllString(line, " ")
	// A time taken is no score.
	line = durationCellRe.ReplaceAllString(line, "$1$2")
	// The session of an examination held in turns, at the row's head
	// ("第1场01 202405010238 曾秋菊 …", heldout65's 抚州 烹饪, ordered by
	// 场次 and 灶台号): no name.
	if slices.ContainsFunc(cols, func(c column) bool { return sessionHeadRe.MatchString(c.head) }) {
		line = sessionCellRe.ReplaceAllString(line, "$1$2 ")
	}
	// A transliterated name's middle dot OCR read as a colon, a quote or a
	// backquote ("艾山江:托合提", "艾尔肯`吐尔洪").
	line = rowDots(line)
	// The 民族 column glued to the name: "王梓涵回族38 38 76".
	if slices.ContainsFunc(cols, func(c column) bool { return strings.Contains(c.head, "民族") }) {
		line = ethnicRe.ReplaceAllString(line, "$1 ")
		line = peopleCellRe.ReplaceAllString(line, "$1 $2")
	}
	// An absent student's row ("31 2322012731 池新民 缓考(事假)"): a record,
	// without scores.
	absent := false
	if loc := absenceRe.FindStringIndex(line); loc != nil {
		line, absent = line[:loc[0]]+" "+line[loc[1]:], true
	}
	if slices.ContainsFunc(cols, func(c column) bool { return !c.num && dateHeadRe.MatchString(c.head) }) {
		// A date column's cells ("11月12日", "2024-11-12"): no scores.
		line = dateCellRe.ReplaceAllString(line, " ")
	}
	if classBeforeName(cols) {
		// The class's cell before the name ("1 汽修2401班 李明轩 …"):
		// its characters are no name.
		line = classCellRe.ReplaceAllString(line, " ")
	}
	if k := slices.IndexFunc(cols, func(c column) bool { return submitterHeadRe.MatchString(c.head) }); k >= 0 && k < slices.IndexFunc(cols, func(c column) bool { return c.name }) {
		// Who filled in the row, before the student's name ("1 古春兰
		// 2024-11-12 08:21 廖雨晴 2436012722 …" under "序号 提交者 提交时间
		// 学生姓名 学号 …"): the first name is the submitter's.
		if loc := hanRunRe.FindStringIndex(line); loc != nil && hanRunRe.MatchString(line[loc[1]:]) {
			line = line[:loc[0]] + " " + line[loc[1]:]
		}
	}
	line = cutSerialNoise(line)
	gender := genderColumn(cols)
	if gender {
		line = genderDigitRe.ReplaceAllString(line, "$1 $2")
	}
	nameCol, idAt := -1, -1
	for i, c := range cols {
		if c.name {
			nameCol = i
		}
		if idAt < 0 && strings.Contains(c.head, "学号") {
			idAt = i
		}
	}
	if idAt >= 0 && idAt < nameCol {
		// 学号 before 姓名, the serial OCR read as specks of Han
		// ("医盖233542103陈曼清18 50 68"): the name follows the number.
		if m := idNoiseRe.FindStringSubmatchIndex(line); m != nil && strings.IndexFunc(line[:m[2]], isHan) >= 0 {
			line = line[m[2]:]
		} else if m := hanBeforeIDRe.FindStringSubmatchIndex(line); m != nil {
			// A serial's dash read as 一 before the 学号 of a row with no
			// scores ("一2023052906郭一鸣缺考…", heldout13's 石家庄).
			line = line[m[2]:]
		}
	}
	cells, sep := splitCells(line)
	name := ""
	var after []string // cells after the name
	if sep != " " && nameCol >= 0 && nameCol < len(cells) {
		if c, ok := nameIn(noSpace(cells[nameCol]), nil); ok {
			name = c.name
			after = cells[nameCol+1:]
			if rest := strings.Fields(cellAfterName(cells[nameCol], name)); len(rest) > 0 && numRe.MatchString(rest[0]) {
				// The rules drawn up to the name only, the scores after
				// it in the name's cell ("4 | 20240529104 |钟依诺10 27 34
				// 13 84", heldout141's 霞浦 照护, photographed).
				after = slices.Concat(rest, after)
			}
		}
	}
	unsure := false
	if name == "" {
		n, _ := tableRow(line, -2, nil)
		if n == "" {
			// A name OCR garbled ("13歼德57 29 86" for 黎德, "人李恩炜“49 22 0"):
			// the first run of Han characters, if it is no label
			// ("平均分", "考核教师") and numbers follow.
			if us := units(strings.TrimLeftFunc(line, func(r rune) bool { return !isHan(r) })); len(us) > 0 {
				u, cut := cutTerminator(us[0])
				// A gender column glued to the name: "岑海涛男", or before it
				// where 性别 comes first ("234121101女郭蓓16 31 29 76").
				if n, ok := genderTail(u); ok {
					u = n
				} else if g := []rune(u); len(g) >= 3 && (g[0] == '男' || g[0] == '女') && Valid(string(g[1:])) {
					u = string(g[1:])
				}
				// Words are a row's label, not a name: "过程考核", "合计";
				// unless a serial number stands before them and scores
				// after ("25随时49 27 76": OCR made a word of the name).
				if k := utf8.RuneCountInString(u); !cut && k >= 1 && k <= 5 && !footerLabelRe.MatchString(u) && (!seg.Phrase(u) || serialRow(line, u)) {
					n, unsure = u, true
				}
			}
		}
		if n == "" {
			return Record{}, false
		}
		name = n
		// The numbers after the name's last character.
		rs := []rune(line)
		last := []rune(name)[len([]rune(name))-1]
		for k := range rs {
			if rs[k] == last {
				after = strings.Fields(string(rs[k+1:]))
				break
			}
		}
	}
	// Scores written as fractions, 得分/满分 ("26/30 14/20 … 75/100"): the
	// score, and its maximum for the cell.
	var fracMax []float64
	if joined := strings.Join(after, " "); len(fractionRe.FindAllString(joined, -1)) >= 2 {
		for _, m := range fractionRe.FindAllStringSubmatch(joined, -1) {
			v, _ := strconv.ParseFloat(m[2], 64)
			fracMax = append(fracMax, v)
		}
		after = strings.Fields(fractionRe.ReplaceAllString(joined, "$1"))
	}
	if gender {
		name = cutGender(name, after)
	}
	wholeIDCell := func(c string) bool { return idRe.MatchString(strings.Trim(c, specksAround+"。")) }
	hadID := slices.ContainsFunc(after, wholeIDCell)
	after = skipTextCells(after, cols, nameCol)
	// The 学号 skipTextCells passed over still counts as the row's number
	// below: a row of a 学号 and one score OCR left ("必请邓诗语。
	// 202404030138 0", heldout135's 康定 汽修) is a student's.
	idSkipped := hadID && !slices.ContainsFunc(after, wholeIDCell)
	after = formulaParts(scoreTokens(after))
	if nameCol >= 0 && nameCol+1 < len(cols) && serialHeadRe.MatchString(cols[nameCol+1].head) && len(after) > 0 && serialCellRe.MatchString(after[0]) {
		// The serial after the name ("姓名 序号 工艺卡 …", "顾帛予 8 14 21
		// …", heldout89's 如皋 数控): no score.
		after = after[1:]
	}
	// A row that states its whole 学号 holds no short one ("7578" is two
	// numbers run together there, heldout98's 中宁 照护), nor any cut short.
	wholeID := slices.ContainsFunc(StudentIDs(line), func(id string) bool { return len(id) >= 6 })
	shortID, idDoubt := false, false
	if !wholeID {
		shortID, idDoubt = shortIDAfterName(after, cols, nameCol)
	}
	if shortID {
		// A 学号 cut short after the name ("学号栏填学号后两位": "马佳萱
		// 12 13 19 28 18 8 79", heldout117's 五家渠 照护): no score.
		after = after[1:]
	}
	if g := numGroupRe.FindAllString(strings.Join(after, " "), -1); len(g) == 1 && strings.Contains(g[0], ".") && !(totalAlone && (len(StudentIDs(raw)) > 0 || serialName(raw))) {
		// A footer: "平均分：76.9", its label garbled. (Where the
		// student's parts stand on rows of their own, see joinParts, a
		// student's line holds a serial or a student number, the name
		// and the total alone.)
		return Record{}, false
	}
	var nums []float64
	// A name run into Latin letters ("国交和NEEEO 25 | 22 | aa 1 8 7…", a
	// photographed register's row OCR garbled, heldout127's 鄂州 新能源):
	// its cells cannot be placed under their headings.
	noisy, specks := idDoubt || nameIntoLettersRe.MatchString(line), false
	var numCols []column
	for i, c := range cols {
		if (nameCol < 0 || i > nameCol) && c.num && !strings.Contains(c.head, "学号") {
			numCols = append(numCols, c)
		}
	}
	if len(fracMax) >= 2 && len(fracMax) != len(numCols) {
		// Headings OCR ran together or garbled over fractions: the
		// fractions say the columns, the last the total when its maximum
		// is the others' sum.
		numCols = fractionColumns(fracMax)
	}
	if extra := columnsAfter(cols); extra > 0 && len(numCols) > 1 && len(fracMax) == 0 && plainSum(numCols, weighted) {
		// Columns after the scores and the total that hold no score (前测
		// 后测 增值 beside the register, heldout46's 珲春, "+24" read as
		// "+t24", their headings glued into one by OCR): the cells past the
		// total's are theirs, whatever OCR made of them, where the row's
		// first cells add up to its total (which tells they are the
		// scores and the total, none lost). Where every cell past them is
		// a number, the header may be short of the rows' columns: the row
		// is read as before.
		marks := func(c string) bool {
			return !strings.ContainsFunc(c, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
		}
		cells := slices.DeleteFunc(slices.Clone(after), marks)
		k := len(numCols)
		if len(cells) >= k+extra && slices.ContainsFunc(cells[k:], func(c string) bool { return !numRe.MatchString(c) }) && cellsAddUp(cells[:k]) {
			after = cells[:k]
		} else if len(cells) > k && !slices.ContainsFunc(cells[:k], func(c string) bool { return !numRe.MatchString(c) }) &&
			!slices.ContainsFunc(cells[k:], func(c string) bool { return !strings.ContainsFunc(c, isHan) }) {
			// As many numbers as the columns of scores, then words only
			// ("作品XP-20：分镜、合成工程" under 评价依据, heldout141's 霞浦
			// 动画): the words are the columns after, their digits no
			// score, whether or not the row adds up.
			after = cells[:k]
		}
	}
	if k := gradeBeforeMore(after, cols, len(numCols)); k >= 0 {
		after = after[:k]
	}
	if unsure && maxTailRe.MatchString(line) && StudentIDs(line) == nil {
		// A heading's maximum, its words garbled: "oa查d0) 40)" under
		// headings printed a character a line.
		return Record{}, false
	}
	if n := len(numGroupRe.FindAllString(strings.Join(after, " "), -1)); unsure && !absent && (n < 2 && !idSkipped || n == 0) && !(n == 1 && len(numCols) == 1 && (split || serialBefore(line, name))) {
		// One number ("的分，251 :") is no row of scores, unless the
		// table has one score column and a serial stands before the name
		// ("14儿靖川86" in a register of 序号 姓名 成绩).
		return Record{}, false
	}
	var holes []int // positions in nums of scores OCR read as letters
	ruleMarked := 0 // holes that are numbers with a rule's mark beside them
	idCol := slices.ContainsFunc(cols, func(c column) bool { return strings.Contains(c.head, "学号") })
	// A 学号 under its heading; or eight digits or more under a heading OCR
	// garbled ("节司" for 学号, heldout92's 简阳 烹饪): no score has so many.
	isID := func(c string) bool {
		// A rule beside the cell read as a full stop too ("。202404030117",
		// heldout135's 康定 汽修 photo).
		t := strings.Trim(c, specksAround+"。")
		// Under a 学号 heading, its last digits alone ("方晓婷0101", the
		// register's note giving the rest, heldout111's 麻城 新能源): four
		// digits or five, or a leading zero, which no score has.
		return idRe.MatchString(t) && (idCol || len(t) >= 8) || idCol && !wholeID && cellIDRe.MatchString(t)
	}
	// Han words between two numbers are a score OCR read as characters
	// ("26公国20 88" for 26 41 20 88): its place is known, its value not.
	// A grade or a remark after the last number is no score.
	firstNum, lastNum, hanCell := -1, -1, false
	gradeCol := slices.ContainsFunc(cols, func(c column) bool { return !c.num && strings.Contains(c.head, "等级") })
	signedAfter := columnsAfter(cols) > 0 && slices.ContainsFunc(cols, func(c column) bool { return !c.num && signerHeadRe.MatchString(c.head) })
	for k, c := range after {
		if isID(c) {
			// The 学号, no score: a cell between it and the scores (the
			// gender, "240101001 男 10 14 24") is no score OCR garbled.
			continue
		}
		if strings.ContainsAny(c, "0123456789") {
			if firstNum < 0 {
				firstNum = k
			}
			lastNum = k
		}
	}
	lost := lostNumberGlyph(after, lastNum, len(numCols))
	words := wordsAmongScores(cols)
	if plain := slices.DeleteFunc(slices.Clone(after), func(c string) bool {
		c = strings.TrimSpace(c)
		return !numRe.MatchString(c) || len(c) >= 6 || isID(c)
	}); len(numCols) > 1 && len(plain) == len(numCols) && alternating(after) >= 2 {
		// As many numbers as columns of scores, words among them: the
		// words say what each score was for ("砧板 19 炉灶 21 打荷 22 冷菜
		// 19 81", the post a student held in each round, heldout142's 峨眉山
		// 烹饪), no score OCR read as characters.
		words = true
	}
	tries := slices.ContainsFunc(cols, func(c column) bool { return c.attempt })
	measured := slices.ContainsFunc(cols, func(c column) bool { return c.rank && measureHeadRe.MatchString(c.head) })
	for k, c := range after {
		c = strings.TrimSpace(c)
		if tries && emptyCellRe.MatchString(c) && k > firstNum && k < lastNum {
			// A try not taken ("42 / 42": no second attempt): none.
			nums = append(nums, 0)
			continue
		}
		if k == lost {
			holes = append(holes, len(nums))
			nums = append(nums, -1)
			continue
		}
		if words && k > firstNum && k < lastNum && hanOnly(c) == c && c != "" {
			// The words of a column among the scores ("未戴护目镜" under
			// 扣分原因, before the total): no score.
			continue
		}
		if k > firstNum && k < lastNum && hanOnly(c) == c && c != "" && nameLike(c) && c != "分" {
			holes = append(holes, len(nums))
			nums = append(nums, -1)
			hanCell = true
			continue
		}
		if isID(c) {
			// The 学号 after the name ("1 郝晨 2302101201 18 55 16 89"),
			// a speck beside it perhaps ("妥涛”20234224 28 76 104"): no
			// score, and no doubt on the scores.
			continue
		}
		if stationMarkRe.MatchString(c) {
			// A workstation's number, "3#" ("]#" for 1#: heldout144's 进贤
			// 机电, a colour scan, under 工位 run into the first heading):
			// no score, and no speck on one.
			continue
		}
		// A grade column's word glued to the total ("74中", "93优"): the
		// total.
		if m := numGradeRe.FindStringSubmatch(c); m != nil {
			c = m[1]
		} else if m := gluedSignerRe.FindStringSubmatch(c); k == lastNum && signedAfter && m != nil {
			// The examiner's name after the total, glued to it by a
			// speck ("82。曾国强" under 总分 考评员, heldout65's 抚州
			// 烹饪): the total.
			c = m[1]
		} else if k == lastNum && gradeCol {
			// Under a 等级 column, the grade OCR garbled, glued to the
			// total by a speck ("69”人台格" for 69 合格, heldout59's 莆田):
			// the total, the marks after it the grade's.
			if m := gluedGradeRe.FindStringSubmatch(c); m != nil {
				c = m[1]
			}
		}
		// A speck read as a quote or a comma glued to a number ("”53"):
		// the number stands, as after specks between scores.
		if t := strings.TrimLeft(strings.Trim(c, specksAround), "。"); t != c && numRe.MatchString(t) {
			// … or as a full stop ahead of it ("富明哲。76 27"): a rule
			// beside the name's cell.
			c, specks = t, true
		}
		switch {
		case numRe.MatchString(c) && len(c) > 1 && len(c) < 6 && c[0] == '0' && c[1] != '.':
			// A score is not written with a leading zero: OCR misread a
			// digit ("30 3基07" for 30 37 67) or a speck ("27 053 80").
			noisy = true
		case numRe.MatchString(c) && len(c) < 6: // ids (学号) are longer
			v, _ := strconv.ParseFloat(c, 64)
			nums = append(nums, v)
		case percentCellRe.MatchString(c) && measured:
			// A rate under a figure's heading ("35%" under 完播率): its
			// column's number, no score.
			v, _ := strconv.ParseFloat(strings.TrimRight(c, "%％"), 64)
			nums = append(nums, v)
		case k > lastNum && letterGradeRe.MatchString(c):
			// A letter grade after the last number ("82 B" under 总分 等级,
			// heldout15's 遵义 动画): no score.
		case markedNumRe.MatchString(c) || ruleMarkedRe.MatchString(c):
			// A number with a mark read into it ("9%5" for 95), or a
			// rule's mark beside it OCR's second reading could not tell
			// from a 1 ("]11": 11 or 111): its place is known, its value
			// not (but see ruleMarksBorne).
			if !markedNumRe.MatchString(c) {
				ruleMarked++
			}
			holes = append(holes, len(nums))
			nums = append(nums, -1)
		case asciiLetters(c):
			// A score OCR read as letters ("64 27 Ts" for 64 27 91): its
			// place is known, its value not.
			holes = append(holes, len(nums))
			nums = append(nums, -1)
		case blank(c):
			// OCR specks between the scores ("59 . 5 98"): a digit may have
			// gone into them.
			specks = true
		case k == len(after)-1 && len(nums) == len(numCols)-1 && edgeSpeckTotal(c, numCols) >= 0:
			// The total, a speck off the table's right rule read as a
			// character glued to it ("89人", "77习": heldout147's 兴化 网络,
			// a coil of solder wire against the rule on a 1-bit scan): no
			// digit, which would take the total past what the maxima make.
			nums = append(nums, edgeSpeckTotal(c, numCols))
		case strings.ContainsAny(c, "0123456789"):
			// A score with a speck ("2]"): the numbers cannot be trusted.
			noisy = true
		}
	}
	if utf8.RuneCountInString(name) < 2 {
		name = "" // one character left of a name ("7机24 72"): a record, name unread
	}
	name = ruleSpeck(name)
	r := Record{Name: name, Matched: name, Unsure: unsure, Noisy: noisy || specks, Excerpt: strings.TrimSpace(raw), best: -1}
	r.Short = len(numCols) > 0 && len(numGroupRe.FindAllString(strings.Join(after, " "), -1)) < len(numCols)
	if len(numCols) >= 3 && len(nums) == len(numCols)-1 && !noisy && len(holes) == 0 && groupScoreHeadRe.MatchString(numCols[0].head) && !numCols[0].total {
		// The group's score in a cell merged down its members' rows,
		// printed on one of them or between (heldout110's 涿州 照护:
		// "小组成果(40) 个人过程(30) 个人答辩(30) 总分" over "马芷淇25 34 90",
		// "第三组31" on a line of its own): the row's numbers are the
		// others', the group's not known.
		nums = append([]float64{-1}, nums...)
		holes = append(holes, 0)
	}
	extra := len(nums) == len(numCols)+1 && len(numCols) > 0 && !noisy && len(holes) == 0
	switch {
	case extra && unknownLast(cols):
		v := nums[len(nums)-1]
		r.last, nums = &v, nums[:len(numCols)]
	case extra && !weighted && noTotalHeading(numCols):
		v := nums[len(nums)-1]
		r.last, r.lastGuess, nums = &v, true, nums[:len(numCols)]
	case len(nums) == len(numCols) && len(numCols) > 0 && unknownLast(cols):
		r.lastLost = true
	}
	r.over = len(numCols) > 0 && len(nums) > len(numCols) && r.last == nil
	if r.over && !noisy {
		r.overNums, r.overCols = nums, numCols
	}
	if len(nums) == len(numCols)-1 && !noisy && len(holes) == 0 && !specks && !hanCell && plainSum(numCols, weighted) {
		r.lostCell = lostCellPlacings(nums, numCols)
	}
	if len(nums) != len(numCols) || len(nums) == 0 || noisy {
		return r, true
	}
	r.Noisy, r.speckled, r.hanCell = len(holes) > 0 || specks, specks, hanCell
	if len(holes) > 0 && ruleMarked == len(holes) && !specks && !hanCell {
		// Each hole a number beside a rule's mark: the row read with the
		// marks taken for rules, kept for ruleMarksBorne.
		if bare := ruleMarkRe.ReplaceAllString(line, "$1$2$3"); bare == line {
			// The marks stand where the row's spacing does not show them
			// (inside a cell OCR ran together): no other reading.
		} else if alt, ok := recordRow(bare, cols, weighted, split, totalAlone); ok && !alt.Noisy && alt.SumChecked {
			for _, k := range holes {
				alt.MarkedCols = append(alt.MarkedCols, numCols[k].head)
			}
			r.unmarked = &alt
		}
	}
	plain := plainSum(numCols, weighted)
	if len(holes) > 0 {
		r.holedPlain = plain
		for k, c := range numCols {
			r.holed = append(r.holed, cell{value: nums[k], max: c.max, total: c.total, head: c.head})
		}
	}
	if len(fracMax) == len(numCols) && len(holes) == 0 {
		// Every score a fraction: the maxima are the cells'.
		numCols = slices.Clone(numCols)
		for k := range numCols {
			if numCols[k].max == 0 {
				numCols[k].max = fracMax[k]
			}
		}
		plain = plainSum(numCols, weighted)
	}
	for k, c := range numCols {
		if slices.Contains(holes, k) {
			continue
		}
		s := Score{Column: c.head, Value: nums[k], Max: c.max}
		if c.total {
			t := s
			r.Total = &t
			continue
		}
		if c.net {
			t := s
			r.Net = &t
			continue
		}
		if c.rank || c.sub {
			continue
		}
		if c.attempt {
			r.tries = append(r.tries, s)
			continue
		}
		if c.best {
			r.best = len(r.Scores)
		}
		r.Scores = append(r.Scores, s)
	}
	if len(holes) == 0 {
		group, parts := 0.0, 0
		for k, c := range numCols {
			switch {
			case c.sub:
				if parts > 0 {
					r.subs++
					if math.Abs(group-nums[k]) < 0.51 {
						r.subsAgree++
					}
				}
				group, parts = 0, 0
			case !c.total && !c.net && !c.rank && !c.attempt && !c.deduct:
				group += nums[k]
				parts++
			}
		}
	}
	// The points taken off add up to their total whatever the maxima.
	deductions := slices.ContainsFunc(numCols, func(c column) bool { return c.deduct })
	r.SumChecked = r.Total != nil && len(r.Scores) >= 2 && len(holes) == 0 && (plain || deductions)
	r.deduct = deductions
	return r, true
}

// glued reports whether a score of the row is two numbers read as one:
// three times its maximum or more.
func (r *Record) glued() bool {
	return slices.ContainsFunc(r.Scores, func(s Score) bool { return s.Max > 0 && s.Value >= 3*s.Max })
}

// totalGlued reports whether the row's total is two numbers read as one
// ("7989更正张": 79 struck, 89 written beside it, heldout85's 什邡 网络):
// three times its maximum, or the scores' maxima's sum, or four digits
// where neither is known.
func (r *Record) totalGlued() bool {
	if r.Total == nil {
		return false
	}
	ceiling := r.Total.Max
	if ceiling == 0 && len(r.Scores) > 0 && !slices.ContainsFunc(r.Scores, func(s Score) bool { return s.Max <= 0 }) {
		for _, s := range r.Scores {
			ceiling += s.Max
		}
	}
	if ceiling > 0 {
		return r.Total.Value >= 3*ceiling
	}
	return r.Total.Value >= 1000
}

// Numbers lists the numbers in s as written, whole or with decimals
// ("79", "27.5"): the groups the readings here take for scores.
func Numbers(s string) []string { return numGroupRe.FindAllString(s, -1) }

// cellsAddUp reports whether cells are numbers the last of which is the
// sum of the others.
func cellsAddUp(cells []string) bool {
	sum := 0.0
	for i, c := range cells {
		if !numRe.MatchString(c) {
			return false
		}
		v, _ := strconv.ParseFloat(c, 64)
		if i == len(cells)-1 {
			return math.Abs(sum-v) < 1e-6
		}
		sum += v
	}
	return false
}

// gradeBeforeMore returns, for the cells after a row's name in a table
// whose 等级 column follows the total and has columns after it (备注, 学号),
// how many cells to keep: those up to the grade word that follows the
// row's n numbers (n the table's number columns), the grade's own cell cut
// to what stands before the word. What follows is the later columns',
// whatever OCR made of them: a 学号 cut at the margin ("…8 71站：中0",
// heldout127's 鄂州 新能源, the 0 all that was left of 2342043522) is no
// score. -1 where the table is not so, or no grade word follows exactly
// the n numbers (ids, six digits or more, not counted).
func gradeBeforeMore(after []string, cols []column, n int) int {
	total, grade := -1, -1
	for i, c := range cols {
		switch {
		case c.num && c.total:
			total = i
		case total >= 0 && grade < 0 && !c.num && strings.Contains(c.head, "等级"):
			grade = i
		}
	}
	if n == 0 || grade < 0 || grade == len(cols)-1 {
		return -1
	}
	seen := 0
	for k, c := range after {
		if loc := gradeWordRe.FindStringIndex(c); loc != nil && seen+shortNumbers(c[:loc[0]]) == n {
			if strings.TrimSpace(c[loc[1]:]) == "" && k == len(after)-1 {
				return -1 // the grade last: nothing to cut
			}
			if before := strings.TrimSpace(c[:loc[0]]); before != "" {
				after[k] = before
				return k + 1
			}
			return k
		}
		seen += shortNumbers(c)
	}
	return -1
}

// shortNumbers counts the numbers of s shorter than six digits (a 学号 is
// longer).
func shortNumbers(s string) int {
	k := 0
	for _, g := range numGroupRe.FindAllString(s, -1) {
		if len(g) < 6 {
			k++
		}
	}
	return k
}

// columnsAfter counts a header's columns after its total, the last column
// of numbers, none of them the name's: 前测 后测 增值, 等级, 备注. 0 when the
// last column of numbers is no total.
func columnsAfter(cols []column) int {
	k := 0
	for i := len(cols) - 1; i >= 0; i-- {
		switch {
		case cols[i].num && cols[i].total:
			return k
		case cols[i].num:
			return 0
		case cols[i].name:
			return 0
		}
		k++
	}
	return 0
}

// Check lists the impossible values of a record: a score above its
// maximum, a total above its maximum, a total that is not the sum.
func (r *Record) Check() []string {
	if r.speckled && !r.SureDigits {
		return nil
	}
	if r.OCR && (r.hanCell && r.glued() || r.totalGlued()) {
		// "17 2124清22 13 76" (heldout84's 温岭 照护, a hand correction:
		// 21 struck, 24 written, the teacher's initial beside it): two
		// numbers read as one, Han characters among them; the row's
		// numbers no longer stand under their headings. A total read so
		// is no total either.
		return nil
	}
	if r.OCR && r.shiftExplains() {
		return nil
	}
	if r.OCR && !r.SureDigits && r.oneMisread() {
		// "47 87 84" for 47 37 84: one digit read wrong makes both a score
		// above its maximum and a total that is not the sum; the row with
		// that digit right is sound. Two errors that one misread digit
		// explains are that misread.
		return nil
	}
	var out []string
	speck := false
	// On a scanned row whose total is not the sum of its scores, a digit
	// was misread somewhere ("97 26 63" for 37 26 63): a score above its
	// maximum there is no evidence either.
	misread := false
	doubt := r.OCR && !r.SureDigits
	maxOK := r.maximaTrusted()
	onlySure := false // only scores read surely are evidence
	beyond := -1      // the one score read unsurely that cannot make the row add up
	if doubt {
		// A score of the row OCR read as Han characters ("36油芝5"): the
		// row's other digits are in doubt too, and its total cannot vouch
		// for them.
		misread = r.sumWrong() || r.hanCell
		if misread && !r.hanCell && (r.solvedBySure() || r.onlyTotalUnsure()) {
			// The one number read unsurely is what the sure ones and the
			// total make it, within its maximum ("9 12 1 19 33 8 92", its
			// "1" for 11), or it is the total ("17 17 36 13 8 9", its 9
			// read at 58 for 91): the row is read right but for it.
			misread, onlySure = false, true
		} else if k := r.beyondUnsure(); misread && !r.hanCell && k >= 0 && (maxOK || slices.Contains(r.confirmed, r.Scores[k].Column)) {
			beyond = k
		}
	}
	for k, s := range r.Scores {
		// A heading whose printed maximum rows of the table exceed is a
		// maximum OCR misread ("输出(5)" for 输出(15)): nothing is held
		// against it, not even its digits' count.
		if slices.Contains(r.doubted, s.Column) {
			continue
		}
		// On a scanned row a score with more digits than its maximum is a
		// speck read as a digit ("38 355 9"): the row's digits are not to
		// be trusted. A half point ("27.5" under 30) is no extra digit.
		if r.OCR && s.specked() {
			if v, ok := r.speckOver(k); ok && !r.hanCell && maxOK {
				out = append(out, "“"+s.Column+"”得分"+fmtNum(v)+"超过满分"+fmtNum(s.Max)+"（扫描件中识别为"+fmtNum(s.Value)+"，多出一位；去掉这一位后与总分"+fmtNum(r.Total.Value)+"相符）")
			}
			speck = true
			continue
		}
		if r.OCR && r.pointLost(k) {
			continue
		}
		if r.OCR && r.digitAddedExplains(k) {
			continue
		}
		if onlySure && !r.SureScore[k] {
			continue
		}
		if s.Max > 0 && s.Value > s.Max+1e-9 && !misread && (maxOK || slices.Contains(r.confirmed, s.Column)) {
			out = append(out, "“"+s.Column+"”得分"+fmtNum(s.Value)+"超过满分"+fmtNum(s.Max))
		}
		if s.Max == 0 && r.ceiling > 0 && s.Value > r.ceiling+1e-9 && !misread && (!r.OCR || r.SureMaxima || r.ceilingSum) {
			out = append(out, s.Column+fmtNum(s.Value)+"超过表头所列任何一项的满分（最高为"+fmtNum(r.ceiling)+"分）")
		}
	}
	if k := r.best; k >= 0 && k < len(r.Scores) && len(r.tries) > 0 && bestHeadRe.MatchString(r.Scores[k].Column) && !doubt && !speck {
		top := 0.0
		for _, t := range r.tries {
			top = max(top, t.Value)
		}
		if b := r.Scores[k]; math.Abs(b.Value-top) > 1e-9 {
			out = append(out, "“"+b.Column+"”"+fmtNum(b.Value)+"不是各次考核中的最高分"+fmtNum(top))
		}
	}
	if r.Total != nil {
		if r.Total.Max > 0 && r.Total.Value > r.Total.Max+1e-9 && maxOK {
			out = append(out, r.totalWord()+fmtNum(r.Total.Value)+"超过满分"+fmtNum(r.Total.Max))
		}
		// A sum read from digits OCR was unsure of is no evidence: a digit
		// misread makes a row not add up far more often than a wrong total
		// does ("13宋丽41 32 63" for 41 22 63, its 22 read at confidence
		// 41; "44 28 92" for 44 28 72 on a table garbled throughout). On
		// the scanned item-10 tables of 24 generated corpora and four
		// held-out ones, every total not the sum that was planted was read
		// surely (4 rows), and the one such claim on unsure digits was a
		// misread. The reviewer is told instead (UnsureSum).
		// A digit OCR lost or added leaves the rest read at full
		// confidence: SureDigits does not rule it out.
		if (!doubt || r.unexplained || beyond >= 0) && !speck && r.sumWrong() && !(r.OCR && (r.digitSlip() || r.unsureMisread())) {
			switch {
			case r.deduct:
				out = append(out, "扣分合计"+fmtNum(r.Total.Value)+"不等于各项扣分之和"+fmtNum(scoreSum(r.Scores)))
			case r.weights != nil:
				out = append(out, "总评"+fmtNum(r.Total.Value)+"不等于按各项权重计算的"+fmtNum(math.Round(r.expected()*10)/10))
			case beyond >= 0:
				u := r.Scores[beyond]
				out = append(out, r.totalWord()+fmtNum(r.Total.Value)+"不等于各项之和"+fmtNum(scoreSum(r.Scores))+"（扫描件中“"+u.Column+"”一栏的"+fmtNum(u.Value)+"识别把握不大，但该行其余数字识别可靠，该栏无论为何值（0至满分"+fmtNum(u.Max)+"）都不能使该行相符）")
			case doubt:
				out = append(out, r.totalWord()+fmtNum(r.Total.Value)+"不等于各项之和"+fmtNum(scoreSum(r.Scores))+"（扫描件的数字识别把握不大，但任何一个数字错认一位都不能使该行相符）")
			default:
				out = append(out, r.totalWord()+fmtNum(r.Total.Value)+"不等于各项之和"+fmtNum(scoreSum(r.Scores)))
			}
		}
		// What is left of the base once the points are taken off. On a
		// scan, only where the row's deductions add up to their total (its
		// reading checked) and no digit OCR dropped or added explains it
		// ("9" for 96).
		if !doubt && !speck {
			out = append(out, r.runWrong...)
		}
		if !doubt && !speck && r.netWrong() {
			n := r.Net
			taken := "扣分合计" + fmtNum(r.Total.Value)
			if r.dedFromItems {
				taken = "扣分原因所列扣分之和" + fmtNum(r.Total.Value) + "（扣分一栏无法辨认）"
			}
			out = append(out, "“"+n.Column+"”"+fmtNum(n.Value)+"不等于"+fmtNum(r.base)+"减去"+taken+"（应为"+fmtNum(r.base-r.Total.Value)+"）")
		}
	}
	if len(out) == 0 && r.OCR && r.holed != nil {
		out = r.holedWrong()
	}
	if len(out) == 0 && r.OCR && r.Total == nil && r.lostCell != nil {
		out = r.lostCellWrong()
	}
	return out
}

// bareSerialRe is a table's row holding its serial number alone: a row of
// a printed blank left empty.
var bareSerialRe = regexp.MustCompile(`^\s*(\d{1,3})\s*$`)

// unusedBlankRows drops the last record or two of a register printed blank
// and filled in by hand (heldout126's 盘锦 照护, photographed: rows 1 to 41
// each with its 学号 and name, then "42 RE的抽23了3到再RSLEERTSESTT ES" and
// "43", "44"): a row with no 学号, no valid name and no score, where every
// row above has its 学号, and the rows after it stand numbered and empty,
// is one of the blank's unused rows, specks read on it, no student's.
func unusedBlankRows(rs []Record, pages []string) []Record {
	n := len(rs)
	if n < 10 {
		return rs
	}
	blank := func(r Record) bool {
		return len(StudentIDs(r.Excerpt)) == 0 && !Valid(r.Name) && len(r.Scores) == 0 && r.Total == nil
	}
	k := n
	for k > 0 && n-k < 2 && blank(rs[k-1]) {
		k--
	}
	if k == n || k > 0 && blank(rs[k-1]) || slices.ContainsFunc(rs[:k], func(r Record) bool { return len(StudentIDs(r.Excerpt)) == 0 }) {
		return rs
	}
	last := rs[n-1]
	serial := rowSerial(last.Excerpt)
	if serial < 0 || last.Page < 1 || last.Page > len(pages) {
		return rs
	}
	lines := strings.Split(normLine(pages[last.Page-1]), "\n")
	if last.Line+1 >= len(lines) {
		return rs
	}
	m := bareSerialRe.FindStringSubmatch(lines[last.Line+1])
	if m == nil || m[1] != strconv.Itoa(serial+1) {
		return rs
	}
	return rs[:k]
}

// groupScoreRuns gives the rows of a register whose group's score stands
// in a cell merged down the group's rows (groupScoreHeadRe; the row's
// score there unread, hole 0) the group scores of the rows around them
// (heldout122's 辽阳 照护: 小组汇报(20) printed on one member's row or on a
// line of its own, "第二组15"). A row's group score is its total less its
// other scores, or the score read on it; a value two rows in a row share,
// or read, is a group's. A row whose value is neither the group's before
// it nor the one after it (宫浩博's 8 between rows of 15 and of 13) is
// wrong whichever group is his: groupScores holds those two, for Check.
func groupScoreRuns(rs []Record) {
	type val struct {
		i    int
		v    float64
		read bool
	}
	byTable := map[tableKey][]val{}
	for i := range rs {
		r := &rs[i]
		if r.Total == nil || len(r.Scores) == 0 || r.weights != nil || r.deduct {
			continue
		}
		switch {
		case len(r.holed) > 0 && r.holedPlain && r.holed[0].value < 0 && !r.holed[0].total && groupScoreHeadRe.MatchString(r.holed[0].head) &&
			!slices.ContainsFunc(r.holed[1:], func(c cell) bool { return c.value < 0 }):
			byTable[r.table()] = append(byTable[r.table()], val{i: i, v: r.Total.Value - scoreSum(r.Scores)})
		case r.holed == nil && r.SumChecked && !r.sumWrong() && groupScoreHeadRe.MatchString(r.Scores[0].Column):
			byTable[r.table()] = append(byTable[r.table()], val{i: i, v: r.Scores[0].Value, read: true})
		}
	}
	for _, vs := range byTable {
		group := func(k int) bool {
			return vs[k].read || k > 0 && vs[k-1].v == vs[k].v || k+1 < len(vs) && vs[k+1].v == vs[k].v
		}
		for k, x := range vs {
			if x.read || group(k) {
				continue
			}
			var around []float64
			for j := k - 1; j >= 0; j-- {
				if group(j) {
					around = append(around, vs[j].v)
					break
				}
			}
			for j := k + 1; j < len(vs); j++ {
				if group(j) {
					if !slices.Contains(around, vs[j].v) {
						around = append(around, vs[j].v)
					}
					break
				}
			}
			if len(around) > 0 {
				rs[x.i].groupScores = around
			}
		}
	}
}

// holedWrong lists what is wrong, whatever the unread score is, with a
// scanned row where OCR read one score as something else (holed), its
// numbers in their columns as read (no other placing is sound, see
// shiftExplains) and the table's total the plain sum:
//   - a score read surely above its maximum, where the total, read surely,
//     is the sum with the unread score within its own maximum (the total
//     bears the score out): heldout118's 定州 照护, "11 46 22也91" under
//     15 40 30 15 总分, 46 under 协助进食(满分40);
//   - a total, every number of the row read surely, that no value of the
//     unread score from 0 to its maximum makes the sum, nor one digit
//     OCR dropped or added in a number within its maximum: heldout120's
//     邵阳 酒店, "4 4和5 4 4 38 19 89" under six sessions of 5, 40, 30 and
//     总分 (78 and at most 5 for the unread one: 89 is no sum).
//
// The maxima must be trusted: read surely, or adding up to the total's.
func (r *Record) holedWrong() []string {
	if !r.holedPlain || r.Total == nil || r.weights != nil || r.deduct || r.Net != nil || r.speckled {
		return nil
	}
	hole, known, sumMax := -1, 0.0, 0.0
	var vals, maxes []float64 // the known numbers, the total first
	vals, maxes = append(vals, r.Total.Value), append(maxes, r.Total.Max)
	for k, c := range r.holed {
		switch {
		case c.total:
			continue
		case c.value < 0:
			if hole >= 0 || c.max <= 0 {
				return nil
			}
			hole = k
		default:
			known += c.value
			vals, maxes = append(vals, c.value), append(maxes, c.max)
		}
		sumMax += c.max
	}
	full := 100.0
	if r.Total.Max > 0 {
		full = r.Total.Max
	}
	if hole < 0 || !r.SureMaxima && math.Abs(sumMax-full) > 0.01 {
		return nil
	}
	open := r.holed[hole].max
	unread := "（扫描件中“" + r.holed[hole].head + "”一栏无法辨认"
	fits := func(total, known float64) bool { return total-known > -0.51 && total-known < open+0.51 }
	if r.groupScores != nil && hole == 0 {
		// The group's score, merged down its rows: what the rows around
		// this one make it.
		fits = func(total, known float64) bool {
			return slices.ContainsFunc(r.groupScores, func(g float64) bool { return math.Abs(total-known-g) < 0.51 })
		}
		var gs []string
		for _, g := range r.groupScores {
			gs = append(gs, fmtNum(g))
		}
		if !r.SureDigits || fits(r.Total.Value, known) {
			return nil
		}
		return []string{r.totalWord() + fmtNum(r.Total.Value) + "不等于各项之和（“" + r.holed[hole].head + "”为全组合并的一格，其余各项之和为" + fmtNum(known) +
			"；前后同组各行的小组得分为" + strings.Join(gs, "或") + "分，加上都不能使该行相符）"}
	}
	if r.SureTotal && fits(r.Total.Value, known) {
		for k, sc := range r.Scores {
			if sc.Max > 0 && sc.Value > sc.Max+1e-9 && k < len(r.SureScore) && r.SureScore[k] && !sc.specked() && !r.pointLost(k) {
				return []string{"“" + sc.Column + "”得分" + fmtNum(sc.Value) + "超过满分" + fmtNum(sc.Max) + unread + "，总分与其余各项相符）"}
			}
		}
		return nil
	}
	if !r.SureDigits || fits(r.Total.Value, known) || slices.ContainsFunc(r.Scores, func(sc Score) bool { return sc.Max > 0 && sc.Value > sc.Max+1e-9 }) {
		return nil
	}
	if belowAPart(vals[0], vals[1:]) || vals[0] < known/2 {
		// However surely read ("12 14 30 12了15" for 12 14 30 12 7 75,
		// heldout130's 五原 数控 scan reading its 7s as 了 and 1; "9 13
		// 11了14 12 9 4 19" for a total of 79, heldout136's 长垣 机电, the
		// 19 read at 92): a total below half of what the other parts
		// already make is no teacher's slip.
		return nil
	}
	// One digit dropped or added in one number, within its maximum.
	for i, v := range vals {
		for _, alt := range oneDigitOff(fmtNum(v)) {
			if maxes[i] > 0 && alt > maxes[i]+1e-9 {
				continue
			}
			if i == 0 && fits(alt, known) || i > 0 && fits(vals[0], known-v+alt) {
				return nil
			}
		}
	}
	return []string{r.totalWord() + fmtNum(r.Total.Value) + "不等于各项之和" + unread + "，其余各项之和为" + fmtNum(known) + "，该栏无论为何值（0至满分" + fmtNum(open) + "）都不能使该行相符）"}
}

// lostCellPlacings lists the ways a row's numbers, one fewer than the
// table's columns (a photographed register whose 7 OCR lost: "龚立伟18 18
// 26 12 87" under 安全防护(10) 电压采集(20) 压差分析(25) 均衡维护(30)
// 记录整理(15) 总分, heldout150's 桑植 新能源), stand under them with one
// score cell lost: the last number the total, above every score's maximum
// (no score that the lost total left last), the others in order, each
// within its maximum. Nil when the table has fewer than three scores, a
// column other than scores and the total, or no placing fits.
func lostCellPlacings(nums []float64, numCols []column) [][]cell {
	last := len(numCols) - 1
	if last < 3 || !numCols[last].total {
		return nil
	}
	for _, c := range numCols[:last] {
		if c.total || c.max <= 0 || c.rank || c.sub || c.net || c.deduct || c.attempt || c.best {
			return nil
		}
		if nums[len(nums)-1] <= c.max {
			return nil
		}
	}
	var out [][]cell
	for hole := range last {
		row := make([]cell, 0, len(numCols))
		fits := true
		for k, c := range numCols {
			v := -1.0
			switch {
			case k < hole:
				v = nums[k]
			case k > hole:
				v = nums[k-1]
			}
			if v > c.max+1e-9 && c.max > 0 {
				fits = false
			}
			row = append(row, cell{value: v, max: c.max, total: c.total, head: c.head})
		}
		if fits {
			out = append(out, row)
		}
	}
	return out
}

// lostCellWrong claims a row that lost one score cell (lostCell) whose
// total no value of the lost cell, from 0 to its maximum, makes the sum
// of its scores, whichever cell it is, where no one digit dropped or added
// in a number explains it either (holedWrong judges each placing). Only
// placings whose every number lies within its column's usual range over
// the table's rows that add up (spanColumns) are readings at all: a row
// with a number far outside ("宫俊敬22 1 1 78", heldout135's 洮南 机电, an
// 11 read as two numbers) lost more than a cell, and is not claimed.
func (r *Record) lostCellWrong() []string {
	if len(r.spans) == 0 {
		return nil
	}
	var first []string
	plausible := 0
	for _, row := range r.lostCell {
		usual := true
		for c, cell := range row {
			at := c + 1 // spans: the total first, then the scores
			if cell.total {
				at = 0
			}
			usual = usual && (cell.value < 0 || r.likely(at, cell.value))
		}
		if !usual {
			continue
		}
		plausible++
		alt := *r
		alt.holed, alt.holedPlain, alt.lostCell, alt.Scores = row, true, nil, nil
		for _, c := range row {
			s := Score{Column: c.head, Value: c.value, Max: c.max}
			switch {
			case c.total:
				alt.Total = &s
			case c.value >= 0:
				alt.Scores = append(alt.Scores, s)
			}
		}
		msg := alt.holedWrong()
		if msg == nil {
			return nil
		}
		if first == nil {
			first = msg
		}
	}
	if plausible == 0 {
		return nil
	}
	if plausible > 1 {
		// Which cell was lost is not known: say so, not one heading.
		known := 0.0
		for _, c := range r.lostCell[0] {
			if !c.total && c.value > 0 {
				known += c.value
			}
		}
		return []string{"总分" + fmtNum(r.lostCell[0][len(r.lostCell[0])-1].value) + "不等于各项之和（扫描件中该行少读出一格，其余各项之和为" + fmtNum(known) + "，无论缺的是哪一栏、为何值都不能使该行相符）"}
	}
	return first
}

// totalWord names the row's total in a message: 总分, or 小计 where the
// total read is a group's (groupBeforeLost).
func (r *Record) totalWord() string {
	if strings.Contains(r.Total.Column, "小计") {
		return "小计"
	}
	return "总分"
}

// ClaimUnexplained marks, in each scanned table of rs (OCR and SureDigits set
// by the caller), the rows read unsurely whose total is not
// the sum of their scores where no single digit misread, lost or added in
// one of the row's numbers makes it add up with every score within its
// maximum (heldout64's 魏梓萌, "9 10 11 17 16 10 81": 8 over the sum, and no
// one digit of any number closes the gap within the maxima), in a table of
// ten checked rows or more, nine in ten of them adding up, and every number
// of the row within its column's usual range: what OCR does to a row is a
// digit misread, and it did no worse to the table's others.
// Check claims such a row's total wrong.
func ClaimUnexplained(rs []Record) {
	checked, adds := map[tableKey]int{}, map[tableKey]int{}
	for _, r := range rs {
		if !r.OCR || r.Total == nil || !r.SumChecked || r.Short {
			continue
		}
		if slices.ContainsFunc(r.Scores, Score.specked) {
			// A score with more digits than its maximum ("11 29 26 111
			// 77", 11 read 111 on heldout129's 江孜 汽修 1-bit register) is
			// a speck Check passes over: no row to judge the table's
			// reading by, either way.
			continue
		}
		checked[r.table()]++
		if r.AddsUp() {
			adds[r.table()]++
		}
	}
	for i := range rs {
		r := &rs[i]
		t := r.table()
		if !r.OCR || r.SureDigits || r.Noisy || r.hanCell || !r.sumWrong() || checked[t] < 10 {
			continue
		}
		// A row whose every group (two or more) adds up to its 小计 was
		// read right up to its total, whatever OCR did to the table's
		// other rows: three in four of them adding up will do
		// (heldout144's 新化 网络, a 1-bit stage register: 谢资远's
		// "8 8 16 13 20 33 15 15 30 85", two rows beside it an 11 read 1).
		if verified := r.subs >= 2 && r.subsAgree == r.subs; 10*adds[t] < 9*checked[t] && !(verified && 4*adds[t] >= 3*checked[t]) {
			continue
		}
		// Every number within its column's usual range (spanColumns): a
		// number far outside it ("3李雪晴16 13 26 2 8 78", a 15 read "2",
		// heldout30) was garbled past one digit.
		usual := len(r.spans) > 0
		for c, v := range r.values() {
			usual = usual && r.likely(c, v)
		}
		r.unexplained = usual && r.weights == nil && !r.deduct && r.Net == nil && !r.misreadExplains()
	}
}

// misreadExplains reports whether one digit misread, lost or added in one
// of the row's numbers (a score or the total) makes its total the sum of
// its scores, each within its maximum; true too when a maximum is unknown
// (nothing then bounds the readings). Where OCR's confidences are known
// (ScoreConf, TotalConf), a number read at misreadConf or more is taken to
// have its digits read right, as unsureMisread takes it; a digit lost or
// added leaves the confidence high, and is tried on every number
// (heldout127's 鄂州 吴峤宇, "10 25 22 13 8 71" on a tilted photo, every
// score read at 95 and the 71 at 85: only reading its 1 as 8 would make
// it the sum).
func (r *Record) misreadExplains() bool {
	vals := []float64{r.Total.Value}
	maxes := []float64{r.Total.Max}
	confs := []int{r.TotalConf}
	known := len(r.ScoreConf) == len(r.Scores)
	for k, s := range r.Scores {
		if s.Max <= 0 {
			return true
		}
		vals = append(vals, s.Value)
		maxes = append(maxes, s.Max)
		if known {
			confs = append(confs, r.ScoreConf[k])
		}
	}
	sound := func(vs []float64) bool {
		sum := 0.0
		for i, v := range vs {
			if maxes[i] > 0 && v > maxes[i]+1e-9 {
				return false
			}
			if i > 0 {
				sum += v
			}
		}
		return math.Abs(sum-vs[0]) <= 0.51
	}
	for i, v := range vals {
		x := fmtNum(v)
		alts := oneDigitOff(x)
		if !known || confs[i] < misreadConf {
			alts = append(alts, digitMisread(x)...)
		}
		for _, alt := range alts {
			w := slices.Clone(vals)
			w[i] = alt
			if sound(w) {
				return true
			}
		}
	}
	return false
}

// solvedBySure reports whether a scanned row that does not add up was read
// surely in all its numbers but one score (SureScore, SureTotal), and that
// score, solved for from the total and the others, lies within its
// maximum: OCR misread that one ("1" for 11, a digit lost), and the
// others, the total among them, stand as read.
func (r *Record) solvedBySure() bool {
	k, x := r.leftForUnsure()
	if k < 0 {
		return false
	}
	s := r.Scores[k]
	return s.Max > 0 && x > -1e-9 && x <= s.Max+1e-9 && math.Abs(x-s.Value) > 0.51
}

// leftForUnsure returns, on a row whose total is checked against its
// scores (no weights, no deductions) and was read surely, as was every
// score but one, that score and what the total and the sure scores leave
// it; -1 where the row is not so.
func (r *Record) leftForUnsure() (int, float64) {
	if len(r.SureScore) != len(r.Scores) || !r.SureTotal || r.Total == nil || !r.SumChecked || r.weights != nil || r.deduct || r.Net != nil {
		return -1, 0
	}
	unsure, rest := -1, 0.0
	for k, s := range r.Scores {
		if r.SureScore[k] {
			rest += s.Value
			continue
		}
		if unsure >= 0 {
			return -1, 0 // two unsure: the total tells neither
		}
		unsure = k
	}
	if unsure < 0 {
		return -1, 0
	}
	return unsure, r.Total.Value - rest
}

// beyondUnsure returns the score of a scanned row read unsurely where it
// is the only one (its total and every other score read surely) and no
// value of it within its maximum makes the row add up: whatever OCR made
// of it, the total is not the sum (heldout103's 阿尔山 烹饪, "7 9 13 15 16
// 11 79", its 11 read at confidence 55: the sure numbers leave 19 for a
// column of 15). It returns -1 otherwise, and for a weighted or deduction
// row.
func (r *Record) beyondUnsure() int {
	k, x := r.leftForUnsure()
	if k < 0 {
		return -1
	}
	if s := r.Scores[k]; s.Max > 0 && !slices.Contains(r.doubted, s.Column) && (x < -0.51 || x > s.Max+0.51) {
		return k
	}
	return -1
}

// onlyTotalUnsure reports whether a scanned row read every score surely
// (SureScore) and its total unsurely: a row that does not add up so was
// misread in its total; its scores stand as read.
func (r *Record) onlyTotalUnsure() bool {
	if r.Total == nil || r.SureTotal || len(r.SureScore) != len(r.Scores) || len(r.Scores) == 0 {
		return false
	}
	for _, sure := range r.SureScore {
		if !sure {
			return false
		}
	}
	return true
}

// pointLost reports whether score k, above its maximum, is a half point
// whose decimal point OCR lost ("75" for 7.5 under 考勤(10), heldout5's
// colour scan): with the point it is within the maximum, and the row's
// total (or the number under a last heading not known to be the total) is
// the sum with it, every other such score, and the total too if need be,
// taking its point back ("75 205 21 185 675" for 7.5 20.5 21 18.5 67.5);
// or the row's other scores have half points.
func (r *Record) pointLost(k int) bool {
	lost := func(v, max float64) bool { return max > 0 && v > max && v == math.Trunc(v) && v/10 <= max }
	s := r.Scores[k]
	if !lost(s.Value, s.Max) {
		return false
	}
	vs := make([]float64, len(r.Scores))
	half := false
	for i, o := range r.Scores {
		vs[i] = o.Value
		if lost(o.Value, o.Max) {
			vs[i] = o.Value / 10
		}
		half = half || i != k && o.Value != math.Trunc(o.Value)
	}
	if half {
		return true
	}
	total := r.last
	if r.Total != nil {
		total = &r.Total.Value
	}
	if total == nil {
		return false
	}
	tol := 0.01
	if r.weights != nil {
		tol = 0.5
	}
	sum := weightedSum(vs, r.weights)
	return math.Abs(sum-*total) <= tol || *total == math.Trunc(*total) && math.Abs(sum-*total/10) <= tol
}

// UnsureSum reports whether a scanned row's total is not the sum of its
// scores as read, with digits OCR was unsure of: no claim (see Check), but
// a row for the reviewer to look at.
func (r *Record) UnsureSum() bool {
	return r.OCR && !r.SureDigits && !r.speckled && (r.sumWrong() || r.netWrong())
}

// netWrong reports whether the score left in a deduction register's row
// is not its base less the points taken off. On a scan, only where the
// row's deductions add up to their total (its reading checked) and no
// digit OCR dropped or added explains it ("9" for 96).
func (r *Record) netWrong() bool {
	n := r.Net
	if n == nil || r.base <= 0 || r.Total == nil || r.Short {
		return false
	}
	want := r.base - r.Total.Value
	return math.Abs(n.Value-want) > 0.01 && !(r.OCR && (r.sumWrong() || slices.Contains(oneDigitOff(fmtNum(n.Value)), want)))
}

// sumWrong reports whether the row's total is checked against its scores
// and is not their sum.
func (r *Record) sumWrong() bool {
	tol := 0.51
	if r.weights != nil {
		// A weighted total within a point of the weighted sum is its
		// rounding: truncated ("77" for 77.6), or the weights applied to
		// parts already rounded. (A scanned "77.0" for 77.6, heldout88's
		// 黄骅 电商, is OCR's; either way no wrong total.)
		tol = 0.99
	}
	return r.SumChecked && r.Total != nil && math.Abs(r.expected()-r.Total.Value) > tol && !r.capped()
}

// capped reports whether the row's total is the table's full marks (its
// maximum, else 100) and the sum of its scores more: a bonus column over a
// total capped at full marks ("加分(≤5)", "总分＝各项得分＋加分，最高100分",
// heldout77's 盐池 照护: 19 20 38 19 5 → 100), no wrong total.
func (r *Record) capped() bool {
	full := 100.0
	if r.Total.Max > 0 {
		full = r.Total.Max
	}
	return math.Abs(r.Total.Value-full) < 0.01 && r.expected() > full
}

// plainSum reports whether a table's total is the plain sum of its scores:
// no weights, every score's maximum known, and the total's maximum, if
// given, their sum.
func plainSum(numCols []column, weighted bool) bool {
	sumMax, totalMax := 0.0, 0.0
	for _, c := range numCols {
		switch {
		case c.rank:
		case c.total:
			totalMax = c.max
		case c.max == 0:
			return false
		default:
			sumMax += c.max
		}
	}
	return !weighted && (totalMax == 0 || math.Abs(totalMax-sumMax) < 0.01)
}

// cell is one number of a row in its column: its maximum (0 unknown),
// whether the column is the total, and its heading.
type cell struct {
	value, max float64
	total      bool
	head       string
}

// shiftExplains reports whether a row where OCR read letters in place of
// a number ("57 92 RN" for 57 35 92) is sound with its numbers in other
// columns: OCR may have lost a number and read a speck as letters, so
// that the numbers stand one column off. The numbers keep their order;
// the columns left over take values that fit their maxima. "57 92 RN"
// is then 57, a lost 35, 92; "64 27 Ts" (64 above 60) has no such reading.
func (r *Record) shiftExplains() bool {
	var known []float64
	for _, c := range r.holed {
		if c.value >= 0 {
			known = append(known, c.value)
		}
	}
	n := len(r.holed)
	if n == 0 || len(known) == 0 || len(known) > n {
		return false
	}
	place := make([]int, len(known)) // column of each known number
	var try func(i, from int) bool
	try = func(i, from int) bool {
		if i == len(known) {
			return r.soundPlacing(known, place)
		}
		for k := from; k <= n-(len(known)-i); k++ {
			place[i] = k
			if try(i+1, k+1) {
				return true
			}
		}
		return false
	}
	return try(0, 0)
}

// soundPlacing reports whether the row is sound with known[i] in column
// place[i] and the other columns unknown, and the placing is not the one
// read.
func (r *Record) soundPlacing(known []float64, place []int) bool {
	asRead := true
	vals := make([]float64, len(r.holed))
	for k := range vals {
		vals[k] = -1
	}
	for i, k := range place {
		vals[k] = known[i]
		asRead = asRead && r.holed[k].value == known[i]
	}
	if asRead {
		return false
	}
	sum, open, total := 0.0, 0.0, -1.0
	for k, c := range r.holed {
		v := vals[k]
		if v >= 0 && c.max > 0 && v > c.max+1e-9 {
			return false
		}
		switch {
		case c.total:
			total = v
		case v >= 0:
			sum += v
		default:
			open += c.max
		}
	}
	if total < 0 || !r.holedPlain {
		return true
	}
	rest := total - sum
	return rest > -0.51 && rest < open+0.51
}

// specked reports whether a score has more digits than its maximum before
// the point: a speck OCR read as a digit ("38 355 9"), no score.
func (s Score) specked() bool {
	return s.Max > 0 && len(fmtNum(math.Trunc(s.Value))) > len(fmtNum(math.Trunc(s.Max)))
}

// overMostly marks, in each table of rs, typed or scanned, the headings
// whose maximum more than half the rows that hold them exceed (five rows or
// more): the table's columns were matched to the wrong headings (heldout85's
// 什邡 照护, "风险评估(20) … 记录沟通(20) 综合成绩 名次" over rows of eight
// numbers, two group scores of 100 among them: 84 under 皮肤清洁(20) in
// every row), no student given more than the maximum. Their scores are
// held against no maximum (Check), and Doubted tells the reviewer.
func overMostly(rs []Record) {
	type key struct {
		t   tableKey
		col string
	}
	held, over := map[key]int{}, map[key]int{}
	for _, r := range rs {
		for _, s := range r.Scores {
			if s.Max <= 0 {
				continue
			}
			k := key{r.table(), s.Column}
			held[k]++
			if s.Value > s.Max+1e-9 {
				over[k]++
			}
		}
	}
	for i := range rs {
		r := &rs[i]
		for _, s := range r.Scores {
			if k := (key{r.table(), s.Column}); held[k] >= 5 && 2*over[k] > held[k] && !slices.Contains(r.doubted, s.Column) {
				r.doubted = append(r.doubted, s.Column)
			}
		}
	}
}

// DoubtMaxima marks, in each scanned table of rs (OCR and SureDigits set by
// the caller), the headings whose maximum two rows or more read surely
// exceed: OCR misread the heading ("技能考核(50)" for (60) on heldout15's
// first page, five rows of twenty over it) far more likely than two
// students were given more than the maximum. Their scores are held against
// no maximum (Check), and Doubted tells the reviewer. A typed table is
// taken as printed.
func DoubtMaxima(rs []Record) {
	over := map[tableKey]map[string]int{}
	longer := map[tableKey]map[string]int{} // scores with more digits than the maximum
	sure := map[tableKey]int{}
	type within struct {
		n   int     // sure scores within the maximum
		top float64 // the highest of them
		max float64
	}
	below := map[tableKey]map[string]*within{}
	for i := range rs {
		r := &rs[i]
		if !r.OCR {
			continue
		}
		// A row read unsurely counts for nothing, but for the scores in it
		// read surely: Check holds them against their maxima too (a row of
		// a 1-bit scan whose first score OCR lost, "f了21 25 13 7 77", every
		// number a column to the left, its total under 安全文明(10),
		// heldout53's 仁怀 机电).
		scoreSure := func(k int) bool { return r.SureDigits || k < len(r.SureScore) && r.SureScore[k] }
		t := r.table()
		if r.SureDigits {
			sure[t]++
		}
		for k, s := range r.Scores {
			if s.Max > 0 && s.Value <= s.Max+1e-9 && scoreSure(k) {
				if below[t] == nil {
					below[t] = map[string]*within{}
				}
				w := below[t][s.Column]
				if w == nil {
					w = &within{max: s.Max}
					below[t][s.Column] = w
				}
				w.n++
				w.top = max(w.top, s.Value)
			}
			if s.Max <= 0 || s.Value <= s.Max+1e-9 || r.pointLost(k) || !scoreSure(k) {
				continue
			}
			// Numbers a speck lengthened ("295" under 刀工(30)) are no
			// score over the maximum: Check claims nothing on them. But
			// where half the rows' numbers are longer than the maximum,
			// the maximum lost a digit ("输出(5)" for 输出(15)).
			m := over
			if s.specked() {
				if !r.SureDigits {
					continue // counted against the sure rows only
				}
				m = longer
			}
			if m[t] == nil {
				m[t] = map[string]int{}
			}
			m[t][s.Column]++
		}
	}
	confirmed := map[tableKey][]string{} // per table, once
	for i := range rs {
		r := &rs[i]
		if !r.OCR {
			continue
		}
		t := r.table()
		for col, n := range over[t] {
			if n >= 2 {
				r.doubted = append(r.doubted, col)
			}
		}
		for col, n := range longer[t] {
			if n >= 3 && 2*n >= sure[t] && !slices.Contains(r.doubted, col) {
				r.doubted = append(r.doubted, col)
			}
		}
		slices.Sort(r.doubted)
		// A maximum the rows bear out, though the header was read
		// unsurely: ten scores or more read surely under it, all but one
		// within it, the highest of them near it (a 考评员乙(100) whose
		// scores run 66 to 95, one 106, heldout57's 漯河 中药). A maximum
		// misread by a digit would leave the scores far below it, or
		// several above.
		cols, done := confirmed[t]
		if !done {
			for col, w := range below[t] {
				if w.n >= 10 && over[t][col] <= 1 && w.top >= 0.8*w.max && !slices.Contains(r.doubted, col) {
					cols = append(cols, col)
				}
			}
			slices.Sort(cols)
			confirmed[t] = cols
		}
		r.confirmed = cols
	}
}

// Doubted lists the headings of the row's table whose printed maximum
// several rows exceed (see DoubtMaxima).
func (r *Record) Doubted() []string { return r.doubted }

// maximaTrusted reports whether the maxima of the row's table may be
// taken as printed: typed, read by OCR at high confidence, or adding up to
// 100 or to the total's maximum. OCR reads "(满分60)" as "(满分50)" now and
// then, and a score of 52 is then no score above its maximum; one misread
// maximum also breaks the sum of the maxima.
func (r *Record) maximaTrusted() bool {
	if !r.OCR || r.SureMaxima {
		return true
	}
	sum := 0.0
	for _, s := range r.Scores {
		if s.Max <= 0 {
			return false
		}
		sum += s.Max
	}
	want := 100.0
	if r.Total != nil && r.Total.Max > 0 {
		want = r.Total.Max
	}
	return math.Abs(sum-want) < 0.01
}

// belowAPart reports whether a plain total is below one of its own parts,
// which no slip in adding gives: a digit misread ("9 18 19 22 11 19" for a
// total of 79, the 7 of a 1-bit scan read 1, heldout89's 如皋 新能源).
func belowAPart(total float64, parts []float64) bool {
	return slices.ContainsFunc(parts, func(v float64) bool { return v > total })
}

// digitSlip reports whether one digit dropped from or added to one number
// of the row (what OCR does to a small table's numbers: "45 36 8" for a
// total of 81, "42 2 69" for 42 27 69) explains a total that is not the sum;
// or the total has lost digits outright: fewer than the sum's and less than
// half of it ("9 9 10 10 20 38 0" for a total of 96), which no teacher's
// slip gives; or a plain total is below one of its parts (belowAPart).
func (r *Record) digitSlip() bool {
	if e := r.expected(); r.Total.Value < e/2 && len(fmtNum(math.Trunc(r.Total.Value))) < len(fmtNum(math.Trunc(e))) {
		return true
	}
	vals := r.values()
	if r.weights == nil && belowAPart(vals[0], vals[1:]) {
		return true
	}
	consistent := func(vs []float64) bool {
		return math.Abs(weightedSum(vs[1:], r.weights)-vs[0]) <= 0.51
	}
	for i, v := range vals {
		for _, alt := range oneDigitOff(fmtNum(v)) {
			if !r.likely(i, alt) {
				// A reading no other row of the column comes near ("4"
				// for a 14 where the column holds 9 to 14): the sum is
				// wrong, not a speck read as a digit (heldout43's 安少杰,
				// 79 for 89).
				continue
			}
			w := append([]float64(nil), vals...)
			w[i] = alt
			if consistent(w) {
				return true
			}
		}
	}
	return false
}

// oneMisread reports whether the row breaks two rules at once (a score or
// the total above its maximum, and a total that is not the sum) and one
// digit of one number, read otherwise, makes it break none.
func (r *Record) oneMisread() bool {
	if r.Total == nil || !r.SumChecked {
		return false
	}
	vals := []float64{r.Total.Value}
	maxes := []float64{r.Total.Max}
	for _, s := range r.Scores {
		vals = append(vals, s.Value)
		maxes = append(maxes, s.Max)
	}
	broken := func(vs []float64) int {
		n, sum := 0, 0.0
		for i, v := range vs {
			if maxes[i] > 0 && v > maxes[i]+1e-9 {
				n++
			}
			if i > 0 {
				sum += v
			}
		}
		if math.Abs(sum-vs[0]) > 0.51 {
			n++
		}
		return n
	}
	if broken(vals) < 2 {
		return false
	}
	for i, v := range vals {
		for _, alt := range digitMisread(fmtNum(v)) {
			w := append([]float64(nil), vals...)
			w[i] = alt
			if broken(w) == 0 {
				return true
			}
		}
	}
	return false
}

// speckOver reads a score OCR gave a digit too many (specked) the one way
// the row's total allows: without one of its digits it makes the row add
// up, and so read it is above its maximum (heldout142's 抚松 中药, 1-bit:
// "37 526 8 101" under 理论(40) 实操(50) 平时(10) 总分, 56 alone makes 101).
// The total and the score's other digits agree on the reading; a speck in a
// score within its maximum leaves it within (digitAddedExplains). Only with
// the row's other scores within their maxima and none of them specked.
func (r *Record) speckOver(k int) (float64, bool) {
	s := r.Scores[k]
	if r.Total == nil || r.deduct || r.Net != nil || r.weights != nil || s.Max <= 0 || !r.SumChecked {
		return 0, false
	}
	for j, o := range r.Scores {
		if j != k && (o.Max <= 0 || o.Value > o.Max+1e-9) {
			return 0, false
		}
	}
	x := fmtNum(s.Value)
	found, n := 0.0, 0
	for _, alt := range oneDigitOff(x) {
		if len(fmtNum(alt)) != len(x)-1 || alt == found && n > 0 {
			continue // only a digit taken out
		}
		r.Scores[k].Value = alt
		fits := math.Abs(r.expected()-r.Total.Value) <= 0.51
		r.Scores[k].Value = s.Value
		if fits {
			found, n = alt, n+1
		}
	}
	return found, n == 1 && found > s.Max+1e-9
}

// digitAddedExplains reports whether a score of the row above its maximum
// is a speck OCR read as a digit inside it: without one of its digits it
// is within the maximum, and the row's total is then what its scores make
// (heldout104's 邛崃 汽修, "607 93 85.2" under 理论(满分100) 实操(满分100)
// 总评(30%/70%): 67 makes 85.2), or, where the row as read does not add
// up either, the score has three digits and is more than twice its
// maximum.
func (r *Record) digitAddedExplains(k int) bool {
	s := r.Scores[k]
	if r.Total == nil || s.Max <= 0 || s.Value <= s.Max || r.deduct || r.Net != nil {
		return false
	}
	tol := 0.51
	if r.weights != nil {
		tol = 0.99
	}
	// Where the row as read does not add up either (the weights in a
	// heading OCR garbled, "总评(理论X30%0+实操X709%0)", so that its sum is
	// not known), a score of three digits more than twice its maximum that
	// a digit less brings within it is a speck read into it: no teacher's
	// slip gives 607 for 67 without a total to match.
	unchecked := math.Abs(r.expected()-r.Total.Value) > tol
	x := fmtNum(s.Value)
	for _, alt := range oneDigitOff(x) {
		if alt > s.Max || len(fmtNum(alt)) >= len(x) {
			continue // a digit added, or still above the maximum
		}
		r.Scores[k].Value = alt
		fits := math.Abs(r.expected()-r.Total.Value) <= tol
		r.Scores[k].Value = s.Value
		if fits || unchecked && s.Value > 2*s.Max && s.Value >= 100 {
			return true
		}
	}
	return false
}

// misreadConf: a number OCR read below this confidence may be a digit
// misread even on a row whose words all read at 80 or more (checks'
// sureDigitConf). Measured: heldout126's 嘉兴 烹饪 "…9 80良好" for a total of
// 86, its 80 read at 81; the planted wrong totals of the held-out scans
// read at 86 to 96 (heldout85's 什邡 网络 王振豪's 87 at 87).
const misreadConf = 85

// unsureMisread reports whether one digit misread in a number of the row
// OCR read below misreadConf (ScoreConf, TotalConf known) makes the row
// add up, each score within its maximum: heldout126's 嘉兴 烹饪, "13 36 28
// 9 80良好" for a total of 86, the 80 read at 81 beside the grade.
func (r *Record) unsureMisread() bool {
	if r.Total == nil || len(r.ScoreConf) != len(r.Scores) || r.weights != nil || r.deduct || r.Net != nil {
		return false
	}
	sum := scoreSum(r.Scores)
	if r.TotalConf < misreadConf {
		for _, alt := range digitMisread(fmtNum(r.Total.Value)) {
			if math.Abs(sum-alt) < 0.51 {
				return true
			}
		}
	}
	for k, s := range r.Scores {
		if r.ScoreConf[k] >= misreadConf {
			continue
		}
		for _, alt := range digitMisread(fmtNum(s.Value)) {
			if (s.Max <= 0 || alt <= s.Max+1e-9) && math.Abs(sum-s.Value+alt-r.Total.Value) < 0.51 {
				return true
			}
		}
	}
	return false
}

// digitMisread gives the numbers x reads as with one of its digits read as
// another ("87" for 37: 37, 47, …, 80, 81, …).
func digitMisread(x string) []float64 {
	var out []float64
	for k := range x {
		if x[k] < '0' || x[k] > '9' {
			continue
		}
		for d := byte('0'); d <= '9'; d++ {
			if d == x[k] {
				continue
			}
			if alt, err := strconv.ParseFloat(x[:k]+string(d)+x[k+1:], 64); err == nil {
				out = append(out, alt)
			}
		}
	}
	return out
}

// oneDigitOff lists the numbers one digit more or one digit fewer than x.
func oneDigitOff(x string) []float64 {
	var out []float64
	add := func(s string) {
		if v, err := strconv.ParseFloat(s, 64); err == nil && s != "" {
			out = append(out, v)
		}
	}
	for i := 0; i <= len(x); i++ {
		if i < len(x) {
			add(x[:i] + x[i+1:])
		}
		for d := '0'; d <= '9'; d++ {
			add(x[:i] + string(d) + x[i:])
		}
	}
	return out
}

// ownerOf returns the one student the numbers (学号) of line belong to
// by ids, or "" when none does or they disagree.
func ownerOf(line string, ids map[string]string) string {
	who := ""
	for _, id := range StudentIDs(line) {
		switch o := ids[id]; {
		case o == "":
		case who == "":
			who = o
		case who != o:
			return ""
		}
	}
	return who
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// MatchRoster sets Matched on every record: the roster name it stands for.
// An exact name wins; then a name one similar character off (Match); then,
// among the records and roster names still unpaired, a record and a roster
// name that are each other's only best fit by likeness (OCR garbles
// handwritten or small table names beyond one character: "歼德" for 黎德,
// "读天人敏" for 凌天敏). A roster name no record fits stays unpaired: it is
// a class member without a record.
//
// ids maps the roster's student numbers (学号) to its names (see IDs): a
// record whose name is no roster name's but whose line holds a roster
// student's number is that student's (a row read "赴坚 20240317 50 29 79"
// is 韦贤's when the roster gives 韦贤 20240317), before likeness is
// weighed.
func MatchRoster(recs []Record, roster []string, ids map[string]string) {
	taken := map[string]bool{}
	var open []int
	for i := range recs {
		r := &recs[i]
		r.Matched = r.Name
		if r.Name == "" {
			// A row whose name OCR could not read ("10 242105290210上兰舟2",
			// heldout126's 盘锦 照护, a photographed register): its 学号 on
			// the roster says whose it is.
			if o := ownerOf(r.Excerpt, ids); o != "" && !taken[o] && slices.Contains(roster, o) {
				r.Matched = o
				taken[o] = true
			}
			continue
		}
		m, k := Match(r.Name, roster)
		if k == Exact {
			r.Matched = m
			taken[m] = true
			continue
		}
		if o := ownerOf(r.Excerpt, ids); o != "" && !taken[o] {
			r.Matched = o
			taken[o] = true
			continue
		}
		if k == Fuzzy && !taken[m] {
			r.Matched = m
			taken[m] = true
			continue
		}
		open = append(open, i)
	}
	var free []string
	for _, n := range roster {
		if !taken[n] {
			free = append(free, n)
		}
	}
	// A record that holds a free roster name whole, with a stray mark or
	// two OCR read beside it ("克杨俊梅人" for 杨俊梅), is that student's
	// when no other roster name is in it and no other record holds it.
	holds := func(read, name string) bool {
		extra := utf8.RuneCountInString(read) - utf8.RuneCountInString(name)
		return extra > 0 && extra <= 2 && strings.Contains(read, name)
	}
	for k := 0; k < len(open); k++ {
		i := open[k]
		var in []string
		for _, n := range roster {
			if holds(recs[i].Name, n) {
				in = append(in, n)
			}
		}
		if len(in) != 1 || taken[in[0]] {
			continue
		}
		if slices.ContainsFunc(open, func(j int) bool { return j != i && holds(recs[j].Name, in[0]) }) {
			continue // another record holds it too
		}
		recs[i].Matched = in[0]
		taken[in[0]] = true
		free = slices.DeleteFunc(free, func(n string) bool { return n == in[0] })
		open = slices.Delete(open, k, k+1)
		k--
	}
	// And the other way round: a scanned roster's name that holds a
	// record's whole, marks OCR read beside it ("孙超汪汪", the 性别 cell
	// beside 孙超, heldout35's 武威), is that record's student, when the
	// record is a name, no other free roster name holds it and the roster
	// name holds no other record.
	for k := 0; k < len(open); k++ {
		i := open[k]
		if !Valid(recs[i].Name) {
			continue
		}
		var by []string
		for _, n := range free {
			if holds(n, recs[i].Name) {
				by = append(by, n)
			}
		}
		if len(by) != 1 || slices.ContainsFunc(open, func(j int) bool { return j != i && holds(by[0], recs[j].Name) }) {
			continue
		}
		recs[i].Matched = by[0]
		free = slices.DeleteFunc(free, func(n string) bool { return n == by[0] })
		open = slices.Delete(open, k, k+1)
		k--
	}
	// Each record's best roster name and each roster name's best record.
	bestOf := func(a string, cands []string) (int, float64) {
		best, bs, second := -1, 0.0, 0.0
		for j, c := range cands {
			sc := likeness(a, c)
			switch {
			case sc > bs:
				best, second, bs = j, bs, sc
			case sc > second:
				second = sc
			}
		}
		if best < 0 || bs <= second {
			return -1, 0
		}
		return best, bs
	}
	// A record and a roster name each the other's best pair off. Pairs
	// made free the rest of a tie: "罗艳舌" pairs with 罗艳磊, and then
	// "罗舌人", as like 罗磊 as 罗艳磊 before, is 罗磊's (a held-out scan).
	for len(open) > 0 && len(free) > 0 {
		var openNames []string
		for _, i := range open {
			openNames = append(openNames, recs[i].Name)
		}
		paired, taken := map[int]bool{}, map[string]bool{} // this round's pairs
		for k, i := range open {
			j, sc := bestOf(recs[i].Name, free)
			if j < 0 || sc < float64(max(1, utf8.RuneCountInString(free[j])-2)) {
				continue
			}
			if !recs[i].OCR && Valid(recs[i].Name) && sc < float64(utf8.RuneCountInString(free[j])-1) {
				// A typed record is read as written: a roster name that
				// shares no more than its surname with it is another
				// student's, the roster's row of this one lost (heldout43's
				// typed 毕天佑 and the scanned roster's 毕晨阳).
				continue
			}
			if back, _ := bestOf(free[j], openNames); back != k {
				continue
			}
			recs[i].Matched = free[j]
			paired[i], taken[free[j]] = true, true
		}
		if len(paired) == 0 {
			break
		}
		open = slices.DeleteFunc(open, func(i int) bool { return paired[i] })
		free = slices.DeleteFunc(free, func(n string) bool { return taken[n] })
	}
}

// RecordFor finds the record that may be a student's: one of the name
// itself (or its roster match), else one OCR read with all but one of the
// name's characters, in order ("萌小" for 曹小, "人胡桐若" for 胡桐若,
// "董靖术" for 董靖杰). For a two-character name the record must be no
// valid name (its surname garbled), since one shared character is common.
// Records that are another student's exactly do not count. ok is false
// when no record fits.
func RecordFor(name string, recs []Record, others []string) (string, bool) {
	for _, r := range recs {
		if r.Matched == name || r.Name == name {
			return r.Matched, true
		}
	}
	need := max(1, utf8.RuneCountInString(name)-1)
	for _, r := range recs {
		if !r.OCR || r.Name == "" || slices.Contains(others, r.Name) || slices.Contains(others, r.Matched) {
			continue
		}
		if likeness(r.Name, name) < float64(need) || lcs([]rune(r.Name), []rune(name)) < need {
			continue
		}
		if utf8.RuneCountInString(name) == 2 && Valid(r.Name) {
			continue
		}
		return r.Name, true
	}
	return "", false
}

// LeadingNumber reads the number (at most three digits) a line begins
// with, after OCR's specks.
func LeadingNumber(line string) (int, bool) {
	n, _, ok := CutLeadingNumber(line)
	return n, ok
}

// CutLeadingNumber is LeadingNumber, and returns the rest of the line.
func CutLeadingNumber(line string) (n int, rest string, ok bool) {
	line = strings.TrimLeft(cutSerialNoise(line), " |"+markSpecks)
	k := 0
	for i, r := range line {
		if r < '0' || r > '9' || k == 3 {
			return n, line[i:], k > 0
		}
		n = 10*n + int(r-'0')
		k++
	}
	return n, "", k > 0
}

// rowSerial returns the serial number a row opens with (three digits at
// most, no digit right after them: a 学号 is none), or -1.
func rowSerial(line string) int {
	n, rest, ok := CutLeadingNumber(line)
	if !ok || rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		return -1
	}
	return n
}

// NumberedRows counts a records table's rows by their serial numbers, for a
// scan whose names and scores OCR garbled: on each page, from the header
// (or, on a page that carries the table on, from the line numbered next),
// the lines whose serial is their place run to the last such line, nine in
// ten of them numbered so, every line between them is a row, and the line
// after the last is the table's end (a signature, a date, an average).
// ok is false when the serials do not tell: a row wrapped over two lines,
// numbers out of place, a page of rows whose first number is lost.
func NumberedRows(pages []string) (rows int, ok bool) {
	for _, text := range pages {
		lines := strings.Split(normLine(text), "\n")
		start := -1
		for i, l := range lines {
			if _, isHead := tableHeader(l); isHead || garbledHeader(lines, i) {
				start = i + 1
			}
		}
		if start < 0 && rows > 0 {
			for i, l := range lines {
				if n, num := LeadingNumber(l); num && n == rows+1 {
					start = i
					break
				}
			}
		}
		if start < 0 {
			for _, l := range lines {
				if n, num := LeadingNumber(l); num && rows > 0 && n > rows {
					return 0, false // rows whose numbering cannot be placed
				}
			}
			continue // no table on this page (yet)
		}
		last, agree := 0, 0 // place of the last line numbered in place
		for i, l := range lines[start:] {
			if n, num := LeadingNumber(l); num && n == rows+i+1 {
				last, agree = i+1, agree+1
			}
		}
		if last < minNumberedRows || 10*agree < 9*last {
			return 0, false
		}
		if end := start + last; end < len(lines) && !tableEnd(lines[end]) {
			return 0, false // the line after may be a row whose number OCR lost
		}
		rows += last
	}
	return rows, rows > 0
}

// lastRowOverleaf reports whether lines[i], on page, is what OCR kept of a
// table's last row carried over to the page after the last record's
// (recPage): the page's first line, a few characters and no number, no
// name, the table's signatures or foot next. A table's rows are as tall
// as one another, so a row of its own overleaf is a row; a word of the
// foot (平均分 with its figures) keeps its digits or its label.
func lastRowOverleaf(lines []string, i, recPage, page int) bool {
	if page != recPage+1 || strings.ContainsAny(lines[i], "0123456789") || Valid(hanOnly(lines[i])) {
		return false
	}
	if n := utf8.RuneCountInString(hanOnly(lines[i])); n < 1 || n > 4 || tableEndRe.MatchString(lines[i]) || classFootRe.MatchString(lines[i]) {
		return false
	}
	for _, l := range lines[:i] {
		if strings.TrimSpace(l) != "" {
			return false
		}
	}
	for _, l := range lines[i+1:] {
		if l = strings.TrimSpace(l); l != "" {
			return signFootRe.MatchString(l) || tableEndRe.MatchString(l)
		}
	}
	return false
}

// lastRowGarbled reports whether lines[i], right under a table's last
// record, is OCR's junk of one more row: no Han character read, six marks
// or more, digits and Latin letters among them ("oasotoz4，| ww hero" for
// "44 2415010244 刘伟鸿 9 14 23 18 9 7 80", the row skewed on a 1-bit
// scan, heldout159's 罗定 烹饪); and the table's foot, its signatures or
// its date, within the two lines after it. A speck or a stamp under the
// table reads as a mark or two, or as Han characters.
func lastRowGarbled(lines []string, i int) bool {
	row := noSpace(lines[i])
	if hanOnly(row) != "" || utf8.RuneCountInString(row) < 6 || !strings.ContainsAny(row, "0123456789") || len(latinLetterRe.FindAllStringIndex(row, 3)) < 3 {
		return false
	}
	seen := 0
	for _, l := range lines[i+1:] {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if signFootRe.MatchString(l) || tableEndRe.MatchString(l) {
			return true
		}
		if seen++; seen == 2 || rowStart(l) {
			return false
		}
	}
	return false
}

// latinLetterRe is one Latin letter.
var latinLetterRe = regexp.MustCompile(`[A-Za-z]`)

// garbledAfterLast is 1 where the line after the last of rs, on its page
// or atop the next, is OCR's junk of one more row (lastRowGarbled), else
// 0: for records counted by their student numbers, the table's header
// lost (idRowRecords), which see no junk lines of their own.
func garbledAfterLast(rs []Record, pages []string) int {
	if len(rs) == 0 {
		return 0
	}
	last := rs[len(rs)-1]
	for p := last.Page; p >= 1 && p <= len(pages) && p <= last.Page+1; p++ {
		lines := strings.Split(normLine(pages[p-1]), "\n")
		from := 0
		if p == last.Page {
			from = last.Line + 1
		}
		for i := from; i < len(lines); i++ {
			if strings.TrimSpace(lines[i]) == "" {
				continue
			}
			if lastRowGarbled(lines, i) {
				return 1
			}
			return 0
		}
	}
	return 0
}

// tableEndRe finds what follows a records table: signatures, dates,
// averages, notes.
var tableEndRe = regexp.MustCompile(`教师|签名|签字|审核|日期|平均|合计|说明|备注|注[：:]|\d{4}\s*年`)

// tableEnd reports whether line closes a records table.
// totalField is the index of the header field that is the total's heading
// alone ("总分"), -1 when none is.
func totalField(fs []string) int {
	for k, f := range fs {
		if c := headerColumns(f); len(c) == 1 && c[0].total {
			return k
		}
	}
	return -1
}

func tableEnd(line string) bool {
	return tableEndRe.MatchString(line) || utf8.RuneCountInString(noSpace(line)) < 4
}

// minNumberedRows is the fewest rows a page's numbering must show before
// it is trusted to count them.
const minNumberedRows = 5
