package review

import (
	"testing"
	"time"

	"tally/internal/model"
)

func day(s string) time.Time {
	t, ok := model.ParseDate(s)
	if !ok {
		panic(s)
	}
	return t
}

// The states of DESIGN §2, "Review": a review whose fingerprint matches
// the report's bytes is 已通过 or 已退回; a report changed since is 待审核,
// or, returned, 已退回后重报 once submitted again: after the review's
// date, or on it where the review records an earlier first date (else
// still 已退回); never reviewed is 待审核; a draft has none.
func TestVerdict(t *testing.T) {
	plan := &model.Plan{Periods: []model.Period{{ID: "2019Q2"}, {ID: "2019Q3"}}}
	report := func(unit, submitted, hash string) *model.Report {
		r := &model.Report{File: "reports/2019Q2/" + unit + ".yaml", Dir: "2019Q2", Base: unit, Unit: unit, Period: "2019Q2", Hash: hash}
		if submitted != "" {
			r.Submitted = day(submitted)
		}
		return r
	}
	rev := func(unit string, result model.ReviewResult, hash, date string) *model.Review {
		return &model.Review{Dir: "2019Q2", Base: unit, Unit: unit, Period: "2019Q2", Report: hash, Result: result, HasResult: true, Date: day(date)}
	}
	sent := func(rv *model.Review, first string) *model.Review {
		rv.Submitted = day(first)
		return rv
	}
	cases := []struct {
		name    string
		report  *model.Report
		review  *model.Review
		state   State
		counts  bool
		changed bool
	}{
		{"never reviewed", report("a", "2019-07-04", "aaaaaaaaaaaa"), nil, Pending, true, false},
		{"a draft", report("a", "", "aaaaaaaaaaaa"), nil, None, true, false},
		{"accepted as it is", report("a", "2019-07-04", "aaaaaaaaaaaa"), rev("a", model.Accepted, "aaaaaaaaaaaa", "2019-07-08"), Accepted, true, false},
		{"changed since accepted", report("a", "2019-07-04", "bbbbbbbbbbbb"), rev("a", model.Accepted, "aaaaaaaaaaaa", "2019-07-08"), Pending, true, true},
		{"returned as it is", report("a", "2019-07-04", "aaaaaaaaaaaa"), rev("a", model.Returned, "aaaaaaaaaaaa", "2019-07-08"), Returned, false, false},
		{"returned, changed, same date", report("a", "2019-07-04", "bbbbbbbbbbbb"), rev("a", model.Returned, "aaaaaaaaaaaa", "2019-07-08"), Returned, false, true},
		{"returned, changed, sent on the review's day", report("a", "2019-07-08", "bbbbbbbbbbbb"), rev("a", model.Returned, "aaaaaaaaaaaa", "2019-07-08"), Returned, false, true},
		{"returned, then resubmitted", report("a", "2019-07-09", "bbbbbbbbbbbb"), rev("a", model.Returned, "aaaaaaaaaaaa", "2019-07-08"), Resubmitted, true, true},
		// A review that records the date first sent: a report sent before
		// the return and put right on the day of it is sent again that day;
		// one sent and returned on the same day, changed under that date, is
		// not (nothing tells it from one not sent again).
		{"returned, put right and sent again the same day", report("a", "2019-07-08", "bbbbbbbbbbbb"), sent(rev("a", model.Returned, "aaaaaaaaaaaa", "2019-07-08"), "2019-07-04"), Resubmitted, true, true},
		{"returned, changed, same date, recorded", report("a", "2019-07-04", "bbbbbbbbbbbb"), sent(rev("a", model.Returned, "aaaaaaaaaaaa", "2019-07-08"), "2019-07-04"), Returned, false, true},
		{"sent and returned the same day, changed under that date", report("a", "2019-07-08", "bbbbbbbbbbbb"), sent(rev("a", model.Returned, "aaaaaaaaaaaa", "2019-07-08"), "2019-07-08"), Returned, false, true},
		{"sent and returned the same day, sent again the next", report("a", "2019-07-09", "bbbbbbbbbbbb"), sent(rev("a", model.Returned, "aaaaaaaaaaaa", "2019-07-08"), "2019-07-08"), Resubmitted, true, true},
		{"accepted by the fingerprint of its bytes, as reviews recorded it before", &model.Report{File: "reports/2019Q2/a.yaml", Dir: "2019Q2", Base: "a", Unit: "a",
			Period: "2019Q2", Hash: "aaaaaaaaaaaa", BytesHash: "cccccccccccc", Submitted: day("2019-07-04")}, rev("a", model.Accepted, "cccccccccccc", "2019-07-08"), Accepted, true, false},
		{"a review filed under another name does not count", report("a", "2019-07-04", "aaaaaaaaaaaa"),
			&model.Review{Dir: "2019Q2", Base: "a", Unit: "b", Period: "2019Q2", Report: "aaaaaaaaaaaa", Result: model.Returned, HasResult: true, Date: day("2019-07-08")}, Pending, true, false},
		{"a review without a result does not count", report("a", "2019-07-04", "aaaaaaaaaaaa"),
			&model.Review{Dir: "2019Q2", Base: "a", Unit: "a", Period: "2019Q2", Report: "aaaaaaaaaaaa", Date: day("2019-07-08")}, Pending, true, false},
	}
	for _, c := range cases {
		repo := &model.Repo{Plan: plan, Reports: []*model.Report{c.report}}
		if c.review != nil {
			repo.Reviews = []*model.Review{c.review}
		}
		v := New(model.NewIndex(repo)).Verdict(c.report)
		if v.State != c.state || v.Counts() != c.counts || v.Changed != c.changed {
			t.Errorf("%s: state %q counts %v changed %v, want %q %v %v", c.name, v.State.Code(), v.Counts(), v.Changed, c.state.Code(), c.counts, c.changed)
		}
	}
}

