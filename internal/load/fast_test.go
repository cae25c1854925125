package load

import (
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing/fstest"

	"bytes"
	"fmt"
	"tally/internal/gen"
	"tally/internal/testrepo"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// sameNodes describes the first difference between two trees in what the
// loader reads of a node, or returns "".
func sameNodes(path string, a, b *yaml.Node) string {
	if a.Kind != b.Kind || a.Style != b.Style || a.Tag != b.Tag || a.Value != b.Value ||
		a.Line != b.Line || a.Column != b.Column || a.Anchor != b.Anchor || (a.Alias == nil) != (b.Alias == nil) ||
		len(a.Content) != len(b.Content) {
		return fmt.Sprintf("%s: library {kind %d style %d tag %s value %q at %d:%d, %d children}, fast {kind %d style %d tag %s value %q at %d:%d, %d children}",
			path, a.Kind, a.Style, a.Tag, a.Value, a.Line, a.Column, len(a.Content), b.Kind, b.Style, b.Tag, b.Value, b.Line, b.Column, len(b.Content))
	}
	for i := range a.Content {
		if d := sameNodes(fmt.Sprintf("%s/%d", path, i), a.Content[i], b.Content[i]); d != "" {
			return d
		}
	}
	return ""
}

// agree checks that when the fast parser reads text, the library reads it
// and builds the same tree.
func agree(t testing.TB, name string, text []byte) bool {
	return agreeWith(t, new(fastParser), name, text)
}

func agreeWith(t testing.TB, p *fastParser, name string, text []byte) bool {
	fast, ok := p.parse(text)
	if !ok {
		return false
	}
	var doc yaml.Node
	if err := safeUnmarshal(text, &doc); err != nil {
		t.Fatalf("%s: the fast parser read what the library refuses (%v):\n%s", name, err, text)
	}
	if len(doc.Content) != 1 {
		t.Fatalf("%s: the fast parser read a document the library sees as %d nodes:\n%s", name, len(doc.Content), text)
	}
	if d := sameNodes("", doc.Content[0], fast); d != "" {
		t.Fatalf("%s: the parsers disagree at %s\n%s", name, d, text)
	}
	// The node limit (MaxNodes) trusts the parser's count of its tree.
	if n := countNodes(fast); p.nodes() != n {
		t.Fatalf("%s: the fast parser counts %d nodes in a tree of %d\n%s", name, p.nodes(), n, text)
	}
	return true
}

func countNodes(n *yaml.Node) int {
	c := 1
	for _, k := range n.Content {
		c += countNodes(k)
	}
	return c
}

// The layouts tally writes, each of which the fast parser must read (so a
// change that makes it give up on them shows here, not only in `make bench`)
// and read as the library does.
var fastReads = []string{
	"unit: a-org\nperiod: 2019Q2\nsubmitted: 2019-07-04\nentries:\n  - task: 1\n    status: 推进中\n    progress: 60\n    summary: 制定方案。\n\n  - task: \"1.2\"\n    status: 已完成\n",
	"# 示例数据\n# yaml-language-server: $schema=../../schema/report.schema.json\nunit: a-org\n\n# 本期\nentries:\n  # first\n  - task: 3\n    # inside\n    status: done\n",
	"section: \"1\"\ntitle: 标题\nbody: |\n  第一行\n\n  # 不是注释\n    缩进更深\n\nowners:\n  - 市委组织部\n  - 各县（市、区）党委组织部\n",
	"body: |-\n  a\n  b\n\n\nnext: x\n",
	"body: |\n\n  leading blank\nx: 1\n",
	"list:\n- a\n- b\nafter: 1\n",
	"nested:\n  deeper:\n    deepest: v\n  back: 2\ntop: 3\n",
	"k: y\nn: null\nt: true\nf: 1.5\ni: 0x1F\nd: 2019-09-30\nts: 2019-09-30T10:00:00Z\ne: ~\ns: yes\nm: a:b\nc: 你好,世界\nq: \"\"\n",
	"k: v   \nk2: \"quoted\"  \n",
	"a: 1\n      # a comment deeper than anything\nb: 2\n",
	"emoji: 已完成 😀 𠀀\n",
	"a:\n  -   b: 1\n      c: 2\n  - d\n",
}

func TestFastParserReadsWhatTallyWrites(t *testing.T) {
	for i, text := range fastReads {
		if !agree(t, fmt.Sprint("case ", i), []byte(text)) {
			t.Errorf("case %d: the fast parser gave up on a layout tally writes:\n%s", i, text)
		}
	}
}

// A parser that reads file after file, as the loader's workers do, reuses
// its memory and still builds each tree right.
func TestFastParserReusedReadsEachFileRight(t *testing.T) {
	var p fastParser
	for round := 0; round < 3; round++ {
		for i := range fastReads {
			j := (i*7 + round) % len(fastReads)
			if !agreeWith(t, &p, fmt.Sprint("case ", j), []byte(fastReads[j])) {
				t.Fatalf("case %d not read", j)
			}
		}
	}
	big := strings.Repeat("- k: v\n  n: 1\n", 2000)
	if !agreeWith(t, &p, "big", []byte("a:\n"+big)) || !agreeWith(t, &p, "small after big", []byte(fastReads[0])) {
		t.Fatal("not read")
	}
}

// Layouts the fast parser leaves to the library: each is either outside
// its subset or an error, and whichever it is, the library must decide.
var fastGivesUp = []string{
	"a: [1, 2]\n", "a: {b: 1}\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "--- \na: 1\n", "a: 1\n...\n",
	"a: \"x\\ny\"\n", "a: 'x'\n", "a: >\n  folded\n", "a: |+\n  keep\n\n", "a: |2\n   x\n", "a: | # c\n  x\n",
	"a: b\n  c\n", "a: b # c\n", "a: b: c\n", "a:\n", "a:\nb: 1\n", "- a\n", "a: 1\n - b\n", "a:\n  - b\n  c: 1\n",
	"a: |\n  x\n   \n  y\n", "a: |\n   \n  x\n", "a: |\nb: 1\n", "a:\tb\n", "a: \x01\n", "a: \u2028\n",
	"\"a\": 1\n", "a-b: 1\n", "a: -1\n", "a: \"x\" y\n", "a: \"x\n  y\"\n",
	"a:\n  b: 1\n c: 2\n", "a:\n    b: 1\n  c: 2\n", "? a\n: 1\n", "%YAML 1.2\n---\na: 1\n", "a: 1\n\nb:\n",
}

func TestFastParserGivesUp(t *testing.T) {
	for _, text := range fastGivesUp {
		if _, ok := fastParse([]byte(text)); ok {
			t.Errorf("the fast parser read %q; it should leave it to the library", text)
		}
	}
}

var fuzzParser fastParser

// Whatever the fast parser reads, the library reads the same way.
func FuzzFastParse(f *testing.F) {
	for _, s := range fastReads {
		f.Add([]byte(s))
	}
	for _, s := range fastGivesUp {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		if !utf8.Valid(text) || bytes.ContainsAny(text, "\r\x00") || bytes.HasPrefix(text, []byte("\uFEFF")) {
			return // Normalize refuses or rewrites these before parsing
		}
		agreeWith(t, &fuzzParser, "input", text) // one parser for all inputs, as a loader worker has
	})
}

