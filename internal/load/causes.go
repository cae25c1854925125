package load

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/model"
)

// namedCause looks at the lines around a syntax error (line, 1-based) for
// a cause people make and can be told how to fix: a value that starts
// with a quote or a bracket and goes on after it closes. The typing slips
// (slips.go) find such values in texts; this names them where no slip
// is, in values of other kinds.
func namedCause(lines []string, info []lineInfo, line int) (model.Pos, i18n.Text, bool) {
	for _, l := range []int{line, line - 1} {
		if l < 1 || l > len(lines) {
			continue
		}
		if p, why, ok := quotedStart(lines[l-1], &info[l-1], l); ok {
			return p, why, true
		}
	}
	return model.Pos{}, i18n.Text{}, false
}

// quotedStart finds a value that starts with a quote or a bracket which
// closes before the value ends, and says why YAML cannot read it.
func quotedStart(s string, li *lineInfo, line int) (model.Pos, i18n.Text, bool) {
	if li.kind != lineKey || li.value >= len(s) {
		return model.Pos{}, i18n.Text{}, false
	}
	stop, ok := quotedEnd(s, li)
	if !ok {
		return model.Pos{}, i18n.Text{}, false
	}
	sl := quotedSlip(line-1, s, li, stop)
	return sl.pos, sl.msg, true
}

// quotedSlip is a text on line i that starts with a quote or a bracket
// closed before the text ends (at stop): the fix is the whole text in
// single quotes (a quote inside doubled).
func quotedSlip(i int, s string, li *lineInfo, stop int) slip {
	val := s[li.value:stop]
	open := val[0]
	end := closing(val)
	rest := strings.TrimSpace(val[end+1:])
	fixed := li.key + ": '" + strings.ReplaceAll(clip(val), "'", "''") + "'"
	p := model.Pos{Line: i + 1, Col: 1 + utf8.RuneCountInString(s[:li.value]), Len: utf8.RuneCountInString(val[:end+1])}
	inside, after := clip(val[1:end]), clip(rest)
	sl := slip{kind: slipQuoted, line: i, pos: p, rule: diag.YAMLSyntax, stop: stop}
	switch open {
	case '"', '\'':
		sl.msg = i18n.F(
			"YAML 语法错误：%[1]s 的文字以英文引号 %[2]c 开头，YAML 只把引号中的“%[3]s”读作内容，后面的“%[4]s”就多出来了；"+
				"请把英文引号改为中文引号“”，或给整段文字加上单引号：%[5]s",
			"YAML syntax error: the text of %[1]s starts with the quote %[2]c, so YAML reads only %[3]q as the value and "+
				"cannot place the %[4]q after it; use Chinese quotes “” instead, or put the whole text in single quotes: %[5]s",
			li.key, open, inside, after, fixed)
		return sl
	}
	kind := i18n.T("方括号读作列表", "square brackets as a list")
	if open == '{' {
		kind = i18n.T("花括号读作“键: 值”", "braces as a mapping")
	}
	sl.msg = i18n.T(
		"YAML 语法错误："+li.key+" 的文字以“"+string(open)+"”开头，YAML 把"+kind.Zh+"，后面的“"+after+"”就多出来了；请给整段文字加上单引号："+fixed,
		"YAML syntax error: the text of "+li.key+" starts with \""+string(open)+"\", and YAML reads "+kind.En+
			", so it cannot place the \""+after+"\" after it; put the whole text in single quotes: "+fixed)
	return sl
}

// closing is the offset of what closes the quote or bracket val starts
// with, or -1 when it does not close on this line.
func closing(val string) int {
	open := val[0]
	switch open {
	case '"':
		for i := 1; i < len(val); i++ {
			switch val[i] {
			case '\\':
				i++
			case '"':
				return i
			}
		}
	case '\'':
		for i := 1; i < len(val); i++ {
			if val[i] == '\'' {
				if i+1 < len(val) && val[i+1] == '\'' {
					i++
					continue
				}
				return i
			}
		}
	default:
		end, _ := flowScan(val, 0)
		return end
	}
	return -1
}

