package loadcache

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"tally/internal/testrepo"
	"testing"
	"time"

	"tally/internal/load"
)

// repo writes the check fixtures' small repository with old file times.
func repo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := testrepo.Write(dir, testrepo.Base()); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			os.Chtimes(p, old, old)
		}
		return nil
	})
	return dir
}

func loadWith(t *testing.T, dir string) (*load.Result, *Cache) {
	t.Helper()
	c := Open(dir)
	if c == nil {
		t.Fatal("no cache")
	}
	res := load.LoadWith(os.DirFS(dir), load.Options{Cache: c})
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	return res, c
}

func same(t *testing.T, what string, a, b *load.Result) {
	t.Helper()
	if !reflect.DeepEqual(a.Repo, b.Repo) || !reflect.DeepEqual(a.Diags, b.Diags) {
		t.Errorf("%s: cached load differs from a fresh one", what)
	}
}

func TestCacheGivesWhatLoadingGives(t *testing.T) {
	t.Setenv("TALLY_CACHE", t.TempDir())
	dir := repo(t)
	first, c1 := loadWith(t, dir)
	if !c1.missed || len(c1.cur) == 0 {
		t.Fatalf("first run should read and store every file (%d stored)", len(c1.cur))
	}
	second, c2 := loadWith(t, dir)
	if c2.missed {
		t.Error("second run should take every file from the cache")
	}
	same(t, "unchanged", first, second)
	same(t, "against no cache", load.Load(os.DirFS(dir)), second)

	// A report changes (and, as editors do, its time): that file is read
	// again, and only that one.
	report := filepath.Join(dir, "reports/2019Q2/a-org.yaml")
	b, _ := os.ReadFile(report)
	os.WriteFile(report, append(b, []byte("    problems: 经费不足\n")...), 0o644)
	old := time.Now().Add(-time.Minute)
	os.Chtimes(report, old, old)
	third, c3 := loadWith(t, dir)
	if !c3.missed {
		t.Error("a changed file was not read again")
	}
	if third.Repo.Reports[0].Entries[1].Problems != "经费不足" {
		t.Errorf("the change did not come through: %+v", third.Repo.Reports[0].Entries[1])
	}
	same(t, "after a change", load.Load(os.DirFS(dir)), third)
}

func TestRecentFilesAreNotStored(t *testing.T) {
	t.Setenv("TALLY_CACHE", t.TempDir())
	dir := repo(t)
	now := time.Now()
	os.Chtimes(filepath.Join(dir, "units.yaml"), now, now)
	_, c := loadWith(t, dir)
	if _, ok := c.cur["units.yaml"]; ok {
		t.Error("a file modified just now was stored: a same-instant edit could go unseen")
	}
	if _, ok := c.cur["plan.yaml"]; !ok {
		t.Error("an old file was not stored")
	}
}

func TestDamagedOrForeignCacheIsIgnored(t *testing.T) {
	cacheDir := t.TempDir()
	t.Setenv("TALLY_CACHE", cacheDir)
	dir := repo(t)
	fresh := load.Load(os.DirFS(dir))
	_, c := loadWith(t, dir)
	// Damaged: garbage in place of the cache.
	os.WriteFile(c.path, []byte("not a gob at all"), 0o600)
	res, c2 := loadWith(t, dir)
	same(t, "damaged", fresh, res)
	if !c2.missed {
		t.Error("a damaged cache was used")
	}
	// Foreign: another build's cache.
	c3 := Open(dir)
	c3.head.Binary = "another build"
	c3.missed = true
	c3.Save()
	if c4 := Open(dir); len(c4.old) != 0 {
		t.Error("another build's cache was read")
	}
	t.Setenv("TALLY_CACHE", "off")
	if Open(dir) != nil {
		t.Error("TALLY_CACHE=off did not turn the cache off")
	}
}
