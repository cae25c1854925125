// Package ledger computes what DESIGN §2 defines: the state of every
// (unit, task) pair in a period with done and the last progress carried
// forward, the missing reports, task and section roll-ups, the lights,
// late reports, target actuals and the unit ranking. It reads the model
// only; the clock comes in as the as-of date.
package ledger

import (
	"math"
	"runtime"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"tally/internal/model"
	"tally/internal/review"
)

// Light is a warning level.
type Light int

const (
	Green Light = iota
	Yellow
	Red
	// Unlit is the light of a pair with no state (未报): it has none, and
	// `missing` is where it shows.
	Unlit
)

// Code is the English name used in JSON ("" for Unlit).
func (l Light) Code() string { return [...]string{"green", "yellow", "red", ""}[l] }

// State is how a pair (unit, task) stands in a period (DESIGN §2).
type State int

const (
	// None (未报): the unit never reported on the task. No status, no
	// progress.
	None State = iota
	// Carried: its latest entry is from an earlier period's report.
	Carried
	// Reported: its entry is in this period's submitted report.
	Reported
)

// Pair is the state of one unit on one task in the period.
type Pair struct {
	Unit  string
	Task  *model.Task
	State State
	// Status and Progress hold when State is not None.
	Status   model.Status
	Progress float64
	// Entry is the unit's latest word on the task up to the period (nil
	// when State is None); EntryPeriod says which period that was.
	Entry       *model.Entry
	EntryPeriod string
	Reported    bool // the entry is from this period
	Missing     bool // expected this period and not reported
	// Extension is what the unit asked and the office decided about the
	// pair's due date (as of the ledger's date). A granted extension moves
	// the pair's due date, for its light only, to the date granted: the
	// unit has until then to finish the task, so the task's milestones
	// before that date no longer light the pair red or yellow.
	Extension review.Extension
	Light     Light
	Reasons   []Reason
}

// HasState says whether the unit ever reported on the task.
func (p *Pair) HasState() bool { return p.State != None }

// TaskRow is a task rolled up over its units.
type TaskRow struct {
	Task    *model.Task
	Due     time.Time
	Units   int
	Done    int
	Delayed int // units whose state is delayed
	// DelayedCarried of them stand delayed by an entry carried from an
	// earlier period, DelayedReturned of those with their report for the
	// period returned by the office (Reason.Carried).
	DelayedCarried, DelayedReturned int
	Reported                        int      // units that reported on it this period
	Stated                          int      // units with a state (reported or carried)
	Missing                         []string // unit ids, registry order
	// Progress is the mean over the units with a state; HasProgress is
	// false (未报) when none has one.
	Progress    float64
	HasProgress bool
	Status      model.Status
	Light       Light
	Reasons     []Reason
	Pairs       []*Pair
	// Unowned: every unit owning the task left the list before the period
	// (units.yaml until), so none owes it anything now: Units is 0. Its
	// status is 已完成 (progress 100) when each of them had reported it
	// done, a done carrying forward (DESIGN §2); else 未报, and its light
	// says it has no unit.
	Unowned bool
}

// UnitRow is a unit's standing in the period.
type UnitRow struct {
	Unit     *model.Unit
	Tasks    int
	Reported int // tasks it reported on this period
	Done     int
	// Progress is the mean over its tasks with a state; HasProgress is
	// false when it has none.
	Progress    float64
	HasProgress bool
	Submitted   time.Time // of this period's submitted report
	// JudgedOn is the date its lateness follows where that is not
	// Submitted: a report the office returned and the unit sent again by
	// the date to send it again by counts as sent on the day first sent
	// (DESIGN §2, "Review"). Zero otherwise.
	JudgedOn time.Time
	// Later is the date of its report for the period where that is after
	// the as-of date, so that it does not count yet (a date in the future
	// when counted as of today: a mistake, R406). Zero otherwise.
	Later     time.Time
	HasReport bool // it submitted a report for the period (that counts as of the as-of date)
	Draft     bool // its report for the period is a draft (no submitted date)
	// Invalid: its report file for the period has errors (文件有误): a
	// readable one counts as submitted, its valid entries counting; one
	// that cannot be read counts as not submitted.
	Invalid bool
	// Returned: the office returned its report for the period, which has
	// not been changed and submitted again since (退回待改): the unit
	// stands as if it had not submitted.
	Returned bool
	// ResubmitBy is, for a returned unit, the date it is to send its
	// report again by (review.Book.ResubmitBy); zero when the office set
	// none after the due date had passed.
	ResubmitBy time.Time
	// Review is where its submitted report stands with the office
	// (State None when it has none).
	Review review.Verdict
	Owes   bool // it has a task not done before the period
	Late   bool
	Rank   int // 0: not ranked (Ranked is false)
	// File is its report file for the period, when it has one that is
	// counted, a draft, returned, or has errors ("" otherwise); Report the
	// report read from it (nil when it could not be read).
	File   string
	Report *model.Report
	// RedItems and YellowItems count its own pairs by light.
	RedItems, YellowItems int
	// RankGroup is the units.yaml group with rank: true the unit is ranked
	// in (the first it belongs to), "" for the units ranked together.
	RankGroup string
	Order     int // the unit's place in units.yaml
	Missing   []string
	Contact   string // units.yaml's contact, else its latest report's
}

