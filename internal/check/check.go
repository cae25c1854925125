// Package check holds the rules that span files: references between the
// plan, the units, the tasks and the reports, and the warnings that need a
// report's history. Each rule is a function over the loaded repository.
package check

import (
	"fmt"
	"time"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
)

// Options are the inputs of the rules beyond the data.
type Options struct {
	Today time.Time // for "submitted in the future"; zero skips that rule
}

// rule is one cross-file check.
type rule func(c *ctx)

type ctx struct {
	repo  *model.Repo
	x     *model.Index
	opts  Options
	d     *diag.List
	known map[string]bool // task keys present
}

var rules = []rule{
	planRules,
	unitRules,
	taskRules,
	reportRules,
	historyRules,
}

// Run checks a loaded repository and returns every diagnostic, the
// loader's and the rules', sorted.
func Run(res *load.Result, opts Options) diag.List {
	return RunIndexed(res, model.NewIndex(res.Repo), opts)
}

// RunIndexed is Run with the repository's index already built.
func RunIndexed(res *load.Result, x *model.Index, opts Options) diag.List {
	out := diag.List{Items: append([]diag.Diagnostic(nil), res.Diags.Items...)}
	c := &ctx{repo: res.Repo, x: x, opts: opts, d: &out, known: map[string]bool{}}
	for _, t := range res.Repo.Tasks {
		c.known[model.TaskKey(t.ID)] = true
	}
	for _, r := range rules {
		r(c)
	}
	for i := range out.Items {
		if !out.Items[i].Pos.Known() {
			out.Items[i].Pos = model.Pos{Line: 1, Col: 1}
		}
	}
	out.Sort()
	return out
}

func (c *ctx) add(file string, p model.Pos, rule string, msg i18n.Text) { c.d.Add(file, p, rule, msg) }

func planRules(c *ctx) {
	p := c.repo.Plan
	if p == nil {
		return
	}
	if !p.Start.IsZero() && !p.End.IsZero() && p.End.Before(p.Start) {
		c.add(p.File, p.At.Of("end"), diag.DateOrder, i18n.F("end %s 早于 start %s", "end %s is before start %s",
			model.FormatDate(p.End), model.FormatDate(p.Start)))
	}
	seen := map[string]model.Pos{}
	for _, s := range p.Sections {
		if first, dup := seen[s.ID]; dup && s.ID != "" {
			c.add(p.File, s.At.Of("id"), diag.DuplicateID, i18n.F("章节编号“%s”重复：第 %d 行已定义", "section id %q repeats: already defined on line %d", s.ID, first.Line))
			continue
		}
		seen[s.ID] = s.At.Of("id")
	}
	seen = map[string]model.Pos{}
	var prev *model.Period
	for i := range p.Periods {
		pe := &p.Periods[i]
		if pe.ID == "" {
			continue
		}
		if !model.IsPeriodID(pe.ID) {
			c.add(p.File, pe.At.Of("id"), diag.BadID, i18n.F("期次编号“%s”无效：只能用字母、数字、- 和 _（如 2019Q2）",
				"period id %q is invalid: use letters, digits, - and _ (such as 2019Q2)", pe.ID))
		}
		if first, dup := seen[pe.ID]; dup {
			c.add(p.File, pe.At.Of("id"), diag.DuplicateID, i18n.F("期次“%s”重复：第 %d 行已定义", "period %q repeats: already defined on line %d", pe.ID, first.Line))
			continue
		}
		seen[pe.ID] = pe.At.Of("id")
		if !pe.Start.IsZero() && !pe.End.IsZero() && pe.End.Before(pe.Start) {
			c.add(p.File, pe.At.Of("end"), diag.DateOrder, i18n.F("期次 %s 的 end 早于 start", "period %s ends before it starts", pe.ID))
		}
		if !pe.Due.IsZero() && !pe.End.IsZero() && pe.Due.Before(pe.End) {
			c.add(p.File, pe.At.Of("due"), diag.DateOrder, i18n.F("期次 %s 的报送截止日 due 早于期末 end", "period %s: due is before the period's end", pe.ID))
		}
		if prev != nil && !prev.Start.IsZero() && !pe.Start.IsZero() && !pe.Start.After(prev.Start) {
			c.add(p.File, pe.At.Of("start"), diag.DateOrder, i18n.F("期次 %s 应排在 %s 之后：periods 须按时间先后排列",
				"period %s should come after %s: periods are listed in time order", pe.ID, prev.ID))
		}
		prev = pe
	}
}

