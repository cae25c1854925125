package ledger_test

// An independent reading of DESIGN §2, revision 3, written from the text
// and not from the ledger's code: for each pair, task, unit and section it
// computes what the design says a user must see, in the shape of `summary
// --format json`, with the lights of every pair and the chase list. The
// differential tests hold the ledger (and the views' selections) to it on
// the bundled data and on a generated province, at dates before, on and
// after the periods' due dates.

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"tally/internal/model"
	"tally/internal/render"
)

// specResult is what the reading finds for one period as of one date.
type specResult struct {
	summary render.SummaryJSON
	lights  map[[2]string]string // (task id, unit id or "") → light, non-green only
	missing []render.MissingJSON // the chase list, without contacts and fixes
	praise  []string             // "group: N ranked: praised units" per rank group
}

// specDate is an as-of date and whether it is today's day, still running.
type specDate struct {
	date    time.Time
	running bool
	now     time.Time // the date given, else today, not clamped
	today   bool      // no date given: now is today
}

// specAsOf: "--as-of, else today, but never later than the period's due
// date and never before its start"; and the lead's decisions: "an explicit
// --as-of before the period's start is clamped to the start …; after the
// due, clamped to the due"; "as-of equals the due date and that as-of is
// not today's still-running day (i.e. it was capped from a later today, or
// given with --as-of)".
func specAsOf(p model.Period, given, today time.Time) specDate {
	d, running := given, false
	if given.IsZero() {
		d, running = today, true
	}
	now := d
	if d.After(p.Due) {
		d, running = p.Due, false
	}
	if d.Before(p.Start) {
		d, running = p.Start, false
	}
	return specDate{d, running, now, given.IsZero()}
}

// specDefaultPeriod: "the period being reported — of the periods that
// have started by today, the one whose due date is nearest today — except
// that when today is after every period's due date (the plan is over), it
// is the latest period that has submitted reports." The lead's rule
// (walk 4, #1): the plan is over only once a period after the last would
// have been due, as many days after the last due date as there are
// between the last two due dates; until then the last period is chased.
func specDefaultPeriod(repo *model.Repo, today time.Time) int {
	periods := repo.Plan.Periods
	over := true
	for _, p := range periods {
		if !today.After(p.Due) {
			over = false
		}
	}
	if n := len(periods); over && n > 1 {
		days := int(periods[n-1].Due.Sub(periods[n-2].Due).Hours() / 24)
		over = today.After(periods[n-1].Due.AddDate(0, 0, days))
	}
	if over {
		latest := -1
		for i, p := range periods {
			for _, r := range repo.Reports {
				if r.Dir == p.ID && r.Period == p.ID && r.Unit == r.Base && !r.Submitted.IsZero() {
					latest = i
				}
			}
		}
		if latest >= 0 {
			return latest
		}
	}
	best, bestGap := 0, -1.0
	for i, p := range periods {
		if p.Start.After(today) {
			continue
		}
		if gap := math.Abs(today.Sub(p.Due).Hours()); bestGap < 0 || gap < bestGap {
			best, bestGap = i, gap
		}
	}
	return best
}

type specPair struct {
	entry    *model.Entry // the latest entry up to the period, nil: 未报
	reported bool         // from the period's own report
}

func (p specPair) stated() bool { return p.entry != nil }

// progress: "percent … optional (done means 100, not-started 0)".
func (p specPair) progress() float64 {
	switch {
	case p.entry.HasProgress:
		return float64(p.entry.Progress)
	case p.entry.Status == model.Done:
		return 100
	}
	return 0
}

