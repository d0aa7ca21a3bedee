package checks

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"classaudit/internal/names"
	"classaudit/models"
)

// TestLostRows: a scanned table whose row 12 OCR garbled beyond reading
// ("1 二人的识让和") still counts that row by its serial numbers; a table
// of 24 rows numbered 1–24 with none garbled counts 24.
func TestLostRows(t *testing.T) {
	class := pplClass(25)
	table := func(skip int, garble string) []string {
		var b strings.Builder
		b.WriteString("序号 姓名 过程考核(满分60) 终结考核(满分40) 总分\n")
		k := 0
		for i, n := range class {
			if i+1 == skip {
				continue
			}
			k++
			if k == 12 && garble != "" {
				b.WriteString(garble + "\n")
				continue
			}
			b.WriteString(fmt.Sprintf("%d %s %d %d %d\n", k, n, 40+i%20, 20+i%15, 60+i%20+i%15))
		}
		return []string{b.String()}
	}
	for _, c := range []struct {
		name  string
		pages []string
		want  int
	}{
		{"row 12 garbled", table(0, "1 二人的识让和"), 1},
		{"24 rows, none garbled", table(25, ""), 0},
		{"24 rows, one garbled", table(25, "1 二人的识让和"), 1},
	} {
		rs, junk := names.RecordsJunk(c.pages)
		for i := range rs {
			rs[i].OCR = true
		}
		if got := lostRows(rs, junk); got != c.want {
			t.Errorf("%s: lostRows = %d, want %d (%d records read, %d junk lines)", c.name, got, c.want, len(rs), junk)
		}
	}
}

// TestLostRowsByID: a scanned table that opens its rows with the
// students' numbers in sequence (学号 before 姓名, no serial) counts a row
// OCR garbled beyond reading by them: the row holding the number after
// the last record's is a record, its name unread (else a junk line that
// lostRows would count).
func TestLostRowsByID(t *testing.T) {
	class := pplClass(20)
	var b strings.Builder
	b.WriteString("学号 姓名 知识 技能 素养 综合成绩\n")
	for i, n := range class {
		if i == 9 {
			b.WriteString(fmt.Sprintf("23042013%02d |锅宗林| %% | | s | 90\n", i+1))
			continue
		}
		b.WriteString(fmt.Sprintf("23042013%02d |%s| %d | %d | %d | %d\n", i+1, n, 60+i, 70+i, 80+i, 72+i))
	}
	rs, junk := names.RecordsJunk([]string{b.String()})
	for i := range rs {
		rs[i].OCR = true
	}
	if len(rs) != 20 || junk != 0 || !rs[9].Unsure || rs[9].Name != "" {
		t.Fatalf("%d records, %d junk lines, the 10th %+v; want 20, 0 and an unread one", len(rs), junk, rs[9])
	}
	if got := lostRows(rs, junk); got != 0 {
		t.Errorf("lostRows = %d, want 0", got)
	}
}

