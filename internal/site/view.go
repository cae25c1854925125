package site

import (
	"bytes"
	"fmt"
	"html/template"
	"sort"
	"strings"
	"sync"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
	"tally/internal/render"
)

// view holds the ledgers indexed for the pages.
type view struct {
	in    Input
	lang  i18n.Lang
	cur   *ledger.Ledger
	tasks []map[string]*ledger.TaskRow // per ledger, by task key
	pairs []map[string][]*ledger.Pair  // per ledger, by unit id, in task order
	units []map[string]*ledger.UnitRow // per ledger, by unit id
	hist  map[string][]histItem        // by task key
	// heads are the links from a unit's page to each task of the period
	// shown, made once for the 2,000 unit pages that each link some of
	// the same 200 tasks.
	heads map[*model.Task]link
	// frames are the pages' frames by folder and period (frameParts).
	frames map[frameKey]page
	// legend is the template "legend", the same on every page
	// (frameParts), for the unit pages written without the template.
	legend template.HTML
	older  map[string]int // commits beyond maxCommits, by task key
	// evidence is what the site holds of the evidence its pages cite.
	evidence *evidenceSet
}

type histItem struct {
	Hash, Short, Date, Author, Message string
	Lines                              []string
	More                               int
}

func newView(in Input) *view {
	v := &view{in: in, lang: in.Lang, cur: in.Ledgers[len(in.Ledgers)-1], hist: map[string][]histItem{}, older: map[string]int{}}
	n := len(in.Ledgers)
	v.tasks, v.pairs, v.units = make([]map[string]*ledger.TaskRow, n), make([]map[string][]*ledger.Pair, n), make([]map[string]*ledger.UnitRow, n)
	// Each ledger's maps are its own: they are made side by side, each
	// into its own slot.
	var wg sync.WaitGroup
	for i, lg := range in.Ledgers {
		wg.Go(func() {
			tm := make(map[string]*ledger.TaskRow, len(lg.Tasks))
			pm := make(map[string][]*ledger.Pair, len(lg.Units))
			for _, r := range lg.Tasks {
				tm[model.TaskKey(r.Task.ID)] = r
				for _, p := range r.Pairs {
					pm[p.Unit] = append(pm[p.Unit], p)
				}
			}
			um := make(map[string]*ledger.UnitRow, len(lg.Units))
			for _, u := range lg.Units {
				um[u.Unit.ID] = u
			}
			v.tasks[i], v.pairs[i], v.units[i] = tm, pm, um
		})
	}
	wg.Wait()
	v.heads = make(map[*model.Task]link, len(v.cur.Tasks))
	for _, r := range v.cur.Tasks {
		v.heads[r.Task] = v.taskLink("../", v.tasks[n-1][model.TaskKey(r.Task.ID)])
	}
	for _, c := range in.History {
		byTask := map[string][]string{}
		var order []string
		for _, ch := range c.Changes {
			if ch.Task == "" {
				continue
			}
			k := model.TaskKey(ch.Task)
			if _, ok := byTask[k]; !ok {
				order = append(order, k)
			}
			byTask[k] = append(byTask[k], ch.Text)
		}
		short := c.Hash
		if len(short) > 12 {
			short = short[:12]
		}
		more := map[string]int{}
		for task, n := range c.More {
			more[model.TaskKey(task)] += n
		}
		var unworded []string
		for k, n := range more {
			if n > 0 && byTask[k] == nil {
				unworded = append(unworded, k)
			}
		}
		sort.Slice(unworded, func(i, j int) bool { return model.CompareTaskIDs(unworded[i], unworded[j]) < 0 })
		order = append(order, unworded...)
		for _, k := range order {
			lines := byTask[k]
			n := max(len(lines)-MaxChanges, 0) + more[k]
			if len(v.hist[k]) == maxCommits {
				v.older[k]++
				continue
			}
			v.hist[k] = append(v.hist[k], histItem{c.Hash, short, c.Date, c.Author, c.Message, lines[:min(len(lines), MaxChanges)], n})
		}
	}
	return v
}

func (v *view) t(zh, en string) string { return v.lang.Pick(zh, en) }

// page is what every page's frame shows.
type page struct {
	Lang      string
	Root      string // "" at the top, "../" in the folders
	Title     string
	SiteTitle string
	Source    string
	Period    string
	AsOf      string
	Periods   []link
	// HeadTail and Foot are the templates headtail and foottext written
	// for the page's folder and period (frameParts).
	HeadTail, Foot template.HTML
}

// frameKey names the frame of the pages of a folder (root) and period.
type frameKey struct {
	root string
	lg   *ledger.Ledger
}

