package model

import "sync"

// Index gives fast lookups over a loaded repository: tasks by key, owners of
// each task resolved to units, periods by id. Build it once and share it.
type Index struct {
	Repo     *Repo
	Registry *Registry
	tasks    map[string]*Task
	owners   map[string][]string // task key → unit ids
	owns     map[string]map[string]bool
	periods  map[string]int
	memoMu   sync.Mutex
	memo     map[any]any
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
	x := &Index{
		Repo:     repo,
		Registry: NewRegistry(repo.Units),
		tasks:    map[string]*Task{},
		owners:   map[string][]string{},
		owns:     map[string]map[string]bool{},
		periods:  map[string]int{},
	}
	for _, t := range repo.Tasks {
		k := TaskKey(t.ID)
		if _, dup := x.tasks[k]; dup {
			continue
		}
		x.tasks[k] = t
		units := x.Registry.ResolveAll(Values(t.Owners))
		x.owners[k] = units
		set := make(map[string]bool, len(units))
		for _, u := range units {
			set[u] = true
		}
		x.owns[k] = set
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

// Owners returns the ids of the units responsible for the task, in registry order.
func (x *Index) Owners(taskID string) []string { return x.owners[TaskKey(taskID)] }

// Owns reports whether unit is responsible for task.
func (x *Index) Owns(unit, taskID string) bool { return x.owns[TaskKey(taskID)][unit] }

// PeriodIndex returns the plan order of a period, or -1.
func (x *Index) PeriodIndex(id string) int {
	if i, ok := x.periods[id]; ok {
		return i
	}
	return -1
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
