package cli

import (
	"fmt"
	"slices"
	"strings"
	"testing/fstest"

	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/notice"
	"tally/internal/render"
	"tally/internal/yamlfmt"
)

// bound is a reused unit's from or until, placed in a new list's periods:
// a unit that joined a group in the third quarter is not counted from the
// first in the new ledger either.
type bound struct {
	Unit, Name string
	Field      string // "from" or "until"
	Was        string // as the --units file writes it
	Now        string // as the new units.yaml writes it; "" for none
	Left       bool   // the unit reports in no period of the new list
	Why        i18n.Text
}

// bounds places each reused unit's from and until in the new list's
// periods ps: a period of the same id is kept; one the plan.yaml beside
// the --units file dates is moved to the new period it falls in, or
// dropped where it lies before the new list starts (from) or after it ends
// (until); one no plan dates is written as it was, and tally check names
// it. A unit whose until ends before the new list, or whose from starts
// after it, reports in none of its periods.
//
// A unit that left but that the notice names as an owner itself stays,
// with no bound: the notice is the new list.
func (r *reuse) bounds(ps []notice.Period, named func(notice.Known) bool) []bound {
	if r == nil || len(ps) == 0 {
		return nil
	}
	newIDs := map[string]bool{}
	for _, p := range ps {
		newIDs[p.ID] = true
	}
	// A period dates a bound only where both its start and its end read
	// and run in order: one whose dates are missing or unreadable would
	// place a from or an until at year 1 (the unit dropped as having left
	// before the new list, unsaid why), so it is not dated.
	old := map[string]model.Period{}
	for _, p := range r.periods {
		if !p.Start.IsZero() && !p.End.IsZero() && !p.End.Before(p.Start) {
			old[p.ID] = p
		}
	}
	first, last := ps[0], ps[len(ps)-1]
	var out []bound
	r.eachBound(func(k notice.Known, u model.Unit, field, id string) {
		b := bound{Unit: u.ID, Name: u.Name, Field: field, Was: id}
		p, dated := old[id]
		gone := dated && (field == "from" && p.Start.After(last.End) || field == "until" && p.End.Before(first.Start))
		switch {
		case gone && named(k):
			b.Why = i18n.F("%s: %s（%s 至 %s）在新清单之外，但通知仍列它为责任单位：照常列入，不写 %s",
				"%s: %s (%s to %s) lies outside the new list, but the notice names it as an owner: it is listed, with no %s",
				field, id, model.FormatDate(p.Start), model.FormatDate(p.End), field)
		case newIDs[id]:
			b.Now = id
			b.Why = i18n.F("沿用 %s: %s", "kept %s: %s", field, id)
		case !dated:
			b.Now = id
			b.Why = i18n.F("%s: %s 不是新清单的期次，%s 旁也没有写明它起止日期的 plan.yaml：照原样写入，tally check 会指出；请改成新清单的期次或删去",
				"%s: %s is no period of the new list, and no plan.yaml beside %s dates it: written as it was, and tally check names it; change it to a period of the new list or drop it",
				field, id, r.file)
		case field == "from" && p.Start.After(last.End):
			b.Left = true
			b.Why = i18n.F("from: %s 始于 %s，在新清单结束之后：新清单中不报送，未列入", "from: %s starts on %s, after the new list ends: it reports in none of its periods and was left out",
				id, model.FormatDate(p.Start))
		case field == "until" && p.End.Before(first.Start):
			b.Left = true
			b.Why = i18n.F("until: %s 止于 %s，在新清单开始之前已退出：未列入", "until: %s ended on %s, before the new list starts: it had left, and was left out",
				id, model.FormatDate(p.End))
		case field == "from" && !p.Start.After(first.Start):
			b.Why = i18n.F("from: %s 始于 %s，不晚于新清单的第一期 %s：各期都报送，不写 from", "from: %s starts on %s, not after the new list's first period %s: it reports in every period, and no from is written",
				id, model.FormatDate(p.Start), first.ID)
		case field == "until" && !p.End.Before(last.End):
			b.Why = i18n.F("until: %s 止于 %s，不早于新清单的最后一期 %s：各期都报送，不写 until", "until: %s ends on %s, not before the new list's last period %s: it reports in every period, and no until is written",
				id, model.FormatDate(p.End), last.ID)
		default:
			b.Now = place(ps, field, p)
			b.Why = i18n.F("%s: %s（%s 至 %s）在新清单中是 %s", "%s: %s (%s to %s) is %s in the new list",
				field, id, model.FormatDate(p.Start), model.FormatDate(p.End), b.Now)
		}
		out = append(out, b)
	})
	return out
}

