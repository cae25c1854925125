package model

import "sort"

// Registry resolves the names a notice uses (unit ids, names, aliases, group
// names and aliases) to units. They share one namespace; where a string is
// defined twice the first definition wins here and check reports the clash.
type Registry struct {
	Units  []Unit
	Groups []Group
	byID   map[string]int
	names  map[string]entity
	memo   map[int][]int // group index → unit indexes, sorted
	sorted []string      // every name, sorted, for suggestions
}

type entity struct {
	unit  int // index into Units, or -1
	group int // index into Groups, or -1
}

// ResolveError says why a name resolves to no units.
type ResolveError struct {
	Unknown string   // a name nobody defines
	Cycle   []string // group names forming a cycle
}

// NewRegistry indexes u. A nil u gives an empty registry.
func NewRegistry(u *Units) *Registry {
	if u == nil {
		return &Registry{byID: map[string]int{}, names: map[string]entity{}, memo: map[int][]int{}}
	}
	// Made to size: an id and a name for each unit, a name for each group.
	r := &Registry{byID: make(map[string]int, len(u.Units)), names: make(map[string]entity, 2*len(u.Units)+len(u.Groups)),
		memo: make(map[int][]int, len(u.Groups))}
	r.Units, r.Groups = u.Units, u.Groups
	add := func(s string, e entity) {
		if s == "" {
			return
		}
		if _, dup := r.names[s]; !dup {
			r.names[s] = e
		}
	}
	for i, un := range u.Units {
		if _, dup := r.byID[un.ID]; !dup && un.ID != "" {
			r.byID[un.ID] = i
		}
		add(un.ID, entity{i, -1})
		add(un.Name, entity{i, -1})
		for _, a := range un.Aliases {
			add(a.Value, entity{i, -1})
		}
	}
	for i, g := range u.Groups {
		add(g.Name, entity{-1, i})
		for _, a := range g.Aliases {
			add(a.Value, entity{-1, i})
		}
	}
	// Resolve every group now, so that lookups afterwards only read and a
	// registry can be shared between goroutines.
	for _, g := range u.Groups {
		r.resolve(g.Name, nil)
	}
	for n := range r.names {
		r.sorted = append(r.sorted, n)
	}
	sort.Strings(r.sorted)
	return r
}

// Unit returns the unit with id, or nil.
func (r *Registry) Unit(id string) *Unit {
	if i, ok := r.byID[id]; ok {
		return &r.Units[i]
	}
	return nil
}

// UnitIndex returns the registry order of unit id, or -1.
func (r *Registry) UnitIndex(id string) int {
	if i, ok := r.byID[id]; ok {
		return i
	}
	return -1
}

// Names lists every string the registry knows, for suggestions.
func (r *Registry) Names() []string { return r.sorted }

// IsGroup reports whether name is a group's name or alias.
func (r *Registry) IsGroup(name string) bool {
	e, ok := r.names[name]
	return ok && e.group >= 0
}

// Resolve returns the ids of the units name stands for, in registry order.
func (r *Registry) Resolve(name string) ([]string, *ResolveError) {
	idx, err := r.resolve(name, nil)
	if err != nil {
		return nil, err
	}
	return r.ids(idx), nil
}

// ResolveAll resolves several names into one set, in registry order,
// skipping the names that do not resolve.
func (r *Registry) ResolveAll(names []string) []string {
	in := make([]bool, len(r.Units)) // by registry index: sorted and without repeats as it is read
	n := 0
	for _, name := range names {
		idx, err := r.resolve(name, nil)
		if err != nil {
			continue
		}
		for _, i := range idx {
			if !in[i] {
				in[i] = true
				n++
			}
		}
	}
	out := make([]string, 0, n)
	for i, ok := range in {
		if ok {
			out = append(out, r.Units[i].ID)
		}
	}
	return out
}

func (r *Registry) ids(idx []int) []string {
	out := make([]string, len(idx))
	for i, j := range idx {
		out[i] = r.Units[j].ID
	}
	return out
}

func (r *Registry) resolve(name string, path []int) ([]int, *ResolveError) {
	e, ok := r.names[name]
	if !ok {
		return nil, &ResolveError{Unknown: name}
	}
	if e.unit >= 0 {
		return []int{e.unit}, nil
	}
	g := e.group
	if m, ok := r.memo[g]; ok {
		return m, nil
	}
	for i, p := range path {
		if p == g {
			var cyc []string
			for _, q := range path[i:] {
				cyc = append(cyc, r.Groups[q].Name)
			}
			return nil, &ResolveError{Cycle: append(cyc, r.Groups[g].Name)}
		}
	}
	path = append(path, g)
	seen := map[int]bool{}
	var out []int
	for _, m := range r.Groups[g].Members {
		idx, err := r.resolve(m.Value, path)
		if err != nil {
			if err.Cycle != nil {
				return nil, err
			}
			continue // an unknown member is reported on its own; the rest still count
		}
		for _, i := range idx {
			if !seen[i] {
				seen[i] = true
				out = append(out, i)
			}
		}
	}
	sort.Ints(out)
	r.memo[g] = out
	return out, nil
}
