package history

import (
	"tally/internal/gitfs"
	"tally/internal/load"
)

// earlier finds, for a file a commit of the history put right or deleted
// while it could not be read, its last version before that could be read,
// so that log shows what changed across the versions that could not be
// read: a report broken in one commit and mended in a later one with
// another progress showed 改动后无法读取 and 改动前无法读取 and never the
// progress it changed.
//
// The versions before are those along the commit's first parents (what
// the branch had, merges included as they left it), as a comparison with
// the first parent's snapshot, and then its first parent's, would find
// them: never a version of another branch that happened to hold the same
// bytes. One `git log --first-parent` of the one path a search, and a git
// process of its own to read blobs, started the first time one is needed:
// the walk's reader is busy with the next batch meanwhile.
type earlier struct {
	root   string
	ps     *pieces
	failed bool // the git process could not be started: nothing is looked for again
}

// maxGap is how many versions back, that could not be read either, a
// search goes before it gives up: a file broken for longer is left as
// it was said before (内容未比较).
const maxGap = 32

// before is what a search found: the file's last version that could be
// read (Piece), or that before it could not be read there was no file
// (None: it was added, or put back, in a state that could not be read);
// Since is the commit from which on it could not be read.
type before struct {
	Piece load.Piece
	None  bool
	Since string
}

// readable returns what path was before it could no longer be read, as
// of commit parent (the first parent of the commit that put it right),
// where its version is blob.
func (e *earlier) readable(parent, path, blob string) (before, bool) {
	if e == nil || e.failed || parent == "" {
		return before{}, false
	}
	line, err := gitfs.FirstParentHistory(e.root, parent, path, maxGap+1)
	if err != nil || len(line) == 0 {
		return before{}, false
	}
	want := blob // the version each commit of the line is to have made
	for k, c := range line {
		var fc *gitfs.FileChange
		for i := range c.Files {
			if c.Files[i].Path == path {
				fc = &c.Files[i]
			}
		}
		if fc == nil || fc.NewBlob != want {
			return before{}, false // not the line this version came down
		}
		switch {
		case fc.OldBlob == "" && c.Parent == "" && gitfs.Boundary(e.root, c.Hash):
			return before{}, false // a shallow clone's first commit: what was before is not here
		case fc.OldBlob == "": // c added it, already unreadable
			return before{None: true, Since: c.Hash}, true
		case k+1 == len(line) && len(line) > maxGap:
			return before{}, false
		}
		p, ok := e.get(path, fc.OldBlob)
		if !ok {
			return before{}, false
		}
		if p.Unreadable == "" {
			return before{Piece: p, Since: c.Hash}, true
		}
		want = fc.OldBlob
	}
	return before{}, false // the line ends (a shallow clone's boundary)
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
