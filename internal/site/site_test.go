package site_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/site"
	"tally/internal/testrepo"
)

const hostile = `<script>alert(1)</script>`

// fixture is the bundled data with a hostile title and summary, and a
// second period in which one unit reports and task 16's first owner falls
// behind.
func fixture(t testing.TB) fstest.MapFS {
	t.Helper()
	fsys := testrepo.Bundled()
	plan := string(fsys["plan.yaml"].Data)
	plan = regexp.MustCompile(`(?m)^title: .*$`).ReplaceAllString(plan, "title: "+`"`+hostile+` 任务清单"`)
	fsys["plan.yaml"] = &fstest.MapFile{Data: []byte(plan)}
	task1 := string(fsys["tasks/01.yaml"].Data)
	task1 = strings.Replace(task1, "\nowners:", "\nleaders:\n  - 王副书记\nowners:", 1)
	fsys["tasks/01.yaml"] = &fstest.MapFile{Data: []byte(task1)}
	q3 := string(fsys["reports/2019Q2/chikan-org.yaml"].Data)
	q3 = strings.Replace(q3, "period: 2019Q2", "period: 2019Q3", 1)
	q3 = strings.Replace(q3, "submitted: 2019-07-04", "submitted: 2019-10-09", 1)
	q3 = strings.Replace(q3, "progress: 60", "progress: 80", 1)
	q3 = strings.Replace(q3, "制定主题教育工作方案", hostile+"制定主题教育工作方案", 1)
	fsys["reports/2019Q3/chikan-org.yaml"] = &fstest.MapFile{Data: []byte(q3)}
	return fsys
}

// input loads fsys and builds the ledgers of every period up to period.
func input(t testing.TB, fsys fstest.MapFS, period string, lang i18n.Lang) site.Input {
	t.Helper()
	res := load.Load(fsys)
	if n, _ := res.Diags.Counts(); n > 0 {
		t.Fatalf("fixture has errors: %+v", res.Diags.Items)
	}
	x := model.NewIndex(res.Repo)
	in := site.Input{Title: res.Repo.Plan.Title, Lang: lang, Index: x, Source: "commit 0123456789ab",
		History: []site.Commit{{Hash: "0123456789abcdef", Date: "2019-10-09 10:00", Author: "陈晓", Message: "三季度 " + hostile,
			Changes: []site.Change{{Task: "1", Unit: "chikan-org", Text: "2019Q3 chikan-org 任务 1：进度 60% → 80%"}}}}}
	for i, p := range res.Repo.Plan.Periods {
		in.Ledgers = append(in.Ledgers, ledger.Build(x, i, ledger.Day(p.Due)))
		if p.ID == period {
			break
		}
	}
	return in
}

func files(t testing.TB, in site.Input) map[string]string {
	t.Helper()
	built, err := site.Build(in)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range built.Files {
		out[f.Path] = string(f.Data)
	}
	return out
}

func TestPagesAndContent(t *testing.T) {
	got := files(t, input(t, fixture(t), "2019Q3", i18n.Zh))
	for _, p := range []string{"index.html", "style.css", "tasks/1.html", "tasks/16.html", "units/chikan-org.html",
		"periods/2019Q2.html", "periods/2019Q3.html"} {
		if _, ok := got[p]; !ok {
			t.Errorf("no %s among %d files", p, len(got))
		}
	}
	index := got["index.html"]
	for _, want := range []string{"期次 2019Q3，统计截至 2019-10-12（报送截止日；截止日后报来的报送均已计入）", "平均进度", "各部分平均进度", "<svg", "单位排名", "需催报的单位",
		`class="cell l-red"`, "进度走势"} {
		if !strings.Contains(index, want) {
			t.Errorf("index lacks %q", want)
		}
	}
	task := got["tasks/1.html"]
	for _, want := range []string{"进展情况", "下步计划", "9月启动第二批主题教育", "时间线", "修改历史", "进度 60% → 80%", "陈晓",
		`href="../units/chikan-org.html"`, "2019Q2", "2019Q3", "责任领导", "王副书记"} {
		if !strings.Contains(task, want) {
			t.Errorf("task page lacks %q", want)
		}
	}
	// A unit that never reported on a task shows 未报, not 未启动 or 0.
	if !strings.Contains(got["units/xiashan-org.html"], `class="cell s-none"`) {
		t.Error("a pair with no report is not shown as 未报")
	}
	period := got["periods/2019Q3.html"]
	for _, want := range []string{"与上期比较", "2019Q2 → 2019Q3", "进度变化的任务", "落后的任务"} {
		if !strings.Contains(period, want) {
			t.Errorf("period page lacks %q", want)
		}
	}
	en := files(t, input(t, fixture(t), "2019Q3", i18n.En))
	if !strings.Contains(en["index.html"], "Unit ranking") || strings.Contains(en["index.html"], "单位排名") {
		t.Error("the English site is not in English")
	}
}

