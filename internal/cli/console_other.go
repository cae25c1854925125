//go:build !windows

package cli

import "os"

// consoleCodePage says that f is no Windows console: terminals elsewhere
// take UTF-8.
func consoleCodePage(*os.File) (uint32, bool) { return 0, false }
