package load

import (
	"math/bits"
	"strings"

	"go.yaml.in/yaml/v3"

	"tally/internal/diag"
	"tally/internal/model"
)

// A report the parser refuses is read again without the entries its
// syntax errors stand in, so that check's rules judge the entries that do
// read in the same run as the syntax errors (a task reported twice, a task
// not the unit's, a file its evidence names that is not there, a wrong
// status). A clerk fixing a file one error a run saw the count go 6 → 1 →
// 5. The report so read is for check alone (CheckOnly), like one read once
// its typing slips were put right, and Partial: the entries left out are
// no "task not reported", and the evidence they cite is not known.

// maxDropped is the most entries left out of one report before the file
// counts as not read at all: past it, the rest says little. dropBudget is
// the most bytes the reading again may parse in all (each round parses
// the file and, to place its error, a score of its prefixes): a large
// file with many errors is not read again.
const (
	maxDropped = 200
	dropBudget = 32 << 20
)

// dropped is what dropEntries left out of a report: its lines (0-based)
// and the task keys its entries name ("" for an entry that names none).
type dropped struct {
	lines map[int]bool
	tasks map[string]bool
}

// dropEntries reads a report without the entries that hold its syntax
// errors. first is the line of the syntax error already said (1-based).
// It says the syntax errors of the other entries left out, as it meets
// them, and returns the tree of the rest and what was left out; nil when
// the errors are not in entries (the header), every entry would go, or
// the rest still does not read. The syntax errors met in other entries
// are still said when every entry would go or the bounds are reached;
// else nothing is said beyond what was said before.
func dropEntries(file string, text []byte, first int, d *diag.List) (*yaml.Node, *dropped) {
	lines := strings.Split(string(text), "\n")
	items := entryItems(lines)
	if len(items) < 2 {
		return nil, nil
	}
	work := append([]string(nil), lines...)
	out := &dropped{lines: map[int]bool{}, tasks: map[string]bool{}}
	var more diag.List
	gone := 0
	for line := first; ; {
		k := itemAt(items, line-1)
		if mended, ok := mendHeader(file, lines, line); k < 0 && ok && !out.lines[line-1] {
			// A header line the report can be read without, or with what
			// its place says: the contact line (free text, often 联系人: 陈晓,
			// which nothing but the reminder's phone number reads), a
			// header line indented by mistake (its value as written), a
			// unit or period line gone wrong (the file's name and folder
			// say them). The entries are then judged in the same run.
			work[line-1], out.lines[line-1] = mended, true
			if doc, next, ok := reparse(file, work, &more); ok {
				if doc == nil {
					return nil, nil
				}
				d.Items = append(d.Items, more.Items...)
				return doc, out
			} else if next == 0 {
				return nil, nil
			} else {
				line = next
				continue
			}
		}
		if k < 0 || out.lines[items[k][0]] {
			return nil, nil
		}
		if gone++; gone > maxDropped || gone == len(items) || gone*len(text)*(2+bits.Len(uint(len(lines)))) > dropBudget {
			// Nothing is left to read (every entry has a syntax error), or
			// it would cost too much: the syntax errors met so far, each in
			// an entry of its own, are still said.
			d.Items = append(d.Items, more.Items...)
			return nil, nil
		}
		named := false // the tasks the entry names, one indented wrong among them
		for i := items[k][0]; i < items[k][1]; i++ {
			if t := itemTask(lines[i]); t != "" {
				out.tasks[t], named = true, true
			}
			work[i], out.lines[i] = "", true
		}
		if !named {
			out.tasks[""] = true
		}
		doc, next, ok := reparse(file, work, &more)
		switch {
		case ok && doc == nil, !ok && next == 0:
			return nil, nil
		case ok:
			d.Items = append(d.Items, more.Items...)
			return doc, out
		}
		line = next
	}
}

