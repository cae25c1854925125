package load

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"tally/internal/gen"
	"tally/internal/testrepo"
)

// directJob is a report as the loader reads it when no review is for it:
// the only kind of file directReport reads.
var directJob = job{file: "reports/2019Q2/a-org.yaml", kind: kindReport, dir: "2019Q2", base: "a-org", noHash: true}

// directAgrees decodes raw as a report the direct way (with fd) and the
// node way (with fn), and fails t unless the two give the same outcome:
// the same report, field for field, position for position, and the same
// diagnostics in the same order. The direct decode reads a copy of raw
// that is overwritten before the comparison, so a value pointing into the
// file's bytes shows. It says whether the direct way read the file.
func directAgrees(t testing.TB, fd, fn *fastParser, name string, raw []byte, drop bool) bool {
	t.Helper()
	want, viaNodes := decodeFile(directJob, raw, fn, drop, false)
	if viaNodes {
		t.Fatalf("%s: decoded directly when told not to", name)
	}
	buf := bytes.Clone(raw)
	got, direct := decodeFile(directJob, buf, fd, drop, true)
	clear(buf)
	if direct && len(want.Diags.Items) > 0 {
		t.Fatalf("%s (dropping texts %v): read directly, but the node path says:\n%v\n%s", name, drop, want.Diags.Items, raw)
	}
	if !reflect.DeepEqual(got.Diags, want.Diags) {
		t.Fatalf("%s (dropping texts %v, direct %v): the diagnostics differ:\ndirect: %v\nnodes:  %v\n%s", name, drop, direct, got.Diags.Items, want.Diags.Items, raw)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s (dropping texts %v, direct %v): the reports differ:\ndirect: %+v\nnodes:  %+v\n%s", name, drop, direct, got.Report, want.Report, raw)
	}
	return direct
}

