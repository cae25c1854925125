package cli_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"tally/internal/cli"
)

// evil is what every string field of the hostile repository holds, in
// YAML's escapes: a clipboard write (OSC 52) ended by BEL, a colour (CSI),
// a right-to-left override, the one-byte CSI (U+009B), DEL and a bidi
// isolate.
const evil = `\e]52;c;ZXZpbA==\a\e[31m\u202e\u009b\x7f\u2066`

// evilRaw is evil as the characters it spells.
const evilRaw = "\x1b]52;c;ZXZpbA==\a\x1b[31m\u202e\u009b\x7f\u2066"

// hostileRepo lays out a repository whose every string field (titles,
// names, aliases, contacts, texts, owners, leaders, milestones, targets,
// summaries) holds evil, with a stray file named with it, committed by an
// author and with a message holding it too.
func hostileRepo(t *testing.T, dir string) {
	t.Helper()
	q := func(s string) string { return `"` + s + evil + `"` }
	files := map[string]string{
		"plan.yaml": "title: " + q("清单") + "\nnotice:\n  title: " + q("通知") + "\n  number: " + q("号") + "\n  issuer: " + q("发文") +
			"\n  date: 2019-04-01\n  recipients: [" + q("各单位") + "]\n  source: " + q("seeds/n") + "\npreamble: " + q("总体要求") +
			"\nstart: 2019-04-01\nend: 2019-12-31\nsections:\n  - id: 一\n    title: " + q("第一部分") + "\n  - id: 二\n    title: " + q("第二部分") +
			"\nperiods:\n  - {id: 2019Q2, start: 2019-04-01, end: 2019-06-30, due: 2019-07-05}\n  - {id: 2019Q3, start: 2019-07-01, end: 2019-09-30, due: 2019-10-10}\n",
		"units.yaml": "units:\n" +
			"  - {id: city-org, name: " + q("市委组织部") + ", aliases: [" + q("组织部") + "], contact: " + q("陈晓") + "}\n" +
			"  - {id: a-org, name: " + q("甲区") + ", contact: " + q("李四") + "}\n" +
			"  - {id: b-org, name: " + q("乙区") + "}\n" +
			"  - {id: idle-org, name: " + q("闲置单位") + "}\n" +
			"groups:\n  - {name: " + q("各区") + ", aliases: [" + q("区") + "], members: [a-org, b-org], rank: true}\n",
		"tasks/01.yaml": "section: 一\ntitle: " + q("第一项") + "\nbody: " + q("内容") + "\nowners: [" + q("市委组织部") + ", " + q("各区") + ", " + q("未登记单位") + "]\n" +
			"owners_text: " + q("负责") + "\nlead: [" + q("市委组织部") + "]\nleaders: [" + q("张三") + "]\ndue: 2019-06-30\n" +
			"milestones:\n  - {due: 2019-05-31, text: " + q("节点") + "}\ntargets:\n  - {id: sites, name: " + q("示范点") + ", target: 10, unit: " + q("个") + "}\n",
		"tasks/02.yaml": "section: 二\ntitle: " + q("第二项") + "\nowners: [" + q("各区") + "]\n",
		"reports/2019Q2/a-org.yaml": "unit: a-org\nperiod: 2019Q2\nsubmitted: 2019-07-08\ncontact: " + q("联系人") + "\nentries:\n" +
			"  - task: 1\n    status: 滞后\n    progress: 10\n    summary: " + q("进展") + "\n    problems: " + q("问题") + "\n    next: " + q("计划") + "\n    values: {sites: 3}\n" +
			"  - task: 2\n    status: " + q("推进中") + "\n    summary: " + q("多行\\n第二行") + "\n",
		"reports/2019Q2/b-org.yaml":          "unit: b-org\nperiod: 2019Q2\nentries:\n  - task: 2\n    status: 推进中\n    summary: " + q("草稿") + "\n",
		"reports/2019Q2/" + evilRaw + ".txt": "stray",
		"seeds/n":                            "notice",
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gitCommit(t, dir)
	os.WriteFile(filepath.Join(dir, "reports/2019Q2/a-org.yaml"), []byte(strings.Replace(files["reports/2019Q2/a-org.yaml"], "progress: 10", "progress: 20", 1)), 0o644)
	cmd := exec.Command("git", "-C", dir, "-c", "user.name=作者"+evilRaw, "-c", "user.email=e@example.com", "commit", "-qam", "说明"+evilRaw)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v %s", err, out)
	}
	os.WriteFile(filepath.Join(dir, "reports/2019Q2/a-org.yaml"), []byte(strings.Replace(files["reports/2019Q2/a-org.yaml"], "progress: 10", "progress: 30", 1)), 0o644)
}

