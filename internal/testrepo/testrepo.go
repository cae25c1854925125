// Package testrepo gives tests the repositories they share: the small
// clean repository of the check fixtures and the project's own 2019 data.
// Only tests import it.
package testrepo

import (
	"archive/zip"
	"bytes"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing/fstest"
)

// Root is the module's root folder.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// Base is the check fixtures' small clean repository (two tasks, four units,
// one report), in memory.
func Base() fstest.MapFS {
	return read(filepath.Join(Root(), "internal", "check", "testdata", "base"), "*", "*/*", "*/*/*")
}

// Bundled is a fixed copy of the project's own data (plan, units, tasks,
// the 2019Q2 reports and seeds) as it was when the tests were written. Tests
// never read the live data at the module root: a unit adding its report
// there must not change what a test sees.
func Bundled() fstest.MapFS {
	return read(BundledDir(), "plan.yaml", "units.yaml", "tasks/*.yaml", "reports/*/*.yaml", "seeds/*")
}

// BundledDir is the folder that holds the fixed copy.
func BundledDir() string { return filepath.Join(Root(), "internal", "testrepo", "testdata", "bundled") }

func read(dir string, patterns ...string) fstest.MapFS {
	m := fstest.MapFS{}
	root := os.DirFS(dir)
	for _, p := range patterns {
		files, _ := fs.Glob(root, p)
		for _, f := range files {
			if info, err := fs.Stat(root, f); err != nil || info.IsDir() {
				continue
			}
			if b, err := fs.ReadFile(root, f); err == nil {
				m[f] = &fstest.MapFile{Data: b}
			}
		}
	}
	return m
}

// Write lays a repository out in dir.
func Write(dir string, m fstest.MapFS) error {
	for name, f := range m {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Rezip is a copy of the zip archive data (a workbook, a document) with
// the named parts replaced or added: for crafting hostile files.
func Rezip(data []byte, parts map[string][]byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	put := func(name string, content []byte) error {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
		if err == nil {
			_, err = w.Write(content)
		}
		return err
	}
	left := maps.Clone(parts)
	for _, f := range zr.File {
		content, ok := left[f.Name]
		delete(left, f.Name)
		if !ok {
			rc, err := f.Open()
			if err != nil {
				return nil, err
			}
			content, err = io.ReadAll(rc)
			rc.Close()
			if err != nil {
				return nil, err
			}
		}
		if err := put(f.Name, content); err != nil {
			return nil, err
		}
	}
	for _, name := range slices.Sorted(maps.Keys(left)) {
		if err := put(name, left[name]); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
