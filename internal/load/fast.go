package load

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"time"
	"unsafe"

	"go.yaml.in/yaml/v3"

	"tally/internal/model"
)

// fastParse reads the plain block layout that `tally fmt`, `tally new` and
// `tally import` write, several times faster than the YAML library: block
// mappings with identifier keys, block sequences, plain and simple
// double-quoted scalars, literal block scalars (| and |-), comment and
// blank lines. It builds the same nodes the library would (kind, style,
// tag, value, line and column; comments are not kept, the loader does not
// read them). On anything else (flow collections, anchors, tags,
// escapes, multi-line plain scalars, a line it does not expect) it gives
// up and returns false, and the library parses the file, so a file's
// meaning and its errors never depend on which parser read it. Its
// agreement with the library is fuzzed (FuzzFastParse).
//
// The nodes' values share text's memory (no copy is made of what is read
// once and dropped, such as keys, statuses and dates): text must not
// change while the tree or any value of it is in use, and the decoder
// copies the values the model keeps (decoder.keep).
func fastParse(text []byte) (*yaml.Node, bool) {
	var p fastParser
	return p.parse(text)
}

// parse reads text with p, reusing the memory of p's earlier parses: the
// nodes of the last tree p returned are overwritten, so a caller that
// reuses p must be done with that tree.
func (p *fastParser) parse(text []byte) (*yaml.Node, bool) {
	if !fastBytes(text) {
		return nil, false
	}
	return p.parsePlain(text)
}

// parsePlain is parse for a text whose bytes are known to pass fastBytes.
func (p *fastParser) parsePlain(text []byte) (*yaml.Node, bool) {
	p.reset(text)
	i := p.skip(0)
	if i == len(p.lines) || p.lines[i].indent != 0 {
		return nil, false
	}
	top, next, ok := p.mapping(i, 0)
	if !ok || p.skip(next) != len(p.lines) {
		return nil, false
	}
	return top, true
}

// fastBytes reports whether every byte of text is one the fast parser
// handles the way the library does: no tabs or control characters, no
// characters the library refuses, no line breaks other than \n.
func fastBytes(text []byte) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\n' || (c >= 0x20 && c < 0x7F):
		case c < 0x80:
			return false // tabs, other controls, DEL
		case c == 0xC2:
			if i+1 < len(text) && text[i+1] < 0xA0 {
				return false // C1 controls and NEL, a line break to the library
			}
		case c == 0xE2:
			if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9) {
				return false // line and paragraph separators
			}
		case c == 0xEF:
			if i+2 < len(text) && ((text[i+1] == 0xBB && text[i+2] == 0xBF) || (text[i+1] == 0xBF && text[i+2] >= 0xBE)) {
				return false // a BOM inside the text, U+FFFE, U+FFFF
			}
		}
	}
	return true
}

// fastLine is one line of the text: its number (from 1), indentation, and
// where its content starts and ends (without the line break).
type fastLine struct {
	num         int
	indent      int
	start, end  int
	blank       bool // empty or spaces only
	commentOnly bool
}

type fastParser struct {
	text  []byte
	lines []fastLine
	// Nodes come from slabs, and collections' children from one arena of
	// pointers; both are kept for the next parse.
	slabs [][]yaml.Node
	slab  int // the slab being filled
	arena []*yaml.Node
	stack []*yaml.Node // children of the collections being read
	walk  []*yaml.Node // room for walking a tree (duplicateKeys)
	// names is the decoder's one copy of each id and name, kept from
	// file to file with the parser's memory (decoder.names).
	names map[string]string
	// positions is the decoder's block of positions (decoder.block).
	positions model.Positions
	// shortNames holds names' copies for short ids (task ids, one an
	// entry) by a hash of their bytes, ahead of the map (directReport).
	shortNames [1024]string
}

const slabSize = 256

func (p *fastParser) reset(text []byte) {
	p.text = text
	p.lines = p.lines[:0]
	for i := range p.slabs {
		p.slabs[i] = p.slabs[i][:0]
	}
	p.slab = 0
	p.arena = p.arena[:0]
	p.stack = p.stack[:0]
	for start, num := 0, 1; start < len(text); num++ {
		end := bytes.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		l := fastLine{num: num, start: start, end: end}
		for l.start+l.indent < end && text[l.start+l.indent] == ' ' {
			l.indent++
		}
		l.blank = l.start+l.indent == end
		l.commentOnly = !l.blank && text[l.start+l.indent] == '#'
		p.lines = append(p.lines, l)
		start = end + 1
	}
}

// nodes counts the nodes of the last tree parsed: every node made is
// part of it.
func (p *fastParser) nodes() int {
	if len(p.slabs) == 0 {
		return 0
	}
	return p.slab*slabSize + len(p.slabs[p.slab])
}

