package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"tally/internal/formatspec"
	"tally/internal/testrepo"
)

// The example pipelines in docs/ci are run here as a platform would run
// them: each `run:` step (GitHub, Gitea) or the job's `script:` (GitLab)
// in bash, in a repository whose merge request changes a report, with
// tally built from this tree. What goes over the network is replaced:
// actions the platform provides (`uses:`) are checked for what they are
// given, and `gh` and `curl` are stand-ins that write what they would
// send to a folder (TALLY_CI_OUTBOX).

// ciStep is a step of a GitHub or Gitea workflow.
type ciStep struct {
	Name, ID, Uses, Run, If string
	With                    map[string]string
	Env                     map[string]string
	ContinueOnError         bool `yaml:"continue-on-error"`
}

type ciWorkflow struct {
	On          map[string]any
	Permissions map[string]string
	Jobs        map[string]struct {
		Steps []ciStep
	}
}

type ciGitLab struct {
	Image     string
	Rules     []struct{ If string }
	Variables map[string]string
	Script    []string
	Artifacts struct {
		When    string
		Reports struct{ Codequality string }
		Paths   []string
	}
}

func readPipeline(t *testing.T, name string, into any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testrepo.Root(), "docs", "ci", name))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(b, into); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// ciRepo is a data repository with a merge request: the base commit (the
// bundled data), on branch unit/chikan the unit's change to its report
// (with an error when broken), and on main meanwhile another unit's
// change, which the merge request must not be charged with. origin/…
// are the server's branches.
func ciRepo(t *testing.T, broken bool) (dir, base string) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "repo")
	if err := testrepo.Write(dir, testrepo.Bundled()); err != nil {
		t.Fatal(err)
	}
	git(t, dir, "init", "-q", "-b", "main")
	git(t, dir, "add", ".")
	git(t, dir, "commit", "-q", "-m", "二季度报送")
	base = strings.TrimSpace(git(t, dir, "rev-parse", "HEAD"))
	git(t, dir, "checkout", "-q", "-b", "unit/chikan")
	ciEdit(t, dir, "reports/2019Q2/chikan-org.yaml", "    status: 推进中\n    progress: 60", "    status: 已完成\n    progress: 100")
	if broken {
		ciEdit(t, dir, "reports/2019Q2/chikan-org.yaml", "    status: 推进中\n    progress: 50", "    status: finished\n    progress: 50")
	}
	git(t, dir, "commit", "-q", "-am", "赤坎区委组织部更正报送")
	git(t, dir, "checkout", "-q", "main")
	ciEdit(t, dir, "reports/2019Q2/xiashan-pub.yaml", "progress: 20", "progress: 30")
	git(t, dir, "commit", "-q", "-am", "霞山区委宣传部更正报送")
	git(t, dir, "update-ref", "refs/remotes/origin/main", "main")
	git(t, dir, "update-ref", "refs/remotes/origin/unit/chikan", "unit/chikan")
	return dir, base
}