// TestMatchByID: a scanned name OCR misread (容 for 岑) is the record's
// (or the roster student's) whose student number stands on its line; a
// number on two records, a typed name, or a class member's name read
// whole, is left alone.
func TestMatchByID(t *testing.T) {
	recs := []names.Record{
		{Name: "岑海涛", Matched: "岑海涛", Excerpt: "3 2023010302 岑海涛 男 35 50 85"},
		{Name: "罗玲", Matched: "罗玲", Excerpt: "4 2023010303 罗玲 女 30 50 80"},
		{Name: "林思", Matched: "林思", Excerpt: "5 2023010303 林思 女 30 50 80"},
	}
	class := []string{"岑海涛", "罗玲", "林思"}
	mk := func(name, excerpt string, ocr bool) names.Mention {
		m := names.Mention{Item: 8, Page: 1, OCR: ocr}
		m.Name, m.Matched, m.Excerpt = name, name, excerpt
		return m
	}
	ms := []names.Mention{
		mk("容海涛", "姓名：容海涛学号： 2023010302", true),
		mk("容海涛", "姓名：容海涛学号： 2023010302", false),
		mk("罗铃", "姓名：罗铃 学号：2023010303", true),
	}
	// The roster gives numbers too (the records have none here): item
	// 12's "记丽20240330" is 廖丽's, whose number it is (seed 17 small).
	rosterIDs := names.IDs([]string{"序号\t姓名\t学号\n29\t韦丽\t20240329\n30\t廖丽\t20240330"}, []string{"韦丽", "廖丽"})
	ms = append(ms, mk("记丽", "记丽20240330”2024级动画制作3班", true), mk("韦丽", "韦丽20240330", true))
	matchByID(ms, recs, append(class, "韦丽", "廖丽"), rosterIDs)
	if ms[3].Matched != "廖丽" {
		t.Errorf("scanned 记丽 → %s, want 廖丽 by the roster's 学号", ms[3].Matched)
	}
	if ms[4].Matched != "韦丽" {
		t.Errorf("韦丽, a class member read whole → %s, want kept", ms[4].Matched)
	}
	if ms[0].Matched != "岑海涛" {
		t.Errorf("scanned 容海涛 → %s, want 岑海涛 by 学号", ms[0].Matched)
	}
	if ms[1].Matched != "容海涛" {
		t.Errorf("typed 容海涛 → %s, want kept", ms[1].Matched)
	}
	if ms[2].Matched != "罗铃" {
		t.Errorf("罗铃 → %s: the number stands on two records, want kept", ms[2].Matched)
	}
	// The same reading on a page without the 学号 follows the one matched
	// by it (heldout139's 富平 电商: "登记人：惠雨菲（电商2302班）" after
	// "主播：惠雨菲 … 学号：23060302030"); a reading with another 学号 does not.
	ms = []names.Mention{mk("容海涛", "主播：容海涛 学号：2023010302", true), mk("容海涛", "登记人：容海涛（汽修2301班）", true),
		mk("容海涛", "姓名：容海涛 学号：2023010399", true)}
	matchByID(ms, recs, class, nil)
	if ms[1].Matched != "岑海涛" || ms[2].Matched != "容海涛" {
		t.Errorf("容海涛 without a 学号 → %s (want 岑海涛), with another → %s (want kept)", ms[1].Matched, ms[2].Matched)
	}
	// A scanned record whose name OCR gave a speck more ("雷鸣汉" for the
	// register's "雷　鸣"), the page's 雷鸣 read alike in another item: the
	// record is renamed 雷鸣, not the page 雷鸣汉 (heldout6's 机电).
	recs = []names.Record{
		{Name: "雷鸣汉", Matched: "雷鸣汉", OCR: true, Excerpt: "| 32 246111132雷鸣汉8这14 32 75 |"},
		{Name: "党文博", Matched: "党文博", OCR: true, Excerpt: "14 246111114党文博8 8 8 8 18 32 82"},
	}
	class = []string{"雷鸣汉", "党文博"}
	ms = []names.Mention{mk("雷鸣", "学生：雷鸣”班级：机电2403班", true), mk("雷鸣", "姓名:雷鸣班级:机电2403班”学号: 246111132", true)}
	ms[1].Item = 12
	matchByID(ms, recs, class, nil)
	if ms[1].Matched != "雷鸣" || recs[0].Matched != "雷鸣" || class[0] != "雷鸣" {
		t.Errorf("雷鸣 by 学号: page %s, record %s, class %v; want all 雷鸣", ms[1].Matched, recs[0].Matched, class)
	}
	// A 1-bit register read 初桂香 as "初作弄"; items 8 and 12 read her
	// name alike beside her 学号 (heldout10's 中药): the record is hers,
	// under the pages' name. One page alone does not outvote the register.
	recs = []names.Record{
		{Name: "初作弄", Matched: "初作弄", OCR: true, Excerpt: "! 243731101初作弄20 30 21 71"},
		{Name: "毕沂蒙", Matched: "毕沂蒙", OCR: true, Excerpt: "| 26 243731126毕沂蒙16 30 21 67"},
	}
	class = []string{"初作弄", "毕沂蒙"}
	ms = []names.Mention{mk("初桂香", "填写人:初桂香”学号: 243731101。班级:中药2401班", true), mk("初桂香", "姓名:初桂香学号243731101", true)}
	ms[1].Item = 12
	matchByID(ms, recs, class, nil)
	if ms[0].Matched != "初桂香" || ms[1].Matched != "初桂香" || recs[0].Matched != "初桂香" || class[0] != "初桂香" {
		t.Errorf("初桂香 by 学号: pages %s %s, record %s, class %v; want all 初桂香", ms[0].Matched, ms[1].Matched, recs[0].Matched, class)
	}
	// A typed page's name beside the 学号 of a record OCR garbled ("区县参"
	// for 丁子昂, heldout14): the record is the page's student.
	garbled := []names.Record{{Name: "区县参", Matched: "区县参", OCR: true, Excerpt: "区县参-，2023010607 8 13也33 12 8 81"}}
	gclass := []string{"区县参"}
	typed := []names.Mention{mk("丁子昂", "加工者：丁子昂 学号：2023010607", false)}
	matchByID(typed, garbled, gclass, nil)
	if garbled[0].Matched != "丁子昂" || gclass[0] != "丁子昂" || typed[0].Matched != "丁子昂" {
		t.Errorf("typed 丁子昂 by 学号: record %s, class %v, page %s; want 丁子昂", garbled[0].Matched, gclass, typed[0].Matched)
	}
	// A typed name one character off a scanned record whose name is no
	// valid one (网晓东: 网 is no surname; heldout13's 太原 中药): the
	// record, and the scanned page matched to it, are the typed student's.
	// A record under a valid name (关晓东) may be another student: kept.
	near := []names.Record{{Name: "网晓东", Matched: "网晓东", OCR: true, Excerpt: "2 2023130102网晓东 20 30 25 75"},
		{Name: "乔楠", Matched: "乔楠", OCR: true, Excerpt: "25 2023130125乔楠 20 30 25 75"}}
	nclass := []string{"网晓东", "乔楠"}
	scan := mk("疝晓东", "实训学员：疝晓东。班级：中药2301班", true)
	scan.Matched = "网晓东"
	nms := []names.Mention{scan, mk("阎晓东", "炮制人：阎晓东", false)}
	nms[1].Item = 11
	matchByID(nms, near, nclass, nil)
	if near[0].Matched != "阎晓东" || nclass[0] != "阎晓东" || nms[0].Matched != "阎晓东" {
		t.Errorf("typed 阎晓东: record %s, class %v, scanned page %s; want 阎晓东", near[0].Matched, nclass, nms[0].Matched)
	}
	// Scanned pages reading the record's name alike do not keep it; a
	// typed page does.
	comp := []names.Record{{Name: "洲台明远", Matched: "洲台明远", OCR: true, Excerpt: "21 2341130121洲台明远 20 30 25 75"}}
	cclass := []string{"洲台明远"}
	cms := []names.Mention{mk("洲台明远", "姓名洲台明远 班级中药2302班", true), mk("澹台明远", "制作学生：澹台明远", false)}
	cms[0].Matched = "洲台明远"
	matchByID(cms, comp, cclass, nil)
	if comp[0].Matched != "澹台明远" || cms[0].Matched != "澹台明远" {
		t.Errorf("typed 澹台明远, scans 洲台明远: record %s, scanned page %s; want 澹台明远", comp[0].Matched, cms[0].Matched)
	}
	comp[0].Matched, cclass[0] = "洲台明远", "洲台明远"
	cms = []names.Mention{mk("洲台明远", "姓名：洲台明远", false), mk("澹台明远", "制作学生：澹台明远", false)}
	matchByID(cms, comp, cclass, nil)
	if comp[0].Matched != "洲台明远" {
		t.Errorf("洲台明远 typed too: record %s, want kept", comp[0].Matched)
	}
	near[0].Name, near[0].Matched, nclass[0] = "关晓东", "关晓东", "关晓东"
	nms = []names.Mention{mk("阎晓东", "炮制人：阎晓东", false)}
	matchByID(nms, near, nclass, nil)
	if near[0].Matched != "关晓东" || nclass[0] != "关晓东" {
		t.Errorf("关晓东, a valid name: record %s, class %v; want kept", near[0].Matched, nclass)
	}
	recs[0].Matched, class[0] = "初作弄", "初作弄"
	ms = ms[:1]
	ms[0].Matched = "初桂香"
	matchByID(ms, recs, class, nil)
	if ms[0].Matched != "初作弄" || recs[0].Matched != "初作弄" {
		t.Errorf("初桂香 read once: page %s, record %s; want the register's 初作弄", ms[0].Matched, recs[0].Matched)
	}
}

