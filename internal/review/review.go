// Package review is the office's review loop (DESIGN §2, "Review"): the
// reviews of reviews/PERIOD/UNIT.yaml matched to the reports they decided
// on by the report's hash, the state each submitted report is in, which
// reports the ledger counts, and the extensions of due dates granted. The
// ledger asks a Book which reports count and which due dates moved; it
// knows nothing else of reviews.
package review

import (
	"time"

	"tally/internal/model"
)

// State is where a submitted report stands with the office.
type State int

const (
	// None: no submitted report (none at all, or a draft): nothing to review.
	None State = iota
	// Pending (待审核): never reviewed, or changed since it was accepted.
	Pending
	// Accepted (已通过): the report is as the office accepted it.
	Accepted
	// Returned (已退回): the office returned it, and it has not been changed
	// and resubmitted since; it does not count.
	Returned
	// Resubmitted (已退回后重报): returned, then changed and submitted again
	// (submitted later than the review's date); it counts, and awaits
	// review again.
	Resubmitted
)

// Code is the state's English word, as JSON writes it.
func (s State) Code() string {
	return [...]string{"", "pending", "accepted", "returned", "resubmitted"}[s]
}

// Verdict is a report's standing with the office.
type Verdict struct {
	State State
	// Review is the review of the report's unit and period (nil when
	// there is none, or it cannot be read as one).
	Review *model.Review
	// Changed: the report is not the one the review decided on.
	Changed bool
	// EvidenceChanged: an evidence file the review sealed has changed or
	// gone since (only known where the files were read, Repo.EvidenceNow);
	// an acceptance then no longer holds (待审核). Evidence lists them.
	EvidenceChanged bool
	Evidence        []EvidenceChange
}

// EvidenceChange is a sealed evidence file not as the office saw it.
type EvidenceChange struct {
	File string
	Gone bool // removed or unreadable; else its content changed
}

// Counts says whether the ledger counts the report: all but a returned
// one not yet changed and resubmitted.
func (v Verdict) Counts() bool { return v.State != Returned }

// Book holds the reviews of a repository, ready to be asked.
type Book struct {
	x       *model.Index
	reviews map[key]*model.Review
	// decisions on extensions, by unit and task key, in plan order of the
	// reviews' periods
	decisions map[pairKey][]decision
}

type key struct{ period, unit string }

type pairKey struct{ unit, task string }

type decision struct {
	period int
	date   time.Time // the date of the review that made it
	d      *model.ExtensionDecision
}

// bookKey is where the book of an index is kept (model.Index.Memo).
type bookKey struct{}

// Of is the book of x's repository, read once per index and shared.
func Of(x *model.Index) *Book {
	return x.Memo(bookKey{}, func() any { return New(x) }).(*Book)
}

// New reads the reviews of x's repository. A review counts only where it
// is filed under its own unit and a period of the plan, and says a result.
func New(x *model.Index) *Book { return NewUpTo(x, time.Time{}) }

// NewUpTo is New without the reviews dated after day (zero: none left
// out): a review dated after today was not made yet, as the ledger counts
// it.
func NewUpTo(x *model.Index, day time.Time) *Book {
	b := &Book{x: x, reviews: map[key]*model.Review{}, decisions: map[pairKey][]decision{}}
	for _, r := range x.Repo.Reviews {
		pi := x.PeriodIndex(r.Dir)
		if pi < 0 || r.Unit != r.Base || r.Period != r.Dir || !day.IsZero() && r.Date.After(day) {
			continue
		}
		if r.HasResult && !r.Date.IsZero() {
			b.reviews[key{r.Dir, r.Base}] = r
		}
		for i := range r.Extensions {
			e := &r.Extensions[i]
			k := pairKey{r.Base, model.TaskKey(e.Task)}
			b.decisions[k] = append(b.decisions[k], decision{pi, r.Date, e})
		}
	}
	return b
}

// ReturnedOn is where rv's report stood on day under the returns rv
// keeps, rv being dated after day: the latest of them made by then
// (model.Review.Returns), as a review of its own, and whether the report
// had been sent again after it by day (it then counts, awaiting review);
// nil where no return was made by then.
func ReturnedOn(rv *model.Review, day time.Time) (*model.Review, bool) {
	var latest *model.ReturnRecord
	for i := range rv.Returns {
		// The latest by date: a file edited by hand may list them out of
		// order.
		if x := &rv.Returns[i]; !x.Date.After(day) && (latest == nil || !x.Date.Before(latest.Date)) {
			latest = x
		}
	}
	if latest == nil {
		return nil, false
	}
	ret := *rv
	ret.Result, ret.HasResult, ret.Date, ret.By, ret.Deadline, ret.Reasons = model.Returned, true, latest.Date, latest.By, latest.Deadline, latest.Reasons
	if !latest.Submitted.IsZero() {
		ret.Submitted = latest.Submitted
	}
	ret.Extensions, ret.Evidence, ret.Returns = nil, nil, nil
	return &ret, !latest.Resubmitted.IsZero() && !latest.Resubmitted.After(day)
}

// Of is the review filed for a unit's report of a period, or nil.
func (b *Book) Of(period, unit string) *model.Review { return b.reviews[key{period, unit}] }