// place is the new period a from (the first holding the old period's
// start) or an until (the last starting by the old period's end) falls in.
func place(ps []notice.Period, field string, p model.Period) string {
	if field == "from" {
		for _, q := range ps {
			if !q.End.Before(p.Start) {
				return q.ID
			}
		}
		return ps[len(ps)-1].ID
	}
	for i := len(ps) - 1; i >= 0; i-- {
		if !ps[i].Start.After(p.End) {
			return ps[i].ID
		}
	}
	return ps[0].ID
}

// forNotice is what a new units.yaml for the notice n takes from r: the
// units and groups to match its owners against, and the bounds placed in
// its periods.
func (r *reuse) forNotice(n *notice.Notice) ([]notice.Known, []bound) {
	if r == nil {
		return nil, nil
	}
	owners := n.Owners()
	named := func(k notice.Known) bool {
		for _, o := range owners {
			if len(notice.Unmatched([]string{o}, []notice.Known{k})) == 0 {
				return true
			}
		}
		return false
	}
	// Only the units the new units.yaml brings: those the notice names,
	// and the members of the groups it names.
	brought := map[string]bool{}
	if u := load.Load(fstest.MapFS{"units.yaml": {Data: []byte(notice.UnitsFile(owners, r.known))}}).Repo.Units; u != nil {
		for _, un := range u.Units {
			brought[un.ID] = true
		}
	}
	bs := slices.DeleteFunc(r.bounds(n.Periods(), named), func(b bound) bool { return !brought[b.Unit] })
	return withoutLeft(r.known, bs), bs
}

// withoutLeft is known less the units that report in no period of the new
// list, as the members of its groups: a group brought to the new list does
// not bring them, whether it lists them by id or by name (市县党委组织部
// lists 市委组织部).
func withoutLeft(known []notice.Known, bs []bound) []notice.Known {
	left := map[string]bool{}
	for _, b := range bs {
		if b.Left {
			left[b.Unit] = true
		}
	}
	if len(left) == 0 {
		return known
	}
	var gone []notice.Known
	for _, k := range known {
		if !k.Group && left[k.ID] {
			gone = append(gone, k)
		}
	}
	isLeft := func(m string) bool {
		return left[m] || len(notice.Unmatched([]string{m}, gone)) == 0
	}
	out := make([]notice.Known, 0, len(known))
	for _, k := range known {
		if k.Group {
			k.Members = slices.DeleteFunc(slices.Clone(k.Members), isLeft)
		}
		out = append(out, k)
	}
	return out
}

// boundUnitsFile writes the bounds kept into units (a units.yaml as
// notice.UnitsFile writes it) under each unit's id, in the canonical
// layout.
func boundUnitsFile(units string, bs []bound) string {
	lines := map[string]string{}
	for _, b := range bs {
		if b.Now != "" && !b.Left {
			lines[b.Unit] += "    " + b.Field + ": " + yamlfmt.Scalar(b.Now) + "\n"
		}
	}
	if len(lines) == 0 {
		return units
	}
	for id, add := range lines {
		head := "  - id: " + yamlfmt.Scalar(id) + "\n"
		if i := strings.Index(units, head); i >= 0 {
			units = units[:i+len(head)] + add + units[i+len(head):]
		}
	}
	if out, err := yamlfmt.Format(yamlfmt.Units, []byte(units)); err == nil {
		return string(out)
	}
	return units
}

// shownBounds are the bounds the account lists: of a unit left out, only
// why.
func shownBounds(bs []bound) []bound {
	left := map[string]bool{}
	for _, b := range bs {
		if b.Left {
			left[b.Unit] = true
		}
	}
	return slices.DeleteFunc(slices.Clone(bs), func(b bound) bool { return left[b.Unit] && !b.Left })
}