func unitRules(c *ctx) {
	u := c.repo.Units
	if u == nil {
		return
	}
	type def struct {
		pos  model.Pos
		what i18n.Text
	}
	names := map[string]def{}
	claim := func(s string, p model.Pos, what i18n.Text) {
		if s == "" {
			return
		}
		if first, dup := names[s]; dup {
			c.add(u.File, p, diag.DuplicateName, i18n.T(
				fmt.Sprintf("名称“%s”已在第 %d 行用作%s；每个名称只能指向一个单位或分组", s, first.pos.Line, first.what.Zh),
				fmt.Sprintf("the name %q is already used on line %d for %s; each name must mean one unit or group", s, first.pos.Line, first.what.En)))
			return
		}
		names[s] = def{p, what}
	}
	ids := map[string]model.Pos{}
	for _, un := range u.Units {
		if un.ID != "" && !model.IsSlug(un.ID) {
			c.add(u.File, un.At.Of("id"), diag.BadID, i18n.F("单位编号“%s”无效：只能用小写英文字母、数字和连字符（如 chikan-org）",
				"unit id %q is invalid: use lower-case letters, digits and dashes (such as chikan-org)", un.ID))
		}
		if first, dup := ids[un.ID]; dup && un.ID != "" {
			c.add(u.File, un.At.Of("id"), diag.DuplicateID, i18n.F("单位编号“%s”重复：第 %d 行已定义", "unit id %q repeats: already defined on line %d", un.ID, first.Line))
		} else {
			ids[un.ID] = un.At.Of("id")
			claim(un.ID, un.At.Of("id"), i18n.F("单位 %s 的编号", "the id of unit %s", un.ID))
		}
		if un.Name != un.ID {
			claim(un.Name, un.At.Of("name"), i18n.F("单位 %s 的名称", "the name of unit %s", un.ID))
		}
		for _, a := range un.Aliases {
			if a.Value != un.Name && a.Value != un.ID {
				claim(a.Value, a.Pos, i18n.F("单位 %s 的别名", "an alias of unit %s", un.ID))
			}
		}
	}
	for _, g := range u.Groups {
		claim(g.Name, g.At.Of("name"), i18n.F("分组“%s”", "the group %q", g.Name))
		for _, a := range g.Aliases {
			if a.Value != g.Name {
				claim(a.Value, a.Pos, i18n.F("分组“%s”的别名", "an alias of the group %q", g.Name))
			}
		}
	}
	reg := c.x.Registry
	for _, g := range u.Groups {
		for _, m := range g.Members {
			if _, err := reg.Resolve(m.Value); err != nil && err.Unknown == m.Value {
				c.unknownName(u.File, m, i18n.F("分组“%s”的成员", "member of the group %q", g.Name))
			}
		}
		if g.Name == "" {
			continue
		}
		units, err := reg.Resolve(g.Name)
		switch {
		case err != nil && err.Cycle != nil:
			c.add(u.File, g.At.Of("members"), diag.GroupCycle, i18n.T(
				"分组循环引用："+joinArrow(err.Cycle, " → "), "group cycle: "+joinArrow(err.Cycle, " -> ")))
		case err == nil && len(units) == 0 && len(g.Members) > 0:
			c.add(u.File, g.At.Of("members"), diag.UnresolvedOwner, i18n.F("分组“%s”不含任何单位", "the group %q contains no units", g.Name))
		}
	}
}

func joinArrow(items []string, sep string) string {
	s := ""
	for i, it := range items {
		if i > 0 {
			s += sep
		}
		s += it
	}
	return s
}

