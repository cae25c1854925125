package load

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/model"
)

// Slips are the typing mistakes a Chinese input method, an editor's Tab
// key or a paste make that stop the YAML parser at the first of them: a
// tab or a full-width space where only spaces indent, a tab after a list
// item's "-", a full-width colon after a key, a full-width space right
// after a key's colon, a key without its colon, a text that starts with
// a quote or a bracket and goes on after it closes (summary: "双培养"工程…),
// and text pasted over several lines without the "|" that keeps lines.
// When the parser refuses a file, every slip is found in one pass over
// the lines, each is said with its fix, and a copy of the text with them
// put right is parsed, so that the decoder and the rules go on to find
// the file's other problems in the same run. The file still has errors:
// nothing of it counts until it is fixed.
//
// This costs nothing on files the parser reads: it runs only after the
// parser refused one.

type slipKind uint8

const (
	slipLead    slipKind = iota // a tab or a full-width space in the indentation
	slipDash                    // a tab after a list item's "-"
	slipColon                   // a full-width colon after a key
	slipSpace                   // a full-width space right after a key's colon
	slipNoColon                 // a key without its colon
	slipQuoted                  // a text opened by a quote or bracket that closes before the text ends
	slipPasted                  // lines of text without a key, going on from a text on an earlier line
)

type slip struct {
	kind slipKind
	line int // index into the lines of the line it is reported on
	pos  model.Pos
	rule string
	msg  i18n.Text
	// stop is, for slipQuoted, the offset where the text ends on its line.
	// key and last are, for slipPasted, the lines of the text's key and of
	// its last line (indexes).
	stop, key, last int
}

// findSlips lists the slips of a file's lines.
func findSlips(lines []string, info []lineInfo) []slip {
	var out []slip
	for i, s := range lines {
		li := &info[i]
		if li.bad >= 0 {
			out = append(out, leadSlip(lines, i, s, li.bad))
		}
		if li.badDash >= 0 {
			out = append(out, slip{kind: slipDash, line: i, pos: slipAt(i, s, li.badDash, 1), rule: diag.TabIndent, msg: i18n.T(
				"列表项的“-”后面用了 Tab；“-”后面应是一个空格", "a tab follows a list item's \"-\"; put a space after the \"-\"")})
		}
		if li.kind != lineKey {
			continue
		}
		switch {
		case li.full:
			out = append(out, slip{kind: slipColon, line: i, pos: slipAt(i, s, li.colon, 1), rule: diag.YAMLSyntax, msg: fullWidthColonMsg(li.key)})
		case li.nocolon:
			out = append(out, slip{kind: slipNoColon, line: i, pos: slipAt(i, s, li.colon, 1), rule: diag.YAMLSyntax, msg: i18n.F(
				"YAML 语法错误：%s 后面少了冒号；键和值之间要有半角冒号和一个空格：写成 %s",
				"YAML syntax error: %s lacks its colon; a key and its value are separated by a colon and a space: %s", li.key, keyValue(s, li))})
		default:
			if n := spacesAfter(s, li.colon+1); n > 0 {
				out = append(out, slip{kind: slipSpace, line: i, pos: slipAt(i, s, li.colon+1, n), rule: diag.YAMLSyntax, msg: i18n.F(
					"YAML 语法错误：%s 的冒号后面是全角空格“　”（中文输入法），应改为半角空格：写成 %s",
					"YAML syntax error: a full-width space \"　\" follows the colon of %s (a Chinese input method); type a half-width space: %s", li.key, keyValue(s, li))})
			}
		}
		if li.value >= len(s) || !textField(li.key) {
			continue
		}
		// Text that goes on over lines is one slip, whatever its start: as
		// a "|" block, a quote it starts with is text.
		stop, quoted := quotedEnd(s, li)
		if first, last, ok := pastedAfter(info, i); ok && (li.plain || quoted) {
			out = append(out, pastedSlip(lines, info, i, first, last))
		} else if quoted {
			out = append(out, quotedSlip(i, s, li, stop))
		}
	}
	return out
}

func leadSlip(lines []string, i int, s string, off int) slip {
	if s[off] == '\t' {
		msg := i18n.T("行首用了 Tab 缩进；YAML 只能用空格缩进：把 Tab 换成空格", "a tab is used for indentation; YAML indents with spaces only: replace the tab with spaces")
		if n, key, ok := alignWith(lines, i); ok {
			msg = i18n.T(fmt.Sprintf("行首用了 Tab 缩进；YAML 只能用空格缩进：把行首的 Tab 换成 %d 个空格，与上面的“%s”对齐", n, key),
				fmt.Sprintf("a tab is used for indentation; YAML indents with spaces only: replace the leading tabs with %d spaces, in line with %q above", n, key))
		}
		return slip{kind: slipLead, line: i, pos: slipAt(i, s, off, 1), rule: diag.TabIndent, msg: msg}
	}
	return slip{kind: slipLead, line: i, pos: slipAt(i, s, off, spacesAfter(s, off)), rule: diag.YAMLSyntax, msg: i18n.T(
		"YAML 语法错误：行首用了全角空格“　”（中文输入法）缩进；YAML 只能用半角空格缩进",
		"YAML syntax error: full-width spaces \"　\" (a Chinese input method) indent this line; YAML indents with half-width spaces only")}
}