// mendHeader is what header line (1-based) of a report's lines may be
// read as when it holds a syntax error: nothing for the contact line, the
// line without its indentation for a header field indented by mistake,
// the unit or period its file's name and folder give. ok is false for
// other lines (a submitted date written wrong is not guessed).
func mendHeader(file string, lines []string, line int) (string, bool) {
	if line < 1 || line > len(lines) {
		return "", false
	}
	s := lines[line-1]
	trimmed := strings.TrimLeft(s, " ")
	key, _, _ := strings.Cut(trimmed, ":")
	switch {
	case key == "contact":
		return "", true
	case key != "unit" && key != "period" && key != "submitted":
		return "", false
	case trimmed != s && strings.Count(trimmed, ": ") == 1 && !strings.ContainsAny(trimmed, "\"'[{"):
		return trimmed, true // only the indentation was wrong
	}
	dir, base, ok := reportPlace(file)
	switch {
	case !ok:
		return "", false
	case key == "unit":
		return "unit: " + base, true
	case key == "period":
		return "period: " + dir, true
	}
	return "", false
}

// reportPlace is the period folder and unit file name of a report's path
// (reports/2019Q2/chikan-org.yaml gives 2019Q2 and chikan-org).
func reportPlace(file string) (dir, base string, ok bool) {
	rest, ok := strings.CutPrefix(file, "reports/")
	if !ok || !strings.HasSuffix(rest, ".yaml") {
		return "", "", false
	}
	dir, base, ok = strings.Cut(strings.TrimSuffix(rest, ".yaml"), "/")
	return dir, base, ok && dir != "" && base != "" && !strings.Contains(base, "/")
}

// reparse parses the lines as they now stand: ok with the top mapping
// (nil when the document is none), or the line of its next syntax error,
// said in more (0 when none can be placed).
func reparse(file string, work []string, more *diag.List) (top *yaml.Node, next int, ok bool) {
	text := []byte(strings.Join(work, "\n"))
	doc := new(yaml.Node)
	if err := safeUnmarshal(text, doc); err != nil {
		n := len(more.Items)
		syntaxError(file, text, err, more)
		if len(more.Items) == n {
			return nil, 0, false
		}
		return nil, more.Items[len(more.Items)-1].Pos.Line, false
	}
	if doc.Kind == 0 || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, 0, true
	}
	return doc.Content[0], 0, true
}

// itemTask is the task key a line of an entry names ("- task: 05",
// "task: 05"), "" when it names none.
func itemTask(s string) string {
	s = strings.TrimPrefix(strings.TrimLeft(s, " "), "- ")
	v, ok := strings.CutPrefix(strings.TrimLeft(s, " "), "task:")
	if !ok {
		return ""
	}
	if i := strings.Index(v, " #"); i >= 0 {
		v = v[:i]
	}
	return model.TaskKey(strings.Trim(strings.TrimSpace(v), `"'`))
}

// entryItems finds the items of a report's top-level entries list: for
// each, its first line and the line after its last (0-based), blank lines
// and comments after it included. An item starts at a "- " at the
// indentation of the list's first item; the list ends at a line that
// starts at column 0.
func entryItems(lines []string) [][2]int {
	start := -1
	for i, s := range lines {
		if strings.HasPrefix(s, "entries:") {
			start = i + 1
			break
		}
	}
	if start < 0 {
		return nil
	}
	var items [][2]int
	indent := -1
	for i := start; i < len(lines); i++ {
		s := lines[i]
		rest := strings.TrimLeft(s, " ")
		lead := len(s) - len(rest)
		switch {
		case rest == "" || rest[0] == '#':
			continue
		case lead == 0:
			if len(items) > 0 {
				items[len(items)-1][1] = i
			}
			return items
		case (rest == "-" || strings.HasPrefix(rest, "- ")) && (indent < 0 || lead == indent):
			if indent < 0 {
				indent = lead
			}
			if len(items) > 0 {
				items[len(items)-1][1] = i
			}
			items = append(items, [2]int{i, len(lines)})
		}
	}
	return items
}

// itemAt is the index of the item holding line i (0-based), -1 for none.
func itemAt(items [][2]int, i int) int {
	for k, it := range items {
		if i >= it[0] && i < it[1] {
			return k
		}
	}
	return -1
}

// lonelySyntaxError is the line of the one syntax error said of file, when
// it is the only error (no typing slips were found and put right).
func lonelySyntaxError(file string, d *diag.List) (int, bool) {
	line, n := 0, 0
	for _, x := range d.Items {
		if x.File != file || x.Severity != diag.Error {
			continue
		}
		if n++; x.Rule != diag.YAMLSyntax {
			return 0, false
		}
		line = x.Pos.Line
	}
	return line, n == 1 && line > 0
}