// Verdict says where report r stands (DESIGN §2): a review whose
// fingerprint matches it is 已通过 (while the evidence files it sealed are
// unchanged) or 已退回; one changed since is 待审核, or,
// when it was returned, 已退回后重报 once submitted again (SentAgain; else
// it stays 已退回); a report never reviewed is 待审核. A draft has no
// state.
func (b *Book) Verdict(r *model.Report) Verdict {
	if r.Submitted.IsZero() {
		return Verdict{State: None}
	}
	rv := b.Of(r.Dir, r.Base)
	if rv == nil {
		return Verdict{State: Pending}
	}
	v := Verdict{Review: rv, Changed: !rv.Matches(r), Evidence: b.evidenceChanges(rv)}
	v.EvidenceChanged = len(v.Evidence) > 0
	switch {
	case !v.Changed && !v.EvidenceChanged && rv.Result == model.Accepted:
		v.State = Accepted
	case !v.Changed && rv.Result == model.Returned:
		v.State = Returned
	case rv.Result == model.Accepted:
		v.State = Pending
	case SentAgain(rv, r.Submitted):
		v.State = Resubmitted
	default:
		v.State = Returned // changed, but not submitted again
	}
	return v
}

// ResendFrom is the earliest date a resubmission of the report rv
// returned may carry: the day of the return where the report returned
// was sent before that day (a unit that puts it right the same day dates
// it so), else the day after. A report sent and returned on one day and
// then changed under the same date cannot be told from one changed but
// not yet sent again; nor can one returned by a review that does not
// record the date it was first sent.
func ResendFrom(rv *model.Review) time.Time {
	if !rv.Submitted.IsZero() && rv.Submitted.Before(rv.Date) {
		return rv.Date
	}
	return rv.Date.AddDate(0, 0, 1)
}

// SentAgain says a report dated submitted, changed since rv returned it,
// was submitted again: dated ResendFrom(rv) or later.
func SentAgain(rv *model.Review, submitted time.Time) bool {
	return !submitted.Before(ResendFrom(rv))
}

// evidenceChanges are the evidence files rv sealed that are not as they
// were: changed, or gone. Files not read (Repo.EvidenceNow nil) are taken
// as they were.
func (b *Book) evidenceChanges(rv *model.Review) []EvidenceChange {
	var out []EvidenceChange
	for _, s := range rv.Evidence {
		if h, read := b.x.Repo.EvidenceNow[model.EvidenceDir(rv.Period, rv.Unit)+"/"+s.File]; read && h != s.Hash {
			out = append(out, EvidenceChange{File: s.File, Gone: h == ""})
		}
	}
	return out
}

// Extension is how a pair stands on its due date: what the unit asked
// for and what the office decided.
type Extension struct {
	// Request is the request in the pair's latest entry, nil when none.
	Request *model.ExtensionRequest
	// Decision is the office's latest decision on the pair in the reviews
	// of the periods up to the one judged, nil when none.
	Decision *model.ExtensionDecision
	// Pending: a request no review has decided on yet (no decision in the
	// request's period or after it).
	Pending bool
}

// GrantedTo is the due date a granted extension moves the pair's to.
func (e Extension) GrantedTo() (time.Time, bool) {
	if e.Decision != nil && e.Decision.Granted && !e.Decision.To.IsZero() {
		return e.Decision.To, true
	}
	return time.Time{}, false
}

// Extension is the extension state of unit's pair on task as of period
// index pi, whose latest entry (nil for none) was made in period index
// entryPeriod. A request not yet decided changes nothing: only a
// decision moves the due date.
func (b *Book) Extension(unit, task string, pi int, entry *model.Entry, entryPeriod int) Extension {
	return b.ExtensionUntil(unit, task, pi, entry, entryPeriod, time.Time{})
}

// ExtensionUntil is Extension as the book stood on the day until: a
// decision in a review dated after it was not made yet (a zero until
// takes every decision).
func (b *Book) ExtensionUntil(unit, task string, pi int, entry *model.Entry, entryPeriod int, until time.Time) Extension {
	var out Extension
	decidedSince := false
	for _, d := range b.decisions[pairKey{unit, model.TaskKey(task)}] {
		if d.period > pi || !until.IsZero() && d.date.After(until) {
			continue
		}
		out.Decision = d.d // in plan order: the latest wins
		decidedSince = decidedSince || d.period >= entryPeriod
	}
	if entry != nil && entry.Extension != nil {
		out.Request = entry.Extension
		out.Pending = !decidedSince
	}
	return out
}

// ResubmitBy is the date a report returned by rv is to be sent again by
// (DESIGN §2, "Review"): the return's deadline, never earlier than the
// period's due date; with no deadline set, the due date when the report
// was returned by then, and none (ok false) when it was returned after:
// a unit that sent its report on time cannot be late for a due date that
// had passed before its report came back.
func (b *Book) ResubmitBy(rv *model.Review) (time.Time, bool) {
	pi := b.x.PeriodIndex(rv.Period)
	if pi < 0 {
		return time.Time{}, false
	}
	due := b.x.Repo.Plan.Periods[pi].Due
	switch {
	case rv.Deadline.After(due):
		return rv.Deadline, true
	case !rv.Deadline.IsZero() || !rv.Date.After(due):
		return due, true
	}
	return time.Time{}, false
}

// SubmittedOn is the date report r's lateness follows, given its verdict
// v (DESIGN §2, "Review"): its own submitted date, except where the
// office returned it. A review records the date of the report it returned
// (model.Review.Submitted): the report as reviewed, and its resubmission
// made by ResubmitBy, count as submitted on that date; a resubmission
// after it counts on its own date. A review without the date (written
// before it was recorded) changes nothing: the report's own date counts.
func (b *Book) SubmittedOn(r *model.Report, v Verdict) time.Time {
	rv := v.Review
	if rv == nil || rv.Submitted.IsZero() || rv.Submitted.After(r.Submitted) {
		return r.Submitted
	}
	switch {
	case !v.Changed:
		return rv.Submitted
	case v.State == Resubmitted:
		if by, ok := b.ResubmitBy(rv); ok && r.Submitted.After(by) {
			return r.Submitted
		}
		return rv.Submitted
	}
	return r.Submitted
}
