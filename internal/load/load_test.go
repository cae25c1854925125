package load_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"tally/internal/testrepo"
	"testing"
	"testing/fstest"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"

	"tally/internal/diag"
	"tally/internal/load"
	"tally/internal/model"
)

func baseFS(t *testing.T) fstest.MapFS { return testrepo.Base() }

const report = "reports/2019Q2/a-org.yaml"

func only(t *testing.T, res *load.Result, file string, rule string, line int) diag.Diagnostic {
	t.Helper()
	if len(res.Diags.Items) != 1 {
		t.Fatalf("want one diagnostic, got %d: %+v", len(res.Diags.Items), res.Diags.Items)
	}
	d := res.Diags.Items[0]
	if d.File != file || d.Rule != rule || d.Pos.Line != line {
		t.Fatalf("got %s:%d %s, want %s:%d %s (%s)", d.File, d.Pos.Line, d.Rule, file, line, rule, d.Message.Zh)
	}
	if !res.Repo.Invalid[file] {
		t.Errorf("%s should be marked invalid", file)
	}
	return d
}

func TestGBKFileNamesTheFix(t *testing.T) {
	fsys := baseFS(t)
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(fsys[report].Data)
	if err != nil {
		t.Fatal(err)
	}
	fsys[report] = &fstest.MapFile{Data: gbk}
	res := load.Load(fsys)
	d := only(t, res, report, diag.NotUTF8, 6)
	if !strings.Contains(d.Message.Zh, "tally fmt --from gbk "+report) {
		t.Errorf("message should give the command: %s", d.Message.Zh)
	}
	if d.Pos.Col != 13 {
		t.Errorf("column %d, want 13 (the first Chinese character)", d.Pos.Col)
	}
}

func TestInvalidUTF8NotGBK(t *testing.T) {
	fsys := baseFS(t)
	fsys[report] = &fstest.MapFile{Data: []byte("unit: a-org\nperiod: \xff\xfe\xff\n")}
	d := only(t, load.Load(fsys), report, diag.NotUTF8, 2)
	if strings.Contains(d.Message.Zh, "GBK") {
		t.Errorf("random bytes are not GBK: %s", d.Message.Zh)
	}
}

func TestBOMAndCRLFLoadLikeLF(t *testing.T) {
	plain := load.Load(baseFS(t))
	fsys := baseFS(t)
	for name, f := range fsys {
		data := bytes.ReplaceAll(f.Data, []byte("\n"), []byte("\r\n"))
		fsys[name] = &fstest.MapFile{Data: append([]byte("\xef\xbb\xbf"), data...)}
	}
	got := load.Load(fsys)
	if len(got.Diags.Items) != 0 {
		t.Fatalf("BOM and CRLF should be accepted: %+v", got.Diags.Items)
	}
	// The data is the same, and so is the fingerprint of the meaning, which
	// a review records; only the fingerprint of the bytes (which older
	// reviews recorded) differs, as the bytes do.
	for i, r := range got.Repo.Reports {
		if r.Hash != plain.Repo.Reports[i].Hash {
			t.Errorf("%s: BOM and CRLF change the fingerprint of the meaning", r.File)
		}
		if r.BytesHash == plain.Repo.Reports[i].BytesHash {
			t.Errorf("%s: the same hash for different bytes", r.File)
		}
		r.BytesHash = plain.Repo.Reports[i].BytesHash
	}
	if !reflect.DeepEqual(plain.Repo, got.Repo) {
		t.Errorf("BOM+CRLF repo differs from LF repo")
	}
}

func TestNULIsBinary(t *testing.T) {
	fsys := baseFS(t)
	fsys[report] = &fstest.MapFile{Data: []byte("unit: a-org\n\x00\x01\x02")}
	only(t, load.Load(fsys), report, diag.BinaryFile, 2)
}

func TestTooLarge(t *testing.T) {
	fsys := baseFS(t)
	fsys[report] = &fstest.MapFile{Data: bytes.Repeat([]byte("# padding\n"), load.MaxFileSize/10+1)}
	only(t, load.Load(fsys), report, diag.TooLarge, 1)
}

