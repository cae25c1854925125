//go:build unix

package site

import (
	"os"
	"path/filepath"
	"testing"
)

// openHeld takes a regular file only, never through a link, and knows
// the file it holds.
func TestOpenHeld(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.html")
	if err := os.WriteFile(p, []byte("a"), 0o644); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "b.html")
	if err := os.WriteFile(other, []byte("a"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, ok := openHeld(p)
	if !ok {
		t.Fatal("openHeld refused a regular file")
	}
	defer f.Close()
	info, _ := os.Lstat(p)
	otherInfo, _ := os.Lstat(other)
	if !f.is(info) || f.is(otherInfo) {
		t.Error("openHeld does not know which file it holds")
	}
	if err := os.Symlink(p, filepath.Join(dir, "link.html")); err == nil {
		if g, ok := openHeld(filepath.Join(dir, "link.html")); ok {
			g.Close()
			t.Error("openHeld followed a symbolic link")
		}
	}
	if g, ok := openHeld(dir); ok {
		g.Close()
		t.Error("openHeld took a folder")
	}
}