// Ranked says whether the unit takes part in the ranking (DESIGN §2,
// revision 3, as the office decided it): it owes the period a report and
// submitted one without errors that covers every task it owes (no 漏报).
// A report with errors (文件有误) or with tasks left out (有漏报) is ranked
// once it is put right or completed: leaving a task out must never raise a
// unit's average. A unit that owes nothing (无需报送) is listed apart,
// never ranked, whether or not it sent a report.
func (u *UnitRow) Ranked() bool { return u.Owes && u.HasReport && !u.Invalid && len(u.Missing) == 0 }

// NothingDue says the unit owes the period nothing (无需报送), whether or
// not it sent a report: it is listed after the others, never ranked and
// never praised. A report of its with errors, or returned, still has to
// be put right.
func (u *UnitRow) NothingDue() bool { return !u.Owes && !u.Invalid && !u.Returned }

// Incomplete says the unit submitted a report for the period that leaves
// out tasks it owes (有漏报).
func (u *UnitRow) Incomplete() bool { return u.HasReport && len(u.Missing) > 0 }

// SectionRow rolls up a section's tasks.
type SectionRow struct {
	Section     model.Section
	Tasks       int
	Done        int
	Progress    float64 // mean over its tasks with a progress
	HasProgress bool
}

// TargetRow is a numeric target with the units' sum.
type TargetRow struct {
	Task   *model.Task
	Target model.Target
	Actual float64
	// Carried is how many units' values in Actual are their latest from
	// an earlier period: the unit gave none for the target in the
	// period's entry, or sent no entry (its state carried).
	Carried int
}

// Totals are the headline counts.
type Totals struct {
	Tasks, Done, InProgress, NotStarted, Delayed, NotReported int
	Progress                                                  float64 // mean over tasks with a progress
	HasProgress                                               bool
	Red, Yellow, Green                                        int
	Units                                                     int
	UnitsReported                                             int // submitted a report for the period
	UnitsExpected                                             int // owe the period a report
	UnitsSubmittedExpected                                    int // of those, submitted
	UnitsDraft                                                int // only a draft
	UnitsReturned                                             int // returned by the office, not yet resubmitted
	UnitsLate                                                 int
	Late                                                      Lateness // UnitsLate broken down
	Missing                                                   int      // pairs expected and not reported
	// Pairs counts every (unit, task) pair; Stated those with a state
	// (reported or carried): what the mean progress is computed from.
	Pairs, Stated int
}

// SubmissionRate is the share of expected units that submitted (报送率),
// and false when no unit is expected.
func (t Totals) SubmissionRate() (float64, bool) {
	if t.UnitsExpected == 0 {
		return 0, false
	}
	return 100 * float64(t.UnitsSubmittedExpected) / float64(t.UnitsExpected), true
}

