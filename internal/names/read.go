package names

import (
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"classaudit/internal/seg"
)

// Sources of a name read (the students table's Source column).
const (
	SourceField   = "field"   // a labelled field: 姓名：张伟
	SourceTable   = "table"   // a table column headed 姓名
	SourceCover   = "cover"   // a cover-page field: 学生：张伟, 完成人：张伟
	SourceRoster  = "roster"  // the class roster
	SourceRecords = "records" // the item-10 assessment records
	SourceText    = "text"    // a class member's name found in the page text, no label read
	SourceID      = "id"      // the page's student number (学号), a class member's
)

// Read is one name read from a page.
type Read struct {
	Name       string  // as read, spaces removed
	Line       int     // 0-based line of the page
	Source     string  // SourceField, SourceTable, SourceCover…
	Label      string  // the label it followed, spaces removed ("姓名", "学生")
	Confidence float64 // 0–1: how sure we are this is a name
	Excerpt    string  // the line it was read from, trimmed
}

// labelRe finds name labels; spaces may stand between the label's
// characters (OCR, letter-spaced forms), and a note that the name is to be
// signed between label and colon ("姓名(签字)：", "学生姓名（本人签名）：").
// Group 1 is the label, group 2 the colon.
var labelRe = regexp.MustCompile(`(学\s*生\s*姓\s*名|学\s*员\s*姓\s*名|姓\s*名|(?:实\s*[习训]|完\s*成|参\s*[训赛]|当\s*班|值\s*班|跟\s*岗|顶\s*岗)\s*学\s*生|实\s*习\s*生|学\s*生|学\s*员|(?:设\s*计|制\s*作|完\s*成)\s*者|操\s*作\s*人\s*员|完\s*成\s*[人入八^]?|作\s*者|汇\s*编\s*人|编\s*[写制]\s*人|实\s*训\s*人\s*员|(?:制\s*作|设\s*计|撰\s*写|填\s*写|答\s*题|提\s*交|操\s*作)\s*人|受\s*训\s*[人入者]|(?:报\s*告|汇\s*报)\s*人|执\s*笔\s*人?|承\s*诺\s*人|(?:学\s*习|实\s*训)\s*者|签\s*名|签\s*字|名)\s*(?:[（(]\s*(?:本人)?\s*(?:签\s*[字名]|手\s*写|学\s*号)\s*[）)]\s*)?([：:;；])?`)

// colonOnly are labels that are ordinary words too, so they count as labels
// only when a colon follows.
var colonOnly = map[string]bool{"名": true, "学生": true, "学员": true, "完成人": true, "作者": true, "签名": true, "签字": true}

// coverLabels mark a cover page's "who made this" line.
var coverLabels = map[string]bool{"学生": true, "学员": true, "完成人": true, "作者": true}

// thingNameRe ends the text before a bare "名" label that names a thing,
// not a person: 品名, 书名, 菜名, 站名, 作品名, 药材名, 工具名, 设备名, 工序名,
// 景点名… (heldout32's herb cards, "药材名：秦艽" read 秦欧, had been a
// fourth student).
var thingNameRe = regexp.MustCompile(`(?:[品书地药菜课题网店曲剧片站路厂校班组队件物称目务司业材料具器械备案牌型机标种类方剂册表图艺序点区园馆楼街城镇村县市省国车船花草树果]|作品|产品|商品|项目|任务|文件)$`)

// compilerLabels name who compiled or wrote up a collection or a worksheet
// ("汇编人：战丽如" on item 11's cover, "编写人：" on a worksheet): a
// teacher, as a rule, and never the proof that a student made the work. They
// are matched so that no shorter label ("名") reads their value.
var compilerLabels = map[string]bool{"汇编人": true, "编写人": true, "编制人": true}

// makerLabels name the student who made a piece of work, as 完成人 does:
// cover labels that count only with their colon, and say outright that a
// name follows (see nameLabels).
var makerLabels = []string{"实训人员", "操作人员", "制作人", "制作者", "设计人", "设计者", "完成者", "撰写人", "填写人", "答题人", "提交人", "操作人",
	"实习生", "实习学生", "实训学生", "参训学生", "参赛学生", "受训人", "受训者", "学习者", "实训者", "报告人", "汇报人", "执笔", "执笔人", "承诺人"}

func init() {
	for _, l := range makerLabels {
		colonOnly[l], coverLabels[l], nameLabels[l] = true, true, true
	}
}

// notStudent: a label right after one of these names a teacher, a parent or
// a reviewer, not a student.
var notStudent = []string{"教师", "老师", "指导", "批改", "评价", "评分", "家长", "家属", "监护人", "负责人", "审核", "组长", "专家", "校长", "授课",
	// a company's mentor, a master, the class's head, an examiner: "企业导师签名：韩振江"
	// (师傅 OCR may read 师传: "师传签字:陶德僵", heldout127's 滁州 数控)
	"导师", "师傅", "师传", "班主任", "辅导员", "考评员", "监考",
	// a hotel's or workshop's shift leader signing a student's record:
	// "领班签字：肖美珍" (heldout92's 涟源 酒店)
	"领班",
	// a partner beside the page's student: "主修学员：胡宇辰　辅修学员：虞启航"
	"辅修", "协助", "辅助", "协作", "搭档",
	// a classmate reviewing the page: "学生互评 | 互评人 | 周越泽" (heldout129's
	// 青浦 城轨 worksheets)
	"互评",
	// the party a work's use is granted to, signing a licence beside the
	// student who grants it: "授权人签字：林浩哲 被授权方签字：王伟雄"
	// (heldout145's 保亭 网络 作品使用授权书)
	"授权方", "被授权人"}

// personWordRe ends a word for a person by what they do or are: 收货人,
// 长者, 质检员, 旅客, 工程师, 店长, 车主, 买家, 经理, 主管, 孕妇, 婴儿, 评委.
// Before 姓名 or 签名 it names whose name follows: another person's,
// unless the word is the student's (studentWordRe, makerLabels).
var (
	personWordRe  = regexp.MustCompile(`(?:人|者|员|客|师|长|主|家|经理|主管|妇|婴儿|幼儿|儿童|评委|裁判)$`)
	studentWordRe = regexp.MustCompile(`(?:学生|学员|组员|成员|队员|本人|个人|完成人|作者|参赛者|参训者|学习者|实训者|受训者|实习生)$`)
)

// otherRoleBefore reports whether the text before a 姓名 or 签名 label ends
// with a word for a person other than the student (personWordRe): "客人
// 姓名：", "验收人签名：".
func otherRoleBefore(before string) bool {
	if b, ok := strings.CutSuffix(before, "入"); ok && endsHan(b) {
		// OCR reads 人 as 入: "验收入签字：吉文试" (heldout145's 保亭 网络).
		before = b + "人"
	}
	if !personWordRe.MatchString(before) || studentWordRe.MatchString(before) {
		return false
	}
	for _, l := range makerLabels {
		if strings.HasSuffix(before, l) {
			return false
		}
	}
	return true
}

// ageRe is an age after a name on its line: "58岁", "年龄：61", "年龄| 61岁".
var ageRe = regexp.MustCompile(`(?:年\s*龄\W{0,4}(\d{1,3})|(\d{1,3})\s*(?:周\s*)?岁)`)

// adultAge reports whether the text after a 姓名 label gives an age no
// student of a technical school has (26 or more: a patient, an elder, a
// customer), before any other 姓名 on the line.
func adultAge(after string) bool {
	if k := strings.Index(after, "姓名"); k >= 0 {
		after = after[:k]
	}
	m := ageRe.FindStringSubmatch(after)
	if m == nil {
		return false
	}
	a, _ := strconv.Atoi(m[1] + m[2])
	return a >= 26 && a < 130
}

// served are the people a student serves, named on the pages: "老人姓名",
// "患者姓名：田秀英", "顾客姓名". A label after them names no student
// (notStudent), nor a 姓名 heading after them a student column
// (otherPersonHeadRe).
var served = []string{"老人", "患者", "病人", "顾客", "客户", "宾客", "住户", "业主", "车主", "对象"}

func init() { notStudent = append(notStudent, served...) }

// terminators end a field's value: the next label on the same line.
var terminators = []string{
	"学号", "班级", "性别", "日期", "成绩", "得分", "组别", "小组", "年级", "专业", "教师", "老师",
	"评分", "时间", "学期", "分数", "总分", "序号", "备注", "签名", "签字", "组号", "工位", "指导",
	"姓名", "学生", "课程", "任务", "批改", "评价", "等级", "组长", "组员",
	// Numbers a form gives its student beside the 学号: "姓名饶俊逸工号38"
	// (heldout137's 丹江口 汽修 homework, a workshop's 工号), 座号, 考号.
	"工号", "座号", "考号", "学籍",
}

// normLine maps full-width and odd spaces to ASCII space, the ASCII colon
// to the full-width one and full-width digits to ASCII ones, and drops
// Latin words right after Chinese ones (see latinAfterHanRe).
func normLine(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u3000', '\u00a0', '\u2002', '\u2003', '\u2009':
			return ' '
		case ':', '︰', '∶':
			return '：'
		case '\u200b', '\ufeff':
			return -1
		}
		if r >= '０' && r <= '９' {
			return '0' + (r - '０') // full-width digits: "１７ ４１ ２５ ８３"
		}
		return r
	}, s)
	if !strings.ContainsFunc(s, isHan) {
		return s
	}
	// Latin words right after Chinese ones are a bilingual form's labels
	// or a name's spelling: "姓名Name李思彤Li Sitong班级Class动画2301班",
	// "提交人 吐尔逊江·买买提　Tursunjan Memet". They hold no name of
	// ours and keep a name from ending its field: they become a space.
	s = latinAfterHanRe.ReplaceAllString(s, "$1 ")
	// A template's labels in lenticular brackets, "【姓名】张雨轩": the
	// label and its colon.
	return bracketLabelRe.ReplaceAllString(s, "$1：")
}

// bracketLabelRe: a label in lenticular brackets, "【姓名】", "【班 级】".
var bracketLabelRe = regexp.MustCompile(`【\s*(\p{Han}(?:\s*\p{Han}){0,5})\s*】`)

// latinAfterHanRe: one to four capitalised Latin words after a Han
// character ("Name", "Li Sitong", "Student No").
// A slash may stand between ("姓名/Name：").
var latinAfterHanRe = regexp.MustCompile(`(\p{Han})[ \t"“”\'/／]*[A-Z][a-z]+(?:[ \t\-][A-Z][a-z]+){0,3}`)

func noSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u3000' {
			return -1
		}
		return r
	}, s)
}

// sureNameConf: a name read at this confidence or more (FromPage's, before
// OCR's) is taken as the page's; below it are table cells and lines OCR
// garbled ("记宕" read at 0.20 for 廖宸).
const sureNameConf = 0.5

// SureName reports whether FromPage reads a name on the page at
// sureNameConf or more.
func SureName(text string, known []string) bool { return AnySure(FromPage(text, known)) }

// AnySure reports whether one of rs was read at sureNameConf or more.
func AnySure(rs []Read) bool { return slices.ContainsFunc(rs, Read.Sure) }

// Sure reports whether r is read surely: at sureNameConf or more.
func (r Read) Sure() bool { return r.Confidence >= sureNameConf }

// FromPage reads the names on one page: labelled fields, cover fields and
// table columns headed 姓名. known (the class's names, may be nil) helps to
// cut a name out of a run of characters with no space after it.
func FromPage(text string, known []string) []Read {
	lines := strings.Split(dotKnown(normLine(text), known), "\n")
	var out []Read
	table := -1     // column of 姓名 in the current table, -2: header without tabs
	var works []int // reads of lists of works whose cells OCR ran together
	// The maker's field in a list of works whose header and rows are
	// fields apart by spaces, and the header's fields (makerField).
	worksCol, worksN := -1, 0
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		reads, labelled := fieldNames(line, i, lines, known)
		if len(reads) == 0 {
			reads = roleName(line, i, known)
		}
		if len(reads) == 0 {
			reads = creditName(line, i, known)
		}
		if len(reads) == 0 {
			reads = classIDName(line, i, known)
		}
		if len(reads) == 0 {
			reads = lostLabelName(line, i, known)
		}
		out = append(out, reads...)
		if len(reads) > 0 {
			continue
		}
		if col, ok := worksHeader(line); ok {
			table = col
			worksCol, worksN = makerField(line)
			continue
		}
		if table == -6 {
			name, conf, row := worksRow(line, known)
			if fs := strings.Fields(line); name == "" && worksCol >= 0 && len(fs) == worksN && Valid(fs[worksCol]) {
				// A typed list, a cell a field ("1 直播脚本 张雨轩
				// 电商2401班" under "序号 作品名称 作者 班级").
				name, conf, row = fs[worksCol], 0.8, true
			}
			switch {
			case name != "":
				works = append(works, len(out))
				out = append(out, Read{Name: name, Line: i, Source: SourceTable, Label: "完成人", Confidence: conf, Excerpt: strings.TrimSpace(line)})
			case !row:
				table = -1
			}
			continue
		}
		if col, ok := tableHeader(line); ok && (labelled || col == -3) {
			if divisionTable(lines, i) {
				table = -5 // a group's division of work: no identity of the page's student
				continue
			}
			table = col
			if col < -1 && !nameFirst(line) {
				table = -4 // rows read by tableRow only: the name is not their first cell
			}
			continue
		}
		if labelled && shortHeader(line) {
			table = -2
			continue
		}
		if table == -5 {
			if n, _ := tableRow(line, -2, known); n != "" || rowStart(strings.TrimSpace(line)) || divisionRowRe.MatchString(line) {
				continue // a member and a task: "2 陈丹豪 方案记录"
			}
			table = -1
		}
		if table != -1 && headcountLineRe.MatchString(line) {
			// A count under the table ("应注册34人，实注册34人。",
			// heldout133's 虎林 注册名单; 应 a surname): its end.
			table = -1
			continue
		}
		if table != -1 && questionRe.MatchString(line) {
			// A worksheet's question after its identification table
			// ("1.国标对动力电池绝缘电阻的要求是多少?"): the table has ended.
			table = -1
			continue
		}
		if table != -1 {
			name, conf := tableRow(line, table, known)
			if name == "" && (table == -2 || table == -3) {
				name, conf = rawRow(line)
			}
			if name == "" {
				if hanOnly(line) == "" {
					continue // a cell's wrapped digits ("202301020"), or a rule
				}
				// A table's rows follow each other: a line that is no row
				// ends it, so the prose after it is not read as rows.
				table = -1
				continue
			}
			out = append(out, Read{Name: name, Line: i, Source: SourceTable, Label: "姓名", Confidence: conf, Excerpt: strings.TrimSpace(line)})
		}
	}
	if len(out) == 0 && len(known) > 0 {
		out = knownInText(lines, known)
	}
	mergeWorks(out, works)
	idBeside(out, lines)
	return slices.DeleteFunc(out, func(r Read) bool { return agedRecord(lines, r.Line) })
}

