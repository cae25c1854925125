// Package yamlfmt writes tally's files in their canonical layout: keys in
// schema order, two-space indent, block scalars for multi-line text, and
// scalars quoted only where YAML would otherwise read them differently.
package yamlfmt

import (
	"fmt"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

var (
	numberLike = regexp.MustCompile(`^[-+]?[._0-9]`)
	reserved   = map[string]bool{"true": true, "false": true, "null": true, "~": true, "yes": true, "no": true,
		"on": true, "off": true, "y": true, "n": true, "<<": true, "=": true}
)

// Plain reports whether s can be written as a plain scalar and read back
// as the same string.
func Plain(s string) bool {
	if s == "" || strings.TrimSpace(s) != s || strings.ContainsAny(s, "\n\r\t\x00\ufeff") {
		return false
	}
	if strings.ContainsRune("-?:,[]{}#&*!|>'\"%@`", rune(s[0])) {
		return false
	}
	if strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") {
		return false
	}
	if reserved[strings.ToLower(s)] {
		return false
	}
	if numberLike.MatchString(s) && !readsAsString(s) {
		return false
	}
	return !strings.ContainsFunc(s, mustEscape)
}

// mustEscape reports whether r cannot stand for itself in a YAML file
// tally writes: C0 and C1 controls and DEL (which YAML does not allow, or
// reads as line breaks: NEL), the line and paragraph separators (line
// breaks to YAML 1.1), the byte order mark, the non-characters U+FFFE
// and U+FFFF, and the bidirectional controls, which would reorder how
// the file shows in an editor. Line feeds and tabs are handled by each
// layout.
func mustEscape(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0x2028 || r == 0x2029 ||
		r == 0xfeff || r == 0xfffe || r == 0xffff ||
		r == 0x061c || r == 0x200e || r == 0x200f || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// readsAsString asks the YAML library how it reads s as a plain value:
// 7月起 is text, 2019-07-03 a date, 0x1F a number.
func readsAsString(s string) bool {
	var n yaml.Node
	if err := yaml.Unmarshal([]byte("k: "+s+"\n"), &n); err != nil || len(n.Content) == 0 {
		return false
	}
	m := n.Content[0]
	if len(m.Content) != 2 {
		return false
	}
	v := m.Content[1]
	return v.Kind == yaml.ScalarNode && v.Tag == "!!str" && v.Value == s && v.Style == 0
}

// Scalar writes s as a one-line scalar: plain where it can, else quoted.
func Scalar(s string) string {
	if Plain(s) {
		return s
	}
	return Quote(s)
}

// Quote writes s double-quoted with YAML escapes.
func Quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			switch {
			case r < 0x100 && mustEscape(r):
				fmt.Fprintf(&b, `\x%02X`, r) // \x1B for ESC: YAML's own escape, read back as the same character
			case mustEscape(r):
				fmt.Fprintf(&b, `\u%04X`, r)
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// Comment makes text fit in a YAML comment after "# ": one line (line
// breaks and tabs become spaces), with every character that cannot stand
// for itself written as the escape Quote would write, visibly.
func Comment(s string) string {
	if !strings.ContainsFunc(s, mustEscape) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
		case r < 0x100 && mustEscape(r):
			fmt.Fprintf(&b, `\x%02X`, r)
		case mustEscape(r):
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Block writes text as a literal block scalar at indent, with the header
// (|, |- or |+) that keeps its final line breaks exactly. Text that a
// literal block cannot hold (a first line starting with a space, a tab
// or a line break, from which YAML would take the indentation; characters
// that must be escaped) is quoted instead.
func Block(key, text string, indent int) string {
	pad := strings.Repeat(" ", indent)
	if text == "" || strings.ContainsFunc(text, func(r rune) bool { return r != '\n' && r != '\t' && mustEscape(r) }) ||
		strings.HasPrefix(text, " ") || strings.HasPrefix(text, "\t") || strings.HasPrefix(text, "\n") {
		return pad + key + ": " + Quote(text) + "\n"
	}
	body := strings.TrimRight(text, "\n")
	trailing := len(text) - len(body)
	header := "|"
	switch {
	case trailing == 0:
		header = "|-"
	case trailing > 1:
		header = "|+"
	}
	var b strings.Builder
	b.WriteString(pad + key + ": " + header + "\n")
	for _, line := range strings.Split(body, "\n") {
		if line == "" {
			b.WriteString("\n")
			continue
		}
		b.WriteString(pad + "  " + line + "\n")
	}
	for i := 1; i < trailing; i++ {
		b.WriteString("\n")
	}
	return b.String()
}

// Text writes a string field: a block for multi-line text, else one line.
func Text(key, s string, indent int) string {
	if strings.Contains(strings.TrimRight(s, "\n"), "\n") || (strings.HasSuffix(s, "\n") && s != "\n") {
		return Block(key, s, indent)
	}
	return strings.Repeat(" ", indent) + key + ": " + Scalar(s) + "\n"
}
