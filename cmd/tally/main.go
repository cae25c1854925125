// Command tally is a ledger for key-task lists kept as YAML in git.
package main

import (
	"os"
	"runtime/debug"

	"tally/internal/cli"
)

// tally's work is one burst of parsing that allocates a lot of short-lived
// YAML nodes: collecting a quarter as often saves a seventh of the time of a
// province-sized check. memoryLimit is a soft cap on the heap that makes
// the collector work harder near it, so memory stays under what an office
// PC should spend (DESIGN §8: under 500 MB). GOGC and GOMEMLIMIT override
// both.
const (
	gcPercent   = 400
	memoryLimit = 384 << 20
)

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}