// unknownName reports a name no unit or group has, suggesting a near one.
func (c *ctx) unknownName(file string, r model.Ref, what i18n.Text) {
	if s := load.Suggest(r.Value, c.x.Registry.Names()); s != "" {
		c.add(file, r.Pos, diag.UnresolvedOwner, i18n.T(
			fmt.Sprintf("%s“%s”在 units.yaml 中找不到；是否想写“%s”？", what.Zh, r.Value, s),
			fmt.Sprintf("%s %q is not in units.yaml; did you mean %q?", what.En, r.Value, s)))
		return
	}
	c.add(file, r.Pos, diag.UnresolvedOwner, i18n.T(
		fmt.Sprintf("%s“%s”在 units.yaml 中找不到；请在 units.yaml 中登记它（可作为某单位或分组的别名）", what.Zh, r.Value),
		fmt.Sprintf("%s %q is not in units.yaml; register it there (an alias of a unit or group will do)", what.En, r.Value)))
}

func taskRules(c *ctx) {
	seen := map[string]*model.Task{}
	sections := map[string]bool{}
	var sectionIDs []string
	if c.repo.Plan != nil {
		for _, s := range c.repo.Plan.Sections {
			sections[s.ID] = true
			sectionIDs = append(sectionIDs, s.ID)
		}
	}
	for _, t := range c.repo.Tasks {
		k := model.TaskKey(t.ID)
		if first, dup := seen[k]; dup {
			c.add(t.File, t.At.Of(""), diag.DuplicateID, i18n.F("任务编号 %s 与 %s 重复", "task id %s repeats %s", t.ID, first.File))
			continue
		}
		seen[k] = t
		if c.repo.Plan != nil && t.Section != "" && !sections[t.Section] {
			c.add(t.File, t.At.Of("section"), diag.UnknownSection, i18n.T(
				fmt.Sprintf("章节“%s”不在 plan.yaml 中；可用：%s", t.Section, i18n.List(sectionIDs).Zh),
				fmt.Sprintf("section %q is not in plan.yaml; known: %s", t.Section, i18n.List(sectionIDs).En)))
		}
		if c.repo.Units != nil {
			owners := map[string]bool{}
			for _, o := range t.Owners {
				owners[o.Value] = true
				units, err := c.x.Registry.Resolve(o.Value)
				switch {
				case err != nil && err.Unknown == o.Value:
					c.unknownName(t.File, o, i18n.T("责任单位", "the owner"))
				case err == nil && len(units) == 0:
					c.add(t.File, o.Pos, diag.UnresolvedOwner, i18n.F("责任单位“%s”不含任何单位", "the owner %q contains no units", o.Value))
				}
			}
			for _, l := range t.Lead {
				if !owners[l.Value] {
					c.add(t.File, l.Pos, diag.LeadNotOwner, i18n.F("牵头单位“%s”不在 owners 中", "the lead %q is not among the owners", l.Value))
				}
			}
		}
		targets := map[string]bool{}
		for _, g := range t.Targets {
			if targets[g.ID] {
				c.add(t.File, g.At.Of("id"), diag.DuplicateID, i18n.F("指标编号“%s”重复", "target id %q repeats", g.ID))
			}
			targets[g.ID] = true
		}
	}
}

