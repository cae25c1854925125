package check

import (
	"fmt"
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/model"
	"tally/internal/review"
)

// historyRules compares each entry with the same unit's latest earlier
// entry for the task, and looks for owned open tasks a report leaves out.
// A unit's history is its own, so units are followed side by side.
func historyRules(c *ctx) {
	if c.repo.Plan == nil {
		return
	}
	// Each unit's reports, in period order (Reports is sorted by period).
	// A report read only once its typing slips were put right is compared
	// with the history too, so that its warnings come in the same run as
	// its errors; it is no history for the periods after it.
	byUnit := map[string][]*model.Report{}
	var units []string
	only := map[*model.Report]bool{}
	for _, r := range c.res.CheckOnly {
		if r.File == "reports/"+r.Dir+"/"+r.Base+".yaml" { // not one under a wrong name
			only[r] = true
		}
	}
	for _, r := range slices.Concat(c.repo.Reports, slices.Collect(maps.Keys(only))) {
		if r.Unit != r.Base || c.x.PeriodIndex(r.Dir) < 0 {
			continue
		}
		if _, ok := byUnit[r.Unit]; !ok {
			units = append(units, r.Unit)
		}
		byUnit[r.Unit] = append(byUnit[r.Unit], r)
	}
	if len(only) > 0 {
		slices.Sort(units)
		for _, rs := range byUnit {
			slices.SortStableFunc(rs, func(a, b *model.Report) int { return c.x.PeriodIndex(a.Dir) - c.x.PeriodIndex(b.Dir) })
		}
	}
	// A report the office returned and the unit has not sent again counts
	// for nothing in the ledger (退回待改): it leaves no history either, so
	// that R402 and R403 never hold up to a unit the word the office sent
	// back (probe 15: a done returned in 2019Q1 made R403 of 推进中 in
	// 2019Q2).
	returned := map[*model.Report]bool{}
	book := review.Of(c.x)
	for _, rs := range byUnit {
		for _, r := range rs {
			if !r.Submitted.IsZero() && book.Verdict(r).State == review.Returned {
				returned[r] = true
			}
		}
	}
	unitTasks := c.x.UnitTasks()
	workers := min(runtime.GOMAXPROCS(0), len(units))
	lists := make([]diag.List, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h := &unitHistory{ctx: ctx{d: &lists[w]}, latest: map[string]last{}, only: only, returned: returned, partial: c.res.Partial, x: c.x, closed: c.closed}
			for i := w; i < len(units); i += workers {
				u := units[i]
				h.follow(byUnit[u], unitTasks[u])
			}
		}()
	}
	wg.Wait()
	for _, l := range lists {
		c.d.Merge(l)
	}
}

// last is a unit's latest word on a task, and the period it was said in.
type last struct {
	e      *model.Entry
	period string
}

// unitHistory follows one unit at a time; its maps are reused between units.
type unitHistory struct {
	ctx
	latest   map[string]last        // by task key
	only     map[*model.Report]bool // read for check only: compared, never history
	returned map[*model.Report]bool // returned, not sent again: compared, never history
	partial  map[string]map[string]bool
	x        *model.Index
	closed   func(period string) bool
	reported map[string]bool
	updates  []update
}

// counts says whether entry e of report r is its unit's word on the task
// as the ledger takes it (ledger's entryPair): a later entry is compared
// with such words only, so that R402 and R403 never cite an entry check
// itself says does not count (probe 14, B4: R403 cited a 2019Q2 done the
// task's from made R316). Its value passed validation, done is 100, it
// says what was done (R404), the unit owns the task (R305), and both are
// on the list in the report's period (R316).
func (h *unitHistory) counts(r *model.Report, e *model.Entry) bool {
	ri := h.x.PeriodIndex(r.Dir)
	switch {
	case e.Invalid || strings.TrimSpace(e.Summary) == "" || e.Status == model.Done && e.HasProgress && e.Progress < 100:
		return false
	case ri >= 0 && !h.x.Serving(r.Unit, ri):
		return false
	}
	if t := h.x.Task(e.Task); t == nil || ri >= 0 && !h.x.InList(t, ri) {
		return false
	}
	_, owned := h.x.Pair(r.Unit, model.TaskKey(e.Task))
	return owned
}

