package load

import (
	"strings"
	"unicode/utf8"

	"tally/internal/model"
)

// A light reading of a file line by line, for what the YAML parser cannot
// say: where keys stand, and which lines are text (a block scalar, a
// quoted or bracketed value that goes on, a plain value's continuation).
// It is used only on files the parser refused, to find every typing slip
// at once (slips.go), to name the cause of a syntax error, and to check
// the values of the lines that can still be read.

type lineKind uint8

const (
	lineBlank   lineKind = iota // empty, or white space only
	lineComment                 // a comment where a key may stand
	lineText                    // part of a value that began on an earlier line
	lineKey                     // "key: value" or "- key: value" where a key may stand
	lineItem                    // "- value": a list item that is no mapping
	lineOther                   // anything else where a key should stand: text without a key
)

// lineInfo is what the reading found on one line. Columns count
// characters from 0; offsets are bytes.
type lineInfo struct {
	kind lineKind
	lead int // bytes of leading white space (spaces, tabs, full-width spaces)
	// bad is the offset of the first tab or full-width space where only
	// spaces may indent (-1 for none), and want the indentation meant
	// there: what a repair puts in place of the lead.
	bad, want int
	// badDash is the offset of a tab right after a list item's "-" (-1 for none).
	badDash int
	key     string
	keyCol  int  // column of the key, after any "- "
	keyAt   int  // offset of the key
	colon   int  // offset of the colon after the key (of where it is missing, with nocolon)
	full    bool // the colon is the full-width "："
	nocolon bool // a known field's name followed by its value without a colon ("status 推进中")
	value   int  // offset of the value (after the colon and its spaces); len(line) for none
	plain   bool // the value is plain text on this line (not a block, quote or bracket that goes on)
}

const fullWidthSpace = "\u3000"

// readLines reads the lines of a file as above.
func readLines(lines []string) []lineInfo {
	out := make([]lineInfo, len(lines))
	block, blockIndent := -1, -1 // a block scalar's key column, and its text's indentation once seen
	cont := -1                   // a plain value's column: deeper lines go on with it
	var quote byte               // inside a quoted value that goes on
	flow := 0                    // inside a [ ] or { } value that goes on
	prevKey, prevOpens, lastDash := 0, false, 0
	for i, s := range lines {
		li := &out[i]
		li.bad, li.badDash = -1, -1
		if quote != 0 {
			li.kind = lineText
			if closes(s, quote) {
				quote = 0
			}
			continue
		}
		if flow > 0 {
			li.kind = lineText
			flow = flowDepth(s, flow)
			continue
		}
		lead := leadOf(s)
		li.lead = lead
		rest := s[lead:]
		spaces := len(s) - len(strings.TrimLeft(s, " ")) // spaces before any tab
		ind := utf8.RuneCountInString(s[:lead])
		hasBad := spaces < lead
		if rest == "" {
			li.kind = lineBlank
			if strings.Contains(s, "\t") {
				li.bad, li.want = strings.IndexByte(s, '\t'), 0
			}
			continue
		}
		if block >= 0 {
			need := blockIndent
			if need < 0 {
				need = block + 1
			}
			switch {
			case !hasBad && ind > block:
				li.kind = lineText
				if blockIndent < 0 {
					blockIndent = ind
				}
				continue
			case hasBad && !looksKey(rest):
				li.kind = lineText
				if spaces < need { // a tab where the text's indentation should be
					li.bad, li.want = spaces, need
				}
				continue
			}
			block, blockIndent = -1, -1
		}
		if cont >= 0 {
			switch {
			case !hasBad && ind > cont && rest[0] != '#':
				li.kind = lineText
				continue
			case hasBad && !looksKey(rest) && rest[0] != '#':
				li.kind = lineText
				if spaces <= cont {
					li.bad, li.want = spaces, cont+2
				}
				continue
			}
			cont = -1
		}
		// A key may stand here. A tab or a full-width space in the lead is
		// a slip; the line is read where it was meant to stand.
		dash := dashes(rest)
		item := dash > 0
		if hasBad {
			li.bad = spaces
			switch {
			case prevOpens:
				li.want = prevKey + 2
			case item:
				li.want = lastDash
			default:
				li.want = prevKey
			}
			ind = li.want
		}
		if rest[0] == '#' {
			li.kind = lineComment
			continue
		}
		if item {
			lastDash = ind
			if t := strings.IndexByte(rest[:dash], '\t'); t >= 0 {
				li.badDash = lead + t
			}
		}
		col := ind + utf8.RuneCountInString(rest[:dash])
		body := rest[dash:]
		key, colon, full, ok := keyOf(body)
		nocolon := false
		if !ok {
			key, colon, ok = colonless(body)
			nocolon = ok
		}
		if !ok {
			li.kind = lineOther
			if item {
				li.kind = lineItem
				li.value = lead + dash
				if body != "" && body[0] != '#' {
					cont, block, quote, flow, li.plain = opens(body, ind)
				}
			}
			prevOpens = false
			continue
		}
		li.kind, li.key, li.keyCol, li.keyAt, li.full, li.nocolon = lineKey, key, col, lead+dash, full, nocolon
		li.colon = lead + dash + colon
		after := li.colon + 1
		switch {
		case full:
			after = li.colon + len("：")
		case nocolon:
			after = li.colon
		}
		v := after
		for v < len(s) {
			switch {
			case s[v] == ' ' || s[v] == '\t':
				v++
				continue
			case strings.HasPrefix(s[v:], fullWidthSpace):
				v += len(fullWidthSpace)
				continue
			}
			break
		}
		li.value = v
		prevKey = col
		val := s[v:]
		prevOpens = val == "" || val[0] == '#'
		if !prevOpens {
			cont, block, quote, flow, li.plain = opens(val, col)
		}
	}
	return out
}

