//go:build !unix

package site

import "os"

// writePage writes a page's bytes to a new file p in the site's
// temporary folder.
func writePage(p string, data []byte) error { return os.WriteFile(p, data, 0o644) }

// ownSingle says whether info may be given again to a rebuilt site: where
// owner and links cannot be told, never.
func ownSingle(info os.FileInfo) bool { return false }

// heldPage is an earlier site's page opened for reading by openHeld.
type heldPage struct{ *os.File }

// openHeld opens p for reading; where owner and links cannot be told
// (ownSingle) no page is given again, so this is never reached.
func openHeld(p string) (*heldPage, bool) {
	f, err := os.Open(p)
	if err != nil {
		return nil, false
	}
	return &heldPage{f}, true
}

// is says whether info describes the file h holds.
func (h *heldPage) is(info os.FileInfo) bool {
	held, err := h.Stat()
	return err == nil && os.SameFile(info, held)
}
