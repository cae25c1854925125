package forms

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/width"

	"tally/internal/check"
	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/newreport"
	"tally/internal/render"
	"tally/internal/review"
	"tally/internal/yamlfmt"
)

// Problem is something wrong with a filled form, at a cell of its sheet
// ("" for the form as a whole).
type Problem struct {
	Cell     string
	Severity diag.Severity
	Rule     string
	Message  i18n.Text
	// Taken marks a warning about the report the form would make: said
	// only where the form is taken (written, or to be put right), not
	// beside 未变 or a refusal that says it already.
	Taken bool
}

// Collected is a filled form turned into a report file.
type Collected struct {
	Unit   *model.Unit
	Period model.Period
	File   string // reports/PERIOD/UNIT.yaml
	Text   []byte // canonical
	// Refused says why the form is not taken at all (its identity does not
	// hold, or another form for the same report is taken: Duplicate);
	// then nothing else is set.
	Refused   *i18n.Text
	Duplicate bool // refused as another form for the same report is taken
	Same      bool // and that one holds the same
	// Submitted is the form's 报送日期 as read ("" when it is not a date).
	Submitted string
	Problems  []Problem
	// Attachments are the files of the form's folder its rows cite, for
	// collect to copy into evidence/PERIOD/UNIT/ (Attach).
	Attachments []Attachment
	cells       []rowCells // the form cells of each entry, in order
	evidence    [][]string // the evidence names of each entry, in order
	labels      map[string]string
}

// rowCells are the cells an entry came from.
type rowCells [columns]string

