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
// or, returned, 已退回后重报 once submitted after the review's date (else
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
