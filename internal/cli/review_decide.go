package cli

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tally/internal/evidence"
	"tally/internal/gitfs"
	"tally/internal/i18n"
	"tally/internal/model"
	"tally/internal/render"
	"tally/internal/review"
)

// decideOptions are the flags of review accept and return. The flags that
// pair up (--task T --reason TEXT, --extend T --to DATE) are kept in the
// order they were given, which pairs them.
type decideOptions struct {
	period, by, deadline, date string
	events                     []decideEvent
}

type decideEvent struct{ flag, value string }

// eventFlag records each use of a flag, in order among the others.
type eventFlag struct {
	name   string
	events *[]decideEvent
}

func (f *eventFlag) String() string { return "" }
func (f *eventFlag) Type() string   { return "string" }
func (f *eventFlag) Set(v string) error {
	*f.events = append(*f.events, decideEvent{f.name, v})
	return nil
}

func (a *app) reviewDecideCmd(accept bool) *cobra.Command {
	o := &decideOptions{}
	c := &cobra.Command{
		Use:   a.t("accept 单位… [--extend 任务 --to 日期]… [--refuse 任务]… [--by 审核人]", "accept UNIT… [--extend TASK --to DATE]… [--refuse TASK]… [--by NAME]"),
		Short: a.t("记录审核通过", "record that the office accepts reports"),
		Long: a.t("记录办公室审核通过这些单位本期的报送，写入 reviews/期次/单位编号.yaml（记下报送文件的指纹：报送之后再改，就又是待审核）。\n"+
			"草稿、有错误的报送（运行 tally check 查看）不能审核。审核人默认取 git 的 user.name，没有时请用 --by 写明；日期为今天，补记以前做的审核用 --date 写明那天。\n"+
			"--extend 任务 --to 日期 批准该任务延期至该日（不写 --to 时按单位申请的日期），--refuse 任务 不批准延期。",
			"Records that the office accepts these units' reports for the period, in reviews/PERIOD/UNIT.yaml, with the report's\n"+
				"fingerprint: a report changed afterwards is pending review again. Drafts and reports with errors (see tally check)\n"+
				"cannot be reviewed. The reviewer is git's user.name unless --by names one; the date is today, or --date for a review made before.\n"+
				"--extend TASK --to DATE grants the task an extension to DATE (the date the unit asked for, without --to); --refuse TASK refuses it."),
		Example:     "  tally review accept chikan-org xiashan-org\n  tally review accept chikan-org --extend 16 --to 2019-12-31 --by \"督查科 李四\"",
		Annotations: map[string]string{"exit": a.reviewExitText()},
		RunE:        func(c *cobra.Command, args []string) error { return a.runDecide(o, model.Accepted, args) },
	}
	if !accept {
		c.Use = a.t("return 单位 --reason 理由 [--task 任务 --reason 理由]… [--extend 任务 --to 日期]… [--refuse 任务]… [--by 审核人]",
			"return UNIT --reason TEXT [--task TASK --reason TEXT]… [--extend TASK --to DATE]… [--refuse TASK]… [--by NAME]")
		c.Short = a.t("记录退回并写明理由", "record that the office returns a report, with the reasons")
		c.Long = a.t("记录办公室把这个单位本期的报送退回修改，写入 reviews/期次/单位编号.yaml。至少写一条理由：\n"+
			"--reason 理由 针对整份报送，--task 任务 --reason 理由 针对某项任务（可写多条）。退回的报送不计入汇总，\n"+
			"单位显示为“退回待改”，列入催报（附理由），直到改好、把 submitted 改为重新报送当天的日期（退回当天改好的，可填退回当天）。\n"+
			"按时报送后被退回的，在重新报送的期限前重报不算逾期：期限用 --deadline 日期 设定，不设时为报送截止日\n"+
			"（截止日之后退回而不设期限的，重报都不算逾期）；过了期限仍未重报，显示为“退回逾期未改”。\n"+
			"草稿、有错误的报送不能审核。审核人默认取 git 的 user.name，没有时请用 --by 写明；日期为今天，补记以前做的审核用 --date 写明那天。",
			"Records that the office returns this unit's report for the period for changes, in reviews/PERIOD/UNIT.yaml. At least\n"+
				"one reason: --reason TEXT for the whole report, --task TASK --reason TEXT for a task (as many as needed). A returned\n"+
				"report does not count: the unit is returned for changes and chased (with the reasons) until it changes the report\n"+
				"and sends it again, its submitted date the day it is sent (the day of the return if put right that day). A report\n"+
				"first sent on time and returned is not late\n"+
				"when sent again by the deadline: --deadline DATE sets it, else it is the due date (none when returned after the due\n"+
				"date). Past the deadline and not sent again, the unit is returned, not resubmitted in time.\n"+
				"Drafts and reports with errors cannot be reviewed.\n"+
				"The reviewer is git's user.name unless --by names one; the date is today, or --date for a review made before.")
		c.Example = "  tally review return chikan-org --reason 缺少会议纪要 --task 16 --reason 进展情况没有具体数据，请补充整顿村数\n" +
			"  tally review return city-two-new --reason 请补充整顿村数 --deadline 2019-10-20"
		c.RunE = func(c *cobra.Command, args []string) error { return a.runDecide(o, model.Returned, args) }
		c.Flags().Var(&eventFlag{"task", &o.events}, "task", a.t("下一个 --reason 针对的`任务`", "the `TASK` the next --reason is about"))
		c.Flags().Var(&eventFlag{"reason", &o.events}, "reason", a.t("退回的`理由`（可写多条）", "a `TEXT` saying why (as many as needed)"))
		c.Flags().StringVar(&o.deadline, "deadline", "", a.t("重新报送的期限（`日期`，年-月-日）：此前重报不算逾期",
			"the `DATE` to send the report again by (YYYY-MM-DD): a resubmission by then is not late"))
	}
	a.periodFlagToday(c, &o.period)
	c.Flags().StringVar(&o.by, "by", "", a.t("`审核人`（默认：git 的 user.name）", "the reviewer's `NAME` (default: git's user.name)"))
	c.Flags().StringVar(&o.date, "date", "", a.t("审核`日期`（年-月-日；默认今天）：补记以前做的审核；不能晚于今天，不能早于报送日期和已记录的审核",
		"the `DATE` reviewed on (YYYY-MM-DD; default: today): to record a review made before; not after today, nor before the report's date or the review recorded"))
	c.Flags().Var(&eventFlag{"extend", &o.events}, "extend", a.t("批准这项`任务`延期（与 --to 连用）", "grant this `TASK` an extension (with --to)"))
	c.Flags().Var(&eventFlag{"to", &o.events}, "to", a.t("延期至此`日期`（年-月-日）", "the `DATE` the extension runs to (YYYY-MM-DD)"))
	c.Flags().Var(&eventFlag{"refuse", &o.events}, "refuse", a.t("不批准这项`任务`延期", "refuse this `TASK` an extension"))
	return c
}

