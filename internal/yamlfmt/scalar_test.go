package yamlfmt

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"tally/internal/diag"
	"tally/internal/load"
)

// Whatever a string holds, what we write reads back as the same string.
func TestScalarsRoundTrip(t *testing.T) {
	for _, s := range []string{"市县党委组织部", "2019-09-30", "16", "true", "null", "- x", "a: b", "a #b", "x:", "#x", "@x", "'q'", "\"q\"",
		" lead", "trail ", "多行\n文本", "tab\there", "", "~", "0x1F", "+1", ".5", "1:2比例", "7月起", "2019-07-03", "1:30", "12", "1e3", "0o17", "1_000", "【负责】", "a\\b", "\u2028", "é", "NO"} {
		var got map[string]string
		doc := Text("k", s, 0)
		if err := yaml.Unmarshal([]byte(doc), &got); err != nil {
			t.Errorf("%q → %q: %v", s, doc, err)
			continue
		}
		if got["k"] != s {
			t.Errorf("%q written as %q reads back as %q", s, doc, got["k"])
		}
	}
}

func TestBlocksKeepLineBreaks(t *testing.T) {
	for _, s := range []string{"一行\n", "一行", "两行\n第二行\n", "尾随\n\n", "空行\n\n中间\n"} {
		var got map[string]string
		doc := Block("body", s, 0)
		if err := yaml.Unmarshal([]byte(doc), &got); err != nil || got["body"] != s {
			t.Errorf("%q written as %q reads back as %q (%v)", s, doc, got["body"], err)
		}
	}
	if got := Block("body", "文本\n", 0); got != "body: |\n  文本\n" {
		t.Errorf("canonical block: %q", got)
	}
}

// written are the ways tally writes a string field: one line, quoted, as a
// field at the top or nested in an entry, as a list item, as a block.
func written(s string) map[string]string {
	docs := map[string]string{
		"Scalar":      "k: " + Scalar(s) + "\n",
		"Quote":       "k: " + Quote(s) + "\n",
		"Text":        Text("k", s, 0),
		"Text nested": "m:\n  - a: 1\n" + Text("k", s, 4),
		"list item":   "l:\n  - " + Scalar(s) + "\n",
	}
	if s != "" {
		docs["Block"] = Block("k", s, 0)
		docs["Block nested"] = "m:\n  - a: 1\n" + Block("k", s, 4)
	}
	return docs
}

// readBack finds the string written in one of written's documents.
func readBack(doc string) (string, error) {
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(doc), &n); err != nil {
		return "", err
	}
	m := n.Content[0]
	v := m.Content[1]
	switch v.Kind {
	case yaml.SequenceNode:
		if first := v.Content[0]; first.Kind == yaml.MappingNode {
			v = first.Content[len(first.Content)-1]
		} else {
			v = first
		}
	}
	if v.Kind != yaml.ScalarNode || v.Tag != "!!str" {
		return "", fmt.Errorf("read back as %v %s, not a string", v.Kind, v.Tag)
	}
	return v.Value, nil
}

// Control characters are written as YAML's escapes, which read back as
// the same characters, and never raw (which check refuses, R102).
func TestControlCharactersRoundTrip(t *testing.T) {
	for _, s := range []string{"\x1b]52;c;ZXZpbA==\a\u202e", "\u2066x\u2069", "\x07", "\x7f", "a\x1b[2Jb", "\u009b", "\u0085", "多行\x1b\n文本\n", "\ufeff", "\ufffe", "\u2029", ".NaN", "-.Inf", "+.INF"} {
		for how, doc := range written(s) {
			got, err := readBack(doc)
			if err != nil || got != s {
				t.Errorf("%s of %q: %q reads back as %q (%v)", how, s, doc, got, err)
			}
			if strings.ContainsFunc(doc, func(r rune) bool { return r != '\n' && mustEscape(r) }) {
				t.Errorf("%s of %q writes a raw control character: %q", how, s, doc)
			}
		}
	}
	if got := Quote("\x1b\a\x7f\u009b\u2028"); got != `"\x1B\x07\x7F\x9B\u2028"` {
		t.Errorf("escapes: %s", got)
	}
}

// FuzzWrite: whatever valid UTF-8 a string field holds, every way tally
// writes it reads back as the same string, with no character in the file
// that check refuses.
func FuzzWrite(f *testing.F) {
	for _, s := range []string{"市县党委组织部", "多行\n文本\n", "\x1b]52;c;x\a", " lead", "a #b", "a: b", "", "\u0085", "尾随\n\n", ".nan", "\t缩进\n", "+_0", "-_1_0", "._5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // files are UTF-8: no field holds anything else
		}
		for how, doc := range written(s) {
			got, err := readBack(doc)
			if err != nil || got != s {
				t.Fatalf("%s of %q: %q reads back as %q (%v)", how, s, doc, got, err)
			}
			var d diag.List
			if _, ok := load.Normalize("k.yaml", []byte(doc), &d); !ok {
				t.Fatalf("%s of %q: %q is refused: %+v", how, s, doc, d.Items)
			}
		}
		// In a comment, it stays in the comment.
		doc := "k: v  # " + Comment(s) + "\nj: w\n"
		var m map[string]string
		if err := yaml.Unmarshal([]byte(doc), &m); err != nil || len(m) != 2 || m["k"] != "v" || m["j"] != "w" {
			t.Fatalf("Comment of %q: %q reads as %v (%v)", s, doc, m, err)
		}
		var d diag.List
		if _, ok := load.Normalize("k.yaml", []byte(doc), &d); !ok {
			t.Fatalf("Comment of %q: %q is refused: %+v", s, doc, d.Items)
		}
	})
}
