// Package atomicfile writes files so that a reader, or a crash, only ever
// sees the old file or the whole new one: the content goes to a temporary
// file in the same folder, is synced, and is renamed into place.
package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrExists is returned when the target exists and overwriting was not asked for.
var ErrExists = errors.New("file exists")

// Write creates or replaces path with what fill writes. With overwrite
// false an existing file is left alone and ErrExists returned. On any error
// the temporary file is removed and path is untouched.
func Write(path string, perm fs.FileMode, overwrite bool, fill func(io.Writer) error) (err error) {
	if !overwrite {
		if _, err := os.Lstat(path); err == nil {
			return ErrExists
		}
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
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
		switch lerr := os.Link(tmp.Name(), path); {
		case lerr == nil:
			os.Remove(tmp.Name())
			return syncDir(dir)
		case errors.Is(lerr, fs.ErrExist):
			err = ErrExists
			return err
		}
		// No hard links on this file system: fall back to a rename.
		if _, lerr := os.Lstat(path); lerr == nil {
			err = ErrExists
			return err
		}
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	return syncDir(dir)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return nil
	}
	defer d.Close()
	_ = d.Sync() // best effort: not every file system syncs folders
	return nil
}
