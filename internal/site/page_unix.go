//go:build unix

package site

import (
	"os"
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
	return ok && int(st.Uid) == os.Geteuid() && st.Nlink == 1
}
