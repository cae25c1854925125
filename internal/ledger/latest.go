package ledger

import (
	"strings"
	"time"

	"tally/internal/model"
	"tally/internal/review"
)

// Last is a unit's latest word on a task before a period.
type Last struct {
	Entry  *model.Entry
	Period string
	// Values is the latest value the unit gave for each of the task's
	// targets, by target id, in this entry or an earlier one: what the
	// ledger counts for it (DESIGN §2, targets).
	Values map[string]float64
}

// Latest returns, by task key, unit's latest valid entry in the
// submitted reports of the periods before index pi.
func Latest(x *model.Index, unit string, pi int) map[string]Last {
	return LatestIn(x, x.Repo.Reports, unit, pi)
}

// LatestIn is Latest searching only reports, which must hold every
// report of unit in the repository's order (ReportsByUnit gives them).
func LatestIn(x *model.Index, reports []*model.Report, unit string, pi int) map[string]Last {
	out := map[string]Last{}
	if pi <= 0 {
		return out
	}
	c := counting{book: review.Of(x)}
	for k, s := range scanIn(x, reports, pi-1, unit, c) {
		e, i := s.latest(pi - 1)
		out[k.task] = Last{Entry: e, Period: x.Repo.Plan.Periods[i].ID}
	}
	type given struct {
		value  float64
		period int
	}
	latest := map[string]map[string]given{} // task key → target → the latest value given
	firstIn := map[string]int{}             // task key → the period its counted entry was last seen in
	eachCounted(x, reports, pi-1, unit, c, func(ri, _ int, r *model.Report, e *model.Entry) {
		k := model.TaskKey(e.Task)
		if p, ok := firstIn[k]; ok && p == ri {
			return // a task listed twice in one report: the first entry counts (R309)
		}
		firstIn[k] = ri
		for _, v := range e.Values {
			if latest[k] == nil {
				latest[k] = map[string]given{}
			}
			if g, ok := latest[k][v.Target]; !ok || ri > g.period {
				latest[k][v.Target] = given{v.Value, ri}
			}
		}
	})
	for k, vs := range latest {
		l, ok := out[k]
		if !ok {
			continue
		}
		l.Values = make(map[string]float64, len(vs))
		for t, g := range vs {
			l.Values[t] = g.value
		}
		out[k] = l
	}
	return out
}

// standingOf is how a report takes part in the ledger.
type standingOf int

const (
	// ignored: not filed under its own unit and period of the plan, or
	// with a submitted date written wrong.
	ignored standingOf = iota
	// drafted: no submitted date. The ledger ignores its entries; its unit
	// shows as 草稿未报 (DESIGN §2).
	drafted
	// notYet: submitted after the as-of date, before the period's due
	// date: at as-of it did not exist yet, so its unit stands as if it had
	// not submitted.
	notYet
	// returned: submitted, and returned by the office (DESIGN §2, 审核)
	// without being changed and submitted again since. Its unit stands
	// as if it had not submitted (退回待改); its entries do not count.
	returned
	// counted: submitted; its valid entries are the unit's word.
	counted
)

// counting is what decides which submitted reports count: the office's
// reviews (book), and the as-of date. Counting a period as of a day
// before its due date, only the reports submitted by then count (until):
// a report sent later did not exist yet, and the figures must be what was
// known that day; as of the due date, every submitted report, those sent
// after it being late (逾期报送) — once the due day is over: on the day
// itself, while it is under way, a report dated later does not exist
// yet. The book is read as of the same day: a review dated after until
// did not exist yet either (a report returned
// later still counts, one accepted later is still 待审核, an extension
// granted later moves nothing); as of the due date every review counts,
// as every submitted report does. A zero until admits reports and reviews
// of every date: for what looks back with no as-of date, such as the
// values a report template is pre-filled with.
//
// A report returned and sent again carries its new date, but the office's
// review records the date it was first sent (model.Review.Submitted): as
// of a day between the two the unit had submitted, and its report counts
// (firstSubmitted; its figures are the report's as it stands now).
//
// The reviews of earlier periods are read as of the as-of date (asOf,
// the period index pi): a report of 2019Q2 returned after 2019Q3's as-of
// date still counted then, so the 2019Q3 figures as of its due date do
// not change when the office later returns a closed quarter's report.
type counting struct {
	book  *review.Book
	until time.Time
	asOf  time.Time // zero: the reviews of earlier periods are read whatever their date
	// reviewsTo is the last day whose reviews count where every report
	// does (AsOf.ReviewsTo; zero: every review).
	reviewsTo time.Time
	x         *model.Index
	pi        int
}

