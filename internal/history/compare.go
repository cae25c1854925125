package history

import (
	"io/fs"
	"math"
	"runtime"
	"slices"
	"sync"

	"tally/internal/gitfs"
	"tally/internal/load"
)

// comparedPaths are the parts of a data root a comparison reads: the
// data, and the evidence files (whose ids alone are compared).
func comparedPaths() []string { return append(gitfs.DataPaths(), "evidence") }

// Compare lists the changes from commit a to commit b (verified hashes)
// in the data of root. Only the files whose blobs differ are read;
// evidence files never are.
func Compare(root, a, b string) ([]Change, error) {
	fcs, err := gitfs.TreeDiff(root, a, b, comparedPaths())
	if err != nil {
		return nil, err
	}
	planA, planB := "", ""
	var ws []want
	evidence := false
	for _, fc := range fcs {
		if !load.IsData(fc.Path) {
			evidence = evidence || IsEvidence(fc.Path)
			continue
		}
		ws = append(ws, fileWants(fc)...)
		if fc.Path == "plan.yaml" {
			planA, planB = fc.OldBlob, fc.NewBlob
		}
	}
	if len(ws) == 0 && !evidence {
		return nil, nil
	}
	if planA == "" && planB == "" {
		tree, err := gitfs.Tree(root, b, []string{"plan.yaml"})
		if err != nil {
			return nil, err
		}
		planA, planB = tree["plan.yaml"], tree["plan.yaml"]
		ws = append(ws, fileWants(gitfs.FileChange{Path: "plan.yaml", OldBlob: planA, NewBlob: planB})...)
	}
	ps, err := loadPieces(root, ws)
	if err != nil {
		return nil, err
	}
	defer ps.close()
	s := newSides(ps.get("plan.yaml", planA).Plan, ps.get("plan.yaml", planB).Plan)
	if planA != planB {
		s.addPlan(planA, ps.get("plan.yaml", planA), planB != "", ps.get("plan.yaml", planB), nil)
	}
	for _, fc := range fcs {
		if fc.Path == "plan.yaml" || s.addEvidence(fc.Path, fc.OldBlob, fc.NewBlob) || !load.IsData(fc.Path) {
			continue
		}
		var b, a load.Piece
		if fc.OldBlob != "" {
			b = ps.get(fc.Path, fc.OldBlob)
		}
		if fc.NewBlob != "" {
			a = ps.get(fc.Path, fc.NewBlob)
		}
		s.add(fc.Path, b, fc.OldBlob != "", a, fc.NewBlob != "")
	}
	return s.changes(), nil
}

// CompareWorktree lists the changes from commit a (a verified hash) to
// the working tree fsys of root. Every data file of the working tree is
// hashed as git would store it; only the files that differ from a's
// blobs are parsed.
func CompareWorktree(root, a string, fsys fs.FS) ([]Change, error) {
	tree, err := gitfs.Tree(root, a, comparedPaths())
	if err != nil {
		return nil, err
	}
	like := ""
	for _, id := range tree {
		like = id
		break
	}
	names := load.List(fsys)
	ids := hashFiles(fsys, names, like)
	evidence := evidenceChanges(tree, fsys, like)
	var differ []string // in the working tree, differing from a
	inTree := map[string]bool{}
	var ws []want
	for i, name := range names {
		inTree[name] = true
		old := tree[name]
		if old != "" && old == ids[i] {
			continue
		}
		differ = append(differ, name)
		if old != "" {
			ws = append(ws, want{name, old})
		}
	}
	for name, id := range tree {
		if !inTree[name] && load.IsData(name) {
			ws = append(ws, want{name, id})
			differ = append(differ, name) // gone from the working tree
		}
	}
	if len(differ) == 0 && len(evidence) == 0 {
		return nil, nil
	}
	if tree["plan.yaml"] != "" {
		ws = append(ws, want{"plan.yaml", tree["plan.yaml"]})
	}
	ps, err := loadPieces(root, ws)
	if err != nil {
		return nil, err
	}
	defer ps.close()
	var d load.Decoder
	s := newSides(ps.get("plan.yaml", tree["plan.yaml"]).Plan, d.ReadPiece(fsys, "plan.yaml").Plan)
	if slices.Contains(differ, "plan.yaml") {
		s.addPlan(tree["plan.yaml"], ps.get("plan.yaml", tree["plan.yaml"]), inTree["plan.yaml"], d.ReadPiece(fsys, "plan.yaml"), nil)
	}
	for _, c := range evidence {
		s.addEvidence(c.File, c.From, c.To)
	}
	for _, name := range differ {
		if name == "plan.yaml" {
			continue
		}
		var b, a load.Piece
		if id := tree[name]; id != "" {
			b = ps.get(name, id)
		}
		if inTree[name] {
			a = d.ReadPiece(fsys, name)
		}
		s.add(name, b, tree[name] != "", a, inTree[name])
	}
	return s.changes(), nil
}

