package corpusgen

import (
	"fmt"
	"math/rand"
	"strings"
	"unicode"
)

// gramLen is the run of Han characters that two independent submissions must
// never share outside template text (see uniqueness_test.go).
const gramLen = 12

// registry remembers which submission first used each run of gramLen Han
// characters, so that composed text of one submission never repeats a run
// of another's, in another school or the same one (the corpus is ground
// truth for copy detection: any shared run must be a planted one).
//
// The three students' answers inside one submission must not share runs
// either (fabrication checks compare them): each student's section is
// composed under an owner of its own (see composer.asStudent).
type registry struct {
	owner      map[uint64]int32
	nextPseudo int32
	names      map[string]bool // enterprise and workstation names in use
}

func newRegistry() *registry {
	return &registry{owner: make(map[uint64]int32, 1<<16), nextPseudo: 1 << 24, names: map[string]bool{}}
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// hanOnly keeps the Han characters of s.
func hanOnly(s string) []rune {
	out := make([]rune, 0, len(s)/3)
	for _, r := range s {
		if isHan(r) {
			out = append(out, r)
		}
	}
	return out
}

func gramHash(g []rune) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range g {
		h ^= uint64(r)
		h *= 1099511628211
	}
	return h
}

// composer writes the non-template text of one document of one submission.
type composer struct {
	rng   *rand.Rand
	reg   *registry
	owner int32 // the submission's index (or a student section's, see asStudent)
	ctx   *subCtx
	tail  []rune // last Han characters of the current stream (< gramLen)
	// noNames forbids person names in composed text (items 8, 11, 12 must name
	// exactly the three students).
	noNames bool
	// rich is set while redrawing after several rejections: more slots then
	// carry a brand prefix (the highest-entropy words the grammar has).
	rich bool
	// retries counts rejected drafts and forced the drafts kept although
	// they repeat another school's run (for the generator's statistics).
	retries, forced int
}

// asStudent composes the following text under an owner of its own and
// returns a function that restores the submission as owner.
func (c *composer) asStudent() (restore func()) {
	saved := c.owner
	c.owner = c.reg.nextPseudo
	c.reg.nextPseudo++
	return func() { c.owner = saved }
}

// breakStream ends the current run of text: template text lies between.
func (c *composer) breakStream() { c.tail = c.tail[:0] }

// collides reports whether text, appended to the stream, repeats a run of
// another submission (or student section).
func (c *composer) collides(text string) bool {
	han := append(append([]rune(nil), c.tail...), hanOnly(text)...)
	for i := 0; i+gramLen <= len(han); i++ {
		if o, ok := c.reg.owner[gramHash(han[i:i+gramLen])]; ok && o != c.owner {
			return true
		}
	}
	return false
}

// commit appends text to the stream and registers its runs.
func (c *composer) commit(text string) {
	han := append(append([]rune(nil), c.tail...), hanOnly(text)...)
	for i := 0; i+gramLen <= len(han); i++ {
		h := gramHash(han[i : i+gramLen])
		if _, ok := c.reg.owner[h]; !ok {
			c.reg.owner[h] = c.owner
		}
	}
	if len(han) > gramLen-1 {
		han = han[len(han)-(gramLen-1):]
	}
	c.tail = append(c.tail[:0], han...)
}

// draft draws text from gen until it repeats no other owner's run; after a
// few rejections it prefixes a clause of high-entropy words (an invented
// enterprise or a number) that makes a repeat practically impossible.
func (c *composer) draft(gen func() string) string {
	defer func() { c.rich = false }()
	for try := 0; try < 120; try++ {
		c.rich = try >= 6
		s := gen()
		if try >= 20 {
			s = c.entropyClause() + s
		}
		if !c.collides(s) {
			c.commit(s)
			return s
		}
		c.retries++
	}
	// Practically unreachable; keep the text and let the uniqueness test say so.
	c.forced++
	s := c.entropyClause() + gen()
	if debugForced != nil {
		debugForced(s)
	}
	c.commit(s)
	return s
}

// fixed commits text that cannot be redrawn (names, scores).
func (c *composer) fixed(s string) string {
	c.commit(s)
	return s
}

