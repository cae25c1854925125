// Package gitfs talks to git: which commit the data comes from and, for
// reading past revisions, the files of a commit. git is the only program
// tally runs, and user strings never reach it where it reads options.
package gitfs

import (
	"errors"
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
		hooks = filepath.Join(dir, hooks)
	}
	out, err = git(dir, "rev-parse", "--show-prefix")
	if err != nil {
		return "", "", err
	}
	return hooks, strings.TrimSuffix(strings.TrimSpace(string(out)), "/"), nil
}
