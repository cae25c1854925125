//go:build unix

package main

import (
	"os"
	"syscall"
)

// rssMeasured says whether peakRSS can read a finished process's peak memory.
const rssMeasured = true

// peakRSS is the finished process's peak resident memory as getrusage
// gives it: KB on Linux (bytes on macOS, where the targets are not kept).
func peakRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return int64(ru.Maxrss)
	}
	return 0
}