// opens says what a value starting a line's value part begins: a plain
// text that deeper lines continue (cont, the column they must pass), a
// block scalar (block), a quote or brackets left open (quote, flow).
func opens(val string, col int) (cont, block int, quote byte, flow int, plain bool) {
	cont, block = -1, -1
	switch val[0] {
	case '|', '>':
		block = col
	case '"', '\'':
		if !closes(val[1:], val[0]) {
			quote = val[0]
		}
	case '[', '{':
		flow = flowDepth(val, 0)
	default:
		cont, plain = col, true
	}
	return
}

// leadOf is the length of s's leading white space: spaces, tabs and
// full-width spaces.
func leadOf(s string) int {
	i := 0
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case strings.HasPrefix(s[i:], fullWidthSpace):
			i += len(fullWidthSpace)
		default:
			return i
		}
	}
	return i
}

// dashes is the length of the list item marks ("- ", "-\t", "- - ") that
// start s.
func dashes(s string) int {
	i := 0
	for i < len(s) && s[i] == '-' && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t') {
		i++
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
	}
	return i
}

// keyOf finds the key of a line's content: a plain key followed by ":"
// and a space (or the line's end), or an ASCII key followed by the
// full-width "：" a Chinese input method types. colon is its offset.
func keyOf(s string) (key string, colon int, full, ok bool) {
	if s == "" || strings.ContainsRune("#|>'\"[]{}&*!%@`,?", rune(s[0])) {
		return "", 0, false, false
	}
	n := 0
	for n < len(s) && (s[n] == '_' || s[n] == '-' || isAlnum(s[n])) {
		n++
	}
	if n > 0 && !(s[0] == '-' || s[0] >= '0' && s[0] <= '9') {
		j := n
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if strings.HasPrefix(s[j:], "：") {
			return s[:n], j, true, true
		}
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '#':
			if i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
				return "", 0, false, false // a comment before any colon
			}
		case ':':
			if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t' || strings.HasPrefix(s[i+1:], fullWidthSpace) {
				if k := strings.TrimRight(s[:i], " \t"); k != "" {
					return k, i, false, true
				}
				return "", 0, false, false
			}
		}
	}
	return "", 0, false, false
}

// colonless finds a known field's name that starts a line's content,
// followed by white space and its value or by nothing: a key whose colon
// was left out ("status 推进中"). end is the offset after the name.
func colonless(s string) (key string, end int, ok bool) {
	n := 0
	for n < len(s) && (s[n] == '_' || s[n] >= 'a' && s[n] <= 'z') {
		n++
	}
	if n == 0 || !knownField(s[:n]) {
		return "", 0, false
	}
	if rest := s[n:]; rest != "" && rest[0] != ' ' && rest[0] != '\t' && !strings.HasPrefix(rest, fullWidthSpace) {
		return "", 0, false
	}
	return s[:n], n, true
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// looksKey reports whether a line's content (after its lead) is a known
// field's "key:" (with either colon): a line typed with a tab that starts
// a new field, not more text.
func looksKey(rest string) bool {
	key, _, _, ok := keyOf(rest[dashes(rest):])
	return ok && knownField(key)
}

// knownField reports whether key is a field of any of tally's files.
func knownField(key string) bool { return fieldNames[key] }

// textField reports whether a key's value is text people write in words
// (a summary, a title, a name), or whose kind is not known: the values a
// quote or bracket may open by chance, and that may run over lines.
func textField(key string) bool { return !knownField(key) || textFields[key] }

var textFields = map[string]bool{
	"summary": true, "problems": true, "next": true, "contact": true, "title": true, "body": true,
	"owners_text": true, "text": true, "name": true, "preamble": true, "issuer": true, "number": true, "reason": true, "by": true,
}

var fieldNames = func() map[string]bool {
	m := map[string]bool{}
	for _, paths := range model.FieldTable {
		for _, fs := range paths {
			for _, f := range fs {
				m[f.Name] = true
			}
		}
	}
	return m
}()

// closes reports whether s holds the closing quote q (a double quote not
// escaped, a single quote not doubled).
func closes(s string, q byte) bool {
	for i := 0; i < len(s); i++ {
		switch {
		case q == '"' && s[i] == '\\':
			i++
		case s[i] == q && q == '\'' && i+1 < len(s) && s[i+1] == '\'':
			i++
		case s[i] == q:
			return true
		}
	}
	return false
}

// flowDepth counts the brackets s leaves open, from depth.
func flowDepth(s string, depth int) int {
	_, open := flowScan(s, depth)
	return open
}

// flowScan reads the brackets of s from depth, outside quotes and before
// a comment: where they all close (-1 when they do not on this line), and
// how many stay open at its end.
func flowScan(s string, depth int) (closed, open int) {
	closed = -1
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == '\\' && quote == '"' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '[' || c == '{':
			depth++
		case c == ']' || c == '}':
			if depth--; depth == 0 && closed < 0 {
				closed = i
			}
		case c == '#' && i > 0 && s[i-1] == ' ':
			return closed, max(depth, 0)
		}
	}
	return closed, max(depth, 0)
}
