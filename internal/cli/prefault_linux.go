package cli

import (
	"runtime"
	"syscall"
	"unsafe"
)

// madvPopulateWrite is MADV_POPULATE_WRITE (Linux 5.14): back a range
// with writable memory now, in one call, as writing to each page would.
// madvHugePage is MADV_HUGEPAGE: back it with 2 MB pages where the system
// has them (transparent huge pages "madvise" or "always").
const (
	madvPopulateWrite = 23
	madvHugePage      = 14
)

// prefault has the system back n bytes of fresh heap in one call before
// the load needs them. Each first touch of a fresh page of the heap is a
// page fault, a trap into the kernel for every 4 KB; on a virtual machine
// a trap costs several microseconds, and a command's heap is mostly fresh
// pages: a fifth of summary's CPU went to them (BENCHMARKS.md, round 10).
// A block of n bytes is taken from the heap (fresh memory the runtime
// does not touch), backed in one madvise, and freed by a collection while
// the heap is still small; the heap then grows into its pages, which the
// runtime clears for each new use as it does any freed memory. The block
// is asked for in huge pages first: fewer pages to back, and fewer misses
// of the processor's page cache (TLB) while the load runs in them, which
// took a sixth of summary's user time. It changes nothing but where the
// time goes: where the system refuses either (before Linux 5.14, or
// without transparent huge pages) the pages are faulted in one by one,
// or backed 4 KB at a time, as before.
func prefault(n int64) {
	if n <= 0 {
		return
	}
	b := make([]byte, n)
	syscall.Syscall(syscall.SYS_MADVISE, uintptr(unsafe.Pointer(unsafe.SliceData(b))), uintptr(len(b)), madvHugePage)
	syscall.Syscall(syscall.SYS_MADVISE, uintptr(unsafe.Pointer(unsafe.SliceData(b))), uintptr(len(b)), madvPopulateWrite)
	runtime.KeepAlive(b)
	b = nil
	runtime.GC()
}
