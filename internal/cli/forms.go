package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync/atomic"

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
			"各单位填好发回后，放进另一个目录（如 收回/2019Q3），用 tally collect 收回。不给 --period 时，与 collect 相同：取 -o 目录名中的期次\n"+
			"（如 报送表/2019Q3），否则各命令共同的默认期次（已开始的期次中报送截止日离今天最近的，如 10月8日是截止日为 10月12日的三季度）；\n"+
			"最后一行写明期次是怎样定的。已有的文件不覆盖（--force 覆盖）。",
			"Writes one Excel form (PERIOD-UNIT NAME.xlsx) for each unit that owes the period a report: the tasks it owns and\n"+
				"has not finished, pre-filled from its last report; status by drop-down, progress a whole number 0 to 100,\n"+
				"the fixed cells locked. Put the filled forms that come back in a folder of their own (such as returned/2019Q3) and\n"+
				"bring them in with tally collect. Without --period the period is taken as collect takes it: the one -o's folder name\n"+
				"names (forms/2019Q3), else every command's default (of the periods started, the one whose due date is nearest\n"+
				"today: on 8 October, the third quarter, due 12 October); the last line says how. Existing files are kept unless --force.") + "\n" + a.pathRule(),
		Example:     "  tally forms --period 2019Q3 -o 报送表\n  tally forms --period 2019Q3 --unit 赤坎区委组织部 -o 报送表",
		Args:        a.noArgs,
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runForms(&o) },
	}
	c.Flags().StringVar(&o.period, "period", "", a.t("期次，如 2019Q3（默认：-o 目录名中的期次，否则今天正在报送的期次）",
		"`PERIOD` such as 2019Q3 (default: the one -o's folder name names, else the one being reported on today)"))
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
		return &Error{Code: ExitData, Msg: i18n.F("plan.yaml 或 units.yaml 有错误，无法生成报送表；运行 %s check 查看详情",
			"plan.yaml or units.yaml has errors, so no form can be made; run %s check for details", a.tallyCmd())}
	}
	// The period is taken as collect takes it: --period, else the one the
	// folder's name names (报送表/2019Q2), else every command's default
	// (ledger.DefaultPeriod). A clerk who wrote -o 报送表/2021Q2 on a day
	// the default was 2021Q4 got 2021Q4's forms in a folder named 2021Q2,
	// with nothing said of how the period was chosen (walk 11).
	var bind forms.Binding
	if o.period != "" {
		pi, err := ledger.PeriodNamed(plan, o.period)
		if err != nil {
			return a.periodError(err)
		}
		bind = forms.Binding{Period: plan.Periods[pi], By: forms.ByFlag}
	} else if abs, err := filepath.Abs(o.out); err == nil && len(forms.FolderPeriods(plan, abs)) > 0 {
		named := forms.FolderPeriods(plan, abs)
		if len(named) > 1 { // as collect refuses them
			return usageError("目录名“%s”指向不同的期次（%s）：一次只为一个期次生成报送表；请换一个目录名，或用 --period 指定",
				"the folder's name %q names different periods (%s): forms are written for one period at a time; use another folder, or name it with --period",
				filepath.Base(abs), strings.Join(named, "、"))
		}
		bind = forms.Binding{Period: plan.Periods[l.index.PeriodIndex(named[0])], By: forms.ByFolder, Folder: filepath.Base(abs)}
	} else if id := periodLike(filepath.Base(o.out)); id != "" {
		// 报送表/2020Q1 on a plan without it: the forms of another period
		// would go into a folder that names this one (probe 10).
		return usageError("目录名中的“%s”不是 plan.yaml 中的期次；请用 --period 指定期次，或换一个目录名",
			"%q in the folder's name is not a period of plan.yaml; name the period with --period, or use another folder", id)
	} else {
		bind = dateBinding(l.index, a.now())
	}
	pi := l.index.PeriodIndex(bind.Period.ID)
	units, err := a.formUnits(l, o.units)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		return usageError("无法创建目录 %s：%v", "cannot create the folder %s: %v", o.out, err)
	}
	written, kept, none, err := a.writeForms(l, o, units, pi)
	if err != nil {
		return err
	}
	if len(none) > 0 && len(o.units) == 0 {
		// Every unit is accounted for: the count below is not all of them.
		zh, en := "负责的任务都已完成，或没有负责的任务", "its tasks are done, or it has none"
		for _, u := range l.res.Repo.Units.Units {
			if !l.index.Serving(u.ID, pi) {
				zh, en = "负责的任务都已完成、没有负责的任务，或不在本期的清单中（units.yaml 的 from、until）", "its tasks are done, it has none, or it is not on the list in the period (from, until in units.yaml)"
				break
			}
		}
		fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("%d 个单位本期没有需要报送的任务（%s），未生成：%s",
			len(none), zh, strings.Join(none, "、")),
			fmt.Sprintf("%s %s nothing (%s); no form for: %s",
				i18n.Count(len(none), "unit owes", "units owe"), plan.Periods[pi].ID, en, strings.Join(none, ", "))))
	}
	intake := filepath.Join(a.t("收回", "returned"), plan.Periods[pi].ID)
	how := bind.How()
	fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("%s（%s）：生成 %d 份报送表，%d 份已存在未覆盖。发给各单位填写；收回的报送表放进另一个目录（如 %s），再运行 %s collect %s",
		plan.Periods[pi].ID, how.Zh, written, kept, intake, a.tallyCmd(), intake),
		fmt.Sprintf("%s (%s): %d forms written, %d kept. Send them out; put the filled forms that come back in a folder of their own (such as %s), then run %s collect %s",
			plan.Periods[pi].ID, how.En, written, kept, intake, a.tallyCmd(), intake)))
	return a.dataStatus(l, false)
}

