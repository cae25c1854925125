package render

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
)

// ParaKind is the role of a paragraph in the brief; the .docx writer maps
// each to a 公文 style (GB/T 9704), the Markdown writer to its markup.
type ParaKind int

const (
	ParaTitle       ParaKind = iota // 标题
	ParaAddressee                   // 主送机关
	ParaBody                        // 正文
	ParaHeading1                    // 一级标题 一、
	ParaHeading2                    // 二级标题 （一）
	ParaPlaceholder                 // a paragraph the officer rewrites
	ParaSignature                   // 发文机关署名
	ParaDate                        // 成文日期: a placeholder under the signature
)

// Para is one paragraph of the brief.
type Para struct {
	Kind ParaKind
	Text string
}

// Brief is the draft 情况通报 of a period: every figure in it comes from the
// ledger, as `summary --format json` shows it; what only the officer can
// say is left as marked placeholders.
type Brief struct {
	Title string
	Paras []Para
}

// briefTopUnits is how many places of the ranking the brief names.
const briefTopUnits = 3

// briefMaxNames is how many unit names a list in running text spells out
// before it says "and N others".
const briefMaxNames = 12

// NewBrief writes the brief of lg. plan gives the list's title, the
// notice's recipients and issuer.
func NewBrief(lg *ledger.Ledger, plan *model.Plan, lang i18n.Lang) *Brief {
	w := &briefWriter{lg: lg, lang: lang, names: map[string]string{}, rows: map[string]*ledger.UnitRow{}}
	for _, u := range lg.Units {
		if u.Unit != nil {
			w.names[u.Unit.ID] = u.Unit.Name
			w.rows[u.Unit.ID] = u
		}
	}
	title := strings.TrimSpace(plan.Title)
	if title == "" {
		title = lang.Pick("重点工作任务清单", "the key-task list")
	}
	period := PeriodLabel(lg.Period.ID, lang)
	w.b.Title = Safe(lang.Pick("关于"+BookTitle(title)+period+"落实情况的通报", "Progress on "+title+", "+period))
	w.add(ParaTitle, w.b.Title)
	if len(plan.Notice.Recipients) > 0 {
		w.add(ParaAddressee, strings.Join(plan.Notice.Recipients, lang.Pick("，", ", "))+lang.Pick("：", ":"))
	}
	w.add(ParaBody, w.t(fmt.Sprintf("根据各责任单位报送的进展情况，现将%s%s落实情况通报如下。本通报数据统计截至%s。", period, BookTitle(title), AsOfWords(lg, lang)),
		fmt.Sprintf("From the progress the responsible units reported, this is how %s stood in %s. The figures are counted as of %s.", title, period, AsOfWords(lg, lang))))
	w.overall()
	w.leaders()
	w.laggards()
	w.lateUnits()
	w.requirements()
	if plan.Notice.Issuer != "" {
		w.add(ParaSignature, plan.Notice.Issuer)
	}
	w.add(ParaDate, w.t("【成文日期，请填写】", "[date of issue: fill in]"))
	return &w.b
}

type briefWriter struct {
	b     Brief
	lg    *ledger.Ledger
	lang  i18n.Lang
	names map[string]string
	rows  map[string]*ledger.UnitRow
}

// carried words where a carried pair's value comes from: an earlier
// report, and, where this period's report said something of the task that
// counts as nothing (an error in it), that too: the brief named a unit red
// for 报告滞后 from last quarter when it had reported 已完成 at 80 (walk 8,
// #4).
func (w *briefWriter) carried(p *ledger.Pair) (zh, en string) {
	if u := w.rows[p.Unit]; u != nil && u.Rejected(p.Task.ID) {
		return "本期报送有误未计入，沿用" + p.EntryPeriod + "报告", "this period's entry in error, not counted: from the " + p.EntryPeriod + " report"
	}
	return "沿用" + p.EntryPeriod + "报告", "from the " + p.EntryPeriod + " report"
}

func (w *briefWriter) t(zh, en string) string { return w.lang.Pick(zh, en) }

// add appends a paragraph; its text quotes the data, so controls and bidi
// overrides are made harmless (Safe) for the document and Markdown alike.
func (w *briefWriter) add(k ParaKind, text string) {
	w.b.Paras = append(w.b.Paras, Para{k, Safe(text)})
}

