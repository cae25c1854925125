package gen_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tally/internal/check"
	"tally/internal/gen"
	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/yamlfmt"
)

var small = gen.Options{Tasks: 20, Units: 300, Periods: 4, Seed: 5, Missing: 0.1}

// A generated repository is valid (no errors in check), already in the
// canonical layout, and has what the benchmarks need: groups owning tasks,
// four quarters of reports, and units that did not report.
func TestGeneratedRepositoryIsValidCanonicalAndRealistic(t *testing.T) {
	dir := t.TempDir()
	if err := gen.Write(dir, small); err != nil {
		t.Fatal(err)
	}
	res := load.Load(os.DirFS(dir))
	x := model.NewIndex(res.Repo)
	diags := check.RunIndexed(res, x, check.Options{Today: time.Date(2025, 1, 31, 0, 0, 0, 0, time.UTC)})
	if errs, _ := diags.Counts(); errs > 0 {
		t.Fatalf("generated repository has %d errors, the first: %+v", errs, diags.Items[0])
	}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		kind, ok := yamlfmt.KindOf(filepath.ToSlash(rel))
		if !ok {
			t.Errorf("%s: not a data file", rel)
			return nil
		}
		src, _ := os.ReadFile(p)
		if out, err := yamlfmt.Format(kind, src); err != nil || string(out) != string(src) {
			t.Errorf("%s is not in the canonical layout (%v)", rel, err)
		}
		return nil
	})

	if got := len(res.Repo.Plan.Periods); got != 4 {
		t.Errorf("%d periods, want 4", got)
	}
	if len(res.Repo.Units.Groups) < 2 || len(res.Repo.Tasks) != small.Tasks {
		t.Errorf("%d groups and %d tasks", len(res.Repo.Units.Groups), len(res.Repo.Tasks))
	}
	lg := ledger.Build(x, 3, ledger.Day(res.Repo.Plan.Periods[3].Due))
	if lg.Totals.Missing == 0 || lg.Totals.UnitsReported == 0 || lg.Totals.UnitsReported == lg.Totals.Units {
		t.Errorf("Q4: %d of %d units reported, %d pairs missing: want some of each", lg.Totals.UnitsReported, lg.Totals.Units, lg.Totals.Missing)
	}
	statuses := map[model.Status]int{}
	for _, r := range res.Repo.Reports {
		for _, e := range r.Entries {
			statuses[e.Status]++
		}
	}
	for _, s := range []model.Status{model.Done, model.InProgress, model.Delayed} {
		if statuses[s] == 0 {
			t.Errorf("no entry is %s: %v", s.Label(i18n.En), statuses)
		}
	}
	var chinese bool
	for _, r := range res.Repo.Reports[:10] {
		for _, e := range r.Entries {
			chinese = chinese || strings.ContainsRune(e.Summary, '，')
		}
	}
	if !chinese {
		t.Error("report summaries are not Chinese text")
	}
}

// The same options give the same bytes.
func TestGeneratorIsDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, d := range []string{a, b} {
		if err := gen.Write(d, small); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, p)
		x, _ := os.ReadFile(p)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || string(x) != string(y) {
			t.Errorf("%s differs between two runs", rel)
		}
		n++
		return nil
	})
	if n < small.Units {
		t.Errorf("only %d files", n)
	}
}
