package load

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/model"
)

// MaxDepth is the deepest nesting tally reads; its files need fewer than ten.
const MaxDepth = 64

// Parse parses normalized text into the document's top node. It returns nil
// for an empty document (reported as such) and for a syntax error (reported
// with the line and column where the problem starts).
func Parse(file string, text []byte, d *diag.List) *yaml.Node {
	top, how := parseWith(file, text, d, new(fastParser), fastBytes(text))
	if how != parsed {
		return nil
	}
	return top
}

// parseResult says how a text was parsed.
type parseResult uint8

const (
	parsed    parseResult = iota // as it is
	recovered                    // only with its slips put right: it has errors, and only check reads it
	failed                       // not at all: a syntax error
	refused                      // not tried, or empty: too deep, a second document, no content
)

// parseWith is Parse with the fast parser's memory from earlier files, or
// with the YAML library alone when fp is nil. plain says that every byte
// of text is one the fast parser reads (fastBytes); without it only the
// library parses the text. When the library refuses a text, its typing
// slips are reported and put right in a copy, which is parsed in its place
// (recovered).
func parseWith(file string, text []byte, d *diag.List, fp *fastParser, plain bool) (*yaml.Node, parseResult) {
	if d2 := depthProblem(text); d2 != nil {
		d.Add(file, *d2, diag.TooComplex, i18n.F(
			"嵌套超过 %d 层，tally 不读取", "nesting deeper than %d levels; not read", MaxDepth))
		return nil, refused
	}
	if p, ok := SecondDocument(text); ok {
		d.Add(file, p, diag.YAMLSyntax, i18n.T(
			"文件在此处开始第二个 YAML 文档（---）；tally 每个文件只读一个文档，后面的内容会被忽略：删去这一行，或把内容并入前面",
			"a second YAML document (---) starts here; tally reads one document a file and would ignore the rest: delete this line or merge the content above"))
		return nil, refused
	}
	if fp != nil && plain {
		if top, ok := fp.parsePlain(text); ok {
			// The tree holds every node the parser made: only a file with
			// more than the limit needs them counted in order.
			if fp.nodes() > MaxNodes && tooMany(file, top, d) {
				return nil, refused
			}
			fp.walk = duplicateKeys(file, top, d, fp.walk)
			return top, parsed
		}
	}
	doc, how := new(yaml.Node), parsed
	if err := safeUnmarshal(text, doc); err != nil {
		lines := strings.Split(string(text), "\n")
		info := readLines(lines)
		var found bool
		if doc, found = recoverSlips(file, lines, info, d); !found {
			syntaxError(file, text, err, d)
		}
		if doc == nil {
			return nil, failed
		}
		how = recovered
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		d.Add(file, model.Pos{Line: 1, Col: 1}, diag.EmptyFile, i18n.T("文件没有内容", "the file has no content"))
		return nil, refused
	}
	top := doc.Content[0]
	if top.Kind == yaml.ScalarNode && top.Tag == "!!null" {
		d.Add(file, model.Pos{Line: 1, Col: 1}, diag.EmptyFile, i18n.T("文件没有内容", "the file has no content"))
		return nil, refused
	}
	if tooMany(file, top, d) {
		return nil, refused
	}
	duplicateKeys(file, top, d, nil)
	return top, how
}

// MaxNodes is the most YAML nodes (keys, values, items) tally takes from
// one task or report file; MaxRegistryNodes from plan.yaml or units.yaml,
// one file each, which a registry of thousands of units fills with tens of
// thousands. A report has a few hundred: a file of small items up to the
// size limit would hold millions, and the thirty such files the bytes
// budget admits (MaxTotalSize) as many model values as memory holds.
const (
	MaxNodes         = 50_000
	MaxRegistryNodes = 1_000_000
)

// tooMany reports (at the node that crosses it) a document over MaxNodes.
func tooMany(file string, top *yaml.Node, d *diag.List) bool {
	limit := MaxNodes
	if file == "plan.yaml" || file == "units.yaml" {
		limit = MaxRegistryNodes
	}
	stack := []*yaml.Node{top}
	for count := 0; len(stack) > 0; {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if count++; count > limit {
			d.Add(file, model.Pos{Line: n.Line, Col: n.Column, Len: 1}, diag.TooComplex, i18n.F(
				"文件的内容超过 %d 项（键、值和列表项），tally 不读取；正常的数据文件只有几百项",
				"the file holds over %d items (keys, values and list items) and is not read; a data file has a few hundred", limit))
			return true
		}
		for i := len(n.Content) - 1; i >= 0; i-- {
			stack = append(stack, n.Content[i])
		}
	}
	return false
}

