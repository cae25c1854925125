package gitfs

// SetConfig sets key to value in the configuration of the repository
// holding dir (its .git/config), as `git config` does.
func SetConfig(dir, key, value string) error {
	_, err := git(dir, "config", "--local", key, value)
	return err
}
