package load

import (
	"io/fs"
	"strings"

	"tally/internal/diag"
	"tally/internal/model"
)

// Piece is what one data file holds: at most one of its values is set,
// and none when the file could not be read; then Unreadable is the rule
// of the first error that kept it from being read (R102 for a syntax
// error, R105 for a file over the size limit, …).
type Piece struct {
	Plan       *model.Plan
	Units      *model.Units
	Task       *model.Task
	Report     *model.Report
	Review     *model.Review
	Unreadable string
	Size       int // the bytes it was read from
}

// pieceOf is the Piece of what reading one file gave: nothing of the data
// from a file read only to be checked (CheckOnly: its text could be
// parsed only once its typing slips were put right), which is unreadable
// as it stands.
func pieceOf(o outcome) Piece {
	p := Piece{Size: o.size}
	if !o.CheckOnly {
		p.Plan, p.Units, p.Task, p.Report, p.Review = o.Plan, o.Units, o.Task, o.Report, o.Review
	}
	if p.Plan == nil && p.Units == nil && p.Task == nil && p.Report == nil && p.Review == nil {
		p.Unreadable = diag.YAMLSyntax
		for _, d := range o.Diags.Items {
			if d.Severity == diag.Error {
				p.Unreadable = d.Rule
				break
			}
		}
	}
	return p
}

// IsData reports whether LoadWith reads the file at this path of a data
// root (plan.yaml, units.yaml, tasks/ID.yaml, reports/PERIOD/UNIT.yaml,
// reviews/PERIOD/UNIT.yaml), judging by the path alone.
func IsData(name string) bool {
	_, ok := jobFor(name)
	return ok
}

// jobFor classifies a path as LoadWith's listing does.
func jobFor(name string) (job, bool) {
	switch name {
	case "plan.yaml":
		return job{file: name, kind: kindPlan}, true
	case "units.yaml":
		return job{file: name, kind: kindUnits}, true
	}
	segs := strings.Split(name, "/")
	for _, s := range segs {
		if s == "" || strings.HasPrefix(s, ".") {
			return job{}, false
		}
	}
	base, isYAML := strings.CutSuffix(segs[len(segs)-1], ".yaml")
	switch {
	case !isYAML:
		return job{}, false
	case len(segs) == 2 && segs[0] == "tasks" && model.IsTaskID(base):
		return job{file: name, kind: kindTask, base: base}, true
	case len(segs) == 3 && segs[0] == "reports" && model.IsPeriodID(segs[1]):
		return job{file: name, kind: kindReport, dir: segs[1], base: base}, true
	case len(segs) == 3 && segs[0] == "reviews" && model.IsPeriodID(segs[1]):
		return job{file: name, kind: kindReview, dir: segs[1], base: base}, true
	}
	return job{}, false
}

// A Decoder reads single data files from their bytes as LoadWith reads
// them from a folder (for history, where the bytes come from git). Its
// memory serves each file in turn; one Decoder is not for concurrent use.
type Decoder struct {
	fp fastParser
	// NoFingerprints leaves reports' fingerprints (Hash, BytesHash) empty,
	// for a reader that compares reports field by field and never by
	// fingerprint (history's log and diff); a clean report is then read
	// straight into the model (directReport), as LoadWith reads one no
	// review is for.
	NoFingerprints bool
}

// Decode reads the file at path name (in the data root) from raw. A path
// LoadWith does not read, or bytes that do not decode, give an empty Piece.
func (d *Decoder) Decode(name string, raw []byte) (p Piece) {
	j, ok := jobFor(name)
	switch {
	case !ok:
		return Piece{}
	case len(raw) > MaxFileSize:
		return Piece{Unreadable: diag.TooLarge}
	}
	defer func() {
		if recover() != nil {
			p = Piece{Unreadable: diag.YAMLSyntax} // as LoadWith: a parser bug costs the file, not the run
		}
	}()
	j.noHash = d.NoFingerprints && j.kind == kindReport
	o := decodeOne(j, raw, &d.fp, false)
	o.size = len(raw)
	return pieceOf(o)
}

// List names the data files of fsys that LoadWith would read.
func List(fsys fs.FS) []string {
	var d diag.List
	var names []string
	for _, f := range []string{"plan.yaml", "units.yaml"} {
		if !isNotExist(fsys, f) {
			names = append(names, f)
		}
	}
	for _, j := range append(append(listTasks(fsys, &d), listReports(fsys, &d)...), listReviews(fsys, &d)...) {
		if !j.checkOnly {
			names = append(names, j.file)
		}
	}
	return names
}

// ReadPiece reads one data file of fsys as LoadWith does (links inside
// the root followed, oversized and special files refused).
func (d *Decoder) ReadPiece(fsys fs.FS, name string) Piece {
	j, ok := jobFor(name)
	if !ok {
		return Piece{}
	}
	var buf []byte
	return pieceOf(readOne(nil, fsys, j, &d.fp, Options{}, nil, &buf))
}

// Outline reads plan.yaml, units.yaml and tasks/ of fsys, not the
// reports: what names are resolved against. Files that do not decode
// are left out; check reports them.
func Outline(fsys fs.FS) *model.Repo {
	repo := &model.Repo{}
	var d Decoder
	for _, name := range List(fsys) {
		if strings.HasPrefix(name, "reports/") || strings.HasPrefix(name, "reviews/") {
			continue
		}
		p := d.ReadPiece(fsys, name)
		switch {
		case p.Plan != nil:
			repo.Plan = p.Plan
		case p.Units != nil:
			repo.Units = p.Units
		case p.Task != nil:
			repo.Tasks = append(repo.Tasks, p.Task)
		}
	}
	return repo
}
