package history

import (
	"slices"
	"strings"
	"time"

	"tally/internal/model"
)

// The office's side of the history: its reviews (reviews/PERIOD/UNIT.yaml)
// and the evidence files units send beside their reports
// (evidence/PERIOD/UNIT/NAME). A review's changes follow the report's in
// the same period and unit; the evidence files' come between.

// Fields of the office's decisions and of evidence files.
const (
	// FieldReview is the review of a report: "RESULT DATE BY" (result
	// accepted or returned, the review's date, the reviewer, who may be
	// missing); "" where there is no review.
	FieldReview = "review"
	// FieldReviewed is what a review decided on, where the review's result,
	// date and reviewer stay the same (a report changed and reviewed again
	// the same day): the report's fingerprint, then each evidence file's as
	// NAME=FINGERPRINT, space-separated.
	FieldReviewed = "reviewed"
	// FieldDeadline is the date a returned report is to be sent again by.
	FieldDeadline = "deadline"
	// FieldReason is why a report was returned: on its task, or ("" task)
	// on the report as a whole; several reasons one a line.
	FieldReason = "reason"
	// FieldReturns are the earlier returns a review keeps, by their dates
	// ("2019-10-03 2019-10-07"); a change is shown where they are not the
	// review's before and the return it replaced (an edit by hand, a
	// kept return removed).
	FieldReturns = "returns"
	// FieldDecision is the office's word on a task's extension: "granted
	// DATE" or "refused".
	FieldDecision = "decision"
	// FieldEvidenceFile is an evidence file of the period and unit, named
	// by File: From and To are the git ids of its content ("" where there
	// is no file).
	FieldEvidenceFile = "evidence_file"
)

// Review results and extension decisions as FieldReview and
// FieldDecision write them.
const (
	DecisionGranted = "granted"
	DecisionRefused = "refused"
)

// diffReview adds the changes from review a to review b (either nil) in
// the order they are shown: the result, the deadline, the reasons on the
// whole report, then, task by task, the reasons and the extension
// decision.
func diffReview(a, b *model.Review, add func(Change)) {
	period, unit := reviewKey(a, b)
	add(Change{Period: period, Unit: unit, Field: FieldReview, From: reviewValue(a), To: reviewValue(b)})
	if ra, rb := returnsValue(a, b), returnsValue(b, nil); a != nil && b != nil && ra != rb {
		// Kept returns decide the figures of the days before the review
		// (probe 17: one removed by hand changed them, and diff said
		// nothing). A review made or withdrawn says it all itself.
		add(Change{Period: period, Unit: unit, Field: FieldReturns, From: returnsValue(a, nil), To: rb})
	}
	if a != nil && b != nil && reviewValue(a) == reviewValue(b) {
		add(Change{Period: period, Unit: unit, Field: FieldReviewed, From: reviewedValue(a), To: reviewedValue(b)})
	}
	// A return's reasons and deadline are its own: a review that is no
	// return (an acceptance, or none) has none, and its change says the
	// report was returned before. They are compared between returns.
	if !returned(b) {
		a = withoutReturn(a)
	}
	var da, db string
	if a != nil {
		da = model.FormatDate(a.Deadline)
	}
	if b != nil {
		db = model.FormatDate(b.Deadline)
	}
	add(Change{Period: period, Unit: unit, Field: FieldDeadline, From: da, To: db})
	ra, rb := reasonsByTask(a), reasonsByTask(b)
	add(Change{Period: period, Unit: unit, Field: FieldReason, From: ra[""], To: rb[""]})
	xa, xb := decisionsByTask(a), decisionsByTask(b)
	var tasks []string
	for _, m := range []map[string]string{ra, rb, xa, xb} {
		for t := range m {
			if t != "" && !slices.Contains(tasks, t) {
				tasks = append(tasks, t)
			}
		}
	}
	slices.SortFunc(tasks, model.CompareTaskIDs)
	for _, t := range tasks {
		add(Change{Period: period, Unit: unit, Task: t, Field: FieldReason, From: ra[t], To: rb[t]})
		add(Change{Period: period, Unit: unit, Task: t, Field: FieldDecision, From: xa[t], To: xb[t]})
	}
}

