package names

import "strings"

// singleSurnames holds about 500 one-character surnames, the most common
// first (modern frequency lists, then the rest of 百家姓 still in use).
const singleSurnames = "" +
	"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤" +
	"常温康施文傅洪牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝" +
	"官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由" +
	"糜宓鄂乜钭薛庾卻郦雷赖申屠宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东殴殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公晋楚闫法汝鄢涂钦" +
	"岳帅缑亢况后有琴梁丘左丘东门西门商牟佘佴伯赏南宫墨哈谯笪年爱阳佟第五言福卡黑粘邴贝喻詹覃" +
	// Surnames of Yunnan's peoples (彝, 白, 傣 and others) in Han script.
	"者矣字杞沐刀" +
	// Regional surnames the lists above missed: 萧 (Fujian, Guangdong),
	// 阎 (beside 闫), 税 and 庹 (Sichuan), 拓 and 折 (northern Shaanxi),
	// 禤 (Guangxi), and a few of 百家姓.
	"萧阎税庹拓折禤钮郄郗逄荀仉酆" +
	// 喇, of Qinghai's and Gansu's Hui and Tu (喇文斌); 星 and 妥, as common
	// there, are words too (星期, 妥善) and stay out. 畅, of southern Shanxi.
	// 纳, 锁 and 撒, of the Hui of Ningxia, Gansu and Yunnan (纳德润, 锁诗琪).
	"喇畅纳锁撒" +
	// 拜 and 虎, of the Hui of Ningxia and Gansu (heldout98's 中宁: 拜思琦
	// as 照护员 on a typed record, not read; heldout87's 彭阳: 虎欣妍).
	// Words too (拜访, 虎口), rare at the head of a field's words.
	"拜虎" +
	// 卯, of western Guizhou (盘州, 六盘水): a word too (卯时), as rare at
	// the head of a field's words.
	"卯" +
	// 零, of the Zhuang of southwestern Guangxi (龙州, 凭祥; heldout142's
	// 零锐锋, read as it stands and left as garble): a word too (零件).
	"零"

// compoundSurnames are the two-character surnames still met in class lists.
var compoundSurnames = []string{
	"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
	"长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里",
	"呼延", "东郭", "万俟", "闻人", "赫连", "澹台", "公冶", "宗政", "濮阳", "太叔",
	"申屠", "公羊", "仲孙", "钟离", "淳于", "单于", "司空", "亓官", "司寇", "子车",
	"颛孙", "壤驷", "公良", "漆雕", "乐正", "宰父", "谷梁", "拓跋", "夹谷", "段干",
	"巫马", "公西", "梁丘", "左丘", "东门", "第五", "羊舌", "微生", "公户", "公玉",
}

var (
	singleSet   = map[rune]bool{}
	compoundSet = map[string]bool{}
)

func init() {
	for _, r := range singleSurnames {
		singleSet[r] = true
	}
	for _, s := range compoundSurnames {
		compoundSet[s] = true
	}
}

// Surname returns the surname that name starts with ("" when none):
// a compound surname is preferred when it leaves a given name.
func Surname(name string) string {
	rs := []rune(name)
	if len(rs) >= 3 && compoundSet[string(rs[:2])] {
		return string(rs[:2])
	}
	if len(rs) >= 2 && singleSet[rs[0]] {
		return string(rs[:1])
	}
	return ""
}

// IsSurname reports whether s is a known one- or two-character surname.
func IsSurname(s string) bool {
	rs := []rune(s)
	switch len(rs) {
	case 1:
		return singleSet[rs[0]]
	case 2:
		return compoundSet[s]
	}
	return false
}

// Valid reports whether s looks like a Chinese personal name: 2–4 Han
// characters that start with a known surname and are not a common word
// that happens to start with one (班级, 学号…).
func Valid(s string) bool {
	if strings.ContainsRune(s, '·') {
		return dotted(s)
	}
	rs := []rune(s)
	if mongolian(rs) {
		return !fieldWord(s)
	}
	if len(rs) < 2 || len(rs) > 4 {
		return false
	}
	for _, r := range rs {
		if !isHan(r) {
			return false
		}
	}
	if tibetan(rs) {
		return !fieldWord(s)
	}
	sn := Surname(s)
	if sn == "" {
		return false
	}
	if sn == "第" && strings.ContainsRune("一二三四五六七八九十百零〇两", rs[1]) {
		return false // an ordinal, "第一组", "第三名": 第 leads no such name
	}
	// A one-character surname with a three-character given name is too rare
	// to tell from a name followed by a stray character, unless both parents'
	// surnames lead (张王丽丽).
	if len(rs)-len([]rune(sn)) > 2 && !doubleSurname(rs) {
		return false
	}
	return !fieldWord(s)
}

