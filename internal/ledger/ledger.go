// Package ledger computes what DESIGN §2 defines: the state of every
// (unit, task) pair in a period with done and the last progress carried
// forward, the missing reports, task and section roll-ups, the lights,
// late reports, target actuals and the unit ranking. It reads the model
// only; the clock comes in as the as-of date.
package ledger

import (
	"math"
	"sort"
	"time"

	"tally/internal/model"
)

// Light is a warning level.
type Light int

const (
	Green Light = iota
	Yellow
	Red
)

// Code is the English name used in JSON.
func (l Light) Code() string { return [...]string{"green", "yellow", "red"}[l] }

// Pair is the state of one unit on one task in the period.
type Pair struct {
	Unit     string
	Task     *model.Task
	Status   model.Status
	Progress float64
	// Entry is the unit's latest word on the task up to the period (nil if
	// it never reported on it); EntryPeriod says which period that was.
	Entry       *model.Entry
	EntryPeriod string
	Reported    bool // the entry is from this period
	Missing     bool // expected this period and not reported
	Light       Light
	Reasons     []Reason
}

// TaskRow is a task rolled up over its units.
type TaskRow struct {
	Task     *model.Task
	Due      time.Time
	Units    int
	Done     int
	Missing  []string // unit ids, registry order
	Progress float64
	Status   model.Status
	Light    Light
	Reasons  []Reason
	Pairs    []*Pair
}

// UnitRow is a unit's standing in the period.
type UnitRow struct {
	Unit      *model.Unit
	Tasks     int
	Reported  int // tasks it reported on this period
	Done      int
	Progress  float64
	Submitted time.Time // of this period's report, if any
	HasReport bool      // a report file for the period exists
	Invalid   bool      // that file has errors (文件有误)
	Late      bool
	Rank      int
	Order     int      // the unit's place in units.yaml
	Missing   []string // task ids it owes this period
}

// SectionRow rolls up a section's tasks.
type SectionRow struct {
	Section  model.Section
	Tasks    int
	Done     int
	Progress float64
}

// TargetRow is a numeric target with the units' sum.
type TargetRow struct {
	Task   *model.Task
	Target model.Target
	Actual float64
}

// Totals are the headline counts.
type Totals struct {
	Tasks, Done, InProgress, NotStarted, Delayed int
	Progress                                     float64
	Red, Yellow, Green                           int
	Units, UnitsReported, UnitsLate              int
	Missing                                      int // pairs expected and not reported
}

// Ledger is the whole picture of one period as of a date.
type Ledger struct {
	Period   model.Period
	AsOf     time.Time
	Tasks    []*TaskRow
	Units    []*UnitRow
	Sections []*SectionRow
	Targets  []*TargetRow
	Totals   Totals
}

type pairKey struct{ unit, task string }

type seen struct {
	e      *model.Entry
	period int
}

