package ledger

import (
	"strings"
	"time"

	"tally/internal/model"
	"tally/internal/review"
)

// AsOf is the date a command counts as of (统计截至) and what that date is:
// the one rule every command follows (DESIGN §2, revision 3), decided in
// one place (DecideAsOf) and carried by the ledger.
type AsOf struct {
	// Date is the day counted as of.
	Date time.Time
	// Running says Date is today taken from the clock, a day still under
	// way: on the due date itself no report is late yet (逾期 starts the
	// day after). A date given with --as-of, or today capped to the due
	// date, is a day that is over.
	Running bool
	// Asked is a --as-of date outside the period, which Date was clamped
	// to (the period's start or its due date); zero when none was.
	Asked time.Time
	// Now is the day the figures are made on, not clamped into the period:
	// the --as-of date given, else today. Only a date that runs past the
	// period's due date is judged against it (a returned report's deadline
	// for resubmission, DESIGN §2 "Review"); with --as-of given it does not
	// depend on the clock either.
	Now time.Time
	// Every says every report counts, whatever its date, as a later
	// period's figures as of its own due date count them (a site's pages
	// for earlier periods: one cut-off for the whole site); ReviewsTo is
	// then the last day whose reviews count, as that later period reads
	// an earlier period's reviews (as of its as-of date).
	Every     bool
	ReviewsTo time.Time
}

// now is Now, or Date when the as-of was made without one.
func (a AsOf) now() time.Time {
	if a.Now.IsZero() {
		return a.Date
	}
	return a.Now
}

// countsUpTo is the last day whose reports and reviews count for period p
// as of a (zero: any day), and whether that day is today. Before the due
// date, and on the due day itself still under way (Running), only what is
// dated up to a's day: a report or review dated later did not exist yet (a
// report dated in the future is a mistake, R406, not a report). Counted as
// of the due date, late reports count as late, up to the day the figures
// are made on: today when no --as-of is given (a report dated 10-15 counted
// as a late report on 10-13 while review and check said it had not come
// in), the date asked when a later one is given (as of 07-19, a report
// returned and sent again on 07-20 stood returned, as it does run on 07-19
// without --as-of). With the due date itself given, every report counts:
// the period's figures as of its due date, as the README has them.
func (a AsOf) countsUpTo(p model.Period) (day time.Time, today bool) {
	switch {
	case a.Every:
		return time.Time{}, false
	case a.Running:
		return a.Date, true
	case a.Date.Before(p.Due):
		return a.Date, false
	case !a.Asked.IsZero():
		return a.Asked, false
	case a.Now.After(a.Date):
		return a.Now, true
	}
	return time.Time{}, false
}

// Day is as of date, a day that is over: what --as-of date means inside
// the period.
func Day(date time.Time) AsOf { return AsOf{Date: date} }

// DecideAsOf is the as-of date of period p: the date given (--as-of),
// else today; never later than the period's due date (报送截止日) and never
// before its start. A date given outside the period is clamped, and
// Asked keeps it so that every output says so. A brief written after
// the deadline counts as of the deadline; one written mid-quarter counts
// as of today; with a date given nothing depends on the clock.
func DecideAsOf(p model.Period, given, today time.Time) AsOf {
	at := decideAsOf(p, given, today)
	if at.Now = given; given.IsZero() {
		at.Now = today
	}
	return at
}

func decideAsOf(p model.Period, given, today time.Time) AsOf {
	switch {
	case !given.IsZero() && given.Before(p.Start):
		return AsOf{Date: p.Start, Asked: given}
	case !given.IsZero() && given.After(p.Due):
		return AsOf{Date: p.Due, Asked: given}
	case !given.IsZero():
		return AsOf{Date: given}
	case today.After(p.Due):
		return AsOf{Date: p.Due}
	case today.Before(p.Start):
		return AsOf{Date: p.Start}
	}
	return AsOf{Date: today, Running: true}
}

// UnknownPeriodError is a --period that plan.yaml does not have.
type UnknownPeriodError struct {
	ID    string
	Known []string
}

func (e *UnknownPeriodError) Error() string { return "unknown period " + e.ID }

// Resolve picks the period and the as-of date of a command, the one place
// every command asks: period is the --period flag ("" for the default,
// DefaultPeriod), given the --as-of date (zero when not given), today the
// clock. plan must have periods.
//
// The default period is the one being reported on the day counted as of:
// the --as-of date when one is given, else today. With --as-of given,
// nothing depends on the clock (DESIGN §2): the same command with the same
// date prints the same period and figures whenever it is run (probe 14,
// A2: in 2026, --as-of 2019-05-10 counted 2019Q4 as of 2019-10-01).
func Resolve(x *model.Index, period string, given, today time.Time) (int, AsOf, error) {
	plan := x.Repo.Plan
	day := today
	if !given.IsZero() {
		day = given
	}
	pi := DefaultPeriod(x, day)
	if period != "" {
		var err error
		if pi, err = PeriodNamed(plan, period); err != nil {
			return 0, AsOf{}, err
		}
	}
	return pi, DecideAsOf(plan.Periods[pi], given, today), nil
}