// testdataYAML is every YAML file under a testdata folder of the
// repository, those inside txtar archives (check's cases, the command
// scripts) included, by name.
func testdataYAML(t testing.TB) map[string][]byte {
	out := map[string][]byte{}
	root := testrepo.Root()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") && path != root || d.Name() == "node_modules" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.Contains(filepath.ToSlash(rel), "testdata/") {
			return nil
		}
		switch {
		case strings.HasSuffix(path, ".yaml"):
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			out[rel] = data
		case strings.HasSuffix(path, ".txtar"):
			ar, err := txtar.ParseFile(path)
			if err != nil {
				return err
			}
			for _, f := range ar.Files {
				if strings.HasSuffix(f.Name, ".yaml") {
					out[rel+":"+f.Name] = f.Data
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 100 {
		t.Fatalf("only %d YAML files under testdata", len(out))
	}
	return out
}

// generatedReports is the reports of a small generated repository.
func generatedReports(t testing.TB) map[string][]byte {
	dir := t.TempDir()
	if err := gen.Write(dir, gen.Options{Tasks: 12, Units: 40, Periods: 4, Seed: 7, Missing: 0.1}); err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	files, _ := filepath.Glob(filepath.Join(dir, "reports", "*", "*.yaml"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out["generated/"+filepath.Base(filepath.Dir(f))+"/"+filepath.Base(f)] = data
	}
	if len(out) < 100 {
		t.Fatalf("only %d generated reports", len(out))
	}
	return out
}

// reportEdits are changes a person makes to a report, each to the first
// place it fits: the ones the direct decode reads and the ones it must
// leave to the node path (a wrong status, an empty value, a repeated key,
// a comment after a value, …).
var reportEdits = [][2]string{
	{"status: 推进中", "status: 推进"}, {"status: 推进中", "status: 　推进中"}, {"status: 推进中", "status: 已完成"},
	{"status: 推进中", "status: done"}, {"status: 推进中", "status:"}, {"status: 推进中", "status: null"},
	{"status: 推进中", "status: \"推进中\""}, {"status: 推进中", "status: |\n      推进中"}, {"status: ", "stauts: "},
	{"progress: ", "progress: 1"}, {"progress: ", "progress: -"}, {"progress: ", "progress: +"}, {"progress: ", "progress: 0"},
	{"progress: ", "progress: \""}, {"progress: 6", "progress: ６"}, {"progress: ", "progress: ~ #"},
	{"progress: 60", "progress: null"}, {"progress: 60", "progress: ~"}, {"progress: 60", "progress: 60%"},
	{"progress: 60", "progress: 6.0"}, {"progress: 60", "progress: 0x3c"}, {"progress: 60", "progress:"},
	{"progress: 60", "progress: 100"}, {"progress: 60", "progress: 060"}, {"progress: 60", "progress: 1_0"},
	{"summary: ", "summary: \""}, {"summary: ", "summary:  "}, {"summary: ", "summary: \u202e"}, {"summary: ", "summary: \u061c"},
	{"summary: ", "summary: null\n    x: "}, {"summary: ", "summary: |\n      "}, {"summary: ", "summary: |-\n      "},
	{"summary: ", "summary: \"\"\n    s: "}, {"summary: ", "summary: ''\n    s: "}, {"summary: ", "summary: # "},
	{"summary: ", "summary: a #"}, {"summary: ", "summary:\n      "}, {"summary: ", "summary: \"a\\\"b\" "},
	{"summary: ", "summary: a: b "}, {"summary: ", "summary: [a] "}, {"summary: ", "summary: \u3000"},
	{"summary: ", "summary: \"  \"\n    s2: "}, {"summary: ", "summary: ~\n    s3: "}, {"summary:", "summary: ~\n    s4:"},
	{"next: ", "next: null\n    n2: "}, {"next: ", "next: \u200e"}, {"problems: ", "problems: |\n\n      "},
	{"task: ", "task: \u200b"}, {"task: ", "task:  "}, {"task: ", "task: \""}, {"task: ", "tasks: "},
	{"task: ", "task: null\n    t: "}, {"task: 1\n", "task: 1 \n"}, {"task: ", "task: 1.2\n    t2: "},
	{"unit: ", "unit: \u00ad"}, {"unit: ", "unit: \"a\"\n"}, {"unit: ", "unit:"}, {"unit: ", "unit: ~\n"},
	{"period: ", "period: \"2019Q2\"\n"}, {"period: ", "period:\n"}, {"period: ", "period: 2019Q2 \u200b"},
	{"submitted: ", "submitted: null\n"}, {"submitted: ", "submitted: ~\n"}, {"submitted: ", "submitted: 2019-13-40\n"},
	{"submitted: ", "submitted: \"2019-07-04\"\n"}, {"submitted: ", "submitted: 2019/07/04\n"}, {"submitted: ", "submitted:\n"},
	{"contact: ", "contact: null\n"}, {"contact: ", "contact: \"\"\n"}, {"contact: ", "contact:\n"}, {"contact: ", "contact: - a\n"},
	{"entries:\n", "entries: []\n"}, {"entries:\n", "entries:\n\n# c\n"}, {"entries:\n", "entries: # c\n"},
	{"entries:\n  - ", "entries:\n- "}, {"entries:\n  - ", "entries:\n    - "}, {"entries:\n  - ", "entries:\n  -   "},
	{"entries:\n  - ", "entries:\n  -\n    "}, {"entries:\n", "entries:\n  x: 1\n"}, {"entries:\n  - ", "entries:\n  - - "},
	{"\n    status", "\n     status"}, {"\n    status", "\n   status"}, {"\n    summary", "\n\tsummary"},
	{"\n    next", "\n    values:\n      a: 1\n    next"}, {"\n    next", "\n    evidence:\n      - a.pdf\n    next"},
	{"\n    next", "\n    extension:\n      to: 2019-12-31\n      reason: x\n    next"},
	{"\n    status: ", "\n    status: 推进中\n    status: "}, {"\nperiod", "\nunit: x\nperiod"}, {"\n  - task", "\n  - task: 9\n    task"},
	{"\nperiod", "\n# 注释\nperiod"}, {"\n    progress", "\n    # 注释\n    progress"}, {"\n    progress", "\n  # 注释\n    progress"},
	{"\n", "\r\n"}, {"unit", "\ufeffunit"}, {"\n", "   \n"}, {"\nentries", "\n---\nentries"}, {"\nentries", "\n...\nentries"},
	{"\nperiod", "\n" + strings.Repeat(" ", 300) + "x: 1\nperiod"}, {"\nperiod", "\n&a period"}, {"\nperiod", "\n\"period\""},
	{"\nperiod", "\nPeriod"}, {"\nperiod", "\n  period"}, {"\nperiod", "\nperiod: 2019Q2\nperiod"}, {"\nentries", "\nextra: 1\nentries"},
}

// mutations are the reports' edits of text (and text without its last
// line break, and with an entry more), then each line of text
// left out, doubled and indented by one more space (byLine).
func mutations(text []byte, byLine bool) [][]byte {
	out := [][]byte{bytes.TrimSuffix(text, []byte("\n")), append(bytes.Clone(text), "entries:\n  - task: 1\n    status: 推进中\n"...)}
	for _, e := range reportEdits {
		if bytes.Contains(text, []byte(e[0])) {
			out = append(out, bytes.Replace(text, []byte(e[0]), []byte(e[1]), 1))
		}
	}
	if !byLine {
		return out
	}
	lines := bytes.SplitAfter(text, []byte("\n"))
	for i := range lines {
		join := func(l ...[]byte) []byte {
			var b []byte
			for _, x := range append(append(append([][]byte{}, lines[:i]...), l...), lines[i+1:]...) {
				b = append(b, x...)
			}
			return b
		}
		out = append(out, join(), join(lines[i], lines[i]), join(append([]byte(" "), lines[i]...)))
	}
	return out
}

// Every YAML file under testdata (read as a report), every report of a
// generated repository and thousands of edits of both: the direct decode
// gives what the node path gives, or leaves the file to it. It must read
// every generated report (they are clean) and the edits that leave a
// report clean, or it buys nothing.
func TestDirectReportAsNodes(t *testing.T) {
	files := testdataYAML(t)
	generated := generatedReports(t)
	for name, data := range generated {
		files[name] = data
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	var fd, fn fastParser // one of each for all files, as a loader worker has
	read, total, mutated, mutatedRead, others := 0, 0, 0, 0, 0
	for _, name := range names {
		data := files[name]
		clean := true
		for _, drop := range []bool{false, true} {
			direct := directAgrees(t, &fd, &fn, name, data, drop)
			if _, ok := generated[name]; ok && !direct {
				t.Errorf("%s: a generated report is not read directly", name)
			}
			clean = clean && direct
			total++
			if direct {
				read++
			}
		}
		if !bytes.Contains(data, []byte("entries:")) {
			continue
		}
		if _, ok := generated[name]; ok && !strings.HasSuffix(name, "/u00020.yaml") {
			continue // a few of them: their lines are alike
		}
		_, gen := generated[name]
		record := gen || strings.Contains(name, "testdata/bundled/")
		if !record {
			others++
		}
		for i, m := range mutations(data, clean && record) { // each line of the clean reports of record
			if !record && (i+others)%3 != 0 {
				continue // of the others, a third of the edits by hand, in turn (FuzzDirectReport has them all)
			}
			direct := directAgrees(t, &fd, &fn, name+" edited "+strconv.Itoa(i), m, i%2 == 0)
			if clean {
				mutated++
				if direct {
					mutatedRead++
				}
			}
		}
	}
	t.Logf("%d of %d files read directly; %d of %d edits of those", read, total, mutatedRead, mutated)
	if read < len(generated) || mutatedRead < mutated/10 || mutatedRead > mutated*9/10 {
		t.Errorf("%d of %d files, %d of %d edits of those read directly: the test does not test what it says", read, total, mutatedRead, mutated)
	}
}

// The direct decode and the node path agree on any bytes: the same
// report and the same diagnostics, or the file left to the node path.
func FuzzDirectReport(f *testing.F) {
	files := testdataYAML(f)
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		f.Add(files[name], false)
		if bytes.Contains(files[name], []byte("entries:")) {
			for i, m := range mutations(files[name], true) {
				if i%7 == 0 { // a sample: the test above takes every one
					f.Add(m, true)
				}
			}
		}
	}
	var fd, fn fastParser
	f.Fuzz(func(t *testing.T, data []byte, drop bool) {
		directAgrees(t, &fd, &fn, "input", data, drop)
	})
}

// BenchmarkDecodeReports decodes the province's reports from memory on one
// core, as a loader worker does after reading them (check's and the
// ledger's commands: no texts, no fingerprints): the direct way, and the
// node way (the fast parser's tree, then decodeReport).
func BenchmarkDecodeReports(b *testing.B) {
	dir, err := gen.Cached(gen.Province)
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "reports", "*", "*.yaml"))
	raws := make([][]byte, len(files))
	size := 0
	for i, f := range files {
		if raws[i], err = os.ReadFile(f); err != nil {
			b.Fatal(err)
		}
		size += len(raws[i])
	}
	for _, direct := range []bool{true, false} {
		name := "nodes"
		if direct {
			name = "direct"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			var fp fastParser
			for i := 0; i < b.N; i++ {
				for _, raw := range raws {
					if o, _ := decodeFile(directJob, raw, &fp, true, direct); o.Report == nil || len(o.Diags.Items) > 0 {
						b.Fatal("a report of the province does not decode cleanly")
					}
				}
			}
		})
	}
}

