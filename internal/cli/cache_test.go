package cli_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A command gives the same answer whether it parses every file or takes
// them from the load cache (a first run writes the cache while the
// command goes on; the race detector watches that).
func TestLoadCacheChangesNothing(t *testing.T) {
	dir := t.TempDir()
	copyBase(t, dir)
	old := time.Now().Add(-time.Hour) // files newer than two seconds are not cached
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			os.Chtimes(p, old, old)
		}
		return nil
	})
	t.Setenv("TALLY_CACHE", t.TempDir())
	for _, args := range [][]string{
		{"check", "--format", "json"},
		{"summary", "--format", "json"},
		{"missing", "--format", "json"},
	} {
		args = append([]string{"-C", dir}, args...)
		t.Setenv("TALLY_CACHE", "off")
		want, _, wantCode := run(t, args...)
		cache := t.TempDir()
		for i := 0; i < 3; i++ { // cold and writing, then warm twice
			t.Setenv("TALLY_CACHE", cache)
			got, _, code := run(t, args...)
			if got != want || code != wantCode {
				t.Fatalf("%v, run %d with the cache: exit %d\n%s\nwithout: exit %d\n%s", args, i, code, got, wantCode, want)
			}
		}
		if files, _ := filepath.Glob(filepath.Join(cache, "*.gob")); len(files) != 1 {
			t.Errorf("%v: the cache was not written: %v", args, files)
		}
	}
}
