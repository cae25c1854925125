package history

import (
	"testing"

	"tally/internal/gen"
	"tally/internal/gitfs"
)

// BenchmarkLog walks the whole generated province history (DESIGN §8:
// history costs what changed).
func BenchmarkLog(b *testing.B) {
	dir, err := gen.CachedHistory(gen.Province)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		if _, err := Log(dir, LogOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompareQuarter compares the last two quarters: every report changes.
func BenchmarkCompareQuarter(b *testing.B) {
	dir, err := gen.CachedHistory(gen.Province)
	if err != nil {
		b.Fatal(err)
	}
	from, _ := gitfs.Verify(dir, "HEAD~1")
	to, _ := gitfs.Verify(dir, "HEAD")
	for i := 0; i < b.N; i++ {
		if _, err := Compare(dir, from, to); err != nil {
			b.Fatal(err)
		}
	}
}
