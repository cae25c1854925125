package ledger_test

import (
	"os"
	"testing"
	"time"

	"tally/internal/check"
	"tally/internal/gen"
	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"
)

func loadProvince(b *testing.B) *load.Result {
	dir, err := gen.Cached(gen.Province)
	if err != nil {
		b.Fatal(err)
	}
	return load.Load(os.DirFS(dir))
}

func BenchmarkLoad(b *testing.B) {
	dir, err := gen.Cached(gen.Province)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		load.Load(os.DirFS(dir))
	}
}

func BenchmarkCheckRules(b *testing.B) {
	res := loadProvince(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		check.Run(res, check.Options{Today: time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)})
	}
}

func BenchmarkLedger(b *testing.B) {
	x := model.NewIndex(loadProvince(b).Repo)
	end := x.Repo.Plan.Periods[3].Due
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ledger.Build(x, 3, ledger.Day(end))
	}
}

func BenchmarkIndex(b *testing.B) {
	repo := loadProvince(b).Repo
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		model.NewIndex(repo)
	}
}
