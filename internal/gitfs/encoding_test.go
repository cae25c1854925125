package gitfs

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// A repository's settings for how git writes what it prints change
// nothing tally reads: git's log output in UTF-16, paths unquoted,
// colours always on; a commit recorded in GBK (i18n.commitEncoding) reads
// as the words its author wrote.
func TestOutputSettingsChangeNothing(t *testing.T) {
	gitEnv(t)
	dir := t.TempDir()
	run(t, dir, "init", "-q")
	os.MkdirAll(filepath.Join(dir, "reports", "2019Q2"), 0o755)
	os.WriteFile(filepath.Join(dir, "plan.yaml"), []byte("title: x\n"), 0o644)
	run(t, dir, "add", ".")
	gbk := func(s string) string {
		b, err := simplifiedchinese.GBK.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	commit := exec.Command("git", "-C", dir, "-c", "i18n.commitEncoding=GBK", "commit", "-q", "-m", gbk("第一次报送"))
	commit.Env = append(os.Environ(), "GIT_AUTHOR_NAME="+gbk("张三"), "GIT_COMMITTER_NAME="+gbk("张三"))
	if out, err := commit.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	name := "reports/2019Q2/单位.yaml"
	os.WriteFile(filepath.Join(dir, name), []byte("unit: a\n"), 0o644)
	run(t, dir, "add", ".")
	run(t, dir, "commit", "-q", "-m", "第二次")
	for _, kv := range [][2]string{
		{"i18n.logOutputEncoding", "UTF-16"},
		{"i18n.commitEncoding", "GBK"},
		{"core.quotePath", "false"},
		{"color.ui", "always"},
		{"log.decorate", "full"},
	} {
		run(t, dir, "config", kv[0], kv[1])
	}
	os.WriteFile(filepath.Join(dir, name), []byte("unit: b\n"), 0o644)
	run(t, dir, "add", name)

	log, err := Log(dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(log) != 2 || log[0].Message != "第二次" || log[1].Message != "第一次报送" || log[1].Author != "张三" {
		t.Errorf("Log: %+v", log)
	}
	hist, err := History(dir, "", dataPaths)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 2 || hist[1].Message != "第一次报送" || len(hist[0].Files) != 1 || hist[0].Files[0].Path != name {
		t.Errorf("History: %+v", hist)
	}
	head, err := Verify(dir, "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	if tree, err := Tree(dir, head, dataPaths); err != nil || tree[name] == "" {
		t.Errorf("Tree: %v, %v", tree, err)
	}
	if diff, err := TreeDiff(dir, log[1].Hash, head, dataPaths); err != nil || len(diff) != 1 || diff[0].Path != name {
		t.Errorf("TreeDiff: %+v, %v", diff, err)
	}
	if staged, err := Staged(dir); err != nil || len(staged) != 1 || staged[0] != name {
		t.Errorf("Staged: %q, %v", staged, err)
	}
	if _, dirty, err := Describe(dir); err != nil || !dirty {
		t.Errorf("Describe: dirty %v, %v", dirty, err)
	}
}
