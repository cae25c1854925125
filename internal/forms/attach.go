package forms

import (
	"io/fs"
	"sort"
	"strings"

	"tally/internal/diag"
	"tally/internal/evidence"
	"tally/internal/i18n"
	"tally/internal/model"
)

// A form comes back with its evidence (佐证材料) in a folder named like
// the form (2019Q3-赤坎区委组织部.xlsx and 2019Q3-赤坎区委组织部/); each
// row's 佐证材料 cell names its files. Attach judges them by check's rules
// and lists what collect copies into evidence/PERIOD/UNIT/.

// Attachment is a file of a form's folder that a row cites.
type Attachment struct {
	Name string // its name, in the folder and in evidence/PERIOD/UNIT/
	Size int64
	From fs.FS // the folder, read through its boundary (load.Dir)
}

// SplitNames reads a 佐证材料 cell: names separated by line breaks, 、，,；;
// with the spaces around them trimmed.
func SplitNames(s string) []string {
	var out []string
	for _, n := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("\n\r、，,；;", r) }) {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// Attach judges the files c's rows cite against the form's folder (nil:
// the form came alone) and against those already in evidence/PERIOD/UNIT/
// of base: a name cited is a file of the folder that check accepts, or
// one already in place. Problems are placed at the citing cell; a file of
// the folder no row cites is a warning, and is not copied.
func (c *Collected) Attach(base, folder fs.FS, folderName string) {
	if c.Refused != nil || c.Unit == nil {
		return
	}
	dir := model.EvidenceDir(c.Period.ID, c.Unit.ID)
	cited := map[string]bool{}
	for i, ev := range c.evidence {
		for _, name := range ev {
			cell := c.cells[i][colEvidence]
			if cited[name] {
				continue
			}
			cited[name] = true
			c.attachOne(base, folder, folderName, dir, name, cell)
		}
	}
	if folder == nil {
		return
	}
	entries, _ := fs.ReadDir(folder, ".")
	for _, e := range entries {
		if cited[e.Name()] || Ignored(e.Name()) {
			continue
		}
		c.Problems = append(c.Problems, Problem{Severity: diag.Warning, Rule: diag.EvidenceUncited, Message: i18n.F(
			"附件 %s/%s 没有哪一行的“佐证材料”栏写上它，未复制；需要的话在相应任务的“佐证材料”栏写上“%s”",
			"the attachment %s/%s is named in no row's 佐证材料 (evidence) cell and was not copied; write %q in the cell of the task it supports if it is wanted",
			folderName, e.Name(), e.Name())})
	}
	sort.Slice(c.Attachments, func(i, j int) bool { return c.Attachments[i].Name < c.Attachments[j].Name })
}

// attachOne judges one cited name: in the folder, else already in place.
func (c *Collected) attachOne(base, folder fs.FS, folderName, dir, name, cell string) {
	add := func(f evidence.Finding, where string) {
		c.Problems = append(c.Problems, Problem{Cell: cell, Severity: diag.SeverityOf(f.Rule()), Rule: f.Rule(), Message: evidence.InForm(f.Message(name, where))})
	}
	if problem := evidence.NameProblem(name); problem != evidence.OK {
		add(evidence.Finding{Problem: problem}, folderName)
		return
	}
	if folder != nil {
		switch f := evidence.Inspect(folder, name); {
		case f.OK():
			c.Attachments = append(c.Attachments, Attachment{Name: name, Size: f.Size, From: folder})
			return
		case f.Problem != evidence.Missing:
			add(f, folderName)
			return
		}
	}
	if f := evidence.Inspect(base, dir+"/"+name); !f.OK() {
		if f.Problem == evidence.Missing {
			c.Problems = append(c.Problems, Problem{Cell: cell, Severity: diag.Error, Rule: diag.EvidenceMissing, Message: i18n.F(
				"佐证材料“%s”不在附件文件夹 %s/ 中（也不在 %s/ 中）：请单位把文件放进与报送表同名的文件夹一起发回，或改正文件名",
				"evidence %q is neither in the attachments folder %s/ nor in %s/: have the unit send the file in the folder named like the form, or correct the name",
				name, folderName, dir)})
			return
		}
		add(f, dir)
	}
}
