package render

import (
	"fmt"
	"sort"
	"strings"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
)

// chaseWords are the words of each reason a unit is chased for: in
// Chinese, in English as a label, and in English after a count.
var chaseWords = map[ledger.ChaseReason][3]string{
	ledger.ChaseNotSubmitted: {"未报送", "not submitted", "not submitted"},
	ledger.ChaseDraft:        {"草稿未报", "draft only", "with a draft only"},
	ledger.ChaseIncomplete:   {"有漏报", "tasks left out", "with tasks left out"},
	ledger.ChaseInvalid:      {"文件有误", "file has errors", "with file errors"},
	ledger.ChaseReturned:     {"退回待改", "returned for changes", "returned for changes"},
}

// returnedLateWords are ChaseReturned's once the date to send the report
// again by is over (ledger.UnitRow.ResubmitBy).
var returnedLateWords = [3]string{"退回逾期未改", "returned, not resubmitted in time", "returned and not resubmitted in time"}

// overdueWords are ChaseNotSubmitted's once the due day is over.
var overdueWords = [3]string{"逾期未报", "overdue", "overdue"}

func chaseWordsOf(r ledger.ChaseReason, late bool) [3]string {
	switch {
	case r == ledger.ChaseNotSubmitted && late:
		return overdueWords
	case r == ledger.ChaseReturned && late:
		return returnedLateWords
	}
	return chaseWords[r]
}

// ChaseLabel says why a unit of the chase list (ledger.ChaseList) is
// chased: 未报送 (逾期未报 once the due day is over), 草稿未报 (草稿未报（逾期）),
// 有漏报, 文件有误 or 退回待改 (退回逾期未改). Every view of the list words it so.
func ChaseLabel(u *ledger.UnitRow, lang i18n.Lang) string {
	w := chaseWordsOf(u.Chase(), u.Late)
	if u.Chase() == ledger.ChaseDraft && u.Late {
		return lang.Pick(w[0]+"（逾期）", w[1]+", overdue")
	}
	return lang.Pick(w[0], w[1])
}

// ChaseCode is the reason a unit is chased as JSON names it.
func ChaseCode(u *ledger.UnitRow) string {
	return map[ledger.ChaseReason]string{ledger.ChaseNotSubmitted: "not-submitted", ledger.ChaseDraft: "draft",
		ledger.ChaseIncomplete: "incomplete", ledger.ChaseInvalid: "invalid", ledger.ChaseReturned: "returned"}[u.Chase()]
}

// ChaseReasonLabel names a group of the chase list's breakdown: the units
// not submitted are 逾期未报 once the due day is over, returned units
// 退回逾期未改 once their date to send the report again by is over, as
// their rows say.
func ChaseReasonLabel(lg *ledger.Ledger, c ledger.ChaseCount, lang i18n.Lang) string {
	late := lg.PastDue()
	if c.Reason == ledger.ChaseReturned {
		late = c.Late // returned units are late each on its own date
	}
	w := chaseWordsOf(c.Reason, late)
	return lang.Pick(w[0], w[2])
}

// ChaseBreakdown counts the chase list by reason, as every headline says
// it: 逾期未报 31、草稿未报 1、有漏报 1、文件有误 3.
func ChaseBreakdown(lg *ledger.Ledger, rows []*ledger.UnitRow, lang i18n.Lang) string {
	var parts []string
	for _, c := range ledger.CountChase(rows) {
		label := ChaseReasonLabel(lg, c, lang)
		parts = append(parts, lang.Pick(fmt.Sprintf("%s %d", label, c.Units), fmt.Sprintf("%d %s", c.Units, label)))
	}
	return strings.Join(parts, lang.Pick("、", ", "))
}

// ChaseHeadline is the count of the chase list with its breakdown:
// 需催报 36 个单位（逾期未报 31、草稿未报 1、有漏报 1、文件有误 3）.
func ChaseHeadline(lg *ledger.Ledger, rows []*ledger.UnitRow, lang i18n.Lang) string {
	return lang.Pick(fmt.Sprintf("需催报 %d 个单位（%s）", len(rows), ChaseBreakdown(lg, rows, lang)),
		fmt.Sprintf("%s to chase (%s)", i18n.Count(len(rows), "unit", "units"), ChaseBreakdown(lg, rows, lang)))
}

