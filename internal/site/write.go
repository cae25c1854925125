package site

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"tally/internal/atomicfile"
	"tally/internal/load"
)

// Marker is the file that names a folder as a tally site and lists the
// files tally wrote there: only those are ever replaced or removed.
const Marker = ".tally-site"

// removeWorkers delete an old site's files (removeListed); each takes
// at least removeBatch of them.
const (
	removeWorkers = 8
	removeBatch   = 64
)

const markerHead = "tally site: files written by tally; the folder is replaced as a whole on the next build\n"

// ForeignError refuses a folder that holds something tally did not write.
type ForeignError struct {
	Dir  string
	File string // relative to Dir
	// NoMarker is true when the folder is not a tally site at all.
	NoMarker bool
	// Link is where Dir leads when it is a symbolic link: the site is
	// replaced as a whole by renaming, which would replace the link.
	Link string
	// NotDir is true when Dir is a file.
	NotDir bool
}

func (e *ForeignError) Error() string {
	if e.Link != "" {
		return fmt.Sprintf("%s is a symbolic link to %s", e.Dir, e.Link)
	}
	if e.NoMarker {
		return fmt.Sprintf("%s is not empty and is not a tally site", e.Dir)
	}
	return fmt.Sprintf("%s holds %s, which tally did not write", e.Dir, e.File)
}

// Write puts the site of files in dir as a whole: it is written in a
// temporary folder beside dir and renamed into place, so that a reader
// sees the old site or the new one. dir must be missing, empty, or a site
// tally wrote before holding nothing else; files tally did not write are
// never deleted.
func Write(dir string, files []File) error {
	_, err := write(dir, func(put func(File) error) error {
		for _, f := range files {
			if err := put(f); err != nil {
				return err
			}
		}
		return nil
	})
	return err
}

// BuildTo renders the site of in into dir as Write puts it there, each
// page written as soon as it is rendered, and says what it wrote.
func BuildTo(dir string, in Input) (Built, error) {
	var built Built
	_, err := write(dir, func(put func(File) error) error {
		var err error
		built, err = Render(in, put)
		return err
	})
	return built, err
}

// write puts what fill puts (from any goroutine) in dir as Write does.
func write(dir string, fill func(put func(File) error) error) (n int, err error) {
	start := time.Now()
	// An absolute path, so that "." and ".." name a folder with a parent.
	if dir, err = filepath.Abs(dir); err != nil {
		return 0, err
	}
	old, err := previous(dir)
	if err != nil {
		return 0, err
	}
	parent, base := filepath.Split(dir)
	if parent == "" {
		parent = "."
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return 0, err
	}
	removeLeftovers(parent, base, start)
	tmp, err := os.MkdirTemp(parent, atomicfile.TempPrefix(base))
	if err != nil {
		return 0, err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp) // only what this call wrote
		}
	}()
	if err = os.Chmod(tmp, 0o755); err != nil {
		return 0, err
	}
	var mu sync.Mutex
	var paths []string
	made := map[string]bool{}
	// The earlier site's pages, each given again (reusePage) where the new
	// page is the same, until a link fails.
	earlier := make(map[string]bool, len(old))
	for _, p := range old {
		earlier[p] = p != Marker
	}
	var noLinks atomic.Bool
	err = fill(func(f File) error {
		if !fs.ValidPath(f.Path) || f.Path == Marker {
			return fmt.Errorf("bad site path %q", f.Path)
		}
		p := filepath.Join(tmp, filepath.FromSlash(f.Path))
		mu.Lock()
		paths = append(paths, f.Path)
		d := filepath.Dir(p)
		var err error
		if !made[d] {
			err = os.MkdirAll(d, 0o755)
			made[d] = err == nil
		}
		mu.Unlock()
		if err != nil {
			return err
		}
		if f.Open == nil && earlier[f.Path] && !noLinks.Load() {
			ok, linkErr := reusePage(filepath.Join(dir, filepath.FromSlash(f.Path)), p, f.Data)
			if ok {
				return nil
			}
			if linkErr != nil {
				noLinks.Store(true)
			}
		}
		return writeOne(p, f)
	})
	if err != nil {
		return 0, err
	}
	sort.Strings(paths)
	var list bytes.Buffer
	list.WriteString(markerHead)
	for _, p := range paths {
		list.WriteString(p + "\n")
	}
	if err = os.WriteFile(filepath.Join(tmp, Marker), list.Bytes(), 0o644); err != nil {
		return 0, err
	}
	switch {
	case old == nil:
		return len(paths), os.Rename(tmp, dir)
	case len(old) == 0:
		// An empty folder: removing it deletes nothing.
		if err = os.Remove(dir); err != nil {
			return 0, err
		}
		return len(paths), os.Rename(tmp, dir)
	}
	backup := tmp + ".old"
	if err = os.Rename(dir, backup); err != nil {
		return 0, err
	}
	if err = os.Rename(tmp, dir); err != nil {
		os.Rename(backup, dir)
		return 0, err
	}
	if !removeListed(backup, old) {
		return len(paths), &LeftError{Dir: backup}
	}
	return len(paths), nil
}