// reviewExitText is the exit statuses of review accept and return.
func (a *app) reviewExitText() string {
	return a.t("  0  已记录\n  1  报送不能审核（草稿，或报送文件有错误），没有记录任何审核\n"+
		"  2  命令无法执行（选项或参数有误、单位或期次不存在、没有报送文件、退回没有理由、找不到审核人），没有记录任何审核",
		"  0  recorded\n  1  a report cannot be reviewed (a draft, or its file has errors); nothing was recorded\n"+
			"  2  the command could not run (bad flag or argument, unknown unit or period, no report, a return without reasons, no reviewer); nothing was recorded")
}

func (a *app) runDecide(o *decideOptions, result model.ReviewResult, args []string) error {
	d, err := parseDecision(o.events, result)
	if err != nil {
		return err
	}
	if d.on, err = a.parseReviewDate(o.date); err != nil {
		return err
	}
	if d.deadline, err = a.parseDeadline(o.deadline, d.on); err != nil {
		return err
	}
	switch {
	case len(args) == 0:
		return usageError("请写明审核哪个单位的报送", "name the unit whose report is reviewed")
	case result == model.Returned && len(args) > 1:
		return usageError("一次退回一个单位的报送（理由各不相同）", "return one unit's report at a time (each has its own reasons)")
	}
	l, pi, err := a.reviewPeriod(o.period)
	if err != nil {
		return err
	}
	by := strings.TrimSpace(o.by)
	if by == "" {
		if by = gitfs.UserName(l.root); by == "" {
			return usageError("不知道审核人是谁：请用 --by 写明（如 --by \"督查科 李四\"），或设置 git config user.name",
				"who reviews? Name them with --by (such as --by \"Li Si\"), or set git config user.name")
		}
	}
	var out []*model.Review
	for _, arg := range args {
		rv, err := a.decision(l, pi, arg, d, by)
		if err != nil {
			return err
		}
		if slices.ContainsFunc(out, func(o *model.Review) bool { return o.Unit == rv.Unit }) {
			// One unit named twice (by id and by name, or a slip): one
			// review of it, recorded and said once (probe 16, C5).
			continue
		}
		out = append(out, rv)
	}
	// Said once every decision stands: nothing is said of a review that
	// is refused.
	a.warnClosed(l.res.Repo.Plan, pi, i18n.T("这次审核", "This review"))
	return a.writeReviews(l, out)
}

