package corpusgen

import (
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"classaudit/internal/copydetect"
	"classaudit/models"
)

// Kinds of planted passages (TruthPassage.Kind).
const (
	// PlantCrossSchool: a passage of one school's item copied into another
	// school's item (copy.cross_school on both sides).
	PlantCrossSchool = "cross_school"
	// PlantSameSchool: copied between two submissions of one school
	// (copy.same_school on both sides).
	PlantSameSchool = "same_school"
	// PlantIdenticalWork: one student's answer given as another's in the
	// same item (fabrication.identical_work).
	PlantIdenticalWork = "identical_work"
	// PlantTemplate: text shared by design (a national standard, in the
	// reference folder; or a provincial guideline in at least 4 schools):
	// never a finding.
	PlantTemplate = "template"
)

// TruthPassage is one planted passage: where it was taken from (Src) and
// where it stands (Dst). A copy of a copy (the two copies of a three-school
// ring) is a passage of its own, with the first copy as Src. Template
// passages have one entry per occurrence, with Src zero.
type TruthPassage struct {
	Kind string // PlantCrossSchool, PlantSameSchool, PlantIdenticalWork, PlantTemplate
	// Origin numbers the planted texts: the passages of one source (a
	// ring's copies, the answers of one student copied by another) and the
	// occurrences of one template text share it.
	Origin   int
	Src, Dst TruthSpan
	// Edits made to the copy: "exact", or copydetect.Edit names joined by
	// "+" (names, reorder, punct, subst); a ring's copy-of-copy pair reads
	// "ring:<first copy's edits>/<second's>". "" for template text.
	Edits string `json:",omitempty"`
	// Text is the passage as drawn at Dst; SrcText as drawn at Src.
	Text    string
	SrcText string `json:",omitempty"`
	// Reference is set for template text that is in the corpus's reference
	// folder (otherwise only the number of schools makes it template).
	Reference bool `json:",omitempty"`
}

// TruthSpan locates a passage in the drawn text of one file: Start is a rune
// offset in TruthPage.Text of Page, End (exclusive) one in that of EndPage.
// The line breaks the layout put inside the passage lie within the span.
type TruthSpan struct {
	SubmissionID string
	Item         int
	File         string // RelPath
	Page         int
	EndPage      int
	Start, End   int
}

// standardsFileName holds the standards' passages in the reference folder.
const standardsFileName = "国家技能人才培养标准节选.txt"

// copyPlan is what plantCopies planted, located in the pages after
// rendering (finish).
type copyPlan struct {
	passages []*plantedPassage
	// planted holds, per document, the texts of the blocks planted or
	// rewritten: the uniqueness guarantee covers every other block.
	planted map[*docPlan]map[string]bool
	// refLines are the template texts that are in the reference folder.
	refLines []string
}

type plantedPassage struct {
	kind      string
	origin    int
	src, dst  place // src.doc == nil for template text
	edits     string
	reference bool
}

// place is a planted text in one document; nth counts its occurrences in
// the file before this one (identical answers stand twice in one file).
type place struct {
	sub  *subPlan
	doc  *docPlan
	text string
	nth  int
}

// planter chooses what to plant: windows of source sentences and anchor
// blocks, never two uses of one block, all insertions applied at the end
// (block indices stay valid while choosing).
type planter struct {
	cp       *corpusPlan
	rng      *rand.Rand
	seed     uint64
	plan     *copyPlan
	used     map[*docPlan]map[int]bool
	reserved map[*docPlan]bool
	inserts  []insertion
	origin   int
	stream   uint64 // random streams of copydetect.EditText
	subs     []*subPlan
	schoolOf map[*subPlan]int
	pairs    map[[2]*subPlan]bool // unordered submission pairs already given a copy
}

type insertion struct {
	doc    *docPlan
	after  int // block index (in the planned blocks) the new blocks follow
	seq    int
	blocks []block
}

