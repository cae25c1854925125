package model

import (
	"maps"
	"sync"
	"sync/atomic"
)

// Positions keep field names as numbers (FieldPos.field). The names are
// the decoders' own field tables (a few dozen, prefixed ones such as
// "warn.days" included), so the table only grows until every field has
// been seen once. Readers take it without a lock; a name not yet in it is
// added under one, in a new copy of the table. 0 is "", the node itself.
var (
	fieldIDs   atomic.Pointer[map[string]uint32]
	fieldIDsMu sync.Mutex
)

func init() {
	fieldIDs.Store(&map[string]uint32{"": 0})
}

// lookupField returns the number of a field name already in the table.
func lookupField(name string) (uint32, bool) {
	id, ok := (*fieldIDs.Load())[name]
	return id, ok
}

// fieldID returns the number of a field name, adding it to the table
// the first time.
func fieldID(name string) uint32 {
	if id, ok := lookupField(name); ok {
		return id
	}
	fieldIDsMu.Lock()
	defer fieldIDsMu.Unlock()
	t := *fieldIDs.Load()
	if id, ok := t[name]; ok {
		return id
	}
	n := maps.Clone(t)
	id := uint32(len(t))
	n[name] = id
	fieldIDs.Store(&n)
	return id
}
