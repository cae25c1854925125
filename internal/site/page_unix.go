//go:build unix

package site

import (
	"io"
	"os"
	"sync"
	"syscall"
)

// writePage writes a page's bytes to a new file p in the site's
// temporary folder, as os.WriteFile(p, data, 0o644) does, in three system
// calls: os.OpenFile adds four fcntl calls and a poller registration
// (refused for a regular file) to each open, five calls a page that the
// site's 2,206 pages paid for nothing.
func writePage(p string, data []byte) error {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(p, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_TRUNC|syscall.O_CLOEXEC, 0o644)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return &os.PathError{Op: "open", Path: p, Err: err}
	}
	for len(data) > 0 && err == nil {
		var n int
		n, err = syscall.Write(fd, data)
		switch {
		case err == syscall.EINTR || err == syscall.EAGAIN:
			err = nil
		case err == nil && n == 0:
			err = syscall.EIO
		case err == nil:
			data = data[n:]
		}
	}
	if err != nil {
		syscall.Close(fd)
		return &os.PathError{Op: "write", Path: p, Err: err}
	}
	if err = syscall.Close(fd); err != nil && err != syscall.EINTR {
		return &os.PathError{Op: "close", Path: p, Err: err}
	}
	return nil
}

// ownSingle says whether info is a file this process's user owns with no
// other name: only such a file is given again to a rebuilt site
// (reusePage). A page another user owns would stay theirs to change in
// the live site; one with another link (a snapshot made with cp -al)
// would stay shared with it.
func ownSingle(info os.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	return ok && int(st.Uid) == euid() && st.Nlink == 1
}

// euid is the process's effective user, asked of the system once, not
// for each of the pages ownSingle looks at.
var euid = sync.OnceValue(os.Geteuid)

// heldPage is an earlier site's page opened for reading by openHeld: a
// raw descriptor, read with pread, as writePage writes. os.Open adds
// four fcntl calls and a refused poller registration to each open, and
// its Stat and Close allocate; a rebuild opens every page it may keep.
type heldPage struct {
	fd       int
	dev, ino uint64
}

// openHeld opens p for reading and says which file it holds: never
// following a link nor waiting on a FIFO (O_NOFOLLOW, O_NONBLOCK), nor
// taking a terminal as the process's own (O_NOCTTY).
func openHeld(p string) (*heldPage, bool) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(p, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NOFOLLOW|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, false
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		syscall.Close(fd)
		return nil, false
	}
	return &heldPage{fd: fd, dev: uint64(st.Dev), ino: uint64(st.Ino)}, true
}

// ReadAt reads as io.ReaderAt says: len(b) bytes, or fewer and an error.
// A regular file reads short only at its end, so a short read is taken
// for io.EOF without a second call to see nothing more: the whole page
// and the byte after it are asked for in one read (sameContent).
func (h *heldPage) ReadAt(b []byte, off int64) (int, error) {
	for {
		n, err := syscall.Pread(h.fd, b, off)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return 0, err
		case n < len(b):
			return n, io.EOF
		}
		return n, nil
	}
}

// is says whether info describes the file h holds.
func (h *heldPage) is(info os.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	return ok && uint64(st.Dev) == h.dev && uint64(st.Ino) == h.ino
}

func (h *heldPage) Close() error { return syscall.Close(h.fd) }
