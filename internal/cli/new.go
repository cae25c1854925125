package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
	"tally/internal/newreport"
	"tally/internal/render"
)

type newReportOptions struct {
	unit, period string
	stdout       bool
}

func (a *app) newCmd() *cobra.Command {
	c := a.parent(&cobra.Command{
		Use:         a.t("new report --unit 单位 --period 期次", "new report --unit UNIT --period PERIOD"),
		Short:       a.t("新建报送文件", "start a new report"),
		Annotations: map[string]string{"exit": a.exitText(true)},
	})
	var o newReportOptions
	r := &cobra.Command{
		Use:   a.t("report --unit 单位 [--period 期次]", "report --unit UNIT [--period PERIOD]"),
		Short: a.t("为单位生成本期报送模板：列出它负责且未完成的任务，按上次报送预填", "write a unit's report template for a period, pre-filled from its last report"),
		Long: a.t("生成 reports/期次/单位编号.yaml：单位负责且尚未完成的每项任务一条，状态、进度、存在问题、下步计划按上次报送预填，\n"+
			"进展情况留给本期填写；每个字段都有中文说明。文件已存在时不覆盖。\n"+
			"期次默认今天正在报送的期次（与其他命令相同）。",
			"Writes reports/PERIOD/UNIT.yaml with one entry per task the unit owns and has not finished, status, progress,\n"+
				"problems and next steps carried from its last report, summary left for this period, every field explained.\n"+
				"An existing file is never overwritten. The period defaults to the one being reported on today, as in every command."),
		Example:     "  tally new report --unit chikan-org\n  tally new report --unit 赤坎区委组织部 --period 2019Q3 --stdout",
		Args:        a.noArgs,
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runNewReport(&o) },
	}
	r.Flags().StringVar(&o.unit, "unit", "", a.t("单位编号或名称", "unit `ID` or name"))
	a.periodFlagToday(r, &o.period)
	r.Flags().BoolVar(&o.stdout, "stdout", false, a.t("输出到屏幕，不写文件", "print the template instead of writing it"))
	c.AddCommand(r)
	return c
}

func (a *app) runNewReport(o *newReportOptions) error {
	l, err := a.load()
	if err != nil {
		return err
	}
	plan := l.res.Repo.Plan
	if o.unit == "" {
		// The example is a unit of this list, not of the bundled data.
		example := "chikan-org"
		if u := l.res.Repo.Units; u != nil && len(u.Units) > 0 {
			example = u.Units[0].ID
		}
		return usageError("请用 --unit 指定单位，如 %[2]s new report --unit %[1]s（%[2]s units 列出全部单位）",
			"name the unit with --unit, such as %[2]s new report --unit %[1]s (%[2]s units lists them)", example, a.tallyCmd())
	}
	if plan == nil || l.res.Repo.Units == nil || len(plan.Periods) == 0 {
		return &Error{Code: ExitData, Msg: i18n.F("plan.yaml 或 units.yaml 有错误，无法生成模板；运行 %s check 查看详情",
			"plan.yaml or units.yaml has errors, so no template can be made; run %s check for details", a.tallyCmd())}
	}
	pi, _, err := ledger.Resolve(l.index, o.period, time.Time{}, a.now())
	if err != nil {
		return a.periodError(err)
	}
	unit := a.findUnit(l, o.unit)
	if unit == nil {
		return a.unknownUnit(l.index.Registry, o.unit)
	}
	d := newreport.OpenIn(l.index, ledger.ReportsByUnit(l.res.Repo, a.now())[unit.ID], unit, pi)
	text, n := d.Text(), len(d.Rows)
	a.unreadEarlier(l, unit, pi)
	if o.stdout {
		_, err := io.WriteString(a.stdout, text)
		return err
	}
	if n == 0 {
		why := a.t(fmt.Sprintf("%s 在 %s 没有负责且尚未完成的任务", render.Safe(unit.Name), plan.Periods[pi].ID),
			fmt.Sprintf("%s has no open task in %s", render.Safe(unit.Name), plan.Periods[pi].ID))
		if !l.index.Serving(unit.ID, pi) { // units.yaml's from or until
			why = a.t(fmt.Sprintf("%s 不在 %s 的清单中（units.yaml 中写了 from 或 until）", render.Safe(unit.Name), plan.Periods[pi].ID),
				fmt.Sprintf("%s is not on the list in %s (from or until in units.yaml)", render.Safe(unit.Name), plan.Periods[pi].ID))
		}
		fmt.Fprintln(a.stderr, why+a.t("，本期无需报送；没有生成文件", " and owes it no report; no file was written"))
		return nil
	}
	// Both parts of the path were checked against the registry and the
	// plan, whose ids cannot leave the folder (slugs, period ids).
	if !model.IsSlug(unit.ID) || !model.IsPeriodID(plan.Periods[pi].ID) {
		return usageError("单位或期次编号无效，不能用作文件名", "the unit or period id cannot name a file")
	}
	rel := filepath.Join("reports", plan.Periods[pi].ID, unit.ID+".yaml")
	if err := writeInRoot(l.root, rel, 0o644, false,
		i18n.F("%s 已存在，未覆盖；请直接编辑它", "%s exists and was not overwritten; edit it instead", filepath.ToSlash(rel)), []byte(text)); err != nil {
		return err
	}
	fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("已生成 %s（%d 项任务）；填写后运行 %s check", filepath.ToSlash(rel), n, a.tallyCmd()),
		fmt.Sprintf("wrote %s (%d tasks); fill it in, then run %s check", filepath.ToSlash(rel), n, a.tallyCmd())))
	return nil
}

// unreadEarlier says which of the unit's reports of earlier periods could
// not be read, with their errors: the template is pre-filled from what was
// reported before, and without this it would call those tasks unreported.
func (a *app) unreadEarlier(l *loaded, unit *model.Unit, pi int) {
	read := map[string]bool{}
	for _, r := range l.res.Repo.Reports {
		read[r.File] = true
	}
	for _, p := range l.res.Repo.Plan.Periods[:pi] {
		file := "reports/" + p.ID + "/" + unit.ID + ".yaml"
		if l.res.Repo.Invalid[file] && !read[file] {
			a.fileErrors(l.res, file, i18n.F(
				"注意：%s 有错误，读不出来，模板没有按它预填（其中的任务写作“此前未报送”）；改正后删去新文件、再运行一次本命令即可预填：",
				"note: %s has errors and cannot be read, so the template was not pre-filled from it (its tasks say \"此前未报送\"); "+
					"fix it, delete the new file and run this again to pre-fill it:", file))
		}
	}
}

// findUnit finds a unit by id, name or alias (not a group).
func (a *app) findUnit(l *loaded, s string) *model.Unit { return unitByName(l.index.Registry, s) }

// unitByName finds a unit by id, name or alias (not a group).
func unitByName(reg *model.Registry, s string) *model.Unit {
	s = strings.TrimSpace(s)
	if u := reg.Unit(s); u != nil {
		return u
	}
	if reg.IsGroup(s) {
		return nil
	}
	if ids, err := reg.Resolve(s); err == nil && len(ids) == 1 {
		return reg.Unit(ids[0])
	}
	return nil
}
