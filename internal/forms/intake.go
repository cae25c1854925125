package forms

import (
	"cmp"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"tally/internal/i18n"
	"tally/internal/model"
	"tally/internal/shellarg"
)

// This file is the intake: which files of a folder of returned forms are
// read as forms, which are left alone without a word, why every other one
// is not collected and what to do about it, and the one period a run of
// collect takes forms for.

// Ignored says whether a file in an intake folder is one that an office
// program or the operating system leaves there by itself, which nobody
// sent (model.SystemFile: ~$name.xlsx, Thumbs.db, .DS_Store …). They are
// skipped silently; every other file is read or listed.
func Ignored(name string) bool { return model.SystemFile(name) }

// File kinds for Skip.
const (
	KindFile   = iota // a regular file
	KindFolder        // a folder
	KindOther         // a link, device or anything else
)

// Skip says why the file shown as path is not read as a form, and what to
// do about it; nil for a file that is read (.xlsx). head is the file's
// first bytes (nil when not read: HeadKinds says for which names they
// are), so that a file is told by what it holds where its name could
// lie. period is the period being collected, for the fix of a report
// file sent as it is; tally is the command as the user runs it (with the
// -C they gave), for the fixes that say what to run.
func Skip(path string, kind int, head []byte, period, tally string) *i18n.Text {
	t := skip(path, kind, head, period, tally)
	if t.Zh == "" {
		return nil
	}
	return &t
}

// HeadKinds says whether Skip wants the first bytes of the file named
// name to tell what it is: a spreadsheet of another Excel or WPS format
// by its name, which may be an .xlsx workbook renamed.
func HeadKinds(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xls", ".et", ".ett":
		return true
	}
	return false
}

// zipHead says whether head begins a zip archive, as every .xlsx
// workbook is.
func zipHead(head []byte) bool { return len(head) >= 4 && string(head[:4]) == "PK\x03\x04" }

