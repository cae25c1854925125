package load

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/model"
)

// Dir opens the data root as a file system that cannot leave it: every
// path is resolved through an os.Root, so no component (a linked tasks/
// or reports/ folder, a link inside a linked folder) reaches outside, and
// files are opened without blocking, so a FIFO cannot stall a read.
func Dir(root string) (fs.FS, error) {
	r, err := os.OpenRoot(root)
	if err != nil {
		return nil, err
	}
	return dirFS{r}, nil
}

// OpenRoot returns the os.Root behind a file system made by Dir, for
// writing inside the same boundary.
func OpenRoot(fsys fs.FS) (*os.Root, bool) {
	d, ok := fsys.(dirFS)
	return d.r, ok
}

type dirFS struct{ r *os.Root }

// Close releases the folder the file system holds open.
func (d dirFS) Close() error { return d.r.Close() }

func (d dirFS) name(op, name string) (string, error) {
	if !fs.ValidPath(name) || strings.Contains(name, "\\") {
		return "", &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	return filepath.FromSlash(name), nil
}

func (d dirFS) Open(name string) (fs.File, error) {
	n, err := d.name("open", name)
	if err != nil {
		return nil, err
	}
	f, err := d.r.OpenFile(n, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, err
	}
	return f, nil
}

func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) {
	f, err := d.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	entries, err := d.readDir(f.(*os.File), name)
	slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return entries, err
}

func (d dirFS) Stat(name string) (fs.FileInfo, error) {
	n, err := d.name("stat", name)
	if err != nil {
		return nil, err
	}
	return d.r.Stat(n)
}

func (d dirFS) Lstat(name string) (fs.FileInfo, error) {
	n, err := d.name("lstat", name)
	if err != nil {
		return nil, err
	}
	return d.r.Lstat(n)
}

func (d dirFS) ReadLink(name string) (string, error) {
	n, err := d.name("readlink", name)
	if err != nil {
		return "", err
	}
	dest, err := d.r.Readlink(n)
	return filepath.ToSlash(dest), err
}

// ErrOutside means a path, through some link on the way, leads outside
// the data root (or through too many links).
var ErrOutside = errors.New("the path leads outside the data root")

// errNotRegular and errTooLarge are what ReadFile refuses besides links out.
var (
	errNotRegular = errors.New("not a regular file")
	errTooLarge   = errors.New("over the size limit")
)

// Resolve follows the symbolic links on the way to name, component by
// component, and returns the name with no link left in it, or ErrOutside
// when any link leads outside the root. A name that does not exist is
// returned as far as it resolves, for the caller's own not-found error.
func Resolve(fsys fs.FS, name string) (string, error) {
	rl, ok := fsys.(fs.ReadLinkFS)
	if !ok {
		return name, nil
	}
	parts := strings.Split(name, "/")
	done := "."
	for hops := 0; len(parts) > 0; {
		p := parts[0]
		parts = parts[1:]
		cur := path.Join(done, p)
		if cur == ".." || strings.HasPrefix(cur, "../") {
			return "", ErrOutside
		}
		if p == "." || p == ".." || p == "" {
			done = cur // done holds no link: its parent is lexical
			continue
		}
		info, err := rl.Lstat(cur)
		if err != nil {
			return path.Join(append([]string{cur}, parts...)...), nil
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			done = cur
			continue
		}
		if hops++; hops > 16 {
			return "", ErrOutside
		}
		dest, err := rl.ReadLink(cur)
		if err != nil || dest == "" || path.IsAbs(dest) || strings.Contains(dest, "\\") || filepath.IsAbs(dest) || filepath.VolumeName(dest) != "" {
			return "", ErrOutside
		}
		parts = append(strings.Split(dest, "/"), parts...)
	}
	return done, nil
}

// ReadFile reads one file of the data root the way every data file is
// read: through links only inside the root, regular files only (never a
// FIFO, a device or a folder), and at most MaxFileSize bytes. When it
// refuses, d says why at the file; nothing of a refused file is read.
func ReadFile(fsys fs.FS, name string, d *diag.List) ([]byte, bool) {
	return readVia(nil, fsys, name, d, nil)
}

// readVia is ReadFile through the folders a load opened, where they
// serve, into buf when it has room.
func readVia(fo *folders, fsys fs.FS, name string, d *diag.List, buf []byte) ([]byte, bool) {
	b, done, err := fo.read(name, buf)
	if !done {
		b, err = Read(fsys, name, MaxFileSize)
	}
	if err != nil {
		d.Add(name, model.Pos{Line: 1, Col: 1}, refusalRule(err), Refusal(err))
		return nil, false
	}
	return b, true
}

func refusalRule(err error) string {
	switch {
	case errors.Is(err, ErrOutside):
		return diag.Symlink
	case errors.Is(err, errTooLarge):
		return diag.TooLarge
	case errors.Is(err, errNotRegular):
		return diag.BinaryFile
	}
	return diag.MissingFile
}

