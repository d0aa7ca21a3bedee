package names

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// The texts below are Tesseract's (chi_sim, --psm 6) output for generated
// scanned worksheets and homework (corpusgen seed 11), quoted as read.

func TestFromPageOCRNoise(t *testing.T) {
	t.Parallel()
	cases := []fromPageCase{
		// Specks between the colon and a handwritten name read as quotes
		// and commas.
		{"quote before name", "课后作业\n学习任务:螺纹轴的数控车削加工\n姓名:“余思晨\n作业内容", nil, []string{"余思晨/field"}},
		{"comma and quote", "工作页\n学习任务:螺纹轴的数控车削加工\n姓名:，”余思晨\n班级: 2022级数控加工4班", nil, []string{"余思晨/field"}},
		// A handwritten name OCR garbled into no valid name: read as it
		// stands after a name label with its colon; matching decides.
		{"garbled name after label", "课后作业\n学习任务，处方审核与调配\n学生姓名:，昔婷文\n作业内容", nil, []string{"昔婷文/field"}},
		{"garbled two-character name", "工作页\n学习任务:处方审核与调配\n学生姓名:”薪欣\n班级:”2022级中药1班", nil, []string{"薪欣/field"}},
		// The value on the next line, the label's own line ending in specks.
		{"next line after specks", "课后作业\n学习任务:网店促销活动策划\n姓名:，、\n董可人\n作业内容，", []string{"董可"}, []string{"董可/field"}},
		// The label lost entirely: a line that is a class member's name and a speck.
		{"label lost", "课后作业\n学习任务:网店促销活动策划. 0 2\n皇甫炜、，人\n作业内容0，", []string{"皇甫炜", "董可"}, []string{"皇甫炜/text"}},
		// Label lost and one character read as a look-alike: the name is
		// read as it stands, for matching to tell whose it is; a line that
		// is two characters off is no one's.
		{"label lost, look-alike", "工作页\n学习任务:阶梯轴的数控车削加工\n吴宕强\n班级: 2024级数控加工2班", []string{"吴宸强", "丁佳"}, []string{"吴宕强/text"}},
		{"label lost, two off", "工作页\n学习任务:阶梯轴的数控车削加工\n吴宕弱\n班级: 2024级数控加工2班", []string{"吴宸强", "丁佳"}, nil},
		{"label lost, speck read as 人", "课后作业\n学习任务:网店促销活动策划\n蒋刚娟人\n作业内容", []string{"蒋刚娟"}, []string{"蒋刚娟/text"}},
		// An identification table (姓名 学号 班级): the name cell as it
		// stands, even garbled, and the table ends at the first line that
		// is no row, so prose with numbers is not read as rows.
		{"id table garbled name", "0后作业二，\n学习任务;发动机正时皮带更换\n姓名学号新级\n记宕”20220305”2022级汽车维修2班\n作业内容", nil, []string{"记宕/table"}},
		{"id table ends", "课后作业，\n姓名学号、。班级\n刘晓安”20220329”2022级汽车维修2班\n作业内容，\n关键在于拧紧力矩，我用工具车核对了17次。、\n1应当注意配合不默契，所以我们组调整顺序。更换配件后读数为3，", nil, []string{"刘晓安/table"}},
		{"id header without 姓名", "课后作业\n学习任务:散客入住接待\n多学号班级8\n““警上雪20220211，2022级酒店服务3班\n作业内容", nil, []string{"警上雪/table"}},
		{"id header 和名", "。，课后作业，。\n学习任务:压疮的预防照护\n和名，学。班级，\n高上菩”20220027“2022级健康照护2班\n作业内容", nil, []string{"高上菩/table"}},
		{"id header garbled but 姓名", "人作业，0\n学习任务，路由器静态路由配置，\n姓名过号尖和\n韦玉炜20240318，2024级网络应用4班\n作业内容2", nil, []string{"韦玉炜/table"}},
		// An id row whose header OCR lost (LibreOffice worksheet, ImageMagick scan): class, name, number (classIDLineRe).
		{"name before student number", "班级0 -有学号攻B期\n汽修2201班李浩宇220102 2号工人位10月15日\n学习活动二制定作业计划", []string{"李浩宇", "黄俊杰"}, []string{"李浩宇/field"}},
		{"serial, garbled name, number", "课后作业登记与答卷\n序导姓名|学号|。作业题目。|成绩\n1。浊欣230201限流与封站的区别优，\n2。龙俊杰230202限流与封站的区别|良", nil, []string{"浊欣/table", "龙俊杰/table"}},
		{"one-character speck after colon", "2学习成果汇编\n学习任务:压疮的预防照护\n.姓名:六\n高星\n成果名称:健康宣教单(瑞永稿)", nil, []string{"高星/field"}},
		{"speck before the name", "学习成果汇编\n学习任务:压疮的预防照护\n姓名| 0\n上唐博红\n成果名称:”照护记录(锦顺稿)", []string{"唐博红"}, []string{"唐博红/field"}},
		// 完成人 with its 人 read as a caret.
		{"完成人 mangled", "学习成果汇编\n学习任务;场景材质与灯光设置\n完成^:马泽子\n成果名称;成片文件(和营版)", nil, []string{"马泽子/cover"}},
		// A group's division of work names its members, not the page's
		// student: neither 分工 (the header) nor 韦锦丽 is read.
		{"header is no value", "小组分工\n序号”姓名分工\n1 韦锦丽 组长", nil, nil},
		// The same when OCR garbled 分工 in the header: the heading above
		// tells; the member rows are passed over, a field after them is read.
		{"division, header garbled", "小组分工\n序号”姓名站下\n1 .吕子春”资料收集\n2二灶次，方案记录\n4。。麦夸拉”质量检查，\n姓名：周泽梓", nil, []string{"周泽梓/field"}},
	}
	checkFromPage(t, cases)
}

func TestResolveByContext(t *testing.T) {
	t.Parallel()
	class := []string{"马泽宸", "马泽子", "彭宸桂", "罗春志", "覃艳", "谢豪", "宁娟", "蒙曦雪", "蒋菊"}
	m := func(item, page int, name string, ocr bool) Mention {
		return Mention{Item: item, Page: page, Read: Read{Name: name}, OCR: ocr}
	}
	// Twins 马泽宸 and 马泽子 are both among the three; OCR read 宸 as 宕
	// on every scanned page ("马泽宕", "彭宕桂", once "朝宕桂").
	ms := []Mention{
		m(8, 1, "马泽宸", true), m(8, 2, "马泽子", true), m(8, 3, "彭宕桂", true),
		m(11, 1, "马泽宕", true), m(11, 2, "马泽子", true), m(11, 3, "彭宕桂", true),
		m(12, 1, "马泽宕", true), m(12, 2, "马泽子", true), m(12, 3, "朝宕桂", true),
	}
	Resolve(ms, class)
	want := []string{"马泽宸", "马泽子", "彭宸桂", "马泽宸", "马泽子", "彭宸桂", "马泽宸", "马泽子", "彭宸桂"}
	for i := range ms {
		if ms[i].Matched != want[i] {
			t.Errorf("item %d page %d %s → %s, want %s", ms[i].Item, ms[i].Page, ms[i].Name, ms[i].Matched, want[i])
		}
	}
	// Two characters wrong ("莹上雪" for 蒙曦雪): the one student the item lacks.
	ms = []Mention{
		m(8, 1, "宁娟", true), m(8, 2, "莹上雪", true), m(8, 3, "蒋菊", true),
		m(11, 1, "宁娟", false), m(11, 2, "蒙曦雪", false), m(11, 3, "蒋菊", false),
	}
	Resolve(ms, class)
	if ms[1].Matched != "蒙曦雪" || ms[1].Kind != Fuzzy {
		t.Errorf("莹上雪 → %s %v, want 蒙曦雪 fuzzy", ms[1].Matched, ms[1].Kind)
	}
	// A typed name is what it says: never taken for a classmate's.
	ms = []Mention{m(8, 1, "宁娟", false), m(8, 2, "蒙曦云", false), m(11, 2, "蒙曦雪", false)}
	Resolve(ms, class)
	if ms[1].Matched != "蒙曦云" {
		t.Errorf("typed 蒙曦云 → %s, want kept", ms[1].Matched)
	}
	// One scanned name read three ways, once per item: one student.
	// Two variants in one item are two students.
	ms = []Mention{m(8, 2, "陈小玲", true), m(11, 2, "陈小险", true), m(11, 3, "陈小瑜", true)}
	Resolve(ms, nil)
	if ms[1].Matched == ms[2].Matched {
		t.Errorf("variants in one item merged: %s", ms[1].Matched)
	}
	ms = []Mention{m(8, 2, "陈小玲", true), m(11, 2, "陈小险", true), m(12, 2, "陈小瑜", true)}
	Resolve(ms, nil)
	if ms[1].Matched != "陈小玲" || ms[2].Matched != "陈小玲" {
		t.Errorf("variants: %s %s, want 陈小玲", ms[1].Matched, ms[2].Matched)
	}
	// Two-character names keep their surname: "李车" once, "李若" twice.
	ms = []Mention{m(8, 2, "李车", true), m(11, 2, "李若", true), m(12, 2, "李若", true)}
	Resolve(ms, nil)
	if ms[0].Matched != "李若" {
		t.Errorf("李车 → %s, want 李若", ms[0].Matched)
	}
	// Two such names in one item are two students.
	ms = []Mention{m(8, 2, "李车", true), m(8, 3, "李若", true), m(11, 2, "李若", true)}
	Resolve(ms, nil)
	if ms[0].Matched != "李车" {
		t.Errorf("李车 beside 李若 in one item → %s, want kept", ms[0].Matched)
	}
	// A typed read outweighs the scanned records' misreading of the same
	// name: "沈桐安" in the scanned records and item 12, "沈桐宏" typed.
	ms = []Mention{m(8, 3, "沈桐宏", true), m(11, 3, "沈桐宏", false), m(12, 3, "沈桐安", true)}
	ResolveUntrusted(ms, []string{"沈桐安", "蓝婷", "吴梅"})
	if ms[2].Matched != "沈桐宏" {
		t.Errorf("沈桐安 → %s, want 沈桐宏 (typed in item 11)", ms[2].Matched)
	}
	// Without a class list, a speck read as one more character after a
	// name read more often ("董可人" for 董可).
	ms = []Mention{m(8, 1, "董可", true), m(11, 1, "董可", false), m(12, 3, "董可人", true)}
	Resolve(ms, nil)
	if ms[2].Matched != "董可" {
		t.Errorf("董可人 → %s, want 董可", ms[2].Matched)
	}
}