// Collect turns form fm, read from the file named name, into the report
// it fills in for repository x. Problems of the cells come back placed at
// their cells; the checks of the whole repository run later (Place puts
// their diagnostics on the form). tally is the command as the user runs
// it (with the -C they gave), for the fixes that say what to run.
func Collect(x *model.Index, name string, fm *Form, tally string) *Collected {
	c := &Collected{}
	refuse := func(t i18n.Text) *Collected { c.Refused = &t; return c }
	unit := x.Registry.Unit(fm.Unit)
	var renamedFrom string // the unit's id when the form was made, now another
	reused := false        // and that id is now another unit's
	damaged := unit == nil && !model.IsSlug(fm.Unit)
	switch {
	case unit == nil:
		// An id units.yaml does not have, or one that is no id at all (the
		// hidden cell damaged): the name on the form says whose it is.
		if unit = byFormName(x, fm); unit != nil {
			renamedFrom = fm.Unit
		}
	case unit != nil && fm.UnitName != render.Safe(unit.Name):
		// The id is another unit's now (the office changed ids since the
		// form went out): the name the form was made for says whose it is.
		if other := byFormName(x, fm); other != nil && other.ID != unit.ID {
			unit, renamedFrom, reused = other, fm.Unit, true
		}
	}
	pi := x.PeriodIndex(fm.Period)
	switch {
	case unit == nil && damaged:
		return refuse(i18n.F("报送表标识的单位编号“%s”已损坏，不是有效的单位编号，表上的单位名称“%s”也不是名册中的单位：请用 %[3]s forms --unit 为该单位重新生成报送表，让单位重新填写",
			"the form's unit id %[1]q is damaged, no valid unit id, and its unit name %[2]q is no unit of the registry: make the unit's form again with %[3]s forms --unit and have it filled again",
			render.Safe(fm.Unit), fm.UnitName, tally))
	case unit == nil:
		return refuse(i18n.F("报送表标识的单位编号“%s”不在 units.yaml 中，表上的单位名称“%s”也不是名册中的单位：若改过单位编号或名称，请改回；或用 %[3]s forms --unit 为该单位重新生成报送表",
			"the form names unit %[1]q, which units.yaml does not have, and its unit name %[2]q is no unit of the registry: if a unit's id or name was changed, change it back, or make the unit's form again with %[3]s forms --unit",
			fm.Unit, fm.UnitName, tally))
	case pi < 0:
		return refuse(i18n.F("报送表标识的期次“%s”不在 plan.yaml 中", "the form names period %q, which plan.yaml does not have", fm.Period))
	case !model.IsSlug(unit.ID) || !model.IsPeriodID(fm.Period):
		return refuse(i18n.T("报送表标识的单位或期次编号无效", "the form's unit or period id is not valid"))
	}
	c.Unit, c.Period = unit, x.Repo.Plan.Periods[pi]
	if why := mismatch(x, name, fm, unit, tally); why != nil {
		return refuse(*why)
	}
	c.File = "reports/" + c.Period.ID + "/" + unit.ID + ".yaml"
	if renamedFrom == "" && fm.UnitName != render.Safe(unit.Name) {
		c.Problems = append(c.Problems, Problem{Cell: fm.Sheet + "!" + fm.Heading.Ref, Severity: diag.Warning, Message: i18n.F(
			"报送表是按单位名称“%[1]s”生成的，units.yaml 中编号 %[2]s 的单位现在名为“%[3]s”：按编号收取，写入 %[4]s",
			"the form was made with the unit name %[1]q; unit %[2]s is named %[3]q in units.yaml now: taken by its id, into %[4]s",
			fm.UnitName, unit.ID, unit.Name, c.File)})
	}
	if renamedFrom != "" && damaged {
		c.Problems = append(c.Problems, Problem{Cell: fm.Sheet + "!" + fm.Heading.Ref, Severity: diag.Warning, Message: i18n.F(
			"报送表标识的单位编号“%[1]s”已损坏，不是有效的单位编号；按表上的单位名称“%[2]s”对应到编号 %[3]s，写入 %[4]s",
			"the form's unit id %[1]q is damaged, no valid unit id; its unit name %[2]q is unit %[3]s, so it goes to %[4]s",
			render.Safe(fm.Unit), unit.Name, unit.ID, c.File)})
	} else if renamedFrom != "" {
		now := i18n.T("units.yaml 中已没有这个编号", "which units.yaml no longer has")
		if reused {
			now = i18n.F("这个编号现在是“%s”的", "which is %s's id now", x.Registry.Unit(renamedFrom).Name)
		}
		c.Problems = append(c.Problems, Problem{Cell: fm.Sheet + "!" + fm.Heading.Ref, Severity: diag.Warning, Message: i18n.F(
			"报送表是按单位编号“%[1]s”生成的，%[5]s；按表上的单位名称“%[2]s”对应到现在的编号 %[3]s，写入 %[4]s",
			"the form was made for unit id %[1]q, %[6]s; its unit name %[2]q is unit %[3]s now, so it goes to %[4]s",
			renamedFrom, unit.Name, unit.ID, c.File, now.Zh, now.En)})
	}
	open := newreport.Open(x, unit, pi)
	was := map[string]newreport.Row{}
	for _, r := range open.Rows {
		was[model.TaskKey(r.Task.ID)] = r
	}
	d := newreport.Draft{Unit: unit, Period: c.Period, Contact: fm.Contact.Text}
	at := func(ref string) string { return fm.Sheet + "!" + ref }
	add := func(ref, rule string, msg i18n.Text) {
		c.Problems = append(c.Problems, Problem{Cell: at(ref), Severity: diag.SeverityOf(rule), Rule: rule, Message: msg})
	}
	c.labels = map[string]string{"submitted": at(fm.Submitted.Ref), "contact": at(fm.Contact.Ref), "": at(fm.Heading.Ref)}
	d.Submitted = c.date(fm, add)
	c.Submitted = d.Submitted
	if rv := open.Returned; rv != nil {
		if s, ok := model.ParseDate(d.Submitted); ok && !review.SentAgain(rv, s) {
			// No rule: the form is sound, but the report will not count.
			c.Problems = append(c.Problems, Problem{Cell: at(fm.Submitted.Ref), Severity: diag.Warning, Taken: true, Message: i18n.F(
				"报送日期 %[1]s 早于 %[3]s，不是 %[2]s 退回之后重新报送的日期：收取后这份报送仍算退回（退回待改），不计入汇总；重新报送的，报送日期请填写重新报送当天的日期（%[3]s 或以后）",
				"the date %[1]s is before %[3]s, so not a date sent again after the return on %[2]s: once collected the report stays returned and does not count; date a resubmission the day it is sent (%[3]s or later)",
				model.FormatDate(s), model.FormatDate(rv.Date), model.FormatDate(review.ResendFrom(rv)))})
		}
	}
	warn := func(ref string, msg i18n.Text) {
		c.Problems = append(c.Problems, Problem{Cell: at(ref), Severity: diag.Warning, Message: msg})
	}
	for _, m := range fm.Merges {
		mergeWarning(x, fm, m, warn)
	}
	formulaCell(fm.Submitted, add)
	formulaCell(fm.Contact, add)
	d.Contact = asText(fm.Contact, warn)
	controlCell(fm.Contact, add)
	rowOf := map[string]string{} // the task id cell of each task's row, by key
	for _, row := range fm.Rows {
		cells := row.Cells
		for k := range columns {
			if k != colTitle {
				formulaCell(cells[k], add)
			}
		}
		for _, k := range []int{colSummary, colProblems, colNext, colEvidence} {
			cells[k].Text = asText(cells[k], warn)
		}
		id := cells[colTask].Text
		t := x.Task(id)
		switch {
		case id == "":
			add(cells[colTask].Ref, diag.MissingField, i18n.T("这一行没有任务编号；报送表的行不要增删", "this row has no task id; do not add or remove the form's rows"))
			continue
		case t == nil:
			add(cells[colTask].Ref, diag.UnknownTask, i18n.F("没有编号为“%s”的任务", "there is no task %q", id))
			continue
		}
		// The row's task is the one its id names; a row whose id was
		// typed over with another task's, its title still naming the
		// first, would be written as the other task's report.
		if o := titled(x, cells[colTitle].Text); o != nil && o != t {
			add(cells[colTask].Ref, diag.BadValue, i18n.F("任务编号 %s 与这一行的任务“%s”（任务 %s）不符，未收取：灰色部分不要改动；请把任务编号改回 %s",
				"the task id %s is not that of this row's task, %q (task %s); not collected: leave the grey cells as they are, and change the id back to %s",
				id, o.Title, o.ID, o.ID))
			continue
		}
		if first, dup := rowOf[model.TaskKey(t.ID)]; dup {
			add(cells[colTask].Ref, diag.DuplicateEntry, i18n.F("任务 %s 已在 %s 那一行填写：每项任务只填一行；请把两行的内容合并到一行",
				"task %s is filled in on the row of %s already: one row a task; merge the two rows into one", t.ID, first))
			continue
		}
		rowOf[model.TaskKey(t.ID)] = cells[colTask].Ref
		r := newreport.Row{Task: t, Summary: cells[colSummary].Text, Problems: cells[colProblems].Text, Next: cells[colNext].Text,
			Evidence: SplitNames(cells[colEvidence].Text)}
		if w, ok := was[model.TaskKey(t.ID)]; ok {
			r.Was, r.Extension = w.Was, w.Extension // the form has no column for them
			// Nor for the targets' values: those the period's report gave
			// are kept; those pre-filled from before it are the unit's
			// latest, which the ledger carries (and says so) without the
			// report writing them as given again.
			for _, v := range w.Values {
				if !v.Earlier {
					r.Values = append(r.Values, v)
				}
			}
		}
		for _, k := range []int{colStatus, colProgress, colSummary, colProblems, colNext} {
			controlCell(cells[k], add)
		}
		r.Status = status(cells[colStatus], add)
		r.Progress = progress(cells[colProgress], add)
		if cells[colSummary].Formula == "" {
			summary(t.ID, cells[colSummary], add)
		}
		d.Rows = append(d.Rows, r)
		var rc rowCells
		for k := range columns {
			rc[k] = at(cells[k].Ref)
		}
		c.cells = append(c.cells, rc)
		c.evidence = append(c.evidence, r.Evidence)
	}
	text, err := yamlfmt.Format(yamlfmt.Report, []byte(d.Text()))
	if err != nil {
		// The writer's own text always formats; say so plainly if not.
		why := i18n.T("整理格式时出错", "it does not format")
		if u, ok := err.(*yamlfmt.Unfaithful); ok {
			why = u.Why
		}
		add(fm.Heading.Ref, diag.YAMLSyntax, i18n.T("无法生成报送文件："+why.Zh, "cannot write the report: "+why.En))
		return c
	}
	if len(text) > load.MaxFileSize {
		// check would refuse the file unread: write nothing it cannot read.
		add(fm.Heading.Ref, diag.TooLarge, i18n.F("报送表的文字太多：写成的报送文件有 %.1f MB，超过报送文件的上限 %d MB；请精简进展情况等文字",
			"the form holds too much text: its report would be %.1f MB, over the %d MB limit of a report; shorten the texts", float64(len(text))/(1<<20), load.MaxFileSize>>20))
		return c
	}
	c.Text = text
	return c
}

