package gitfs

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"sync"
)

// ErrDubious means git refuses the repository because another user owns
// it (git's safe.directory); the user can say it is trusted.
var ErrDubious = errors.New("git refuses a repository owned by someone else (dubious ownership)")

// safeArgs come before every git command tally runs. A repository may
// come from anyone, and its own configuration names programs git would
// run: none of them may run. No file-system monitor, no hooks, no pager,
// no external diff, no network (a partial clone's lazy fetch would run
// ssh), and no untracked-cache writes. What git prints is what tally
// parses: commit messages and names in UTF-8 (a repository may ask for
// UTF-16, and a commit may be recorded in GBK: git converts it), paths
// quoted as git does by default (tally asks for -z, which takes them
// verbatim either way), and no colour.
var safeArgs = []string{
	"--no-pager",
	"-c", "core.fsmonitor=false",
	"-c", "core.pager=cat",
	"-c", "core.sshCommand=false",
	"-c", "core.askPass=",
	"-c", "credential.helper=",
	"-c", "diff.external=",
	"-c", "protocol.allow=never",
	"-c", "core.untrackedCache=false",
	"-c", "log.showSignature=false",
	"-c", "gpg.program=false",
	"-c", "i18n.logOutputEncoding=UTF-8",
	"-c", "core.quotePath=true",
	"-c", "color.ui=false",
}

// safeEnv is added to tally's environment for git.
var safeEnv = []string{
	"GIT_PAGER=cat", "PAGER=cat", "GIT_EXTERNAL_DIFF=", "GIT_TERMINAL_PROMPT=0",
	"GIT_ASKPASS=", "SSH_ASKPASS=", "GIT_OPTIONAL_LOCKS=0", "GIT_NO_LAZY_FETCH=1",
	"GIT_PROTOCOL_FROM_USER=0",
}

// command is the one place tally starts git: in dir, with the repository's
// own programs disabled, plus extra settings (filter overrides).
func command(dir string, extra []string, args ...string) *exec.Cmd {
	all := append([]string{"-C", dir}, safeArgs...)
	all = append(all, extra...)
	cmd := exec.Command("git", append(all, args...)...)
	cmd.Env = append(os.Environ(), safeEnv...)
	return cmd
}

// git runs a git command and returns its output; a failure carries git's
// own message, and dubious ownership is ErrDubious.
func git(dir string, args ...string) ([]byte, error) {
	return gitWith(dir, nil, args...)
}

func gitWith(dir string, extra []string, args ...string) ([]byte, error) {
	cmd := command(dir, extra, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if strings.Contains(msg, "dubious ownership") {
			return out, ErrDubious
		}
		if msg != "" {
			return out, errors.New(msg)
		}
	}
	return out, err
}

// notRepo tells why git failed in dir: not a repository, or one git
// refuses to read (dubious ownership); nil if it is a repository.
func notRepo(dir string) error {
	_, err := git(dir, "rev-parse", "--is-inside-work-tree")
	switch {
	case errors.Is(err, ErrDubious):
		return ErrDubious
	case err != nil:
		return ErrNotRepo
	}
	return nil
}

// noFilters switches off the content filters the repository configures
// (filter.NAME.clean/smudge/process): `git status` would run them on
// changed files. Their names come from git's own reading of the config.
func noFilters(dir string) []string {
	filtersMu.Lock()
	defer filtersMu.Unlock()
	if f, ok := filtersOf[dir]; ok {
		return f
	}
	out, _ := git(dir, "config", "-z", "--name-only", "--get-regexp", `^filter\.`)
	var extra []string
	seen := map[string]bool{}
	for _, key := range strings.Split(string(out), "\x00") {
		rest, ok := strings.CutPrefix(strings.ToLower(key), "filter.")
		i := strings.LastIndexByte(rest, '.')
		if !ok || i <= 0 || seen[rest[:i]] {
			continue
		}
		name := rest[:i]
		seen[name] = true
		for _, k := range []string{"clean", "smudge", "process"} {
			extra = append(extra, "-c", "filter."+name+"."+k+"=")
		}
		extra = append(extra, "-c", "filter."+name+".required=false")
	}
	filtersOf[dir] = extra
	return extra
}

var (
	filtersMu sync.Mutex
	filtersOf = map[string][]string{}
)
