package history

import (
	"io/fs"
	"runtime"
	"sync"

	"tally/internal/gitfs"
	"tally/internal/load"
)

// Compare lists the changes from commit a to commit b (verified hashes)
// in the data of root. Only the files whose blobs differ are read.
func Compare(root, a, b string) ([]Change, error) {
	fcs, err := gitfs.TreeDiff(root, a, b, gitfs.DataPaths())
	if err != nil {
		return nil, err
	}
	planA, planB := "", ""
	var ws []want
	for _, fc := range fcs {
		if !load.IsData(fc.Path) {
			continue
		}
		ws = append(ws, fileWants(fc)...)
		if fc.Path == "plan.yaml" {
			planA, planB = fc.OldBlob, fc.NewBlob
		}
	}
	if len(ws) == 0 {
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
	ps, err := newPieces(root)
	if err != nil {
		return nil, err
	}
	defer ps.close()
	if err := ps.load(ws, nil); err != nil {
		return nil, err
	}
	s := newSides(ps.get("plan.yaml", planA).Plan, ps.get("plan.yaml", planB).Plan)
	for _, fc := range fcs {
		if fc.Path == "plan.yaml" || !load.IsData(fc.Path) {
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
	tree, err := gitfs.Tree(root, a, gitfs.DataPaths())
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
	if len(differ) == 0 {
		return nil, nil
	}
	if tree["plan.yaml"] != "" {
		ws = append(ws, want{"plan.yaml", tree["plan.yaml"]})
	}
	ps, err := newPieces(root)
	if err != nil {
		return nil, err
	}
	defer ps.close()
	if err := ps.load(ws, nil); err != nil {
		return nil, err
	}
	var d load.Decoder
	s := newSides(ps.get("plan.yaml", tree["plan.yaml"]).Plan, d.ReadPiece(fsys, "plan.yaml").Plan)
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
