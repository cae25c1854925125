package render_test

import (
	"io"
	"os"
	"testing"

	"tally/internal/gen"
	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/render"
)

// BenchmarkSummaryJSON writes the province's summary as JSON: the last
// thing summary --format json does, on one core, after everything else.
func BenchmarkSummaryJSON(b *testing.B) {
	dir, err := gen.Cached(gen.Province)
	if err != nil {
		b.Fatal(err)
	}
	x := model.NewIndex(load.Load(os.DirFS(dir)).Repo)
	lg := ledger.Build(x, 3, ledger.Day(x.Repo.Plan.Periods[3].Due))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := render.Summary(io.Discard, render.FormatJSON, lg, "task", "", "tally", i18n.Zh); err != nil {
			b.Fatal(err)
		}
	}
}
