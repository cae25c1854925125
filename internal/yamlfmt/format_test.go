package yamlfmt

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
	"go.yaml.in/yaml/v3"

	"tally/internal/load"
	"tally/internal/testrepo"
)

var kinds = map[string]Kind{"plan": Plan, "units": Units, "task": Task, "report": Report}

func header(ar *txtar.Archive, key string) string {
	for _, line := range strings.Split(string(ar.Comment), "\n") {
		if v, ok := strings.CutPrefix(line, key+": "); ok {
			return v
		}
	}
	return ""
}

func file(ar *txtar.Archive, name string) []byte {
	for _, f := range ar.Files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/fmt/*.txtar")
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			ar, err := txtar.ParseFile(f)
			if err != nil {
				t.Fatal(err)
			}
			kind := kinds[header(ar, "kind")]
			got, err := Format(kind, file(ar, "in.yaml"))
			if want := header(ar, "error"); want != "" {
				if !errors.Is(err, ErrUnfaithful) || !strings.Contains(err.Error(), want) {
					t.Fatalf("want a refusal mentioning %q, got %v", want, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if want := string(file(ar, "out.yaml")); string(got) != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
			again, err := Format(kind, got)
			if err != nil || string(again) != string(got) {
				t.Errorf("not idempotent (%v):\n%s", err, again)
			}
		})
	}
}

// The project's data (its fixed copy) is canonical, and formatting it again
// changes nothing.
func TestBundledDataIsCanonical(t *testing.T) {
	root := os.DirFS(testrepo.BundledDir())
	for _, pattern := range []string{"plan.yaml", "units.yaml", "tasks/*.yaml", "reports/*/*.yaml"} {
		files, _ := fs.Glob(root, pattern)
		for _, f := range files {
			src, _ := fs.ReadFile(root, f)
			kind, _ := KindOf(f)
			out, err := Format(kind, src)
			if err != nil || string(out) != string(src) {
				t.Errorf("%s is not canonical (%v): run tally fmt", f, err)
			}
		}
	}
}

// A comment the layout would drop makes Format refuse rather than lose it.
func TestVerifyCatchesLoss(t *testing.T) {
	if err := Same([]byte("a: 1 # keep\n"), []byte("a: 1\n")); !errors.Is(err, ErrUnfaithful) {
		t.Errorf("a lost comment was not caught: %v", err)
	}
	if err := Same([]byte("a: '1'\n"), []byte("a: 1\n")); !errors.Is(err, ErrUnfaithful) {
		t.Errorf("a string turned number was not caught: %v", err)
	}
	if err := Same([]byte("a: 1 # x\nb: 2\n"), []byte("b: 2\na: 1 # x\n")); err != nil {
		t.Errorf("reordering with its comment is faithful: %v", err)
	}
}

func FuzzFormat(f *testing.F) {
	files, _ := filepath.Glob("testdata/fmt/*.txtar")
	for _, name := range files {
		ar, _ := txtar.ParseFile(name)
		f.Add(int(kinds[header(ar, "kind")]), string(file(ar, "in.yaml")))
	}
	f.Add(0, "title: x\nsections: [{id: 一, title: y}]\n")
	f.Fuzz(func(t *testing.T, kind int, src string) {
		k := Kind(((kind % 4) + 4) % 4)
		out, err := Format(k, []byte(src))
		if err != nil {
			return
		}
		if err := Same([]byte(src), out); err != nil {
			t.Fatalf("Format returned an unfaithful result: %v\n%s", err, out)
		}
		// A review's fingerprint is of the meaning: formatting keeps it.
		if a, b := fingerprint(t, []byte(src)), fingerprint(t, out); a != b {
			t.Fatalf("Format changed the fingerprint %s to %s:\n%q\n%q", a, b, src, out)
		}
		again, err := Format(k, out)
		if err != nil || string(again) != string(out) {
			t.Fatalf("not idempotent (%v):\n%q\n%q", err, out, again)
		}
	})
}