func (w *briefWriter) date(t time.Time) string { return DateWords(t, w.lang) }

// share is n of d as a percentage with one decimal, as every output shows it.
func share(n, d int) string {
	if d == 0 {
		return "0%"
	}
	return Percent(100 * float64(n) / float64(d))
}

func (w *briefWriter) name(id string) string {
	if n := w.names[id]; n != "" {
		return n
	}
	return id
}

// briefMaxUnreported is how many of a red task's units that sent nothing
// its paragraph names: at a year's end every red task has many, the same
// ones, and the workbook lists them all.
const briefMaxUnreported = 5

// nameList spells out up to briefMaxNames names, then says how many more.
func (w *briefWriter) nameList(names []string) string {
	sep := w.t("、", ", ")
	if len(names) <= briefMaxNames {
		return strings.Join(names, sep)
	}
	rest := len(names) - briefMaxNames
	return strings.Join(names[:briefMaxNames], sep) + w.t(fmt.Sprintf("等%d个单位（另%d个见汇总表）", len(names), rest),
		fmt.Sprintf(" and %d more (%d in all; see the workbook)", rest, len(names)))
}

func (w *briefWriter) overall() {
	lg, t := w.lg, w.lg.Totals
	w.add(ParaHeading1, w.t("一、总体情况", "1. Overall"))
	type count struct {
		zh, en string
		n      int
	}
	var parts []string
	for i, c := range []count{{"已完成", "done", t.Done}, {"推进中", "in progress", t.InProgress}, {"未启动", "not started", t.NotStarted},
		{"滞后", "delayed", t.Delayed}, {"各单位均未报", "with no unit reporting", t.NotReported}} {
		if c.n == 0 && i > 0 {
			continue
		}
		parts = append(parts, w.t(fmt.Sprintf("%s%d项，占%s", c.zh, c.n, share(c.n, t.Tasks)), fmt.Sprintf("%d %s (%s)", c.n, c.en, share(c.n, t.Tasks))))
	}
	mean := w.t("任务平均进度为"+Progress(t.Progress, t.HasProgress)+tight(PairsCoverage(t, w.lang))+"。",
		"Mean progress is "+Progress(t.Progress, t.HasProgress)+PairsCoverage(t, w.lang)+".")
	if !t.HasProgress {
		mean = w.t("各任务均无进度报送，暂无平均进度。", "No task has a reported progress yet.")
	}
	w.add(ParaBody, w.t(fmt.Sprintf("清单共有任务%d项。截至%s，%s。%s", t.Tasks, AsOfWordsAgain(lg, w.lang), strings.Join(parts, "；"), mean),
		fmt.Sprintf("The list has %d tasks. As of %s: %s. %s", t.Tasks, AsOfWordsAgain(lg, w.lang), strings.Join(parts, "; "), mean)))
	w.add(ParaBody, w.t(fmt.Sprintf("按预警规则，红色预警任务%d项，黄色预警任务%d项，其余%d项正常。", t.Red, t.Yellow, t.Green),
		fmt.Sprintf("By the warning rules, %s red, %d yellow and %d green.", i18n.Count(t.Red, "task is", "tasks are"), t.Yellow, t.Green)))
	rate, _ := t.SubmissionRate()
	late := w.t("没有逾期的单位", "none is late")
	if t.UnitsLate > 0 {
		late = w.t("逾期的"+fmt.Sprint(t.UnitsLate)+"个："+LateBreakdown(t.Late, true, w.lang), fmt.Sprintf("%d late: %s", t.UnitsLate, LateBreakdown(t.Late, true, w.lang)))
	}
	missingZh, missingEn := fmt.Sprintf("尚有%d项次任务进展未报送", t.Missing), i18n.Count(t.Missing, "task report is", "task reports are")+" missing"
	if t.Missing == 0 {
		missingZh, missingEn = "各单位应报的任务进展均已报送", "no task report is missing"
	}
	units := w.t(fmt.Sprintf("全部%d个责任单位中，应报送本期进展的%d个，已报送%d个，报送率%s；%s；%s。",
		t.Units, t.UnitsExpected, t.UnitsSubmittedExpected, Progress(rate, t.UnitsExpected > 0), late, missingZh),
		fmt.Sprintf("Of %d responsible units, %d owe this period a report and %d of them %s submitted it (%s); %s; %s.",
			t.Units, t.UnitsExpected, t.UnitsSubmittedExpected, map[bool]string{true: "has", false: "have"}[t.UnitsSubmittedExpected == 1], Progress(rate, t.UnitsExpected > 0), late, missingEn))
	// Drafts already named among the late (逾期未报送，其中草稿未报) are not
	// counted again: "另有" would read as more units.
	if d := t.UnitsDraft - t.Late.Draft; d > 0 {
		other, more := "另有", ""
		if t.Late.Draft > 0 {
			other, more = "此外还有", "more "
		}
		units += w.t(fmt.Sprintf("%s%d个单位只有草稿，尚未正式报送。", other, d),
			" "+i18n.Count(d, more+"unit has", more+"units have")+" a draft only, not submitted.")
	}
	if r := ReviewTally(lg, w.lang); r != "" {
		units += w.t(strings.Replace(strings.ReplaceAll(r, " ", ""), "审核情况：", "", 1)+"。", " "+strings.Replace(r, "Review: ", "Reviewed: ", 1)+".")
	}
	w.add(ParaBody, units)
	if len(lg.Targets) > 0 {
		w.add(ParaBody, targetsSentence(lg, w.lang))
	}
	if len(lg.Sections) == 0 {
		return
	}
	var secs []string
	for _, s := range lg.Sections {
		secs = append(secs, w.t(fmt.Sprintf("第%s部分“%s”任务%d项、完成%d项、平均进度%s", s.Section.ID, Inner(s.Section.Title), s.Tasks, s.Done, Progress(s.Progress, s.HasProgress)),
			fmt.Sprintf("section %s (%s): %s, %d done, mean progress %s", s.Section.ID, s.Section.Title, i18n.Count(s.Tasks, "task", "tasks"), s.Done, Progress(s.Progress, s.HasProgress))))
	}
	w.add(ParaBody, w.t("分部分看："+strings.Join(secs, "；")+"。", "By section: "+strings.Join(secs, "; ")+"."))
}

