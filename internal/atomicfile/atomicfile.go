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
	"strings"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"
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

// CleanName is name fit to name a file anywhere: what Windows refuses
// (\ / : * ? " < > |), controls, and format characters (the bidi
// overrides, which would make "…\u202Excod.exe" show as another name)
// become "_", and spaces and dots are trimmed from both ends.
func CleanName(name string) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`\/:*?"<>|`, r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError {
			return '_'
		}
		return r
	}, name)
	return strings.Trim(name, " .")
}

// TempPrefix begins the name of every temporary file or folder tally
// makes beside base: ".base.tmp-", then 12 hex digits (a file of this
// package) or decimal digits (a folder made by os.MkdirTemp, the site's),
// and ".old" for a folder set aside while the new one is renamed in.
func TempPrefix(base string) string { return "." + base + ".tmp-" }

// IsTemp reports whether name has the form of TempPrefix: left behind
// when tally was stopped while writing, and no file of the user's.
func IsTemp(name string) bool {
	name = strings.TrimSuffix(name, ".old")
	i := strings.LastIndex(name, ".tmp-")
	if !strings.HasPrefix(name, ".") || i < 2 {
		return false
	}
	tail := name[i+len(".tmp-"):]
	hexOnly, digits := len(tail) == 12, tail != ""
	for _, c := range tail {
		digits = digits && c >= '0' && c <= '9'
		hexOnly = hexOnly && (c >= '0' && c <= '9' || c >= 'a' && c <= 'f')
	}
	return hexOnly || digits
}

// isTempYAML reports whether name is a temporary file this package makes
// for a data file: ".NAME.yaml.tmp-" and 12 hex digits. Only these are
// removed: a user's own file that merely looks like a leftover (a
// ".notes.tmp-2019") is warned of by check, never deleted.
func isTempYAML(name string) bool {
	i := strings.LastIndex(name, ".tmp-")
	return IsTemp(name) && !strings.HasSuffix(name, ".old") && i > 0 &&
		strings.HasSuffix(name[:i], ".yaml") && len(name)-i-len(".tmp-") == 12
}

// CleanIn removes from folder dir of root the temporary files of this
// package for data files (isTempYAML, regular files, never a link) last changed before
// before: what a run stopped while writing left there. A run still under
// way started after before has nothing there older. It returns the names
// removed, relative to root.
func CleanIn(root *os.Root, dir string, before time.Time) []string {
	f, err := root.Open(dir)
	if err != nil {
		return nil
	}
	entries, _ := f.ReadDir(-1)
	f.Close()
	var removed []string
	for _, e := range entries {
		if !e.Type().IsRegular() || !isTempYAML(e.Name()) {
			continue
		}
		name := filepath.Join(dir, e.Name())
		if info, err := root.Lstat(name); err == nil && info.Mode().IsRegular() && info.ModTime().Before(before) && root.Remove(name) == nil {
			removed = append(removed, filepath.ToSlash(name))
		}
	}
	return removed
}

// createTemp makes a new hidden file beside base in dir.
func createTemp(root *os.Root, dir, base string) (*os.File, string, error) {
	for try := 0; ; try++ {
		var r [6]byte
		rand.Read(r[:])
		name := filepath.Join(dir, TempPrefix(base)+hex.EncodeToString(r[:]))
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
