package gitfs

import (
	"errors"
	"strings"
)

// SetConfig sets key to value in the configuration of the repository
// holding dir (its .git/config), as `git config` does.
func SetConfig(dir, key, value string) error {
	_, err := git(dir, "config", "--local", key, value)
	return err
}

// DiffAttr is the diff attribute git gives path (relative to dir) by the
// repository's attribute files: "unspecified", "unset" (-diff), "set"
// (diff), or the name of a diff driver (diff=NAME).
func DiffAttr(dir, path string) (string, error) {
	out, err := git(dir, "check-attr", "-z", "diff", "--", path)
	if err != nil {
		return "", err
	}
	// -z: the path, the attribute and its value, each ended by a NUL.
	parts := strings.Split(string(out), "\x00")
	if len(parts) < 3 || parts[1] != "diff" {
		return "", errors.New("git check-attr: unexpected output")
	}
	return parts[2], nil
}

// UserName is git's user.name for the repository holding dir (or the
// user's global setting outside one); "" when none is set or git is not
// installed.
func UserName(dir string) string {
	out, err := git(dir, "config", "--get", "user.name")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}