// countingAt is how reports count for period p as of at (countsUpTo).
func countingAt(x *model.Index, p model.Period, at AsOf) counting {
	c := counting{book: review.Of(x), asOf: at.Date, x: x, pi: x.PeriodIndex(p.ID), reviewsTo: at.ReviewsTo}
	c.until, _ = at.countsUpTo(p)
	return c
}

// firstSubmitted is the date report r was first sent: its own, or the
// earlier one the office's review of it records (a report returned and
// sent again).
func (c counting) firstSubmitted(r *model.Report) time.Time {
	// The returns the review keeps know it too (probe 17: an acceptance,
	// an edit, a return again, and the report's first date was lost).
	if rv := c.book.Of(r.Dir, r.Base); rv != nil {
		if first := rv.FirstSent(); !first.IsZero() && first.Before(r.Submitted) {
			return first
		}
	}
	return r.Submitted
}

// submittedOn is the date a counted report's lateness follows: the
// book's (review.Book.SubmittedOn), or, where the review that returned it
// was not made yet as of the counting's day, the date it was first sent.
func (c counting) submittedOn(r *model.Report, v review.Verdict) time.Time {
	on := c.book.SubmittedOn(r, v)
	if first := c.firstSubmitted(r); v.Review == nil && first.Before(on) {
		return first
	}
	return on
}

// standing decides which reports count, the one place that does: every
// state, roll-up and ranking reads reports through it. A report counts
// when it is filed under its own unit and period, is submitted, was
// submitted by the as-of date (or the as-of date is the due date), and has
// not been returned by the office by then (the book of reviews says which
// were, and which were changed and submitted again since).
func standing(x *model.Index, c counting, r *model.Report) standingOf {
	switch {
	case x.PeriodIndex(r.Dir) < 0 || r.Unit != r.Base || r.Period != r.Dir:
		return ignored
	case r.Submitted.IsZero() && r.Dated:
		// A date written that is no date it could have been sent on (R205:
		// not a date, or before the period began): not a draft, which
		// its unit never meant it to be, but a file with an error, which
		// makes its unit 文件有误 until it is put right.
		return ignored
	case r.Submitted.IsZero():
		return drafted
	case !c.until.IsZero() && c.firstSubmitted(r).After(c.until):
		return notYet
	case !c.verdict(r).Counts():
		return returned
	}
	return counted
}

// verdict is where report r stands with the office as of the counting's
// day: its review, unless that is dated after until (or, for a report of
// an earlier period, after the as-of date), when the report was not
// reviewed yet (待审核), or stood under an earlier return the review
// keeps (review.ReturnedOn).
func (c counting) verdict(r *model.Report) review.Verdict {
	v := c.book.Verdict(r)
	if v.Review == nil {
		return v
	}
	cutoff := c.until
	if cutoff.IsZero() {
		cutoff = c.reviewsTo
	}
	if !c.asOf.IsZero() && c.x.PeriodIndex(r.Dir) < c.pi && (cutoff.IsZero() || c.asOf.Before(cutoff)) {
		cutoff = c.asOf
	}
	if !cutoff.IsZero() && v.Review.Date.After(cutoff) {
		// Decided after the counting's day: as the report stood then,
		// under an earlier return the review keeps (returned, or sent
		// again since and awaiting review), else not reviewed yet.
		ret, resent := review.ReturnedOn(v.Review, cutoff)
		switch {
		case ret == nil:
			return review.Verdict{State: review.Pending}
		case resent:
			return review.Verdict{State: review.Resubmitted, Review: ret, Changed: true}
		}
		return review.Verdict{State: review.Returned, Review: ret}
	}
	if !cutoff.IsZero() && v.State == review.Resubmitted && r.Submitted.After(cutoff) {
		// Sent again after the counting's day: on that day it stood
		// returned (退回待改), whatever it says now.
		v.State = review.Returned
	}
	return v
}

// extension is how unit's pair on task stands on its due date as of the
// counting's day (Book.ExtensionUntil).
func (c counting) extension(unit, task string, pi int, entry *model.Entry, entryPeriod int) review.Extension {
	until := c.until
	if until.IsZero() {
		until = c.reviewsTo
	}
	return c.book.ExtensionUntil(unit, task, pi, entry, entryPeriod, until)
}

// entryPair says whether an entry of a counted report is its unit's
// word on the task (DESIGN §2, revision 3: one rule for every kind of
// error): its status and progress passed validation (a done below 100,
// R409, did not), it says what was done (a summary; R404), the unit owns
// the task, and both are on the list in the entry's period pi (a task's
// from, a unit's from and until; R316); and which of the unit's pairs it
// is (model.Index.Pair). An entry that does not count is nothing, never 0:
// the pair falls back to its earlier word, or to none, and is missing; one
// outside the list is carried to no later period either.
func entryPair(x *model.Index, unit string, pairs model.UnitPairs, e *model.Entry, pi int) (int, bool) {
	if e.Invalid || strings.TrimSpace(e.Summary) == "" || !x.Serving(unit, pi) {
		return 0, false
	}
	if t := x.Task(e.Task); t != nil && !x.InList(t, pi) {
		return 0, false
	}
	return pairs.Pair(model.TaskKey(e.Task))
}