// controlCell reports a cell holding a control character (Excel keeps
// one as _x001B_ and the like): nobody types one, it comes with text
// pasted from elsewhere, and it is invisible in the sheet, so the cell is
// named and the character with it. Line breaks and tabs are text.
func controlCell(cl Cell, add func(string, string, i18n.Text)) {
	i := strings.IndexFunc(cl.Text, func(r rune) bool {
		return r != '\n' && r != '\t' && (r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f)
	})
	if i < 0 {
		return
	}
	r, _ := utf8.DecodeRuneInString(cl.Text[i:])
	add(cl.Ref, diag.YAMLSyntax, i18n.F("这一格中有看不见的控制字符 U+%04X（多是随粘贴的文字带来的）；请在 Excel 中把这一格重新输入一遍",
		"this cell holds an invisible control character U+%04X (usually pasted in with text from elsewhere); type the cell again in Excel", r))
}

// formulaCell reports a cell whose formula has no value in the file: a
// workbook a program wrote and Excel or WPS never saved shows the value
// on screen, but the file does not hold it, and reading the cell as empty
// would drop what the unit sees there.
func formulaCell(cl Cell, add func(string, string, i18n.Text)) {
	if cl.Formula == "" {
		return
	}
	add(cl.Ref, diag.WrongType, i18n.F("这一格是公式 %s，文件中没有保存它的计算结果，读不到这一格显示的内容；请用 Excel 或 WPS 打开报送表、保存后再收取（或把这一格改成直接写的文字）",
		"this cell holds the formula %s, and the file holds no value for it, so what the cell shows cannot be read; open the form in Excel or WPS, save it and collect it again (or type the text in the cell)",
		oneLine(cl.Formula)))
}