// alignWith is how many spaces line i (indented with tabs) most likely
// stands for, and the key above it that it lines up with: a key after
// "- task: 5" goes under task, as does one after a key at that depth; a
// list item "- " goes under the nearest item above. False when no line
// above, indented with spaces alone, says.
func alignWith(lines []string, i int) (int, string, bool) {
	cur := strings.TrimLeft(lines[i], " \t")
	item := strings.HasPrefix(cur, "- ") || cur == "-"
	for j := i - 1; j >= 0; j-- {
		l := lines[j]
		body := strings.TrimLeft(l, " ")
		indent := len(l) - len(body)
		if body == "" || strings.HasPrefix(body, "#") {
			continue
		}
		if strings.HasPrefix(body, "\t") || strings.ContainsRune(l[:indent], '\t') {
			continue // a line of tabs says nothing of the width
		}
		isItem := strings.HasPrefix(body, "- ")
		switch {
		case item && isItem:
			return indent, "- ", true
		case item:
			continue
		case isItem:
			k, _, _ := strings.Cut(strings.TrimPrefix(body, "- "), ":")
			return indent + 2, strings.TrimSpace(k), true
		}
		k, _, ok := strings.Cut(body, ":")
		if !ok || indent == 0 {
			return 0, "", false
		}
		return indent, strings.TrimSpace(k), true
	}
	return 0, "", false
}

func fullWidthColonMsg(key string) i18n.Text {
	return i18n.F(
		"YAML 语法错误：%s 后面是全角冒号“：”，应改为半角“:”（切换到英文输入法再输入），冒号后留一个空格",
		"YAML syntax error: %s is followed by a full-width colon \"：\"; type the half-width \":\" instead (switch the input method to English), with a space after it", key)
}

// keyValue is a key line as it should be written: "key: value".
func keyValue(s string, li *lineInfo) string {
	return li.key + ": " + clip(strings.TrimSpace(s[li.value:]))
}

// quotedEnd finds a text that starts with a quote or a bracket which
// closes before the text ends: YAML reads only what is inside as the
// value and cannot place the rest. stop is the offset where the text
// ends (before a comment after it).
func quotedEnd(s string, li *lineInfo) (stop int, ok bool) {
	val := strings.TrimRight(s[li.value:], " ")
	if val == "" || !strings.ContainsRune(`"'[{`, rune(val[0])) {
		return 0, false
	}
	end := closing(val)
	if end < 0 {
		return 0, false
	}
	rest := strings.TrimSpace(val[end+1:])
	if rest == "" || rest[0] == '#' {
		return 0, false
	}
	if i := strings.Index(val, " #"); i > end {
		val = strings.TrimRight(val[:i], " ")
	}
	return li.value + len(val), true
}

// pastedAfter finds, after the key line i whose text is on one line, the
// lines without a key that go on with it: text pasted over several lines
// without "|". Lines the parser reads as the text going on (indented
// deeper) are part of it; first is the first line without a key, last the
// text's last line.
func pastedAfter(info []lineInfo, i int) (first, last int, ok bool) {
	first, last = -1, i
	for j := i + 1; j < len(info); j++ {
		switch info[j].kind {
		case lineBlank:
		case lineText:
			last = j
		case lineOther, lineItem:
			if first < 0 {
				first = j
			}
			last = j
		default:
			return first, last, first >= 0
		}
	}
	return first, last, first >= 0
}

func pastedSlip(lines []string, info []lineInfo, key, first, last int) slip {
	li := &info[first]
	s := lines[first]
	content := strings.TrimSpace(s[li.lead:])
	p := model.Pos{Line: first + 1, Col: 1 + utf8.RuneCountInString(s[:li.lead]), Len: max(1, utf8.RuneCountInString(content))}
	where := i18n.T("这一行没有“键:”", "this line has no \"key:\"")
	if last > first {
		where = i18n.F("从这一行到第 %d 行都没有“键:”", "this line and those down to line %d have no \"key:\"", last+1)
	}
	k := info[key].key
	return slip{kind: slipPasted, line: first, pos: p, rule: diag.YAMLSyntax, key: key, last: last, msg: i18n.T(
		"YAML 语法错误："+where.Zh+fmt.Sprintf("，像是第 %[1]d 行 %[2]s 的文字换了行；多行文字要写成块：第 %[1]d 行只写“%[2]s: |”，"+
			"文字从下一行起写，每行都比 %[2]s 多缩进两个空格", key+1, k),
		"YAML syntax error: "+where.En+fmt.Sprintf("; it looks like the text of %[2]s on line %[1]d going on; several lines of "+
			"text make a block: write only \"%[2]s: |\" on line %[1]d and the text on the lines below it, each indented two spaces more than %[2]s", key+1, k))}
}