// reuseAccount says what --units brought that a person has to know: the
// owners its units.yaml did not name got new ids (the same unit, spelt
// otherwise, would report twice), and its units' from and until as the
// new list has them.
func (a *app) reuseAccount(n *notice.Notice, r *reuse, dryRun bool) {
	file := render.Safe(r.file)
	if r.own {
		// The folder's own units.yaml is not written: the owners it does
		// not know are for the officer to register, as in an existing
		// ledger (tally check says R310 of each until then).
		if un := notice.Unmatched(n.Owners(), r.known); len(un) > 0 {
			fmt.Fprintln(a.stderr, a.t("units.yaml 已有，未改动；以下责任单位在其中找不到（名称和别名都对不上），请登记：是其中某个单位的另一种写法的，写作那个单位的别名，是新单位的，新增一个单位或分组：",
				"units.yaml is there already and was left as it is; these owners match no name or alias in it: register each, as an alias of the unit it is another spelling of, or as a new unit or group:"))
			for _, u := range un {
				fmt.Fprintln(a.stderr, "  "+render.Safe(u))
			}
		} else {
			fmt.Fprintln(a.stderr, a.t("units.yaml 已有，未改动：通知中的责任单位都能在其中找到。", "units.yaml is there already and was left as it is: it knows every owner of the notice."))
		}
		a.ownBounds(n, r)
		return
	}
	if un := notice.Unmatched(n.Owners(), r.known); len(un) > 0 {
		added := i18n.T("已在 units.yaml 中另建", "were added to units.yaml anew")
		if dryRun {
			added = i18n.T("写入时将在 units.yaml 中另建", "would be added to units.yaml anew")
		}
		fmt.Fprintln(a.stderr, a.t("以下责任单位在 "+file+" 中找不到（名称和别名都对不上），"+added.Zh+"：请核对是不是其中某个单位的另一种写法，是的话把它写作那个单位的别名：",
			"these owners match no name or alias of "+file+" and "+added.En+": check whether one is another spelling of a unit there, and if so make it that unit's alias:"))
		for _, u := range un {
			fmt.Fprintln(a.stderr, "  "+render.Safe(u))
		}
	}
	_, bs := r.forNotice(n)
	if bs = shownBounds(bs); len(bs) > 0 {
		fmt.Fprintln(a.stderr, a.t("沿用 "+file+" 中单位的起止期次（from、until）：",
			"the first and last periods (from, until) of "+file+"'s units:"))
		for _, b := range bs {
			fmt.Fprintln(a.stderr, "  "+render.Safe(b.Unit+" "+b.Name)+a.t("：", ": ")+render.Safe(a.t(b.Why.Zh, b.Why.En)))
		}
	}
}

// reusedJSON is reuseAccount's content for import --format json; nil
// without --units.
func (a *app) reusedJSON(n *notice.Notice, r *reuse) *render.ImportReusedJSON {
	if r == nil {
		return nil
	}
	out := &render.ImportReusedJSON{File: r.file, Kept: r.own, Unmatched: []string{}, Bounds: []render.ImportBoundJSON{}}
	out.Unmatched = append(out.Unmatched, notice.Unmatched(n.Owners(), r.known)...)
	if r.own {
		return out // its own from and until stay as they are
	}
	_, bs := r.forNotice(n)
	for _, b := range shownBounds(bs) {
		out.Bounds = append(out.Bounds, render.ImportBoundJSON{Unit: b.Unit, Name: b.Name, Field: b.Field, Was: b.Was, Now: b.Now,
			Left: b.Left, Message: a.t(b.Why.Zh, b.Why.En)})
	}
	return out
}

// ownBounds lists the from and until of the folder's own units.yaml that
// name no period of the new list: written before the notice, they may
// name periods of another year or be written otherwise (2024-06), and the
// import, which leaves the file as it is, said all was well until tally
// check said R303 (probe 13).
func (a *app) ownBounds(n *notice.Notice, r *reuse) {
	ps := n.Periods()
	if len(ps) == 0 {
		return
	}
	ids := map[string]bool{}
	for _, p := range ps {
		ids[p.ID] = true
	}
	var lines []string
	r.eachBound(func(_ notice.Known, u model.Unit, field, id string) {
		if !ids[id] {
			lines = append(lines, "  "+render.Safe(u.ID)+"（"+render.Safe(u.Name)+"）"+field+": "+render.Safe(id))
		}
	})
	if len(lines) == 0 {
		return
	}
	fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("units.yaml 中以下单位的起止期次不是新清单的期次（%s 至 %s），tally check 会报错：请改为新清单的期次，或删去：", ps[0].ID, ps[len(ps)-1].ID),
		fmt.Sprintf("these units' from or until in units.yaml name no period of the new list (%s to %s), and tally check would report them: write a period of the new list, or delete it:", ps[0].ID, ps[len(ps)-1].ID)))
	for _, l := range lines {
		fmt.Fprintln(a.stderr, l)
	}
}

// eachBound calls f for each written from and until of the units known
// (once a unit, groups passed over), with the known entry that matched.
func (r *reuse) eachBound(f func(k notice.Known, u model.Unit, field, id string)) {
	seen := map[string]bool{}
	for _, k := range r.known {
		u, ok := r.units[k.ID]
		if k.Group || !ok || seen[u.ID] {
			continue
		}
		seen[u.ID] = true
		if u.From != "" {
			f(k, u, "from", u.From)
		}
		if u.Until != "" {
			f(k, u, "until", u.Until)
		}
	}
}
