package yamlfmt

import (
	"testing"

	"go.yaml.in/yaml/v3"
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