// decided is what the flags of a decision say.
type decided struct {
	result     model.ReviewResult
	reasons    []model.ReviewReason
	extensions []model.ExtensionDecision // To zero: the date the unit asked for
	deadline   time.Time                 // of a return: the date to send the report again by (zero: none set)
	on         time.Time                 // the day reviewed: today, or --date
}

// parseReviewDate reads --date, the day a review was made on: today when
// not given; a day that is over otherwise, for a review recorded after
// the fact (probe 14, C4: replaying a quarter recorded every review on
// the day it was typed in, and the figures as of the quarter's dates
// never saw them).
func (a *app) parseReviewDate(s string) (time.Time, error) {
	if s == "" {
		return a.now(), nil
	}
	d, ok := model.ParseDate(strings.TrimSpace(s))
	switch {
	case !ok:
		return d, dateError("--date", s)
	case d.After(a.now()):
		return d, usageError("审核日期 %s 晚于今天（%s）：审核只能记在已经做过的日子", "the review date %s is after today (%s): a review is recorded on a day it was made",
			model.FormatDate(d), model.FormatDate(a.now()))
	}
	return d, nil
}

// parseDeadline reads return's --deadline: a date, not before the day of
// the return (on: today, or --date).
func (a *app) parseDeadline(s string, on time.Time) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	d, ok := model.ParseDate(strings.TrimSpace(s))
	switch {
	case !ok:
		return d, dateError("--deadline", s)
	case d.Before(on) && on.Equal(a.now()):
		return d, usageError("重新报送的期限 %s 早于今天（%s）：请写今天或以后的日期", "the deadline %s is before today (%s): give today or a later date",
			model.FormatDate(d), model.FormatDate(a.now()))
	case d.Before(on):
		return d, usageError("重新报送的期限 %s 早于审核日期（%s）：请写那天或以后的日期", "the deadline %s is before the review date (%s): give that day or a later one",
			model.FormatDate(d), model.FormatDate(on))
	}
	return d, nil
}

// parseDecision pairs the flags in the order given: a --reason after
// --task T is about T; --to DATE after --extend T is T's date.
func parseDecision(events []decideEvent, result model.ReviewResult) (decided, error) {
	d := decided{result: result}
	task, extend := "", ""
	flush := func() {
		if extend != "" {
			d.extensions = append(d.extensions, model.ExtensionDecision{Task: extend, Granted: true})
			extend = ""
		}
	}
	for _, e := range events {
		v := strings.TrimSpace(e.value)
		switch e.flag {
		case "task":
			if task != "" {
				return d, usageError("--task %s 后面要跟 --reason 理由", "--task %s needs a --reason TEXT after it", task)
			}
			task = v
		case "reason":
			if v == "" {
				return d, usageError("--reason 的理由不能为空", "--reason needs some text")
			}
			d.reasons, task = append(d.reasons, model.ReviewReason{Task: task, Text: v}), ""
		case "extend":
			flush()
			extend = v
		case "to":
			to, ok := model.ParseDate(v)
			switch {
			case extend == "":
				return d, usageError("--to 要跟在 --extend 任务 后面", "--to goes after --extend TASK")
			case !ok:
				return d, dateError("--to", e.value)
			}
			d.extensions, extend = append(d.extensions, model.ExtensionDecision{Task: extend, To: to, Granted: true}), ""
		case "refuse":
			flush()
			d.extensions = append(d.extensions, model.ExtensionDecision{Task: v})
		}
	}
	flush()
	switch {
	case task != "":
		return d, usageError("--task %s 后面要跟 --reason 理由", "--task %s needs a --reason TEXT after it", task)
	case result == model.Returned && len(d.reasons) == 0:
		return d, usageError("退回须写明理由：--reason 理由（针对某项任务时加 --task 任务）", "a return needs its reasons: --reason TEXT (with --task TASK for a task)")
	}
	return d, nil
}