// TestPairSiblings: item 8's scans read the twins 潘龙燕 and 潘龙豪 as
// "潘龙惹" and "潘龙训": the same two students, paired by surname and
// length. A scanned read no class member has, in one item only, pairs
// with no one: against a trusted class it counts as an unreadable name.
// A class member in place of a student (a real replacement) stays.
func TestPairSiblings(t *testing.T) {
	class := []string{"李思丹", "潘龙燕", "潘龙豪", "康宁", "廖馨", "麦宏"}
	mk := func(item, page int, name string, ocr bool) names.Mention {
		m := names.Mention{Item: item, Page: page, OCR: ocr}
		m.Name, m.Matched = name, name
		return m
	}
	typedRecords := []names.Record{{Name: "李思丹", Matched: "李思丹"}}
	pp := &people{class: class, records: typedRecords, mentions: []names.Mention{
		mk(8, 1, "李思丹", true), mk(8, 2, "潘龙惹", true), mk(8, 3, "潘龙训", true),
		mk(11, 1, "李思丹", false), mk(11, 2, "潘龙燕", false), mk(11, 3, "潘龙豪", false),
	}}
	sets := map[int][]string{8: {"李思丹", "潘龙惹", "潘龙训"}, 11: {"李思丹", "潘龙燕", "潘龙豪"}}
	unnamed := map[int]int{}
	note, loose := pairSiblings(pp, sets, unnamed)
	if got := strings.Join(sets[8], "、"); got != "李思丹、潘龙燕、潘龙豪" {
		t.Errorf("item 8 → %s, want the twins (note %q)", got, note)
	}
	if len(loose) != 0 || unnamed[8] != 0 {
		t.Errorf("twins paired loosely: %v, unnamed %d", loose, unnamed[8])
	}

	pp.mentions = []names.Mention{
		mk(8, 3, "康声", true), mk(11, 3, "廖馨", false), mk(12, 3, "麦宏", true),
	}
	sets = map[int][]string{8: {"康声"}, 11: {"廖馨"}, 12: {"麦宏"}}
	unnamed = map[int]int{}
	_, loose = pairSiblings(pp, sets, unnamed)
	if len(loose) != 1 || loose[0].item != 8 || unnamed[8] != 1 || len(sets[8]) != 0 {
		t.Errorf("康声 (no member, item 8 only): loose %v, unnamed %v, item 8 %v; want one unreadable name in item 8", loose, unnamed, sets[8])
	}
	if strings.Join(sets[12], "") != "麦宏" {
		t.Errorf("麦宏 (a class member) → %v, want kept", sets[12])
	}

	// A scanned register read 荆书萱 as 草书莹, as item 12's cover did:
	// the register's misreading vouches for nothing, item 12 is 荆书萱's.
	// A real classmate there (连尚志) is another student.
	scanned := []names.Record{{Name: "草书莹", Matched: "草书莹", OCR: true}}
	for _, c := range []struct{ read, want string }{{"草书莹", "宫秀岚、荆书萱、颜若溪"}, {"连尚志", "宫秀岚、连尚志、颜若溪"}} {
		pp = &people{class: []string{"宫秀岚", "颜若溪", "连尚志", "草书莹"}, records: scanned, mentions: []names.Mention{
			mk(8, 1, "宫秀岚", false), mk(8, 2, "颜若溪", false), mk(8, 3, "荆书萱", false),
			mk(12, 1, "宫秀岚", true), mk(12, 2, "颜若溪", true), mk(12, 3, c.read, true),
		}}
		sets = map[int][]string{8: {"宫秀岚", "荆书萱", "颜若溪"}, 12: {"宫秀岚", c.read, "颜若溪"}}
		pairSiblings(pp, sets, map[int]int{})
		if got := strings.Join(sets[12], "、"); got != c.want {
			t.Errorf("item 12 reading %s → %s, want %s", c.read, got, c.want)
		}
	}
}

// TestPairSiblingsFewer: an item whose reads are fewer than the students
// the others agree on (its other pages name nobody readable) pairs each
// read with the one lacking name it can be: item 11's "余佳音" is item 8's
// 匀佳音 (both OCR's 钭佳音, heldout11's 烹饪), not a fourth student. A
// read that could be either of two lacking names stays as read.
func TestPairSiblingsFewer(t *testing.T) {
	mk := func(item, page int, name string) names.Mention {
		m := names.Mention{Item: item, Page: page, OCR: true}
		m.Name, m.Matched = name, name
		return m
	}
	pp := &people{class: []string{"匀佳音", "导一鹏", "舒梓航"}, mentions: []names.Mention{
		mk(8, 1, "舒梓航"), mk(8, 2, "匀佳音"), mk(8, 3, "导一鹏"),
		mk(11, 1, "舒梓航"), mk(11, 3, "余佳音"),
	}}
	sets := map[int][]string{8: {"匀佳音", "导一鹏", "舒梓航"}, 11: {"余佳音", "舒梓航"}}
	pairSiblings(pp, sets, map[int]int{})
	if got := strings.Join(sets[11], "、"); got != "匀佳音、舒梓航" {
		t.Errorf("item 11 → %s, want 匀佳音、舒梓航", got)
	}
	pp.mentions[2] = mk(8, 3, "余佳明")
	sets = map[int][]string{8: {"余佳明", "匀佳音", "舒梓航"}, 11: {"余佳音", "舒梓航"}}
	pairSiblings(pp, sets, map[int]int{})
	if got := strings.Join(sets[11], "、"); got != "余佳音、舒梓航" {
		t.Errorf("item 11 → %s, want 余佳音 kept (匀佳音 or 余佳明?)", got)
	}
}

// TestPairSiblingsFourth: an item of four whose fourth read is no class
// member is one more student, not a misread name.
func TestPairSiblingsFourth(t *testing.T) {
	class := []string{"上官琳", "庞小菊", "廖雪敏", "韦家安"}
	mk := func(item, page int, name string) names.Mention {
		m := names.Mention{Item: item, Page: page, OCR: true}
		m.Name, m.Matched = name, name
		return m
	}
	pp := &people{class: class, records: []names.Record{{Name: "上官琳", Matched: "上官琳"}}, mentions: []names.Mention{
		mk(8, 1, "庞小菊"), mk(8, 2, "廖雪敏"), mk(8, 3, "上官琳"), mk(8, 4, "韦安"),
		mk(11, 1, "庞小菊"), mk(11, 2, "廖雪敏"), mk(11, 3, "上官琳"),
	}}
	sets := map[int][]string{8: {"上官琳", "庞小菊", "廖雪敏", "韦安"}, 11: {"上官琳", "庞小菊", "廖雪敏"}}
	unnamed := map[int]int{}
	if _, loose := pairSiblings(pp, sets, unnamed); len(loose) != 0 || len(sets[8]) != 4 {
		t.Errorf("fourth read taken for a misread name: loose %v, item 8 %v", loose, sets[8])
	}
}

// TestLostRowsGarbledTable: serial numbers in a table OCR garbled in most
// rows do not make up its count.
func TestLostRowsGarbledTable(t *testing.T) {
	page := "序号|学号|姓名|过程考核(满分60)终结考核(满分40)总评(满分100)|结论\n0你才\n3的0的呈守村|和36\n4“|230104|黎俊宏|66 23 89合格\n人05生生\n" +
		"9林几的\n00要价开|56\n10“230110 |郑雅文|38 28 66合格\n0术丰人\n3叶许任江失格\n14“|230114|黄丽华|42 36 78合格\n0的全未二信和\n" +
		"1把3007|当疝信的\n33005|宁不基人下\n20 |230120|谭晓峰44 28有合格\n“3014大寺表06 9人，|拘6\n24 |230124|范雨晴|51 0 0合格\n"
	rs, junk := names.RecordsJunk([]string{page})
	for i := range rs {
		rs[i].OCR = true
	}
	if k := lostRows(rs, junk); k > 0 && !garbledTable(junk, len(rs)) {
		t.Errorf("%d records read, %d junk lines: %d rows added from serials to a garbled table", len(rs), junk, k)
	}
	// Its serial numbers are garbled too: they count no rows.
	if n, ok := names.NumberedRows([]string{page}); ok {
		t.Errorf("NumberedRows = %d on a table whose serials OCR garbled", n)
	}
}

