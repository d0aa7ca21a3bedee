package extractors

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"classaudit/models"
)

func TestAgreementProbe(t *testing.T) {
	if o := os.Getenv("ORDER"); o != "" {
		textOrder, _ = strconv.Atoi(o)
	}
	for _, path := range corpusFiles(t, "text_pdf", ".pdf") {
		d := extractPath(t, path, models.KindItem)
		ref := popplerPages(t, path)
		dist, refLen, ocr := 0, 0, 0
		for i, pg := range d.Pages {
			r := ""
			if i < len(ref) {
				r = ref[i]
			}
			if pg.NeedsOCR {
				ocr++
				continue
			}
			a, b := hanRunes(pg.Text), hanRunes(r)
			if os.Getenv("BAG") != "" {
				cnt := map[rune]int{}
				for _, x := range b {
					cnt[x]++
				}
				for _, x := range a {
					cnt[x]--
				}
				miss, extra := "", ""
				for k, v := range cnt {
					if v > 0 {
						miss += string(k)
					} else if v < 0 {
						extra += string(k)
					}
				}
				t.Logf("bag %s miss=%q extra=%q", filepath.Base(path), miss, extra)
			}
			dist += levenshtein(a, b)
			refLen += len(b)
		}
		ag := 1.0
		if refLen > 0 {
			ag = 1 - float64(dist)/float64(refLen)
		}
		minScore := 1.0
		for _, pg := range d.Pages {
			minScore = min(minScore, pg.TextLayerScore)
		}
		t.Logf("%-45s pages=%d/%d ocr=%d han=%d agree=%.3f minscore=%.2f err=%s", filepath.Base(path), len(d.Pages), len(ref), ocr, refLen, ag, minScore, d.Error)
	}
}
