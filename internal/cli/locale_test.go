package cli_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"tally/internal/render"
)

// Under a Chinese locale (or RUNEWIDTH_EASTASIAN=1, which forces what a
// legacy Chinese terminal setup asks for) the width libraries count “ ” and other
// ambiguous characters as two columns and break the table borders; tally
// pins them to one, as terminals show them.
func TestTablesLineUpUnderChineseLocale(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-C", bundled(t), "tasks")
	cmd.Env = append(os.Environ(), "TALLY_TEST_MAIN=1", "LC_ALL=zh_CN.UTF-8", "LANG=zh_CN.UTF-8", "RUNEWIDTH_EASTASIAN=1")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if !strings.Contains(string(out), "“") {
		t.Fatal("the table should hold curly quotes for this test to mean anything")
	}
	want := render.Width(lines[0])
	for i, l := range lines {
		if w := render.Width(l); w != want {
			t.Fatalf("line %d is %d columns, the first %d:\n%s", i, w, want, out)
		}
	}
}