func TestRecordsOCRNoise(t *testing.T) {
	t.Parallel()
	// Tesseract on a scanned item-10 table: the header's cells run
	// together, names garbled ("歼德" for 黎德, "读天人敏" for 凌天敏),
	// one name lost ("2 34 8"), specks between scores.
	page := "序号”姓名过程考核(满分60)终结考核(满分40)总分\n" +
		"12卢程诗42 31 73\n13歼德57 29 86\n20读天人敏51 34 85\n36蔡琴39 32 71\n2 34 8\n32曹秀涵59 . 5 98\n人李恩炜“49 22 0\n" +
		"平均分:80.8\n2的分，251 :\n考核教师，杜振"
	rs := Records([]string{page})
	got := recordNames(rs)
	want := []string{"卢程诗", "歼德", "读天人敏", "蔡琴", "", "曹秀涵", "人李恩炜"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("records %q, want %q", got, want)
	}
	if len(rs[0].Scores) != 2 || rs[0].Total == nil || rs[0].Scores[0].Max != 60 || rs[0].Scores[1].Max != 40 {
		t.Errorf("header cells not split at brackets: %+v", rs[0])
	}
	if !rs[1].Unsure || rs[0].Unsure {
		t.Errorf("Unsure: %v %v", rs[0].Unsure, rs[1].Unsure)
	}
	if !rs[5].Noisy || len(rs[5].Check()) != 0 {
		t.Errorf("a row with specks between its scores is checked: %+v", rs[5])
	}
	roster := []string{"卢程诗", "黎德", "凌天敏", "蔡雨", "叶秋", "张三丰", "李恩炜"}
	MatchRoster(rs, roster, nil)
	got = got[:0]
	for _, r := range rs {
		got = append(got, r.Matched)
	}
	want = []string{"卢程诗", "黎德", "凌天敏", "蔡雨", "", "曹秀涵", "李恩炜"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("matched %q, want %q", got, want)
	}
}

// TestMatchRosterStrayMarks: a record that holds a roster name whole with
// a stray mark or two beside it ("克杨俊梅人", read on a held-out 200-dpi
// scan) is that student's, unless another roster name is in it too or
// another record also holds the name; and a roster name that holds a
// record's name whole, the same way.
func TestMatchRosterStrayMarks(t *testing.T) {
	t.Parallel()
	recs := func(names ...string) []Record {
		var rs []Record
		for _, n := range names {
			rs = append(rs, Record{Name: n, OCR: true})
		}
		return rs
	}
	matched := func(rs []Record) []string {
		var out []string
		for _, r := range rs {
			out = append(out, r.Matched)
		}
		return out
	}
	for _, c := range []struct {
		name   string
		recs   []Record
		roster []string
		want   []string
	}{
		{"marks both sides", recs("陈怡志", "克杨俊梅人", "罗舌人"), []string{"陈怡志", "杨俊梅", "罗磊", "莫海燕"},
			// 罗舌人 is then 罗磊's, the one roster name left like it.
			[]string{"陈怡志", "杨俊梅", "罗磊"}},
		{"two roster names inside", recs("谭丽华人"), []string{"谭丽", "丽华", "王芳"}, []string{"谭丽华人"}},
		{"two records hold it", recs("克杨俊梅人", "杨俊梅了了"), []string{"杨俊梅", "王芳"}, []string{"克杨俊梅人", "杨俊梅了了"}},
		{"the name already has its record", recs("杨俊梅", "克杨俊梅人"), []string{"杨俊梅", "王芳"}, []string{"杨俊梅", "克杨俊梅人"}},
		{"three marks are too many", recs("一二杨俊梅人"), []string{"杨俊梅", "王芳"}, []string{"一二杨俊梅人"}},
		// "罗舌人" is as like 罗磊 as 罗艳磊 until "罗艳舌" pairs with
		// 罗艳磊 (the held-out scan's rows 5 and 26).
		{"a tie undone by a pair", recs("罗舌人", "罗梅人", "罗艳舌", "二阳习后"), []string{"罗磊", "罗梅", "罗艳磊", "莫海燕"},
			[]string{"罗磊", "罗梅", "罗艳磊", "二阳习后"}},
		{"a tie left", recs("罗舌人", "二阳习后"), []string{"罗磊", "罗艳磊"}, []string{"罗舌人", "二阳习后"}},
		// The scanned roster's name holds the record's ("孙超汪汪", its
		// 性别 cell read beside 孙超; heldout35's 武威); not when two
		// roster names hold it, nor a record that is no name.
		{"the roster's marks", recs("孙超", "陈怡志"), []string{"陈怡志", "孙超汪汪", "郭梓荫"}, []string{"孙超汪汪", "陈怡志"}},
		{"two roster names hold it", recs("孙超"), []string{"孙超汪汪", "孙超二二", "郭梓荫"}, []string{"孙超"}},
		{"no name", recs("超汪"), []string{"孙超汪汪", "郭梓荫"}, []string{"超汪"}},
		// A typed record is read as written: a scanned roster's name
		// sharing only its surname with it is another student, its own
		// row lost (heldout43's 毕天佑 and 毕晨阳); one a character off
		// is its reading.
		{"typed: the surname alone", []Record{{Name: "毕天佑"}, {Name: "张博"}}, []string{"张博", "毕晨阳"}, []string{"毕天佑", "张博"}},
		{"typed: a character off", []Record{{Name: "刘晓彤"}, {Name: "张博"}}, []string{"张博", "刘晓形"}, []string{"刘晓形", "张博"}},
		{"scanned: the surname alone", recs("毕天佑", "张博"), []string{"张博", "毕晨阳"}, []string{"毕晨阳", "张博"}},
	} {
		MatchRoster(c.recs, c.roster, nil)
		if got := matched(c.recs); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: matched %q, want %q", c.name, got, c.want)
		}
	}
}