// writeReviews writes each review in its file and says so.
func (a *app) writeReviews(l *loaded, rvs []*model.Review) error {
	for _, rv := range rvs {
		if !model.IsSlug(rv.Unit) || !model.IsPeriodID(rv.Period) { // both from units.yaml and plan.yaml, checked again: they name the file
			return usageError("单位或期次编号无效，不能用作文件名", "the unit or period id cannot name a file")
		}
		text, err := review.Text(rv)
		if err != nil {
			return usageError("无法写出审核记录：%v", "cannot write the review: %v", err)
		}
		rel := filepath.Join("reviews", rv.Period, rv.Unit+".yaml")
		if err := writeInRoot(l.root, rel, 0o644, true, i18n.Text{}, text); err != nil {
			return err
		}
		name := l.index.Registry.Unit(rv.Unit).Name
		detail := i18n.T("", "")
		if n := len(rv.Reasons); n > 0 {
			detail = i18n.T(fmt.Sprintf("，理由 %d 条", n), ", "+i18n.Count(n, "reason", "reasons"))
		}
		ext := i18n.T("", "")
		if x := render.DecisionsText(rv.Extensions); len(rv.Extensions) > 0 {
			ext = i18n.T("；延期："+x.Zh, "; extensions: "+x.En)
		}
		by := resubmitNote(l, rv)
		fmt.Fprintln(a.stderr, a.t(
			fmt.Sprintf("已记录 %s：%s %s 的报送%s%s，审核人 %s，%s%s%s", filepath.ToSlash(rel), name, rv.Period, rv.Result.Label(i18n.Zh), detail.Zh, rv.By, model.FormatDate(rv.Date), ext.Zh, by.Zh),
			fmt.Sprintf("recorded %s: %s's report for %s %s%s, by %s on %s%s%s", filepath.ToSlash(rel), name, rv.Period, rv.Result.Label(i18n.En), detail.En, rv.By, model.FormatDate(rv.Date), ext.En, by.En)))
		a.beyondPlan(l, rv)
	}
	return nil
}

// beyondPlan notes an extension granted past the plan's end (probe 15):
// no period of the list reaches that date, so within the list the task is
// never late for the unit again; the officer should know it is not
// followed up by this list.
func (a *app) beyondPlan(l *loaded, rv *model.Review) {
	p := l.res.Repo.Plan
	if p == nil || p.End.IsZero() {
		return
	}
	for _, x := range rv.Extensions {
		if x.Granted && x.To.After(p.End) {
			fmt.Fprintln(a.stderr, a.t(
				fmt.Sprintf("注意：任务 %s 延期至 %s，晚于清单结束日 %s：清单各期都统计不到这一天，这项任务在本清单内不会再算逾期；如需继续跟踪，请列入下一份清单", x.Task, model.FormatDate(x.To), model.FormatDate(p.End)),
				fmt.Sprintf("note: task %s is extended to %s, after the list ends (%s): no period of the list reaches that day, so within this list the task is never late again; carry it into the next list to follow it up", x.Task, model.FormatDate(x.To), model.FormatDate(p.End))))
		}
	}
}

// resubmitNote says, for a return, by when the unit is to send the report
// again without being late (review.Book.ResubmitBy).
func resubmitNote(l *loaded, rv *model.Review) i18n.Text {
	if rv.Result != model.Returned {
		return i18n.T("", "")
	}
	if by, ok := review.Of(l.index).ResubmitBy(rv); ok {
		return i18n.T("；请于 "+model.FormatDate(by)+"（含当日）前重新报送，此后为退回逾期未改", "; to be sent again by "+model.FormatDate(by)+", overdue after that")
	}
	return i18n.T("；已过报送截止日且未设重新报送期限（--deadline），原报送按时的，重报不算逾期",
		"; past the due date with no deadline set (--deadline): if the report first came on time, its resubmission is not late")
}

