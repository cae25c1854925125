package ledger

import (
	"sort"

	"tally/internal/model"
)

// rankGroups lists the units.yaml groups with rank: true, in file order,
// with their members: each unit once, in the first such group it belongs
// to (DESIGN §2, revision 3).
func rankGroups(reg *model.Registry) []rankGroup {
	var out []rankGroup
	taken := map[string]bool{}
	for _, g := range reg.Groups {
		if !g.Rank {
			continue
		}
		ids, err := reg.Resolve(g.Name)
		if err != nil {
			continue // a cycle: check reports it
		}
		rg := rankGroup{Name: g.Name}
		for _, id := range ids {
			if !taken[id] {
				taken[id] = true
				rg.Units = append(rg.Units, id)
			}
		}
		out = append(out, rg)
	}
	return out
}

// rankGroup is a group whose members are ranked among themselves.
type rankGroup struct {
	Name  string
	Units []string // unit ids, registry order
}

// rank orders the units and ranks them (DESIGN §2, revision 3). Like is
// ranked with like: the members of each rank group among themselves, the
// units in no such group together, block by block in units.yaml's order of
// the groups, the rest last. Within a block the ranked units come first,
// by share of tasks done, then mean progress (none lowest), then on-time
// submission, equal units sharing a rank (1, 2, 2, 4); then the units that
// owe a report and have none without errors (未报送, 文件有误, 草稿未报),
// unranked (rank 0); then those that owe nothing (无需报送).
func rank(units []*UnitRow, groups []rankGroup) {
	block := map[string]int{}
	for i, g := range groups {
		for _, id := range g.Units {
			block[id] = i + 1
		}
	}
	// blockOf numbers the rest after every group.
	blockOf := func(u *UnitRow) int {
		if b := block[u.Unit.ID]; b > 0 {
			return b - 1
		}
		return len(groups)
	}
	for _, u := range units {
		u.RankGroup = ""
		if b := blockOf(u); b < len(groups) {
			u.RankGroup = groups[b].Name
		}
	}
	place := func(u *UnitRow) int {
		switch {
		case u.Ranked():
			return 0
		case u.NothingDue():
			return 2
		}
		return 1
	}
	better := func(a, b *UnitRow) int {
		if c := cmpFloat(share(a), share(b)); c != 0 {
			return c
		}
		if a.HasProgress != b.HasProgress {
			return btoi(a.HasProgress) - btoi(b.HasProgress)
		}
		if c := cmpFloat(a.Progress, b.Progress); c != 0 {
			return c
		}
		return btoi(!a.Late) - btoi(!b.Late)
	}
	sort.SliceStable(units, func(i, j int) bool {
		a, b := units[i], units[j]
		if ba, bb := blockOf(a), blockOf(b); ba != bb {
			return ba < bb
		}
		if pa, pb := place(a), place(b); pa != pb {
			return pa < pb
		}
		if place(a) == 0 {
			return better(a, b) > 0
		}
		return false // units.yaml order, as they came
	})
	pos := 0 // the unit's place among the ranked units of its block
	for i, u := range units {
		if i == 0 || blockOf(units[i-1]) != blockOf(u) {
			pos = 0
		}
		if !u.Ranked() {
			u.Rank = 0
			continue
		}
		pos++
		if pos > 1 && better(u, units[i-1]) == 0 {
			u.Rank = units[i-1].Rank
		} else {
			u.Rank = pos
		}
	}
}

func share(u *UnitRow) float64 {
	if u.Tasks == 0 {
		return 0
	}
	return float64(u.Done) / float64(u.Tasks)
}

func cmpFloat(a, b float64) int {
	switch {
	case a > b+1e-9:
		return 1
	case a < b-1e-9:
		return -1
	}
	return 0
}

// PraiseTop is how many places of a group's ranking the brief may praise
// (进展较好的单位), and PraiseMin how many of its units must be ranked for
// any to be: praising the first of two says nothing.
const (
	PraiseTop = 3
	PraiseMin = 3
)

// PraiseGroup is one rank group as the brief praises from it.
type PraiseGroup struct {
	Name   string // the units.yaml rank group, "" for the units ranked together
	Units  int    // its units
	Ranked int    // of them, those ranked
	// Praised are the units named as doing well, in rank order: none when
	// fewer than PraiseMin are ranked.
	Praised []*UnitRow
}

// Praise selects the units the brief names as doing well (进展较好的单位),
// rank group by rank group, as the office decided it: only ranked units
// in the first PraiseTop places of their group, that submitted on time,
// have no red or yellow light on any of their own items, and have done
// something (a task done, or progress above 0); and only in a group where
// at least PraiseMin units are ranked. So a unit is never both praised
// and named among the units with red items.
func Praise(lg *Ledger) []PraiseGroup {
	var out []PraiseGroup
	for i, u := range lg.Units {
		if i == 0 || u.RankGroup != lg.Units[i-1].RankGroup {
			out = append(out, PraiseGroup{Name: u.RankGroup})
		}
		g := &out[len(out)-1]
		g.Units++
		if u.Ranked() {
			g.Ranked++
		}
	}
	at := 0
	for gi := range out {
		g := &out[gi]
		units := lg.Units[at : at+g.Units]
		at += g.Units
		if g.Ranked < PraiseMin {
			continue
		}
		for _, u := range units {
			if u.Ranked() && u.Rank <= PraiseTop && !u.Late && u.RedItems == 0 && u.YellowItems == 0 &&
				(u.Done > 0 || u.HasProgress && u.Progress > 0) {
				g.Praised = append(g.Praised, u)
			}
		}
	}
	return out
}
