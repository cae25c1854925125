package notice

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// readProbe reads a text or a saved page of a probe's (testdata/DIR) as
// the import does (a page saved in GB2312 decoded as such).
func readProbe(t *testing.T, dir, name string) *Notice {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", dir, name))
	if err != nil {
		t.Fatal(err)
	}
	text, err := Decode(name, data)
	if err != nil {
		t.Fatal(err)
	}
	return Parse(text, today)
}

// readProbe24 reads one of probe 24's texts or saved pages.
func readProbe24(t *testing.T, name string) *Notice { t.Helper(); return readProbe(t, "probe24", name) }

// probeOwners is each task's id and owners, for the messages below.
func probeOwners(n *Notice) ([]string, [][]string) {
	var ids []string
	for _, tk := range n.Tasks {
		ids = append(ids, tk.ID)
	}
	return ids, owned(n)
}

// Probe 24 of round 49's rules: articles of a law (第X条) are items only
// where they are the notice's own numbering and say who answers; a law's
// articles after a list numbered 一、二、三, quoted before it, or naming no
// one, and articles about the rules themselves (本规定由…负责解释), are not.
func TestProbe24Articles(t *testing.T) {
	for _, name := range []string{"articles-appended-after-tasks.txt", "quoted-articles.txt"} {
		n := readProbe24(t, name)
		if ids, owners := probeOwners(n); !slices.Equal(ids, []string{"01", "02", "03"}) || n.Tasks[2].Title != "强化道路交通安全整治" {
			t.Errorf("%s: ids %q owners %q, want the list's own three tasks", name, ids, owners)
		}
	}
	if n := readProbe24(t, "law-articles.txt"); len(n.Tasks) != 0 {
		t.Errorf("a law's articles naming no one read as %d tasks", len(n.Tasks))
	}
	if n := readProbe24(t, "supplementary-articles.txt"); len(n.Tasks) != 2 {
		ids, owners := probeOwners(n)
		t.Errorf("rules with 附则: ids %q owners %q, want the two articles naming who answers", ids, owners)
	}
}

// Probe 24: a praise line that goes on to what is still wrong (整体良好,但仍
// 存在以下问题:) or to the year's work (总体较好,今年重点抓好以下工作:) drops
// no items.
func TestProbe24Praise(t *testing.T) {
	if n := readProbe24(t, "praise-over-problems.txt"); len(n.Tasks) != 4 {
		ids, owners := probeOwners(n)
		t.Errorf("praise over problems: ids %q owners %q, want 4 tasks", ids, owners)
	}
	if n := readProbe24(t, "praise-in-work-plan.txt"); len(n.Tasks) != 5 {
		ids, owners := probeOwners(n)
		t.Errorf("praise in a work plan: ids %q owners %q, want 5 tasks", ids, owners)
	}
}

// Probe 24: a department's item naming another as the lead (…,牵头负责单位
// 为教育部门) makes it no lead.
func TestProbe24LeadOfAnother(t *testing.T) {
	n := readProbe24(t, "qiantou-of-another-body.txt")
	if len(n.Tasks) != 4 || len(n.Tasks[0].Lead) != 0 || len(n.Tasks[3].Lead) != 0 || !slices.Equal(n.Tasks[2].Lead, []string{"商务部门"}) {
		t.Errorf("leads: %+v", n.Tasks)
	}
}

// Probe 24: 工程一、二期… opening a sentence is no heading (the import wrote
// two sections numbered 一 and check refused the plan); a copy opening with
// two duty paragraphs before (一)(二)(三) is no middle page.
func TestProbe24Headings(t *testing.T) {
	n := readProbe24(t, "gongcheng-yi-running-text.txt")
	seen := map[string]bool{}
	for _, s := range n.Sections {
		if seen[s.ID] {
			t.Errorf("two sections numbered %s", s.ID)
		}
		seen[s.ID] = true
	}
	n = readProbe24(t, "preamble-duties-no-title.txt")
	if ids, _ := probeOwners(n); !slices.Equal(ids, []string{"01", "02", "03"}) {
		t.Errorf("ids %q, want 01–03", ids)
	}
}

// Probe 24: a division of duties closed by a paragraph asking everyone
// (全乡上下要统一思想…) is still each department's task.
func TestProbe24DivisionClosed(t *testing.T) {
	n := readProbe24(t, "division-closing-paragraph.txt")
	if _, owners := probeOwners(n); !slices.EqualFunc(owners, [][]string{{"农业办"}, {"企管站"}, {"派出所"}}, slices.Equal) {
		t.Errorf("owners %q", owners)
	}
}

// Probe 24: an inspection group's line (第一督查组) over a problem is no
// place the problem was found at.
func TestProbe24GroupNoPlace(t *testing.T) {
	for _, tk := range readProbe24(t, "place-is-group-heading.txt").Tasks {
		if strings.HasPrefix(tk.Title, "第一督查组") {
			t.Errorf("task %s titled by the group: %q", tk.ID, tk.Title)
		}
	}
}

// Probe 24: pages saved from a browser: a break inside a table's cell,
// cells with no end tags, a <pre> block, a page laid out in a table (its
// window title and menu cell), Word's web page with its conditional list
// numbers, a site's foot (主办单位:… / 网站标识码:…), and a copied text with a
// stray <span>: each read as the page shows it.
func TestProbe24Pages(t *testing.T) {
	n := readProbe24(t, "br-in-cell.htm")
	if len(n.Tasks) != 3 || !slices.Equal(n.Tasks[1].Owners, []string{"县交通运输局", "各乡镇人民政府"}) {
		t.Errorf("a break in a cell: %+v", n.Tasks)
	}
	for _, name := range []string{"td-no-end-tags.htm", "pre-table.htm", "site-footer-zhuban.htm", "layout-table-title.htm", "word-html-conditional.htm"} {
		n := readProbe24(t, name)
		ids, owners := probeOwners(n)
		if len(n.Tasks) != 3 || slices.ContainsFunc(owners, func(o []string) bool { return len(o) == 0 }) {
			t.Errorf("%s: ids %q owners %q, want 3 tasks with owners", name, ids, owners)
		}
		for _, tk := range n.Tasks {
			if strings.ContainsAny(tk.Title, "<>") {
				t.Errorf("%s: markup in task %s: %q", name, tk.ID, tk.Title)
			}
		}
	}
	if n := readProbe24(t, "layout-table-title.htm"); !strings.HasPrefix(n.Title, "某县人民政府办公室关于") {
		t.Errorf("a page laid out in a table: title %q", n.Title)
	}
	for _, tk := range readProbe24(t, "stray-span-tags.txt").Tasks {
		if slices.ContainsFunc(tk.Owners, func(o string) bool { return strings.Contains(o, "<") }) {
			t.Errorf("a stray tag in owners: %q", tk.Owners)
		}
	}
}