func TestUserTextIsEscaped(t *testing.T) {
	for name, data := range files(t, input(t, fixture(t), "2019Q3", i18n.Zh)) {
		if strings.Contains(data, hostile) {
			t.Errorf("%s carries the hostile text unescaped", name)
		}
		if strings.Contains(strings.ToLower(data), "<script") {
			t.Errorf("%s has a script element", name)
		}
	}
	got := files(t, input(t, fixture(t), "2019Q3", i18n.Zh))
	if !strings.Contains(got["index.html"], "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the hostile title is not shown as text on the index")
	}
}

var hrefRe = regexp.MustCompile(`(?:href|src)="([^"]*)"`)

// Every link between pages names a file of the site; nothing points
// outside it.
func TestLinksResolve(t *testing.T) {
	// A unit merged away after 2019Q2 (until) ranks in 2019Q2's page and
	// has no page of its own in a 2019Q3 site: it is named, not linked.
	fsys := fixture(t)
	units := strings.Replace(string(fsys["units.yaml"].Data), "    name: 市委党校\n", "    name: 市委党校\n    until: 2019Q2\n", 1)
	fsys["units.yaml"] = &fstest.MapFile{Data: []byte(units)}
	got := files(t, input(t, fsys, "2019Q3", i18n.Zh))
	if _, ok := got["units/city-school.html"]; ok || !strings.Contains(got["periods/2019Q2.html"], "市委党校") {
		t.Errorf("the merged unit has a page in 2019Q3, or is not named in 2019Q2's ranking")
	}
	// Its row on a task's page keeps what it reported in 2019Q2.
	if !regexp.MustCompile(`<tr><th scope="row">市委党校</th><td><span class="cell [^"]*">60</span>`).MatchString(got["tasks/3.html"]) {
		t.Errorf("task 03's page lost the merged unit's 2019Q2 row:\n%s", got["tasks/3.html"])
	}
	for name, data := range got {
		for _, m := range hrefRe.FindAllStringSubmatch(data, -1) {
			target := m[1]
			if strings.Contains(target, ":") || strings.HasPrefix(target, "/") {
				t.Errorf("%s links outside the site: %s", name, target)
				continue
			}
			p := path.Clean(path.Join(path.Dir(name), target))
			if _, ok := got[p]; !ok {
				t.Errorf("%s links to %s, which the site lacks", name, target)
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	ba, err := site.Build(input(t, fixture(t), "2019Q3", i18n.Zh))
	if err != nil {
		t.Fatal(err)
	}
	a := ba.Files
	for range 3 {
		bb, err := site.Build(input(t, fixture(t), "2019Q3", i18n.Zh))
		if err != nil {
			t.Fatal(err)
		}
		b := bb.Files
		if len(a) != len(b) {
			t.Fatalf("%d files, then %d", len(a), len(b))
		}
		for i := range a {
			if a[i].Path != b[i].Path || !bytes.Equal(a[i].Data, b[i].Data) {
				t.Fatalf("%s differs from one build to the next", a[i].Path)
			}
		}
	}
}

func TestWriteReplacesOnlyItsOwnSite(t *testing.T) {
	fs1, err := site.Build(input(t, fixture(t), "2019Q3", i18n.Zh))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "site")
	if err := site.Write(dir, fs1.Files); err != nil {
		t.Fatal(err)
	}
	// A rebuild replaces the old site whole, leaving no temporary folder.
	fs2, err := site.Build(input(t, fixture(t), "2019Q2", i18n.Zh))
	if err != nil {
		t.Fatal(err)
	}
	if err := site.Write(dir, fs2.Files); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "periods", "2019Q3.html")); !errors.Is(err, os.ErrNotExist) {
		t.Error("a page of the old site survived the rebuild")
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "index.html")); !strings.Contains(string(b), "期次 2019Q2") {
		t.Error("the rebuilt index is not the new one")
	}
	if entries, _ := os.ReadDir(filepath.Dir(dir)); len(entries) != 1 {
		t.Errorf("left beside the site: %v", entries)
	}

	// A file the user put in the site folder stops the rebuild and stays.
	mine := filepath.Join(dir, "units", "notes.txt")
	os.WriteFile(mine, []byte("mine"), 0o644)
	var fe *site.ForeignError
	if err := site.Write(dir, fs1.Files); !errors.As(err, &fe) || fe.File != "units/notes.txt" {
		t.Fatalf("wrote over a folder holding a user's file: %v", err)
	}
	if b, _ := os.ReadFile(mine); string(b) != "mine" {
		t.Error("the user's file was touched")
	}

	// A folder that is not a tally site is refused; an empty one is used.
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "报告.docx"), []byte("x"), 0o644)
	if err := site.Write(other, fs1.Files); !errors.As(err, &fe) || !fe.NoMarker {
		t.Fatalf("wrote into a folder that is not a site: %v", err)
	}
	if entries, _ := os.ReadDir(other); len(entries) != 1 {
		t.Errorf("the refused folder changed: %v", entries)
	}
	empty := t.TempDir()
	t.Chdir(empty)
	if err := site.Write(".", fs1.Files); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(empty, "index.html")); err != nil {
		t.Error("nothing written into an empty folder named \".\"")
	}
}

