package cli_test

import (
	"io"
	"strings"
	"testing"

	"tally/internal/cli"
)

// Whatever the arguments, tally answers with 0, 1 or 2, never a panic.
func FuzzArgs(f *testing.F) {
	for _, s := range []string{"check", "summary --period 2019Q2 --format json", "overdue --as-of 2019-13-45", "tasks 1 01 99",
		"check --explain R999", "summary --by", "--lang xx units", "export -o", "fmt --check --from big5", "new report --unit a-org --period 2019Q3 --stdout",
		"diff -- --output=x", "log -n -1", "schema nothing", "help summary", "missing --format csv", "completion zsh", "site -o web --period 2019Q3", "site -o .",
		"remind --period 2019Q3 --format csv", "remind --as-of 2019-07-06 --format json", "collect . --period 2019q2",
		"review --format json", "review accept a-org --by x --extend 1 --to 2019-12-31 --refuse 2", "review return a-org --task 1 --reason",
		"review return a-org --by x --reason r --task 2 --reason s", "review accept --period 2019Q9 a-org", "site -o web --no-evidence"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		dir := t.TempDir()
		copyBase(t, dir)
		t.Chdir(t.TempDir()) // anything written by relative path lands here
		t.Setenv("TALLY_TODAY", "2019-07-10")
		args := append([]string{"-C", dir}, strings.Fields(line)...)
		if code := cli.Main(args, io.Discard, io.Discard); code < 0 || code > 2 {
			t.Fatalf("exit %d for %q", code, line)
		}
	})
}
