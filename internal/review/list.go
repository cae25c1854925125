package review

import (
	"sort"

	"tally/internal/model"
)

// Item is a submitted report of a period with its standing: what
// `tally review` lists.
type Item struct {
	Unit    *model.Unit
	Report  *model.Report
	Verdict Verdict
	// Requests are the extensions the report asks for, each with the
	// office's decision so far.
	Requests []Request
}

// Request is an entry's request for a later due date, and where it stands.
type Request struct {
	Task string
	Extension
}

// List is the submitted reports of period index pi (of unit, or of
// every unit when unit is ""), the ones that await the office first:
// 待审核, 已退回后重报, then 已退回 (awaiting the unit), then 已通过; within
// each, in units.yaml order. Drafts and reports filed under another name
// or period are not listed: they are not reports to review.
func List(x *model.Index, b *Book, pi int, unit string) []Item {
	period := x.Repo.Plan.Periods[pi].ID
	var out []Item
	for _, r := range x.Repo.Reports {
		u := x.Registry.Unit(r.Base)
		if r.Dir != period || r.Unit != r.Base || r.Period != r.Dir || r.Submitted.IsZero() || u == nil || (unit != "" && r.Base != unit) {
			continue
		}
		it := Item{Unit: u, Report: r, Verdict: b.Verdict(r)}
		for i := range r.Entries {
			e := &r.Entries[i]
			if e.Extension != nil {
				it.Requests = append(it.Requests, Request{Task: e.Task, Extension: b.Extension(r.Base, e.Task, pi, e, pi)})
			}
		}
		out = append(out, it)
	}
	order := map[State]int{Pending: 0, Resubmitted: 1, Returned: 2, Accepted: 3}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if oa, ob := order[a.Verdict.State], order[b.Verdict.State]; oa != ob {
			return oa < ob
		}
		return x.Registry.UnitIndex(a.Unit.ID) < x.Registry.UnitIndex(b.Unit.ID)
	})
	return out
}