// asText is the text of a cell of a text column (进展情况, 存在问题,
// 下步计划, 佐证材料, 联系人). Excel turns what is typed in a cell that is
// not formatted as text into a number where it can ("10月31日" a date,
// "35%" a fraction): such a cell is read as it shows, its number format
// applied, never as the number stored (43769, 0.35), and where the two
// differ it is said at the cell.
func asText(cl Cell, warn func(string, i18n.Text)) string {
	if !cl.Number || cl.Shown == cl.Text || cl.Shown == "" {
		return cl.Text
	}
	warn(cl.Ref, i18n.F("这一格被 Excel 存成了数字 %[1]s（单元格格式为日期、百分比等），显示为“%[2]s”：已按显示的“%[2]s”收取，请核对；这一栏应填文字，可先把单元格格式设为“文本”再输入",
		"Excel stored this cell as the number %[1]s (formatted as a date, a percentage or the like), shown as %[2]q: it is taken as shown, %[2]q; check it. The column is for text: format the cell as Text before typing",
		cl.Text, cl.Shown))
	return cl.Shown
}

// maxNamed bounds the cells a merge warning names one by one.
const maxNamed = 6

// mergeWarning says that the unit merged cells collect reads one by one:
// what the merged range shows is the value of its first cell, and it is
// taken for that cell alone; each other cell reads as the file holds it
// (empty, as a rule), never as a copy of the first (walk 9, F2).
func mergeWarning(x *model.Index, fm *Form, m Merge, warn func(string, i18n.Text)) {
	name := func(ref string) (zh, en string) {
		switch ref {
		case fm.Submitted.Ref:
			return ref + "（" + labelsIn[i18n.Zh].submitted + "）", ref + " (" + labelsIn[i18n.En].submitted + ")"
		case fm.Contact.Ref:
			return ref + "（" + labelsIn[i18n.Zh].contact + "）", ref + " (" + labelsIn[i18n.En].contact + ")"
		}
		for _, row := range fm.Rows {
			for k, cl := range row.Cells {
				if cl.Ref == ref {
					task := row.Cells[colTask].Text
					if t := x.Task(task); t != nil {
						task = t.ID // as the other messages name it
					}
					if task != "" {
						return fmt.Sprintf("%s（任务 %s 的%s）", ref, task, labelsIn[i18n.Zh].heads[k]),
							fmt.Sprintf("%s (task %s's %s)", ref, task, labelsIn[i18n.En].heads[k])
					}
					return ref + "（" + labelsIn[i18n.Zh].heads[k] + "）", ref + " (" + labelsIn[i18n.En].heads[k] + ")"
				}
			}
		}
		return ref, ref
	}
	firstZh, firstEn := name(m.First.Ref)
	var zh, en []string
	for i, ref := range m.Covered {
		if i == maxNamed && len(m.Covered) > maxNamed+1 {
			zh, en = append(zh, fmt.Sprintf("等共 %d 格", len(m.Covered))), append(en, fmt.Sprintf("%d cells in all", len(m.Covered)))
			break
		}
		z, e := name(ref)
		zh, en = append(zh, z), append(en, e)
	}
	warn(m.Range, i18n.F("%[1]s 这几格被合并了，合并后的内容只属于第一格 %[2]s，不抄到 %[3]s：它们按报送表中各自的内容（没有内容的按未填写）收取。若这段文字也是写给后几格的，请取消合并，分别填写",
		"the cells %[1]s were merged: what the merged cell shows belongs to its first cell, %[4]s, alone and is not copied to %[5]s, which are taken as the file holds them (empty ones as not filled in). If the text is meant for those too, unmerge the cells and fill each in",
		m.Range, firstZh, strings.Join(zh, "、"), firstEn, strings.Join(en, ", ")))
}