// slipAt is the position of n characters at byte offset off of line i.
func slipAt(i int, s string, off, n int) model.Pos {
	return model.Pos{Line: i + 1, Col: 1 + utf8.RuneCountInString(s[:off]), Len: max(n, 1)}
}

// spacesAfter counts the full-width spaces at byte offset off of s.
func spacesAfter(s string, off int) int {
	n := 0
	for off <= len(s) && strings.HasPrefix(s[off:], fullWidthSpace) {
		off += len(fullWidthSpace)
		n++
	}
	return n
}

// repaired is a file's text with some slips put right, and for each line
// changed, the column in the file each character came from (1-based), so
// that what is found in the copy is shown where it is in the file.
type repaired struct {
	text []byte
	cols map[int][]int // line (1-based) → column in the file of each column of the copy
}

// lineFix is what a repair does to one line: the slips of the line's own
// kinds put right, and, for a text put in single quotes, where the quotes
// open and close and the quotes inside are doubled.
type lineFix struct {
	kinds  []slipKind
	indent int  // the indentation to write in place of the line's lead (-1: keep it)
	from   int  // the offset from which the line is inside the quotes (-1: not)
	to     int  // the offset where the quoted part ends
	open   bool // a quote opens at from
	close  bool // a quote closes at to
}

func (f *lineFix) has(k slipKind) bool {
	for _, x := range f.kinds {
		if x == k {
			return true
		}
	}
	return false
}

// repair puts right the slips for which on is true.
func repair(lines []string, info []lineInfo, slips []slip, on []bool) repaired {
	fixes := map[int]*lineFix{}
	fix := func(i int) *lineFix {
		f := fixes[i]
		if f == nil {
			f = &lineFix{indent: -1, from: -1}
			fixes[i] = f
		}
		return f
	}
	// A pasted text is quoted from its key to its last line, over what a
	// quoted start would have quoted on the key's line alone.
	for _, pasted := range []bool{false, true} {
		for k, s := range slips {
			if !on[k] || (s.kind == slipPasted) != pasted {
				continue
			}
			switch s.kind {
			case slipQuoted:
				f := fix(s.line)
				f.from, f.to, f.open, f.close = info[s.line].value, s.stop, true, true
			case slipPasted:
				f := fix(s.key)
				f.from, f.to, f.open, f.close = info[s.key].value, len(lines[s.key]), true, false
				indent := info[s.key].keyCol + 2
				for j := s.key + 1; j <= s.last; j++ {
					if info[j].kind == lineBlank {
						continue
					}
					f := fix(j)
					f.indent, f.from, f.to, f.open, f.close = indent, info[j].lead, len(lines[j]), false, j == s.last
				}
			default:
				f := fix(s.line)
				f.kinds = append(f.kinds, s.kind)
			}
		}
	}
	out := repaired{cols: map[int][]int{}}
	fixed := append([]string(nil), lines...)
	for i, f := range fixes {
		fixed[i], out.cols[i+1] = repairLine(lines[i], &info[i], f)
	}
	out.text = []byte(strings.Join(fixed, "\n"))
	return out
}

