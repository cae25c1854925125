package history

import (
	"strings"

	"tally/internal/gitfs"
	"tally/internal/model"
)

// Past is what the history of units.yaml knows of units, including those
// the list no longer has: the git history is the
// record, and a reviewer asks for a unit that was merged away or a task
// that was dropped as for any other.
type Past struct {
	// versions of units.yaml, newest first, each with the unit ids that
	// changed in the commit that made it (new id → old id).
	versions []pastUnits
}

type pastUnits struct {
	units *model.Units
	moved map[string]string // new id → the id the unit had before this version
}

// PastTask returns the id the file of task s had in the history reachable
// from rev (a verified commit, "" for HEAD), "" for none: 21 for a
// tasks/21.yaml that was removed. One `git log`, no file is read.
func PastTask(root, rev, s string) (string, error) {
	key := model.TaskKey(strings.TrimSpace(s))
	commits, err := gitfs.History(root, rev, []string{"tasks"})
	if err != nil {
		return "", err
	}
	for _, c := range commits {
		for _, fc := range c.Files {
			dir, name, ok := strings.Cut(fc.Path, "/")
			if !ok || dir != "tasks" || strings.Contains(name, "/") || !strings.HasSuffix(name, ".yaml") {
				continue
			}
			if id := strings.TrimSuffix(name, ".yaml"); model.TaskKey(id) == key {
				return id, nil
			}
		}
	}
	return "", nil
}

// ReadPast reads every version of units.yaml reachable from rev (a
// verified commit, "" for HEAD): one `git log` and the blobs it names.
func ReadPast(root, rev string) (*Past, error) {
	p := &Past{}
	commits, err := gitfs.History(root, rev, []string{"units.yaml"})
	if err != nil || len(commits) == 0 {
		return p, err
	}
	var ws []want
	for _, c := range commits {
		for _, fc := range c.Files {
			if fc.Path == "units.yaml" {
				ws = append(ws, fileWants(fc)...)
			}
		}
	}
	ps, err := loadPieces(root, ws)
	if err != nil {
		return nil, err
	}
	defer ps.close()
	for _, c := range commits {
		for _, fc := range c.Files {
			if fc.Path != "units.yaml" || fc.NewBlob == "" {
				continue
			}
			after := ps.get(fc.Path, fc.NewBlob).Units
			if after == nil {
				continue
			}
			v := pastUnits{units: after}
			if fc.OldBlob != "" {
				if before := ps.get(fc.Path, fc.OldBlob).Units; before != nil {
					for old, id := range unitMoves(unitsByID(&model.Repo{Units: before}), unitsByID(&model.Repo{Units: after})) {
						if v.moved == nil {
							v.moved = map[string]string{}
						}
						v.moved[id] = old
					}
				}
			}
			p.versions = append(p.versions, v)
		}
	}
	return p, nil
}

// Units returns the ids of the units that had s as their id, name or
// alias in some version of units.yaml, newest first.
func (p *Past) Units(s string) []string {
	s = strings.TrimSpace(s)
	var out []string
	for _, v := range p.versions {
		for _, u := range v.units.Units {
			if u.ID == "" || !(u.ID == s || u.Name == s || has(model.Values(u.Aliases), s)) || has(out, u.ID) {
				continue
			}
			out = append(out, u.ID)
		}
	}
	return out
}

// Ids returns id and every other id the same unit had, before or after:
// each change of id (a unit whose name stayed while its id changed)
// followed both ways.
func (p *Past) Ids(id string) []string {
	out := []string{id}
	for grew := true; grew; {
		grew = false
		for _, v := range p.versions {
			for to, from := range v.moved {
				switch {
				case has(out, to) && !has(out, from):
					out = append(out, from)
					grew = true
				case has(out, from) && !has(out, to):
					out = append(out, to)
					grew = true
				}
			}
		}
	}
	return out
}

func has(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// Name returns the name unit id had in the newest version of units.yaml
// that has it ("" for none).
func (p *Past) Name(id string) string {
	for _, v := range p.versions {
		for _, u := range v.units.Units {
			if u.ID == id {
				return u.Name
			}
		}
	}
	return ""
}
