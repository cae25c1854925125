package history

import (
	"tally/internal/gitfs"
	"tally/internal/load"
	"tally/internal/model"
)

// Outline reads the units and tasks of root as they are in commit (a
// verified hash), not its reports: what a view needs to name the units
// and tasks a comparison speaks of. One `git ls-tree` and one read of
// those blobs.
func Outline(root, commit string) (*model.Repo, error) {
	tree, err := gitfs.Tree(root, commit, []string{"units.yaml", "tasks"})
	if err != nil {
		return nil, err
	}
	var ws []want
	for path, blob := range tree {
		if load.IsData(path) {
			ws = append(ws, want{path, blob})
		}
	}
	repo := &model.Repo{}
	if len(ws) == 0 {
		return repo, nil
	}
	ps, err := loadPieces(root, ws)
	if err != nil {
		return nil, err
	}
	defer ps.close()
	for _, w := range ws {
		addPiece(repo, ps.get(w.path, w.blob))
	}
	return repo, nil
}
