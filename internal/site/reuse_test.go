package site

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSameContent(t *testing.T) {
	page := []byte(strings.Repeat("任务进度一览 ", 20000)) // several pieces and a tail
	change := func(at int) []byte {
		b := bytes.Clone(page)
		b[at] ^= 1
		return b
	}
	for _, c := range []struct {
		name string
		file []byte
		want bool
	}{
		{"the same", page, true},
		{"changed at the top", change(3), false},
		{"changed in the middle", change(len(page) / 2), false},
		{"changed where the last piece begins", change(len(page) - reuseTail), false},
		{"changed at the foot", change(len(page) - 1), false},
		{"longer", append(bytes.Clone(page), '\n'), false},
		{"shorter", page[:len(page)-1], false},
		{"empty", nil, false},
	} {
		if got := sameContent(bytes.NewReader(c.file), page); got != c.want {
			t.Errorf("%s: sameContent = %v", c.name, got)
		}
	}
	if !sameContent(bytes.NewReader([]byte("短")), []byte("短")) || sameContent(bytes.NewReader([]byte("长")), []byte("短")) {
		t.Error("a page shorter than the tail piece is not compared right")
	}
}

// A page shorter than a piece is read in one go, the byte after it
// too: the same answers as for a long page, from memory and from a file
// opened as a rebuild opens the old site's pages.
func TestSameContentShortPage(t *testing.T) {
	page := []byte(strings.Repeat("<p>进度 80%</p>\n", 300))
	if len(page) >= reuseChunk {
		t.Fatalf("the page is %d bytes, not shorter than a piece", len(page))
	}
	change := func(at int) []byte {
		b := bytes.Clone(page)
		b[at] ^= 1
		return b
	}
	dir := t.TempDir()
	for i, c := range []struct {
		name string
		file []byte
		want bool
	}{
		{"the same", page, true},
		{"changed at the top", change(0), false},
		{"changed in the middle", change(len(page) / 2), false},
		{"changed at the foot", change(len(page) - 1), false},
		{"one byte more", append(bytes.Clone(page), '\n'), false},
		{"a piece more", append(bytes.Clone(page), make([]byte, reuseChunk)...), false},
		{"one byte less", page[:len(page)-1], false},
		{"empty", nil, false},
	} {
		if got := sameContent(bytes.NewReader(c.file), page); got != c.want {
			t.Errorf("%s, in memory: sameContent = %v", c.name, got)
		}
		p := filepath.Join(dir, fmt.Sprintf("%d.html", i))
		if err := os.WriteFile(p, c.file, 0o644); err != nil {
			t.Fatal(err)
		}
		f, ok := openHeld(p)
		if !ok {
			t.Fatalf("%s: openHeld refused a regular file", c.name)
		}
		if got := sameContent(f, page); got != c.want {
			t.Errorf("%s, in a file: sameContent = %v", c.name, got)
		}
		f.Close()
	}
}