// terminalControl finds the first character of out that a terminal
// obeys or that reorders what it shows, or -1. Line ends (CSV's CR LF
// too) and tabs (completion's separator) do no harm.
func terminalControl(out string) (int, rune) {
	for i, r := range out {
		switch {
		case r == '\n', r == '\t', r == '\r' && strings.HasPrefix(out[i:], "\r\n"):
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f,
			r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return i, r
		}
	}
	return -1, 0
}

// hostileRuns are how each command is run on the hostile repository (DIR
// is a folder to write in, NOTICE a notice holding evil, FORM a filled
// form holding it); a command not named here is run as it is, without
// arguments.
var hostileRuns = map[string][][]string{
	"check":    {{"check"}, {"check", "--format", "json"}, {"check", "--format", "sarif"}, {"check", "--format", "gitlab"}, {"check", "reports/2019Q2/a-org.yaml"}},
	"tasks":    {{"tasks"}, {"tasks", "1"}, {"tasks", "--format", "json"}, {"tasks", "--format", "md"}, {"tasks", "--format", "csv"}},
	"units":    {{"units"}, {"units", "--format", "json"}, {"units", "--format", "md"}},
	"summary":  {{"summary"}, {"summary", "--by", "unit"}, {"summary", "--by", "section"}, {"summary", "--format", "json"}, {"summary", "--format", "md"}, {"summary", "--format", "csv"}},
	"missing":  {{"missing"}, {"missing", "--format", "json"}, {"missing", "--format", "md"}},
	"overdue":  {{"overdue"}, {"overdue", "--format", "json"}, {"overdue", "--format", "csv"}},
	"export":   {{"export", "-o", "DIR/out.xlsx"}},
	"brief":    {{"brief", "-o", "DIR/out.docx"}, {"brief", "--format", "md"}},
	"site":     {{"site", "-o", "DIR/site"}},
	"new":      {{"new", "report", "--unit", "a-org", "--period", "2019Q3"}, {"new", "report", "--unit", "idle-org", "--period", "2019Q3"}, {"new", "report", "--unit", "组织部" + evilRaw, "--period", "2019Q3"}},
	"fmt":      {{"fmt", "--check"}, {"fmt"}},
	"import":   {{"import", "NOTICE", "--dry-run"}, {"import", "NOTICE", "--dry-run", "--format", "json"}, {"import", "NOTICE", "--force"}},
	"init":     {{"init", "DIR/new", "--from", "NOTICE"}},
	"diff":     {{"diff"}, {"diff", "HEAD~1", "HEAD"}, {"diff", "--format", "json"}, {"diff", "--format", "md"}, {"diff", "--textconv", "reports/2019Q2/a-org.yaml"}},
	"log":      {{"log"}, {"log", "--format", "json"}, {"log", "--format", "csv"}, {"log", "--unit", "a-org"}},
	"forms":    {{"forms", "--period", "2019Q3", "-o", "DIR/forms"}, {"forms", "--period", "2019Q3", "--unit", "idle-org", "-o", "DIR/forms2"}},
	"collect":  {{"collect", "FORM", "--dry-run"}, {"collect", "FORM", "--format", "json"}, {"collect", "FORM"}},
	"hook":     {{"hook", "install"}},
	"remind":   {{"remind"}, {"remind", "--format", "json"}, {"remind", "--format", "csv"}},
	"schema":   {{"schema", "report"}},
	"help":     {{"help", "summary"}},
	"version":  {{"version"}},
	"complete": {{"__complete", "log", "--unit", ""}, {"__complete", "log", "--task", ""}},
}

