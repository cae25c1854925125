package cli_test

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tally/internal/formatspec"
)

// broken is the bundled copy with errors a unit makes: two bad statuses
// (the same message twice in one file), a syntax error, an oversized
// file (a problem with the whole file), a stray file with a Chinese name,
// a space and a #, and the bundled late report's warning.
func broken(t *testing.T) string {
	t.Helper()
	dir := bundled(t)
	edit(t, dir, "reports/2019Q2/chikan-org.yaml", "    status: 推进中\n    progress: 60", "    status: finished\n    progress: 60")
	edit(t, dir, "reports/2019Q2/chikan-org.yaml", "    status: 推进中\n    progress: 50", "    status: finished\n    progress: 50")
	edit(t, dir, "reports/2019Q2/city-pub.yaml", "entries:", "entries: [")
	write("reports/2019Q2/huge.yaml", []byte(strings.Repeat("# 很长的注释\n", 400_000)))(t, dir)
	write("reports/2019Q2/赤坎 备份#1.txt", []byte("unit: chikan-org\n"))(t, dir)
	return dir
}

func edit(t *testing.T, dir, file, old, new string) {
	t.Helper()
	p := filepath.Join(dir, file)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s has no %q", file, old)
	}
	write(file, []byte(strings.Replace(string(b), old, new, 1)))(t, dir)
}

type sarifLog struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Name    string
				Version string
				Rules   []struct{ ID string }
			}
		}
		OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
		Language           string
		Results            []struct {
			RuleID    string
			Level     string
			Message   struct{ Text string }
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct{ URI, URIBaseID string }
					Region           *struct{ StartLine, StartColumn, EndColumn int }
				}
			}
			PartialFingerprints map[string]string
		}
	}
}

// check --format sarif on data with errors: a valid SARIF 2.1.0 log,
// written in full, and exit 1; each result where a platform must draw it.
func TestCheckSARIF(t *testing.T) {
	dir := broken(t)
	for _, lang := range []string{"zh", "en"} {
		out, stderr, code := run(t, "-C", dir, "--lang", lang, "check", "--format", "sarif")
		if code != 1 {
			t.Fatalf("--lang %s: exit %d, want 1 (the data has errors): %s", lang, code, stderr)
		}
		if p := formatspec.SARIF([]byte(out)); p != nil {
			t.Fatalf("--lang %s: not valid SARIF 2.1.0:\n%s", lang, strings.Join(p, "\n"))
		}
		var log sarifLog
		if err := json.Unmarshal([]byte(out), &log); err != nil {
			t.Fatal(err)
		}
		run0 := log.Runs[0]
		if run0.Tool.Driver.Name != "tally" || run0.Tool.Driver.Version == "" {
			t.Errorf("driver %+v", run0.Tool.Driver)
		}
		if want := map[string]string{"zh": "zh-CN", "en": "en-US"}[lang]; run0.Language != want {
			t.Errorf("language %q, want %q", run0.Language, want)
		}
		// The base resolves every artifact to the file in the data root.
		base, err := url.Parse(run0.OriginalURIBaseIDs["%SRCROOT%"].URI)
		if err != nil || base.Scheme != "file" {
			t.Fatalf("%%SRCROOT%% is %q, want a file: URI", run0.OriginalURIBaseIDs["%SRCROOT%"].URI)
		}
		found := map[string]bool{}
		for _, r := range run0.Results {
			loc := r.Locations[0].PhysicalLocation
			ref, err := url.Parse(loc.ArtifactLocation.URI)
			if err != nil {
				t.Fatal(err)
			}
			file := base.ResolveReference(ref).Path
			if _, err := os.Lstat(file); err != nil {
				t.Errorf("%s resolves to %s, which is not there", loc.ArtifactLocation.URI, file)
			}
			key := r.RuleID + " " + loc.ArtifactLocation.URI
			found[key] = true
			switch key {
			case "R204 reports/2019Q2/chikan-org.yaml":
				if reg := loc.Region; reg == nil || reg.StartLine != 8 && reg.StartLine != 14 || reg.StartColumn != 13 || reg.EndColumn != 21 {
					t.Errorf("R204 region %+v, want line 8 or 14, columns 13 to 21 (the word finished)", reg)
				}
				if !strings.Contains(r.Message.Text, map[string]string{"zh": "状态“finished”无效", "en": `status "finished"`}[lang]) {
					t.Errorf("--lang %s: message %q", lang, r.Message.Text)
				}
				if r.Level != "error" {
					t.Errorf("R204 level %s", r.Level)
				}
			case "R105 reports/2019Q2/huge.yaml": // the whole file: where check's text points, 1:1
				if reg := loc.Region; reg == nil || reg.StartLine != 1 || reg.StartColumn != 1 {
					t.Errorf("R105 region %+v, want line 1, column 1", reg)
				}
			case "R405 reports/2019Q2/mazhang-pub.yaml":
				if r.Level != "warning" {
					t.Errorf("R405 level %s, want warning", r.Level)
				}
			}
		}
		for _, want := range []string{"R204 reports/2019Q2/chikan-org.yaml", "R102 reports/2019Q2/city-pub.yaml", "R105 reports/2019Q2/huge.yaml",
			"R108 reports/2019Q2/%E8%B5%A4%E5%9D%8E%20%E5%A4%87%E4%BB%BD%231.txt", "R405 reports/2019Q2/mazhang-pub.yaml"} {
			if !found[want] {
				t.Errorf("--lang %s: no result %s among %v", lang, want, found)
			}
		}
	}
}

