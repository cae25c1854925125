package forms_test

import (
	"strings"
	"testing"
	"time"

	"tally/internal/forms"
	"tally/internal/i18n"
	"tally/internal/model"
	"tally/internal/shellarg"
)

// Which files of an intake folder pass silently, which are read, and what
// the others are told.
func TestIntake(t *testing.T) {
	for _, name := range []string{"~$2019Q3-赤坎区委组织部.xlsx", ".~lock.2019Q3-赤坎区委组织部.xlsx#", "Thumbs.db", "desktop.ini", ".DS_Store", "._2019Q3-赤坎区委组织部.xlsx"} {
		if !forms.Ignored(name) {
			t.Errorf("%s is not ignored", name)
		}
	}
	for _, name := range []string{"2019Q3-赤坎区委组织部.xlsx", "2019Q3-赤坎区委组织部.xls", ".keep", "readme.txt"} {
		if forms.Ignored(name) {
			t.Errorf("%s is ignored", name)
		}
	}
	for _, c := range []struct {
		path string
		kind int
		want string // in the Chinese message; "" for a form
		head string // the file's first bytes
	}{
		{"in/2019Q3-赤坎区委组织部.xlsx", forms.KindFile, "", ""},
		{"in/2019Q3-赤坎区委组织部.XLSX", forms.KindFile, "", ""},
		{"in/2019Q3-赤坎区委组织部.xls", forms.KindFile, "请用 Excel/WPS 另存为 .xlsx 后再收取", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"},
		// An .xlsx workbook renamed .xls or .et is told by what it holds
		// (probe 14, B6).
		{"in/2019Q3-赤坎区委组织部.xls", forms.KindFile, "文件名是 .xls，内容却是 .xlsx 工作簿（扩展名被改过）：把文件名改为 2019Q3-赤坎区委组织部.xlsx 后再收取", "PK\x03\x04\x14\x00\x06\x00"},
		{"in/2019Q3-赤坎区委组织部.ET", forms.KindFile, "文件名是 .et，内容却是 .xlsx 工作簿", "PK\x03\x04"},
		{"in/2019Q3-赤坎区委组织部.et", forms.KindFile, "请用 WPS 另存为 .xlsx", ""},
		{"in/2019Q3-赤坎区委组织部.xlsm", forms.KindFile, "不是 .xlsx 格式（.xlsm）", ""},
		{"in/2019Q3-赤坎区委组织部.csv", forms.KindFile, "单位和期次已丢失", ""},
		{"in/chikan-org.yaml.txt", forms.KindFile, "把文件名改为 chikan-org.yaml（去掉末尾的 .txt），放进 reports/2019Q3/", ""},
		{"in/chikan-org.yaml", forms.KindFile, "放进 reports/2019Q3/", ""},
		{"in/情况说明.wps", forms.KindFile, "是文档（.wps）", ""},
		{"in/报送表.zip", forms.KindFile, "请先解压", ""},
		{"in/照片.jpg", forms.KindFile, "不是报送表", ""},
		{"in/2019Q3-赤坎区委组织部.xlsx", forms.KindFolder, "是一个文件夹", ""},
		{"in/补交 材料", forms.KindFolder, "运行 tally collect --period 2019Q3 " + shellarg.Quote("in/补交 材料"), ""},
		{"in/2019Q3-赤坎区委组织部.xlsx", forms.KindOther, "不是普通文件", ""},
		{"~$2019Q3-赤坎区委组织部.xlsx", forms.KindFile, "临时锁定文件", ""},
	} {
		got := forms.Skip(c.path, c.kind, []byte(c.head), "2019Q3", "tally")
		switch {
		case c.want == "" && got != nil:
			t.Errorf("%s is not read: %s", c.path, got.Zh)
		case c.want != "" && (got == nil || !strings.Contains(got.Zh, c.want) || got.En == ""):
			t.Errorf("%s: %v, want %q", c.path, got, c.want)
		}
	}
}

// The period a folder's name names, ignoring case; none; or several.
func TestFolderPeriods(t *testing.T) {
	plan := &model.Plan{Periods: []model.Period{{ID: "2019Q3"}, {ID: "2019Q3-2"}, {ID: "2019Q4"}}}
	for folder, want := range map[string]string{
		"收回/2019Q3":       "2019Q3",
		"/data/2019q3 收回": "2019Q3",
		"收回/2019Q3-2":     "2019Q3-2",
		"2019Q3/批次":       "",
		"2019Q3和2019Q4":   "2019Q3 2019Q4",
		"D:/报送/2019年第三季度": "",
	} {
		if got := strings.Join(forms.FolderPeriods(plan, folder), " "); got != want {
			t.Errorf("%s: %q, want %q", folder, got, want)
		}
	}
}

// A form for another period is refused, saying how to take it on purpose;
// a form for the bound period is left alone.
func TestBind(t *testing.T) {
	q2, q3 := model.Period{ID: "2019Q2"}, model.Period{ID: "2019Q3"}
	unit := &model.Unit{ID: "chikan-org"}
	for _, b := range []forms.Binding{{Period: q3, By: forms.ByFlag}, {Period: q3, By: forms.ByFolder, Folder: "2019Q3"},
		{Period: q3, By: forms.ByDate, Today: time.Date(2019, 10, 15, 0, 0, 0, 0, time.UTC)}} {
		c := &forms.Collected{Unit: unit, Period: q2, File: "reports/2019Q2/chikan-org.yaml", Text: []byte("unit: chikan-org\n"),
			Problems: []forms.Problem{{Cell: "表1!B3", Message: i18n.T("报送日期未填写", "no date")}}}
		b.Bind(c, "收回/2019Q3/2019Q2 赤坎区委组织部.xlsx")
		fix := "tally collect --period 2019Q2 " + shellarg.Quote("收回/2019Q3/2019Q2 赤坎区委组织部.xlsx")
		if c.Refused == nil || c.File != "" || c.Text != nil || len(c.Problems) > 0 || !strings.Contains(c.Refused.Zh, fix) || !strings.Contains(c.Refused.En, fix) ||
			!strings.Contains(c.Refused.Zh, "这是 2019Q2 的报送表") {
			t.Errorf("%+v: refused %v, file %q", b, c.Refused, c.File)
		}
		same := &forms.Collected{Unit: unit, Period: q3, File: "reports/2019Q3/chikan-org.yaml"}
		if b.Bind(same, "x.xlsx"); same.Refused != nil || same.File == "" {
			t.Errorf("%+v refused a form for its own period", b)
		}
	}
}
