package gitfs

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os/exec"
	"strconv"
	"strings"
	"testing/fstest"
	"time"
)

// ErrBadRevision means a revision does not name a commit (or looks like an option).
var ErrBadRevision = errors.New("bad revision")

// Verify resolves a user-given revision to a full commit hash. Anything
// starting with "-" is refused before git sees it, and git is told where
// options end, so no revision can act as an option.
func Verify(dir, rev string) (string, error) {
	if rev == "" || strings.HasPrefix(rev, "-") || strings.ContainsAny(rev, "\x00\n") {
		return "", ErrBadRevision
	}
	out, err := git(dir, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}")
	if err != nil {
		if _, err2 := git(dir, "rev-parse", "--is-inside-work-tree"); err2 != nil {
			return "", ErrNotRepo
		}
		return "", ErrBadRevision
	}
	return strings.TrimSpace(string(out)), nil
}

// dataPaths are the parts of a data root tally reads.
var dataPaths = []string{"plan.yaml", "units.yaml", "tasks", "reports"}

// maxBlob bounds what is read from one blob; the loader refuses larger
// files anyway, and says so from the size.
const maxBlob = 8 << 20

// Snapshot returns the data files under dir as they are in commit (a
// verified hash), read through one `git ls-tree` and one
// `git cat-file --batch`. The working tree and the index are not touched.
func Snapshot(dir, commit string) (fs.FS, error) {
	args := append([]string{"ls-tree", "-r", "-z", "--end-of-options", commit, "--"}, dataPaths...)
	out, err := git(dir, args...)
	if err != nil {
		return nil, fmt.Errorf("git ls-tree: %w", err)
	}
	type entry struct{ mode, sha, name string }
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
	m := fstest.MapFS{}
	if len(entries) == 0 {
		return m, nil
	}
	cmd := exec.Command("git", "-C", dir, "cat-file", "--batch")
	var stdin bytes.Buffer
	for _, e := range entries {
		stdin.WriteString(e.sha + "\n")
	}
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
	for _, e := range entries {
		data, err := readBlob(r, e.sha)
		if err != nil {
			readErr = err
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
	io.Copy(io.Discard, r)
	if err := cmd.Wait(); err != nil && readErr == nil {
		readErr = err
	}
	if readErr != nil {
		return nil, fmt.Errorf("git cat-file: %w", readErr)
	}
	return m, nil
}

// readBlob reads one answer of `git cat-file --batch`.
func readBlob(r *bufio.Reader, sha string) ([]byte, error) {
	header, err := r.ReadString('\n')
	if err != nil {
		return nil, err
	}
	f := strings.Fields(header)
	if len(f) != 3 || f[0] != sha {
		return nil, fmt.Errorf("unexpected answer %q", strings.TrimSpace(header))
	}
	size, err := strconv.Atoi(f[2])
	if err != nil || size < 0 {
		return nil, fmt.Errorf("bad size in %q", strings.TrimSpace(header))
	}
	keep := min(size, maxBlob)
	data := make([]byte, keep)
	if _, err := io.ReadFull(r, data); err != nil {
		return nil, err
	}
	if _, err := r.Discard(size - keep + 1); err != nil { // the rest, and the newline
		return nil, err
	}
	if size > keep {
		// Keep the reported size honest for the loader's limit.
		data = append(data, make([]byte, 1)...)
	}
	return data, nil
}

// Commit is one commit of `tally log`.
type Commit struct {
	Hash    string
	Parent  string // first parent, "" for a root commit
	Author  string
	Date    time.Time
	Message string
}

// Log lists the commits that touched the data under dir, newest first,
// at most n (0: all).
func Log(dir string, n int) ([]Commit, error) {
	args := []string{"log", "-z", "--format=%H%x1f%P%x1f%an%x1f%aI%x1f%s"}
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
	if _, err2 := git(dir, "rev-parse", "--is-inside-work-tree"); err2 != nil {
		return ErrNotRepo
	}
	if _, err2 := git(dir, "rev-parse", "--verify", "--quiet", "HEAD"); err2 != nil {
		return nil
	}
	return err
}
