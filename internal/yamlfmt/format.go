package yamlfmt

import (
	"errors"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"tally/internal/i18n"
	"tally/internal/model"
)

// Kind is which of tally's files a document is; it fixes the key order.
type Kind int

const (
	Plan Kind = iota
	Units
	Task
	Report
	Review
)

// KindOf tells a data file's kind from its path relative to the data root.
func KindOf(rel string) (Kind, bool) {
	parts := strings.Split(rel, "/")
	switch {
	case rel == "plan.yaml":
		return Plan, true
	case rel == "units.yaml":
		return Units, true
	case len(parts) == 2 && parts[0] == "tasks" && strings.HasSuffix(rel, ".yaml"):
		return Task, true
	case len(parts) == 3 && parts[0] == "reports" && strings.HasSuffix(rel, ".yaml"):
		return Report, true
	case len(parts) == 3 && parts[0] == "reviews" && strings.HasSuffix(rel, ".yaml"):
		return Review, true
	}
	return 0, false
}

// keyOrder gives the canonical key order of the mapping at a path (keys
// joined by "/", list items as "-"): model.FieldTable's.
var keyOrder = map[Kind]map[string][]string{}

func init() {
	for kind, name := range map[Kind]string{Plan: model.PlanFile, Units: model.UnitsFile, Task: model.TaskFile, Report: model.ReportFile, Review: model.ReviewFile} {
		keyOrder[kind] = map[string][]string{}
		for path := range model.FieldTable[name] {
			keyOrder[kind][path] = model.FieldNames(name, path)
		}
	}
}

// spaced are the lists whose items are set apart by a blank line.
var spaced = map[Kind]map[string]bool{Report: {"entries": true}}

// ErrUnfaithful means a file cannot be formatted without changing its data
// or losing a comment; it is left as it is. The error is an *Unfaithful,
// which says why in both languages.
var ErrUnfaithful = errors.New("cannot be formatted faithfully")

// Unfaithful is ErrUnfaithful with its reason, for the user to read.
type Unfaithful struct{ Why i18n.Text }

func (e *Unfaithful) Error() string { return ErrUnfaithful.Error() + ": " + e.Why.En }
func (e *Unfaithful) Unwrap() error { return ErrUnfaithful }

func unfaithful(zh, en string, args ...any) error { return &Unfaithful{Why: i18n.F(zh, en, args...)} }

// Format returns src in the canonical layout of its kind. It re-reads its
// own output and refuses (ErrUnfaithful) unless the data and every comment
// are as they were. src must be valid UTF-8 with \n line ends.
//
// Where a comment closes a nested block at the very end of the file, YAML
// reads it back as the file's closing comment; a second pass settles such
// moves, so the result is a fixed point: formatting it again changes nothing.
func Format(kind Kind, src []byte) ([]byte, error) {
	out, err := formatOnce(kind, src)
	if err != nil {
		return nil, err
	}
	for pass := 0; pass < 2; pass++ {
		again, err := formatOnce(kind, out)
		if err != nil {
			return nil, err
		}
		if string(again) == string(out) {
			return out, nil
		}
		out = again
	}
	return nil, unfaithful("整理后的格式不能稳定下来", "the layout does not settle")
}

func formatOnce(kind Kind, src []byte) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, err
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, unfaithful("文件没有内容", "empty document")
	}
	e := &emitter{kind: kind}
	e.comment(doc.HeadComment, 0)
	top := doc.Content[0]
	if err := e.check(top); err != nil {
		return nil, err
	}
	switch top.Kind {
	case yaml.MappingNode:
		e.comment(top.HeadComment, 0)
		if len(top.Content) == 0 {
			e.b.WriteString("{}" + lineComment(top.LineComment) + "\n")
			break
		}
		e.mapping(top, 0, "", false)
	default:
		return nil, unfaithful("文件最外层不是“键: 值”", "the top of the file is not a mapping")
	}
	e.comment(top.FootComment, 0)
	e.comment(doc.FootComment, 0)
	out := []byte(e.b.String())
	if err := Same(src, out); err != nil {
		return nil, err
	}
	// The YAML library itself drops comments in some places (after "{",
	// in an empty list): look for every comment in the text as well.
	for _, c := range lexicalComments(src) {
		if !strings.Contains(string(out), c) {
			return nil, unfaithful("注释“%s”所在的位置整理时会丢失", "the comment %q is in a place the YAML library drops", c)
		}
	}
	return out, nil
}