// faulty names the files in which tally check finds an error: "a report
// with errors" (DESIGN §2, revision 3), whichever rule it is, the report's
// own or its evidence's.
func specSummary(repo *model.Repo, faulty map[string]bool, pi int, at specDate) specResult {
	asOf := at.date
	plan := repo.Plan
	reg := model.NewRegistry(repo.Units)
	period := plan.Periods[pi]
	periodIndex := func(id string) int {
		for i, p := range plan.Periods {
			if p.ID == id {
				return i
			}
		}
		return -1
	}
	owners := map[string][]string{} // task key → unit ids
	owns := func(unit string, taskKey string) bool {
		for _, u := range owners[taskKey] {
			if u == unit {
				return true
			}
		}
		return false
	}
	for _, t := range repo.Tasks {
		owners[model.TaskKey(t.ID)] = reg.ResolveAll(model.Values(t.Owners))
	}
	// The list as it stood in P (the lead's decision, walk 7): a task with
	// from joined the list in that period, and no unit owes it anything
	// before, the time it is judged against starting with that period; a
	// unit reports from its from to its until, and owes nothing outside.
	// A from or an until that names no period bounds nothing.
	// An entry of a period a task or unit is not on the list in (R316:
	// "does not count") counts in no period: neither then nor carried.
	onListIn := func(t *model.Task, p int) bool {
		f := periodIndex(t.From)
		return t.From == "" || f < 0 || p >= f
	}
	servingIn := func(unit string, p int) bool {
		u := reg.Unit(unit)
		if u == nil {
			return true
		}
		if f := periodIndex(u.From); u.From != "" && f >= 0 && p < f {
			return false
		}
		if l := periodIndex(u.Until); u.Until != "" && l >= 0 && p > l {
			return false
		}
		return true
	}
	onList := func(t *model.Task) bool { return onListIn(t, pi) }
	serving := func(unit string) bool { return servingIn(unit, pi) }
	taskOf := map[string]*model.Task{}
	for _, t := range repo.Tasks {
		if _, dup := taskOf[model.TaskKey(t.ID)]; !dup {
			taskOf[model.TaskKey(t.ID)] = t
		}
	}
	ownersIn := map[string][]string{} // task key → the units reporting in P
	for tk, us := range owners {
		for _, u := range us {
			if serving(u) {
				ownersIn[tk] = append(ownersIn[tk], u)
			}
		}
	}
	startOf := func(t *model.Task) time.Time {
		if f := periodIndex(t.From); t.From != "" && f >= 0 {
			return plan.Periods[f].Start
		}
		return plan.Start
	}

	// Reviews: "a report with a review whose report hash matches its
	// current bytes is 已通过 or 已退回; a report changed since its review,
	// or never reviewed, is 待审核. A returned report does not count … until
	// it is changed and resubmitted (submitted later than the review's
	// date)." A review is filed under its own unit and period, and says a
	// result and a date.
	// The lead's decision (A3): "the review book must be read as of the
	// same date as the reports: when as-of is before the period's due
	// date, a review dated after as-of did not exist yet"; as of the due
	// date every review counts.
	// The lead's rule (walk 4, #7): on the due day itself, while it is
	// under way (running), nothing dated after today existed yet either.
	// The lead's rule (walk 8, #1; probe 4, F11): counted as of the due
	// date because the day the figures are made on is past it (today, or
	// a later --as-of given), what is dated after that day has not come in
	// either: a report dated 10-15 is no late report on 10-13. With the due
	// date itself given, everything dated counts.
	cutoff := time.Time{} // zero: everything dated counts
	switch {
	case asOf.Before(period.Due) || at.running:
		cutoff = asOf
	case at.now.After(asOf):
		cutoff = at.now
	}
	existed := func(rv *model.Review) bool { return cutoff.IsZero() || !rv.Date.After(cutoff) }
	// The lead's decision (walk 3, #8): the review of a report of an
	// earlier period counts only when dated by as-of, so that returning a
	// closed quarter's report later leaves this period's figures as of
	// its date as they were.
	existedFor := func(rv *model.Review, r *model.Report) bool {
		if periodIndex(r.Dir) < pi {
			return !rv.Date.After(asOf)
		}
		return existed(rv)
	}
	filed := func(r *model.Report) *model.Review { // whatever its date
		var found *model.Review
		for _, rv := range repo.Reviews {
			if rv.Dir == r.Dir && rv.Base == r.Base && rv.Unit == rv.Base && rv.Period == rv.Dir && rv.HasResult && !rv.Date.IsZero() {
				found = rv
			}
		}
		return found
	}
	reviewOf := func(r *model.Report) *model.Review {
		if rv := filed(r); rv != nil && existedFor(rv, r) {
			return rv
		}
		return nil
	}
	// The lead's decision (walk 3, #1): a report returned and sent again
	// was first sent on the date its review records; as of a day between
	// the two, the unit had submitted.
	firstSent := func(r *model.Report) time.Time {
		if rv := filed(r); rv != nil && !rv.Submitted.IsZero() && rv.Submitted.Before(r.Submitted) {
			return rv.Submitted
		}
		return r.Submitted
	}
	// The lead's rule (walk 8, #2): a report sent again after the day
	// counted as of was, on that day, still returned; for a report of an
	// earlier period that day is as-of (walk 3, #8, as for its review).
	isReturned := func(r *model.Report) bool {
		rv := reviewOf(r)
		day := cutoff
		if periodIndex(r.Dir) < pi {
			day = asOf
		}
		return rv != nil && rv.Result == model.Returned && (matches(rv, r) || !resentAfter(rv, r) || !day.IsZero() && r.Submitted.After(day))
	}
	// "A granted extension moves that pair's due date (for lights only) to
	// to; a requested one not yet decided changes nothing": the latest
	// decision in the reviews of the periods up to this one.
	extendedTo := map[[2]string]time.Time{} // (unit, task key) → the due granted
	for qi := 0; qi <= pi; qi++ {
		for _, rv := range repo.Reviews {
			if rv.Dir != plan.Periods[qi].ID || rv.Unit != rv.Base || rv.Period != rv.Dir || !existed(rv) {
				continue
			}
			for _, x := range rv.Extensions {
				k := [2]string{rv.Unit, model.TaskKey(x.Task)}
				if x.Granted {
					extendedTo[k] = x.To
				} else {
					delete(extendedTo, k)
				}
			}
		}
	}

	// Reports: "A report counts only when submitted holds a date", filed
	// under its own unit and period; an invalid value counts as nothing.
	// "When as-of is before the period's due date, a report whose submitted
	// date is after as-of did not exist yet at as-of: it does not count (its
	// unit is as if not submitted)."
	submitted := map[string]*model.Report{} // unit → its report for the period
	returned := map[string]*model.Review{}  // unit → the review that returned its report for the period
	draft := map[string]bool{}
	invalid := map[string]bool{} // "its unit is 文件有误" (a done below 100 is an error)
	later := map[string]bool{}   // units whose report for the period came after as-of
	laterOn := map[string]time.Time{}
	type key struct{ unit, task string }
	type dated struct {
		e  *model.Entry
		pi int
	}
	now := map[key]*model.Entry{}
	before := map[key]dated{}
	// "Targets: the actual is the sum of the units' values": each unit's
	// value is its latest given, as a pair's state is its latest entry.
	type valueKey struct{ unit, task, target string }
	type datedValue struct {
		v  float64
		pi int
	}
	values := map[valueKey]datedValue{}
	type periodKey struct {
		k  key
		pi int
	}
	counted := map[periodKey]bool{}
	for _, r := range repo.Reports {
		ri := periodIndex(r.Dir)
		if ri < 0 || ri > pi || r.Unit != r.Base || r.Period != r.Dir {
			continue
		}
		if r.Submitted.IsZero() {
			// A date written wrong (r.Dated) is no draft: the file has an
			// error, and its unit is 文件有误 (repo.Invalid).
			if ri == pi && !r.Dated {
				draft[r.Unit] = true
			}
			continue
		}
		if !cutoff.IsZero() && firstSent(r).After(cutoff) {
			if ri == pi {
				later[r.Unit] = true
				laterOn[r.Unit] = r.Submitted
			}
			continue
		}
		if isReturned(r) { // "as if it had not submitted"
			if ri == pi {
				returned[r.Unit] = reviewOf(r)
			}
			continue
		}
		if ri == pi {
			submitted[r.Unit] = r
		}
		for i := range r.Entries {
			e := &r.Entries[i]
			k := key{r.Unit, model.TaskKey(e.Task)}
			// "Done means 100": done below it counts as nothing, as does a
			// value that failed validation, "an entry without summary (R404)",
			// and a task the unit does not own.
			doneBelow100 := e.Status == model.Done && e.HasProgress && e.Progress < 100
			if doneBelow100 && ri == pi {
				invalid[r.Unit] = true
			}
			if e.Invalid || doneBelow100 || strings.TrimSpace(e.Summary) == "" || !owns(r.Unit, k.task) {
				continue
			}
			if t := taskOf[k.task]; !servingIn(r.Unit, ri) || t != nil && !onListIn(t, ri) {
				continue
			}
			// R309: "每项任务只写一条，把两条的内容合并到第 N 行那一条，删去这一条":
			// of a task listed twice, the first entry is the unit's word.
			if ri == pi {
				if now[k] == nil {
					now[k] = e
				}
			} else if b, ok := before[k]; !ok || ri > b.pi {
				before[k] = dated{e, ri}
			}
			if !counted[periodKey{k, ri}] {
				counted[periodKey{k, ri}] = true
				for _, v := range e.Values {
					vk := valueKey{r.Unit, k.task, v.Target}
					if old, ok := values[vk]; !ok || ri > old.pi {
						values[vk] = datedValue{v.Value, ri}
					}
				}
			}
		}
	}

	out := specResult{lights: map[[2]string]string{}}
	s := render.SummaryJSON{Period: period.ID, AsOf: model.FormatDate(asOf),
		Tasks: []render.TaskRowJSON{}, Units: []render.UnitRowJSON{}, Sections: []render.SectionRowJSON{}, Targets: []render.TargetJSON{}}

	type unitAcc struct {
		tasks, reported, done, stated int
		sum                           float64
		owes                          bool
		missing                       []string
	}
	units := map[string]*unitAcc{}
	var unitOrder []string
	var progressSum float64
	progressN := 0
	exact := map[string]float64{} // task id → its progress, unrounded
	for _, t := range repo.Tasks {
		tk := model.TaskKey(t.ID)
		// Not on the list in P: joined later. The lead's decision (probe
		// 14, A3): a task every unit of which left is still on the list
		// ("清单共有任务N项"), with no unit: 未报, or done when each of
		// them had reported it done ("after that its done carries forward").
		if !onList(t) {
			continue
		}
		unowned := len(owners[tk]) > 0 && len(ownersIn[tk]) == 0
		doneBeforeLeaving := unowned
		for _, u := range owners[tk] {
			if e := before[key{u, tk}].e; e == nil || e.Status != model.Done {
				doneBeforeLeaving = false
			}
		}
		// A milestone dated before a task joined the list was never asked.
		var steps []model.Milestone
		for _, m := range t.Milestones {
			if t.From == "" || !m.Due.Before(startOf(t)) {
				steps = append(steps, m)
			}
		}
		due := t.Due
		if due.IsZero() {
			due = plan.End
		}
		row := render.TaskRowJSON{ID: t.ID, Title: t.Title, Section: t.Section, Units: len(ownersIn[tk]), Missing: []string{}, Due: model.FormatDate(due)}
		var sum float64
		allNotStarted := true
		for _, u := range ownersIn[tk] {
			acc := units[u]
			if acc == nil {
				acc = &unitAcc{}
				units[u] = acc
				unitOrder = append(unitOrder, u)
			}
			acc.tasks++
			k := key{u, tk}
			p := specPair{entry: now[k], reported: now[k] != nil}
			if p.entry == nil {
				p.entry = before[k].e
			}
			// "Each is expected to report on the task every period until it
			// reports it done": it owes the period when not done before it.
			// The lead's decision (probe 14, B5): a unit that reports in P
			// that a task it had done is not done has it open again, and
			// owes P a report on it.
			if b := before[k].e; b == nil || b.Status != model.Done || p.reported && p.entry.Status != model.Done {
				acc.owes = true
			}
			if p.reported {
				row.Reported++
				acc.reported++
			}
			if !p.reported && (!p.stated() || p.entry.Status != model.Done) {
				row.Missing = append(row.Missing, u)
				acc.missing = append(acc.missing, t.ID)
			}
			if !p.stated() {
				continue // 未报: no status, no progress, no light
			}
			row.Covered++
			acc.stated++
			sum += p.progress()
			acc.sum += p.progress()
			allNotStarted = allNotStarted && p.entry.Status == model.NotStarted
			switch p.entry.Status {
			case model.Done:
				row.Done++
				acc.done++
			case model.Delayed:
				row.Delayed++
			}
			delayed := 0
			if p.entry.Status == model.Delayed {
				delayed = 1
			}
			// The lead's decision (A5): "a granted extension means the unit
			// has until that date to finish the task: milestones of that
			// task falling before the extended date no longer turn that
			// pair red/yellow".
			pairDue, milestones := due, steps
			if to, ok := extendedTo[[2]string{u, tk}]; ok {
				pairDue, milestones = to, nil
				for _, m := range steps {
					if !m.Due.Before(to) {
						milestones = append(milestones, m)
					}
				}
			}
			if l := specLight(plan, startOf(t), asOf, pairDue, milestones, p.entry.Status == model.Done, p.progress(), delayed, 1); l != "green" {
				out.lights[[2]string{t.ID, u}] = l
			}
		}
		var progress float64
		switch {
		case doneBeforeLeaving:
			row.Status = "done"
		case row.Covered == 0:
			row.Status = "not-reported"
		case row.Done == row.Units:
			row.Status = "done"
		case row.Delayed > 0:
			row.Status = "delayed"
		case allNotStarted:
			row.Status = "not-started"
		default:
			row.Status = "in-progress"
		}
		if row.Covered > 0 || doneBeforeLeaving {
			progress = 100 // done before its units left; no unit covers it now
			if row.Covered > 0 {
				progress = sum / float64(row.Covered)
			}
			row.Progress = round1(progress)
			exact[t.ID] = progress
			progressSum += progress
			progressN++
		}
		// The lead's decision (probe 14, B2): a task every unit not done
		// with which was granted an extension is judged by the earliest
		// date granted, as those units' items are ("a granted extension
		// moves that pair's due date (for lights only)").
		taskDue, taskSteps := due, steps
		var earliest time.Time
		for _, u := range ownersIn[tk] {
			e := now[key{u, tk}]
			if e == nil {
				e = before[key{u, tk}].e
			}
			if e != nil && e.Status == model.Done {
				continue
			}
			to, ok := extendedTo[[2]string{u, tk}]
			if !ok {
				earliest = time.Time{}
				break
			}
			if earliest.IsZero() || to.Before(earliest) {
				earliest = to
			}
		}
		if !earliest.IsZero() {
			taskDue, taskSteps = earliest, nil
			for _, m := range steps {
				if !m.Due.Before(earliest) {
					taskSteps = append(taskSteps, m)
				}
			}
		}
		// "a task with no state counts progress 0 here only".
		row.Light = specLight(plan, startOf(t), asOf, taskDue, taskSteps, row.Status == "done", progress, row.Delayed, row.Units)
		if row.Light != "green" {
			out.lights[[2]string{t.ID, ""}] = row.Light
		}
		s.Tasks = append(s.Tasks, row)
		switch row.Status {
		case "done":
			s.Totals.Done++
		case "in-progress":
			s.Totals.InProgress++
		case "not-started":
			s.Totals.NotStarted++
		case "delayed":
			s.Totals.Delayed++
		case "not-reported":
			s.Totals.NotReported++
		}
		switch row.Light {
		case "red":
			s.Totals.Red++
		case "yellow":
			s.Totals.Yellow++
		default:
			s.Totals.Green++
		}
		s.Totals.Missing += len(row.Missing)
		for _, g := range t.Targets {
			tg := render.TargetJSON{Task: t.ID, ID: g.ID, Name: g.Name, Target: g.Target, Unit: g.Unit}
			for _, u := range ownersIn[tk] {
				if v, ok := values[valueKey{u, tk, g.ID}]; ok {
					tg.Actual += v.v
					if v.pi < pi {
						tg.CarriedUnits++
					}
				}
			}
			s.Targets = append(s.Targets, tg)
		}
	}
	s.Totals.Tasks = len(s.Tasks)
	for _, t := range s.Tasks {
		s.Totals.Pairs += t.Units
		s.Totals.Covered += t.Covered
	}
	if progressN > 0 {
		s.Totals.Progress = round1(progressSum / float64(progressN))
	}

	// Units, ranked like with like: the first rank: true group a unit
	// belongs to, else the rest (block len(groups)).
	var groups []string
	block := map[string]int{}
	for _, g := range reg.Groups {
		if !g.Rank {
			continue
		}
		ids, err := reg.Resolve(g.Name)
		if err != nil {
			continue
		}
		for _, id := range ids {
			if _, ok := block[id]; !ok {
				block[id] = len(groups)
			}
		}
		groups = append(groups, g.Name)
	}
	blockOf := func(u string) int {
		if b, ok := block[u]; ok {
			return b
		}
		return len(groups)
	}
	type unitView struct {
		json         render.UnitRowJSON
		ranked, none bool
		share, prog  float64
		hasProg      bool
		order        int
	}
	views := map[string]*unitView{}
	for _, u := range unitOrder {
		acc := units[u]
		un := reg.Unit(u)
		r := submitted[u]
		v := &unitView{order: reg.UnitIndex(u)}
		// "An unreadable report (syntax error) counts as not submitted but
		// the unit is still labelled 文件有误".
		v.json = render.UnitRowJSON{ID: u, Name: un.Name, Tasks: acc.tasks, Submitted: r != nil, Draft: draft[u] && r == nil,
			Reported: acc.reported, Done: acc.done, Invalid: invalid[u] || faulty["reports/"+period.ID+"/"+u+".yaml"] && !later[u]}
		if r != nil && faulty[r.File] {
			v.json.Invalid = true
		}
		if acc.stated > 0 {
			v.prog, v.hasProg = acc.sum/float64(acc.stated), true
			v.json.Progress = round1(v.prog)
		}
		// "Late report: a submitted report whose submitted is after the
		// period's due; or, for a unit that owes the period a report, no
		// submitted report when as-of is on or after the due"; "A unit is
		// late only once the due day is over: when as-of is after the due
		// date, or as-of equals the due date and that as-of is not today's
		// still-running day". A unit that owes nothing is late with nothing.
		pastDue := asOf.After(period.Due) || asOf.Equal(period.Due) && !at.running
		switch {
		case !acc.owes:
		case r != nil:
			sent := sentOn(r, reviewOf(r), period.Due)
			if reviewOf(r) == nil && firstSent(r).Before(sent) { // returned after as-of
				sent = firstSent(r)
			}
			v.json.Late = sent.After(period.Due)
		case returned[u] != nil:
			v.json.Late = returnedLate(returned[u], period.Due, pastDue, at.now)
			// The lead's decision (walk 3, #7): where a unit's lateness
			// was judged against the date to send again by, the views
			// name the day it was judged on, when not the as-of date.
			if dependsOnNow(returned[u], period.Due) && !at.now.Equal(asOf) {
				s.ResubmitJudged = model.FormatDate(at.now)
			}
		default:
			v.json.Late = pastDue
		}
		// "Ranked are only units whose submitted report for P is without
		// errors AND covers every task it owes in P (no missing pair)"; "A
		// unit that owes nothing in P is 无需报送 whether or not it sent a
		// report: never ranked".
		v.ranked = acc.owes && r != nil && !v.json.Invalid && len(acc.missing) == 0
		v.none = !acc.owes && !v.json.Invalid && returned[u] == nil
		// units[].review: pending|accepted|returned|null.
		switch {
		case returned[u] != nil:
			v.json.Review = str("returned")
		case r == nil:
		case reviewOf(r) != nil && matches(reviewOf(r), r):
			v.json.Review = str(reviewOf(r).Result.Code())
		default:
			v.json.Review = str("pending")
		}
		if acc.tasks > 0 {
			v.share = float64(acc.done) / float64(acc.tasks)
		}
		if b := blockOf(u); b < len(groups) {
			name := groups[b]
			v.json.RankGroup = &name
		}
		views[u] = v

		s.Totals.Units++
		if r != nil {
			s.Totals.UnitsReported++
		}
		if acc.owes {
			s.Totals.UnitsExpected++
			if r != nil {
				s.Totals.UnitsSubmittedExpected++
			}
		}
		if v.json.Draft && !v.json.Invalid { // a draft with errors is 文件有误 (walk 7, F11)
			s.Totals.UnitsDraft++
		}
		if returned[u] != nil {
			s.Totals.UnitsReturned++
		}
		if v.json.Late {
			s.Totals.UnitsLate++
			// The headline's parts: "逾期报送 a、逾期未报送 b（其中草稿未报 c、
			// 文件有误未计入 d、退回逾期未改 e）" — a report counted and late, or
			// none counted: returned, else a file with errors, else a draft.
			switch l := &s.Totals.Late; {
			case r != nil:
				l.Submitted++
			case returned[u] != nil:
				l.NotSubmitted++
				l.Returned++
			case v.json.Invalid:
				l.NotSubmitted++
				l.Unreadable++
			case draft[u]:
				l.NotSubmitted++
				l.Draft++
			default:
				l.NotSubmitted++
			}
		}
		// The units to chase: "未报送 / 逾期未报 / 草稿未报 / 有漏报 / 文件有误
		// (and later 退回待改 from #27)"; "its unit is … 退回待改, in missing
		// with the reasons".
		if rv := returned[u]; len(acc.missing) > 0 || v.json.Invalid || rv != nil {
			m := render.MissingJSON{Unit: u, Name: un.Name, Draft: v.json.Draft, Late: v.json.Late, Tasks: acc.missing,
				Reasons: []render.ReasonJSON{}, Returned: rv != nil}
			switch {
			case rv != nil:
				m.State = "returned"
			case v.json.Invalid:
				m.State = "invalid"
			case r != nil:
				m.State = "incomplete"
			case v.json.Draft:
				m.State = "draft"
			default:
				m.State = "not-submitted"
			}
			if m.Tasks == nil {
				m.Tasks = []string{}
			}
			// The lead's decision (probe 4, F4; walk 9): where the day counted
			// up to is today, a unit whose file is dated after it says so
			// (later: the file's date), the one thing that tells it from a
			// unit with no file.
			if later[u] && (at.running || at.today && cutoff.Equal(at.now)) {
				m.Later = model.FormatDate(laterOn[u])
			}
			if rv != nil {
				for _, rs := range rv.Reasons {
					m.Reasons = append(m.Reasons, render.ReasonJSON{Task: rs.Task, Text: rs.Text})
				}
			}
			out.missing = append(out.missing, m)
		}
	}
	if s.Totals.UnitsExpected > 0 {
		s.Totals.SubmissionRate = round1(100 * float64(s.Totals.UnitsSubmittedExpected) / float64(s.Totals.UnitsExpected))
	}
	// "by share of their tasks done, then mean progress, then on-time
	// submission; equal keys share a rank (1, 2, 2, 4)": a unit's rank is
	// one more than the ranked units of its group that are strictly better.
	const eps = 1e-9 // equal keys: the same share or progress, but for float error
	better := func(a, b *unitView) bool {
		switch {
		case math.Abs(a.share-b.share) > eps:
			return a.share > b.share
		case a.hasProg != b.hasProg:
			return a.hasProg
		case math.Abs(a.prog-b.prog) > eps:
			return a.prog > b.prog
		}
		return !a.json.Late && b.json.Late
	}
	for _, u := range unitOrder {
		v := views[u]
		if !v.ranked {
			continue
		}
		rank := 1
		for _, o := range unitOrder {
			if w := views[o]; w.ranked && blockOf(o) == blockOf(u) && better(w, v) {
				rank++
			}
		}
		v.json.Rank = &rank
	}
	// The order: group by group (the rest last); in each the ranked by
	// rank, then the others, then those that owe nothing; units.yaml order
	// among equals.
	place := func(v *unitView) int {
		switch {
		case v.ranked:
			return 0
		case v.none:
			return 2
		}
		return 1
	}
	sort.SliceStable(unitOrder, func(i, j int) bool {
		a, b := views[unitOrder[i]], views[unitOrder[j]]
		if x, y := blockOf(unitOrder[i]), blockOf(unitOrder[j]); x != y {
			return x < y
		}
		if place(a) != place(b) {
			return place(a) < place(b)
		}
		if a.ranked && *a.json.Rank != *b.json.Rank {
			return *a.json.Rank < *b.json.Rank
		}
		return a.order < b.order
	})
	for _, u := range unitOrder {
		s.Units = append(s.Units, views[u].json)
	}
	// Praise: "names only ranked units that are in the top 3 of their group
	// AND submitted on time AND have no red or yellow light on any of their
	// own pairs; a group is praised from only when at least 3 of its units
	// are ranked" (and, as the brief always required, that have done
	// something: a task done or progress above 0).
	lit := map[string]bool{}
	for k := range out.lights {
		if k[1] != "" {
			lit[k[1]] = true
		}
	}
	for i := 0; i < len(unitOrder); {
		j := i
		for j < len(unitOrder) && blockOf(unitOrder[j]) == blockOf(unitOrder[i]) {
			j++
		}
		ranked := 0
		var praised []string
		for _, u := range unitOrder[i:j] {
			if views[u].ranked {
				ranked++
			}
		}
		for _, u := range unitOrder[i:j] {
			v := views[u]
			if ranked >= 3 && v.ranked && *v.json.Rank <= 3 && !v.json.Late && !lit[u] && (v.json.Done > 0 || v.hasProg && v.prog > 0) {
				praised = append(praised, u)
			}
		}
		name := ""
		if b := blockOf(unitOrder[i]); b < len(groups) {
			name = groups[b]
		}
		out.praise = append(out.praise, fmt.Sprintf("%s: %d ranked: %s", name, ranked, strings.Join(praised, " ")))
		i = j
	}
	sort.SliceStable(out.missing, func(i, j int) bool {
		return reg.UnitIndex(out.missing[i].Unit) < reg.UnitIndex(out.missing[j].Unit)
	})

	// Sections: "its tasks, how many are done, mean of their progress".
	seen := map[string]bool{}
	for _, sec := range plan.Sections {
		if seen[sec.ID] {
			continue
		}
		seen[sec.ID] = true
		row := render.SectionRowJSON{ID: sec.ID, Title: sec.Title}
		var sum float64
		n := 0
		for _, t := range s.Tasks {
			if t.Section != sec.ID {
				continue
			}
			row.Tasks++
			if t.Status == "done" {
				row.Done++
			}
			if t.Progress != nil {
				sum += exact[t.ID]
				n++
			}
		}
		if n > 0 {
			row.Progress = round1(sum / float64(n))
		}
		s.Sections = append(s.Sections, row)
	}
	out.summary = s
	return out
}