// TestUnchecked: the reviewer is told when a scan's scores could not be
// judged in many rows, not for a grade table or a clean one.
func TestUnchecked(t *testing.T) {
	t.Parallel()
	lost := "序号|姓名|学号0总分\n1 |章诺佳|20234201 |19二\n2 |韩怡安|20234202 |22 00\n3 |莽悦辉|20234203 |19二\n4，|强梓辉|20234204 |27 07\n"
	grades := "序号|姓名|学号|蛋糕成品|操作规范|综合评定\n1。陈子墨|20235103人合格优优\n2|者可飞|20235104 |合格良良\n3|梅俊杰|20235106良优良\n"
	clean := "序号 姓名 过程考核(满分60) 终结考核(满分40) 总分\n1 肖亮 56 26 82\n2 张玛 55 26 81\n3 韦嘉 36 32 68\n"
	for _, c := range []struct {
		name string
		page string
		want bool
	}{{"scores lost", lost, true}, {"grades", grades, false}, {"clean", clean, false}} {
		rs := names.Records([]string{c.page})
		for i := range rs {
			rs[i].OCR = true
		}
		if got := unchecked(rs) > 0; got != c.want {
			t.Errorf("%s: unchecked %d of %d records", c.name, unchecked(rs), len(rs))
		}
	}
}

// TestSureDigits: digits read at 80 or more are sure only on a row whose
// serial number was read too ("多叶菊58 29 82": OCR lost the 2 and misread
// 53 as 58 at 89), or its whole student number ("DZ 2341040317。富明哲。76
// …": the serial read as letters, the 学号 and scores at 92).
func TestSureDigits(t *testing.T) {
	t.Parallel()
	page := models.Page{Method: models.MethodOCR, Text: "序号姓名过程考核(满分60)终结考核(满分40)总分\n1沈程46 21 67\n多叶菊58 29 82\n3肖芳英45 39 84\n| DZ 2341040317。富明哲。76 27 20 13 9\n| 多 23410 富明哲 76 27 20 13 9",
		DigitConf: []int{90, 92, 89, 59, 92, 92}}
	for _, c := range []struct {
		line int
		want bool
	}{{1, true}, {2, false}, {3, false}, {4, true}, {5, false}, {9, false}} {
		row := ""
		if lines := strings.Split(page.Text, "\n"); c.line < len(lines) {
			row = lines[c.line]
		}
		if got := sureDigits(page, c.line, row); got != c.want {
			t.Errorf("line %d %q: sure %v, want %v", c.line, row, got, c.want)
		}
	}
}

// TestSureLines: a header's maxima are sure when every line of it has its
// numbers read at 80 or more.
func TestSureLines(t *testing.T) {
	t.Parallel()
	page := models.Page{Method: models.MethodOCR, Text: "学习任务考核记录\n序号姓名过程考核终结考核总分\n(满分50)(满分40)\n1沈程46 21 67",
		DigitConf: []int{100, 100, 62, 92}}
	for _, c := range []struct {
		first, last int
		want        bool
	}{{1, 1, true}, {1, 2, false}, {3, 3, true}, {3, 4, false}, {2, 1, false}} {
		if got := sureLines(page, c.first, c.last); got != c.want {
			t.Errorf("lines %d–%d: sure %v, want %v", c.first, c.last, got, c.want)
		}
	}
}

// TestCouldHide: a garbled record may be a student's when it keeps one of
// the name's characters in place, or when a record's name was lost.
func TestCouldHide(t *testing.T) {
	t.Parallel()
	recs := func(ns ...string) []names.Record {
		var rs []names.Record
		for _, n := range ns {
			rs = append(rs, names.Record{Name: n, Matched: n, Unsure: true})
		}
		return rs
	}
	sure := func(rs []names.Record, n string) []names.Record {
		return append(rs, names.Record{Name: n, Matched: n})
	}
	for _, c := range []struct {
		name    string
		records []names.Record
		want    bool
	}{
		{"蒙凤磊", recs("甘明安", "蒙风舌", "龙局"), true},
		{"梁语英", recs("朱宕", "深语瑞"), true},
		{"黎德", recs("歼德", "王扰"), true},
		{"李飞", recs("甘明安", "关蔬和", "娃安浩", "沈喇子", "深沐"), false},
		{"马悦子", recs("钟穴家", "洒洲禾", "丁尘若"), false},
		{"马悦子", recs("钟穴家", "王子"), true}, // 子 last in both
		// Read as a valid name of another length, a record is the
		// student's only with one character lost or misread.
		{"马悦子", sure(recs("钟穴家"), "王子"), false},
		{"廖丹豪", sure(recs("钟穴家"), "鹿丹察"), true},
		{"东方雨晴", sure(recs("钟穴家"), "东方雨"), true},
		{"王宇", sure(recs("钟穴家"), "王字"), true},
		{"蒙凤磊", sure(recs("甘明安"), "蒙风舌"), true},
		{"李飞", recs("甘明安", ""), true},
		{"韦浩", recs("韦浩", "关蔬和"), false}, // the record is the other student 韦浩's
		// A garbled name on a row short of numbers ("27下用上0 92." for
		// 27 韦胜 56 36 92): a digit may be among its characters.
		{"韦胜", append(recs("甘明安"), names.Record{Name: "下用上", Matched: "下用上", Unsure: true, Short: true}), true},
		{"韦胜", append(recs("甘明安"), names.Record{Name: "下用上", Matched: "下用上", Unsure: true}), false},
	} {
		pp := &people{records: c.records}
		if c.name == "韦浩" {
			pp.mentions = []names.Mention{{Item: 8, Read: names.Read{Name: "韦浩"}, Matched: "韦浩"}}
			c.name = "韦豪"
		}
		if got := pp.couldHide(c.name, c.name); got != c.want {
			t.Errorf("%s among %v: could hide %v, want %v", c.name, c.records, got, c.want)
		}
	}
}

// TestStrangerToClass: against a whole class list, a name read alike in
// two items, even on a second reading, or readings of two items taken for
// one student, that share no character with any classmate are surely no
// classmate's; one sharing a character, read in one item only, or against
// records with an unpaired row, may be.
func TestStrangerToClass(t *testing.T) {
	t.Parallel()
	class := []string{"朱桂", "曹子飞", "余家思", "宋泽", "蒋艳"}
	mention := func(item int, read, matched string, reread bool) names.Mention {
		return names.Mention{Item: item, Read: names.Read{Name: read}, Matched: matched, OCR: true, Reread: reread}
	}
	alike := []names.Mention{mention(8, "郑租", "郑菊", false), mention(11, "郑菊", "郑菊", false), mention(12, "郑菊", "郑菊", true)}
	for _, c := range []struct {
		why      string
		name     string
		mentions []names.Mention
		extra    string // a record's name no roster name was paired with
		want     bool
	}{
		{"read alike in two items, no character shared", "郑菊", alike, "", true},
		{"a classmate's character kept", "蒋菊", []names.Mention{mention(11, "蒋菊", "蒋菊", false), mention(12, "蒋菊", "蒋菊", false)}, "", false},
		{"read in one item only", "郑菊", alike[1:2], "", false},
		{"a record left unpaired", "郑菊", alike, "歼德", false},
		// ocr/15 read item 11's cover "完成人:郑菊和": a character glued
		// after the name, no second reading.
		{"a character glued after it", "郑菊", []names.Mention{mention(8, "郑租", "郑租", false), mention(11, "郑菊和", "郑菊和", false), mention(12, "郑菊", "郑菊", false)}, "", true},
		{"two characters glued after it", "郑菊", []names.Mention{mention(11, "郑菊和平", "郑菊和平", false), mention(12, "郑菊", "郑菊", false)}, "", false},
		// The items' readings taken for one student, none a classmate's.
		{"readings taken for one student", "郑租", []names.Mention{mention(8, "郑租", "郑租", false), mention(11, "郑菊和", "郑菊和", false), mention(12, "郑菊", "郑租", false)}, "", true},
		{"one of them a classmate's character", "郑租", []names.Mention{mention(8, "郑租", "郑租", false), mention(12, "朱菊", "郑租", false)}, "", false},
	} {
		pp := &people{class: class, roster: class, mentions: c.mentions}
		if c.extra != "" {
			pp.class = append(slices.Clone(class), c.extra)
		}
		if got := strangerToClass(pp, c.name); got != c.want {
			t.Errorf("%s: stranger %v, want %v", c.why, got, c.want)
		}
	}
}

