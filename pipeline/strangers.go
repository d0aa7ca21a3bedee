package pipeline

import (
	"context"
	"slices"

	"golang.org/x/sync/errgroup"

	"classaudit/internal/names"
	"classaudit/models"
)

// rereadStrangers gives a second reading (NameRereader) to the scanned
// pages of items 8, 11 and 12 whose first reading names a student surely,
// but only strangers: students of no class list's (not in item 10's
// records, not in the roster, not one similar character off either) whom
// no other item names. OCR reads a name wrong at full confidence now and
// then ("马悦" for 马飞 at 300 dpi, read right at 240): the checks take a
// class member a second reading names on such a page for that page's
// student (see checks' rereadStrangers).
// It runs once every file is extracted, since the class list comes from
// other files of the submission; a submission without one is left alone.
func rereadStrangers(ctx context.Context, cfg Config, cache *Cache, subs []*models.Submission) error {
	rr, ok := cfg.OCR.(NameRereader)
	if !ok {
		return nil
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(cfg.Workers)
	for _, s := range subs {
		g.Go(func() error {
			class := classList(s)
			if len(class) == 0 {
				return nil
			}
			// Who each student item names surely, on first and second
			// readings: a stranger named in two items is a student of
			// its own, not a misreading.
			named := map[string]map[int]bool{}
			for _, d := range s.Documents {
				if !studentItem(d) {
					continue
				}
				for _, p := range d.Pages {
					for _, t := range append([]string{p.Text}, p.Rereads...) {
						for _, r := range names.FromPage(t, class) {
							if r.Sure() {
								if named[r.Name] == nil {
									named[r.Name] = map[int]bool{}
								}
								named[r.Name][d.Item] = true
							}
						}
					}
				}
			}
			for i, d := range s.Documents {
				if studentItem(d) {
					rereadPages(gctx, rr, cache, s.Files[i].DiskPath, d, func(p *models.Page) bool { return namesStrangers(p.Text, class, named) })
				}
			}
			return gctx.Err()
		})
	}
	return g.Wait()
}

// classList is what the submission's item 10 records and roster name.
func classList(s *models.Submission) []string {
	var out []string
	for _, d := range s.Documents {
		if d == nil || d.ErrorRule != "" {
			continue
		}
		switch {
		case d.Kind == models.KindRoster:
			out = append(out, names.Roster(d.PageTexts())...)
		case d.Kind == models.KindItem && d.Item == models.RecordsItem:
			for _, r := range names.Records(d.PageTexts()) {
				if r.Name != "" {
					out = append(out, r.Name)
				}
			}
		}
	}
	return out
}

func studentItem(d *models.Document) bool {
	return d != nil && d.Kind == models.KindItem && slices.Contains(models.StudentItems, d.Item)
}

// namesStrangers reports whether text names students surely, none of them
// of class nor named (surely) in another item than this one.
func namesStrangers(text string, class []string, named map[string]map[int]bool) bool {
	sure := false
	for _, r := range names.FromPage(text, class) {
		if !r.Sure() {
			continue
		}
		if _, k := names.Match(r.Name, class); k == names.Exact || k == names.Fuzzy || len(named[r.Name]) > 1 {
			return false
		}
		sure = true
	}
	return sure
}
