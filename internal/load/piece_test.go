package load

import (
	"reflect"
	"sort"
	"testing"
	"testing/fstest"

	"tally/internal/model"
	"tally/internal/testrepo"
)

// IsData agrees with the loader's listing: the files LoadWith reads are
// exactly those IsData names, strays and hidden files aside.
func TestIsDataAgreesWithListing(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, name := range []string{"plan.yaml", "units.yaml", "tasks/1.yaml", "tasks/15.2.yaml", "tasks/x y.yaml", "tasks/.1.yaml",
		"tasks/1.yml", "tasks/sub/2.yaml", "reports/2019Q2/a.yaml", "reports/2019Q2/.a.yaml", "reports/2019Q2/a.txt",
		"reports/bad/a.yaml", "reports/2019Q2/sub/a.yaml", "reports/a.yaml", "notes.yaml", ".git/plan.yaml",
		"reviews/2019Q2/a.yaml", "reviews/2019Q2/a.txt", "reviews/bad/a.yaml", "reviews/a.yaml", "reviews/2019Q2/.a.yaml"} {
		fsys[name] = &fstest.MapFile{Data: []byte("x: 1\n")}
	}
	listed := List(fsys)
	var named []string
	for name := range fsys {
		if IsData(name) {
			named = append(named, name)
		}
	}
	sort.Strings(listed)
	sort.Strings(named)
	if !reflect.DeepEqual(listed, named) {
		t.Fatalf("listing %q, IsData %q", listed, named)
	}
}

// A file decoded from its bytes is what LoadWith makes of it.
func TestDecodeAsLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"reports/2019Q2/a.yaml": {Data: []byte("unit: a\nperiod: 2019Q2\nentries:\n  - task: 1\n    status: 推进中\n    progress: 30\n")},
		"tasks/1.yaml":          {Data: []byte("section: 一\ntitle: 任务一\nowners: [a]\n")},
	}
	res := Load(fsys)
	var d Decoder
	if got := d.Decode("reports/2019Q2/a.yaml", fsys["reports/2019Q2/a.yaml"].Data).Report; !reflect.DeepEqual(got, res.Repo.Reports[0]) {
		t.Fatalf("report %+v, want %+v", got, res.Repo.Reports[0])
	}
	if got := d.Decode("tasks/1.yaml", fsys["tasks/1.yaml"].Data).Task; !reflect.DeepEqual(got, res.Repo.Tasks[0]) {
		t.Fatalf("task %+v, want %+v", got, res.Repo.Tasks[0])
	}
	review := "reviews/2019Q2/a.yaml"
	fsys[review] = &fstest.MapFile{Data: []byte("unit: a\nperiod: 2019Q2\nreport: 0123456789ab\nresult: 退回\ndate: 2019-07-08\nby: 李四\n" +
		"reasons:\n  - text: 请补充\n")}
	res = Load(fsys)
	if got := d.Decode(review, fsys[review].Data).Review; len(res.Repo.Reviews) != 1 || !reflect.DeepEqual(got, res.Repo.Reviews[0]) {
		t.Fatalf("review %+v, want %+v", got, res.Repo.Reviews)
	}
	if p := d.Decode("reports/2019Q2/a.txt", []byte("unit: a\n")); p != (Piece{}) {
		t.Fatalf("a stray file decoded: %+v", p)
	}
	if p := d.Decode("reports/2019Q2/a.yaml", []byte("entries: [\n")); p != (Piece{Unreadable: "R102", Size: 11}) {
		t.Fatalf("bad YAML: %+v, want it unreadable for R102", p)
	}
	if p := d.Decode("reports/2019Q2/a.yaml", make([]byte, MaxFileSize+1)); p != (Piece{Unreadable: "R105"}) {
		t.Fatalf("a file over the limit: %+v, want it unreadable for R105", p)
	}
}

// A Decoder without fingerprints gives what LoadWith gives a report no
// review is for: the same report but for its fingerprints, read directly
// when it is clean; every other file as a Decoder with them.
func TestDecodeWithoutFingerprints(t *testing.T) {
	fsys := testrepo.BundledQ3()
	res := LoadWith(fsys, Options{ReviewedHashes: true})
	byFile := map[string]*model.Report{}
	for _, r := range append(res.Repo.Reports, res.CheckOnly...) {
		byFile[r.File] = r
	}
	var with Decoder
	without := Decoder{NoFingerprints: true}
	reports := 0
	for name, f := range fsys {
		if !IsData(name) {
			continue
		}
		a, b := with.Decode(name, f.Data), without.Decode(name, f.Data)
		if a.Report != nil && b.Report != nil {
			reports++
			if b.Report.Hash != "" || b.Report.BytesHash != "" || a.Report.Hash == "" {
				t.Fatalf("%s: fingerprints %q, %q without, %q with", name, b.Report.Hash, b.Report.BytesHash, a.Report.Hash)
			}
			if want := byFile[name]; want != nil && !reflect.DeepEqual(b.Report, want) {
				t.Fatalf("%s: decoded %+v, loaded %+v", name, b.Report, want)
			}
			a.Report.Hash, a.Report.BytesHash = "", ""
		}
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("%s: with fingerprints %+v, without %+v", name, a, b)
		}
	}
	if reports < 8 {
		t.Fatalf("only %d reports decoded", reports)
	}
}
