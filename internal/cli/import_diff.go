package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing/fstest"

	"go.yaml.in/yaml/v3"

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
		return []i18n.Text{unreadableThere}
	}
	if b == nil {
		return nil
	}
	var out []i18n.Text
	field := func(zh, en, from, to string) { out = fieldDiff(out, zh, en, from, to) }
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

// unitsDiff says what an import would change in units.yaml, unit by unit
// and group by group, as taskDiff does for a task: a unit added, removed
// (its reports would no longer count) or given another id, and each
// field of a unit or group that differs. Nil for another file.
func unitsDiff(dir, path string, old, new []byte, canForce bool) []i18n.Text {
	if path != "units.yaml" {
		return nil
	}
	read := func(b []byte) *model.Units {
		return load.Load(fstest.MapFS{"units.yaml": &fstest.MapFile{Data: b}}).Repo.Units
	}
	a, b := read(old), read(new)
	if a == nil {
		return []i18n.Text{unreadableThere}
	}
	if b == nil {
		return nil
	}
	var out []i18n.Text
	field := func(zh, en, from, to string) { out = fieldDiff(out, zh, en, from, to) }
	list := func(rs []model.Ref) string { return strings.Join(model.Values(rs), "、") }
	flag := func(v bool) string {
		if v {
			return "true"
		}
		return ""
	}
	ua, ub := map[string]*model.Unit{}, map[string]*model.Unit{}
	for i := range a.Units {
		ua[a.Units[i].ID] = &a.Units[i]
	}
	for i := range b.Units {
		ub[b.Units[i].ID] = &b.Units[i]
	}
	// A unit whose id changed and whose name stayed is the same unit
	// under another id (as tally log reads it).
	moved, gone := map[string]string{}, map[string]bool{} // new id → old id; old ids moved
	for _, u := range b.Units {
		if ua[u.ID] != nil {
			continue
		}
		for _, o := range a.Units {
			if o.Name == u.Name && ub[o.ID] == nil && !gone[o.ID] {
				moved[u.ID], gone[o.ID] = o.ID, true
				break
			}
		}
	}
	idOf := map[string]string{} // a name → its unit's id in the new file
	for _, u := range b.Units {
		idOf[u.Name] = u.ID
	}
	for _, u := range b.Units {
		o := ua[u.ID]
		if was, ok := moved[u.ID]; ok {
			o = ua[was]
			out = append(out, i18n.T("单位 "+u.Name+" 的编号："+was+" → "+u.ID+"（它的报送文件名要随之改）",
				"unit "+u.Name+"'s id: "+was+" → "+u.ID+" (its report files must be renamed with it)"))
		}
		if o == nil {
			out = append(out, i18n.T("新增单位 "+u.ID+"（"+u.Name+"）", "unit added: "+u.ID+" ("+u.Name+")"))
			continue
		}
		zh, en := "单位 "+u.ID+" 的", "unit "+u.ID+"'s "
		if other := idOf[o.Name]; o.Name != u.Name && other != "" && other != u.ID {
			// Its name is another id's now (two units' names swapped):
			// a report keeps its id, so the reports filed under this id
			// would count as the unit now named here, which two plain
			// renames would not say.
			moveZh, moveEn := "", ""
			if n := reportsOf(dir, u.ID); n > 0 {
				moveZh = fmt.Sprintf("；%s 已有的 %d 份报送将算作%s的", u.ID, n, u.Name)
				moveEn = fmt.Sprintf("; the %s of %s would count as %s's", i18n.Count(n, "report", "reports"), u.ID, u.Name)
			}
			out = append(out, i18n.T(
				fmt.Sprintf("%s名称 name：%s → %s（“%s”现在是 %s 的名称%s）", zh, o.Name, u.Name, o.Name, other, moveZh),
				fmt.Sprintf("%sname: %s → %s (%s is %s's name now%s)", en, o.Name, u.Name, o.Name, other, moveEn)))
		} else {
			field(zh+"名称 name", en+"name", o.Name, u.Name)
		}
		field(zh+"别名 aliases", en+"aliases", list(o.Aliases), list(u.Aliases))
		field(zh+"联系人 contact", en+"contact", o.Contact, u.Contact)
		field(zh+"起始期次 from", en+"from", o.From, u.From)
		field(zh+"最后期次 until", en+"until", o.Until, u.Until)
	}
	for _, o := range a.Units {
		if ub[o.ID] == nil && !gone[o.ID] {
			// What a removed unit costs depends on whether it has reported:
			// said of a unit with no report, it would alarm for nothing.
			if n := reportsOf(dir, o.ID); n > 0 {
				out = append(out, i18n.T(fmt.Sprintf("删去单位 %s（%s）：它已有的 %d 份报送将不再计入，tally check 会报错", o.ID, o.Name, n),
					fmt.Sprintf("unit removed: %s (%s): %d report(s) of its would no longer count, and tally check would report them", o.ID, o.Name, n)))
			} else {
				out = append(out, i18n.T("删去单位 "+o.ID+"（"+o.Name+"）", "unit removed: "+o.ID+" ("+o.Name+")"))
			}
		}
	}
	ga := map[string]*model.Group{}
	for i := range a.Groups {
		ga[a.Groups[i].Name] = &a.Groups[i]
	}
	gb := map[string]bool{}
	for _, g := range b.Groups {
		gb[g.Name] = true
		o := ga[g.Name]
		if o == nil {
			out = append(out, i18n.T("新增分组“"+g.Name+"”，成员："+none(list(g.Members), i18n.Zh), "group added: "+g.Name+", members: "+none(list(g.Members), i18n.En)))
			continue
		}
		zh, en := "分组“"+g.Name+"”的", "group "+g.Name+"'s "
		field(zh+"别名 aliases", en+"aliases", list(o.Aliases), list(g.Aliases))
		field(zh+"成员 members", en+"members", list(o.Members), list(g.Members))
		field(zh+"组内排名 rank", en+"rank", flag(o.Rank), flag(g.Rank))
	}
	for _, o := range a.Groups {
		if !gb[o.Name] {
			out = append(out, i18n.T("删去分组“"+o.Name+"”", "group removed: "+o.Name))
		}
	}
	if len(out) == 0 {
		out = append(out, i18n.T("各项内容相同，只有格式或注释不同", "the fields are the same; only the layout or comments differ"))
	}
	// The comments say which real units a notice's words mean (the
	// judgement units.yaml holds); the file written in its
	// place has its own, and --force would lose them unsaid.
	if lost := lostComments(old, new); len(lost) > 0 {
		first := lost[0]
		if r := []rune(first); len(r) > 30 {
			first = string(r[:30]) + "…"
		}
		if !canForce {
			// init takes no --force: nothing is overwritten to lose them.
			out = append(out, i18n.T(fmt.Sprintf("它的 %d 行注释（如“%s”）不在新文件中", len(lost), first),
				fmt.Sprintf("%s of its comments (such as %q) not in the new file", i18n.Count(len(lost), "line", "lines"), first)))
		} else {
			out = append(out, i18n.T(fmt.Sprintf("它的 %d 行注释（如“%s”）不在新文件中，加 --force 覆盖后将丢失：要保留的，请在覆盖后抄回", len(lost), first),
				fmt.Sprintf("%s of its comments (such as %q) not in the new file would be lost with --force: copy back what is to be kept once it is written", i18n.Count(len(lost), "line", "lines"), first)))
		}
	}
	return slices.Clip(out)
}