// agedRecord reports whether the person named at line i of lines is given
// an adult's age (adultAge) in a 年龄 field opening one of the three lines
// after it, before another 姓名: the record is of an elder, a patient or a
// customer served ("姓名 刘凤芝 / 床号 12床 / 年龄 76岁" on a 床头卡,
// heldout133's 虎林 照护), no student's. (An age on the name's own line is
// adultAge's, where the field is read.)
func agedRecord(lines []string, i int) bool {
	for j := i + 1; j < len(lines) && j <= i+3; j++ {
		if strings.Contains(noSpace(lines[j]), "姓名") {
			return false
		}
		if f := ageFieldRe.FindString(lines[j]); f != "" && adultAge(f) {
			return true
		}
	}
	return false
}

// ageFieldRe is a line that opens with the 年龄 field: "年龄 76岁".
var ageFieldRe = regexp.MustCompile(`^[^\p{Han}\w]*年\s*龄\s*[：:|｜]?\s*\d{1,3}`)

// idFieldLineRe is a line that is a 学号 field alone: "学号：240301060201",
// "学号，240301060201" (OCR's comma for the colon). Group 1 is the number.
var idFieldLineRe = regexp.MustCompile(`^[^\p{Han}\w]*学\s*号\s*[：:，,;；.。]?\s*(\d{6,})[^\p{Han}\w]*$`)

// idBeside gives a labelled name field whose line holds no 学号 the 学号
// field on the line right after it, or else right before it, in its
// excerpt: a cover's "姓名：黄骸用" over "学号，240301060201" (heldout118's
// 瑞安 数控, item 12's scan): the number says whose page it is when OCR
// misread the name, as on one line ("姓名：… 学号：…").
func idBeside(out []Read, lines []string) {
	for k := range out {
		r := &out[k]
		if r.Source != SourceField || len(StudentIDs(r.Excerpt)) > 0 {
			continue
		}
		for _, j := range []int{r.Line + 1, r.Line - 1} {
			if j < 0 || j >= len(lines) || !idFieldLineRe.MatchString(lines[j]) {
				continue
			}
			if j < r.Line {
				r.Excerpt = strings.TrimSpace(lines[j]) + " " + r.Excerpt
			} else {
				r.Excerpt += " " + strings.TrimSpace(lines[j])
			}
			break
		}
	}
}

// headcountLineRe is a line that opens with a count of people: "应注册34人",
// "实到：32人", "男生20名".
var headcountLineRe = regexp.MustCompile(`^[^\p{Han}\w]*\p{Han}{1,5}[：:]?\s*\d{1,3}\s*[人名](?:[^\p{Han}]|$)`)

// questionRe is a question's line: a question mark or a question word.
var questionRe = regexp.MustCompile(`[?？]|什么|多少|怎样|怎么|哪些|哪里|为什么|如何|是否`)

// creditRe is a credit line naming who drafted a work: "（本告示由城轨2301班
// 穆思远拟写，指导教师韩玉峰审定）", "由张伟同学设计". Group 1 is the name.
var creditRe = regexp.MustCompile(`由\s*(?:[\p{Han}\d]{0,10}\d{2,4}\s*班\s*)?([\p{Han}·]{2,10}?)\s*(?:同学)?\s*(?:拟写|编写|撰写|制作|完成|设计|绘制|整理|起草|执笔)`)

// creditName reads the name of a credit line (creditRe).
func creditName(line string, i int, known []string) []Read {
	m := creditRe.FindStringSubmatch(line)
	if m == nil {
		return nil
	}
	return fieldRead(m[1], line, i, known, "拟写", 0.9)
}

// fieldRead reads name, cut from line by a pattern, as the page's field
// when it is a name whole (wholeName), under label, its confidence scaled
// by scale (how sure the pattern is).
func fieldRead(name, line string, i int, known []string, label string, scale float64) []Read {
	c, ok := wholeName(name, known)
	if !ok || c.name != name {
		return nil
	}
	return []Read{{Name: c.name, Line: i, Source: SourceField, Label: label, Confidence: c.conf * scale, Excerpt: strings.TrimSpace(line)}}
}

// roleLabelRe opens a worksheet's identification line with the student's
// role in the task instead of a name label: "照护员：施雨欣　班级：照护2301班
// 学号：230501007", "维修技师：…". Group 1 is the role.
var roleLabelRe = regexp.MustCompile(`^[^\p{Han}\w]*(\p{Han}{1,4}[员者人生师])\s*[：:;；]`)

// spacedRoleRe opens a form's line with a letter-spaced role and no colon,
// its cell's value after a space: "经 办 人 邢奕辰（酒店2302班）" on a
// hotel's confirmation slip. Only a name with its class (or 学号) in
// brackets after it is read from such a line (see roleName).
var spacedRoleRe = regexp.MustCompile(`^[^\p{Han}\w]*((?:\p{Han}\s*){1,3}[员者人生师])\s+`)

// notRole: roles of teachers, reviewers and the people served, no students.
// served is named here too: package variables are set before init runs,
// so notStudent does not hold it yet ("老人：鹿玉兰 班级：照护2401班", the
// elder a blood-sugar log is for, heldout146's 肥城 照护, had been read as
// a student under the role 老人).
var notRole = slices.Concat([]string{"评阅", "阅卷", "带教", "师傅", "服务对象"}, notStudent, served)

// bracketClassRe: a class or 学号 in brackets right after a name
// ("维修技师：汪子骞（汽修2301班）", "（2023040330）"), or both
// ("服务员刀玉香(酒店2402班245305040223)", heldout114's 普洱 酒店). OCR
// reads a round bracket as an angle or a square one too: "登记人:惠雨菲
// 〈电商2302班)" (heldout139's 富平 电商, a scanned return log). A class's
// number may hold a dash: "电商24-1班". The 学号 may be labelled, after
// a comma: "研制人 游浩博（烹饪2401班，学号24050101023）" (heldout160's 城口
// 烹饪, the author of a recipe card).
var bracketClassRe = regexp.MustCompile(`^\s*[\p{Han}·]{0,5}\s*[（(〈<《\[［【]\s*(?:[\p{Han}\d]*\d+(?:[-－]\d+)?\s*班(?:\s*[，,、;；]?\s*(?:学\s*号\s*[：:]?\s*)?\d{6,})?|(?:学\s*号\s*[：:]?\s*)?\d{6,})\s*[)）〉>》\]］】]`)

// roleName reads the name after a role label when the same line goes on
// with the student's 班级 or 学号, or gives the class in brackets after the
// name: a line that says who the page's student is. Roles of teachers and
// reviewers (指导…, 评阅人) are not students. A role with no colon, letter-
// spaced or a table's cell (spacedRoleRe), counts only with the bracketed
// class or with the 班级 or 学号 cell right after the name (classFieldRe).
//
// The role may open a later field of the line too, after a space: "车辆：
// 城配纯电动物流车　车牌：津A·D2332　诊断人：纪梓睿　班级：新能2402班　学号：…"
// (heldout80's 天津 新能源, a typed report of a student of another class).
func roleName(line string, i int, known []string) []Read {
	m := roleLabelRe.FindStringSubmatchIndex(line)
	if m == nil {
		if r := taskRoleRead(line, i, known); r != nil {
			return r
		}
	}
	spaced := m == nil
	if spaced {
		if m = spacedRoleRe.FindStringSubmatchIndex(line); m == nil {
			m = gluedRoleRe.FindStringSubmatchIndex(line)
		}
		if m == nil {
			for _, l := range laterRoleRe.FindAllStringSubmatchIndex(line, -1) {
				if r := roleRead(line, l, false, i, known); r != nil {
					return r
				}
			}
			return nil
		}
	}
	return roleRead(line, m, spaced, i, known)
}

// taskRoleRe opens a line with what the student did, as the label of the
// name after it: "文案与设计：许嘉悦（电商24-1班）" (heldout143's 寿县 电商, a
// typed collection of works). Group 1 is the label.
var taskRoleRe = regexp.MustCompile(`^[^\p{Han}\w]*(\p{Han}{2,6})\s*[：:]`)

// taskRoleRead reads the name after a label no role's (taskRoleRe) only
// when the class follows it in brackets: a name with its class is a
// student's, whatever the label says the student did. Labels of teachers,
// reviewers and the people served are none.
func taskRoleRead(line string, i int, known []string) []Read {
	m := taskRoleRe.FindStringSubmatchIndex(line)
	if m == nil {
		return nil
	}
	label := line[m[2]:m[3]]
	if containsAny(label, notRole) || staffRoleRe.MatchString(label) {
		return nil
	}
	value := line[m[1]:]
	n, ok := wholeName(value, known)
	if !ok || !bracketClassRe.MatchString(value[strings.Index(value, n.name)+len(n.name):]) {
		return nil
	}
	return []Read{{Name: n.name, Line: i, Source: SourceField, Label: label, Confidence: n.conf * 0.9, Excerpt: strings.TrimSpace(line)}}
}

// gluedRoleRe opens a line with a role run into the name after it, as OCR
// reads a record's cells without the rules between them: "照护员常铭轩班级
// 照护2402班" (heldout101's 登封 照护, the student of another class named
// nowhere else). As for a spaced role (spacedRoleRe), only a name with the
// 班级 or 学号 cell right after it is read.
var gluedRoleRe = regexp.MustCompile(`^[^\p{Han}\w]*(\p{Han}{1,3}[员者人生师])`)

// laterRoleRe is a role label opening a field after the line's first, a
// space before it (see roleName). Group 1 is the role.
var laterRoleRe = regexp.MustCompile(`\s(\p{Han}{1,4}[员者人生师])\s*[：:;；]`)

// classFieldRe: right after a name, the 班级 field and a class with its
// number, or the 学号 field and digits (cells of a table, no colons; a
// speck OCR read as a quote or a comma in the colon's place: "调试人包文博班级
// “机电2402班", heldout135's 洮南 机电). One cell may be headed for both,
// the class before the 学号: "施工人董紫葵班级/学号网络2401班240301113"
// (heldout145's 保亭 网络 acceptance records).
var classFieldRe = regexp.MustCompile(`^\s*(?:班\s*级\s*(?:[/／]\s*学\s*号\s*)?[：:“”"'，,]?\s*[\p{Han}\d]{0,10}\d+\s*班|学\s*号\s*[：:“”"'，,]?\s*\d{6,})`)

// gluedClassIDRe: a name and its class's major run together, the class's
// number, 班 and the 学号 field after. Group 1 is the name and the major.
var gluedClassIDRe = regexp.MustCompile(`^[^\p{Han}\d]*(\p{Han}{4,10})\d{2,4}\s*班\s*学\s*号`)

// roleRead reads the name after the role label m locates in line (the
// label's match, its role group 1), as roleName says.
func roleRead(line string, m []int, spaced bool, i int, known []string) []Read {
	role := noSpace(line[m[2]:m[3]])
	value := line[m[1]:]
	fields := strings.Contains(value, "班级") || strings.Contains(value, "学号")
	if !fields && !bracketClassRe.MatchString(value) {
		return nil
	}
	if containsAny(role, notRole) {
		return nil
	}
	n, ok := wholeName(value, known)
	glued := false
	if !ok {
		// The name run together with its class, no 班级 label, the 学号
		// field after: "心得人:武浩宁机电2302班学号: 231501270217" on a
		// reflection's signature line (heldout137's 多伦 机电).
		m := gluedClassIDRe.FindStringSubmatch(value)
		if m == nil {
			return nil
		}
		name, cut := cutMajor(m[1])
		if !cut {
			return nil
		}
		if n, ok = wholeName(name, known); !ok {
			return nil
		}
		glued = true
	}
	after := value[strings.Index(value, n.name)+len(n.name):]
	switch {
	case glued:
	case bracketClassRe.MatchString(after):
	case spaced && classFieldRe.MatchString(after):
		// A role's cell, the name's, then the class's or the 学号's:
		// "炮制人 敖子骞 班级 中药2401班" (heldout86's 樟树 中药, a typed
		// record of a student of another class).
	case spaced || !fieldAfter(value, n.name):
		return nil
	}
	return []Read{{Name: n.name, Line: i, Source: SourceField, Label: role, Confidence: n.conf * 0.9, Excerpt: strings.TrimSpace(line)}}
}

// classIDLineRe is a page's identification line that gives the class, the
// name and the 学号 without labels for the first two: "酒店2401班 符诗涵
// 学号：2446050403", as OCR reads a homework sheet's header
// "酒店2302班邢奕捅学号2346050417". The class holds a number; group 1 is
// what stands between 班 and the 学号 (its label or its digits). A comma
// or a quote mark may stand either side of the name: "训饪2401班，游浩博”
// 24050101023" (heldout160's 城口 烹饪, a photographed homework header).
var classIDLineRe = regexp.MustCompile(`^[^\p{Han}\d]*[\p{Han}\d]{0,10}\d\s*班[\s，,、“”"']{0,3}([\p{Han}·]{2,8}?)[\s，,、“”"'。.]{0,3}(?:学\s*号|[（(]?\d{6,})`)

// nameClassSeatLineRe is a page's identification line that gives the name
// first, then the class and the student's number in it, no label:
// "和雅欣 中药2401班 15号", as OCR read a homework photo's header
// "杨曜川中药2401班33号" (heldout109's 丽江 中药). Group 1 is the name and
// the class's major (see classIDName), which open the line.
var nameClassSeatLineRe = regexp.MustCompile(`^[^\p{Han}\d]*([\p{Han}·]{2,4}[^\p{Han}\d]{0,3}\p{Han}{1,6})\d{2,4}\s*班[^\p{Han}\d]{0,3}第?\s*\d{1,3}\s*号[\s。.,，]*$`)

// seatNameClassLineRe is a page's identification line that gives the
// student's number in the class first, then the name and the class, no
// label: "30号 李牧轩 酒店2402班", as OCR read a homework photo's header
// "30号”李牧轩酒店2402班" (heldout122's 秦皇岛 酒店). Group 1 is the name and
// the class's major (see classIDName), which end the line.
var seatNameClassLineRe = regexp.MustCompile(`^[^\p{Han}\d]*第?\s*\d{1,3}\s*号[^\p{Han}\d]{0,3}([\p{Han}·]{2,4}[^\p{Han}\d]{0,3}\p{Han}{1,6})\d{2,4}\s*班[\s。.,，]*$`)

// classSeatLineRe is a page's identification line that gives the class,
// the student's number in it and the name, no label: "轨道2401班07号 李翠兰",
// "汽修2301班 第15号 张伟". Group 1 is the name, which ends the line.
var classSeatLineRe = regexp.MustCompile(`^[^\p{Han}\d]*[\p{Han}\d]{0,10}\d\s*班\s*第?\s*\d{1,3}\s*号\s*[^\p{Han}\d]{0,3}([\p{Han}·]{2,8})[\s。.,，]*$`)

// classNameSeatLineRe is a page's identification line that gives the
// class, the name and then the student's number in the class, no label:
// "新能源2401班 熊子轩 06", as OCR read a photographed homework's header
// "新能源2401班”能子轩06" (heldout150's 桑植 新能源). Group 1 is the name,
// group 2 the number.
var classNameSeatLineRe = regexp.MustCompile(`^[^\p{Han}\d]*[\p{Han}\d]{0,10}\d\s*班[^\p{Han}\d]{0,3}([\p{Han}·]{2,8}?)[^\p{Han}\d]{0,3}第?\s*(\d{1,3})\s*号?[\s。.,，]*$`)