// wide is one task owned by 400 units, each reporting at length: the
// task's page must summarise, not list everything.
func wide(t *testing.T) fstest.MapFS {
	t.Helper()
	long := strings.Repeat("召开专题会议研究部署，逐项对照任务清单推进落实。", 20)
	var units, members strings.Builder
	units.WriteString("units:\n")
	fsys := fstest.MapFS{
		"plan.yaml": {Data: []byte("title: 宽任务\nstart: 2024-01-01\nend: 2024-12-31\nsections:\n  - id: \"1\"\n    title: 第一部分\n" +
			"periods:\n  - id: 2024Q1\n    start: 2024-01-01\n    end: 2024-03-31\n    due: 2024-04-10\n")},
		"tasks/1.yaml": {Data: []byte("section: \"1\"\ntitle: 全体单位的任务\nbody: 各单位落实。\nowners:\n  - 全体单位\n")},
	}
	for i := 1; i <= 400; i++ {
		id := fmt.Sprintf("u%03d", i)
		fmt.Fprintf(&units, "  - id: %s\n    name: 单位%d\n", id, i)
		fmt.Fprintf(&members, "      - %s\n", id)
		status := "推进中"
		if i%7 == 0 {
			status = "滞后"
		}
		fsys["reports/2024Q1/"+id+".yaml"] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"unit: %s\nperiod: 2024Q1\nsubmitted: 2024-04-02\nentries:\n  - task: 1\n    status: %s\n    progress: 30\n    summary: %s\n", id, status, long))}
	}
	fsys["units.yaml"] = &fstest.MapFile{Data: []byte(units.String() + "groups:\n  - name: 全体单位\n    members:\n" + members.String())}
	return fsys
}

func TestTaskPageSummarisesManyUnits(t *testing.T) {
	got := files(t, input(t, wide(t), "2024Q1", i18n.Zh))
	page := got["tasks/1.html"]
	if n := strings.Count(page, `<article class="text">`); n != 60 {
		t.Errorf("the task page shows %d units' reports, want the 60 most worrying", n)
	}
	if !strings.Contains(page, "另有 340 个单位的报送见各单位页面") || !strings.Contains(page, "另有 100 个单位见各单位页面") {
		t.Error("the task page does not say how many units it left out")
	}
	// Delayed units come first: every seventh unit is delayed (57 of them).
	first := page[strings.Index(page, `<article class="text">`):]
	if !strings.Contains(first[:strings.Index(first, "</article>")], "单位7<") {
		t.Error("the first report shown is not a delayed unit's")
	}
	if len(page) > 200_000 {
		t.Errorf("the task page is %d bytes", len(page))
	}
	if !strings.Contains(got["units/u400.html"], "召开专题会议研究部署") {
		t.Error("a unit left off the task page does not show its report on its own page")
	}
}