// specLight: red when delayed (more than warn.delayed_share of its units),
// or as-of past the due or a milestone date and not done; yellow when
// progress trails the elapsed share of [start, due] (start: plan.start, or
// the start of the period the task joined the list in) by more than
// warn.behind points, or a due or milestone date is within warn.days days
// and it is not done; green otherwise.
func specLight(plan *model.Plan, start, asOf, due time.Time, milestones []model.Milestone, done bool, progress float64, delayed, units int) string {
	if done {
		return "green"
	}
	if units > 0 && float64(delayed)/float64(units) > plan.Warn.DelayedShare {
		return "red"
	}
	if asOf.After(due) {
		return "red"
	}
	for _, m := range milestones {
		if asOf.After(m.Due) {
			return "red"
		}
	}
	soon := func(d time.Time) bool {
		days := int(d.Sub(asOf).Hours() / 24)
		return days >= 0 && days <= plan.Warn.Days
	}
	if soon(due) {
		return "yellow"
	}
	for _, m := range milestones {
		if soon(m.Due) {
			return "yellow"
		}
	}
	if !start.IsZero() && due.After(start) {
		elapsed := asOf.Sub(start).Hours() / due.Sub(start).Hours()
		expected := 100 * math.Min(math.Max(elapsed, 0), 1)
		if progress < expected-float64(plan.Warn.Behind) {
			return "yellow"
		}
	}
	return "green"
}