// Ledger is the whole picture of one period as of a date.
type Ledger struct {
	Period model.Period
	AsOf   time.Time
	// Running and Asked are the as-of date's AsOf.Running and AsOf.Asked:
	// the date is today's, still under way; the --as-of date it was
	// clamped from.
	Running bool
	Asked   time.Time
	// Now is the day the figures are made on (AsOf.Now: today, or the
	// --as-of date given, not clamped): the ledgers of earlier periods
	// shown beside this one are counted on it too.
	Now time.Time
	// UpToToday: reports and reviews dated after today do not count, the
	// day counted as of being taken from the clock (the due day under way,
	// or today capped to the due date); views say why a report that is
	// there does not count yet (晚于今天).
	UpToToday bool
	// CountedTo is the last day whose reports count (AsOf.countsUpTo):
	// past the due date, late reports count up to the day the figures
	// are made on (today, or the --as-of date asked), so that two briefs
	// of one period made on different days differ under one as-of date,
	// and what is sent out names it. Zero: every report counts (--as-of
	// the due date itself).
	CountedTo time.Time
	// ResubmitJudged is the day the dates returned reports were to be
	// sent again by were judged on (the day run, or the --as-of date
	// asked), where one of them decided a unit's lateness; zero when none
	// did. Views name it, since the as-of date alone does not say it.
	ResubmitJudged time.Time
	// Reviewing: the office reviews reports (the repository has reviews),
	// so views mark where each report stands with it.
	Reviewing bool
	// Stray are the files of the period's report folder that count for no
	// unit of units.yaml (their names are no unit's id).
	Stray    []Stray
	Tasks    []*TaskRow
	Units    []*UnitRow
	Sections []*SectionRow
	Targets  []*TargetRow
	Totals   Totals
}

type pairKey struct{ unit, task string }

// seen is a pair's entries: in the period scanned up to (at) and the
// latest before it (before).
type seen struct {
	at, before   *model.Entry
	beforePeriod int
}

// latest is the pair's latest entry and its period index.
func (s seen) latest(upto int) (*model.Entry, int) {
	if s.at != nil {
		return s.at, upto
	}
	return s.before, s.beforePeriod
}

// Build computes the ledger of period index pi (into plan.Periods) as of
// the date at (DecideAsOf; Day for a date given).
func Build(x *model.Index, pi int, at AsOf) *Ledger {
	repo := x.Repo
	plan := repo.Plan
	period := plan.Periods[pi]
	lg := &Ledger{Period: period, AsOf: at.Date, Running: at.Running, Asked: at.Asked, Reviewing: len(repo.Reviews) > 0}

	c := countingAt(x, period, at)
	lg.CountedTo, lg.UpToToday = at.countsUpTo(period)
	lg.Now = at.now()
	latest := scan(x, pi, c)
	// The maps by unit that nearly every unit enters are made to the size
	// the data gives them, not grown entry by entry through every size
	// below: every unit owing a task has a row; a unit has a report and
	// sums only where it reported, at most once for each report file.
	nu := len(x.Registry.Units)
	nr := min(nu, len(repo.Reports))
	b := &builder{x: x, lg: lg, pi: pi, counting: c, now: at.now(), units: make(map[string]*UnitRow, nu), reports: make(map[string]*model.Report, nr),
		drafts: map[string]*model.Report{}, returned: map[string]*model.Report{}, notYet: map[string]bool{}, later: map[string]time.Time{},
		contacts: map[string]contact{}, sums: make(map[string]float64, nr)}
	b.claimed, lg.Stray = periodFiles(x, period.ID)
	for _, r := range repo.Reports {
		ri, st := x.PeriodIndex(r.Dir), standing(x, c, r)
		if st == ignored || st == notYet || ri > pi {
			if ri == pi && st == notYet {
				b.notYet[r.Unit] = true
				if r.Unit == r.Base {
					b.later[r.Unit] = r.Submitted
				}
			}
			continue
		}
		switch {
		case ri == pi && st == drafted:
			b.drafts[r.Unit] = r
		case ri == pi && st == returned:
			b.returned[r.Unit] = r
		case ri == pi:
			b.reports[r.Unit] = r
		}
		// The latest report that names a contact (drafts too: the person
		// is the same).
		if c, ok := b.contacts[r.Unit]; r.Contact != "" && (!ok || ri > c.period) {
			b.contacts[r.Unit] = contact{ri, r.Contact}
		}
	}
	var tasks []*model.Task
	for _, t := range repo.Tasks {
		// Not a duplicate id (check reports those), and on the list in the
		// period: a task that joined it later is owed nothing before.
		// A task all of whose units left the list before the period (until)
		// is owed by none, but it is still on the list: it stays in every
		// count (清单共有任务N项), with no unit (TaskRow.Unowned), and check
		// says so (R318). Dropped, it made the list a task shorter from
		// that period on with no word (probe 14, A3).
		if x.Task(t.ID) == t && x.InList(t, pi) {
			tasks = append(tasks, t)
		}
	}
	rows, owes := b.taskRows(tasks, latest)
	for i, row := range rows {
		b.addUnits(row, owes[i])
		lg.Tasks = append(lg.Tasks, row)
		lg.Targets = append(lg.Targets, b.targets(row)...)
	}
	b.finishUnits()
	lg.Sections = sections(plan, lg.Tasks)
	lg.Totals = totals(lg)
	return lg
}