// UnitFixes are the errors of a unit's report file for the period, in
// order: what it must put right (nil when it has none).
func UnitFixes(diags []diag.Diagnostic, u *ledger.UnitRow) []diag.Diagnostic {
	var out []diag.Diagnostic
	for _, d := range diags {
		if u.File != "" && d.File == u.File && d.Severity == diag.Error {
			out = append(out, d)
		}
	}
	return out
}

// FixTask is the task an error of a unit's report is about, by its id in
// the list (03, as written 3): the entry the error's line falls in (""
// when it is outside every entry, or the report could not be read).
func FixTask(lg *ledger.Ledger, u *ledger.UnitRow, d diag.Diagnostic) string {
	if u.Report == nil || d.Pos.Line == 0 {
		return ""
	}
	type start struct {
		line int
		task string
	}
	var starts []start
	for _, e := range u.Report.Entries {
		if p := e.At.Of(""); p.Line > 0 { // where the entry begins
			starts = append(starts, start{p.Line, e.Task})
		}
	}
	sort.Slice(starts, func(i, j int) bool { return starts[i].line < starts[j].line })
	// The last entry that begins on or above the line: an entry runs to
	// where the next one begins.
	task := ""
	for _, s := range starts {
		if s.line > d.Pos.Line {
			break
		}
		task = s.task
	}
	for _, t := range lg.Tasks {
		if task != "" && model.TaskKey(t.Task.ID) == model.TaskKey(task) {
			return t.Task.ID
		}
	}
	return task
}

// FixesText says a unit's errors briefly, for a table cell: the first
// error's rule, line and message, and how many there are in all.
func FixesText(fixes []diag.Diagnostic, lang i18n.Lang) string {
	if len(fixes) == 0 {
		return ""
	}
	d := fixes[0]
	text := d.Rule + " " + strings.TrimRight(d.Message.In(lang), "。. ")
	if d.Pos.Line > 0 {
		text = lang.Pick(fmt.Sprintf("第%d行 ", d.Pos.Line), fmt.Sprintf("line %d: ", d.Pos.Line)) + text
	}
	if len(fixes) > 1 {
		text += lang.Pick(fmt.Sprintf("（共 %d 处）", len(fixes)), fmt.Sprintf(" (%d in all)", len(fixes)))
	}
	return text
}

// CarriedMark is the mark of a value carried from an earlier period, as
// pair-level views show it beside the value: （沿用 2019Q2）.
func CarriedMark(p *ledger.Pair, lang i18n.Lang) string {
	if p.State != ledger.Carried {
		return ""
	}
	return lang.Pick("（沿用 "+p.EntryPeriod+"）", " (from "+p.EntryPeriod+")")
}

// fixJSON is a diagnostic as the chase list's JSON carries it.
func fixJSON(d diag.Diagnostic, lang i18n.Lang) DiagnosticJSON {
	return DiagnosticJSON{File: d.File, Line: d.Pos.Line, Col: d.Pos.Col, Severity: d.Severity.String(),
		Rule: d.Rule, Message: pasteLine(d.Message.In(lang))}
}

// LateBreakdown says what 逾期 adds up from (ledger.Lateness), each part
// a list the views name (the late reports; the chase list's groups):
// 逾期报送 2、逾期未报送 31（其中草稿未报 1、文件有误未计入 1）. prose words the
// counts for running text (逾期报送2个); "" when no unit is late.
func LateBreakdown(l ledger.Lateness, prose bool, lang i18n.Lang) string {
	n := func(k int) string {
		if prose {
			return fmt.Sprintf("%d个", k)
		}
		return fmt.Sprintf(" %d", k)
	}
	var parts, of []string
	if l.Submitted > 0 {
		parts = append(parts, lang.Pick("逾期报送"+n(l.Submitted), fmt.Sprintf("%d submitted late", l.Submitted)))
	}
	for _, c := range []struct {
		k      int
		zh, en string
	}{{l.Draft, "草稿未报", "draft only"}, {l.Unreadable, "文件有误未计入", "with the file in error, not counted"}, {l.Returned, "退回逾期未改", "returned, not resubmitted in time"}} {
		if c.k > 0 {
			of = append(of, lang.Pick(c.zh+n(c.k), fmt.Sprintf("%d %s", c.k, c.en)))
		}
	}
	if l.NotSubmitted > 0 {
		part := lang.Pick("逾期未报送"+n(l.NotSubmitted), fmt.Sprintf("%d overdue and not submitted", l.NotSubmitted))
		if len(of) > 0 {
			part += lang.Pick("（其中"+strings.Join(of, "、")+"）", " ("+strings.Join(of, ", ")+")")
		}
		parts = append(parts, part)
	}
	return strings.Join(parts, lang.Pick("、", ", "))
}