// SecondDocument finds where a second YAML document starts: a "---" line
// after content, or content after a "..." line. A document marker is
// such a line at the first column wherever it stands (even inside block
// or quoted text), so a scan of lines finds every one.
func SecondDocument(text []byte) (model.Pos, bool) {
	if !bytes.Contains(text, []byte("---")) && !bytes.Contains(text, []byte("...")) {
		return model.Pos{}, false
	}
	content, ended := false, false
	rest := text
	for i := 0; len(rest) > 0; i++ {
		line, after, _ := bytes.Cut(rest, []byte("\n"))
		rest = after
		pos := model.Pos{Line: i + 1, Col: 1, Len: 3}
		switch {
		case isMarker(line, "---"):
			if content || ended {
				return pos, true
			}
		case isMarker(line, "..."):
			ended = content || ended
		case len(bytes.TrimSpace(line)) == 0, line[0] == '#', line[0] == '%' && !content:
		default:
			if ended {
				return model.Pos{Line: i + 1, Col: 1, Len: 1}, true
			}
			if !bytes.HasPrefix(bytes.TrimLeft(line, " "), []byte("#")) {
				content = true
			}
		}
	}
	return model.Pos{}, false
}

func isMarker(line []byte, m string) bool {
	return bytes.HasPrefix(line, []byte(m)) && (len(line) == 3 || line[3] == ' ' || line[3] == '\t')
}

func safeUnmarshal(text []byte, n *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: %v", r)
		}
	}()
	return yaml.Unmarshal(text, n)
}

// depthProblem finds flow nesting deeper than MaxDepth ([[[[…) or block
// indentation deeper than it, before the parser spends time on it. It is
// one pass over the bytes.
func depthProblem(text []byte) *model.Pos {
	// Most files cannot nest too deep at all: too few brackets, and no
	// line indented that far. Counting is much cheaper than scanning.
	if bytes.Count(text, []byte("["))+bytes.Count(text, []byte("{")) <= MaxDepth &&
		!bytes.Contains(text, deepIndent) && !bytes.HasPrefix(text, deepIndent[1:]) {
		return nil
	}
	depth, line, col := 0, 1, 0
	inQuote := byte(0)
	indent, atIndent := 0, true
	for i := 0; i < len(text); i++ {
		c := text[i]
		col++
		if atIndent {
			if c == ' ' {
				indent++
				if indent > 4*MaxDepth {
					return &model.Pos{Line: line, Col: col, Len: 1}
				}
				continue
			}
			atIndent = false
		}
		switch {
		case c == '\n':
			line, col, indent, atIndent = line+1, 0, 0, true
			inQuote = 0
		case inQuote != 0:
			if c == inQuote {
				inQuote = 0
			}
		case c == '"' || c == '\'':
			inQuote = c
		case c == '#':
			for i+1 < len(text) && text[i+1] != '\n' {
				i++
			}
		case c == '[' || c == '{':
			depth++
			if depth > MaxDepth {
				return &model.Pos{Line: line, Col: col, Len: 1}
			}
		case c == ']' || c == '}':
			if depth > 0 {
				depth--
			}
		}
	}
	return nil
}

// deepIndent is a line break followed by more indentation than MaxDepth levels.
var deepIndent = []byte("\n" + strings.Repeat(" ", 4*MaxDepth+1))

