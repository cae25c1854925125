//go:build unix

package load

import "syscall"

// openFlags open a FIFO without waiting for a writer, so that the check
// for a regular file can refuse it.
const openFlags = syscall.O_NONBLOCK