// returnsValue is FieldReturns of review rv: the dates of the returns it
// keeps, and, where next replaced it, rv itself if it is a return (next
// keeps it then).
func returnsValue(rv, next *model.Review) string {
	if rv == nil {
		return ""
	}
	var dates []string
	for _, x := range rv.Returns {
		dates = append(dates, model.FormatDate(x.Date))
	}
	if next != nil && returned(rv) && !(returned(next) && next.Date.Equal(rv.Date)) {
		dates = append(dates, model.FormatDate(rv.Date))
	}
	return strings.Join(dates, " ")
}

func returned(rv *model.Review) bool { return rv != nil && rv.HasResult && rv.Result == model.Returned }

// withoutReturn is rv without a return's reasons and deadline.
func withoutReturn(rv *model.Review) *model.Review {
	if rv == nil {
		return nil
	}
	c := *rv
	c.Reasons, c.Deadline = nil, time.Time{}
	return &c
}

func reviewKey(a, b *model.Review) (period, unit string) {
	if b != nil {
		return b.Dir, b.Base
	}
	return a.Dir, a.Base
}

// reviewValue is a review as FieldReview writes it, "" for none (or one
// that says no result).
func reviewValue(rv *model.Review) string {
	if rv == nil || !rv.HasResult {
		return ""
	}
	return strings.TrimSpace(rv.Result.Code() + " " + model.FormatDate(rv.Date) + " " + strings.Join(strings.Fields(rv.By), " "))
}

// reviewedValue is what a review decided on, as FieldReviewed writes it.
func reviewedValue(rv *model.Review) string {
	parts := []string{rv.Report}
	for _, s := range rv.Evidence {
		parts = append(parts, s.File+"="+s.Hash)
	}
	return strings.Join(parts, " ")
}

// ReviewedReport says whether a FieldReviewed change is of the report
// reviewed (else only of its evidence files).
func ReviewedReport(c Change) bool {
	a, _, _ := strings.Cut(c.From, " ")
	b, _, _ := strings.Cut(c.To, " ")
	return a != b
}

// ReviewParts splits a FieldReview value into the result, the date and
// the reviewer.
func ReviewParts(v string) (result, date, by string) {
	result, rest, _ := strings.Cut(v, " ")
	date, by, _ = strings.Cut(rest, " ")
	return result, date, by
}

// reasonsByTask joins a review's reasons by task key ("" the whole report).
func reasonsByTask(rv *model.Review) map[string]string {
	m := map[string]string{}
	if rv == nil {
		return m
	}
	for _, rs := range rv.Reasons {
		k := ""
		if rs.Task != "" {
			k = model.TaskKey(rs.Task)
		}
		text := strings.TrimSpace(rs.Text)
		if m[k] != "" {
			text = m[k] + "\n" + text
		}
		m[k] = text
	}
	return m
}

// decisionsByTask are a review's extension decisions by task key (the
// last of a task wins, as the ledger reads them).
func decisionsByTask(rv *model.Review) map[string]string {
	m := map[string]string{}
	if rv == nil {
		return m
	}
	for _, x := range rv.Extensions {
		v := DecisionRefused
		if x.Granted {
			v = DecisionGranted + " " + model.FormatDate(x.To)
		}
		m[model.TaskKey(x.Task)] = v
	}
	return m
}

func reviewsByKey(r *model.Repo) map[string]*model.Review {
	return byFile(r.Reviews, func(rv *model.Review) (string, string) { return rv.Dir, rv.Base })
}

// evidenceChange is the change of the file at path if it is an evidence
// file (evidence/PERIOD/UNIT/NAME), with the ids of its content before
// and after.
func evidenceChange(path, before, after string) (Change, bool) {
	parts := strings.Split(path, "/")
	if len(parts) != 4 || parts[0] != "evidence" || !model.IsPeriodID(parts[1]) {
		return Change{}, false
	}
	for _, p := range parts {
		if p == "" || strings.HasPrefix(p, ".") || model.SystemFile(p) {
			return Change{}, false
		}
	}
	return Change{Period: parts[1], Unit: parts[2], Field: FieldEvidenceFile, File: parts[3], From: before, To: after}, true
}

// IsEvidence reports whether path (in a data root) is an evidence file
// history compares: evidence/PERIOD/UNIT/NAME, nothing hidden and none
// of the system's own files (model.SystemFile).
func IsEvidence(path string) bool {
	_, ok := evidenceChange(path, "", "x")
	return ok
}
