package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/model"
)

// hostileText holds what a terminal would obey: an OSC 52 clipboard write,
// a window title, BEL, a CSI from C1, DEL, and a right-to-left override.
const hostileText = "任务\x1b]52;c;ZXZpbA==\x07\x1b]0;title\x1b\\\u009b31m\x7f\u202e完成\u2066x"

func noControls(t *testing.T, what, s string) {
	t.Helper()
	for _, r := range s {
		if r != '\n' && r != '\r' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) ||
			(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)) {
			t.Fatalf("%s passes %U to the terminal:\n%q", what, r, s)
		}
	}
}

func TestSafe(t *testing.T) {
	got := Safe(hostileText)
	noControls(t, "Safe", got)
	if !strings.Contains(got, "␛]52;c;ZXZpbA==␇") {
		t.Errorf("the escape is not shown: %q", got)
	}
	if n, m := len([]rune(got)), len([]rune(hostileText)); n != m {
		t.Errorf("%d characters became %d: columns would shift", m, n)
	}
	if s := "普通文字\n第二行"; Safe(s) != s {
		t.Errorf("plain text changed: %q", Safe(s))
	}
}

// Every text writer neutralizes controls: the table, Markdown, CSV and the
// diagnostics with their source excerpt.
func TestWritersNeutralizeControls(t *testing.T) {
	tbl := &Table{Head: []string{"标题\x1b[2J"}, Rows: [][]string{{hostileText}}}
	for _, f := range []Format{FormatTable, FormatMD, FormatCSV} {
		var b bytes.Buffer
		if err := tbl.Write(&b, f); err != nil {
			t.Fatal(err)
		}
		noControls(t, string(f), b.String())
	}
	var l diag.List
	l.Add("reports/2019Q2/a\x1b[31m.yaml", model.Pos{Line: 1, Col: 4, Len: 1}, diag.BadStatus, i18n.T("状态“\x1b]0;x\x07”无效\n伪造: error", "bad"))
	var b bytes.Buffer
	src := func(string) []byte { return []byte("ab\x1bc: \u202e推进中\n") }
	if err := Diagnostics(&b, l.Items, src, i18n.Zh); err != nil {
		t.Fatal(err)
	}
	noControls(t, "diagnostics", b.String())
	if lines := strings.Split(strings.TrimSpace(b.String()), "\n"); len(lines) != 3 || !strings.HasSuffix(lines[2], "   ^") {
		t.Errorf("a message broke its line, or the caret moved:\n%s", b.String())
	}
}

func TestMarkdownLoneCR(t *testing.T) {
	if got := MDEscape("一\r二\r\n三\n四"); got != "一<br>二<br>三<br>四" {
		t.Errorf("got %q", got)
	}
}