// TestSettlePrefixNamesakes: with 曾丹 and 曾丹熙 both in the class, a
// scanned read of 曾丹 with a character after it ("曾丹申") is 曾丹熙's
// when 曾丹熙 is read without doubt elsewhere and 曾丹 nowhere; a read of
// 曾丹 standing alone, or one typed, stays 曾丹. With 曾丹琳 in the class
// too, it is the one of the two read without doubt; it stays 曾丹 when both
// are.
func TestSettlePrefixNamesakes(t *testing.T) {
	t.Parallel()
	class := []string{"欧阳兰", "曾丹", "曾丹琳", "曾丹熙", "韦丹"}
	m := func(item int, matched, excerpt string, ocr bool) names.Mention {
		return names.Mention{Item: item, Read: names.Read{Name: matched, Excerpt: excerpt}, Matched: matched, OCR: ocr}
	}
	for _, c := range []struct {
		why  string
		ms   []names.Mention
		want []string
	}{
		{"曾丹熙 typed, 曾丹 only with a character after it",
			[]names.Mention{m(8, "曾丹", "姓名：”曾丹申", true), m(11, "曾丹熙", "姓名： 曾丹熙", false), m(12, "曾丹", "曾丹中20230131”2023级", true)},
			[]string{"曾丹熙", "曾丹熙", "曾丹熙"}},
		{"曾丹 read alone elsewhere",
			[]names.Mention{m(8, "曾丹", "姓名：”曾丹申", true), m(11, "曾丹熙", "姓名： 曾丹熙", false), m(12, "曾丹", "姓名：曾丹", true)},
			[]string{"曾丹", "曾丹熙", "曾丹"}},
		{"曾丹 typed",
			[]names.Mention{m(8, "曾丹", "姓名：曾丹申", false), m(11, "曾丹熙", "姓名： 曾丹熙", false)},
			[]string{"曾丹", "曾丹熙"}},
		{"曾丹琳 and 曾丹熙 both read without doubt",
			[]names.Mention{m(8, "曾丹", "姓名：”曾丹申", true), m(11, "曾丹熙", "姓名： 曾丹熙", false), m(12, "曾丹琳", "姓名：曾丹琳", false)},
			[]string{"曾丹", "曾丹熙", "曾丹琳"}},
		{"曾丹熙 nowhere without doubt",
			[]names.Mention{m(8, "曾丹", "姓名：”曾丹申", true), m(12, "曾丹", "曾丹中2023", true)},
			[]string{"曾丹", "曾丹"}},
	} {
		settlePrefixNamesakes(c.ms, class)
		var got []string
		for _, x := range c.ms {
			got = append(got, x.Matched)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: matched %v, want %v", c.why, got, c.want)
		}
	}
}

// TestSettleFormBlocks: three students' three works each, one printed form
// per work (pages 1–3 a student's 成果1–3), the handwritten names read a
// different way on each page: each block of three pages is one student's,
// under the class member read there or the name read most often.
func TestSettleFormBlocks(t *testing.T) {
	t.Parallel()
	forms := []string{
		"成果1:蒸猪工艺流程图\n成果完成人:%s班级:烹饪2401班\n画出从原料验收到装盘的九个步骤，标出每一步的时间和火候要求。\n本人按要求完成了这项成果。",
		"成果2:腌料配方与成本核算表\n成果完成人:%s班级:烹饪2401班\n按三十人份计算了原料用量和成本，列出每种调料的单价和用量。\n本人按要求完成了这项成果。",
		"成果3:成品照片与质量评价\n成果完成人:%s班级:烹饪2401班\n附成品照片，按色香味形四个方面做了自评和互评，写出改进措施。\n本人按要求完成了这项成果。",
	}
	reads := []string{"黄颖形", "黄上颖", "黄祷形", "伍浩贤", "伍浩贤", "伍浩贤", "邹梓陪", "梓陪", "邹梓陪"}
	var pages []string
	var ms []names.Mention
	for i, r := range reads {
		pages = append(pages, "顺德均安蒸猪制作学习成果\n"+fmt.Sprintf(forms[i%3], r))
		m := names.Mention{Item: 11, Page: i + 1, OCR: true}
		m.Name, m.Matched = r, r
		ms = append(ms, m)
	}
	settleFormBlocks(ms, 11, pages, []string{"伍浩贤", "黄颖彤"})
	var got []string
	for _, m := range ms {
		got = append(got, m.Matched)
	}
	want := []string{"黄颖形", "黄颖形", "黄颖形", "伍浩贤", "伍浩贤", "伍浩贤", "邹梓陪", "邹梓陪", "邹梓陪"}
	if !slices.Equal(got, want) {
		t.Errorf("blocks named %v, want %v", got, want)
	}
	// Two class members in one block: another's work, left as read.
	ms[4].Matched = "黄颖彤"
	settleFormBlocks(ms, 11, pages, []string{"伍浩贤", "黄颖彤"})
	if ms[3].Matched != "伍浩贤" || ms[4].Matched != "黄颖彤" {
		t.Errorf("a block naming two class members: %s, %s", ms[3].Matched, ms[4].Matched)
	}
}

// TestFormBlocksTwoNumbers: four one-page worksheets, OCR lost the name
// row on two, so that they group as two forms of two pages (heldout151's
// 桦甸 新能源): each page gives its own 学号, so a block is two students'
// pages, left as read; without the numbers, one student's block.
var studentNumberRe = regexp.MustCompile(`\d{10}`)

