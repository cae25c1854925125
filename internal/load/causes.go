package load

import (
	"strings"
	"unicode/utf8"

	"tally/internal/i18n"
	"tally/internal/model"
)

// namedCause looks at the lines around a syntax error (line, 1-based) for
// a cause people make and can be told how to fix: a value that starts
// with a quote or a bracket and goes on after it closes (summary:
// "双培养"工程…), or text pasted on a line of its own after a key's value.
func namedCause(lines []string, info []lineInfo, line int) (model.Pos, i18n.Text, bool) {
	for _, l := range []int{line, line - 1} {
		if l < 1 || l > len(lines) {
			continue
		}
		if p, why, ok := quotedStart(lines[l-1], &info[l-1], l); ok {
			return p, why, true
		}
	}
	if line < 1 || line > len(lines) || info[line-1].kind != lineOther {
		return model.Pos{}, i18n.Text{}, false
	}
	for prev := line - 1; prev >= 1; prev-- {
		switch li := &info[prev-1]; li.kind {
		case lineBlank, lineComment:
			continue
		case lineKey:
			if !li.plain {
				return model.Pos{}, i18n.Text{}, false
			}
			return pastedLine(lines[line-1], &info[line-1], line, li.key, prev)
		default:
			return model.Pos{}, i18n.Text{}, false
		}
	}
	return model.Pos{}, i18n.Text{}, false
}

// quotedStart finds a value that starts with a quote or a bracket which
// closes before the value ends: YAML reads only what is inside as the
// value and cannot place the rest.
func quotedStart(s string, li *lineInfo, line int) (model.Pos, i18n.Text, bool) {
	if li.kind != lineKey || li.value >= len(s) {
		return model.Pos{}, i18n.Text{}, false
	}
	val := strings.TrimRight(s[li.value:], " ")
	open := val[0]
	if !strings.ContainsRune(`"'[{`, rune(open)) {
		return model.Pos{}, i18n.Text{}, false
	}
	end := closing(val)
	if end < 0 {
		return model.Pos{}, i18n.Text{}, false
	}
	rest := strings.TrimSpace(val[end+1:])
	if rest == "" || rest[0] == '#' {
		return model.Pos{}, i18n.Text{}, false
	}
	// The fix: the whole text in single quotes (a quote inside doubled).
	text := val
	if i := strings.Index(val, " #"); i > end {
		text = strings.TrimRight(val[:i], " ")
	}
	fixed := li.key + ": '" + strings.ReplaceAll(clip(text), "'", "''") + "'"
	p := model.Pos{Line: line, Col: 1 + utf8.RuneCountInString(s[:li.value]), Len: utf8.RuneCountInString(val[:end+1])}
	inside, after := clip(val[1:end]), clip(rest)
	switch open {
	case '"', '\'':
		return p, i18n.F(
			"YAML 语法错误：%[1]s 的文字以英文引号 %[2]c 开头，YAML 只把引号中的“%[3]s”读作内容，后面的“%[4]s”就多出来了；"+
				"请把英文引号改为中文引号“”，或给整段文字加上单引号：%[5]s",
			"YAML syntax error: the text of %[1]s starts with the quote %[2]c, so YAML reads only %[3]q as the value and "+
				"cannot place the %[4]q after it; use Chinese quotes “” instead, or put the whole text in single quotes: %[5]s",
			li.key, open, inside, after, fixed), true
	}
	kind := i18n.T("方括号读作列表", "square brackets as a list")
	if open == '{' {
		kind = i18n.T("花括号读作“键: 值”", "braces as a mapping")
	}
	return p, i18n.T(
		"YAML 语法错误："+li.key+" 的文字以“"+string(open)+"”开头，YAML 把"+kind.Zh+"，后面的“"+after+"”就多出来了；请给整段文字加上单引号："+fixed,
		"YAML syntax error: the text of "+li.key+" starts with \""+string(open)+"\", and YAML reads "+kind.En+
			", so it cannot place the \""+after+"\" after it; put the whole text in single quotes: "+fixed), true
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

// pastedLine says that a line without a key is text that went on from
// the value of key (on line keyLine): several lines of text are a block.
func pastedLine(s string, li *lineInfo, line int, key string, keyLine int) (model.Pos, i18n.Text, bool) {
	content := strings.TrimSpace(s[li.lead:])
	p := model.Pos{Line: line, Col: 1 + utf8.RuneCountInString(s[:li.lead]), Len: max(1, utf8.RuneCountInString(content))}
	return p, i18n.F(
		"YAML 语法错误：这一行没有“键:”，像是第 %[1]d 行 %[2]s 的文字换了行；多行文字要写成块：第 %[1]d 行只写“%[2]s: |”，"+
			"文字从下一行起写，每行都比 %[2]s 多缩进两个空格",
		"YAML syntax error: this line has no \"key:\"; it looks like the text of %[2]s on line %[1]d going on; several lines of "+
			"text make a block: write only \"%[2]s: |\" on line %[1]d and the text on the lines below it, each indented two spaces more than %[2]s",
		keyLine, key), true
}
