package xlsx_test

import (
	"io"
	"os"
	"testing"

	"tally/internal/gen"
	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/xlsx"
)

func BenchmarkExport(b *testing.B) {
	dir, err := gen.Cached(gen.Province)
	if err != nil {
		b.Fatal(err)
	}
	x := model.NewIndex(load.Load(os.DirFS(dir)).Repo)
	lg := ledger.Build(x, 3, ledger.Day(x.Repo.Plan.Periods[3].Due))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := xlsx.Write(io.Discard, lg, x, xlsx.Meta{Title: "bench"}, i18n.Zh); err != nil {
			b.Fatal(err)
		}
	}
}
