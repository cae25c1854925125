package load

import (
	"strings"

	"go.yaml.in/yaml/v3"

	"tally/internal/diag"
)

// salvage checks, in a file that cannot be parsed at all, the values of
// the lines that still read on their own: dates, statuses, progress,
// numbers, and text cut short by " #". They are said in the same run as
// the syntax error, as the decoder would say them, instead of one run
// after another. Lines that already have a problem are left alone. With
// only, just those lines (0-based) are checked: the entries left out of a
// report read without them (dropEntries).
func salvage(file string, kind int, text []byte, d *diag.List, only map[int]bool) {
	checks := salvageChecks[kind]
	lines := strings.Split(string(text), "\n")
	info := readLinesClosed(lines)
	said := map[int]bool{}
	for _, x := range d.Items {
		if x.File == file {
			said[x.Pos.Line] = true
		}
	}
	dc := &decoder{file: file, d: d}
	for i := range info {
		li := &info[i]
		if li.kind != lineKey || li.full || said[i+1] || li.value >= len(lines[i]) || only != nil && !only[i] {
			continue
		}
		check := checks[li.key]
		if check == nil {
			continue
		}
		if k, v := lineNodes(lines[i], li, i+1); v != nil {
			check(dc, k, v)
		}
	}
}

// readLinesClosed reads the lines as readLines does, except that a quote
// or bracket left open to the end of the file is taken to close on its own
// line. The parser reads every line after such a quote as part of its
// text, so a clerk's one missing " hid every other mistake in the file
// until it was put right; a quote never closed is a slip on its line (the
// syntax error says so there), not a text that runs to the end.
func readLinesClosed(lines []string) []lineInfo {
	info := readLines(lines)
	for range 16 { // each round closes one quote; a file has few
		k := openToEnd(lines, info)
		if k < 0 {
			return info
		}
		lines = append(lines[:k:k], append([]string{""}, lines[k+1:]...)...)
		info = readLines(lines)
		info[k] = lineInfo{kind: lineOther, bad: -1, badDash: -1} // never checked: the syntax error is there
	}
	return info
}

// openToEnd is the line whose value opens a quote or bracket that every
// line after it, to the end of the file, is read as part of; -1 for none.
func openToEnd(lines []string, info []lineInfo) int {
	i := len(info) - 1
	for i >= 0 && info[i].kind == lineText {
		i--
	}
	if i < 0 || i == len(info)-1 || info[i].kind != lineKey && info[i].kind != lineItem {
		return -1
	}
	li := &info[i]
	if li.value >= len(lines[i]) {
		return -1
	}
	val := lines[i][li.value:]
	switch q := val[0]; q {
	case '"', '\'':
		for _, s := range lines[i+1:] {
			if closes(s, q) {
				return -1
			}
		}
	case '[', '{':
		depth := flowDepth(val, 0)
		for _, s := range lines[i+1:] {
			if depth = flowDepth(s, depth); depth == 0 {
				return -1
			}
		}
	default:
		return -1
	}
	return i
}

// salvageChecks are, by kind of file, the fields whose one-line values
// are checked on their own.
var salvageChecks = map[int]map[string]func(dc *decoder, k, v *yaml.Node){
	kindReport: {
		"submitted": checkDate,
		"status":    func(dc *decoder, k, v *yaml.Node) { dc.status(v) },
		"progress":  func(dc *decoder, k, v *yaml.Node) { dc.progress(v) },
		"summary":   checkComment,
		"problems":  checkComment,
		"next":      checkComment,
	},
	kindPlan: {
		"start": checkDate, "end": checkDate, "due": checkDate, "date": checkDate,
		"behind": checkInteger, "days": checkInteger,
	},
	kindTask: {
		"due": checkDate, "target": func(dc *decoder, k, v *yaml.Node) { dc.number(v, k.Value) },
	},
}

func checkDate(dc *decoder, k, v *yaml.Node)    { dc.date(v, k.Value) }
func checkInteger(dc *decoder, k, v *yaml.Node) { dc.integer(v, k.Value) }
func checkComment(dc *decoder, k, v *yaml.Node) { dc.cutByComment(k, v, k.Value) }

// lineNodes parses one "key: value" line on its own, at its column, and
// returns the key's and the value's nodes as if the whole file had been
// parsed; nil when the value is not a one-line scalar.
func lineNodes(s string, li *lineInfo, line int) (k, v *yaml.Node) {
	var doc yaml.Node
	if safeUnmarshal([]byte(strings.Repeat(" ", li.keyCol)+s[li.keyAt:]), &doc) != nil || len(doc.Content) == 0 {
		return nil, nil
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode || len(m.Content) != 2 {
		return nil, nil
	}
	k, v = m.Content[0], m.Content[1]
	if v.Kind != yaml.ScalarNode || v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 || v.Tag == "!!null" {
		return nil, nil
	}
	k.Line, v.Line = line, line
	return k, v
}
