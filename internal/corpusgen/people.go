package corpusgen

import (
	"fmt"
	"math/rand"
	"strings"

	"classaudit/models"
)

// People and form defects (TruthPerson.Kind, TruthFinding.Note).
const (
	pplTwoStudents   = "two-students"     // an item of 8/11/12 with two students' work
	pplFourStudents  = "fourth-student"   // an item of 8/11/12 with a fourth student's work
	pplReplaced      = "replaced-student" // item 12's third student is another class member
	pplOutsider      = "outsider"         // a student of 8/11/12 who is no class member
	pplMissingRecord = "missing-record"   // a roster member without an item-10 record
	pplFewerRecords  = "fewer-records"    // item 10 has fewer records than 班级人数 (no roster)
	pplScoreOverMax  = "score-over-max"   // a score above its (满分N)
	pplTotalNotSum   = "total-not-sum"    // a total that is not the sum of its parts
	formTeamOfFive   = "team-of-five"     // five teachers in the form
	formMajorAbbrev  = "major-abbreviated"
	formLongSection  = "section-too-long"
	formStepMissing  = "step-missing"

	// Clean controls: material that must not be flagged.
	ctlTwins     = "twins"      // two students whose names differ by one character
	ctlGroupWork = "group-work" // a 小组分工 table of other class members on the worksheets
	ctlLookalike = "lookalike"  // a student's name holds a character OCR confuses
)

// peopleSets are the people and form defects planted beside defectSets[k]
// in the same submission: the pairs do not interact (a submission without
// a form gets no defect that needs one).
var peopleSets = [][]string{
	{"students.count"},
	{pplReplaced, formMajorAbbrev},
	{pplOutsider, formTeamOfFive},
	{pplMissingRecord, formLongSection},
	{"records.invalid_score"},
	{pplFewerRecords, formStepMissing},
}

// TruthPerson is one planted people or form defect, or a clean control.
type TruthPerson struct {
	Rule         string // the finding's rule ("" for a clean control)
	SubmissionID string
	Item         int      // the item the finding is reported under (0: the form)
	Names        []string `json:",omitempty"` // the people concerned
	Kind         string   // what was planted: "two-students", "outsider", "twins"…
	Detail       string   // in English, for the reader of the truth file
}

// majorAbbrevs are the short names schools write instead of the catalogue's.
var majorAbbrevs = map[string]string{
	"0106": "数控加工", "0127": "机电一体化", "0301": "计算机网络", "0306": "计算机动画",
	"0403": "汽修", "0431": "城市轨道交通", "0435": "新能源汽车检测", "0501": "烹饪",
	"0504": "饭店服务", "0529": "健康照护", "0603": "电商", "1301": "中药学",
}

