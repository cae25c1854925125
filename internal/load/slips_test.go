package load

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"tally/internal/diag"
	"tally/internal/model"
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
		{"full-width indentation", head + "    status: 未启动\n　　summary: 已开展。\n",
			[]string{"5:5 " + diag.NoSummary, "7:1 " + diag.UnknownField}},
		{"tab after a dash", "unit: a-org\nperiod: 2019Q2\nentries:\n  -\ttask: 1\n    status: 完成\n  - task：2\n    status: 推进中\n",
			[]string{"4:4 " + diag.TabIndent, "5:13 " + diag.BadStatus, "6:9 " + diag.YAMLSyntax}},
		// Text is not typing: a full-width colon inside a block, a tab
		// after a block's indentation, a full-width colon in a plain
		// text's next line, are what the user wrote.
		{"block text", head + "    status: 未启动\n    summary: |\n      目标：完成\n      \t第二段\n    next：继续\n",
			[]string{"10:9 " + diag.YAMLSyntax}},
		{"plain text going on", head + "    status: 未启动\n    summary: 第一段\n      next：继续\n    problems：无\n",
			[]string{"9:13 " + diag.YAMLSyntax}},
		// A tab the parser accepts (after a continued text's indentation)
		// is not reported when another slip is.
		{"tab the parser reads", head + "    status: 未启动\n    summary: 第一段\n      \t第二段\n    next：继续\n",
			[]string{"9:9 " + diag.YAMLSyntax}},
		{"key without its colon", head + "    status 完成\n    summary: 已开展。\n",
			[]string{"6:11 " + diag.YAMLSyntax, "6:12 " + diag.BadStatus}},
		{"key without its colon, a full-width space after it", head + "    status: 推进中\n    progress　５０\n    summary: 已开展。\n",
			[]string{"7:13 " + diag.YAMLSyntax, "7:14 " + diag.WrongType}},
		{"text that starts with a quote", head + "    status: 推进中\n    summary: \"双培养\"工程\n    progress: 50%\n",
			[]string{"7:14 " + diag.YAMLSyntax, "8:15 " + diag.WrongType}},
		{"text that starts with a bracket", head + "    status: 推进中\n    summary: [已完成]三项\n    progress: 50%\n",
			[]string{"7:14 " + diag.YAMLSyntax, "8:15 " + diag.WrongType}},
		// Pasted lines are one slip: a "|" block is the one fix, whatever
		// the text starts with.
		{"text pasted over lines", head + "    status: 推进中\n    summary: 一是；\n    二是；\n\n  三是。\n    progress: 50%\n",
			[]string{"8:5 " + diag.YAMLSyntax, "11:15 " + diag.WrongType}},
		{"pasted text that starts with a quote", head + "    status: 推进中\n    summary: \"双培养\"工程，\n    二是。\n    progress: 50%\n",
			[]string{"8:5 " + diag.YAMLSyntax, "9:15 " + diag.WrongType}},
		{"every slip at once", "unit: a-org\nperiod: 2019Q2\nsubmitted: 2019-07-01\nentries:\n  - task: 1\n" +
			"    status 完成\n    summary: \"双培养\"工程\n  - task: 2\n\tstatus: 未启动\n    summary：开展。\n    next: 一是\n二是\n  -\ttask: 3\n    status:　未启动\n    summary: 无\n",
			[]string{"6:11 " + diag.YAMLSyntax, "6:12 " + diag.BadStatus, "7:14 " + diag.YAMLSyntax, "9:1 " + diag.TabIndent,
				"10:12 " + diag.YAMLSyntax, "12:1 " + diag.YAMLSyntax, "13:4 " + diag.TabIndent, "14:12 " + diag.YAMLSyntax}},
		// Only text goes on over lines: after a number, a line without a
		// key is no text pasted, and no slip is made up for it.
		{"no text", head + "    status: 推进中\n    progress: 40\n    二是\n", []string{"8:5 " + diag.YAMLSyntax}},
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

// The copy the slips are put right in holds what the user meant: a
// quoted start's whole text, a pasted text's lines.
func TestRecoveredTextsAreWhole(t *testing.T) {
	o := decodeOne(job{file: "r.yaml", kind: kindReport, dir: "2019Q2", base: "a-org"},
		[]byte(head+"    status: 推进中\n    summary: \"双培养\"工程 #注\n    next: 一是'甲'；\n    二是。\n"), nil, false)
	if o.Report == nil || len(o.Report.Entries) != 1 {
		t.Fatalf("not recovered: %+v", o.Diags.Items)
	}
	e := o.Report.Entries[0]
	if e.Summary != `"双培养"工程` || e.Next != "一是'甲'； 二是。" {
		t.Errorf("summary %q, next %q", e.Summary, e.Next)
	}
}