func reportRules(c *ctx) {
	for _, r := range c.repo.Reports {
		if r.Unit != "" && r.Unit != r.Base {
			c.add(r.File, r.At.Of("unit"), diag.NameMismatch, i18n.F("unit “%s” 与文件名 %s.yaml 不符：报送文件应命名为 reports/%s/%s.yaml",
				"unit %q does not match the file name %s.yaml: the report belongs at reports/%s/%s.yaml", r.Unit, r.Base, r.Dir, r.Unit))
		}
		if r.Period != "" && r.Period != r.Dir {
			c.add(r.File, r.At.Of("period"), diag.NameMismatch, i18n.F("period “%s” 与所在目录 reports/%s/ 不符",
				"period %q does not match its folder reports/%s/", r.Period, r.Dir))
		}
		if c.repo.Units != nil && r.Unit != "" && c.x.Registry.Unit(r.Unit) == nil {
			var ids []string
			for _, u := range c.repo.Units.Units {
				ids = append(ids, u.ID)
			}
			hint := i18n.T("；`tally units` 可列出全部单位", "; `tally units` lists them")
			if s := load.Suggest(r.Unit, ids); s != "" {
				hint = i18n.F("；是否想写“%s”？", "; did you mean %q?", s)
			}
			c.add(r.File, r.At.Of("unit"), diag.UnknownUnit, i18n.T(
				fmt.Sprintf("单位“%s”不在 units.yaml 中%s", r.Unit, hint.Zh), fmt.Sprintf("unit %q is not in units.yaml%s", r.Unit, hint.En)))
		}
		var period *model.Period
		if c.repo.Plan != nil {
			if i := c.x.PeriodIndex(r.Dir); i >= 0 {
				period = &c.repo.Plan.Periods[i]
			} else if r.Period == r.Dir || r.Period == "" {
				c.add(r.File, r.At.Of("period"), diag.UnknownPeriod, i18n.F("期次“%s”不在 plan.yaml 的 periods 中",
					"period %q is not among plan.yaml's periods", r.Dir))
			}
		}
		if period != nil && !r.Submitted.IsZero() && r.Submitted.After(period.Due) {
			c.add(r.File, r.At.Of("submitted"), diag.SubmittedLate, i18n.F("报送日期 %s 晚于截止日 %s",
				"submitted %s, after the due date %s", model.FormatDate(r.Submitted), model.FormatDate(period.Due)))
		}
		if !c.opts.Today.IsZero() && r.Submitted.After(c.opts.Today) {
			c.add(r.File, r.At.Of("submitted"), diag.SubmittedFuture, i18n.F("报送日期 %s 晚于今天（%s）",
				"submitted %s, after today (%s)", model.FormatDate(r.Submitted), model.FormatDate(c.opts.Today)))
		}
		entries := map[string]model.Pos{}
		for _, e := range r.Entries {
			c.entryRules(r, e, entries)
		}
	}
}

func (c *ctx) entryRules(r *model.Report, e model.Entry, seen map[string]model.Pos) {
	k := model.TaskKey(e.Task)
	if first, dup := seen[k]; dup {
		c.add(r.File, e.At.Of("task"), diag.DuplicateEntry, i18n.F("任务 %s 已在第 %d 行报送过", "task %s is already reported on line %d", e.Task, first.Line))
		return
	}
	seen[k] = e.At.Of("task")
	t := c.x.Task(e.Task)
	switch {
	case len(c.repo.Tasks) > 0 && t == nil:
		c.add(r.File, e.At.Of("task"), diag.UnknownTask, i18n.F("任务“%s”不存在；`tally tasks` 可列出全部任务",
			"there is no task %q; `tally tasks` lists them", e.Task))
	case t != nil && c.repo.Units != nil && c.x.Registry.Unit(r.Unit) != nil && !c.x.Owns(r.Unit, e.Task):
		c.add(r.File, e.At.Of("task"), diag.NotOwner, i18n.F("单位 %s 不是任务 %s 的责任单位（责任单位：%s）",
			"unit %s is not responsible for task %s (owners: %s)", r.Unit, t.ID, ownersText(t)))
	}
	if t != nil {
		targets := map[string]bool{}
		for _, g := range t.Targets {
			targets[g.ID] = true
		}
		for _, v := range e.Values {
			if !targets[v.Target] {
				c.add(r.File, v.Pos, diag.UnknownTarget, i18n.F("任务 %s 没有指标“%s”", "task %s has no target %q", t.ID, v.Target))
			}
		}
	}
	if !e.HasStatus || c.repo.Invalid[r.File] {
		return // the entry's own errors are reported; more would only repeat them
	}
	if e.HasProgress {
		switch {
		case e.Status == model.Done && e.Progress < 100:
			c.add(r.File, e.At.Of("progress"), diag.StatusProgress, i18n.F("状态为已完成，进度却是 %d", "status is done but progress is %d", e.Progress))
		case e.Status == model.NotStarted && e.Progress > 0:
			c.add(r.File, e.At.Of("progress"), diag.StatusProgress, i18n.F("状态为未启动，进度却是 %d", "status is not-started but progress is %d", e.Progress))
		case (e.Status == model.InProgress || e.Status == model.Delayed) && e.Progress == 100:
			c.add(r.File, e.At.Of("progress"), diag.StatusProgress, i18n.F("进度为 100，状态却是%s；已完成请写“已完成”",
				"progress is 100 but status is %s; write done when it is done", e.Status.Label(i18n.Zh)))
		}
	}
	if e.Status != model.NotStarted && e.Summary == "" {
		c.add(r.File, e.At.Of("status"), diag.NoSummary, i18n.F("任务 %s 已启动，但没有填写进展情况 summary", "task %s is under way but has no summary", e.Task))
	}
}