// lostLabelRe is a page's identification line whose name label OCR
// garbled, the name between its colon and the 班级 label: "寻和>:马岭郁班级:
// 机电2401班" for 姓名：马岭秀 班级：机电2401班. Group 1 is the name.
var lostLabelRe = regexp.MustCompile(`^[^\s\d：:]{1,5}[：:;；]\s*([\p{Han}·]{2,8}?)\s*班\s*级\s*[：:;；]`)

// lostLabelName reads the name of a line whose name label OCR garbled
// (lostLabelRe): a valid name, or a class member's.
func lostLabelName(line string, i int, known []string) []Read {
	m := lostLabelRe.FindStringSubmatchIndex(line)
	if m == nil || containsAny(line[:m[2]], notRole) {
		return nil // a reviewer's line: "评阅人：葛秀珍　班级：…"
	}
	return fieldRead(line[m[2]:m[3]], line, i, known, "姓名", 0.8)
}

// classIDNumNameLineRe is a page's identification line that gives the
// class, the 学号 and then the name, no label but perhaps the 学号's:
// "城轨2402班241004310220金灵习" (heldout129's 青浦 城轨 worksheets, 金灵犀).
// Group 1 is the name, which ends the line.
var classIDNumNameLineRe = regexp.MustCompile(`^[^\p{Han}\d]*[\p{Han}\d]{0,10}\d\s*班[^\p{Han}\d]{0,3}(?:学\s*号[^\p{Han}\d]{0,3})?\d{6,}[^\p{Han}\d]{0,3}([\p{Han}·]{2,8})[\s。.,，]*$`)

// cutMajor splits a name run together with the class's major after it,
// the major the run's last word ("杨曜川中药": 杨曜川).
func cutMajor(run string) (string, bool) {
	rs := []rune(run)
	toks, _ := seg.Cut(run)
	if len(toks) < 2 {
		return "", false
	}
	last := []rune(toks[len(toks)-1])
	name := len(rs) - len(last)
	if len(last) < 2 || name < 2 || name > 4 || !seg.Phrase(string(last)) {
		return "", false
	}
	return string(rs[:name]), true
}

// classIDName reads the name of a class–name–学号 line (classIDLineRe), a
// class–number–name line (classSeatLineRe), a class–name–number line
// (classNameSeatLineRe) or a class–学号–name line (classIDNumNameLineRe).
func classIDName(line string, i int, known []string) []Read {
	// The 学号 before the name first: classIDLineRe would take a 学号
	// label for the name ("城轨2402班学号241004310210周越泽").
	m := classIDNumNameLineRe.FindStringSubmatch(line)
	if m == nil {
		m = classIDLineRe.FindStringSubmatch(line)
	}
	if m == nil {
		m = classSeatLineRe.FindStringSubmatch(line)
	}
	if m == nil {
		m = classNameSeatLineRe.FindStringSubmatch(line)
	}
	if m == nil {
		if m = nameClassSeatLineRe.FindStringSubmatch(line); m == nil {
			m = seatNameClassLineRe.FindStringSubmatch(line)
		}
		if m != nil {
			// The name, then the class's major: apart ("和雅钦“中药"), or
			// run together, the major the run's last word ("杨曜川中药":
			// 中药).
			parts := strings.FieldsFunc(m[1], func(r rune) bool { return !isHan(r) && r != '·' })
			switch len(parts) {
			case 2:
				m[1] = parts[0]
			case 1:
				name, ok := cutMajor(m[1])
				if !ok {
					return nil
				}
				m[1] = name
			default:
				return nil
			}
		}
	}
	if m == nil {
		return nil
	}
	return fieldRead(m[1], line, i, known, "班级学号", 0.9)
}

// dotKnown writes the class's transliterated names whole where OCR read
// their middle dot as another mark or lost it ("阿依古丽:买买提" for
// 阿依古丽·买买提): a colon there would make 阿依古丽 a label's value.
func dotKnown(text string, known []string) string {
	for _, k := range known {
		parts := strings.Split(k, "·")
		if len(parts) < 2 {
			continue
		}
		text = dottedRe(k, parts).ReplaceAllLiteralString(text, k)
	}
	return text
}

// dottedRes caches dottedRe's patterns: FromPage runs per page, with the
// same class names each time.
var dottedRes sync.Map // name → *regexp.Regexp

// dottedRe matches a dotted name's parts with any mark OCR read for the
// dot, or none, between them.
func dottedRe(name string, parts []string) *regexp.Regexp {
	if re, ok := dottedRes.Load(name); ok {
		return re.(*regexp.Regexp)
	}
	quoted := make([]string, len(parts))
	for i, p := range parts {
		quoted[i] = regexp.QuoteMeta(p)
	}
	re := regexp.MustCompile(strings.Join(quoted, `\s*[:：.。,，\-—一·•・‧∙]?\s*`))
	dottedRes.Store(name, re)
	return re
}

// mergeWorks gives one name to the reads of a list of works that are one
// maker's name misread: a list names each maker once per work, and OCR
// misreads the name cut from a run of text differently each time ("邢海鸯",
// "邢海网", "邢海上" for 邢海岚). A read cut from a run (confidence 0.5: no
// class member's name) that is as long as another of the list (three
// characters or four), of the same surname and one character off, takes
// that read's name: a class member's if one is, else the first. A class
// member's name is never changed, so two students one character apart
// stay two.
func mergeWorks(out []Read, works []int) {
	for a, i := range works {
		if out[i].Confidence != 0.5 {
			continue
		}
		best := -1
		for b, j := range works {
			if b == a || !OneOffSameSurname(out[i].Name, out[j].Name) {
				continue
			}
			if out[j].Confidence > 0.5 {
				best = j
				break
			}
			if best < 0 && b < a {
				best = j
			}
		}
		if best >= 0 {
			out[i].Name = out[best].Name
		}
	}
}

// makerHeads head the column of a list of works that names who made each
// (成果一览表: 序号 成果名称 完成人 完成日期 指导教师).
var makerHeads = []string{"完成人", "完成者", "作者", "制作人", "提交人", "成果完成人"}

// worksWords stand beside a maker heading in such a list's header.
var worksWords = []string{"成果", "作品", "名称", "题目", "日期", "序号", "时间", "指导", "页码", "备注"}

// worksHeader reports whether line heads a list of works with a maker
// column, and which column it is (-6 when OCR left the cells unseparated).
// A line with a colon is a field ("完成人：…　完成日期：…"), no header.
func worksHeader(line string) (int, bool) {
	if strings.ContainsAny(line, "：:") || longDigits.MatchString(line) {
		return 0, false
	}
	// 操作者 heads a process card's operator column (零件加工流程卡: 工序号
	// 工序内容 设备 操作者 检验 日期, heldout129's 武清 数控), whose rows
	// are steps, not works: it holds 作者 but is no maker heading.
	flat := strings.ReplaceAll(noSpace(line), "操作者", "")
	head := ""
	for _, h := range makerHeads {
		if strings.Contains(flat, h) {
			head = h
		}
	}
	words := 0
	for _, w := range worksWords {
		if strings.Contains(flat, w) {
			words++
		}
	}
	if head == "" || words < 2 || utf8.RuneCountInString(hanOnly(line)) > 30 {
		return 0, false
	}
	if cells, sep := splitCells(line); sep != " " {
		for i, c := range cells {
			if n := strings.Trim(noSpace(c), markSpecks); slices.Contains(makerHeads, n) {
				return i, true
			}
		}
	}
	return -6, true
}

// makerField gives the field of a works list's header, its fields apart by
// spaces, that heads the makers, and how many fields it has; -1 when none
// is a maker heading alone.
func makerField(line string) (int, int) {
	fs := strings.Fields(line)
	for i, f := range fs {
		if slices.Contains(makerHeads, strings.Trim(f, markSpecks)) {
			return i, len(fs)
		}
	}
	return -1, 0
}

// worksDateRe is a date after a run of Han characters in a row of a list
// of works: the maker's name ends the run ("采收期判断记录仇素芹2024年12月16日").
var worksDateRe = regexp.MustCompile(`(\p{Han}+)[^\p{Han}\d]{0,3}\d{4}\s*[年.\-/]`)

// worksRow reads the maker of one row of a list of works whose cells OCR
// did not separate: the first run of Han characters when it is a name
// ("1 仇素芹 采收期判断记录 …"), else the name that ends the run before a
// date ("采收期判断记录仇素芹2024年12月16日 修德胜"). row reports whether
// the line is a row at all (it holds a number), named or not.
func worksRow(line string, known []string) (string, float64, bool) {
	if !strings.ContainsAny(line, "0123456789") {
		return "", 0, false
	}
	if us := units(strings.TrimLeftFunc(line, func(r rune) bool { return !isHan(r) })); len(us) > 0 && utf8.RuneCountInString(us[0]) <= 4 {
		if c, ok := nameIn(us[0], known); ok && c.conf >= 0.9 {
			return c.name, c.conf * 0.8, true
		}
	}
	m := worksDateRe.FindStringSubmatch(line)
	if m == nil {
		return "", 0, true
	}
	run := []rune(m[1])
	for _, k := range known {
		if strings.HasSuffix(m[1], k) && utf8.RuneCountInString(k) >= 2 {
			return k, 0.8, true
		}
	}
	for _, n := range []int{3, 2, 4} {
		if len(run) >= n && Valid(string(run[len(run)-n:])) {
			return string(run[len(run)-n:]), 0.5, true
		}
	}
	return "", 0, true
}

// divisionWords head a group's division of work (小组分工): who of the
// group does which task.
var divisionWords = []string{"分工", "职责", "角色", "岗位", "任务分配", "组员", "小组成员"}

// divisionTable reports whether the table headed by lines[i] is a group's
// division of work: its header, or the heading a line or two above it,
// says so. Its rows name the group's members, the page's student among
// them or not; which of them wrote the page, the table does not tell.
func divisionTable(lines []string, i int) bool {
	for k := i; k >= 0 && k >= i-2; k-- {
		flat := noSpace(lines[k])
		if k == i && (strings.Contains(flat, "班级") || strings.Contains(flat, "日期")) {
			// A page's identification table ("学员姓名 | 班级 | 实训岗位 |
			// 日期"): the 岗位 is the student's post, not a division.
			continue
		}
		for _, w := range divisionWords {
			if strings.Contains(flat, w) {
				return true
			}
		}
	}
	return false
}

// divisionRowRe is a row of a division of work as OCR reads it: a serial
// number, perhaps lost or read as a speck, then Han text ("4冯黔质量检查").
var divisionRowRe = regexp.MustCompile(`^\W{0,3}\d{1,2}\W{0,3}\p{Han}{2,}`)

// nameFirst reports whether a header's name column comes before its other
// headings but 序号 (a number, no Han text), so that a row's first run of
// Han characters is the name: "姓名 学号 班级", not "班级 姓名 学号".
func nameFirst(line string) bool {
	flat := hanOnly(line)
	k := strings.Index(flat, "名")
	if k < 0 {
		// 姓名 lost (idHeader): the name stood first if the first heading
		// left is the 学号 that follows it ("多学号班级8", not "班级0 -有学号").
		first, at := "", len(flat)
		for _, w := range headerWords {
			if j := strings.Index(flat, w); j >= 0 && j < at && w != "序号" {
				first, at = w, j
			}
		}
		return first == "学号"
	}
	for _, w := range headerWords {
		if w == "序号" {
			continue
		}
		if j := strings.Index(flat, w); j >= 0 && j < k {
			return false
		}
	}
	return true
}

// shortHeader reports whether a line that holds a 姓名 label and no name
// is a short header whose other headings OCR garbled ("姓名过号尖和" for
// 姓名 学号 班级): no colon, at most eight Han characters. Its rows must
// still hold numbers (tableRow).
func shortHeader(line string) bool {
	return !strings.ContainsAny(line, "：:") && utf8.RuneCountInString(hanOnly(line)) <= 8
}

// idHeader reports whether line is the header of a one-student
// identification table (姓名 学号 班级) whose 姓名 OCR did not read: it is
// short and holds 学号 and 班级, or one of them beside a trace of 名
// ("多学号班级8", "和名，学。班级，" as Tesseract read "姓名 学号 班级").
func idHeader(line string) bool {
	if longDigits.MatchString(line) {
		return false // a filled-in line: "学号：2022001 班级：汽修1班"
	}
	flat := hanOnly(line)
	if n := utf8.RuneCountInString(flat); n < 3 || n > 12 {
		return false
	}
	id, class := strings.Contains(flat, "学号"), strings.Contains(flat, "班级")
	return id && class || (id || class) && strings.Contains(flat, "名")
}

// rawRowRe is a row of an identification table: perhaps a serial number,
// a run of Han characters (the name, however OCR read it) and then a number
// (the 学号). A colon after the Han run makes it a label, its value a date
// or a number ("公示期：2024年10月8日至…", under heldout82's 漳平 公示名单; 公 a
// surname).
var rawRowRe = regexp.MustCompile(`^[^\p{Han}]*?(\p{Han}{2,4})[^\p{Han}\d：:]*\d{4,}`)

// rawRow reads the name cell of an identification-table row as it stands,
// even when it is no valid name ("记宕”20220305" for 廖宸): the column says it
// is a name; matching decides whose. Low confidence.
func rawRow(line string) (string, float64) {
	m := rawRowRe.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return "", 0
	}
	if u, cut := cutTerminator(m[1]); cut || u == "" || seg.Phrase(u) {
		return "", 0 // a label ("日期 20240301") or words, not a name
	}
	return m[1], 0.3
}

var longDigits = regexp.MustCompile(`\d{3,}`)

func hanOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if isHan(r) {
			return r
		}
		return -1
	}, s)
}

// knownInText finds class members' names in a page whose labels OCR did not
// read ("好 名:王伟"): the class list is the dictionary. Only exact names,
// at most three, only in short lines that keep a trace of a label (名, 生),
// and never beside a group leader's, member's or teacher's label.
func knownInText(lines []string, known []string) []Read {
	var out []Read
	seen := map[string]bool{}
	bounded := map[string][]Read{} // see boundedNames
	for i, line := range lines {
		flat := noSpace(line)
		if k := idName(line, known); k != "" {
			// A class member's name right before a student number, in a
			// row whose header OCR lost ("汽修2201班黄俊杰220101 1号工位")
			// or a long row of a list of works ("2 标定记录 贝思琪 20212235 记录了…").
			if !seen[k] {
				seen[k] = true
				out = append(out, Read{Name: k, Line: i, Source: SourceText, Confidence: 0.5, Excerpt: strings.TrimSpace(line)})
			}
			continue
		}
		if k := roleGluedName(flat, known); k != "" {
			// A class member's name glued to a role label before it and
			// the next field after it: "交车人周建新接车人艾尔肯·吐尔洪
			// 交接时间2024年11月4日".
			if !seen[k] {
				seen[k] = true
				out = append(out, Read{Name: k, Line: i, Source: SourceText, Confidence: 0.55, Excerpt: strings.TrimSpace(line)})
			}
			continue
		}
		if utf8.RuneCountInString(flat) > 30 {
			continue
		}
		for _, k := range boundedNames(line, known) {
			if containsAny(flat, notStudent) || containsAny(flat, castWords) {
				break
			}
			bounded[k] = append(bounded[k], Read{Name: k, Line: i, Source: SourceText, Confidence: 0.5, Excerpt: strings.TrimSpace(line)})
		}
		if !strings.ContainsAny(flat, "名生") {
			// A line that holds nothing but a class member's name (and a
			// speck read as one more character) is a handwritten name
			// whose label OCR lost: "皇甫炜、，人", "蒋刚娟人".
			if k := aloneName(line, known); k != "" && !seen[k] {
				seen[k] = true
				out = append(out, Read{Name: k, Line: i, Source: SourceText, Confidence: 0.5, Excerpt: strings.TrimSpace(line)})
			}
			continue
		}
		other := false
		for _, w := range append(notStudent, "组员", "成员", "小组") {
			if strings.Contains(flat, w) {
				other = true
			}
		}
		if other {
			continue
		}
		best := ""
		for _, k := range known {
			if utf8.RuneCountInString(k) >= 2 && strings.Contains(flat, k) && len(k) > len(best) {
				best = k
			}
		}
		if best != "" && !seen[best] {
			seen[best] = true
			out = append(out, Read{Name: best, Line: i, Source: SourceText, Confidence: 0.6, Excerpt: strings.TrimSpace(line)})
		}
	}
	if len(out) > 3 {
		return nil // a list of the class, not one student's page
	}
	if len(out) == 0 && len(bounded) == 1 && membersIn(lines, known) == 1 {
		// One class member alone named on the page, set apart by marks
		// ("33-胡博远-汽修2301", a chat group's nickname; "答辩人 龙若溪
		// 班级 …"): the page's student. A page that names other members
		// anywhere (a group's table, a cast) says nothing.
		for _, rs := range bounded {
			return rs[:1]
		}
	}
	return out
}

