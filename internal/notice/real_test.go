package notice

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"go.yaml.in/yaml/v3"

	"tally/internal/i18n"
)

// expectation is what a person reading a notice says a correct import
// makes of it (testdata/real/README.md gives the format).
type expectation struct {
	Title  string `yaml:"title"`
	Number string `yaml:"number"`
	Issuer string `yaml:"issuer"`
	Date   string `yaml:"date"`
	Tasks  []struct {
		Title   string   `yaml:"title"`
		Owners  []string `yaml:"owners"`
		Lead    []string `yaml:"lead"`
		Leaders []string `yaml:"leaders"`
		Due     string   `yaml:"due"`
		Flag    []string `yaml:"flag"`
	} `yaml:"tasks"`
}

// fold changes every word of the expectation by f.
func (e *expectation) fold(f func(string) string) {
	e.Title, e.Number, e.Issuer = f(e.Title), f(e.Number), f(e.Issuer)
	for i := range e.Tasks {
		w := &e.Tasks[i]
		w.Title = f(w.Title)
		for _, l := range [][]string{w.Owners, w.Lead, w.Leaders} {
			for j := range l {
				l[j] = f(l[j])
			}
		}
	}
}

// score is what the scoring counts over a corpus of notices.
type score struct {
	notices, tasks, found, exact, owners int
	leads, leadsFound                    int // tasks whose notice designates a lead, and those whose lead is right
	unflagged                            int // wrong fields (and required flags) not listed for review
	// caught are tasks not found (each one of unflagged) whose own line
	// the import lists as read as no task that looks like a task
	// (Notice.Unread): missed, but put before the officer.
	caught int
	// refused are tasks not found (each one of unflagged) in a notice
	// where the import found no task at all: `tally init --from` then
	// refuses it, writes nothing and says why, so that nothing is wrong
	// in silence, but nothing is imported either.
	refused int
	extra   int // tasks read that no expectation has
	header  int // header fields wrong
	// headerRefused are those of them in notices the import refuses.
	headerRefused int
	lines         []string
}

func (s *score) miss(format string, args ...any) {
	s.lines = append(s.lines, fmt.Sprintf(format, args...))
}

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

// Every notice of a corpus of real published notices is imported and
// compared with what a person reading it expects: tasks matched in order
// by the start of their text; owners, lead, leaders and due each right or
// listed for review. It prints exact-task, owner and lead accuracy and the
// wrong fields not listed for review; on testdata/real it fails below 95%
// exact tasks, on any designated lead missed, any wrong field not listed,
// any task read that no expectation has, or any header field (title,
// number, issuer, date) wrong. TALLY_NOTICE_CORPUS=/abs/dir scores another set (it then only
// reports). go test ./internal/notice -run TestRealNotices -v shows each
// difference.
func TestRealNotices(t *testing.T) {
	dir, own := os.Getenv("TALLY_NOTICE_CORPUS"), false
	if dir == "" {
		dir, own = "testdata/real", true
	}
	expects, _ := filepath.Glob(filepath.Join(dir, "*.expect.yaml"))
	if len(expects) == 0 {
		if own {
			t.Skip("no notices in testdata/real yet")
		}
		t.Fatalf("no *.expect.yaml in %s", dir)
	}
	var s score
	for _, e := range expects {
		scoreNotice(t, e, &s, nil)
	}
	for _, l := range s.lines {
		t.Log(l)
	}
	summary := fmt.Sprintf("%d notices, %d tasks expected, %d found: exact tasks %.1f%% (%d), owners %.1f%% (%d), leads %.1f%% (%d of %d); "+
		"wrong fields not listed for review: %d (of them tasks not found whose line is listed as not read: %d; tasks of notices the import refuses for finding no task: %d; "+
		"wrong in silence: %d); tasks read that no expectation has: %d; header fields wrong: %d (in notices refused: %d)",
		s.notices, s.tasks, s.found, pct(s.exact, s.tasks), s.exact, pct(s.owners, s.tasks), s.owners,
		pct(s.leadsFound, s.leads), s.leadsFound, s.leads, s.unflagged, s.caught, s.refused, s.unflagged-s.caught-s.refused, s.extra, s.header, s.headerRefused)
	t.Log(summary)
	fmt.Println("notice corpus " + dir + ": " + summary)
	if own && (pct(s.exact, s.tasks) < 95 || s.leadsFound < s.leads || s.unflagged > 0 || s.extra > 0 || s.header > 0) {
		t.Errorf("below the bar (95%% exact tasks, every designated lead, no wrong field unflagged, no task read that is none, every header field right): %s", summary)
	}
}