// Build computes the ledger of period index pi (into plan.Periods) as of asOf.
func Build(x *model.Index, pi int, asOf time.Time) *Ledger {
	repo := x.Repo
	plan := repo.Plan
	period := plan.Periods[pi]
	lg := &Ledger{Period: period, AsOf: asOf}

	// The latest valid entry of each pair up to and including the period,
	// and this period's report of each unit.
	latest := scan(x, pi, "")
	reports := map[string]*model.Report{}
	for _, r := range repo.Reports {
		if counts(x, r) && x.PeriodIndex(r.Dir) == pi {
			reports[r.Unit] = r
		}
	}

	units := map[string]*UnitRow{}
	var unitOrder []*UnitRow
	unitRow := func(id string) *UnitRow {
		if u, ok := units[id]; ok {
			return u
		}
		u := &UnitRow{Unit: x.Registry.Unit(id), Order: x.Registry.UnitIndex(id)}
		if r := reports[id]; r != nil {
			u.HasReport, u.Submitted = true, r.Submitted
			u.Invalid = repo.Invalid[r.File]
		}
		if repo.Invalid["reports/"+period.ID+"/"+id+".yaml"] {
			u.HasReport, u.Invalid = true, true
		}
		units[id] = u
		unitOrder = append(unitOrder, u)
		return u
	}
	unitProgress := map[string]float64{}

	for _, t := range repo.Tasks {
		if x.Task(t.ID) != t {
			continue // a duplicate id; check reports it
		}
		due := t.Due
		if due.IsZero() {
			due = plan.End
		}
		row := &TaskRow{Task: t, Due: due}
		owners := x.Owners(t.ID)
		row.Units = len(owners)
		var sum float64
		anyStarted, anyDelayed := false, false
		for _, uid := range owners {
			p := &Pair{Unit: uid, Task: t}
			if s, ok := latest[pairKey{uid, model.TaskKey(t.ID)}]; ok {
				p.Entry, p.EntryPeriod = s.e, plan.Periods[s.period].ID
				p.Status = s.e.Status
				p.Progress = float64(s.e.EffectiveProgress())
				p.Reported = s.period == pi
				p.Missing = !p.Reported && p.Status != model.Done
			} else {
				p.Missing = true
			}
			p.Light, p.Reasons = light(p.Status, p.Progress, due, t.Milestones, plan, asOf)
			row.Pairs = append(row.Pairs, p)
			sum += p.Progress
			if p.Status == model.Done {
				row.Done++
			}
			if p.Status != model.NotStarted {
				anyStarted = true
			}
			if p.Status == model.Delayed {
				anyDelayed = true
			}
			if p.Missing {
				row.Missing = append(row.Missing, uid)
			}
			u := unitRow(uid)
			u.Tasks++
			unitProgress[uid] += p.Progress
			if p.Reported {
				u.Reported++
			}
			if p.Status == model.Done {
				u.Done++
			}
			if p.Missing {
				u.Missing = append(u.Missing, t.ID)
			}
		}
		if row.Units > 0 {
			row.Progress = sum / float64(row.Units)
		}
		switch {
		case row.Units > 0 && row.Done == row.Units:
			row.Status = model.Done
		case anyDelayed:
			row.Status = model.Delayed
		case !anyStarted:
			row.Status = model.NotStarted
		default:
			row.Status = model.InProgress
		}
		row.Light, row.Reasons = light(row.Status, row.Progress, due, t.Milestones, plan, asOf)
		lg.Tasks = append(lg.Tasks, row)

		for _, g := range t.Targets {
			tr := &TargetRow{Task: t, Target: g}
			for _, p := range row.Pairs {
				if p.Entry == nil {
					continue
				}
				for _, v := range p.Entry.Values {
					if v.Target == g.ID {
						tr.Actual += v.Value
					}
				}
			}
			lg.Targets = append(lg.Targets, tr)
		}
	}

	for _, u := range unitOrder {
		if u.Tasks > 0 {
			u.Progress = unitProgress[u.Unit.ID] / float64(u.Tasks)
		}
		switch {
		case u.HasReport && !u.Submitted.IsZero():
			u.Late = u.Submitted.After(period.Due)
		case !u.HasReport:
			u.Late = asOf.After(period.Due)
		}
	}
	sort.SliceStable(unitOrder, func(i, j int) bool { return unitOrder[i].Order < unitOrder[j].Order })
	rank(unitOrder)
	lg.Units = unitOrder

	lg.Sections = sections(plan, lg.Tasks)
	lg.Totals = totals(lg)
	return lg
}

// rank orders units by share of tasks done, then mean progress, then
// on-time submission; equal units share a rank (1, 2, 2, 4).
func rank(units []*UnitRow) {
	better := func(a, b *UnitRow) int {
		if c := cmpFloat(share(a), share(b)); c != 0 {
			return c
		}
		if c := cmpFloat(a.Progress, b.Progress); c != 0 {
			return c
		}
		switch {
		case !a.Late && b.Late:
			return 1
		case a.Late && !b.Late:
			return -1
		}
		return 0
	}
	sort.SliceStable(units, func(i, j int) bool { return better(units[i], units[j]) > 0 })
	for i, u := range units {
		if i > 0 && better(u, units[i-1]) == 0 {
			u.Rank = units[i-1].Rank
		} else {
			u.Rank = i + 1
		}
	}
}

func share(u *UnitRow) float64 {
	if u.Tasks == 0 {
		return 0
	}
	return float64(u.Done) / float64(u.Tasks)
}