var lineRe = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxError reports a parser error. The YAML library gives a line only
// (for some errors not even that), and for parser (not scanner) errors
// the line of the enclosing construct, sometimes off by one. The first
// line at which a prefix of the file fails the same way is where the
// problem is. Where the lines show the cause (a value that starts with a
// quote or a bracket, text that went on to a line of its own), the
// message names it and the fix; else it puts the library's words into
// the user's.
func syntaxError(file string, text []byte, err error, d *diag.List) {
	msg := err.Error()
	line := 0
	if m := lineRe.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	lines := strings.Split(string(text), "\n")
	if first := firstFailingPrefix(lines, msg); first > 0 {
		line = first
	}
	if line < 1 || line > len(lines) {
		line = len(lines)
	}
	info := readLines(lines)
	if p, why, ok := namedCause(lines, info, line); ok {
		d.Add(file, p, diag.YAMLSyntax, why)
		return
	}
	if p, why, ok := swallowedKey(lines, info, line); ok {
		d.Add(file, p, diag.YAMLSyntax, why)
		return
	}
	if strings.HasPrefix(msg, "found unexpected end of stream") || strings.HasPrefix(msg, "did not find expected ',' or ']'") || strings.HasPrefix(msg, "did not find expected ',' or '}'") {
		if p, why, ok := openedNeverClosed(lines, info); ok {
			d.Add(file, p, diag.YAMLSyntax, why)
			return
		}
	}
	s := lines[line-1]
	col := 1 + len([]rune(s)) - len([]rune(strings.TrimLeft(s, " ")))
	width := len([]rune(strings.TrimSpace(s)))
	if width == 0 {
		width = 1
	}
	if strings.HasPrefix(msg, "mapping values are not allowed") {
		// Point at the colon that makes the value look like a key.
		first := strings.Index(s, ": ")
		if first >= 0 {
			if second := strings.Index(s[first+2:], ": "); second >= 0 {
				col = 1 + len([]rune(s[:first+2+second]))
				width = 1
			}
		}
	}
	zh, en := explainYAML(msg)
	d.Add(file, model.Pos{Line: line, Col: col, Len: width}, diag.YAMLSyntax, i18n.T("YAML 语法错误："+zh, "YAML syntax error: "+en))
}

// firstFailingPrefix returns the smallest k such that the first k lines fail
// to parse with the same message, or 0.
func firstFailingPrefix(lines []string, msg string) int {
	fails := func(k int) bool {
		var n yaml.Node
		err := safeUnmarshal([]byte(strings.Join(lines[:k], "\n")+"\n"), &n)
		if err == nil {
			return false
		}
		if m := lineRe.FindStringSubmatch(err.Error()); m != nil {
			return m[2] == msg
		}
		return strings.TrimPrefix(err.Error(), "yaml: ") == msg
	}
	if !fails(len(lines)) {
		return 0
	}
	lo, hi := 1, len(lines)
	for lo < hi {
		mid := (lo + hi) / 2
		if fails(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// explainYAML puts the library's messages into words for our users, in
// both languages. A message it does not know is said in general terms:
// the library's English never reaches a Chinese reader.
func explainYAML(msg string) (zh, en string) {
	known := []struct{ key, zh, en string }{
		{"mapping values are not allowed in this context", "这里不能再出现“键: 值”（常见原因：文字里有半角冒号加空格“: ”——改成中文冒号“：”即可，或用英文双引号 \" 把整段文字括起来，中文引号“”不算；或者缩进不对）",
			"a \"key: value\" cannot stand here (often a \": \" inside a text: write the Chinese colon \"：\" instead, or put the whole text in straight double quotes \", not Chinese quotes; or uneven indentation)"},
		{"did not find expected key", "缩进不齐，或列表项少了“- ”", "uneven indentation, or a list item without its \"- \""},
		{"found character that cannot start any token", "出现了不能作为开头的字符（如 Tab、@、`），需要加引号",
			"a character that cannot start a value (such as a tab, @ or `): put the value in quotes"},
		{"could not find expected ':'", "缺少“:”，或键太长、跨了行", "a \":\" is missing, or a key is too long or runs over a line"},
		{"did not find expected ',' or ']'", "方括号 [ ] 没有配对，或列表项之间少了逗号", "square brackets [ ] that do not pair, or a comma missing between items"},
		{"did not find expected ',' or '}'", "花括号 { } 没有配对，或项之间少了逗号", "braces { } that do not pair, or a comma missing between items"},
		{"found unexpected end of stream", "文件在引号或括号中途结束（引号没有配对？）", "the file ends inside quotes or brackets (a quote that does not pair?)"},
		{"did not find expected node content", "这里缺少内容", "a value is missing here"},
		{"did not find expected '-' indicator", "列表项缩进不齐，或少了“- ”", "uneven list items, or one without its \"- \""},
		{"found a tab character that violates indentation", "用 Tab 缩进；YAML 只能用空格缩进", "a tab is used for indentation; YAML indents with spaces only"},
		{"found a tab character where an indentation space is expected", "用 Tab 缩进；YAML 只能用空格缩进", "a tab is used for indentation; YAML indents with spaces only"},
		{"found undefined tag handle", "出现了未定义的“!”标签，需要加引号", "an undefined \"!\" tag: put the value in quotes"},
		{"block sequence entries are not allowed in this context", "这里不能出现列表项“- ”（缩进不对？）", "a list item \"- \" cannot stand here (uneven indentation?)"},
		{"did not find expected alphabetic or numeric character", "锚点或别名（& 或 *）后缺少名字，需要加引号",
			"an anchor or alias (& or *) without a name: put the value in quotes"},
		{"found unknown escape character", "双引号中的“\\”后面不是有效的转义；文字中要写“\\”，请改用单引号",
			"a \"\\\" in double quotes starts no valid escape; to write a \"\\\", use single quotes"},
		{"did not find expected comment or line break", "值结束后同一行还有内容（引号或括号结束后还写了文字？）",
			"more follows a value on its line (text after a closing quote or bracket?)"},
		{"control characters are not allowed", "文件中有看不见的控制字符；请删去后重新输入这一行", "the file holds an invisible control character; type the line again"},
		{"found unexpected ':'", "这里的“:”YAML 读不懂；值里含有“:”时请给整段文字加引号", "YAML cannot read the \":\" here; quote a value that holds one"},
		{"unknown anchor", "引用了未定义的锚点（*名字），需要加引号或先用 & 定义", "an alias (*name) to an anchor not defined: quote the value, or define it with &"},
	}
	for _, k := range known {
		if strings.HasPrefix(msg, k.key) {
			return k.zh, k.en
		}
	}
	return "YAML 读不懂这里的写法；请对照同目录下其他文件的写法改正", msg
}

// duplicateKeys reports every key that repeats within one mapping. The YAML
// library accepts them silently when decoding into a node. stack is room
// for the walk (nil for none yet), returned empty for the next.
func duplicateKeys(file string, n *yaml.Node, d *diag.List, stack []*yaml.Node) []*yaml.Node {
	var anchors map[string][]*yaml.Node // only a file with anchors makes it
	stack = append(stack[:0], n)
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Anchor != "" {
			if anchors == nil {
				anchors = map[string][]*yaml.Node{}
			}
			anchors[n.Anchor] = append(anchors[n.Anchor], n)
		}
		if n.Kind == yaml.MappingNode {
			// Mappings hold a handful of keys: compare pairwise rather than
			// build a map for each; only large ones get a map.
			var seen map[string]*yaml.Node
			if len(n.Content) > 32 {
				seen = make(map[string]*yaml.Node, len(n.Content)/2)
			}
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i]
				if k.Kind != yaml.ScalarNode {
					continue
				}
				var first *yaml.Node
				if seen != nil {
					first = seen[k.Value]
					if first == nil {
						seen[k.Value] = k
					}
				} else {
					for j := 0; j < i; j += 2 {
						if p := n.Content[j]; p.Kind == yaml.ScalarNode && p.Value == k.Value {
							first = p
							break
						}
					}
				}
				if first != nil {
					d.Add(file, keyPos(k), diag.DuplicateKey, i18n.F(
						"键“%s”重复：第 %d 行已经写过", "key %q repeats: it is already on line %d", k.Value, first.Line))
				}
			}
		}
		if n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode || n.Kind == yaml.DocumentNode {
			stack = append(stack, n.Content...)
		}
	}
	redefinedAnchors(file, anchors, d)
	return stack[:0]
}