// check --format gitlab on data with errors: a valid Code Quality report,
// written in full, and exit 1.
func TestCheckGitLab(t *testing.T) {
	dir := broken(t)
	for _, lang := range []string{"zh", "en"} {
		out, stderr, code := run(t, "-C", dir, "--lang", lang, "check", "--format", "gitlab")
		if code != 1 {
			t.Fatalf("--lang %s: exit %d, want 1: %s", lang, code, stderr)
		}
		if p := formatspec.CodeQuality([]byte(out)); p != nil {
			t.Fatalf("--lang %s: not a valid Code Quality report:\n%s", lang, strings.Join(p, "\n"))
		}
		var issues []struct {
			Description string
			CheckName   string `json:"check_name"`
			Severity    string
			Location    struct {
				Path  string
				Lines struct{ Begin int }
			}
		}
		if err := json.Unmarshal([]byte(out), &issues); err != nil {
			t.Fatal(err)
		}
		sev := map[string]string{}
		for _, is := range issues {
			sev[is.CheckName] = is.Severity
			if is.CheckName == "R204" && (is.Location.Path != "reports/2019Q2/chikan-org.yaml" || is.Location.Lines.Begin != 8 && is.Location.Lines.Begin != 14) {
				t.Errorf("R204 at %+v", is.Location)
			}
			if is.CheckName == "R105" && is.Location.Lines.Begin != 1 {
				t.Errorf("a problem with the whole file begins at %d, want 1", is.Location.Lines.Begin)
			}
			if want := map[string]string{"zh": "状态“finished”无效", "en": `status "finished"`}[lang]; is.CheckName == "R204" && !strings.Contains(is.Description, want) {
				t.Errorf("--lang %s: description %q", lang, is.Description)
			}
		}
		if sev["R204"] != "major" || sev["R405"] != "minor" {
			t.Errorf("severities %v: want errors major, warnings minor", sev)
		}
	}
	// Clean data: an empty report and exit 0.
	clean := bundled(t)
	out, _, code := run(t, "-C", clean, "check", "--format", "gitlab", filepath.Join(clean, "reports/2019Q2/chikan-org.yaml"))
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("clean file: exit %d, %s", code, out)
	}
}

// Fingerprints are the same from run to run, in either language, and
// when a line is added above a problem (its line changes, it is the same
// problem); two problems never share one.
func TestFingerprintsStable(t *testing.T) {
	dir := broken(t)
	prints := func(args ...string) map[string]string {
		t.Helper()
		out, _, _ := run(t, append([]string{"-C", dir}, args...)...)
		var issues []struct {
			CheckName   string `json:"check_name"`
			Fingerprint string
		}
		if err := json.Unmarshal([]byte(out), &issues); err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for _, is := range issues {
			if is.CheckName == "R204" {
				m[is.Fingerprint] = is.CheckName
			}
		}
		if len(m) != 2 {
			t.Fatalf("two R204 problems in one file with the same message need two fingerprints: %v", m)
		}
		return m
	}
	first := prints("check", "--format", "gitlab")
	var log sarifLog
	out, _, _ := run(t, "-C", dir, "--lang", "en", "check", "--format", "sarif")
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	for _, r := range log.Runs[0].Results {
		if r.RuleID == "R204" && first[r.PartialFingerprints["tally/v1"]] == "" {
			t.Errorf("the SARIF fingerprint %s (--lang en) is not GitLab's (zh) %v", r.PartialFingerprints["tally/v1"], first)
		}
	}
	edit(t, dir, "reports/2019Q2/chikan-org.yaml", "entries:", "# 补充说明\nentries:")
	again := prints("check", "--format", "gitlab")
	for fp := range first {
		if again[fp] == "" {
			t.Errorf("fingerprint %s changed when a line was added above", fp)
		}
	}
}
