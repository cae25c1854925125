//go:build !linux

package load

import (
	"io/fs"
	"os"
)

// readDir lists an open folder of the root.
func (d dirFS) readDir(f *os.File, name string) ([]fs.DirEntry, error) { return f.ReadDir(-1) }