func TestRecordsDigitSlip(t *testing.T) {
	t.Parallel()
	head := "序号 姓名 过程考核(满分60) 终结考核(满分40) 总分\n"
	cases := []struct {
		name             string
		row              string
		ocr, noisy, sure bool
		wantProblem      bool
	}{
		{"OCR dropped the total's last digit", "26 杨浩菊 45 36 8", true, false, false, false},
		{"OCR dropped a score's digit", "22 蓝靖小 42 2 69", true, false, false, false},
		{"typed: a wrong total is wrong", "26 杨浩菊 45 36 8", false, false, false, true},
		// A total that lost digits outright: fewer than the sum's, less
		// than half of it ("…20 38 0" for a total of 96, heldout6).
		{"OCR, sure digits: the total lost its digits", "21 白靖雪 50 32 0", true, false, true, false},
		{"OCR, sure digits: total a digit short of the sum", "21 白靖雪 50 32 8", true, false, true, false},
		{"typed: a total of 0 is wrong", "21 白靖雪 50 32 0", false, false, false, true},
		// A total below one of its own parts ("19" for 79, a 1-bit scan's
		// 7 read 1, heldout89's 如皋 新能源): a misread, not a slip.
		{"OCR, sure digits: the total below a part", "6 朱竹简 50 29 19", true, false, true, false},
		{"typed: a total below a part is wrong", "6 朱竹简 50 29 19", false, false, false, true},
		// Digits OCR was unsure of: a total not the sum is a misread
		// more often than a wrong total (UnsureSum tells the reviewer).
		{"OCR, unsure digits: total off by 10", "9 张伟 50 30 90", true, false, false, false},
		{"OCR, sure digits: total off by 10", "9 张伟 50 30 90", true, false, true, true},
		{"noisy table: sums not checked", "17 黄婷 44 28 92", true, true, false, false},
		{"noisy table: above maximum still", "17 黄婷 66 28 94", true, true, false, true},
		{"OCR: above maximum, total confirms", "17 黄婷 66 28 94", true, false, false, true},
		{"OCR, noisy table: above maximum, total disagrees", "10 东方丹 97 26 63", true, true, false, false},
		{"typed: above maximum, total disagrees", "10 东方丹 97 26 63", false, false, false, true},
		{"OCR: a speck read as a digit", "32 刘锦 38 355 9", true, false, false, false},
		{"OCR: total read as letters, score above maximum", "22龙建梓64 27 Ts", true, true, false, true},
		{"OCR: total read as letters", "22龙建梓54 27 Ts", true, true, false, false},
		// A number lost and a speck read as letters: the total stands in
		// a score's column ("57 92 RN" for 57 35 92), seen on generated
		// scans. Moved one column right, the row is sound.
		{"OCR: a number lost, letters after the total", "13谢梅建57 92 RN", true, true, false, false},
		{"OCR, sure digits: a number lost, letters after the total", "13谢梅建57 92 RN", true, false, true, false},
		{"OCR: letters, no other reading is sound", "13谢梅建97 92 RN", true, true, false, true},
		{"typed: three digits above 40", "32 刘锦 38 355 9", false, false, false, true},
		// Digits OCR read at high confidence are taken as printed.
		{"OCR, noisy table, sure digits: total off by 10", "9 许诗 52 37 99", true, true, true, true},
		{"OCR, noisy table, unsure digits: total off by 10", "9 许诗 52 37 99", true, true, false, false},
		{"OCR, sure digits: total one digit off", "26 杨浩菊 45 36 8", true, false, true, false},
		{"OCR, sure digits: a speck read as a digit", "32 刘锦 38 355 9", true, false, true, false},
		{"OCR, noisy table, sure digits: above maximum, total disagrees", "10 东方丹 97 26 63", true, true, true, true},
		{"OCR, sure digits: sum right", "9 许诗 52 37 89", true, true, true, false},
		// One digit misread ("87" for 37) breaks two rules at once; read
		// otherwise it breaks none: that is the misread, not two errors.
		{"OCR: one misread digit, two rules broken", "20 郑阳峰 47 87 84", true, false, false, false},
		{"OCR, sure digits: two rules broken", "20 郑阳峰 47 87 84", true, false, true, true},
		{"typed: two rules broken", "20 郑阳峰 47 87 84", false, false, false, true},
		{"OCR: one rule broken, a digit would explain it", "13 欧阳德 42 35 82", true, false, false, false},
		{"OCR, sure digits: one rule broken, a digit would explain it", "13 欧阳德 42 35 82", true, false, true, true},
		// A digit read as a Han character glued to the number: no number.
		{"OCR: a digit read as a Han character", "28 陈程飞 52 20 9多", true, false, false, false},
		// Rows OCR vouched for (its second reading of numbers) with a digit
		// read as a Han character beside a number: seen on generated scans.
		{"OCR, sure digits: a digit read as a Han character", "21 区娟勇 38 34 7多", true, false, true, false},
		{"OCR, sure digits: a digit read as a Han character between numbers", "9 谭军轩 36 2全56", true, false, true, false},
		{"OCR, sure digits, noisy table: a digit read as a Han character between numbers", "9 谭军轩 36 2全56", true, true, true, false},
		// Specks read as marks or a character around the serial and the
		// numbers (seen on generated scans): the numbers stand, but only
		// digits OCR vouched for are judged.
		{"OCR, sure digits: specks around serial and score", "人13何丹涛”53 44 97", true, true, true, true},
		{"OCR, unsure digits: specks around serial and score", "人13何丹涛”53 44 97", true, true, false, false},
		{"OCR, sure digits: a comma after the total", "5 苏强 37 43 80，", true, false, true, true},
		// A score has no leading zero: "07" is a digit misread ("30 3基07"
		// for 30 37 67 on a ruled heldout scan), "053" a speck read as 0.
		{"OCR, sure digits: a total with a leading zero", "22 韦丽娟 30 3 07", true, false, true, false},
		{"OCR, sure digits: a score with a leading zero", "21 刘志洋 27 053 80", true, false, true, false},
		{"OCR, sure digits: a zero score", "21 刘志洋 27 0 80", true, false, true, true},
		{"typed: a total with its unit", "3 王芳 45 40 85分", false, false, false, false},
		{"typed: a wrong total with its unit", "3 王芳 45 40 95分", false, false, false, true},
	}
	for _, c := range cases {
		rs := Records([]string{head + c.row})
		if len(rs) != 1 {
			t.Fatalf("%s: %d records", c.name, len(rs))
		}
		rs[0].OCR, rs[0].NoisyTable, rs[0].SureDigits = c.ocr, c.noisy, c.sure
		if got := len(rs[0].Check()) > 0; got != c.wantProblem {
			t.Errorf("%s: problem %v, want %v (%v)", c.name, got, c.wantProblem, rs[0].Check())
		}
	}
}

// TestUnsureSum: a scanned row whose total is not the sum of its scores as
// read, its digits unsure, is no claim but a row for the reviewer (seed 13
// small: "13宋丽41 32 63" for 41 22 63, its 22 read at confidence 41); read
// surely, or adding up, or typed, it is none.
func TestUnsureSum(t *testing.T) {
	t.Parallel()
	head := "学习任务考核记录\n序号 姓名 过程考核(满分60) 终结考核(满分40) 总分\n"
	for _, c := range []struct {
		name      string
		row       string
		ocr, sure bool
		want      bool
	}{
		{"unsure digits, not the sum", "13 宋丽 41 32 63", true, false, true},
		{"sure digits, not the sum: claimed instead", "13 宋丽 41 32 63", true, true, false},
		{"unsure digits, the sum", "13 宋丽 41 22 63", true, false, false},
		{"typed, not the sum: claimed instead", "13 宋丽 41 32 63", false, false, false},
	} {
		rs := Records([]string{head + c.row})
		if len(rs) != 1 {
			t.Fatalf("%s: %d records", c.name, len(rs))
		}
		rs[0].OCR, rs[0].SureDigits = c.ocr, c.sure
		if got := rs[0].UnsureSum(); got != c.want {
			t.Errorf("%s: UnsureSum %v, want %v", c.name, got, c.want)
		}
		if rs[0].UnsureSum() && len(rs[0].Check()) > 0 {
			t.Errorf("%s: claimed %v and told to the reviewer too", c.name, rs[0].Check())
		}
	}
}

func TestUnnamedStarts(t *testing.T) {
	t.Parallel()
	// Item 12 of a scanned submission: page 2 lost its 姓名 label and the
	// name ("有"), pages 1 and 3 name their students.
	pages := []string{
		"课后作业\n学习任务:无线网络的部署与调试\n姓名:韦雨豪\n作业内容0 |\n第]题",
		"。课后作业0\n学习任务，无线网络的部署与调试0\n有\n作业内容\n第1题人",
		"课后作业”:\n.学习任务:无线网络的部署与调试\n.姓名:，杨语敏人Te\n作业内容",
	}
	var ms []Mention
	for i, p := range pages {
		for _, r := range FromPage(p, nil) {
			ms = append(ms, Mention{Item: 12, Page: i + 1, Read: r})
		}
	}
	if got := UnnamedStarts(pages, ms, 12); !reflect.DeepEqual(got, []int{2}) {
		t.Errorf("UnnamedStarts = %v, want [2]", got)
	}
	// Continuation pages repeating a running title are no students: when
	// they outnumber the named pages, none is counted.
	var long []string
	for _, n := range []string{"韦雨豪", "杨语敏"} {
		long = append(long, "课后作业\n学习任务:无线网络的部署与调试\n姓名:"+n+"\n作业内容")
		for k := 0; k < 3; k++ {
			long = append(long, "课后作业\n学习任务:无线网络的部署与调试\n"+strings.Repeat("答：配置端口。\n", 3))
		}
	}
	ms = ms[:0]
	for i, p := range long {
		for _, r := range FromPage(p, nil) {
			ms = append(ms, Mention{Item: 12, Page: i + 1, Read: r})
		}
	}
	if got := UnnamedStarts(long, ms, 12); got != nil {
		t.Errorf("continuation pages counted as students: %v", got)
	}
}

func TestIDTableNotFromFields(t *testing.T) {
	t.Parallel()
	// A filled-in 学号/班级 line is no table header, and a label with a
	// number under an id header is no name.
	cases := map[string][]string{
		"学号：2022001 班级：汽修1班\n日期 20240301\n答：更换机油。": nil,
		"学号 班级\n日期 20240301":                       nil,
	}
	for text, want := range cases {
		if got := names(FromPage(text, nil)); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: got %v, want %v", text, got, want)
		}
	}
}

// TestUnnamedStartNextLineValue: the name written below its label, lost
// on page 2 ("次子"); the printed line after it (成果名称) still follows, so
// page 2 starts a student. A continuation page repeating only the title
// does not.
func TestUnnamedStartNextLineValue(t *testing.T) {
	page := func(name, what string) string {
		return "学习成果汇编\n学习任务:直播间数据复盘\n姓名:\n" + name + "\n成果名称:" + what + "\n成果说明\n成果的页面美观通过企业评价已复测确认。"
	}
	pages := []string{
		page("黎浩敏", "直播脚本"), page("次子", "商品详情页"), page("曾宏", "商品详情页"),
		"学习成果汇编\n学习任务:直播间数据复盘\n附件里是单反相机使用的照片和提升页面美观的数据。\n为了复盘，我们记录了每场直播的数据。",
	}
	var ms []Mention
	for _, p := range []int{1, 3} {
		for _, r := range FromPage(pages[p-1], nil) {
			ms = append(ms, Mention{Item: 11, Page: p, Read: r, Matched: r.Name})
		}
	}
	if got := UnnamedStarts(pages, ms, 11); !reflect.DeepEqual(got, []int{2}) {
		t.Errorf("UnnamedStarts = %v, want [2]", got)
	}
}

