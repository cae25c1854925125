package model

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"tally/internal/i18n"
)

var (
	slugRe   = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	periodRe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]*$`)
	taskRe   = regexp.MustCompile(`^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$`)
)

// IsSlug reports whether s is a valid unit id: lower-case ASCII letters and
// digits in dash-separated words. Unit ids name report files, so nothing
// else is allowed.
func IsSlug(s string) bool { return len(s) <= 64 && slugRe.MatchString(s) }

// IsPeriodID reports whether s can name a period (and so a folder).
func IsPeriodID(s string) bool { return len(s) <= 32 && periodRe.MatchString(s) }

// IsTaskID reports whether s can name a task (and so a file): segments of
// ASCII letters and digits separated by dots, such as 16 or 15.2.
func IsTaskID(s string) bool { return len(s) <= 32 && taskRe.MatchString(s) }

// TaskKey is the canonical form of a task id: numeric segments lose their
// leading zeros, so 01 and 1 name the same task, and 15.02
// is 15.2.
func TaskKey(id string) string {
	if canonical(id) {
		return id // the common case, without allocating
	}
	if strings.IndexByte(id, '.') < 0 {
		return segmentKey(strings.TrimSpace(id)) // such as 007, the id of tasks/007.yaml: a part of id
	}
	segs := strings.Split(strings.TrimSpace(id), ".")
	for i, s := range segs {
		segs[i] = segmentKey(s)
	}
	return strings.Join(segs, ".")
}

// segmentKey is the key of one segment of a task id: a number without
// its leading zeros, anything else as it is.
func segmentKey(s string) string {
	if !isDigits(s) {
		return s
	}
	if t := strings.TrimLeft(s, "0"); t != "" {
		return t
	}
	return "0"
}

// canonical reports whether id is already its own key: no spaces, and no
// numeric segment with a leading zero.
func canonical(id string) bool {
	if id == "" {
		return true
	}
	segStart := true
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c == '.':
			segStart = true
			continue
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			return false
		case segStart && c == '0' && (i+1 == len(id) || id[i+1] != '.'):
			// A leading zero: 01 is not canonical, but a lone 0 is.
			if i+1 < len(id) {
				return false
			}
		}
		segStart = false
	}
	return true
}

// CompareTaskIDs orders task ids segment by segment, numbers numerically and
// before words.
func CompareTaskIDs(a, b string) int {
	as, bs := strings.Split(TaskKey(a), "."), strings.Split(TaskKey(b), ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		if c := compareSeg(as[i], bs[i]); c != 0 {
			return c
		}
	}
	return len(as) - len(bs)
}

func compareSeg(a, b string) int {
	an, bn := isDigits(a), isDigits(b)
	switch {
	case an && bn:
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return strings.Compare(a, b)
	case an:
		return -1
	case bn:
		return 1
	}
	return strings.Compare(a, b)
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// LookAlike says why s, an id or a name, would look like another text
// without being equal to it: an invisible (format) character, white space
// at either end, or letters not in composed form (NFC).
func LookAlike(s string) (why i18n.Text, bad bool) {
	if plainASCII(s) {
		return i18n.Text{}, false // most ids: nothing to look for
	}
	for i, r := range s {
		if unicode.Is(unicode.Cf, r) {
			at := utf8.RuneCountInString(s[:i]) + 1
			return i18n.T(fmt.Sprintf("第 %d 个字符是看不见的 U+%04X", at, r),
				fmt.Sprintf("holds the invisible character U+%04X at character %d", r, at)), true
		}
	}
	if t := strings.TrimFunc(s, unicode.IsSpace); t != s {
		return i18n.T("首尾有空格", "has a space at its start or end"), true
	}
	if !norm.NFC.IsNormalString(s) {
		return i18n.T("含有分解形式（NFD）的字符", "holds decomposed (NFD) characters"), true
	}
	return i18n.Text{}, false
}

// plainASCII reports whether s is printable ASCII without a space at
// either end.
func plainASCII(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// ReservedName reports whether s cannot name a file on Windows: CON, PRN,
// AUX, NUL, COM0–COM9, COM¹–COM³ and the same of LPT, in any case and with
// any extension (con.2 is as bad as con).
func ReservedName(s string) bool {
	base, _, _ := strings.Cut(s, ".")
	switch u := strings.ToUpper(strings.TrimRight(base, " ")); {
	case u == "CON", u == "PRN", u == "AUX", u == "NUL":
		return true
	case strings.HasPrefix(u, "COM") || strings.HasPrefix(u, "LPT"):
		// COM0–COM9, LPT0–LPT9, and the superscript digits Windows also
		// takes as port numbers: COM¹, LPT³.
		n := u[3:]
		return len(n) == 1 && n[0] >= '0' && n[0] <= '9' || n == "¹" || n == "²" || n == "³"
	}
	return false
}

// SystemFile reports whether name is a file that an office program or
// the operating system leaves in a folder by itself, which nobody put
// there: the lock file Word, Excel and WPS keep beside an open document
// (~$name.xlsx; .~name.xlsx, .~lock.name.xlsx# on Linux), the picture
// caches and folder settings of Windows (Thumbs.db, ehthumbs.db,
// desktop.ini) and macOS's (.DS_Store, ._name). Intake and evidence
// folders pass them over without a word.
func SystemFile(name string) bool {
	switch strings.ToLower(name) {
	case "thumbs.db", "ehthumbs.db", "ehthumbs_vista.db", "desktop.ini", ".ds_store":
		return true
	}
	return strings.HasPrefix(name, "~$") || strings.HasPrefix(name, ".~") || strings.HasPrefix(name, "._")
}

// DateLayout is how tally writes and reads dates.
const DateLayout = "2006-01-02"

// ParseDate reads a YYYY-MM-DD date.
func ParseDate(s string) (time.Time, bool) {
	if len(s) != len(DateLayout) {
		return time.Time{}, false
	}
	t, err := time.Parse(DateLayout, s)
	return t, err == nil && InDateRange(t)
}

// First and last years a date may have. The zero time (0001-01-01) means
// "no date" inside tally, so no real date may be that early; and no plan
// runs that far ahead.
const (
	FirstYear = 1900
	LastYear  = 2999
)

// InDateRange reports whether t's year is between FirstYear and LastYear.
func InDateRange(t time.Time) bool {
	return t.Year() >= FirstYear && t.Year() <= LastYear
}

// FormatDate writes a date, or "" for none.
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(DateLayout)
}

// FormatNumber writes a number without a needless fraction.
func FormatNumber(f float64) string {
	// A whole number (most progress is) is its digits: strconv gives
	// those of 0 to 99 without making a string, where FormatFloat makes
	// one each time. -0 keeps its sign, as FormatFloat writes it.
	if i := int64(f); float64(i) == f && i > -1e15 && i < 1e15 && (i != 0 || !math.Signbit(f)) {
		return strconv.FormatInt(i, 10)
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}