// lexicalComments finds what looks like a comment on each line: a # at
// the start or after a blank, outside quotes. It may also find a # inside
// block text; such text is kept in the output anyway.
func lexicalComments(src []byte) []string {
	var out []string
	for _, line := range strings.Split(string(src), "\n") {
		quote := rune(0)
		prev := ' '
		escaped := false // in double quotes, after a backslash
		closed := false  // a single-quoted text just closed: '' there is a quote mark
		for i, r := range line {
			reopen := closed && r == '\''
			closed = false
			switch {
			case reopen:
				quote = r // 'it''s': the text goes on
			case quote == '"' && escaped:
				escaped = false
			case quote == '"' && r == '\\':
				escaped = true
			case quote != 0:
				if r == quote {
					quote, closed = 0, r == '\''
				}
			case r == '"' || r == '\'':
				if prev == ' ' || prev == '\t' || prev == ':' || prev == '[' || prev == '{' || prev == ',' || prev == '-' {
					quote = r
				}
			case r == '#' && (prev == ' ' || prev == '\t'):
				if c := strings.TrimSpace(line[i:]); c != "#" {
					out = append(out, c)
				}
			}
			if r == '#' && quote == 0 && (prev == ' ' || prev == '\t') {
				break // the rest of the line is the comment
			}
			prev = r
		}
	}
	return out
}

type emitter struct {
	kind Kind
	b    strings.Builder
}

// check refuses what the canonical layout does not write: anchors,
// aliases, explicit tags other than the core ones, complex keys.
func (e *emitter) check(n *yaml.Node) error {
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		return unfaithful("第 %[1]d 行用了锚点或别名（& 和 *），整理会改变内容", "anchors and aliases (& and *) at line %[1]d", n.Line)
	}
	if n.Style&yaml.TaggedStyle != 0 {
		return unfaithful("第 %[1]d 行用了“!”标签，整理会改变内容", "an explicit tag at line %[1]d", n.Line)
	}
	if n.Kind == yaml.MappingNode {
		seen := map[string]bool{}
		for i := 0; i < len(n.Content); i += 2 {
			k := n.Content[i]
			if k.Kind != yaml.ScalarNode {
				return unfaithful("第 %[1]d 行的键不是一段文字（复杂键）", "a complex key at line %[1]d", k.Line)
			}
			if k.Tag == "!!merge" {
				// Written back it would be a plain "<<" key: another meaning.
				return unfaithful("第 %[1]d 行用了合并键（<<），整理会改变内容", "a merge key (<<) at line %[1]d", k.Line)
			}
			if seen[k.Value] {
				return unfaithful("键“%s”在第 %d 行重复", "the key %q repeats at line %d", k.Value, k.Line)
			}
			seen[k.Value] = true
		}
	}
	if n.Kind == yaml.SequenceNode {
		for _, c := range n.Content {
			if c.Kind == yaml.SequenceNode {
				return unfaithful("第 %[1]d 行是列表中的列表", "a list inside a list at line %[1]d", c.Line)
			}
		}
	}
	for _, c := range n.Content {
		if err := e.check(c); err != nil {
			return err
		}
	}
	return nil
}

func (e *emitter) comment(text string, indent int) {
	if text == "" {
		return
	}
	pad := strings.Repeat(" ", indent)
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		e.b.WriteString(pad + line + "\n")
	}
}

