// Package testrepo gives tests the repositories they share: the small
// clean repository of the check fixtures and the project's own 2019 data.
// Only tests import it.
package testrepo

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
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

// BundledQ3 is the bundled data with a third quarter that has each kind
// of report the ledger tells apart: on time, late, a draft, one that
// leaves owed tasks out (有漏报), one whose done is below 100 (R409: an
// error), one with an entry without summary (R404: an error), one that
// cannot be read (a full-width colon), one that reports a task done, a
// courtesy report from a unit (市委宣传部, its one task done in 2019Q2)
// that owes nothing, and enough complete reports of two rank groups
// (各县（市、区）党委宣传部, 党校) for the brief to praise some, and not
// others: one late, one with a red task of its own.
func BundledQ3() fstest.MapFS {
	m := Bundled()
	add := func(unit, text string) {
		m["reports/2019Q3/"+unit+".yaml"] = &fstest.MapFile{Data: []byte("unit: " + unit + "\nperiod: 2019Q3\n" + text)}
	}
	add("chikan-org", "submitted: 2019-10-08\nentries:\n"+
		"  - {task: 1, status: 推进中, progress: 70, summary: 推进}\n"+
		"  - {task: 16, status: 已完成, progress: 90, summary: 完成}\n"+
		"  - {task: 19, status: 滞后, progress: 25, summary: 滞后}\n")
	add("city-school", "submitted: 2019-10-15\nentries:\n"+
		"  - {task: 3, status: 推进中, progress: 80, summary: 推进}\n"+
		"  - {task: 9, status: 滞后, progress: 30, summary: 滞后}\n")
	add("mazhang-pub", "submitted: 2019-10-10\nentries:\n  - {task: 5, status: 已完成, summary: 完成}\n")
	add("xiashan-org", "entries:\n  - {task: 1, status: 推进中, progress: 40}\n")
	add("xiashan-pub", "submitted: 2019-10-11\nentries:\n  - {task: 5, status: 未启动, summary: 未启动}\n")
	add("chikan-pub", "submitted: 2019-09-28\nentries:\n  - {task: 5, status: 推进中, progress: 80, summary: 推进}\n")
	add("potou-pub", "submitted: 2019-10-09\nentries:\n  - {task: 5, status: 推进中, progress: 70, summary: 推进}\n")
	add("mazhang-org", "submitted: 2019-10-11\nentries:\n"+
		"  - {task: 1, status: 推进中, progress: 60, summary: 推进}\n"+
		"  - {task: 2, status: 已完成, summary: 完成}\n")
	// Ranked, but not praised: xuwen-pub submitted late (it ranks second,
	// behind mazhang-pub, done as well and on time); xiashan-school is
	// second of the party schools with a delayed, red, task of its own.
	add("xuwen-pub", "submitted: 2019-10-14\nentries:\n  - {task: 5, status: 已完成, summary: 完成}\n")
	add("chikan-school", "submitted: 2019-10-09\nentries:\n"+
		"  - {task: 3, status: 已完成, summary: 完成}\n  - {task: 5, status: 已完成, summary: 完成}\n"+
		"  - {task: 9, status: 推进中, progress: 80, summary: 推进}\n  - {task: 10, status: 推进中, progress: 80, summary: 推进}\n")
	add("xiashan-school", "submitted: 2019-10-09\nentries:\n"+
		"  - {task: 3, status: 已完成, summary: 完成}\n  - {task: 5, status: 推进中, progress: 60, summary: 推进}\n"+
		"  - {task: 9, status: 滞后, progress: 40, summary: 滞后}\n  - {task: 10, status: 推进中, progress: 60, summary: 推进}\n")
	add("potou-school", "submitted: 2019-10-09\nentries:\n"+
		"  - {task: 3, status: 推进中, progress: 70, summary: 推进}\n  - {task: 5, status: 推进中, progress: 70, summary: 推进}\n"+
		"  - {task: 9, status: 推进中, progress: 70, summary: 推进}\n  - {task: 10, status: 推进中, progress: 70, summary: 推进}\n")
	add("city-pub", "submitted: 2019-10-09\nentries:\n  - {task: 5, status: 已完成, summary: 已完成}\n")
	add("potou-org", "submitted: 2019-10-09\nentries:\n"+
		"  - {task: 1, status: 推进中, progress: 50, summary: 推进}\n"+
		"  - {task: 2, status: 推进中, progress: 40}\n")
	add("suixi-pub", "submitted: 2019-10-09\nentries:\n  - task: 5\n    status: 推进中\n    progress：60\n    summary: 推进\n")
	return m
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

// OldExcel is a small real workbook in the old Excel format (.xls, an
// OLE compound file), written by LibreOffice: what a unit sends back when
// it saves a form as "Excel 97-2003". The test of collect that writes one
// with LibreOffice runs only where LibreOffice is installed; this one is
// always there.
func OldExcel() []byte {
	b, err := os.ReadFile(filepath.Join(Root(), "internal", "testrepo", "testdata", "old-excel.xls"))
	if err != nil {
		panic(err)
	}
	return b
}

// Convert has LibreOffice save the file in in the format to ("xlsx",
// "xls"), in a profile of its own (another LibreOffice may be running),
// and returns the file written; false when LibreOffice is not installed.
func Convert(t testing.TB, in, to string) (string, bool) {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		return "", false
	}
	outDir, profile := t.TempDir(), t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "--headless", "-env:UserInstallation=file://"+filepath.ToSlash(profile),
		"--convert-to", to, "--outdir", outDir, in)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	out := filepath.Join(outDir, strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))+"."+to)
	if _, err := os.Stat(out); err != nil {
		t.Fatalf("soffice wrote no %s: %v", out, err)
	}
	return out, true
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