// byFormName is the unit the form's unit name (as the form wrote it) is
// the name of, when its id is no longer in units.yaml: the office changed
// the id the import suggested after the forms went out. Only a name that
// is one unit's own name, or its alias, is taken; nil otherwise.
func byFormName(x *model.Index, fm *Form) *model.Unit {
	ids, err := x.Registry.Resolve(fm.UnitName)
	if err != nil || len(ids) != 1 || x.Registry.IsGroup(fm.UnitName) {
		return nil
	}
	return x.Registry.Unit(ids[0])
}

// mismatch says why the form's identity does not hold: its file name or
// its title name another unit or period.
func mismatch(x *model.Index, name string, fm *Form, unit *model.Unit, tally string) *i18n.Text {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	var periods []string
	for _, p := range x.Repo.Plan.Periods {
		if strings.Contains(base, p.ID) {
			periods = append(periods, p.ID)
		}
	}
	if len(periods) > 0 && !contains(periods, fm.Period) {
		fix := renamedFix(periods[0], unit, tally)
		t := i18n.F("文件名写的期次是 %s，报送表内记录的却是 %s：可能是别的报送表改了名字，不予收取。"+fix.Zh,
			"the file name says period %s but the form records %s: perhaps another form renamed; refused. "+fix.En, periods[0], fm.Period)
		return &t
	}
	if other := otherUnit(x, base, unit); other != nil {
		fix := renamedFix(fm.Period, other, tally)
		t := i18n.F("文件名写的单位是%s，报送表内记录的却是%s：可能是别的单位的报送表改了名字，不予收取。"+fix.Zh,
			"the file name names %s but the form records %s: perhaps another unit's form renamed; refused. "+fix.En, other.Name, unit.Name)
		return &t
	}
	shown := render.Safe(unit.Name) // as the form writes it
	if fm.UnitName != shown && !formerName(x, unit, fm.UnitName) || !strings.Contains(fm.Heading.Text, fm.UnitName) || !strings.Contains(fm.Heading.Text, fm.Period) {
		fix := i18n.F("请用 %s forms --period %s --unit %s 重新生成报送表，请该单位重新填写",
			"Make the form again with %s forms --period %s --unit %s and ask the unit to fill it in", tally, fm.Period, unit.ID)
		t := i18n.F("报送表标题（%s）与表内记录的单位、期次（%s %s）不符，不予收取。"+fix.Zh,
			"the form's title (%s) does not match the unit and period it records (%s %s); refused. "+fix.En, oneLine(fm.Heading.Text), unit.Name, fm.Period)
		return &t
	}
	return nil
}

// formerName says whether name, the unit name a form was made with, can
// be unit u's name before the office renamed it (the id kept): one of its
// aliases, or a name that is no unit's or group's now. A unit renamed
// after its forms went out had its filled form refused, --force or not
// (walk 10).
func formerName(x *model.Index, u *model.Unit, name string) bool {
	for _, a := range u.Aliases {
		if render.Safe(a.Value) == name {
			return true
		}
	}
	if x.Registry.IsGroup(name) {
		return false
	}
	_, err := x.Registry.Resolve(name)
	return err != nil && err.Unknown != "" && len(err.Cycle) == 0
}