// membersIn counts the class members named anywhere in lines, a name
// inside a longer member's (澹台明 in 澹台明远) not counted.
func membersIn(lines []string, known []string) int {
	flat := noSpace(strings.Join(lines, ""))
	var found []string
	for _, k := range known {
		if utf8.RuneCountInString(k) >= 2 && strings.Contains(flat, k) && !slices.Contains(found, k) {
			found = append(found, k)
		}
	}
	n := 0
	for _, a := range found {
		if !slices.ContainsFunc(found, func(b string) bool { return b != a && strings.Contains(b, a) }) {
			n++
		}
	}
	return n
}

// castWords mark a line that names several people, a group, a cast or a
// partner (the others' names OCR may have garbled: "同组演练物思远(值班站长)、
// …"; "合作伙伴 王五", the page's own name unread).
var castWords = []string{"组员", "成员", "小组", "同组", "扮演", "饰", "合作", "同伴", "伙伴", "互评", "互检", "监护", "记录员"}

// apart reports whether r sets a name apart: no Han character, no middle
// dot, no mark of a list ("、", "，").
func apart(r rune) bool { return !isHan(r) && r != '·' && !strings.ContainsRune("、，,；;", r) }

// roleAfterRe: a role in brackets after a name ("(乘客)"), a cast's.
var roleAfterRe = regexp.MustCompile(`^\s*[(（]\p{Han}`)

// boundedNames lists the class members' names of line that stand apart
// from other Han characters (marks, spaces, digits or the line's ends on
// both sides; no list's comma, no role in brackets after it):
// "33-胡博远-汽修2301", "｜程明哲｜", not "让老人安心", "、崔书航(乘客)".
func boundedNames(line string, known []string) []string {
	var out []string
	for _, k := range known {
		if utf8.RuneCountInString(k) < 2 || slices.Contains(out, k) {
			continue
		}
		for from := 0; from < len(line); {
			j := strings.Index(line[from:], k)
			if j < 0 {
				break
			}
			j += from
			before, _ := utf8.DecodeLastRuneInString(line[:j])
			after, _ := utf8.DecodeRuneInString(line[j+len(k):])
			rest := line[j+len(k):]
			if (j == 0 || apart(before)) && (rest == "" || apart(after) && !roleAfterRe.MatchString(rest)) {
				out = append(out, k)
				break
			}
			from = j + len(k)
		}
	}
	return out
}

// roleGluedName returns the class member whose name follows a role label
// ("接车人", "操作员") in flat, no space or colon between them; "" when
// none does, or the role is a teacher's or a client's (notRole).
func roleGluedName(flat string, known []string) string {
	best := ""
	for _, k := range known {
		if utf8.RuneCountInString(k) < 2 || len(k) <= len(best) {
			continue
		}
		i := strings.Index(flat, k)
		if i <= 0 {
			continue
		}
		before := []rune(flat[:i])
		if !strings.ContainsRune("人员者", before[len(before)-1]) {
			continue
		}
		label := string(before[max(0, len(before)-3):])
		if containsAny(label, notRole) || !isHan(before[max(0, len(before)-2)]) {
			continue
		}
		// The next field after the name, or nothing: "…吐尔洪交接时间2024年";
		// not prose ("让老人安心、家属放心": 安心 is a word there).
		if after := flat[i+len(k):]; after != "" && !fieldLabelRe.MatchString(after) && !glueFieldRe.MatchString(after) {
			continue
		}
		best = k
	}
	return best
}

// glueFieldRe: the next field of a line whose cells OCR ran together: a
// time, a date, a number, a class, an address or a bracket ("发件人
// 金雨萱 <ds230211@…>").
var glueFieldRe = regexp.MustCompile(`^(?:\p{Han}{0,4}(?:时间|日期|编号|工位|车号)|[\x21-\x7e（(【\[]|[\p{Han}\d]{0,8}\d班)`)

// idNameRe is a run of Han characters right before a number of six digits
// or more (a 学号), a space between them or none.
var idNameRe = regexp.MustCompile(`(\p{Han}{2,8})\s?\d{6,}`)

// idName returns the class member whose name ends the Han run before a
// student number on line; "" when there is none.
func idName(line string, known []string) string {
	best := ""
	for _, m := range idNameRe.FindAllStringSubmatch(line, -1) {
		for _, k := range known {
			if utf8.RuneCountInString(k) >= 2 && strings.HasSuffix(m[1], k) && len(k) > len(best) {
				best = k
			}
		}
	}
	return best
}

// aloneName returns the class member whose name is all a line holds, with
// at most one more Han character after it, or the line's name as read when
// it is a class member's with one look-alike character; "" when there is
// none.
func aloneName(line string, known []string) string {
	han := []rune(hanOnly(line))
	best := ""
	for _, k := range known {
		n := utf8.RuneCountInString(k)
		if n >= 2 && len(han) >= n && len(han) <= n+1 && string(han[:n]) == k && n > utf8.RuneCountInString(best) {
			best = k
		}
	}
	if best == "" {
		// A class member's name with one character read as a look-alike
		// ("吴宕强" for 吴宸强): the read is returned, for matching to tell.
		for n := len(han); n >= len(han)-1 && n >= 2; n-- {
			if n <= 4 {
				if _, kind := Match(string(han[:n]), known); kind == Fuzzy {
					return string(han[:n])
				}
			}
		}
	}
	return best
}

// listedFieldRe is what follows a 姓名 listed with other fields in a
// sentence: "和家属电话", "与学号", "、联系方式". An enumeration comma
// right after the label lists fields whatever they are: "姓名、国籍和护照号码"
// (heldout129's 青浦 饭店 answer, 国 a surname).
var listedFieldRe = regexp.MustCompile(`^\s*(?:、|[和与及或]\s*\p{Han}{0,4}?(?:电话|家属|学号|班级|地址|联系|身份|性别|年龄|号码|照片|住址|单位|国籍|护照))`)

// gluedWord reports whether label and the characters right after it open
// with one word, no name (seg.RunsOn): "学生公寓3栋", "学生会".
func gluedWord(label, value string) bool {
	return strings.TrimLeftFunc(value, isHan) != value && seg.RunsOn(label+value, utf8.RuneCountInString(label))
}

// roleStudentRe: the rest of a role's "(学生)" mark after 学生, its colon
// included: "照护员(学生) :"; or the name right after the bracket, a form's
// cells OCR read without the rule between them ("照护员〈学生)雷婧恰接班护理员
// 刘彩凤", heldout113's 丽水 照护).
var roleStudentRe = regexp.MustCompile(`^\s*[)）]\s*(?:[：:]|\p{Han})`)

// fieldNames reads names that follow labels on line i. labelled reports
// whether a 姓名 label stood on the line at all (a table header, perhaps).
func fieldNames(line string, i int, lines []string, known []string) ([]Read, bool) {
	var out []Read
	labelled := false
	for _, m := range labelRe.FindAllStringSubmatchIndex(line, -1) {
		label := noSpace(line[m[2]:m[3]])
		if strings.HasPrefix(label, "完成") {
			label = "完成人" // OCR drops or mangles the 人: "完成^:马泽子"
		}
		if label == "受训入" {
			label = "受训人" // "受训入:宫秀岚"
		}
		if compilerLabels[label] {
			continue
		}
		if (label == "姓名" || label == "名") && adultAge(line[m[1]:]) {
			// "姓名|黄玉洪|女|58岁" heading a prescription (heldout71's 清镇
			// 中药 worksheets): a patient's or a customer's name, no student's.
			continue
		}
		if label == "名" && thingNameRe.MatchString(noSpace(line[:m[0]])) {
			continue // "品名：米炒党参": a product's name, no person's
		}
		colon := m[4] >= 0
		before := noSpace(line[:m[0]])
		value := line[m[1]:]
		roleLabelled := false
		if k := roleStudentRe.FindStringIndex(value); label == "学生" && !colon && k != nil {
			// A role the student played, so marked: "照护员(学生)：方慧琳"
			// (heldout65's 铜陵 照护 worksheets, a relative's signature
			// after it). The role is the label. OCR may read the opening
			// bracket as an angle ("照护员〈学生)").
			role := strings.TrimRightFunc(before, func(r rune) bool { return strings.ContainsRune("(（〈<《", r) })
			if role != before && len(before)-len(role) <= len("（") && endsHan(role) {
				rest := value[k[1]:]
				if last, n := utf8.DecodeLastRuneInString(value[:k[1]]); isHan(last) {
					rest = value[k[1]-n:] // no colon: the name's first character
				}
				before, value, colon, roleLabelled = role, rest, true, true
			}
		}
		// A label that opens its line is a label even when OCR read its
		// colon as a comma or lost it ("完成人，蒋墨", "完成人蓝洋靖，"):
		// then only a whole valid or known name counts as its value.
		soft := colonOnly[label] && !colon
		if soft && strings.TrimLeftFunc(before, leadNoise) != "" {
			continue
		}
		if soft && (label == "签字" || label == "签名") && strings.HasPrefix(strings.TrimSpace(value), "后") {
			// "签字后交还。": after signing, no signature (后 is a surname
			// too; heldout117's 五家渠 城轨 homework, read with ocr/27).
			continue
		}
		skip := false
		for _, w := range notStudent {
			if strings.HasSuffix(before, w) {
				skip = true
			}
		}
		if !roleLabelled && (label == "姓名" || label == "签名" || label == "签字" || label == "名") && otherRoleBefore(before) {
			skip = true // "收货人姓名：", "质检员签字：", "孕妇姓名：": another person's
		}
		if label == "姓名" || label == "学生姓名" || label == "学员姓名" {
			labelled = true
		}
		if skip {
			continue
		}
		excerpt := strings.TrimSpace(line)
		if (label == "学生" || label == "学员") && !colon && gluedWord(label, value) {
			// "学生公寓3栋 312寝室" heading a roster's rooms (heldout109's
			// 崇州 酒店), "学生会", "学员证": one word, no label and name.
			continue
		}
		if !colon && listedFieldRe.MatchString(value) {
			continue // "姓名和家属电话": the fields a task asks for, no name (和 is a surname)
		}
		if !colon && endsHan(strings.TrimRightFunc(before, leadNoise)) && (label == "姓名" || label == "学生姓名") {
			// 姓名 amid running text ("核对姓名和房型，查验身份证"): a
			// name only if the value is one, alone or before another field.
			if n, ok := wholeName(value, known); ok && fieldAfter(value, n.name) {
				out = append(out, Read{Name: n.name, Line: i, Source: SourceField, Label: label, Confidence: n.conf * 0.9, Excerpt: excerpt})
			}
			continue
		}
		if soft {
			n, ok := wholeName(value, known)
			if !ok && nameLabels[label] {
				// "完成人攻欣": what OCR made of a handwritten name, if it
				// is all the line holds.
				if rs := rawValue(value); len(rs) == 1 && blankAfter(value, rs[0].name) {
					n, ok = rs[0], true
				}
			}
			if ok {
				out = append(out, Read{Name: n.name, Line: i, Source: SourceCover, Label: label, Confidence: n.conf * 0.9, Excerpt: excerpt})
			}
			continue
		}
		// Only a label with its colon vouches for a value that is no name,
		// or one that opens a table cell whose value fills the next cell
		// alone ("|姓名葡雨肖|班级|": OCR lost the rule between them).
		raw := nameLabels[label] && (colon || strings.HasSuffix("|"+strings.TrimLeftFunc(before, leadNoise), "|") && cellValueRe.MatchString(value))
		names := valueNames(value, known)
		if label == "名" {
			// A bare 名, its first character lost or misread, may be a
			// thing's ("荣名：蒙式咸奶茶" for 菜名, heldout52): its value is
			// a name only where it ends the field.
			names = slices.DeleteFunc(names, func(n cand) bool { return !endsField(value, n.name) })
		}
		if len(names) == 0 && raw {
			names = rawValue(value)
		}
		if len(names) == 0 && colon && (label == "学生" || label == "学员") {
			// "学生: :苋健朗班级:…" (岑晋铭, OCR-garbled): a cover label's
			// value before another field is the student's name, unreadable.
			if rs := rawValue(value); len(rs) == 1 && fieldAfter(value, rs[0].name) {
				names = rs
			}
		}
		if len(names) == 0 && (blank(value) || utf8.RuneCountInString(hanOnly(value)) == 1 && len(units(value)) == 1) && i+1 < len(lines) {
			// (One character is no name: a speck read as "六" after the colon.)
			// A table cell printed as label and value on consecutive lines.
			next := strings.TrimSpace(lines[i+1])
			if utf8.RuneCountInString(noSpace(next)) <= 8 && !labelRe.MatchString(next) {
				names = valueNames(next, known)
				if len(names) == 0 && raw {
					names = rawValue(next)
				}
				excerpt += " " + next
			}
		}
		src := SourceField
		if coverLabels[label] {
			src = SourceCover
		}
		for _, n := range names {
			out = append(out, Read{Name: n.name, Line: i, Source: src, Label: label, Confidence: n.conf, Excerpt: excerpt})
		}
	}
	return out, labelled
}

// cellValueRe is a table cell's value that fills it alone: two to four Han
// characters, then the cell's rule.
var cellValueRe = regexp.MustCompile(`^\s*\p{Han}{2,4}\s*[|｜]`)

// nameLabels say outright that a name follows: what stands after them is
// taken as the name even when it is none (see rawValue).
var nameLabels = map[string]bool{"姓名": true, "学生姓名": true, "学员姓名": true, "完成人": true, "作者": true}