func str(s string) *string { return &s }

func round1(f float64) *float64 {
	v := math.Round(f*10) / 10
	return &v
}

// Lateness after a return, the lead's rule (walk 2, A4): "lateness of a
// resubmitted report follows the ORIGINAL submission date of the report
// the office returned", recorded in the review as submitted, with an
// optional deadline to resubmit by; "while returned and before that
// deadline, it is 退回待改 not 逾期; after the deadline it is 退回逾期未改";
// a review without the recorded date keeps the old rule. As built: the
// deadline is never before the due date; without one it is the due date
// for a return made by the due date, and there is none for a return made
// after it (the unit could not have been late).

// againBy is the date a unit whose report rv returned must send it again
// by, and false when there is none.
func againBy(rv *model.Review, due time.Time) (time.Time, bool) {
	if !rv.Deadline.IsZero() {
		if rv.Deadline.Before(due) {
			return due, true
		}
		return rv.Deadline, true
	}
	return due, !rv.Date.After(due)
}

// sentOn is the date a counted report r is late by, rv its review (nil
// for none): the recorded original date when r is the report reviewed,
// or a resubmission of a returned one sent by againBy; else its own.
func sentOn(r *model.Report, rv *model.Review, due time.Time) time.Time {
	if rv == nil || rv.Submitted.IsZero() || r.Submitted.Before(rv.Submitted) {
		return r.Submitted
	}
	if matches(rv, r) {
		return rv.Submitted
	}
	resent := rv.Result == model.Returned && resentAfter(rv, r)
	if by, ok := againBy(rv, due); resent && (!ok || !r.Submitted.After(by)) {
		return rv.Submitted
	}
	return r.Submitted
}