// builder carries what Build gathers across tasks.
type builder struct {
	x         *model.Index
	lg        *Ledger
	pi        int
	counting  counting  // which reports count, and how the office's reviews stood, as of the date
	now       time.Time // the day judged on, unclamped (AsOf.Now)
	units     map[string]*UnitRow
	unitOrder []*UnitRow
	reports   map[string]*model.Report // submitted reports of the period that count
	drafts    map[string]*model.Report // units with only a draft, and the draft
	returned  map[string]*model.Report // reports of the period returned by the office
	notYet    map[string]bool          // units whose report was submitted after the as-of date
	later     map[string]time.Time     // and the date it carries
	contacts  map[string]contact       // each unit's latest report's contact
	sums      map[string]float64       // each unit's progress over its tasks with a state
	claimed   map[string]string        // units with no file of the period under their id, and the file that is theirs (periodFiles)
	values    map[targetKey]valueAt    // each pair's latest value for each target, read when a task has targets
}

type contact struct {
	period int
	text   string
}

func (b *builder) unit(id string) *UnitRow {
	if u, ok := b.units[id]; ok {
		return u
	}
	u := &UnitRow{Unit: b.x.Registry.Unit(id), Order: b.x.Registry.UnitIndex(id), Later: b.later[id]}
	if r := b.drafts[id]; r != nil {
		u.Draft, u.File, u.Report = true, r.File, r
	}
	if r := b.reports[id]; r != nil {
		u.HasReport, u.Submitted, u.Draft, u.File, u.Report = true, r.Submitted, false, r.File, r
		u.Invalid = b.x.Repo.Invalid[r.File]
		u.Review = b.counting.verdict(r)
	}
	if r := b.returned[id]; r != nil {
		u.Returned, u.Draft, u.Review, u.File, u.Report = true, false, b.counting.verdict(r), r.File, r
	}
	// A file in its name with errors of its own: one that could not be
	// read (it counts as not submitted), or one filed under another unit
	// or period. A report submitted after the as-of date did not exist yet.
	if file := "reports/" + b.lg.Period.ID + "/" + id + ".yaml"; b.x.Repo.Invalid[file] && !b.notYet[id] {
		u.Invalid = true
		if u.File == "" {
			u.File = file
		}
	}
	// Its report under a wrong name (x.yaml.txt, X.YAML, a typo naming
	// it in its unit: line): not counted, an error to put right (R112,
	// R306), so 文件有误 as a file that cannot be read is, not 逾期未报
	// with nothing to say why.
	if file := b.claimed[id]; file != "" && u.File == "" && !b.notYet[id] {
		u.Invalid, u.File = true, file
	}
	b.units[id] = u
	b.unitOrder = append(b.unitOrder, u)
	return u
}

// returnedLate says whether a unit whose report stands returned is late,
// and notes the date it is to send the report again by (DESIGN §2,
// "Review"): late when the returned report was itself late, or once the
// day judged is past that date. A review that did not record the returned
// report's date (written before it was) keeps the rule of a unit without
// a report: late once the due day is over.
func (b *builder) returnedLate(u *UnitRow) bool {
	rv, due := u.Review.Review, b.lg.Period.Due
	if rv == nil {
		return b.lg.PastDue()
	}
	by, ok := b.counting.book.ResubmitBy(rv)
	if ok {
		u.ResubmitBy = by
	}
	switch {
	case rv.Submitted.IsZero() || rv.Submitted.After(due) || ok && by.Equal(due):
		return b.lg.PastDue()
	case !ok:
		return false
	}
	b.lg.ResubmitJudged = b.now
	return b.now.After(by)
}