// plantCopies plants copied and shared passages into the planned corpus
// (after planCorpus: the uniqueness of everything else is already
// guaranteed). Both profiles get cross-school copies with every edit
// (one exact, one into a student item), a same-school copy, one student's
// answers given as another's, and the national standards' passages in
// item 1 of every submission (also written to the reference folder); the
// large profile adds three-school rings and a provincial guideline
// paragraph shared by five schools that is in no reference.
func (cp *corpusPlan) plantCopies() *copyPlan {
	pl := &planter{
		cp: cp, rng: rand.New(rand.NewSource(cp.opts.Seed*7919 + 104729)), seed: uint64(cp.opts.Seed),
		plan:     &copyPlan{planted: map[*docPlan]map[string]bool{}},
		used:     map[*docPlan]map[int]bool{},
		reserved: map[*docPlan]bool{},
		schoolOf: map[*subPlan]int{},
		pairs:    map[[2]*subPlan]bool{},
	}
	for si, sp := range cp.schools {
		for _, sub := range sp.subs {
			pl.subs = append(pl.subs, sub)
			pl.schoolOf[sub] = si
		}
	}
	large := cp.opts.Profile == "large"
	pl.templates(large)
	identical := []int{11}
	if large {
		identical = []int{11, 8}
	}
	for _, n := range identical {
		pl.identicalWork(n)
	}
	edits := []copydetect.Edit{copydetect.EditNone, copydetect.EditNames, copydetect.EditReorder, copydetect.EditPunct,
		copydetect.EditSubstitute, copydetect.EditNames | copydetect.EditPunct | copydetect.EditSubstitute}
	rounds := 1
	if large {
		rounds = 3
	}
	for r := 0; r < rounds; r++ {
		for _, e := range edits {
			pl.crossCopy(e, 0)
		}
	}
	// into a student item: items 8 and 12 are the ones schools scan
	pl.crossCopy(copydetect.EditPunct, 12)
	if large {
		pl.crossCopy(copydetect.EditNone, 8)
		pl.crossCopy(copydetect.EditSubstitute, 11)
		pl.ring(copydetect.EditPunct, copydetect.EditSubstitute)
		pl.ring(copydetect.EditNone, copydetect.EditReorder)
	}
	nSame := 1
	if large {
		nSame = 3
	}
	for k := 0; k < nSame; k++ {
		pl.sameSchool([]copydetect.Edit{copydetect.EditReorder, copydetect.EditNone, copydetect.EditPunct}[k%3])
	}
	pl.apply()
	return pl.plan
}

// isStudentItem: items 8, 11 and 12 hold the three students' work and
// must name no one but them.
func isStudentItem(n int) bool { return n == 8 || n == 11 || n == 12 }

// itemDoc returns the one readable PDF of item n of sub, or nil (missing,
// unreadable, duplicated, reserved).
func (pl *planter) itemDoc(sub *subPlan, n int) *docPlan {
	var found *docPlan
	for _, d := range sub.docs {
		if d.kind != string(models.KindItem) || d.item != n {
			continue
		}
		if found != nil {
			return nil // two files of one item
		}
		found = d
	}
	if found == nil || found.defect != "" || found.format != "pdf" || found.raw != nil || pl.reserved[found] {
		return nil
	}
	return found
}

// composedPara reports a block of composed running text ending a sentence.
func composedPara(b block) bool {
	return b.kind == bPara && !b.tmpl && !b.own && strings.HasSuffix(b.text, "。")
}

