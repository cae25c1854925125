package cli_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"tally/internal/model"
	"tally/internal/testrepo"
)

type docPara struct{ style, text string }

// readDocx unzips a .docx and reads its paragraphs back.
func readDocx(t *testing.T, path string) []docPara {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name != "word/document.xml" {
			continue
		}
		r, _ := f.Open()
		b, _ := io.ReadAll(r)
		r.Close()
		var doc struct {
			P []struct {
				Style struct {
					Val string `xml:"val,attr"`
				} `xml:"pPr>pStyle"`
				T []string `xml:"r>t"`
			} `xml:"body>p"`
		}
		if err := xml.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		var out []docPara
		for _, p := range doc.P {
			out = append(out, docPara{p.Style.Val, strings.Join(p.T, "")})
		}
		return out
	}
	t.Fatal("no word/document.xml")
	return nil
}

func pct(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) + "%" }

// pctOf shows a progress that may be null (未报) as the brief does.
func pctOf(f *float64) string {
	if f == nil {
		return "—"
	}
	return pct(*f)
}

func shareOf(n, d int) string {
	if d == 0 {
		return "0%"
	}
	return pct(float64(int(1000*float64(n)/float64(d)+0.5)) / 10)
}

// The brief says what the summary says: every count, share and name in it
// is checked here against `summary --format json` of the same data.
func TestBriefFiguresMatchSummary(t *testing.T) {
	dir := t.TempDir()
	if err := testrepo.Write(dir, testrepo.Bundled()); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := run(t, "-C", dir, "summary", "--as-of", "2019-07-10", "--format", "json")
	if code != 0 {
		t.Fatalf("summary: exit %d: %s", code, stderr)
	}
	var s sumJSON
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	docxPath := filepath.Join(dir, "通报.docx")
	if _, stderr, code := run(t, "-C", dir, "brief", "--as-of", "2019-07-10", "-o", docxPath); code != 0 {
		t.Fatalf("brief: exit %d: %s", code, stderr)
	}
	paras := readDocx(t, docxPath)
	var all strings.Builder
	sectionOf := map[string]string{} // paragraph text → its 一级标题
	heading := ""
	for _, p := range paras {
		if p.style == "Heading1" {
			heading = p.text
		}
		sectionOf[p.text] = heading
		all.WriteString(p.text + "\n")
	}
	text := all.String()
	if paras[0].style != "Title" || !strings.Contains(paras[0].text, "2019年第二季度落实情况的通报") {
		t.Errorf("title paragraph %+v", paras[0])
	}
	view := func(args ...string) string {
		t.Helper()
		out, stderr, code := run(t, append([]string{"-C", dir}, append(args, "--as-of", "2019-07-10")...)...)
		if code > 1 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		return out
	}
	chase := listsAgree(t, s, view)
	var alerts []alertJSON
	if err := json.Unmarshal([]byte(view("overdue", "--format", "json")), &alerts); err != nil {
		t.Fatal(err)
	}
	briefAgrees(t, s, alerts, chase, text)
	// The red tasks (briefAgrees holds them to the summary's) are listed
	// under 三; the fixture has some as of 2019-07-10.
	redRe := regexp.MustCompile(`^\d+\. 任务(\S+?)“`)
	red := 0
	for _, p := range paras {
		if redRe.MatchString(p.text) {
			red++
			if sectionOf[p.text] != "三、进展滞后的任务和单位" {
				t.Errorf("red task listed under %s", sectionOf[p.text])
			}
		}
	}
	if red == 0 {
		t.Fatal("the fixture should have red tasks as of 2019-07-10")
	}
	// What the officer writes is marked, and nothing else is.
	for _, p := range paras {
		marked := strings.HasPrefix(p.text, "【请改写】") || strings.HasPrefix(p.text, "【成文日期")
		if (p.style == "Placeholder" || p.style == "DatePlaceholder") != marked {
			t.Errorf("paragraph %q: style %s", p.text, p.style)
		}
	}
	// Markdown says the same.
	md, _, code := run(t, "-C", dir, "brief", "--as-of", "2019-07-10", "--format", "md")
	if code != 0 || !strings.HasPrefix(md, "# 关于《") || !strings.Contains(md, fmt.Sprintf("清单共有任务%d项", s.Totals.Tasks)) || !strings.Contains(md, "> 【请改写】") {
		t.Errorf("markdown (exit %d):\n%s", code, md)
	}
}

