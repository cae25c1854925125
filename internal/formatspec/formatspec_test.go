package formatspec

import (
	"strings"
	"testing"
)

const goodSARIF = `{
  "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
  "version": "2.1.0",
  "runs": [{
    "tool": {"driver": {"name": "tally", "version": "1.0", "rules": [
      {"id": "R204", "shortDescription": {"text": "bad status"}, "defaultConfiguration": {"level": "error"}},
      {"id": "R405", "shortDescription": {"text": "late"}, "defaultConfiguration": {"level": "warning"}}]}},
    "originalUriBaseIds": {"%SRCROOT%": {"uri": "file:///data/"}},
    "columnKind": "unicodeCodePoints",
    "language": "zh-CN",
    "results": [
      {"ruleId": "R405", "ruleIndex": 1, "level": "warning", "message": {"text": "late"},
       "locations": [{"physicalLocation": {"artifactLocation": {"uri": "reports/2019Q2/a.yaml", "uriBaseId": "%SRCROOT%"},
         "region": {"startLine": 4, "startColumn": 12, "endColumn": 22}}}],
       "partialFingerprints": {"tally/v1": "ab"}},
      {"ruleId": "R204", "ruleIndex": 0, "level": "error", "message": {"text": "bad"},
       "locations": [{"physicalLocation": {"artifactLocation": {"uri": "plan.yaml", "uriBaseId": "%SRCROOT%"}}}]}]
  }]
}`

// The checks pass a log that follows the specification and catch each
// way of breaking it.
func TestSARIF(t *testing.T) {
	if p := SARIF([]byte(goodSARIF)); p != nil {
		t.Fatalf("a valid log is refused: %v", p)
	}
	for _, c := range []struct{ old, new, want string }{
		{`"version": "2.1.0"`, `"version": "2.0.0"`, "version"},
		{`"$schema": "https:`, `"$schema": "`, "$schema"},
		{`"name": "tally", `, ``, "driver.name"},
		{`"ruleIndex": 1,`, `"ruleIndex": 0,`, "names rule"},
		{`"ruleIndex": 1,`, `"ruleIndex": 7,`, "not an index"},
		{`"ruleId": "R405"`, `"ruleId": "R999"`, "not among the driver's rules"},
		{`"level": "warning", "message"`, `"level": "warn", "message"`, "level"},
		{`"message": {"text": "late"}`, `"message": {}`, "message.text"},
		{`"startLine": 4`, `"startLine": 0`, "1-based"},
		{`"startColumn": 12`, `"startColumn": 0`, "1-based"},
		{`"endColumn": 22`, `"endColumn": 2`, "before startColumn"},
		{`"uri": "reports/2019Q2/a.yaml"`, `"uri": "file:///data/reports/2019Q2/a.yaml"`, "absolute"},
		{`"uri": "reports/2019Q2/a.yaml"`, `"uri": "/data/reports/2019Q2/a.yaml"`, "absolute"},
		{`"uri": "plan.yaml", "uriBaseId": "%SRCROOT%"`, `"uri": "plan.yaml", "uriBaseId": "ROOT"`, "originalUriBaseIds"},
		{`{"uri": "file:///data/"}`, `{"uri": "data/"}`, "absolute URI ending"},
		{`"columnKind": "unicodeCodePoints"`, `"columnKind": "bytes"`, "columnKind"},
		{`{"id": "R405"`, `{"id": "R204"`, "repeats"},
		{`"level": "error"}},`, `"level": "fatal"}},`, "defaultConfiguration.level"},
		{`"locations": [{"physicalLocation": {"artifactLocation": {"uri": "plan.yaml", "uriBaseId": "%SRCROOT%"}}}]`, `"locations": []`, "no location"},
	} {
		if !strings.Contains(goodSARIF, c.old) {
			t.Fatalf("test case does not apply: %q", c.old)
		}
		p := SARIF([]byte(strings.Replace(goodSARIF, c.old, c.new, 1)))
		if !strings.Contains(strings.Join(p, "\n"), c.want) {
			t.Errorf("%s → %s: want a problem with %q, got %v", c.old, c.new, c.want, p)
		}
	}
}

const goodCodeQuality = `[
  {"description": "[R204] bad", "check_name": "R204", "fingerprint": "a1", "severity": "major",
   "location": {"path": "reports/2019Q2/a.yaml", "lines": {"begin": 12}}},
  {"description": "[R405] late", "check_name": "R405", "fingerprint": "b2", "severity": "minor",
   "location": {"path": "plan.yaml", "positions": {"begin": {"line": 1}}}}
]`

func TestCodeQuality(t *testing.T) {
	if p := CodeQuality([]byte(goodCodeQuality)); p != nil {
		t.Fatalf("a valid report is refused: %v", p)
	}
	for _, c := range []struct{ old, new, want string }{
		{`"description": "[R204] bad", `, ``, "description"},
		{`"check_name": "R204", `, `"check_name": "", `, "check_name"},
		{`"fingerprint": "b2"`, `"fingerprint": "a1"`, "repeats"},
		{`"severity": "major"`, `"severity": "error"`, "severity"},
		{`"path": "reports/2019Q2/a.yaml"`, `"path": "/repo/reports/2019Q2/a.yaml"`, "relative"},
		{`"lines": {"begin": 12}`, `"lines": {"begin": 0}`, "lines.begin"},
		{`"lines": {"begin": 12}`, `"lines": {}`, "lines.begin"},
		{`[`, `{"x": [`, "not a JSON array"},
	} {
		p := CodeQuality([]byte(strings.Replace(goodCodeQuality, c.old, c.new, 1)))
		if !strings.Contains(strings.Join(p, "\n"), c.want) {
			t.Errorf("%s → %s: want a problem with %q, got %v", c.old, c.new, c.want, p)
		}
	}
}
