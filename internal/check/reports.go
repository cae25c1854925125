package check

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"golang.org/x/text/width"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/review"
)

func reportRules(c *ctx) {
	seen := map[string]model.Pos{} // a report's task keys, where first reported
	// The reports read only to be checked (under a wrong name, or parsed
	// once their slips were put right) get the same rules: a unit sees
	// every problem of its file in one run.
	for _, r := range slices.Concat(c.repo.Reports, c.res.CheckOnly) {
		known := c.repo.Units == nil || c.x.Registry.Unit(r.Unit) != nil
		if r.Unit != "" && r.Unit != r.Base && known {
			c.add(r.File, r.At.Of("unit"), diag.NameMismatch, i18n.F("unit “%s” 与文件名 %s.yaml 不符：报送文件应命名为 reports/%s/%s.yaml",
				"unit %q does not match the file name %s.yaml: the report belongs at reports/%s/%s.yaml", r.Unit, r.Base, r.Dir, r.Unit))
		}
		if r.Period != "" && r.Period != r.Dir {
			c.add(r.File, r.At.Of("period"), diag.NameMismatch, c.periodMismatch(r))
		}
		if r.Unit != "" && !known {
			c.unknownUnit(r)
		}
		if ri := c.x.PeriodIndex(r.Dir); r.Unit != "" && known && c.repo.Units != nil && ri >= 0 && !c.x.Serving(r.Unit, ri) {
			c.offListUnit(r)
		}
		var period *model.Period
		if c.repo.Plan != nil {
			if i := c.x.PeriodIndex(r.Dir); i >= 0 {
				period = &c.repo.Plan.Periods[i]
			} else if r.Period == r.Dir || r.Period == "" {
				c.add(r.File, r.At.Of("period"), diag.UnknownPeriod, c.unknownPeriod(r))
			}
		}
		if period != nil && !r.Submitted.IsZero() && r.Submitted.After(period.Due) && !resentInTime(c.x, r, *period) {
			c.add(r.File, r.At.Of("submitted"), diag.SubmittedLate, i18n.F("报送日期 %s 晚于截止日 %s",
				"submitted %s, after the due date %s", model.FormatDate(r.Submitted), model.FormatDate(period.Due)))
		}
		if !c.opts.Today.IsZero() && r.Submitted.After(c.opts.Today) {
			c.add(r.File, r.At.Of("submitted"), diag.SubmittedFuture, i18n.F("报送日期 %s 晚于今天（%s）",
				"submitted %s, after today (%s)", model.FormatDate(r.Submitted), model.FormatDate(c.opts.Today)))
		}
		if r.Submitted.IsZero() && !c.repo.Invalid[r.File] {
			c.add(r.File, r.At.Of("submitted"), diag.Draft, i18n.T(
				"这是草稿：没有报送日期 submitted，不计入汇总；填好后在 submitted 处写上报送日期（年-月-日），即为报送",
				"a draft: it has no submitted date, so it does not count; when it is ready, write the date it is sent (YYYY-MM-DD) at submitted"))
		}
		clear(seen)
		f := reportFacts{unit: c.x.Registry.Unit(r.Unit), pairs: c.x.UnitPairs(r.Unit), invalid: c.repo.Invalid[r.File]}
		for i := range r.Entries {
			c.entryRules(r, &r.Entries[i], seen, &f)
		}
	}
}

// resentInTime says report r, dated after its period's due date, is one
// the office returned and the unit sent again by the date it was to be
// sent again by: it counts as sent on the date first sent
// (review.Book.SubmittedOn), so it is not late, and R405 would tell the
// unit otherwise (and invite it to put the first date back).
func resentInTime(x *model.Index, r *model.Report, p model.Period) bool {
	b := review.Of(x)
	return !b.SubmittedOn(r, b.Verdict(r)).After(p.Due)
}

