package corpusgen

import (
	"sort"
	"strings"

	"classaudit/models"
)

// Defects planted in files (TruthFile.Defect).
const (
	defectZero       = "zero-bytes"
	defectTruncated  = "truncated"
	defectEncrypted  = "encrypted"
	defectDocxAsPDF  = "docx-as-pdf"
	defectDuplicate  = "duplicate"
	defectMissing    = "missing-item"
	defectUnrecogTxt = "unrecognized-txt"
	defectUnrecogJPG = "unrecognized-jpg"
	defectNoForm     = "form-missing"
)

// defectSets are the combinations planted into one submission each. The
// small profile uses each once (and leaves the rest clean); the large one
// cycles through them over about a quarter of its submissions.
var defectSets = [][]string{
	{defectZero, defectUnrecogTxt},
	{defectTruncated, defectDuplicate},
	{defectEncrypted},
	{defectDocxAsPDF, defectMissing},
	{defectNoForm, defectUnrecogJPG},
	{}, // peopleSets[5] alone
}

// defectItems are the items that may carry a planted file defect: items 8,
// 10, 11 and 12 are left intact so that the student checks stay clean.
var defectItems = []int{1, 2, 3, 4, 5, 6, 7, 9}

func (cp *corpusPlan) plantDefects() {
	var subs []*subPlan
	var schoolOf []*schoolPlan
	for _, sp := range cp.schools {
		for _, sub := range sp.subs {
			subs = append(subs, sub)
			schoolOf = append(schoolOf, sp)
		}
	}
	nDefective := len(defectSets)
	if cp.opts.Profile == "large" {
		nDefective = len(subs) / 4
	}
	order := cp.rng.Perm(len(subs))
	for k := 0; k < nDefective && k < len(order); k++ {
		i := order[k]
		cp.plantPeople(schoolOf[i], subs[i], peopleSets[k%len(peopleSets)])
		cp.plant(schoolOf[i], subs[i], defectSets[k%len(defectSets)])
	}
	// Clean controls go to clean submissions: twins in one, a group-work
	// table and a look-alike name in the next.
	for k := nDefective; k < len(order); k++ {
		switch (k - nDefective) % 3 {
		case 0:
			cp.plantControl(subs[order[k]], ctlTwins)
		case 1:
			cp.plantControl(subs[order[k]], ctlGroupWork)
			cp.plantControl(subs[order[k]], ctlLookalike)
		}
	}
	// Findings in a stable order: by submission, rule, file.
	sort.SliceStable(cp.truth.Findings, func(i, j int) bool {
		a, b := cp.truth.Findings[i], cp.truth.Findings[j]
		if a.SubmissionID != b.SubmissionID {
			return a.SubmissionID < b.SubmissionID
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.File < b.File
	})
}

func (cp *corpusPlan) plant(sp *schoolPlan, sub *subPlan, set []string) {
	rng := cp.rng
	items := rng.Perm(len(defectItems))
	next := 0
	takeItem := func() int { n := defectItems[items[next]]; next++; return n }
	itemDoc := func(n int) *docPlan {
		for _, d := range sub.docs {
			if d.kind == string(models.KindItem) && d.item == n {
				return d
			}
		}
		return nil
	}
	rel := func(name string) string { return relPath(sp.name, sub.ctx.folder, name) }
	report := func(rule string, item int, file, note string) {
		cp.truth.Findings = append(cp.truth.Findings, TruthFinding{Rule: rule, SubmissionID: sub.id, Item: item, File: file, Note: note})
	}
	for _, def := range set {
		switch def {
		case defectZero, defectTruncated, defectEncrypted, defectDocxAsPDF:
			n := takeItem()
			d := itemDoc(n)
			d.defect = def
			rule := models.RuleFileUnreadable
			if def == defectEncrypted {
				rule = models.RuleFileEncrypted
			}
			report(rule, n, rel(d.name), def)
		case defectMissing:
			n := takeItem()
			for i, d := range sub.docs {
				if d.kind == string(models.KindItem) && d.item == n {
					sub.docs = append(sub.docs[:i], sub.docs[i+1:]...)
					break
				}
			}
			report(models.RuleItemMissing, n, "", def)
		case defectDuplicate:
			n := takeItem()
			d := itemDoc(n)
			suffix := []string{"(修改稿)", "（终稿）", "-副本", " - 副本", "_v2"}[rng.Intn(5)]
			dup := &docPlan{name: strings.TrimSuffix(d.name, ".pdf") + suffix + ".pdf", kind: d.kind, item: n, format: "pdf",
				blocks: d.blocks, defect: defectDuplicate}
			sub.docs = append(sub.docs, dup)
			// The finding names the second of the two files in byte order of RelPath.
			paths := []string{rel(d.name), rel(dup.name)}
			sort.Strings(paths)
			report(models.RuleItemDuplicate, n, paths[1], def)
		case defectUnrecogTxt:
			name := []string{"说明.txt", "备注.txt", "材料说明.txt"}[rng.Intn(3)]
			text := "本文件夹为" + sub.ctx.school + "申报材料，如有疑问请联系" + sub.ctx.teachers[0].Name + "。\r\n"
			sub.docs = append(sub.docs, &docPlan{name: name, kind: string(models.KindOther), format: "txt", raw: []byte(text)})
			report(models.RuleItemUnrecognized, 0, rel(name), def)
		case defectUnrecogJPG:
			name := []string{"照片.jpg", "现场照片.jpg", "IMG_2031.jpg"}[rng.Intn(3)]
			b, err := renderJPEG(rng)
			if err != nil {
				b = []byte{0xff, 0xd8, 0xff, 0xd9}
			}
			sub.docs = append(sub.docs, &docPlan{name: name, kind: string(models.KindOther), format: "jpg", raw: b})
			report(models.RuleItemUnrecognized, 0, rel(name), def)
		case defectNoForm:
			for i, d := range sub.docs {
				if d.kind == string(models.KindForm) {
					sub.docs = append(sub.docs[:i], sub.docs[i+1:]...)
					break
				}
			}
			sub.form = ""
			report(models.RuleFormMissing, 0, "", def)
		}
	}
}
