package cli

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
	"tally/internal/render"
)

// ledgerOptions are the flags shared by the commands that read the ledger.
type ledgerOptions struct {
	period string
	asOf   string
	format string
	strict bool
	// numbers: the command shows no report's text (summary, missing,
	// overdue, remind, brief), so the load keeps none (load.Options.DropTexts).
	numbers bool
}

func (a *app) ledgerFlags(c *cobra.Command, o *ledgerOptions, period, asOf bool) {
	a.ledgerFlagsIn(c, o, period, asOf, "table|json|csv|md")
}

// ledgerFlagsIn is ledgerFlags with the formats of --format (the first
// is the default).
func (a *app) ledgerFlagsIn(c *cobra.Command, o *ledgerOptions, period, asOf bool, formats string) {
	if period {
		a.periodFlag(c, &o.period)
	}
	if asOf {
		a.asOfFlag(c, &o.asOf)
	}
	a.formatFlag(c, &o.format, formats)
	c.Flags().BoolVar(&o.strict, "strict", false, a.t("数据有错误或警告时不输出", "refuse to run on data with errors or warnings"))
}

// periodFlag is --period, worded once for every command that defaults it
// (ledger.DefaultPeriod).
func (a *app) periodFlag(c *cobra.Command, period *string) {
	c.Flags().StringVar(period, "period", "", a.t("期次，如 2019Q3（默认：今天正在报送的期次，给了 --as-of 的按那一天；各期均已截止时，有报送的最近一期）",
		"`PERIOD` such as 2019Q3 (default: the one being reported on today, or on the --as-of date; once all are past due, the latest with reports)"))
}

// periodFlagToday is periodFlag for a command with no --as-of (review,
// review accept and return, new report): its help does not send the user
// to a flag the command refuses (probe 15).
func (a *app) periodFlagToday(c *cobra.Command, period *string) {
	c.Flags().StringVar(period, "period", "", a.t("期次，如 2019Q3（默认：今天正在报送的期次；各期均已截止时，有报送的最近一期）",
		"`PERIOD` such as 2019Q3 (default: the one being reported on today; once all are past due, the latest with reports)"))
}

// periodRule says, in a command's help, which period and date it counts
// by when none is given: the one rule of ledger.Resolve.
func (a *app) periodRule() string {
	return a.t("期次默认今天正在报送的期次（已开始的期次中报送截止日离今天最近的一期；清单已结束、最后一期截止后又过了一个报送周期时，有报送的最近一期）；给了 --as-of 的，按那一天而不是今天定期次。\n"+
		"统计截至默认今天；--as-of 给出的日期早于本期开始日或晚于报送截止日的，按开始日或截止日统计，并注明。\n"+
		"报送截止日当天过完仍未报送的为逾期；统计截至日以后才报送的，不计入。",
		"The period defaults to the one being reported on today (of the periods started, the one whose due date is nearest;\n"+
			"once the plan is over, a reporting cycle after the last due date, the latest with reports); with --as-of, on that date instead of today.\n"+
			"It counts as of today, or --as-of; a date before the\n"+
			"period's start or after its due date counts as of that start or due date, and says so. A unit is late once the due\n"+
			"day is over without its report; a report submitted after the date counted as of does not count.")
}

// pathRule says, in the help of every command that takes a path, what the
// path is relative to: the current directory, -C or not (as namedFile,
// intakeFiles, readNotice and the -o files take it).
func (a *app) pathRule() string {
	return a.t("命令行上的文件和目录路径相对当前目录，给了 -C 也是如此（-C 只指定数据目录在哪里）。",
		"Paths of files and folders on the command line are relative to the current directory, -C or not (-C only says where the data is).")
}

// asOfFlag is --as-of, worded once for every command that takes it.
func (a *app) asOfFlag(c *cobra.Command, asOf *string) {
	c.Flags().StringVar(asOf, "as-of", "", a.t("统计截至此日期（年-月-日）；默认今天；早于该期开始日、晚于报送截止日的，按开始日、截止日统计",
		"count as of `DATE` (YYYY-MM-DD); default: today; a date before the period's start or after its due date counts as of that start or due date"))
}

func (a *app) parseAsOf(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, ok := model.ParseDate(s)
	if !ok {
		return time.Time{}, dateError("--as-of", s)
	}
	return t, nil
}

// dateError says that a date given on the command line is not one, and
// how to write it, as check and collect say it.
func dateError(flag, s string) error {
	advice := model.DateAdvice(s)
	return &Error{Code: ExitUsage, Msg: i18n.T(fmt.Sprintf("%s 的日期“%s”%s", flag, s, advice.Zh), fmt.Sprintf("%s %q %s", flag, s, advice.En))}
}