func TestUnnamedListRow(t *testing.T) {
	t.Parallel()
	// A typed list of works whose narrow 作者 column wrapped one name over
	// three lines ("欧阳子"/"涵"): the names beside student numbers are read,
	// and the numbered row without one is a student whose name was lost.
	page := "搬运工作站示教编程 学习成果汇编\n序号 成果名称 作者 学号 成果简介\n" +
		"搬运工作站程序及 欧阳子 写了主程序和码垛子程序，两层十二个位置全部用偏移计算，试\n1 20212240\n注释 涵 运行节拍7.2秒。\n" +
		"2 工具坐标标定记录 贝思琪 20212235 记录了四点法标定的四个姿态和误差，误差0.6毫米。\n" +
		"工作站安全操作规 整理了开机、示教、自动运行和关机的安全规程，贴在工作站\n3 明浩 20212215\n程 旁。"
	class := []string{"欧阳子涵", "欧阳子菡", "贝思琪", "贝思齐", "明浩", "盛波"}
	var ms []Mention
	var got []string
	for _, r := range FromPage(page, class) {
		ms = append(ms, Mention{Item: 11, Page: 1, Read: r})
		got = append(got, r.Name)
	}
	if want := []string{"贝思琪", "明浩"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("read %q, want %q", got, want)
	}
	if u := Unidentified([]string{page}, ms, 11); u.Sure != 1 || !reflect.DeepEqual(u.Pages, []int{1}) {
		t.Errorf("Unidentified = %+v, want one student on page 1", u)
	}
	// A worksheet whose student number stands on its own labelled line is
	// no list: nothing unread.
	sheet := "工作页\n姓名：明浩\n学号：20212215\n1 查阅资料 20240301 完成"
	ms = ms[:0]
	for _, r := range FromPage(sheet, class) {
		ms = append(ms, Mention{Item: 8, Page: 1, Read: r})
	}
	if u := Unidentified([]string{sheet}, ms, 8); u.Sure != 0 {
		t.Errorf("worksheet: Unidentified = %+v, want none", u)
	}
}

func TestRecordsInferredTotal(t *testing.T) {
	t.Parallel()
	// OCR garbled the heading 总分 ("感人邹"): the last column adds up the
	// scores in nearly every row, so it is the total; the row where it does
	// not (read surely) is a wrong total, and 67 is above its maximum 60.
	page := "序号姓名过程考核(满分60)终结考核(满分40)感人邹\n1朱宕53 37 90\n2诸葛亮56 32 88\n3王扰54 34 88\n" +
		"4冯建思47 28 75\n5李洛51 21 82\n6谢红67 26 93\n7何涵秀47 . 27 64\n8叶恩欣57 28 85\n9王婷44 22 66\n10罗琳芳42 24 66\n"
	rs := Records([]string{page})
	if len(rs) != 10 {
		t.Fatalf("%d records", len(rs))
	}
	for i := range rs {
		rs[i].OCR, rs[i].SureDigits = true, true
	}
	var bad []string
	for _, r := range rs {
		if len(r.Check()) > 0 {
			bad = append(bad, r.Name)
		}
	}
	if want := []string{"李洛", "谢红", "何涵秀"}; !reflect.DeepEqual(bad, want) {
		t.Errorf("problems in %q, want %q", bad, want)
	}
	// Read unsurely, the speckled row is not checked.
	rs[6].SureDigits = false
	if p := rs[6].Check(); len(p) > 0 {
		t.Errorf("speckled row read unsurely checked: %v", p)
	}
	// A last column that is no total (a rank) stays unchecked.
	rank := "序号姓名过程考核(满分60)终结考核(满分40)排位\n1朱宕53 37 3\n2诸葛亮56 32 1\n3王扰54 34 2\n4冯建思47 28 4\n"
	for _, r := range Records([]string{rank}) {
		if r.Total != nil {
			t.Errorf("%s: rank taken as total %v", r.Name, r.Total.Value)
		}
	}
}

// TestNearMembers: a scanned name read once, garbled beyond one look-alike
// character, is the one class member it is but for one character; with
// two such members, typed, or read twice, it stays as read.
func TestNearMembers(t *testing.T) {
	t.Parallel()
	class := []string{"沈敏英", "陈阳", "周明伟", "覃华鑫", "廖宸", "张浩"}
	m := func(item, page int, name string, ocr bool) Mention {
		return Mention{Item: item, Page: page, Read: Read{Name: name}, OCR: ocr}
	}
	base := []Mention{m(8, 1, "沈敏英", true), m(8, 2, "陈阳", true), m(8, 3, "周明伟", true), m(12, 1, "沈敏英", true), m(12, 2, "陈阳", true)}
	for _, c := range []struct {
		read  string
		ocr   bool
		class []string
		want  string
	}{
		{"草华大", true, class, "覃华鑫"},                // 草 like 覃, 华 the same
		{"草华大", false, class, "草华大"},               // typed: what it says
		{"草华大", true, append(class, "覃华森"), "草华大"}, // two members as near
		{"记宕", true, class, "记宕"},                  // one character alike of two
		{"草华", true, class, "覃华鑫"},                 // one lost, one look-alike
		{"草大", true, class, "草大"},                  // two of three unlike
		{"效思形", true, append(class, "雍思彤"), "雍思彤"}, // 思 the same, 形 like 彤 (heldout15)
	} {
		ms := append(append([]Mention(nil), base...), m(12, 3, c.read, c.ocr))
		Resolve(ms, c.class)
		if got := ms[len(ms)-1].Matched; got != c.want {
			t.Errorf("%s (ocr %v) among %v → %s, want %s", c.read, c.ocr, c.class, got, c.want)
		}
	}
	// Two readings of one name, each near the same member, in other items:
	// one student. Alone, a name read twice near a member may be an
	// outsider's: kept.
	two := []string{"魏华悦", "魏华军", "欧阳宏", "韦宏志"}
	ms := []Mention{m(8, 1, "魏华悦", true), m(8, 3, "欧阳安", true), m(11, 1, "魏华悦", true), m(11, 3, "欧碍宏", true),
		m(12, 1, "魏华悦", true), m(12, 3, "欧阳安", true)}
	ResolveUntrusted(ms, two)
	if ms[1].Matched != "欧阳宏" || ms[3].Matched != "欧阳宏" || ms[5].Matched != "欧阳宏" {
		t.Errorf("欧阳安, 欧碍宏 → %s, %s, want 欧阳宏", ms[1].Matched, ms[3].Matched)
	}
	ms = []Mention{m(8, 1, "魏华悦", true), m(8, 3, "欧阳安", true), m(11, 1, "魏华悦", true), m(11, 3, "欧阳安", true)}
	ResolveUntrusted(ms, two)
	if ms[1].Matched != "欧阳安" {
		t.Errorf("欧阳安 read twice, alone near 欧阳宏 → %s, want kept", ms[1].Matched)
	}
	// Read four times in two items, differing from a member only in the
	// surname ("修一诺" for 侯一诺, heldout13): OCR's misreading of the
	// surname, the member's. Differing in the given name, it stays.
	three := []string{"贾思彤", "侯一诺", "牛若曦", "段子豪"}
	ms = []Mention{m(11, 2, "贾思彤", true), m(11, 5, "修一诺", true), m(11, 6, "修一诺", true), m(11, 8, "牛若曦", true),
		m(12, 1, "贾思彤", true), m(12, 2, "修一诺", true), m(12, 3, "牛若曦", true)}
	Resolve(ms, three)
	if ms[1].Matched != "侯一诺" || ms[5].Matched != "侯一诺" {
		t.Errorf("修一诺 read four times → %s, %s, want 侯一诺", ms[1].Matched, ms[5].Matched)
	}
	// Read twice (items 8 and 12), a garbled name is kept as a name.
	ms = append(append([]Mention(nil), base[:2]...), m(8, 3, "草华大", true), m(12, 1, "沈敏英", true), m(12, 2, "陈阳", true), m(12, 3, "草华大", true))
	Resolve(ms, class)
	if ms[2].Matched != "草华大" {
		t.Errorf("草华大 read twice → %s, want kept", ms[2].Matched)
	}
}

// TestContextContested: the context gives a garbled name the student its
// item lacks, but not when two pages of the item would both be that
// student ("曾申" and "曾侍" in item 8, 曾佳 in items 11 and 12).
func TestContextContested(t *testing.T) {
	t.Parallel()
	class := []string{"曾熙", "曾佳", "刘阳", "蒙杰", "唐雪峰"}
	m := func(item, page int, name string) Mention {
		return Mention{Item: item, Page: page, Read: Read{Name: name}, OCR: true}
	}
	ms := []Mention{m(8, 1, "曾申"), m(8, 2, "曾侍"), m(8, 3, "刘阳"), m(11, 2, "曾佳"), m(11, 3, "刘阳"), m(12, 2, "曾佳"), m(12, 3, "刘阳")}
	Resolve(ms, class)
	if ms[0].Matched == "曾佳" && ms[1].Matched == "曾佳" {
		t.Errorf("曾申 and 曾侍 on two pages of item 8 both taken for 曾佳")
	}
	// A student's second page, the name garbled ("明洗" for 明浩 on page 6,
	// 明浩 on page 5): the one member of that surname and length. A name
	// read alike in three items is a name, though ("莫诺", with 莫馨 on
	// the next page).
	ms = []Mention{m(8, 1, "曾熙"), m(8, 3, "曾佳"), m(8, 5, "明浩"), m(8, 6, "明洗"), m(11, 1, "曾熙"), m(11, 2, "曾佳"), m(11, 3, "明浩")}
	Resolve(ms, append(class, "明浩"))
	if ms[3].Matched != "明浩" {
		t.Errorf("明洗 → %s, want 明浩", ms[3].Matched)
	}
	ms = []Mention{m(8, 1, "莫诺"), m(8, 2, "莫馨"), m(11, 1, "莫诺"), m(11, 2, "莫馨"), m(12, 1, "莫诺"), m(12, 2, "莫馨")}
	ResolveUntrusted(ms, []string{"莫馨", "葛详"})
	if ms[0].Matched != "莫诺" {
		t.Errorf("莫诺 read alike in three items → %s, want kept", ms[0].Matched)
	}
	// One page alone lacking the student: the context tells.
	ms = []Mention{m(8, 1, "曾熙"), m(8, 2, "曾侍"), m(8, 3, "刘阳"), m(11, 1, "曾熙"), m(11, 2, "曾佳"), m(11, 3, "刘阳")}
	Resolve(ms, class)
	if ms[1].Matched != "曾佳" {
		t.Errorf("曾侍 → %s, want 曾佳 (the student item 8 lacks)", ms[1].Matched)
	}
}

