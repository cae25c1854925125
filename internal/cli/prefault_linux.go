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

// backBlock takes a block of n bytes from the heap (fresh memory, which
// the runtime does not touch) and has the system back it with memory in
// one call, asking for huge pages first; it says whether the system did.
// The block is garbage once it returns: the collection that frees it
// leaves its pages to the heap to grow into (prefault, memory.go).
func backBlock(n int64) bool {
	b := make([]byte, n)
	// The pointer is made a uintptr in the call itself (unsafe.Pointer's
	// rule 4), and b kept alive until both calls are done.
	syscall.Syscall(syscall.SYS_MADVISE, uintptr(unsafe.Pointer(unsafe.SliceData(b))), uintptr(len(b)), madvHugePage)
	_, _, errno := syscall.Syscall(syscall.SYS_MADVISE, uintptr(unsafe.Pointer(unsafe.SliceData(b))), uintptr(len(b)), madvPopulateWrite)
	runtime.KeepAlive(b)
	return errno == 0
}
