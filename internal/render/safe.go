package render

import (
	"bytes"
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
		isBidi(r), r == utf8.RuneError:
		return utf8.RuneError
	}
	return r
}

// isBidi reports whether r is a bidirectional control: the marks, the
// embeddings and overrides, and the isolates, which reorder what is shown.
func isBidi(r rune) bool {
	return r == '\u061c' || r == '\u200e' || r == '\u200f' || // marks
		r >= '\u202a' && r <= '\u202e' || // embeddings and overrides
		r >= '\u2066' && r <= '\u2069' // isolates
}

// SafeLine is Safe for text that must stay on one line (a diagnostic's
// header): a line feed shows as ␤.
func SafeLine(s string) string {
	return strings.ReplaceAll(Safe(s), "\n", "\u2424")
}

// SafeStream is Safe for text on its way out as a whole (a command's
// standard output or error), where tabs and CR LF line ends are part of
// a format (completion's columns, CSV's rows) and pass as they are; a
// lone CR, which would let text overwrite what was printed before it,
// does not. b is UTF-8 text; bytes that are not show as U+FFFD.
func SafeStream(b []byte) []byte {
	if utf8.Valid(b) && !bytes.ContainsFunc(b, func(r rune) bool { return r != '\t' && r != '\r' && unsafeRune(r) }) &&
		!hasLoneCR(b) {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == '\t', r == '\r' && i+1 < len(b) && b[i+1] == '\n':
		default:
			r = safeRune(r)
		}
		out = utf8.AppendRune(out, r)
		i += n
	}
	return out
}

func hasLoneCR(b []byte) bool {
	for i := bytes.IndexByte(b, '\r'); i >= 0; {
		if i+1 >= len(b) || b[i+1] != '\n' {
			return true
		}
		j := bytes.IndexByte(b[i+1:], '\r')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}