// periodMismatch says that a report's period and its folder disagree,
// and which to change: the one plan.yaml does not know, or the folder
// spelled otherwise than plan.yaml spells the period.
func (c *ctx) periodMismatch(r *model.Report) i18n.Text {
	msg := i18n.F("period “%s” 与所在目录 reports/%s/ 不符", "period %q does not match its folder reports/%s/", r.Period, r.Dir)
	if c.repo.Plan == nil {
		return msg
	}
	inPlan, dirInPlan := c.x.PeriodIndex(r.Period) >= 0, c.x.PeriodIndex(r.Dir) >= 0
	switch {
	case inPlan && strings.EqualFold(r.Period, r.Dir):
		return join(i18n.F("目录 reports/%s/ 应写作 reports/%s/（与 period 和 plan.yaml 一致）：把目录改名为 %s",
			"the folder reports/%s/ should be spelled reports/%s/ (as period and plan.yaml spell it): rename the folder %s",
			r.Dir, r.Period, r.Period), c.gitMove("reports/"+r.Dir, "reports/"+r.Period))
	case inPlan && !dirInPlan:
		to := "reports/" + r.Period + "/" + path.Base(r.File)
		return join(msg, i18n.F("；%s 不是 plan.yaml 中的期次：把文件移到 reports/%s/",
			"; %s is not a period of plan.yaml: move the file to reports/%s/", r.Dir, r.Period), c.gitMove(r.File, to))
	case dirInPlan && !inPlan:
		return join(msg, i18n.F("：period 应写 %s", ": write period: %s", r.Dir))
	case inPlan && dirInPlan:
		to := "reports/" + r.Period + "/" + path.Base(r.File)
		return join(msg, i18n.F("：是 %[1]s 的报送，就把 period 改为 %[1]s；是 %[2]s 的报送，就把文件移到 reports/%[2]s/",
			": if it reports on %[1]s, write period: %[1]s; if on %[2]s, move the file to reports/%[2]s/", r.Dir, r.Period), c.gitMove(r.File, to))
	}
	return msg
}

// unknownPeriod says that a report's period (and folder) is no period of
// plan.yaml; spelled otherwise than one, how to spell it.
func (c *ctx) unknownPeriod(r *model.Report) i18n.Text {
	msg := i18n.F("期次“%s”不在 plan.yaml 的 periods 中", "period %q is not among plan.yaml's periods", r.Dir)
	for _, p := range c.repo.Plan.Periods {
		if strings.EqualFold(p.ID, r.Dir) {
			return join(msg, i18n.F("；plan.yaml 写作 %[1]s：period 改为 %[1]s，目录改名为 reports/%[1]s/",
				"; plan.yaml spells it %[1]s: write period: %[1]s and rename the folder reports/%[1]s/", p.ID), c.gitMove("reports/"+r.Dir, "reports/"+p.ID))
		}
	}
	return msg
}

// gitMove is the rename with git, where the data root is a git repository.
func (c *ctx) gitMove(from, to string) i18n.Text {
	if !c.res.Git {
		return i18n.Text{}
	}
	return load.GitMove(from, to)
}

func join(parts ...i18n.Text) i18n.Text {
	var out i18n.Text
	for _, p := range parts {
		out.Zh += p.Zh
		out.En += p.En
	}
	return out
}

// unknownUnit reports a report's unit that is not a unit id, with the one
// fix that also makes it agree with the file name (R306 stays silent): the
// id of the unit a name or alias stands for, the nearest id, or the id the
// file is named after.
func (c *ctx) unknownUnit(r *model.Report) {
	at := r.At.Of("unit")
	if ids, err := c.x.Registry.Resolve(r.Unit); err == nil {
		if c.x.Registry.IsGroup(r.Unit) {
			c.add(r.File, at, diag.UnknownUnit, i18n.F("“%s”是单位分组，不是一个单位；unit 应写本单位的编号（本文件名对应 %s）",
				"%q is a group of units, not one unit; unit takes the reporting unit's id (this file is named for %s)", r.Unit, r.Base))
			return
		}
		c.add(r.File, at, diag.UnknownUnit, i18n.F("“%s”是单位名称，编号是 %s；unit 应写编号：unit: %s",
			"%q is the unit's name; its id is %s: write unit: %s", r.Unit, ids[0], ids[0]))
		return
	}
	hint := i18n.T("；`tally units` 可列出全部单位", "; `tally units` lists them")
	if r.Unit == r.Base && !r.Submitted.IsZero() {
		// The file and the unit agree: the unit was deleted from
		// units.yaml, or its id changed there and its reports were not
		// moved. Ids are a name's pinyin initials, one letter apart for
		// different units (nxq 南浔区, wxq 吴兴区), so the nearest id is
		// no guess to offer (walk 12: following it gave 南浔's report to
		// 吴兴区). A changed id is a unit with no report in the period
		// yet: those are named, with their names, for a person to choose.
		gone := i18n.F("如果这个单位已撤并或退出清单，不要从 units.yaml 删去它：保留它，写 until: %s（它最后报送的期次），它以前的报送照常计入",
			"If the unit was merged into another or left the list, do not delete it from units.yaml: keep it with until: %s (the last period it reports in), so that what it sent still counts", r.Dir)
		hint = join(i18n.T("。", ". "), gone)
		if fresh := c.unitsWithoutReports(r.Unit, r.Dir); len(fresh) > 0 {
			rename := i18n.F("。如果是改了编号：新编号是 units.yaml 中 %[2]s 还没有报送的单位之一（编号相近的在前：%[1]s），确认是哪一个后，把 unit 改成它，并把文件改名为 reports/%[2]s/新编号.yaml；",
				". If its id was changed: the new id is one of the units in units.yaml with no report in %[2]s yet (the nearest ids first: %[1]s); once sure which, write it as unit: and rename the file reports/%[2]s/NEW.yaml; ", strings.Join(fresh, "、"), r.Dir)
			hint = join(rename, gone)
		}
	} else {
		var ids []string
		for _, u := range c.repo.Units.Units {
			ids = append(ids, u.ID)
		}
		s := load.Suggest(r.Unit, ids)
		if s == "" && c.x.Registry.Unit(r.Base) != nil {
			s = r.Base
		}
		if s != "" {
			hint = i18n.F("；是否想写“%s”？", "; did you mean %q?", s)
		}
	}
	c.add(r.File, at, diag.UnknownUnit, i18n.T(
		fmt.Sprintf("单位“%s”不在 units.yaml 中%s", r.Unit, hint.Zh), fmt.Sprintf("unit %q is not in units.yaml%s", r.Unit, hint.En)))
}