func (c *composer) entropyClause() string {
	switch c.rng.Intn(3) {
	case 0:
		return "据" + c.brand() + c.pick([]string{"公司", "合作社", "工作室", "服务部"}) + "反馈，"
	case 1:
		return c.pick(districts) + c.brand() + c.pick([]string{"项目", "门店", "站点"}) + "中，"
	default:
		return "第" + fmt.Sprint(2+c.rng.Intn(40)) + "号" + c.brand() + "案例显示，"
	}
}

// branded prefixes a brand to a noun now and then (most of the time while
// redrawing): "鑫达数控车床", "恒泰汽配厂".
func (c *composer) branded(noun string) string {
	p := 5
	if c.rich {
		p = 2
	}
	if c.rng.Intn(p) == 0 {
		return c.brand() + noun
	}
	return noun
}

// uniqueName draws names from gen until one is not in use in the corpus.
func (c *composer) uniqueName(gen func() string) string {
	for {
		if n := gen(); !c.reg.names[n] {
			c.reg.names[n] = true
			return n
		}
	}
}

func (c *composer) pick(xs []string) string { return xs[c.rng.Intn(len(xs))] }

func (c *composer) brand() string {
	b := []rune(brandChars)
	return string([]rune{b[c.rng.Intn(len(b))], b[c.rng.Intn(len(b))]})
}

// debugForced, when set (by tests), sees every draft kept despite a repeat.
var debugForced func(string)

// sentence expands one of frames.
func (c *composer) sentence(frames []string) string {
	return c.draft(func() string { return c.expand(c.pick(frames)) })
}

// para composes n sentences from frames, as one paragraph.
func (c *composer) para(frames []string, lo, hi int) string {
	n := lo + c.rng.Intn(hi-lo+1)
	// distinct frames within a paragraph while there are enough; every
	// redraw may take another frame
	used := map[int]bool{}
	var b strings.Builder
	for i := 0; i < n; i++ {
		if len(used) == len(frames) {
			used = map[int]bool{}
		}
		pick, tries := -1, 0
		b.WriteString(c.draft(func() string {
			tries++
			for {
				pick = c.rng.Intn(len(frames))
				if !used[pick] || tries > 10 {
					return c.expand(frames[pick])
				}
			}
		}))
		used[pick] = true
	}
	return b.String()
}

// expand replaces {slot}s and [a|b] alternatives in a frame, recursively.
func (c *composer) expand(frame string) string {
	var b strings.Builder
	for len(frame) > 0 {
		i := strings.IndexAny(frame, "{[")
		if i < 0 {
			b.WriteString(frame)
			break
		}
		b.WriteString(frame[:i])
		if frame[i] == '{' {
			j := strings.IndexByte(frame[i:], '}')
			if j < 0 {
				b.WriteString(frame[i:])
				break
			}
			b.WriteString(c.slot(frame[i+1 : i+j]))
			frame = frame[i+j+1:]
			continue
		}
		j := strings.IndexByte(frame[i:], ']')
		if j < 0 {
			b.WriteString(frame[i:])
			break
		}
		alts := strings.Split(frame[i+1:i+j], "|")
		b.WriteString(c.expand(alts[c.rng.Intn(len(alts))]))
		frame = frame[i+j+1:]
	}
	return b.String()
}

