package render

import (
	"bytes"
	gohtml "html"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"

	"tally/internal/history"
	"tally/internal/i18n"
	"tally/internal/model"
)

func TestMDText(t *testing.T) {
	wj := wordJoiner
	for in, want := range map[string]string{
		"制定方案，成立专班。": "制定方案，成立专班。",
		"a|b":        `a\|b`,
		"第一行\n第二行\r\n第三行\r第四行\n":     "第一行<br>第二行<br>第三行<br>第四行",
		"<script>alert(1)</script>":  "&lt;script&gt;alert(1)&lt;/script&gt;",
		"&lt;b&gt; &#64;x &12":       "&amp;lt;b&amp;gt; &amp;" + `\#` + wj + "64;x &amp;" + wj + "12",
		"[点我](http://x.cn)":          `\[点我\](http:` + wj + "//x.cn)",
		"**粗** _斜_ `码` ~~删~~":        `\*\*粗\*\* \_斜\_ \` + "`码\\`" + ` \~\~删\~\~`,
		"@zhangsan 请看":               "@" + wj + "zhangsan 请看",
		"邮箱 li@zj.gov.cn":            "邮箱 li@" + wj + "zj.gov.cn",
		"见 #12、!3、%m1、~urgent、#标签":   `见 \#` + wj + "12、!" + wj + "3、%" + wj + "m1、" + `\~` + wj + "urgent、\\#标签",
		"GH-7 与 gh-8":                "GH" + wj + "-7 与 gh" + wj + "-8",
		"www.example.com 和 WWW.x.cn": "www" + wj + ".example.com 和 WWW" + wj + ".x.cn",
		"增长 30% 以上，花费 $5":            "增长 30% 以上，花费 \\$" + wj + "5",
		"C:\\temp\\x":                `C:\\temp\\x`,
		"\x1b[31m红\x1b[0m\a":         "␛\\[31m红␛\\[0m␇",
		"\u202egnp.exe":              "\ufffdgnp.exe",
		"tab\there":                  "tab here",
	} {
		if got := mdText(in); got != want {
			t.Errorf("mdText(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}

// gfm renders Markdown as Gitea does (goldmark with GitHub's extensions,
// automatic links included; Gitea then removes the HTML it does not allow).
func gfm(t *testing.T, md string) string {
	t.Helper()
	var b bytes.Buffer
	// Raw HTML is let through, as the platforms let through the tags they
	// allow: any tag not escaped shows up here.
	md2 := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(html.WithUnsafe()))
	if err := md2.Convert([]byte(md), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

var (
	tagRe = regexp.MustCompile(`<(/?)([a-zA-Z0-9]+)[^>]*>`)
	// what the platforms link after Markdown: mentions, references to
	// issues, merge requests, snippets, epics (numbers), milestones and
	// labels (names), automatic links
	mentionRe = regexp.MustCompile(`@[^\s\x{2060}]|[#!$&][0-9]|[%~][0-9A-Za-z"_-]|://|(?:^|[^0-9A-Za-z_-])(?i:www\.)|(?i:gh-)[0-9]`)
)

// hostile is text a unit could write in a report, each a way to make a
// comment do more than show it.
var hostile = []string{
	"<script>alert(document.cookie)</script>",
	"<img src=x onerror=alert(1)>",
	"[登录](http://phish.example) ![图](http://x/y.png)",
	"<http://autolink.example> http://bare.example/x www.bare.example",
	"@all 请 @zhangsan 处理，见 #1、!2、group/proj#3、GH-4、~\"紧急\"、%\"里程碑\"、$5、&6",
	"| 伪造 | 表格 |\n| --- | --- |\n| a | b |",
	"# 标题\n> 引用\n- 列表\n1. 编号\n```\n代码\n```\n---",
	"**粗体** _斜体_ ~~删除~~ `代码` $x^2$ $$y$$",
	"&lt;script&gt; &#64;boss &amp; &copy;",
	"a\\\nb\\|c \\*d",
	"\x1b]0;title\x07 \u202e 隐藏",
	"mail li@zj.gov.cn, javascript:alert(1)",
}

// Hostile text in a comment, rendered by a GFM renderer: only the table
// and its line breaks are markup; no link, image, script or other tag;
// nothing a platform would take for a mention or reference; and the text
// reads as it was written.
func TestDiffCommentRendersTextAsText(t *testing.T) {
	var changes []history.Change
	for i, h := range hostile {
		changes = append(changes, history.Change{Period: "2019Q3", Unit: "chikan-org", Task: "16", Field: history.FieldSummary, From: "旧" + string(rune('a'+i)), To: h})
	}
	var b bytes.Buffer
	names := Names{units: map[string]string{"chikan-org": "<b>赤坎</b> @org"}, tasks: map[string]string{"16": "整顿 | 软弱涣散 #1"}}
	if err := DiffComment(&b, Revision{"origin/main", "1a2b3c4d5e6f7a8b"}, Revision{"HEAD", "9f8e7d6c5b4a3210"}, changes, names, i18n.Zh); err != nil {
		t.Fatal(err)
	}
	html := gfm(t, b.String())
	// code: the revision names in the heading, shown as typed.
	allowed := map[string]bool{"h2": true, "h3": true, "p": true, "table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true, "br": true, "code": true}
	for _, m := range tagRe.FindAllStringSubmatch(html, -1) {
		if !allowed[strings.ToLower(m[2])] {
			t.Errorf("rendered comment has <%s%s>:\n%s", m[1], m[2], html)
		}
	}
	if n := strings.Count(html, "<tr>"); n != len(hostile)+1 {
		t.Errorf("%d table rows, want a header and %d (a forged table must stay in its cell):\n%s", n, len(hostile), html)
	}
	text := strings.NewReplacer("&lt;", "<", "&gt;", ">", "&quot;", `"`, "&amp;", "&").Replace(tagRe.ReplaceAllString(html, " "))
	if m := mentionRe.FindString(text); m != "" {
		t.Errorf("rendered text holds %q, which a platform would link:\n%s", m, text)
	}
	plain := strings.ReplaceAll(text, wordJoiner, "")
	for _, h := range hostile {
		for _, line := range strings.Split(Safe(h), "\n") {
			if line = strings.TrimSpace(line); line != "" && !strings.Contains(plain, line) {
				t.Errorf("the comment does not read %q as written:\n%s", line, plain)
			}
		}
	}
	for _, want := range []string{"<b>赤坎</b> @org（chikan-org）", "整顿 | 软弱涣散 #1", "origin/main （1a2b3c4d5e6f）"} {
		if !strings.Contains(plain, want) {
			t.Errorf("names must read as written: no %q in\n%s", want, plain)
		}
	}
}

func TestDiffCommentLayout(t *testing.T) {
	changes := []history.Change{
		{Task: "26", Field: history.FieldTask, To: "新任务"},
		{Period: "2019Q2", Unit: "xiashan-pub", Task: "5", Field: history.FieldStatus, From: "delayed", To: "in-progress"},
		{Period: "2019Q2", Unit: "xiashan-pub", Task: "5", Field: history.FieldProgress, From: "20", To: "50"},
		{Period: "2019Q3", Unit: "chikan-school", Field: history.FieldReport, To: "reports/2019Q3/chikan-school.yaml"},
		{Period: "2019Q3", Unit: "chikan-school", Field: history.FieldSubmitted, To: "2019-10-08"},
		{Period: "2019Q3", Unit: "chikan-school", Task: "3", Field: history.FieldStatus, To: "done"},
		{Period: "2019Q3", Unit: "gone-unit", Field: history.FieldReport, From: "reports/2019Q3/gone-unit.yaml"},
		// A draft (no submitted date) is not said to be reported (walk 4, #3).
		{Period: "2019Q3", Unit: "potou-org", Field: history.FieldReport, To: "reports/2019Q3/potou-org.yaml", Draft: true},
		{Period: "2019Q3", Unit: "potou-org", Task: "1", Field: history.FieldStatus, To: "in-progress", Draft: true},
	}
	repo := &model.Repo{Units: &model.Units{Units: []model.Unit{{ID: "xiashan-pub", Name: "霞山区委宣传部"}, {ID: "chikan-school", Name: "赤坎区委党校"}}},
		Tasks: []*model.Task{{ID: "05", Title: "大抓集中学习培训"}, {ID: "03", Title: "加强党校建设"}}}
	for _, c := range []struct {
		lang i18n.Lang
		want []string
	}{
		{i18n.Zh, []string{
			"## 台账数据的变化：`v2019Q2`（1a2b3c4d5e6f） → 工作区\n\n4 份报送和任务或单位有变化。\n",
			"### 任务与单位\n\n| 任务或单位 | 字段 | 内容 |\n| --- | --- | --- |\n| 26 | 任务 | 新任务 |\n",
			"### 2019Q2 霞山区委宣传部（xiashan-pub）\n\n| 任务 | 字段 | 原值 | 新值 |\n| --- | --- | --- | --- |\n| 5 大抓集中学习培训 | 状态 | 滞后 | 推进中 |\n|  | 进度 | 20% | 50% |\n",
			"### 2019Q3 赤坎区委党校（chikan-school）：新报送\n\n| 任务 | 字段 | 内容 |\n| --- | --- | --- |\n|  | 报送日期 | 2019-10-08 |\n| 3 加强党校建设 | 状态 | 已完成 |\n",
			"### 2019Q3 gone-unit：报送文件已删除\n",
			"### 2019Q3 potou-org：新草稿（未填报送日期，尚未报送）\n",
		}},
		{i18n.En, []string{
			"## Changes in the ledger: `v2019Q2` (1a2b3c4d5e6f) → the working tree\n\nChanged: 4 reports and tasks or units.\n",
			"### 2019Q2 霞山区委宣传部 (xiashan-pub)\n\n| Task | Field | From | To |\n| --- | --- | --- | --- |\n| 5 大抓集中学习培训 | status | delayed | in-progress |\n|  | progress | 20% | 50% |\n",
			"### 2019Q3 赤坎区委党校 (chikan-school): new report\n\n| Task | Field | Value |\n",
		}},
	} {
		var b bytes.Buffer
		if err := DiffComment(&b, Revision{"v2019Q2", "1a2b3c4d5e6f7a8b"}, Revision{}, changes, NamesOf(repo), c.lang); err != nil {
			t.Fatal(err)
		}
		got := b.String()
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: no\n%s\nin\n%s", c.lang, w, got)
			}
		}
		// Nothing here could be taken for a mention or a link, so nothing
		// is broken by a word joiner: the labels copy and search as they
		// read.
		if strings.Contains(got, wordJoiner) {
			t.Errorf("%s: a word joiner where no mention or link is to be stopped:\n%q", c.lang, got)
		}
	}
	var b bytes.Buffer
	if err := DiffComment(&b, Revision{"HEAD", "1a2b3c4d5e6f"}, Revision{}, nil, Names{}, i18n.Zh); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "没有变化") {
		t.Errorf("no changes: %s", b.String())
	}
}

// A quarter's worth of changes stays under the platforms' comment limit
// and says how many reports it leaves out and how to see them.
func TestDiffCommentLimit(t *testing.T) {
	var changes []history.Change
	long := strings.Repeat("推进基层党组织标准化建设，", 40)
	for u := 0; u < 200; u++ {
		unit := "unit-" + string(rune('a'+u/26)) + string(rune('a'+u%26))
		changes = append(changes, history.Change{Period: "2019Q3", Unit: unit, Task: "1", Field: history.FieldSummary, From: long, To: long + "。"})
	}
	var b bytes.Buffer
	if err := DiffComment(&b, Revision{"origin/main", "1a2b3c4d5e6f"}, Revision{"HEAD", "9f8e7d6c5b4a"}, changes, Names{}, i18n.Zh); err != nil {
		t.Fatal(err)
	}
	if b.Len() > CommentLimit+1000 {
		t.Errorf("comment of %d bytes, over the limit %d", b.Len(), CommentLimit)
	}
	shown := strings.Count(b.String(), "\n### 2019Q3 ")
	want := "……另有 " + strconv.Itoa(200-shown) + " 部分变化因评论长度有限未列出；全部变化请运行 `tally diff origin/main HEAD` 查看。"
	if shown == 0 || shown == 200 || !strings.Contains(b.String(), want) {
		t.Errorf("%d reports shown; want some, and the note %q:\n%s", shown, want, b.String()[b.Len()-500:])
	}
}

// Whatever a unit writes, in a comment's table cell it stays one cell of
// text, reads as written (spacing aside) and links to nothing.
func FuzzMDText(f *testing.F) {
	for _, h := range hostile {
		f.Add(h)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := gfm(t, "| x |\n| --- |\n| "+mdText(s)+" |\n")
		for _, m := range tagRe.FindAllStringSubmatch(out, -1) {
			switch strings.ToLower(m[2]) {
			case "table", "thead", "tbody", "tr", "th", "td", "br":
			default:
				t.Fatalf("%q renders with <%s%s>: %s", s, m[1], m[2], out)
			}
		}
		if n := strings.Count(out, "<tr>"); n != 2 {
			t.Fatalf("%q is not one cell: %s", s, out)
		}
		text := gohtml.UnescapeString(tagRe.ReplaceAllString(out, " "))
		if m := mentionRe.FindString(text); m != "" {
			t.Fatalf("%q renders %q, which a platform would link: %s", s, m, out)
		}
		got := strings.Fields(strings.ReplaceAll(text, wordJoiner, ""))
		want := strings.Fields(Safe(strings.NewReplacer("\r\n", " ", "\r", " ").Replace(strings.ToValidUTF8(s, "\ufffd"))))
		if strings.Join(got, " ") != strings.Join(append([]string{"x"}, want...), " ") {
			t.Fatalf("%q reads as %q", s, strings.Join(got, " "))
		}
	})
}

func TestOmittedNamesTheCommand(t *testing.T) {
	if got := omitted(3, Revision{"HEAD~1", "1a2b"}, Revision{}, i18n.Zh); !strings.Contains(got, "请运行 `tally diff HEAD~1` 查看") {
		t.Errorf("against the working tree: %s", got)
	}
	if got := omitted(1, Revision{"v1", "1a2b"}, Revision{"v2", "3c4d"}, i18n.En); got != "…and 1 more part not shown: a comment has a size limit. Run `tally diff v1 v2` to see all." {
		t.Errorf("between revisions: %s", got)
	}
}

// A revision name is shown as inline code, as typed, whatever it holds:
// a backtick run cannot close the span early, and a name that starts
// with one keeps it.
func TestCodeSpanShowsNamesAsTyped(t *testing.T) {
	for _, name := range []string{"HEAD~1", "origin/main", "a``b", "`v1`", "release*1_[x]"} {
		html := gfm(t, "## "+codeSpan(name)+"\n")
		m := regexp.MustCompile(`<code>(.*)</code>`).FindStringSubmatch(html)
		if m == nil || gohtml.UnescapeString(m[1]) != name && gohtml.UnescapeString(m[1]) != " "+name+" " {
			t.Errorf("%q renders as %s", name, html)
		}
	}
}