// unitsWithoutReports are the units of units.yaml with no report file in
// period dir that report in it, as "id（name）", the ids nearest old
// first; at most six and "…" after. A unit whose id was changed has no
// report under its new id in the period of a report left under the old
// one, though it may have in others (the office renamed it mid-year and
// filed the later reports under the new id): a unit with a report in
// another period is no less likely.
func (c *ctx) unitsWithoutReports(old, dir string) []string {
	reported := make(map[string]bool, len(c.repo.Units.Units))
	for _, r := range c.repo.Reports {
		if r.Dir == dir {
			reported[r.Base] = true
		}
	}
	ri := c.x.PeriodIndex(dir)
	var ids []string
	names := make(map[string]string, len(c.repo.Units.Units))
	for _, u := range c.repo.Units.Units {
		// A unit written without an id is no id to rename a file to.
		if u.ID == "" || reported[u.ID] || names[u.ID] != "" || ri >= 0 && !c.x.Serving(u.ID, ri) {
			continue
		}
		ids = append(ids, u.ID)
		names[u.ID] = u.Name
	}
	var out []string
	for _, id := range load.ByNearness(old, ids) {
		if len(out) == 6 {
			return append(out, "…")
		}
		out = append(out, id+"（"+names[id]+"）")
	}
	return out
}

// reportFacts are what entryRules asks of every entry of report r, looked
// up once for the report: its unit (Registry.Unit), the unit's tasks
// (Index.UnitPairs), and whether the loader found errors in the file.
type reportFacts struct {
	unit    *model.Unit
	pairs   model.UnitPairs
	invalid bool
}