// A line without a key after a value that is no text gets the parser's
// own account, not one about pasted text.
func TestNoPastedTextAfterANumber(t *testing.T) {
	o := decodeOne(job{file: "r.yaml", kind: kindReport, dir: "2019Q2", base: "a-org"},
		[]byte(head+"    status: 推进中\n    progress: 40\n    二是\n"), nil, false)
	if len(o.Diags.Items) != 1 || strings.Contains(o.Diags.Items[0].Message.Zh, "换了行") {
		t.Errorf("got %+v", o.Diags.Items)
	}
}

// Slips in a task file and in units.yaml are found and put right the
// same way, and the decoder checks the rest.
func TestSlipsInTasksAndUnits(t *testing.T) {
	for _, c := range []struct {
		name string
		j    job
		text string
		want []string
	}{
		{"task", job{file: "tasks/05.yaml", kind: kindTask, base: "05"},
			"section: 二\ntitle: \"三会一课\"制度\nbody: 第一段。\n第二段。\nowners：\n  - 市委组织部\ndue: 2019-12-1\n",
			[]string{"2:8 " + diag.YAMLSyntax, "4:1 " + diag.YAMLSyntax, "5:7 " + diag.YAMLSyntax, "7:6 " + diag.BadDate}},
		{"units", job{file: "units.yaml", kind: kindUnits},
			"units:\n  - id: a-org\n\tname: 甲\n  - id: b-org\n    name: [乙区]组织部\n    contact 张三\n    rank: 1\n",
			[]string{"3:1 " + diag.TabIndent, "5:11 " + diag.YAMLSyntax, "6:12 " + diag.YAMLSyntax, "7:5 " + diag.UnknownField}},
	} {
		t.Run(c.name, func(t *testing.T) {
			o := decodeOne(c.j, []byte(c.text), nil, false)
			var g []string
			for _, d := range o.Diags.Items {
				g = append(g, fmt.Sprintf("%d:%d %s", d.Pos.Line, d.Pos.Col, d.Rule))
			}
			sort.Slice(g, func(i, j int) bool { return less(g[i], g[j]) })
			if strings.Join(g, ", ") != strings.Join(c.want, ", ") || !o.CheckOnly {
				t.Errorf("got  %s (check only %v)\nwant %s", strings.Join(g, ", "), o.CheckOnly, strings.Join(c.want, ", "))
			}
		})
	}
}

