package cli

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tally/internal/gitfs"
	"tally/internal/history"
	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/render"
)

type logOptions struct {
	task, unit, period string
	since, until       string
	n                  int
	format             string
}

func (a *app) logCmd() *cobra.Command {
	var o logOptions
	c := &cobra.Command{
		Use:   a.t("log [选项]", "log [flags]"),
		Short: a.t("按提交列出进展的历史", "progress history, commit by commit"),
		Long: a.t("从新到旧列出改动过数据的每个提交（编号、日期、作者、说明）及其中进展的变化、办公室的审核（通过、退回及理由、\n"+
			"重新报送期限、延期决定）、佐证材料文件的增删改和清单本身的改动（任务的责任单位、完成时限，单位编号、分组，期次），\n"+
			"可按任务、单位、期次、日期筛选；清单中已删去的任务和单位也可以查。",
			"Lists, newest first, each commit that changed the data (hash, date, author, message) with the progress it changed,\n"+
				"the office's reviews (accepted, returned with reasons, deadline, extension decisions) and the evidence files\n"+
				"added, changed or removed, and the list's own changes (a task's owners and due date, a unit's id and groups,\n"+
				"the periods); --task, --unit, --period, --since and --until narrow it down, also to tasks and units the list\n"+
				"no longer has."),
		Example:     "  tally log\n  tally log --task 16\n  tally log --unit chikan-org -n 5\n  tally log --since 2019-07-01 --until 2019-07-31",
		Args:        a.noArgs,
		Annotations: map[string]string{"exit": a.exitText(false)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runLog(&o) },
	}
	a.formatFlag(c, &o.format, "table|json|csv|md")
	c.Flags().StringVar(&o.task, "task", "", a.t("只看某项任务", "only this `TASK`"))
	c.Flags().StringVar(&o.unit, "unit", "", a.t("只看某个单位（编号、名称或简称）", "only this `UNIT` (id, name or alias)"))
	c.Flags().StringVar(&o.period, "period", "", a.t("只看某个期次", "only this `PERIOD`"))
	c.Flags().StringVar(&o.since, "since", "", a.t("只看 `日期`（年-月-日）当天及以后的提交", "only commits on or after this `DATE` (YYYY-MM-DD)"))
	c.Flags().StringVar(&o.until, "until", "", a.t("只看 `日期`（年-月-日）当天及以前的提交", "only commits on or before this `DATE` (YYYY-MM-DD)"))
	c.Flags().IntVarP(&o.n, "max-count", "n", 0, a.t("最多列出 `N` 个提交", "show at most `N` commits"))
	return c
}

func (a *app) runLog(o *logOptions) error {
	f, err := a.parseFormat(o.format, render.FormatTable, render.FormatJSON, render.FormatCSV, render.FormatMD)
	if err != nil {
		return err
	}
	if o.n < 0 {
		return usageError("-n 不能是负数", "-n cannot be negative")
	}
	root, err := a.root()
	if err != nil {
		return err
	}
	opt, err := a.logFilter(root, o)
	if err != nil {
		return err
	}
	lw, err := render.NewLogWriter(a.stdout, f, a.lang)
	if err != nil {
		return err
	}
	// Each commit is printed as it is read: a province's history holds a
	// quarter of a million changes.
	names := history.NewNamer(outlineNow(root))
	err = history.LogEach(root, opt, func(e history.Entry) error {
		names.Name(e.Changes)
		return lw.Entry(e)
	})
	var oe *gitfs.ObjectError
	switch {
	case errors.As(err, &oe):
		return objectError("", oe)
	case errors.Is(err, gitfs.ErrNotRepo):
		return usageError("%s 不在 git 仓库中，没有历史可看", "%s is not in a git repository: there is no history", root)
	case err != nil:
		return usageError("无法读取 git 历史：%v", "cannot read the git history: %v", err)
	}
	return lw.Close()
}