// blank reports whether a field's value holds nothing but marks (OCR's
// specks, underlines): "，、", "____".
func blank(value string) bool {
	alnum := 0
	for _, r := range value {
		switch {
		case isHan(r):
			return false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			alnum++ // one speck may be read as "0" or "o": "姓名: 0"
		}
	}
	return alnum <= 1
}

// rawValue takes the value of a name label as it stands when it is no
// valid name: OCR of a handwritten name ("薪欣" for 蒋欣, "莹上雪" for
// 蒙曦雪). It must be a whole run of 2–4 Han characters, not the start of a
// longer one; matching later decides whose name it is.
func rawValue(value string) []cand {
	us := units(value)
	if len(us) == 0 {
		return nil
	}
	u, _ := cutTerminator(us[0])
	if u != us[0] && u == "" {
		return nil
	}
	if n := utf8.RuneCountInString(u); n < 2 || n > 4 || seg.Phrase(u) {
		return nil // no name, or words of the printed form ("作业内容")
	}
	return []cand{{u, 0.3}}
}

// wholeName reads the value of a label whose colon OCR lost: after a
// comma-like mark, a run of Han characters that is a known or valid name as
// a whole, followed by nothing but marks or a terminator label.
func wholeName(value string, known []string) (cand, bool) {
	value = strings.TrimLeftFunc(value, func(r rune) bool { return leadNoise(r) || unicode.IsSpace(r) })
	us := units(value)
	if len(us) == 0 {
		return cand{}, false
	}
	u, _ := cutTerminator(us[0])
	c, ok := nameIn(u, known)
	if !ok || c.name != u || c.conf < 0.7 {
		return cand{}, false
	}
	return c, true
}

// endsHan reports whether s ends with a Han character.
func endsHan(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isHan(r)
}

// fieldAfter reports whether name ends value's field: nothing but marks
// follows it, or another field ("张伟  学号：…", "张伟2023…"), not prose
// ("和房型，查验身份证").
func fieldAfter(value, name string) bool {
	i := strings.Index(value, name)
	if i < 0 {
		return false
	}
	rest := value[i+len(name):]
	if blank(rest) {
		return true
	}
	// Specks OCR read between the name and the next field: "宣婉清”日期".
	rest = strings.TrimLeftFunc(rest, func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || strings.ContainsRune(`"'“”‘’.。`, r)
	})
	r, _ := utf8.DecodeRuneInString(rest)
	return r >= '0' && r <= '9' || fieldLabelRe.MatchString(rest)
}

// fieldLabelRe opens a worksheet's next field after a name.
var fieldLabelRe = regexp.MustCompile(`^(?:班\s*级|学\s*号|专\s*业|日\s*期|组\s*别|性\s*别|学\s*校|指\s*导|教\s*师|成\s*绩|得\s*分|工\s*号|座\s*号|考\s*号|学\s*籍)`)

// blankAfter reports whether nothing but marks follows name in value.
func blankAfter(value, name string) bool {
	i := strings.Index(value, name)
	return i >= 0 && blank(value[i+len(name):])
}

// oneInserted reports whether read is name with one character added
// anywhere.
func oneInserted(read, name []rune) bool {
	for i := range read {
		if string(read[:i])+string(read[i+1:]) == string(name) {
			return true
		}
	}
	return false
}

type cand struct {
	name string
	conf float64
}

// classAfterRe: the number of a class, after its major ("平面2302班").
var classAfterRe = regexp.MustCompile(`^\d{2,4}\s*[班级]`)

// units splits a field value into runs of Han characters that may be names:
// letter-spaced characters are joined, list separators and two-character
// tokens split, and the first character that cannot be part of a name
// (a digit, a bracket, a colon) ends the value.
func units(value string) []string {
	var tokens []string // "" marks a list separator
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			tokens = append(tokens, string(cur))
			cur = cur[:0]
		}
	}
	started := false // a Han character was seen
	rest := []rune(value)
	at := 0 // index in rest of r
scan:
	for k, r := range value {
		at++
		switch {
		case isHan(r):
			cur = append(cur, r)
			started = true
		case (strings.ContainsRune(middleDots, r) || r == '.' || r == '．') && len(cur) > 0 && at < len(rest) && isHan(rest[at]):
			// The middle dot inside a transliterated name: 阿依古丽·买买提;
			// OCR reads it as a full stop too ("哈斯.额尔敦").
			cur = append(cur, '·')
		case r == '_' || unicode.IsSpace(r):
			flush()
		case strings.ContainsRune("、，,;；/／", r):
			flush()
			tokens = append(tokens, "")
		case !started && leadNoise(r):
			// OCR reads specks between a label and its value as quotes,
			// dots or commas: "姓名:，”余思晨".
		case len(cur) > 0 && len(tokens) > 0 && classAfterRe.MatchString(value[k:]):
			// A class after the name: "诸葛文轩 平面2302班".
			cur = cur[:0]
			break scan
		default:
			break scan
		}
	}
	flush()
	// Join letter-spaced characters: single-character tokens run together,
	// and a lone surname joins the token after it.
	var out []string
	buf := ""
	singles := true // buf holds single-character tokens only
	for _, t := range tokens {
		switch n := utf8.RuneCountInString(t); {
		case t == "":
			if buf != "" {
				out = append(out, buf)
				buf = ""
			}
			singles = true
		case n == 1 && !singles:
			// One character after a word is the next cell ("岑海涛 男"),
			// not a letter-spaced part of it.
			out = append(out, buf)
			buf, singles = t, true
		case n == 1:
			buf += t
		case buf != "" && utf8.RuneCountInString(buf) == 1 && utf8.RuneCountInString(buf+t) <= 4:
			buf, singles = buf+t, false
		default:
			if buf != "" {
				out = append(out, buf)
			}
			buf, singles = t, false
		}
	}
	if buf != "" {
		out = append(out, buf)
	}
	return out
}

// leadNoise are the marks OCR makes of specks and underline ends before a
// handwritten value; they are skipped until the value's first character.
func leadNoise(r rune) bool {
	return strings.ContainsRune("“”\"'‘’`.。·•，,:：;；-—~^*>》<《|¦!！?？", r)
}

// cutTerminator cuts u at the first label word it holds; stop reports a cut.
func cutTerminator(u string) (string, bool) {
	best := -1
	for _, t := range terminators {
		if k := strings.Index(u, t); k >= 0 && (best < 0 || k < best) {
			best = k
		}
	}
	if best < 0 {
		return u, false
	}
	return u[:best], true
}

// valueNames turns a field's value into names.
func valueNames(value string, known []string) []cand {
	var out []cand
	for _, u := range units(value) {
		u, stop := cutTerminator(u)
		if c, ok := nameIn(u, known); ok {
			out = append(out, c)
		}
		if stop || len(out) >= 6 {
			break
		}
	}
	return out
}

// nameIn finds the name a run of Han characters starts with.
func nameIn(u string, known []string) (cand, bool) {
	if u == "" {
		return cand{}, false
	}
	// The class's own names first: the longest one the run starts with.
	best := ""
	for _, k := range known {
		// A class name that is a compound surname alone ("诸葛", read from
		// a garbled "诸葛X室") is no prefix of a longer name: 诸葛文轩.
		if strings.HasPrefix(u, k) && len(k) > len(best) && !(compoundSet[k] && len(u) > len(k) && Valid(u)) {
			best = k
		}
	}
	if best != "" {
		return cand{best, 1}, true
	}
	// A speck before or inside a handwritten name read as a character:
	// "上唐博红" for 唐博红, "欧阳了晓琳" for 欧阳晓琳.
	if rs := []rune(u); len(rs) >= 3 {
		for _, k := range known {
			if len(rs) == utf8.RuneCountInString(k)+1 && oneInserted(rs, []rune(k)) {
				return cand{k, 0.8}, true
			}
		}
	}
	if name, ok := dottedHead(u); ok {
		return cand{name, 0.9}, true
	}
	if Valid(u) {
		return cand{u, 0.9}, true
	}
	rs := []rune(u)
	for _, k := range known {
		n := utf8.RuneCountInString(k)
		if n <= len(rs) && OneSimilarOff(string(rs[:n]), k) {
			return cand{string(rs[:n]), 0.7}, true
		}
	}
	for n := 3; n >= 2; n-- {
		if len(rs) > n && Valid(string(rs[:n])) {
			return cand{string(rs[:n]), 0.5}, true
		}
	}
	return cand{}, false
}

// dottedHead is the transliterated name a run opens with where OCR glued
// characters after it ("夏木西努尔·沙吾尔妇女女", star ratings read as
// characters, heldout54's 和田): the part after the dot ends at its first
// character no such name is written with, when two or more follow. A
// single character after the name stays (translitChars may lack it).
func dottedHead(u string) (string, bool) {
	if strings.Count(u, "·") != 1 {
		return "", false
	}
	l, r, _ := strings.Cut(u, "·")
	left, right := []rune(l), []rune(r)
	if len(left) < 2 || len(left) > 6 || !translitRun(left) {
		return "", false
	}
	k := 0
	for k < len(right) && strings.ContainsRune(translitChars, right[k]) {
		k++
	}
	if k < 2 || len(right)-k < 2 {
		return "", false
	}
	name := l + "·" + string(right[:k])
	return name, dotted(name)
}

// headerWords are column headings that stand beside 姓名 in a table header.
var headerWords = []string{"序号", "学号", "成绩", "性别", "满分", "得分", "总分", "班级", "备注", "考核", "评价", "分数", "等级", "签名", "组别", "合计", "总评"}

// splitCells splits a table row: tabs (docx/xlsx text), commas (csv),
// vertical bars (OCR of a ruled table), or runs of spaces (PDF text and OCR).
func splitCells(line string) ([]string, string) {
	sep := ""
	switch {
	case strings.Contains(line, "\t"):
		sep = "\t"
	case strings.Count(line, ",") >= 1 && !strings.ContainsRune(line, '，'):
		sep = ","
	case strings.Count(line, "|") >= 2:
		sep = "|" // a ruled table's vertical lines as OCR reads them
	}
	if sep != "" {
		cells := strings.Split(line, sep)
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		return cells, sep
	}
	return strings.Fields(line), " "
}

// tableHeader reports whether line heads a table with a 姓名 column, and
// which column it is (-2 when the cells are not reliably separated, -3 for
// an identification header whose 姓名 OCR lost, see idHeader).
func tableHeader(line string) (int, bool) {
	flat := noSpace(line)
	// A table of other people's names ("老人姓名 房号 22:00 02:00 情况", a
	// night round's sheet, heldout68's 林州 照护) is no table of students.
	if !strings.Contains(flat, "姓名") || nameHeads(line) <= 0 {
		if idHeader(line) {
			return -3, true
		}
		return 0, false
	}
	others := 0
	for _, w := range headerWords {
		if strings.Contains(flat, w) {
			others++
		}
	}
	if others == 0 {
		return 0, false
	}
	cells, sep := splitCells(line)
	if sep != " " {
		for i, c := range cells {
			if n := noSpace(c); n == "姓名" || n == "学生姓名" {
				return i, true
			}
		}
	}
	return -2, true
}

// typedNameCell reports whether a typed table's 姓名 cell holds a name
// whole: two to four Han characters, not a word, or a transliterated name
// with a middle dot.
func typedNameCell(cell string) bool {
	if parts := strings.Split(cell, "·"); len(parts) == 2 {
		// A transliterated name: given name and father's or family
		// name, each of Han characters ("宝音·德力格尔").
		a, b := utf8.RuneCountInString(parts[0]), utf8.RuneCountInString(parts[1])
		return a >= 1 && b >= 1 && a+b <= 12 && hanOnly(parts[0]+parts[1]) == parts[0]+parts[1]
	}
	n := utf8.RuneCountInString(cell)
	return n >= 2 && n <= 4 && hanOnly(cell) == cell && !fieldWord(cell) && !seg.Phrase(cell)
}

// tableRow reads the name of one table row.
func tableRow(line string, col int, known []string) (string, float64) {
	cells, sep := splitCells(line)
	if col >= 0 && sep != " " && col < len(cells) {
		cell := noSpace(cells[col])
		c, ok := nameIn(cell, known)
		// The 姓名 cell of a typed table (docx, xlsx, csv: OCR never
		// gives tabs or commas) is a name whole, even when its surname is
		// one the list lacks (傅杰, 禤海) or it is a Mongolian name of four
		// characters or with a middle dot (特日格乐, 宝音·德力格尔).
		if sep != "|" && typedNameCell(cell) && (!ok || c.name != cell) {
			return cell, 0.7
		}
		if ok && utf8.RuneCountInString(cell) <= 4 {
			return c.name, c.conf
		}
	}
	// Cells not reliably separated (OCR): a row holds a number (序号, a
	// score) and its first run of Han characters is the name.
	if !strings.ContainsAny(line, "0123456789") {
		return "", 0
	}
	us := units(strings.TrimLeftFunc(line, func(r rune) bool { return !isHan(r) }))
	if len(us) == 0 {
		return "", 0
	}
	u, _ := cutTerminator(us[0])
	if rest := strings.TrimPrefix(us[0], u); strings.HasPrefix(rest, "教师") || strings.HasPrefix(rest, "老师") {
		return "", 0 // a teacher's role glued to its label: "任课教师（签字）：易卫东"
	}
	if k := strings.Index(line, u); k >= 0 && strings.HasPrefix(strings.TrimLeft(line[k+len(u):], " "), "：") {
		// A label and its value under the table, no row: "公示期：2024年10月
		// 8日至10月14日。" (see rawRowRe).
		return "", 0
	}
	if c, ok := nameIn(u, known); ok {
		return c.name, c.conf * 0.9
	}
	return "", 0
}

// studentIDRe finds student numbers (学号) in a line: six digits or more.
var studentIDRe = regexp.MustCompile(`\d{6,}`)

// StudentIDs lists the student numbers (学号) of a line: runs of six
// digits or more.
func StudentIDs(line string) []string { return studentIDRe.FindAllString(line, -1) }

// ByStudentID reads a page by its student numbers (学号): when the
// numbers of its lines that owners (number → class member) knows name one
// member only, that member, read at the first line that gives the number.
// A page of several members' numbers (a group's table) names no one.
// owner is the member whose number was read (the read's name may extend
// it: see longerOnLine).
func ByStudentID(text string, owners map[string]string) (found Read, owner string, ok bool) {
	for i, line := range strings.Split(normLine(text), "\n") {
		for _, id := range StudentIDs(line) {
			n, known := OwnerOf(owners, id)
			switch {
			case !known:
			case owner == "":
				owner = n
				found = Read{Name: longerOnLine(line, n), Line: i, Source: SourceID, Label: "学号", Confidence: 0.5, Excerpt: strings.TrimSpace(line)}
			case owner != n:
				return Read{}, "", false
			}
		}
	}
	if owner != "" {
		return found, owner, true
	}
	return byShortID(text, owners)
}

// shortIDRe is a student number of one to four digits after its label, as
// a class's own pages write the 学号's last digits ("学号08", "学号：25",
// "学号: 0114" for 2414050114, heldout123's 永济 烹饪).
var shortIDRe = regexp.MustCompile(`学\s*号\s*[:：_＿.。]?\s*(\d{1,4})(?:\D|$)`)

