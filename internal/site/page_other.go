//go:build !unix

package site

import "os"

// writePage writes a page's bytes to a new file p in the site's
// temporary folder.
func writePage(p string, data []byte) error { return os.WriteFile(p, data, 0o644) }

// ownSingle says whether info may be given again to a rebuilt site: where
// owner and links cannot be told, never.
func ownSingle(info os.FileInfo) bool { return false }
