package site

import (
	"html/template"
	"strings"
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

// Writers in an arena each keep what they wrote until the reset, whether
// they take the arena's room in turn, start while another holds it, or
// outgrow it; after a reset the arena has room for what the page wrote.
func TestArenaWriters(t *testing.T) {
	var a arena
	a.reset()
	for page := 0; page < 4; page++ {
		var got []template.HTML
		var want []string
		write := func(w *htmlWriter, s string) {
			for i := 0; i < 1+page*7; i++ {
				w.raw(s).text("<&>")
			}
		}
		text := func(s string) string { return strings.Repeat(s+"&lt;&amp;&gt;", 1+page*7) }
		one := a.writer(10)
		write(&one, "one")
		got, want = append(got, one.html()), append(want, text("one"))
		two := a.writer(1000)
		three := a.writer(10) // while two holds the room
		write(&three, "three")
		write(&two, "two")
		got, want = append(got, two.html(), three.html()), append(want, text("two"), text("three"))
		four := a.writer(1)
		write(&four, strings.Repeat("four", 100)) // outgrows any room
		five := a.writer(5)
		write(&five, "five")
		got, want = append(got, five.html(), four.html()), append(want, text("five"), text(strings.Repeat("four", 100)))
		empty := a.writer(5)
		got, want = append(got, empty.html()), append(want, "")
		for i := range got {
			if string(got[i]) != want[i] {
				t.Fatalf("page %d, writer %d: %q, want %q", page, i, got[i], want[i])
			}
		}
		need := a.need
		a.reset()
		if cap(a.buf) < need || len(a.buf) != 0 || a.open {
			t.Fatalf("page %d: after reset, room %d for %d written, %d held, open %v", page, cap(a.buf), need, len(a.buf), a.open)
		}
	}
	var none *arena
	w := none.writer(3)
	w.raw("x").text("&")
	if h := w.html(); h != "x&amp;" {
		t.Fatalf("no arena: %q", h)
	}
}
