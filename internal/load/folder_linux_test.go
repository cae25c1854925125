package load

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// Reading through the open folders gives what the general way gives, for
// every kind of entry: the shortcut reads plain files and leaves links,
// missing files and errors to ReadFile.
func TestFoldersReadAsReadFile(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "secret.yaml")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "reports", "2019Q2", "folder.yaml"), 0o755))
	must(os.WriteFile(outside, []byte("secret: 1\n"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "reports", "2019Q2", "a.yaml"), []byte("unit: a\n"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "reports", "2019Q2", "empty.yaml"), nil, 0o644))
	must(os.WriteFile(filepath.Join(dir, "reports", "2019Q2", "big.yaml"), bytes.Repeat([]byte("#"), MaxFileSize+1), 0o644))
	must(os.Symlink("a.yaml", filepath.Join(dir, "reports", "2019Q2", "inside.yaml")))
	must(os.Symlink(outside, filepath.Join(dir, "reports", "2019Q2", "out.yaml")))
	must(syscall.Mkfifo(filepath.Join(dir, "reports", "2019Q2", "fifo.yaml"), 0o644))
	fsys, err := Dir(dir)
	must(err)
	var jobs []job
	names := []string{"a", "empty", "big", "inside", "out", "fifo", "folder", "gone"}
	for _, n := range names {
		jobs = append(jobs, job{file: "reports/2019Q2/" + n + ".yaml"})
	}
	fo := openFolders(fsys, jobs)
	defer fo.close()
	shortcut := map[string]bool{"a": true, "empty": true, "big": true, "fifo": true, "folder": true}
	buf := make([]byte, 0, 1<<10) // a worker's buffer, from an earlier, longer file
	for i, j := range jobs {
		want, wantErr := Read(fsys, j.file, MaxFileSize)
		got, done, err := fo.read(j.file, buf)
		if done != shortcut[names[i]] {
			t.Errorf("%s: read by the shortcut %v, want %v", j.file, done, shortcut[names[i]])
		}
		if !done {
			continue
		}
		if !bytes.Equal(got, want) || (err == nil) != (wantErr == nil) || (err != nil && Refusal(err) != Refusal(wantErr)) {
			t.Errorf("%s: got %q, %v; the general way gives %q, %v", j.file, got, err, want, wantErr)
		}
		if strings.Contains(string(got), "secret") {
			t.Errorf("%s: read outside the root", j.file)
		}
	}
}

// A folder listed by readDir gives the names and types ReadDir gives.
func TestReadDirAsOS(t *testing.T) {
	dir := t.TempDir()
	for _, err := range []error{
		os.WriteFile(filepath.Join(dir, "a.yaml"), []byte("x: 1\n"), 0o644),
		os.Mkdir(filepath.Join(dir, "sub.yaml"), 0o755),
		os.Symlink("a.yaml", filepath.Join(dir, "link.yaml")),
		os.Symlink("/etc/passwd", filepath.Join(dir, "out.yaml")),
		syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o644),
		os.WriteFile(filepath.Join(dir, ".hidden"), nil, 0o644),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	fsys, err := Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := fs.ReadDir(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d entries, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Name() != want[i].Name() || got[i].Type() != want[i].Type() || got[i].IsDir() != want[i].IsDir() {
			t.Errorf("entry %d: %v, want %v", i, got[i], want[i])
		}
		gi, err1 := got[i].Info()
		wi, err2 := want[i].Info()
		if err1 != nil || err2 != nil || gi.Mode() != wi.Mode() || gi.Size() != wi.Size() {
			t.Errorf("entry %d info: %v %v, want %v %v", i, gi, err1, wi, err2)
		}
	}
}
