package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tally/internal/testrepo"
)

// Tables are drawn in ASCII only on a Windows console that is not UTF-8
// and not Windows Terminal; the console itself is not tested, the
// decision is.
func TestLegacyConsoleDecision(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	for _, c := range []struct {
		name     string
		console  bool
		codePage uint32
		getenv   func(string) string
		want     bool
	}{
		{"legacy console, code page 936", true, 936, env(), true},
		{"legacy console, code page 437", true, 437, env(), true},
		{"console switched to UTF-8 (chcp 65001)", true, 65001, env(), false},
		{"Windows Terminal, code page 936", true, 936, env("WT_SESSION", "8a1f"), false},
		{"redirected to a file or a pipe", false, 0, env(), false},
	} {
		if got := legacyConsole(c.console, c.codePage, c.getenv); got != c.want {
			t.Errorf("%s: ASCII tables %v, want %v", c.name, got, c.want)
		}
	}
}

// What is not a console keeps the usual tables: a buffer, a file.
func TestTablesOutsideAConsoleAreUnchanged(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "out.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if plainTables(f) || plainTables(&bytes.Buffer{}) {
		t.Fatal("a file or a buffer is no legacy console")
	}
	dir := t.TempDir()
	if err := testrepo.Write(dir, testrepo.Bundled()); err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	Main([]string{"-C", dir, "units"}, &out, &errs)
	if !strings.Contains(out.String(), "┌") {
		t.Errorf("tables should be drawn with box characters:\n%s%s", out.String(), errs.String())
	}
}
