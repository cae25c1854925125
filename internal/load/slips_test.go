package load

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"tally/internal/diag"
)

// got lists a report's diagnostics as "line:col rule".
func got(t *testing.T, text string) []string {
	t.Helper()
	o := decodeOne(job{file: "r.yaml", kind: kindReport, dir: "2019Q2", base: "a-org"}, []byte(text), nil, false)
	var out []string
	for _, d := range o.Diags.Items {
		out = append(out, fmt.Sprintf("%d:%d %s", d.Pos.Line, d.Pos.Col, d.Rule))
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func less(a, b string) bool {
	var la, ca, lb, cb int
	fmt.Sscanf(a, "%d:%d", &la, &ca)
	fmt.Sscanf(b, "%d:%d", &lb, &cb)
	return la < lb || la == lb && ca < cb
}

const head = "unit: a-org\nperiod: 2019Q2\nsubmitted: 2019-07-01\nentries:\n  - task: 1\n"

func TestSlipsAreFoundAtOnceAndValuesWhereTheyAre(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		// The colon's space is put in: the value that follows is still
		// shown at its column in the file.
		{"full-width colon", head + "    status：完成\n    summary: 已开展。\n",
			[]string{"6:11 " + diag.YAMLSyntax, "6:12 " + diag.BadStatus}},
		{"tab", head + "\tprogress: ６０\n    status: 推进中\n    summary: 已开展。\n",
			[]string{"6:1 " + diag.TabIndent, "6:12 " + diag.WrongType}},
		{"full-width space after the colon", head + "    status:　完成\n    summary: 已开展。\n",
			[]string{"6:12 " + diag.YAMLSyntax, "6:13 " + diag.BadStatus}},
		{"full-width indentation", head + "    status: 推进中\n　　summary: 已开展。\n",
			[]string{"5:5 " + diag.NoSummary, "7:1 " + diag.UnknownField}},
		{"tab after a dash", "unit: a-org\nperiod: 2019Q2\nentries:\n  -\ttask: 1\n    status: 完成\n  - task：2\n    status: 推进中\n",
			[]string{"4:4 " + diag.TabIndent, "5:13 " + diag.BadStatus, "6:9 " + diag.YAMLSyntax}},
		// Text is not typing: a full-width colon inside a block, a tab
		// after a block's indentation, a full-width colon in a plain
		// text's next line, are what the user wrote.
		{"block text", head + "    status: 推进中\n    summary: |\n      目标：完成\n      \t第二段\n    next：继续\n",
			[]string{"10:9 " + diag.YAMLSyntax}},
		{"plain text going on", head + "    status: 推进中\n    summary: 第一段\n      next：继续\n    problems：无\n",
			[]string{"9:13 " + diag.YAMLSyntax}},
		// A tab the parser accepts (after a continued text's indentation)
		// is not reported when another slip is.
		{"tab the parser reads", head + "    status: 推进中\n    summary: 第一段\n      \t第二段\n    next：继续\n",
			[]string{"9:9 " + diag.YAMLSyntax}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if g := strings.Join(got(t, c.text), ", "); g != strings.Join(c.want, ", ") {
				t.Errorf("got  %s\nwant %s", g, strings.Join(c.want, ", "))
			}
		})
	}
}

// A file with slips is read for check only, never as data.
func TestRecoveredFileIsCheckOnly(t *testing.T) {
	o := decodeOne(job{file: "r.yaml", kind: kindReport, dir: "2019Q2", base: "a-org"},
		[]byte(head+"    status：推进中\n    summary: 已开展。\n"), nil, false)
	if !o.CheckOnly || o.Report == nil || len(o.Report.Entries) != 1 {
		t.Fatalf("want a check-only report with its entry, got %+v", o)
	}
	if p := pieceOf(o); p.Report != nil || p.Unreadable == "" {
		t.Errorf("history must not read a recovered file, and says it cannot: %+v", p)
	}
	var d diag.List
	if Parse("r.yaml", []byte(head+"    status：推进中\n"), &d) != nil {
		t.Errorf("Parse must not return a recovered tree")
	}
}

// When the file does not parse even with its slips put right, the
// values of the lines that read on their own are still checked.
func TestSalvageChecksLinesOfAFileThatDoesNotParse(t *testing.T) {
	text := head + "    status: 完成\n    progress: 50%\n    summary: \"双培养\"工程\n    next: 推进 #3 示范点\n    problems: |\n      progress: ６０\n"
	want := "6:13 " + diag.BadStatus + ", 7:15 " + diag.WrongType + ", 8:14 " + diag.YAMLSyntax + ", 9:14 " + diag.TextAsComment
	if g := strings.Join(got(t, text), ", "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}