// byShortID reads a page by a short student number (shortIDRe) made whole
// with the head four in five of the owners' numbers share (five at least;
// "学号25" is 2469043125 where the class's numbers are 24690431xx), when
// what else the line holds shares a character with that member's name:
// the name OCR garbled beside the number ("城轨2402班去小劳”学号25" for
// 云小芳). A seat number need not be the 学号's tail: the name's
// character vouches for it. One number to a page only. The number may
// stand unlabelled after the name on a line of class, name and number
// (classNameSeatLineRe).
func byShortID(text string, owners map[string]string) (Read, string, bool) {
	var found Read
	owner := ""
	for i, line := range strings.Split(normLine(text), "\n") {
		ms := shortIDRe.FindAllStringSubmatchIndex(line, -1)
		if len(ms) == 0 {
			// The number after the name on a line of class, name and
			// number ("新能源2401班”能子轩06", the surname misread).
			if m := classNameSeatLineRe.FindStringSubmatchIndex(line); m != nil {
				ms = [][]int{{m[4], m[5], m[4], m[5]}}
			}
		}
		if len(ms) == 0 {
			continue
		}
		if len(ms) > 1 || owner != "" {
			return Read{}, "", false
		}
		short := line[ms[0][2]:ms[0][3]]
		if len(short) == 1 {
			short = "0" + short
		}
		head := CommonHead(slices.Collect(maps.Keys(owners)), len(short))
		if head == "" {
			return Read{}, "", false
		}
		n := owners[head+short]
		rest := line[:ms[0][0]] + " " + line[ms[0][1]:]
		rest = idLabelsRe.ReplaceAllString(classCellRe.ReplaceAllString(rest, " "), " ")
		if n == "" || !strings.ContainsFunc(hanOnly(rest), func(r rune) bool { return strings.ContainsRune(n, r) }) {
			return Read{}, "", false
		}
		owner = n
		found = Read{Name: n, Line: i, Source: SourceID, Label: "学号", Confidence: 0.4, Excerpt: strings.TrimSpace(line)}
	}
	return found, owner, owner != ""
}

// idLabelsRe are the labels beside a student's class and number: no
// student's name.
var idLabelsRe = regexp.MustCompile(`班\s*级|姓\s*名`)

// CommonHead returns the head four in five of the student numbers ids
// (five at least) share before their last k digits, "" when they share
// none: "2469043125" is the head 24690431 and 25 where the class's numbers
// are 24690431xx.
func CommonHead(ids []string, k int) string {
	count, all := map[string]int{}, 0
	for _, id := range ids {
		if len(id) > k+3 {
			count[id[:len(id)-k]]++
			all++
		}
	}
	best, most := "", 0
	for h, c := range count {
		if c > most || c == most && h < best {
			best, most = h, c
		}
	}
	if most < 5 || 5*most < 4*all {
		return ""
	}
	return best
}

// OwnerOf returns the owner of student number id in owners (numbers as a
// register or roster reads them): its own, or else that of the one number
// that ends as it does in as many digits as the owners' numbers mostly
// have, eight at least (OCR lost a number's head, or glued a serial or a
// speck's digit to it: the register's "2205010208", as it reads its
// numbers, is the page's 242205010208; the register's "532205010228",
// serial 5 glued, and the page's "2412205010228" both end in 2205010228).
// A shorter tail is no number: another year's class differs in the head
// alone (23460504xx beside 24460504xx). Where the register lost the heads
// a number of another year's class still ends as a member's does, so only
// pages whose name was not read are named so (ByStudentID,
// FormsByStudentID); a name read is never redirected by it.
func OwnerOf(owners map[string]string, id string) (string, bool) {
	if n, ok := owners[id]; ok {
		return n, true
	}
	// A speck's digit read into the number ("2412205010228" for
	// 242205010228, heldout40's 哈密): a digit too many, and without it a
	// member's number whole. (Another class's numbers are as long as the
	// class's: none is one of them with a digit more.)
	if len(id) > minTailID {
		found := ""
		for i := range id {
			if o, ok := owners[id[:i]+id[i+1:]]; ok && o != "" {
				if found != "" && found != o {
					found = ""
					break
				}
				found = o
			}
		}
		if found != "" {
			return found, true
		}
	}
	// The tail must be a whole number as the owners' mostly read: another
	// year's class shares all but the head (23460504xx beside 24460504xx).
	lengths := map[int]int{}
	for k := range owners {
		lengths[len(k)]++
	}
	need := minTailID
	for l, c := range lengths {
		if c > lengths[need] || c == lengths[need] && l > need {
			need = l
		}
	}
	need = max(need, minTailID)
	if len(id) < need {
		return "", false
	}
	found := map[string]bool{}
	for k, o := range owners {
		if commonTail(id, k) >= need {
			found[o] = true
		}
	}
	if len(found) != 1 || found[""] {
		return "", false
	}
	for o := range found {
		return o, true
	}
	return "", false
}

// commonTail is the length of the longest common suffix of a and b.
func commonTail(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// minTailID is the fewest digits of a student number that stand for it
// (see OwnerOf).
const minTailID = 8

// nameIDLineRe is a student's identification line: a name label or a
// class, and a student number after it ("班级烹饪2402班 姓名衬承志
// 学号2462050125"; "中药2401班章梦表|学引| 2442130136", the labels OCR lost).
var nameIDLineRe = regexp.MustCompile(`(?:姓\s*名|\d\s*班).*\d{6,}`)

// FormsByStudentID reads a page that holds several students' forms (two
// worksheets printed to a sheet, a cut line between), each opening with
// its identification line: such a line whose name was not read (lines
// read, by their index in the page's lines) names the member its one
// student number is, when that member is named nowhere on the page
// (named). A page with one such line is one student's, whom ByStudentID
// reads when no name was; a page of four such lines or more is a table.
func FormsByStudentID(text string, owners map[string]string, read map[int]bool, named []string) []Read {
	type idLine struct {
		at    int
		owner string
		line  string
	}
	var lines []idLine
	for i, line := range strings.Split(normLine(text), "\n") {
		if !nameIDLineRe.MatchString(line) {
			continue
		}
		l := idLine{at: i, line: strings.TrimSpace(line)}
		if ids := StudentIDs(line); len(ids) == 1 {
			l.owner, _ = OwnerOf(owners, ids[0])
		}
		lines = append(lines, l)
	}
	if len(lines) < 2 || len(lines) > 3 {
		return nil // one form; or a table of the class, a row a student
	}
	var out []Read
	for _, l := range lines {
		if read[l.at] || l.owner == "" || slices.Contains(named, l.owner) {
			continue
		}
		named = append(named, l.owner)
		out = append(out, Read{Name: l.owner, Line: l.at, Source: SourceID, Label: "学号", Confidence: 0.5, Excerpt: l.line})
	}
	return out
}

// longerOnLine returns the name the line gives where it extends name by a
// character (the page's "付晨曦" for the class list's "付晨", a rare
// character OCR lost there); name itself otherwise.
func longerOnLine(line, name string) string {
	flat := noSpace(line)
	for from := 0; ; {
		j := strings.Index(flat[from:], name)
		if j < 0 {
			return name
		}
		j += from + len(name)
		if r, _ := utf8.DecodeRuneInString(flat[j:]); isHan(r) && utf8.RuneCountInString(name) < 4 {
			if long := name + string(r); Valid(long) && !classWordRe.MatchString(string(r)) {
				return long
			}
		}
		from = j
	}
}

// classWordRe: a character that begins the words after a name in a
// line ("班", "学号", "组"), no name's.
var classWordRe = regexp.MustCompile(`^[班学组同男女]$`)

// IDs maps the student numbers (学号) of a class list's lines to the
// names they stand beside: a line that holds one of names (the longest,
// when one holds another: 苟敏佳, not 苟敏) and numbers of six digits or
// more ("1 冯文静 20235131101 女"). A number beside two names, on one line
// or on two, belongs to neither.
func IDs(pages []string, names []string) map[string]string {
	out := map[string]string{}
	for _, p := range pages {
		lines := strings.Split(normLine(p), "\n")
		under := gridIDs(lines, names, out)
		for i, line := range lines {
			if under[i] {
				continue // a grid's numbers, mapped to the names above them
			}
			flat := noSpace(line)
			var who string
			for _, n := range names {
				if !strings.Contains(flat, n) || strings.Contains(who, n) {
					continue
				}
				if who != "" && !strings.Contains(n, who) {
					who = "-" // two names on the line
					break
				}
				who = n
			}
			if who == "-" {
				twoUpIDs(line, names, out)
				continue
			}
			if who == "" {
				continue
			}
			// The numbers as the line spaces them: a serial before the
			// number ("5\t246204310105") is no part of it.
			ids := StudentIDs(line)
			if len(ids) == 0 {
				ids = StudentIDs(flat) // a number OCR spaced apart
			}
			for _, id := range ids {
				mapID(out, id, who)
			}
		}
	}
	return out
}

// twoUpIDs maps, into out, the numbers of a line that holds two students
// or more (a roster printed two-up, "3 241401270103武佳怡女24
// 241401270124田嘉禾田" as OCR ran it together, heldout110's 介休 机电) to
// its names in order, where the line holds as many numbers as names and
// each number stands before its name.
func twoUpIDs(line string, names []string, out map[string]string) {
	type at struct {
		pos  int
		name string
	}
	var found []at
	for _, n := range names {
		for k := 0; ; {
			i := strings.Index(line[k:], n)
			if i < 0 {
				break
			}
			found = append(found, at{k + i, n})
			k += i + len(n)
		}
	}
	slices.SortFunc(found, func(a, b at) int { return a.pos - b.pos })
	for i := 1; i < len(found); i++ {
		if found[i].pos < found[i-1].pos+len(found[i-1].name) {
			return // names overlapping: which is which is not known
		}
	}
	locs := studentIDRe.FindAllStringIndex(line, -1)
	if len(found) < 2 || len(locs) != len(found) {
		return
	}
	for k, l := range locs {
		if l[1] > found[k].pos || k > 0 && l[0] < found[k-1].pos+len(found[k-1].name) {
			return // a number not between the name before and its own
		}
	}
	for k, l := range locs {
		mapID(out, line[l[0]:l[1]], found[k].name)
	}
}

// mapID maps id to who in out, or to "" where another name has it too.
func mapID(out map[string]string, id, who string) {
	if o, ok := out[id]; ok && o != who {
		out[id] = ""
	} else {
		out[id] = who
	}
}

// gridIDs maps, into out, the names of a grid roster to the numbers
// printed under them: a line of three names or more of names, nothing
// else but a row's label, and next a line of as many numbers, a label of
// two words at most before them (a seating
// chart, "常可馨 张沛然 … 牛佳怡" over "01 02 … 06": seat numbers, the
// 学号's last digits as the chart's note says). The numbers may be short:
// see the checks, which complete them from the records' 学号. It returns
// the lines of numbers so mapped.
func gridIDs(lines []string, names []string, out map[string]string) (under map[int]bool) {
	under = map[int]bool{}
	isName := map[string]bool{}
	for _, n := range names {
		isName[n] = true
	}
	for i := 0; i+1 < len(lines); i++ {
		row := strings.Fields(groupLabelRe.ReplaceAllString(lines[i], " "))
		if len(row) < 3 || slices.ContainsFunc(row, func(f string) bool { return !isName[f] }) {
			continue
		}
		// The numbers end the next line; a label may open it ("室长：郭振衣
		// 242105290201 …" under "3号楼301室 郭振衣 刘修竹 …", heldout126's
		// 盘锦 照护).
		nums := strings.Fields(lines[i+1])
		k := len(nums)
		for k > 0 && numRe.MatchString(nums[k-1]) && !strings.Contains(nums[k-1], ".") {
			k--
		}
		if k > 0 && (k > 2 || numRe.MatchString(noSpace(strings.Join(nums[:k], "")))) {
			continue
		}
		nums = nums[k:]
		if len(nums) != len(row) {
			continue
		}
		for k, n := range row {
			mapID(out, nums[k], n)
		}
		under[i+1] = true
	}
	return under
}

// Roster reads a class roster's names: the column headed 姓名 of its
// table (xlsx, csv or PDF text), both columns of a table printed two-up
// ("序号 学号 姓名 序号 学号 姓名"), else lines that hold one name each. Two
// students of one name, on two rows, are both kept. A word that reads as
// a name but stands only before a head count ("应报到40人，实报到40人"
// under a registration list: 应 is a surname) is none.
//
// A duty rota as the roster (heldout113's 丽水 照护: "周一 吴春晖、雷丽萍…
// 刘彩凤", a row a weekday, the nurse on duty last): the days are no names,
// and a name on three rows or more, where most of the roster's names stand
// on one row, is a person of the rota, no student (two students of one
// name stand on two rows).
func Roster(pages []string) []string {
	text := noSpace(strings.Join(pages, "\n"))
	counts := strings.Join(headCountRe.FindAllString(text, -1), "\n")
	out := slices.DeleteFunc(roster(pages), func(n string) bool {
		return strings.Contains(counts, n) && strings.Count(text, n) == strings.Count(counts, n) || leftRoster(pages, n)
	})
	days := map[string]bool{}
	for _, n := range out {
		if weekdayRe.MatchString(n) {
			days[n] = true
		}
	}
	rows := rowsOf(pages, out)
	once := 0
	for _, n := range out {
		if rows[n] <= 1 {
			once++
		}
	}
	return slices.DeleteFunc(out, func(n string) bool {
		return len(days) >= 2 && days[n] || rows[n] >= 3 && 2*once >= len(out) || rows[n] == 0 && linesWith(pages, n) >= 3
	})
}

// linesWith counts the lines of pages that hold s anywhere. A word read as
// a name that stands alone on no line but opens a longer one on three or
// more is a column's word, no student (each stands on one row): "东侧楼"
// of 东侧楼梯, the staircase of a fire drill's roll call, on its group's
// heading and every row (heldout148's 黄陵 机电).
func linesWith(pages []string, s string) int {
	n := 0
	for _, p := range pages {
		for _, line := range strings.Split(p, "\n") {
			if strings.Contains(noSpace(line), s) {
				n++
			}
		}
	}
	return n
}

// weekdayRe: a day of the week, "周一", "星期三": 周 is a surname, the
// days no names.
var weekdayRe = regexp.MustCompile(`^(?:周|星期|礼拜)[一二三四五六日天]$`)

// rowsOf counts the lines of pages each name stands on as a whole word (no
// Han character right before or after it).
func rowsOf(pages []string, ns []string) map[string]int {
	out := map[string]int{}
	for _, n := range ns {
		out[n] = 0
	}
	for _, p := range pages {
		for _, line := range strings.Split(p, "\n") {
			for n := range out {
				if StandsAlone(line, n) {
					out[n]++
				}
			}
		}
	}
	return out
}

// StandsAlone reports whether name stands in text with no Han character
// right before or after it (a cell of its own: "16 张伟 85", "2414…张伟16"),
// not inside a longer name (王芳 in 王芳芳).
func StandsAlone(text, name string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], name)
		if k < 0 {
			return false
		}
		at := i + k
		before, _ := utf8.DecodeLastRuneInString(text[:at])
		after, _ := utf8.DecodeRuneInString(text[at+len(name):])
		if !unicode.Is(unicode.Han, before) && !unicode.Is(unicode.Han, after) {
			return true
		}
		i = at + len(name)
	}
}