func ciEdit(t *testing.T, dir, file, old, new string) {
	t.Helper()
	p := filepath.Join(dir, file)
	b, err := os.ReadFile(p)
	if err != nil || !bytes.Contains(b, []byte(old)) {
		t.Fatalf("%s: no %q (%v)", file, old, err)
	}
	if err := os.WriteFile(p, bytes.Replace(b, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), gitEnv()...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func gitEnv() []string {
	return []string{"GIT_AUTHOR_NAME=张三", "GIT_AUTHOR_EMAIL=zhang@example.com", "GIT_COMMITTER_NAME=张三",
		"GIT_COMMITTER_EMAIL=zhang@example.com", "GIT_CONFIG_GLOBAL=" + os.DevNull, "GIT_CONFIG_NOSYSTEM=1"}
}

// ciRun is one run of a pipeline: the checked-out repository, the
// platform's variables, the PATH its steps build, and what the
// expressions of a workflow (${{ … }}) stand for.
type ciRun struct {
	t      *testing.T
	dir    string
	env    []string
	path   []string
	outbox string
	exprs  map[string]string
}

// newRun prepares a run in dir: the office's tally build where the
// pipelines expect it (tools/tally-linux-amd64, not committed), the
// stand-ins for gh and curl first on PATH, and no tally on PATH: only the
// pipeline's own step can put it there.
func newRun(t *testing.T, dir string, env ...string) *ciRun {
	t.Helper()
	self, err := exec.LookPath("tally")
	if err != nil {
		t.Fatal(err)
	}
	bindir := filepath.Dir(self)
	copyExe(t, self, filepath.Join(dir, "tools", "tally-linux-amd64"))
	fakes := t.TempDir()
	for _, name := range []string{"gh", "curl"} {
		if err := os.Symlink(filepath.Join(bindir, name), filepath.Join(fakes, name)); err != nil {
			t.Fatal(err)
		}
	}
	path := []string{fakes}
	for _, d := range filepath.SplitList(os.Getenv("PATH")) {
		if d == bindir {
			continue
		}
		if _, err := os.Stat(filepath.Join(d, "tally")); err == nil {
			t.Fatalf("%s holds a tally of its own: the pipelines' way of getting tally cannot be tested", d)
		}
		path = append(path, d)
	}
	r := &ciRun{t: t, dir: dir, path: path, outbox: t.TempDir(), exprs: map[string]string{}}
	home := t.TempDir()
	r.env = append(gitEnv(), "HOME="+home, "TMPDIR="+t.TempDir(), "TALLY_TODAY=2019-07-10", "TALLY_LANG=", "LC_ALL=C.UTF-8",
		"TALLY_CI_OUTBOX="+r.outbox,
		// Under -race a program waits a second as it exits, for reports
		// from other goroutines; a pipeline runs tally many times.
		strings.TrimSpace("GORACE=atexit_sleep_ms=0 "+os.Getenv("GORACE")))
	r.env = append(r.env, env...)
	return r
}

func copyExe(t *testing.T, from, to string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// bash runs a script as the platforms run theirs: bash with -e and
// pipefail, in the repository.
func (r *ciRun) bash(script string, env []string) (int, string) {
	cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script)
	cmd.Dir = r.dir
	cmd.Env = append(append([]string{"PATH=" + strings.Join(r.path, string(filepath.ListSeparator))}, r.env...), env...)
	out, err := cmd.CombinedOutput()
	if err == nil {
		return 0, string(out)
	}
	if e, ok := err.(*exec.ExitError); ok {
		return e.ExitCode(), string(out)
	}
	r.t.Fatalf("bash: %v", err)
	return 0, ""
}

var exprRe = regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)

// expand replaces a workflow's expressions with what the run says they
// are; one the test does not know is an error, not an empty string.
func (r *ciRun) expand(s string) string {
	return exprRe.ReplaceAllStringFunc(s, func(m string) string {
		e := exprRe.FindStringSubmatch(m)[1]
		v, ok := r.exprs[e]
		if !ok {
			r.t.Fatalf("the test does not know what ${{ %s }} is", e)
		}
		return v
	})
}

// stepResult is what a step did: its exit status and output.
type stepResult struct {
	name   string
	status int
	out    string
}

// runSteps runs a workflow's steps in order until one fails, as a
// platform does with steps that have no `if:`.
func (r *ciRun) runSteps(file string, steps []ciStep) []stepResult {
	t := r.t
	var results []stepResult
	for _, s := range steps {
		if s.If != "" {
			t.Fatalf("%s: step %q has if: %s, which this test does not evaluate", file, s.Name, s.If)
		}
		if s.Uses != "" {
			r.action(file, s)
			results = append(results, stepResult{name: s.Uses})
			continue
		}
		if strings.Contains(s.Run, "${{") {
			t.Errorf("%s: step %q puts an expression into its script; pass it through env:", file, s.Name)
		}
		output, pathFile := filepath.Join(t.TempDir(), "output"), filepath.Join(t.TempDir(), "path")
		env := []string{"GITHUB_OUTPUT=" + output, "GITHUB_PATH=" + pathFile}
		for k, v := range s.Env {
			env = append(env, k+"="+r.expand(v))
		}
		status, out := r.bash(s.Run, env)
		results = append(results, stepResult{s.Name, status, out})
		if b, err := os.ReadFile(output); err == nil {
			for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
				if k, v, ok := strings.Cut(line, "="); ok {
					r.exprs["steps."+s.ID+".outputs."+k] = v
				}
			}
		}
		if b, err := os.ReadFile(pathFile); err == nil {
			for _, d := range strings.Fields(string(b)) {
				r.path = append([]string{d}, r.path...)
			}
		}
		if status != 0 {
			break
		}
	}
	return results
}

