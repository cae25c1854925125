package site

import (
	"html/template"
	"strconv"
	"unsafe"
)

// The rows that repeat by the thousand at province scale (rankings, the
// text of reports, grids) are written here instead of through the
// template, where every value costs a reflective call. Everything not a
// fixed string of this file goes through text, which escapes it as the
// template would.

type htmlWriter struct {
	b    []byte
	a    *arena // the arena the writer was started in, if any
	room bool   // b was started in the arena's room
}

// arena is the memory a page worker writes the repeating rows of its
// pages in, used again from page to page: the rows of a page are copied
// into it by its template, after which nothing refers to them, so the
// rows of a province's 2,206 pages need not take fresh memory (tens of
// megabytes a site, each fresh page of memory a page fault first, then
// work for the collector).
//
// A page's writers take the room after the rows frozen before them, one
// writer at a time; a writer started while another holds the room, or
// one that outgrows it, writes in memory of its own. What html gives is
// valid until reset, which the worker calls once the page is rendered and
// handed on.
type arena struct {
	buf   []byte    // the rows frozen so far
	open  bool      // a writer holds the room after buf
	need  int       // what the page's writers wrote, to size buf for the next
	texts []textRow // the text rows of the last page, their room used again
}

// textRows is an empty list for a page's text rows, with the room the
// last page's took (keepTextRows).
func (a *arena) textRows() []textRow {
	if a == nil {
		return nil
	}
	return a.texts[:0]
}

// keepTextRows keeps the room of rows, written out, for the next page.
func (a *arena) keepTextRows(rows []textRow) {
	if a != nil {
		a.texts = rows[:0]
	}
}

// writer starts a writer with room for about size bytes; a nil arena
// gives memory of the writer's own.
func (a *arena) writer(size int) htmlWriter {
	size = max(size, 1)
	if a == nil || a.open || cap(a.buf)-len(a.buf) < size {
		return htmlWriter{b: make([]byte, 0, size), a: a}
	}
	a.open = true
	return htmlWriter{b: a.buf[len(a.buf):len(a.buf)], a: a, room: true}
}

// reset frees the whole arena for the worker's next page (what html gave
// is no longer valid), made large enough for what this page wrote.
func (a *arena) reset() {
	if a.need > cap(a.buf) {
		a.buf = make([]byte, 0, a.need+a.need/4)
	}
	a.buf, a.open, a.need = a.buf[:0], false, 0
}

func (w *htmlWriter) raw(s string) *htmlWriter { w.b = append(w.b, s...); return w }

// text writes s escaped as template.HTMLEscapeString escapes it, with no
// string in between: most texts need no escape, and a text that does is
// written a run at a time.
func (w *htmlWriter) text(s string) *htmlWriter {
	last := 0
	for i := 0; i < len(s); i++ {
		esc := htmlEscapes[s[i]]
		if esc == "" {
			continue
		}
		w.b = append(w.b, s[last:i]...)
		w.b = append(w.b, esc...)
		last = i + 1
	}
	w.b = append(w.b, s[last:]...)
	return w
}

// htmlEscapes are template.HTMLEscapeString's replacements, by byte.
var htmlEscapes = [256]string{0: "\uFFFD", '"': "&#34;", '\'': "&#39;", '&': "&amp;", '<': "&lt;", '>': "&gt;"}

func (w *htmlWriter) link(l link) *htmlWriter {
	if l.Href == "" {
		return w.text(l.Text)
	}
	return w.raw(`<a href="`).text(l.Href).raw(`">`).text(l.Text).raw(`</a>`)
}

func (w *htmlWriter) cell(c cell, tooltip bool) *htmlWriter {
	w.raw(`<span class="cell `).text(c.Class).raw(`"`)
	if tooltip && c.Title != "" {
		w.raw(` title="`).text(c.Title).raw(`"`)
	}
	return w.raw(`>`).text(c.Text).raw(`</span>`)
}

// String is a copy of what w wrote.
func (w *htmlWriter) String() string { return string(w.b) }

// html ends w and gives what it wrote as HTML, without a copy: started
// in an arena, it is valid until the arena's reset.
func (w *htmlWriter) html() template.HTML {
	b, a, room := w.b, w.a, w.room
	*w = htmlWriter{}
	if a != nil {
		a.need += len(b)
		if room {
			if len(b) > 0 && unsafe.SliceData(b) == unsafe.SliceData(a.buf[len(a.buf):cap(a.buf)]) {
				a.buf = a.buf[:len(a.buf)+len(b)] // still in the room: frozen there
			}
			a.open = false
		}
	}
	if len(b) == 0 {
		return ""
	}
	return template.HTML(unsafe.String(&b[0], len(b)))
}