// A date written wrong is still a report meant as submitted: its blank
// summary is an error in the same run, not after the date is put right.
func TestWrongDateStillNeedsSummaries(t *testing.T) {
	text := "unit: a-org\nperiod: 2019Q2\nsubmitted: 2019-7-1\nentries:\n  - task: 1\n    status: 未启动\n"
	want := "3:12 " + diag.BadDate + ", 5:5 " + diag.NoSummary
	if g := strings.Join(got(t, text), ", "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
	if g := got(t, "unit: a-org\nperiod: 2019Q2\nsubmitted:\nentries:\n  - task: 1\n    status: 推进中\n"); len(g) != 0 {
		t.Errorf("a draft needs no summary yet: %v", g)
	}
}

// When the file does not parse even with its slips put right, the
// values of the lines that read on their own are still checked.
func TestSalvageChecksLinesOfAFileThatDoesNotParse(t *testing.T) {
	text := head + "    status: 完成\n    progress: 50%\n    summary: 目标: 完成\n    next: 推进 #3 示范点\n    problems: |\n      progress: ６０\n"
	want := "6:13 " + diag.BadStatus + ", 7:15 " + diag.WrongType + ", 8:16 " + diag.YAMLSyntax + ", 9:14 " + diag.TextAsComment
	if g := strings.Join(got(t, text), ", "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
	o := decodeOne(job{file: "r.yaml", kind: kindReport, dir: "2019Q2", base: "a-org"}, []byte(text), nil, false)
	if o.Report != nil {
		t.Errorf("a file that does not parse has no report")
	}
}

// A quote a clerk forgot to close reads, to the parser, as a text running
// to the end of the file; the lines after it are still checked as the
// lines they are, in the same run as the syntax error.
func TestSalvageReadsOnAfterAQuoteLeftOpen(t *testing.T) {
	text := head + "    status: 推进中\n    summary: \"开展培训8期\n  - task: 2\n    status: 完成\n    progress: 155\n  - task: 3\n    evidence: [a.pdf\n  - task: 4\n    progress: 七十\n"
	// The entries that read are read without the two the quote and the
	// bracket are in (both syntax errors said, where each opens): task 2
	// has no summary, task 4 no status.
	want := "7:14 " + diag.YAMLSyntax + ", 8:5 " + diag.NoSummary + ", 9:13 " + diag.BadStatus + ", 10:15 " + diag.OutOfRange +
		", 12:15 " + diag.YAMLSyntax + ", 13:5 " + diag.MissingField + ", 14:15 " + diag.WrongType
	if g := strings.Join(got(t, text), ", "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
	// In a report of one entry (nothing is read without it), the lines
	// after the quote are still checked on their own.
	text = head + "    summary: \"开展培训8期\n    status: 完成\n    progress: 155\n"
	want = "6:14 " + diag.YAMLSyntax + ", 7:13 " + diag.BadStatus + ", 8:15 " + diag.OutOfRange
	if g := strings.Join(got(t, text), ", "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
	// A quote that closes further on is a text over lines: what it holds
	// is no key, and is not checked as one.
	text = head + "    status: 推进中\n    summary: \"开展培训8期\n    progress: 155\"\n    next: x: y\n"
	for _, g := range got(t, text) {
		if strings.HasPrefix(g, "8:") {
			t.Errorf("a line inside a closed quote was checked: %v", got(t, text))
		}
	}
}

// A report read without the entries its syntax errors are in is for check
// alone: never data, never history, and it says which tasks it left out.
func TestReportReadWithoutBrokenEntriesIsCheckOnly(t *testing.T) {
	text := head + "    status: 推进中\n     progress: 40\n  - task: 2\n    status: 推进中\n    summary: 已开展。\n"
	o := decodeOne(job{file: "r.yaml", kind: kindReport, dir: "2019Q2", base: "a-org"}, []byte(text), nil, false)
	if !o.CheckOnly || o.Report == nil || len(o.Report.Entries) != 1 || o.Report.Entries[0].Task != "2" {
		t.Fatalf("want a check-only report with entry 2 alone, got %+v", o.Report)
	}
	if !o.left["1"] || len(o.left) != 1 {
		t.Errorf("left out %v, want task 1", o.left)
	}
	if p := pieceOf(o); p.Report != nil || p.Unreadable == "" {
		t.Errorf("history must not read it, and says it cannot: %+v", p)
	}
	var d diag.List
	if Parse("r.yaml", []byte(text), &d) != nil {
		t.Errorf("Parse must not return a tree without the entries")
	}
	// A header line only indented by mistake is read as written, for
	// check alone; a submitted date gone wrong leaves nothing to read.
	text = "unit: a-org\nperiod: 2019Q2\n submitted: 2019-07-01\nentries:\n  - task: 1\n    status: 推进中\n  - task: 2\n    status: 推进中\n"
	if o := decodeOne(job{file: "r.yaml", kind: kindReport, dir: "2019Q2", base: "a-org"}, []byte(text), nil, false); o.Report == nil || !o.CheckOnly || len(o.Report.Entries) != 2 || model.FormatDate(o.Report.Submitted) != "2019-07-01" {
		t.Errorf("a report whose header line is only indented wrong was not read for check: %+v", o.Report)
	}
	text = "unit: a-org\nperiod: 2019Q2\nsubmitted: 2019-07-01: 已报\nentries:\n  - task: 1\n    status: 推进中\n  - task: 2\n    status: 推进中\n"
	if o := decodeOne(job{file: "r.yaml", kind: kindReport, dir: "2019Q2", base: "a-org"}, []byte(text), nil, false); o.Report != nil {
		t.Errorf("a report whose submitted date does not read was read: %+v", o.Report)
	}
}

// An entry whose "- " is indented one space too far is read as part of
// the entry before: both are left out, and both tasks are known left out.
func TestReportReadWithoutAMisindentedEntry(t *testing.T) {
	text := head + "    status: 推进中\n    summary: 已开展。\n   - task: 2\n    status: 推进中\n    summary: 已开展。\n  - task: 3\n    status: 完成\n    summary: 已开展。\n"
	o := decodeOne(job{file: "r.yaml", kind: kindReport, dir: "2019Q2", base: "a-org"}, []byte(text), nil, false)
	if o.Report == nil {
		t.Fatalf("not read without the broken entries: %v", o.Diags.Items)
	}
	if !o.left["1"] || !o.left["2"] || o.left[""] {
		t.Errorf("left out %v, want tasks 1 and 2", o.left)
	}
}

// When every entry has a syntax error, nothing is read, and each entry's
// error is still said in one run (probe 3: 1 of 3 was).
func TestEveryEntryBrokenSaysEveryError(t *testing.T) {
	text := head + "    status: 推进中\n    summary: 做法: 学习\n  - task: 2\n    status: 推进中\n    summary: \"开展\n  - task: 3\n    status: 推进中\n    summary: 做法: 培训\n"
	g := strings.Join(got(t, text), ", ")
	for _, want := range []string{"7:", "10:", "13:"} {
		if !strings.Contains(g, want) {
			t.Errorf("no error at line %s: %s", want, g)
		}
	}
}

// A contact typed with ": " inside (联系人: 陈晓) is a syntax error in the
// header; the report is still read, without it, for check's rules.
func TestBrokenContactHidesNoEntry(t *testing.T) {
	text := "unit: a-org\nperiod: 2019Q2\nsubmitted: 2019-07-01\ncontact: 联系人: 陈晓\nentries:\n  - task: 1\n    status: 未启动\n    summary: 已开展。\n  - task: 2\n    status: 未启动\n    summary: 已开展。\n"
	o := decodeOne(job{file: "r.yaml", kind: kindReport, dir: "2019Q2", base: "a-org"}, []byte(text), nil, false)
	if !o.CheckOnly || o.Report == nil || len(o.Report.Entries) != 2 || len(o.left) != 0 {
		t.Fatalf("want a check-only report of both entries, got %+v (left %v)", o.Report, o.left)
	}
	if g := strings.Join(got(t, text), ", "); g != "4:13 "+diag.YAMLSyntax {
		t.Errorf("got %s", g)
	}
}

// A quote or bracket never closed is said where it opens, with what to
// type: the parser said only that the file ended inside it, at the line's
// first column.
func TestNeverClosedSaidWhereItOpens(t *testing.T) {
	for _, c := range []struct {
		name, text, at, says string
	}{
		{"quote in the header", "unit: \"a-org\nperiod: 2019Q2\nsubmitted: 2019-07-01\nentries:\n  - task: 1\n    status: 推进中\n", "1:7", "unit 的值以英文引号 \" 开头"},
		{"single quote", "unit: a-org\nperiod: 2019Q2\nsubmitted: '2019-07-01\nentries:\n  - task: 1\n", "3:12", "补上 '"},
		{"bracket in an entry", head + "    status: 推进中\n    summary: [已完成调研\n", "7:14", "补上 ]"},
		// The bracket closes inside a quote that never does: a ] added
		// would not mend it (probe 4, F7).
		{"quote in a list item", head + "    status: 推进中\n    summary: 已完成。\n    evidence:\n      - \"a.pdf\n", "9:9", "这一列表项以英文引号 \" 开头"},
		// The quote pairs with one on a later line: the parser complained
		// of indentation there (probe 4, F8).
		{"quote closed lines later", head + "    status: 推进中\n    summary: \"制定方案\n    next: 9月\"启动\n    progress: 60\n", "7:14", "第 8 行的“next:”也被读进了引号里"},
		{"quote in a bracket", head + "    status: 推进中\n    evidence: [\"a.pdf, b.pdf]\n", "7:16", "值里的英文引号 \" 没有配对"},
	} {
		t.Run(c.name, func(t *testing.T) {
			o := decodeOne(job{file: "r.yaml", kind: kindReport, dir: "2019Q2", base: "a-org"}, []byte(c.text), nil, false)
			var found bool
			for _, d := range o.Diags.Items {
				if d.Rule == diag.YAMLSyntax {
					found = true
					if at := fmt.Sprintf("%d:%d", d.Pos.Line, d.Pos.Col); at != c.at || !strings.Contains(d.Message.Zh, c.says) {
						t.Errorf("said at %s: %s; want at %s, saying %q", at, d.Message.Zh, c.at, c.says)
					}
				}
			}
			if !found {
				t.Errorf("no syntax error: %+v", o.Diags.Items)
			}
		})
	}
}
