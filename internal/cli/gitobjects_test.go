package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A blob git cannot give (damaged, or missing) is named by the file that
// holds it, in --rev reads, log and diff alike, with what to run.
func TestDamagedGitObjectsNamedByFile(t *testing.T) {
	dir := t.TempDir()
	copyBase(t, dir)
	gitCommit(t, dir)
	p := filepath.Join(dir, report)
	b, _ := os.ReadFile(p)
	os.WriteFile(p, append(b, "# 改\n"...), 0o644)
	gitOut(t, dir, "", "commit", "-qam", "two")
	object := func(rev string) string {
		sha := gitOut(t, dir, "", "rev-parse", rev)
		return filepath.Join(dir, ".git", "objects", sha[:2], sha[2:])
	}
	damaged := object("HEAD:" + report)
	os.Chmod(damaged, 0o644)
	if err := os.WriteFile(damaged, []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(object("HEAD~1:tasks/01.yaml")); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"summary", "--rev", "HEAD"}, "版本 HEAD 中 " + report + " 的内容缺失或已损坏"},
		{[]string{"summary", "--rev", "HEAD~1"}, "版本 HEAD~1 中 tasks/01.yaml 的内容缺失或已损坏"},
		{[]string{"log"}, "git 历史中 " + report + " 的内容缺失或已损坏"},
		{[]string{"diff", "HEAD~1", "HEAD"}, "git 历史中 " + report + " 的内容缺失或已损坏"},
	} {
		code, out := runBounded(t, dir, c.args...)
		if code != 2 || !strings.Contains(out, c.want) || !strings.Contains(out, "git fsck") {
			t.Errorf("tally %s: exit %d, want 2 and %q:\n%s", strings.Join(c.args, " "), code, c.want, out)
		}
	}
}
