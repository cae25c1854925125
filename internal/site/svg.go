package site

import (
	"fmt"
	"html/template"
	"math"
	"strings"
	"time"

	"tally/internal/ledger"
	"tally/internal/model"
)

// The charts are SVG written at build time. Every text in them goes
// through esc; numbers are formatted here. Fills are CSS classes of the
// page's stylesheet, whose print rules and patterns keep them apart in grey.

func esc(s string) string { return template.HTMLEscapeString(s) }

func num(f float64) string { return model.FormatNumber(float64(int(f*10+0.5)) / 10) }

type bar struct {
	Label string
	Value float64 // 0–100
	None  bool    // no progress (未报): no bar, a dash
}

// barChart draws horizontal bars of percentages, labelled, with a grid at
// every 20 points.
func barChart(bars []bar, caption string) template.HTML {
	const labelW, barW, rowH, top = 260.0, 360.0, 26.0, 22.0
	h := top + rowH*float64(len(bars)) + 8
	w := labelW + barW + 60
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %s %s" role="img" aria-label="%s">`, num(w), num(h), esc(caption))
	fmt.Fprintf(&b, `<title>%s</title>`, esc(caption))
	for g := 0; g <= 100; g += 20 {
		x := labelW + barW*float64(g)/100
		fmt.Fprintf(&b, `<line class="grid" x1="%s" y1="%s" x2="%s" y2="%s"/><text class="axis" x="%s" y="14" text-anchor="middle">%d%%</text>`,
			num(x), num(top-4), num(x), num(h-4), num(x), g)
	}
	for i, br := range bars {
		y := top + rowH*float64(i)
		v := min(max(br.Value, 0), 100)
		fmt.Fprintf(&b, `<text class="label" x="%s" y="%s" text-anchor="end">%s</text>`, num(labelW-8), num(y+17), esc(clip(br.Label, 18)))
		if br.None {
			fmt.Fprintf(&b, `<text class="value" x="%s" y="%s">—</text>`, num(labelW+4), num(y+17))
			continue
		}
		fmt.Fprintf(&b, `<rect class="f-bar" x="%s" y="%s" width="%s" height="18"><title>%s %s%%</title></rect>`,
			num(labelW), num(y+4), num(barW*v/100), esc(br.Label), num(br.Value))
		fmt.Fprintf(&b, `<text class="value" x="%s" y="%s">%s%%</text>`, num(labelW+barW*v/100+4), num(y+17), num(br.Value))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// sparkline draws a series of percentages as a small line with a dot per
// period.
func sparkline(vals []float64) template.HTML {
	const w, h, pad = 120.0, 28.0, 3.0
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="spark" viewBox="0 0 %s %s" width="%s" height="%s" aria-hidden="true">`, num(w), num(h), num(w), num(h))
	fmt.Fprintf(&b, `<line class="grid" x1="0" y1="%s" x2="%s" y2="%s"/>`, num(h-pad), num(w), num(h-pad))
	step := 0.0
	if len(vals) > 1 {
		step = (w - 2*pad) / float64(len(vals)-1)
	}
	var pts []string
	for i, v := range vals {
		if math.IsNaN(v) {
			continue // no progress that period (未报)
		}
		x := pad + step*float64(i)
		y := h - pad - (h-2*pad)*min(max(v, 0), 100)/100
		pts = append(pts, num(x)+","+num(y))
	}
	if len(pts) > 1 {
		fmt.Fprintf(&b, `<polyline class="line" points="%s"/>`, strings.Join(pts, " "))
	}
	for _, p := range pts {
		x, y, _ := strings.Cut(p, ",")
		fmt.Fprintf(&b, `<circle class="dot" cx="%s" cy="%s" r="2.5"/>`, x, y)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// timeline draws the plan's span with the task's milestones, its due date
// and the as-of date.
func (v *view) timeline(r *ledger.TaskRow) template.HTML {
	plan := v.in.Index.Repo.Plan
	start, end := plan.Start, r.Due
	if start.IsZero() || !end.After(start) {
		start = v.cur.Period.Start
	}
	asOf := v.cur.AsOf
	last := end
	if asOf.After(last) {
		last = asOf
	}
	if !last.After(start) {
		return ""
	}
	const w, x0, x1, axis = 720.0, 20.0, 700.0, 40.0
	type mark struct {
		at         time.Time
		class, txt string
		tip        string
	}
	var marks []mark
	for _, m := range r.Task.Milestones {
		marks = append(marks, mark{m.Due, "ms", model.FormatDate(m.Due), m.Text})
	}
	marks = append(marks, mark{end, "due", v.t("完成时限 ", "due ") + model.FormatDate(end), ""})
	x := func(t time.Time) float64 {
		f := t.Sub(start).Hours() / last.Sub(start).Hours()
		return x0 + (x1-x0)*min(max(f, 0), 1)
	}
	h := axis + 26 + 16*float64(len(marks))
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="timeline" viewBox="0 0 %s %s" role="img" aria-label="%s">`, num(w), num(h), esc(v.t("时间线", "Timeline")))
	fmt.Fprintf(&b, `<line class="axis-line" x1="%s" y1="%s" x2="%s" y2="%s"/>`, num(x0), num(axis), num(x1), num(axis))
	fmt.Fprintf(&b, `<rect class="f-elapsed" x="%s" y="%s" width="%s" height="8"/>`, num(x0), num(axis-4), num(x(asOf)-x0))
	fmt.Fprintf(&b, `<text class="axis" x="%s" y="%s">%s</text>`, num(x0), num(axis-12), esc(model.FormatDate(start)))
	anchor := "middle"
	switch ax := x(asOf); {
	case ax > x0+(x1-x0)*0.85:
		anchor = "end"
	case ax < x0+(x1-x0)*0.15:
		anchor = "start"
	}
	fmt.Fprintf(&b, `<line class="asof" x1="%s" y1="%s" x2="%s" y2="%s"/><text class="axis" x="%s" y="%s" text-anchor="%s">%s</text>`,
		num(x(asOf)), num(axis-20), num(x(asOf)), num(axis+8), num(x(asOf)), num(axis-24), anchor, esc(v.t("统计截至 ", "counted as of ")+model.FormatDate(asOf)))
	for i, m := range marks {
		mx := x(m.at)
		y := axis + 22 + 16*float64(i)
		anchor := "start"
		if mx > w/2 {
			anchor = "end"
		}
		label := m.txt
		if m.tip != "" {
			label += " " + clip(m.tip, 28)
		}
		fmt.Fprintf(&b, `<line class="tick %s" x1="%s" y1="%s" x2="%s" y2="%s"/>`, m.class, num(mx), num(axis-6), num(mx), num(y-10))
		fmt.Fprintf(&b, `<path class="mark %s" d="M%s %sl5 6-5 6-5-6z"><title>%s</title></path>`, m.class, num(mx), num(axis-6), esc(m.txt+" "+m.tip))
		fmt.Fprintf(&b, `<text class="label" x="%s" y="%s" text-anchor="%s">%s</text>`, num(mx), num(y), anchor, esc(label))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// stateCounts counts a task's units by state in one period.
type stateCounts struct {
	Done, InProgress, NotStarted, Delayed, None int
}

func countStates(r *ledger.TaskRow) stateCounts {
	var c stateCounts
	if r == nil {
		return c
	}
	for _, p := range r.Pairs {
		switch {
		case p.Entry == nil:
			c.None++
		case p.Status == model.Done:
			c.Done++
		case p.Status == model.Delayed:
			c.Delayed++
		case p.Status == model.NotStarted:
			c.NotStarted++
		default:
			c.InProgress++
		}
	}
	return c
}

// stateBars draws, per period, one bar split by the units' states, each
// part labelled with its count where it has room.
func (v *view) stateBars(counts []stateCounts, periods []string) template.HTML {
	const labelW, barW, rowH = 80.0, 560.0, 26.0
	h := rowH*float64(len(counts)) + 4
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %s %s" role="img" aria-label="%s">`,
		num(labelW+barW+10), num(h), esc(v.t("各期单位状态", "Units by state, per period")))
	for i, c := range counts {
		y := rowH * float64(i)
		total := c.Done + c.InProgress + c.NotStarted + c.Delayed + c.None
		fmt.Fprintf(&b, `<text class="label" x="%s" y="%s" text-anchor="end">%s</text>`, num(labelW-8), num(y+17), esc(periods[i]))
		if total == 0 {
			continue
		}
		x := labelW
		for _, part := range []struct {
			n            int
			class, label string
		}{
			{c.Done, "s-done", v.t("完成", "done")},
			{c.InProgress, "s-ip", v.t("推进中", "in progress")},
			{c.NotStarted, "s-ns", v.t("未启动", "not started")},
			{c.Delayed, "s-delayed", v.t("滞后", "delayed")},
			{c.None, "s-none", v.t("未报", "no report")},
		} {
			if part.n == 0 {
				continue
			}
			pw := barW * float64(part.n) / float64(total)
			fmt.Fprintf(&b, `<rect class="%s" x="%s" y="%s" width="%s" height="20"><title>%s %s %d</title></rect>`,
				part.class, num(x), num(y+3), num(pw), esc(periods[i]), esc(part.label), part.n)
			if label := fmt.Sprintf("%s %d", part.label, part.n); textWidth(label)+8 <= pw {
				fmt.Fprintf(&b, `<text class="in %s" x="%s" y="%s">%s</text>`, part.class, num(x+4), num(y+17), esc(label))
			}
			x += pw
		}
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// textWidth guesses the width of a label at the charts' 11–12 px type:
// Chinese characters are square, Latin ones about half as wide.
func textWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		if r < 0x2e80 {
			w += 6.5
		} else {
			w += 12
		}
	}
	return w
}

// orNaN is a progress for a sparkline: NaN, no point, when there is none.
func orNaN(f float64, ok bool) float64 {
	if !ok {
		return math.NaN()
	}
	return f
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
