package load

import (
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/model"
)

// Slips are the typing mistakes a Chinese input method or an editor's
// Tab key make that stop the YAML parser at the first of them: a tab or
// a full-width space where only spaces indent, a tab after a list
// item's "-", a full-width colon after a key, a full-width space right
// after a key's colon. When the parser refuses a file, every slip is
// found in one pass over the lines, each is said with its fix, and a
// copy of the text with them put right is parsed, so that the rules go
// on to find the file's other problems in the same run. The file still
// has errors: nothing of it counts until it is fixed.
//
// This costs nothing on files the parser reads: it runs only after the
// parser refused one.

type slipKind uint8

const (
	slipLead  slipKind = iota // a tab or a full-width space in the indentation
	slipDash                  // a tab after a list item's "-"
	slipColon                 // a full-width colon after a key
	slipSpace                 // a full-width space right after a key's colon
)

type slip struct {
	kind slipKind
	line int // index into the lines
	pos  model.Pos
	rule string
	msg  i18n.Text
}

// findSlips lists the slips of a file's lines, in order.
func findSlips(lines []string, info []lineInfo) []slip {
	var out []slip
	for i, s := range lines {
		li := &info[i]
		if li.bad >= 0 {
			out = append(out, leadSlip(i, s, li.bad))
		}
		if li.badDash >= 0 {
			out = append(out, slip{slipDash, i, slipAt(i, s, li.badDash, 1), diag.TabIndent, i18n.T(
				"列表项的“-”后面用了 Tab；“-”后面应是一个空格", "a tab follows a list item's \"-\"; put a space after the \"-\"")})
		}
		if li.kind != lineKey {
			continue
		}
		if li.full {
			out = append(out, slip{slipColon, i, slipAt(i, s, li.colon, 1), diag.YAMLSyntax, fullWidthColonMsg(li.key)})
			continue
		}
		if n := spacesAfter(s, li.colon+1); n > 0 {
			fixed := li.key + ": " + clip(strings.TrimSpace(s[li.value:]))
			out = append(out, slip{slipSpace, i, slipAt(i, s, li.colon+1, n), diag.YAMLSyntax, i18n.F(
				"YAML 语法错误：%s 的冒号后面是全角空格“　”（中文输入法），应改为半角空格：写成 %s",
				"YAML syntax error: a full-width space \"　\" follows the colon of %s (a Chinese input method); type a half-width space: %s", li.key, fixed)})
		}
	}
	return out
}

func leadSlip(i int, s string, off int) slip {
	if s[off] == '\t' {
		return slip{slipLead, i, slipAt(i, s, off, 1), diag.TabIndent, i18n.T(
			"行首用了 Tab 缩进；YAML 只能用空格缩进：把 Tab 换成空格", "a tab is used for indentation; YAML indents with spaces only: replace the tab with spaces")}
	}
	return slip{slipLead, i, slipAt(i, s, off, spacesAfter(s, off)), diag.YAMLSyntax, i18n.T(
		"YAML 语法错误：行首用了全角空格“　”（中文输入法）缩进；YAML 只能用半角空格缩进",
		"YAML syntax error: full-width spaces \"　\" (a Chinese input method) indent this line; YAML indents with half-width spaces only")}
}

func fullWidthColonMsg(key string) i18n.Text {
	return i18n.F(
		"YAML 语法错误：%s 后面是全角冒号“：”，应改为半角“:”（切换到英文输入法再输入），冒号后留一个空格",
		"YAML syntax error: %s is followed by a full-width colon \"：\"; type the half-width \":\" instead (switch the input method to English), with a space after it", key)
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

// repair puts right the slips for which on is true.
func repair(lines []string, info []lineInfo, slips []slip, on []bool) repaired {
	out := repaired{cols: map[int][]int{}}
	fixed := append([]string(nil), lines...)
	for k := 0; k < len(slips); {
		i := slips[k].line
		var kinds []slipKind
		for ; k < len(slips) && slips[k].line == i; k++ {
			if on[k] {
				kinds = append(kinds, slips[k].kind)
			}
		}
		if len(kinds) > 0 {
			fixed[i], out.cols[i+1] = repairLine(lines[i], &info[i], kinds)
		}
	}
	out.text = []byte(strings.Join(fixed, "\n"))
	return out
}

// repairLine puts right the slips of the kinds given on one line.
func repairLine(s string, li *lineInfo, kinds []slipKind) (string, []int) {
	has := func(k slipKind) bool {
		for _, x := range kinds {
			if x == k {
				return true
			}
		}
		return false
	}
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
	if has(slipLead) {
		leadCols := utf8.RuneCountInString(s[:li.lead])
		for j := 0; j < li.want; j++ {
			emit(" ", min(j+1, max(leadCols, 1)))
		}
		off, col = li.lead, leadCols+1
	}
	for off < len(s) {
		r, size := utf8.DecodeRuneInString(s[off:])
		switch {
		case off == li.badDash && has(slipDash):
			emit(" ", col)
		case off == li.colon && li.kind == lineKey && li.full && has(slipColon):
			emit(":", col)
			if next := s[off+size:]; next != "" && next[0] != ' ' && next[0] != '\t' && !strings.HasPrefix(next, fullWidthSpace) {
				emit(" ", col)
			}
		case r == '\u3000' && off > li.colon && off < li.value && li.kind == lineKey &&
			(li.full && has(slipColon) || !li.full && has(slipSpace)):
			emit(" ", col)
		default:
			emit(s[off:off+size], col)
		}
		off += size
		col++
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