// Each entry's evidence is linked and copied into the site where the
// caller gives the file (the name escaped in the link, the size beside
// it); a file the caller does not give, or a site built without
// evidence, shows the name alone.
func TestEvidenceLinks(t *testing.T) {
	fsys := fixture(t)
	q3 := string(fsys["reports/2019Q3/chikan-org.yaml"].Data)
	q3 = strings.Replace(q3, "  - task: 1\n", "  - task: 1\n    evidence: [会议 纪要.pdf, 缺失.jpg, 程序.pdf]\n", 1)
	fsys["reports/2019Q3/chikan-org.yaml"] = &fstest.MapFile{Data: []byte(q3)}
	pdf := testrepo.PDF("minutes")
	in := input(t, fsys, "2019Q3", i18n.Zh)
	in.Evidence = func(period, unit, name string) (site.EvidenceFile, bool) {
		if period != "2019Q3" || unit != "chikan-org" || name != "会议 纪要.pdf" {
			return site.EvidenceFile{Absent: name == "缺失.jpg"}, false // 程序.pdf: refused by check
		}
		return site.EvidenceFile{Size: int64(len(pdf)), Open: func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(pdf)), nil }}, true
	}
	built, err := site.Build(in)
	if err != nil {
		t.Fatal(err)
	}
	if built.Evidence != 1 || built.EvidenceBytes != int64(len(pdf)) {
		t.Errorf("evidence %d files, %d bytes; want 1, %d", built.Evidence, built.EvidenceBytes, len(pdf))
	}
	dir := filepath.Join(t.TempDir(), "site")
	if err := site.Write(dir, built.Files); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "evidence", "2019Q3", "chikan-org", "会议 纪要.pdf")); err != nil || !bytes.Equal(b, pdf) {
		t.Errorf("the evidence was not copied whole: %v", err)
	}
	for _, page := range []string{"units/chikan-org.html", "tasks/1.html"} {
		html, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(page)))
		if !strings.Contains(string(html), `<a href="../evidence/2019Q3/chikan-org/%E4%BC%9A%E8%AE%AE%20%E7%BA%AA%E8%A6%81.pdf">会议 纪要.pdf</a> <small>`+model.FormatSize(int64(len(pdf)))+`</small>`) {
			t.Errorf("%s does not link the evidence", page)
		}
		// A file never received is said so, not "not published" (walk 8).
		if !strings.Contains(string(html), `<li>缺失.jpg <small>（未收到此文件）</small></li>`) {
			t.Errorf("%s does not say the file it has not was never received", page)
		}
		if !strings.Contains(string(html), `<li>程序.pdf <small>（文件不符合要求，未随网站发布）</small></li>`) {
			t.Errorf("%s does not say a file check refuses is not published", page)
		}
	}
	in.Evidence = nil
	got := files(t, in)
	for p := range got {
		if strings.HasPrefix(p, "evidence/") {
			t.Errorf("without evidence, the site holds %s", p)
		}
	}
	if !strings.Contains(got["units/chikan-org.html"], `<li>会议 纪要.pdf <small>（未随网站发布）</small></li>`) {
		t.Error("without evidence, the names are not shown")
	}
}

// A task imported from a table row has no text of its own: its page shows
// no empty 任务内容 box (walk 5).
func TestTaskWithoutTextHasNoEmptyBox(t *testing.T) {
	fsys := fixture(t)
	task := string(fsys["tasks/02.yaml"].Data)
	body := regexp.MustCompile(`(?ms)^body: .*?\n(?:[a-z_]+:)`)
	stripped := body.ReplaceAllStringFunc(task, func(m string) string { return m[strings.LastIndex(m, "\n")+1:] })
	if stripped == task {
		t.Fatalf("task 02 has no body to strip:\n%s", task)
	}
	fsys["tasks/02.yaml"] = &fstest.MapFile{Data: []byte(stripped)}
	got := files(t, input(t, fsys, "2019Q3", i18n.Zh))
	if page := got["tasks/2.html"]; strings.Contains(page, `<div class="body"></div>`) || !strings.Contains(page, "任务内容") {
		t.Errorf("task 02 without text:\n%s", page)
	}
	if page := got["tasks/3.html"]; !strings.Contains(page, `<div class="body">`) {
		t.Error("task 03's text is gone")
	}
}

// The trend's values are there in words beside the line, from the first
// period to this one (walk 4): a reader cannot read a value off the line.
// Each value says the unit items it stands on where not all (walk 8: a
// mean over other units read as a fall where no unit went back).
func TestTrendValuesInWords(t *testing.T) {
	got := files(t, input(t, fixture(t), "2019Q3", i18n.Zh))["index.html"]
	m := regexp.MustCompile(`<td class="n">\d+(\.\d)?%（(\d+)/(\d+) 项） → \d+(\.\d)?%（(\d+)/(\d+) 项）</td>`).FindStringSubmatch(got)
	if m == nil {
		t.Fatalf("no values of the trend in words, with what they stand on:\n%s", got)
	}
	if m[3] != m[6] || m[3] == "0" {
		t.Errorf("the trend's first line stands on %s/%s, then %s/%s: want one whole", m[2], m[3], m[5], m[6])
	}
	if !strings.Contains(got, "括号内是进度据以计算的单位事项数") {
		t.Error("the trend does not say what its brackets hold")
	}
}

