package load

import (
	"bytes"
	"io/fs"
	"os"
	"path"
	"syscall"
	"unsafe"
)

// readDir lists an open folder of the root with the types the kernel
// gives with the names. os.File.ReadDir on a folder opened through an
// os.Root asks lstat for every entry instead (one system call a report
// file, and the listing runs before any file can be read); here an entry
// is looked up through the root only when the kernel does not say its
// type, and for Info.
func (d dirFS) readDir(f *os.File, name string) ([]fs.DirEntry, error) {
	var out []fs.DirEntry
	buf := make([]byte, 32<<10)
	fd := int(f.Fd())
	for {
		n, err := syscall.ReadDirent(fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return out, &fs.PathError{Op: "readdirent", Path: name, Err: err}
		}
		if n <= 0 {
			return out, nil
		}
		for rec := buf[:n]; len(rec) > 0; {
			reclen := int(*(*uint16)(unsafe.Pointer(&rec[unsafe.Offsetof(syscall.Dirent{}.Reclen)])))
			if reclen <= 0 || reclen > len(rec) {
				return out, &fs.PathError{Op: "readdirent", Path: name, Err: syscall.EIO}
			}
			typ := rec[unsafe.Offsetof(syscall.Dirent{}.Type)]
			nameBytes := rec[unsafe.Offsetof(syscall.Dirent{}.Name):reclen]
			if i := bytes.IndexByte(nameBytes, 0); i >= 0 {
				nameBytes = nameBytes[:i]
			}
			rec = rec[reclen:]
			base := string(nameBytes)
			if base == "." || base == ".." || base == "" {
				continue
			}
			e := &dirEntry{fsys: d, dir: name, name: base}
			switch typ {
			case syscall.DT_REG:
			case syscall.DT_DIR:
				e.typ = fs.ModeDir
			case syscall.DT_LNK:
				e.typ = fs.ModeSymlink
			case syscall.DT_FIFO:
				e.typ = fs.ModeNamedPipe
			case syscall.DT_SOCK:
				e.typ = fs.ModeSocket
			case syscall.DT_CHR:
				e.typ = fs.ModeDevice | fs.ModeCharDevice
			case syscall.DT_BLK:
				e.typ = fs.ModeDevice
			default: // the file system does not say: ask, through the root
				info, err := e.Info()
				if err != nil {
					continue // gone since it was listed
				}
				e.typ = info.Mode().Type()
			}
			out = append(out, e)
		}
	}
}

// dirEntry is an entry listed by readDir.
type dirEntry struct {
	fsys      dirFS
	dir, name string
	typ       fs.FileMode
}

func (e *dirEntry) Name() string      { return e.name }
func (e *dirEntry) IsDir() bool       { return e.typ.IsDir() }
func (e *dirEntry) Type() fs.FileMode { return e.typ }
func (e *dirEntry) Info() (fs.FileInfo, error) {
	return e.fsys.Lstat(path.Join(e.dir, e.name))
}
func (e *dirEntry) String() string { return fs.FormatDirEntry(e) }