// frameParts writes the parts of the frame every page of a folder and
// period shares once, with the templates: each was several reflective
// calls of the template engine on every one of a province's 2,206 pages.
// Written on their own they are the same bytes as within a page, since
// each starts in the context of HTML text, as it does there.
func (v *view) frameParts(tpl *template.Template) error {
	v.frames = map[frameKey]page{}
	var b bytes.Buffer
	if err := tpl.ExecuteTemplate(&b, "legend", v.frameOf("", v.cur)); err != nil {
		return err
	}
	v.legend = template.HTML(b.String())
	for _, root := range []string{"", "../"} {
		for _, lg := range v.in.Ledgers {
			p := v.frameOf(root, lg)
			b.Reset()
			if err := tpl.ExecuteTemplate(&b, "headtail", p); err != nil {
				return err
			}
			p.HeadTail = template.HTML(b.String())
			b.Reset()
			if err := tpl.ExecuteTemplate(&b, "foottext", p); err != nil {
				return err
			}
			p.Foot = template.HTML(b.String())
			v.frames[frameKey{root, lg}] = p
		}
	}
	return nil
}

// frame is what a page of title in root's folder shows of period lg
// around its own content; frameParts wrote its shared parts.
func (v *view) frame(root, title string, lg *ledger.Ledger) page {
	p, ok := v.frames[frameKey{root, lg}]
	if !ok {
		panic("site: no frame written for " + root + " " + lg.Period.ID)
	}
	p.Title = title
	return p
}

type link struct {
	Href, Text string
	Current    bool
}

func (v *view) frameOf(root string, lg *ledger.Ledger) page {
	p := page{Lang: v.lang.Pick("zh-CN", "en"), Root: root, SiteTitle: v.in.Title, Source: v.in.Source,
		Period: lg.Period.ID, AsOf: render.AsOfDoc(lg, v.lang)}
	for _, l := range v.in.Ledgers {
		p.Periods = append(p.Periods, link{Href: root + periodPath(l.Period.ID), Text: l.Period.ID, Current: l == lg})
	}
	return p
}

// cell is one coloured, labelled square: a light or a state.
type cell struct {
	Class, Text, Title, Href string
}

func (v *view) lightCell(l ledger.Light) cell {
	if l == ledger.Unlit {
		return cell{Class: "l-none", Text: v.t("未报", "none")}
	}
	return cell{Class: "l-" + l.Code(), Text: render.LightLabel(l, v.lang)}
}

// taskLight is a task's light, marked (dashed) when no unit has reported
// on it (未报): the ledger then judges it as if at 0%.
func (v *view) taskLight(r *ledger.TaskRow) cell {
	c := v.lightCell(r.Light)
	if r.Status == model.NotReported {
		c.Class += " t-none"
	}
	return c
}

// stateCell shows a pair in one period: its status (progress for work
// under way), marked when carried from an earlier period or missing.
func (v *view) stateCell(p *ledger.Pair) cell {
	switch {
	case p == nil:
		return cell{Class: "s-na"}
	case p.State == ledger.None:
		return cell{Class: "s-none", Text: v.t("未报", "none")}
	}
	c := cell{}
	switch p.Status {
	case model.Done:
		c.Class, c.Text = "s-done", v.t("完成", "done")
	case model.Delayed:
		c.Class, c.Text = "s-delayed", v.t("滞后", "delayed")
	case model.NotStarted:
		c.Class, c.Text = "s-ns", v.t("未启", "not st.")
	default:
		c.Class, c.Text = "s-ip", model.FormatNumber(ledger.Round1(p.Progress))
	}
	if p.State == ledger.Carried {
		c.Class += " carried"
	}
	if p.Missing {
		c.Class += " missing"
	}
	return c
}

// stateTip is a state cell with its meaning in words, for a tooltip; u
// is the pair's unit row in the period (nil when none): a unit whose report
// was returned, or whose entry has an error, sent one that does not count,
// and the tip says so rather than 本期未报送.
func (v *view) stateTip(p *ledger.Pair, period string, u *ledger.UnitRow) cell {
	c := v.stateCell(p)
	if p == nil || !p.HasState() {
		c.Title = v.t("未报", "no report")
		return c
	}
	c.Title = period + v.t("：", ": ") + p.Status.Label(v.lang) + " " + render.Percent(p.Progress)
	if p.State == ledger.Carried {
		c.Title += v.t("（沿用 ", " (carried from ") + p.EntryPeriod + v.t("）", ")")
	}
	switch {
	case !p.Missing:
	case u != nil && u.Returned:
		c.Title += v.t("，本期报送已退回、不计入", ", this period's report returned and not counted")
	case u != nil && u.Rejected(p.Task.ID):
		c.Title += v.t("，本期报送中这一条有误、不计入", ", this entry of the period's report has an error and does not count")
	case u != nil && u.Invalid:
		// A report that cannot be read, or whose date is wrong: the page
		// says 文件有误, as the workbook's 明细 does (probe 10).
		c.Title += v.t("，本期报送文件有误、不计入", ", the period's report has errors and does not count")
	default:
		c.Title += v.t("，本期未报送", ", not reported this period")
	}
	return c
}

func (v *view) unitName(id string) string {
	if u := v.in.Index.Registry.Unit(id); u != nil {
		return u.Name
	}
	return id
}