// blank answers as strings.TrimSpace(s) == "" for a text starting with
// any character below U+3100 (all of unicode.IsSpace's among them), with
// or without more after it.
func TestBlankAsTrimSpace(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		for _, rest := range []string{"", " ", "\u3000", "x", "完成", " \u00a0\u2028"} {
			s := string(r) + rest
			if got, want := blank(s), strings.TrimSpace(s) == ""; got != want {
				t.Fatalf("blank(%q) = %v, want %v", s, got, want)
			}
		}
	}
	if !blank("") || blank("\xff") || blank("\x85") {
		t.Fatal("blank of an empty text or a stray byte")
	}
}

// plainDecimal answers as the trimming of signs and digits it replaced.
func TestPlainDecimalAsTrim(t *testing.T) {
	old := func(s string) bool {
		s = strings.TrimLeft(s, "+-")
		if s == "" || (len(s) > 1 && s[0] == '0') {
			return false
		}
		return strings.Trim(s, "0123456789") == ""
	}
	for _, s := range []string{"", "0", "00", "7", "40", "100", "010", "+5", "-5", "+-5", "-+0", "--", "+", "1_000", "0x1F", "6.0",
		"1e3", " 5", "5 ", "٣", "１２", "99999999999999999999", "-0", "+00", "12a", "a12"} {
		if got, want := plainDecimal(s), old(s); got != want {
			t.Errorf("plainDecimal(%q) = %v, want %v", s, got, want)
		}
	}
}

