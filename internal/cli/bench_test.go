package cli_test

import (
	"io"
	"path/filepath"
	"testing"

	"tally/internal/cli"
	"tally/internal/gen"
)

// province is the DESIGN §8 repository, generated once.
func province(b *testing.B) string {
	dir, err := gen.Cached(gen.Province)
	if err != nil {
		b.Fatal(err)
	}
	return dir
}

// benchCommand times a whole command in-process.
func benchCommand(b *testing.B, args ...string) {
	dir := province(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if code := cli.Main(append([]string{"-C", dir}, args...), io.Discard, io.Discard); code > 1 {
			b.Fatalf("exit %d", code)
		}
	}
}

func BenchmarkCheckProvince(b *testing.B)   { benchCommand(b, "check", "--format", "json") }
func BenchmarkSummaryProvince(b *testing.B) { benchCommand(b, "summary", "--format", "json") }
func BenchmarkExportProvince(b *testing.B) {
	out := filepath.Join(b.TempDir(), "p.xlsx")
	benchCommand(b, "export", "--force", "-o", out)
}

func BenchmarkSiteProvince(b *testing.B) {
	out := filepath.Join(b.TempDir(), "site")
	benchCommand(b, "site", "-o", out)
}

// The history targets (DESIGN §8: history costs what changed) on the
// province written as a git history.
func benchHistory(b *testing.B, args ...string) {
	dir, err := gen.CachedHistory(gen.Province)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if code := cli.Main(append([]string{"-C", dir}, args...), io.Discard, io.Discard); code > 1 {
			b.Fatalf("exit %d", code)
		}
	}
}

func BenchmarkLogProvince(b *testing.B)           { benchHistory(b, "log") }
func BenchmarkDiffOneReportProvince(b *testing.B) { benchHistory(b, "diff", "HEAD~4", "HEAD~3") }
func BenchmarkDiffQuarterProvince(b *testing.B)   { benchHistory(b, "diff", "HEAD~1", "HEAD") }

func BenchmarkFormsProvince(b *testing.B) {
	out := filepath.Join(b.TempDir(), "forms")
	benchCommand(b, "forms", "--period", "2024Q4", "--force", "-o", out)
}
