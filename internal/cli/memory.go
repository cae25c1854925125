package cli

import (
	"os"
	"runtime"
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
// rules. It then has the system back three quarters of what the files
// need (files × perFile) of heap at once (prefault): memory the command's
// heap grows into anyway (perFile is 1.5 to 2 times its live heap a file
// at the peak, and the heap grows to the limit before it is collected),
// without a page fault for each page of it. It says whether prefault paused the collector's
// percent goal for the load, which afterLoad then sets again.
func roomFor(files int, perFile int64) (paused bool) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return false
	}
	need := int64(files) * perFile
	debug.SetMemoryLimit(max(need, minLimit))
	// What the data needs, not minLimit: a small repository's heap stays
	// far below that floor, and below prefaultMin the block and its
	// collection cost more than the faults they save.
	n := need / prefaultDiv * prefaultMul
	if n < prefaultMin {
		return false
	}
	return prefault(n)
}

// prefault has the system back n bytes of fresh heap in one call before
// the load needs them. Each first touch of a fresh page of the heap is a
// page fault, a trap into the kernel for every 4 KB; on a virtual machine
// a trap costs several microseconds, and a command's heap is mostly fresh
// pages: a fifth of summary's CPU went to them (BENCHMARKS.md, round 10).
// A block of n bytes is backed in one madvise (backBlock), in huge pages
// where the system has them (fewer pages to back, and fewer misses of
// the processor's page cache, the TLB, while the load runs in them), and
// freed by a collection while the heap is still small; the heap then
// grows into its pages, which the runtime clears for each new use as it
// does any freed memory. Where the system cannot (not Linux, or before
// Linux 5.14) nothing changes.
//
// Before that collection the collector's percent goal is paused (unless
// GOGC is set), and prefault says so: the collection would set the
// runtime's goal for memory to keep from a heap then nearly empty, and
// the runtime would hand most of the block back to the system while the
// load grows into it (91 of the site's 163 MB, by strace). While the
// load runs, the memory limit alone bounds the heap, as it does from the
// load's second collection on anyway (400% of the live heap is over the
// limit by then); afterLoad sets the percent again.
func prefault(n int64) (paused bool) {
	if !backBlock(n) {
		return false
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(-1)
		paused = true
	}
	runtime.GC()
	return paused
}

// afterLoad ends what roomFor began for the load: the collector's percent
// goal, paused, is set again.
func afterLoad(paused bool) {
	if paused {
		debug.SetGCPercent(gcPercent)
	}
}

// roomFor backs prefaultMul/prefaultDiv of what the files need at once. On
// the province (BENCHMARKS.md, round 10), three quarters took summary's
// page faults from 18,000 to 3,100 and its CPU by a further tenth after
// a half, with peak memory 2 MB more than with a half (export and forms
// the same, the site 20 MB more); the whole limit raised summary's peak
// by 20 MB and saved nothing more.
const (
	prefaultMul = 3
	prefaultDiv = 4
	prefaultMin = 16 << 20 // about a thousand report files
)