// Same data, same bytes; an existing file is kept unless --force.
func TestBriefDeterministicAndCareful(t *testing.T) {
	dir := t.TempDir()
	if err := testrepo.Write(dir, testrepo.Bundled()); err != nil {
		t.Fatal(err)
	}
	a, b := filepath.Join(dir, "a.docx"), filepath.Join(dir, "b.docx")
	for _, p := range []string{a, b} {
		if _, stderr, code := run(t, "-C", dir, "brief", "-o", p); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	da, _ := os.ReadFile(a)
	db, _ := os.ReadFile(b)
	if !bytes.Equal(da, db) {
		t.Error("two briefs of the same data differ")
	}
	os.WriteFile(a, []byte("mine"), 0o644)
	_, stderr, code := run(t, "-C", dir, "brief", "-o", a)
	if got, _ := os.ReadFile(a); code != 2 || string(got) != "mine" || !strings.Contains(stderr, "--force") {
		t.Errorf("exit %d, file %q, stderr %s", code, got, stderr)
	}
	if _, _, code := run(t, "-C", dir, "brief", "-o", a, "--force"); code != 0 {
		t.Errorf("--force: exit %d", code)
	}
	if got, _ := os.ReadFile(a); !bytes.Equal(got, db) {
		t.Error("--force did not write the brief")
	}
	for _, args := range [][]string{{"brief"}, {"brief", "-o", filepath.Join(dir, "x.pdf")}, {"brief", "--format", "pdf"}} {
		if _, stderr, code := run(t, append([]string{"-C", dir}, args...)...); code != 2 {
			t.Errorf("%v: exit %d: %s", args, code, stderr)
		}
	}
}

// Where the notice named leaders (责任领导) for a red task, the brief names
// them with it; task 19 is red in the bundled 2019Q2.
func TestBriefNamesLeadersOfRedTasks(t *testing.T) {
	dir := bundled(t)
	p := filepath.Join(dir, "tasks", "19.yaml")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, append(b, "leaders:\n  - 张三\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := run(t, "-C", dir, "brief", "--format", "md")
	if code != 0 {
		t.Fatalf("brief: exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "任务19“强化基层党建工作力量”") || !strings.Contains(out, "责任领导：张三。") {
		t.Errorf("brief does not name task 19's leader:\n%s", out)
	}
}

// The brief's 逾期 adds up from the units it names (section 四): the
// late reports, and the chase list's groups of units late without a
// counted report (逾期未报, 草稿未报, a file that cannot be read, 退回逾期未改).
// Recomputed here from the names listed, with a report returned by the
// office in the data too.
func TestBriefLateAddsUp(t *testing.T) {
	dir := t.TempDir()
	if err := testrepo.Write(dir, testrepo.BundledQ3()); err != nil {
		t.Fatal(err)
	}
	report, err := os.ReadFile(filepath.Join(dir, "reports", "2019Q3", "potou-pub.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	review := "unit: potou-pub\nperiod: 2019Q3\nreport: " + model.ReportHash(report) +
		"\nresult: 退回\ndate: 2019-10-10\nby: 督查科\nreasons:\n  - text: 请补充具体数据\n"
	if err := os.MkdirAll(filepath.Join(dir, "reviews", "2019Q3"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "reviews", "2019Q3", "potou-pub.yaml"), []byte(review), 0o644); err != nil {
		t.Fatal(err)
	}
	md, stderr, code := run(t, "-C", dir, "brief", "--period", "2019Q3", "--as-of", "2019-10-20", "--format", "md")
	if code > 1 {
		t.Fatalf("brief: exit %d: %s", code, stderr)
	}
	num := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil && s != "" {
			t.Fatalf("not a number: %q", s)
		}
		return n
	}
	head := regexp.MustCompile(`逾期的(\d+)个：(?:逾期报送(\d+)个、)?逾期未报送(\d+)个（其中([^）]*)）；`).FindStringSubmatch(md)
	if head == nil {
		t.Fatalf("the brief does not break 逾期 down:\n%s", md)
	}
	total, submitted, unsent := num(head[1]), num(head[2]), num(head[3])
	of := map[string]int{}
	for _, part := range strings.Split(head[4], "、") {
		m := regexp.MustCompile(`^(\D+)(\d+)个$`).FindStringSubmatch(part)
		if m == nil {
			t.Fatalf("breakdown part %q", part)
		}
		of[m[1]] = num(m[2])
	}
	if total != submitted+unsent {
		t.Errorf("逾期 %d is not 逾期报送 %d + 逾期未报送 %d", total, submitted, unsent)
	}

	// The names section 四 lists: count a list (等N个单位 when shortened).
	count := func(list string) int {
		if m := regexp.MustCompile(`等(\d+)个单位`).FindStringSubmatch(list); m != nil {
			return num(m[1])
		}
		if list == "" {
			return 0
		}
		list = regexp.MustCompile(`（[^）]*）`).ReplaceAllString(list, "")
		return len(regexp.MustCompile(`[、，]`).Split(list, -1))
	}
	late := regexp.MustCompile(`逾期报送的单位（(\d+)个）：([^。]*)。`).FindStringSubmatch(md)
	if late == nil || num(late[1]) != submitted || count(late[2]) != submitted {
		t.Errorf("逾期报送 %d, but section 四 lists %v", submitted, late)
	}
	chased := regexp.MustCompile(`需催报的单位共\d+个。其中([^\n]*)。`).FindStringSubmatch(md)
	if chased == nil {
		t.Fatalf("no chase list:\n%s", md)
	}
	groups := map[string]string{}
	for _, g := range strings.Split(chased[1], "；") {
		m := regexp.MustCompile(`^(\D+?)(\d+)个：(.*)$`).FindStringSubmatch(g)
		if m == nil {
			t.Fatalf("chase group %q", g)
		}
		if count(m[3]) != num(m[2]) {
			t.Errorf("group %s counts %s but names %d", m[1], m[2], count(m[3]))
		}
		groups[m[1]] = m[3]
	}
	// The units whose reports do not count stand first, the note after
	// them; those counted follow with a note of their own.
	unreadable := 0
	if before, _, ok := strings.Cut(groups["文件有误"], "（报送未计入，按逾期未报送计）"); ok {
		unreadable = count(before)
	}
	named := map[string]int{"草稿未报": count(groups["草稿未报"]), "文件有误未计入": unreadable, "退回逾期未改": count(groups["退回逾期未改"])}
	for k, n := range named {
		if of[k] != n {
			t.Errorf("其中%s %d, but section 四 names %d", k, of[k], n)
		}
	}
	if got := count(groups["逾期未报"]) + named["草稿未报"] + named["文件有误未计入"] + named["退回逾期未改"]; got != unsent {
		t.Errorf("逾期未报送 %d, but section 四 names %d", unsent, got)
	}
	// The data shows each part.
	for _, k := range []string{"草稿未报", "文件有误未计入", "退回逾期未改"} {
		if named[k] == 0 {
			t.Errorf("the data has no unit late as %s: the test says nothing about it", k)
		}
	}
	if submitted == 0 {
		t.Error("the data has no report submitted late")
	}
	// A draft named among the late is not counted again as one more unit
	// (walk 4, #5): the data's drafts are all late.
	if strings.Contains(md, "另有") && strings.Contains(md, "只有草稿") {
		t.Errorf("the brief counts its late drafts again:\n%s", md)
	}
	// Before the due date no draft is late: then they are said apart.
	md, _, _ = run(t, "-C", dir, "brief", "--period", "2019Q3", "--as-of", "2019-10-10", "--format", "md")
	if !regexp.MustCompile(`另有\d+个单位只有草稿，尚未正式报送。`).MatchString(md) {
		t.Errorf("before the due date the drafts are not said:\n%s", md)
	}
}
