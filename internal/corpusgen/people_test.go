package corpusgen

import (
	"fmt"
	"strings"
	"testing"

	"classaudit/models"
)

// planText is the text of a planned document, blocks and table rows one a line.
func planText(d *docPlan) string {
	var b strings.Builder
	for _, bl := range d.blocks {
		if bl.kind == bTable {
			for _, r := range bl.rows {
				b.WriteString(strings.Join(r, " ") + "\n")
			}
			continue
		}
		b.WriteString(bl.text + "\n")
	}
	return b.String()
}

// TestPeopleDefectsInPlans: every planted people and form defect is in the
// documents as its truth entry says, and every kind is planted in both
// profiles.
func TestPeopleDefectsInPlans(t *testing.T) {
	for _, o := range []Options{{Seed: testSeed}, {Seed: 2, Profile: "large"}} {
		cp, err := planCorpus(o)
		if err != nil {
			t.Fatal(err)
		}
		subs := map[string]*subPlan{}
		for _, sp := range cp.schools {
			for _, sub := range sp.subs {
				subs[sub.id] = sub
			}
		}
		kinds := map[string]int{}
		for _, p := range cp.truth.People {
			kinds[p.Kind]++
			sub := subs[p.SubmissionID]
			doc := func(item int) string {
				for _, d := range sub.docs {
					if item == 0 && d.kind == string(models.KindForm) || item > 0 && d.kind == string(models.KindItem) && d.item == item {
						return planText(d)
					}
				}
				t.Fatalf("%s: no document for item %d", sub.id, item)
				return ""
			}
			ctx := sub.ctx
			where := fmt.Sprintf("%s %s (%s)", o.Profile, sub.id, p.Kind)
			switch p.Kind {
			case pplTwoStudents, pplFourStudents:
				for _, n := range ctx.studentsOf(p.Item) {
					if !strings.Contains(doc(p.Item), n) {
						t.Errorf("%s: %s missing from item %d", where, n, p.Item)
					}
				}
				if want := map[string]int{pplTwoStudents: 2, pplFourStudents: 4}[p.Kind]; len(ctx.studentsOf(p.Item)) != want {
					t.Errorf("%s: item %d holds %d students", where, p.Item, len(ctx.studentsOf(p.Item)))
				}
			case pplReplaced:
				if !strings.Contains(doc(12), p.Names[1]) || strings.Contains(doc(12), p.Names[0]) || !strings.Contains(doc(8), p.Names[0]) {
					t.Errorf("%s: item 12 does not replace %s by %s", where, p.Names[0], p.Names[1])
				}
			case pplOutsider:
				n := p.Names[0]
				for _, it := range []int{8, 11, 12} {
					if !strings.Contains(doc(it), n) {
						t.Errorf("%s: %s not in item %d", where, n, it)
					}
				}
				if strings.Contains(doc(10), n) || containsName(ctx.roster, n) {
					t.Errorf("%s: outsider %s is in the class", where, n)
				}
			case pplMissingRecord, pplFewerRecords:
				n := p.Names[0]
				if strings.Contains(doc(10), " "+n+" ") || !containsName(ctx.roster, n) {
					t.Errorf("%s: %s has a record or is no class member", where, n)
				}
				if sub.hasRoster() != (p.Kind == pplMissingRecord) {
					t.Errorf("%s: roster present %v", where, sub.hasRoster())
				}
			case pplScoreOverMax, pplTotalNotSum:
				var row []string
				for _, l := range strings.Split(doc(10), "\n") {
					if f := strings.Fields(l); len(f) == 5 && f[1] == p.Names[0] {
						row = f
					}
				}
				if row == nil {
					t.Fatalf("%s: no row for %s", where, p.Names[0])
				}
				var v [3]int
				for i := range v {
					fmt.Sscan(row[2+i], &v[i])
				}
				bad := v[0] > 60 || v[1] > 40
				if (p.Kind == pplScoreOverMax) != bad || (p.Kind == pplTotalNotSum) == (v[0]+v[1] == v[2]) {
					t.Errorf("%s: row %v", where, row)
				}
			case formTeamOfFive:
				if len(ctx.teachers) != 5 {
					t.Errorf("%s: %d teachers", where, len(ctx.teachers))
				}
			case formMajorAbbrev:
				if !strings.Contains(doc(0), "专业名称："+ctx.majorAbbrev) || strings.Contains(doc(0), ctx.major.Name) {
					t.Errorf("%s: form names the major in full", where)
				}
			case formLongSection, formStepMissing:
				f := buildFormSections(sub)
				for _, s := range f {
					n := models.CountChars(s.Text)
					switch {
					case s.Title == ctx.longSection && n <= s.Limit:
						t.Errorf("%s: %s has %d characters, limit %d", where, s.Title, n, s.Limit)
					case s.Title != ctx.longSection && n > s.Limit:
						t.Errorf("%s: %s over its limit", where, s.Title)
					}
					if strings.HasPrefix(s.Title, "六") {
						for _, st := range sixSteps {
							if strings.Contains(s.Text, st) == (st == ctx.dropStep) {
								t.Errorf("%s: step %s (dropped %q)", where, st, ctx.dropStep)
							}
						}
					}
				}
			default:
				t.Errorf("%s: unknown kind", where)
			}
		}
		for _, k := range []string{pplOutsider, pplReplaced, pplMissingRecord, pplFewerRecords, formTeamOfFive, formMajorAbbrev, formLongSection, formStepMissing} {
			if kinds[k] == 0 {
				t.Errorf("%s profile: no %s planted", o.Profile, k)
			}
		}
		if kinds[pplTwoStudents]+kinds[pplFourStudents] == 0 || kinds[pplScoreOverMax]+kinds[pplTotalNotSum] == 0 {
			t.Errorf("%s profile: kinds %v", o.Profile, kinds)
		}
		ctl := map[string]int{}
		for _, c := range cp.truth.Controls {
			ctl[c.Kind]++
		}
		if ctl[ctlTwins] == 0 || ctl[ctlGroupWork] == 0 || ctl[ctlLookalike] == 0 {
			t.Errorf("%s profile: controls %v", o.Profile, ctl)
		}
	}
}

// buildFormSections reads the section texts back out of a planned form.
func buildFormSections(sub *subPlan) []formSection {
	var d *docPlan
	for _, x := range sub.docs {
		if x.kind == string(models.KindForm) {
			d = x
		}
	}
	var out []formSection
	for i, b := range d.blocks {
		for _, def := range formSectionDefs {
			if b.text == def.Prompt && i+1 < len(d.blocks) {
				s := def
				s.Text = d.blocks[i+1].text
				out = append(out, s)
			}
		}
	}
	return out
}