// textRow is a unit's latest word on a task.
type textRow struct {
	Head                    link // the unit on a task's page, the task on a unit's
	Period                  string
	Carried                 bool
	State                   cell
	Summary, Problems, Next string
	None                    bool // never reported
	// NotCounted, for a None row of a unit's page: why its entry on the
	// task in its report of the period does not count (an error, or the
	// report returned); "" when it has none (walk 10: a 文件有误 unit's
	// entry read 从未报送).
	NotCounted string
	Evidence   []evLink
	Extension  string // where an extension of its due date stands
}

func (v *view) textsHTML(rows []textRow, a *arena) template.HTML {
	size := 0
	for _, r := range rows {
		size += 300 + len(r.Summary) + len(r.Problems) + len(r.Next)
	}
	w := a.writer(size)
	for _, r := range rows {
		w.raw(`<article class="text"><h3>`).link(r.Head)
		if r.None {
			why := v.t("未报：从未报送这项任务。", "No report: it has never reported on this task.")
			if r.NotCounted != "" {
				why = r.NotCounted
			}
			w.raw("</h3>\n<p>").text(why).raw("</p></article>\n")
			continue
		}
		w.raw(` `).cell(r.State, true).raw(` <small>`).text(r.Period)
		if r.Carried {
			w.raw(` `).text(v.t("（沿用）", "(carried)"))
		}
		w.raw("</small></h3>\n<dl>")
		for _, f := range []struct{ label, text string }{
			{v.t("进展情况", "Progress"), r.Summary}, {v.t("存在问题", "Problems"), r.Problems}, {v.t("下步计划", "Next steps"), r.Next},
		} {
			if f.text != "" || f.label == v.t("进展情况", "Progress") {
				w.raw(`<dt>`).text(f.label).raw(`</dt><dd>`).text(f.text).raw("</dd>\n")
			}
		}
		if len(r.Evidence) > 0 {
			w.raw(`<dt>`).text(v.t("佐证材料", "Evidence")).raw(`</dt><dd><ul class="evidence">`)
			for _, e := range r.Evidence {
				w.raw(`<li>`)
				if e.Href != "" {
					w.link(link{Href: e.Href, Text: e.Name}).raw(` <small>`).text(e.Size).raw(`</small>`)
				} else if e.Skipped {
					limit := v.evidence.limitText()
					w.text(e.Name).raw(` <small>`).text(v.t("（未复制：网站的佐证材料已达上限 "+limit+"）", "(not copied: the site's evidence reached its limit of "+limit+")")).raw(`</small>`)
				} else {
					// A file never received is said so: 未随网站发布 read
					// as a file there but not published (walk 8, #5).
					note := v.t("（未随网站发布）", "(not published with the site)")
					switch {
					case e.Absent:
						note = v.t("（未收到此文件）", "(file not received)")
					case e.Refused:
						note = v.t("（文件不符合要求，未随网站发布）", "(refused by check: not published with the site)")
					}
					w.text(e.Name).raw(` <small>`).text(note).raw(`</small>`)
				}
				w.raw(`</li>`)
			}
			w.raw("</ul></dd>\n")
		}
		if r.Extension != "" {
			w.raw(`<dt>`).text(v.t("延期", "Extension")).raw(`</dt><dd>`).text(r.Extension).raw("</dd>\n")
		}
		w.raw("</dl></article>\n")
	}
	return w.html()
}

// rankingHTML writes the rows of a ranking table.
func (v *view) rankingHTML(rows []rankRow, a *arena) template.HTML {
	w := a.writer(len(rows) * 250)
	for _, r := range rows {
		if r.Group != "" {
			w.raw(`<tr class="group"><th colspan="6" scope="rowgroup">`).text(r.Group).raw("</th></tr>\n")
		}
		w.raw(`<tr><td>`).text(r.Rank).raw(`</td><td>`).link(r.Unit).raw(`</td><td>`).text(strconv.Itoa(r.Tasks)).raw(`</td><td>`).
			text(strconv.Itoa(r.Done)).raw(`</td><td>`).text(r.Progress).raw(`</td><td`)
		if r.Alert {
			w.raw(` class="alert"`)
		}
		w.raw(`>`).text(r.State).raw("</td></tr>\n")
	}
	return w.html()
}