// TestRecordsMaximumMisread: OCR read the header's "(满分60)" as
// "(满分50)" (seed 33 of the generated corpora): a score of 52 is no score
// above its maximum unless the maxima were read surely or add up.
func TestRecordsMaximumMisread(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name            string
		head            string
		ocr, sureMaxima bool
		wantProblem     bool
		wantHead        [2]int
	}{
		{"OCR, maxima unsure and adding up to 90", "序号 姓名 过程考核(满分50) 终结考核(满分40) 总分", true, false, false, [2]int{1, 1}},
		{"OCR, maxima read surely", "序号 姓名 过程考核(满分50) 终结考核(满分40) 总分", true, true, true, [2]int{1, 1}},
		{"typed", "序号 姓名 过程考核(满分50) 终结考核(满分40) 总分", false, false, true, [2]int{1, 1}},
		{"OCR, maxima unsure, adding up to 100", "序号 姓名 过程考核(满分50) 终结考核(满分50) 总分", true, false, true, [2]int{1, 1}},
		{"OCR, maxima on the line below", "序号 姓名 过程考核 终结考核 总分\n(满分50) (满分40)", true, false, false, [2]int{1, 2}},
	}
	for _, c := range cases {
		rs := Records([]string{"学习任务考核记录\n" + c.head + "\n1 丁琪兴 52 26 78"})
		if len(rs) != 1 {
			t.Fatalf("%s: %d records", c.name, len(rs))
		}
		if rs[0].HeadPage != 1 || rs[0].HeadLines != c.wantHead {
			t.Errorf("%s: header at page %d lines %v, want page 1 lines %v", c.name, rs[0].HeadPage, rs[0].HeadLines, c.wantHead)
		}
		rs[0].OCR, rs[0].SureDigits, rs[0].SureMaxima = c.ocr, true, c.sureMaxima
		if got := len(rs[0].Check()) > 0; got != c.wantProblem {
			t.Errorf("%s: problem %v, want %v (%v)", c.name, got, c.wantProblem, rs[0].Check())
		}
	}
}

func TestRecordsSpecks(t *testing.T) {
	t.Parallel()
	// OCR's reading of a scanned table: specks before the headings, before
	// a serial number and before a score.
	text := "”序号”姓名。过程考核(满分60)。终结考核(满分40)总分.\n人13何丹涛”53 44 97\n"
	rs := Records([]string{text})
	if len(rs) != 1 {
		t.Fatalf("%d records, want 1: %+v", len(rs), rs)
	}
	r := rs[0]
	if r.Name != "何丹涛" || r.Excerpt != "人13何丹涛”53 44 97" {
		t.Errorf("name %q excerpt %q, want 何丹涛 and the line as read", r.Name, r.Excerpt)
	}
	if len(r.Scores) != 2 || r.Scores[1].Column != "终结考核(满分40)" || r.Scores[1].Value != 44 || r.Total == nil || r.Total.Value != 97 {
		t.Errorf("scores %+v total %+v", r.Scores, r.Total)
	}
	if n, ok := LeadingNumber(r.Excerpt); !ok || n != 13 {
		t.Errorf("LeadingNumber = %d, %v; want 13", n, ok)
	}
	if n, ok := LeadingNumber("第1组张三 40 2"); ok {
		t.Errorf("LeadingNumber of an ordinal = %d, want none", n)
	}
}

func TestRecordsShort(t *testing.T) {
	t.Parallel()
	head := "序号 姓名 过程考核(满分60) 终结考核(满分40) 总分\n"
	for row, want := range map[string]bool{
		"27下用上0 92.":      true, // 27 韦胜 56 36 92: digits read as Han characters
		"26 邓胜洋 50 30 80": false,
		"25 诸葛秋 48 2 71":  false, // a digit lost, the number still there
		"24 丁沐 39 27":     true,
	} {
		rs := Records([]string{head + row})
		if len(rs) != 1 || rs[0].Short != want {
			t.Errorf("%q: %+v, want Short %v", row, rs, want)
		}
	}
}

func TestSureName(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]bool{
		"课后作业\n姓名：郭子婷\n作业内容":               true,
		"课后作业\n人\n人明\n作业内容":                false, // label and name lost
		"姓名 学号 班级\n，雇寡。20220305 2022级汽修2班": false, // a garbled table cell
		"课后作业\n作业内容\n第1题":                  false,
	} {
		if got := SureName(text, nil); got != want {
			t.Errorf("%q: sure %v, want %v (%+v)", text, got, want, FromPage(text, nil))
		}
	}
}

// TestClaimUnexplained: in a scanned table whose other rows add up, a row
// read unsurely whose total no single misread digit explains is claimed
// (heldout64's 魏梓萌, 8 over the sum); a row one digit explains ("1" for
// 11) is not, nor is any row of a table where rows often fail to add up.
func TestClaimUnexplained(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("序号 学号 姓名 出勤(10) 刀工(15) 卫生(15) 色泽(20) 口味(25) 造型(15) 总分\n")
	for i, n := range []string{"张尚全", "刘宇益", "张欣瑜", "于瑞雪", "刘兆丰", "徐思源", "杨昕怡", "王柏霖", "宋楚洱", "张依诺",
		"刘晓琪", "齐锦轩", "张冰洁", "李妙可", "刘晨轩", "王庆林", "刘悦彤", "王沐辰", "于书瑶", "齐浩楠",
		"刘佳宁", "王翔宇", "李舒畅", "张翰林", "孙博涛", "魏冠宇", "杨世杰"} {
		v := []int{6 + i%4, 9 + i%6, 9 + i%5, 13 + i%7, 15 + i%9, 9 + i%6}
		fmt.Fprintf(&b, "%d 2412050102%02d %s %d %d %d %d %d %d %d\n", i+1, i+1, n, v[0], v[1], v[2], v[3], v[4], v[5], v[0]+v[1]+v[2]+v[3]+v[4]+v[5])
	}
	b.WriteString("28 241205010230 魏梓萌 9 10 11 17 16 10 81\n") // 73: nothing explains 81
	b.WriteString("29 241205010231 程浩宇 8 14 1 12 16 12 73\n")  // 1 for 11
	b.WriteString("30 241205010232 李雪晴 7 10 11 2 18 9 72\n")   // a 17 garbled to 2: far below its column
	run := func(text string) []Record {
		rs := Records([]string{text})
		for i := range rs {
			rs[i].OCR = true
		}
		ClaimUnexplained(rs)
		return rs
	}
	rs := run(b.String())
	if len(rs) != 30 {
		t.Fatalf("%d records", len(rs))
	}
	if p := rs[27].Check(); len(p) != 1 || !strings.Contains(p[0], "总分81不等于各项之和73") {
		t.Errorf("魏梓萌: %v", p)
	}
	if p := rs[28].Check(); len(p) != 0 {
		t.Errorf("程浩宇: %v", p)
	}
	if p := rs[29].Check(); len(p) != 0 {
		t.Errorf("李雪晴: %v", p)
	}
	// Five rows of thirty that do not add up: the table's digits are
	// in doubt, no row is claimed.
	noisy := strings.Replace(strings.Replace(b.String(), "6 9 9 13 15 9 61", "6 9 9 13 15 9 71", 1), "7 10 10 14 16 10 67", "7 10 10 14 16 10 57", 1)
	if p := run(noisy)[27].Check(); len(p) != 0 {
		t.Errorf("noisy table, 魏梓萌: %v", p)
	}
}

