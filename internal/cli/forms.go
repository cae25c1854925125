package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"tally/internal/atomicfile"
	"tally/internal/forms"
	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
	"tally/internal/newreport"
	"tally/internal/render"
)

type formsOptions struct {
	period string
	units  []string
	out    string
	force  bool
}

func (a *app) formsCmd() *cobra.Command {
	var o formsOptions
	c := &cobra.Command{
		Use:   a.t("forms [--period 期次] [--unit 单位…] -o 目录", "forms [--period PERIOD] [--unit UNIT…] -o DIR"),
		Short: a.t("为本期应报送的单位各生成一份 Excel 报送表", "write an Excel fill-in form for each unit that owes the period a report"),
		Long: a.t("为本期应报送的每个单位生成一份 Excel 报送表（期次-单位名称.xlsx）：列出它负责且尚未完成的任务，\n"+
			"按上次报送预填状态、进度、存在问题和下步计划；状态用下拉列表，进度只能填 0 到 100 的整数，固定内容已锁定。\n"+
			"各单位填好发回后，用 tally collect 收回。不给 --period 时用今天所在的期次；已有的文件不覆盖（--force 覆盖）。",
			"Writes one Excel form (PERIOD-UNIT NAME.xlsx) for each unit that owes the period a report: the tasks it owns and\n"+
				"has not finished, pre-filled from its last report; status by drop-down, progress a whole number 0 to 100,\n"+
				"the fixed cells locked. Bring the filled forms back with tally collect. The period defaults to the one under\n"+
				"way today; existing files are kept unless --force."),
		Example:     "  tally forms --period 2019Q3 -o 报送表\n  tally forms --period 2019Q3 --unit 赤坎区委组织部 -o 报送表",
		Args:        a.noArgs,
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runForms(&o) },
	}
	c.Flags().StringVar(&o.period, "period", "", a.t("期次，如 2019Q3（默认：今天所在的期次）", "`PERIOD` such as 2019Q3 (default: the one under way today)"))
	c.Flags().StringSliceVar(&o.units, "unit", nil, a.t("只为这些单位（编号、名称或分组）生成，可重复", "only these units (`UNIT` ids, names or groups); repeatable"))
	c.Flags().StringVarP(&o.out, "output", "o", "", a.t("报送表写入的目录", "the `DIR` to write the forms to"))
	c.Flags().BoolVar(&o.force, "force", false, a.t("覆盖已有的报送表文件", "overwrite existing form files"))
	return c
}

func (a *app) runForms(o *formsOptions) error {
	if o.out == "" {
		return usageError("请用 -o 指定报送表写入的目录", "name the folder for the forms with -o")
	}
	l, err := a.load()
	if err != nil {
		return err
	}
	plan := l.res.Repo.Plan
	if plan == nil || l.res.Repo.Units == nil || len(plan.Periods) == 0 {
		return &Error{Code: ExitData, Msg: i18n.T("plan.yaml 或 units.yaml 有错误，无法生成报送表；运行 tally check 查看详情",
			"plan.yaml or units.yaml has errors, so no form can be made; run tally check for details")}
	}
	// The default is the period under way today.
	pi, _, err := ledger.Resolve(l.index, ledger.DateView, o.period, time.Time{}, a.now())
	if err != nil {
		return a.periodError(err)
	}
	units, err := a.formUnits(l, o.units)
	if err != nil {
		return err
	}
	drafts := a.formDrafts(l, units, pi, len(o.units) > 0)
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		return usageError("无法创建目录 %s：%v", "cannot create the folder %s: %v", o.out, err)
	}
	written, kept, err := a.writeForms(o, plan.Title, drafts)
	if err != nil {
		return err
	}
	fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("%s：生成 %d 份报送表，%d 份已存在未覆盖。发给各单位填写，收回后运行 tally collect %s", plan.Periods[pi].ID, written, kept, o.out),
		fmt.Sprintf("%s: %d forms written, %d kept. Send them out; once filled, run tally collect %s", plan.Periods[pi].ID, written, kept, o.out)))
	return a.dataStatus(l, false)
}

// formDrafts are the drafts of the units that owe period pi something;
// of a unit named on the command line that owes nothing, it says so.
func (a *app) formDrafts(l *loaded, units []*model.Unit, pi int, named bool) []newreport.Draft {
	var drafts []newreport.Draft
	for _, u := range units {
		d := newreport.Open(l.index, u, pi)
		if len(d.Rows) > 0 {
			drafts = append(drafts, d)
		} else if named {
			fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("%s %s 没有需要报送的任务，未生成", render.Safe(u.Name), d.Period.ID),
				fmt.Sprintf("%s owes %s nothing; no form written", render.Safe(u.Name), d.Period.ID)))
		}
	}
	return drafts
}

// writeForms writes one form per draft into o.out, each under its own
// name: a unit whose name makes the same file name as another's gets its
// id added, and the line that names the file says why.
func (a *app) writeForms(o *formsOptions, title string, drafts []newreport.Draft) (written, kept int, err error) {
	names, renamed := forms.FileNames(drafts)
	for i, d := range drafts {
		p := filepath.Join(o.out, names[i])
		shown := render.Safe(p)
		err := atomicfile.Write(p, 0o644, o.force, func(w io.Writer) error { return forms.Write(w, d, title, a.lang) })
		switch {
		case errors.Is(err, atomicfile.ErrExists):
			fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("%s 已存在，未覆盖（覆盖请加 --force）", shown), fmt.Sprintf("%s exists and was kept (--force overwrites it)", shown)))
			kept++
		case err != nil:
			return written, kept, usageError("无法写入 %s：%v", "cannot write %s: %v", shown, err)
		case renamed[i]:
			fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("已生成 %s（%d 项任务；“%s”与别的单位在文件名中相同，文件名加上了单位编号以区分）", shown, len(d.Rows), render.Safe(d.Unit.Name)),
				fmt.Sprintf("wrote %s (%d tasks; %q makes the same file name as another unit's, so the name carries its id)", shown, len(d.Rows), render.Safe(d.Unit.Name))))
			written++
		default:
			fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("已生成 %s（%d 项任务）", shown, len(d.Rows)), fmt.Sprintf("wrote %s (%d tasks)", shown, len(d.Rows))))
			written++
		}
	}
	return written, kept, nil
}

// formUnits are the units named (ids, names, aliases or groups), in
// registry order, or every unit.
func (a *app) formUnits(l *loaded, names []string) ([]*model.Unit, error) {
	reg := l.index.Registry
	want := map[string]bool{}
	for _, n := range names {
		if u := a.findUnit(l, n); u != nil {
			want[u.ID] = true
			continue
		}
		ids, err := reg.Resolve(n)
		if err != nil || len(ids) == 0 {
			return nil, usageError("没有单位或分组“%s”；tally units 可列出全部单位", "there is no unit or group %q; tally units lists them", n)
		}
		for _, id := range ids {
			want[id] = true
		}
	}
	var out []*model.Unit
	for i := range l.res.Repo.Units.Units {
		u := &l.res.Repo.Units.Units[i]
		if reg.Unit(u.ID) == u && (len(names) == 0 || want[u.ID]) {
			out = append(out, u)
		}
	}
	return out, nil
}
