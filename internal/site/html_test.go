package site

import (
	"html/template"
	"testing"
)

// htmlWriter.text escapes exactly as the template does.
func TestTextEscapesAsTemplate(t *testing.T) {
	for _, s := range []string{"", "plain", "任务 “引号” <b>&amp;</b> 'a' \"b\" \x00 end", "<", "&&", "\x00\x00", "a>b"} {
		checkTextEscape(t, s)
	}
}

func FuzzTextEscape(f *testing.F) {
	f.Add("任务 <b>&</b> 'a' \"b\" \x00")
	f.Add("\xff\xfe<")
	f.Fuzz(checkTextEscape)
}

func checkTextEscape(t *testing.T, s string) {
	var w htmlWriter
	w.raw("[").text(s).raw("]")
	if got, want := w.String(), "["+template.HTMLEscapeString(s)+"]"; got != want {
		t.Fatalf("text(%q) writes %q, the template %q", s, got, want)
	}
}
