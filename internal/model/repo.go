package model

import (
	"sync"
	"time"
)

// Index gives fast lookups over a loaded repository: tasks by key, owners of
// each task resolved to units, periods by id. Build it once and share it.
type Index struct {
	Repo     *Repo
	Registry *Registry
	tasks    map[string]*Task
	owners   map[string][]string // task key → unit ids
	// pairs numbers each (task, owner) pair, the pairs of a task one
	// after another in the order of its owners, the tasks in the order
	// of the repository: unit id → task key → number (Pair), and each
	// task's first number by its key.
	pairs     map[string]map[string]int
	firstPair map[string]int
	numPairs  int
	periods   map[string]int
	bounded   bool // some unit has a From or an Until
	memoMu    sync.Mutex
	memo      map[any]any
}

// Memo returns what build makes of the repository, made once per index
// and key (a type of the calling package): lookups other packages derive
// from the data, such as the book of reviews, shared by every view of one
// run. build must not call Memo.
func (x *Index) Memo(key any, build func() any) any {
	x.memoMu.Lock()
	defer x.memoMu.Unlock()
	if v, ok := x.memo[key]; ok {
		return v
	}
	if x.memo == nil {
		x.memo = map[any]any{}
	}
	v := build()
	x.memo[key] = v
	return v
}

// NewIndex builds the lookups of repo.
func NewIndex(repo *Repo) *Index {
	reg := NewRegistry(repo.Units)
	x := &Index{
		Repo:      repo,
		Registry:  reg,
		tasks:     make(map[string]*Task, len(repo.Tasks)),
		owners:    make(map[string][]string, len(repo.Tasks)),
		pairs:     make(map[string]map[string]int, len(reg.Units)),
		firstPair: make(map[string]int, len(repo.Tasks)),
		periods:   map[string]int{},
	}
	var keys []string
	tasks := make(map[string]int, len(reg.Units)) // how many tasks each unit owns
	for _, t := range repo.Tasks {
		k := TaskKey(t.ID)
		if _, dup := x.tasks[k]; dup {
			continue
		}
		x.tasks[k] = t
		units := reg.ResolveAll(Values(t.Owners))
		x.owners[k] = units
		keys = append(keys, k)
		for _, u := range units {
			tasks[u]++
		}
	}
	for _, k := range keys {
		x.firstPair[k] = x.numPairs
		for _, u := range x.owners[k] {
			m := x.pairs[u]
			if m == nil {
				m = make(map[string]int, tasks[u]) // made to size: a unit's maps are most of the index
				x.pairs[u] = m
			}
			m[k] = x.numPairs
			x.numPairs++
		}
	}
	if repo.Units != nil {
		for _, u := range repo.Units.Units {
			x.bounded = x.bounded || u.From != "" || u.Until != ""
		}
	}
	if repo.Plan != nil {
		for i, p := range repo.Plan.Periods {
			if _, dup := x.periods[p.ID]; !dup {
				x.periods[p.ID] = i
			}
		}
	}
	return x
}

// Task returns the task with id (in any spelling of it), or nil.
func (x *Index) Task(id string) *Task { return x.tasks[TaskKey(id)] }

// TaskOfKey is Task for an id already made a key (TaskKey).
func (x *Index) TaskOfKey(key string) *Task { return x.tasks[key] }

// Owners returns the ids of the units responsible for the task, in registry order.
func (x *Index) Owners(taskID string) []string { return x.owners[TaskKey(taskID)] }

// Owns reports whether unit is responsible for task.
func (x *Index) Owns(unit, taskID string) bool {
	_, ok := x.pairs[unit][TaskKey(taskID)]
	return ok
}

// Pair returns the number of the pair of unit and the task of key
// (TaskKey), and whether unit is responsible for it. The numbers run from
// 0 to Pairs()-1; a task's pairs are numbered one after another in the
// order of Owners from FirstPair, and the tasks in the order of the
// repository (the first of each id), so that one slice can hold a value
// for each pair.
func (x *Index) Pair(unit, key string) (int, bool) { return x.UnitPairs(unit).Pair(key) }

// FirstPair is the number of the first pair of the task of key (TaskKey):
// its first owner's. Its other owners' follow, in the order of Owners.
func (x *Index) FirstPair(key string) int { return x.firstPair[key] }

// Pairs is the number of (task, owner) pairs Pair numbers.
func (x *Index) Pairs() int { return x.numPairs }

// UnitPairs is Pair for one unit, looked up once for many of its tasks
// (the entries of one report).
func (x *Index) UnitPairs(unit string) UnitPairs { return UnitPairs{x.pairs[unit]} }

// UnitPairs numbers one unit's pairs (Index.UnitPairs).
type UnitPairs struct{ m map[string]int }

// Pair is Index.Pair for the unit.
func (p UnitPairs) Pair(key string) (int, bool) {
	n, ok := p.m[key]
	return n, ok
}

// PeriodIndex returns the plan order of a period, or -1.
func (x *Index) PeriodIndex(id string) int {
	if i, ok := x.periods[id]; ok {
		return i
	}
	return -1
}

// InList says whether task t is on the list in the period of plan order
// pi: from its From period on (a From that names no period is an error
// check reports, and bounds nothing).
func (x *Index) InList(t *Task, pi int) bool {
	if t.From == "" {
		return true
	}
	from := x.PeriodIndex(t.From)
	return from < 0 || pi >= from
}

// Serving says whether unit reports in the period of plan order pi: from
// its From period to its Until period (names of no period bound nothing).
func (x *Index) Serving(unit string, pi int) bool {
	if !x.bounded {
		return true
	}
	u := x.Registry.Unit(unit)
	if u == nil || u.From == "" && u.Until == "" {
		return true
	}
	if from := x.PeriodIndex(u.From); u.From != "" && from >= 0 && pi < from {
		return false
	}
	if until := x.PeriodIndex(u.Until); u.Until != "" && until >= 0 && pi > until {
		return false
	}
	return true
}

// OwnersIn returns the units responsible for the task that report in the
// period of plan order pi, in registry order.
func (x *Index) OwnersIn(taskID string, pi int) []string {
	all := x.owners[TaskKey(taskID)]
	if !x.bounded {
		return all
	}
	var out []string
	for _, u := range all {
		if x.Serving(u, pi) {
			out = append(out, u)
		}
	}
	return out
}

// Starts returns the day the time task t's progress is judged against
// starts: the plan's start, or the start of the period it joined the list in.
func (x *Index) Starts(t *Task) time.Time {
	plan := x.Repo.Plan
	if i := x.PeriodIndex(t.From); t.From != "" && i >= 0 {
		return plan.Periods[i].Start
	}
	return plan.Start
}

// UnitTasksIn returns, for each unit id, the ids of the tasks it owes
// reports on in the period of plan order pi, in task order.
func (x *Index) UnitTasksIn(pi int) map[string][]string {
	out := map[string][]string{}
	for _, t := range x.Repo.Tasks {
		k := TaskKey(t.ID)
		if x.tasks[k] != t || !x.InList(t, pi) {
			continue
		}
		for _, u := range x.owners[k] {
			if x.Serving(u, pi) {
				out[u] = append(out[u], t.ID)
			}
		}
	}
	return out
}

// UnitTasks returns, for each unit id, the keys of the tasks it owns, in task order.
func (x *Index) UnitTasks() map[string][]string {
	out := map[string][]string{}
	for _, t := range x.Repo.Tasks {
		k := TaskKey(t.ID)
		if x.tasks[k] != t {
			continue
		}
		for _, u := range x.owners[k] {
			out[u] = append(out[u], t.ID)
		}
	}
	return out
}