func TestSymlinkOutOfRootIsNotFollowed(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	for name, f := range baseFS(t) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	secret := filepath.Join(outside, "secret.yaml")
	os.WriteFile(secret, []byte("unit: b-org\nperiod: 2019Q2\nentries: []\n"), 0o644)
	if err := os.Symlink(secret, filepath.Join(dir, "reports/2019Q2/b-org.yaml")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	// A link inside the root is followed.
	if err := os.Symlink("a-org.yaml", filepath.Join(dir, "reports/2019Q2/alias.yaml")); err != nil {
		t.Fatal(err)
	}
	res := load.Load(os.DirFS(dir))
	var rules []string
	for _, d := range res.Diags.Items {
		rules = append(rules, d.File+" "+d.Rule)
	}
	if !reflect.DeepEqual(rules, []string{"reports/2019Q2/b-org.yaml R109"}) {
		t.Fatalf("diagnostics: %v", rules)
	}
	for _, r := range res.Repo.Reports {
		if r.Base == "b-org" {
			t.Fatal("the link out of the root was read")
		}
	}
	if len(res.Repo.Reports) != 2 {
		t.Errorf("want the report and its in-root alias, got %d reports", len(res.Repo.Reports))
	}
}

func TestPositionsAndValues(t *testing.T) {
	res := load.Load(baseFS(t))
	if len(res.Diags.Items) > 0 {
		t.Fatal(res.Diags.Items)
	}
	r := res.Repo.Reports[0]
	e := r.Entries[0]
	if e.Task != "1" || e.Status != model.InProgress || e.Progress != 40 || e.Summary != "已开展。" {
		t.Errorf("entry: %+v", e)
	}
	if p := e.At.Of("status"); p.Line != 6 || p.Col != 13 || p.Len != 3 {
		t.Errorf("status position %+v, want 6:13 len 3", p)
	}
	if len(e.Values) != 1 || e.Values[0].Target != "sites" || e.Values[0].Value != 3 {
		t.Errorf("values %+v", e.Values)
	}
	if res.Repo.Tasks[0].ID != "01" || res.Repo.Tasks[1].Milestones[0].Text != "完成第一阶段" {
		t.Errorf("tasks %+v", res.Repo.Tasks)
	}
	if res.Repo.Plan.Warn != model.DefaultWarn {
		t.Errorf("warn defaults: %+v", res.Repo.Plan.Warn)
	}
}

func TestSuggest(t *testing.T) {
	fields := []string{"task", "status", "progress", "summary", "problems", "next", "values"}
	for in, want := range map[string]string{"stauts": "status", "progres": "progress", "Summary": "summary", "xyz": "", "nxet": "next"} {
		if got := load.Suggest(in, fields); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", in, got, want)
		}
	}
	// As near one period as another: no guess (it named 2019Q2 for 2019Q5).
	periods := []string{"2019Q2", "2019Q3", "2019Q4"}
	for in, want := range map[string]string{"2019Q5": "", "2019q3": "2019Q3", "2019Q03": "2019Q3"} {
		if got := load.Suggest(in, periods); got != want {
			t.Errorf("Suggest(%q, periods) = %q, want %q", in, got, want)
		}
	}
}

