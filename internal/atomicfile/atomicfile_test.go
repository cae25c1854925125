package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteReplacesWhole(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	os.WriteFile(p, []byte("old"), 0o644)
	if err := Write(p, 0o644, false, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); !errors.Is(err, ErrExists) {
		t.Fatalf("without overwrite: %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "old" {
		t.Fatalf("file changed without overwrite: %q", b)
	}
	if err := Write(p, 0o644, true, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "new" {
		t.Fatalf("got %q", b)
	}
	assertNoTemp(t, dir, 1)
}

func TestFailedWriteLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	os.WriteFile(p, []byte("old"), 0o644)
	boom := errors.New("boom")
	err := Write(p, 0o644, true, func(w io.Writer) error { io.WriteString(w, "half"); return boom })
	if !errors.Is(err, boom) {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "old" {
		t.Fatalf("a failed write changed the file: %q", b)
	}
	err = Write(filepath.Join(dir, "b.txt"), 0o644, false, func(w io.Writer) error { return boom })
	if !errors.Is(err, boom) {
		t.Fatal(err)
	}
	assertNoTemp(t, dir, 1)
}

func assertNoTemp(t *testing.T, dir string, want int) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	if len(entries) != want {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %v, want %d file(s) and no temporary files", names, want)
	}
}

// A write inside a root never follows a folder link out of it, and a link
// at the target is replaced, not written through.
func TestWriteInStaysInside(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	if err := os.Symlink(outside, filepath.Join(dir, "out")); err != nil {
		t.Skip(err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	fill := func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }
	if err := WriteIn(root, filepath.Join("out", "a.txt"), 0o644, true, fill); err == nil {
		t.Fatal("wrote through a link leading outside the root")
	}
	assertNoTemp(t, outside, 0)
	os.WriteFile(filepath.Join(outside, "b.txt"), []byte("old"), 0o644)
	os.Symlink(filepath.Join(outside, "b.txt"), filepath.Join(dir, "b.txt"))
	if err := WriteIn(root, "b.txt", 0o644, true, fill); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(outside, "b.txt")); string(b) != "old" {
		t.Fatalf("wrote through the link: %q", b)
	}
}

// A Folder writes as Write does, from several goroutines at once: whole
// files, existing ones kept unless overwritten, no temporary file left.
func TestFolderWritesEachWhole(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "kept.txt"), []byte("old"), 0o644)
	f, err := OpenFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 20)
	for i := range 20 {
		go func() {
			errs <- f.Write(fmt.Sprintf("f%02d.txt", i), 0o644, false, func(w io.Writer) error {
				_, err := fmt.Fprintf(w, "file %d", i)
				return err
			})
		}()
	}
	for range 20 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Write("kept.txt", 0o644, false, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); !errors.Is(err, ErrExists) {
		t.Errorf("an existing file without overwrite: %v", err)
	}
	if err := f.Write("bad.txt", 0o644, true, func(io.Writer) error { return errors.New("no") }); err == nil {
		t.Error("a failed fill was not reported")
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		if b, _ := os.ReadFile(filepath.Join(dir, fmt.Sprintf("f%02d.txt", i))); string(b) != fmt.Sprintf("file %d", i) {
			t.Errorf("f%02d.txt holds %q", i, b)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "kept.txt")); string(b) != "old" {
		t.Errorf("kept.txt was changed: %q", b)
	}
	assertNoTemp(t, dir, 21)
}

func TestCleanName(t *testing.T) {
	for in, want := range map[string]string{
		"通知.docx":                    "通知.docx",
		"报表\u202excod.exe\x1b]0;x\a": "报表_xcod.exe_]0;x_",
		"赤坎/宣传:部":                    "赤坎_宣传_部",
		" .隐藏. ":                     "隐藏",
		"a\u200bb\ufeffc":            "a_b_c",
	} {
		if got := CleanName(in); got != want {
			t.Errorf("CleanName(%q) = %q, want %q", in, got, want)
		}
	}
}