// StrayNote names the files of the period's report folder that count for
// no unit (ledger.Stray), for the officer beside the figures: "" when
// there are none. The likeliest cause, a unit's id changed in units.yaml
// with its report left under the old name, would otherwise chase a unit
// that did report with nothing to say why.
func StrayNote(lg *ledger.Ledger, tally string, lang i18n.Lang) string {
	if len(lg.Stray) == 0 {
		return ""
	}
	var zh, en []string
	for _, s := range lg.Stray {
		switch {
		case s.Taken:
			zh, en = append(zh, s.File+"（单位 "+s.Unit+" 另有报送文件，这一份是多出的）"), append(en, s.File+" (unit "+s.Unit+" has a report file of its own; this one is another)")
		case s.Misnamed:
			zh, en = append(zh, s.File+"（文件名不对）"), append(en, s.File+" (under a wrong name)")
		case s.Unit == "":
			zh, en = append(zh, s.File+"（无法读取）"), append(en, s.File+" (cannot be read)")
		default:
			zh, en = append(zh, s.File+"（单位 "+s.Unit+"）"), append(en, s.File+" (unit "+s.Unit+")")
		}
	}
	return lang.Pick(
		fmt.Sprintf("另有 %d 份报送文件的文件名不是 units.yaml 中的单位编号，没有计入：%s。单位改了编号的，请把文件改名为新编号，并把文件中的 unit 改为新编号；运行 %s check 查看详情", len(lg.Stray), strings.Join(zh, "、"), tally),
		fmt.Sprintf("%s named by no unit id of units.yaml, not counted: %s. Where a unit's id was changed, rename the file to the new id and change its unit: line to match; run %s check for details", i18n.Count(len(lg.Stray), "more report file is", "more report files are"), strings.Join(en, ", "), tally))
}

// CarriedDelayNote says, under the summary's headline, which tasks are
// 滞后 only by units' entries carried from an earlier period, and of those
// whose unit's report for the period the office returned: 滞后 3 read as a
// delay the units report now, where one came from last quarter's entry of
// a unit whose new report was returned for its wording (walk 9, F8). ""
// when every delayed task has a delay reported this period.
func CarriedDelayNote(lg *ledger.Ledger, tally string, lang i18n.Lang) string {
	var only, returned []string
	for _, r := range lg.Tasks {
		if r.Status != model.Delayed || r.DelayedCarried < r.Delayed {
			continue
		}
		only = append(only, r.Task.ID)
		if r.DelayedReturned > 0 {
			returned = append(returned, r.Task.ID)
		}
	}
	if len(only) == 0 {
		return ""
	}
	zh := fmt.Sprintf("注：任务 %s 的“滞后”来自沿用的此前报送，本期计入的报送中没有单位报告其滞后", strings.Join(only, "、"))
	en := fmt.Sprintf("Note: task %s stands delayed by entries carried from an earlier report; no report counted for this period says it is delayed", strings.Join(only, ", "))
	if len(only) > 1 {
		en = fmt.Sprintf("Note: tasks %s stand delayed by entries carried from an earlier report; no report counted for this period says they are delayed", strings.Join(only, ", "))
	}
	if len(returned) > 0 {
		zh += fmt.Sprintf("；其中 %s 有单位的本期报送已退回，退回的报送不计入", strings.Join(returned, "、"))
		en += fmt.Sprintf("; for %s, a unit's report for this period was returned, and a returned report does not count", strings.Join(returned, ", "))
	}
	return lang.Pick(zh+"；原因见 "+tally+" overdue", en+"; "+tally+" overdue gives the reasons")
}