// scoreNotice scores one notice into s; a variant, when given, changes the
// text file's bytes before they are decoded, and the expectation's words
// alike where it changes characters (TestNoticeVariants).
func scoreNotice(t *testing.T, file string, s *score, v *noticeVariant) {
	name := strings.TrimSuffix(file, ".expect.yaml")
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var want expectation
	if err := yaml.Unmarshal(raw, &want); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	src := name + ".txt"
	if _, err := os.Stat(src); err != nil {
		src = name + ".docx"
	}
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if v != nil && strings.HasSuffix(src, ".txt") {
		data = []byte(v.vary(string(data)))
		if v.fold != nil {
			want.fold(v.fold)
		}
	}
	text, err := Decode(src, data)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	n := Parse(text, time.Date(2031, 6, 1, 0, 0, 0, 0, time.UTC))
	base := filepath.Base(name)
	s.notices++
	date := ""
	if !n.Date.IsZero() {
		date = n.Date.Format("2006-01-02")
	}
	for _, h := range [][3]string{{"title", squeeze(want.Title), squeeze(n.Title)}, {"number", want.Number, n.Number}, {"issuer", want.Issuer, n.Issuer}, {"date", want.Date, date}} {
		if h[1] != h[2] {
			s.header++
			if len(n.Tasks) == 0 {
				s.headerRefused++
			}
			s.miss("%s: %s %q, want %q", base, h[0], h[2], h[1])
		}
	}
	next := 0
	for _, w := range want.Tasks {
		s.tasks++
		if w.Lead == nil {
			w.Lead = []string{}
		}
		if len(w.Lead) > 0 {
			s.leads++
		}
		k := -1
		for j := next; j < len(n.Tasks); j++ {
			if strings.HasPrefix(squeeze(n.Tasks[j].Title+"。"+n.Tasks[j].Body), squeeze(w.Title)) ||
				strings.HasPrefix(squeeze(n.Tasks[j].Title), squeeze(w.Title)) ||
				strings.HasPrefix(squeeze(n.Tasks[j].Title), squeeze(unitLabelOff(w.Title))) {
				k = j
				break
			}
		}
		if k < 0 {
			s.unflagged++
			if len(n.Tasks) == 0 {
				s.refused++
				s.miss("%s: task %q not found; the import finds no task in the notice and refuses it", base, w.Title)
				continue
			}
			if at := lineOf(text, w.Title); at > 0 && unreadAt(n, at) {
				s.caught++
				s.miss("%s: task %q not found; its line %d is listed as not read", base, w.Title, at)
				continue
			}
			s.miss("%s: task %q not found", base, w.Title)
			continue
		}
		for _, extra := range n.Tasks[next:k] {
			s.extra++
			s.miss("%s: task %s %q read, not expected", base, extra.ID, extra.Title)
		}
		next = k + 1
		got := n.Tasks[k]
		s.found++
		due := ""
		if !got.Due.IsZero() {
			due = got.Due.Format("2006-01-02")
		}
		flagged := map[string]bool{}
		for _, r := range got.Review {
			flagged[r.Field] = true
		}
		right := true
		for _, f := range []struct {
			field     string
			got, want []string
		}{
			{"owners", got.Owners, w.Owners}, {"lead", got.Lead, w.Lead}, {"leaders", got.Leaders, w.Leaders}, {"due", []string{due}, []string{w.Due}},
		} {
			ok := sameSet(f.got, f.want)
			if f.field == "owners" && ok {
				s.owners++
			}
			if f.field == "lead" && ok && len(w.Lead) > 0 {
				s.leadsFound++
			}
			if !ok {
				right = false
				mark := "listed for review"
				if !flagged[f.field] {
					s.unflagged++
					mark = "NOT listed"
				}
				s.miss("%s: task %s %q: %s %q, want %q (%s)", base, got.ID, w.Title, f.field, f.got, f.want, mark)
			}
		}
		for _, f := range w.Flag {
			if !flagged[f] {
				s.unflagged++
				s.miss("%s: task %s %q: %s should be listed for review", base, got.ID, w.Title, f)
			}
		}
		if right {
			s.exact++
		} else {
			for _, r := range got.Review {
				s.miss("    review %s (line %d): %s", r.Field, r.Line, r.Text.In(i18n.Zh))
			}
		}
	}
	for _, extra := range n.Tasks[next:] {
		s.extra++
		s.miss("%s: task %s %q read, not expected", base, extra.ID, extra.Title)
	}
}

// lineOf is the line of text that holds a task's title (its first eight
// characters, white space dropped), 0 where none does.
func lineOf(text, title string) int {
	key := []rune(squeeze(title))
	if len(key) > 8 {
		key = key[:8]
	}
	for i, l := range strings.Split(text, "\n") {
		if len(key) > 0 && strings.Contains(squeeze(l), string(key)) {
			return i + 1
		}
	}
	return 0
}

// unreadAt says a run of lines listed as read as no task covers line.
func unreadAt(n *Notice, line int) bool {
	for _, u := range n.Unread {
		if u.From <= line && line <= u.To {
			return true
		}
	}
	return false
}

// squeeze drops white space: titles are compared without it.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	for i := range a {
		a[i] = squeeze(a[i])
	}
	for i := range b {
		b[i] = squeeze(b[i])
	}
	slices.Sort(a)
	slices.Sort(b)
	a, b = slices.Compact(a), slices.Compact(b)
	if len(a) == 1 && a[0] == "" {
		a = nil
	}
	if len(b) == 1 && b[0] == "" {
		b = nil
	}
	return slices.Equal(a, b)
}

// unitLabelOffRe is a line's head naming bodies and a colon before their
// duty: 乡纪委、监察室:负责….
var unitLabelOffRe = lazyRe(`^([^:：，,。；;]{2,30})[:：]\s*(\S.*)$`)

// unitDutyOffRe is a line's head naming bodies right before 负责, no colon
// between: 党政办公室负责督查….
var unitDutyOffRe = lazyRe(`^([^:：，,。；;]{2,30}?)(负责\S.*)$`)

// unitLabelOff is an expectation's title without the bodies' names and
// colon it opens with, where a golden keeps them (乡人武部:负责…) and the
// import gives the duty after them as the title, the names as owners:
// the same task, titled either way.
func unitLabelOff(title string) string {
	m := unitLabelOffRe.FindStringSubmatch(title)
	if m == nil {
		// 党政办公室负责督查…, a golden titling a heading's body and the duty
		// under it as one line, where the import gives the duty.
		m = unitDutyOffRe.FindStringSubmatch(title)
	}
	if m == nil {
		return title
	}
	for _, p := range strings.Split(m[1], "、") {
		if !endsOrg(p) {
			return title
		}
	}
	return m[2]
}
