// Package i18n holds the two languages tally speaks and the text type that
// carries a message in both, so that domain code never decides the language.
package i18n

import "fmt"

// Lang is a user-facing language.
type Lang int

const (
	Zh Lang = iota // Chinese, the default: the users are Chinese office staff
	En
)

// Parse reads a --lang value.
func Parse(s string) (Lang, bool) {
	switch s {
	case "zh", "zh-CN", "zh_CN", "cn":
		return Zh, true
	case "en", "en-US", "en_US":
		return En, true
	}
	return Zh, false
}

func (l Lang) String() string {
	if l == En {
		return "en"
	}
	return "zh"
}

// Text is a message in both languages.
type Text struct {
	Zh, En string
}

// T makes a Text.
func T(zh, en string) Text { return Text{Zh: zh, En: en} }

// F makes a Text from two format strings sharing one argument list.
func F(zh, en string, args ...any) Text {
	return Text{Zh: fmt.Sprintf(zh, args...), En: fmt.Sprintf(en, args...)}
}

// In returns the text in l.
func (t Text) In(l Lang) string {
	if l == En {
		return t.En
	}
	return t.Zh
}

// Pick returns zh or en by l.
func (l Lang) Pick(zh, en string) string {
	if l == En {
		return en
	}
	return zh
}

// List joins items the way each language does.
func List(items []string) Text {
	zh, en := "", ""
	for i, it := range items {
		if i > 0 {
			zh += "、"
			en += ", "
		}
		zh += it
		en += it
	}
	return Text{Zh: zh, En: en}
}

// Count is n with an English noun in the right number: "1 file",
// "2 files" (Chinese needs no plural).
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
