package load

import (
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
	"syscall"
)

// folders reads the data files of a load folder by folder: each folder
// (tasks/, reports/PERIOD/) is opened once through the os.Root, and each
// file in it with one open by its own name relative to the folder,
// refusing to follow a link (O_NOFOLLOW), without blocking on a FIFO.
// Through the root alone a file costs an open and a close for every
// component of its path and a poller registration besides: ten system
// calls a report where four do (open, fstat, read, close). Whatever the
// shortcut does not simply read (a link, a missing file, an error) is
// read again the general way (ReadFile), so what is refused and how it
// is reported does not change.
type folders struct {
	open map[string]*os.File
}

// openFolders opens the folders of jobs, when fsys is a data root made by
// Dir; nil otherwise (the general way serves).
func openFolders(fsys fs.FS, jobs []job) *folders {
	d, ok := fsys.(dirFS)
	if !ok {
		return nil
	}
	fo := &folders{open: map[string]*os.File{}}
	for _, j := range jobs {
		dir := path.Dir(j.file)
		if _, seen := fo.open[dir]; seen || dir == "." {
			continue
		}
		// Resolved through the root, links inside it followed; a folder
		// swapped for anything else since it was listed is not opened.
		f, err := d.r.OpenFile(dir, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_DIRECTORY, 0)
		if err != nil {
			f = nil
		}
		fo.open[dir] = f
	}
	return fo
}

func (fo *folders) close() {
	if fo == nil {
		return
	}
	for _, f := range fo.open {
		if f != nil {
			f.Close()
		}
	}
}

// read reads name as readFile would, into buf when it has room (the
// caller's buffer, used again for its next file); done is false when the
// general way must read it instead.
func (fo *folders) read(name string, buf []byte) (b []byte, done bool, err error) {
	if fo == nil {
		return nil, false, nil
	}
	dir, base := path.Split(name)
	f := fo.open[strings.TrimSuffix(dir, "/")]
	if f == nil || base == "" || base == "." || base == ".." {
		return nil, false, nil
	}
	var fd int
	for {
		fd, err = syscall.Openat(int(f.Fd()), base, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, false, nil // a link, gone, not allowed: the general way says which
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, false, nil
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return nil, true, errNotRegular
	}
	if st.Size > MaxFileSize {
		return nil, true, &sizeError{int(st.Size), MaxFileSize}
	}
	if int64(cap(buf)) <= st.Size {
		buf = nil // too small: a buffer of the file's size
	}
	b, err = readInto(fdReader(fd), st.Size, MaxFileSize, buf)
	if err != nil {
		if _, big := err.(*sizeError); !big {
			return nil, false, nil
		}
	}
	return b, true, err
}

// fdReader reads an open file descriptor.
type fdReader int

func (r fdReader) Read(p []byte) (int, error) {
	for {
		n, err := syscall.Read(int(r), p)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return 0, err
		case n == 0 && len(p) > 0:
			return 0, io.EOF
		}
		return n, nil
	}
}