// leaders names the units doing well (进展较好的单位), group by group, as
// ledger.Praise selects them, saying how many units each group ranked
// and, where fewer than ledger.PraiseMin were, that none is praised; the
// units that owed nothing are named apart.
func (w *briefWriter) leaders() {
	w.add(ParaHeading1, w.t("二、进展较好的单位", "2. Units doing well"))
	groups := HasRankGroups(w.lg)
	w.add(ParaBody, w.t(fmt.Sprintf("只有本期应报送、按要求报齐全部任务且报送文件无误的单位参加排名，依次比较已完成任务占比、平均进度和报送及时性%s。"+
		"进展较好的单位是各组排名前%d位中按时报送、本单位负责的事项没有红色和黄色预警的单位（按本单位的报送判断，同一任务的其他单位不计）。", map[bool]string{true: "，同类单位分组排名", false: ""}[groups], ledger.PraiseTop),
		fmt.Sprintf("Only units that owed this period a report and sent one covering all their tasks without errors are ranked, by share of tasks done, mean progress and timely reporting%s. "+
			"Units doing well are those in the first %d places that reported on time and have no red or yellow item.", map[bool]string{true: ", like units ranked group by group", false: ""}[groups], ledger.PraiseTop)))
	praise, ranked := ledger.Praise(w.lg), 0
	for _, g := range praise {
		ranked += g.Ranked
	}
	if ranked == 0 {
		praise = nil
		w.add(ParaBody, w.t("本期尚无单位参加排名，不作通报表扬。", "No unit is ranked this period, so none is named."))
	}
	for _, g := range praise {
		head := w.t(fmt.Sprintf("参与排名%d个单位", g.Ranked), i18n.Count(g.Ranked, "unit", "units")+" ranked")
		if groups {
			name := g.Name
			if name == "" {
				name = w.t("其他单位", "other units")
			}
			head = w.t(fmt.Sprintf("%s：%s", name, head), fmt.Sprintf("%s: %s", name, head))
		}
		var text string
		switch {
		case g.Ranked == 0:
			text = w.t("。", ".")
		case g.Ranked < ledger.PraiseMin && groups:
			text = w.t(fmt.Sprintf("。本组参与排名的单位不足%d个，不作通报表扬。", ledger.PraiseMin), fmt.Sprintf(". Fewer than %d were, so none is named.", ledger.PraiseMin))
		case g.Ranked < ledger.PraiseMin:
			text = w.t(fmt.Sprintf("。参与排名的单位不足%d个，不作通报表扬。", ledger.PraiseMin), fmt.Sprintf(". Fewer than %d were, so none is named.", ledger.PraiseMin))
		case len(g.Praised) == 0:
			text = w.t(fmt.Sprintf("。前%d名的单位或逾期报送、或有红色黄色预警事项、或尚无进展，本组不作通报表扬。", ledger.PraiseTop),
				fmt.Sprintf(". None of the first %d reported on time with no red or yellow item and some progress, so none is named.", ledger.PraiseTop))
		default:
			var parts []string
			for _, u := range g.Praised {
				parts = append(parts, w.t(fmt.Sprintf("%s（排名第%d，承担任务%d项，已完成%d项，平均进度%s）", u.Unit.Name, u.Rank, u.Tasks, u.Done, Progress(u.Progress, u.HasProgress)),
					fmt.Sprintf("%s (rank %d: %s, %d done, mean progress %s)", u.Unit.Name, u.Rank, i18n.Count(u.Tasks, "task", "tasks"), u.Done, Progress(u.Progress, u.HasProgress))))
			}
			text = w.t("，进展较好的是："+strings.Join(parts, "；")+"。", "; doing well: "+strings.Join(parts, "; ")+".")
		}
		w.add(ParaBody, head+text)
	}
	var none []string
	for _, u := range w.lg.Units {
		if u.NothingDue() {
			none = append(none, u.Unit.Name)
		}
	}
	if len(none) > 0 {
		w.add(ParaBody, w.t(fmt.Sprintf("另有%d个单位所负责任务此前均已完成，本期无需报送，不参加排名：%s。", len(none), w.nameList(none)),
			fmt.Sprintf("Not ranked, having finished every task before the period and owing it no report (%s): %s.", i18n.Count(len(none), "unit", "units"), w.nameList(none))))
	}
}

