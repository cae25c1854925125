package notice

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A document site heads a table with its file's name and then the file's
// own heading: 洛南创建国家森林城目标任务及责任分工 (the upload's name, 县 and
// 市 dropped) over 洛南县创建国家森林城市目标任务及责任分工, right over the
// table's header. The fuller line, holding every character of the name in
// order and ending as it does, is the list's own title, as the corpus takes
// a list's own title over a site's shorter name for it.

// fullerOwnTitle gives that fuller line as the title.
func (n *Notice) fullerOwnTitle(lines []Line) {
	if n.Title == "" || strings.Contains(n.Title, "关于") || strings.Contains(n.Title, "通知") {
		return
	}
	body := filledLines(lines)
	for i := 0; i+2 < len(body); i++ {
		if trimLine(body[i].Text) != n.Title {
			continue
		}
		t := trimLine(body[i+1].Text)
		if !slices.Contains(n.tableHeads, body[i+2].N) || !fullerName(n.Title, t) {
			continue
		}
		n.Title = t
		if n.ListTitle == trimLine(body[i].Text) {
			n.ListTitle = t
		}
		return
	}
}

// fullerName says long is short with a few characters put in: every
// character of short in order, the same last two, at most six more.
func fullerName(short, long string) bool {
	rs, rl := []rune(short), []rune(long)
	if len(rs) < 8 || len(rl) <= len(rs) || len(rl) > len(rs)+6 || strings.ContainsAny(long, " ，,。；;：:") ||
		!strings.HasSuffix(long, string(rs[len(rs)-2:])) || utf8.RuneCountInString(long) > 60 {
		return false
	}
	k := 0
	for _, r := range rl {
		if k < len(rs) && r == rs[k] {
			k++
		}
	}
	return k == len(rs)
}

// A site's heading may name the document it serves in 《》 (评估知识手册之二
// 《合格评估指标内涵解读及责任部门分工》) over the document's own title line a
// few lines below it: the document's own line is the title.

// namedOwnTitle gives that own line as the title.
func (n *Notice) namedOwnTitle(lines []Line) {
	if n.Title == "" || strings.ContainsAny(n.Title, "印转") || strings.Contains(n.Title, "通知") {
		return
	}
	body := filledLines(lines)
	for i, l := range body {
		if trimLine(l.Text) != n.Title {
			continue
		}
		for _, below := range body[i+1 : min(i+4, len(body))] {
			t := trimLine(below.Text)
			named := "《" + spaceless(t) + "》"
			if utf8.RuneCountInString(spaceless(t)) >= 6 && strings.Contains(spaceless(n.Title), named) && spaceless(n.Title) != named && isTitleLine(t) {
				// (A heading that is the own title in 《》 alone stays.)
				n.Title = t
				return
			}
		}
		return
	}
}

// filledLines are the lines holding text, blank ones left out.
func filledLines(lines []Line) []Line {
	var out []Line
	for _, l := range lines {
		if trimLine(l.Text) != "" {
			out = append(out, l)
		}
	}
	return out
}