// LeftError says that the site was written whole but the old site, set
// aside in Dir, could not all be deleted (a file or folder of it made
// read-only, or another user's): what is left stays there for the user
// to look at, never deleted by force.
type LeftError struct{ Dir string }

func (e *LeftError) Error() string {
	return fmt.Sprintf("the site was written; the old site's files left in %s could not all be deleted", e.Dir)
}

// writeOne writes a file of the site: its data, or what its opener gives
// (an evidence file, copied without being held in memory), which must be
// the size it was said to be.
func writeOne(p string, f File) error {
	if f.Open == nil {
		return writePage(p, f.Data)
	}
	src, err := f.Open()
	if err != nil {
		return fmt.Errorf("%s: %w", f.Path, err)
	}
	defer src.Close()
	dst, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	n, err := io.Copy(dst, io.LimitReader(src, f.Size+1))
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err == nil && n != f.Size {
		err = fmt.Errorf("%s changed while the site was written", f.Path)
	}
	return err
}

// previous inspects dir: nil when it does not exist, an empty list when it
// is an empty folder, else the files of the earlier site it holds (its
// marker among them). Anything else is refused.
func previous(dir string) ([]string, error) {
	info, err := os.Lstat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		return nil, err
	case info.Mode()&fs.ModeSymlink != 0:
		to, _ := os.Readlink(dir)
		return nil, &ForeignError{Dir: dir, NoMarker: true, Link: to}
	case !info.IsDir():
		return nil, &ForeignError{Dir: dir, NoMarker: true, NotDir: true}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	if len(entries) == 0 {
		return []string{}, nil
	}
	// The marker is read as every file tally did not just write: a
	// regular file only and bounded, so a FIFO or a link to a device in
	// its place cannot hang or swell the run.
	data, err := load.ReadPath(filepath.Join(dir, Marker), load.MaxFileSize)
	if err != nil || !bytes.HasPrefix(data, []byte(markerHead)) {
		return nil, &ForeignError{Dir: dir, NoMarker: true}
	}
	listed := map[string]bool{Marker: true}
	sc := bufio.NewScanner(bytes.NewReader(data[len(markerHead):]))
	for sc.Scan() {
		if p := strings.TrimSpace(sc.Text()); fs.ValidPath(p) {
			listed[p] = true
		}
	}
	var foreign string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() || rel == "." {
			return nil
		}
		if !listed[rel] || !d.Type().IsRegular() {
			foreign = rel
			return fs.SkipAll
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if foreign != "" {
		return nil, &ForeignError{Dir: dir, File: foreign}
	}
	out := make([]string, 0, len(listed))
	for p := range listed {
		out = append(out, p)
	}
	sort.Strings(out)
	return out, nil
}

// removeLeftovers deletes the folders an earlier Write of the site named
// base left in parent when it was stopped (a half-built site, or the old
// one set aside): folders named as only Write names them, made before
// this run began at start.
func removeLeftovers(parent, base string, start time.Time) {
	entries, _ := os.ReadDir(parent)
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), atomicfile.TempPrefix(base)) || !atomicfile.IsTemp(e.Name()) {
			continue
		}
		p := filepath.Join(parent, e.Name())
		if info, err := os.Lstat(p); err == nil && info.IsDir() && info.ModTime().Before(start) {
			os.RemoveAll(p)
		}
	}
}

// removeListed deletes the files of an old site, then the folders they
// leave empty; anything else stays where it is.
//
// The files are deleted by several workers: the old site is already out
// of sight (renamed aside), and its deletion is the last thing a rebuild
// waits for. Deleting a file the system has written out to disk waits on
// the file system (freeing its inode and blocks, which the kernel does
// after it lets go of the folder's lock), not only on a core, so more
// workers than cores still gain (BENCHMARKS.md, round 8).
func removeListed(dir string, files []string) (gone bool) {
	workers := min(removeWorkers, 1+len(files)/removeBatch)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(files); i += workers {
				os.Remove(filepath.Join(dir, filepath.FromSlash(files[i])))
			}
		}()
	}
	dirs := map[string]bool{}
	for _, f := range files {
		for d := filepath.Dir(f); d != "."; d = filepath.Dir(d) {
			dirs[d] = true
		}
	}
	wg.Wait()
	var ds []string
	for d := range dirs {
		ds = append(ds, d)
	}
	// Deepest first.
	sort.Slice(ds, func(i, j int) bool {
		return strings.Count(ds[i], "/") > strings.Count(ds[j], "/") || (strings.Count(ds[i], "/") == strings.Count(ds[j], "/") && ds[i] < ds[j])
	})
	for _, d := range ds {
		os.Remove(filepath.Join(dir, filepath.FromSlash(d)))
	}
	os.Remove(dir)
	_, err := os.Lstat(dir)
	return errors.Is(err, fs.ErrNotExist)
}
