package ledger

import (
	"path"
	"strings"

	"tally/internal/model"
)

// Stray is a file of a period's report folder that counts for no unit of
// units.yaml: its name is no unit's id. Most often a unit whose id was
// changed in units.yaml with its report left under the old name: the
// chase list then chases a unit that did send its report, and only check
// said why (R302). Views for the officer name such files beside the
// figures, so that a report that is there is never silently in no count.
type Stray struct {
	File string
	// Unit is the unit the file names (its unit: line), "" when it could
	// not be read.
	Unit string
	// Misnamed: the file is under a wrong name (x.yaml.txt), not read as
	// a report for that reason.
	Misnamed bool
}

// strays are the files of period's report folder (reports/PERIOD/) that
// count for no unit, in the order of the repository's files. A file under
// a wrong name (x.yaml.txt) is its proper name's (model.Repo.Misnamed).
func strays(x *model.Index, period string) []Stray {
	repo := x.Repo
	if x.Registry == nil {
		return nil
	}
	dir := "reports/" + period + "/"
	var named map[string]string // file → the unit its report names
	var out []Stray
	for _, f := range repo.Files {
		if !strings.HasPrefix(f, dir) || strings.Contains(f[len(dir):], "/") {
			continue
		}
		base, ok := repo.Misnamed[f]
		if !ok {
			base = strings.TrimSuffix(path.Base(f), ".yaml")
		}
		if x.Registry.Unit(base) != nil {
			continue
		}
		if named == nil {
			named = map[string]string{}
			for _, r := range repo.Reports {
				if r.Dir == period {
					named[r.File] = r.Unit
				}
			}
		}
		_, misnamed := repo.Misnamed[f]
		out = append(out, Stray{File: f, Unit: named[f], Misnamed: misnamed})
	}
	return out
}

// misnamedFiles maps each unit whose only file in period's report folder
// is under a wrong name (model.Repo.Misnamed) to that file: its unit's
// report is there, in a file that does not count until renamed, so the
// unit is chased for an error in its file (文件有误), not as if it had sent
// nothing.
func misnamedFiles(repo *model.Repo, period string) map[string]string {
	out := map[string]string{}
	dir := "reports/" + period + "/"
	for f, unit := range repo.Misnamed {
		if strings.HasPrefix(f, dir) && !strings.Contains(f[len(dir):], "/") {
			out[unit] = f
		}
	}
	return out
}