// The latest decision on a pair in the reviews up to a period holds; a
// request no review decided in its period or after is pending, and moves
// nothing.
func TestExtension(t *testing.T) {
	plan := &model.Plan{Periods: []model.Period{{ID: "2019Q2"}, {ID: "2019Q3"}, {ID: "2019Q4"}}}
	review := func(period string, granted bool, to string) *model.Review {
		x := model.ExtensionDecision{Task: "16", Granted: granted}
		if to != "" {
			x.To = day(to)
		}
		return &model.Review{Dir: period, Base: "a", Unit: "a", Period: period, Result: model.Accepted, HasResult: true,
			Date: day("2019-07-08"), Extensions: []model.ExtensionDecision{x}}
	}
	x := model.NewIndex(&model.Repo{Plan: plan, Reviews: []*model.Review{review("2019Q2", true, "2019-12-31"), review("2019Q4", false, "")}})
	b := New(x)
	asked := &model.Entry{Task: "16", Extension: &model.ExtensionRequest{To: day("2020-03-31")}}

	if to, ok := b.Extension("a", "016", 0, nil, 0).GrantedTo(); !ok || !to.Equal(day("2019-12-31")) {
		t.Errorf("granted in 2019Q2: %v %v", to, ok)
	}
	if e := b.Extension("a", "16", 1, asked, 1); !e.Pending || e.Decision == nil {
		t.Errorf("asked in 2019Q3, decided only in 2019Q2: pending %v, decision %v", e.Pending, e.Decision)
	} else if to, ok := e.GrantedTo(); !ok || !to.Equal(day("2019-12-31")) {
		t.Errorf("a pending request moves nothing: the earlier grant holds, got %v %v", to, ok)
	}
	if e := b.Extension("a", "16", 2, asked, 1); e.Pending {
		t.Error("asked in 2019Q3, refused in 2019Q4: still pending")
	} else if _, ok := e.GrantedTo(); ok {
		t.Error("refused in 2019Q4: still granted")
	}
	if e := b.Extension("b", "16", 2, nil, 0); e.Decision != nil || e.Pending {
		t.Errorf("another unit's pair: %+v", e)
	}
}

