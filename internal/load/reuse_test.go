package load

import (
	"io/fs"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rogpeppe/go-internal/txtar"

	"tally/internal/gen"
	"tally/internal/testrepo"
)

// Each loader worker reads file after file into one buffer, so nothing
// loaded may point into a file's bytes. Overwriting them once a file is
// decoded (Options.poison) must change nothing: on the bundled data, a
// generated repository, and every check fixture (files broken in every
// way check knows), read through a data root (the folders' shortcut) and
// through a plain file system, with and without texts, with clean reports
// read directly (directReport) and through yaml.Node trees.
func TestNothingPointsIntoReadBuffers(t *testing.T) {
	repos := map[string]fstest.MapFS{"bundled": testrepo.Bundled(), "bundled Q3": testrepo.BundledQ3()}
	cases, _ := filepath.Glob("../check/testdata/cases/*.txtar")
	if len(cases) == 0 {
		t.Fatal("no check fixtures")
	}
	for _, file := range cases {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		fsys := testrepo.Base()
		for _, f := range ar.Files {
			fsys[f.Name] = &fstest.MapFile{Data: f.Data}
		}
		repos[strings.TrimSuffix(filepath.Base(file), ".txtar")] = fsys
	}
	generated := t.TempDir()
	if err := gen.Write(generated, gen.Options{Tasks: 12, Units: 60, Periods: 4, Seed: 5, Missing: 0.1}); err != nil {
		t.Fatal(err)
	}
	roots := map[string]string{"generated": generated}
	for name, fsys := range repos {
		dir := filepath.Join(t.TempDir(), "repo")
		if err := testrepo.Write(dir, fsys); err != nil {
			t.Fatal(err)
		}
		roots[name] = dir
		samePoisoned(t, name+" (a file system)", fsys)
	}
	for name, dir := range roots {
		root, err := Dir(dir)
		if err != nil {
			t.Fatal(err)
		}
		samePoisoned(t, name, root)
	}
}

// samePoisoned loads fsys with and without overwriting each file's bytes
// once decoded, and fails unless the results agree.
func samePoisoned(t *testing.T, name string, fsys fs.FS) {
	t.Helper()
	for _, drop := range []bool{false, true} {
		for _, direct := range []bool{false, true} { // ReviewedHashes: clean reports read directly
			want := LoadWith(fsys, Options{DropTexts: drop, ReviewedHashes: direct})
			got := LoadWith(fsys, Options{DropTexts: drop, ReviewedHashes: direct, poison: true})
			if !reflect.DeepEqual(got.Repo, want.Repo) || !reflect.DeepEqual(got.CheckOnly, want.CheckOnly) {
				t.Errorf("%s (dropping texts %v, reviewed hashes %v): the model changes when the files' bytes are overwritten", name, drop, direct)
			}
			if !reflect.DeepEqual(got.Diags, want.Diags) {
				t.Errorf("%s (dropping texts %v, reviewed hashes %v): the diagnostics change when the files' bytes are overwritten:\n%v\n%v", name, drop, direct, got.Diags.Items, want.Diags.Items)
			}
		}
	}
}
