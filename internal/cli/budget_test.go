package cli_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"tally/internal/load"
)

// bigReport is a report of almost load.MaxFileSize bytes (one long line
// of contact, quick to parse).
func bigReport() []byte {
	head, tail := "unit: a-org\nperiod: 2019Q3\ncontact: ", "\nentries:\n  - task: 1\n    status: 推进中\n    summary: 进展\n"
	return []byte(head + strings.Repeat("x", load.MaxFileSize-len(head)-len(tail)) + tail)
}

// gitOut runs git in dir with stdin and returns its output.
func gitOut(t *testing.T, dir, stdin string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("git %v: %v", args, err)
	}
	return strings.TrimSpace(string(out))
}

// Hard links to one 4 MB report in the working tree, and paths to one
// 4 MB blob in a commit, 300 of each (1.2 GB, ten times the bound; the
// loader's own test takes 3,000): what is read is bounded in total
// (load.MaxTotalSize), not by distinct files; the rest is refused, said
// so, and history does not compare past the bound either.
func TestManyPathsToOneBigFile(t *testing.T) {
	const n = 300
	dir := t.TempDir()
	copyBase(t, dir)
	gitCommit(t, dir)
	first := filepath.Join(dir, "reports", "2019Q3", "u0000.yaml")
	os.MkdirAll(filepath.Dir(first), 0o755)
	if err := os.WriteFile(first, bigReport(), 0o644); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < n; i++ {
		if err := os.Link(first, filepath.Join(filepath.Dir(first), fmt.Sprintf("u%04d.yaml", i))); err != nil {
			t.Skip(err)
		}
	}
	code, out := runBounded(t, dir, "check", filepath.Join(dir, "reports/2019Q3/u0299.yaml"))
	if code != 1 || !strings.Contains(out, "数据文件合计超过上限 128.0 MB") {
		t.Errorf("hard links, check: exit %d\n%s", code, clip(out))
	}

	// The same as a commit: one blob, 3,000 tree entries.
	blob := gitOut(t, dir, string(bigReport()), "hash-object", "-w", "--stdin")
	var entries strings.Builder
	for i := range n {
		fmt.Fprintf(&entries, "100644 blob %s\tu%04d.yaml\n", blob, i)
	}
	period := gitOut(t, dir, entries.String(), "mktree")
	reports := gitOut(t, dir, "040000 tree "+period+"\t2019Q3\n"+"040000 tree "+gitOut(t, dir, "", "rev-parse", "HEAD:reports/2019Q2")+"\t2019Q2\n", "mktree")
	var top strings.Builder
	for _, line := range strings.Split(gitOut(t, dir, "", "ls-tree", "HEAD"), "\n") {
		if !strings.HasSuffix(line, "\treports") {
			top.WriteString(line + "\n")
		}
	}
	top.WriteString("040000 tree " + reports + "\treports\n")
	commit := gitOut(t, dir, "", "commit-tree", gitOut(t, dir, top.String(), "mktree"), "-p", "HEAD", "-m", "many")
	gitOut(t, dir, "", "update-ref", "HEAD", commit)
	code, out = runBounded(t, dir, "check", "--rev", "HEAD", filepath.Join(dir, "reports/2019Q3/u0299.yaml"))
	if code != 1 || !strings.Contains(out, "数据文件合计超过上限") {
		t.Errorf("--rev HEAD: exit %d\n%s", code, clip(out))
	}
	code, out = runBounded(t, dir, "log", "-n", "1")
	if code != 0 || !strings.Contains(out, "reports/2019Q3/u0299.yaml 改动后无法读取（R105") {
		t.Errorf("log: exit %d\n%s", code, clip(out))
	}
	// The reports it did read have a contact of 4 MB each: a line shows a
	// few characters of it, not the whole.
	if len(out) > 1<<20 {
		t.Errorf("log printed %d bytes", len(out))
	}
}
