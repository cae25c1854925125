package gitfs

import (
	"bufio"
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// DataPaths are the parts of a data root history reads, as pathspecs.
func DataPaths() []string { return append([]string(nil), dataPaths...) }

// FileChange is one path a commit (or a comparison of two trees) changed:
// the blob before and after, "" where the path held no regular file.
type FileChange struct {
	Path    string
	OldBlob string
	NewBlob string
}

// Changed is a commit of the history with the data files it changed
// against its first parent.
type Changed struct {
	Commit
	Files []FileChange
}

// History lists, newest first, the commits reachable from rev (a commit
// verified with Verify; "" for HEAD) that changed any of paths (pathspecs
// under dir), each with the paths and blob ids it changed: one `git log
// --raw`, no file is read. A merge is compared with its first parent. A
// repository without commits has no history.
func History(dir, rev string, paths []string) ([]Changed, error) {
	if rev == "" {
		rev = "HEAD"
	}
	return history(dir, rev, paths, nil)
}

// HistoryWide is History for paths that are most of what the commits
// change, such as the data root's files and folders (history.LogEach's
// paths), where it is cheaper. Given pathspecs, git decides for each
// commit whether it touches them before it lists what the commit changed:
// two comparisons of its trees, not one, which on the generated province's
// 1,890 commits doubled git's time. With paths that are plain names
// (files, or folders and everything under them) and no merge in the
// history, git lists every commit's changes without pathspecs and the
// commits and files under paths are picked out here: the same commits in
// the same order with the same files, since on a history without merges
// git lists a commit for paths exactly when its changes include one under
// them. A merge makes git simplify the history by the paths (a side
// branch whose merge changed none of them is not walked), so with merges,
// other pathspecs, or where git cannot say whether there are merges, it
// is History.
func HistoryWide(dir, rev string, paths []string) ([]Changed, error) {
	if rev == "" {
		rev = "HEAD"
	}
	if !plainPaths(paths) {
		return history(dir, rev, paths, nil)
	}
	merges, err := git(dir, "rev-list", "--merges", "--max-count=1", "--end-of-options", rev, "--")
	if err != nil || len(bytes.TrimSpace(merges)) > 0 {
		return history(dir, rev, paths, nil)
	}
	return history(dir, rev, nil, func(p string) bool { return underAny(p, paths) })
}

// FirstParentHistory is History of one path along the first parents of
// rev only (the line a branch's own commits and its merges make), newest
// first, at most max commits.
func FirstParentHistory(dir, rev, path string, max int) ([]Changed, error) {
	return history(dir, rev, []string{":(literal)" + path}, nil, "--first-parent", fmt.Sprintf("--max-count=%d", max))
}

// plainPaths says whether every pathspec of paths is a plain relative name
// (no pathspec magic, wildcard, quoting, or . and .. parts): one git
// matches as the path itself or a folder above it, as underAny does.
func plainPaths(paths []string) bool {
	if len(paths) == 0 {
		return false
	}
	for _, p := range paths {
		if p == "" {
			return false
		}
		for _, part := range strings.Split(p, "/") {
			if part == "" || part == "." || part == ".." {
				return false
			}
		}
		for i := 0; i < len(p); i++ {
			c := p[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-' || c == '/') {
				return false
			}
		}
	}
	return true
}

// underAny says whether path is one of paths or under one of them.
func underAny(path string, paths []string) bool {
	for _, p := range paths {
		if path == p || strings.HasPrefix(path, p) && path[len(p)] == '/' {
			return true
		}
	}
	return false
}

// history runs git log over paths (pathspecs; none: every path). With
// under, only the changes of the paths it admits are kept, and only the
// commits with one: as git lists them for those paths (HistoryWide).
func history(dir, rev string, paths []string, under func(string) bool, flags ...string) ([]Changed, error) {
	args := []string{"log", "-z", "--raw", "--no-abbrev", "--no-renames", "--relative", "--root", "--no-color",
		"--diff-merges=first-parent", "--format=%x1e%H%x1f%P%x1f%an%x1f%aI%x1f%s"}
	args = append(append(args, flags...), "--end-of-options", rev, "--")
	out, err := git(dir, append(args, paths...)...)
	if err != nil {
		return nil, logFailed(dir, err)
	}
	var commits []Changed
	touched := true // whether the last commit listed changed a path under (always, without under)
	toks := strings.Split(string(out), "\x00")
	for i := 0; i < len(toks); i++ {
		tok := strings.TrimPrefix(toks[i], "\n")
		switch {
		case strings.HasPrefix(tok, "\x1e"):
			f := strings.SplitN(tok[1:], "\x1f", 5)
			if len(f) != 5 {
				return nil, fmt.Errorf("git log: unexpected record %q", clipRecord(tok))
			}
			if !touched {
				commits = commits[:len(commits)-1]
			}
			date, _ := time.Parse(time.RFC3339, f[3])
			var parent string
			parents := strings.Fields(f[1])
			if len(parents) > 0 {
				parent, parents = parents[0], parents[1:]
			}
			commit := Commit{Hash: f[0], Parent: parent, Author: f[2], Date: date, Message: f[4]}
			if len(parents) > 0 {
				commit.Merged = parents
			}
			commits = append(commits, Changed{Commit: commit})
			touched = under == nil
		case strings.HasPrefix(tok, ":"):
			if len(commits) == 0 || i+1 >= len(toks) {
				return nil, fmt.Errorf("git log: unexpected record %q", clipRecord(tok))
			}
			i++
			if under != nil {
				if !under(toks[i]) {
					continue
				}
				touched = true
			}
			if fc, ok := rawChange(tok, toks[i]); ok {
				c := &commits[len(commits)-1]
				c.Files = append(c.Files, fc)
			}
		case tok == "":
		default:
			return nil, fmt.Errorf("git log: unexpected record %q", clipRecord(tok))
		}
	}
	if !touched {
		commits = commits[:len(commits)-1]
	}
	return commits, nil
}

// rawChange reads one `--raw` line ":oldmode newmode oldsha newsha X" and
// its path. Links and submodules are not data: a blob there counts as none.
func rawChange(meta, path string) (FileChange, bool) {
	f := strings.Fields(meta[1:])
	if len(f) != 5 {
		return FileChange{}, false
	}
	fc := FileChange{Path: path, OldBlob: regularBlob(f[0], f[2]), NewBlob: regularBlob(f[1], f[3])}
	return fc, fc.OldBlob != fc.NewBlob
}

func regularBlob(mode, sha string) string {
	if (mode != "100644" && mode != "100755") || strings.Trim(sha, "0") == "" {
		return ""
	}
	return sha
}

func clipRecord(s string) string {
	if len(s) > 80 {
		return s[:80]
	}
	return s
}

// TreeDiff lists the paths under paths whose blobs differ between the
// commits a and b (verified hashes): one `git diff-tree`, no file is read.
func TreeDiff(dir, a, b string, paths []string) ([]FileChange, error) {
	args := []string{"diff-tree", "-r", "-z", "--no-abbrev", "--no-renames", "--relative", "--end-of-options", a, b, "--"}
	out, err := git(dir, append(args, paths...)...)
	if err != nil {
		return nil, fmt.Errorf("git diff-tree: %w", err)
	}
	var fcs []FileChange
	toks := strings.Split(string(out), "\x00")
	for i := 0; i+1 < len(toks); i += 2 {
		if !strings.HasPrefix(toks[i], ":") {
			return nil, fmt.Errorf("git diff-tree: unexpected record %q", clipRecord(toks[i]))
		}
		if fc, ok := rawChange(toks[i], toks[i+1]); ok {
			fcs = append(fcs, fc)
		}
	}
	return fcs, nil
}

// Tree maps each regular file under paths in commit (a verified hash) to
// its blob id: one `git ls-tree`, no file is read.
func Tree(dir, commit string, paths []string) (map[string]string, error) {
	args := append([]string{"ls-tree", "-r", "-z", "--end-of-options", commit, "--"}, paths...)
	out, err := git(dir, args...)
	if err != nil {
		return nil, fmt.Errorf("git ls-tree: %w", err)
	}
	m := map[string]string{}
	for _, rec := range bytes.Split(out, []byte{0}) {
		meta, name, ok := bytes.Cut(rec, []byte{'\t'})
		f := strings.Fields(string(meta))
		if !ok || len(f) != 3 || f[1] != "blob" {
			continue
		}
		if sha := regularBlob(f[0], f[2]); sha != "" {
			m[string(name)] = sha
		}
	}
	return m, nil
}

// Boundary reports whether commit, listed without parents, is where a
// shallow clone's history was cut: its object still names the parents
// the clone does not hold.
func Boundary(dir, commit string) bool {
	out, err := git(dir, "cat-file", "commit", commit)
	if err != nil {
		return false
	}
	header, _, _ := bytes.Cut(out, []byte("\n\n"))
	for _, line := range bytes.Split(header, []byte{'\n'}) {
		if bytes.HasPrefix(line, []byte("parent ")) {
			return true
		}
	}
	return false
}

// BlobID is the id git gives data as a blob, in the hash of the ids it
// is compared with (SHA-1, or SHA-256 for 64-digit ids).
func BlobID(data []byte, like string) string {
	id, _ := BlobIDOf(bytes.NewReader(data), int64(len(data)), like)
	return id
}

// BlobIDOf is BlobID of the size bytes r reads, read as they stream: an
// evidence file is not held whole. An error reading r, or a size that r
// does not give, is an error.
func BlobIDOf(r io.Reader, size int64, like string) (string, error) {
	var h hash.Hash
	if len(like) == 64 {
		h = sha256.New()
	} else {
		h = sha1.New()
	}
	io.WriteString(h, "blob "+strconv.FormatInt(size, 10)+"\x00")
	n, err := io.Copy(h, io.LimitReader(r, size+1))
	if err == nil && n != size {
		err = fmt.Errorf("read %d bytes of %d", n, size)
	}
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// ReadBlobs reads the blobs ids through one `git cat-file --batch` and
// hands each to fn in order; each data is fn's to keep.
func ReadBlobs(dir string, ids []string, fn func(id string, data []byte)) error {
	if len(ids) == 0 {
		return nil
	}
	b, err := NewBatch(dir)
	if err != nil {
		return err
	}
	err = b.Read(ids, fn)
	if cerr := b.Close(); err == nil {
		err = cerr
	}
	return err
}

// A Batch reads blobs through one `git cat-file --batch` kept running
// between reads, so that a walk through history starts git once.
type Batch struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
	err error
}

// NewBatch starts git for the repository holding dir.
func NewBatch(dir string) (*Batch, error) {
	cmd := command(dir, nil, "cat-file", "--batch")
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	return &Batch{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 64<<10)}, nil
}

