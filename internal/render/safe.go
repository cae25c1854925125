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
	if streamClean(b) {
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

// streamClean says whether SafeStream passes b as it is: valid UTF-8
// holding no character safeRune changes but line feeds, tabs and the CRs
// of CR LF. It looks at the bytes, not the characters: once b is known to
// be valid UTF-8, every character safeRune changes starts with a byte
// streamLead marks (an ASCII control or DEL; 0xC2 for U+0080–U+009F,
// the C1 controls; 0xD8 for U+061C; 0xE2 for the other bidirectional
// controls), and the bytes after it tell which. Every page of the site
// and every command's output passes here; going character by character
// was a tenth of the site's CPU.
func streamClean(b []byte) bool {
	if !utf8.Valid(b) {
		return false
	}
	for i := 0; i < len(b); i++ {
		c := b[i]
		if !streamLead[c] {
			continue
		}
		// b is valid UTF-8, so a lead byte's continuation bytes are there.
		switch c {
		case '\r':
			if i+1 == len(b) || b[i+1] != '\n' {
				return false // a lone CR
			}
		case 0xC2: // U+0080–U+00BF: the C1 controls are U+0080–U+009F
			if b[i+1] <= 0x9f {
				return false
			}
		case 0xD8: // U+0600–U+063F: U+061C is the Arabic letter mark
			if b[i+1] == 0x9c {
				return false
			}
		case 0xE2: // U+2000–U+2FFF
			if bidiE2(b[i+1], b[i+2]) {
				return false
			}
		default: // a C0 control but tab and line feed, or DEL
			return false
		}
	}
	return true
}

// bidiE2 says whether the character 0xE2 x1 x2 (U+2000–U+2FFF) is a
// bidirectional control: U+200E, U+200F, U+202A–U+202E, U+2066–U+2069.
func bidiE2(x1, x2 byte) bool {
	switch x1 {
	case 0x80: // U+2000–U+203F
		return x2 == 0x8e || x2 == 0x8f || x2 >= 0xaa && x2 <= 0xae
	case 0x81: // U+2040–U+207F
		return x2 >= 0xa6 && x2 <= 0xa9
	}
	return false
}

// streamLead marks the bytes streamClean looks at more closely.
var streamLead = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\t' && c != '\n'
	}
	t[0x7f], t[0xC2], t[0xD8], t[0xE2] = true, true, true, true
	return t
}()

// BookTitle puts a title in book-title marks as Chinese writing nests
// them: the marks inside it become 〈〉 (《县〈政府工作报告〉确定的重点工作》,
// not 《县《政府工作报告》确定的重点工作》, walk 11); a title already in
// 《》 whole is not put in a second pair.
func BookTitle(title string) string {
	if inner, ok := wrapped(title); ok {
		title = inner // 《县《政府工作报告》…》: its own pair, kept once (probe 10)
	}
	return "《" + strings.NewReplacer("《", "〈", "》", "〉").Replace(title) + "》"
}

// wrapped says whether a title is in one pair of 《》 whole (the first
// mark closes at the last), and gives what is inside it.
func wrapped(title string) (string, bool) {
	if !strings.HasPrefix(title, "《") || !strings.HasSuffix(title, "》") {
		return "", false
	}
	depth := 0
	for i, r := range title {
		switch r {
		case '《':
			depth++
		case '》':
			depth--
			if depth == 0 && i+len("》") < len(title) {
				return "", false // 《A》与《B》: two titles side by side
			}
		}
	}
	return title[len("《") : len(title)-len("》")], depth == 0
}
