package site

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// An old site that cannot all be deleted (here a file saved into it while
// the new one was built) leaves the new site whole in place, the old one's
// remains aside, and says where, instead of leaving them unsaid.
func TestOldSiteLeftIsSaid(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	pages := []File{{Path: "index.html", Data: []byte("一")}, {Path: "units/a.html", Data: []byte("甲")}}
	if err := Write(dir, pages); err != nil {
		t.Fatal(err)
	}
	pages[0].Data = []byte("二")
	_, err := write(dir, func(put func(File) error) error {
		// Saved into the old site after it was looked at: not tally's to delete.
		if err := os.WriteFile(filepath.Join(dir, "units", "mine.txt"), []byte("mine"), 0o644); err != nil {
			return err
		}
		for _, p := range pages {
			if err := put(p); err != nil {
				return err
			}
		}
		return nil
	})
	var left *LeftError
	if !errors.As(err, &left) {
		t.Fatalf("the old site's remains went unsaid: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "index.html")); string(b) != "二" {
		t.Errorf("the new site is not in place: index %q", b)
	}
	if b, _ := os.ReadFile(filepath.Join(left.Dir, "units", "mine.txt")); string(b) != "mine" {
		t.Errorf("the file saved into the old site is not where the error says (%s): %q", left.Dir, b)
	}
	if _, err := os.Stat(filepath.Join(left.Dir, "units", "a.html")); !errors.Is(err, os.ErrNotExist) {
		t.Error("the old site's own pages were not deleted")
	}
}