func (c *composer) slot(key string) string {
	m := c.ctx.major
	switch key {
	case "eq":
		return c.branded(c.pick(m.Equip))
	case "obj":
		return c.branded(c.pick(m.Objects))
	case "op":
		if c.rng.Intn(2) == 0 {
			return c.pick(m.Ops)
		}
		switch c.rng.Intn(4) {
		case 0:
			return c.pick(verbsEquip) + c.branded(c.pick(m.Equip))
		case 1:
			return c.pick(verbsObject) + c.branded(c.pick(m.Objects))
		case 2:
			return c.pick(verbsOutput) + c.pick(m.Outputs)
		default:
			return c.pick(verbsQuality) + c.pick(m.Quality)
		}
	case "q":
		if c.rng.Intn(3) == 0 {
			return c.pick(genericQuality)
		}
		return c.pick(m.Quality)
	case "role":
		if c.rng.Intn(3) == 0 {
			return c.pick(genericRoles)
		}
		return c.pick(m.Roles)
	case "place":
		return c.branded(c.pick(m.Places))
	case "client":
		return c.branded(c.pick(m.Clients))
	case "out":
		if c.rng.Intn(3) == 0 {
			return c.pick(genericOutputs)
		}
		return c.pick(m.Outputs)
	case "ent":
		return c.ctx.enterprise
	case "station":
		return c.ctx.station
	case "n":
		return fmt.Sprint(2 + c.rng.Intn(28))
	case "pct":
		return fmt.Sprint(60+c.rng.Intn(38)) + "%"
	case "min":
		return fmt.Sprint(5 * (1 + c.rng.Intn(8)))
	case "step":
		return c.pick(sixSteps)
	case "brand":
		return c.brand()
	case "dist":
		return c.pick(districts)
	case "stu":
		if c.noNames {
			return c.expand(c.pick(groupsWithoutNames))
		}
		return c.pick(c.ctx.roster)
	case "tea":
		if c.noNames {
			return "指导教师"
		}
		return c.ctx.teachers[c.rng.Intn(len(c.ctx.teachers))].Name
	}
	if p, ok := pools[key]; ok {
		return c.expand(c.pick(p))
	}
	panic("corpusgen: unknown slot " + key)
}

// Generic quality criteria and work products, beside each major's own.
var (
	genericQuality = []string{"规范性", "准确性", "完整性", "时效性", "安全性", "美观度", "一致性", "稳定性", "合理性", "整洁度",
		"可靠性", "效率", "协作质量", "表达清晰度", "数据真实性", "客户满意度"}
	genericRoles   = []string{"技术员", "一线员工", "新员工", "实习生", "班组长", "业务员", "见习员工", "岗位骨干"}
	genericOutputs = []string{"任务记录表", "小结报告", "实施方案", "检查清单", "汇报海报", "工作日志", "过程照片", "自评表",
		"改进建议书", "操作视频", "学习笔记", "问题清单"}
)

// Verbs that combine with a major's nouns into operations.
var (
	verbsEquip   = []string{"调试", "校准", "点检", "清洁", "操作", "维护", "设置", "试用", "摆放", "检查", "启用", "保养"}
	verbsObject  = []string{"检测", "核对", "分析", "整理", "处理", "测量", "标注", "分类", "验收", "清点", "比对", "登记"}
	verbsOutput  = []string{"撰写", "修改", "提交", "审核", "完善", "汇总", "编制", "讲解", "展示", "归档", "校对", "优化"}
	verbsQuality = []string{"评估", "提升", "控制", "把关", "监测", "复核", "判断", "改进", "确认", "关注", "统计", "跟踪"}
)

// groupsWithoutNames stand for a student where no name may appear.
var groupsWithoutNames = []string{"各小组", "组长", "学习小组", "操作员", "记录员", "第{n}组", "检验员", "同桌", "组员", "值日组"}

// sixSteps are the six steps of a learning task named by the notice.
var sixSteps = []string{"获取信息", "制定计划", "做出决策", "实施计划", "过程控制", "评价反馈"}

