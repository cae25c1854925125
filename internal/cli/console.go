package cli

import (
	"io"
	"os"
)

// Tables on a console are drawn with box-drawing characters (─ │ ┌). The
// legacy Windows console of a Chinese Windows (conhost in code page 936,
// not UTF-8) draws those two columns wide, or as "?", and the table falls
// apart; there tally draws them in plain ASCII. Everywhere else (UTF-8
// consoles, Windows Terminal, files and pipes) tables are the same.

// consoleUTF8 is the output code page of UTF-8 (CP_UTF8).
const consoleUTF8 = 65001

// plainTables reports whether tables written to w should be drawn in
// ASCII: whether w is a console that would misdraw box characters.
func plainTables(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	codePage, console := consoleCodePage(f)
	return legacyConsole(console, codePage, os.Getenv)
}

// legacyConsole is the decision, apart from the console it is about: a
// Windows console (not a file or a pipe: what is saved stays UTF-8) whose
// output code page is not UTF-8, unless it runs in Windows Terminal
// (WT_SESSION), which draws box characters one column wide whatever the
// code page.
func legacyConsole(console bool, codePage uint32, getenv func(string) string) bool {
	return console && codePage != consoleUTF8 && getenv("WT_SESSION") == ""
}