// DESIGN §8's limits hold on the direct way as on the node way: a report
// of more nodes than MaxNodes is refused as too complex, with brackets
// or indentation deep enough for depthProblem to look, in comments and
// texts, the same as the node path says.
func TestDirectReportLimits(t *testing.T) {
	entry := "  - task: 1\n    status: 推进中\n    progress: 40\n    summary: 已开展。\n"
	head := "unit: a-org\nperiod: 2019Q2\nsubmitted: 2019-07-01\nentries:\n"
	big := head + strings.Repeat(entry, MaxNodes/8)
	var fd, fn fastParser
	if directAgrees(t, &fd, &fn, "over MaxNodes", []byte(big), true) {
		t.Fatal("a report over MaxNodes read directly")
	}
	if o, _ := decodeFile(directJob, []byte(big), &fn, true, true); len(o.Diags.Items) != 1 || o.Diags.Items[0].Rule != "R110" || o.Report != nil {
		t.Fatalf("over MaxNodes: %v", o.Diags.Items)
	}
	under := head + strings.Repeat(entry, MaxNodes/10)
	if !directAgrees(t, &fd, &fn, "under MaxNodes", []byte(under), true) {
		t.Fatal("a report under MaxNodes not read directly")
	}
	for name, text := range map[string]string{
		"brackets in a comment": head + "# " + strings.Repeat("[", MaxDepth+1) + "\n" + entry,
		"brackets in a text":    head + entry + "    next: \"" + strings.Repeat("{", MaxDepth+1) + "\"\n",
		"a few brackets":        head + entry + "    next: \"" + strings.Repeat("[", MaxDepth/2) + "\"\n",
		"a deep comment":        head + entry + strings.Repeat(" ", 4*MaxDepth+1) + "# 注释\n",
		"a deep blank line":     head + entry + strings.Repeat(" ", 4*MaxDepth+1) + "\n",
		"a document marker":     head + entry + "---\n",
		"an end marker":         head + entry + "...\n",
	} {
		directAgrees(t, &fd, &fn, name, []byte(text), false)
	}
}
