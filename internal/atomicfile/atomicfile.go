// Package atomicfile writes files so that a reader, or a crash, only ever
// sees the old file or the whole new one: the content goes to a temporary
// file in the same folder, is synced, and is renamed into place.
package atomicfile

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync/atomic"
)

// ErrExists is returned when the target exists and overwriting was not asked for.
var ErrExists = errors.New("file exists")

// Write creates or replaces path with what fill writes. With overwrite
// false an existing file is left alone and ErrExists returned. On any error
// the temporary file is removed and path is untouched.
func Write(path string, perm fs.FileMode, overwrite bool, fill func(io.Writer) error) error {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return err
	}
	defer root.Close()
	return WriteIn(root, base, perm, overwrite, fill)
}

// WriteIn is Write inside root: name (relative to root, through any
// folder links) cannot lead outside it, so neither the temporary file nor
// the result lands anywhere else. A link at name itself is replaced, never
// written through.
func WriteIn(root *os.Root, name string, perm fs.FileMode, overwrite bool, fill func(io.Writer) error) error {
	if err := writeIn(root, name, perm, overwrite, fill); err != nil {
		return err
	}
	dir, _ := filepath.Split(name)
	return syncDir(root, dir)
}

// writeIn is WriteIn but for syncing the folder after the rename.
func writeIn(root *os.Root, name string, perm fs.FileMode, overwrite bool, fill func(io.Writer) error) (err error) {
	if !overwrite {
		if _, err := root.Lstat(name); err == nil {
			return ErrExists
		}
	}
	dir, base := filepath.Split(name)
	tmp, tmpName, err := createTemp(root, dir, base)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			root.Remove(tmpName)
		}
	}()
	if err = fill(tmp); err != nil {
		return err
	}
	if err = tmp.Chmod(perm); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if !overwrite {
		// Link refuses an existing target, closing the window between the
		// check above and the rename.
		switch lerr := root.Link(tmpName, name); {
		case lerr == nil:
			root.Remove(tmpName)
			return nil
		case errors.Is(lerr, fs.ErrExist):
			err = ErrExists
			return err
		}
		// No hard links on this file system: fall back to a rename.
		if _, lerr := root.Lstat(name); lerr == nil {
			err = ErrExists
			return err
		}
	}
	return root.Rename(tmpName, name)
}

// A Folder writes many files into one folder as Write writes each (a
// temporary file, synced, renamed into place), but syncs the folder
// once, when it is closed, rather than after every file: for a run of
// files such as a form for each of 2,000 units. Killed at any moment,
// each file is its old or its new self; once Close returns, every
// rename is on disk. A Folder may be used by several goroutines.
type Folder struct {
	root    *os.Root
	written atomic.Bool
}

// OpenFolder opens the folder at path for writing files into.
func OpenFolder(path string) (*Folder, error) {
	root, err := os.OpenRoot(path)
	if err != nil {
		return nil, err
	}
	return &Folder{root: root}, nil
}

// Write creates or replaces the file name in the folder as Write does.
func (f *Folder) Write(name string, perm fs.FileMode, overwrite bool, fill func(io.Writer) error) error {
	err := writeIn(f.root, name, perm, overwrite, fill)
	if err == nil {
		f.written.Store(true)
	}
	return err
}

// Close syncs the folder if a file was written in it, and closes it.
func (f *Folder) Close() error {
	if f.written.Load() {
		syncDir(f.root, "")
	}
	return f.root.Close()
}

// createTemp makes a new hidden file beside base in dir.
func createTemp(root *os.Root, dir, base string) (*os.File, string, error) {
	for try := 0; ; try++ {
		var r [6]byte
		rand.Read(r[:])
		name := filepath.Join(dir, "."+base+".tmp-"+hex.EncodeToString(r[:]))
		f, err := root.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		if err == nil {
			return f, name, nil
		}
		if !errors.Is(err, fs.ErrExist) || try > 100 {
			return nil, "", err
		}
	}
}

func syncDir(root *os.Root, dir string) error {
	if dir == "" {
		dir = "."
	}
	d, err := root.Open(dir)
	if err != nil {
		return nil
	}
	defer d.Close()
	_ = d.Sync() // best effort: not every file system syncs folders
	return nil
}
