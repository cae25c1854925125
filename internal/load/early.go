package load

import (
	"time"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/model"
)

// undateEarly takes the date from each report dated before its period
// began. No report of a period is sent before the period starts, so the
// date is a slip (a year typed wrong, 2018-10-15 for 2019-10-15; the last
// quarter's date copied), and counted as written it would make a late
// report one sent in time. Like a date that cannot be read (R205, which
// the decoder reports), it is an error at the date and the report keeps
// no date until it is put right (Dated stays: it is no draft): it counts
// as not sent, its unit as 文件有误, and missing and remind say what to
// fix. Done once, here, where the plan and the reports are both at hand,
// so that checking the result again finds the same.
func undateEarly(res *Result) {
	plan := res.Repo.Plan
	if plan == nil {
		return
	}
	starts := make(map[string]*model.Period, len(plan.Periods))
	for i := range plan.Periods {
		if p := &plan.Periods[i]; p.ID != "" && !p.Start.IsZero() {
			if _, dup := starts[p.ID]; !dup {
				starts[p.ID] = p
			}
		}
	}
	for _, r := range res.Repo.Reports {
		p := starts[r.Dir]
		if p == nil || r.Submitted.IsZero() || !r.Submitted.Before(p.Start) {
			continue
		}
		msg := i18n.F("报送日期 %s 早于本期（%s）的开始日 %s：报送日期应是报送那天的日期；改正前这份报送不计入（按文件有误处理）",
			"submitted %s is before period %s starts (%s): write the day the report is sent; until then the report does not count (a file with errors)",
			model.FormatDate(r.Submitted), p.ID, model.FormatDate(p.Start))
		if d := sameDayIn(r.Submitted, p); !d.IsZero() {
			msg = i18n.T(msg.Zh+"。是不是 "+model.FormatDate(d)+"？", msg.En+". Did you mean "+model.FormatDate(d)+"?")
		}
		res.Diags.Add(r.File, r.At.Of("submitted"), diag.BadDate, msg)
		res.Repo.Invalid[r.File] = true
		r.Submitted = time.Time{}
	}
}

// sameDayIn is date moved to the year of p's due date (or the year
// before), when that falls between p's start and a quarter after its due
// date: what a year typed wrong most likely meant; zero when none does.
func sameDayIn(date time.Time, p *model.Period) time.Time {
	for _, y := range []int{p.Due.Year(), p.Due.Year() - 1} {
		d := time.Date(y, date.Month(), date.Day(), 0, 0, 0, 0, date.Location())
		if d.Month() == date.Month() && !d.Before(p.Start) && !d.After(p.Due.AddDate(0, 3, 0)) {
			return d
		}
	}
	return time.Time{}
}