// eachCounted calls f, in the repository's order, for each entry that is
// its unit's word on a task (entryPair) in the reports that count
// (standing; of one unit, or of all when unit is "") of the periods up to
// upto: drafts, reports sent after the as-of date and returned reports do
// not. f gets the report's period index and the entry's pair. It is the
// one selection behind the ledger's states and the report template's
// pre-filled values (scan, scanIn).
func eachCounted(x *model.Index, reports []*model.Report, upto int, unit string, c counting, f func(ri, pair int, r *model.Report, e *model.Entry)) {
	for _, r := range reports {
		ri := x.PeriodIndex(r.Dir)
		if ri > upto || (unit != "" && r.Unit != unit) || standing(x, c, r) != counted {
			continue
		}
		pairs := x.UnitPairs(r.Unit)
		for i := range r.Entries {
			e := &r.Entries[i]
			if pair, ok := entryPair(x, r.Unit, pairs, e, ri); ok {
				f(ri, pair, r, e)
			}
		}
	}
}

// add takes entry e of period index ri into the pair's entries, scanning
// up to upto in the repository's order: the entry of upto, or the latest
// before it. Of two entries in one period — the same task listed twice in
// one report (R309), the only way a pair has two — the first counts: check
// tells the unit to merge the two into the first and delete the second,
// and the figures must be those the report gives once it does (probe 14,
// A1).
func (s *seen) add(ri, upto int, e *model.Entry) {
	switch {
	case ri == upto:
		if s.at == nil {
			s.at = e
		}
	case s.before == nil || ri > s.beforePeriod:
		s.before, s.beforePeriod = e, ri
	}
}

// scan finds, for each (unit, task) pair of the index, its entry in period
// upto and its latest entry before it, in the reports that count
// (eachCounted): by the pair's number (model.Index.Pair).
func scan(x *model.Index, upto int, c counting) []seen {
	out := make([]seen, x.Pairs())
	eachCounted(x, x.Repo.Reports, upto, "", c, func(ri, pair int, _ *model.Report, e *model.Entry) {
		out[pair].add(ri, upto, e)
	})
	return out
}

// targetKey is a pair (by its number) and one of its task's targets.
type targetKey struct {
	pair   int
	target string
}

// valueAt is a value and the period index it was given in.
type valueAt struct {
	value  float64
	period int
}

// scanValues finds, for each pair and each target its entries give a
// value for, the latest value in the reports that count up to upto
// (eachCounted). Of two entries of one pair in one period (R309) the first
// counts, as for the pair's state (seen.add), whether it gives the value
// or not.
func scanValues(x *model.Index, upto int, c counting) map[targetKey]valueAt {
	out := map[targetKey]valueAt{}
	type pairPeriod struct{ pair, period int }
	first := map[pairPeriod]bool{}
	eachCounted(x, x.Repo.Reports, upto, "", c, func(ri, pair int, _ *model.Report, e *model.Entry) {
		if first[pairPeriod{pair, ri}] {
			return
		}
		first[pairPeriod{pair, ri}] = true
		for _, v := range e.Values {
			k := targetKey{pair, v.Target}
			if old, ok := out[k]; !ok || ri > old.period {
				out[k] = valueAt{v.Value, ri}
			}
		}
	})
	return out
}

// scanIn is scan over some of the reports, of one unit or all, keyed by
// unit and task key.
func scanIn(x *model.Index, reports []*model.Report, upto int, unit string, c counting) map[pairKey]seen {
	out := map[pairKey]seen{}
	eachCounted(x, reports, upto, unit, c, func(ri, _ int, r *model.Report, e *model.Entry) {
		k := pairKey{r.Unit, model.TaskKey(e.Task)}
		s := out[k]
		s.add(ri, upto, e)
		out[k] = s
	})
	return out
}

// ReportsByUnit lists the reports of each unit (by the unit they name),
// in the repository's order: for what looks up many units' reports in
// turn, such as a form for each unit. A report dated after today has not
// come in (R406), as the ledger counts it: it is left out, so that no form
// is filled from what the ledger does not count (probe 4, F3).
func ReportsByUnit(repo *model.Repo, today time.Time) map[string][]*model.Report {
	out := map[string][]*model.Report{}
	for _, r := range repo.Reports {
		if !today.IsZero() && r.Submitted.After(today) {
			continue
		}
		out[r.Unit] = append(out[r.Unit], r)
	}
	return out
}