// hashFiles gives each named file of fsys the blob id git would give it,
// in the hash of like; "" for what is not a regular file (a link is
// read, and judged, by the loader).
func hashFiles(fsys fs.FS, names []string, like string) []string {
	ids := make([]string, len(names))
	var wg sync.WaitGroup
	next := make(chan int, 64)
	for w := 0; w < max(runtime.GOMAXPROCS(0), 1); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				ids[i] = hashFile(fsys, names[i], like)
			}
		}()
	}
	for i := range names {
		next <- i
	}
	close(next)
	wg.Wait()
	return ids
}

func hashFile(fsys fs.FS, name, like string) string {
	var info fs.FileInfo
	var err error
	if l, ok := fsys.(fs.ReadLinkFS); ok {
		info, err = l.Lstat(name)
	} else {
		info, err = fs.Stat(fsys, name)
	}
	if err != nil || !info.Mode().IsRegular() || info.Size() > load.MaxFileSize {
		return ""
	}
	data, err := load.Read(fsys, name, load.MaxFileSize)
	if err != nil {
		return ""
	}
	return gitfs.BlobID(data, like)
}

// evidenceChanges are the evidence files that differ between tree (the
// paths of a commit and their ids) and the working tree fsys, each a
// change of its path (File) from the commit's id to the working tree's.
// Each file of the working tree is hashed as it streams, never held.
func evidenceChanges(tree map[string]string, fsys fs.FS, like string) []Change {
	var out []Change
	now := map[string]bool{}
	for _, name := range listEvidence(fsys) {
		now[name] = true
		old := tree[name]
		if id := hashEvidence(fsys, name, like); id != old {
			out = append(out, Change{File: name, From: old, To: id})
		}
	}
	for name, id := range tree {
		if !now[name] && IsEvidence(name) {
			out = append(out, Change{File: name, From: id})
		}
	}
	return out
}

// listEvidence names the files under evidence/PERIOD/UNIT/ of fsys that
// history compares (IsEvidence); a folder that cannot be read has none.
func listEvidence(fsys fs.FS) []string {
	var out []string
	periods, _ := fs.ReadDir(fsys, "evidence")
	for _, p := range periods {
		units, _ := fs.ReadDir(fsys, "evidence/"+p.Name())
		for _, u := range units {
			dir := "evidence/" + p.Name() + "/" + u.Name()
			files, _ := fs.ReadDir(fsys, dir)
			for _, f := range files {
				if name := dir + "/" + f.Name(); IsEvidence(name) {
					out = append(out, name)
				}
			}
		}
	}
	return out
}

// hashEvidence is the id git would give the evidence file at name, ""
// for what is not a regular file (git keeps a link apart from a file).
func hashEvidence(fsys fs.FS, name, like string) string {
	if l, ok := fsys.(fs.ReadLinkFS); ok {
		if info, err := l.Lstat(name); err != nil || !info.Mode().IsRegular() {
			return ""
		}
	}
	f, info, err := load.Open(fsys, name, math.MaxInt64)
	if err != nil {
		return ""
	}
	defer f.Close()
	id, err := gitfs.BlobIDOf(f, info.Size(), like)
	if err != nil {
		return ""
	}
	return id
}

// CompareFiles is CompareWorktree for the named data files alone (a
// commit's staged reports): each as it is at revision a against fsys,
// with the plan of each side. Files not named are not looked at.
func CompareFiles(root, a string, fsys fs.FS, names []string) ([]Change, error) {
	tree, err := gitfs.Tree(root, a, append([]string{"plan.yaml"}, names...))
	if err != nil {
		return nil, err
	}
	var ws []want
	for _, name := range append([]string{"plan.yaml"}, names...) {
		if id := tree[name]; id != "" {
			ws = append(ws, want{name, id})
		}
	}
	ps, err := loadPieces(root, ws)
	if err != nil {
		return nil, err
	}
	defer ps.close()
	var d load.Decoder
	s := newSides(ps.get("plan.yaml", tree["plan.yaml"]).Plan, d.ReadPiece(fsys, "plan.yaml").Plan)
	for _, name := range names {
		if !load.IsData(name) || name == "plan.yaml" {
			continue
		}
		_, statErr := fs.Stat(fsys, name)
		var b, now load.Piece
		if id := tree[name]; id != "" {
			b = ps.get(name, id)
		}
		if statErr == nil {
			now = d.ReadPiece(fsys, name)
		}
		s.add(name, b, tree[name] != "", now, statErr == nil)
	}
	return s.changes(), nil
}
