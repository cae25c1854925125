package load

import (
	"io/fs"
	"strings"

	"tally/internal/diag"
	"tally/internal/model"
)

// Piece is what one data file holds: at most one of its fields is set,
// and none when the file could not be read.
type Piece struct {
	Plan   *model.Plan
	Units  *model.Units
	Task   *model.Task
	Report *model.Report
}

// IsData reports whether LoadWith reads the file at this path of a data
// root (plan.yaml, units.yaml, tasks/ID.yaml, reports/PERIOD/UNIT.yaml),
// judging by the path alone.
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
	}
	return job{}, false
}

// A Decoder reads single data files from their bytes as LoadWith reads
// them from a folder (for history, where the bytes come from git). Its
// memory serves each file in turn; one Decoder is not for concurrent use.
type Decoder struct {
	fp fastParser
}

// Decode reads the file at path name (in the data root) from raw. A path
// LoadWith does not read, or bytes that do not decode, give an empty Piece.
func (d *Decoder) Decode(name string, raw []byte) (p Piece) {
	j, ok := jobFor(name)
	if !ok || len(raw) > MaxFileSize {
		return Piece{}
	}
	defer func() {
		if recover() != nil {
			p = Piece{} // as LoadWith: a parser bug costs the file, not the run
		}
	}()
	return piece(decodeOne(j, raw, &d.fp, false))
}

// piece is what an outcome gives the data: nothing of a file read only
// to be checked.
func piece(o outcome) Piece {
	if o.CheckOnly {
		return Piece{}
	}
	return Piece{Plan: o.Plan, Units: o.Units, Task: o.Task, Report: o.Report}
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
	for _, j := range append(listTasks(fsys, &d), listReports(fsys, &d)...) {
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
	return piece(readOne(nil, fsys, j, &d.fp, Options{}, &buf))
}

// Outline reads plan.yaml, units.yaml and tasks/ of fsys, not the
// reports: what names are resolved against. Files that do not decode
// are left out; check reports them.
func Outline(fsys fs.FS) *model.Repo {
	repo := &model.Repo{}
	var d Decoder
	for _, name := range List(fsys) {
		if strings.HasPrefix(name, "reports/") {
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