func TestSafeCellFormulas(t *testing.T) {
	for in, want := range map[string]string{
		"-2+3":             "'-2+3",
		"+86-759-2222222":  "'+86-759-2222222",
		"=1+1":             "'=1+1",
		"@SUM(A1)":         "'@SUM(A1)",
		"-5":               "-5",
		"+1.5":             "+1.5",
		"40":               "40",
		"--5":              "'--5",
		"-1e5":             "-1e5",
		"文字":               "文字",
		"a\x1b]52;c;x\x07": "a␛]52;c;x␇",
	} {
		if got := SafeCell(in); got != want {
			t.Errorf("SafeCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// Whatever the text, Safe lets no terminal control through, keeps the
// number of characters, and changes nothing twice.
func FuzzSafe(f *testing.F) {
	f.Add(hostileText)
	f.Add("普通文字\n第二行\t制表")
	f.Add("\xff\xfe\u009b\u2067")
	f.Fuzz(func(t *testing.T, s string) {
		got := Safe(s)
		noControls(t, "Safe", strings.ReplaceAll(got, "\r", "␍"))
		if strings.ContainsRune(got, '\r') {
			t.Fatalf("a CR passes: %q", got)
		}
		if n, m := len([]rune(got)), len([]rune(s)); n != m {
			t.Fatalf("%d characters became %d", m, n)
		}
		if Safe(got) != got {
			t.Fatalf("Safe is not settled on %q", got)
		}
		stream := string(SafeStream([]byte(s)))
		noControls(t, "SafeStream", strings.NewReplacer("\r\n", "\n", "\t", " ").Replace(stream))
		if strings.Contains(strings.ReplaceAll(stream, "\r\n", ""), "\r") {
			t.Fatalf("SafeStream passes a lone CR: %q", stream)
		}
		if string(SafeStream([]byte(stream))) != stream {
			t.Fatalf("SafeStream is not settled on %q", stream)
		}
	})
}

// SafeStream, the last step of all output, keeps what formats need (tabs,
// CR LF) and neutralizes the rest, a lone CR included.
func TestSafeStream(t *testing.T) {
	for in, want := range map[string]string{
		"a\tb\r\nc\n":   "a\tb\r\nc\n",
		"over\rwrite":   "over␍write",
		hostileText:     Safe(hostileText),
		"bad \xff byte": "bad \ufffd byte",
		"普通文字“引号”\r\n":  "普通文字“引号”\r\n",
	} {
		if got := string(SafeStream([]byte(in))); got != want {
			t.Errorf("SafeStream(%q) = %q, want %q", in, got, want)
		}
	}
}

// streamCleanByRunes is what SafeStream first asked of its text, one
// character at a time: streamClean must answer as it does.
func streamCleanByRunes(b []byte) bool {
	if !utf8.Valid(b) || bytes.ContainsFunc(b, func(r rune) bool { return r != '\t' && r != '\r' && unsafeRune(r) }) {
		return false
	}
	for i := bytes.IndexByte(b, '\r'); i >= 0; {
		if i+1 >= len(b) || b[i+1] != '\n' {
			return false
		}
		j := bytes.IndexByte(b[i+1:], '\r')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return true
}

// Every character safeRune changes, at the start, in the middle and at
// the end of a text, and its neighbours that it leaves alone.
func TestStreamCleanAsRunes(t *testing.T) {
	var texts []string
	for r := rune(0); r < 0x3000; r++ {
		for _, s := range []string{string(r), "任务" + string(r), string(r) + "完成", "a" + string(r) + "\n"} {
			texts = append(texts, s)
		}
	}
	texts = append(texts, "", "\r", "\r\n", "a\r\nb\r", "\xff", "\xc2", "\xe2\x80", "\xe2\x80\x8e", "\xed\xa0\x80",
		"\ufffd", "\U0001F600", hostileText, "普通文字“引号”…—\r\n")
	for _, s := range texts {
		if got, want := streamClean([]byte(s)), streamCleanByRunes([]byte(s)); got != want {
			t.Errorf("streamClean(%q) = %v, want %v", s, got, want)
		}
	}
}

// jsonClean answers as the question it replaced, one character at a
// time, for every character below U+3000 and the texts that end early.
func TestJSONCleanAsRunes(t *testing.T) {
	texts := []string{"", "\xff", "\xc2", "\xe2\x80", "\xe2\x80\x8e", "\xd8", "\ufffd", `{"a": "任务“引号”…"}`}
	for r := rune(0); r < 0x3000; r++ {
		texts = append(texts, string(r), `"任务`+string(r)+`"`, string(r)+"完成")
	}
	for _, s := range texts {
		if got, want := jsonClean([]byte(s)), !bytes.ContainsFunc([]byte(s), jsonEscaped); got != want {
			t.Errorf("jsonClean(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzStreamClean(f *testing.F) {
	f.Add([]byte(hostileText))
	f.Add([]byte("普通文字\r\n第二行\t制表\u200f\u061c\u0085"))
	f.Add([]byte("\xff\xfe\u009b\u2067\r"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := streamClean(b), streamCleanByRunes(b); got != want {
			t.Fatalf("streamClean(%q) = %v, want %v", b, got, want)
		}
		if got, want := jsonClean(b), !bytes.ContainsFunc(b, jsonEscaped); got != want {
			t.Fatalf("jsonClean(%q) = %v, want %v", b, got, want)
		}
	})
}

// JSON escapes what a terminal obeys or what reorders text as \u, and
// stays valid JSON that reads back as the same strings.
func TestJSONEscapesControls(t *testing.T) {
	in := map[string]string{"text": hostileText + "\u200f\u061c"}
	var b bytes.Buffer
	if err := JSON(&b, in); err != nil {
		t.Fatal(err)
	}
	noControls(t, "JSON", b.String())
	if strings.ContainsRune(b.String(), '\u200f') || strings.ContainsRune(b.String(), '\u061c') {
		t.Errorf("a bidi mark passes: %s", b.String())
	}
	var back map[string]string
	if err := json.Unmarshal(b.Bytes(), &back); err != nil || back["text"] != in["text"] {
		t.Errorf("%s reads back as %q (%v)", b.String(), back["text"], err)
	}
	if !strings.Contains(b.String(), `\u009b`) || !strings.Contains(b.String(), `\u202e`) || !strings.Contains(b.String(), `\u007f`) {
		t.Errorf("not escaped: %s", b.String())
	}
}

// A title with book-title marks inside is nested as Chinese writing nests
// them (walk 11: 关于《县《政府工作报告》确定的…》 in an issued brief).
func TestBookTitle(t *testing.T) {
	for in, want := range map[string]string{
		"2019年重点工作任务清单":             "《2019年重点工作任务清单》",
		"县《政府工作报告》确定的2021年重点工作责任分解": "《县〈政府工作报告〉确定的2021年重点工作责任分解》",
		"《重点工作任务清单》":                "《重点工作任务清单》",
		"《A》与《B》":                   "《〈A〉与〈B〉》",
	} {
		if got := BookTitle(in); got != want {
			t.Errorf("BookTitle(%q) = %q, want %q", in, got, want)
		}
	}
}