// redefinedAnchors reports an anchor (&name) defined again after its first
// definition. YAML lets an alias (*name) mean the one last defined before
// it, so that which value it stands for turns on the order of the lines,
// which a review's fingerprint does not keep (it is the same after tally
// fmt puts keys in order): two reports with different data had one
// fingerprint, and the one there was said to be the form's (probe 13).
func redefinedAnchors(file string, anchors map[string][]*yaml.Node, d *diag.List) {
	names := make([]string, 0, len(anchors))
	for name, ns := range anchors {
		if len(ns) > 1 {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		ns := anchors[name]
		sort.Slice(ns, func(i, j int) bool {
			return ns[i].Line < ns[j].Line || ns[i].Line == ns[j].Line && ns[i].Column < ns[j].Column
		})
		for _, n := range ns[1:] {
			d.Add(file, model.Pos{Line: n.Line, Col: n.Column, Len: 1}, diag.YAMLSyntax, i18n.F(
				"锚点“&%[1]s”在第 %[2]d 行已经定义过，这里又定义了一次：*%[1]s 指的是哪一个要看行的先后，容易看错；请给它另起一个名字",
				"the anchor &%[1]s is defined again here, after line %[2]d: which one *%[1]s means turns on the order of the lines; give it another name",
				name, ns[0].Line))
		}
	}
}

func keyPos(k *yaml.Node) model.Pos {
	return model.Pos{Line: k.Line, Col: k.Column, Len: max(1, len([]rune(k.Value)))}
}