// sentences splits text after each 。！？.
func sentences(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if r == '。' || r == '！' || r == '？' {
			end := i + utf8.RuneLen(r)
			out = append(out, s[start:end])
			start = end
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// window is a run of whole sentences of consecutive composed blocks.
type window struct {
	first, last int
	text        string
	sentences   int
}

// windows lists the runs of whole sentences of lo–hi runes in unused
// composed blocks of d that accept takes.
func (pl *planter) windows(d *docPlan, lo, hi int, accept func(string) bool) []window {
	type sent struct {
		blk int
		s   string
	}
	var out []window
	var run []sent
	flush := func() {
		for i := range run {
			n := 0
			for j := i; j < len(run); j++ {
				n += utf8.RuneCountInString(run[j].s)
				if n > hi {
					break
				}
				if n < lo {
					continue
				}
				var b strings.Builder
				for _, x := range run[i : j+1] {
					b.WriteString(x.s)
				}
				if t := b.String(); accept == nil || accept(t) {
					out = append(out, window{first: run[i].blk, last: run[j].blk, text: t, sentences: j - i + 1})
				}
			}
		}
		run = run[:0]
	}
	for i, b := range d.blocks {
		if !composedPara(b) || pl.used[d][i] {
			flush()
			continue
		}
		for _, s := range sentences(b.text) {
			run = append(run, sent{i, s})
		}
	}
	flush()
	return out
}

func (pl *planter) use(d *docPlan, from, to int) {
	if pl.used[d] == nil {
		pl.used[d] = map[int]bool{}
	}
	for i := from; i <= to; i++ {
		pl.used[d][i] = true
	}
}

// anchor picks an unused composed block of d to insert after, or -1.
func (pl *planter) anchor(d *docPlan) int {
	var cands []int
	for i, b := range d.blocks {
		if composedPara(b) && !pl.used[d][i] {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return -1
	}
	a := cands[pl.rng.Intn(len(cands))]
	pl.use(d, a, a)
	return a
}

func (pl *planter) insert(d *docPlan, after int, texts ...string) {
	var bs []block
	for _, t := range texts {
		bs = append(bs, block{kind: bPara, text: t})
		pl.mark(d, t)
	}
	pl.inserts = append(pl.inserts, insertion{doc: d, after: after, seq: len(pl.inserts), blocks: bs})
}

func (pl *planter) mark(d *docPlan, text string) {
	if pl.plan.planted[d] == nil {
		pl.plan.planted[d] = map[string]bool{}
	}
	pl.plan.planted[d][text] = true
}

// apply inserts the chosen blocks, document by document, last index first
// so that the others stay valid.
func (pl *planter) apply() {
	byDoc := map[*docPlan][]insertion{}
	var order []*docPlan
	for _, in := range pl.inserts {
		if byDoc[in.doc] == nil {
			order = append(order, in.doc)
		}
		byDoc[in.doc] = append(byDoc[in.doc], in)
	}
	for _, d := range order {
		ins := byDoc[d]
		sort.SliceStable(ins, func(i, j int) bool {
			if ins[i].after != ins[j].after {
				return ins[i].after > ins[j].after
			}
			return ins[i].seq > ins[j].seq
		})
		for _, in := range ins {
			tail := append(append([]block(nil), in.blocks...), d.blocks[in.after+1:]...)
			d.blocks = append(d.blocks[:in.after+1], tail...)
		}
	}
}

// headingIndex is the index of the heading block with text h, or -1.
func headingIndex(d *docPlan, h string) int {
	for i, b := range d.blocks {
		if b.kind == bHeading && b.text == h {
			return i
		}
	}
	return -1
}

// names are the people a submission's composed text may name.
func names(ctx *subCtx) []string {
	out := append([]string(nil), ctx.roster...)
	for _, t := range ctx.teachers {
		out = append(out, t.Name)
	}
	return out
}

func containsAny(s string, xs []string) bool {
	for _, x := range xs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// swapNames replaces the people of from named in s by people of to (class
// members by class members, teachers by teachers), as a copier adapting
// another school's text does.
func (pl *planter) swapNames(s string, from, to *subCtx) string {
	type pair struct{ old, new string }
	var pairs []pair
	taken := map[string]bool{}
	draw := func(pool []string) string {
		for {
			n := pool[pl.rng.Intn(len(pool))]
			if !taken[n] {
				taken[n] = true
				return n
			}
		}
	}
	var teachers, toTeachers []string
	for _, t := range from.teachers {
		teachers = append(teachers, t.Name)
	}
	for _, t := range to.teachers {
		toTeachers = append(toTeachers, t.Name)
	}
	for _, n := range teachers {
		if strings.Contains(s, n) {
			pairs = append(pairs, pair{n, draw(toTeachers)})
		}
	}
	for _, n := range from.roster {
		if strings.Contains(s, n) {
			pairs = append(pairs, pair{n, draw(to.roster)})
		}
	}
	// longer names first: a two-character name may begin a three-character one
	sort.SliceStable(pairs, func(i, j int) bool { return len(pairs[i].old) > len(pairs[j].old) })
	var args []string
	for _, p := range pairs {
		args = append(args, p.old, p.new)
	}
	return strings.NewReplacer(args...).Replace(s)
}

// edit applies e to a passage copied from src into dst.
func (pl *planter) edit(s string, e copydetect.Edit, src, dst *subCtx) string {
	if e&copydetect.EditNames != 0 {
		s = pl.swapNames(s, src, dst)
	}
	if rest := e &^ copydetect.EditNames; rest != copydetect.EditNone {
		pl.stream++
		s = copydetect.EditText(s, copydetect.PlantOptions{Edits: rest, Rand: randv2.New(randv2.NewPCG(pl.seed, pl.stream))})
	}
	return s
}

// sourceItems are the items a passage is copied from or into.
var sourceItems = []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12}

// pickSource chooses a window of 150–600 runes in an item of sub that the
// edit can be applied to; ok is false when none is left.
func (pl *planter) pickSource(sub *subPlan, e copydetect.Edit, noNames bool) (d *docPlan, w window, ok bool) {
	ns := names(sub.ctx)
	accept := func(t string) bool {
		if noNames && containsAny(t, ns) {
			return false
		}
		if e&copydetect.EditNames != 0 && !containsAny(t, ns) {
			return false
		}
		if e&copydetect.EditReorder != 0 && len(sentences(t)) < 3 {
			return false
		}
		return true
	}
	// the window nearest a length drawn from 150–600 (short windows are
	// far more numerous: a uniform pick among them would rarely be long)
	target := 150 + pl.rng.Intn(451)
	var best *docPlan
	var bw window
	bestDist := -1
	for _, i := range pl.rng.Perm(len(sourceItems)) {
		d := pl.itemDoc(sub, sourceItems[i])
		if d == nil {
			continue
		}
		ws := pl.windows(d, 150, 600, accept)
		for _, k := range pl.rng.Perm(len(ws)) {
			w := ws[k]
			dist := utf8.RuneCountInString(w.text) - target
			if dist < 0 {
				dist = -dist
			}
			if bestDist < 0 || dist < bestDist {
				best, bw, bestDist = d, w, dist
			}
		}
	}
	if best == nil {
		return nil, window{}, false
	}
	pl.use(best, bw.first, bw.last)
	return best, bw, true
}

// pickTarget chooses an item of sub to copy into (item n when n > 0) and
// the block to insert after.
func (pl *planter) pickTarget(sub *subPlan, n int) (*docPlan, int) {
	items := []int{n}
	if n == 0 {
		items = nil
		for _, i := range pl.rng.Perm(len(sourceItems)) {
			items = append(items, sourceItems[i])
		}
	}
	for _, it := range items {
		if d := pl.itemDoc(sub, it); d != nil {
			if a := pl.anchor(d); a >= 0 {
				return d, a
			}
		}
	}
	return nil, -1
}

// copyBetween plants one copy from src into dst; false when no passage or
// target is left.
func (pl *planter) copyBetween(kind string, src, dst *subPlan, e copydetect.Edit, dstItem int) (*plantedPassage, bool) {
	td, at := pl.pickTarget(dst, dstItem)
	if td == nil {
		return nil, false
	}
	sd, w, ok := pl.pickSource(src, e, isStudentItem(td.item))
	if !ok {
		pl.used[td][at] = false
		return nil, false
	}
	cp := pl.edit(w.text, e, src.ctx, dst.ctx)
	pl.insert(td, at, cp)
	pl.origin++
	p := &plantedPassage{kind: kind, origin: pl.origin, edits: e.String(),
		src: place{sub: src, doc: sd, text: w.text}, dst: place{sub: dst, doc: td, text: cp}}
	pl.plan.passages = append(pl.plan.passages, p)
	return p, true
}

func unordered(a, b *subPlan) [2]*subPlan {
	if a.id > b.id {
		a, b = b, a
	}
	return [2]*subPlan{a, b}
}

// crossCopy plants a copy between two submissions of different schools
// that have no planted copy yet (dstItem > 0 fixes the target item).
func (pl *planter) crossCopy(e copydetect.Edit, dstItem int) {
	for try := 0; try < 200; try++ {
		src := pl.subs[pl.rng.Intn(len(pl.subs))]
		dst := pl.subs[pl.rng.Intn(len(pl.subs))]
		if pl.schoolOf[src] == pl.schoolOf[dst] || pl.pairs[unordered(src, dst)] {
			continue
		}
		if _, ok := pl.copyBetween(PlantCrossSchool, src, dst, e, dstItem); ok {
			pl.pairs[unordered(src, dst)] = true
			return
		}
	}
}

// sameSchool plants a copy between two submissions of one school.
func (pl *planter) sameSchool(e copydetect.Edit) {
	for try := 0; try < 200; try++ {
		sp := pl.cp.schools[pl.rng.Intn(len(pl.cp.schools))]
		if len(sp.subs) < 2 {
			continue
		}
		k := pl.rng.Perm(len(sp.subs))
		src, dst := sp.subs[k[0]], sp.subs[k[1]]
		if pl.pairs[unordered(src, dst)] {
			continue
		}
		if _, ok := pl.copyBetween(PlantSameSchool, src, dst, e, 0); ok {
			pl.pairs[unordered(src, dst)] = true
			return
		}
	}
}

// ring copies one passage of a school into two other schools; the two
// copies then share it too (a pair of its own).
func (pl *planter) ring(e1, e2 copydetect.Edit) {
	for try := 0; try < 200; try++ {
		a := pl.subs[pl.rng.Intn(len(pl.subs))]
		b := pl.subs[pl.rng.Intn(len(pl.subs))]
		c := pl.subs[pl.rng.Intn(len(pl.subs))]
		sa, sb, sc := pl.schoolOf[a], pl.schoolOf[b], pl.schoolOf[c]
		if sa == sb || sa == sc || sb == sc || pl.pairs[unordered(a, b)] || pl.pairs[unordered(a, c)] || pl.pairs[unordered(b, c)] {
			continue
		}
		db, atB := pl.pickTarget(b, 0)
		if db == nil {
			continue
		}
		dc, atC := pl.pickTarget(c, 0)
		if dc == nil {
			pl.used[db][atB] = false
			continue
		}
		sd, w, ok := pl.pickSource(a, e1|e2, isStudentItem(db.item) || isStudentItem(dc.item))
		if !ok {
			pl.used[db][atB], pl.used[dc][atC] = false, false
			continue
		}
		cb := pl.edit(w.text, e1, a.ctx, b.ctx)
		cc := pl.edit(w.text, e2, a.ctx, c.ctx)
		pl.insert(db, atB, cb)
		pl.insert(dc, atC, cc)
		pl.origin++
		src := place{sub: a, doc: sd, text: w.text}
		pb := place{sub: b, doc: db, text: cb}
		pc := place{sub: c, doc: dc, text: cc}
		pl.plan.passages = append(pl.plan.passages,
			&plantedPassage{kind: PlantCrossSchool, origin: pl.origin, edits: e1.String(), src: src, dst: pb},
			&plantedPassage{kind: PlantCrossSchool, origin: pl.origin, edits: e2.String(), src: src, dst: pc},
			&plantedPassage{kind: PlantCrossSchool, origin: pl.origin, edits: "ring:" + e1.String() + "/" + e2.String(), src: pb, dst: pc})
		pl.pairs[unordered(a, b)], pl.pairs[unordered(a, c)], pl.pairs[unordered(b, c)] = true, true, true
		return
	}
}

// studentSections returns, per student section of a student item (each
// opens with a title), the indices of its answer blocks: the composed
// paragraphs after its first heading in item 11, the "答：" lines in item 8.
func studentSections(d *docPlan) [][]int {
	var out [][]int
	inAnswer := false
	for i, b := range d.blocks {
		switch {
		case b.kind == bTitle:
			out = append(out, nil)
			inAnswer = false
		case len(out) == 0:
		case d.item == 11 && b.kind == bHeading:
			inAnswer = b.text == itemHeadings[11][0]
		case d.item == 11 && inAnswer && composedPara(b):
			out[len(out)-1] = append(out[len(out)-1], i)
		case d.item == 8 && composedPara(b) && strings.HasPrefix(b.text, "答："):
			out[len(out)-1] = append(out[len(out)-1], i)
		}
	}
	return out
}

// identicalWork gives, in item n of one submission, one student's answers
// as another's (the second student's answer blocks take the first one's
// text). The document then takes no other planted text.
func (pl *planter) identicalWork(n int) {
	for _, k := range pl.rng.Perm(len(pl.subs)) {
		sub := pl.subs[k]
		d := pl.itemDoc(sub, n)
		if d == nil || pl.used[d] != nil {
			continue
		}
		secs := studentSections(d)
		if len(secs) != 3 || len(secs[0]) == 0 || len(secs[0]) != len(secs[1]) {
			continue
		}
		a, b := 0, 1
		if pl.rng.Intn(2) == 0 {
			a, b = 1, 2
		}
		if len(secs[a]) != len(secs[b]) {
			continue
		}
		pl.reserved[d] = true
		pl.origin++
		// consecutive answer blocks form one passage (they are drawn
		// without other text between)
		flush := func(from, to int) {
			var text strings.Builder
			for i := from; i <= to; i++ {
				src := d.blocks[secs[a][i]].text
				d.blocks[secs[b][i]].text = src
				pl.mark(d, src)
				text.WriteString(src)
			}
			t := text.String()
			pl.plan.passages = append(pl.plan.passages, &plantedPassage{kind: PlantIdenticalWork, origin: pl.origin, edits: "exact",
				src: place{sub: sub, doc: d, text: t}, dst: place{sub: sub, doc: d, text: t, nth: 1}})
		}
		start := 0
		for i := 1; i <= len(secs[a]); i++ {
			if i == len(secs[a]) || secs[a][i] != secs[a][i-1]+1 || secs[b][i] != secs[b][i-1]+1 {
				flush(start, i-1)
				start = i
			}
		}
		return
	}
}

// category is a group of majors (专业大类) by the first two digits of the
// major's code.
type category struct{ name, text string }

var categories = map[string]category{
	"01": {"装备制造类", "装备制造类专业工学一体化课程应对接智能制造产业链岗位群，教学中突出识图、工艺编制、设备操作与质量检测能力的贯通培养。学习工作站须满足安全生产和6S管理要求，关键设备操作实行持证上岗和双人复核制度，教学资源应及时吸收新工艺、新材料和新标准。"},
	"03": {"信息技术类", "信息技术类专业工学一体化课程面向数字经济相关岗位群，着重培养需求分析、方案设计、系统部署与运行维护的综合职业能力。实训环境须具备真实或仿真的网络与软件运行条件，学生作品应遵守知识产权和数据安全相关规定，教学内容随主流技术版本及时更新。"},
	"04": {"交通运输类", "交通运输类专业课程对接运输装备制造、维修与运营服务岗位，把安全规程、故障诊断和规范作业放在能力培养的首位。涉及高压电、举升和行车作业的学习任务必须落实防护措施和作业许可制度，维修手册与运营规章以行业最新版本为准。"},
	"05": {"生活服务类", "生活服务类专业围绕餐饮、住宿与照护服务岗位组织课程，重视服务流程、卫生安全、沟通礼仪与应急处置能力。实训场所按照行业营业场所标准布置，食品安全、消防安全和个人防护要求贯穿全部学习任务，评价引入顾客和企业代表的意见。"},
	"06": {"财经商贸类", "财经商贸类专业以商品流通与网络营销岗位为依托设计课程，强调市场调研、运营推广、客户服务与数据分析能力。学习任务依托真实店铺或仿真运营平台开展，学生须遵守广告、价格和消费者权益保护相关法律法规，考核以运营数据和客户反馈为依据。"},
	"13": {"医药卫生类", "医药卫生类专业课程对应药品生产、经营与使用岗位，注重药材识别、质量检验、调剂规范与合理用药指导。实训条件应符合药品经营质量管理规范的有关要求，药品和药材的储存、养护与记录须真实完整，考核突出质量意识和职业操守。"},
}

// standardPassage is the passage of a major's national standard that item 1
// quotes (fixed text: every school of the major quotes the same).
func standardPassage(m *major) string {
	return fmt.Sprintf("依据%s专业国家技能人才培养标准，本专业面向%s、%s等职业岗位，培养掌握%s、%s和%s等核心技能的中级工和高级工。"+
		"课程设置以%s、%s等工学一体化课程为主干，学习任务取自%s和%s的真实工作任务；"+
		"教学场所应配置%s、%s、%s等设备设施，按照企业生产规范组织学习活动；"+
		"课程评价以%s和%s为重点，过程评价与终结评价相结合，评价结果作为学生取得职业技能等级证书的重要依据。",
		m.Name, m.Roles[0], m.Roles[1], m.Ops[0], m.Ops[1], m.Ops[2], m.Courses[0].Name, m.Courses[1].Name,
		m.Clients[0], m.Clients[1], m.Equip[0], m.Equip[1], m.Equip[2], m.Quality[0], m.Quality[1])
}

// provincialGuideline is shared by five schools of the large profile and is
// in no reference: only the number of schools makes it template.
const provincialGuideline = "根据自治区人力资源和社会保障厅关于深化技工院校工学一体化教学改革的实施意见，学校每学期至少组织一次工学一体化课堂教学质量诊断，诊断结果纳入教师年度考核；课程考核方案须经校企双方共同审定，企业评价所占权重不低于百分之二十，考核记录应保存三年以上备查。"

// provincialSchools is how many schools quote provincialGuideline (T = 4
// makes it template).
const provincialSchools = 5

// standardsText is the reference file: every major's and category's
// passage (not only those of the corpus: the operator has them all).
func standardsText() string {
	var b strings.Builder
	b.WriteString("国家技能人才培养标准与专业大类课程标准通用要求（节选）\n")
	for i := range majors {
		fmt.Fprintf(&b, "\n%s\n%s\n", majors[i].Name, standardPassage(&majors[i]))
	}
	keys := make([]string, 0, len(categories))
	for k := range categories {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "\n%s\n%s\n", categories[k].name, categories[k].text)
	}
	return b.String()
}

// templates quotes the standards in item 1 of every submission and, in the
// large profile, the provincial guideline in item 9 of five schools.
func (pl *planter) templates(large bool) {
	origins := map[string]int{}
	originOf := func(t string) int {
		if o, ok := origins[t]; ok {
			return o
		}
		pl.origin++
		origins[t] = pl.origin
		return pl.origin
	}
	add := func(sub *subPlan, d *docPlan, at int, ref bool, texts ...string) {
		pl.insert(d, at, texts...)
		for _, t := range texts {
			pl.plan.passages = append(pl.plan.passages, &plantedPassage{kind: PlantTemplate, origin: originOf(t), reference: ref,
				dst: place{sub: sub, doc: d, text: t}})
		}
	}
	seen := map[string]bool{}
	for _, sub := range pl.subs {
		d := pl.itemDoc(sub, 1)
		if d == nil {
			continue
		}
		at := headingIndex(d, itemHeadings[1][0])
		if at < 0 {
			continue
		}
		m := sub.ctx.major
		texts := []string{standardPassage(m)}
		if c, ok := categories[m.Code[:2]]; ok {
			texts = append(texts, c.text)
		}
		add(sub, d, at, true, texts...)
		for _, t := range texts {
			if !seen[t] {
				seen[t] = true
				pl.plan.refLines = append(pl.plan.refLines, t)
			}
		}
	}
	if !large {
		return
	}
	n := 0
	for _, si := range pl.rng.Perm(len(pl.cp.schools)) {
		if n == provincialSchools {
			break
		}
		for _, sub := range pl.cp.schools[si].subs {
			d := pl.itemDoc(sub, 9)
			if d == nil {
				continue
			}
			if at := headingIndex(d, itemHeadings[9][0]); at >= 0 {
				add(sub, d, at, false, provincialGuideline)
				n++
				break
			}
		}
	}
}

// finish locates every planted passage in the drawn pages, records the
// passages and their findings in the truth, and writes the standards into
// the reference folder.
func (pl *copyPlan) finish(cp *corpusPlan, dir string) error {
	if pl == nil {
		return nil
	}
	t := cp.truth
	pages := map[string][]TruthPage{}
	for _, p := range t.Pages {
		pages[p.File] = append(pages[p.File], p)
	}
	for _, ps := range pages {
		sort.Slice(ps, func(i, j int) bool { return ps[i].Page < ps[j].Page })
	}
	type id struct {
		rule, sub string
		item      int
		file      string
		note      string
	}
	findings := map[id]bool{}
	for _, f := range t.Findings {
		findings[id{f.Rule, f.SubmissionID, f.Item, f.File, f.Note}] = true
	}
	report := func(rule string, p place, note string) {
		f := TruthFinding{Rule: rule, SubmissionID: p.sub.id, Item: p.doc.item, File: p.doc.relPath, Note: note}
		if k := (id{f.Rule, f.SubmissionID, f.Item, f.File, f.Note}); !findings[k] {
			findings[k] = true
			t.Findings = append(t.Findings, f)
		}
	}
	for _, p := range pl.passages {
		tp := TruthPassage{Kind: p.kind, Origin: p.origin, Text: p.dst.text, Reference: p.reference}
		if p.kind != PlantTemplate {
			tp.Edits = p.edits
		}
		var err error
		if tp.Dst, err = locate(pages, p.dst); err != nil {
			return err
		}
		if p.src.doc != nil {
			tp.SrcText = p.src.text
			if tp.Src, err = locate(pages, p.src); err != nil {
				return err
			}
		}
		t.Planted = append(t.Planted, tp)
		switch p.kind {
		case PlantCrossSchool:
			report(models.RuleCopyCrossSchool, p.src, p.kind)
			report(models.RuleCopyCrossSchool, p.dst, p.kind)
		case PlantSameSchool:
			report(models.RuleCopySameSchool, p.src, p.kind)
			report(models.RuleCopySameSchool, p.dst, p.kind)
		case PlantIdenticalWork:
			report(models.RuleFabricationIdenticalWork, p.dst, p.kind)
		}
	}
	sort.SliceStable(t.Findings, func(i, j int) bool {
		a, b := t.Findings[i], t.Findings[j]
		if a.SubmissionID != b.SubmissionID {
			return a.SubmissionID < b.SubmissionID
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.File < b.File
	})
	lines := map[string]bool{}
	for _, l := range t.TemplateLines {
		lines[l] = true
	}
	for _, l := range pl.refLines {
		if !lines[l] {
			lines[l] = true
			t.TemplateLines = append(t.TemplateLines, l)
		}
	}
	sort.Strings(t.TemplateLines)
	return writeFile(dir, ReferenceDirName+"/"+standardsFileName, []byte(standardsText()))
}

// locate finds the nth occurrence of p.text in the drawn pages of its file,
// across the line and page breaks of the layout (white space is skipped on
// both sides: a scanned page's text drops blanks).
func locate(pages map[string][]TruthPage, p place) (TruthSpan, error) {
	sp := TruthSpan{SubmissionID: p.sub.id, Item: p.doc.item, File: p.doc.relPath}
	type pos struct{ page, off int }
	var text []rune
	var at []pos
	for _, pg := range pages[p.doc.relPath] {
		off := 0
		for _, r := range pg.Text {
			if !unicode.IsSpace(r) {
				text = append(text, r)
				at = append(at, pos{pg.Page, off})
			}
			off++
		}
	}
	var want []rune
	for _, r := range p.text {
		if !unicode.IsSpace(r) {
			want = append(want, r)
		}
	}
	seen := 0
	for i := 0; len(want) > 0 && i+len(want) <= len(text); i++ {
		if text[i] != want[0] || string(text[i:i+len(want)]) != string(want) {
			continue
		}
		if seen < p.nth {
			seen++
			i += len(want) - 1
			continue
		}
		first, last := at[i], at[i+len(want)-1]
		sp.Page, sp.Start, sp.EndPage, sp.End = first.page, first.off, last.page, last.off+1
		return sp, nil
	}
	return sp, fmt.Errorf("planted passage not found in the drawn pages of %s (occurrence %d): %q", p.doc.relPath, p.nth, p.text)
}