func cmpFloat(a, b float64) int {
	switch {
	case a > b+1e-9:
		return 1
	case a < b-1e-9:
		return -1
	}
	return 0
}

func sections(plan *model.Plan, tasks []*TaskRow) []*SectionRow {
	var out []*SectionRow
	index := map[string]*SectionRow{}
	for _, s := range plan.Sections {
		if _, dup := index[s.ID]; dup {
			continue
		}
		row := &SectionRow{Section: s}
		index[s.ID] = row
		out = append(out, row)
	}
	sums := map[string]float64{}
	for _, t := range tasks {
		row := index[t.Task.Section]
		if row == nil {
			continue
		}
		row.Tasks++
		sums[t.Task.Section] += t.Progress
		if t.Status == model.Done {
			row.Done++
		}
	}
	for _, row := range out {
		if row.Tasks > 0 {
			row.Progress = sums[row.Section.ID] / float64(row.Tasks)
		}
	}
	return out
}

func totals(lg *Ledger) Totals {
	var t Totals
	var sum float64
	for _, r := range lg.Tasks {
		t.Tasks++
		sum += r.Progress
		switch r.Status {
		case model.Done:
			t.Done++
		case model.InProgress:
			t.InProgress++
		case model.NotStarted:
			t.NotStarted++
		case model.Delayed:
			t.Delayed++
		}
		switch r.Light {
		case Red:
			t.Red++
		case Yellow:
			t.Yellow++
		default:
			t.Green++
		}
		t.Missing += len(r.Missing)
	}
	if t.Tasks > 0 {
		t.Progress = sum / float64(t.Tasks)
	}
	for _, u := range lg.Units {
		t.Units++
		if u.HasReport {
			t.UnitsReported++
		}
		if u.Late {
			t.UnitsLate++
		}
	}
	return t
}

// Round1 rounds a percentage to one decimal, as every output shows it.
func Round1(f float64) float64 { return math.Round(f*10) / 10 }

// DefaultPeriod is the latest period that has reports, or the first.
func DefaultPeriod(x *model.Index) int {
	best := 0
	for _, r := range x.Repo.Reports {
		if i := x.PeriodIndex(r.Dir); i > best {
			best = i
		}
	}
	return best
}

// PeriodAt is the last period that has started by date, or the first.
func PeriodAt(plan *model.Plan, date time.Time) int {
	best := 0
	for i, p := range plan.Periods {
		if !p.Start.After(date) {
			best = i
		}
	}
	return best
}

// Last is a unit's latest word on a task before a period.
type Last struct {
	Entry  *model.Entry
	Period string
}

// Latest returns, by task key, unit's latest valid entry in the periods
// before index pi.
func Latest(x *model.Index, unit string, pi int) map[string]Last {
	out := map[string]Last{}
	if pi <= 0 {
		return out
	}
	for k, s := range scan(x, pi-1, unit) {
		out[k.task] = Last{s.e, x.Repo.Plan.Periods[s.period].ID}
	}
	return out
}

// counts says whether a report takes part in the ledger: it is filed
// under its own unit and period, in a period of the plan.
func counts(x *model.Index, r *model.Report) bool {
	return x.PeriodIndex(r.Dir) >= 0 && r.Unit == r.Base && r.Period == r.Dir
}

// scan finds the latest valid entry of each (unit, task) pair in the
// reports of periods 0 to upto (of one unit, or of all when unit is ""):
// the one selection behind the ledger's carried states and the report
// template's pre-filled values.
func scan(x *model.Index, upto int, unit string) map[pairKey]seen {
	latest := map[pairKey]seen{}
	for _, r := range x.Repo.Reports {
		ri := x.PeriodIndex(r.Dir)
		if !counts(x, r) || ri > upto || (unit != "" && r.Unit != unit) {
			continue
		}
		for i := range r.Entries {
			e := &r.Entries[i]
			if !e.HasStatus || !x.Owns(r.Unit, e.Task) {
				continue
			}
			k := pairKey{r.Unit, model.TaskKey(e.Task)}
			if prev, ok := latest[k]; !ok || prev.period <= ri {
				latest[k] = seen{e, ri}
			}
		}
	}
	return latest
}