func skip(path string, kind int, head []byte, period, tally string) i18n.Text {
	name := filepath.Base(path)
	lower := strings.ToLower(name)
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case kind == KindFolder:
		// The period being collected goes with it: the folder's own name
		// need not name it (补交 in 收回/2019Q3), and today's would be taken.
		cmd := tally + " collect " + shellarg.Quote(path)
		if period != "" {
			cmd = tally + " collect --period " + period + " " + shellarg.Quote(path)
		}
		return i18n.F("是一个文件夹，其中的文件不会收取：把其中的报送表移到上一层，或运行 %s",
			"is a folder, and the files in it are not collected: move its forms up a level, or run %s", cmd)
	case kind == KindOther:
		return i18n.T("不是普通文件（可能是链接或快捷方式），未读取：请把报送表本身放进来",
			"is not a regular file (a link or a shortcut, perhaps), and was not read: put the form itself here")
	case strings.HasPrefix(name, "~$") || strings.HasPrefix(name, ".~"):
		return i18n.T("是 Excel/WPS 打开工作簿时留下的临时锁定文件，不是报送表：关闭该工作簿后它会自行消失",
			"is the lock file Excel or WPS keeps while a workbook is open, not a form: it goes away when the workbook is closed")
	case ext == ".xlsx":
		return i18n.Text{}
	case kind == KindFile && HeadKinds(name) && zipHead(head):
		// An .xlsx workbook whose name was changed (probe 14, B6: it was
		// called an old Excel file, to be saved as .xlsx again).
		fixed := strings.TrimSuffix(name, filepath.Ext(name)) + ".xlsx"
		return i18n.F("文件名是 %s，内容却是 .xlsx 工作簿（扩展名被改过）：把文件名改为 %s 后再收取",
			"is named %s but holds an .xlsx workbook (its extension was changed): rename it %s, then collect it", ext, fixed)
	case ext == ".xls":
		return i18n.T("是旧版 Excel 文件（.xls），不能收取：请用 Excel/WPS 另存为 .xlsx 后再收取",
			"is an old Excel file (.xls), which cannot be collected: save it as .xlsx in Excel or WPS, then collect that")
	case ext == ".et" || ext == ".ett":
		return i18n.T("是 WPS 表格文件（.et），不能收取：请用 WPS 另存为 .xlsx（Excel 工作簿）后再收取",
			"is a WPS spreadsheet (.et), which cannot be collected: save it as .xlsx (Excel workbook) in WPS, then collect that")
	case ext == ".xlsm" || ext == ".xlsb" || ext == ".xltx" || ext == ".xltm" || ext == ".ods":
		return i18n.F("不是 .xlsx 格式（%s），不能收取：请用 Excel/WPS 另存为 .xlsx（Excel 工作簿）后再收取",
			"is not in the .xlsx format (%s), and cannot be collected: save it as .xlsx (Excel workbook) in Excel or WPS, then collect that", ext)
	case ext == ".csv":
		return i18n.T("是 CSV 文件，不能收取：另存为 CSV 时报送表记下的单位和期次已丢失；请收取原来的 .xlsx 报送表，或请单位在发出的报送表中填写后发回",
			"is a CSV file, which cannot be collected: saving as CSV loses the unit and period the form records; collect the original .xlsx form, or ask the unit to fill in the form it was sent")
	case strings.HasSuffix(lower, ".yaml.txt") || strings.HasSuffix(lower, ".yml.txt"):
		fixed := name[:len(name)-len(".txt")]
		return i18n.F("是被存成 .txt 的报送文件（YAML），不是 Excel 报送表：把文件名改为 %s（去掉末尾的 .txt），放进 reports/%s/，再运行 %s check",
			"is a report file (YAML) saved as .txt, not an Excel form: rename it %s (without the final .txt), put it in reports/%s/, then run %s check", fixed, period, tally)
	case ext == ".yaml" || ext == ".yml":
		return i18n.F("是报送文件（YAML），不是 Excel 报送表：放进 reports/%s/，再运行 %s check",
			"is a report file (YAML), not an Excel form: put it in reports/%s/, then run %s check", period, tally)
	case ext == ".zip" || ext == ".rar" || ext == ".7z":
		return i18n.T("是压缩包，不能收取：请先解压，把其中的 .xlsx 报送表放进来再收取",
			"is an archive, which cannot be collected: unpack it and put the .xlsx forms inside here, then collect them")
	case ext == ".wps" || ext == ".doc" || ext == ".docx" || ext == ".pdf" || ext == ".ofd":
		return i18n.F("是文档（%s），不是报送表：请单位在发出的 .xlsx 报送表中填写后发回",
			"is a document (%s), not a form: ask the unit to fill in the .xlsx form it was sent and send that back", ext)
	}
	return i18n.T("不是报送表（只收取 tally forms 生成的 .xlsx 报送表）：请单位在发出的报送表中填写后发回",
		"is not a form (only the .xlsx forms tally forms writes are collected): ask the unit to fill in the form it was sent and send that back")
}

// Unreadable says why a file named .xlsx could not be read as a
// workbook: an old Excel file or a workbook with a password to open it
// (both are OLE compound files inside), else not a workbook or damaged.
func Unreadable(f io.ReaderAt) i18n.Text {
	head := make([]byte, 8)
	if n, _ := f.ReadAt(head, 0); n == 8 && string(head) == "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" {
		return i18n.T("是旧版 Excel 文件（.xls）或设了打开密码的工作簿，只是扩展名为 .xlsx：请用 Excel/WPS 打开（有密码的先取消密码），另存为 .xlsx 后再收取",
			"is an old Excel file (.xls), or a workbook with a password to open it, named .xlsx: open it in Excel or WPS (removing the password), save it as .xlsx, then collect that")
	}
	return i18n.T("不是 Excel 工作簿（.xlsx），或文件已损坏", "not an Excel workbook (.xlsx), or damaged")
}