// Loading gives the same model and the same diagnostics with the fast
// parser as without it: on the bundled data, on a generated repository,
// and on copies with errors in them.
func TestFastParserChangesNoResult(t *testing.T) {
	dir := t.TempDir()
	if err := gen.Write(dir, gen.Options{Tasks: 12, Units: 150, Periods: 4, Seed: 3, Missing: 0.1}); err != nil {
		t.Fatal(err)
	}
	generated := os.DirFS(dir)
	broken := testrepo.Bundled()
	for name, f := range broken {
		if strings.HasPrefix(name, "reports/") {
			data := bytes.Replace(f.Data, []byte("progress: "), []byte("progress: 1"), 1)
			data = bytes.Replace(data, []byte("status: "), []byte("status: x"), 1)
			broken[name] = &fstest.MapFile{Data: append(data, "unknown: |\n  text\n"...)}
		}
	}
	for name, fsys := range map[string]fs.FS{"bundled": testrepo.Bundled(), "generated": generated, "broken": broken} {
		want := LoadWith(fsys, Options{LibraryOnly: true})
		got := Load(fsys)
		if len(want.Repo.Reports) == 0 || (name == "broken") != (len(want.Diags.Items) > 0) {
			t.Fatalf("%s: %d reports, %d diagnostics", name, len(want.Repo.Reports), len(want.Diags.Items))
		}
		if !reflect.DeepEqual(got.Repo, want.Repo) {
			t.Errorf("%s: the fast parser changes the model", name)
		}
		if !reflect.DeepEqual(got.Diags, want.Diags) {
			t.Errorf("%s: the fast parser changes the diagnostics:\nwith:    %v\nwithout: %v", name, got.Diags.Items, want.Diags.Items)
		}
	}
}

