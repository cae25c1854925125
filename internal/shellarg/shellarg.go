// Package shellarg writes a path into a command a message asks the user to
// run (运行 tally -C 2021清单 import "新建 文本文档.txt"), quoted so that the
// shell they run it in reads it back as the same path.
package shellarg

import (
	"strings"
	"sync"
	"unicode"
)

// Shell is a family of shells that quote alike.
type Shell int

const (
	// POSIX is sh, bash or zsh: Linux, macOS, Git Bash on Windows.
	POSIX Shell = iota
	// Cmd is Windows' command prompt.
	Cmd
	// PowerShell is Windows PowerShell or PowerShell 7.
	PowerShell
	// Windows is cmd or PowerShell, not known which.
	Windows
)

// current is the shell tally was started from, found once.
var current = sync.OnceValue(detect)

// Quote writes s for the shell tally was started from.
func Quote(s string) string { return For(current(), s) }

// For writes s as sh reads it back: as it is where it holds nothing the
// shell acts on, else quoted.
//
//   - POSIX: in single quotes, where nothing is special ($, `, \, ! and
//     " included); a single quote inside is closed, escaped and reopened.
//   - Cmd: in double quotes, where & | < > ^ ( ) and spaces are not
//     special (backslashes that end s doubled, as programs read them). A
//     %NAME% naming a variable set in the window is still replaced (cmd has
//     no quoting against it), and a Windows path holds no double quote.
//   - PowerShell: in double quotes where it has no $ or ` (which they
//     would expand) and no typographic double quote (which ends them),
//     else in single quotes, where nothing is special; a single quote
//     inside, straight or typographic, is written twice. A typographic
//     quote is quoted as a straight one is (PowerShell reads it as one).
//   - Windows: in double quotes where cmd and PowerShell both read them
//     alike; a path with $, ` or a typographic double quote in
//     PowerShell's single quotes, PowerShell being the shell a data
//     folder's address bar opens first.
func For(sh Shell, s string) string {
	switch sh {
	case Cmd:
		if plain(s, " \t&|<>^()%!\"") {
			return s
		}
		return `"` + argv(strings.ReplaceAll(s, `"`, `\"`)) + `"`
	case PowerShell, Windows:
		special := " \t'\"`$&|;,(){}<>@#" + psSingle + psDouble + psDash
		if sh == Windows {
			special += "^%!"
		}
		switch {
		case plain(s, special):
			return s
		case !strings.ContainsAny(s, "$`\""+psDouble):
			return `"` + argv(s) + `"`
		}
		var b strings.Builder
		b.WriteByte('\'')
		for _, r := range argv(s) {
			if r == '\'' || strings.ContainsRune(psSingle, r) {
				b.WriteRune(r) // written twice, it is itself
			}
			b.WriteRune(r)
		}
		b.WriteByte('\'')
		return b.String()
	}
	if plain(s, " \t'\"`$&|;<>()[]{}*?!#~\\^%=") {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// PowerShell reads the typographic quotes as its own (about_Quoting_Rules):
// ‘ ’ ‚ ‛ as a single quote, “ ” „ as a double one, so that 关于“三会一课”的通知
// written bare loses its quotes, and in double quotes ends at the first.
// A dash of these starts a parameter as - does.
const (
	psSingle = "\u2018\u2019\u201a\u201b"
	psDouble = "\u201c\u201d\u201e"
	psDash   = "\u2013\u2014\u2015"
)

// argv doubles the backslashes that end s: a program on Windows reads \"
// as a quote within its argument (C:\新建 文件夹\ in double quotes would
// run on into the next), and \\" as a backslash that closes it.
func argv(s string) string {
	t := strings.TrimRight(s, `\`)
	return s + s[len(t):]
}

// plain says whether s can be written bare: not empty, no control
// character, no blank of any width, none of special.
func plain(s, special string) bool {
	if s == "" || strings.ContainsAny(s, special) {
		return false
	}
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) || !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}
