//go:build race

package cli

// raceDetector says the tests run under the race detector, whose shadow
// memory is faulted in page by page beside the heap whatever the heap
// does (TestPrefaultBacksTheHeap counts the process's page faults).
const raceDetector = true