// DESIGN §2, "Review": a report the office returned keeps the date it was
// first sent for lateness; its resubmission by the date to send it again
// by (the return's deadline, never before the due date; the due date when
// returned by then; none when returned after it without one) counts as
// sent on that first date, and one after it on its own date. A review
// that did not record the first date changes nothing.
func TestSubmittedOn(t *testing.T) {
	plan := &model.Plan{Periods: []model.Period{{ID: "2019Q2", Due: day("2019-07-05")}}}
	rev := func(result model.ReviewResult, date, submitted, deadline string) *model.Review {
		rv := &model.Review{Dir: "2019Q2", Base: "a", Unit: "a", Period: "2019Q2", Report: "aaaaaaaaaaaa", Result: result, HasResult: true, Date: day(date)}
		if submitted != "" {
			rv.Submitted = day(submitted)
		}
		if deadline != "" {
			rv.Deadline = day(deadline)
		}
		return rv
	}
	cases := []struct {
		name            string
		review          *model.Review
		hash, submitted string
		by              string // ResubmitBy of a return, "" for none
		want            string
	}{
		{"never reviewed", nil, "aaaaaaaaaaaa", "2019-07-09", "", "2019-07-09"},
		{"returned as it is", rev(model.Returned, "2019-07-08", "2019-07-04", ""), "aaaaaaaaaaaa", "2019-07-04", "", "2019-07-04"},
		{"returned after the due date, resubmitted, no deadline", rev(model.Returned, "2019-07-08", "2019-07-04", ""), "bbbbbbbbbbbb", "2019-08-30", "", "2019-07-04"},
		{"resubmitted by the deadline", rev(model.Returned, "2019-07-08", "2019-07-04", "2019-07-15"), "bbbbbbbbbbbb", "2019-07-15", "2019-07-15", "2019-07-04"},
		{"resubmitted after the deadline", rev(model.Returned, "2019-07-08", "2019-07-04", "2019-07-15"), "bbbbbbbbbbbb", "2019-07-16", "2019-07-15", "2019-07-16"},
		{"returned before the due date: resubmitted after it", rev(model.Returned, "2019-07-03", "2019-07-02", ""), "bbbbbbbbbbbb", "2019-07-06", "2019-07-05", "2019-07-06"},
		{"a deadline before the due date is the due date", rev(model.Returned, "2019-07-03", "2019-07-02", "2019-07-04"), "bbbbbbbbbbbb", "2019-07-05", "2019-07-05", "2019-07-02"},
		{"the resubmission accepted keeps the first date", rev(model.Accepted, "2019-07-20", "2019-07-04", ""), "aaaaaaaaaaaa", "2019-07-18", "", "2019-07-04"},
		{"changed since accepted: its own date", rev(model.Accepted, "2019-07-20", "2019-07-04", ""), "bbbbbbbbbbbb", "2019-07-25", "", "2019-07-25"},
		{"an old review without the first date", rev(model.Returned, "2019-07-08", "", ""), "bbbbbbbbbbbb", "2019-07-10", "", "2019-07-10"},
	}
	for _, c := range cases {
		r := &model.Report{File: "reports/2019Q2/a.yaml", Dir: "2019Q2", Base: "a", Unit: "a", Period: "2019Q2", Hash: c.hash, Submitted: day(c.submitted)}
		repo := &model.Repo{Plan: plan, Reports: []*model.Report{r}}
		if c.review != nil {
			repo.Reviews = []*model.Review{c.review}
		}
		b := New(model.NewIndex(repo))
		if got := b.SubmittedOn(r, b.Verdict(r)); !got.Equal(day(c.want)) {
			t.Errorf("%s: counts as sent on %s, want %s", c.name, model.FormatDate(got), c.want)
		}
		if c.review == nil || c.review.Result != model.Returned {
			continue
		}
		if by, ok := b.ResubmitBy(c.review); c.by == "" && ok || c.by != "" && (!ok || !by.Equal(day(c.by))) {
			t.Errorf("%s: to send again by %s (%v), want %q", c.name, model.FormatDate(by), ok, c.by)
		}
	}
}
