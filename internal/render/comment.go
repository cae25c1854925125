package render

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"tally/internal/history"
	"tally/internal/i18n"
	"tally/internal/model"
)

// `diff --format md`: the changes between two revisions as a review
// comment on a merge request. A heading says what is compared; then each
// report that changed (period and unit name) has a table of its changed
// fields in the words of `diff`'s table (FieldLabel, ValueLabel), long
// text whole. Everything from the data is escaped so that a platform's
// Markdown shows it as it was written: no markup, no HTML, no mention,
// no reference to an issue, no link.

// Revision is one side of a comparison: the name the user gave and the
// commit it resolved to ("" for the working tree).
type Revision struct {
	Name, Commit string
}

// Names gives units and tasks their names beside their ids.
type Names struct {
	units, tasks map[string]string
}

// NamesOf collects the unit names and task titles of repos; an earlier
// repo's name wins (the newer version first, the older for what it
// removed).
func NamesOf(repos ...*model.Repo) Names {
	n := Names{units: map[string]string{}, tasks: map[string]string{}}
	for _, r := range repos {
		if r == nil {
			continue
		}
		if r.Units != nil {
			for _, u := range r.Units.Units {
				if _, ok := n.units[u.ID]; !ok && u.Name != "" {
					n.units[u.ID] = u.Name
				}
			}
		}
		for _, t := range r.Tasks {
			if k := model.TaskKey(t.ID); n.tasks[k] == "" {
				n.tasks[k] = t.Title
			}
		}
	}
	return n
}

// CommentLimit bounds a comment's size in bytes, under the smallest
// limit of the platforms (GitHub takes 65,536 characters): reports that
// do not fit are counted, not shown.
const CommentLimit = 60_000