// resentAfter: "resubmitted (submitted later than the review's date)",
// and the lead's rule (session 5): a unit that puts a returned report
// right on the day of the return dates it that day, which counts as sent
// again when the review records that the report returned was first sent
// on an earlier day. Without that record, or when it was sent on the day
// of the return itself, the same date could be the old one: not resent.
func resentAfter(rv *model.Review, r *model.Report) bool {
	if r.Submitted.After(rv.Date) {
		return true
	}
	sameDay := r.Submitted.Equal(rv.Date)
	firstEarlier := !rv.Submitted.IsZero() && rv.Submitted.Before(rv.Date)
	return sameDay && firstEarlier
}

// returnedLate says whether a unit whose report stands returned by rv is
// late: as a unit without a report when the review recorded no original
// date, when that date was late, or when the date to send again by is the
// due date itself; else once now (the date given or today, unclamped)
// is past the date to send again by, and never when there is none.
func returnedLate(rv *model.Review, due time.Time, pastDue bool, now time.Time) bool {
	by, ok := againBy(rv, due)
	if rv.Submitted.IsZero() || rv.Submitted.After(due) || ok && by.Equal(due) {
		return pastDue
	}
	return ok && now.After(by)
}

// dependsOnNow says whether returnedLate decided by comparing now with
// the date to send again by.
func dependsOnNow(rv *model.Review, due time.Time) bool {
	by, ok := againBy(rv, due)
	return ok && !rv.Submitted.IsZero() && !rv.Submitted.After(due) && !by.Equal(due)
}

// matches: "a report with a review whose report hash matches" it, the
// lead's rule (walk 2, #10): the fingerprint is of the report's meaning,
// what tally fmt keeps; a fingerprint of the file's bytes, as reviews
// recorded it before, still matches the file unchanged.
func matches(rv *model.Review, r *model.Report) bool {
	return rv.Report == r.Hash || rv.Report == r.BytesHash
}