// lineComment is what follows a value on its line.
func lineComment(cs ...string) string {
	var out []string
	for _, c := range cs {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return ""
	}
	return "  " + strings.Join(out, " ")
}

// ordered returns the key/value index pairs of a mapping in schema order,
// unknown keys after the known ones in their own order.
func (e *emitter) ordered(n *yaml.Node, path string) []int {
	order := keyOrder[e.kind][path]
	rank := map[string]int{}
	for i, k := range order {
		rank[k] = i
	}
	var idx []int
	for i := 0; i+1 < len(n.Content); i += 2 {
		idx = append(idx, i)
	}
	sort.SliceStable(idx, func(a, b int) bool {
		ra, oka := rank[n.Content[idx[a]].Value]
		rb, okb := rank[n.Content[idx[b]].Value]
		switch {
		case oka && okb:
			return ra < rb
		case oka != okb:
			return oka
		}
		return false
	})
	return idx
}

// mapping writes a mapping's pairs at indent. With inItem the first pair
// follows a "- " the caller wrote, after the comments above the item.
// Comments that frame the mapping stay where they are as the keys are
// reordered: the head comment of the top-level mapping's first key (the
// file's opening comment) and the foot comment of any mapping's last key.
func (e *emitter) mapping(n *yaml.Node, indent int, path string, inItem bool) {
	pad := strings.Repeat(" ", indent)
	order := e.ordered(n, path)
	firstKey, lastKey := n.Content[0], n.Content[len(n.Content)-2]
	if path == "" && !inItem {
		e.comment(firstKey.HeadComment, indent)
	}
	for j, i := range order {
		k, v := n.Content[i], n.Content[i+1]
		onDash := inItem && j == 0
		if !onDash && !(k == firstKey && (inItem || path == "")) {
			e.comment(k.HeadComment, indent)
		}
		if !onDash {
			e.b.WriteString(pad)
		}
		key := Scalar(k.Value)
		child := join(path, k.Value)
		switch v.Kind {
		case yaml.ScalarNode:
			e.scalarPair(key, v, indent, lineComment(k.LineComment, v.LineComment))
		case yaml.MappingNode:
			if len(v.Content) == 0 {
				e.b.WriteString(key + ": {}" + lineComment(k.LineComment, v.LineComment) + "\n")
				break
			}
			e.b.WriteString(key + ":" + lineComment(k.LineComment, v.LineComment) + "\n")
			e.comment(v.HeadComment, indent+2)
			e.mapping(v, indent+2, child, false)
			e.comment(v.FootComment, indent+2)
		case yaml.SequenceNode:
			if len(v.Content) == 0 {
				e.b.WriteString(key + ": []" + lineComment(k.LineComment, v.LineComment) + "\n")
				break
			}
			e.b.WriteString(key + ":" + lineComment(k.LineComment, v.LineComment) + "\n")
			e.comment(v.HeadComment, indent+2)
			e.sequence(v, indent+2, child)
			e.comment(v.FootComment, indent+2)
		}
		if k != lastKey {
			e.comment(k.FootComment, indent)
		}
	}
	e.comment(lastKey.FootComment, indent)
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "/" + key
}

// scalarPair writes "key: value" (the pad is already written).
func (e *emitter) scalarPair(key string, v *yaml.Node, indent int, comment string) {
	switch {
	case v.Tag == "!!null":
		e.b.WriteString(key + ":" + comment + "\n")
	case v.Tag == "!!str" && strings.Contains(v.Value, "\n"):
		block := Block(key, v.Value, 0)
		head, rest, _ := strings.Cut(block, "\n")
		e.b.WriteString(head + comment + "\n")
		if rest != "" {
			pad := strings.Repeat(" ", indent)
			for _, line := range strings.SplitAfter(rest, "\n") {
				if line == "" {
					continue
				}
				if line == "\n" {
					e.b.WriteString("\n")
				} else {
					e.b.WriteString(pad + line)
				}
			}
		}
	case v.Tag == "!!str":
		e.b.WriteString(key + ": " + Scalar(v.Value) + comment + "\n")
	default:
		e.b.WriteString(key + ": " + v.Value + comment + "\n")
	}
}