// Refusal says in both languages why a file was not read.
func Refusal(err error) i18n.Text {
	var big *sizeError
	switch {
	case errors.Is(err, ErrOutside):
		return i18n.T("符号链接指向数据目录之外或无法解析，未读取", "the symbolic link leads outside the data root or cannot be resolved; not read")
	case errors.As(err, &big):
		return overLimit(big.size, big.limit)
	case errors.Is(err, errNotRegular):
		return i18n.T("不是普通文件（可能是管道、设备或文件夹），未读取", "not a regular file (a pipe, a device or a folder); not read")
	case errors.Is(err, fs.ErrNotExist):
		return i18n.T("文件不存在", "the file does not exist")
	}
	return i18n.F("无法读取：%v", "cannot read: %v", err)
}

type sizeError struct{ size, limit int }

func (e *sizeError) Error() string { return errTooLarge.Error() }
func (e *sizeError) Unwrap() error { return errTooLarge }

// Read is the one reader of a file in a file system tally did not just
// write itself: through links only inside the root, a regular file only
// (a FIFO is opened without waiting and refused, as are devices and
// folders), and at most limit bytes, checked on the open file before
// reading and again while reading (a file that grows is refused too).
// Its errors say why with Refusal; fs.ErrNotExist when there is nothing.
func Read(fsys fs.FS, name string, limit int64) ([]byte, error) {
	f, info, err := Open(fsys, name, limit)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readLimited(f, info.Size(), limit)
}

// Open opens a file of the data root the way every file there is read:
// through links only inside the root, a regular file only (a FIFO is
// opened without waiting and refused, as are devices and folders), and
// at most limit bytes by the open file's own size. Its errors say why
// with Refusal. Nothing is read: the caller reads what it needs, within
// the limit.
func Open(fsys fs.FS, name string, limit int64) (fs.File, fs.FileInfo, error) {
	target := name
	if _, ok := fsys.(dirFS); !ok {
		// The os.Root behind dirFS refuses a way out by itself; other
		// file systems (a git snapshot) are resolved here.
		var err error
		if target, err = Resolve(fsys, name); err != nil {
			return nil, nil, err
		}
		info, err := fs.Stat(fsys, target)
		if err != nil {
			return nil, nil, err
		}
		if err := fitFile(info, limit); err != nil {
			return nil, nil, err
		}
	}
	f, err := fsys.Open(target)
	if err != nil {
		if _, rerr := Resolve(fsys, name); rerr != nil {
			return nil, nil, rerr // say that a link leads out, not how the root refused it
		}
		return nil, nil, err
	}
	// Ask the open file: what was checked by name may have been swapped.
	info, err := f.Stat()
	if err == nil {
		err = fitFile(info, limit)
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, info, nil
}

func fitFile(info fs.FileInfo, limit int64) error {
	if !info.Mode().IsRegular() {
		return errNotRegular
	}
	if info.Size() > limit {
		return &sizeError{int(info.Size()), int(limit)}
	}
	return nil
}

// readLimited reads at most one byte past limit into a buffer of the
// size the file said it had (so that no memory is wasted on growing it):
// a file that grew since is still refused. A read that asked for more and
// stopped at that size met the end of the file, which needs no second
// read to confirm: a file that grew fills the byte to spare.
func readLimited(r io.Reader, size, limit int64) ([]byte, error) {
	return readInto(r, size, limit, nil)
}

// readInto is readLimited into buf, which must have room for size+1
// bytes (nil: a new buffer).
func readInto(r io.Reader, size, limit int64, buf []byte) ([]byte, error) {
	b := buf[:0]
	if buf == nil {
		b = make([]byte, 0, size+1)
	}
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF || (err == nil && n > 0 && int64(len(b)) == size && len(b) < cap(b)) {
			break
		}
		if err != nil {
			return nil, err
		}
		if int64(len(b)) > limit {
			return nil, &sizeError{len(b), int(limit)}
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
	return b, nil
}

// ReadPath reads a file named on the command line (a notice, a table to
// import), outside any data root: a regular file only, never a FIFO or a
// device, and at most limit bytes.
func ReadPath(name string, limit int64) ([]byte, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errNotRegular
	}
	if info.Size() > limit {
		return nil, &sizeError{int(info.Size()), int(limit)}
	}
	f, err := os.OpenFile(name, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info, err = f.Stat(); err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errNotRegular
	}
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, &sizeError{len(b), int(limit)}
	}
	return b, nil
}

// IsNotRegular says that Open or a read refused a file for not being a
// regular file (a folder, a pipe, a device).
func IsNotRegular(err error) bool { return errors.Is(err, errNotRegular) }

// IsTooLarge says that Open or a read refused a file for its size.
func IsTooLarge(err error) bool { return errors.Is(err, errTooLarge) }