// skip returns the first line from i that is neither blank nor a comment.
func (p *fastParser) skip(i int) int {
	for i < len(p.lines) && (p.lines[i].blank || p.lines[i].commentOnly) {
		i++
	}
	return i
}

func (p *fastParser) node(kind yaml.Kind, tag, value string, line, col int) *yaml.Node {
	if p.slab < len(p.slabs) && len(p.slabs[p.slab]) == slabSize {
		p.slab++
	}
	if p.slab == len(p.slabs) {
		p.slabs = append(p.slabs, make([]yaml.Node, 0, slabSize))
	}
	s := append(p.slabs[p.slab], yaml.Node{Kind: kind, Tag: tag, Value: value, Line: line, Column: col + 1})
	p.slabs[p.slab] = s
	return &s[len(s)-1]
}

// children takes the nodes pushed on the stack since from as a
// collection's content.
func (p *fastParser) children(from int) []*yaml.Node {
	n := len(p.stack) - from
	if len(p.arena)+n > cap(p.arena) {
		p.arena = make([]*yaml.Node, 0, max(4096, n)) // the old arena lives on in earlier content
	}
	start := len(p.arena)
	p.arena = append(p.arena, p.stack[from:]...)
	p.stack = p.stack[:from]
	return p.arena[start:len(p.arena):len(p.arena)]
}

// key reads `key:` at byte offset at of line l: an identifier followed by
// a colon and a space or the end of the line. It returns the key and the
// offset after the colon.
func (p *fastParser) key(l fastLine, at int) (string, int, bool) {
	i := at
	for i < l.end && i-at < 64 {
		c := p.text[i]
		if c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z') || (i > at && c >= '0' && c <= '9') {
			i++
			continue
		}
		break
	}
	if i == at || i >= l.end || p.text[i] != ':' || (i+1 < l.end && p.text[i+1] != ' ') {
		return "", 0, false
	}
	return view(p.text[at:i]), i + 1, true
}