// action checks what a workflow gives an action the platform runs.
func (r *ciRun) action(file string, s ciStep) {
	t := r.t
	name, _, _ := strings.Cut(s.Uses, "@")
	switch name {
	case "actions/checkout":
		if s.With["fetch-depth"] != "0" {
			t.Errorf("%s: checkout without fetch-depth: 0 has no base branch to compare with", file)
		}
	case "github/codeql-action/upload-sarif", "actions/upload-artifact":
		f := s.With["sarif_file"]
		if name == "actions/upload-artifact" {
			f = s.With["path"]
		}
		b, err := os.ReadFile(filepath.Join(r.dir, f))
		if err != nil {
			t.Fatalf("%s: %s is given %q: %v", file, name, f, err)
		}
		if p := formatspec.SARIF(b); p != nil {
			t.Errorf("%s: %s is given invalid SARIF:\n%s", file, name, strings.Join(p, "\n"))
		}
		if err := os.WriteFile(filepath.Join(r.outbox, "uploaded.sarif"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	default:
		t.Fatalf("%s: the test does not know the action %s", file, s.Uses)
	}
}

// sent is what a stand-in for gh or curl was asked to send.
type sent struct {
	Tool    string            `json:"tool"`
	Args    []string          `json:"args"`
	URL     string            `json:"url"`
	Headers []string          `json:"headers"`
	Form    map[string]string `json:"form"` // --data-urlencode name@file, as the server decodes it
	Data    string            `json:"data"` // --data @file
	Body    string            `json:"body"` // gh --body-file
}

func (r *ciRun) sent() []sent {
	r.t.Helper()
	names, _ := filepath.Glob(filepath.Join(r.outbox, "sent-*.json"))
	slices.Sort(names)
	var out []sent
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			r.t.Fatal(err)
		}
		var s sent
		if err := json.Unmarshal(b, &s); err != nil {
			r.t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// fakeGh stands in for GitHub's command line: it writes what it would
// post to TALLY_CI_OUTBOX.
func fakeGh() {
	args := os.Args[1:]
	s := sent{Tool: "gh", Args: args}
	if i := slices.Index(args, "--body-file"); i >= 0 && i+1 < len(args) {
		b, err := os.ReadFile(args[i+1])
		if err != nil {
			fakeFail("gh: %v", err)
		}
		s.Body = string(b)
	}
	record(s)
}

// fakeCurl stands in for curl: a download from a file: URL is copied
// (the office's server, here a folder); a request is written to
// TALLY_CI_OUTBOX. An option it does not know fails it, so the pipelines
// use only what is checked here.
func fakeCurl() {
	s := sent{Tool: "curl", Args: os.Args[1:], Form: map[string]string{}}
	output := ""
	args := os.Args[1:]
	for i := 0; i < len(args); i++ {
		a := args[i]
		val := func() string {
			if i+1 >= len(args) {
				fakeFail("curl: %s needs a value", a)
			}
			i++
			return args[i]
		}
		switch a {
		case "--fail", "--silent", "--show-error", "--location":
		case "--output":
			output = val()
		case "--request":
			val()
		case "--header":
			s.Headers = append(s.Headers, val())
		case "--data-urlencode":
			name, file, ok := strings.Cut(val(), "@")
			b, err := os.ReadFile(file)
			if !ok || err != nil {
				fakeFail("curl: --data-urlencode %s@%s: %v", name, file, err)
			}
			s.Form[name] = string(b)
		case "--data":
			file, ok := strings.CutPrefix(val(), "@")
			b, err := os.ReadFile(file)
			if !ok || err != nil {
				fakeFail("curl: --data %s: %v", file, err)
			}
			s.Data = string(b)
		default:
			if strings.HasPrefix(a, "-") || s.URL != "" {
				fakeFail("curl: the stand-in does not know %q", a)
			}
			s.URL = a
		}
	}
	if u, err := url.Parse(s.URL); err == nil && u.Scheme == "file" {
		b, err := os.ReadFile(u.Path)
		if err != nil {
			fakeFail("curl: (37) %v", err)
		}
		if err := os.WriteFile(output, b, 0o644); err != nil {
			fakeFail("curl: (23) %v", err)
		}
		return
	}
	record(s)
}

func record(s sent) {
	box := os.Getenv("TALLY_CI_OUTBOX")
	if box == "" {
		fakeFail("%s: this is the tests' stand-in, which only runs in the pipeline test", s.Tool)
	}
	names, _ := filepath.Glob(filepath.Join(box, "sent-*.json"))
	b, _ := json.Marshal(s)
	if err := os.WriteFile(filepath.Join(box, fmt.Sprintf("sent-%03d.json", len(names))), b, 0o644); err != nil {
		fakeFail("%v", err)
	}
}

func fakeFail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
	os.Exit(2)
}
