package notice

import (
	"fmt"
	"strings"

	"tally/internal/i18n"
)

// Account is what an import found, for the user to judge at a glance.
type Account struct {
	Sections []SectionCount
	Tasks    int
	Owners   int // tasks with at least one owner
	Lead     int // tasks with a lead unit
	Leaders  int // tasks with a 责任领导
	Dated    int // tasks with a due date or a milestone
}

// SectionCount is a section and how many tasks it holds.
type SectionCount struct {
	ID, Title, Parent string
	Tasks             int
}

// Account counts the notice's sections and tasks, and what the tasks have.
func (n *Notice) Account() Account {
	a := Account{Tasks: len(n.Tasks)}
	at := map[string]int{}
	for i, s := range n.Sections {
		a.Sections = append(a.Sections, SectionCount{ID: s.ID, Title: s.Title, Parent: s.Parent})
		at[s.ID] = i
	}
	for _, t := range n.Tasks {
		if i, ok := at[t.Section]; ok {
			a.Sections[i].Tasks++
		}
		a.Owners += min(1, len(t.Owners))
		a.Lead += min(1, len(t.Lead))
		a.Leaders += min(1, len(t.Leaders))
		if !t.Due.IsZero() || len(t.Milestones) > 0 {
			a.Dated++
		}
	}
	return a
}

// Text says where a value came from, in words a reader can check against
// the notice: 括号（第 12 行）, 表格“牵头单位”列（第 8 行）, 第一位为牵头的规定（第 3 行）.
func (f From) Text() i18n.Text { return f.textAt(lineNumber(f.Line)) }

// Source is f.Text with the place said as n.At says it: in a .docx,
// 表格“牵头单位”列（表格第 8 行（序号 5））.
func (n *Notice) Source(f From) i18n.Text { return f.textAt(n.At(f.Line)) }

func (f From) textAt(w i18n.Text) i18n.Text {
	at := func(zh, en string) i18n.Text {
		return i18n.T(zh+"（"+w.Zh+"）", en+" ("+w.En+")")
	}
	switch f.Kind {
	case FromBracket:
		return at("条目末尾的括号", "the brackets after the item")
	case FromLabel:
		return at("“"+f.Label+"”", "the label "+f.Label)
	case FromColumn:
		if labels := strings.Split(f.Label, "、"); len(labels) > 1 {
			// Owners from two columns (牵头单位、配合单位): both.
			return at("表格“"+strings.Join(labels, "”“")+"”列", "the table's columns "+strings.Join(labels, " and "))
		}
		return at("表格“"+f.Label+"”列", "the table's column "+f.Label)
	case FromInline:
		return at("正文中“负责”“牵头”等字样", "the words 负责, 牵头 and the like in the text")
	case FromFirstRule:
		return at("“排在第一位的为牵头”的规定，取第一个单位", "the rule that the first-listed unit leads")
	case FromCarry:
		if f.Item != "" {
			return i18n.T("沿用第 "+f.Item+" 项的规定（"+w.Zh+"）", "carried from the rule of item "+f.Item+" ("+w.En+")")
		}
		return at("沿用文中的规定", "carried from the rule stated")
	case FromText:
		return at("任务正文中的日期", "a date in the task's text")
	case FromHeading:
		return at("所在小节的标题", "the heading of its section")
	}
	return i18n.T("无", "none")
}

func lineNumber(line int) i18n.Text { return i18n.F("第 %d 行", "line %d", line) }

// At says where line is in the notice, in words its reader finds it by:
// 第 12 行 in a text file; in a .docx, where Word numbers no lines, the
// row of a table (表格第 6 行（序号 5）, 第 2 个表格第 3 行（“一、产业…”）)
// or the paragraph with its first words (第 17 段“2.建立健全…”).
func (n *Notice) At(line int) i18n.Text {
	w, quote, next := n.at(line)
	switch {
	case quote == "":
		return w
	case next != "":
		return i18n.T(w.Zh+"“"+quote+"”（下一段“"+next+"”）", w.En+" (“"+quote+"”, then “"+next+"”)")
	}
	return i18n.T(w.Zh+"“"+quote+"”", w.En+" (“"+quote+"”)")
}

// AtPlain is At without a paragraph's first words, for a line quoted
// whole beside it.
func (n *Notice) AtPlain(line int) i18n.Text {
	w, _, _ := n.at(line)
	return w
}

// Located says whether the notice's places are said as Word shows them
// (a .docx) rather than by line number.
func (n *Notice) Located() bool { return n.places != nil }

func (n *Notice) at(line int) (w i18n.Text, quote, next string) {
	if line < 1 || line > len(n.places) {
		return lineNumber(line), "", ""
	}
	p := n.places[line-1]
	switch {
	case p.Table > 0:
		table, tableEn := "表格", "table row"
		if n.tables > 1 {
			table, tableEn = fmt.Sprintf("第 %d 个表格", p.Table), fmt.Sprintf("table %d, row", p.Table)
		}
		w = i18n.T(fmt.Sprintf("%s第 %d 行", table, p.Row), fmt.Sprintf("%s %d", tableEn, p.Row))
		if first := strings.TrimSpace(strings.ReplaceAll(p.First, CellBreak, " ")); rowNumberRe.MatchString(first) {
			w = i18n.T(w.Zh+"（序号 "+first+"）", w.En+" (No. "+first+")")
		} else if first != "" {
			w = i18n.T(w.Zh+"（“"+firstWords(first)+"”）", w.En+" (“"+firstWords(first)+"”)")
		}
		return w, "", ""
	case p.Para > 0:
		quote := firstWords(n.quotes[line-1])
		if rowNumberRe.MatchString(quote) {
			// A paragraph of a number alone (a table flattened one cell to
			// a paragraph) is found by the words after it.
			for k := line; k < len(n.places) && k < line+5 && n.places[k].Table == 0; k++ {
				if next := firstWords(n.quotes[k]); next != "" && n.places[k].Para == p.Para {
					// The same paragraph, after a line break.
					return i18n.F("第 %d 段", "paragraph %d", p.Para), firstWords(quote + " " + next), ""
				} else if next != "" && n.places[k].Para > 0 {
					return i18n.F("第 %d 段", "paragraph %d", p.Para), quote, next
				}
			}
		}
		return i18n.F("第 %d 段", "paragraph %d", p.Para), quote, ""
	}
	return lineNumber(line), "", ""
}

// rowNumberRe is a table row's 序号 cell: 5, 5., 五、.
var rowNumberRe = lazyRe(`^(?:\d{1,4}|[一二三四五六七八九十]{1,3})[.、．]?$`)

// firstWords are the first words of a line, enough to find it by.
func firstWords(s string) string {
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, CellBreak, " ")), " ")
	if r := []rune(s); len(r) > 12 {
		return string(r[:12]) + "…"
	}
	return s
}

// atF is i18n.F with {at} in both formats standing for where a line is
// in the notice, w (At or AtPlain).
func atF(w i18n.Text, zh, en string, args ...any) i18n.Text {
	esc := func(s string) string { return strings.ReplaceAll(s, "%", "%%") }
	return i18n.F(strings.Replace(zh, "{at}", esc(w.Zh), 1), strings.Replace(en, "{at}", esc(w.En), 1), args...)
}