// plantPeople plants the people and form defects of set into sub. It runs
// before the file defects, so that the documents it rebuilds are the
// originals.
func (cp *corpusPlan) plantPeople(sp *schoolPlan, sub *subPlan, set []string) {
	rng := cp.rng
	ctx := sub.ctx
	rebuild := map[int]bool{}
	rel := func(n int) string {
		if n == 0 {
			for _, d := range sub.docs {
				if d.kind == string(models.KindForm) {
					return relPath(sp.name, ctx.folder, d.name)
				}
			}
			return ""
		}
		for _, d := range sub.docs {
			if d.kind == string(models.KindItem) && d.item == n {
				return relPath(sp.name, ctx.folder, d.name)
			}
		}
		return ""
	}
	report := func(rule string, item int, note string, names []string, detail string) {
		cp.truth.Findings = append(cp.truth.Findings, TruthFinding{Rule: rule, SubmissionID: sub.id, Item: item, File: rel(item), Note: note})
		cp.truth.People = append(cp.truth.People, TruthPerson{Rule: rule, SubmissionID: sub.id, Item: item, Names: names, Kind: note, Detail: detail})
	}
	others := func() []string { // class members who are none of the three
		var out []string
		for _, n := range ctx.roster {
			if !containsName(ctx.students, n) {
				out = append(out, n)
			}
		}
		return out
	}
	for _, def := range set {
		switch def {
		case "students.count":
			item := models.StudentItems[rng.Intn(len(models.StudentItems))]
			if rng.Intn(2) == 0 {
				drop := rng.Intn(3)
				var two []string
				for i, s := range ctx.students {
					if i != drop {
						two = append(two, s)
					}
				}
				ctx.itemStudents = map[int][]string{item: two}
				detail := fmt.Sprintf("item %d holds the work of %s only (%s's is missing)", item, strings.Join(two, ", "), ctx.students[drop])
				report(models.RuleStudentsCount, item, pplTwoStudents, two, detail)
				// Not the same three either: the item that differs is this one.
				report(models.RuleStudentsMismatch, item, pplTwoStudents, []string{ctx.students[drop]}, detail)
			} else {
				o := others()
				extra := distinctName(rng, o, ctx.students)
				four := append(append([]string(nil), ctx.students...), extra)
				ctx.itemStudents = map[int][]string{item: four}
				detail := fmt.Sprintf("item %d also holds the work of %s, a fourth class member", item, extra)
				report(models.RuleStudentsCount, item, pplFourStudents, four, detail)
				report(models.RuleStudentsMismatch, item, pplFourStudents, []string{extra}, detail)
			}
			rebuild[item] = true
		case pplReplaced:
			y := distinctName(rng, others(), ctx.students)
			twelve := []string{ctx.students[0], ctx.students[1], y}
			ctx.itemStudents = map[int][]string{12: twelve}
			report(models.RuleStudentsMismatch, 12, def, []string{ctx.students[2], y},
				fmt.Sprintf("item 12's third student is %s (a class member) instead of %s, who stands in items 8 and 11", y, ctx.students[2]))
			rebuild[12] = true
		case pplOutsider:
			o := newOutsider(rng, ctx)
			old := ctx.students[2]
			ctx.students[2] = o
			ctx.outsiders = append(ctx.outsiders, o)
			// The finding names the student once, at the first item that does.
			report(models.RuleStudentsNotInClass, 8, def, []string{o},
				fmt.Sprintf("%s's work stands in items 8, 11 and 12, but %s is neither in item 10 nor in the roster (the class member %s was planned)", o, o, old))
			rebuild[8], rebuild[11], rebuild[12] = true, true, true
		case pplMissingRecord, pplFewerRecords:
			o := others()
			gone := o[rng.Intn(len(o))]
			var recs []string
			for _, n := range ctx.roster {
				if n != gone {
					recs = append(recs, n)
				}
			}
			ctx.records = recs
			if def == pplMissingRecord {
				setRoster(cp, sub, true)
				report(models.RuleRecordsMissingStudent, models.RecordsItem, def, []string{gone},
					fmt.Sprintf("%s is in the roster but has no item-10 record", gone))
				report(models.RuleRecordsCountMismatch, models.RecordsItem, def, []string{gone},
					fmt.Sprintf("item 10 has %d records, the roster and 班级人数 say %d", len(recs), len(ctx.roster)))
			} else {
				setRoster(cp, sub, false)
				report(models.RuleRecordsCountMismatch, models.RecordsItem, def, []string{gone},
					fmt.Sprintf("item 10 has %d records, the form's 班级人数 says %d (no roster; %s has no record)", len(recs), len(ctx.roster), gone))
			}
			rebuild[models.RecordsItem] = true
		case "records.invalid_score":
			n := ctx.roster[rng.Intn(len(ctx.roster))]
			p, f := 36+rng.Intn(24), 20+rng.Intn(20)
			kind := pplTotalNotSum
			fix := [3]int{p, f, p + f + []int{-10, -5, 5, 10}[rng.Intn(4)]}
			detail := fmt.Sprintf("%s's total %d is not %d+%d", n, fix[2], p, f)
			if rng.Intn(2) == 0 {
				kind = pplScoreOverMax
				if rng.Intn(2) == 0 {
					fix = [3]int{61 + rng.Intn(8), f, 0}
					detail = fmt.Sprintf("%s's 过程考核 %d is above its maximum 60", n, fix[0])
				} else {
					fix = [3]int{p, 41 + rng.Intn(8), 0}
					detail = fmt.Sprintf("%s's 终结考核 %d is above its maximum 40", n, fix[1])
				}
				fix[2] = fix[0] + fix[1]
			}
			if ctx.scoreFix == nil {
				ctx.scoreFix = map[string][3]int{}
			}
			ctx.scoreFix[n] = fix
			report(models.RuleRecordsInvalidScore, models.RecordsItem, kind, []string{n}, detail)
			// What a finding about this row states: the score and its
			// maximum, or the total and the sum.
			values := []float64{float64(fix[2]), float64(p + f)}
			switch {
			case kind == pplScoreOverMax && fix[0] > 60:
				values = []float64{float64(fix[0]), 60}
			case kind == pplScoreOverMax:
				values = []float64{float64(fix[1]), 40}
			}
			cp.truth.Findings[len(cp.truth.Findings)-1].Values = values
			rebuild[models.RecordsItem] = true
		case formTeamOfFive:
			c := cp.composer(ctx)
			used := map[string]bool{}
			for _, n := range ctx.roster {
				used[n] = true
			}
			for _, t := range ctx.teachers {
				used[t.Name] = true
			}
			var added []string
			for len(ctx.teachers) < 5 {
				n := personName(rng)
				if used[n] {
					continue
				}
				used[n] = true
				t := TruthTeacher{Name: n, Birth: fmt.Sprintf("%d.%02d", 1968+rng.Intn(30), 1+rng.Intn(12)),
					Title: teacherTitles[rng.Intn(len(teacherTitles))], Certificate: []string{"是", "否"}[rng.Intn(2)]}
				c.breakStream()
				c.draft(func() string {
					t.Experience = c.brand() + c.pick([]string{"公司", "集团", "厂", "中心"}) + c.pick(ctx.major.Roles) + itoa(1+rng.Intn(9)) + "年"
					return strings.Join([]string{itoa(len(ctx.teachers) + 1), t.Name, t.Birth, t.Title, t.Experience, t.Certificate}, " ")
				})
				ctx.teachers = append(ctx.teachers, t)
				added = append(added, n)
			}
			var all []string
			for _, t := range ctx.teachers {
				all = append(all, t.Name)
			}
			report(models.RuleFormTeamSize, 0, def, all, fmt.Sprintf("the form lists 5 teachers (%s added)", strings.Join(added, ", ")))
			rebuild[0] = true
			cp.planSummary(sp)
		case formMajorAbbrev:
			ctx.majorAbbrev = majorAbbrevs[ctx.major.Code]
			report(models.RuleFormMajor, 0, def, nil, fmt.Sprintf("the form writes the major as %s instead of %s", ctx.majorAbbrev, ctx.major.Name))
			rebuild[0] = true
		case formLongSection:
			var short []string
			for _, s := range formSectionDefs {
				if s.Limit <= 500 {
					short = append(short, s.Title)
				}
			}
			ctx.longSection = short[rng.Intn(len(short))]
			report(models.RuleFormSectionLength, 0, def, nil, fmt.Sprintf("section %s is over its limit", ctx.longSection))
			rebuild[0] = true
		case formStepMissing:
			ctx.dropStep = sixSteps[1+rng.Intn(len(sixSteps)-1)]
			report(models.RuleFormSixSteps, 0, def, nil, fmt.Sprintf("六、组织实施 does not name the step %s", ctx.dropStep))
			rebuild[0] = true
		}
	}
	cp.rebuildDocs(sub, rebuild)
}

