//go:build windows

package cli

import (
	"os"

	"golang.org/x/sys/windows"
)

// consoleCodePage returns the console's output code page, and whether f
// is a console at all.
func consoleCodePage(f *os.File) (uint32, bool) {
	var mode uint32
	if windows.GetConsoleMode(windows.Handle(f.Fd()), &mode) != nil {
		return 0, false
	}
	cp, err := windows.GetConsoleOutputCP()
	if err != nil {
		return 0, false
	}
	return cp, true
}