// taskRows rolls each task up over its units, the tasks side by side:
// a task's row reads only what Build gathered before it. owes says, pair
// by pair, whether the unit had not done the task before the period.
func (b *builder) taskRows(tasks []*model.Task, latest []seen) ([]*TaskRow, [][]bool) {
	rows, owes := make([]*TaskRow, len(tasks)), make([][]bool, len(tasks))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(tasks)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < len(tasks); i = int(next.Add(1) - 1) {
				rows[i], owes[i] = b.task(tasks[i], latest)
			}
		}()
	}
	wg.Wait()
	return rows, owes
}

// doneBeforeLeaving says whether every unit owning task t, none of which
// is on the period's list, had reported it done while it was: their
// done carries forward.
func (b *builder) doneBeforeLeaving(t *model.Task, latest []seen) bool {
	for _, uid := range b.x.Owners(t.ID) {
		at, ok := b.x.Pair(uid, model.TaskKey(t.ID))
		if !ok {
			return false
		}
		if e, _ := latest[at].latest(b.pi); e == nil || e.Status != model.Done {
			return false
		}
	}
	return true
}

// task rolls a task up over its units (DESIGN §2, "A task in P").
func (b *builder) task(t *model.Task, latest []seen) (*TaskRow, []bool) {
	plan := b.x.Repo.Plan
	due := t.DueIn(plan)
	row := &TaskRow{Task: t, Due: due}
	owners := b.x.OwnersIn(t.ID, b.pi) // those reporting in the period (units.yaml's from and until)
	start := b.x.Starts(t)
	milestones := t.Milestones
	if t.From != "" { // a step dated before the task joined the list was never asked of its units
		milestones = slices.DeleteFunc(slices.Clone(milestones), func(m model.Milestone) bool { return m.Due.Before(start) })
	}
	row.Units = len(owners)
	owes := make([]bool, len(owners))
	// The task's pairs are made in one block, and their reasons kept in
	// blocks shared by the task's pairs (reasonBlock): one pair at a
	// time, they were two allocations of some 30,000 for each ledger,
	// four ledgers for a site (BENCHMARKS.md, round 10).
	pairs := make([]Pair, len(owners))
	row.Pairs = make([]*Pair, 0, len(owners))
	var kept reasonBlock
	var sum float64
	var carried, returned int // delayed pairs carried from earlier, and of those returned (Reason.Carried)
	var from string
	allNotStarted := true
	// The number of the task's first pair; the others follow it
	// (model.Index.Pair) unless some owners are not on the period's list
	// (from, until), when each is looked up.
	first := b.x.FirstPair(model.TaskKey(t.ID))
	all := len(owners) == len(b.x.Owners(t.ID))
	for i, uid := range owners {
		p := &pairs[i]
		p.Unit, p.Task = uid, t
		at := first + i
		if !all {
			at, _ = b.x.Pair(uid, model.TaskKey(t.ID))
		}
		s := latest[at]
		e, epi := s.latest(b.pi)
		if e != nil {
			p.Entry, p.EntryPeriod = e, plan.Periods[epi].ID
			p.Status, p.Progress = e.Status, float64(e.EffectiveProgress())
			p.Reported = epi == b.pi
			p.State = Carried
			if p.Reported {
				p.State = Reported
			}
		}
		p.Extension = b.counting.extension(uid, t.ID, b.pi, e, epi)
		p.Missing = !p.Reported && (p.State == None || p.Status != model.Done)
		// It owes the period a report on the task when it had not done it
		// before, or when it says in the period that it has not: a unit
		// that takes back its done has the task open again, and is ranked
		// on the figures that count, not listed 无需报送 beside them (probe
		// 14, B5).
		owes[i] = s.before == nil || s.before.Status != model.Done || p.Reported && p.Status != model.Done
		if p.HasState() {
			pairDue, extended := due, false
			if to, ok := p.Extension.GrantedTo(); ok {
				pairDue, extended = to, true // for its light only (DESIGN §2)
			}
			j := judged{status: p.Status, progress: p.Progress, stated: true, delayed: btoi(p.Status == model.Delayed), units: 1,
				extended: extended, start: start}
			if j.delayed > 0 && p.State == Carried {
				j.carried, j.returned, j.from = 1, btoi(b.returned[uid] != nil), p.EntryPeriod
				carried += j.carried
				returned += j.returned
				from = p.EntryPeriod // a task of one unit says it as its pair does
			}
			p.Light, p.Reasons = lightIn(j, pairDue, milestones, plan, b.lg.AsOf, &kept, len(owners)-i)
			row.Stated++
			sum += p.Progress
			allNotStarted = allNotStarted && p.Status == model.NotStarted
		} else {
			p.Light = Unlit
		}
		switch p.Status {
		case model.Done:
			if p.HasState() {
				row.Done++
			}
		case model.Delayed:
			row.Delayed++
		}
		if p.Reported {
			row.Reported++
		}
		if p.Missing {
			row.Missing = append(row.Missing, uid)
		}
		row.Pairs = append(row.Pairs, p)
	}
	if row.Stated > 0 {
		row.Progress, row.HasProgress = sum/float64(row.Stated), true
	}
	if len(owners) == 0 && len(b.x.Owners(t.ID)) > 0 {
		row.Unowned = true
		if b.doneBeforeLeaving(t, latest) {
			row.Status, row.Progress, row.HasProgress, row.Light = model.Done, 100, true, Green
			return row, owes
		}
	}
	switch {
	case row.Stated == 0:
		row.Status = model.NotReported
	case row.Done == row.Units:
		row.Status = model.Done
	case row.Delayed > 0:
		row.Status = model.Delayed
	case allNotStarted:
		row.Status = model.NotStarted
	default:
		row.Status = model.InProgress
	}
	row.DelayedCarried, row.DelayedReturned = carried, returned
	taskDue, extended := extendedDue(row.Pairs, due)
	row.Light, row.Reasons = light(judged{status: row.Status, progress: row.Progress, stated: row.Stated > 0, delayed: row.Delayed, units: row.Units, done: row.Done,
		carried: carried, returned: returned, from: from, start: start, extended: extended}, taskDue, milestones, plan, b.lg.AsOf)
	return row, owes
}

