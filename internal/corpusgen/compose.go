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

// registry remembers which school first used each run of gramLen Han
// characters, so that composed text of one school never repeats a run of
// another school's (the corpus is ground truth for copy detection: any shared
// run must be a planted one).
//
// The three students' answers inside one submission must not share runs
// either (fabrication checks compare them): each student's section is
// composed under an owner of its own (see composer.asStudent).
type registry struct {
	owner      map[uint64]int32
	nextPseudo int32
}

func newRegistry() *registry {
	return &registry{owner: make(map[uint64]int32, 1<<16), nextPseudo: 1 << 24}
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

// composer writes the non-template text of one document of one school.
type composer struct {
	rng    *rand.Rand
	reg    *registry
	school int32
	ctx    *subCtx
	tail   []rune // last Han characters of the current stream (< gramLen)
	// noNames forbids person names in composed text (items 8, 11, 12 must name
	// exactly the three students).
	noNames bool
	// Retries counts rejected drafts, for the generator's statistics.
	retries int
}

// asStudent composes the following text under an owner of its own and
// returns a function that restores the school as owner.
func (c *composer) asStudent() (restore func()) {
	saved := c.school
	c.school = c.reg.nextPseudo
	c.reg.nextPseudo++
	return func() { c.school = saved }
}

// breakStream ends the current run of text: template text lies between.
func (c *composer) breakStream() { c.tail = c.tail[:0] }

// collides reports whether text, appended to the stream, repeats a run of
// another school.
func (c *composer) collides(text string) bool {
	han := append(append([]rune(nil), c.tail...), hanOnly(text)...)
	for i := 0; i+gramLen <= len(han); i++ {
		if o, ok := c.reg.owner[gramHash(han[i:i+gramLen])]; ok && o != c.school {
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
			c.reg.owner[h] = c.school
		}
	}
	if len(han) > gramLen-1 {
		han = han[len(han)-(gramLen-1):]
	}
	c.tail = append(c.tail[:0], han...)
}

// draft draws text from gen until it repeats no other school's run; after a
// few rejections it prefixes a clause of high-entropy words (an invented
// enterprise or a number) that makes a repeat practically impossible.
func (c *composer) draft(gen func() string) string {
	for try := 0; try < 40; try++ {
		s := gen()
		if try >= 8 {
			s = c.entropyClause() + s
		}
		if !c.collides(s) {
			c.commit(s)
			return s
		}
		c.retries++
	}
	// Unreachable in practice; keep the text and let the uniqueness test say so.
	s := gen()
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

func (c *composer) pick(xs []string) string { return xs[c.rng.Intn(len(xs))] }

func (c *composer) brand() string {
	b := []rune(brandChars)
	return string([]rune{b[c.rng.Intn(len(b))], b[c.rng.Intn(len(b))]})
}

// sentence expands one of frames.
func (c *composer) sentence(frames []string) string {
	return c.draft(func() string { return c.expand(c.pick(frames)) })
}

// para composes n sentences from frames, as one paragraph.
func (c *composer) para(frames []string, lo, hi int) string {
	n := lo + c.rng.Intn(hi-lo+1)
	// distinct frames within a paragraph, as long as there are enough
	order := c.rng.Perm(len(frames))
	var b strings.Builder
	for i := 0; i < n; i++ {
		f := frames[order[i%len(order)]]
		b.WriteString(c.draft(func() string { return c.expand(f) }))
	}
	return b.String()
}

// expand replaces {slot}s in a frame, recursively.
func (c *composer) expand(frame string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(frame, '{')
		if i < 0 {
			b.WriteString(frame)
			return b.String()
		}
		j := strings.IndexByte(frame[i:], '}')
		if j < 0 {
			b.WriteString(frame)
			return b.String()
		}
		b.WriteString(frame[:i])
		b.WriteString(c.slot(frame[i+1 : i+j]))
		frame = frame[i+j+1:]
	}
}

func (c *composer) slot(key string) string {
	m := c.ctx.major
	switch key {
	case "eq":
		return c.pick(m.Equip)
	case "obj":
		return c.pick(m.Objects)
	case "op":
		return c.pick(m.Ops)
	case "q":
		return c.pick(m.Quality)
	case "role":
		return c.pick(m.Roles)
	case "place":
		return c.pick(m.Places)
	case "client":
		return c.pick(m.Clients)
	case "out":
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
			return c.pick(pools["grp"])
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

// sixSteps are the six steps of a learning task named by the notice.
var sixSteps = []string{"获取信息", "制定计划", "做出决策", "实施计划", "过程控制", "评价反馈"}

// pools are the generic vocabulary of teaching texts. Entries may hold slots.
var pools = map[string][]string{
	"adv": {"认真", "独立", "分组", "有序", "规范地", "按步骤", "逐项", "反复", "主动", "协作", "细致地", "快速", "准确地", "完整地",
		"轮流", "限时", "对照标准", "结对", "在组长带领下", "分工合作"},
	"tdo": {"示范", "讲解", "演示", "提问引导", "点评", "抽查", "归纳", "纠正", "强调", "拆解", "布置", "梳理", "巡查", "追问", "总结"},
	"sdo": {"查阅资料", "讨论方案", "记录数据", "填写工作页", "汇报成果", "互评打分", "自查", "修改方案", "绘制草图", "整理笔记",
		"拍照留档", "对比数据", "复述要点", "撰写小结", "核对清单", "模拟演练"},
	"soft": {"安全意识", "质量意识", "规范意识", "团队协作能力", "沟通表达能力", "工匠精神", "环保意识", "成本意识", "责任心",
		"信息检索能力", "劳动精神", "职业认同感", "时间观念", "服务意识", "创新思维", "自主学习能力"},
	"doc": {"作业指导书", "任务书", "工作页", "操作规程", "企业标准", "技术手册", "评价量表", "检查清单", "微课视频", "学习导图",
		"案例库", "引导问题", "样板", "考核细则", "{out}模板"},
	"prob": {"操作顺序混乱", "记录不完整", "工具摆放不规范", "时间分配不合理", "数据读取错误", "沟通不到位", "防护遗漏",
		"表述不清", "分工不均", "步骤遗漏", "标准理解偏差", "检查不彻底", "现场不整洁"},
	"res":   {"明显提升", "基本达标", "逐步提高", "显著改善", "稳步提高", "大幅缩短", "明显减少", "全部合格"},
	"time":  {"课前", "课中", "课后", "第{n}课时", "实训开始前", "任务结束后", "导入环节", "小组展示时", "巡回指导中", "总结阶段"},
	"grp":   {"各小组", "组长", "学习小组", "每名学生", "操作员", "记录员", "第{n}组", "检验员", "同桌两人", "全班学生"},
	"teach": {"教师", "授课教师", "企业导师", "指导教师", "主讲教师", "{tea}老师"},
	"eval":  {"自评", "互评", "师评", "企业评价", "过程评价", "终结评价", "增值评价"},
	"way":   {"角色扮演", "小组合作", "案例分析", "任务驱动", "头脑风暴", "现场观摩", "情境模拟", "项目教学", "引导文法", "思维导图"},
	"goalv": {"能够", "能", "学会", "能独立", "能在指导下", "能按要求", "能正确", "能熟练"},
	"tool2": {"{eq}和{eq}", "{eq}", "{eq}等工具", "{eq}与{doc}"},
	"mood":  {"积极", "专注", "认真", "投入", "踊跃", "严谨"},
	"fix":   {"及时纠正", "当场调整", "重新确认", "记录在案", "反复练习", "对照修改", "请教师复核", "组内讨论解决"},
	"zone":  {"信息查询区", "集中教学区", "分组讨论区", "实操区", "成果展示区", "工具存放区", "资料阅览区", "检测区", "{place}模拟区"},
}