// laggards lists the red tasks with their reasons and the units whose
// pairs are red, then the units with red pairs.
func (w *briefWriter) laggards() {
	w.add(ParaHeading1, w.t("三、进展滞后的任务和单位", "3. Tasks and units behind"))
	w.add(ParaHeading2, w.t("（一）红色预警任务", "(1) Red tasks"))
	type unitReds struct {
		id    string
		pairs []*ledger.Pair
	}
	var byUnit []*unitReds
	index := map[string]*unitReds{}
	for _, r := range w.lg.Tasks {
		for _, p := range r.Pairs {
			if p.Light != ledger.Red {
				continue
			}
			u := index[p.Unit]
			if u == nil {
				u = &unitReds{id: p.Unit}
				index[p.Unit] = u
				byUnit = append(byUnit, u)
			}
			u.pairs = append(u.pairs, p)
		}
	}
	reds := ledger.RedTasks(w.lg)
	for i, g := range groupRedTasks(reds, w.redTaskBody) {
		var heads []string
		for _, r := range g.tasks {
			heads = append(heads, w.t(fmt.Sprintf("任务%s“%s”", r.Task.Task.ID, Inner(r.Task.Task.Title)), fmt.Sprintf("task %s, %s", r.Task.Task.ID, r.Task.Task.Title)))
		}
		head := w.t(strings.Join(heads, "、"), strings.Join(heads, "; "))
		if n := len(g.tasks); n > 1 {
			head += w.t(fmt.Sprintf("（%d项任务情况相同）", n), fmt.Sprintf(" (%d tasks, each alike)", n))
		}
		if w.lang != i18n.Zh {
			head = strings.ToUpper(head[:1]) + head[1:]
		}
		w.add(ParaBody, fmt.Sprintf("%d. %s", i+1, head)+w.t("：", ": ")+g.body)
	}
	if len(reds) == 0 {
		w.add(ParaBody, w.t("本期没有红色预警任务。", "No task is red this period."))
	}
	if y := w.lg.Totals.Yellow; y > 0 {
		w.add(ParaBody, w.t(fmt.Sprintf("另有黄色预警任务%d项，详见汇总表“预警”页。", y), "Another "+i18n.Count(y, "task is", "tasks are")+" yellow; see the workbook's warnings sheet."))
	}
	w.extensions()
	w.add(ParaHeading2, w.t("（二）有红色预警事项的单位", "(2) Units with red items"))
	if len(byUnit) == 0 {
		w.add(ParaBody, w.t("本期没有单位的任务处于红色预警。", "No unit has a red item this period."))
		return
	}
	var parts []string
	for _, u := range byUnit {
		parts = append(parts, w.name(u.id)+w.t("（", " (")+w.redTasks(u.pairs)+w.t("）", ")"))
	}
	w.add(ParaBody, w.t(fmt.Sprintf("共%d个单位：", len(byUnit))+strings.Join(parts, "；")+"。", i18n.Count(len(byUnit), "unit", "units")+": "+strings.Join(parts, "; ")+"."))
}