type update struct {
	task string
	l    last
}

// follow checks one unit's reports, oldest first, against its history.
// A report's entries enter the history only after the whole report is
// seen, so that two entries for one task are both compared with the past.
func (h *unitHistory) follow(reports []*model.Report, owned []string) {
	clear(h.latest)
	if h.reported == nil {
		h.reported = map[string]bool{}
	}
	keys := make([]string, len(owned)) // asked for in every report of the unit
	for i, tid := range owned {
		keys[i] = model.TaskKey(tid)
	}
	for _, r := range reports {
		clear(h.reported)
		h.updates = h.updates[:0]
		for i := range r.Entries {
			e := &r.Entries[i]
			k := model.TaskKey(e.Task)
			h.reported[k] = true
			if e.Invalid {
				continue // its own error is reported; the history goes on from the last valid word
			}
			if prev, ok := h.latest[k]; ok {
				if prev.e.Status == model.Done && e.Status != model.Done {
					h.add(r.File, e.At.Of("status"), diag.DoneWentBack, i18n.F("任务 %s 在 %s 已报已完成，本期却报为%s",
						"task %s was reported done in %s but is now %s", e.Task, prev.period, e.Status.Label(i18n.Zh)))
				} else if e.EffectiveProgress() < prev.e.EffectiveProgress() && (e.HasProgress || prev.e.HasProgress) {
					h.add(r.File, e.At.Of("progress"), diag.ProgressDown, i18n.T(
						fmt.Sprintf("进度 %d 低于 %s 报送的 %d", e.EffectiveProgress(), prev.period, prev.e.EffectiveProgress()),
						fmt.Sprintf("progress %d is below the %d reported in %s", e.EffectiveProgress(), prev.e.EffectiveProgress(), prev.period)))
				}
			}
			if h.counts(r, e) {
				h.updates = append(h.updates, update{k, last{e, r.Dir}})
			}
		}
		var open []string
		// The entries a report was read without (its syntax errors are in
		// them) are not missing; when one names no task that can be read,
		// no task is known to be.
		left := h.partial[r.File]
		ri := h.x.PeriodIndex(r.Dir)
		for i, tid := range owned {
			k := keys[i]
			if h.reported[k] || left[k] || left[""] || !h.x.Serving(r.Unit, ri) {
				continue
			}
			if t := h.x.Task(tid); t != nil && !h.x.InList(t, ri) {
				continue // it joined the list later (its from)
			}
			if prev, ok := h.latest[k]; ok && prev.e.Status == model.Done {
				continue
			}
			open = append(open, tid)
		}
		if r.Submitted.IsZero() && !r.Dated {
			continue // a draft: R408 says so; it leaves no history for later periods
		}
		if len(open) > 0 {
			msg := i18n.T("本期报送漏了它负责的任务："+i18n.List(open).Zh, "the report leaves out tasks the unit owns: "+i18n.List(open).En)
			if h.closed(r.Dir) {
				// A task added to the list since is owed by no report of a
				// period already closed: say how to keep the period as it was.
				msg = join(msg, i18n.F("。%s 已经结束：如果其中有后来才加入清单的任务，在那项任务的文件中写 from: 和它加入清单的期次，以前各期就不欠它的报送",
					". %s is closed: if some of them joined the list since, write from: and the period they joined in their task files, and earlier periods owe them nothing", r.Dir))
			}
			h.add(r.File, r.At.Of("entries"), diag.NotReported, msg)
		}
		if h.only[r] || r.Submitted.IsZero() || h.returned[r] {
			continue // counts for nothing yet (its date is wrong, or it was returned), so no history either
		}
		for _, u := range h.updates {
			h.latest[u.task] = u.l
		}
	}
}