// extendedDue is the due date a task's light is judged by, and whether an
// extension moved it: its own, or, when the office granted every unit
// not done with it an extension (DESIGN §2: a granted extension moves
// that pair's due date, for lights), the earliest date granted, as its
// units' items are judged. A task whose only unit was given until
// December stayed red 已过完成时限 in July, with no word of the extension,
// while the unit's item was not (probe 14, B2). One unit not done and not
// extended keeps the task's own date.
func extendedDue(pairs []*Pair, due time.Time) (time.Time, bool) {
	var at time.Time
	for _, p := range pairs {
		if p.HasState() && p.Status == model.Done {
			continue
		}
		to, ok := p.Extension.GrantedTo()
		if !ok {
			return due, false
		}
		if at.IsZero() || to.Before(at) {
			at = to
		}
	}
	if at.IsZero() {
		return due, false
	}
	return at, true
}

// addUnits adds a task's pairs to their units' figures, task after task
// in the plan's order, so that the units are met in the same order and
// their sums made in the same order whatever order the rows were made in.
func (b *builder) addUnits(row *TaskRow, owes []bool) {
	for i, p := range row.Pairs {
		u := b.unit(p.Unit)
		u.Tasks++
		if owes[i] {
			u.Owes = true
		}
		if p.HasState() {
			b.sums[p.Unit] += p.Progress
			if p.Status == model.Done {
				u.Done++
			}
		}
		if p.Reported {
			u.Reported++
		}
		if p.Missing {
			u.Missing = append(u.Missing, row.Task.ID)
		}
	}
}

func btoi(v bool) int {
	if v {
		return 1
	}
	return 0
}

