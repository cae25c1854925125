package cli

import (
	"slices"
	"strings"
	"testing/fstest"

	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
)

// taskDiff says what an import would change in the task file at path,
// field by field (old is the file as it is, new as the import writes it):
// a clerk importing a notice again saw 内容不同 on every task and no word
// of what differed (walk 11). Nil for a file that is not a task file; a
// file whose fields are the same is said to differ only in its layout,
// comments or wording kept as text.
func taskDiff(path string, old, new []byte) []i18n.Text {
	if !strings.HasPrefix(path, "tasks/") || !strings.HasSuffix(path, ".yaml") {
		return nil
	}
	read := func(b []byte) *model.Task {
		var d load.Decoder
		return d.ReadPiece(fstest.MapFS{path: &fstest.MapFile{Data: b}}, path).Task
	}
	a, b := read(old), read(new)
	if a == nil {
		return []i18n.Text{i18n.T("已有的文件读不出来（tally check 说明原因），将整个替换", "the file there cannot be read (tally check says why); it would be replaced whole")}
	}
	if b == nil {
		return nil
	}
	none := func(s string, l i18n.Lang) string {
		if s == "" {
			return l.Pick("（无）", "(none)")
		}
		return s
	}
	var out []i18n.Text
	field := func(zh, en, from, to string) {
		if from != to {
			out = append(out, i18n.T(zh+"："+none(from, i18n.Zh)+" → "+none(to, i18n.Zh), en+": "+none(from, i18n.En)+" → "+none(to, i18n.En)))
		}
	}
	list := func(vs []string) string { return strings.Join(vs, "、") }
	milestones := func(t *model.Task) string {
		var s []string
		for _, m := range t.Milestones {
			s = append(s, model.FormatDate(m.Due)+" "+m.Text)
		}
		return strings.Join(s, "；")
	}
	targets := func(t *model.Task) string {
		var s []string
		for _, g := range t.Targets {
			s = append(s, g.ID+" "+g.Name+" "+model.FormatNumber(g.Target)+g.Unit)
		}
		return strings.Join(s, "；")
	}
	// Every field a task file holds: a field the import does not write
	// (from, targets) is lost by --force, and said so (probe 10: from:
	// 2019Q3 and targets dropped, said to differ in layout only, and last
	// quarter's figures changed).
	field("标题", "title", a.Title, b.Title)
	field("章节", "section", a.Section, b.Section)
	field("责任单位", "owners", list(model.Values(a.Owners)), list(model.Values(b.Owners)))
	field("牵头单位", "lead", list(model.Values(a.Lead)), list(model.Values(b.Lead)))
	field("责任领导", "leaders", list(a.Leaders), list(b.Leaders))
	field("完成时限", "due", model.FormatDate(a.Due), model.FormatDate(b.Due))
	field("时间节点", "milestones", milestones(a), milestones(b))
	field("起始期次 from", "from", a.From, b.From)
	field("量化指标 targets", "targets", targets(a), targets(b))
	texts := func(what string, from, to string) {
		if from != to {
			out = append(out, i18n.T("原文 "+what+" 不同", what+" differs"))
		}
	}
	texts("owners_text", a.OwnersText, b.OwnersText)
	texts("body", a.Body, b.Body)
	if len(out) == 0 {
		out = append(out, i18n.T("各项内容相同，只有格式或注释不同", "the fields are the same; only the layout or comments differ"))
	}
	return slices.Clip(out)
}
