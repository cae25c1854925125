package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"tally/internal/cli"
	"tally/internal/formatspec"
)

// The example pipelines of docs/ci run on a merge request (the harness is
// ci_harness_test.go): each step's exit status, the files handed to the
// platform and the comment posted are what the next step and the
// platform expect.

// needTools skips a test where the tools the pipelines' Linux runners
// have are missing.
func needTools(t *testing.T) {
	for _, tool := range []string{"git", "bash", "sha256sum", "mktemp", "sed", "awk"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed: the pipelines run on Linux runners that have it", tool)
		}
	}
}

// comment is what tally says a merge request from base to HEAD changed.
func comment(t *testing.T, dir, base string) string {
	t.Helper()
	var out, stderr bytes.Buffer
	if code := cli.Main([]string{"-C", dir, "diff", "--format", "md", base, "HEAD"}, &out, &stderr); code != 0 {
		t.Fatalf("diff: exit %d: %s", code, stderr.String())
	}
	return out.String()
}

// checkComment asserts a posted comment is the merge request's own
// changes, in the ledger's words.
func checkComment(t *testing.T, file, body, want string) {
	t.Helper()
	if body != want {
		t.Errorf("%s posts\n%s\nwant tally's comment on the merge request's changes\n%s", file, body, want)
	}
	for _, w := range []string{"### 2019Q2 赤坎区委组织部（chikan-org）", "| 01 扎实开展“不忘初心、牢记使命”主题教育 | 状态 | 推进中 | 已完成 |"} {
		if !strings.Contains(strings.ReplaceAll(body, "\u2060", ""), w) { // word joiners keep labels on one line
			t.Errorf("%s: the comment lacks %q:\n%s", file, w, body)
		}
	}
	if strings.Contains(body, "xiashan-pub") {
		t.Errorf("%s: the comment charges the merge request with main's own change:\n%s", file, body)
	}
}

func sarifRules(t *testing.T, b []byte) map[string]string {
	t.Helper()
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID, Level string
				Locations     []struct {
					PhysicalLocation struct{ ArtifactLocation struct{ URI string } }
				}
			}
		}
	}
	if err := json.Unmarshal(b, &log); err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, r := range log.Runs[0].Results {
		m[r.RuleID] = r.Level + " " + r.Locations[0].PhysicalLocation.ArtifactLocation.URI
	}
	return m
}

func githubExprs(r *ciRun, url, sum string) {
	for k, v := range map[string]string{"github.token": "ghs_test", "github.event.pull_request.number": "7",
		"vars.TALLY_URL": url, "vars.TALLY_SHA256": sum, "secrets.GITEA_TOKEN": "gitea_test"} {
		r.exprs[k] = v
	}
}