func TestFormBlocksTwoNumbers(t *testing.T) {
	t.Parallel()
	body := "\n【任务情境】景区的纯电动接驳车插上交流充电桩后不启动充电，请学员检查充电枪和车载充电机。\n问题1 CC信号和CP信号分别表示什么?\n问题2 测量充电口之前要做哪些安全准备?"
	pages := []string{
		"学习工作页\n|姓名|于晓松|学号| 2404350136新能源2401班1号充电工位|" + body,
		"学习工作页\n2404350126新能源2401班2号充电工位" + body,
		"学习工作页\n|姓名|庞子墨|学号| 2404350105新能源2401班3号充电工位|" + body,
		"学习工作页\n2404350111新能源2401班4号充电工位" + body,
	}
	mention := func(page int, name string) names.Mention {
		m := names.Mention{Item: 8, Page: page, OCR: true}
		m.Name, m.Matched = name, name
		return m
	}
	class := []string{"于晓松", "宫昱辰", "庞子墨"}
	ms := []names.Mention{mention(1, "于晓松"), mention(2, "宫昱搬"), mention(3, "庞子墨"), mention(4, "邵可心")}
	settleFormBlocks(ms, 8, pages, class)
	if ms[1].Matched != "宫昱搬" || ms[3].Matched != "邵可心" {
		t.Errorf("pages of two 学号 settled as one student's: %s, %s", ms[1].Matched, ms[3].Matched)
	}
	for i := range pages {
		pages[i] = studentNumberRe.ReplaceAllString(pages[i], "")
	}
	settleFormBlocks(ms, 8, pages, class)
	if ms[1].Matched != "于晓松" {
		t.Errorf("without the numbers the block is not settled: %s (groups %v)", ms[1].Matched, names.FormGroups(pages))
	}
}

// TestPairableGivenName: a scanned read pairs with a name of its length
// whose given name it has in place, the surname misread ("邱梓聪" for
// 印梓聪 as another item read 邝梓聪), as with its surname; not with
// another given name under another surname.
func TestPairableGivenName(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		reads, names []string
		want         bool
	}{
		{[]string{"邱梓聪", "黄颖形"}, []string{"印梓聪", "黄颍彤"}, true},
		{[]string{"邱梓聪"}, []string{"印子聪"}, false},
		{[]string{"梓聪"}, []string{"邝梓聪"}, false},
		{[]string{"草书莹"}, []string{"荆书萱"}, true},
		{[]string{"草书莹"}, []string{"郭明远"}, false},
		{[]string{"连书莹"}, []string{"荆书萱"}, false},
	} {
		if got := pairable(c.reads, c.names); got != c.want {
			t.Errorf("pairable(%v, %v) = %v, want %v", c.reads, c.names, got, c.want)
		}
	}
}

// TestPairSiblingsOnce: two items of scanned reads that pair with each
// other (item 11's 邱梓聪, 黄颖形; item 12's 印梓聪, 黄颍彤) are paired once:
// item 11 takes item 12's names, and item 12 does not then take item 11's
// old ones back (heldout9: the swap left a false students.mismatch).
func TestPairSiblingsOnce(t *testing.T) {
	t.Parallel()
	var ms []names.Mention
	add := func(item, page int, n string) {
		m := names.Mention{Item: item, Page: page, OCR: true}
		m.Name, m.Matched = n, n
		ms = append(ms, m)
	}
	for p, n := range []string{"黄颖形", "伍浩贤", "邱梓聪"} {
		add(11, p+1, n)
	}
	for p, n := range []string{"黄颍彤", "伍浩贤", "印梓聪"} {
		add(12, p+1, n)
	}
	pp := &people{mentions: ms, class: []string{"伍浩贤", "名庶"}}
	sets := map[int][]string{11: {"伍浩贤", "邱梓聪", "黄颖形"}, 12: {"伍浩贤", "印梓聪", "黄颍彤"}}
	pairSiblings(pp, sets, map[int]int{})
	if !slices.Equal(sets[11], sets[12]) {
		t.Errorf("after pairing, item 11 %v and item 12 %v", sets[11], sets[12])
	}
}

// TestSerialsCountRowReadTwice: screen captures of a register that overlap
// by a row (row 3 on both): six records read, the serials count five, as
// the form and the roster do. No count is claimed; the reviewer is told.
func TestSerialsCountRowReadTwice(t *testing.T) {
	t.Parallel()
	class := []string{"王海涛", "李晓明", "张诗雨", "陈嘉怡", "刘子轩"}
	head := "学习任务考核记录\n序号 姓名 理论(满分40) 实操(满分60) 总分\n"
	rows := []string{"1 王海涛 30 50 80", "2 李晓明 32 51 83", "3 张诗雨 28 45 73"}
	page1 := head + strings.Join(rows, "\n")
	page2 := head + "3 张诗南 28 45 73\n4 陈嘉怡 35 52 87\n5 刘子轩 29 47 76"
	s := ocrSub(class, page1, nil)
	for _, d := range s.Documents {
		if d.Item == 10 {
			d.Pages = append(d.Pages, models.Page{Number: 2, Method: models.MethodOCR, Text: page2, Confidence: 85})
		}
	}
	p, got := runPeople(s)
	if slices.Contains(got, "records.count_mismatch") {
		t.Errorf("rules %v", got)
	}
	told := false
	for _, f := range p.findings {
		told = told || strings.Contains(f.Message, "序号只排到5")
	}
	if !told {
		t.Errorf("no notice: %v", got)
	}
}

// TestGapRows: a scanned table (heldout24's faded copy) whose row 9 OCR
// garbled to a line no record is made of ("AS": a word between rows, not
// even counted as a garbled line), and whose row 12 is not there at all:
// the gap in the student numbers with a line in it is a row lost to OCR,
// the gap with none a student left out. Rows 15 and 16 garbled, one read
// as a nameless record whose serial OCR misread: keyed by the student
// numbers, one row more is lost.
func TestGapRows(t *testing.T) {
	class := pplClass(20)
	var b strings.Builder
	b.WriteString("序号 学号 姓名 理论(40) 实操(60) 总分\n")
	for i, n := range class {
		switch i + 1 {
		case 9:
			b.WriteString("AS\n")
		case 15: // a nameless row, its serial misread, and a garbled line
			b.WriteString("2 [二0 7 9 85良好\n")
		case 16:
			b.WriteString("0本\n")
		case 12:
		default:
			b.WriteString(fmt.Sprintf("%d 24043502%02d %s %d %d %d\n", i+1, i+1, n, 20+i, 40+i, 60+2*i))
		}
	}
	rs, junk := names.RecordsJunk([]string{b.String()})
	for i := range rs {
		rs[i].OCR = true
	}
	if len(rs) != 17 {
		t.Fatalf("%d records, want 17", len(rs))
	}
	if got := gapRows(rs); got != 2 {
		t.Errorf("gapRows = %d, want 2", got)
	}
	if got := lostRows(rs, junk); got != 2 {
		t.Errorf("lostRows = %d, want 2 (junk %d)", got, junk)
	}
	// Rows of two lines each, a comment under every row (heldout34's
	// 格尔木): a student left out (9) leaves no row between, only the
	// comment of the row before; a row OCR garbled past reading (15)
	// leaves its two lines.
	var lines []names.Record
	at := 5
	for i := 1; i <= 20; i++ {
		if i != 9 && i != 15 {
			lines = append(lines, names.Record{OCR: true, Page: 1, Line: at, Excerpt: fmt.Sprintf("%d 24043502%02d %s", i, i, class[i-1])})
		}
		if i != 9 {
			at += 2
		}
	}
	if got := gapRows(lines); got != 1 {
		t.Errorf("rows of two lines: gapRows = %d, want 1", got)
	}
	// Five rows lost to a phone photo but for two lines of specks
	// (heldout87's 彭阳 汽修: "32 2364040332 韩浩村10”25", "二|了", "二13",
	// "“38 2364040338昌明攻12 23 IO"): five rows lost, not two.
	var photo []names.Record
	at = 3
	for i := 1; i <= 38; i++ {
		switch {
		case i >= 33 && i <= 34:
			at++ // a line of specks
		case i > 34 && i < 38:
		default:
			photo = append(photo, names.Record{OCR: true, Page: 1, Line: at, Excerpt: fmt.Sprintf("%d 23640403%02d %s 12 23 60", i, i, pplClass(38)[i-1])})
			at++
		}
	}
	if got := gapRows(photo); got != 5 {
		t.Errorf("rows lost but for two lines: gapRows = %d, want 5", got)
	}
	// Rows in the order students were called (检录顺序), not the class
	// list's, a line heading each session (heldout141's 同江 新能源): the
	// numbers skipped from row to row, and the session's line between two
	// rows, are no rows lost.
	var called []names.Record
	at = 3
	for i, id := range []int{22, 32, 37, 38, 30, 12, 19, 29, 34, 13, 7, 28, 20, 23, 6, 10, 9, 8, 14, 26, 1, 21, 15, 33, 3, 35} {
		if i == 13 {
			at++ // "第二场12月16日14:00一16:00 考评员：…"
		}
		called = append(called, names.Record{OCR: true, Page: 1, Line: at, Excerpt: fmt.Sprintf("J-%02d 20240435%02d %s 7 27 32 16 82", i+1, id, pplClass(38)[i])})
		at++
	}
	if got := gapRows(called); got != 0 {
		t.Errorf("rows in the order called: gapRows = %d, want 0", got)
	}
}