// plantControl puts a clean control into sub: material a sweep must not flag.
func (cp *corpusPlan) plantControl(sub *subPlan, kind string) {
	rng := cp.rng
	ctx := sub.ctx
	rebuild := map[int]bool{}
	var names []string
	var detail string
	switch kind {
	case ctlTwins:
		// A second student whose name differs from the first one's in the
		// last character: both real class members, both among the three.
		s := ctx.students[0]
		g := []rune(givenChars)
		var twin string
		for try := 0; try < 100; try++ {
			rs := []rune(s)
			rs[len(rs)-1] = g[rng.Intn(len(g))]
			if t := string(rs); t != s && !containsName(ctx.roster, t) {
				twin = t
				break
			}
		}
		if twin == "" {
			return
		}
		at := rng.Intn(len(ctx.roster) + 1)
		ctx.roster = append(ctx.roster[:at], append([]string{twin}, ctx.roster[at:]...)...)
		ctx.students[1] = twin
		names, detail = []string{s, twin}, fmt.Sprintf("%s and %s are two students of the class whose names differ by one character; both are among the three", s, twin)
		rebuild[4], rebuild[8], rebuild[10], rebuild[11], rebuild[12], rebuild[0] = true, true, true, true, true, true
		setRoster(cp, sub, sub.hasRoster())
	case ctlGroupWork:
		ctx.groupWork = true
		detail = "item 8's worksheets hold a 小组分工 table naming other class members"
		rebuild[8] = true
	case ctlLookalike:
		// A student whose name holds a character OCR confuses with another.
		i := rng.Intn(3)
		old := ctx.students[i]
		var nn string
		for try := 0; try < 200 && nn == ""; try++ {
			n := personName(rng)
			rs := []rune(n)
			if strings.ContainsRune(lookalikeChars, rs[len(rs)-1]) && !containsName(ctx.roster, n) {
				nn = n
			}
		}
		if nn == "" {
			return
		}
		for k, n := range ctx.roster {
			if n == old {
				ctx.roster[k] = nn
			}
		}
		ctx.students[i] = nn
		names, detail = []string{nn}, fmt.Sprintf("%s's name holds a character OCR confuses with another; the scanned items may read it one character off", nn)
		rebuild[8], rebuild[10], rebuild[11], rebuild[12] = true, true, true, true
		setRoster(cp, sub, sub.hasRoster())
	}
	cp.truth.Controls = append(cp.truth.Controls, TruthPerson{SubmissionID: sub.id, Names: names, Kind: kind, Detail: detail})
	cp.rebuildDocs(sub, rebuild)
}

