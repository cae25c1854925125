// Package loadcache keeps what loading each data file gave between runs,
// keyed by the file's size and modification time as git's index is, so
// that an officer's repeated summary, missing and export runs do not parse
// thousands of unchanged reports again.
//
// The cache lives in the user's cache folder (never in the data), belongs
// to one build of tally, and is only a speed-up: anything unreadable,
// stale or from another build is ignored and rewritten. TALLY_CACHE=off
// turns it off; TALLY_CACHE=DIR keeps it in DIR.
package loadcache

import (
	"bufio"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"tally/internal/atomicfile"
	"tally/internal/load"
)

// format changes whenever what is stored changes shape.
const format = "tally-load-cache-1"

// racy is how recent a modification may be before a file is not stored:
// a file written in the same instant as it was read could change again
// without its time changing.
const racy = 2 * time.Second

type header struct {
	Format string
	Binary string
	Root   string
}

type entry struct {
	Size    int64
	MTime   int64
	Outcome load.Outcome
}

// Cache is the cache of one data root. A nil *Cache does nothing.
type Cache struct {
	path   string
	head   header
	mu     sync.Mutex
	old    map[string]entry
	cur    map[string]entry
	missed bool
	now    time.Time
}

// Open returns the cache of the data root at root, or nil when caching is
// off or impossible.
func Open(root string) *Cache {
	dir := os.Getenv("TALLY_CACHE")
	switch dir {
	case "off", "0", "false":
		return nil
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return nil
		}
		dir = filepath.Join(base, "tally")
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil
	}
	sum := sha256.Sum256([]byte(abs))
	c := &Cache{
		path: filepath.Join(dir, hex.EncodeToString(sum[:8])+".gob"),
		head: header{Format: format, Binary: binaryID(), Root: abs},
		old:  map[string]entry{},
		cur:  map[string]entry{},
		now:  time.Now(),
	}
	c.read()
	return c
}

// binaryID names this build of tally, so that a rebuilt loader never
// reads what an older one stored.
func binaryID() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	info, err := os.Stat(exe)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%s|%d|%d", exe, info.Size(), info.ModTime().UnixNano())
}

func (c *Cache) read() {
	f, err := os.Open(c.path)
	if err != nil {
		return
	}
	defer f.Close()
	defer func() {
		if recover() != nil {
			c.old = map[string]entry{} // a damaged cache is no cache
		}
	}()
	dec := gob.NewDecoder(bufio.NewReader(f))
	var h header
	if dec.Decode(&h) != nil || h != c.head {
		return
	}
	var m map[string]entry
	if dec.Decode(&m) != nil {
		return
	}
	c.old = m
}

// Lookup returns the stored outcome of an unchanged file.
func (c *Cache) Lookup(file string, info fs.FileInfo) (*load.Outcome, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.old[file]
	if !ok || e.Size != info.Size() || e.MTime != info.ModTime().UnixNano() {
		c.missed = true
		return nil, false
	}
	c.cur[file] = e
	o := e.Outcome
	return &o, true
}

// Store remembers a file's outcome, unless the file changed too recently
// to be sure its time tells changes apart.
func (c *Cache) Store(file string, info fs.FileInfo, o *load.Outcome) {
	if c == nil {
		return
	}
	if c.now.Sub(info.ModTime()) < racy {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cur[file] = entry{Size: info.Size(), MTime: info.ModTime().UnixNano(), Outcome: *o}
}

// Save writes the cache if anything changed: files read afresh, or files
// gone. Errors are ignored by callers: the cache is only a speed-up.
func (c *Cache) Save() error {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.missed && len(c.cur) == len(c.old) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(c.path), 0o700); err != nil {
		return err
	}
	return atomicfile.Write(c.path, 0o600, true, func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		enc := gob.NewEncoder(bw)
		if err := enc.Encode(c.head); err != nil {
			return err
		}
		if err := enc.Encode(c.cur); err != nil {
			return err
		}
		return bw.Flush()
	})
}