// Every command, run on a repository whose every string field holds
// terminal controls and bidi overrides, prints none of them: not in
// tables, lists, JSON, CSV, Markdown, messages, accounts, file names nor
// errors. (JSON escapes them as \u, so the output stays valid JSON.)
func TestNoCommandPrintsTerminalControls(t *testing.T) {
	dir := t.TempDir()
	hostileRepo(t, dir)
	t.Setenv("TALLY_TODAY", "2019-10-15")
	t.Setenv("TALLY_LANG", "")
	work := t.TempDir()
	notice := filepath.Join(work, "通知.txt")
	os.WriteFile(notice, []byte("关于印发《清单"+evilRaw+"》的通知\n一、第一部分"+evilRaw+"\n1.甲"+evilRaw+"。（市委组织部"+evilRaw+"负责）\n2.乙。（新单位"+evilRaw+"负责）\n"), 0o644)
	form := hostileForm(t, dir, work)

	var commands []string
	var list bytes.Buffer
	cli.Main([]string{"-C", dir, "__complete", ""}, &list, &bytes.Buffer{})
	for _, line := range strings.Split(list.String(), "\n") {
		if name, _, ok := strings.Cut(line, "\t"); ok {
			commands = append(commands, name)
		}
	}
	if !slices.Contains(commands, "summary") || !slices.Contains(commands, "collect") {
		t.Fatalf("the commands were not listed: %q", list.String())
	}
	commands = append(commands, "complete")
	for _, name := range commands {
		runs, ok := hostileRuns[name]
		if !ok {
			runs = [][]string{{name}}
		}
		for _, args := range runs {
			for i, lang := range []string{"zh", "en"} {
				out := filepath.Join(work, fmt.Sprintf("%s-%d-%d", name, len(args), i))
				args := slices.Clone(args)
				for j := range args {
					args[j] = strings.NewReplacer("DIR", out, "NOTICE", notice, "FORM", form).Replace(args[j])
				}
				code, text := runBounded(t, dir, append([]string{"--lang", lang}, args...)...)
				if code < 0 || code > 2 {
					t.Errorf("tally %s: exit %d", strings.Join(args, " "), code)
				}
				if at, r := terminalControl(text); at >= 0 {
					t.Errorf("tally --lang %s %s prints %U:\n%s", lang, strings.Join(args, " "), r, clip(text[max(0, at-300):]))
				}
			}
		}
	}
}

// hostileForm writes a.org's 2019Q3 form, filled with evil in its text
// cells.
func hostileForm(t *testing.T, dir, work string) string {
	t.Helper()
	out := filepath.Join(work, "forms-in")
	if code, text := runBounded(t, dir, "forms", "--period", "2019Q3", "--unit", "a-org", "-o", out); code > 1 {
		t.Fatalf("forms: exit %d\n%s", code, text)
	}
	files, _ := filepath.Glob(filepath.Join(out, "*.xlsx"))
	if len(files) != 1 {
		t.Fatalf("forms wrote %q", files)
	}
	for _, c := range []struct {
		ref string
		v   any
	}{{"D3", "联系人" + evilRaw}, {"C5", "推进中"}, {"D5", 50}, {"E5", "进展" + evilRaw}, {"F5", evilRaw}, {"B3", "2019-10-08" + evilRaw}} {
		setCell(t, files[0], c.ref, c.v)
	}
	return files[0]
}

// What people read outside the terminal, the site's pages and the brief
// (Word and Markdown), shows no control character or bidi override from
// the data either.
func TestDocumentsHoldNoTerminalControls(t *testing.T) {
	dir := t.TempDir()
	hostileRepo(t, dir)
	t.Setenv("TALLY_TODAY", "2019-10-15")
	out := t.TempDir()
	for _, args := range [][]string{{"site", "-o", filepath.Join(out, "site")}, {"brief", "-o", filepath.Join(out, "brief.docx")},
		{"brief", "--format", "md", "-o", filepath.Join(out, "brief.md")}} {
		if code, text := runBounded(t, dir, args...); code > 1 {
			t.Fatalf("tally %s: exit %d\n%s", strings.Join(args, " "), code, text)
		}
	}
	scan := func(name string, data []byte) {
		if at, r := terminalControl(string(data)); at >= 0 {
			t.Errorf("%s holds %U: %q", name, r, data[max(0, at-60):min(len(data), at+20)])
		}
	}
	pages, _ := filepath.Glob(filepath.Join(out, "site", "*", "*.html"))
	index, _ := filepath.Glob(filepath.Join(out, "site", "*.html"))
	if len(pages)+len(index) < 5 {
		t.Fatalf("%d pages", len(pages)+len(index))
	}
	for _, p := range append(pages, index...) {
		b, _ := os.ReadFile(p)
		scan(p, b)
	}
	md, _ := os.ReadFile(filepath.Join(out, "brief.md"))
	scan("brief.md", md)
	zr, err := zip.OpenReader(filepath.Join(out, "brief.docx"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		scan("brief.docx:"+f.Name, b)
	}
}