// Read asks for the blobs ids and hands each to fn in order; each data is
// fn's to keep. After an error the Batch reads nothing more.
func (b *Batch) Read(ids []string, fn func(id string, data []byte)) error {
	if b.err != nil {
		return b.err
	}
	written := make(chan error, 1)
	go func() { // git answers while it reads: ask and read at once
		w := bufio.NewWriter(b.in)
		for _, id := range ids {
			w.WriteString(id + "\n")
		}
		written <- w.Flush()
	}()
	for _, id := range ids {
		data, err := readBlob(b.out, id)
		if err != nil {
			b.err = err
			if _, ok := err.(*ObjectError); !ok {
				b.err = fmt.Errorf("git cat-file: %w", err)
			}
			b.in.Close() // git stops; the writer's next write fails
			<-written
			return b.err
		}
		fn(id, data)
	}
	if err := <-written; err != nil {
		b.err = fmt.Errorf("git cat-file: %w", err)
	}
	return b.err
}

// Close ends git.
func (b *Batch) Close() error {
	b.in.Close()
	io.Copy(io.Discard, b.out)
	if err := b.cmd.Wait(); err != nil && b.err == nil {
		return fmt.Errorf("git cat-file: %w", err)
	}
	return nil
}

// BlobsAt gives, for each of at (a commit and a path under dir), the id
// of the regular file's blob there, "" where there is none: one `git
// cat-file --batch-check` for them all. A path git's line-by-line input
// cannot carry (a line break) is given "" unknown: known[i] is false.
func BlobsAt(dir string, at [][2]string) (blobs []string, known []bool, err error) {
	blobs, known = make([]string, len(at)), make([]bool, len(at))
	var in bytes.Buffer
	var asked []int
	for i, q := range at {
		if strings.ContainsAny(q[0]+q[1], "\n\r") || !isHash(q[0]) {
			continue
		}
		// ./ makes the path relative to dir, not to the repository's top.
		in.WriteString(q[0] + ":./" + q[1] + "\n")
		asked = append(asked, i)
	}
	if len(asked) == 0 {
		return blobs, known, nil
	}
	cmd := command(dir, nil, "cat-file", "--batch-check=%(objectname) %(objecttype)")
	cmd.Stdin = &in
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, nil, fmt.Errorf("git cat-file: %w: %s", err, strings.TrimSpace(stderr.String()))
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(asked) {
		return nil, nil, fmt.Errorf("git cat-file: %d answers to %d questions", len(lines), len(asked))
	}
	for k, line := range lines {
		i := asked[k]
		known[i] = true
		if id, typ, ok := strings.Cut(line, " "); ok && typ == "blob" && isHash(id) {
			blobs[i] = id
		}
	}
	return blobs, known, nil
}
