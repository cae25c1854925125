package render

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

func sample() *Table {
	return &Table{
		Head:  []string{"编号", "任务", "进度", "note"},
		Rows:  [][]string{{"01", "扎实开展“不忘初心、牢记使命”主题教育", "45.5%", "a|b"}, {"16", "持续大力整顿软弱涣散基层党组织", "100%", "=HYPERLINK(\"x\")"}, {"2", "短", "-5", "@cmd\nnext"}},
		Wrap:  map[int]int{1: 16},
		Right: map[int]bool{2: true},
	}
}

// Every line of a text table has the same display width, so borders line
// up in a terminal, Chinese and curly quotes included.
func TestTableLinesUp(t *testing.T) {
	var b bytes.Buffer
	if err := sample().Write(&b, FormatTable); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	want := Width(lines[0])
	for i, l := range lines {
		if w := Width(l); w != want {
			t.Errorf("line %d is %d columns wide, want %d:\n%s", i, w, want, b.String())
		}
	}
	if !strings.Contains(b.String(), "扎实开展“不忘初  │") || !strings.Contains(b.String(), "心、牢记使命”主") {
		t.Errorf("text lost:\n%s", b.String())
	}
	if strings.Count(b.String(), "\n") < 7 {
		t.Errorf("long titles should wrap onto more lines:\n%s", b.String())
	}
}

func TestCSVForSpreadsheets(t *testing.T) {
	var b bytes.Buffer
	if err := sample().Write(&b, FormatCSV); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte("\xef\xbb\xbf")) {
		t.Fatal("no BOM: Excel would read the Chinese as ANSI")
	}
	rows, err := csv.NewReader(bytes.NewReader(b.Bytes()[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if rows[1][1] != "扎实开展“不忘初心、牢记使命”主题教育" {
		t.Errorf("Chinese not intact: %q", rows[1][1])
	}
	if rows[2][3] != `'=HYPERLINK("x")` || rows[3][3] != "'@cmd\nnext" {
		t.Errorf("formula-like cells must be neutralised: %q %q", rows[2][3], rows[3][3])
	}
	if rows[3][2] != "-5" {
		t.Errorf("a negative number stays a number: %q", rows[3][2])
	}
}

func TestMarkdownEscapes(t *testing.T) {
	var b bytes.Buffer
	if err := sample().Write(&b, FormatMD); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, `a\|b`) || !strings.Contains(out, "@cmd<br>next") {
		t.Errorf("pipes and newlines must be escaped:\n%s", out)
	}
	for i, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if n := strings.Count(strings.ReplaceAll(l, `\|`, ""), "|"); n != 5 {
			t.Errorf("row %d has %d cell borders, want 5: %s", i, n, l)
		}
	}
	if !strings.Contains(out, "| --- | --- | ---: | --- |") {
		t.Errorf("alignment row: %s", out)
	}
}

func TestSafeCell(t *testing.T) {
	for in, want := range map[string]string{"=1+1": "'=1+1", "+86 0759": "'+86 0759", "-": "'-", "-3.5": "-3.5", "+5": "+5", "正常": "正常", "": ""} {
		if got := SafeCell(in); got != want {
			t.Errorf("SafeCell(%q) = %q, want %q", in, got, want)
		}
	}
}