// leftMarkRe marks a roster's row of a student who has left the class:
// "转出（2024年10月）", "已转学", "退学", "休学".
var leftMarkRe = regexp.MustCompile(`转出|转学|退学|休学|离校|注销|调出|已转`)

// leftRoster reports whether every row of the roster that holds name n
// marks the student as gone after the name ("39 244103010139 马子恒 男
// 转出（2024年10月）" under "原有39人，转出1人，现有38人", heldout101's 登封
// 网络): no member of the class.
func leftRoster(pages []string, n string) bool {
	rows := 0
	for _, p := range pages {
		for _, line := range strings.Split(normLine(p), "\n") {
			k := strings.Index(line, n)
			if k < 0 {
				continue
			}
			if !leftMarkRe.MatchString(line[k+len(n):]) {
				return false
			}
			rows++
		}
	}
	return rows > 0
}

// hanHead is s up to its first character that is no Han character.
func hanHead(s string) string {
	s = strings.TrimSpace(s)
	if cut := strings.IndexFunc(s, func(r rune) bool { return !isHan(r) }); cut >= 0 {
		return s[:cut]
	}
	return s
}

// captionRowRe opens a row of a class photo's caption: "前排左起：",
// "第二排（从左至右）：".
var captionRowRe = regexp.MustCompile(`(?:[前中后]排|第[一二三四五六七八九十\d]{1,2}排)\s*[（(]?\s*(?:从)?\s*[左右]\s*(?:起|至\s*[左右])?\s*[)）]?\s*[：:]`)

// captionRoster reads a roster given as a class photo's caption (heldout63's
// 怀化 中药: "前排左起：邓钰涵、王沅芷、…", a row's names run on over
// lines, a name cut by the line's end, "李" over "鸿飞"): the names after
// each row's opening, parted by 、, each a valid name. The last name of
// a row ends at the first mark or space after it.
func captionRoster(pages []string) []string {
	var out []string
	for _, p := range pages {
		// Lines joined (a name may wrap: "周宇" over "涵"), their breaks
		// kept as a mark for the last row's last name.
		text := strings.ReplaceAll(p, "\n", "\x00")
		locs := captionRowRe.FindAllStringIndex(text, -1)
		for k, loc := range locs {
			end := len(text)
			if k+1 < len(locs) {
				end = locs[k+1][0]
			}
			parts := strings.Split(text[loc[1]:end], "、")
			for j, part := range parts {
				if before, _, ok := strings.Cut(part, "\x00"); j == len(parts)-1 && ok && Valid(strings.TrimSpace(before)) && !Valid(hanHead(strings.ReplaceAll(part, "\x00", ""))) {
					// The last name ends its line, the foot on the next
					// ("王雅涵" over "全班共40人，全部到齐。"); not a name
					// wrapped ("周宇" over "涵").
					part = before
				}
				part = strings.TrimSpace(strings.ReplaceAll(part, "\x00", ""))
				if j == len(parts)-1 {
					if cut := strings.IndexFunc(part, func(r rune) bool { return !isHan(r) }); cut >= 0 {
						part = part[:cut]
					}
				}
				if Valid(part) {
					out = append(out, part)
				}
			}
		}
	}
	return out
}

