package cli

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestPrefaultBacksTheHeap holds prefault to what it is for: a fresh
// process that allocates 32 MB of small objects after prefault(64 MB)
// takes a small part of the page faults of one that does not (each
// page fault is what made a fifth of summary's CPU). Each run is a
// process of its own, so that its heap is fresh.
func TestPrefaultBacksTheHeap(t *testing.T) {
	if mode := os.Getenv("TALLY_PREFAULT_CHILD"); mode != "" {
		if mode == "on" {
			prefault(64 << 20)
		}
		var before, after syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &before)
		keep := make([][]byte, 0, 32<<20/512)
		for range cap(keep) {
			keep = append(keep, make([]byte, 512))
		}
		syscall.Getrusage(syscall.RUSAGE_SELF, &after)
		os.Stdout.WriteString("faults " + strconv.FormatInt(after.Minflt-before.Minflt, 10) + "\n")
		return
	}
	if raceDetector {
		t.Skip("under the race detector the page faults of its shadow memory outnumber the heap's")
	}
	// The system must know MADV_POPULATE_WRITE (Linux 5.14) for it to help.
	page, err := syscall.Mmap(-1, 0, 4096, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Madvise(page, madvPopulateWrite); err != nil {
		t.Skipf("this system does not back memory in advance: %v", err)
	}
	syscall.Munmap(page)
	faults := func(mode string) int {
		cmd := exec.Command(os.Args[0], "-test.run=^TestPrefaultBacksTheHeap$", "-test.count=1")
		cmd.Env = append(os.Environ(), "TALLY_PREFAULT_CHILD="+mode, "GOGC=", "GOMEMLIMIT=")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%s: %v\n%s", mode, err, out)
		}
		for _, line := range strings.Split(string(out), "\n") {
			if n, ok := strings.CutPrefix(line, "faults "); ok {
				v, err := strconv.Atoi(n)
				if err != nil {
					t.Fatal(err)
				}
				return v
			}
		}
		t.Fatalf("%s: no count in %q", mode, out)
		return 0
	}
	off, on := faults("off"), faults("on")
	t.Logf("page faults allocating 32 MB: %d without prefault, %d after it", off, on)
	if off < 4096 {
		t.Fatalf("allocating 32 MB fresh took %d page faults: the test no longer measures what it should", off)
	}
	if on*4 > off {
		t.Errorf("after prefault, allocating 32 MB took %d page faults, without it %d: prefault does not back the heap", on, off)
	}
}