// extensions says which units' items the office granted an extension in
// force (DESIGN §2: it moves the item's due date, for lights), so that
// a task not red past its due date, or the items judged by a later date,
// are not read as a mistake (probe 14, B2: the brief had no word of it).
// Nothing when there is none; items done are left out.
func (w *briefWriter) extensions() {
	var items []string
	for _, r := range w.lg.Tasks {
		for _, p := range r.Pairs {
			to, ok := p.Extension.GrantedTo()
			if !ok || p.HasState() && p.Status == model.Done {
				continue
			}
			items = append(items, w.t(fmt.Sprintf("任务%s（%s，延至%s）", r.Task.ID, w.name(p.Unit), w.date(to)),
				fmt.Sprintf("task %s (%s, to %s)", r.Task.ID, w.name(p.Unit), w.date(to))))
		}
	}
	if len(items) == 0 {
		return
	}
	list := strings.Join(items, w.t("、", "; "))
	if len(items) > briefMaxNames {
		list = strings.Join(items[:briefMaxNames], w.t("、", "; ")) + w.t(fmt.Sprintf("等%d项", len(items)), fmt.Sprintf(" and %d more", len(items)-briefMaxNames))
	}
	w.add(ParaBody, w.t(fmt.Sprintf("经审核批准延期的单位事项%d项，预警按批准延期的完成时限判断：%s。", len(items), list),
		fmt.Sprintf("%s had an extension granted, and are lit by the date granted: %s.", i18n.Count(len(items), "unit item", "unit items"), list)))
}

// redTaskBody is what the brief says of one red task after its name: the
// reasons, progress, due date and the units concerned.
func (w *briefWriter) redTaskBody(r ledger.RedTask) string {
	t := r.Task
	var units []string
	for _, p := range r.Pairs {
		name := w.name(p.Unit)
		if p.State == ledger.Carried {
			zh, en := w.carried(p)
			name += w.t("（"+zh+"）", " ("+en+")")
		}
		units = append(units, name)
	}
	reasons := ReasonWords(r.Reasons, w.lang)
	if w.lang == i18n.Zh {
		reasons = tight(reasons)
	}
	text := w.t(fmt.Sprintf("%s。当前进度%s，完成时限%s。", reasons, w.progress(t), w.date(t.Due)),
		fmt.Sprintf("%s. Progress %s, due %s.", reasons, w.progress(t), w.date(t.Due)))
	if len(units) > 0 {
		text += w.t("涉及单位：", " Units: ") + w.nameList(units) + w.t("。", ".")
	}
	if n := len(r.Unreported); n > 0 {
		names := make([]string, n)
		for j, id := range r.Unreported {
			names[j] = w.name(id)
		}
		lead := w.t(fmt.Sprintf("本期未报送的单位%d个：", n), fmt.Sprintf(" Not reported this period by %s: ", i18n.Count(n, "unit", "units")))
		if len(units) > 0 {
			lead = w.t(fmt.Sprintf("另有本期未报送的单位%d个：", n), fmt.Sprintf(" Also not reported this period by %s: ", i18n.Count(n, "unit", "units")))
		}
		if n > briefMaxUnreported {
			text += lead + strings.Join(names[:briefMaxUnreported], w.t("、", ", ")) + w.t("等（详见汇总表“未报送”页）。", " and others (see the workbook's Missing sheet).")
		} else {
			text += lead + w.nameList(names) + w.t("。", ".")
		}
	}
	if len(t.Task.Leaders) > 0 { // as the notice named them
		text += w.t("责任领导：", " Leaders: ") + strings.Join(t.Task.Leaders, w.t("、", ", ")) + w.t("。", ".")
	}
	return text
}

