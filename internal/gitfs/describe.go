// Package gitfs talks to git: which commit the data comes from and, for
// reading past revisions, the files of a commit. git is the only program
// tally runs, and user strings never reach it where it reads options.
package gitfs

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ErrNotRepo means the folder is not inside a git work tree.
var ErrNotRepo = errors.New("not a git repository")

// Describe returns the abbreviated commit of HEAD for the repository
// holding dir, and whether anything under dir differs from it (changed,
// staged or untracked files); with paths (relative to dir), whether any of
// them does.
func Describe(dir string, paths ...string) (commit string, dirty bool, err error) {
	out, err := git(dir, "rev-parse", "--short=12", "--verify", "--quiet", "HEAD^{commit}")
	if err != nil {
		if err2 := notRepo(dir); err2 != nil {
			return "", false, err2
		}
		// A repository without commits yet.
		return "", true, nil
	}
	commit = strings.TrimSpace(string(out))
	if len(paths) == 0 {
		paths = []string{"."}
	}
	literal := make([]string, len(paths))
	for i, p := range paths {
		literal[i] = ":(literal)" + p
	}
	status, err := gitWith(dir, noFilters(dir), append([]string{"status", "--porcelain", "-z", "--untracked-files=normal", "--ignore-submodules=all", "--"}, literal...)...)
	if err != nil {
		return commit, false, err
	}
	return commit, len(status) > 0, nil
}

// HooksDir returns the folder git runs hooks from for the repository
// holding dir, and dir's path inside the work tree ("" at the top).
func HooksDir(dir string) (hooks, prefix string, err error) {
	if err := notRepo(dir); err != nil {
		return "", "", err
	}
	out, err := git(dir, "rev-parse", "--git-path", "hooks")
	if err != nil {
		return "", "", ErrNotRepo
	}
	hooks = strings.TrimSpace(string(out))
	if !filepath.IsAbs(hooks) {
		// Not filepath.Join: cleaning "link/.." away would judge a
		// folder other than the one git runs hooks from.
		hooks = dir + string(filepath.Separator) + hooks
	}
	out, err = git(dir, "rev-parse", "--show-prefix", "--show-toplevel", "--git-common-dir")
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if err != nil || len(lines) != 3 {
		return "", "", fmt.Errorf("git rev-parse: %v", err)
	}
	common := lines[2]
	if !filepath.IsAbs(common) {
		common = filepath.Join(dir, common)
	}
	if !within(hooks, lines[1]) && !within(hooks, common) {
		// core.hooksPath may point anywhere; tally writes only inside
		// the repository it was asked about.
		return hooks, "", ErrHooksOutside
	}
	return hooks, strings.TrimSuffix(lines[0], "/"), nil
}

// ErrHooksOutside means the repository's hooks folder (core.hooksPath) is
// outside both its work tree and its .git folder.
var ErrHooksOutside = errors.New("the hooks folder is outside the repository")

// within reports whether path, with every link on the part of it that
// exists followed, lies in dir (with its links followed too).
func within(path, dir string) bool {
	p, d := realPath(path), realPath(dir)
	rel, err := filepath.Rel(d, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// realPath is p with every link on the part of it that exists followed,
// component by component (so "link/.." is the parent of the link's
// target, as the system reads it); what does not exist yet is kept as
// written, for a folder made there is made as written.
func realPath(p string) string {
	if !filepath.IsAbs(p) {
		if wd, err := os.Getwd(); err == nil {
			p = wd + string(filepath.Separator) + p // not filepath.Abs: it cleans "link/.." away
		}
	}
	vol := filepath.VolumeName(p)
	parts := strings.Split(p[len(vol):], string(filepath.Separator))
	cur := vol + string(filepath.Separator)
	for i, part := range parts {
		switch part {
		case "", ".":
			continue
		case "..":
			cur = filepath.Dir(cur) // cur holds no link: its parent is lexical
			continue
		}
		next := filepath.Join(cur, part)
		r, err := filepath.EvalSymlinks(next)
		if _, lerr := os.Lstat(next); err != nil && lerr == nil {
			return "" // a link that leads nowhere: no telling where a folder made through it would land
		}
		if err != nil {
			return filepath.Join(append([]string{next}, parts[i+1:]...)...)
		}
		cur = r
	}
	return cur
}

// Staged lists the files the next commit changes (added, changed, renamed
// or deleted in the index against HEAD, or every file of the index before
// the first commit), relative to dir and only those under it.
func Staged(dir string) ([]string, error) {
	if err := notRepo(dir); err != nil {
		return nil, err
	}
	out, err := git(dir, "diff", "--cached", "--name-only", "--no-renames", "--relative", "-z")
	if err != nil {
		return nil, err
	}
	var files []string
	for _, p := range strings.Split(string(out), "\x00") {
		if p != "" {
			files = append(files, p)
		}
	}
	return files, nil
}
