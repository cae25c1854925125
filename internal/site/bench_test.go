package site_test

import (
	"os"
	"testing"

	"tally/internal/gen"
	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/site"
)

// BenchmarkBuild renders every page of the generated province's site
// (four periods, 200 tasks, 2,000 units), from loaded data.
func BenchmarkBuild(b *testing.B) {
	dir, err := gen.Cached(gen.Province)
	if err != nil {
		b.Fatal(err)
	}
	x := model.NewIndex(load.Load(os.DirFS(dir)).Repo)
	in := site.Input{Title: x.Repo.Plan.Title, Lang: i18n.Zh, Index: x, Source: "bench"}
	for i, p := range x.Repo.Plan.Periods {
		in.Ledgers = append(in.Ledgers, ledger.Build(x, i, ledger.Day(p.Due)))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		files, err := site.Build(in)
		if err != nil {
			b.Fatal(err)
		}
		size := 0
		for _, f := range files.Files {
			size += len(f.Data)
		}
		b.ReportMetric(float64(size)/1e6, "MB")
	}
}