// TestStageRegisterVerifiedRow: a 1-bit stage register as OCR read it
// (heldout144's 新化 网络): each stage two parts and a 小计, the 总评 their
// sum; OCR glued the second stage's 小计 to the third's first heading
// behind a stray quote ("”小计连通测试(20)"), read 7 as 了 on eleven rows
// and 11 as 1 on two. 谢资远's every stage adds up to its 小计 and the 总评
// 85 is not their sum 79: his row is claimed though only 21 of the 24
// checked rows add up; the rows an 11 read 1 spoils are not. With one of
// his 小计 not agreeing, the row proves nothing more than the table does,
// and nothing is claimed.
func TestStageRegisterVerifiedRow(t *testing.T) {
	t.Parallel()
	pages := []string{
		"学习任务考核记录表(分阶段)\n新化县紫药界技工学校”班级:网络2401班”课程:小型办公网络组建与维护\n学习任务:数码文印店无线网络与共享打印组建调坛”考核日期: 2024年10月了日\n序号学号姓名阶段一”现场勘察与规划阶段二”组网与共享配置阶段三”测试与验收交付总评\n勘察记录(10)地址规划(10)小计布线与连接(15)共享配置(25)”小计连通测试(20)验收交付(20)小计\n1 202403010101罗修远9 7 16 1 18 29 15 16 31 76\n2 202403010102肖家明9 7 16 14 19 33 15 14 29 78\n3 202403010103曾怀远8 8 16 10 21 31 16 14 30 77\n4 202403010104曾子黑了6 13 13 24 37 17 14 31 81\n5 202403010105袁明哲了9 16 10 20 30 17 16 33 79\n6 202403010106刘泓蹇了7 14 9 23 32 18 15 33 79\n了202403010107苏婷7 8 15 12 18 30 17 15 32 77\n8 202403010108肖钧豪9 8 17 11 20 31 16 16 32 80\n9 202403010109奉琳9 8 17 11 23 34 13 15 28 79\n10 202403010110奉泽宇9 6 15 10 23 33 14 15 29 77\n11 202403010111苏佳琪9 8 17 10 23 33 14 12 26 76\n12 202403010112邓晟轩了了14 11 20 31 16 16 32 77\n13 202403010113肖承宇9了16 11 18 29 19 14 33 78\n14 202403010114颜晓雪7 9 16 9 22 31 19 16 35 82\n15 202403010115乌海峰了6 13 13 23 36 14 14 28 77\n16 202403010116曾晨希了9 16 11 22 33 16 19 35 84\n17 202403010117乌语晨8 9 17 13 20 33 15 17 32 82\n18 202403010118曼若形9 9 18 12 21 33 16 14 30 81\n19 202403010119曾沐晴9 8 17 9 22 31 16 18 34 82\n20 202403010120苏奕霖8 6 14 11 21 32 16 14 30 76\n21 202403010121伍俊黑7了14 9 24 33 14 19 33 80\n22 202403010122肖峻岭了10 17 14 16 30 19 17 36 83\n23 202403010123奉昊天9 7 16 12 18 30 13 15 28 74\n24 202403010124伍亦菲7 8 15 11 23 34 19 14 33 82\n25 202403010125肖欣然了8 15 12 21 33 13 16 29 77\n26 202403010126肖凯瑞了10 17 13 19 32 16 19 35 84\n27 202403010127谢资远8 8 16 13 20 33 15 15 30 85\n28 202403010128肖收琪8 9 17 10 18 28 14 14 28 73\n",
		"29 202403010129肖心怡8了15 14 23 37 19 16 35 87\n30 202403010130曾博8了15 10 20 30 14 18 32 77\n31 202403010131邓楚瑶8 9 17 11 21 32 13 15 28 77\n32 202403010132曾铭轩6 8 14 12 21 33 16 13 29 76\n33 202403010133谢思源了9 16 11 18 29 17 15 32 77\n34 202403010134谢安然8 8 16 12 19 31 15 16 31 78\n35 202403010135邹文帮10 8 18 14 22 36 15 14 29 83\n36 202403010136谢宇轩9 8 17 1 19 30 18 15 33 80\n37 202403010137苏耀文8 9 17 14 20 34 18 18 36 87\n38 202403010138曾靖宇了9 16 12 22 34 18 18 36 86\n39 202403010139伍害哲9 8 17 12 22 34 13 18 31 82\n说明:各阶段小计为本阶段两项得分之和，总评三阶段一小计十阶段二小计十阶段三小计(满分100)。共39人。\n评分教师:邹立新、肖卫平教务科审核:肖卫平\n",
	}
	got := ocrClaims(pages...)
	if len(got) != 1 || len(got["谢资远"]) != 1 || !strings.Contains(got["谢资远"][0], "总分85不等于各项之和79") {
		t.Errorf("claims %v, want 谢资远's alone", got)
	}
	unverified := slices.Clone(pages)
	unverified[0] = strings.Replace(unverified[0], "谢资远8 8 16 13 20 33", "谢资远8 8 17 13 20 33", 1)
	if got := ocrClaims(unverified...); len(got) != 0 {
		t.Errorf("a 小计 not agreeing: claims %v, want none", got)
	}
}

// TestPaperColumnSpeckOver: a 1-bit register as OCR read it (heldout142's
// 抚松 中药): 试卷 (A or B, the paper sat) glued to the first score's
// heading ("试卷理论(40)"), and 鞠振华's 56 under 实操(50) read 526. 试卷 is
// a heading of its own, and 526 read without one of its digits makes the
// row add up only as 56, above its maximum: claimed, and no other row. The
// same speck in a score within its maximum (46 read 426, total 91) is
// passed over.
func TestPaperColumnSpeckOver(t *testing.T) {
	t.Parallel()
	page := "学习任务考核成绩登记表\n抚松县参乡技工学校”班级:中药2401班”课程:中药材产地加工技术\n学习任务:林下参鲜参刷洗分级与生晒参加工”考核日期: 2024年11月4日\n序号学号姓名试卷理论(40)实操(50)平时(10)总分\n1 2407130101王承轴和A 38 38 9 85\n2 2407130102隋俊宇B 28 39 7 74\n3 2407130103金雨菲A 32 32 8 72\n4 2407130104关子龙了29 32 9 70\n5 2407130105鞠振华A 37 526 8 101\n6 2407130106鞠晓峰了32 38 8 78\n7 2407130107王苗苗人A 34 36 7 77\n8 2407130108宫一鸣了B 32 48 9 89\n9 2407130109孙宇飞A 35 39 9 83\n10 2407130110于琳琳了B 38 46 7 91\n1 2407130111王雯静A 30 35 8 73\n12 2407130112刘颍琪了36 39 7 82\n13 2407130113姜伟豪A 27 33 9 69\n14 2407130114赵条莹了B 38 46 6 90\n15 2407130115曲天宇A 28 33 8 69\n16 2407130116于海峰了B 28 39 8 75\n17 2407130117姜家铭A 33 40 8 81\n18 2407130118姜朝阳B 25 47 8 80\n19 2407130119杨晓慧A 37 37 7 81\n20 2407130120刘瑶瑶B 38 39 7 84\n21 2407130121孙书涵A 38 47 7 92\n22 2407130122张晓玲也38 33 7 78\n23 2407130123赵永健A 27 46 8 81\n24 2407130124于梓详了B 32 43 7 82\n25 2407130125于倩傅人A 26 32 7 65\n26 2407130126王怡婷也33 32 6 71\n27 2407130127隋梓窒A 28 31 6 65\n28 2407130128杨巷巷了B 27 33 7 067\n29 2407130129赵勇A 36 42 6 84\n30 2407130130徐兴旺B 26 37 8 71\n31 2407130131李钰琪人31 40 9 80\n32 2407130132于月婷了33 35 7 75\n33 2407130133于萍A 38 40 9 87\n34 2407130134姜子蹇B 37 45 8 90\n35 2407130135杨雪婷A 35 36 7 78\n36 2407130136张建国了30 34 7 71\n说明:理论考试分A、B两套试卷，相邻座位不同卷，两卷难度相同;实操为鲜参刷洗分级与生栖参加工现场操作。\n评分教师:姜秀云、于洪涛教务科审核:于洪涛\n"
	got := ocrClaims(page)
	if len(got) != 1 || len(got["鞠振华"]) != 1 || !strings.Contains(got["鞠振华"][0], "“实操(50)”得分56超过满分50") {
		t.Errorf("claims %v, want 鞠振华's 56 alone", got)
	}
	within := strings.Replace(page, "鞠振华A 37 526 8 101", "鞠振华A 37 426 8 91", 1)
	if got := ocrClaims(within); len(got) != 0 {
		t.Errorf("46 read 426: claims %v, want none", got)
	}
}

// TestRulesToTheName: a photographed register whose rules OCR read as
// "|" up to the name only, the scores after it in the name's cell ("4 |‖
// 20240529104 |钟依诺10 27 34 13 84", heldout141's 霞浦 照护, its foot
// garbled under an oximeter): the scores are the row's, and 钟依诺's 34
// under 用药提醒(30) is claimed, no other row.
func TestRulesToTheName(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录2\n起浦县松城技工学校。班级:照护2401班”课程:居家老年人生活照护\n学习任务:海岛渔村独居老人居家助餐与用药提醒服务。考核日期: 2024年12月5日9\n序号学号姓名，沟通评估(15)。”助餐操作(35)用药提醒(30)人文关怀(20)”总分\n1 | 20240529101 |蔡明远12 29 23 15 79\n2“| 20240529102 |林梓哺11 23 24 18 76\n3 | 20240529103 |林奖霖11 29 24 16 80\n4 |‖ 20240529104 |钟依诺10 27 34 13 84\n5“| 20240529105 |郑一庄14 30 25 14 83\n6 | 20240529106 |叶子里13 32 23 18 86\n7 | 20240529107 |经帆14 24 23 13 74\n8 |) 20240529108 |吴乐莹12 29 23坊79\n9 |‖ 20240529109 |林嘉乐12 24 28 17 81\n10 ‖ 20240529110 |吴俊村14 26 23 14 77\n11 20240529111 ‖蓝悦11 23 21 15 70\n12 20240529112，钟凯瑞二27 24 15 79\n13 | 20240529113 |黄瑞泽14 31 25 18 88\n14 | 20240529114 |吴子害11 32 22 13 78\n15 | 20240529115 |林思齐12 24 27 17 80\n16 | 20240529116 |陈晨竹14 24 20 13 71\n17 | 20240529117 |叶沭阳13 26 26 14 79\n18 | 20240529118。叶涛13 29 23 14人:|\n19 | 20240529119，郑宇泽14 27 25 17 83\n20，20240529120，叶承宇9 29 26 16 80\n21 | 20240529121，蔡文博10 32 19 13 74 5\n22，20240529122，林天个10 26 25 19 80 3\n23”20240529123，雷晓琳10 32 25 14 81 0人\n24，20240529124”叶佳怡11 29 22 17 79 |\n25，20240529125”郑嘉明9 29 23 13 74本\n26 20240529126。叶语彤9 2 23 16 T0 .|\n27，20240529127”黄瑾瑜13 33 25 14 85\n28”20240529128”钟雅芯10 26 22 15村江人史\n29”20240529129”林亦菲1 2 28 15二全\n30”20240529130”吴恒宇13 26 27 5\n31 20240529131”钟锦涛14 26 19本硬全\n32”20240529132。”阮舒通13 26 19 1\n33”20240529133”黄伟航10 29 27二省贡二和届加四\n34“20240529134缪雨晴12 22 23. |\n0 |\n下2020052906，攻过14\n几二ENT和\n区全全和秆和汕信全半生\nBA加全\n"
	got := ocrClaims(page)
	if len(got) != 1 || len(got["钟依诺"]) != 1 || !strings.Contains(got["钟依诺"][0], "“用药提醒(30)”得分34超过满分30") {
		t.Errorf("claims %v, want 钟依诺's 34 alone", got)
	}
}

