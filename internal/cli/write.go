package cli

import (
	"errors"
	"io"
	"os"
	"path/filepath"

	"tally/internal/atomicfile"
	"tally/internal/i18n"
)

// writeFile writes path atomically (a temporary file renamed into place)
// in a folder that exists. Without force an existing file is kept and exists
// is the message (exit 2); shown is how the path is named to the user.
func writeFile(path, shown string, perm os.FileMode, force bool, exists i18n.Text, data []byte) error {
	err := atomicfile.Write(path, perm, force, func(w io.Writer) error { _, err := w.Write(data); return err })
	switch {
	case errors.Is(err, atomicfile.ErrExists):
		return &Error{Code: ExitUsage, Msg: exists}
	case err != nil:
		return usage("无法写入 %s：%v", "cannot write %s: %v", shown, err)
	}
	return nil
}

// makeDir creates the folder of a file tally is about to write in the data
// root; shown is how the file is named to the user.
func makeDir(path, shown string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return usage("无法创建目录 %s：%v", "cannot create the folder %s: %v", filepath.Dir(shown), err)
	}
	return nil
}