// DefaultPeriod is the period every command takes when --period is not
// given (summary, missing, overdue, remind, export, brief, site, forms,
// collect, new report): the period being reported on today (Collecting),
// so that the office chases, counts and sends forms for the same quarter
// whatever the units have sent so far; but once the plan is over
// (PlanOver: a reporting cycle past the last due date) the latest period
// that has submitted reports, since the last quarter may never have been
// used.
// Plan must have periods.
func DefaultPeriod(x *model.Index, today time.Time) int {
	plan := x.Repo.Plan
	if PlanOver(plan, today) {
		if best := LatestCounted(x); best >= 0 {
			return best
		}
	}
	return Collecting(plan, today)
}

// LatestCounted is the index of the latest period with a submitted report
// that counts, -1 when none has one.
func LatestCounted(x *model.Index) int {
	best, c := -1, counting{book: review.Of(x)}
	for _, r := range x.Repo.Reports {
		if i := x.PeriodIndex(r.Dir); i > best && standing(x, c, r) == counted {
			best = i
		}
	}
	return best
}

// PlanOver says whether the plan is over on today: past every period's
// due date, and past the last one by a reporting cycle more (the time
// between the last two due dates, or the last period's own span when
// there is one): the day a period after the last would have been due.
// Until then the last period is the one being chased: the day after its
// due date is the day the office chases the units late with it, not a day
// to fall back to the quarter before, which has reports.
func PlanOver(plan *model.Plan, today time.Time) bool {
	n := len(plan.Periods)
	if n == 0 {
		return false
	}
	for _, p := range plan.Periods {
		if !today.After(p.Due) {
			return false
		}
	}
	last := plan.Periods[n-1]
	cycle := last.Due.Sub(last.Start)
	if n > 1 {
		cycle = last.Due.Sub(plan.Periods[n-2].Due)
	}
	return today.After(last.Due.Add(cycle))
}

// Closed says whether period index pi is closed on today: the period
// after it is past its due date too, so its figures (counted as of its
// own due date, with every review) have long been signed and sent. A
// review made now changes them; the last period is never closed.
func Closed(plan *model.Plan, pi int, today time.Time) bool {
	return pi+1 < len(plan.Periods) && today.After(plan.Periods[pi+1].Due)
}

// Collecting is the period whose reports are coming in on date: of the
// periods that have started by then, the one whose due date is nearest
// (the earlier on a tie). Reports come in around the due date, early or
// late: on 2019-10-08 and on 10-15 that is 2019Q3 (due 10-12), not 2019Q4,
// which started on 10-01 and is due in January. Before any period has
// started, the first.
func Collecting(plan *model.Plan, date time.Time) int {
	best, gap := 0, time.Duration(-1)
	for i, p := range plan.Periods {
		if p.Start.After(date) {
			continue
		}
		d := date.Sub(p.Due)
		if d < 0 {
			d = -d
		}
		if gap < 0 || d < gap {
			best, gap = i, d
		}
	}
	return best
}

// PeriodNamed is the index of the period of plan that id names (as
// indexOf finds it), or an *UnknownPeriodError.
func PeriodNamed(plan *model.Plan, id string) (int, error) {
	var ids []string
	for _, p := range plan.Periods {
		ids = append(ids, p.ID)
	}
	if pi := indexOf(ids, id); pi >= 0 {
		return pi, nil
	}
	return -1, &UnknownPeriodError{ID: id, Known: ids}
}

// indexOf finds id among ids: exactly, else ignoring case (2019q3 is
// 2019Q3 to anyone typing it), else -1.
func indexOf(ids []string, id string) int {
	id = strings.TrimSpace(id)
	for i, x := range ids {
		if x == id {
			return i
		}
	}
	for i, x := range ids {
		if strings.EqualFold(x, id) {
			return i
		}
	}
	return -1
}

// AsOfMark says what the as-of date is to the period, for the words that
// name it: its due date (报送截止日), today's due day still under way, its
// start, or neither.
type AsOfMark int

const (
	AsOfOther AsOfMark = iota
	// AsOfDue: the due date as a day that is over (today capped to it, or
	// given with --as-of): a report still owed is late.
	AsOfDue
	AsOfStart
	// AsOfDueToday: today is the due date, still under way (DueToday): no
	// report is late yet, so the figures differ from AsOfDue's of the
	// same date.
	AsOfDueToday
)

// Mark says what lg's as-of date is to its period.
func (lg *Ledger) Mark() AsOfMark {
	switch {
	case lg.DueToday():
		return AsOfDueToday
	case lg.AsOf.Equal(lg.Period.Due):
		return AsOfDue
	case lg.AsOf.Equal(lg.Period.Start):
		return AsOfStart
	}
	return AsOfOther
}

// PastDue says whether the period's due day is over at the ledger's as-of
// date: a report still owed then is late (逾期未报). That is when as-of is
// after the due date, or is the due date as a day that is over (today
// capped to it, or given with --as-of); on the due date itself, counted
// as of the running day, nobody is late yet (DESIGN §2, revision 3).
func (lg *Ledger) PastDue() bool {
	due := lg.Period.Due
	return lg.AsOf.After(due) || lg.AsOf.Equal(due) && !lg.Running
}

// DueToday says the ledger counts as of today and today is the due date:
// reports are still coming in, and the last day to send them is today.
func (lg *Ledger) DueToday() bool { return lg.Running && lg.AsOf.Equal(lg.Period.Due) }
