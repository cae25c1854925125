package history

import (
	"bytes"
	"errors"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"tally/internal/diag"
	"tally/internal/gitfs"
	"tally/internal/load"
	"tally/internal/model"
)

// pieces decodes data files from git blobs, each blob once: a decoded
// report is shared by every path that holds the same blob (relabelled
// with the path), and dropped once no commit still to be shown needs it.
type pieces struct {
	batch *gitfs.Batch
	// mu guards byKey and uses: one goroutine loads a batch while another
	// gets and releases the pieces of the batch before.
	mu    sync.Mutex
	byKey map[string]load.Piece // kind and blob (reports), or path and blob
	uses  map[string]int        // blob → uses still to come; absent: keep
	// unread are the keys of reports not decoded because keep said they
	// hold nothing of the task looked for (an empty piece stands for
	// them): whether they can be read at all is not known.
	unread map[string]bool
}

// newPieces starts reading blobs of the repository holding root; close
// ends it.
func newPieces(root string) (*pieces, error) {
	b, err := gitfs.NewBatch(root)
	if err != nil {
		return nil, err
	}
	return &pieces{batch: b, byKey: map[string]load.Piece{}, uses: map[string]int{}, unread: map[string]bool{}}, nil
}

func (p *pieces) close() error { return p.batch.Close() }

// loadPieces starts reading the repository holding root and decodes the
// blobs of ws; the caller closes what it returns.
func loadPieces(root string, ws []want) (*pieces, error) {
	ps, err := newPieces(root)
	if err != nil {
		return nil, err
	}
	if err := ps.load(ws, nil); err != nil {
		ps.close()
		return nil, err
	}
	return ps, nil
}

func pieceKey(path, blob string) string {
	if strings.HasPrefix(path, "reports/") {
		return "r\x00" + blob
	}
	return path + "\x00" + blob
}

// has reports whether the file at path with blob is decoded.
func (p *pieces) has(path, blob string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	_, ok := p.byKey[pieceKey(path, blob)]
	return ok
}

// get returns the file at path with blob, labelled with the path.
func (p *pieces) get(path, blob string) load.Piece {
	p.mu.Lock()
	pc := p.byKey[pieceKey(path, blob)]
	p.mu.Unlock()
	if r := pc.Report; r != nil && r.File != path {
		c := *r
		c.File = path
		parts := strings.Split(path, "/")
		c.Dir, c.Base = parts[1], strings.TrimSuffix(parts[2], ".yaml")
		pc.Report = &c
	}
	return pc
}

// isUnread says whether the report at path with blob was passed over
// unread (load's keep).
func (p *pieces) isUnread(path, blob string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.unread[pieceKey(path, blob)]
}

// release notes one use of blob done, dropping its pieces after the last.
func (p *pieces) release(path, blob string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	n, ok := p.uses[blob]
	if !ok {
		return
	}
	if n <= 1 {
		delete(p.uses, blob)
		delete(p.byKey, pieceKey(path, blob))
		delete(p.unread, pieceKey(path, blob))
		return
	}
	p.uses[blob] = n - 1
}

// want is a file to decode: a path and its blob.
type want struct{ path, blob string }

// load fetches the blobs of ws not decoded yet and decodes them on all
// cores. keep, if set, sees each report blob's
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
	// The chunk's blobs are read first, then decoded on all cores, each
	// worker taking the next file: no hand-off per blob while git writes.
	type job struct {
		key, path string
		raw       []byte
	}
	var jobs []job
	queued := 0 // bytes to decode: at most load.MaxTotalSize, as a load reads
	err := p.batch.Read(ids, func(id string, data []byte) {
		tooLarge := len(data) > load.MaxFileSize // the loader refuses it unread
		skip := tooLarge || (keep != nil && !keep(data))
		p.mu.Lock()
		defer p.mu.Unlock()
		for _, path := range byBlob[id] {
			k := pieceKey(path, id)
			if _, done := p.byKey[k]; done {
				continue
			}
			p.byKey[k] = load.Piece{}
			if tooLarge {
				p.byKey[k] = load.Piece{Unreadable: diag.TooLarge}
			}
			if !tooLarge && skip && strings.HasPrefix(path, "reports/") {
				p.unread[k] = true
			}
			if !tooLarge && !(skip && strings.HasPrefix(path, "reports/")) {
				if queued += len(data); queued > load.MaxTotalSize {
					p.byKey[k] = load.Piece{Unreadable: diag.TooLarge}
					continue
				}
				jobs = append(jobs, job{k, path, data})
			}
		}
	})
	var oe *gitfs.ObjectError
	if errors.As(err, &oe) {
		oe.Files = append(oe.Files, byBlob[oe.ID]...)
	}
	if err != nil {
		return err
	}
	decoded := make([]load.Piece, len(jobs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(jobs)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := load.Decoder{NoFingerprints: true} // changes are found field by field
			for i := int(next.Add(1) - 1); i < len(jobs); i = int(next.Add(1) - 1) {
				decoded[i] = d.Decode(jobs[i].path, jobs[i].raw)
			}
		}()
	}
	wg.Wait()
	p.mu.Lock()
	defer p.mu.Unlock()
	for i, j := range jobs {
		p.byKey[j.key] = decoded[i]
	}
	return nil
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
