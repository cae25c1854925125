package history

import (
	"bytes"
	"runtime"
	"strings"
	"sync"

	"tally/internal/gitfs"
	"tally/internal/load"
	"tally/internal/model"
)

// pieces decodes data files from git blobs, each blob once: a decoded
// report is shared by every path that holds the same blob (relabelled
// with the path), and dropped once no commit still to be shown needs it.
type pieces struct {
	root  string
	byKey map[string]load.Piece // kind and blob (reports), or path and blob
	uses  map[string]int        // blob → uses still to come; absent: keep
}

func newPieces(root string) *pieces {
	return &pieces{root: root, byKey: map[string]load.Piece{}, uses: map[string]int{}}
}

func pieceKey(path, blob string) string {
	if strings.HasPrefix(path, "reports/") {
		return "r\x00" + blob
	}
	return path + "\x00" + blob
}

// has reports whether the file at path with blob is decoded.
func (p *pieces) has(path, blob string) bool {
	_, ok := p.byKey[pieceKey(path, blob)]
	return ok
}

// get returns the file at path with blob, labelled with the path.
func (p *pieces) get(path, blob string) load.Piece {
	pc := p.byKey[pieceKey(path, blob)]
	if r := pc.Report; r != nil && r.File != path {
		c := *r
		c.File = path
		parts := strings.Split(path, "/")
		c.Dir, c.Base = parts[1], strings.TrimSuffix(parts[2], ".yaml")
		pc.Report = &c
	}
	return pc
}

// release notes one use of blob done, dropping its pieces after the last.
func (p *pieces) release(path, blob string) {
	n, ok := p.uses[blob]
	if !ok {
		return
	}
	if n <= 1 {
		delete(p.uses, blob)
		delete(p.byKey, pieceKey(path, blob))
		return
	}
	p.uses[blob] = n - 1
}

// want is a file to decode: a path and its blob.
type want struct{ path, blob string }

// load fetches the blobs of ws not decoded yet through one git process
// and decodes them on all cores. keep, if set, sees each report blob's
// bytes first and says whether to decode it (others are remembered as
// empty).
func (p *pieces) load(ws []want, keep func(raw []byte) bool) error {
	byBlob := map[string][]string{}
	var ids []string
	for _, w := range ws {
		if p.has(w.path, w.blob) {
			continue
		}
		if _, seen := byBlob[w.blob]; !seen {
			ids = append(ids, w.blob)
		}
		byBlob[w.blob] = append(byBlob[w.blob], w.path)
	}
	type job struct {
		path, blob string
		raw        []byte
	}
	workers := max(runtime.GOMAXPROCS(0), 1)
	jobs := make(chan job, workers) // few blobs wait in memory at once
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var d load.Decoder
			for j := range jobs {
				pc := d.Decode(j.path, j.raw)
				mu.Lock()
				p.byKey[pieceKey(j.path, j.blob)] = pc
				mu.Unlock()
			}
		}()
	}
	err := gitfs.ReadBlobs(p.root, ids, func(id string, data []byte) {
		tooLarge := len(data) > load.MaxFileSize // the loader refuses it unread
		skip := tooLarge || (keep != nil && !keep(data))
		done := map[string]bool{}
		for _, path := range byBlob[id] {
			k := pieceKey(path, id)
			if done[k] {
				continue
			}
			done[k] = true
			if tooLarge || (skip && strings.HasPrefix(path, "reports/")) {
				mu.Lock()
				p.byKey[k] = load.Piece{}
				mu.Unlock()
				continue
			}
			jobs <- job{path, id, data}
		}
	})
	close(jobs)
	wg.Wait()
	return err
}

// mentions returns a test of whether a file's bytes may speak of task:
// every numeric segment of its key appears in them (or an escape, which
// could spell one). A file that fails it holds no entry for the task.
func mentions(task string) func(raw []byte) bool {
	segs := strings.Split(model.TaskKey(task), ".")
	return func(raw []byte) bool {
		if bytes.IndexByte(raw, '\\') >= 0 {
			return true
		}
		for _, s := range segs {
			if !bytes.Contains(raw, []byte(s)) {
				return false
			}
		}
		return true
	}
}
