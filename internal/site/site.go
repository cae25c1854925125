// Package site builds the static progress site of `tally site`: an index,
// one page per task, per unit and per period, from the ledgers of the
// periods so far. Pages are html/template output with a local stylesheet
// and SVG charts drawn at build time: nothing is fetched from the network
// and no script runs, so the folder opens from file:// as well as from a
// web server. Everything here is a view: the states, lights and rankings
// come from internal/ledger.
package site

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"sort"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
)

//go:embed assets/*.tmpl assets/style.css
var assets embed.FS

// Input is everything the pages show.
type Input struct {
	Title  string
	Lang   i18n.Lang
	Index  *model.Index
	Source string // which commit the data comes from, in words
	// Ledgers holds one ledger per period, from the first period to the
	// site's period (the last), in plan order.
	Ledgers []*ledger.Ledger
	// History lists the commits that changed the data, newest first, with
	// their changes already worded; HistoryNote says how far it goes (or why
	// there is none).
	History     []Commit
	HistoryNote string
}

// Commit is one commit of the data's history.
type Commit struct {
	Hash    string
	Date    string
	Author  string
	Message string
	Changes []Change
}

// Change is one worded change of a commit, on one task ("" for changes to
// no task, such as a unit's name).
type Change struct {
	Task string // task id
	Unit string
	Text string
}

// File is one file of the site, its path relative to the site's folder
// with forward slashes.
type File struct {
	Path string
	Data []byte
}

// Limits that keep pages small at province scale: beyond them a page says
// how many it left out and where to find them.
const (
	maxGridRows   = 300 // units in a task's grid
	maxTexts      = 60  // units whose report text a task page shows
	maxRanking    = 20  // units in the index's ranking
	maxNotReached = 100 // units listed as not submitted on the index
	maxMoved      = 50  // tasks listed as moved on a period page
)

// Build renders the whole site. The same input gives the same bytes.
func Build(in Input) ([]File, error) {
	if len(in.Ledgers) == 0 {
		return nil, fmt.Errorf("no period to show")
	}
	tpl, err := template.New("site").Funcs(funcs).ParseFS(assets, "assets/*.tmpl")
	if err != nil {
		return nil, err
	}
	css, err := assets.ReadFile("assets/style.css")
	if err != nil {
		return nil, err
	}
	v := newView(in)
	files := []File{{Path: "style.css", Data: css}}
	render := func(path, name string, data any) error {
		var b bytes.Buffer
		if err := tpl.ExecuteTemplate(&b, name, data); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		files = append(files, File{Path: path, Data: b.Bytes()})
		return nil
	}
	if err := render("index.html", "index", v.indexPage()); err != nil {
		return nil, err
	}
	for _, r := range v.cur.Tasks {
		if err := render(taskPath(r.Task.ID), "task", v.taskPage(r)); err != nil {
			return nil, err
		}
	}
	for _, u := range v.cur.Units {
		if err := render(unitPath(u.Unit.ID), "unit", v.unitPage(u)); err != nil {
			return nil, err
		}
	}
	for i := range in.Ledgers {
		if err := render(periodPath(in.Ledgers[i].Period.ID), "period", v.periodPage(i)); err != nil {
			return nil, err
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, nil
}

func taskPath(id string) string   { return "tasks/" + model.TaskKey(id) + ".html" }
func unitPath(id string) string   { return "units/" + id + ".html" }
func periodPath(id string) string { return "periods/" + id + ".html" }