// targets sums the units' values against a task's targets: each unit's
// latest value for the target, in the reports that count up to the
// period, as a pair's state is its latest entry. A unit whose entry of the
// period leaves a target's value out keeps the value it gave before, as a
// unit that sends no entry keeps its earlier one: counted as 0, the sum
// fell each time a unit wrote its progress and not its figure again.
func (b *builder) targets(row *TaskRow) []*TargetRow {
	if len(row.Task.Targets) == 0 {
		return nil
	}
	if b.values == nil {
		b.values = scanValues(b.x, b.pi, b.counting)
	}
	var out []*TargetRow
	for _, g := range row.Task.Targets {
		tr := &TargetRow{Task: row.Task, Target: g}
		for _, p := range row.Pairs {
			pair, ok := b.x.Pair(p.Unit, model.TaskKey(row.Task.ID))
			if !ok {
				continue
			}
			if v, ok := b.values[targetKey{pair, g.ID}]; ok {
				tr.Actual += v.value
				if v.period < b.pi {
					tr.Carried++
				}
			}
		}
		out = append(out, tr)
	}
	return out
}

// finishUnits sets each unit's progress, lateness, contact and rank.
func (b *builder) finishUnits() {
	period := b.lg.Period
	stated := make(map[string]int, len(b.sums)) // the units with a stated pair
	for _, t := range b.lg.Tasks {
		for _, p := range t.Pairs {
			if p.HasState() {
				stated[p.Unit]++
			}
			switch p.Light {
			case Red:
				b.units[p.Unit].RedItems++
			case Yellow:
				b.units[p.Unit].YellowItems++
			}
		}
	}
	for _, u := range b.unitOrder {
		if n := stated[u.Unit.ID]; n > 0 {
			u.Progress, u.HasProgress = b.sums[u.Unit.ID]/float64(n), true
		}
		// Late (逾期): a report owed and submitted after the due date, or
		// still owed once the due day is over. A unit that owes nothing
		// was late with nothing. A report the office returned is judged by
		// the date it was first sent and the deadline to send it again.
		switch {
		case !u.Owes:
		case u.HasReport:
			on := b.counting.submittedOn(u.Report, u.Review)
			u.Late = on.After(period.Due)
			if !on.Equal(u.Submitted) {
				u.JudgedOn = on
			}
		case u.Returned:
			u.Late = b.returnedLate(u)
		default:
			u.Late = b.lg.PastDue()
		}
		u.Contact = u.Unit.Contact
		if u.Contact == "" {
			u.Contact = b.contacts[u.Unit.ID].text
		}
	}
	sort.SliceStable(b.unitOrder, func(i, j int) bool { return b.unitOrder[i].Order < b.unitOrder[j].Order })
	rank(b.unitOrder, rankGroups(b.x.Registry))
	b.lg.Units = b.unitOrder
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
	sums, n := map[string]float64{}, map[string]int{}
	for _, t := range tasks {
		row := index[t.Task.Section]
		if row == nil {
			continue
		}
		row.Tasks++
		if t.HasProgress {
			sums[t.Task.Section] += t.Progress
			n[t.Task.Section]++
		}
		if t.Status == model.Done {
			row.Done++
		}
	}
	for _, row := range out {
		if k := n[row.Section.ID]; k > 0 {
			row.Progress, row.HasProgress = sums[row.Section.ID]/float64(k), true
		}
	}
	return out
}

func totals(lg *Ledger) Totals {
	var t Totals
	var sum float64
	stated := 0
	for _, r := range lg.Tasks {
		t.Tasks++
		if r.HasProgress {
			sum += r.Progress
			stated++
		}
		switch r.Status {
		case model.Done:
			t.Done++
		case model.InProgress:
			t.InProgress++
		case model.NotStarted:
			t.NotStarted++
		case model.Delayed:
			t.Delayed++
		case model.NotReported:
			t.NotReported++
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
		t.Pairs += r.Units
		t.Stated += r.Stated
	}
	if stated > 0 {
		t.Progress, t.HasProgress = sum/float64(stated), true
	}
	for _, u := range lg.Units {
		t.Units++
		if u.HasReport {
			t.UnitsReported++
		}
		if u.Owes {
			t.UnitsExpected++
			if u.HasReport {
				t.UnitsSubmittedExpected++
			}
		}
		if u.Draft && !u.Invalid { // a draft with errors is chased as 文件有误, and counted there
			t.UnitsDraft++
		}
		if u.Returned {
			t.UnitsReturned++
		}
		if u.Late {
			t.UnitsLate++
		}
		t.Late.add(u.LateReason())
	}
	return t
}

// Round1 rounds a percentage to one decimal, as every output shows it.
func Round1(f float64) float64 { return math.Round(f*10) / 10 }
