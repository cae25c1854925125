package site

import (
	"bytes"
	"io"
	"os"
	"sync"
)

// reuseChunk is how much of an earlier page reusePage reads at a time,
// reuseTail how much of its end it reads first.
const (
	reuseChunk = 64 << 10
	reuseTail  = 4 << 10
)

var reuseBufs = sync.Pool{New: func() any { b := make([]byte, reuseChunk); return &b }}

// reusePage gives the new site, at p, the earlier site's file at old when
// that file holds exactly data: a second name (a hard link) for the same
// file instead of a new one. A rebuild then neither creates nor deletes a
// file for a page that did not change, and creating files is most of what
// a rebuild costs the system (BENCHMARKS.md, round 9): on a file system
// that has just freed many files, each new one can take far longer to
// make than the page took to render.
//
// Only a regular file with the mode writePage gives, owned by this user
// and with no other name (ownSingle), is taken, read through
// the handle whose file is then linked and checked to be the one linked
// (a file swapped in between is not kept). ok is false when the page must
// be written; linkErr says why the link itself failed (a file system
// without hard links), so that the caller stops trying.
func reusePage(old, p string, data []byte) (ok bool, linkErr error) {
	info, err := os.Lstat(old)
	if err != nil || !info.Mode().IsRegular() || info.Mode().Perm() != 0o644 || info.Size() != int64(len(data)) || !ownSingle(info) {
		return false, nil
	}
	f, ok := openHeld(old)
	if !ok {
		return false, nil
	}
	defer f.Close()
	if !f.is(info) || !sameContent(f, data) {
		return false, nil
	}
	if err := os.Link(old, p); err != nil {
		return false, err
	}
	if got, err := os.Lstat(p); err != nil || !f.is(got) {
		os.Remove(p)
		return false, nil
	}
	return true, nil
}

// sameContent says whether r holds exactly data. A page shorter than a
// piece is read whole, with one byte more to see that nothing follows,
// in one read. A longer one is compared piece by piece, the last few
// kilobytes first: where a unit's page changed from one day to the next,
// it changed there (the day the figures are as of, at its foot), and the
// other pages differ near their top, which comes next.
func sameContent(r io.ReaderAt, data []byte) bool {
	bp := reuseBufs.Get().(*[]byte)
	defer reuseBufs.Put(bp)
	buf := *bp
	if len(data) < len(buf) {
		n, err := r.ReadAt(buf[:len(data)+1], 0)
		return n == len(data) && err == io.EOF && bytes.Equal(buf[:n], data)
	}
	same := func(off int, want []byte) bool {
		n, err := r.ReadAt(buf[:len(want)], int64(off))
		return n == len(want) && (err == nil || err == io.EOF) && bytes.Equal(buf[:n], want)
	}
	tail := max(0, len(data)-reuseTail)
	if !same(tail, data[tail:]) {
		return false
	}
	for off := 0; off < tail; off += len(buf) {
		if !same(off, data[off:min(tail, off+len(buf))]) {
			return false
		}
	}
	// Nothing after the end.
	n, _ := r.ReadAt(buf[:1], int64(len(data)))
	return n == 0
}
