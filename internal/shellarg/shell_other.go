//go:build !windows

package shellarg

// detect: outside Windows the shell a user types into is a POSIX one.
func detect() Shell { return POSIX }