// TestGarbledMaximaFoot: a register whose headings OCR ran together with
// no maxima, the maxima in a 配分 row at the foot, its last number garbled
// ("配分15 20 20 20 15 1L05二100", heldout142's 龙州 机电, 200 dpi gray):
// five maxima read and the total 100 leave 10 for the sixth, and 蒙宇杰's 26
// under the third (20) is claimed, no other row. Without the foot row no
// maximum is known and nothing is claimed.
func TestGarbledMaximaFoot(t *testing.T) {
	t.Parallel()
	page := "学习任务考核成绩汇总表\n龙州县边城技工学校”班级:机电2401班课程:机电设备电气控制装调\n学习任务:甘蔗压榨输送带变频调速控制系统安装与调试”考核日期: 2024年12月5日\n序号学号姓名识图与选型安装工艺接线工艺参数设置调试运行6S”总分\n1 2401270101闭芷若12 17 15 15 11 7 77\n2 2401270102梁海峰12 18 15 17 12 8 82\n3 2401270103覃奕池10 16 16 13 14 9 78\n4 2401270104马月婷13 14 17 18 12 9 83\n5 2401270105苏承恩14 14 15 13 12 8 76\n6 2401270106冯瑶瑶12 15 15 14 14 8 78\n7 2401270107韦静和雪14 15 15 14 11 7 76\n8 2401270108韦欣十11 15 18 15 12 8 79\n9 2401270109陆云飞14 18 17 18 11 9 87\n10 2401270110苏成龙11 13 16 14 14 9 77\n38 2401270138蒙宇杰10 13 26 15 10 8 82\n配分15 20 20 20 15 1L05二100\n评分教师:苏建勋、冯丽芳教务科审核:马明锋\n"
	got := ocrClaims(page)
	if len(got) != 1 || len(got["蒙宇杰"]) != 1 || !strings.Contains(got["蒙宇杰"][0], "得分26超过满分20") {
		t.Errorf("claims %v, want 蒙宇杰's 26 alone", got)
	}
	if got := ocrClaims(strings.Replace(page, "配分15 20 20 20 15 1L05二100\n", "", 1)); len(got) != 0 {
		t.Errorf("no foot row: claims %v, want none", got)
	}
}

// TestEdgeSpeckAfterTotal: a 1-bit register in examination order (time,
// workstation, 学号, name: heldout147's 兴化 网络) whose last rows OCR read
// with a speck off the table's right rule glued to the total ("]1:00 W02
// 2403010134薪屋霖16 41 19 13 89人", a coil of solder wire against the
// rule): 89 stands, since one more digit would take it past the maxima's
// 100, and 41 under 配置(35) is claimed, no other row.
func TestEdgeSpeckAfterTotal(t *testing.T) {
	t.Parallel()
	page := "学习任务技能考核记录表\n兴化市志田技工学校”班级:网络2401班”学习任务:干吉景区游客服务中心无线覆盖与视频监控网络部署\n考核地点:网络综合布线实训室”考核日期: 2024年12月9日考评员:解立新、陆晓庆，”巡考:翟文试\n考核时间工位学号姓名布线(25)配置(35)测试(25)文档(15)总分\n08:30 W01 2403010103徐志航20 24 24 13 81\n08:30 WO02 2403010109徐雨桐21 33 16 13 83\n08:30 W03 2403010130邹天字17 25 18 13 73\n08:30 W04 2403010107朱雅营24 30 18 10 82\n08:30 W05 2403010131吴子谦18 24 20 12 74\n08:30 W06 2403010122李俊搬16 24 23 13 76\n08:30 WO07 2403010105顾佳怡16 32 19 11 78\n08:30 WO08 2403010117夏靖宇22 30 19 ] 82\n08:30 W09 2403010116陈明索20 32 22 10 84\n08:30 W10 2403010129邹语汐16 26 18 13 73\n09:20 W01 2403010123储若涵21 23 19 12 75\n09:20 WO02 2403010108张晓雅20 25 21 11 77\n09:20 W03 2403010125张景程24 26 20 13 83\n09:20 W04 2403010115缪记宇18 32 20 12 82\n09:20 W05 2403010106笑益18 26 20 13 77\n09:20 W06 2403010135周婧琪17 32 23 10 82\n09:20 W07 2403010121般安然21 25 16 14 76\n09:20 W08 2403010104周清妍18 27 21 12 78\n09:20 W09 2403010136储紫嫣23 33 19 10 85\n09:20 W10 2403010118储浩天23 23 19 10 75\n10:10 W01 2403010127袁文昊23 24 22 12 81\n10:10 WO02 2403010112刘子默21 31 18 10 80\n10:10 WO03 2403010137邓语桐22 29 19 10 80\n10:10 W04 2403010113夏沐睛17 27 21 11 76\n10:10 W05 2403010101段宇搬16 27 17 13 73\n10:10 W06 2403010102储家骏21 28 16 13 78\n10:10 WO07 2403010124沈凯瑞19 31 22 10 82\n10:10 W08 2403010128王欣冉18 28 16 10 72\n10:10 W09 2403010132息佳琳22 22 18 10 72\n10:10 W10 2403010114周楷瑞23 30 22 13 88\n11:00 W01 2403010111纪悦溪17 31 19 11 78和傅\n]1:00 W02 2403010134薪屋霖16 41 19 13 89人\n11:00 WO03 2403010133刘一冉20 25 21 11 77习\n11:00 WO04 2403010110纪美琳22 26 17 1 76\n11:00 W05 2403010126刘伟寄20 29 18 12 79\n11:00 W06 2403010119李卑天21 24 18 11 74\n11:00 WO07 2403010120徐心语22 23 18 14 77 |\n说明:按抽签顺序分四场考核，每场十个工位。\n评分教师:解立新、陆晓庆教务科审核:翟文斌\n"
	got := ocrClaims(page)
	if len(got) != 1 || len(got["薪屋霖"]) != 1 || !strings.Contains(got["薪屋霖"][0], "“配置(35)”得分41超过满分35") {
		t.Errorf("claims %v, want 薪屋霖's 41 alone", got)
	}
}

// ocrClaims reads a scanned register's pages (OCR set on every record,
// ClaimUnexplained run) and returns each claimed row's Check by name.
func ocrClaims(pages ...string) map[string][]string {
	rs := Records(pages)
	for i := range rs {
		rs[i].OCR = true
	}
	ClaimUnexplained(rs)
	out := map[string][]string{}
	for _, r := range rs {
		if p := r.Check(); len(p) > 0 {
			out[r.Name] = p
		}
	}
	return out
}

// TestLostCellRow: a photographed register whose OCR lost one score of a
// row ("龚立伟18 18 26 12 87": the 7 under 安全防护(10) gone, heldout150's
// 桑植 新能源). The numbers left fit their headings only with the first
// cell lost, and no value of it up to 10 makes 87: claimed, the lost cell
// named. A row whose lost cell could make it add up (覃嘉欣, 9 16 28 10
// with 17 under 电压采集 lost: 80) is not, nor a row read unsurely, nor one
// whose numbers fit several placings some of which add up, nor one with a
// number far below its column's range over the rows that add up (宫俊敬's
// "1 1", an 11 read apart: more than one cell lost, heldout135's 洮南 机电).
func TestLostCellRow(t *testing.T) {
	t.Parallel()
	page := "学习任务考核成绩表\n序号学号姓名安全防护(10)电压采集(20)压差分析(25)均衡维护(30)记录整理(15)总分\n" +
		"1 202404350101覃知远9 14 18 21 11 73\n2 202404350102熊卑宇8 17 18 28 11 82\n3 202404350103唐思齐8 14 20 25 10 77\n" +
		"4 202404350113覃嘉欣9 16 28 10 80\n5 202404350119龚立伟18 18 26 12 87\n6 202404350120龚文博9 16 22 25 12 84\n" +
		"7 202404350121刘沛文8 17 23 27 12 87\n8 202404350122向若琳8 16 18 26 12 80\n9 202404350123宫俊敬15 1 1 12 78\n"
	rs := Records([]string{page})
	if len(rs) != 9 {
		t.Fatalf("read %v", recordNames(rs))
	}
	for i := range rs {
		rs[i].OCR, rs[i].SureDigits = true, true
		got := rs[i].Check()
		if bad := len(got) > 0; bad != (rs[i].Name == "龚立伟") {
			t.Errorf("%s: %v", rs[i].Name, got)
		}
		if rs[i].Name == "龚立伟" && (len(got) != 1 || !strings.Contains(got[0], "安全防护") || !strings.Contains(got[0], "74")) {
			t.Errorf("message %v", got)
		}
	}
	rs[4].SureDigits = false
	if got := rs[4].Check(); len(got) > 0 {
		t.Errorf("read unsurely: %v", got)
	}
	// Every cell within 20: 18 18 17 16 under maxima of 20 fit with any
	// of the five lost, and 20 in the lost one makes 89.
	even := "序号姓名操作一(20)操作二(20)操作三(20)操作四(20)操作五(20)总分\n1朱小宛18 18 17 16 15 84\n2姚远18 18 17 16 89\n"
	for _, r := range Records([]string{even}) {
		r.OCR, r.SureDigits = true, true
		if got := r.Check(); len(got) > 0 {
			t.Errorf("%s: %v", r.Name, got)
		}
	}
}