func roster(pages []string) []string {
	pages = slices.DeleteFunc(slices.Clone(pages), leftList)
	var out []string
	seen := map[string]bool{}
	add := func(n string) {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	for _, p := range pages {
		rows := map[string]map[int]bool{} // a name's rows on the page
		for _, r := range FromPage(p, nil) {
			if rows[r.Name] == nil {
				rows[r.Name] = map[int]bool{}
			}
			if len(rows[r.Name]) > 0 && !rows[r.Name][r.Line] && r.Source == SourceTable {
				out = append(out, r.Name) // a namesake, on a row of its own
			}
			rows[r.Name][r.Line] = true
			add(r.Name)
		}
	}
	// Of the readings below, the one that finds the most names:
	// two students a row;
	// rows of a typed list whose surnames the list of surnames lacks (淡,
	// of northern Shaanxi, 吉日嘎拉): the word beside each row's 学号;
	// a scanned list whose cells OCR ran together ("人2321040302吴清江男
	// 2007年08月4栋201室|"): the Han run glued to each row's 学号.
	best := out
	for _, read := range []func([]string) []string{twoUpRoster, idRowsRoster, gluedIDRoster, gluedPairsRoster, serialNameIDRoster, serialPairsRoster, numberedEntriesRoster, namesOverIDsRoster, groupRowsRoster, captionRoster, listRoster, memberListRoster} {
		if r := read(pages); len(r) > len(best) {
			best = r
		}
	}
	if len(best) > len(out) {
		return best
	}
	// A table that runs on to the next page without its header there
	// ("43 2302101243 贺应祥 男"): read as one.
	if len(pages) > 1 {
		for _, r := range FromPage(strings.Join(pages, "\n"), nil) {
			if r.Source == SourceTable {
				add(r.Name)
			}
		}
	}
	// A list whose table the reader lost track of (wrapped cells, no
	// header) still holds one name a line: take that reading when it
	// finds half as many again (it may also take a word that looks like a
	// name, "高级工", so not for one or two more).
	var lines []string
	seenLine := map[string]bool{}
	for _, p := range pages {
		for _, line := range strings.Split(normLine(p), "\n") {
			cells, _ := splitCells(line)
			for _, c := range cells {
				if n := noSpace(c); Valid(n) {
					if !seenLine[n] {
						seenLine[n] = true
						lines = append(lines, n)
					}
					break
				}
			}
		}
	}
	if 2*len(lines) > 3*len(out) {
		return lines
	}
	return out
}

// groupRowsRoster reads a list of the class in groups, a group a line,
// its members' names after its label and separated by spaces ("第1组（7人）
// ★宫秋实　张洋　宫鑫 …", a 实训分组名单 as the roster, its leaders
// starred), or in a grid of bare names, six a row: every name of every
// line that holds three names or more, and nothing else but the group's
// label (or the row's number) and marks; and a grid's last line of fewer names right after such
// lines. A surname the list of surnames lacks (占, of 衢州) counts where it
// opens two or more words of two or three characters on such lines, and
// those words are names.
func groupRowsRoster(pages []string) []string {
	var rows [][]string                 // each line's fields, labels and marks taken off
	opens := map[rune]map[string]bool{} // first character → the unknown words it opens
	for _, p := range pages {
		lines := strings.Split(normLine(p), "\n")
		for i, line := range lines {
			if staffBelow(lines, i) {
				// Badges of the teachers under their names ("边立群 苏曼青
				// 耿秀敏" over "新能源汽车教研组 …" and "指导教师 … 班主任",
				// heldout78's 任丘 胸牌): no students.
				rows = append(rows, nil)
				continue
			}
			var fields, others []string
			valid := 0
			for _, f := range strings.FieldsFunc(groupLabelRe.ReplaceAllString(line, " "), func(r rune) bool { return unicode.IsSpace(r) || r == '、' }) {
				if f = strings.Trim(f, "★☆*＊※·、，,"); f == "" {
					continue
				}
				fields = append(fields, f)
				if Valid(f) {
					valid++
				} else {
					others = append(others, f)
				}
			}
			rows = append(rows, fields)
			if valid < 3 {
				continue
			}
			for _, o := range others {
				if n := utf8.RuneCountInString(o); n >= 2 && n <= 3 && hanOnly(o) == o && !fieldWord(o) {
					c, _ := utf8.DecodeRuneInString(o)
					if opens[c] == nil {
						opens[c] = map[string]bool{}
					}
					opens[c][o] = true
				}
			}
		}
	}
	name := func(f string) bool {
		c, _ := utf8.DecodeRuneInString(f)
		return Valid(f) || len(opens[c]) >= 2 && opens[c][f]
	}
	read := func(least int) (out []string, lines int) {
		prev := false // the line before was a line of names
		for _, fields := range rows {
			all := len(fields) > 0 && !slices.ContainsFunc(fields, func(f string) bool { return !name(f) })
			if all && (len(fields) >= least || prev) {
				out = append(out, fields...)
			}
			prev = all && len(fields) >= least
			if prev {
				lines++
			}
		}
		return out, lines
	}
	out, _ := read(3)
	if len(out) == 0 {
		// A grid two names a row ("张雨轩 李明浩" a line, a short list
		// printed in two columns): three such lines at least.
		if two, lines := read(2); lines >= 3 {
			return two
		}
	}
	return out
}

// listRosterRe is a list of names after a colon, up to the sentence's end:
// "全班学生（共6人）：张雨轩、李明浩、…。".
var listRosterRe = regexp.MustCompile(`[：:]([^：:。；;]{5,})`)

// listRoster reads a roster written as a sentence, the names parted by 、
// after a colon (the lines joined: a name may be cut by a line's end):
// each list of three parts or more, three in four of them valid names,
// gives its valid names.
func listRoster(pages []string) []string {
	var out []string
	for _, p := range pages {
		text := strings.ReplaceAll(normLine(p), "\n", "")
		for _, m := range listRosterRe.FindAllStringSubmatch(text, -1) {
			parts := strings.FieldsFunc(m[1], func(r rune) bool { return strings.ContainsRune("、，,", r) })
			var valid []string
			for _, part := range parts {
				if n := noSpace(part); Valid(n) {
					valid = append(valid, n)
				}
			}
			if len(parts) >= 3 && 4*len(valid) >= 3*len(parts) {
				out = append(out, valid...)
			}
		}
	}
	return out
}

// staffRoleRe is a staff member's role on a badge or a card: 指导教师,
// 班主任, 教研组, 辅导员.
var staffRoleRe = regexp.MustCompile(`教师|老师|班主任|辅导员|教研组|教研室`)

// staffBelow reports whether one of the two lines under lines[i] names a
// staff role and holds no digit (no student's number) and no colon (a
// signature under a list, "班主任：王丽", is no badge).
func staffBelow(lines []string, i int) bool {
	for k := i + 1; k < len(lines) && k <= i+2; k++ {
		if staffRoleRe.MatchString(lines[k]) && !strings.ContainsAny(lines[k], "0123456789：:") {
			return true
		}
	}
	return false
}

// groupLabelRe is a group's label before its members: "第1组（7人）",
// "一组：", "A组", or the bare number of a grid's row ("1 段俊杰★ 昂鹏飞★
// …" under 组别 星期一 星期二 …, a duty roster; "301 张雨轩 李明浩 …", a
// dormitory's), or a dormitory room's ("3号楼301室 郭振衣 刘修竹 …",
// heldout126's 盘锦 照护, a 宿舍分配名单 as the roster).
var groupLabelRe = regexp.MustCompile(`^\s*(?:(?:第\s*[一二三四五六七八九十\d]{1,3}\s*(?:小)?组|[一二三四五六七八九十\dA-Z]{1,3}\s*(?:小)?组)\s*(?:[（(]\s*\d{1,2}\s*人\s*[）)])?\s*[：:]?|(?:\d{1,2}\s*(?:号楼|栋|幢)\s*)?[A-Z]?\d{3,4}\s*(?:室|寝室|宿舍)\s*|[A-Z]?\d{1,4}\s)`)

// leftListRe titles a list of the students who left the class: "退学
// （转学）学生名单", "转出学生名单", "休学学生名单".
var leftListRe = regexp.MustCompile(`(?:退学|转学|转出|休学|离校|流失|注销)[^\n]{0,12}名\s*单`)

// leftList reports whether a roster's page (a spreadsheet's sheet) is a
// list of the students who left the class, by its title in its first
// lines: they are no members of it (heldout13's 照护, a sheet 退学（转学）学生名单
// after the roster).
func leftList(page string) bool {
	lines := strings.SplitN(page, "\n", 4)
	return leftListRe.MatchString(strings.Join(lines[:min(len(lines), 3)], "\n"))
}

// memberListCaptionRe heads a screenshot of a chat group's member list
// ("群聊成员(42)", "班级群成员").
var memberListCaptionRe = regexp.MustCompile(`群\s*(?:聊|组)?\s*成\s*员`)

// memberLineRe is one member of such a list as OCR reads a phone
// screenshot: a number or an avatar before the name, nothing after.
var memberLineRe = regexp.MustCompile(`^[^\p{Han}]*(\p{Han}{2,6})[^\p{Han}]*$`)

// memberListRoster reads the class's roster from screenshots of its chat
// group's member list (heldout155's 阳谷 汽修: "〈 群聊成员(42)", each member
// a line, a square avatar bearing the surname before the name): a line of
// Han characters alone whose name follows the avatar's surname read, and
// perhaps a speck, again ("郝电郝天个" for 郝天佑), or follows a number
// ("02宋理瑜"). Teachers, marked in brackets ("陈广祥(任课教师)"), are
// left out. Nil unless a page is captioned as such a list.
func memberListRoster(pages []string) []string {
	if !slices.ContainsFunc(pages, memberListCaptionRe.MatchString) {
		return nil
	}
	var out []string
	for _, p := range pages {
		for _, line := range strings.Split(normLine(p), "\n") {
			if containsAny(line, notRole) || strings.ContainsAny(line, "(（") {
				continue
			}
			m := memberLineRe.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			rs := []rune(m[1])
			name := ""
			switch {
			case len(rs) >= 4 && rs[1] == rs[0]:
				name = string(rs[1:])
			case len(rs) >= 5 && rs[2] == rs[0]:
				name = string(rs[2:])
			case len(rs) <= 4:
				if d := strings.IndexFunc(line, unicode.IsDigit); d >= 0 && d < strings.Index(line, m[1]) {
					name = m[1]
				}
			}
			if n := utf8.RuneCountInString(name); n < 2 || n > 4 || Surname(name) == "" || slices.Contains(out, name) {
				continue
			}
			out = append(out, name)
		}
	}
	return out
}

// twoUpRoster reads a roster printed two-up: under a header with 姓名
// twice, every cell of a row that is a name, left half then right; nil
// without such a header.
func twoUpRoster(pages []string) []string {
	var out []string
	inTable := false
	for _, p := range pages {
		for _, line := range strings.Split(normLine(p), "\n") {
			if nameHeads(line) == 2 {
				inTable = true
				continue
			}
			if !inTable {
				continue
			}
			cells, _ := splitCells(line)
			for _, c := range cells {
				if n := noSpace(c); Valid(n) {
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// nameHeads counts the names a header line heads: its 姓名, but not a
// column of the names transliterated or spelt otherwise ("蒙古文姓名转写",
// "姓名拼音", "英文姓名", "曾用名") nor one of another person's name
// ("家长姓名" on a list of the students and their parents, heldout28's 库车).
func nameHeads(line string) int {
	flat := noSpace(line)
	return strings.Count(flat, "姓名") - len(otherNameHeadRe.FindAllString(flat, -1)) - len(otherPersonHeadRe.FindAllString(flat, -1))
}

// otherPersonHeadRe: a heading of someone's name who is no student.
var otherPersonHeadRe = regexp.MustCompile(`(?:家长|监护人|父亲|母亲|父母|联系人|班主任|教师|老师|导师|师傅|` + strings.Join(served, "|") + `)姓名`)

// otherNameHeadRe: a heading of a name spelt another way.
var otherNameHeadRe = regexp.MustCompile(`姓名(?:转写|拼音)|(?:英文|外文|蒙古文|维吾尔文|藏文|拼音)姓名`)

// ethnicWordRe: a people's name (民族) standing alone: "汉族", "蒙古族".
var ethnicWordRe = regexp.MustCompile(`^\p{Han}{1,4}族$`)

// gluedIDRe: a student number and the Han run right after it (eight
// characters: a name of four, its gender, 土家族).
var gluedIDRe = regexp.MustCompile(`\d{8,14}[\s)）|｜‖，,。.“”"'：:-]*(\p{Han}{2,8})`)

// gluedIDRoster reads a roster whose rows OCR ran together as the Han run
// glued to each row's student number, its gender cut off when the list has
// a 性别 column ("吴清江男" is 吴清江): one name a row, at least three rows;
// a name OCR misread ("曙杰" for 鲁杰) is still a row of the list.
//
// The gender may be followed by more columns glued on (民族: "沙敏女汉族");
// and a row whose 学号 was read already is the same student (screen
// captures of a long sheet overlap).
//
// A list printed two or three students a row ("2312050101 )王梓晨‖ 15
// 2312050115，卞佳琪29 …") gives a name after each student number of the
// class's kind (as long as the line's first, the first half of it alike).
func gluedIDRoster(pages []string) []string {
	var out []string
	seen := map[string]bool{}
	all := noSpace(strings.Join(pages, "\n"))
	gender := strings.Contains(all, "性别")
	// The gender cell before a 民族 cell, whatever OCR read in it.
	slot := strings.Contains(all, "性别民族")
	for _, p := range pages {
		// A row wrapped after its student number: the name opens the
		// next line ("…；2451052905\n蒲芷若；2451052906　安心").
		p = wrappedIDRe.ReplaceAllString(normLine(p), "$1 $2")
		for _, line := range strings.Split(p, "\n") {
			first := ""
			for _, m := range gluedIDRe.FindAllStringSubmatchIndex(line, -1) {
				id := StudentIDs(line[m[0]:m[2]])
				if len(id) == 0 {
					continue
				}
				w := id[len(id)-1]
				if first == "" {
					first = w
				} else if len(w) != len(first) || w[:len(w)/2] != first[:len(w)/2] {
					continue
				}
				if n := gluedName(line[m[2]:m[3]], gender, slot); n != "" && !seen[w] {
					seen[w] = true
					out = append(out, n)
				}
			}
		}
	}
	if len(out) < 3 {
		return nil
	}
	return out
}

// guardianHeadRe is a roster's column of another person beside the
// student: the parent who signed, a guardian.
var guardianHeadRe = regexp.MustCompile(`家长|监护人|家属|亲属|父母`)

// serialRunRe is a row opened by its serial number, the Han run after it
// (spaces taken out first): "1章颍彤章文斌父亲154****5695".
var serialRunRe = regexp.MustCompile(`^[^\p{Han}\d]{0,3}(\d{1,3})[^\p{Han}\d]{0,3}(\p{Han}{2,12})`)

// kinTailRe is what ends such a run: the signer's relation to the student,
// or the student's absence.
var kinTailRe = regexp.MustCompile(`(?:父亲|母亲|爸爸|妈妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|祖父|祖母|哥哥|姐姐|叔叔|伯伯|姑姑|舅舅|阿姨|监护人|本人|其他|亲属|请假|病假|事假|缺席|未到)+$`)

// gluedPairsRoster reads a roster whose rows name the student and another
// person, a parent who signed (heldout65's 抚州 家长会签到名单, "序号 学生姓名
// 家长签名 与学生关系 …"), as OCR ran the cells together: "1章颍彤章文斌父亲
// 154****5695", "4饶浩轩请假". Each row's run, its relation or absence cut
// off, is split into two names (pairName); the student's is the first.
// Nil without a header naming both, or for fewer than three rows.
func gluedPairsRoster(pages []string) []string {
	byNum := map[int]string{}
	for _, p := range pages {
		header := false
		for _, line := range strings.Split(normLine(p), "\n") {
			flat := noSpace(line)
			if !header {
				header = strings.Contains(flat, "姓名") && guardianHeadRe.MatchString(flat)
				continue
			}
			m := serialRunRe.FindStringSubmatch(flat)
			if m == nil {
				continue
			}
			n, _ := strconv.Atoi(m[1])
			if _, seen := byNum[n]; seen {
				continue
			}
			if name := pairName(kinTailRe.ReplaceAllString(m[2], "")); name != "" {
				byNum[n] = name
			}
		}
	}
	return bySerial(byNum, 3)
}

// pairName gives the first of two names run together ("章颍彤章文斌"): of
// the splits into two valid names, the one whose second name has the
// first's surname (a father's), else the likeliest (splitCost); a run
// that is one valid name alone and splits into none with one surname is
// that name; "" when no split stands out.
func pairName(run string) string {
	rs := []rune(run)
	var kin []string
	best, bestCost, tie := "", 0, false
	for k := 2; k <= 4 && k <= len(rs)-2; k++ {
		a, b := string(rs[:k]), string(rs[k:])
		if utf8.RuneCountInString(b) > 4 || !Valid(a) || !Valid(b) {
			continue
		}
		if Surname(a) == Surname(b) {
			kin = append(kin, a)
		}
		switch c := splitCost(a, b); {
		case best == "" || c < bestCost:
			best, bestCost, tie = a, c, false
		case c == bestCost:
			tie = true
		}
	}
	switch {
	case len(kin) == 1:
		return kin[0]
	case len(rs) <= 4 && Valid(run):
		return run
	case !tie:
		return best
	}
	return ""
}

// splitCost ranks a split of a run into two names: a four-character name
// (rare with a one-character surname) costs most, then the second name's
// surname by how rare it is (Valid takes 桂香 and 玉梅 for names: 桂, 玉
// are surnames, far down the list).
func splitCost(a, b string) int {
	cost := 300 // a compound surname ranks as a rare single one
	if sn := []rune(Surname(b)); len(sn) == 1 {
		cost = surnameRank[sn[0]]
	}
	for _, n := range []string{a, b} {
		if utf8.RuneCountInString(n) == 4 {
			cost += 1000
		}
	}
	return cost
}

// serialNameIDRe: a list's line of a serial number, a name and the
// student number after it, nothing else ("19.萍玉洁2451050419", a class
// chat's 接龙 "n. 姓名 学号").
var serialNameIDRe = regexp.MustCompile(`^[^\p{Han}\d]{0,3}\d{1,3}[^\p{Han}\d]{0,3}([\p{Han}·]{2,5})[^\p{Han}\d]{0,3}(\d{6,14})[^\p{Han}\d]{0,3}$`)

// serialNameIDRoster reads a list of lines of a serial number, a name and
// a student number, over pages that overlap (screenshots of one list
// scrolled: a number read twice is one student). Numbers of another length
// than the first are no student's; nil for fewer than three.
func serialNameIDRoster(pages []string) []string {
	var out []string
	seen := map[string]bool{}
	first := ""
	for _, p := range pages {
		for _, line := range strings.Split(normLine(p), "\n") {
			m := serialNameIDRe.FindStringSubmatch(strings.TrimSpace(line))
			if m == nil || seen[m[2]] || fieldWord(m[1]) || utf8.RuneCountInString(m[1]) > 4 {
				continue
			}
			if first == "" {
				first = m[2]
			} else if len(m[2]) != len(first) {
				continue
			}
			seen[m[2]] = true
			out = append(out, m[1])
		}
	}
	if len(out) < 3 {
		return nil
	}
	return out
}

// serialPairsLineRe: a line of a list printed in columns, serial numbers
// and names side by side, two pairs or more ("01　庄雪航 12　黄立言 23　陈远帆");
// serialPairRe, one pair.
var (
	serialPairsLineRe = regexp.MustCompile(`^\s*(?:\d{1,3}[\s.、．:：]*[\p{Han}·]{2,5}\s*){2,}$`)
	serialPairRe      = regexp.MustCompile(`(\d{1,3})[\s.、．:：]*([\p{Han}·]{2,5})`)
)

// serialPairsRoster reads a list printed in columns, each line pairs of a
// serial number and a name: the names in the order of their numbers, each
// number once; nil for fewer than three such lines.
func serialPairsRoster(pages []string) []string {
	byNum := map[int]string{}
	lines := 0
	for _, p := range pages {
		for _, line := range strings.Split(normLine(p), "\n") {
			if !serialPairsLineRe.MatchString(line) {
				continue
			}
			lines++
			for _, m := range serialPairRe.FindAllStringSubmatch(line, -1) {
				n, _ := strconv.Atoi(m[1])
				if _, seen := byNum[n]; !seen && !fieldWord(m[2]) && utf8.RuneCountInString(m[2]) <= 4 {
					byNum[n] = m[2]
				}
			}
		}
	}
	if lines < 3 {
		return nil
	}
	return bySerial(byNum, 0)
}

// bySerial is a roster's names in the order of their serials; nil for
// fewer than least.
func bySerial(byNum map[int]string, least int) []string {
	if len(byNum) < least {
		return nil
	}
	var out []string
	for _, n := range slices.Sorted(maps.Keys(byNum)) {
		out = append(out, byNum[n])
	}
	return out
}

// numberedEntryRe is a roster's entry: its serial, the name, and the
// student's number (or its last digits) in brackets after it: "24. 叶靖怡
// （24）".
var numberedEntryRe = regexp.MustCompile(`(\d{1,3})\s*[.．、]\s*([\p{Han}·]{2,5}?)\s*[（(]\s*\d{1,14}\s*[)）]`)

// entryOpenRe and entryRestRe: a line's entry cut by the line's end ("5. 陈晓敏", "38.") and
// its rest opening a later line ("予（11）").
var (
	entryOpenRe = regexp.MustCompile(`\d{1,3}\s*[.．、]\s*[\p{Han}·]{0,4}\s*$`)
	entryRestRe = regexp.MustCompile(`^\s*[\p{Han}·]{0,4}\s*[（(]\s*\d{1,14}\s*[)）]`)
)

// numberedEntriesRoster reads a roster written as running entries, a
// serial, the name and the student's number in brackets each ("1. 王正宇
// （01）　2. 陈铭杰（02）…"), blocks of them under labels that a PDF's text
// puts between an entry cut by a line's end and its rest (heldout118's
// 瑞安 新能源, by dormitory: "5. 陈晓敏" / "男生宿舍3栋201室" / "（05）　6. …";
// "11. 陈馨" / … / "予（11）"): an entry cut at a line's end is joined to the
// next line that goes on with its rest, the lines between passed over. The
// names in the order of their serials, each serial once; nil for fewer
// than five entries.
func numberedEntriesRoster(pages []string) []string {
	byNum := map[int]string{}
	for _, p := range pages {
		lines := strings.Split(normLine(p), "\n")
		var text strings.Builder
		for i := 0; i < len(lines); i++ {
			line := lines[i]
			if entryOpenRe.MatchString(line) {
				for j := i + 1; j < len(lines) && j <= i+2; j++ {
					if entryRestRe.MatchString(lines[j]) {
						line = strings.TrimRight(line, " ") + strings.TrimLeft(lines[j], " ")
						i = j
						break
					}
				}
			}
			text.WriteString(line)
			text.WriteString("\n")
		}
		for _, m := range numberedEntryRe.FindAllStringSubmatch(text.String(), -1) {
			n, _ := strconv.Atoi(m[1])
			if _, seen := byNum[n]; !seen && Valid(m[2]) {
				byNum[n] = m[2]
			}
		}
	}
	return bySerial(byNum, 5)
}

// namesOverIDsRoster reads a roster laid out as a grid, a row of names over
// a row of their student numbers (a roster of photographs, each with its
// caption: "崔其华 郜中和 韩崇礼" over "2414130102 2414130103 2414130104"):
// each name paired with the number under it, each number once; nil for
// fewer than three.
func namesOverIDsRoster(pages []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range pages {
		lines := strings.Split(normLine(p), "\n")
		for i := 0; i+1 < len(lines); i++ {
			names, ids := strings.Fields(lines[i]), strings.Fields(lines[i+1])
			if len(names) == 0 || len(names) != len(ids) {
				continue
			}
			ok := true
			for k := range names {
				ok = ok && idRe.MatchString(ids[k]) && typedNameCell(names[k]) && !fieldWord(names[k])
			}
			if !ok {
				continue
			}
			for k, id := range ids {
				if !seen[id] {
					seen[id] = true
					out = append(out, names[k])
				}
			}
			i++
		}
	}
	if len(out) < 3 {
		return nil
	}
	return out
}

// wrappedIDRe: a student number that ends its line, the name opening the
// next one.
var wrappedIDRe = regexp.MustCompile(`(\d{8,14})[ \t]*\n[ \t]*(\p{Han})`)

// gluedName cuts the name out of the Han run glued to a student number:
// the gender after it (and what follows, 民族) cut off when the list has a
// 性别 column; "" when what is left is no name's length or a field word.
// Where the 性别 column stands right before a 民族 one (slot), the cell
// before the people's name is the gender whatever OCR read there: the
// name is what comes before it ("毕天个时汉族", 男 read as 时, heldout43's
// 佳木斯 roster lost six rows so).
func gluedName(s string, gender, slot bool) string {
	run := []rune(s)
	if gender {
		if k := slices.IndexFunc(run[min(2, len(run)):], func(r rune) bool { return r == '男' || r == '女' }); k >= 0 {
			run = run[:2+k]
		} else if m := genderSlotRe.FindStringSubmatch(string(run)); slot && m != nil {
			run = []rune(m[1])
		}
	}
	if n := string(run); len(run) <= 4 && !fieldWord(n) {
		return n
	}
	return ""
}

// genderSlotRe: a name, the one character of its gender cell and the
// people's name after it: group 1 the name.
var genderSlotRe = regexp.MustCompile(`^(\p{Han}{2,4}?)\p{Han}(?:` + peoples + `)族`)

// idRowsRoster reads a roster as the word of two to four Han characters
// right after, or else right before, each row's student number ("16
// 246142116 折宏博 男", "1 淡嘉宁 246142110 男"): one name a row; words that
// are labels or common words are none.
func idRowsRoster(pages []string) []string {
	var out []string
	isName := func(f string) bool {
		if strings.ContainsRune(f, '·') {
			return dotted(f) // 哈斯·额尔敦
		}
		n := utf8.RuneCountInString(f)
		return (n >= 2 && n <= 4 || mongolian([]rune(f))) && hanOnly(f) == f && !fieldWord(f) && !ethnicWordRe.MatchString(f)
	}
	for _, p := range pages {
		for _, line := range strings.Split(normLine(p), "\n") {
			f := strings.Fields(line)
			first := ""
			for j, w := range f {
				if !idRe.MatchString(w) {
					continue
				}
				// Two students a row ("1 2331050101 李欣怡 男 19
				// 2331050119 云鹏飞 男"): a second number of the class's
				// kind (as long, the first half of it alike) is another
				// student's; a phone number after a name is not.
				if first != "" && !(len(w) == len(first) && w[:len(w)/2] == first[:len(w)/2]) {
					continue
				}
				first = w
				switch {
				case j+1 < len(f) && isName(f[j+1]):
					out = append(out, f[j+1])
				case j > 0 && isName(f[j-1]):
					out = append(out, f[j-1])
				}
			}
		}
	}
	return out
}
