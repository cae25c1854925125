package ledger

import "sort"

// rank orders the units that take part (Ranked) by share of tasks done,
// then mean progress (none lowest), then on-time submission; equal units
// share a rank (1, 2, 2, 4). The others follow, unranked (rank 0), in
// units.yaml order.
func rank(units []*UnitRow) {
	better := func(a, b *UnitRow) int {
		if a.Ranked() != b.Ranked() {
			return btoi(a.Ranked()) - btoi(b.Ranked())
		}
		if !a.Ranked() {
			return 0
		}
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
	sort.SliceStable(units, func(i, j int) bool { return better(units[i], units[j]) > 0 })
	for i, u := range units {
		switch {
		case !u.Ranked():
			u.Rank = 0
		case i > 0 && better(u, units[i-1]) == 0:
			u.Rank = units[i-1].Rank
		default:
			u.Rank = i + 1
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
