//go:build windows

package shellarg

import (
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/sys/windows"
)

// detect names the shell by the program that started tally: cmd.exe,
// powershell.exe or pwsh.exe, a POSIX shell of Git for Windows; anything
// else (a shortcut, a script host) is Windows.
func detect() Shell {
	h, err := windows.OpenProcess(windows.PROCESS_QUERY_LIMITED_INFORMATION, false, uint32(os.Getppid()))
	if err != nil {
		return Windows
	}
	defer windows.CloseHandle(h)
	buf := make([]uint16, windows.MAX_LONG_PATH)
	n := uint32(len(buf))
	if windows.QueryFullProcessImageName(h, 0, &buf[0], &n) != nil {
		return Windows
	}
	return byName(windows.UTF16ToString(buf[:n]))
}

// byName is the shell of a program's path.
func byName(exe string) Shell {
	switch strings.ToLower(filepath.Base(exe)) {
	case "cmd.exe":
		return Cmd
	case "powershell.exe", "pwsh.exe":
		return PowerShell
	case "bash.exe", "sh.exe", "zsh.exe", "dash.exe":
		return POSIX
	}
	return Windows
}