// The GitHub and Gitea workflows on a clean change and on one with an
// error: the check step keeps going with the status, SARIF is uploaded,
// the comment is posted, and only the last step fails on the error.
func TestWorkflows(t *testing.T) {
	needTools(t)
	t.Parallel()
	for _, file := range []string{"github-actions.yml", "gitea-actions.yml"} {
		var wf ciWorkflow
		readPipeline(t, file, &wf)
		if _, ok := wf.On["pull_request"]; !ok || len(wf.Jobs) != 1 {
			t.Fatalf("%s: want one job on pull_request", file)
		}
		if file == "github-actions.yml" && (wf.Permissions["pull-requests"] != "write" || wf.Permissions["security-events"] != "write") {
			t.Errorf("%s: permissions %v: commenting needs pull-requests: write, code scanning security-events: write", file, wf.Permissions)
		}
		var steps []ciStep
		for _, j := range wf.Jobs {
			steps = j.Steps
		}
		for _, broken := range []bool{false, true} {
			dir, base := ciRepo(t, broken)
			server := "https://github.com"
			if file == "gitea-actions.yml" {
				server = "https://git.office.example"
				git(t, dir, "checkout", "-q", "--detach", "unit/chikan") // Gitea runs on the branch's head
			} else {
				git(t, dir, "checkout", "-q", "--detach", "main") // GitHub runs on its merge of the branch into the base
				git(t, dir, "merge", "-q", "--no-ff", "--no-edit", "unit/chikan")
			}
			summary := filepath.Join(t.TempDir(), "summary")
			r := newRun(t, dir, "GITHUB_ACTIONS=true", "GITHUB_BASE_REF=main", "GITHUB_HEAD_REF=unit/chikan", "GITHUB_REPOSITORY=office/ledger",
				"GITHUB_SERVER_URL="+server, "GITHUB_WORKSPACE="+dir, "GITHUB_STEP_SUMMARY="+summary, "RUNNER_TEMP="+t.TempDir())
			githubExprs(r, "", "")
			results := r.runSteps(file, steps)
			if len(results) != len(steps) {
				last := results[len(results)-1]
				t.Fatalf("%s (broken %v): step %q stopped the run with exit %d:\n%s", file, broken, last.name, last.status, last.out)
			}
			want := 0
			if broken {
				want = 1
			}
			for i, res := range results {
				if i < len(results)-1 && res.status != 0 || i == len(results)-1 && res.status != want {
					t.Errorf("%s (broken %v): step %q exit %d:\n%s", file, broken, res.name, res.status, res.out)
				}
			}
			if r.exprs["steps.check.outputs.status"] != fmt.Sprint(want) {
				t.Errorf("%s: check recorded status %q, want %d", file, r.exprs["steps.check.outputs.status"], want)
			}
			uploaded, err := os.ReadFile(filepath.Join(r.outbox, "uploaded.sarif"))
			if err != nil {
				t.Fatalf("%s: no SARIF reached the upload: %v", file, err)
			}
			rules := sarifRules(t, uploaded)
			// The merge request changes a 2019Q2 report on 2019-07-10 (its
			// commits made today), after the due date of 07-05, with the
			// submitted date kept: the check against the base warns of it.
			if rules["R411"] != "warning reports/2019Q2/chikan-org.yaml" {
				t.Errorf("%s (broken %v): no R411 for the closed period's report the branch changed: %v", file, broken, rules)
			}
			if broken != (rules["R204"] == "error reports/2019Q2/chikan-org.yaml") {
				t.Errorf("%s (broken %v): SARIF results %v", file, broken, rules)
			}
			sent := r.sent()
			if len(sent) != 1 {
				t.Fatalf("%s: %d requests sent, want the one comment: %+v", file, len(sent), sent)
			}
			want2 := comment(t, dir, base) // from where the branch left main
			if file == "github-actions.yml" {
				want2 = comment(t, dir, "origin/main") // GitHub's HEAD is the merge into main
				if got := strings.Join(sent[0].Args, " "); sent[0].Tool != "gh" || got != "pr comment 7 --repo office/ledger --body-file tally-diff.md" {
					t.Errorf("%s: %s %s", file, sent[0].Tool, got)
				}
				checkComment(t, file, sent[0].Body, want2)
				if b, _ := os.ReadFile(summary); string(b) != want2 {
					t.Errorf("%s: the run's summary is\n%s", file, b)
				}
			} else {
				if sent[0].URL != "https://git.office.example/api/v1/repos/office/ledger/issues/7/comments" ||
					!slices.Contains(sent[0].Headers, "Authorization: token gitea_test") || !slices.Contains(sent[0].Headers, "Content-Type: application/json") {
					t.Errorf("%s: request %+v", file, sent[0])
				}
				var body struct{ Body string }
				if err := json.Unmarshal([]byte(sent[0].Data), &body); err != nil {
					t.Fatalf("%s: the comment is not JSON: %v\n%s", file, err, sent[0].Data)
				}
				checkComment(t, file, body.Body, want2)
			}
		}
	}
}

// The GitLab job on a merge request, clean and with an error, and on the
// default branch (the report only, no comment).
func TestGitLabJob(t *testing.T) {
	needTools(t)
	t.Parallel()
	var jobs map[string]ciGitLab
	readPipeline(t, "gitlab-ci.yml", &jobs)
	job, ok := jobs["tally"]
	if !ok || job.Variables["GIT_DEPTH"] != "0" || job.Artifacts.When != "always" || job.Artifacts.Reports.Codequality == "" {
		t.Fatalf("gitlab-ci.yml: want a job tally with GIT_DEPTH 0 and a Code Quality report kept always: %+v", job)
	}
	script := strings.Join(job.Script, "\n")
	for _, c := range []struct {
		name      string
		broken    bool
		mr        bool
		wantExit  int
		wantSent  int
		wantRules string
	}{
		{"merge request", false, true, 0, 1, ""},
		{"merge request with an error", true, true, 1, 1, "R204"},
		{"default branch", false, false, 0, 0, ""},
	} {
		dir, base := ciRepo(t, c.broken)
		env := []string{"GITLAB_CI=true", "CI_PROJECT_DIR=" + dir, "CI_DEFAULT_BRANCH=main"}
		if c.mr {
			git(t, dir, "checkout", "-q", "--detach", "unit/chikan")
			env = append(env, "CI_PIPELINE_SOURCE=merge_request_event", "CI_MERGE_REQUEST_IID=7", "CI_MERGE_REQUEST_DIFF_BASE_SHA="+base,
				"CI_API_V4_URL=https://gitlab.office.example/api/v4", "CI_PROJECT_ID=42", "TALLY_NOTE_TOKEN=glpat-test")
		} else {
			env = append(env, "CI_PIPELINE_SOURCE=push", "CI_COMMIT_BRANCH=main")
		}
		for k, v := range job.Variables {
			env = append(env, k+"="+v)
		}
		r := newRun(t, dir, env...)
		status, out := r.bash(script, nil)
		if status != c.wantExit {
			t.Errorf("%s: exit %d, want %d:\n%s", c.name, status, c.wantExit, out)
		}
		report, err := os.ReadFile(filepath.Join(dir, job.Artifacts.Reports.Codequality))
		if err != nil {
			t.Fatalf("%s: no report: %v", c.name, err)
		}
		if p := formatspec.CodeQuality(report); p != nil {
			t.Errorf("%s: invalid Code Quality report:\n%s", c.name, strings.Join(p, "\n"))
		}
		if got := strings.Contains(string(report), `"check_name": "R204"`); got != c.broken {
			t.Errorf("%s: report %s", c.name, report)
		}
		// On a merge request the check is against where the branch left
		// main: the closed period's report it changed is warned of (R411);
		// on the default branch there is nothing to compare.
		if got := strings.Contains(string(report), `"check_name": "R411"`); got != c.mr {
			t.Errorf("%s: R411 in the report %v, want %v", c.name, got, c.mr)
		}
		if !strings.Contains(out, "检查了") {
			t.Errorf("%s: the check's text is not in the job log:\n%s", c.name, out)
		}
		sent := r.sent()
		if len(sent) != c.wantSent {
			t.Fatalf("%s: %d requests sent, want %d: %+v", c.name, len(sent), c.wantSent, sent)
		}
		if c.wantSent == 0 {
			continue
		}
		if sent[0].URL != "https://gitlab.office.example/api/v4/projects/42/merge_requests/7/notes" || !slices.Contains(sent[0].Headers, "PRIVATE-TOKEN: glpat-test") {
			t.Errorf("%s: request %+v", c.name, sent[0])
		}
		checkComment(t, "gitlab-ci.yml", sent[0].Form["body"], comment(t, dir, base))
	}
}