// redGroup is red tasks the brief says one thing of.
type redGroup struct {
	tasks []ledger.RedTask
	body  string
}

// groupRedTasks puts together the red tasks of which the brief would say
// word for word the same (the same reasons and counts, progress, due date,
// units and leaders), in the order of each group's first task. At a year's
// end, when most units have sent nothing, most red tasks read alike and the
// brief was pages of the same paragraph; a group loses nothing, since the
// unreported units are compared whole, not only the five the text names.
func groupRedTasks(reds []ledger.RedTask, body func(ledger.RedTask) string) []*redGroup {
	var groups []*redGroup
	index := map[string]*redGroup{}
	for _, r := range reds {
		b := body(r)
		key := b + "\x00" + strings.Join(r.Unreported, ",")
		g := index[key]
		if g == nil {
			g = &redGroup{body: b}
			index[key] = g
			groups = append(groups, g)
		}
		g.tasks = append(g.tasks, r)
	}
	return groups
}

// redTasks names a unit's red tasks, those whose value is carried from an
// earlier report said so: 任务05；任务16、19，沿用2019Q2报告.
func (w *briefWriter) redTasks(pairs []*ledger.Pair) string {
	type how struct{ zh, en string } // where the value comes from; zero: this period
	var order []how
	by := map[how][]string{}
	for _, p := range pairs {
		var k how
		if p.State == ledger.Carried {
			k.zh, k.en = w.carried(p)
		}
		if _, ok := by[k]; !ok {
			order = append(order, k)
		}
		by[k] = append(by[k], p.Task.ID)
	}
	var parts []string
	for _, k := range order {
		text := w.t("任务"+strings.Join(by[k], "、"), map[bool]string{true: "task ", false: "tasks "}[len(by[k]) == 1]+strings.Join(by[k], ", "))
		if k.zh != "" {
			text += w.t("，"+k.zh, ", "+k.en)
		}
		parts = append(parts, text)
	}
	return strings.Join(parts, w.t("；", "; "))
}

// lateUnits names the units that submitted late, and the units chased
// (ledger.ChaseList, as missing, remind, the workbook and the site list
// them), by reason; the units with tasks left out with those tasks.
func (w *briefWriter) lateUnits() {
	lg := w.lg
	due := w.date(lg.Period.Due)
	if lg.PastDue() {
		w.add(ParaHeading1, w.t("四、未按时报送的单位", "4. Units that did not report on time"))
	} else {
		w.add(ParaHeading1, w.t("四、截至目前尚未报送的单位", "4. Units that have not reported yet"))
	}
	var late []string
	for _, u := range lg.Units {
		if u.Owes && u.HasReport && u.Late {
			late = append(late, u.Unit.Name)
		}
	}
	if len(late) > 0 {
		w.add(ParaBody, w.t(fmt.Sprintf("报送截止日期为%s。逾期报送的单位（%d个）：%s。", due, len(late), w.nameList(late)),
			fmt.Sprintf("Reports were due on %s. Submitted late (%d): %s.", due, len(late), w.nameList(late))))
	}
	chased := ledger.ChaseList(lg)
	if len(chased) == 0 {
		if len(late) == 0 {
			w.add(ParaBody, w.t("各责任单位均已按时报送本期进展。", "Every responsible unit reported on time."))
		}
		return
	}
	var state string
	switch {
	case lg.DueToday(): // the date's mark says it: 报送截止日，当日尚未结束
	case !lg.PastDue():
		state = w.t("（报送截止日期为"+due+"，尚未到截止日期）", " (due "+due+", not yet reached)")
	}
	var groups []string
	for _, c := range ledger.CountChase(chased) {
		var names, uncounted []string
		for _, u := range chased {
			if !c.Has(u) {
				continue
			}
			name := u.Unit.Name
			switch {
			case c.Reason == ledger.ChaseIncomplete:
				name += w.t("（漏报任务"+strings.Join(u.Missing, "、")+"）", " (tasks left out: "+strings.Join(u.Missing, ", ")+")")
			case c.Reason == ledger.ChaseInvalid && !u.HasReport: // its report does not count at all
				uncounted = append(uncounted, name)
				continue
			}
			names = append(names, name)
		}
		label := ChaseReasonLabel(lg, c, w.lang)
		list := w.nameList(names)
		if len(uncounted) > 0 {
			// Each note follows the names it is true of: a note after a
			// list of three read as true of all three when it was of one
			// (walk 8, #3).
			note := w.t("（报送未计入）", " (report not counted)")
			if lg.PastDue() {
				note = w.t("（报送未计入，按逾期未报送计）", " (report not counted: counted as overdue)")
			}
			list = w.nameList(uncounted) + note
			if len(names) > 0 {
				list += w.t("，", ", and ") + w.nameList(names) + w.t("（报送已计入，有误的条目不计）", " (counted without the entries in error)")
			}
		}
		groups = append(groups, w.t(fmt.Sprintf("%s%d个：%s", label, c.Units, list), fmt.Sprintf("%s (%d): %s", label, c.Units, list)))
	}
	w.add(ParaBody, w.t(fmt.Sprintf("截至%s，需催报的单位共%d个%s。其中%s。", AsOfWordsAgain(lg, w.lang), len(chased), state, strings.Join(groups, "；")),
		fmt.Sprintf("As of %s, %s to chase%s: %s.", AsOfWordsAgain(lg, w.lang), i18n.Count(len(chased), "unit", "units"), state, strings.Join(groups, "; "))))
}

