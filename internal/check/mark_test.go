package check

import (
	"testing"

	"tally/internal/diag"
	"tally/internal/model"
)

// TestMarkInvalidSaysWhatItAdded: a ledger built before MarkInvalid is
// kept only when MarkInvalid says it added nothing (cli's buildLedger), so
// it must say so exactly: an error in a report file the loader had not
// marked is added; one already marked, a warning, or an error outside
// reports/ is not.
func TestMarkInvalidSaysWhatItAdded(t *testing.T) {
	d := func(file string, sev diag.Severity) diag.Diagnostic {
		return diag.Diagnostic{File: file, Pos: model.Pos{Line: 1, Col: 1}, Severity: sev}
	}
	for _, c := range []struct {
		name   string
		loaded []string
		diags  []diag.Diagnostic
		added  bool
		want   []string
	}{
		{"none", nil, nil, false, nil},
		{"already marked", []string{"reports/2024Q1/a.yaml"}, []diag.Diagnostic{d("reports/2024Q1/a.yaml", diag.Error)}, false, []string{"reports/2024Q1/a.yaml"}},
		{"warning", nil, []diag.Diagnostic{d("reports/2024Q1/a.yaml", diag.Warning)}, false, nil},
		{"not a report", nil, []diag.Diagnostic{d("tasks/1.yaml", diag.Error), d("units.yaml", diag.Error)}, false, nil},
		{"new error", []string{"reports/2024Q1/a.yaml"}, []diag.Diagnostic{d("reports/2024Q1/a.yaml", diag.Error), d("reports/2024Q1/b.yaml", diag.Error)}, true, []string{"reports/2024Q1/a.yaml", "reports/2024Q1/b.yaml"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			repo := &model.Repo{Invalid: map[string]bool{}}
			for _, f := range c.loaded {
				repo.Invalid[f] = true
			}
			if got := MarkInvalid(repo, diag.List{Items: c.diags}); got != c.added {
				t.Errorf("MarkInvalid said added=%v, want %v", got, c.added)
			}
			if len(repo.Invalid) != len(c.want) {
				t.Errorf("repo.Invalid = %v, want %v", repo.Invalid, c.want)
			}
			for _, f := range c.want {
				if !repo.Invalid[f] {
					t.Errorf("%s not marked", f)
				}
			}
		})
	}
}
