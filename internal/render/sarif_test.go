package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"tally/internal/diag"
	"tally/internal/formatspec"
	"tally/internal/i18n"
	"tally/internal/model"
)

// A problem that has no line (Pos zero) is a result on its file with no
// region: SARIF forbids a region without a start line.
func TestSARIFWithoutLine(t *testing.T) {
	var l diag.List
	l.Add("units.yaml", model.Pos{}, diag.MissingFile, i18n.T("缺少 units.yaml", "units.yaml is missing"))
	l.Add("reports/2019Q2/a.yaml", model.Pos{Line: 3}, diag.BadStatus, i18n.T("状态无效", "bad status"))
	var b bytes.Buffer
	if err := SARIF(&b, l, Tool{Version: "v1.2.3", Root: "/srv/数据"}, i18n.En); err != nil {
		t.Fatal(err)
	}
	if p := formatspec.SARIF(b.Bytes()); p != nil {
		t.Fatalf("invalid SARIF:\n%s\n%s", strings.Join(p, "\n"), b.String())
	}
	var log struct {
		Runs []struct {
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				Locations []struct {
					PhysicalLocation map[string]json.RawMessage
				}
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if got := log.Runs[0].OriginalURIBaseIDs["%SRCROOT%"].URI; got != "file:///srv/%E6%95%B0%E6%8D%AE/" {
		t.Errorf("base %q: want the root as a file: URI ending in /", got)
	}
	if _, ok := log.Runs[0].Results[0].Locations[0].PhysicalLocation["region"]; ok {
		t.Errorf("a problem with no line has a region: %s", b.String())
	}
	if r := string(log.Runs[0].Results[1].Locations[0].PhysicalLocation["region"]); !strings.Contains(r, `"startLine": 3`) || strings.Contains(r, "Column") {
		t.Errorf("a line without a column: region %s", r)
	}
}

func TestFileURI(t *testing.T) {
	for dir, want := range map[string]string{
		"/home/张三/台账":     "file:///home/%E5%BC%A0%E4%B8%89/%E5%8F%B0%E8%B4%A6/",
		"/data/":          "file:///data/",
		"C:/Users/office": "file:///C:/Users/office/",
		"/a b/50%/#1?x":   "file:///a%20b/50%25/%231%3Fx/",
	} {
		if got := fileURI(dir); got != want {
			t.Errorf("fileURI(%q) = %q, want %q", dir, got, want)
		}
	}
	for file, want := range map[string]string{
		"reports/2019Q2/chikan-org.yaml": "reports/2019Q2/chikan-org.yaml",
		"reports/2019Q2/赤坎 1.yaml":       "reports/2019Q2/%E8%B5%A4%E5%9D%8E%201.yaml",
		"c:backup.yaml":                  "c%3Abackup.yaml",
		"tasks/#1?.yaml":                 "tasks/%231%3F.yaml",
	} {
		if got := relativeURI(file); got != want {
			t.Errorf("relativeURI(%q) = %q, want %q", file, got, want)
		}
	}
}