// renamedFix says what to do about a form whose file name names another
// unit or period than the form records: have the sender send it back
// under the name it was sent with, or make the form the name asks for.
func renamedFix(period string, u *model.Unit, tally string) i18n.Text {
	return i18n.F("请让该单位按原文件名发回；若确是%[3]s %[1]s 的报送，用 %[4]s forms --period %[1]s --unit %[2]s 重新生成报送表，请它重新填写",
		"Ask the unit to send it back under its original name; if it is %[3]s's report for %[1]s, make its form with "+
			"%[4]s forms --period %[1]s --unit %[2]s and ask it to fill that in", period, u.ID, u.Name, tally)
}

// otherUnit is a unit other than u that the file name names (by name or
// id), when it does not also name u; the longest name wins where names
// overlap.
func otherUnit(x *model.Index, base string, u *model.Unit) *model.Unit {
	names := func(v *model.Unit) []string {
		out := []string{v.Name, v.ID}
		for _, a := range v.Aliases {
			out = append(out, a.Value)
		}
		return out
	}
	for _, n := range names(u) {
		if n != "" && strings.Contains(base, n) {
			return nil
		}
	}
	var best *model.Unit
	bestLen := 0
	for i := range x.Repo.Units.Units {
		v := &x.Repo.Units.Units[i]
		for _, n := range names(v) {
			if len(n) > bestLen && strings.Contains(base, n) && len([]rune(n)) > 1 {
				best, bestLen = v, len(n)
			}
		}
	}
	if best != nil && best.ID != u.ID {
		return best
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// date reads the 报送日期 cell: a date, or text written YYYY-MM-DD as in a
// report file.
func (c *Collected) date(fm *Form, add func(string, string, i18n.Text)) string {
	cl := fm.Submitted
	if cl.Ref == "" {
		add(fm.Heading.Ref, diag.MissingField, i18n.T("找不到“报送日期”一栏；报送表的格式不要改动", "the 报送日期 (submitted) cell is missing; leave the form's layout as it is"))
		return ""
	}
	if t, ok := fm.Date(cl); ok {
		return model.FormatDate(t)
	}
	// The example is a date of the form's own period: its due date.
	example := model.FormatDate(c.Period.Due)
	switch {
	case cl.Text == "":
		add(cl.Ref, diag.MissingField, i18n.F("报送日期未填写；请填写报送的日期，如 %s", "the submission date is empty; fill it in, such as %s", example))
		return ""
	case cl.Number:
		add(cl.Ref, diag.BadDate, i18n.F("报送日期“%s”不是日期；请填写如 %s", "the submission date %q is not a date; write it as %s", cl.Text, example))
		return ""
	}
	if _, ok := model.ParseDate(cl.Text); ok {
		return cl.Text
	}
	advice := model.DateAdvice(cl.Text)
	add(cl.Ref, diag.BadDate, i18n.T("报送日期“"+cl.Text+"”"+advice.Zh, "the submission date "+strconv.Quote(cl.Text)+" "+advice.En))
	return ""
}

// status reads a 状态 cell: the Chinese or English name, as in a report file.
func status(cl Cell, add func(string, string, i18n.Text)) string {
	if cl.Text == "" {
		add(cl.Ref, diag.MissingField, i18n.F("状态未填写；请从下拉列表选择：%s", "the status is empty; choose one of: %s",
			strings.Join(model.StatusChoices(i18n.Zh), "、")))
		return ""
	}
	s, ok := model.ParseStatus(cl.Text)
	if !ok {
		msg := i18n.F("状态“%s”无效；可用：%s", "status %q is not valid; use one of: %s",
			cl.Text, strings.Join(model.StatusChoices(i18n.Zh), "、"))
		if g, ok := model.GuessStatus(cl.Text); ok {
			msg = i18n.T(msg.Zh+"。是不是“"+g.Label(i18n.Zh)+"”？", msg.En+". Did you mean "+g.Label(i18n.Zh)+"?")
		}
		add(cl.Ref, diag.BadStatus, msg)
		return cl.Text
	}
	return s.Label(i18n.Zh)
}

// summary checks a 进展情况 cell: every task of a form sent back says what
// was done, whatever else the form still lacks (a report's summary is
// checked only once it is submitted; a form is, by being sent back).
func summary(task string, cl Cell, add func(string, string, i18n.Text)) {
	if strings.TrimSpace(cl.Text) == "" {
		add(cl.Ref, diag.NoSummary, i18n.F("任务 %s 的进展情况未填写；请写明本期做了哪些工作（每项任务都要填写进展情况）",
			"task %s: the summary (进展情况) is empty; say what was done this period (every task needs one)", task))
	}
}

// progress reads a 进度 cell: a whole number 0–100. A % sign or full-width
// digits are refused with the plain number to write, as in a report file.
func progress(cl Cell, add func(string, string, i18n.Text)) string {
	if cl.Text == "" {
		return ""
	}
	bad := func(zhHint, enHint string) string {
		zh, en := "进度“%s”应为 0 到 100 的整数", "progress %q should be a whole number from 0 to 100"
		if zhHint != "" {
			zh, en = zh+"："+strings.ReplaceAll(zhHint, "%", "%%"), en+": "+strings.ReplaceAll(enHint, "%", "%%")
		}
		add(cl.Ref, diag.WrongType, i18n.F(zh, en, cl.Text))
		return cl.Text
	}
	outOfRange := func() string {
		add(cl.Ref, diag.OutOfRange, i18n.F("进度“%s”应为 0 到 100 的整数", "progress %q should be a whole number from 0 to 100", cl.Text))
		return cl.Text
	}
	if cl.Number {
		v := cl.Value
		switch {
		case v > 0 && v < 1 && v*100 == float64(int(v*100)):
			// 60% typed in a cell is stored as 0.6.
			n := strconv.Itoa(int(v * 100))
			return bad("不要带 %，写成 "+n, "without %, write "+n)
		case v != float64(int(v)) || v < 0 || v > 100:
			return outOfRange()
		}
		return strconv.Itoa(int(v))
	}
	narrow := strings.TrimSpace(width.Narrow.String(cl.Text))
	percent := strings.HasSuffix(narrow, "%")
	plain := strings.TrimSpace(strings.TrimSuffix(narrow, "%"))
	n, ok := whole(plain)
	switch {
	case ok && n > 100:
		return outOfRange()
	case ok && percent && narrow != cl.Text:
		return bad("不要带 %，用半角数字，写成 "+plain, "without %, in ASCII digits, write "+plain)
	case ok && percent:
		return bad("不要带 %，写成 "+plain, "without %, write "+plain)
	case ok && narrow != cl.Text:
		return bad("用半角数字，写成 "+plain, "in ASCII digits, write "+plain)
	case ok:
		return plain
	}
	return bad("", "")
}

// Place puts a diagnostic of the collected report file on the form: the
// cell of the field it points at.
func (c *Collected) Place(d diag.Diagnostic) Problem {
	p := Problem{Severity: d.Severity, Rule: d.Rule, Message: d.Message}
	p.Cell = c.cellAt(d.Pos.Line)
	if p.Cell != "" && d.Rule == diag.NoSummary {
		for _, rc := range c.cells {
			if rc[colTask] == p.Cell || rc[colStatus] == p.Cell || rc[colProgress] == p.Cell {
				p.Cell = rc[colSummary]
			}
		}
	}
	if p.Cell != "" && d.Rule == diag.NoProgress {
		// At the empty 进度 cell, in the form's words (no field names).
		for _, rc := range c.cells {
			if rc[colTask] == p.Cell || rc[colStatus] == p.Cell {
				p.Cell = rc[colProgress]
				p.Message = i18n.T("状态是“推进中”或“滞后”，进度却没有填写：请填写进度（0 到 100 的整数）；空着不会按 0 计，这一项不计入",
					"the status is in progress or delayed but the progress (进度) is empty: fill it in (a whole number 0 to 100); left empty it does not count as 0, the task does not count")
			}
		}
	}
	return p
}

// fieldColumn is the form column of each report field.
var fieldColumn = map[string]int{"task": colTask, "status": colStatus, "progress": colProgress,
	"summary": colSummary, "problems": colProblems, "next": colNext, "values": colTask, "evidence": colEvidence}

// cellAt finds the cell that line of the report came from.
func (c *Collected) cellAt(line int) string {
	var doc yaml.Node
	if yaml.Unmarshal(c.Text, &doc) != nil || len(doc.Content) == 0 {
		return ""
	}
	top := doc.Content[0]
	var keys []*yaml.Node
	for i := 0; i+1 < len(top.Content); i += 2 {
		keys = append(keys, top.Content[i])
	}
	k := lastAtOrBefore(keys, line)
	if k < 0 {
		return ""
	}
	switch keys[k].Value {
	case "entries":
		seq := top.Content[2*k+1]
		if seq.Kind != yaml.SequenceNode {
			return ""
		}
		i := lastAtOrBefore(seq.Content, line)
		if i < 0 || i >= len(c.cells) {
			return ""
		}
		item := seq.Content[i]
		var fields []*yaml.Node
		for j := 0; j+1 < len(item.Content); j += 2 {
			fields = append(fields, item.Content[j])
		}
		col := colTask
		if f := lastAtOrBefore(fields, line); f >= 0 {
			col = fieldColumn[fields[f].Value]
		}
		return c.cells[i][col]
	case "submitted":
		return c.labels["submitted"]
	case "contact":
		return c.labels["contact"]
	}
	return c.labels[""]
}

// lastAtOrBefore is the index of the last node starting at or before line.
func lastAtOrBefore(nodes []*yaml.Node, line int) int {
	i := sort.Search(len(nodes), func(i int) bool { return nodes[i].Line > line })
	return i - 1
}

// Verify loads the repository base with the collected reports (and the
// evidence they bring) laid over it and runs every check of `tally check`; each collected form gets the
// diagnostics of its report file, placed on its cells (a cell that already
// has a problem keeps only that one). It returns the repository as loaded.
func Verify(base fs.FS, cs []*Collected, today time.Time) *model.Repo {
	files := map[string][]byte{}
	attached := map[string]Attachment{}
	for _, c := range cs {
		if c.Refused == nil && c.Text != nil {
			files[c.File] = c.Text
			for _, a := range c.Attachments {
				attached[model.EvidenceDir(c.Period.ID, c.Unit.ID)+"/"+a.Name] = a
			}
		}
	}
	over := Overlay(base, files, attached)
	res := load.Load(over)
	diags := check.Run(res, check.Options{Today: today, Evidence: over})
	for _, c := range cs {
		if c.Refused != nil || c.Text == nil {
			continue
		}
		taken := map[string]bool{}
		for _, p := range c.Problems {
			taken[p.Cell] = true
		}
		for _, d := range diags.Items {
			if d.File != c.File {
				continue
			}
			if p := c.Place(d); !taken[p.Cell] || p.Cell == "" {
				c.Problems = append(c.Problems, p)
			}
		}
		sort.SliceStable(c.Problems, func(i, j int) bool { return cellLess(c.Problems[i].Cell, c.Problems[j].Cell) })
	}
	return res.Repo
}

// cellLess orders cells by sheet, then row, then column.
func cellLess(a, b string) bool {
	sa, ra, ca := splitCell(a)
	sb, rb, cb := splitCell(b)
	if sa != sb {
		return sa < sb
	}
	if ra != rb {
		return ra < rb
	}
	return ca < cb
}

func splitCell(s string) (sheet string, row, col int) {
	i := strings.LastIndexByte(s, '!')
	if i < 0 {
		return s, 0, 0
	}
	first, _, _ := strings.Cut(s[i+1:], ":") // a range sorts at its first cell
	col, row, _ = excelize.CellNameToCoordinates(first)
	return s[:i], row, col
}

// Errors counts the problems that are errors.
func (c *Collected) Errors() int {
	n := 0
	for _, p := range c.Problems {
		if p.Severity == diag.Error {
			n++
		}
	}
	return n
}

// titled is the task whose title a row's title cell shows (its first
// line: the form adds the last report's note below), where only one task
// has that title; nil otherwise.
func titled(x *model.Index, cell string) *model.Task {
	title, _, _ := strings.Cut(cell, "\n")
	title = strings.TrimSpace(title)
	var found *model.Task
	for _, t := range x.Repo.Tasks {
		if title != "" && t.Title == title {
			if found != nil {
				return nil
			}
			found = t
		}
	}
	return found
}
