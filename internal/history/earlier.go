package history

import (
	"sort"

	"tally/internal/gitfs"
	"tally/internal/load"
)

// earlier finds, for a file a commit of the history put right (it could
// not be read before the commit and can after it), the last version of
// the file before it that could be read, so that log shows what changed
// across the versions that could not be read: a report that was broken
// in one commit and mended in the next with another progress showed
// 改动后无法读取 and 改动前无法读取 and never the progress it changed.
//
// It reads the history's list of commits and files only (each commit's
// blobs before and after), and decodes the blobs it needs through a git
// process of its own, started the first time one is needed: the walk's
// reader is busy with the next batch meanwhile.
type earlier struct {
	root    string
	commits []gitfs.Changed
	byPath  map[string][]int // commits that changed each path, newest first; made when first needed
	ps      *pieces
	failed  bool // the git process could not be started: nothing is looked for again
}

// maxGap is how many versions back, that could not be read either, a
// search goes before it gives up: a file broken for longer is left as
// it was said before (内容未比较).
const maxGap = 32

// readable returns the last version of path before blob (the file's
// version before commit at, which could not be read) that can be read,
// and the commit that changed that version into one that could not be
// read (the commit after which the file could no longer be read).
func (e *earlier) readable(path, blob string, at int) (load.Piece, gitfs.Commit, bool) {
	if e == nil || e.failed {
		return load.Piece{}, gitfs.Commit{}, false
	}
	if e.byPath == nil {
		e.byPath = map[string][]int{}
		for i, c := range e.commits {
			for _, fc := range c.Files {
				e.byPath[fc.Path] = append(e.byPath[fc.Path], i)
			}
		}
	}
	list := e.byPath[path]
	for range maxGap {
		// The commit that wrote blob: the next older one that changed
		// path to it.
		k := sort.SearchInts(list, at+1)
		found := -1
		var old string
		for ; k < len(list); k++ {
			for _, fc := range e.commits[list[k]].Files {
				if fc.Path == path && fc.NewBlob == blob {
					found, old = list[k], fc.OldBlob
				}
			}
			if found >= 0 {
				break
			}
		}
		if found < 0 || old == "" {
			return load.Piece{}, gitfs.Commit{}, false
		}
		p, ok := e.get(path, old)
		if !ok {
			return load.Piece{}, gitfs.Commit{}, false
		}
		if p.Unreadable == "" {
			return p, e.commits[found].Commit, true
		}
		blob, at = old, found
	}
	return load.Piece{}, gitfs.Commit{}, false
}

// get decodes path's blob, as the walk's pieces do.
func (e *earlier) get(path, blob string) (load.Piece, bool) {
	if e.ps == nil {
		ps, err := newPieces(e.root)
		if err != nil {
			e.failed = true
			return load.Piece{}, false
		}
		e.ps = ps
	}
	if err := e.ps.load([]want{{path, blob}}, nil); err != nil {
		return load.Piece{}, false
	}
	p := e.ps.get(path, blob)
	e.ps.mu.Lock()
	delete(e.ps.byKey, pieceKey(path, blob)) // used once
	e.ps.mu.Unlock()
	return p, true
}

func (e *earlier) close() {
	if e != nil && e.ps != nil {
		e.ps.close()
	}
}