// writeForms writes the form of each unit that owes period pi something
// into o.out, keeping existing files unless o.force, and says so for each
// in the order of the units. Each form is a workbook of its own, so they
// are built on every core; each is reported once it and those before it
// are done. After a failure no further form is started, and those under
// way are finished before the error is returned.
func (a *app) writeForms(l *loaded, o *formsOptions, units []*model.Unit, pi int) (written, kept int, none []string, err error) {
	folder, err := atomicfile.OpenFolder(o.out)
	if err != nil {
		return 0, 0, nil, usageError("无法写入 %s：%v", "cannot write %s: %v", render.Safe(o.out), err)
	}
	defer func() {
		if cerr := folder.Close(); cerr != nil && err == nil {
			err = usageError("无法写入 %s：%v", "cannot write %s: %v", render.Safe(o.out), cerr)
		}
	}()
	run := &formRun{l: l, o: o, pi: pi, folder: folder, fw: forms.NewWriter(l.res.Repo.Plan.Title, a.lang)}
	results := make([]chan formResult, len(units))
	for i := range results {
		results[i] = make(chan formResult, 1)
	}
	byUnit := ledger.ReportsByUnit(l.res.Repo, a.now())
	names := forms.FileNames(l.res.Repo.Plan.Periods[pi].ID, l.res.Repo.Units.Units)
	go func() {
		// Twice as many forms under way as cores: a form's file waits on
		// the disk (synced, then renamed in) while another is built.
		slots := make(chan struct{}, 2*runtime.GOMAXPROCS(0))
		for i, u := range units {
			slots <- struct{}{}
			go func() {
				defer func() { <-slots }()
				results[i] <- run.write(byUnit[u.ID], u, names[u.ID].Name)
			}()
		}
	}()
	for i, u := range units {
		r := <-results[i]
		name, path := render.Safe(u.Name), render.Safe(r.path)
		switch {
		case err != nil || r.skipped:
		case r.err != nil:
			run.stop.Store(true)
			err = usageError("无法写入 %s：%v", "cannot write %s: %v", path, r.err)
		case r.rows == 0:
			if len(o.units) > 0 {
				fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("%s %s 没有需要报送的任务，未生成", name, r.period),
					fmt.Sprintf("%s owes %s nothing; no form written", name, r.period)))
			}
			none = append(none, name)
		case r.kept:
			fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("%s 已存在，未覆盖（覆盖请加 --force）", path), fmt.Sprintf("%s exists and was kept (--force overwrites it)", path)))
			kept++
		case names[u.ID].Renamed:
			fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("已生成 %s（%d 项任务；“%s”与别的单位在文件名中相同，文件名加上了单位编号以区分）", path, r.rows, name),
				fmt.Sprintf("wrote %s (%d tasks; %q makes the same file name as another unit's, so the name carries its id)", path, r.rows, name)))
			written++
		default:
			fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("已生成 %s（%d 项任务）", path, r.rows), fmt.Sprintf("wrote %s (%d tasks)", path, r.rows)))
			written++
		}
	}
	return written, kept, none, err
}

// formRun is what the forms of one run share.
type formRun struct {
	l      *loaded
	o      *formsOptions
	pi     int
	fw     *forms.Writer
	folder *atomicfile.Folder
	stop   atomic.Bool // set after a failure: no further form is started
}

// formResult is what writing one unit's form came to.
type formResult struct {
	period, path string
	rows         int  // the form's tasks; 0: the unit owes the period nothing, no form
	kept         bool // the file existed and was kept
	skipped      bool // not tried: an earlier form failed
	err          error
}

// write writes unit u's form from its reports as the file name, unless
// the run stopped.
func (run *formRun) write(reports []*model.Report, u *model.Unit, name string) formResult {
	if run.stop.Load() {
		return formResult{skipped: true}
	}
	d := newreport.OpenIn(run.l.index, reports, u, run.pi)
	r := formResult{period: d.Period.ID, rows: len(d.Rows)}
	if r.rows == 0 {
		return r
	}
	r.path = filepath.Join(run.o.out, name)
	err := run.folder.Write(name, 0o644, run.o.force, func(w io.Writer) error { return run.fw.Write(w, d) })
	if errors.Is(err, atomicfile.ErrExists) {
		r.kept = true
	} else {
		r.err = err
	}
	return r
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
			return nil, usageError("没有单位或分组“%s”；%s units 可列出全部单位", "there is no unit or group %q; %s units lists them", n, a.tallyCmd())
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

// periodLikeRe finds a quarter or half year written in a folder's name
// (2020Q1, 2020h2), apart from letters and digits around it.
var periodLikeRe = regexp.MustCompile(`(?i)(?:^|[^0-9a-z])((?:19|20)\d{2}(?:q[1-4]|h[12]))(?:$|[^0-9a-z])`)

// periodLike is the quarter or half year a folder's name writes, "" for
// none.
func periodLike(name string) string {
	if m := periodLikeRe.FindStringSubmatch(name); m != nil {
		return m[1]
	}
	return ""
}
