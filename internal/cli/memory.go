package cli

import (
	"os"
	"runtime/debug"
)

// tally's work is one burst of parsing that allocates a lot of short-lived
// YAML nodes: collecting a quarter as often saves a seventh of the time of a
// province-sized check. memoryLimit is a soft cap on the heap that makes
// the collector work harder near it, so memory stays under what an office
// PC should spend (DESIGN §8: under 500 MB). GOGC and GOMEMLIMIT override
// both. Every memory setting of tally lives in this file.
const (
	gcPercent   = 400
	memoryLimit = 384 << 20
)

// tuneMemory sets the collector for tally's work; the command calls it
// once at start.
func tuneMemory() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}

// bytesPerFile is twice the live heap per data file at the peak of an
// export (the hungriest command), measured on the generated province
// repository: room for the data and for the collector to work in.
const bytesPerFile = 52 << 10

// roomFor raises the soft memory limit for a repository larger than a
// province, so that the collector does not run without end on data that
// simply needs more memory. GOMEMLIMIT, when set, rules.
func roomFor(files int) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if want := int64(files) * bytesPerFile; want > debug.SetMemoryLimit(-1) {
		debug.SetMemoryLimit(want)
	}
}