// TestSureScores: a scanned row's numbers take the confidences of the OCR
// words they were read in, the row's serial and 学号 words aside: the
// scores read surely are sure though the 学号 was not, and the row's
// SureDigits follows when all are; numbers not found in the words in
// their order are left unknown.
func TestSureScores(t *testing.T) {
	t.Parallel()
	text := "序号 学号 姓名 出勤(10) 工单(15) 安全(15) 检测(20) 拆装(30) 路荆(10) 总分\n" +
		"| 9 2446040309只让几9 12 1 19 33 8 92 |\n| 1 2446040301 陈一凡 9 10 10 22 20 8 79 |"
	page := models.Page{Method: models.MethodOCR, Text: text, DigitConf: []int{100, 50, 52}, DigitWords: [][]models.DigitWord{
		nil,
		digitWords("9", 73, "2446040309", 50, "9", 96, "12", 92, "1", 84, "19", 93, "33", 92, "8", 96, "92", 91),
		digitWords("1", 82, "2446040301", 52, "9", 96, "10", 92, "10", 92, "22", 91, "20", 93, "8", 95, "79", 92),
	}}
	rs, _, _ := names.RecordsJunkMarks([]string{text})
	if len(rs) != 2 {
		t.Fatalf("%d records", len(rs))
	}
	for i := range rs {
		rs[i].OCR = true
		sureScores(page, &rs[i])
	}
	if want := []bool{true, true, false, true, true, true}; !slices.Equal(rs[0].SureScore, want) || !rs[0].SureTotal || rs[0].SureDigits {
		t.Errorf("row 9: sure %v total %v digits %v; want %v, true, false", rs[0].SureScore, rs[0].SureTotal, rs[0].SureDigits, want)
	}
	if got := rs[0].Check(); len(got) != 1 || !strings.Contains(got[0], "33超过满分30") {
		t.Errorf("row 9: %q, want 拆装 33 above 30", got)
	}
	if !rs[1].SureDigits {
		t.Errorf("row 1: every score and the total read at 91 or more, its 学号 at 52: not SureDigits")
	}
	// Words that do not hold the row's numbers: nothing known.
	page.DigitWords[1] = digitWords("9", 73, "12", 92)
	r := rs[0]
	r.SureScore, r.SureTotal = nil, false
	sureScores(page, &r)
	if r.SureScore != nil {
		t.Errorf("numbers not in the words: sure %v", r.SureScore)
	}
}

// digitWords makes a line's words with digits from text, confidence pairs.
func digitWords(ts ...any) []models.DigitWord {
	var out []models.DigitWord
	for i := 0; i < len(ts); i += 2 {
		out = append(out, models.DigitWord{Text: ts[i].(string), Conf: ts[i+1].(int)})
	}
	return out
}

// TestSureMarkedScores: heldout105's 瑞金 新能源, colour scan. A column's
// rule read as "]" beside 11 in three rows ("]11" at confidence 52), the
// table's other marked rows adding up with it read as a rule
// (names.ruleMarksBorne): the marked number is sure, and 温毓峰's total,
// 7 below the sum, is claimed.
func TestSureMarkedScores(t *testing.T) {
	t.Parallel()
	text := "序号。姓名过程考核结果考核总分/等级\n安全防护(10)故障诊断(30)部件检修(30)性能测试(15)报告(15)”总分”等级\n" +
		"1谢乐怡8 20 21 ]11 12 72合格\n3刘锋9 27 20 ]11 10 77合格\n5温艇峰9 25 24 ]11 13 75合格"
	page := models.Page{Method: models.MethodOCR, Text: text, DigitWords: [][]models.DigitWord{
		nil, nil,
		digitWords("1", 94, "8", 95, "20", 96, "21", 95, "]11", 67, "12", 91, "72", 96),
		digitWords("3", 97, "9", 96, "27", 91, "20", 96, "]11", 69, "10", 96, "77", 91),
		digitWords("5", 96, "9", 96, "25", 96, "24", 96, "]11", 52, "13", 96, "75", 95),
	}}
	rs, _, _ := names.RecordsJunkMarks([]string{text})
	if len(rs) != 3 {
		t.Fatalf("%d records", len(rs))
	}
	r := rs[2]
	r.OCR = true
	sureScores(page, &r)
	if !r.SureDigits {
		t.Fatalf("温艇峰: sure %v total %v, want every number sure", r.SureScore, r.SureTotal)
	}
	if got := r.Check(); len(got) != 1 || !strings.Contains(got[0], "总分75不等于各项之和82") {
		t.Errorf("温艇峰: %q, want 总分75 not 82", got)
	}
	r = rs[2]
	r.OCR, r.MarkedCols = true, nil
	sureScores(page, &r)
	if r.SureDigits || len(r.Check()) != 0 {
		t.Errorf("the mark not borne out: sure %v, %q", r.SureScore, r.Check())
	}
}

