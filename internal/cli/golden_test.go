package cli_test

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"tally/internal/cli"
	"tally/internal/gen"
)

var updateOutputs = flag.Bool("update-outputs", false, "rewrite testdata/outputs/*.sum from the code as it is")

// goldenProvince is a small generated province written as a git history:
// every group-owned task, carried and missing reports, four quarters.
var goldenProvince = gen.Options{Tasks: 14, Units: 40, Periods: 4, Seed: 7, Missing: 0.1}

// What every view prints and every file command writes, on one
// repository: speed work must change none of it. Each output is kept as
// its size and SHA-256 in testdata/outputs/NAME.sum, made by the code
// before the work (go test -run TestOutputsUnchanged -update-outputs).
var goldenRuns = [][]string{
	{"check"}, {"check", "--format", "json"}, {"--lang", "en", "check"},
	{"summary"}, {"summary", "--format", "json"}, {"summary", "--by", "unit"}, {"summary", "--by", "section", "--format", "csv"},
	{"--lang", "en", "summary", "--format", "md"},
	{"missing"}, {"missing", "--format", "json"}, {"overdue"}, {"overdue", "--format", "json"}, {"remind"},
	{"tasks"}, {"tasks", "--format", "json"}, {"units"}, {"units", "--format", "json"},
	{"export", "-o", "OUT/workbook.xlsx"}, {"--lang", "en", "export", "-o", "OUT/workbook-en.xlsx"},
	{"brief", "-o", "OUT/brief.docx"},
	{"site", "-o", "OUT/site"},
	{"forms", "-o", "OUT/forms"},
}

// The history views, on the generated repository only (the bundled copy
// has no history).
var goldenHistoryRuns = [][]string{
	{"log"}, {"log", "--format", "json"}, {"log", "--format", "csv", "--task", "3"}, {"log", "-n", "5", "--unit", "u00007"},
	{"diff", "HEAD~1", "HEAD"}, {"diff", "HEAD~1", "HEAD", "--format", "json"}, {"diff", "HEAD~5", "HEAD~4"},
}

func TestOutputsUnchanged(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every output")
	}
	t.Run("bundled", func(t *testing.T) {
		goldenCompare(t, "bundled", bundled(t), "2019-07-10", goldenRuns)
	})
	t.Run("province", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "repo")
		if err := gen.WriteHistory(dir, goldenProvince); err != nil {
			t.Fatal(err)
		}
		goldenCompare(t, "province", dir, "2025-01-03", append(goldenRuns, goldenHistoryRuns...))
	})
}

// goldenCompare runs each command in dir on the pinned day and compares
// the size and hash of what it printed (exit status, standard output and
// error) and of every file it wrote with testdata/outputs/name.sum.
func goldenCompare(t *testing.T, name, dir, today string, runs [][]string) {
	t.Setenv("TALLY_TODAY", today)
	t.Setenv("TALLY_LANG", "")
	out := t.TempDir()
	var got []string
	for _, args := range runs {
		args = append([]string(nil), args...)
		for i, a := range args {
			args[i] = strings.Replace(a, "OUT/", out+"/", 1)
		}
		var stdout, stderr bytes.Buffer
		code := cli.Main(append([]string{"-C", dir}, args...), &stdout, &stderr)
		label := strings.Join(args, " ")
		label = strings.ReplaceAll(label, out+"/", "OUT/")
		printed := fmt.Sprintf("exit %d\n%s\n--- stderr\n%s", code, stdout.Bytes(), stderr.Bytes())
		printed = strings.ReplaceAll(printed, out+"/", "OUT/")
		// Hints name the data folder given with -C (tally -C DIR collect …).
		printed = strings.ReplaceAll(printed, dir, "DATA")
		got = append(got, goldenLine(label, []byte(printed)))
	}
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(out, p)
		got = append(got, goldenLine("file "+filepath.ToSlash(rel), b))
		return nil
	})
	sort.Strings(got)
	file := filepath.Join("testdata", "outputs", name+".sum")
	if *updateOutputs {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	wantSet := map[string]bool{}
	for _, w := range want {
		wantSet[w] = true
	}
	gotSet := map[string]bool{}
	for _, g := range got {
		gotSet[g] = true
		if !wantSet[g] {
			t.Errorf("output changed or new: %s", g)
		}
	}
	for _, w := range want {
		if !gotSet[w] {
			t.Errorf("output changed or gone: %s", w)
		}
	}
	if t.Failed() {
		t.Log("an output differs from the sums recorded in testdata/outputs; when the change is meant " +
			"(a view now says more), look at the new output, then rewrite the sums with " +
			"go test ./internal/cli -run TestOutputsUnchanged -update-outputs and say why in the commit")
	}
}

// goldenLine names an output with its size and hash, tab-separated.
func goldenLine(label string, b []byte) string {
	return fmt.Sprintf("%s\t%d\t%x", label, len(b), sha256.Sum256(b))
}