// decision is the review of one unit's report for period index pi, or
// why there can be none: an unknown unit, no report, a draft, a report
// with errors, an extension for a task the unit does not own or did not
// date. Earlier decisions on other tasks' extensions are kept.
func (a *app) decision(l *loaded, pi int, arg string, d decided, by string) (*model.Review, error) {
	period := l.res.Repo.Plan.Periods[pi].ID
	unit := a.findUnit(l, arg)
	if unit == nil {
		return nil, a.unknownUnit(l.index.Registry, arg)
	}
	r, err := a.reviewable(l, period, unit, a.now())
	if err != nil {
		return nil, err
	}
	if r.Submitted.After(d.on) {
		return nil, usageError("审核日期 %s 早于 %s 的报送日期 %s：那天还没有这份报送", "the review date %s is before %s's report date %s: there was no report to review that day",
			model.FormatDate(d.on), unit.Name, model.FormatDate(r.Submitted))
	}
	if old := review.Of(l.index).Of(period, unit.ID); old != nil && !old.Date.IsZero() && d.on.Before(old.Date) {
		// The new review replaces the one recorded: dated before it, the
		// record would run backwards (probe 15: a return of 10-02 became an
		// acceptance of 10-01, and the report counted from 10-01 on).
		result := i18n.T("", "")
		if old.HasResult {
			result = i18n.T("，"+old.Result.Label(i18n.Zh), ", "+old.Result.Label(i18n.En))
		}
		return nil, usageError("审核日期 %[1]s 早于 reviews/%[2]s/%[3]s.yaml 已记录的审核（%[4]s%[5]s）：新的审核会取代它，日期不能早于它；请写 %[4]s 或以后的日期",
			"the review date %[1]s is before the review recorded in reviews/%[2]s/%[3]s.yaml (%[4]s%[6]s): the new review replaces it, and cannot be dated before it; give %[4]s or a later date",
			model.FormatDate(d.on), period, unit.ID, model.FormatDate(old.Date), result.Zh, result.En)
	}
	rv := &model.Review{Unit: unit.ID, Period: period, Report: r.Hash, Result: d.result, HasResult: true, Date: d.on, By: by, Reasons: d.reasons, Deadline: d.deadline}
	rv.Submitted = firstSubmitted(l, r, d.result)
	rv.Evidence = seals(l, r)
	for _, rs := range d.reasons {
		if rs.Task != "" && !l.index.Owns(unit.ID, rs.Task) {
			return nil, a.notOwned(unit, rs.Task)
		}
	}
	decided := map[string]bool{}
	for _, x := range d.extensions {
		if !l.index.Owns(unit.ID, x.Task) {
			return nil, a.notOwned(unit, x.Task)
		}
		if x.To.IsZero() && x.Granted {
			if x.To = requested(r, x.Task); x.To.IsZero() {
				return nil, usageError("%s没有申请任务 %s 延期，请用 --to 写明延期至哪一天", "%s asked for no extension of task %s: give the date with --to", unit.Name, x.Task)
			}
		}
		if err := a.earlyExtension(l, unit, x); err != nil {
			return nil, err
		}
		if decided[model.TaskKey(x.Task)] {
			return nil, usageError("任务 %s 的延期决定给了不止一次（--extend、--refuse 各一个任务一次）", "task %s's extension is decided more than once (one --extend or --refuse per task)", x.Task)
		}
		decided[model.TaskKey(x.Task)] = true
		rv.Extensions = append(rv.Extensions, x)
	}
	if old := review.Of(l.index).Of(period, unit.ID); old != nil {
		for _, x := range old.Extensions {
			if !decided[model.TaskKey(x.Task)] {
				rv.Extensions = append(rv.Extensions, x)
			}
		}
		rv.Returns = earlierReturns(old, rv, r)
	}
	return rv, nil
}

// earlierReturns are the returns review rv keeps of the review old it
// replaces: old's own earlier returns, and old itself where it returned
// the report (probe 16: an acceptance of the report sent again erased the
// return, and as of a day in between the unit counted as submitted with
// what it sent later; a return not yet committed was lost with its
// reasons). Each keeps the date the report returned was first sent, and,
// where report r (the one rv decides on) is no longer the one returned,
// the date it was sent again. A return made again the same day of the
// same report corrects old: it is not kept (probe 17: one made after the
// report was sent again that day was lost).
func earlierReturns(old, rv *model.Review, r *model.Report) []model.ReturnRecord {
	out := slices.Clone(old.Returns)
	if !old.HasResult || old.Result != model.Returned || rv.Result == model.Returned && rv.Date.Equal(old.Date) && old.Matches(r) {
		return out
	}
	x := model.ReturnRecord{Date: old.Date, By: old.By, Deadline: old.Deadline, Reasons: old.Reasons, Submitted: old.Submitted}
	if !old.Matches(r) {
		x.Resubmitted = r.Submitted
	}
	return append(out, x)
}