// view is b as a string without a copy: b must not change while the
// string is in use.
func view(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// resolvable marks the first bytes with which a plain scalar may be
// something other than a string to the YAML library (a number, a bool,
// null, a date, a merge key): its resolver's own table. A scalar that
// starts with any other byte is a string, and the library need not be
// asked.
var resolvable = func() (t [256]bool) {
	for _, c := range "+-0123456789yYnNtTfFoO~<." {
		t[c] = true
	}
	return t
}()

// wordLead marks the letters with which the library's words for true,
// false and null start (its resolver tries its table of words on every
// scalar starting with y, n, t, f or o, upper or lower case).
var wordLead = func() (t [256]bool) {
	for _, c := range "yYnNtTfFoO" {
		t[c] = true
	}
	return t
}()

// plainTag is the tag the library resolves a plain scalar to. Besides
// strings, the two forms tally's files are full of are answered here: a
// whole number in plain decimal (progress) and a date (the library tries
// three other timestamp layouts first, each failing with an error made
// to be dropped).
func plainTag(n *yaml.Node) string { return plainTagOf(n.Value) }

// plainTagOf is plainTag for the plain scalar s.
func plainTagOf(s string) string {
	switch {
	case s != "" && !resolvable[s[0]]:
		return "!!str"
	case s != "" && s[0] >= '0' && s[0] <= '9' && !numberLike(s):
		return "!!str" // such as a period, 2024Q3: the library tries four readings, each an error to drop
	case s != "" && wordLead[s[0]]:
		// Keys such as task and next, ids such as town-01: the library
		// looks such a scalar up in its table of words (boxing it to do
		// so), and finds only these.
		switch s {
		case "true", "True", "TRUE", "false", "False", "FALSE":
			return "!!bool"
		case "null", "Null", "NULL":
			return "!!null"
		}
		return "!!str"
	case plainInt(s):
		return "!!int"
	case len(s) == 10 && digits(s[:4]) && s[4] == '-' && digits(s[5:7]) && s[7] == '-' && digits(s[8:]):
		if _, err := time.Parse("2006-01-02", s); err == nil {
			return "!!timestamp"
		}
	}
	return (&yaml.Node{Kind: yaml.ScalarNode, Value: s}).ShortTag()
}

// numberByte marks the bytes a number or a date may hold, in any form the
// library reads: decimal, 0x, 0o and 0b integers with underscores, floats
// with exponents, timestamps with a time and a zone.
var numberByte = func() (t [256]bool) {
	for _, c := range "0123456789abcdefABCDEFxXoO_.+-:TtZz " {
		t[c] = true
	}
	return t
}()

// numberLike reports whether s holds only bytes a number or a date may
// hold: a scalar that starts with a digit and is not such is a string
// to the library (none of its words for true, false or null starts with
// a digit).
func numberLike(s string) bool {
	for i := 0; i < len(s); i++ {
		if !numberByte[s[i]] {
			return false
		}
	}
	return true
}

// plainInt reports a decimal whole number the library reads as an int:
// no sign, no leading zero (octal), short enough for 64 bits.
func plainInt(s string) bool {
	return s == "0" || (len(s) > 0 && len(s) <= 18 && s[0] != '0' && digits(s))
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// mapping reads a block mapping whose keys stand at column indent, the
// first on line i. The first key may follow a sequence's "- " (then line
// i's own indentation is smaller).
func (p *fastParser) mapping(i, indent int) (*yaml.Node, int, bool) {
	var m *yaml.Node
	first := true
	from := len(p.stack)
	for {
		l := p.lines[i]
		at := l.start + indent
		if !first && l.indent != indent {
			return nil, 0, false
		}
		k, after, ok := p.key(l, at)
		if !ok {
			return nil, 0, false
		}
		kn := p.node(yaml.ScalarNode, "", k, l.num, indent)
		kn.Tag = plainTag(kn)
		if first {
			m = p.node(yaml.MappingNode, "!!map", "", l.num, indent)
			first = false
		}
		v, next, ok := p.value(i, indent, after, true)
		if !ok {
			return nil, 0, false
		}
		p.stack = append(p.stack, kn, v)
		next = p.skip(next)
		if next == len(p.lines) || p.lines[next].indent < indent {
			m.Content = p.children(from)
			return m, next, true
		}
		if p.lines[next].indent > indent {
			return nil, 0, false
		}
		i = next
	}
}

// sequence reads a block sequence whose dashes stand at column indent.
func (p *fastParser) sequence(i, indent int) (*yaml.Node, int, bool) {
	s := p.node(yaml.SequenceNode, "!!seq", "", p.lines[i].num, indent)
	from := len(p.stack)
	for {
		l := p.lines[i]
		at := l.start + indent
		if l.indent != indent || !dash(p.text, at, l.end) || at+1 == l.end {
			return nil, 0, false
		}
		col := indent + 2
		for l.start+col < l.end && p.text[l.start+col] == ' ' {
			col++
		}
		var item *yaml.Node
		next := i + 1
		if _, _, isKey := p.key(l, l.start+col); isKey {
			var ok bool
			if item, next, ok = p.mapping(i, col); !ok {
				return nil, 0, false
			}
		} else {
			var ok bool
			if item, next, ok = p.value(i, indent, l.start+col-1, false); !ok {
				return nil, 0, false
			}
		}
		p.stack = append(p.stack, item)
		next = p.skip(next)
		if next == len(p.lines) || p.lines[next].indent < indent {
			s.Content = p.children(from)
			return s, next, true
		}
		l2 := p.lines[next]
		if l2.indent > indent {
			return nil, 0, false
		}
		if !dash(p.text, l2.start+indent, l2.end) {
			s.Content = p.children(from)
			return s, next, true // the parent mapping goes on
		}
		i = next
	}
}

// dash reports whether a sequence entry starts at offset at: "- " or a
// dash ending the line.
func dash(text []byte, at, end int) bool {
	return at < end && text[at] == '-' && (at+1 == end || text[at+1] == ' ')
}

// value reads what follows a key's colon (or a dash) at offset after on
// line i, whose parent stands at column indent: a scalar on the same line,
// a literal block scalar, or (only after a key) a block collection on the
// next lines.
// Its callers give up when a line after the value is indented more than
// the parent: that would continue a plain scalar, or be an error.
func (p *fastParser) value(i, indent, after int, afterKey bool) (*yaml.Node, int, bool) {
	l := p.lines[i]
	at := after
	for at < l.end && p.text[at] == ' ' {
		at++
	}
	col := at - l.start // all before it is ASCII
	if at == l.end {
		if !afterKey {
			return nil, 0, false
		}
		next := p.skip(i + 1)
		if next == len(p.lines) {
			return nil, 0, false
		}
		l2 := p.lines[next]
		switch {
		case l2.indent > indent && dash(p.text, l2.start+l2.indent, l2.end):
			return p.sequence(next, l2.indent)
		case l2.indent > indent:
			return p.mapping(next, l2.indent)
		case l2.indent == indent && dash(p.text, l2.start+l2.indent, l2.end):
			return p.sequence(next, indent)
		}
		return nil, 0, false // an empty value: the library places its null
	}
	rest := p.text[at:l.end]
	if rest[0] == '|' {
		return p.literal(i, indent, rest, col)
	}
	s, ok := inlineScalar(rest)
	if !ok {
		return nil, 0, false
	}
	n := p.node(yaml.ScalarNode, s.tag, s.value, l.num, col)
	n.Style = s.style
	return n, i + 1, true
}

// fastScalar is a scalar value as the fast parser reads it: what its
// node would hold.
type fastScalar struct {
	value string
	tag   string
	style yaml.Style
	runes int // the characters of value
}

// inlineScalar reads the scalar that rest (a line from the value's first
// byte, not a literal block's "|") holds: a plain or a simple
// double-quoted scalar. Anything else is not read.
func inlineScalar(rest []byte) (fastScalar, bool) {
	switch rest[0] {
	case '"':
		end := bytes.IndexByte(rest[1:], '"')
		if end < 0 || bytes.IndexByte(rest[1:end+1], '\\') >= 0 || len(bytes.TrimRight(rest[end+2:], " ")) > 0 {
			return fastScalar{}, false
		}
		v := rest[1 : end+1]
		return fastScalar{view(v), "!!str", yaml.DoubleQuotedStyle, runeCount(v)}, true
	case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '>', '\'', '%', '@', '`':
		return fastScalar{}, false
	}
	rest = bytes.TrimRight(rest, " ")
	n, ok := plainScan(rest)
	if !ok {
		return fastScalar{}, false
	}
	v := view(rest)
	return fastScalar{v, plainTagOf(v), 0, n}, true
}

// hiBits are the top bits of the eight bytes of a word.
const hiBits = 0x8080808080808080

// plainScan reads the text of a plain scalar (rest, without its trailing
// spaces) in one pass: false when it holds what ends or breaks a plain
// scalar to the library (": " or a colon at its end, " #", a bracket),
// else the number of its characters. Eight bytes without an ASCII one
// among them (most of a Chinese text) are passed at once, their
// characters counted by their lead bytes. b is valid UTF-8.
func plainScan(b []byte) (int, bool) {
	n := 0
	for i := 0; i < len(b); {
		if i+8 <= len(b) {
			if w := binary.LittleEndian.Uint64(b[i:]); w&hiBits == hiBits {
				n += 8 - bits.OnesCount64(w&^(w<<1)&hiBits) // 10xxxxxx follows a lead byte
				i += 8
				continue
			}
		}
		switch c := b[i]; c {
		case ':':
			if i+1 == len(b) || b[i+1] == ' ' {
				return 0, false
			}
		case '#':
			if i > 0 && b[i-1] == ' ' {
				return 0, false
			}
		case '[', ']', '{', '}':
			return 0, false
		}
		if b[i]&0xC0 != 0x80 {
			n++
		}
		i++
	}
	return n, true
}

// runeCount is utf8.RuneCount for valid UTF-8, eight bytes at a time.
func runeCount(b []byte) int {
	n, i := 0, 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		n += 8 - bits.OnesCount64(w&^(w<<1)&hiBits)
	}
	for ; i < len(b); i++ {
		if b[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// literal reads a literal block scalar (| or |-) whose indicator rest
// starts at column col of line i, under a parent at column indent.
func (p *fastParser) literal(i, indent int, rest []byte, col int) (*yaml.Node, int, bool) {
	text, end, ok := p.literalText(i, indent, rest)
	if !ok {
		return nil, 0, false
	}
	v := p.node(yaml.ScalarNode, "!!str", text, p.lines[i].num, col)
	v.Style = yaml.LiteralStyle
	return v, end, true
}

// literalText reads the text of the literal block scalar that literal
// reads, and the line after its last line of content.
func (p *fastParser) literalText(i, indent int, rest []byte) (string, int, bool) {
	strip := false
	switch string(bytes.TrimRight(rest, " ")) {
	case "|":
	case "|-":
		strip = true
	default:
		return "", 0, false
	}
	// The content's indentation is that of its first non-empty line.
	j := i + 1
	for j < len(p.lines) && p.lines[j].start == p.lines[j].end {
		j++
	}
	if j == len(p.lines) || p.lines[j].blank || p.lines[j].indent <= indent {
		return "", 0, false
	}
	n := p.lines[j].indent
	var b []byte
	end := i + 1 // one past the last line of content
	for k := i + 1; k < len(p.lines); k++ {
		l := p.lines[k]
		if l.start == l.end {
			continue
		}
		if l.blank {
			return "", 0, false // spaces only: content or not, by rules not worth copying
		}
		if l.indent < n {
			break
		}
		if l.end == len(p.text) {
			return "", 0, false // no line break after the last line: the library keeps none
		}
		for ; end < k; end++ {
			b = append(b, '\n')
		}
		b = append(b, p.text[l.start+n:l.end]...)
		b = append(b, '\n')
		end = k + 1
	}
	if strip {
		b = b[:len(b)-1]
	}
	// The library ends the scalar at its last content line; blank lines
	// after it are the next node's business.
	return view(b), end, true
}
