package cli

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"tally/internal/atomicfile"
	"tally/internal/i18n"
	"tally/internal/load"
)

// writeFile writes path atomically (a temporary file renamed into place)
// in a folder that exists. Without force an existing file is kept and exists
// is the message (exit 2); shown is how the path is named to the user.
func writeFile(path, shown string, perm os.FileMode, force bool, exists i18n.Text, data []byte) error {
	if err := folderThere(path, shown); err != nil {
		return err
	}
	err := atomicfile.Write(path, perm, force, func(w io.Writer) error { _, err := w.Write(data); return err })
	switch {
	case errors.Is(err, atomicfile.ErrExists):
		return &Error{Code: ExitUsage, Msg: exists}
	case errors.Is(err, fs.ErrPermission):
		return usageError("没有权限写入 %s；请换一个位置，或检查文件夹的权限", "no permission to write %s; write somewhere else, or check the folder's permissions", shown)
	case err != nil:
		return usageError("无法写入 %s：%v", "cannot write %s: %v", shown, err)
	}
	return nil
}

// folderThere refuses a path whose folder is not there.
func folderThere(path, shown string) error {
	info, err := os.Stat(filepath.Dir(path))
	switch {
	case err == nil && !info.IsDir():
		return usageError("%s 是一个文件，不是目录；请换一个位置", "%s is a file, not a folder; write somewhere else", filepath.Dir(shown))
	case err != nil:
		return usageError("目录 %s 不存在；请先建好这个目录，或换一个位置", "there is no folder %s; create it first, or write somewhere else",
			filepath.Dir(shown))
	}
	return nil
}

// outputFree refuses, before any work is done, what writeFile would
// refuse at the end: a path whose folder is not there, or a file already
// there without --force (said by exists). writeFile checks again as it
// writes.
func outputFree(path, shown string, force bool, exists i18n.Text) error {
	if err := folderThere(path, shown); err != nil {
		return err
	}
	info, err := os.Stat(path)
	if err == nil && info.IsDir() {
		return usageError("%s 是一个文件夹，不能写成文件；请换一个文件名", "%s is a folder, not a file; choose another name", shown)
	}
	if _, err := os.Lstat(path); err == nil && !force {
		return &Error{Code: ExitUsage, Msg: exists}
	}
	return nil
}

// writeInRoot writes rel, a path inside the data root, through an os.Root
// on it, creating its folder: no link on the way (a linked reports/ or
// period folder) can lead the write outside. Otherwise as writeFile.
func writeInRoot(root, rel string, perm os.FileMode, force bool, exists i18n.Text, data []byte) error {
	return writeInRootWith(root, rel, perm, force, exists, func(w io.Writer) error { _, err := w.Write(data); return err })
}

// writeInRootWith is writeInRoot with the content written by fill (a
// copy streamed from another file).
func writeInRootWith(root, rel string, perm os.FileMode, force bool, exists i18n.Text, fill func(io.Writer) error) error {
	dir, err := os.OpenRoot(root)
	if err != nil {
		return usageError("无法打开数据目录 %s：%v", "cannot open the data root %s: %v", root, err)
	}
	defer dir.Close()
	folder := filepath.ToSlash(filepath.Dir(rel))
	if _, err := load.Resolve(dir.FS(), folder); err != nil {
		return usageError("%s/ 经符号链接通向数据目录之外，不在那里写入", "%s/ leads outside the data root through a symbolic link; nothing is written there", folder)
	}
	if err := dir.MkdirAll(filepath.Dir(rel), 0o755); err != nil {
		return usageError("无法创建目录 %s：%v", "cannot create the folder %s: %v", folder, err)
	}
	err = atomicfile.WriteIn(dir, rel, perm, force, fill)
	switch {
	case errors.Is(err, atomicfile.ErrExists):
		return &Error{Code: ExitUsage, Msg: exists}
	case err != nil:
		return usageError("无法写入 %s：%v", "cannot write %s: %v", filepath.ToSlash(rel), err)
	}
	return nil
}

// readInRoot reads rel, a file inside the data root, as every data file is
// read (load.Read): through the root's boundary, a regular file only, at
// most load.MaxFileSize bytes.
func readInRoot(root, rel string) ([]byte, error) {
	fsys, err := load.Dir(root)
	if err != nil {
		return nil, err
	}
	defer fsys.(io.Closer).Close()
	return load.Read(fsys, rel, load.MaxFileSize)
}
