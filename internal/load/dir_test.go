//go:build unix

package load

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"testing/fstest"
)

// ReadPath, for files named on the command line (a notice, a table to
// import), reads regular files only, never waiting on a FIFO, and at
// most the limit.
func TestReadPath(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "notice.txt")
	os.WriteFile(ok, []byte("通知"), 0o644)
	if b, err := ReadPath(ok, 100); err != nil || string(b) != "通知" {
		t.Fatalf("a plain file: %q, %v", b, err)
	}
	if _, err := ReadPath(ok, 3); !errors.Is(err, errTooLarge) {
		t.Errorf("over the limit: %v", err)
	} else if msg := Refusal(err).Zh; msg != "文件有 6 B，超过上限 3 B，未读取" {
		t.Errorf("refusal: %s", msg)
	}
	if _, err := ReadPath(dir, 100); !errors.Is(err, errNotRegular) {
		t.Errorf("a folder: %v", err)
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err == nil {
		if _, err := ReadPath(fifo, 100); !errors.Is(err, errNotRegular) {
			t.Errorf("a FIFO: %v", err)
		}
	}
	if _, err := ReadPath("/dev/zero", 100); !errors.Is(err, errNotRegular) {
		t.Errorf("a device: %v", err)
	}
}

// Resolve follows links component by component, from where each link
// really is, and refuses any way out of the root.
func TestResolve(t *testing.T) {
	link := func(dest string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(dest), Mode: os.ModeSymlink | 0o777}
	}
	fsys := fstest.MapFS{
		"store/deep/tasks/1.yaml": {Data: []byte("x")},
		"tasks":                   link("store/deep/tasks"),
		"store/deep/tasks/2.yaml": link("../../../x.yaml"),
		"store/deep/tasks/3.yaml": link("../../../../x.yaml"),
		"store/deep/tasks/4.yaml": link("/etc/passwd"),
		"store/deep/tasks/5.yaml": link("5.yaml"),
		"x.yaml":                  {Data: []byte("y")},
		"reports":                 link(".."),
	}
	for name, want := range map[string]string{
		"tasks/1.yaml":   "store/deep/tasks/1.yaml",
		"tasks/2.yaml":   "x.yaml",
		"tasks/9.yaml":   "store/deep/tasks/9.yaml",
		"tasks/3.yaml":   "",
		"tasks/4.yaml":   "",
		"tasks/5.yaml":   "",
		"reports":        "",
		"reports/x.yaml": "",
	} {
		got, err := Resolve(fsys, name)
		if want == "" {
			if !errors.Is(err, ErrOutside) {
				t.Errorf("Resolve(%q) = %q, %v; want ErrOutside", name, got, err)
			}
			continue
		}
		if err != nil || got != want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", name, got, err, want)
		}
	}
}
