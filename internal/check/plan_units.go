package check

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
)

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
		if model.ReservedName(pe.ID) {
			c.add(p.File, pe.At.Of("id"), diag.ReservedName, reserved(i18n.T("期次编号", "the period id"), pe.ID))
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
			// A notice that has reports sent before a quarter is over
			// (每季度末月20日前) makes periods that end on that day.
			next := i18n.T("", "")
			if i+1 < len(p.Periods) {
				next = i18n.F("，下一期 %s 的 start 改为 %s", ", and the next period %s's start to %s", p.Periods[i+1].ID, model.FormatDate(pe.Due.AddDate(0, 0, 1)))
			}
			c.add(p.File, pe.At.Of("due"), diag.DateOrder, join(i18n.F("期次 %s 的报送截止日 due 早于期末 end（%s）。如果通知要求在期末之前报送（如“每季度末月20日前报送”），这一期统计到报送那天为止：把 end 也改为 %s",
				"period %s: due is before the period's end (%s). If the notice has reports sent before the period is over (by the 20th of a quarter's last month, say), the period runs until that day: set end to %s too",
				pe.ID, model.FormatDate(pe.End), model.FormatDate(pe.Due)), next, i18n.T("；否则把 due 改为期末以后的日期", "; otherwise set due to a date after the end")))
		}
		switch {
		case prev == nil || prev.Start.IsZero() || pe.Start.IsZero():
		case pe.Start.Equal(prev.Start):
			c.add(p.File, pe.At.Of("start"), diag.DateOrder, i18n.F("期次 %s 与上一期 %s 同一天（%s）开始：两期重叠，重叠的日子算哪一期说不清；改正其中一期的 start",
				"period %s starts on the same day as %s (%s): the two overlap, and the days they share belong to neither for sure; correct one of the starts",
				pe.ID, prev.ID, model.FormatDate(pe.Start)))
			continue // prev stays the period the next is compared with
		case pe.Start.Before(prev.Start):
			// Listed after a period it starts before (2019Q1 after
			// 2019Q2): it goes before that one. The next period is
			// compared with the one that starts latest so far, its
			// neighbour once they are in order, not with this one (a gap
			// of 91 days between 2019Q1 and 2019Q3 is no gap at all).
			c.add(p.File, pe.At.Of("start"), diag.DateOrder, i18n.F("期次 %s（start %s）比上一期 %s（start %s）开始得早，应排在它之前：periods 须按时间先后排列",
				"period %s (start %s) starts before %s (start %s) and goes before it: periods are listed in time order",
				pe.ID, model.FormatDate(pe.Start), prev.ID, model.FormatDate(prev.Start)))
			continue
		case prev.End.IsZero() || prev.End.Before(prev.Start):
		case !pe.Start.After(prev.End) && !pe.End.IsZero() && !pe.End.After(prev.End):
			// Inside the period before it (2019Q3 from 06-01 to 06-15 after
			// a 2019Q2 to 06-30): moving its start past that end would put
			// it after its own end; the end before it is what to correct.
			c.add(p.File, pe.At.Of("start"), diag.DateOrder, i18n.F("期次 %s（%s 至 %s）落在上一期 %s 之内（至 %s）：两期重叠，重叠的日子算哪一期说不清；把 %s 的 end 改为 %s，或改正 %s 的 start 和 end",
				"period %s (%s to %s) lies inside %s (until %s): the two overlap, and the days they share belong to neither for sure; set %s's end to %s, or correct %s's start and end",
				pe.ID, model.FormatDate(pe.Start), model.FormatDate(pe.End), prev.ID, model.FormatDate(prev.End), prev.ID, model.FormatDate(pe.Start.AddDate(0, 0, -1)), pe.ID))
		case !pe.Start.After(prev.End):
			// Two periods on one day: a report or review dated then, and
			// the expected progress, belong to both (probe 14, C3).
			c.add(p.File, pe.At.Of("start"), diag.DateOrder, i18n.F("期次 %s 的 start（%s）不晚于上一期 %s 的 end（%s）：两期重叠，重叠的日子算哪一期说不清；把 start 改为 %s，或改正 %s 的 end",
				"period %s starts (%s) on or before the end of %s (%s): the two overlap, and the days they share belong to neither for sure; set start to %s, or correct %s's end",
				pe.ID, model.FormatDate(pe.Start), prev.ID, model.FormatDate(prev.End), model.FormatDate(prev.End.AddDate(0, 0, 1)), prev.ID))
		case pe.Start.After(prev.End.AddDate(0, 0, 1)):
			// Days in no period: nothing done then is any period's.
			days := int(pe.Start.Sub(prev.End).Hours()/24) - 1
			c.add(p.File, pe.At.Of("start"), diag.DateOrder, i18n.F("期次 %s 的 start（%s）与上一期 %s 的 end（%s）之间空了 %d 天，不属于任何一期：把 start 改为 %s，或改正 %s 的 end",
				"period %[1]s starts (%[2]s) %[5]d days after %[3]s ends (%[4]s): those days are in no period; set start to %[6]s, or correct %[7]s's end",
				pe.ID, model.FormatDate(pe.Start), prev.ID, model.FormatDate(prev.End), days, model.FormatDate(prev.End.AddDate(0, 0, 1)), prev.ID))
		}
		prev = pe
	}
	if from := p.Require.From; from != "" {
		if _, ok := seen[from]; !ok {
			ids := make([]string, 0, len(p.Periods))
			for _, pe := range p.Periods {
				ids = append(ids, pe.ID)
			}
			msg := i18n.F("require.from 的期次“%s”不在 periods 中；写 plan.yaml 中的期次编号（要求从这一期开始执行）",
				"require.from: %q is not a period of periods; write the id of the period the requirement starts with", from)
			if s := load.Suggest(from, ids); s != "" {
				msg = join(msg, i18n.F("。是不是 %s？", ". Did you mean %s?", s))
			}
			c.add(p.File, p.At.Of("require.from"), diag.UnknownPeriod, msg)
		}
		if !p.Require.EvidenceDone && !p.At.Has("require.evidence") {
			// from says when a requirement starts; alone it requires nothing,
			// and the office would believe it had.
			c.add(p.File, p.At.Of("require.from"), diag.BadValue, i18n.T(
				"require 只写了 from，没有要求任何事：from 说明 evidence 从哪一期开始要求。要求已完成的任务附佐证材料，在 require 下加一行 evidence: done；不要求就删去 require",
				"require has only from, which requires nothing: from says from which period evidence is required. To have entries claiming done cite evidence, add evidence: done under require; otherwise remove require"))
		}
	}
}