// TestPairSiblingsScannedClass: heldout100's 大足 烹饪. The class is read
// from a scanned register; item 8's scans read "唐人" (唐海川, stacked down
// a binding margin) and another page not at all, where items 11 and 12
// agree on 冉椰林, 唐海川, 邓琼芳. The read is set aside as a name that
// could not be read, not taken for another student. With every other
// page of item 8 read, a read no member has stays another student.
func TestPairSiblingsScannedClass(t *testing.T) {
	mk := func(item, page int, name string, ocr bool) names.Mention {
		m := names.Mention{Item: item, Page: page, OCR: ocr}
		m.Name, m.Matched = name, name
		return m
	}
	scanned := []names.Record{{Name: "唐海川", Matched: "唐海川", OCR: true}}
	for _, c := range []struct {
		unread    int
		wantLoose int
	}{{1, 1}, {0, 0}} {
		pp := &people{class: []string{"冉椰林", "唐海川", "邓琼芳", "谭雨桐"}, records: scanned, mentions: []names.Mention{
			mk(8, 1, "唐人", true), mk(8, 2, "邓琼芳", true),
			mk(11, 1, "冉椰林", false), mk(11, 2, "唐海川", false), mk(11, 3, "邓琼芳", false),
			mk(12, 1, "冉椰林", true), mk(12, 2, "唐海川", true), mk(12, 3, "邓琼芳", true),
		}}
		sets := map[int][]string{8: {"唐人", "邓琼芳"}, 11: {"冉椰林", "唐海川", "邓琼芳"}, 12: {"冉椰林", "唐海川", "邓琼芳"}}
		unnamed := map[int]int{8: c.unread}
		_, loose := pairSiblings(pp, sets, unnamed)
		if len(loose) != c.wantLoose {
			t.Errorf("item 8 with %d unread page(s): loose %v, item 8 %v; want %d set aside", c.unread, loose, sets[8], c.wantLoose)
		}
	}
}

// TestMissingByID: heldout110's 介休 机电. The register is typed, every row
// with its 学号; the roster a scan whose names OCR garbled (武芋芋 for
// 武芊芊, 田嘉禾田…), twenty of them unpaired with a record, one record
// short. The roster's 学号 that no record carries names the missing
// student. A record without a readable 学号, or a missing student without
// one on the roster, leaves it unknown.
func TestMissingByID(t *testing.T) {
	t.Parallel()
	rec := func(id, name string) names.Record {
		return names.Record{Name: name, Matched: name, Excerpt: "1 " + id + " " + name + " 7 13 13 33"}
	}
	pp := &people{
		records:   []names.Record{rec("241401270101", "郭若汐"), rec("241401270124", "田嘉禾"), rec("241401270141", "郭锦鹏")},
		rosterIDs: map[string]string{"241401270101": "郭若汐", "241401270124": "田嘉禾田", "241401270141": "郭锦鹏", "241401270142": "武芋芋"},
	}
	missing := []string{"田嘉禾田", "武芋芋"}
	if got := pp.missingByID(missing); !slices.Equal(got, []string{"武芋芋"}) {
		t.Errorf("missing by 学号: %v, want 武芋芋", got)
	}
	pp.records[1].Excerpt = "2 田嘉禾 8 12 14 34"
	if got := pp.missingByID(missing); got != nil {
		t.Errorf("a record without its 学号: %v, want nothing", got)
	}
	pp.records[1] = rec("241401270124", "田嘉禾")
	delete(pp.rosterIDs, "241401270142")
	if got := pp.missingByID(missing); got != nil {
		t.Errorf("a missing student without a 学号: %v, want nothing", got)
	}
}

// TestMissingSettled: heldout123's 永城 机电. The roster, a photographed
// list of 40 with 学号, read 39 names (吕柏霖's garbled past reading), so
// the record of 吕柏霖 stands unpaired and might have been 丁梦瑶's. The
// register, typed, has 39 rows with 学号, none 244101270202 (丁梦瑶's),
// its rows running on from ...0201 to ...0203: she has no record. Not so
// where the register's rows do not show her place, a row was lost, or the
// records are not short of the class by her alone.
func TestMissingSettled(t *testing.T) {
	t.Parallel()
	rec := func(id, name string) names.Record {
		return names.Record{Name: name, Matched: name, Excerpt: "1 " + id + " " + name + " 8 17 30 19 7 81"}
	}
	pp := &people{
		records:   []names.Record{rec("244101270201", "魏舒畅"), rec("244101270203", "任翔宇"), rec("244101270239", "吕柏霖")},
		rosterIDs: map[string]string{"244101270201": "魏舒畅", "244101270202": "丁梦瑶", "244101270203": "任翔宇"},
		roster:    []string{"魏舒畅", "丁梦瑶", "任翔宇"},
		form:      &models.Form{ClassSize: 4},
	}
	missing := []string{"丁梦瑶"}
	if got := pp.missingSettled(missing, missing, 3, 0); !slices.Equal(got, missing) {
		t.Errorf("missingSettled = %v, want 丁梦瑶", got)
	}
	for _, c := range []struct {
		why     string
		absent  []string
		n, lost int
	}{
		{"her place not shown", nil, 3, 0},
		{"a row lost", missing, 3, 1},
		{"records one short of another size", missing, 2, 0},
	} {
		if got := pp.missingSettled(missing, c.absent, c.n, c.lost); got != nil {
			t.Errorf("%s: %v, want nothing", c.why, got)
		}
	}
}

// TestFootLost: a photographed register whose last rows on page 1 OCR left
// as fragments ("50300230，基者所2"), the numbering going on from 24 on page
// 2 (heldout132's 长汀 网络): those rows are there, unread. Without such
// lines after the last record, or with the table's foot there, the numbers
// skipped may be students left out.
func TestFootLost(t *testing.T) {
	class := pplClass(26)
	row := func(i int) string {
		return fmt.Sprintf("%d 2335030102%02d %s %d %d %d %d", i+1, i+1, class[i], 10+i%5, 20+i%5, 30+i%5, 60+3*(i%5))
	}
	page1 := func(tail string) string {
		var b strings.Builder
		b.WriteString("学习任务考核记录表\n序号学号姓名需求分析(15) VLAN规划(25)交换机配置(40)总分\n")
		for i := range 15 {
			b.WriteString(row(i) + "\n")
		}
		return b.String() + tail
	}
	var p2 strings.Builder
	for i := 23; i < 26; i++ {
		p2.WriteString(row(i) + "\n")
	}
	p2.WriteString("评分教师:束文研、黄美琴教务科审核:黄美琴\n")
	for _, c := range []struct {
		name, tail string
		want       int
	}{
		{"fragments at the foot", "0\nse和人\n50300230，基者所2\n02\n", 8},
		{"nothing after the last row", "", 0},
		{"the table's foot after the last row", "评分教师:束文研 2024年12月5日\n", 0},
	} {
		texts := []string{page1(c.tail), p2.String()}
		rs := names.Records(texts)
		var pages []models.Page
		for k, tx := range texts {
			pages = append(pages, models.Page{Number: k + 1, Text: tx, Method: models.MethodOCR})
		}
		for i := range rs {
			rs[i].OCR = true
		}
		if len(rs) != 18 {
			t.Fatalf("%s: %d records, want 18", c.name, len(rs))
		}
		if got := footLost(rs, pages); got != c.want {
			t.Errorf("%s: footLost = %d, want %d", c.name, got, c.want)
		}
	}
}