// taskLink links a task's page; a task with none in this site (on an
// earlier period's list and not on this one's) is named without a link.
func (v *view) taskLink(root string, r *ledger.TaskRow) link {
	if v.tasks[len(v.tasks)-1][model.TaskKey(r.Task.ID)] == nil {
		return link{Text: r.Task.ID + " " + r.Task.Title}
	}
	return link{Href: root + taskPath(r.Task.ID), Text: r.Task.ID + " " + r.Task.Title}
}

// unitLink links a unit's page; a unit with none (one that reported in an
// earlier period shown and is not on the list in this one: units.yaml's
// until) is named without a link.
func (v *view) unitLink(root, id string) link {
	if v.units[len(v.units)-1][id] == nil {
		return link{Text: v.unitName(id)}
	}
	return link{Href: root + unitPath(id), Text: v.unitName(id)}
}

// headline is render's headline, line by line, without the title.
func (v *view) headline(lg *ledger.Ledger) []string {
	var out []string
	for _, l := range strings.Split(render.HeadlineDoc(lg, "", v.lang), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// stat is one headline number; Note, under it, says what it stands on.
type stat struct {
	Label, Value, Class, Note string
}

func (v *view) stats(lg *ledger.Ledger) []stat {
	t := lg.Totals
	rate := "—"
	if r, ok := t.SubmissionRate(); ok {
		rate = render.Percent(r)
	}
	return []stat{
		{v.t("平均进度", "Mean progress"), render.Progress(t.Progress, t.HasProgress), "", strings.Trim(render.MeanCoverage(t, v.lang), "（） ()")},
		{v.t("已完成任务", "Tasks done"), fmt.Sprintf("%d / %d", t.Done, t.Tasks), "", ""},
		{v.t("滞后任务", "Tasks delayed"), fmt.Sprint(t.Delayed), "", ""},
		{v.t("未报任务", "Tasks not reported"), fmt.Sprint(t.NotReported), "", ""},
		{v.t("红灯", "Red"), fmt.Sprint(t.Red), "k-red", ""},
		{v.t("黄灯", "Yellow"), fmt.Sprint(t.Yellow), "k-yellow", ""},
		{v.t("绿灯", "Green"), fmt.Sprint(t.Green), "k-green", ""},
		{v.t("报送率", "Units reported"), rate, "", ""},
		{v.t("未报送项次", "Reports missing"), fmt.Sprint(t.Missing), "", ""},
	}
}

// rankRow is a unit in a ranking table. Group, on the first unit of a
// rank group's block, names the group (DESIGN §2: like ranked with like).
type rankRow struct {
	Group    string
	Rank     string
	Unit     link
	Tasks    int
	Done     int
	Progress string
	State    string
	Alert    bool // State in red: see alert
}

// rankRows are the ranking's rows in the ledger's order, rank group by
// rank group; limit (0: all) bounds the rows of each group. It returns
// the rows and how many units it left out.
func (v *view) rankRows(root string, lg *ledger.Ledger, limit int) ([]rankRow, int) {
	var out []rankRow
	groups := render.HasRankGroups(lg)
	inBlock := 0
	for i, u := range lg.Units {
		first := i == 0 || u.RankGroup != lg.Units[i-1].RankGroup
		if first {
			inBlock = 0
		}
		if limit > 0 && inBlock == limit {
			continue
		}
		inBlock++
		r := rankRow{Rank: render.Rank(u), Unit: v.unitLink(root, u.Unit.ID), Tasks: u.Tasks, Done: u.Done,
			Progress: render.Progress(u.Progress, u.HasProgress), State: render.ReportState(u, v.lang), Alert: alert(u)}
		if groups && first {
			r.Group = render.RankGroup(u, v.lang)
		}
		out = append(out, r)
	}
	return out, len(lg.Units) - len(out)
}

// alert says whether a unit's report state is shown in red: it is late,
// or the unit has something to put right (its file has errors, or the
// office returned its report), whatever the date. Every page colours a
// state by this one rule, so that the same words never differ in colour.
func alert(u *ledger.UnitRow) bool { return u.Late || u.Invalid || u.Returned }

// concern orders pairs or tasks for a shortened list: red, yellow, no
// state, green; then the given order.
func concern(l ledger.Light) int {
	switch {
	case l == ledger.Unlit:
		return 1
	case l == ledger.Red:
		return 3
	case l == ledger.Yellow:
		return 2
	}
	return 0
}

func signed(f float64) string {
	f = ledger.Round1(f)
	switch {
	case f > 0:
		return "+" + model.FormatNumber(f)
	case f < 0:
		return model.FormatNumber(f)
	}
	return "0"
}

func signedInt(n int) string {
	if n > 0 {
		return fmt.Sprintf("+%d", n)
	}
	return fmt.Sprint(n)
}

// sortStable sorts xs by key, highest first, keeping the given order among equals.
func sortByDesc[T any](xs []T, key func(T) int) {
	sort.SliceStable(xs, func(i, j int) bool { return key(xs[i]) > key(xs[j]) })
}
