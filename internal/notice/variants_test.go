package notice

import (
	"encoding/binary"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// A notice reaches tally in whatever form the office copied it: saved from
// a browser with Windows line ends and non-breaking spaces, saved by
// Notepad as ANSI or Unicode, pasted from Word with each paragraph's
// two-space indent or an empty line after it, trailing spaces left at line
// ends, brackets typed half-width. None of that changes what the notice says, so none of it may change
// what the import reads. Each variant below is applied to every text notice
// of the corpus and the notice is scored again against the same
// expectation: a notice read worse in a variant than as kept (fewer exact
// tasks, more wrong fields not listed, more tasks read that are none, more
// header fields wrong) is a failure. The expectations were written by
// reading the notices; the variants are written here, apart from the
// import's code, from how copies of notices arrive.
var noticeVariants = []noticeVariant{
	{name: "a web page saved on Windows in ANSI", steps: []step{
		{"trailing spaces", eachLine(func(l string) string {
			if strings.TrimSpace(l) == "" {
				return l
			}
			return l + "  "
		})},
		{"no-break spaces", func(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") }},
		{"zero-width spaces", eachLine(func(l string) string {
			if strings.TrimSpace(l) == "" {
				return l
			}
			return "\u200b" + strings.ReplaceAll(l, "。", "。\u200b")
		})},
		{"no empty lines", func(s string) string {
			var out []string
			for _, l := range strings.Split(s, "\n") {
				if strings.TrimSpace(l) != "" {
					out = append(out, l)
				}
			}
			return strings.Join(out, "\n")
		}},
		{"half-width brackets and colons", halfWidth},
		{"Windows line ends", func(s string) string {
			return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\n", "\r\n")
		}},
		{"GB18030", func(s string) string {
			b, err := simplifiedchinese.GB18030.NewEncoder().String(s)
			if err != nil {
				panic(err)
			}
			return b
		}},
	}, fold: halfWidth},
	{name: "pasted from Word and saved as Unicode", steps: []step{
		{"paragraph indent", eachLine(func(l string) string {
			if strings.TrimSpace(l) == "" || strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\u3000") || strings.HasPrefix(l, "\t") {
				return l
			}
			return "\u3000\u3000" + l
		})},
		{"an empty line after each paragraph", func(s string) string {
			var out []string
			for _, l := range strings.Split(s, "\n") {
				out = append(out, l)
				if strings.TrimSpace(l) != "" {
					out = append(out, "")
				}
			}
			return strings.Join(out, "\n")
		}},
		{"UTF-16 LE with its byte-order mark", func(s string) string {
			u := utf16.Encode([]rune("\ufeff" + s))
			b := make([]byte, 2*len(u))
			for i, c := range u {
				binary.LittleEndian.PutUint16(b[2*i:], c)
			}
			return string(b)
		}},
	}},
}

// noticeVariant is a way a copy of a notice arrives, several changes at
// once (one scoring of the corpus each: the test runs under the race
// detector too): its steps change the text in turn; fold, where a step
// changes characters, changes the expectation's words alike.
type noticeVariant struct {
	name  string
	steps []step
	fold  func(string) string
}

type step struct {
	name string
	vary func(string) string
}

// vary applies every step.
func (v *noticeVariant) vary(s string) string {
	for _, st := range v.steps {
		s = st.vary(s)
	}
	return s
}

// String names the variant and its steps.
func (v *noticeVariant) String() string {
	var names []string
	for _, st := range v.steps {
		names = append(names, st.name)
	}
	return v.name + " (" + strings.Join(names, ", ") + ")"
}

// halfWidth writes brackets and colons half-width, as a copy made with an
// English input method or a site's converter does.
var halfWidth = strings.NewReplacer("（", "(", "）", ")", "：", ":").Replace

// eachLine applies f to every line of s.
func eachLine(f func(string) string) func(string) string {
	return func(s string) string {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			lines[i] = f(l)
		}
		return strings.Join(lines, "\n")
	}
}

func TestNoticeVariants(t *testing.T) {
	expects, _ := filepath.Glob(filepath.Join("testdata/real", "*.expect.yaml"))
	if len(expects) == 0 {
		t.Skip("no notices in testdata/real")
	}
	base := make([]score, len(expects))
	for i, e := range expects {
		scoreNotice(t, e, &base[i], nil)
	}
	for _, v := range noticeVariants {
		t.Run(v.name, func(t *testing.T) {
			worse, exact, unflagged, extra, header := 0, 0, 0, 0, 0
			for i, e := range expects {
				var s score
				scoreNotice(t, e, &s, &v)
				b := base[i]
				if s.exact < b.exact || s.unflagged > b.unflagged || s.extra > b.extra || s.header > b.header {
					worse++
					exact += max(0, b.exact-s.exact)
					unflagged += max(0, s.unflagged-b.unflagged)
					extra += max(0, s.extra-b.extra)
					header += max(0, s.header-b.header)
					if worse <= 40 {
						t.Errorf("%s read worse %s: exact %d→%d, not listed %d→%d, tasks that are none %d→%d, header wrong %d→%d\n\t%s",
							filepath.Base(e), v.String(), b.exact, s.exact, b.unflagged, s.unflagged, b.extra, s.extra, b.header, s.header,
							strings.Join(firstLines(s.lines, 3), "\n\t"))
					}
				}
			}
			fmt.Printf("variant %s: %d of %d notices read worse (exact tasks lost %d, wrong fields not listed %d more, tasks that are none %d more, header fields wrong %d more)\n",
				v.String(), worse, len(expects), exact, unflagged, extra, header)
		})
	}
}

// firstLines is at most n of lines, each cut to a readable length.
func firstLines(lines []string, n int) []string {
	var out []string
	for _, l := range lines {
		if len(out) == n {
			break
		}
		if utf8.RuneCountInString(l) > 160 {
			l = string([]rune(l)[:160]) + "…"
		}
		out = append(out, l)
	}
	return out
}