func (e *emitter) sequence(n *yaml.Node, indent int, path string) {
	pad := strings.Repeat(" ", indent)
	item := path + "/-"
	for i, it := range n.Content {
		if i > 0 && spaced[e.kind][path] {
			e.b.WriteString("\n")
		}
		e.comment(it.HeadComment, indent)
		switch it.Kind {
		case yaml.ScalarNode:
			text := it.Value
			switch {
			case it.Tag == "!!null":
				text = ""
			case it.Tag == "!!str":
				text = Quote(it.Value)
				if !strings.Contains(it.Value, "\n") {
					text = Scalar(it.Value)
				}
			}
			e.b.WriteString(strings.TrimRight(pad+"- "+text, " ") + lineComment(it.LineComment) + "\n")
		case yaml.MappingNode:
			if len(it.Content) == 0 {
				e.b.WriteString(pad + "- {}" + lineComment(it.LineComment) + "\n")
				break
			}
			// Comments of the item's first key, and of the key that comes
			// first now, go above the "- ".
			e.comment(it.Content[0].HeadComment, indent)
			if first := it.Content[e.ordered(it, item)[0]]; first != it.Content[0] {
				e.comment(first.HeadComment, indent)
			}
			e.b.WriteString(pad + "- ")
			e.mapping(it, indent+2, item, true)
			// A comment after a one-line {…} item closes the item now.
			e.comment(it.LineComment, indent+2)
		}
		e.comment(it.FootComment, indent)
	}
}

// Same reports whether two documents hold the same data and the same
// comments (in any order: the layout may move a comment with its key).
func Same(a, b []byte) error {
	var na, nb yaml.Node
	if err := yaml.Unmarshal(a, &na); err != nil {
		return err
	}
	if err := yaml.Unmarshal(b, &nb); err != nil {
		return &Unfaithful{Why: i18n.T("整理结果无法重新读取（tally 的缺陷，请报告）", "the result does not parse ("+err.Error()+")")}
	}
	if !sameData(&na, &nb) {
		return unfaithful("整理会改变内容", "the data would change")
	}
	ca, cb := comments(&na, nil), comments(&nb, nil)
	sort.Strings(ca)
	sort.Strings(cb)
	if strings.Join(ca, "\n") != strings.Join(cb, "\n") {
		return unfaithful("整理会丢失或改动注释", "a comment would be lost or changed")
	}
	return nil
}

func sameData(a, b *yaml.Node) bool {
	if a.Kind != b.Kind {
		return false
	}
	switch a.Kind {
	case yaml.ScalarNode:
		if a.Tag != b.Tag {
			return false
		}
		if a.Tag == "!!null" {
			return true
		}
		return a.Value == b.Value
	case yaml.DocumentNode, yaml.SequenceNode:
		if len(a.Content) != len(b.Content) {
			return false
		}
		for i := range a.Content {
			if !sameData(a.Content[i], b.Content[i]) {
				return false
			}
		}
		return true
	case yaml.MappingNode:
		if len(a.Content) != len(b.Content) {
			return false
		}
		bm := map[string]*yaml.Node{}
		for i := 0; i+1 < len(b.Content); i += 2 {
			bm[b.Content[i].Value] = b.Content[i+1]
		}
		for i := 0; i+1 < len(a.Content); i += 2 {
			v, ok := bm[a.Content[i].Value]
			if !ok || !sameData(a.Content[i+1], v) {
				return false
			}
		}
		return true
	}
	return false
}

func comments(n *yaml.Node, out []string) []string {
	for _, c := range []string{n.HeadComment, n.LineComment, n.FootComment} {
		for _, line := range strings.Split(c, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				out = append(out, line)
			}
		}
	}
	for _, c := range n.Content {
		out = comments(c, out)
	}
	return out
}
