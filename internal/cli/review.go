package cli

import (
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"tally/internal/history"
	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
	"tally/internal/render"
	"tally/internal/review"
)

type reviewOptions struct {
	period, unit, format string
}

func (a *app) reviewCmd() *cobra.Command {
	var o reviewOptions
	c := &cobra.Command{
		Use:   a.t("review [--period 期次] [--unit 单位]", "review [--period PERIOD] [--unit UNIT]"),
		Short: a.t("审核报送：列出待审核、已通过、已退回的报送；通过、退回、批准延期", "review reports: list them by state; accept, return, decide extensions"),
		Long: a.t("办公室审核各单位的报送（可选）。不带子命令时，列出一期已报送的报送文件及其审核状态：\n"+
			"待审核（从未审核，或通过后又有改动）、已通过、已退回（附理由）、已退回后重报（改好并更新报送日期后重新报送），\n"+
			"并按 tally diff 的说法列出审核之后改了什么（审核时的版本从 git 历史中找）。期次默认今天正在报送的期次（与其他命令相同）。\n\n"+
			"tally review accept 单位… 记录通过；tally review return 单位 --reason 理由 [--task 任务 --reason 理由]… 记录退回。\n"+
			"审核记录写在 reviews/期次/单位编号.yaml。退回的报送不计入汇总，单位显示为“退回待改”，列入催报，\n"+
			"直到改好并把 submitted 改为重新报送当天的日期（退回当天改好的，可填退回当天）。待审核和已通过的报送照常计入。",
			"The office's review of the units' reports (optional). Without a subcommand, lists a period's submitted\n"+
				"reports by where they stand: pending review (never reviewed, or changed since it was accepted), accepted,\n"+
				"returned (with the reasons), returned and resubmitted, with what changed since the review in the words of\n"+
				"tally diff (the version reviewed is found in the git history). The period defaults as in every command (the one being reported on today).\n\n"+
				"tally review accept UNIT… records an acceptance; tally review return UNIT --reason TEXT [--task TASK --reason TEXT]…\n"+
				"a return, in reviews/PERIOD/UNIT.yaml. A returned report does not count: its unit is returned for changes and\n"+
				"is chased, until the report is changed and its submitted date set to the day it is sent again (the day of the\n"+
				"return if put right that day). Pending and accepted reports count."),
		Example: "  tally review\n  tally review --period 2019Q2 --format json\n  tally review accept chikan-org xiashan-org\n" +
			"  tally review return chikan-org --reason 缺少会议纪要 --task 16 --reason 请补充整顿村数\n" +
			"  tally review accept chikan-org --extend 16 --to 2019-12-31",
		Args:        a.subcommandArgs,
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runReviewList(&o) },
	}
	a.periodFlagToday(c, &o.period)
	c.Flags().StringVar(&o.unit, "unit", "", a.t("只列出这个单位（编号或名称）", "only this `UNIT` (id or name)"))
	a.formatFlag(c, &o.format, "table|json|csv|md")
	c.AddCommand(a.reviewDecideCmd(true), a.reviewDecideCmd(false))
	return c
}

// subcommandArgs refuses an argument that names no subcommand of c.
func (a *app) subcommandArgs(c *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	var subs []string
	for _, s := range c.Commands() {
		subs = append(subs, s.Name())
	}
	return usageError("未知命令“%s %s”；可用：%s", "unknown command \"%s %s\"; use: %s", c.CommandPath(), args[0], strings.Join(subs, " "))
}