func ownersText(t *model.Task) string {
	return i18n.List(model.Values(t.Owners)).Zh
}

// historyRules compares each entry with the same unit's latest earlier
// entry for the task, and looks for owned open tasks a report leaves out.
func historyRules(c *ctx) {
	if c.repo.Plan == nil {
		return
	}
	type key struct{ unit, task string }
	type last struct {
		e      model.Entry
		period string
	}
	latest := map[key]last{}
	unitTasks := c.x.UnitTasks()
	// Reports are sorted by period order; entries of one period update the
	// history only after the whole period is seen.
	for i := 0; i < len(c.repo.Reports); {
		j := i
		for j < len(c.repo.Reports) && c.repo.Reports[j].Dir == c.repo.Reports[i].Dir {
			j++
		}
		if c.x.PeriodIndex(c.repo.Reports[i].Dir) < 0 {
			i = j
			continue
		}
		type update struct {
			k key
			l last
		}
		var updates []update
		for _, r := range c.repo.Reports[i:j] {
			if r.Unit != r.Base {
				continue
			}
			reported := map[string]bool{}
			for _, e := range r.Entries {
				k := key{r.Unit, model.TaskKey(e.Task)}
				reported[k.task] = true
				if prev, ok := latest[k]; ok {
					if prev.e.Status == model.Done && e.Status != model.Done {
						c.add(r.File, e.At.Of("status"), diag.DoneWentBack, i18n.F("任务 %s 在 %s 已报已完成，本期却报为%s",
							"task %s was reported done in %s but is now %s", e.Task, prev.period, e.Status.Label(i18n.Zh)))
					} else if e.EffectiveProgress() < prev.e.EffectiveProgress() && (e.HasProgress || prev.e.HasProgress) {
						c.add(r.File, e.At.Of("progress"), diag.ProgressDown, i18n.T(
							fmt.Sprintf("进度 %d 低于 %s 报送的 %d", e.EffectiveProgress(), prev.period, prev.e.EffectiveProgress()),
							fmt.Sprintf("progress %d is below the %d reported in %s", e.EffectiveProgress(), prev.e.EffectiveProgress(), prev.period)))
					}
				}
				updates = append(updates, update{k, last{e, r.Dir}})
			}
			var open []string
			for _, tid := range unitTasks[r.Unit] {
				k := key{r.Unit, model.TaskKey(tid)}
				if reported[k.task] {
					continue
				}
				if prev, ok := latest[k]; ok && prev.e.Status == model.Done {
					continue
				}
				open = append(open, tid)
			}
			if len(open) > 0 {
				c.add(r.File, r.At.Of("entries"), diag.NotReported, i18n.T(
					"本期报送漏了它负责的任务："+i18n.List(open).Zh, "the report leaves out tasks the unit owns: "+i18n.List(open).En))
			}
		}
		for _, u := range updates {
			latest[u.k] = u.l
		}
		i = j
	}
}