// A register whose practical score is a raw one times the difficulty of
// the fault each student drew, capped (heldout156's 特克斯 新能源): a text
// cell, a coefficient and the raw score stand between the theory score
// and the converted one, and only theory, converted and safety make the
// total. OCR glues the unbracketed headings to the next ("抽到故障难度系数
// 实操原始分(60)") and reads the cap's sign as anything ("(乏60)").
func TestDifficultyCoefficientRegister(t *testing.T) {
	t.Parallel()
	rows := "1 2360001101林晓川24 B接触器触点粘连1.1 50 55 9 88\n" +
		"2 2360001102孟雨桐26 A熔断器熔断1.0 48 48 8 82\n" +
		"3 2360001103钱立恒33 C控制回路断线1.2 45 54 7 94\n" +
		"4 2360001104欧阳可22 C控制回路断线1.2 52 60 9 91\n" +
		"5 2360001105谢雨辰25 B接触器触点粘连1.1 40 44 10 79\n" +
		"6 2360001106卢思源27 A熔断器熔断1.0 46 46 9 82\n"
	for _, head := range []string{
		"序号学号姓名理论(30)抽到故障难度系数实操原始分(60)实操折算分(乏60)安全规范(10)总分\n",
		"序号 学号 姓名 理论(30) 抽到故障 难度系数 实操原始分(60) 实操折算分(≤60) 安全规范(10) 总分\n",
	} {
		got := wantOneOver(t, "学习任务考核成绩登记表\n"+head+rows, 6, 3, "钱立恒")
		if len(got) != 1 || !strings.Contains(got[0], "理论") || !strings.Contains(got[0], "33") {
			t.Errorf("message %v", got)
		}
	}
}

// wantOneOver reads a scanned register page of n rows, each with scores
// parts and its sum checked, and wants only the row of who claimed, its
// messages returned.
func wantOneOver(t *testing.T, page string, n, parts int, who string) []string {
	t.Helper()
	rs := Records([]string{page})
	if len(rs) != n {
		t.Fatalf("read %v", recordNames(rs))
	}
	var out []string
	for i := range rs {
		rs[i].OCR, rs[i].SureDigits = true, true
		got := rs[i].Check()
		if bad := len(got) > 0; bad != (rs[i].Name == who) {
			t.Errorf("%s: %v", rs[i].Name, got)
		}
		if rs[i].Name == who {
			out = got
		}
		if !rs[i].SumChecked || len(rs[i].Scores) != parts {
			t.Errorf("%s: scores %+v, sum checked %v", rs[i].Name, rs[i].Scores, rs[i].SumChecked)
		}
	}
	return out
}

// The last row of a register, skewed on a 1-bit scan, read as Latin junk
// with the signatures under it (heldout159's 罗定 烹饪, its 44th row read
// "oasotoz4，| ww hero"): a row lost, so that a count one short is no
// evidence. A stamp or speck read as marks or as Han characters, or junk
// that no signature follows, is no row.
func TestLastRowGarbled(t *testing.T) {
	t.Parallel()
	head := "学习任务考核成绩表\n序号 学号 姓名 备料(15) 刀工(15) 调味(25) 火候(25) 装盘(10) 卫生(10) 总分\n" +
		"1 2415990201冯南舟11 13 21 19 7 6 77\n2 2415990202彭瀚文11 9 16 20 8 9 73\n" +
		"3 2415990203梁佩云10 9 16 19 6 9 69\n4 2415990204欧初阳12 14 17 23 7 9 82\n" +
		"5 2415990205李婉如13 11 18 15 8 8 73\n"
	for _, c := range []struct {
		tail  string
		marks int
	}{
		{"oasotoz4，| ww hero\n出品评分:厨师长罗炳文\n评分教师:梁伟明、彭少华教务科审核:彭少华\n", 1},
		{"oasotoz4，| ww hero\n评分教师:梁伟明\n", 1},
		{"oasotoz4，| ww hero\n出品评分:厨师长罗炳文\n实训室:三楼西\n评分教师:梁伟明\n", 0},
		{"。，\n评分教师:梁伟明\n", 0},
		{"教务处ab12cd\n评分教师:梁伟明\n", 0},
		{"www 2024\n", 0},
	} {
		page := head + c.tail
		rs, _, marks := RecordsJunkMarks([]string{page})
		if len(rs) != 5 || marks != c.marks {
			t.Errorf("%q: %d records, %d marks; want 5, %d", c.tail, len(rs), marks, c.marks)
		}
	}
	// The header lost too ("FS"), the rows counted by their student
	// numbers; the last row's junk atop the next page.
	rows := strings.Join(strings.Split(head, "\n")[2:], "\n")
	for _, c := range []struct {
		pages []string
		marks int
	}{
		{[]string{"学习任务考核成绩表\nFS\n" + rows + "oasotoz4，| ww hero\n评分教师:梁伟明\n"}, 1},
		{[]string{"学习任务考核成绩表\nFS\n" + rows, "oasotoz4，| ww hero\n出品评分:厨师长罗炳文\n评分教师:梁伟明\n"}, 1},
		{[]string{"学习任务考核成绩表\nFS\n" + rows + "评分教师:梁伟明\n"}, 0},
	} {
		rs, _, marks := RecordsJunkMarks(c.pages)
		if len(rs) != 5 || marks != c.marks {
			t.Errorf("%q: %d records, %d marks; want 5, %d", c.pages, len(rs), marks, c.marks)
		}
	}
}

// A rate among the scores, in percent and recorded only (heldout160's 城口
// 烹饪: "净料率(%)", OCR "净料率(2%0)", its cells "75.8", "609.3" for
// 69.3%): a figure, no score, and its percent sign weighs nothing, so the
// total is the plain sum of the rest.
func TestRateColumnNoScore(t *testing.T) {
	t.Parallel()
	rows := "1 24059903001冉诗雨9 15 69.3 18 28 8 78\n" +
		"2 24059903002蒲天朗8 13 75.8 15 29 6 71\n" +
		"3 24059903003袁瑞文9 13 73.1 17 32 8 79\n" +
		"4 24059903004邹志诚8 14 77.2 15 32 10 79\n" +
		"5 24059903005谭雅琴9 17 77.3 14 46 8 94\n" +
		"6 24059903006游阳明8 14 70.0 15 36 8 81\n"
	for _, head := range []string{
		"序号学号姓名原料验收(10)初加工(20)净料率(2%0)切配(20)烹制出品(40)卫生(10)总分\n",
		"序号 学号 姓名 原料验收(10) 初加工(20) 净料率(%) 切配(20) 烹制出品(40) 卫生(10) 总分\n",
	} {
		if got := wantOneOver(t, "学习任务考核记录表\n"+head+rows, 6, 5, "谭雅琴"); len(got) != 1 || !strings.Contains(got[0], "烹制出品") {
			t.Errorf("message %v", got)
		}
	}
}

// A register grouped by the bench two students shared, the bench's cell
// merged down their rows (heldout160's 舒兰 机电): the bench's label stands
// on a line of its own between the rows, or before a row; no row garbled.
func TestStationLabelsNoJunk(t *testing.T) {
	t.Parallel()
	page := "学习任务考核记录（按调试台）\nI/O分配 接线工艺 程序编写 联机调试 安全文明\n调试台 序号 学号 姓名 总分\n(15) (25) (30) (20) (10)\n" +
		"1 2401990201 刘晓云 12 17 21 14 8 72\n1号台\n2 2401990202 曲思远 14 20 27 15 8 84\n" +
		"3 2401990203 于明辉 13 23 20 14 7 77\n2号台\n4 2401990204 于心怡 10 21 20 17 9 77\n" +
		"5 2401990205 朴铭宇 14 21 24 14 9 82\n第3工位\n6 2401990206 于梦瑶 11 18 23 13 6 71\n" +
		"4号台 7 2401990207 徐俊哲 11 17 21 13 7 69\n共7人。\n评分教师：高振华\n"
	rs, junk, marks := RecordsJunkMarks([]string{page})
	if len(rs) != 7 || junk != 0 || marks != 0 {
		t.Errorf("%d records (%v), %d junk, %d marks; want 7, 0, 0", len(rs), recordNames(rs), junk, marks)
	}
	// Lines that are no bench's label still count.
	for _, l := range []string{"1号台风", "号台", "台"} {
		if stationLabelRe.MatchString(l) {
			t.Errorf("%q taken for a bench's label", l)
		}
	}
}

// A student of another class named with his class and labelled 学号 in
// brackets after a role ("研制人 游浩博（烹饪2401班，学号24050101023）", a
// recipe card's author), and a homework header of class, name and 学号
// with a comma and a quote mark OCR read between them (heldout160's 城口
// 烹饪): both read, with no register to pair the 学号 with.
func TestNameWithLabelledIDInBrackets(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ page, want string }{
		{"标准菜谱卡（SOP）：腊肉炒蒜苗\n研制人 游浩川（烹饪2401班，学号24059901023） 版本 V1.2\n主料 腊肉200 g\n", "游浩川"},
		{"课后作业\n训饪2401班，游浩川”24059901023\n1.验收腊肉时看哪几处?\n", "游浩川"},
		{"课后作业\n烹饪2401班 游浩川 学号：24059901023\n", "游浩川"},
		// The student on duty, a kitchen placement's worksheet (heldout160's
		// 城口 烹饪, item 8): "当班学生", "跟岗学生" label a student as 学生 does.
		{"学习工作页（厨房跟岗）\n|当班岗位|砧板|当班学生|游浩川|学号| 24059901023 |\n", "游浩川"},
		{"跟岗记录\n跟岗学生：游浩川 跟岗单位：城口县东安农家乐\n", "游浩川"},
	} {
		rs := FromPage(c.page, nil)
		if len(rs) != 1 || rs[0].Name != c.want {
			t.Errorf("%q: read %+v, want %s", c.page, rs, c.want)
		}
	}
}
