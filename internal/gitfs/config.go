package gitfs

import "strings"

// SetConfig sets key to value in the configuration of the repository
// holding dir (its .git/config), as `git config` does.
func SetConfig(dir, key, value string) error {
	_, err := git(dir, "config", "--local", key, value)
	return err
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