// DiffComment writes the comparison of from and to as a Markdown review
// comment.
func DiffComment(w io.Writer, from, to Revision, changes []history.Change, names Names, lang i18n.Lang) error {
	var b strings.Builder
	b.WriteString("## " + lang.Pick("台账数据的变化：", "Changes in the ledger: ") + revisionLabel(from, lang) + " → " + revisionLabel(to, lang) + "\n\n")
	global, reports := groupChanges(changes)
	if len(changes) == 0 {
		b.WriteString(lang.Pick("两个版本的任务、单位和报送没有变化。\n", "The tasks, units and reports are the same in both.\n"))
		_, err := io.WriteString(w, b.String())
		return err
	}
	list, periods := false, false // changes of tasks and units, of plan.yaml's dates and periods
	for _, c := range global {
		plan := c.Unit == "" && c.Task == ""
		list, periods = list || !plan, periods || plan
	}
	b.WriteString(commentSummary(list, periods, reports, lang) + "\n")
	var sections []string
	if len(global) > 0 {
		var s strings.Builder
		if periods {
			s.WriteString("\n### " + lang.Pick("任务、单位与期次", "Tasks, units and periods") + "\n\n")
			writeChangeTable(&s, lang.Pick("任务、单位或期次", "Task, unit or period"), global, names, lang)
		} else {
			s.WriteString("\n### " + lang.Pick("任务与单位", "Tasks and units") + "\n\n")
			writeChangeTable(&s, lang.Pick("任务或单位", "Task or unit"), global, names, lang)
		}
		sections = append(sections, s.String())
	}
	for _, run := range reports {
		var s strings.Builder
		writeReportSection(&s, run, names, lang)
		sections = append(sections, s.String())
	}
	for i, s := range sections {
		if b.Len()+len(s) > CommentLimit {
			b.WriteString("\n" + omitted(len(sections)-i, from, to, lang) + "\n")
			break
		}
		b.WriteString(s)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// omitted says that n sections did not fit in a comment, and how to see
// them all.
func omitted(n int, from, to Revision, lang i18n.Lang) string {
	cmd := "tally diff " + from.Name
	if to.Commit != "" {
		cmd += " " + to.Name
	}
	cmd = codeSpan(cmd)
	return lang.Pick(fmt.Sprintf("……另有 %d 部分变化因评论长度有限未列出；全部变化请运行 %s 查看。", n, cmd),
		fmt.Sprintf("…and %s not shown: a comment has a size limit. Run %s to see all.", i18n.Count(n, "more part", "more parts"), cmd))
}

// revisionLabel names a revision as given, with its commit when the name
// is not the commit already: origin/main（1a2b3c4d5e6f）.
func revisionLabel(r Revision, lang i18n.Lang) string {
	if r.Commit == "" {
		return lang.Pick("工作区", "the working tree")
	}
	short := shortHash(r.Commit)
	if r.Name == "" || strings.HasPrefix(r.Commit, r.Name) {
		return short
	}
	return codeSpan(r.Name) + lang.Pick("（"+short+"）", " ("+short+")")
}

// codeSpan writes a revision name or a command as inline code: shown as
// typed (HEAD~1, origin/main), copied and searched as typed, never read as
// markup, a mention, a reference or a link, so nothing in it needs a
// backslash or a word joiner. Its fence is longer than any run of
// backticks inside; line breaks and controls cannot be part of it.
func codeSpan(s string) string {
	s = strings.Join(strings.Fields(Safe(s)), " ")
	longest, run := 0, 0
	for _, c := range s {
		if c == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}

// commentSummary says what changed: how many reports, reviews and
// evidence files, and whether tasks or units did.
func commentSummary(global, periods bool, runs [][]history.Change, lang i18n.Lang) string {
	var reports, reviews, files int
	for _, run := range runs {
		var kinds [3]bool
		for _, c := range run {
			kinds[changeKind(c.Field)] = true
			if c.Field == history.FieldEvidenceFile {
				files++
			}
		}
		reports += boolCount(kinds[kindReport])
		reviews += boolCount(kinds[kindReview])
	}
	var parts []string
	if reports > 0 {
		parts = append(parts, lang.Pick(fmt.Sprintf("%d 份报送", reports), i18n.Count(reports, "report", "reports")))
	}
	if reviews > 0 {
		parts = append(parts, lang.Pick(fmt.Sprintf("%d 份报送的审核", reviews), i18n.Count(reviews, "review", "reviews")))
	}
	if files > 0 {
		parts = append(parts, lang.Pick(fmt.Sprintf("%d 个佐证材料文件", files), i18n.Count(files, "evidence file", "evidence files")))
	}
	if global {
		parts = append(parts, lang.Pick("任务或单位", "tasks or units"))
	}
	if periods {
		parts = append(parts, lang.Pick("清单的日期或报送期次", "the list's dates or reporting periods"))
	}
	return lang.Pick(joinLast(parts, "、", "和")+"有变化。", "Changed: "+joinLast(parts, ", ", " and ")+".")
}

// joinLast joins parts with sep, the last two with last; a part that
// starts with a number is set off from a word before it by a space
// (“1 份报送、2 份报送的审核和 1 个佐证材料文件”).
func joinLast(parts []string, sep, last string) string {
	var b strings.Builder
	for i, p := range parts {
		joiner := sep
		if i == len(parts)-1 {
			joiner = last
		}
		if i > 0 {
			b.WriteString(joiner)
			if r, _ := utf8.DecodeLastRuneInString(joiner); unicode.IsLetter(r) && p[0] >= '0' && p[0] <= '9' {
				b.WriteString(" ")
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

func boolCount(b bool) int {
	if b {
		return 1
	}
	return 0
}

// groupChanges splits changes into those of tasks, units and periods (no
// period, or no unit)
// and runs of one report each, in the order they come.
func groupChanges(changes []history.Change) (global []history.Change, reports [][]history.Change) {
	for i := 0; i < len(changes); {
		c := changes[i]
		if c.Period == "" || c.Unit == "" {
			global = append(global, c)
			i++
			continue
		}
		j := i
		for j < len(changes) && changes[j].Period == c.Period && changes[j].Unit == c.Unit {
			j++
		}
		reports = append(reports, changes[i:j])
		i = j
	}
	return global, reports
}

// writeReportSection writes one report's heading (period, unit name and
// id; new or removed) and the table of its changes.
func writeReportSection(b *strings.Builder, run []history.Change, names Names, lang i18n.Lang) {
	first := run[0]
	heading := mdText(first.Period) + " " + unitLabel(first.Unit, names, lang)
	var rows []history.Change
	for _, c := range run {
		if c.Field != history.FieldReport {
			rows = append(rows, c)
			continue
		}
		switch {
		case c.From == "" && c.Draft:
			heading += lang.Pick("：新草稿（未填报送日期，尚未报送）", ": new draft (no submitted date: not reported)")
		case c.From == "":
			heading += lang.Pick("：新报送", ": new report")
		case c.To == "" && c.Draft:
			heading += lang.Pick("：草稿已删除", ": draft removed")
		case c.To == "":
			heading += lang.Pick("：报送文件已删除", ": report removed")
		default:
			heading += lang.Pick("：报送文件随单位编号改名（", ": report renamed with the unit's id (") + mdText(c.From) + " → " + mdText(c.To) + lang.Pick("）", ")")
		}
	}
	b.WriteString("\n### " + heading + "\n\n")
	writeChangeTable(b, lang.Pick("任务", "Task"), rows, names, lang)
}

func unitLabel(id string, names Names, lang i18n.Lang) string {
	if name := names.units[id]; name != "" && name != id {
		return mdText(name) + lang.Pick("（"+mdText(id)+"）", " ("+mdText(id)+")")
	}
	return mdText(id)
}

// writeChangeTable writes changes as a table of the item (a task with its
// title, shown once for its rows, or a unit; its column headed item), the
// field and the values.
// When nothing had a value before (a new report) the old column is left
// out, and likewise the new one when nothing is left.
func writeChangeTable(b *strings.Builder, item string, rows []history.Change, names Names, lang i18n.Lang) {
	if len(rows) == 0 {
		return
	}
	showFrom, showTo := false, false
	for _, c := range rows {
		showFrom = showFrom || c.From != ""
		showTo = showTo || c.To != ""
	}
	head := []string{item, lang.Pick("字段", "Field")}
	switch {
	case showFrom && showTo:
		head = append(head, lang.Pick("原值", "From"), lang.Pick("新值", "To"))
	case showTo:
		head = append(head, lang.Pick("内容", "Value"))
	default:
		head = append(head, lang.Pick("原内容", "Was"))
	}
	b.WriteString("| " + strings.Join(head, " | ") + " |\n|" + strings.Repeat(" --- |", len(head)) + "\n")
	last := "\x00"
	for _, c := range rows {
		item := itemLabel(c, names, lang)
		if item == last {
			item = ""
		} else {
			last = item
		}
		cells := []string{item, mdText(ListFieldLabel(c, lang))}
		from, to := changeValues(c, lang)
		if showFrom {
			cells = append(cells, mdText(from))
		}
		if showTo {
			cells = append(cells, mdText(to))
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
}

// itemLabel names what a change is about: a task by its id and title, a
// unit by its name and id; "" for the report itself.
func itemLabel(c history.Change, names Names, lang i18n.Lang) string {
	switch {
	case c.Task != "":
		label := mdText(c.Task)
		if title := names.tasks[model.TaskKey(c.Task)]; title != "" {
			label += " " + mdText(clipTitle(title, 24))
		}
		return label
	case c.Period == "" && c.Unit != "":
		return lang.Pick("单位 ", "unit ") + unitLabel(c.Unit, names, lang)
	case c.Unit == "" && c.Period != "":
		return lang.Pick("期次 ", "period ") + mdText(c.Period)
	case c.Field == history.FieldStart || c.Field == history.FieldEnd:
		return lang.Pick("清单", "the list")
	}
	return ""
}

func clipTitle(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// mdEscaper escapes what Markdown (CommonMark and the GitHub, GitLab and
// Gitea flavours) would read as markup inside a paragraph or a table
// cell: emphasis, code, links and images, HTML and entities, tables,
// strike-through, math; a line's start never comes from data here, so
// block markup cannot begin.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "&", "&amp;", "|", `\|`, "~", `\~`, "$", `\$`, "#", `\#`)

// wordJoiner is U+2060: invisible, and it keeps what it stands between
// from being read as one word.
const wordJoiner = "\u2060"

// mdText makes text from the data safe in a comment: line breaks (LF,
// CR LF or CR) become <br>, terminal controls are made visible (Safe),
// markup is escaped, and what the platforms would turn into a mention, a
// reference or a link after Markdown (where a backslash does not help)
// is broken with an invisible word joiner: @name, #12, !12, %name, ~name,
// $12, &12, GH-12, http://, www. The joiner is invisible when the comment
// is read; it stays in text copied from it.
func mdText(s string) string {
	s = strings.ToValidUTF8(strings.TrimRight(s, "\r\n"), "\ufffd")
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = mdEscaper.Replace(unlink(Safe(l)))
	}
	return strings.Join(lines, "<br>")
}

// unlink puts a word joiner where a platform would start a mention, an
// issue or merge-request reference, or an automatic link.
func unlink(s string) string {
	if !strings.ContainsAny(s, "@#!%~$&:wWgG") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		b.WriteByte(c)
		next := byte(0)
		if i+1 < len(s) {
			next = s[i+1]
		}
		switch {
		case c == '@' && next != 0,
			strings.IndexByte("#!$&", c) >= 0 && next >= '0' && next <= '9',
			(c == '%' || c == '~') && referenceStart(next):
			b.WriteString(wordJoiner)
		case c == ':' && strings.HasPrefix(s[i+1:], "//"):
			b.WriteString(wordJoiner)
		case (c == 'w' || c == 'W') && i+3 < len(s) && strings.EqualFold(s[i:i+4], "www.") && (i == 0 || !isWordRune(rune(s[i-1]))):
			b.WriteString(s[i+1 : i+3])
			b.WriteString(wordJoiner)
			i += 2
		case (c == 'G' || c == 'g') && i+3 < len(s) && strings.EqualFold(s[i:i+3], "gh-") && s[i+3] >= '0' && s[i+3] <= '9':
			b.WriteByte(s[i+1])
			b.WriteString(wordJoiner)
			i++
		}
	}
	return b.String()
}

// referenceStart reports whether c can begin what follows a milestone or
// label sigil (%, ~): a number, a name, or a quoted name. The other
// sigils (#, !, $, &) take numbers only.
func referenceStart(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '"' || c == '_' || c == '-'
}
