package ledger

import (
	"path"
	"strings"

	"tally/internal/model"
)

// Stray is a file of a period's report folder that counts for no unit of
// units.yaml: its name is no unit's id, and no unit without a file of its
// own claims it. Most often a unit whose id was changed in units.yaml with
// its report left under the old name: the chase list then chases a unit
// that did send its report, and only check said why (R302). Views for the
// officer name such files beside the figures, so that a report that is
// there is never silently in no count.
type Stray struct {
	File string
	// Unit is the unit the file names (its unit: line), "" when it could
	// not be read.
	Unit string
	// Misnamed: the file is under a wrong name (x.yaml.txt), not read as
	// a report for that reason.
	Misnamed bool
	// Taken: Unit is a unit of units.yaml that has a report file of its
	// own under its id, so this one is another copy.
	Taken bool
}

// periodFiles sorts the files of period's report folder (reports/PERIOD/)
// whose names are no unit's id: a file a unit with no file of its own
// claims — under a wrong name (x.yaml.txt, X.YAML: model.Repo.Misnamed),
// or naming it in its unit: line (a typo in the file's name) — is that
// unit's (claimed: unit → file), a file with an error its unit is chased
// for (文件有误) rather than as if it had sent nothing; the others are
// strays, in the order of the repository's files.
func periodFiles(x *model.Index, period string) (claimed map[string]string, strays []Stray) {
	repo := x.Repo
	if x.Registry == nil {
		return nil, nil
	}
	dir := "reports/" + period + "/"
	own := map[string]bool{} // units with a file under their own id
	var others []string
	for _, f := range repo.Files {
		if !strings.HasPrefix(f, dir) || strings.Contains(f[len(dir):], "/") {
			continue
		}
		if _, misnamed := repo.Misnamed[f]; !misnamed && x.Registry.Unit(strings.TrimSuffix(path.Base(f), ".yaml")) != nil {
			own[strings.TrimSuffix(path.Base(f), ".yaml")] = true
			continue
		}
		others = append(others, f)
	}
	if len(others) == 0 {
		return nil, nil
	}
	named := map[string]string{} // file → the unit its report names
	for _, r := range repo.Reports {
		if r.Dir == period {
			named[r.File] = r.Unit
		}
	}
	claimed = map[string]string{}
	for _, f := range others {
		base, misnamed := repo.Misnamed[f]
		if !misnamed {
			base = strings.TrimSuffix(path.Base(f), ".yaml")
		}
		var claim string
		for _, id := range []string{base, strings.ToLower(base), named[f]} {
			if id != "" && x.Registry.Unit(id) != nil {
				claim = id
				break
			}
		}
		if claim != "" && !own[claim] && claimed[claim] == "" {
			claimed[claim] = f
			continue
		}
		strays = append(strays, Stray{File: f, Unit: named[f], Misnamed: misnamed, Taken: claim != "" && own[claim]})
	}
	return claimed, strays
}