// pools are the generic vocabulary of teaching texts. Entries may hold slots.
var pools = map[string][]string{
	"adv": {"认真", "独立", "分组", "有序", "规范地", "按步骤", "逐项", "反复", "主动", "协作", "细致地", "快速", "准确地", "完整地",
		"轮流", "限时", "对照标准", "结对", "在组长带领下", "分工合作", "耐心地", "仔细", "分步骤", "循序渐进地", "有条不紊地", "相互配合", "边做边记", "先易后难地", "按时", "严格", "熟练地", "自主", "合理地", "灵活地", "集中", "专心地", "稳妥地", "高效地", "按顺序", "多次"},
	"tdo": {"示范", "讲解", "演示", "提问引导", "点评", "抽查", "归纳", "纠正", "强调", "拆解", "布置", "梳理", "巡查", "追问", "总结", "剖析", "提醒", "比较", "展示", "补充", "示意", "复盘", "板书", "串讲", "点拨"},
	"sdo": {"查阅资料", "讨论方案", "记录数据", "填写工作页", "汇报成果", "互评打分", "自查", "修改方案", "绘制草图", "整理笔记",
		"拍照留档", "对比数据", "复述要点", "撰写小结", "核对清单", "模拟演练", "查找标准", "计算用量", "列出清单", "交流心得", "制作海报", "编写步骤", "完成自测", "填写记录表", "标注要点", "整理现场", "上传作业", "讲解思路", "录制视频", "检查互评表"},
	"soft": {"安全意识", "质量意识", "规范意识", "团队协作能力", "沟通表达能力", "工匠精神", "环保意识", "成本意识", "责任心",
		"信息检索能力", "劳动精神", "职业认同感", "时间观念", "服务意识", "创新思维", "自主学习能力", "质量追溯意识", "节约意识", "合作精神", "规则意识", "诚信品质", "耐心细致的作风", "问题解决能力", "数据意识", "客户意识", "敬业精神"},
	"doc": {"作业指导书", "任务书", "工作页", "操作规程", "企业标准", "技术手册", "评价量表", "检查清单", "微课视频", "学习导图",
		"案例库", "引导问题", "样板", "考核细则", "{out}模板", "操作视频", "工艺文件", "岗位说明书", "企业案例", "质量手册", "安全须知", "评分细则", "流程卡", "学习手册", "课件", "样品图册", "知识卡片", "自测题", "任务单"},
	"prob": {"操作顺序混乱", "记录不完整", "工具摆放不规范", "时间分配不合理", "数据读取错误", "沟通不到位", "防护遗漏",
		"表述不清", "分工不均", "步骤遗漏", "标准理解偏差", "检查不彻底", "现场不整洁", "读数偏差", "准备不充分", "顺序颠倒", "工具混用", "填写潦草", "忽视细节", "配合不默契", "节奏过慢", "安全帽未戴", "数据漏记", "标识缺失", "动作不规范", "返工较多"},
	"res":   {"明显提升", "基本达标", "逐步提高", "显著改善", "稳步提高", "大幅缩短", "明显减少", "全部合格", "有所提高", "改善明显", "进步较大", "趋于稳定", "超过预期", "接近企业标准"},
	"time":  {"课前", "课中", "课后", "第{n}课时", "实训开始前", "任务结束后", "导入环节", "小组展示时", "巡回指导中", "总结阶段", "第一轮练习时", "复训时", "分组练习中", "示范之后", "互评环节", "课程开始时", "任务中期", "收尾阶段", "交接前", "休息后"},
	"grp":   {"各小组", "组长", "学习小组", "每名学生", "操作员", "记录员", "第{n}组", "检验员", "同桌两人", "全班学生", "第{n}小组", "值日组", "{stu}所在小组", "{stu}和{stu}", "后排同学", "组员", "新任组长", "各岗位代表", "{stu}"},
	"teach": {"教师", "授课教师", "企业导师", "指导教师", "主讲教师", "{tea}老师", "实训指导老师", "班主任", "企业师傅", "兼职教师"},
	"eval":  {"自评", "互评", "师评", "企业评价", "过程评价", "终结评价", "增值评价"},
	"way":   {"角色扮演", "小组合作", "案例分析", "任务驱动", "头脑风暴", "现场观摩", "情境模拟", "项目教学", "引导文法", "思维导图", "翻转课堂", "岗位轮换", "现场教学", "对比实验", "竞赛激励", "视频复盘", "师徒结对", "问题导向"},
	"goalv": {"能够", "能", "学会", "能独立", "能在指导下", "能按要求", "能正确", "能熟练"},
	"tool2": {"{eq}和{eq}", "{eq}", "{eq}等工具", "{eq}与{doc}"},
	"mood":  {"积极", "专注", "认真", "投入", "踊跃", "严谨", "主动", "热情", "认真细致", "大胆", "沉稳", "兴奋"},
	"fix":   {"及时纠正", "当场调整", "重新确认", "记录在案", "反复练习", "对照修改", "请教师复核", "组内讨论解决", "重新测量", "更换工具", "调整顺序", "补全记录", "向组长求助", "查阅资料后修正", "重新分工", "复核后改正", "放慢节奏"},
	"zone":  {"信息查询区", "集中教学区", "分组讨论区", "实操区", "成果展示区", "工具存放区", "资料阅览区", "检测区", "{place}模拟区", "接待区", "准备区", "清洗区", "演示区", "评价区", "休息区", "{brand}合作区"},
}
