package cli_test

import (
	"bytes"
	"io/fs"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tally/internal/cli"
	"tally/internal/gen"
	"tally/internal/history"
	"tally/internal/load"
)

// TestMain lets a test run tally itself as a separate process, to kill it.
func TestMain(m *testing.M) {
	if os.Getenv("TALLY_TEST_MAIN") == "1" {
		os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// Killing `tally fmt` at any moment leaves every file its old or its new
// self: the repository always loads, to the same data.
func TestFmtSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := filepath.Join(t.TempDir(), "repo")
	if err := gen.Write(dir, gen.Options{Tasks: 30, Units: 400, Periods: 2, Seed: 7, Missing: 0.05}); err != nil {
		t.Fatal(err)
	}
	// Put every report's keys out of order, so fmt rewrites all of them.
	reports, _ := filepath.Glob(filepath.Join(dir, "reports", "*", "*.yaml"))
	for _, p := range reports {
		b, _ := os.ReadFile(p)
		lines := strings.SplitN(string(b), "\n", 3)
		os.WriteFile(p, []byte(lines[1]+"\n"+lines[0]+"\n"+lines[2]), 0o644)
	}
	before := load.Load(os.DirFS(dir))
	if n, _ := before.Diags.Counts(); n > 0 {
		t.Fatalf("generated repository has errors: %+v", before.Diags.Items[0])
	}
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 6; round++ {
		cmd := exec.Command(os.Args[0], "-C", dir, "fmt")
		cmd.Env = append(os.Environ(), "TALLY_TEST_MAIN=1")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(5+rng.Intn(120)) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()

		after := load.Load(os.DirFS(dir))
		if n, _ := after.Diags.Counts(); n > 0 {
			t.Fatalf("round %d: after a kill the data has errors: %+v", round, after.Diags.Items[0])
		}
		if changes := history.Diff(before.Repo, after.Repo); len(changes) > 0 {
			t.Fatalf("round %d: after a kill the data changed: %+v", round, changes[0])
		}
	}
	// Run to the end: everything formatted, and the temporary files the
	// killed runs left removed by it.
	cmd := exec.Command(os.Args[0], "-C", dir, "fmt", "--check")
	cmd.Env = append(os.Environ(), "TALLY_TEST_MAIN=1")
	fix := exec.Command(os.Args[0], "-C", dir, "fmt")
	fix.Env = cmd.Env
	if out, err := fix.CombinedOutput(); err != nil {
		t.Fatalf("fmt: %v\n%s", err, out)
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("fmt --check after fmt: %v\n%s", err, out)
	}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.Contains(d.Name(), ".tmp-") {
			t.Errorf("a temporary file left behind: %s", p)
		}
		return nil
	})
}