// logFilter checks log's filters against the data as it is now (plan,
// units and tasks; not the reports): a task, unit or period nobody
// defines is an error with a suggestion, not an empty history.
func (a *app) logFilter(root string, o *logOptions) (history.LogOptions, error) {
	opt := history.LogOptions{Max: o.n}
	for _, d := range []struct {
		flag, s string
		t       *time.Time
	}{{"--since", o.since, &opt.Since}, {"--until", o.until, &opt.Until}} {
		if d.s == "" {
			continue
		}
		t, ok := model.ParseDate(strings.TrimSpace(d.s))
		if !ok {
			return opt, dateError(d.flag, d.s)
		}
		*d.t = t
	}
	if o.task == "" && o.unit == "" && o.period == "" {
		return opt, nil
	}
	tree, err := workTree(root)
	if err != nil {
		return opt, err
	}
	outline := load.Outline(tree)
	if opt.Period = strings.TrimSpace(o.period); opt.Period != "" {
		if opt.Period, err = a.periodIn(outline.Plan, opt.Period); err != nil {
			return opt, err
		}
	}
	// What the list no longer has is asked for as what it has: the git
	// history is the record (a task dropped, a unit merged away, an id
	// changed). It is read only when asked for.
	var past *history.Past
	readPast := func() *history.Past {
		if past == nil {
			if past, _ = history.ReadPast(root, ""); past == nil {
				past = &history.Past{}
			}
		}
		return past
	}
	if o.task != "" {
		id, err := a.taskOf(outline, o.task)
		if err != nil {
			if id, _ = history.PastTask(root, "", o.task); id == "" {
				return opt, err
			}
		}
		opt.Task = id
	}
	if o.unit != "" {
		reg := model.NewRegistry(outline.Units)
		var ids []string
		if u := unitByName(reg, o.unit); u != nil {
			ids = append(ids, u.ID)
		}
		for _, id := range readPast().Units(o.unit) {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
		if len(ids) == 0 {
			return opt, a.unknownUnit(reg, o.unit)
		}
		// Each unit with every id it had, before or after.
		var all []string
		units := 0 // how many units, not counting another id of one
		for _, id := range ids {
			if slices.Contains(all, id) {
				continue
			}
			units++
			for _, e := range readPast().Ids(id) {
				if !slices.Contains(all, e) {
					all = append(all, e)
				}
			}
		}
		opt.Unit, opt.Also = all[0], all[1:]
		// Made an owner or lead of a task, by an id it had or a name or
		// group that stands for it now.
		mine := func(id string) bool { return slices.Contains(all, id) }
		opt.Owns = func(owner string) bool {
			if mine(owner) {
				return true
			}
			if ids, err := reg.Resolve(owner); err == nil && slices.ContainsFunc(ids, mine) {
				return true
			}
			// A name or alias the unit had in an earlier units.yaml (a task
			// owned under its old name).
			return slices.ContainsFunc(readPast().Units(owner), mine)
		}
		if units > 1 {
			a.note(o.unit, ids, readPast())
		}
	}
	return opt, nil
}

// note says on stderr that a name stood for more than one unit in the
// history, and that the history of each is listed.
func (a *app) note(s string, ids []string, past *history.Past) {
	var named []string
	for _, id := range ids {
		name := id
		if n := past.Name(id); n != "" {
			name = n + "（" + id + "）"
		}
		named = append(named, name)
	}
	fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("注意：“%s”在历史中指过不止一个单位：%s；下面列出它们全部的提交。", s, strings.Join(named, "、")),
		fmt.Sprintf("note: %q has named more than one unit in the history: %s; the commits of all of them are listed.", s, strings.Join(named, ", "))))
}

// taskOf finds a task by its id as written (01 is 1). A task id is a
// number: one not in the list is not taken for the nearest other number.
func (a *app) taskOf(r *model.Repo, s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, t := range r.Tasks {
		if model.TaskKey(t.ID) == model.TaskKey(s) {
			return t.ID, nil
		}
	}
	return "", usageError("没有任务“%s”：现在的清单和 git 历史中都没有；%s tasks 可列出全部任务",
		"there is no task %q, in the list or its git history; %s tasks lists them", s, a.tallyCmd())
}

// unknownUnit says that s names no unit, with the nearest name if any.
func (a *app) unknownUnit(reg *model.Registry, s string) error {
	if name := strings.TrimSpace(s); reg.IsGroup(name) {
		// A group's name is in the registry's names: the nearest name to
		// it is itself (probe 5: 没有单位“市县党委组织部”；是否想写“市县党委组织部”？).
		ids, _ := reg.Resolve(name)
		return usageError("“%s”是一个分组（%d 个单位），不是单个单位：请写其中一个单位的编号或名称；%s units 可列出分组的成员",
			"%q is a group (%d units), not a unit: give one unit's id or name; %s units lists the group's members", name, len(ids), a.tallyCmd())
	}
	if m := load.Suggest(strings.TrimSpace(s), reg.Names()); m != "" {
		return usageError("没有单位“%s”；是否想写“%s”？", "there is no unit %q; did you mean %q?", s, m)
	}
	return usageError("没有单位“%s”；%s units 可列出全部单位", "there is no unit %q; %s units lists them", s, a.tallyCmd())
}

// periodIn finds period id in plan and returns it as plan.yaml spells it
// (2019q3 is 2019Q3); without a plan to check against, id as given (the
// filter then simply finds nothing).
func (a *app) periodIn(plan *model.Plan, id string) (string, error) {
	if plan == nil {
		return id, nil
	}
	var ids []string
	for _, p := range plan.Periods {
		ids = append(ids, p.ID)
	}
	for _, p := range plan.Periods {
		if p.ID == id {
			return p.ID, nil
		}
	}
	for _, p := range plan.Periods {
		if strings.EqualFold(p.ID, id) {
			return p.ID, nil
		}
	}
	return "", a.periodError(&ledger.UnknownPeriodError{ID: id, Known: ids})
}
