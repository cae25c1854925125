package render

import (
	"strings"
	"unicode/utf8"
)

// Safe makes text harmless on a terminal: control characters that a
// terminal obeys (ESC starting an escape sequence, which can retitle the
// window or write the clipboard; BEL; the other C0 and C1 controls; DEL)
// become the visible symbols Unicode has for them, and the bidirectional
// overrides and isolates, which reorder what is shown, become U+FFFD.
// Line feeds stay; a tab becomes a space. Each character is replaced by
// exactly one, so columns counted in characters still point right.
// Text without such characters is returned as it is, without copying.
func Safe(s string) string {
	i := strings.IndexFunc(s, unsafeRune)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		b.WriteRune(safeRune(r))
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	return r != '\n' && safeRune(r) != r
}

func safeRune(r rune) rune {
	switch {
	case r == '\n':
		return r
	case r == '\t':
		return ' '
	case r < 0x20:
		return 0x2400 + r // ␀ … ␟: ␛ for ESC, ␇ for BEL, ␍ for CR
	case r == 0x7f:
		return '\u2421' // ␡
	case r >= 0x80 && r <= 0x9f, // C1 controls (CSI, OSC, …)
		r == '\u061c', r == '\u200e', r == '\u200f', // bidi marks
		r >= '\u202a' && r <= '\u202e', // embeddings and overrides
		r >= '\u2066' && r <= '\u2069', // isolates
		r == utf8.RuneError:
		return utf8.RuneError
	}
	return r
}

// SafeLine is Safe for text that must stay on one line (a diagnostic's
// header): a line feed shows as ␤.
func SafeLine(s string) string {
	return strings.ReplaceAll(Safe(s), "\n", "\u2424")
}