func (a *app) runReviewList(o *reviewOptions) error {
	f, err := a.parseFormat(o.format, render.FormatTable, render.FormatJSON, render.FormatCSV, render.FormatMD)
	if err != nil {
		return err
	}
	l, pi, err := a.reviewPeriod(o.period)
	if err != nil {
		return err
	}
	unit := ""
	if o.unit != "" {
		u := a.findUnit(l, o.unit)
		if u == nil {
			return a.unknownUnit(l.index.Registry, o.unit)
		}
		unit = u.ID
	}
	// A review dated after today was not made yet: the ledger does not
	// count it, and neither does this list (probe 4, F10). Named apart.
	var later []string
	for _, rv := range l.res.Repo.Reviews {
		if rv.Dir == l.res.Repo.Plan.Periods[pi].ID && rv.Date.After(a.now()) && (unit == "" || rv.Base == unit) {
			later = append(later, rv.File+"（"+model.FormatDate(rv.Date)+"）")
		}
	}
	if len(later) > 0 {
		sort.Strings(later)
		fmt.Fprintln(a.stderr, a.t("审核日期晚于今天、还不算的审核记录："+strings.Join(later, "、")+"；日期写错了的，请改正",
			"reviews dated after today, which do not count yet: "+strings.Join(later, ", ")+"; where the date is wrong, put it right"))
	}
	items := review.List(l.index, review.NewUpTo(l.index, a.now()), pi, unit)
	// A report dated after today counts nowhere yet (R406): it is not
	// listed as sent, and is named apart.
	var future []string
	kept := items[:0]
	for _, it := range items {
		if it.Report.Submitted.After(a.now()) {
			future = append(future, it.Report.File+"（"+model.FormatDate(it.Report.Submitted)+"）")
			continue
		}
		kept = append(kept, it)
	}
	items = kept
	// A report whose date is written wrong (not a date, or before the
	// period began: R205) is no draft, but counts as not sent until put
	// right: not listed either, and named apart, so that its unit is not
	// taken for one that sent nothing.
	var misdated []string
	period := l.res.Repo.Plan.Periods[pi].ID
	for _, r := range l.res.Repo.Reports {
		if r.Dir == period && r.Unit == r.Base && r.Dated && r.Submitted.IsZero() && (unit == "" || r.Base == unit) {
			misdated = append(misdated, r.File)
		}
	}
	// A report that cannot be read (a syntax error) cannot be reviewed
	// either: named apart too, or the officer working from this list
	// never learns it came (walk 8).
	read := map[string]bool{}
	for _, r := range l.res.Repo.Reports {
		read[r.File] = true
	}
	var unreadable []string
	for f := range l.res.Repo.Invalid {
		rest, ok := strings.CutPrefix(f, "reports/"+period+"/")
		if ok && !read[f] && strings.HasSuffix(rest, ".yaml") && !strings.Contains(rest, "/") && (unit == "" || strings.TrimSuffix(rest, ".yaml") == unit) {
			unreadable = append(unreadable, f)
		}
	}
	sort.Strings(unreadable)
	if len(unreadable) > 0 {
		fmt.Fprintln(a.stderr, a.t("文件无法读取、不能审核的，不列入："+strings.Join(unreadable, "、")+"；请单位按 "+a.tallyCmd()+" check 的提示改正，改正后再审核",
			"that cannot be read, so cannot be reviewed, and not listed: "+strings.Join(unreadable, ", ")+"; have the unit put it right as "+a.tallyCmd()+" check says, then review it"))
	}
	if len(misdated) > 0 {
		fmt.Fprintln(a.stderr, a.t("报送日期写错了、改正前不算报送的，不列入："+strings.Join(misdated, "、")+"；请单位按 "+a.tallyCmd()+" check 的提示（R205）改正，改正后再审核",
			"with a submitted date written wrong, so not sent until put right, and not listed: "+strings.Join(misdated, ", ")+"; have the unit put it right as "+a.tallyCmd()+" check says (R205), then review it"))
	}
	if len(future) > 0 {
		fmt.Fprintln(a.stderr, a.t("报送日期晚于今天、还不算报送的，不列入："+strings.Join(future, "、")+"；日期填错了的，请单位改正（"+a.tallyCmd()+" check 提示 R406）",
			"dated after today, so not sent yet, and not listed: "+strings.Join(future, ", ")+"; where the date is wrong, have the unit put it right ("+a.tallyCmd()+" check says R406)"))
	}
	rows := a.sinceReviews(l, items)
	if err := render.Reviews(a.stdout, f, l.res.Repo.Plan.Periods[pi].ID, rows, a.tallyCmd(), a.lang); err != nil {
		return err
	}
	return a.dataStatus(l, false)
}

// reviewPeriod loads the data and finds the period a review command is
// about: --period, else every command's default (ledger.DefaultPeriod).
func (a *app) reviewPeriod(period string) (*loaded, int, error) {
	l, err := a.load()
	if err != nil {
		return nil, 0, err
	}
	if plan := l.res.Repo.Plan; plan == nil || len(plan.Periods) == 0 || l.res.Repo.Units == nil {
		return nil, 0, &Error{Code: ExitData, Msg: i18n.F("plan.yaml 或 units.yaml 有错误，无法审核；运行 %s check 查看详情",
			"plan.yaml or units.yaml has errors, so nothing can be reviewed; run %s check for details", a.tallyCmd())}
	}
	pi, err := ledger.PeriodNamed(l.res.Repo.Plan, period)
	if period == "" {
		pi, err = ledger.DefaultPeriod(l.index, a.now()), nil
	}
	if err != nil {
		return nil, 0, a.periodError(err)
	}
	return l, pi, nil
}

// sinceReviews finds, for each report changed since its review, the
// version reviewed in the git history and what changed since, and counts
// the errors in each report's file (as accept and return do).
func (a *app) sinceReviews(l *loaded, items []review.Item) []render.ReviewRow {
	rows := make([]render.ReviewRow, len(items))
	want := map[string]string{}
	for i, it := range items {
		rows[i].Item = it
		if rv := it.Verdict.Review; rv != nil && it.Verdict.Changed && rv.Report != "" {
			want[it.Report.File] = rv.Report
		}
	}
	found, err := history.Reviewed(l.root, want)
	for i := range rows {
		r := &rows[i]
		own := l.diags.Only([]string{r.Report.File})
		r.Errors, _ = own.Counts()
		switch old := found[r.Report.File]; {
		case r.Verdict.Review == nil || !r.Verdict.Changed:
		case err != nil:
			r.Lookup = render.SinceNoHistory
		case old == nil:
			r.Lookup = render.SinceMissing
		default:
			r.Lookup, r.Since = render.SinceFound, history.Since(old, r.Report)
			history.Names(r.Since, l.res.Repo)
		}
	}
	return rows
}
