package check

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/model"
	"tally/internal/review"
)

func taskRules(c *ctx) {
	seen := make(map[string]*model.Task, len(c.repo.Tasks))
	memberless := memberlessGroups(c.repo.Units)
	sections := map[string]bool{}
	var sectionIDs []string
	if c.repo.Plan != nil {
		for _, s := range c.repo.Plan.Sections {
			sections[s.ID] = true
			sectionIDs = append(sectionIDs, s.ID)
		}
	}
	for _, t := range c.repo.Tasks {
		if model.ReservedName(t.ID) {
			c.add(t.File, model.Pos{Line: 1, Col: 1}, diag.ReservedName, reserved(i18n.T("任务编号", "the task id"), t.ID))
		}
		k := model.TaskKey(t.ID)
		if first, dup := seen[k]; dup {
			c.add(t.File, t.At.Of(""), diag.DuplicateID, i18n.F("任务编号 %s 与 %s 重复", "task id %s repeats %s", t.ID, first.File))
			continue
		}
		seen[k] = t
		c.periodName(t.File, t.At.Of("from"), "from", t.From)
		if c.repo.Plan != nil && t.Section != "" && !sections[t.Section] {
			c.add(t.File, t.At.Of("section"), diag.UnknownSection, i18n.T(
				fmt.Sprintf("章节“%s”不在 plan.yaml 中；可用：%s", t.Section, i18n.List(sectionIDs).Zh),
				fmt.Sprintf("section %q is not in plan.yaml; known: %s", t.Section, i18n.List(sectionIDs).En)))
		}
		if c.repo.Units != nil {
			owners := map[string]bool{}     // as written
			ownerUnits := map[string]bool{} // every unit they stand for
			for _, o := range t.Owners {
				owners[o.Value] = true
				c.fragment(t.File, o, i18n.T("责任单位", "the owner"))
				units, err := c.x.Registry.Resolve(o.Value)
				switch {
				case err != nil && err.Unknown == o.Value:
					c.unknownName(t.File, o, i18n.T("责任单位", "the owner"))
				case err == nil && len(units) == 0 && !memberless[o.Value]:
					c.add(t.File, o.Pos, diag.UnresolvedOwner, i18n.F("责任单位“%s”不含任何单位", "the owner %q contains no units", o.Value))
				}
				for _, u := range units {
					ownerUnits[u] = true
				}
			}
			for _, l := range t.Lead {
				// A lead among the owners through a group is one: notices
				// say 各县（市、区）党委组织部负责，市委组织部牵头.
				units, err := c.x.Registry.Resolve(l.Value)
				among := err == nil && len(units) > 0 && !slices.ContainsFunc(units, func(u string) bool { return !ownerUnits[u] })
				if !owners[l.Value] && !among {
					msg := i18n.F("牵头单位“%s”不在 owners 中", "the lead %q is not among the owners", l.Value)
					if parts := listedAsOne(l.Value); len(parts) > 1 && !slices.ContainsFunc(parts, func(p string) bool { return !owners[p] }) {
						// lead: [A、B] with A and B owners: two names in one
						// item, as R310 says of owners (probe 10).
						msg = i18n.F("牵头单位“%s”不在 owners 中：这是 %d 个名称写在了一项里。列表中的各项要用半角逗号“,”分开（[%s]）",
							"the lead %q is not among the owners: it is %d names written as one item. Separate a list's items with a half-width comma ([%s])",
							l.Value, len(parts), strings.Join(parts, ", "))
					}
					c.add(t.File, l.Pos, diag.LeadNotOwner, msg)
				}
			}
		}
		c.ownersLeft(t)
		if c.repo.Plan != nil {
			c.dueBeforeList(t)
			// A step after the task is due (probe 14, C2): the task is red
			// from its due date on, and the step moves nothing.
			due := t.DueIn(c.repo.Plan)
			for _, m := range t.Milestones {
				if !due.IsZero() && m.Due.After(due) && t.Due.IsZero() {
					// No due of its own: the plan's end is (probe 15: "the
					// task's due date", which its file does not have).
					c.add(t.File, m.At.Of("due"), diag.StepAfterDue, i18n.F("节点“%s”的日期 %s 晚于清单的结束日期 %s（这项任务没有写 due，完成时限按 plan.yaml 的 end）：核对后改正节点的日期，或给这项任务写上 due",
						"the milestone %q is dated %s, after the list's end %s (the task has no due of its own, so it is due at plan.yaml's end): check them, and correct the milestone's date or give the task a due", m.Text, model.FormatDate(m.Due), model.FormatDate(due)))
				} else if !due.IsZero() && m.Due.After(due) {
					c.add(t.File, m.At.Of("due"), diag.StepAfterDue, i18n.F("节点“%s”的日期 %s 晚于这项任务的完成时限 %s：核对后改正其中一个",
						"the milestone %q is dated %s, after the task's due date %s: check them and correct one", m.Text, model.FormatDate(m.Due), model.FormatDate(due)))
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

// reserved says that an id cannot name a file on Windows.
func reserved(what i18n.Text, id string) i18n.Text {
	return i18n.T(
		fmt.Sprintf("%s“%s”是 Windows 保留的名称，不能用作文件名；请换一个编号", what.Zh, id),
		fmt.Sprintf("%s %q is a name Windows reserves and cannot name a file; choose another id", what.En, id))
}

// dueBeforeList warns of a task due before it is on the list: before
// plan.yaml's start, or before the start of the period it joins in
// (from): red from its first day (probe 16, C8).
func (c *ctx) dueBeforeList(t *model.Task) {
	plan := c.repo.Plan
	// A milestone likewise: red from the first day (probe 17, J).
	for _, m := range t.Milestones {
		start, what := plan.Start, i18n.T("清单的开始日期", "the list's start")
		for _, p := range plan.Periods {
			if p.ID == t.From && p.Start.After(start) {
				start, what = p.Start, i18n.F("这项任务加入清单的期次 %s 的开始日期", "the start of the period %s the task joins the list in", p.ID)
			}
		}
		if !start.IsZero() && m.Due.Before(start) {
			c.add(t.File, m.At.Of("due"), diag.DueBeforeList, i18n.T(
				fmt.Sprintf("节点“%s”的日期 %s 早于%s %s：这项任务从第一天起就过了这个节点、亮红灯；核对后改正", m.Text, model.FormatDate(m.Due), what.Zh, model.FormatDate(start)),
				fmt.Sprintf("the milestone %q is dated %s, before %s (%s): the task is past it, and red, from its first day; check and correct it", m.Text, model.FormatDate(m.Due), what.En, model.FormatDate(start))))
		}
	}
	if t.Due.IsZero() {
		return
	}
	if !plan.Start.IsZero() && t.Due.Before(plan.Start) {
		c.add(t.File, t.At.Of("due"), diag.DueBeforeList, i18n.F("完成时限 %s 早于清单的开始日期 %s（plan.yaml 的 start）：这项任务从第一天起就过了完成时限、亮红灯；核对后改正其中一个",
			"the due date %s is before the list starts (%s, plan.yaml's start): the task is past due, and red, from its first day; check them and correct one",
			model.FormatDate(t.Due), model.FormatDate(plan.Start)))
		return
	}
	for _, p := range plan.Periods {
		if p.ID == t.From && t.Due.Before(p.Start) {
			c.add(t.File, t.At.Of("due"), diag.DueBeforeList, i18n.F("完成时限 %s 早于这项任务加入清单的期次 %s 的开始日期 %s（from）：这项任务一上清单就过了完成时限、亮红灯；核对后改正 due 或 from",
				"the due date %s is before the start (%[3]s) of the period %[2]s the task joins the list in (from): it is past due, and red, from its first day; check them and correct due or from",
				model.FormatDate(t.Due), p.ID, model.FormatDate(p.Start)))
		}
	}
}

// fragmentRe finds the words of a responsibility sentence in a name: a
// rule (下同, 排在第一位, 不再单独列出), a role (负责, 牵头, 配合, 会同, a
// name's 主办 or 抓总), a person (王明同志督办), an open tail (… 等).
var fragmentRe = regexp.MustCompile(`负责|下同|第一位|首位|牵头|配合|会同|协助|按职责|不再单独列出|等$|等有关|有关部门$|^由|(?:主办|承办|协办|抓总|督办)[）)]?[。；;]?$|同志`)

// fragment warns on a name that reads as part of a sentence, not a unit.
func (c *ctx) fragment(file string, name model.Ref, what i18n.Text) {
	m := fragmentRe.FindString(name.Value)
	if m == "" {
		return
	}
	c.add(file, name.Pos, diag.FragmentName, i18n.T(
		fmt.Sprintf("%s“%s”像是句子的片段（含“%s”），不是单位名称；请只写单位名称，原文写进 owners_text", what.Zh, name.Value, m),
		fmt.Sprintf("%s %q reads as part of a sentence (it holds %q), not a unit's name; list the unit's name only and keep the wording in owners_text", what.En, name.Value, m)))
}

// memberlessGroups are the names (and aliases) of the groups that list no
// members yet: R315 says so once, at the group, not at every task.
func memberlessGroups(u *model.Units) map[string]bool {
	out := map[string]bool{}
	if u == nil {
		return out
	}
	for _, g := range u.Groups {
		if len(g.Members) == 0 {
			out[g.Name] = true
			for _, a := range g.Aliases {
				out[a.Value] = true
			}
		}
	}
	return out
}

// ownersLeft warns of a task on the list in a period none of whose units
// is (R317): from then on no unit reports on it or is chased, and it
// stands as 未报 in every count (probe 14, A3: it used to leave the list
// with no word). Not where each of them had reported it done before
// leaving: it is done, and nothing is owed.
func (c *ctx) ownersLeft(t *model.Task) {
	plan := c.repo.Plan
	owners := c.x.Owners(t.ID)
	if plan == nil || len(owners) == 0 {
		return
	}
	c.leftUndone(t, owners)
	for pi, p := range plan.Periods {
		if !c.x.InList(t, pi) || len(c.x.OwnersIn(t.ID, pi)) > 0 {
			continue
		}
		if c.doneBy(t, owners, pi) {
			return
		}
		var names, later []string
		for _, u := range owners {
			if unit := c.x.Registry.Unit(u); unit != nil {
				names = append(names, unit.Name)
				if from := c.x.PeriodIndex(unit.From); unit.From != "" && from > pi {
					later = append(later, unit.Name+" "+unit.From) // 乙局 2019Q4
				}
			}
		}
		if len(later) > 0 {
			// Not every owner has left: one joins the list later (from),
			// and the task has a unit again from then on (probe 15: it was
			// said to have lost them all by until, for good).
			end := pi
			for end+1 < len(plan.Periods) && c.x.InList(t, end+1) && len(c.x.OwnersIn(t.ID, end+1)) == 0 {
				end++
			}
			span := p.ID
			if end > pi {
				span = p.ID + "—" + plan.Periods[end].ID
			}
			c.add(t.File, t.At.Of("owners"), diag.NoOwnerLeft, i18n.F(
				"任务 %s 在 %s 没有责任单位：它的责任单位（%s）那时都不在清单中（%s 起才加入；units.yaml 的 from、until）：那时这项任务没有单位报送，也不催报，汇总中显示为“未报”；那时有负责的单位的，把它写进 owners，或核对 from、until",
				"task %s has no unit in %s: none of its units (%s) is on the list then (%s on; from and until in units.yaml): no unit reports on it or is chased then, and it shows as not reported; add the unit that had it then to owners, or check from and until",
				t.ID, span, strings.Join(names, "、"), strings.Join(later, "、")))
			return
		}
		c.add(t.File, t.At.Of("owners"), diag.NoOwnerLeft, i18n.F(
			"任务 %s 的责任单位（%s）自 %s 起都已不在清单中（units.yaml 的 until）：从这一期起这项任务没有单位报送，也不催报，汇总中显示为“未报”；有接手的单位的，把它写进 owners",
			"task %s's units (%s) are all off the list from %s on (until in units.yaml): no unit reports on it or is chased from that period, and it shows as not reported; add the unit that took it over to owners",
			t.ID, strings.Join(names, "、"), p.ID))
		return
	}
}

// leftUndone warns of a unit that leaves the list (until) while others of
// the task's units stay, without having reported the task done (probe 16,
// C9): from then on the task follows the others alone, and is done when
// they are, with nothing said of the leaver's part. Where every unit has
// left, R317 says so.
func (c *ctx) leftUndone(t *model.Task, owners []string) {
	plan := c.repo.Plan
	for _, u := range owners {
		unit := c.x.Registry.Unit(u)
		if unit == nil || unit.Until == "" {
			continue
		}
		last := c.x.PeriodIndex(unit.Until)
		next := last + 1
		if last < 0 || next >= len(plan.Periods) || !c.x.InList(t, next) || len(c.x.OwnersIn(t.ID, next)) == 0 || c.doneBy(t, []string{u}, next) {
			continue
		}
		c.add(t.File, t.At.Of("owners"), diag.OwnerLeftUndone, i18n.F(
			"任务 %s 的责任单位 %s 自 %s 起不在清单中（units.yaml 的 until），此前没有报这项任务已完成：从这一期起任务的进度和状态只按其余单位算，它们都完成时即为已完成；有接手的单位的，把它写进 owners",
			"%[2]s, a unit of task %[1]s, is off the list from %[3]s on (until in units.yaml) and had not reported the task done: from then on the task follows its other units alone, done when they are; add the unit that took it over to owners",
			t.ID, unit.Name, plan.Periods[next].ID))
	}
}

// doneBy says whether each of units had reported task t done in a
// submitted report of a period before pi in which it was on the list.
func (c *ctx) doneBy(t *model.Task, units []string, pi int) bool {
	done := map[string]bool{}
	book := review.Of(c.x)
	for _, r := range c.repo.Reports {
		ri := c.x.PeriodIndex(r.Dir)
		if ri < 0 || ri >= pi || r.Submitted.IsZero() || r.Unit != r.Base || !c.x.Serving(r.Unit, ri) {
			continue
		}
		if book.Verdict(r).State == review.Returned {
			continue // counts for nothing (退回待改): its done is no done (probe 15)
		}
		for _, e := range r.Entries {
			if model.TaskKey(e.Task) == model.TaskKey(t.ID) && !e.Invalid {
				done[r.Unit] = e.Status == model.Done // the latest report's, in the repository's order
				break
			}
		}
	}
	for _, u := range units {
		if !done[u] {
			return false
		}
	}
	return true
}