// openedNeverClosed finds the value whose quote or bracket is never closed,
// so that every line after it was read as its text, and says where it opens
// and how to close it. The parser only says the file ended inside it, at a
// line's start.
func openedNeverClosed(lines []string, info []lineInfo) (model.Pos, i18n.Text, bool) {
	k := openToEnd(lines, info)
	if k < 0 {
		return model.Pos{}, i18n.Text{}, false
	}
	li := &info[k]
	c := lines[k][li.value]
	whose := i18n.F("%s 的值", "%s's value", li.key)
	if li.kind == lineItem {
		whose = i18n.T("这一列表项", "this list item")
	}
	pos := model.Pos{Line: k + 1, Col: 1 + utf8.RuneCountInString(lines[k][:li.value]), Len: 1}
	if c == '"' || c == '\'' {
		return pos, i18n.Text{Zh: fmt.Sprintf("YAML 语法错误：%[1]s以英文引号 %[2]c 开头，却没有配对的另一半，后面各行都被读进了引号里；在这一行的末尾补上 %[2]c，或删去这个引号（中文引号“”不需要配对）", whose.Zh, c),
			En: fmt.Sprintf("YAML syntax error: %[1]s opens with the quote %[2]c and never closes it, so every line after it is read as its text; add %[2]c at the end of this line, or delete the quote", whose.En, c)}, true
	}
	if q := unclosedQuote(lines[k][li.value:]); q >= 0 {
		// The bracket closes, but inside a quote that never does (["a.pdf,
		// b.pdf]): the quote is the slip, and a ] added would not mend it.
		at := li.value + q
		c = lines[k][at]
		pos.Col = 1 + utf8.RuneCountInString(lines[k][:at])
		return pos, i18n.Text{Zh: fmt.Sprintf("YAML 语法错误：%[1]s里的英文引号 %[2]c 没有配对的另一半，后面的括号和各行都被读进了引号里；在引号里的文字后面补上 %[2]c，或删去这个引号（中文引号“”不需要配对）", whose.Zh, c),
			En: fmt.Sprintf("YAML syntax error: the quote %[2]c in %[1]s never closes, so the bracket and every line after it are read as its text; add %[2]c after the quoted text, or delete the quote", whose.En, c)}, true
	}
	end := byte(']')
	if c == '{' {
		end = '}'
	}
	return pos, i18n.Text{Zh: fmt.Sprintf("YAML 语法错误：%[1]s以英文括号 %[2]c 开头，却没有配对的 %[3]c，后面各行都被读进了括号里；在这一行的末尾补上 %[3]c，或删去 %[2]c（文字里的括号请用中文括号【】或（））", whose.Zh, c, end),
		En: fmt.Sprintf("YAML syntax error: %[1]s opens with the bracket %[2]c and never closes it with %[3]c, so every line after it is read as part of it; add %[3]c at the end of this line, or delete %[2]c", whose.En, c, end)}, true
}

// unclosedQuote is the offset in s of a quote that opens and never closes
// on the line, -1 for none (quotes as flowScan reads them).
func unclosedQuote(s string) int {
	open := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case open >= 0:
			if c == '\\' && s[open] == '"' {
				i++
			} else if c == s[open] {
				open = -1
			}
		case c == '"' || c == '\'':
			open = i
		case c == '#' && i > 0 && s[i-1] == ' ':
			return -1
		}
	}
	return open
}

// swallowedKey finds, above a syntax error at line (1-based), a value that
// opens a quote which closes only lines later, having read a line like
// "next: …" at the value's own key's indentation as its text: the quote
// was never meant to go on (summary: "制定方案… with next: 9月"启动 below
// it), and the parser's complaint, where the text ends, is of indentation.
func swallowedKey(lines []string, info []lineInfo, line int) (model.Pos, i18n.Text, bool) {
	for k := min(line, len(info)) - 1; k >= 0 && k >= line-60; k-- {
		li := &info[k]
		if li.kind != lineKey || li.value >= len(lines[k]) || k+1 >= len(info) || info[k+1].kind != lineText {
			continue
		}
		c := lines[k][li.value]
		if c != '"' && c != '\'' {
			continue
		}
		for m := k + 1; m < len(info) && m < line && info[m].kind == lineText; m++ {
			name, ok := keyAt(lines[m], li.keyCol)
			if !ok {
				continue
			}
			pos := model.Pos{Line: k + 1, Col: 1 + utf8.RuneCountInString(lines[k][:li.value]), Len: 1}
			return pos, i18n.Text{
				Zh: fmt.Sprintf("YAML 语法错误：%[1]s 的值以英文引号 %[2]c 开头，这一行没有配对的另一半，下面第 %[3]d 行的“%[4]s:”也被读进了引号里；在这一行的末尾补上 %[2]c，或删去这个引号（中文引号“”不需要配对）", li.key, c, m+1, name),
				En: fmt.Sprintf("YAML syntax error: %[1]s's value opens with the quote %[2]c and does not close it on this line, so line %[3]d's \"%[4]s:\" below is read as its text; add %[2]c at the end of this line, or delete the quote", li.key, c, m+1, name),
			}, true
		}
	}
	return model.Pos{}, i18n.Text{}, false
}

// keyAt is the field name a line opens with at column col ("    next: …"
// at 4 gives next), when it does.
func keyAt(s string, col int) (string, bool) {
	if len(s) <= col || strings.TrimLeft(s[:col], " ") != "" {
		return "", false
	}
	rest := s[col:]
	i := 0
	for i < len(rest) && (rest[i] >= 'a' && rest[i] <= 'z' || rest[i] == '_') {
		i++
	}
	if i == 0 || i+1 > len(rest) || rest[i] != ':' || i+1 < len(rest) && rest[i+1] != ' ' {
		return "", false
	}
	return rest[:i], true
}