// writeTree writes in, as site.BuildTo does, into dir and returns what a
// fresh build of in holds, path by path.
func writeTree(t *testing.T, dir string, in site.Input) map[string]string {
	t.Helper()
	if _, err := site.BuildTo(dir, in); err != nil {
		t.Fatal(err)
	}
	return files(t, in)
}

// A rebuild gives a page that did not change the earlier site's file
// (no file created, none deleted) and every other page anew; the site
// on disk is byte for byte what a fresh build holds, and a page changed
// by hand in the old site, or given other permissions, is written again.
func TestRebuildKeepsUnchangedPages(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	fsys := fixture(t)
	writeTree(t, dir, input(t, fsys, "2019Q3", i18n.Zh))
	stat := func(p string) os.FileInfo {
		t.Helper()
		info, err := os.Stat(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		return info
	}
	quiet, changed := stat("units/xiashan-org.html"), stat("units/chikan-org.html")
	// A page edited by hand, to the same length, and one made private.
	edited := filepath.Join(dir, "units", "xuwen-org.html")
	b, err := os.ReadFile(edited)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(edited, bytes.Replace(b, []byte("<html"), []byte("<HTML"), 1), 0o644)
	private := filepath.Join(dir, "units", "suixi-org.html")
	if err := os.Chmod(private, 0o600); err != nil {
		t.Fatal(err)
	}

	// A page with a second name outside (a snapshot made with cp -al).
	snapshot := filepath.Join(t.TempDir(), "snapshot.html")
	if err := os.Link(filepath.Join(dir, "units", "potou-org.html"), snapshot); err != nil {
		t.Fatal(err)
	}

	q3 := string(fsys["reports/2019Q3/chikan-org.yaml"].Data)
	fsys["reports/2019Q3/chikan-org.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(q3, "progress: 80", "progress: 85", 1))}
	want := writeTree(t, dir, input(t, fsys, "2019Q3", i18n.Zh))

	got := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() != site.Marker {
			rel, _ := filepath.Rel(dir, p)
			b, _ := os.ReadFile(p)
			got[filepath.ToSlash(rel)] = string(b)
		}
		return nil
	})
	if len(got) != len(want) {
		t.Errorf("the rebuilt site holds %d files, a fresh build %d", len(got), len(want))
	}
	for p, w := range want {
		if got[p] != w {
			t.Errorf("%s differs from a fresh build", p)
		}
	}
	if !os.SameFile(quiet, stat("units/xiashan-org.html")) {
		t.Error("a page that did not change was written again")
	}
	if os.SameFile(changed, stat("units/chikan-org.html")) || !strings.Contains(got["units/chikan-org.html"], "85%") {
		t.Error("the page of the unit whose report changed was kept")
	}
	if snap, err := os.Stat(snapshot); err != nil || os.SameFile(snap, stat("units/potou-org.html")) {
		t.Error("a page of the new site shares its file with a copy outside the site")
	}
	if stat("units/suixi-org.html").Mode().Perm() != 0o644 {
		t.Error("a page of the old site made private kept its permissions")
	}
	if entries, _ := os.ReadDir(filepath.Dir(dir)); len(entries) != 1 {
		t.Errorf("left beside the site: %v", entries)
	}
}