// lookalikeChars are given-name characters that chi_sim confuses with
// others (己/已, 明/朋, 娜/哪…).
const lookalikeChars = "明娜梅峰涛玲杰丽伟华婷磊"

func (sub *subPlan) hasRoster() bool {
	for _, d := range sub.docs {
		if d.kind == string(models.KindRoster) {
			return true
		}
	}
	return false
}

// setRoster gives sub a roster that lists the class (or removes it).
func setRoster(cp *corpusPlan, sub *subPlan, want bool) {
	for i, d := range sub.docs {
		if d.kind == string(models.KindRoster) {
			sub.docs = append(sub.docs[:i], sub.docs[i+1:]...)
			break
		}
	}
	if want {
		sub.docs = append(sub.docs, rosterDoc(cp.rng, sub.ctx))
	}
}

// rosterDoc is the class roster (花名册.xlsx) in item 10's order.
func rosterDoc(rng *rand.Rand, ctx *subCtx) *docPlan {
	rows := [][]string{{"序号", "姓名", "性别", "学号"}}
	for i, n := range ctx.roster {
		rows = append(rows, []string{itoa(i + 1), n, []string{"男", "女"}[rng.Intn(2)], ctx.studentNo(n)})
	}
	return &docPlan{name: "花名册.xlsx", kind: string(models.KindRoster), format: "xlsx", blocks: tableOnly(rows)}
}

func (cp *corpusPlan) composer(ctx *subCtx) *composer {
	return &composer{rng: cp.rng, reg: cp.reg, owner: ctx.owner, ctx: ctx}
}

// rebuildDocs composes the given items (0: the form) of sub again.
func (cp *corpusPlan) rebuildDocs(sub *subPlan, which map[int]bool) {
	for _, d := range sub.docs {
		switch {
		case d.kind == string(models.KindItem) && which[d.item]:
			c := cp.composer(sub.ctx)
			d.blocks = buildItem(c, sub.ctx, d.item)
		case d.kind == string(models.KindForm) && which[0]:
			c := cp.composer(sub.ctx)
			d.blocks = formBlocks(c, buildForm(c, sub.ctx))
		}
	}
}

// distinctName picks one of pool whose name no name of avoid is within one
// character of (so that no reader takes one for the other).
func distinctName(rng *rand.Rand, pool, avoid []string) string {
	for _, i := range rng.Perm(len(pool)) {
		ok := true
		for _, a := range avoid {
			if nearName(pool[i], a) {
				ok = false
			}
		}
		if ok {
			return pool[i]
		}
	}
	return pool[0]
}

// newOutsider draws a name that is no class member's and not within one
// character of one.
func newOutsider(rng *rand.Rand, ctx *subCtx) string {
	for {
		n := personName(rng)
		ok := true
		for _, m := range append(append([]string(nil), ctx.roster...), ctx.students...) {
			if n == m || nearName(n, m) {
				ok = false
			}
		}
		for _, t := range ctx.teachers {
			if n == t.Name {
				ok = false
			}
		}
		if ok {
			return n
		}
	}
}

// nearName reports whether a and b have the same length and differ in at
// most one character.
func nearName(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	diff := 0
	for i := range ra {
		if ra[i] != rb[i] {
			diff++
		}
	}
	return diff <= 1
}
