package cli

import (
	"os"
	"runtime/debug"
)

// tally's work is one burst of parsing that allocates a lot of short-lived
// YAML nodes: collecting a quarter as often saves a seventh of the time of a
// province-sized check. memoryLimit is a soft cap on the heap that makes
// the collector work harder near it; once the data files are counted, the
// cap is set to what the command needs for that many (roomFor), so that
// memory stays under what an office PC should spend (DESIGN §8: under 500
// MB; issue #28: check under 100 MB, export under 250 MB for a province).
// Every fresh page the heap takes costs the system a page fault, so a
// heap held near its live size is faster too. GOGC and GOMEMLIMIT
// override both. Every memory setting of tally lives in this file.
const (
	gcPercent   = 400
	memoryLimit = 384 << 20
	minLimit    = 64 << 20
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

// bytesPerFile is the soft memory limit per data file: about 1.5 times
// the live heap per file at the peak of an export (the hungriest command,
// 19 KB a file), measured on the generated province repository: room for
// the data and for the collector to work in.
const bytesPerFile = 28 << 10

// textlessBytesPerFile is bytesPerFile for a load that keeps no report
// text (check): twice its live heap per file.
const textlessBytesPerFile = 8 << 10

// numbersBytesPerFile is bytesPerFile for a command that keeps no report
// text but builds a ledger and its view (summary, missing, overdue,
// remind, brief, tasks, units): 1.6 times the live heap per file of a
// summary at its peak; at check's budget the collector ran a dozen times
// where it runs four.
const numbersBytesPerFile = 12 << 10

// roomFor sets the soft memory limit for a repository of files data
// files at perFile bytes each (at least minLimit), so that the collector
// neither lets the heap grow far past what the command holds nor runs
// without end on data that simply needs more. GOMEMLIMIT, when set,
// rules.
func roomFor(files int, perFile int64) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(max(int64(files)*perFile, minLimit))
}