// Where yaml.v3 is known to drop or move comments (above ---, after {, in
// an empty list, inside flow collections), Format keeps every comment or
// refuses: it never loses one.
func TestLossyCommentPositions(t *testing.T) {
	for _, src := range []string{
		"# above the marker\n---\nunit: a\nperiod: b\nentries: []\n",
		"unit: a\nvalues: { # after the brace\n  x: 1}\n",
		"unit: a\nentries: [ # in an empty list\n]\n",
		"unit: a\nentries: [1, # inside\n  2]\n",
		"unit: a\n\n# between blank lines\n\nperiod: b\n",
		"unit: a\nentries:\n  - task: 1\n    # before a key\n    status: x\n# at the end\n",
	} {
		out, err := Format(Report, []byte(src))
		if err != nil {
			if !errors.Is(err, ErrUnfaithful) {
				t.Errorf("%q: %v", src, err)
			}
			continue
		}
		if err := Same([]byte(src), out); err != nil {
			t.Errorf("%q → %q: %v", src, out, err)
		}
		for _, line := range strings.Split(src, "\n") {
			if i := strings.Index(line, "#"); i >= 0 && !strings.Contains(string(out), strings.TrimSpace(line[i:])) {
				t.Errorf("%q lost %q:\n%s", src, line[i:], out)
			}
		}
	}
}

// Every refusal says why in both languages: fmt shows the reason to a
// Chinese reader in Chinese, never the English of the error.
func TestRefusalsSayWhyInBothLanguages(t *testing.T) {
	for _, src := range []string{
		"units:\n  - &a\n    id: a\n    name: 甲\ngroups:\n  - name: g\n    members: [*a]\n",
		"unit: !!str a\nperiod: b\n",
		"unit: a\n? [x]\n: y\n",
		"unit: a\nentries:\n  - task: 1\n    <<: {status: 推进中}\n",
		"unit: a\nunit: b\n",
		"unit: a\nentries:\n  - [1, 2]\n",
		"[1, 2]\n",
	} {
		_, err := Format(Report, []byte(src))
		var u *Unfaithful
		if !errors.As(err, &u) || !errors.Is(err, ErrUnfaithful) {
			t.Errorf("%q: want an *Unfaithful, got %v", src, err)
			continue
		}
		if !strings.ContainsFunc(u.Why.Zh, func(r rune) bool { return r >= 0x4e00 && r <= 0x9fff }) ||
			strings.Contains(u.Why.Zh, "line") || strings.Contains(u.Why.Zh, "the ") || u.Why.En == "" {
			t.Errorf("%q: reason %q / %q", src, u.Why.Zh, u.Why.En)
		}
	}
}

// fingerprint is the loader's fingerprint of a document's meaning.
func fingerprint(t *testing.T, src []byte) string {
	t.Helper()
	var n yaml.Node
	if err := yaml.Unmarshal(src, &n); err != nil {
		t.Fatalf("%v:\n%s", err, src)
	}
	return load.Fingerprint(&n)
}

// Every bundled report keeps its fingerprint through a layout of its own
// (keys reordered, flow lists, quoting, comments) formatted back.
func TestFormatKeepsFingerprint(t *testing.T) {
	root := os.DirFS(testrepo.BundledDir())
	files, _ := fs.Glob(root, "reports/*/*.yaml")
	if len(files) == 0 {
		t.Fatal("no reports")
	}
	for _, f := range files {
		src, _ := fs.ReadFile(root, f)
		messy := "# 手写的注释\n" + strings.Replace(string(src), "\nentries:", "  # 联系人\nentries:", 1)
		messy = strings.ReplaceAll(messy, "status: 推进中", "status: \"推进中\"   # 还在做")
		out, err := Format(Report, []byte(messy))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if a, b := fingerprint(t, src), fingerprint(t, out); a != b {
			t.Errorf("%s: formatting a comment and quotes changed the fingerprint %s to %s", f, a, b)
		}
	}
}