// repairLine puts right one line as f says.
func repairLine(s string, li *lineInfo, f *lineFix) (string, []int) {
	var b strings.Builder
	var cols []int
	col := 1 // the file's column of the character at off
	emit := func(text string, from int) {
		for range text {
			cols = append(cols, from)
		}
		b.WriteString(text)
	}
	off := 0
	leadCols := utf8.RuneCountInString(s[:li.lead])
	switch {
	case f.indent >= 0:
		emit(strings.Repeat(" ", f.indent), 1)
		off, col = li.lead, leadCols+1
	case f.has(slipLead):
		for j := 0; j < li.want; j++ {
			emit(" ", min(j+1, max(leadCols, 1)))
		}
		off, col = li.lead, leadCols+1
	}
	key := li.kind == lineKey
	quoted := func(off int) bool { return f.from >= 0 && off >= f.from && off < f.to }
	for off < len(s) {
		r, size := utf8.DecodeRuneInString(s[off:])
		if off == f.from && f.open {
			emit("'", col)
		}
		if off == f.to && f.close && f.from >= 0 {
			emit("'", col)
		}
		if key && li.nocolon && off == li.colon && f.has(slipNoColon) {
			emit(":", col)
		}
		switch {
		case quoted(off) && r == '\'':
			emit("''", col)
		case quoted(off):
			emit(s[off:off+size], col)
		case off == li.badDash && f.has(slipDash):
			emit(" ", col)
		case key && off == li.colon && li.full && f.has(slipColon):
			emit(":", col)
			if next := s[off+size:]; next != "" && next[0] != ' ' && next[0] != '\t' && !strings.HasPrefix(next, fullWidthSpace) {
				emit(" ", col)
			}
		case key && (r == '\u3000' || r == '\t') && off >= li.colon && off < li.value &&
			(li.full && f.has(slipColon) || li.nocolon && f.has(slipNoColon) || !li.full && !li.nocolon && f.has(slipSpace)):
			emit(" ", col)
		default:
			emit(s[off:off+size], col)
		}
		off += size
		col++
	}
	if f.from >= 0 && f.to >= len(s) && f.close {
		emit("'", col)
	}
	if key && li.nocolon && li.colon >= len(s) && f.has(slipNoColon) {
		emit(":", col)
	}
	return b.String(), cols
}

// recoverSlips is called when the parser refused text. It reports every
// slip, and returns the document parsed from the text with the slips put
// right, its positions those of the file; or nil, having said why the
// text does not parse even so. found says whether there were slips at all.
func recoverSlips(file string, lines []string, info []lineInfo, d *diag.List) (doc *yaml.Node, found bool) {
	slips := findSlips(lines, info)
	if len(slips) == 0 {
		return nil, false
	}
	on := make([]bool, len(slips))
	for k := range on {
		on[k] = true
	}
	fix := repair(lines, info, slips, on)
	doc = new(yaml.Node)
	err := safeUnmarshal(fix.text, doc)
	if err == nil {
		on = needed(lines, info, slips)
		fix = repair(lines, info, slips, on)
		doc = new(yaml.Node)
		if safeUnmarshal(fix.text, doc) != nil { // the slips needed one another after all
			for k := range on {
				on[k] = true
			}
			fix = repair(lines, info, slips, on)
			doc = new(yaml.Node)
			safeUnmarshal(fix.text, doc)
		}
	}
	slipLines := map[int]bool{}
	for k, s := range slips {
		if on[k] {
			d.Add(file, s.pos, s.rule, s.msg)
			slipLines[s.pos.Line] = true
			if s.kind == slipPasted {
				for j := s.key; j <= s.last; j++ {
					slipLines[j+1] = true
				}
			}
		}
	}
	if err != nil {
		// Something else is wrong too: say it, unless it is on a line a
		// slip is already reported on (the repair may have guessed wrong).
		var more diag.List
		syntaxError(file, fix.text, err, &more)
		for _, m := range more.Items {
			if !slipLines[m.Pos.Line] {
				m.Pos = fix.fileCol(m.Pos)
				d.Items = append(d.Items, m)
			}
		}
		return nil, true
	}
	fix.shift(doc)
	return doc, true
}

// needed finds which slips the parser stops at: those without which the
// text, every other slip put right, still does not parse. A tab the
// parser reads as part of a text is not one. It parses the text once a
// slip: past a few dozen slips, or a few megabytes parsed in all, every
// slip counts.
func needed(lines []string, info []lineInfo, slips []slip) []bool {
	on := make([]bool, len(slips))
	for k := range on {
		on[k] = true
	}
	size := 0
	for _, l := range lines {
		size += len(l) + 1
	}
	if len(slips) > 64 || size*len(slips) > 8<<20 {
		return on
	}
	for k := range slips {
		on[k] = false
		var n yaml.Node
		on[k] = safeUnmarshal(repair(lines, info, slips, on).text, &n) != nil
	}
	return on
}

// fileCol turns a position in the repaired copy into one in the file.
func (r repaired) fileCol(p model.Pos) model.Pos {
	if cols, ok := r.cols[p.Line]; ok && p.Col >= 1 {
		if p.Col <= len(cols) {
			p.Col = cols[p.Col-1]
		} else if len(cols) > 0 {
			p.Col = cols[len(cols)-1] + p.Col - len(cols)
		}
	}
	return p
}

// shift moves the nodes of a tree parsed from the copy to their columns
// in the file.
func (r repaired) shift(n *yaml.Node) {
	if len(r.cols) == 0 {
		return
	}
	stack := []*yaml.Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		p := r.fileCol(model.Pos{Line: n.Line, Col: n.Column})
		n.Column = p.Col
		stack = append(stack, n.Content...)
	}
}