// progress is a task's progress in running text, with the share of its
// units it stands for when fewer than all: 100%（仅计10个责任单位中已报进度的1个）.
func (w *briefWriter) progress(t *ledger.TaskRow) string {
	if c := Coverage(t, w.lang); c != "" {
		return Progress(t.Progress, t.HasProgress) + w.t(fmt.Sprintf("（仅计%d个责任单位中已报进度的%d个）", t.Units, t.Stated), fmt.Sprintf(" (from %d of its %d units)", t.Stated, t.Units))
	}
	return Progress(t.Progress, t.HasProgress)
}

// requirements is the part only the officer can write: marked paragraphs
// saying what belongs there.
func (w *briefWriter) requirements() {
	w.add(ParaHeading1, w.t("五、下步要求", "5. Next steps"))
	late, lateEn := "尚未报送", "have not reported yet"
	if w.lg.PastDue() {
		late, lateEn = "未按时报送", "did not report on time"
	}
	for _, p := range [][2]string{
		{"【请改写】（一）针对上述红色预警任务，提出督办要求：责任单位、整改措施和完成时限。", "[Rewrite] (1) For the red tasks above: who acts, what they do and by when."},
		{"【请改写】（二）对" + late + "的单位，提出催报要求和下期报送时间。", "[Rewrite] (2) For the units that " + lateEn + ": the reminder and the next due date."},
		{"【请改写】（三）结合下一阶段工作重点，提出具体工作要求。", "[Rewrite] (3) The next stage's priorities and what each unit should do."},
	} {
		w.add(ParaPlaceholder, w.t(p[0], p[1]))
	}
}

// WriteMarkdown writes the brief as Markdown: the title as a heading, the
// parts as second-level headings, placeholders as quotes.
func (b *Brief) WriteMarkdown(w io.Writer) error {
	var s strings.Builder
	for i, p := range b.Paras {
		if i > 0 {
			s.WriteString("\n")
		}
		text := mdInline(p.Text)
		if p.Kind == ParaBody || p.Kind == ParaAddressee || p.Kind == ParaSignature {
			text = noListStart(text)
		}
		switch p.Kind {
		case ParaTitle:
			s.WriteString("# " + text)
		case ParaHeading1:
			s.WriteString("## " + text)
		case ParaHeading2:
			s.WriteString("### " + text)
		case ParaPlaceholder, ParaDate:
			s.WriteString("> " + text)
		default:
			s.WriteString(text)
		}
		s.WriteString("\n")
	}
	_, err := io.WriteString(w, s.String())
	return err
}

var mdReplacer = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`, "~", `\~`)

// mdInline makes text one safe line of Markdown: markup characters escaped,
// line breaks and control characters turned into spaces.
func mdInline(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	return Safe(mdReplacer.Replace(s)) // bidi controls too
}

// noListStart keeps a paragraph starting "1." from becoming a list item.
func noListStart(s string) string {
	if len(s) > 1 && s[0] >= '0' && s[0] <= '9' {
		if i := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }); i > 0 && (s[i] == '.' || s[i] == ')') {
			s = s[:i] + `\` + s[i:]
		}
	}
	return s
}