// lostComments are the lines of old's comments that new does not have.
func lostComments(old, new []byte) []string {
	lines := func(b []byte) []string {
		var doc yaml.Node
		if yaml.Unmarshal(b, &doc) != nil {
			return nil
		}
		var out []string
		var walk func(n *yaml.Node)
		walk = func(n *yaml.Node) {
			for _, c := range []string{n.HeadComment, n.LineComment, n.FootComment} {
				for _, l := range strings.Split(c, "\n") {
					if l = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "#")); l != "" {
						out = append(out, l)
					}
				}
			}
			for _, k := range n.Content {
				walk(k)
			}
		}
		walk(&doc)
		return out
	}
	kept := map[string]bool{}
	for _, l := range lines(new) {
		kept[l] = true
	}
	return slices.DeleteFunc(lines(old), func(l string) bool { return kept[l] })
}

// fileDiff is what differs in a file an import would write into the
// folder dir, field by field, where it is a task file or units.yaml;
// canForce says whether the command takes --force (init does not).
func fileDiff(dir, path string, old, new []byte, canForce bool) []i18n.Text {
	if path == "units.yaml" {
		return unitsDiff(dir, path, old, new, canForce)
	}
	return taskDiff(path, old, new)
}

// reportsOf counts the report files of unit id under root's reports/, one
// a period (reports/PERIOD/ID.yaml). The id is a name, not a pattern: an
// id of units.yaml is not yet checked when it is counted.
func reportsOf(root, id string) int {
	if id == "" || strings.ContainsAny(id, `/\`) {
		return 0 // names no file of reports/PERIOD/
	}
	periods, _ := os.ReadDir(filepath.Join(root, "reports"))
	n := 0
	for _, p := range periods {
		if _, err := os.Lstat(filepath.Join(root, "reports", p.Name(), id+".yaml")); p.IsDir() && err == nil {
			n++
		}
	}
	return n
}

// unreadableThere is what differs when the file there cannot be read.
var unreadableThere = i18n.T("已有的文件读不出来（tally check 说明原因），将整个替换", "the file there cannot be read (tally check says why); it would be replaced whole")

// fieldDiff adds to out a field whose value differs, from → to, an empty
// one written （无）.
func fieldDiff(out []i18n.Text, zh, en, from, to string) []i18n.Text {
	if from == to {
		return out
	}
	return append(out, i18n.T(zh+"："+none(from, i18n.Zh)+" → "+none(to, i18n.Zh), en+": "+none(from, i18n.En)+" → "+none(to, i18n.En)))
}

// none is a value as a difference shows it: （无） for an empty one.
func none(s string, l i18n.Lang) string {
	if s == "" {
		return l.Pick("（无）", "(none)")
	}
	return s
}
