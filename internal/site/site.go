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
	"io"
	"io/fs"
	"path"
	"regexp"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
	"tally/internal/render"
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
	// Evidence gives the evidence files the pages link, copied into the
	// site; nil leaves them out (the names are still shown).
	Evidence Evidence
	// EvidenceLimit bounds the bytes of evidence copied (0:
	// MaxEvidenceBytes).
	EvidenceLimit int64
}

// Commit is one commit of the data's history.
type Commit struct {
	Hash    string
	Date    string
	Author  string
	Message string
	Changes []Change
	// More counts, by task id, the changes left unworded beyond
	// MaxChanges (a commit that adds a period's reports changes much).
	More map[string]int
}

// MaxChanges is how many worded changes of one commit a task's page
// shows; the caller need not word more.
const MaxChanges = 20

// Change is one worded change of a commit, on one task ("" for changes to
// no task, such as a unit's name).
type Change struct {
	Task string // task id
	Unit string
	Text string
}

// File is one file of the site, its path relative to the site's folder
// with forward slashes: its data, or (evidence) how to open it and its
// size.
type File struct {
	Path string
	Data []byte
	Open func() (io.ReadCloser, error)
	Size int64
}

// Built is a site ready to write (Build), or what was written (Render,
// BuildTo: no Files).
type Built struct {
	Files []File
	// Count is the number of files of the site.
	Count int
	// Evidence counts the evidence files among them, and their bytes.
	Evidence      int
	EvidenceBytes int64
	// LeftOut are the evidence files cited but not copied, beyond the
	// limit of the site's evidence, by their paths under the data root.
	LeftOut []string
}

// Limits that keep pages small at province scale: beyond them a page says
// how many it left out and where to find them.
const (
	maxGridRows   = 300 // units in a task's grid
	maxTexts      = 60  // units whose report text a task page shows
	maxRanking    = 20  // units in the index's ranking
	maxNotReached = 100 // units listed as not submitted on the index
	maxMoved      = 50  // tasks listed as moved on a period page
	maxCommits    = 30  // commits on a task's page
)

// Build renders the whole site, its files in order of path. The same
// input gives the same bytes.
func Build(in Input) (Built, error) {
	var mu sync.Mutex
	var files []File
	built, err := Render(in, func(f File) error {
		mu.Lock()
		defer mu.Unlock()
		files = append(files, File{Path: f.Path, Data: bytes.Clone(f.Data), Open: f.Open, Size: f.Size})
		return nil
	})
	if err != nil {
		return Built{}, err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	built.Files = files
	return built, nil
}

// Render renders every file of the site and hands each to put as soon as
// it is done: the evidence files first (to be copied by their opener),
// then the pages, rendered on every core, put is called from each, its
// File's Data valid only during the call (a worker's buffer, used again
// for its next page). The pages are the same whatever the order. After
// an error no further page is put; the first is returned. It says how
// many files it put (Built without the files).
func Render(in Input, put func(File) error) (Built, error) {
	if len(in.Ledgers) == 0 {
		return Built{}, fmt.Errorf("no period to show")
	}
	var err error
	// The templates are parsed while the ledgers are indexed (newView):
	// neither reads what the other makes.
	var tpl *template.Template
	var parsed sync.WaitGroup
	parsed.Go(func() { tpl, err = templates(in.Lang) })
	v := newView(in)
	parsed.Wait()
	if err != nil {
		return Built{}, err
	}
	if err := v.frameParts(tpl); err != nil {
		return Built{}, err
	}
	css, err := assets.ReadFile("assets/style.css")
	if err != nil {
		return Built{}, err
	}
	limit := in.EvidenceLimit
	if limit <= 0 {
		limit = MaxEvidenceBytes
	}
	v.evidence = copyEvidence(in, v.cur, limit)
	evidence := v.evidence.files
	built := Built{Count: 1 + len(evidence), Evidence: len(evidence), EvidenceBytes: v.evidence.total, LeftOut: v.evidence.left}
	for _, f := range append([]File{{Path: "style.css", Data: css}}, evidence...) {
		if err := put(f); err != nil {
			return Built{}, err
		}
	}
	type job struct {
		path, name string
		data       func(*arena) any
		// write, where set, writes the page without the template.
		write func(*bytes.Buffer, *arena)
	}
	jobs := []job{{path: "index.html", name: "index", data: func(a *arena) any { return v.indexPage(a) }}}
	for _, r := range v.cur.Tasks {
		jobs = append(jobs, job{path: taskPath(r.Task.ID), name: "task", data: func(a *arena) any { return v.taskPage(r, a) }})
	}
	for _, u := range v.cur.Units {
		jobs = append(jobs, job{path: unitPath(u.Unit.ID), write: func(b *bytes.Buffer, a *arena) {
			p := v.unitPage(u, a)
			v.writeUnitPage(b, &p)
		}})
	}
	for i := range in.Ledgers {
		jobs = append(jobs, job{path: periodPath(in.Ledgers[i].Period.ID), name: "period", data: func(a *arena) any { return v.periodPage(i, a) }})
	}
	errs := make([]error, len(jobs))
	var failed atomic.Bool
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b bytes.Buffer
			var rows arena // the rows of the page rendered, used again for the next
			for i := range next {
				if failed.Load() {
					continue
				}
				b.Reset()
				rows.reset()
				var err error
				if jobs[i].write != nil {
					jobs[i].write(&b, &rows)
				} else {
					err = tpl.ExecuteTemplate(&b, jobs[i].name, jobs[i].data(&rows))
				}
				if err != nil {
					err = fmt.Errorf("%s: %w", jobs[i].path, err)
				} else {
					// Text from the data reaches a reader here too: no control
					// character or bidi override reorders or hides what a page says.
					err = put(File{Path: jobs[i].path, Data: render.SafeStream(b.Bytes())})
				}
				if err != nil {
					errs[i] = err
					failed.Store(true)
				}
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return Built{}, err
		}
	}
	built.Count += len(jobs)
	return built, nil
}

// label is a fixed text of the templates in both languages:
// {{call .T "中文" "English"}}. The language is chosen once, when the
// templates are parsed, so the pages pay nothing for it.
var label = regexp.MustCompile(`\{\{call \$?\.T "([^"]*)" "([^"]*)"\}\}`)

func templates(lang i18n.Lang) (*template.Template, error) {
	tpl := template.New("site")
	names, err := fs.Glob(assets, "assets/*.tmpl")
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		text, err := assets.ReadFile(name)
		if err != nil {
			return nil, err
		}
		picked := label.ReplaceAllStringFunc(string(text), func(m string) string {
			s := label.FindStringSubmatch(m)
			return lang.Pick(s[1], s[2])
		})
		if _, err := tpl.New(path.Base(name)).Parse(picked); err != nil {
			return nil, err
		}
	}
	return tpl, nil
}

func taskPath(id string) string   { return "tasks/" + model.TaskKey(id) + ".html" }
func unitPath(id string) string   { return "units/" + id + ".html" }
func periodPath(id string) string { return "periods/" + id + ".html" }