// Downloading tally from the office's own server: the right checksum
// lets the pipeline go on, a wrong or missing one stops it before
// anything is checked or posted.
func TestPipelinesDownloadTally(t *testing.T) {
	needTools(t)
	t.Parallel()
	self, err := exec.LookPath("tally")
	if err != nil {
		t.Fatal(err)
	}
	server := filepath.Join(t.TempDir(), "dist", "tally-linux-amd64")
	copyExe(t, self, server)
	b, err := os.ReadFile(server)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	good, bad := hex.EncodeToString(sum[:]), strings.Repeat("0", 64)
	fileURL := (&url.URL{Scheme: "file", Path: server}).String()
	var wf ciWorkflow
	readPipeline(t, "github-actions.yml", &wf)
	var jobs map[string]ciGitLab
	readPipeline(t, "gitlab-ci.yml", &jobs)
	for _, c := range []struct {
		sum  string
		want int
	}{{good, 0}, {bad, 1}, {"", 1}} {
		dir, base := ciRepo(t, false)
		git(t, dir, "checkout", "-q", "--detach", "unit/chikan")
		r := newRun(t, dir, "GITHUB_BASE_REF=main", "GITHUB_REPOSITORY=office/ledger", "GITHUB_STEP_SUMMARY="+filepath.Join(t.TempDir(), "s"))
		if err := os.Remove(filepath.Join(dir, "tools", "tally-linux-amd64")); err != nil {
			t.Fatal(err)
		}
		githubExprs(r, fileURL, c.sum)
		var steps []ciStep
		for _, j := range wf.Jobs {
			steps = j.Steps
		}
		// The steps up to the check: the rest is TestWorkflows'.
		check := slices.IndexFunc(steps, func(s ciStep) bool { return s.ID == "check" })
		get := slices.IndexFunc(steps, func(s ciStep) bool { return strings.Contains(s.Run, "TALLY_SHA256") })
		if check < 0 || get < 0 || get > check {
			t.Fatal("github-actions.yml: want a step getting tally (TALLY_SHA256), then one with id check")
		}
		results := r.runSteps("github-actions.yml", steps[:check+1])
		last := results[len(results)-1]
		switch {
		case c.want != 0 && (len(results) != get+1 || last.status == 0):
			t.Errorf("checksum %q: the run must stop at %q; it stops at %q with exit %d:\n%s", c.sum, steps[get].Name, last.name, last.status, last.out)
		case c.want == 0 && (len(results) != check+1 || last.status != 0):
			t.Errorf("checksum %q: the run stops at %q with exit %d:\n%s", c.sum, last.name, last.status, last.out)
		case c.want == 0 && !strings.Contains(results[get].out, "tally "):
			t.Errorf("the downloaded tally does not run: %s", results[get].out)
		}

		env := []string{"TALLY_URL=" + fileURL, "TALLY_SHA256=" + c.sum, "CI_MERGE_REQUEST_IID=7", "CI_MERGE_REQUEST_DIFF_BASE_SHA=" + base,
			"CI_API_V4_URL=https://gitlab.office.example/api/v4", "CI_PROJECT_ID=42", "TALLY_NOTE_TOKEN=glpat-test"}
		r = newRun(t, dir, env...)
		os.Remove(filepath.Join(dir, "tools", "tally-linux-amd64"))
		status, out := r.bash(strings.Join(jobs["tally"].Script, "\n"), nil)
		if (status == 0) != (c.want == 0) || c.want != 0 && len(r.sent()) != 0 {
			t.Errorf("checksum %q: the GitLab job exits %d and sent %d requests:\n%s", c.sum, status, len(r.sent()), out)
		}
	}
}