func unitRules(c *ctx) {
	u := c.repo.Units
	if u == nil {
		return
	}
	// A name's first use is worded only when a second one is found: the
	// registry's thousands of names are nearly always each used once.
	type use int
	const (
		unitID use = iota
		unitName
		unitAlias
		group
		groupAlias
	)
	type def struct {
		pos   model.Pos
		use   use
		whose string // the unit's id or the group's name
	}
	what := func(d def) i18n.Text {
		switch d.use {
		case unitID:
			return i18n.F("单位 %s 的编号", "the id of unit %s", d.whose)
		case unitName:
			return i18n.F("单位 %s 的名称", "the name of unit %s", d.whose)
		case unitAlias:
			return i18n.F("单位 %s 的别名", "an alias of unit %s", d.whose)
		case group:
			return i18n.F("分组“%s”", "the group %q", d.whose)
		}
		return i18n.F("分组“%s”的别名", "an alias of the group %q", d.whose)
	}
	names := make(map[string]def, 2*len(u.Units)+len(u.Groups))
	claim := func(s string, p model.Pos, kind use, whose string) {
		if s == "" {
			return
		}
		if first, dup := names[s]; dup {
			w := what(first)
			c.add(u.File, p, diag.DuplicateName, i18n.T(
				fmt.Sprintf("名称“%s”已在第 %d 行用作%s；每个名称只能指向一个单位或分组", s, first.pos.Line, w.Zh),
				fmt.Sprintf("the name %q is already used on line %d for %s; each name must mean one unit or group", s, first.pos.Line, w.En)))
			return
		}
		names[s] = def{p, kind, whose}
	}
	ids := make(map[string]model.Pos, len(u.Units))
	for _, un := range u.Units {
		if model.ReservedName(un.ID) {
			c.add(u.File, un.At.Of("id"), diag.ReservedName, reserved(i18n.T("单位编号", "the unit id"), un.ID))
		}
		if un.ID != "" && !model.IsSlug(un.ID) {
			c.add(u.File, un.At.Of("id"), diag.BadID, i18n.F("单位编号“%s”无效：只能用小写英文字母、数字和连字符（如 chikan-org）",
				"unit id %q is invalid: use lower-case letters, digits and dashes (such as chikan-org)", un.ID))
		}
		if first, dup := ids[un.ID]; dup && un.ID != "" {
			c.add(u.File, un.At.Of("id"), diag.DuplicateID, i18n.F("单位编号“%s”重复：第 %d 行已定义", "unit id %q repeats: already defined on line %d", un.ID, first.Line))
		} else {
			ids[un.ID] = un.At.Of("id")
			claim(un.ID, un.At.Of("id"), unitID, un.ID)
		}
		c.fragment(u.File, model.Ref{Value: un.Name, Pos: un.At.Of("name")}, i18n.T("单位名称", "the unit name"))
		if un.Name != un.ID {
			claim(un.Name, un.At.Of("name"), unitName, un.ID)
		}
		for _, a := range un.Aliases {
			if a.Value != un.Name && a.Value != un.ID {
				claim(a.Value, a.Pos, unitAlias, un.ID)
			}
		}
	}
	for _, g := range u.Groups {
		c.fragment(u.File, model.Ref{Value: g.Name, Pos: g.At.Of("name")}, i18n.T("分组名称", "the group name"))
		claim(g.Name, g.At.Of("name"), group, g.Name)
		for _, a := range g.Aliases {
			if a.Value != g.Name {
				claim(a.Value, a.Pos, groupAlias, g.Name)
			}
		}
	}
	for _, un := range u.Units {
		from := c.periodName(u.File, un.At.Of("from"), "from", un.From)
		until := c.periodName(u.File, un.At.Of("until"), "until", un.Until)
		if from >= 0 && until >= 0 && until < from {
			c.add(u.File, un.At.Of("until"), diag.DateOrder, i18n.F("单位 %s 的 until（%s）早于 from（%s）：until 是最后报送的期次，from 是开始报送的期次",
				"unit %s: until (%s) comes before from (%s); until is the last period it reports in, from the first", un.ID, un.Until, un.From))
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
		case len(g.Members) == 0:
			c.add(u.File, g.At.Of("members"), diag.EmptyGroup, i18n.F("分组“%s”还没有列出成员：以它为责任单位的任务没有单位报送；请在 members 中列出单位编号",
				"the group %q lists no members yet: the tasks it owns have no unit to report; list the units' ids under members", g.Name))
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
	if parts := listedAsOne(r.Value); len(parts) == 1 && parts[0] != r.Value {
		if _, err := c.x.Registry.Resolve(parts[0]); err == nil {
			c.add(file, r.Pos, diag.UnresolvedOwner, i18n.T(
				fmt.Sprintf("%s“%s”在 units.yaml 中找不到：这是“%s”写了不止一遍；只写一次", what.Zh, r.Value, parts[0]),
				fmt.Sprintf("%s %q is not in units.yaml: it is %q written more than once; write it once", what.En, r.Value, parts[0])))
			return
		}
	} else if len(parts) > 1 {
		var unknown []string
		for _, p := range parts {
			if _, err := c.x.Registry.Resolve(p); err != nil {
				unknown = append(unknown, p)
			}
		}
		// 县财政局，县税务局 in one item: a full-width comma or 、 does not
		// separate a YAML list's items (walk 11), and "register it" would
		// have the clerk add a unit that does not exist. Where some of the
		// names are known, it is surely a list.
		if len(unknown) < len(parts) {
			zh := fmt.Sprintf("%s“%s”在 units.yaml 中找不到：这是 %d 个名称写在了一项里。列表中的各项要用半角逗号“,”分开（[%s]），或各占一行（- %s）",
				what.Zh, r.Value, len(parts), strings.Join(parts, ", "), strings.Join(parts, " / - "))
			en := fmt.Sprintf("%s %q is not in units.yaml: it is %d names written as one item. Separate a list's items with a half-width comma ([%s]), or write each on a line of its own (- %s)",
				what.En, r.Value, len(parts), strings.Join(parts, ", "), strings.Join(parts, " / - "))
			if len(unknown) > 0 {
				zh += fmt.Sprintf("；其中“%s”在 units.yaml 中也找不到，请登记或改正", strings.Join(unknown, "”“"))
				en += fmt.Sprintf("; of them, %q is not in units.yaml either: register or correct it", strings.Join(unknown, ", "))
			}
			c.add(file, r.Pos, diag.UnresolvedOwner, i18n.T(zh, en))
			return
		}
	}
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

// listedAsOne splits a value at the marks a clerk writes between names
// (，、；; and a comma inside a block list's item), outside brackets: the
// 、 of 各县（市、区）党委组织部 is part of one name. Nil when it holds none;
// a name written twice is given once.
func listedAsOne(v string) []string {
	if !strings.ContainsAny(v, "，、；;,") {
		return nil
	}
	var out []string
	depth, start := 0, 0
	add := func(p string) {
		if p = strings.TrimSpace(p); p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	for i, r := range v {
		switch {
		case strings.ContainsRune("（(〔[【", r):
			depth++
		case strings.ContainsRune("）)〕]】", r):
			depth = max(depth-1, 0)
		case depth == 0 && strings.ContainsRune("，、；;,", r):
			add(v[start:i])
			start = i + utf8.RuneLen(r)
		}
	}
	add(v[start:])
	return out
}

// periodName checks that a from or an until names a period of plan.yaml,
// and returns its plan order (-1 when it names none, or is not written).
func (c *ctx) periodName(file string, at model.Pos, field, id string) int {
	if id == "" || c.repo.Plan == nil {
		return -1
	}
	if i := c.x.PeriodIndex(id); i >= 0 {
		return i
	}
	ids := make([]string, 0, len(c.repo.Plan.Periods))
	for _, pe := range c.repo.Plan.Periods {
		ids = append(ids, pe.ID)
	}
	msg := i18n.F("%s 的期次“%s”不在 plan.yaml 的 periods 中；写 periods 中的期次编号", "%s: %q is not a period of plan.yaml; write the id of one of its periods", field, id)
	if s := load.Suggest(id, ids); s != "" {
		msg = join(msg, i18n.F("。是不是 %s？", ". Did you mean %s?", s))
	}
	c.add(file, at, diag.UnknownPeriod, msg)
	return -1
}