// doubleSurname: mainland names that join both parents' surnames (张王丽丽)
// are 4 characters with two one-character surnames in front.
func doubleSurname(rs []rune) bool {
	return len(rs) == 4 && singleSet[rs[0]] && singleSet[rs[1]]
}

// fieldWord reports whether s holds one of notNames.
func fieldWord(s string) bool {
	for _, w := range notNames {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// notNames are words that start with a surname character but are field
// labels or common words on worksheets, never names.
var notNames = []string{
	"姓名", "学号", "班级", "学生", "教师", "老师", "成绩", "日期", "专业", "年级", "性别",
	"得分", "总分", "评分", "评价", "组别", "小组", "签名", "签字", "学习", "任务", "工作",
	"序号", "备注", "合计", "平均", "满分", "考核", "项目", "时间", "地点", "内容", "记录",
	"实训", "课程", "课时", "指导", "批改", "完成", "作业", "汇编", "成果", "单位", "学校",
	"学院", "技工", "技师", "高级", "中级", "方案", "计划", "决策", "实施", "控制", "反馈",
	"信息", "获取", "制定", "做出", "过程", "结果", "分析", "检查", "总结", "同学", "组长",
	"组员", "优秀", "良好", "合格", "及格", "等级", "第一", "第二", "第三", "页码", "题目",
	"车间", "维修", "汽车", "发动机", "数控", "电子", "商务", "烹饪", "健康", "中药", "计算机",
	"网络", "安全", "操作", "注意", "要求", "标准", "说明", "准备", "资料", "工具", "设备",
	"是否", "的", "了", "拓展", "折算", "折合", "折扣",
	// Class officers and signatures under a list ("班主任：王淑芬　共38人").
	"班主", "主任", "辅导员", "班长", "制表", "填表", "审核", "共计", "全班", "总计",
	// A sitting of an exam in a register's 场次 column ("28 下午 2431050128
	// 茅晓琳 24 20 19 13 76", heldout81's 崇明 烹饪; 下 a surname).
	"上午", "下午", "中午", "晚上", "早上",
}

// dotted reports whether s is a name transliterated from Uyghur, Kazakh or
// another language, its parts joined by a middle dot (阿依古丽·买买提): two
// or three parts of Han characters, two to twelve in all.
func dotted(s string) bool {
	parts := strings.Split(s, "·")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	n := 0
	for _, p := range parts {
		rs := []rune(p)
		if len(rs) == 0 || len(rs) > 6 {
			return false
		}
		for _, r := range rs {
			if !isHan(r) {
				return false
			}
		}
		n += len(rs)
	}
	return n <= 12 && n >= 3
}

// translitChars are the characters Uyghur, Kazakh and Mongolian names are
// written with in Chinese (阿不力孜, 吐尔逊, 帕尔哈提): the sounds' usual
// characters. Han names share many of them, so they tell a name's part
// only with a middle dot's place, never alone.
const translitChars = "阿艾爱安昂奥敖巴拜班邦包宝贝别比毕宾波博卜不布查朝达答代戴丹旦道德迪地蒂丁东都杜敦多朵额厄恩尔法凡范菲费芬夫福甫盖干甘冈高戈格根贡古瓜哈海罕汗杭好合何和赫黑亨洪胡乎华怀吉加佳贾坚江杰捷金津居喀卡凯坎康考柯科克肯孔库夸奎昆拉来莱赖兰朗劳勒雷蕾黎里力丽利莉连良列林琳玲龙鲁路伦罗洛玛马买迈麦曼芒毛梅美蒙孟米密敏明莫墨姆木穆那纳娜乃奈南尼妮涅宁努诺欧帕排潘佩皮普齐奇其恰乔切钦琴青曲热仁日荣茹肉如瑞若萨赛桑色森沙莎山善尚舍申什史司斯顺松苏素孙索塔太泰坦汤唐特提天铁通图吐托瓦万旺威维温文沃乌吾武西希夏先谢辛欣雅牙亚娅延扬耶叶伊依衣义音尤由玉元云则扎札哲珍孜再赞泽祖佐卓措荪逊守诺娃得"

// translitRun reports whether every character of rs is one of
// translitChars.
func translitRun(rs []rune) bool {
	for _, r := range rs {
		if !strings.ContainsRune(translitChars, r) {
			return false
		}
	}
	return len(rs) > 0
}

// middleDots are the marks a middle dot is typed or read as between the
// parts of a transliterated name.
const middleDots = "·•・‧∙"

func isHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0xF900 && r <= 0xFAFF
}

// tibetanParts are the two-character elements Tibetan personal names are
// made of, as Chinese writes them: a Tibetan name has no surname and is
// most often two of them (次仁旺姆, 平措旺堆, 多吉顿珠).
var tibetanParts = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Fields(`次仁 扎西 多吉 多杰 拉巴 平措 达瓦 达娃 格桑 洛桑 德吉 卓玛 卓嘎 旺堆 旺姆 旺杰 旺扎 旺久
		白珍 白玛 白央 桑珠 桑姆 桑杰 仓决 贡布 贡嘎 贡觉 顿珠 东珠 益西 措姆 措吉 普赤 普布 普琼 欧珠 旦增 丹增
		拉姆 拉珍 拉宗 拉措 拉旺 拉毛 边巴 边珍 边觉 玉珍 玉措 央金 央宗 央吉 尼玛 巴桑 巴珠 嘎玛 强巴 索朗 索南
		曲珍 曲措 曲吉 曲扎 罗布 德庆 德央 德措 次旦 次珍 群培 群宗 加措 嘉措 米玛 琼达 琼吉 阿旺 土登 晋美
		仁青 仁增 才让 才旦 才仁 泽仁 泽旺 降央 降措 南杰 洛珠 伦珠 格勒 其美 达杰 吉宗 格吉 扎巴`) {
		m[p] = true
	}
	return m
}()

