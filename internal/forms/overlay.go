package forms

import (
	"io/fs"
	"sort"
	"testing/fstest"
)

// Overlay is base with files laid over it (path → content) and
// attachments (path → a file of a form's folder), so that the loader and
// the checks see collected reports and their evidence before any is
// written.
func Overlay(base fs.FS, files map[string][]byte, attached map[string]Attachment) fs.FS {
	m := fstest.MapFS{}
	for name, b := range files {
		m[name] = &fstest.MapFile{Data: b, Mode: 0o644}
	}
	for name := range attached {
		m[name] = &fstest.MapFile{Mode: 0o644} // listed here, opened from its folder
	}
	return &overlay{base: base, top: m, attached: attached}
}

type overlay struct {
	base     fs.FS
	top      fstest.MapFS
	attached map[string]Attachment
}

func (o *overlay) Open(name string) (fs.File, error) {
	if a, ok := o.attached[name]; ok {
		return a.From.Open(a.Name)
	}
	if _, ok := o.top[name]; ok {
		return o.top.Open(name)
	}
	f, err := o.base.Open(name)
	if err != nil {
		if _, terr := fs.Stat(o.top, name); terr == nil {
			return o.top.Open(name) // a folder only the overlay has
		}
	}
	return f, err
}

func (o *overlay) Stat(name string) (fs.FileInfo, error) {
	if a, ok := o.attached[name]; ok {
		return fs.Stat(a.From, a.Name)
	}
	if _, ok := o.top[name]; ok {
		return fs.Stat(o.top, name)
	}
	info, err := fs.Stat(o.base, name)
	if err != nil {
		if tinfo, terr := fs.Stat(o.top, name); terr == nil {
			return tinfo, nil
		}
	}
	return info, err
}

func (o *overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	base, berr := fs.ReadDir(o.base, name)
	top, terr := fs.ReadDir(o.top, name)
	if terr != nil {
		return base, berr
	}
	byName := map[string]fs.DirEntry{}
	for _, e := range base {
		byName[e.Name()] = e
	}
	for _, e := range top {
		if old, ok := byName[e.Name()]; ok && old.IsDir() && e.IsDir() {
			continue
		}
		byName[e.Name()] = e
	}
	out := make([]fs.DirEntry, 0, len(byName))
	for _, e := range byName {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}

func (o *overlay) ReadLink(name string) (string, error) {
	if _, err := fs.Stat(o.top, name); err == nil {
		return "", &fs.PathError{Op: "readlink", Path: name, Err: fs.ErrInvalid}
	}
	if l, ok := o.base.(fs.ReadLinkFS); ok {
		return l.ReadLink(name)
	}
	return "", &fs.PathError{Op: "readlink", Path: name, Err: fs.ErrInvalid}
}

func (o *overlay) Lstat(name string) (fs.FileInfo, error) {
	if a, ok := o.attached[name]; ok {
		return fs.Stat(a.From, a.Name) // judged a regular file in its folder by Attach
	}
	if _, ok := o.top[name]; ok {
		return fs.Stat(o.top, name)
	}
	if l, ok := o.base.(fs.ReadLinkFS); ok {
		info, err := l.Lstat(name)
		if err != nil {
			if tinfo, terr := fs.Stat(o.top, name); terr == nil {
				return tinfo, nil
			}
		}
		return info, err
	}
	return o.Stat(name)
}