// plainTag answers some scalars without the library's resolver: its
// answer must be the library's for every one of them.
func TestPlainTagAsLibrary(t *testing.T) {
	for _, s := range []string{"", "0", "7", "30", "100", "010", "09", "-5", "+5", "1_000", "123456789012345678", "1234567890123456789",
		"99999999999999999999", "2024", "2024-04-03", "2024-4-3", "2024-02-30", "2023-02-29", "2024-02-29", "0000-01-01", "2024-13-01",
		"2024-04-03x", "2024-04-0", "1e3", "1.5", ".5", "yes", "no", "null", "~", "true", "推进中", "summary", "<<", "0x1F", "0o17",
		"2024Q3", "2019q2", "1号", "3月底", "0b101", "0B101", "1_0", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10", "2001-12-14T21:59:43Z",
		"1e", "12 34", "1:20", "0xG", "9ab", "1.2.3", "15.2", "0.5%", "True", "TRUE", "tRUE", "false", "False", "FALSE", "falsey",
		"Null", "NULL", "nULL", "nul", "y", "Y", "n", "N", "on", "Off", "OFF", "task", "next", "town-01", "o", "truee", "t"} {
		n := &yaml.Node{Kind: yaml.ScalarNode, Value: s}
		if got, want := plainTag(n), n.ShortTag(); got != want {
			t.Errorf("%q: %s, the library says %s", s, got, want)
		}
	}
}

// FuzzPlainTag: whatever a plain scalar holds, its tag is the library's.
func FuzzPlainTag(f *testing.F) {
	for _, s := range []string{"2024Q3", "2024-04-03", "0x1F", "1e3", "+.inf", "15.2", "1号", "True", "null", "task"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := &yaml.Node{Kind: yaml.ScalarNode, Value: s}
		if got, want := plainTag(n), n.ShortTag(); got != want {
			t.Errorf("%q: %s, the library says %s", s, got, want)
		}
	})
}

// DropTexts changes nothing but the entries' texts, each kept as
// DroppedText or blank as it was: the same diagnostics, the same model.
func TestDropTextsChangesOnlyTexts(t *testing.T) {
	broken := testrepo.Bundled()
	for name, f := range broken {
		if strings.HasPrefix(name, "reports/") {
			data := bytes.Replace(f.Data, []byte("summary: "), []byte("summary:  \n    problems: "), 1)
			broken[name] = &fstest.MapFile{Data: data}
		}
	}
	for name, fsys := range map[string]fs.FS{"bundled": testrepo.Bundled(), "broken": broken} {
		want := Load(fsys)
		got := LoadWith(fsys, Options{DropTexts: true})
		if !reflect.DeepEqual(got.Diags, want.Diags) {
			t.Errorf("%s: dropping texts changes the diagnostics:\nwith:    %v\nwithout: %v", name, got.Diags.Items, want.Diags.Items)
		}
		for _, r := range want.Repo.Reports {
			for i := range r.Entries {
				e := &r.Entries[i]
				for _, s := range []*string{&e.Summary, &e.Problems, &e.Next} {
					if strings.TrimSpace(*s) != "" {
						*s = DroppedText
					}
				}
			}
		}
		if !reflect.DeepEqual(got.Repo, want.Repo) {
			t.Errorf("%s: dropping texts changes more than the texts", name)
		}
	}
}

// scanText, which finds the characters YAML refuses, says of a text it
// accepts what fastBytes says: the loader asks it in place of fastBytes.
func TestScanTextAsFastBytes(t *testing.T) {
	for _, s := range []string{"", "a: b\n", "a:\tb\n", "a: \u0085\n", "a: \u2028\n", "a: \u2029\n", "a: \ufeffb\n",
		"a: \u2027\u202a\n", "a: “引号”—\n", "a: \u00a0\n", "a: \u0080\n", "a: \x7f\n", "a: \x01\n", "a: \uffff\n", "a: \ufffe\n",
		"a: \ufffd\n", "\xe2\x80", "\xc2", "\xef\xbb", "x\t"} {
		checkScanText(t, []byte(s))
	}
}

func FuzzScanText(f *testing.F) {
	for _, s := range []string{"a: b\n", "a:\tb\n", "a: \u0085\n", "a: \u2028\n", "a: \ufeffb\n", "a: \uffff\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		if utf8.Valid(text) {
			checkScanText(t, text)
		}
	})
}

func checkScanText(t *testing.T, text []byte) {
	t.Helper()
	i, r, plain := scanText(text)
	if j, q := firstControlByBytes(text); i != j || r != q {
		t.Fatalf("%q: control at %d (%U), want %d (%U)", text, i, r, j, q)
	}
	if i < 0 && plain != fastBytes(text) {
		t.Fatalf("%q: plain %v, fastBytes %v", text, plain, fastBytes(text))
	}
}

// firstControlByBytes is the search for characters YAML refuses written
// out plainly, as the loader did it before scanText.
func firstControlByBytes(text []byte) (int, rune) {
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c < 0x20 && c != '\t' && c != '\n', c == 0x7f:
			return i, rune(c)
		case c == 0xc2 && i+1 < len(text) && text[i+1] >= 0x80 && text[i+1] <= 0x9f && text[i+1] != 0x85:
			return i, rune(text[i+1])
		case c == 0xef && i+2 < len(text) && text[i+1] == 0xbf && (text[i+2] == 0xbe || text[i+2] == 0xbf):
			return i, 0xfffe + rune(text[i+2]-0xbe)
		}
	}
	return -1, 0
}