// A unit whose entry on a task did not count (已完成 at 90, R409: 文件有误)
// is not said on its page to have never reported it (walk 10); one whose
// report was never sent still is.
func TestUnitPageSaysWhyAnEntryDidNotCount(t *testing.T) {
	fsys := fixture(t)
	q2 := string(fsys["reports/2019Q2/xiashan-pub.yaml"].Data)
	bad := strings.Replace(q2, "status: 滞后\n    progress: 20", "status: 已完成\n    progress: 90", 1)
	if bad == q2 {
		t.Fatal("fixture changed")
	}
	fsys["reports/2019Q2/xiashan-pub.yaml"] = &fstest.MapFile{Data: []byte(bad)}
	res := load.Load(fsys)
	x := model.NewIndex(res.Repo)
	res.Repo.Invalid["reports/2019Q2/xiashan-pub.yaml"] = true // as check marks it
	in := site.Input{Title: res.Repo.Plan.Title, Lang: i18n.Zh, Index: x, Source: "commit 0123456789ab"}
	in.Ledgers = append(in.Ledgers, ledger.Build(x, 0, ledger.Day(res.Repo.Plan.Periods[0].Due)))
	got := files(t, in)
	page := got["units/xiashan-pub.html"]
	if !strings.Contains(page, "未计入：本期报送中这一条有误，改正前按未报计（tally check 列出错误和改法）。") {
		t.Errorf("the unit's page does not say why its entry did not count")
	}
	if other := got["units/city-org.html"]; !strings.Contains(other, "未报：从未报送这项任务。") {
		t.Errorf("a unit that never reported no longer says so")
	}
}

// A unit whose report of the period the office returned, or whose entry on
// a task has an error, sent something: the tooltip of its carried state on
// the task's page says that entry does not count, not 本期未报送 (probe 9).
func TestTaskPageTipSaysWhyAReportDidNotCount(t *testing.T) {
	tip := func(page string) string {
		m := regexp.MustCompile(`<tr><th scope="row"><a [^>]*>赤坎区委组织部</a></th>(?:<td>.*?</td>)*?<td><span class="cell[^"]*" title="([^"]*)"`).FindStringSubmatch(page)
		if m == nil {
			m = regexp.MustCompile(`赤坎区委组织部</a>[^\n]*?title="(2019Q3[^"]*)"`).FindStringSubmatch(page)
		}
		if m == nil {
			return ""
		}
		return m[1]
	}
	for _, c := range []struct {
		name, task, want string
		change           func(fstest.MapFS)
	}{
		{"returned", "1", "本期报送已退回、不计入", func(fsys fstest.MapFS) {
			res := load.Load(fsys)
			for _, r := range res.Repo.Reports {
				if r.Base == "chikan-org" && r.Dir == "2019Q3" {
					fsys["reviews/2019Q3/chikan-org.yaml"] = &fstest.MapFile{Data: []byte("unit: chikan-org\nperiod: 2019Q3\nreport: " + r.Hash +
						"\nresult: 退回\ndate: 2019-10-10\nby: 督查科 李四\nreasons:\n  - text: 缺少佐证\n")}
				}
			}
		}},
		{"entry with an error", "2", "本期报送中这一条有误、不计入", func(fsys fstest.MapFS) {
			q3 := string(fsys["reports/2019Q3/chikan-org.yaml"].Data)
			bad := strings.Replace(q3, "status: 推进中\n    progress: 50", "status: 已完成\n    progress: 90", 1)
			if bad == q3 {
				t.Fatal("fixture changed")
			}
			fsys["reports/2019Q3/chikan-org.yaml"] = &fstest.MapFile{Data: []byte(bad)}
		}},
		{"not sent", "1", "本期未报送", func(fsys fstest.MapFS) { delete(fsys, "reports/2019Q3/chikan-org.yaml") }},
		{"unreadable", "1", "本期报送文件有误、不计入", func(fsys fstest.MapFS) {
			fsys["reports/2019Q3/chikan-org.yaml"] = &fstest.MapFile{Data: []byte("unit: chikan-org\nperiod: 2019Q3\nentries: [\n")}
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			fsys := fixture(t)
			c.change(fsys)
			res := load.Load(fsys)
			x := model.NewIndex(res.Repo)
			if c.name == "entry with an error" || c.name == "unreadable" {
				res.Repo.Invalid["reports/2019Q3/chikan-org.yaml"] = true // as check marks it
			}
			in := site.Input{Title: res.Repo.Plan.Title, Lang: i18n.Zh, Index: x, Source: "commit 0123456789ab"}
			for i, p := range res.Repo.Plan.Periods[:2] {
				in.Ledgers = append(in.Ledgers, ledger.Build(x, i, ledger.Day(p.Due)))
			}
			page := files(t, in)["tasks/"+c.task+".html"]
			got := tip(page)
			if !strings.HasPrefix(got, "2019Q3：") || !strings.Contains(got, "沿用 2019Q2") || !strings.HasSuffix(got, "，"+c.want) {
				t.Errorf("the tooltip of 赤坎区委组织部's state on task %s reads %q, want it to end %q", c.task, got, c.want)
			}
		})
	}
}