// buildLedger loads the data and computes the ledger of the period and
// as-of date the flags call for (ledger.Resolve).
//
// The ledger is built while the cross-file rules run (checked's beside):
// both only read the loaded data, and on a clean repository the rules
// find no report file with errors, so the ledger built ahead is the one
// that counts. Where they do (check.MarkInvalid marked a file more), it
// is built again from the data as marked; the rules' errors are then
// what the user reads first, and the second build costs what the one
// before this change did. The period does not depend on the marks
// (ledger.Resolve reads no repo.Invalid), so it is resolved once.
func (a *app) buildLedger(o *ledgerOptions) (*loaded, *ledger.Ledger, error) {
	asOf, err := a.parseAsOf(o.asOf)
	if err != nil {
		return nil, nil, err
	}
	now := a.now()
	var (
		pi       int
		at       ledger.AsOf
		errAt    error
		resolved bool
		ahead    *ledger.Ledger
	)
	l, err := a.loadStrictBeside(o.numbers, o.strict, func(x *model.Index) {
		if plan := x.Repo.Plan; plan == nil || len(plan.Periods) == 0 {
			return
		}
		pi, at, errAt = ledger.Resolve(x, o.period, asOf, now)
		resolved = true
		if errAt == nil {
			ahead = ledger.Build(x, pi, at)
		}
	})
	if err != nil {
		return nil, nil, err
	}
	if plan := l.res.Repo.Plan; plan == nil || len(plan.Periods) == 0 {
		return nil, nil, &Error{Code: ExitData, Msg: i18n.F(
			"plan.yaml 有错误或没有期次，无法汇总；运行 %s check 查看详情",
			"plan.yaml has errors or no periods, so there is nothing to sum up; run %s check for details", a.tallyCmd())}
	}
	if !resolved {
		pi, at, errAt = ledger.Resolve(l.index, o.period, asOf, now)
	}
	if errAt != nil {
		return nil, nil, a.periodError(errAt)
	}
	if ahead == nil || l.marked {
		ahead = ledger.Build(l.index, pi, at)
	}
	return l, ahead, nil
}

// warnClosed says on stderr, where the office records a review of a
// closed period (ledger.Closed) or collects a report into one, that what
// changes (what: 这次审核, 收取的报送) changes that period's figures as of
// its due date, which were signed and sent long ago.
func (a *app) warnClosed(plan *model.Plan, pi int, what i18n.Text) {
	if !ledger.Closed(plan, pi, a.now()) {
		return
	}
	p, next := plan.Periods[pi], plan.Periods[pi+1]
	fmt.Fprintln(a.stderr, a.t(
		fmt.Sprintf("注意：%s 已结束（报送截止日 %s，下一期 %s 的截止日 %s 也已过）。%s会改变 %s 按截止日统计的数字（报送率、逾期、排名、预警），与当时发出的汇总和通报不再一致",
			p.ID, model.FormatDate(p.Due), next.ID, model.FormatDate(next.Due), what.Zh, p.ID),
		fmt.Sprintf("note: %s is closed (due %s, and %s's due date %s has passed too). %s changes %s's figures as of its due date (submission rate, late units, ranks, lights): they will no longer match the summaries and briefs sent then",
			p.ID, model.FormatDate(p.Due), next.ID, model.FormatDate(next.Due), what.En, p.ID)))
}

// earlyExtension refuses an extension granted to a date not after the
// task's due date (R605): it would extend nothing, and a mistyped year
// turns the task red.
func (a *app) earlyExtension(l *loaded, u *model.Unit, x model.ExtensionDecision) error {
	t := l.index.Task(x.Task)
	if t == nil || !x.Granted || x.To.After(t.DueIn(l.res.Repo.Plan)) {
		return nil
	}
	due := model.FormatDate(t.DueIn(l.res.Repo.Plan))
	return usageError("%s任务 %s 的原完成时限是 %s，延期后的日期应晚于它（延期至 %s）；请用 --to 写明更晚的日期，或用 --refuse %s 不批准",
		"task %[2]s of %[1]s is due %[3]s already: an extension must be to a later date (not %[4]s). Give a later one with --to, or refuse it with --refuse %[5]s",
		u.Name, t.ID, due, model.FormatDate(x.To), x.Task)
}

// wrote says on stderr that a period's file was written, and as of when
// it counts.
func (a *app) wrote(output string, lg *ledger.Ledger) {
	fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("已生成 %s（期次 %s，统计截至 %s）", output, lg.Period.ID, render.AsOf(lg, a.lang)),
		fmt.Sprintf("wrote %s (period %s, counted as of %s)", output, lg.Period.ID, render.AsOf(lg, a.lang))))
	a.warnStray(lg)
}

// warnStray names, after a document is made, the files of the period's
// report folder that count for no unit (render.StrayNote): the document
// counts their units as not reported, and the officer should know before
// it goes out.
func (a *app) warnStray(lg *ledger.Ledger) {
	if note := render.StrayNote(lg, a.tallyCmd(), a.lang); note != "" {
		fmt.Fprintln(a.stderr, a.t("注意：", "note: ")+note)
	}
}

// periodError words ledger.Resolve's error for the user.
func (a *app) periodError(err error) error {
	var e *ledger.UnknownPeriodError
	if errors.As(err, &e) {
		return usageError("没有期次“%s”；plan.yaml 中的期次：%s", "there is no period %q; plan.yaml has: %s", e.ID, strings.Join(e.Known, " "))
	}
	return err
}
