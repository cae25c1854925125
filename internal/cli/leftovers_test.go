package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The next fmt removes the temporary files an fmt stopped while writing
// left (older than the run), and nothing else: not a newer one (a run
// under way), not a link, not a user's file that merely looks alike. The
// next site removes its own leftover folders the same way.
func TestLeftoversAreCleanedUp(t *testing.T) {
	dir := t.TempDir()
	copyBase(t, dir)
	folder := filepath.Join(dir, "reports", "2019Q2")
	old := time.Now().Add(-time.Hour)
	at := func(name string, mtime time.Time) string {
		p := filepath.Join(folder, name)
		os.WriteFile(p, []byte("unit: a-org\n"), 0o644)
		os.Chtimes(p, mtime, mtime)
		return p
	}
	stale := at(".a-org.yaml.tmp-0123456789ab", old)
	fresh := at(".b-org.yaml.tmp-ba9876543210", time.Now().Add(time.Hour))
	mine := at(".notes.tmp-mine", old)
	digits := at(".my-notes.tmp-2019", old) // a user's file in the shape of a site folder's name
	link := filepath.Join(folder, ".c-org.yaml.tmp-aaaaaaaaaaaa")
	symlink(t, "a-org.yaml", link)
	code, out := runBounded(t, dir, "fmt")
	if code != 0 || !strings.Contains(out, "已删除上次中断时留下的临时文件 reports/2019Q2/.a-org.yaml.tmp-0123456789ab") {
		t.Errorf("fmt: exit %d\n%s", code, out)
	}
	if _, err := os.Lstat(stale); err == nil {
		t.Errorf("%s is still there", stale)
	}
	for _, p := range []string{fresh, mine, digits, link} {
		if _, err := os.Lstat(p); err != nil {
			t.Errorf("%s was removed: %v", p, err)
		}
	}

	out2 := filepath.Join(t.TempDir(), "site")
	parent := filepath.Dir(out2)
	for _, name := range []string{".site.tmp-123456", ".site.tmp-654321.old", ".site.tmp-mine", ".other.tmp-123456"} {
		p := filepath.Join(parent, name)
		os.MkdirAll(filepath.Join(p, "task"), 0o755)
		os.WriteFile(filepath.Join(p, "task", "1.html"), []byte("<p>"), 0o644)
		os.Chtimes(p, old, old)
	}
	if code, out := runBounded(t, dir, "site", "-o", out2); code > 1 {
		t.Fatalf("site: exit %d\n%s", code, out)
	}
	entries, _ := os.ReadDir(parent)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if got := strings.Join(names, " "); got != ".other.tmp-123456 .site.tmp-mine site" {
		t.Errorf("beside the site: %s", got)
	}
}