// FolderPeriods are the periods of plan that a folder's name names
// ("2019Q3", "2019q3 收回"), ignoring case; an id contained in a longer
// one named there (2019Q3 in 2019Q3-2) does not count on its own.
func FolderPeriods(plan *model.Plan, folder string) []string {
	name := strings.ToLower(filepath.Base(folder))
	var found []string
	for _, p := range plan.Periods {
		if p.ID != "" && strings.Contains(name, strings.ToLower(p.ID)) {
			found = append(found, p.ID)
		}
	}
	var out []string
	for _, id := range found {
		inner := false
		for _, other := range found {
			inner = inner || (len(other) > len(id) && strings.Contains(strings.ToLower(other), strings.ToLower(id)))
		}
		if !inner {
			out = append(out, id)
		}
	}
	return out
}

// How a collect run's period was chosen.
const (
	ByFlag   = iota // --period
	ByFolder        // the intake folder's name
	ByDate          // the default period of every command (ledger.DefaultPeriod)
)

// Binding is the one period a run of collect takes forms for, and how it
// was chosen.
type Binding struct {
	Period model.Period
	By     int
	Folder string    // the folder's name, for ByFolder
	Today  time.Time // for ByDate
	Over   bool      // for ByDate: the plan is over (ledger.PlanOver)
	Unused bool      // for ByDate with Over: no period has a report that counts, the last is taken
	// Tally is the command as the user runs it, with the -C they gave
	// ("" is plain tally), for the fixes that say what to run.
	Tally string
}

// How says how the period was chosen, for the closing line of collect.
func (b Binding) How() i18n.Text {
	switch b.By {
	case ByFlag:
		return i18n.T("按 --period", "from --period")
	case ByFolder:
		return i18n.F("按目录名“%s”", "from the folder's name %q", b.Folder)
	}
	switch {
	case b.Over && b.Unused:
		return i18n.F("清单各期均已结束（今天 %s），还没有计入的报送，取最后一期；要别的期次，用 --period 指定",
			"the plan is over on %s and no period has a report that counts: the last one; name another with --period", model.FormatDate(b.Today))
	case b.Over:
		return i18n.F("清单各期均已结束（今天 %s），取有报送的最近一期", "the plan is over on %s: the latest period with reports", model.FormatDate(b.Today))
	}
	return i18n.F("今天 %s 正在报送的期次", "the one being reported on %s", model.FormatDate(b.Today))
}

// Bind refuses c, read from the file shown as form, when it is a form for
// another period: nothing of it is written or checked (its cells are that
// period's business), and the message says how to take it on purpose.
func (b Binding) Bind(c *Collected, form string) {
	if c.Refused != nil || c.Unit == nil || c.Period.ID == b.Period.ID {
		return
	}
	fix := cmp.Or(b.Tally, "tally") + " collect --period " + c.Period.ID + " " + shellarg.Quote(form)
	var t i18n.Text
	switch b.By {
	case ByFlag:
		t = i18n.F("这是 %s 的报送表，而 --period 指定收取 %s，未收取；确要收取它，运行 %s",
			"this is a form for %s, but --period takes %s; not collected. To take it, run %s", c.Period.ID, b.Period.ID, fix)
	case ByFolder:
		t = i18n.F("这是 %s 的报送表，而目录“%s”收取的是 %s，未收取：请把它移出这个目录；确要收取它，运行 %s",
			"this is a form for %s, but the folder %q takes %s; not collected: move it out of the folder. To take it, run %s",
			c.Period.ID, b.Folder, b.Period.ID, fix)
	default:
		how := b.How()
		t = i18n.T(
			fmt.Sprintf("这是 %s 的报送表，而本次收取的是 %s（%s），未收取；确要收取它，运行 %s", c.Period.ID, b.Period.ID, how.Zh, fix),
			fmt.Sprintf("this is a form for %s, but this run takes %s (%s); not collected. To take it, run %s", c.Period.ID, b.Period.ID, how.En, fix))
	}
	c.Refused, c.File, c.Problems, c.Text = &t, "", nil, nil
}