// ReviewedHashes leaves out the fingerprints of the reports no review file
// is for, and changes nothing else: not the diagnostics, not a reviewed
// report's fingerprints (matching its review or not, a review without a
// fingerprint among them), not a report read under a wrong name.
func TestReviewedHashesChangeOnlyUnreviewed(t *testing.T) {
	fsys := testrepo.Bundled()
	reviewed := map[string]bool{}
	review := func(period, unit, report string) {
		fsys["reviews/"+period+"/"+unit+".yaml"] = &fstest.MapFile{Data: []byte("unit: " + unit + "\nperiod: " + period +
			report + "\nresult: 退回\ndate: 2019-07-09\nby: 督查科 李四\nreasons:\n  - text: 缺少会议纪要作为佐证\n")}
		reviewed["reports/"+period+"/"+unit+".yaml"] = true
	}
	full := Load(fsys)
	var units []string
	for _, r := range full.Repo.Reports {
		if r.Dir == "2019Q2" {
			units = append(units, r.Base)
		}
	}
	if len(units) < 3 {
		t.Fatalf("the bundled data has %d reports of 2019Q2", len(units))
	}
	review("2019Q2", units[0], "\nreport: 000000000000") // changed since
	review("2019Q2", units[1], "")                       // no fingerprint: an error, and matches nothing
	for _, r := range full.Repo.Reports {
		if r.Dir == "2019Q2" && r.Base == units[2] {
			review("2019Q2", units[2], "\nreport: "+r.Hash) // matches
		}
	}
	// A report under a name that is not its unit's is read to be checked.
	fsys["reports/2019Q2/"+units[2]+" (1).yaml"] = fsys["reports/2019Q2/"+units[2]+".yaml"]

	want := LoadWith(fsys, Options{DropTexts: true})
	got := LoadWith(fsys, Options{DropTexts: true, ReviewedHashes: true})
	if !reflect.DeepEqual(got.Diags, want.Diags) {
		t.Errorf("the diagnostics changed:\nwith:    %v\nwithout: %v", got.Diags.Items, want.Diags.Items)
	}
	kept, dropped := 0, 0
	for _, r := range append(want.Repo.Reports, want.CheckOnly...) {
		if reviewed[r.File] {
			kept++
			continue
		}
		if r.Hash == "" || r.BytesHash == "" {
			t.Fatalf("%s has no fingerprint in a full load", r.File)
		}
		r.Hash, r.BytesHash = "", ""
		dropped++
	}
	if kept != 3 || dropped == 0 {
		t.Fatalf("%d reviewed reports, %d not: the fixture is not what it says", kept, dropped)
	}
	if !reflect.DeepEqual(got.Repo, want.Repo) || !reflect.DeepEqual(got.CheckOnly, want.CheckOnly) {
		t.Errorf("ReviewedHashes changes more than the unreviewed reports' fingerprints")
	}
}

// plainScan answers in one pass what four searches and a look at the
// last byte answered, and counts characters as utf8.RuneCount does.
func TestPlainScanAsSearches(t *testing.T) {
	for _, s := range []string{"", "a", ":", "a:", "a:b", "a: b", "a #b", "a#b", "#", "[", "a]", "{x}", "十点:30", "十点: 30",
		"完成摸底排查，建立工作台账，完成摸底排查，建立工作台账。", "完成摸底排查，建立: 工作台账", "完成摸底排查 #建立", "完成摸底排查#建立",
		"“四个日子”党日活动按月开展[1]", "😀𠀀 emoji", "12345678:", "一二三:", "一二三 #", "abcdefgh #"} {
		checkPlainScan(t, []byte(s))
	}
}

func checkPlainScan(t *testing.T, b []byte) {
	n, ok := plainScan(b)
	want := !(bytes.Contains(b, []byte(": ")) || bytes.Contains(b, []byte(" #")) || (len(b) > 0 && b[len(b)-1] == ':') ||
		bytes.ContainsAny(b, "[]{}"))
	if ok != want || (ok && n != utf8.RuneCount(b)) {
		t.Fatalf("plainScan(%q) = %d, %v; want %d, %v", b, n, ok, utf8.RuneCount(b), want)
	}
	if c := runeCount(b); c != utf8.RuneCount(b) {
		t.Fatalf("runeCount(%q) = %d, want %d", b, c, utf8.RuneCount(b))
	}
}

func FuzzPlainScan(f *testing.F) {
	for _, s := range []string{"a: b", "完成摸底排查，建立工作台账。", "一二三 #x", "[a]", "x:"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if utf8.Valid(b) {
			checkPlainScan(t, b)
		}
	})
}
