package gitfs

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing/fstest"
	"time"

	"tally/internal/load"
)

// ErrBadRevision means a revision does not name a commit (or looks like an option).
var ErrBadRevision = errors.New("bad revision")

// Verify resolves a user-given revision to a full commit hash. Anything
// starting with "-" is refused before git sees it, and git is told where
// options end, so no revision can act as an option.
func Verify(dir, rev string) (string, error) {
	if rev == "" || strings.HasPrefix(rev, "-") || strings.HasPrefix(rev, "^") || strings.ContainsAny(rev, "\x00\n") {
		return "", ErrBadRevision
	}
	out, err := git(dir, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}")
	if err != nil {
		if err2 := notRepo(dir); err2 != nil {
			return "", err2
		}
		return "", ErrBadRevision
	}
	// One commit, as a bare hash: "^HEAD" and the like name an exclusion.
	hash := strings.TrimSpace(string(out))
	if !isHash(hash) {
		return "", ErrBadRevision
	}
	return hash, nil
}

func isHash(s string) bool {
	if len(s) != 40 && len(s) != 64 {
		return false
	}
	for _, c := range s {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// dataPaths are the parts of a data root tally reads (not evidence/: its
// files are not data, and are looked at in the working tree only).
var dataPaths = []string{"plan.yaml", "units.yaml", "tasks", "reports", "reviews"}

// maxBlob bounds what is read from one blob: one byte more than the
// loader takes (load.MaxFileSize), which then refuses it from the size.
const maxBlob = load.MaxFileSize + 1

// MaxSnapshot bounds the bytes of the distinct blobs one snapshot holds,
// ten times a province's data. A blob shared by many paths is read and
// kept once; a blob over maxBlob costs nothing (its paths share one
// placeholder of that size).
const MaxSnapshot = 256 << 20

// ErrTooLarge means a revision's data is over MaxSnapshot.
var ErrTooLarge = fmt.Errorf("the data of the revision is over %d MB", MaxSnapshot>>20)

// Snapshot returns the data files under dir as they are in commit (a
// verified hash), read through one `git ls-tree` and one
// `git cat-file --batch`. The working tree and the index are not touched.
func Snapshot(dir, commit string) (fs.FS, error) {
	args := append([]string{"ls-tree", "-r", "-z", "--end-of-options", commit, "--"}, dataPaths...)
	out, err := git(dir, args...)
	if err != nil {
		return nil, fmt.Errorf("git ls-tree: %w", err)
	}
	var entries []entry
	for _, rec := range bytes.Split(out, []byte{0}) {
		if len(rec) == 0 {
			continue
		}
		meta, name, ok := bytes.Cut(rec, []byte{'\t'})
		f := strings.Fields(string(meta))
		if !ok || len(f) != 3 || f[1] != "blob" {
			continue // submodules and the like are not data
		}
		entries = append(entries, entry{f[0], f[2], string(name)})
	}
	return readEntries(dir, entries)
}

// Index returns the data files under dir as git's index holds them: what
// the next commit records, which the working tree may no longer be (a
// file changed after it was staged, or staged in part). Read as Snapshot
// reads a commit; the working tree and the index are not touched. Paths
// in conflict (not yet merged) are not read but listed in unmerged: git
// commits none of them until they are resolved and added.
func Index(dir string) (fsys fs.FS, unmerged []string, err error) {
	if err := notRepo(dir); err != nil {
		return nil, nil, err
	}
	args := append([]string{"ls-files", "-s", "-z", "--"}, dataPaths...)
	out, err := git(dir, args...)
	if err != nil {
		return nil, nil, fmt.Errorf("git ls-files: %w", err)
	}
	var entries []entry
	for _, rec := range bytes.Split(out, []byte{0}) {
		meta, name, ok := bytes.Cut(rec, []byte{'\t'})
		f := strings.Fields(string(meta))
		switch {
		case !ok || len(f) != 3 || f[0] == "160000":
			continue // a submodule
		case f[2] != "0":
			if n := string(name); !slices.Contains(unmerged, n) {
				unmerged = append(unmerged, n)
			}
			continue
		}
		entries = append(entries, entry{f[0], f[1], string(name)})
	}
	fsys, err = readEntries(dir, entries)
	return fsys, unmerged, err
}

// entry is a file of a tree or of the index: its mode, blob and path.
type entry struct{ mode, sha, name string }

// readEntries reads the blobs of entries through one `git cat-file
// --batch` into a file system of their paths.
func readEntries(dir string, entries []entry) (fs.FS, error) {
	m := fstest.MapFS{}
	if len(entries) == 0 {
		return m, nil
	}
	// Ask for each blob once, however many paths share it.
	var stdin bytes.Buffer
	var shas []string
	wanted := map[string]bool{}
	for _, e := range entries {
		if !wanted[e.sha] {
			wanted[e.sha] = true
			shas = append(shas, e.sha)
			stdin.WriteString(e.sha + "\n")
		}
	}
	cmd := command(dir, nil, "cat-file", "--batch")
	cmd.Stdin = &stdin
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	r := bufio.NewReader(stdout)
	var readErr error
	blobs := make(map[string][]byte, len(shas))
	total := 0
	for _, sha := range shas {
		data, err := readBlob(r, sha)
		if err != nil {
			readErr = err
			break
		}
		if len(data) < maxBlob {
			if total += len(data); total > MaxSnapshot {
				readErr = ErrTooLarge
				break
			}
		}
		blobs[sha] = data
	}
	for _, e := range entries {
		data, ok := blobs[e.sha]
		if !ok {
			break
		}
		f := &fstest.MapFile{Data: data, Mode: 0o644, ModTime: time.Time{}}
		if e.mode == "120000" {
			f.Mode = fs.ModeSymlink | 0o777
		}
		if fs.ValidPath(e.name) && !strings.Contains(e.name, "\\") {
			m[e.name] = f
		}
	}
	if readErr != nil {
		cmd.Process.Kill()
	}
	io.Copy(io.Discard, r)
	if err := cmd.Wait(); err != nil && readErr == nil {
		readErr = err
	}
	if errors.Is(readErr, ErrTooLarge) {
		return nil, ErrTooLarge
	}
	var oe *ObjectError
	if errors.As(readErr, &oe) {
		for _, e := range entries {
			if e.sha == oe.ID {
				oe.Files = append(oe.Files, e.name)
			}
		}
		return nil, oe
	}
	if readErr != nil {
		return nil, fmt.Errorf("git cat-file: %w", readErr)
	}
	return m, nil
}

// ObjectError is a blob git cannot give: missing from the repository, or
// damaged (git stops when it cannot inflate one). Files are the paths
// that hold it, where the caller knows them: that is what a user can
// look for; the id is for git fsck.
type ObjectError struct {
	ID    string
	Files []string
}

func (e *ObjectError) Error() string {
	return fmt.Sprintf("git object %s (%s) is missing or damaged", e.ID, strings.Join(e.Files, ", "))
}

// readBlob reads one answer of `git cat-file --batch`.
func readBlob(r *bufio.Reader, sha string) ([]byte, error) {
	header, err := r.ReadString('\n')
	if err != nil {
		return nil, &ObjectError{ID: sha} // git ended before answering: it could not read the object
	}
	f := strings.Fields(header)
	if len(f) == 2 && f[0] == sha && f[1] == "missing" {
		return nil, &ObjectError{ID: sha}
	}
	if len(f) != 3 || f[0] != sha {
		return nil, fmt.Errorf("unexpected answer %q", strings.TrimSpace(header))
	}
	size, err := strconv.Atoi(f[2])
	if err != nil || size < 0 {
		return nil, fmt.Errorf("bad size in %q", strings.TrimSpace(header))
	}
	if size >= maxBlob {
		// Too large for the loader: skip it, and stand in the shared
		// placeholder whose size makes the loader refuse it.
		if _, err := r.Discard(size + 1); err != nil { // the blob, and the newline
			return nil, err
		}
		return oversized(), nil
	}
	data := make([]byte, size)
	if _, err := io.ReadFull(r, data); err != nil {
		return nil, &ObjectError{ID: sha}
	}
	if _, err := r.Discard(1); err != nil { // the newline
		return nil, err
	}
	return data, nil
}

// oversized stands for every blob over the loader's limit; made once,
// when first needed, and never written to.
var oversized = sync.OnceValue(func() []byte { return make([]byte, maxBlob) })

// Commit is one commit of `tally log`.
type Commit struct {
	Hash   string
	Parent string // first parent, "" for a root commit
	// Merged are a merge's other parents (History lists them; Log does not).
	Merged  []string
	Author  string
	Date    time.Time
	Message string
}

// Log lists the commits that touched the data under dir, newest first,
// at most n (0: all).
func Log(dir string, n int) ([]Commit, error) {
	args := []string{"log", "-z", "--no-textconv", "--no-ext-diff", "--no-show-signature", "--format=%H%x1f%P%x1f%an%x1f%aI%x1f%s"}
	if n > 0 {
		args = append(args, "-n", strconv.Itoa(n))
	}
	args = append(append(args, "--end-of-options", "HEAD", "--"), dataPaths...)
	out, err := git(dir, args...)
	if err != nil {
		return nil, logFailed(dir, err)
	}
	var commits []Commit
	for _, rec := range strings.Split(string(out), "\x00") {
		rec = strings.TrimPrefix(rec, "\n")
		if rec == "" {
			continue
		}
		f := strings.SplitN(rec, "\x1f", 5)
		if len(f) != 5 {
			continue
		}
		date, _ := time.Parse(time.RFC3339, f[3])
		parent, _, _ := strings.Cut(f[1], " ")
		commits = append(commits, Commit{Hash: f[0], Parent: parent, Author: f[2], Date: date, Message: f[4]})
	}
	return commits, nil
}

// logFailed says why `git log` failed in dir: ErrNotRepo, nil for a
// repository without commits yet (it has no history), else err.
func logFailed(dir string, err error) error {
	if err2 := notRepo(dir); err2 != nil {
		return err2
	}
	if _, err2 := git(dir, "rev-parse", "--verify", "--quiet", "HEAD"); err2 != nil {
		return nil
	}
	return err
}

// MergeBase is the best common ancestor of two verified commits (a merge
// request's branch and the branch it goes into), "" when they have none.
func MergeBase(dir, a, b string) (string, error) {
	if !isHash(a) || !isHash(b) {
		return "", ErrBadRevision
	}
	out, err := git(dir, "merge-base", "--end-of-options", a, b)
	if err != nil {
		return "", nil // no common ancestor: git exits 1 saying nothing
	}
	if hash := strings.TrimSpace(string(out)); isHash(hash) {
		return hash, nil
	}
	return "", nil
}