// firstSubmitted is the date a review records for report r's lateness
// (DESIGN §2, "Review"): the date it counts as submitted on now
// (review.Book.SubmittedOn: its own, or, for a resubmission, the date of
// the report returned). A return always records it; an acceptance only
// where it is not the report's own date.
func firstSubmitted(l *loaded, r *model.Report, result model.ReviewResult) time.Time {
	b := review.Of(l.index)
	on := b.SubmittedOn(r, b.Verdict(r))
	if result == model.Accepted && on.Equal(r.Submitted) {
		return time.Time{}
	}
	return on
}

// seals are the fingerprints of the evidence files report r cites, in
// the order first cited: what the office saw (a report that cites a file
// not there has errors, and is not reviewed).
func seals(l *loaded, r *model.Report) []model.EvidenceSeal {
	var out []model.EvidenceSeal
	seen := map[string]bool{}
	for _, e := range r.Entries {
		for _, name := range model.Values(e.Evidence) {
			if seen[name] || !evidence.ValidName(name) {
				continue
			}
			seen[name] = true
			if h, ok := evidence.Fingerprint(l.res.FS(), model.EvidenceDir(r.Dir, r.Base)+"/"+name); ok {
				out = append(out, model.EvidenceSeal{File: name, Hash: h})
			}
		}
	}
	return out
}

// reviewable is unit's report for period, or why it cannot be reviewed:
// there is none, it has errors, or it is a draft.
func (a *app) reviewable(l *loaded, period string, unit *model.Unit, today time.Time) (*model.Report, error) {
	var r *model.Report
	for _, rep := range l.res.Repo.Reports {
		if rep.Dir == period && rep.Base == unit.ID {
			r = rep
		}
	}
	file := "reports/" + period + "/" + unit.ID + ".yaml"
	own := l.diags.Only([]string{file})
	switch errs, _ := own.Counts(); {
	case r == nil && errs == 0:
		return nil, usageError("%s 在 %s 没有报送文件（%s），无可审核", "%s has no report for %s (%s): nothing to review", unit.Name, period, file)
	case errs > 0:
		return nil, &Error{Code: ExitData, Msg: i18n.F("%[1]s 有 %[2]d 个错误，不能审核：先请单位改正（运行 %[4]s check %[3]s 查看，%[4]s remind 可生成催改消息）",
			"%[1]s has %[2]d errors and cannot be reviewed: have the unit put them right first (%[4]s check %[3]s shows them; %[4]s remind words a message)",
			file, errs, a.argPath(l.root, file), a.tallyCmd())}
	case r.Submitted.IsZero():
		return nil, &Error{Code: ExitData, Msg: i18n.F("%s 是草稿（没有报送日期 submitted），还没有报送，不能审核",
			"%s is a draft (it has no submitted date): it has not been sent, and cannot be reviewed", file)}
	case r.Submitted.After(today):
		// Every count leaves it out until that day: it is not sent yet.
		return nil, &Error{Code: ExitData, Msg: i18n.F("%s 的报送日期 %s 晚于今天（%s），还不算报送，不能审核；日期填错了的，请单位改正（%s check 提示 R406）",
			"%s is dated %s, after today (%s): it does not count as sent yet, and cannot be reviewed; if the date is wrong, have the unit put it right (%s check says R406)",
			file, model.FormatDate(r.Submitted), model.FormatDate(today), a.tallyCmd())}
	}
	return r, nil
}

// requested is the date a report's entry for task asks to extend it to.
func requested(r *model.Report, task string) time.Time {
	for _, e := range r.Entries {
		if model.TaskKey(e.Task) == model.TaskKey(task) && e.Extension != nil {
			return e.Extension.To
		}
	}
	return time.Time{}
}

// notOwned refuses a task that is not the unit's (or does not exist).
func (a *app) notOwned(u *model.Unit, task string) error {
	return usageError("任务“%s”不是%s负责的任务；%s tasks 可查看各项任务的责任单位", "task %q is not one %s is responsible for; %s tasks shows the owners", task, u.Name, a.tallyCmd())
}