// utf16 encodes s as Windows Notepad's "Unicode" (little-endian) or
// "Unicode big endian", with or without the byte order mark.
func utf16Bytes(s string, big, bom bool) []byte {
	var out []byte
	put := func(u uint16) {
		if big {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	if bom {
		put(0xFEFF)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		put(u)
	}
	return out
}

func TestUTF16FileNamesTheFix(t *testing.T) {
	for _, c := range []struct {
		name     string
		big, bom bool
	}{{"little-endian with BOM", false, true}, {"little-endian", false, false}, {"big-endian with BOM", true, true}, {"big-endian", true, false}} {
		t.Run(c.name, func(t *testing.T) {
			fsys := baseFS(t)
			text := string(fsys[report].Data) + "# 𠀀 beyond the BMP\n"
			fsys[report] = &fstest.MapFile{Data: utf16Bytes(text, c.big, c.bom)}
			d := only(t, load.Load(fsys), report, diag.NotUTF8, 1)
			if !strings.Contains(d.Message.Zh, "UTF-16") || !strings.Contains(d.Message.Zh, "tally fmt "+report) {
				t.Errorf("message should name UTF-16 and the command: %s", d.Message.Zh)
			}
			got, ok := load.FromUTF16(fsys[report].Data)
			if !ok || string(got) != text {
				t.Errorf("FromUTF16 = %q, %v; want the original text", got, ok)
			}
		})
	}
}

func TestBinaryIsNotTakenForUTF16(t *testing.T) {
	for _, b := range [][]byte{
		{0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00}, // a zip (docx, xlsx)
		utf16Bytes("a: 1\x00\n", false, true),                                    // NUL characters
		utf16Bytes("a: \U00010000", false, false)[:8],                            // a surrogate cut in half
		[]byte("plain text, no zeros at all\n"),
	} {
		if got, ok := load.FromUTF16(b); ok {
			t.Errorf("FromUTF16(% x) = %q: want not UTF-16", b, got)
		}
	}
}

// paddedReport is a report of almost load.MaxFileSize bytes, nearly all
// of it one line of text: a file each path may hold, quick to parse.
func paddedReport() []byte {
	head, tail := "unit: a-org\nperiod: 2019Q3\ncontact: ", "\nentries:\n  - task: 1\n    status: 推进中\n    summary: 进展\n"
	return []byte(head + strings.Repeat("x", load.MaxFileSize-len(head)-len(tail)) + tail)
}

// However many paths share one file's bytes (3,000 paths to one blob of a
// revision, 3,000 hard links), a load reads at most load.MaxTotalSize:
// the files past it, in listing order, are refused unread, the same ones
// every time.
func TestTotalBytesAreBounded(t *testing.T) {
	fsys := baseFS(t)
	big := paddedReport()
	for i := range 3000 {
		fsys[fmt.Sprintf("reports/2019Q3/u%04d.yaml", i)] = &fstest.MapFile{Data: big} // one array, 3,000 paths
	}
	var before int
	for name, f := range fsys {
		if load.IsData(name) && !strings.HasPrefix(name, "reports/2019Q3/") {
			before += len(f.Data)
		}
	}
	res := load.Load(fsys)
	admitted := (load.MaxTotalSize - before) / len(big)
	var refused []string
	for _, d := range res.Diags.Items {
		if d.Rule == diag.TooLarge {
			refused = append(refused, d.File)
		}
	}
	if len(refused) != 3000-admitted {
		t.Fatalf("%d files refused, want %d", len(refused), 3000-admitted)
	}
	if first := fmt.Sprintf("reports/2019Q3/u%04d.yaml", admitted); refused[0] != first {
		t.Errorf("the first refused is %s, want %s", refused[0], first)
	}
	for _, d := range res.Diags.Items {
		if d.Rule == diag.TooLarge && !strings.Contains(d.Message.Zh, "合计超过上限") {
			t.Fatalf("%s: %s", d.File, d.Message.Zh)
		}
	}
	// Showing where a refused file's diagnostic points must not read it
	// after all: check shows each diagnostic's line, and 3,000 files read
	// again for that ran a PC out of memory.
	if src := res.Source(refused[0]); src != nil {
		t.Errorf("Source(%s) read a file the budget left out (%d bytes)", refused[0], len(src))
	}
	if src := res.Source(fmt.Sprintf("reports/2019Q3/u%04d.yaml", admitted-1)); src == nil {
		t.Errorf("Source of an admitted file gives nothing")
	}
}

// The message of a missing field reads as a sentence: 任务 01 缺少必填字段
// title, with the space Chinese text puts after a number.
func TestMissingFieldMessageSpacing(t *testing.T) {
	fsys := baseFS(t)
	fsys["tasks/01.yaml"] = &fstest.MapFile{Data: []byte("section: 一\nowners:\n  - 市区组织部\n")}
	res := load.Load(fsys)
	for _, d := range res.Diags.Items {
		if d.Rule == diag.MissingField {
			if !strings.Contains(d.Message.Zh, " 01 缺少必填字段 title") {
				t.Errorf("message %q, want “任务 01 缺少必填字段 title”", d.Message.Zh)
			}
			return
		}
	}
	t.Fatalf("no %s among %+v", diag.MissingField, res.Diags.Items)
}

// directionAt finds exactly the controls render.Safe hides, wherever they
// stand, and nothing in ordinary Chinese text with its punctuation.
func TestDirectionAt(t *testing.T) {
	for s, want := range map[string]int{
		"一是完成调研“两委”——共3个…":   -1,
		"开展培训\u202e2期":       12,
		"\u2066共100人\u2069":  0,
		"标记\u200f":           6,
		"阿\u061c":            3,
		"“引号”\u061c后\u202e":  12,
		"“引号”\u202e后\u061c":  12,
		"\u2067":             0,
		"\u2065\u202f\u2028": -1,
	} {
		if got := load.DirectionAt(s); got != want {
			t.Errorf("DirectionAt(%q) = %d, want %d", s, got, want)
		}
	}
}

// R213 says where the control stands and which it is, in both languages.
func TestDirectionMessage(t *testing.T) {
	fsys := baseFS(t)
	fsys[report] = &fstest.MapFile{Data: []byte(strings.Replace(string(fsys[report].Data), "summary: ", "summary: 共\u202e", 1))}
	for _, d := range load.Load(fsys).Diags.Items {
		if d.Rule == diag.Direction {
			if !strings.Contains(d.Message.Zh, "第 2 个字处有看不见的方向控制字符 U+202E") || !strings.Contains(d.Message.En, "U+202E at character 2") {
				t.Errorf("R213 says %q / %q", d.Message.Zh, d.Message.En)
			}
			return
		}
	}
	t.Fatal("no R213")
}
