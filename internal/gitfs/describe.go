// Package gitfs talks to git: which commit the data comes from and, for
// reading past revisions, the files of a commit. git is the only program
// tally runs, and user strings never reach it where it reads options.
package gitfs

import (
	"bytes"
	"errors"
	"os/exec"
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
		if _, err2 := git(dir, "rev-parse", "--is-inside-work-tree"); err2 != nil {
			return "", false, ErrNotRepo
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
	status, err := git(dir, append([]string{"status", "--porcelain", "-z", "--untracked-files=normal", "--"}, literal...)...)
	if err != nil {
		return commit, false, err
	}
	return commit, len(status) > 0, nil
}

func git(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return out, errors.New(msg)
		}
	}
	return out, err
}

// HooksDir returns the folder git runs hooks from for the repository
// holding dir, and dir's path inside the work tree ("" at the top).
func HooksDir(dir string) (hooks, prefix string, err error) {
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