func (c *ctx) entryRules(r *model.Report, e *model.Entry, seen map[string]model.Pos, f *reportFacts) {
	k := model.TaskKey(e.Task)
	if first, dup := seen[k]; dup {
		c.add(r.File, e.At.Of("task"), diag.DuplicateEntry, i18n.F("任务 %s 已在第 %d 行报送过：每项任务只写一条，把两条的内容合并到第 %d 行那一条，删去这一条",
			"task %s is already reported on line %d: one entry a task; merge the two into the one on line %d and delete this one", e.Task, first.Line, first.Line))
		return
	}
	seen[k] = e.At.Of("task")
	t := c.x.TaskOfKey(k)
	switch {
	case len(c.repo.Tasks) > 0 && t == nil && !c.unread[k]:
		msg := i18n.F("任务“%s”不存在；`tally tasks` 可列出全部任务", "there is no task %q; `tally tasks` lists them", e.Task)
		if narrow := width.Narrow.String(e.Task); narrow != e.Task && c.x.Task(narrow) != nil {
			msg = i18n.F("任务编号“%s”用了全角字符（中文输入法）；请改为半角：%s",
				"the task id %q is typed in full-width characters (a Chinese input method); write %s", e.Task, narrow)
		}
		c.add(r.File, e.At.Of("task"), diag.UnknownTask, msg)
	case t != nil && c.repo.Units != nil && f.unit != nil && !owns(f.pairs, k) && c.ownersKnown(t):
		c.add(r.File, e.At.Of("task"), diag.NotOwner, i18n.F("%s（%s）不是任务 %s 的责任单位（责任单位：%s）：删去这一条；如果任务编号写错了，改成本单位负责的任务",
			"%s (%s) is not responsible for task %s (owners: %s): delete this entry, or if the task id is mistyped, write the task the unit owns", f.unit.Name, r.Unit, t.ID, ownersText(t)))
	}
	if ri := c.x.PeriodIndex(r.Dir); t != nil && ri >= 0 && !c.x.InList(t, ri) {
		c.add(r.File, e.At.Of("task"), diag.OffList, i18n.F("任务 %s 从 %s 起才列入清单（%s 的 from），%s 不欠这项任务的报送，这一条不计入",
			"task %s joined the list in %s (from: in %s); %s owes no report on it, and this entry does not count", t.ID, t.From, t.File, r.Dir))
	}
	if t != nil {
		for _, v := range e.Values {
			if !slices.ContainsFunc(t.Targets, func(g model.Target) bool { return g.ID == v.Target }) {
				c.add(r.File, v.Pos, diag.UnknownTarget, i18n.F("任务 %s 没有指标“%s”", "task %s has no target %q", t.ID, v.Target))
			} else if v.Value < 0 {
				c.add(r.File, v.Pos, diag.NegativeValue, i18n.F("指标“%s”的数值是 %s：负数会把各单位的合计拉低；核对是否多打了负号",
					"the value of target %q is %s: a negative one pulls the units' sum down; check for a stray minus sign", v.Target, model.FormatNumber(v.Value)))
			}
		}
	}
	if !e.HasStatus || f.invalid {
		return // the entry's own errors are reported; more would only repeat them
	}
	// Done below 100 is an error the loader reports (R409: the entry counts
	// as nothing); the milder disagreements are warnings (R401).
	if e.HasProgress {
		switch {
		case e.Status == model.NotStarted && e.Progress > 0:
			c.add(r.File, e.At.Of("progress"), diag.StatusProgress, i18n.F("状态为未启动，进度却是 %d", "status is not-started but progress is %d", e.Progress))
		case (e.Status == model.InProgress || e.Status == model.Delayed) && e.Progress == 100:
			c.add(r.File, e.At.Of("progress"), diag.StatusProgress, i18n.F("进度为 100，状态却是%s；已完成请写“已完成”",
				"progress is 100 but status is %s; write done when it is done", e.Status.Label(i18n.Zh)))
		}
	}
}

// owns says whether the unit of pairs is responsible for the task of key
// (Index.Owns).
func owns(pairs model.UnitPairs, key string) bool {
	_, ok := pairs.Pair(key)
	return ok
}

func ownersText(t *model.Task) string {
	return i18n.List(model.Values(t.Owners)).Zh
}

// ownersKnown says every owner task t names is in units.yaml. When one is
// not (a unit renamed there and not here), which units own the task is
// not known: the error at the task file says what to fix, and a report's
// entry is not to be called another unit's, nor deleted.
func (c *ctx) ownersKnown(t *model.Task) bool {
	for _, o := range t.Owners {
		if _, err := c.x.Registry.Resolve(o.Value); err != nil {
			return false
		}
	}
	return true
}

// offListUnit says that a unit reports in a period outside its from and
// until in units.yaml: the report does not count.
func (c *ctx) offListUnit(r *model.Report) {
	u := c.x.Registry.Unit(r.Unit)
	msg := i18n.F("%s 在 units.yaml 中写了 until: %s（最后报送的期次），%s 的这份报送不计入", "%s has until: %s in units.yaml (the last period it reports in): this %s report does not count", u.Name, u.Until, r.Dir)
	if fi := c.x.PeriodIndex(u.From); u.From != "" && fi > c.x.PeriodIndex(r.Dir) {
		msg = i18n.F("%s 在 units.yaml 中写了 from: %s（开始报送的期次），%s 的这份报送不计入", "%s has from: %s in units.yaml (the first period it reports in): this %s report does not count", u.Name, u.From, r.Dir)
	}
	c.add(r.File, r.At.Of("unit"), diag.OffList, msg)
}