// mongolianGiven are Mongolian given names as written in Han characters,
// the most common of Inner Mongolia's and its neighbours' classes. A Han
// surname often leads them (包乌日娜, 韩吉日嘎拉), making names of four to
// six characters that the rules for Han names (a one-character surname,
// two given characters at most) would refuse.
var mongolianGiven = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Fields(`巴特尔 巴雅尔 巴根 巴音 宝音 宝力道 毕力格 布和 朝鲁 朝克 达来 额尔敦 额尔德尼 额尔德木图
		额日和 高娃 格日勒 哈斯 吉日嘎拉 吉日木图 满都拉 满都呼 孟和 那仁 那顺 娜仁 诺敏 其其格 其木格 萨仁
		萨如拉 萨日娜 塔娜 图雅 图门 乌力吉 乌云 斯琴 苏和 苏日娜 乌日娜 阿拉坦 阿如罕 敖登 特木尔 白音
		通拉嘎 呼和 阿木尔 呼斯楞 青格勒 查干 赛汉 陶格斯 阿古拉 达古拉 朝格图 吉雅 斯日古楞 格根 萨楚拉
		苏布达 阿荣 吉格木德 桑布 乌恩 图布新 呼日勒 乌日根 阿斯茹 萨其拉 哈日呼 德力格尔 宝鲁 其日麦格
		格日乐 乌兰 琪琪格 图娅 高娃 其其日格 格日乐图 阿拉腾 苏日古嘎 朝鲁门 额尔敦 赛罕 乌日罕 娜日苏`) {
		m[p] = true
	}
	return m
}()

// mongolian reports whether rs is a Mongolian given name of three
// characters or more, alone or after a one-character Han surname (宝, a
// Mongol family's, among them: 宝乌力吉; a word too, 宝贵, and no surname
// of the list's), or two such names joined (mongolianPair).
func mongolian(rs []rune) bool {
	if len(rs) < 3 || len(rs) > 7 {
		return false
	}
	return mongolianGiven[string(rs)] || (singleSet[rs[0]] || rs[0] == '宝') && len(rs) >= 4 && len(rs) <= 6 && mongolianGiven[string(rs[1:])] ||
		mongolianPair(rs)
}

// mongolianPair reports whether rs is a Mongolian given name made of two
// of mongolianGiven, five characters or more: 敖登 and 格日乐
// (敖登格日乐), 萨仁 and 其其格, 额尔敦 and 其其格. Four characters made of
// two such parts are left to the rules for Han names: many two-character
// parts (高娃, 乌云) are Han words or names too.
func mongolianPair(rs []rune) bool {
	if len(rs) < 5 {
		return false
	}
	for k := 2; k <= len(rs)-2; k++ {
		if mongolianGiven[string(rs[:k])] && mongolianGiven[string(rs[k:])] {
			return true
		}
	}
	return false
}

// tibetan reports whether rs is a Tibetan name of two elements.
func tibetan(rs []rune) bool {
	return len(rs) == 4 && tibetanParts[string(rs[:2])] && tibetanParts[string(rs[2:])]
}
