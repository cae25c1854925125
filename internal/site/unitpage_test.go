package site

import (
	"bytes"
	"fmt"
	"html/template"
	"os"
	"testing"

	"tally/internal/gen"
	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"
)

// hostileTexts are what a unit's name, an alias, the site's title or a
// reason may hold that a page must escape or pass through as the template
// does: markup, quotes, the plus sign html/template escapes, NUL, a line
// separator, an invalid byte, and plain Chinese.
var hostileTexts = []string{
	`<script>alert("x")</script>`,
	`甲 & 乙 <b>'单位'</b> "引号" a+b`,
	"前\u2028后\x00末",
	"\xff\xfe<无效>",
	"县委组织部",
	"",
}

// unitPageBothWays renders p with the template "unit" and with
// writeUnitPage and fails where they differ.
func unitPageBothWays(t *testing.T, v *view, tpl *template.Template, p *unitPage, what string) {
	t.Helper()
	var want, got bytes.Buffer
	if err := tpl.ExecuteTemplate(&want, "unit", p); err != nil {
		t.Fatal(err)
	}
	v.writeUnitPage(&got, p)
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		w, g := want.Bytes(), got.Bytes()
		i := 0
		for i < len(w) && i < len(g) && w[i] == g[i] {
			i++
		}
		t.Fatalf("%s: the unit page written differs from the template's at byte %d:\n template: %q\n written:  %q",
			what, i, w[max(0, i-40):min(len(w), i+80)], g[max(0, i-40):min(len(g), i+80)])
	}
}

// Every unit page of a generated repository, its units named and aliased
// with hostile text and its site titled so, in both languages, written
// without the template is the template's bytes; so is a page of every
// value hostile, with each of the page's optional parts there and not.
func TestUnitPageAsTemplate(t *testing.T) {
	dir := t.TempDir()
	if err := gen.Write(dir, gen.Options{Tasks: 12, Units: 60, Periods: 4, Seed: 3, Missing: 0.2}); err != nil {
		t.Fatal(err)
	}
	res := load.Load(os.DirFS(dir))
	for i := range res.Repo.Units.Units {
		u := &res.Repo.Units.Units[i]
		u.Name = hostileTexts[i%len(hostileTexts)] + u.Name
		for j := range i % 4 {
			u.Aliases = append(u.Aliases, model.Ref{Value: hostileTexts[(i+j)%len(hostileTexts)]})
		}
	}
	x := model.NewIndex(res.Repo)
	for _, lang := range []i18n.Lang{i18n.Zh, i18n.En} {
		in := Input{Title: hostileTexts[1] + res.Repo.Plan.Title, Lang: lang, Index: x, Source: `commit <0123> & "x"`}
		for i, p := range res.Repo.Plan.Periods {
			in.Ledgers = append(in.Ledgers, ledger.Build(x, i, ledger.Day(p.Due)))
		}
		tpl, err := templates(lang)
		if err != nil {
			t.Fatal(err)
		}
		v := newView(in)
		if err := v.frameParts(tpl); err != nil {
			t.Fatal(err)
		}
		v.evidence = copyEvidence(in, v.cur, MaxEvidenceBytes)
		if len(v.cur.Units) != 60 {
			t.Fatalf("%d unit rows, want 60", len(v.cur.Units))
		}
		var a arena
		for _, u := range v.cur.Units {
			a.reset()
			p := v.unitPage(u, &a)
			unitPageBothWays(t, v, tpl, &p, fmt.Sprintf("%s, unit %s", lang.Pick("zh", "en"), u.Unit.ID))
		}

		// Every value hostile, the optional parts there and not.
		var a2 arena
		a2.reset()
		p := v.unitPage(v.cur.Units[0], &a2)
		for i, h := range hostileTexts {
			q := p
			q.Lang, q.Title, q.SiteTitle, q.ID, q.Name, q.State, q.Progress, q.Rank = h, h, h, h, h, h, h, h
			q.Tasks, q.Done, q.Alert = i*7, -i, i%2 == 0
			q.Review = hostileTexts[(i+1)%len(hostileTexts)]
			q.Reasons = hostileTexts[:i]
			q.Aliases = hostileTexts[i:]
			q.PeriodIDs = []string{h, "2024Q1"}
			unitPageBothWays(t, v, tpl, &q, fmt.Sprintf("%s, hostile text %d", lang.Pick("zh", "en"), i))
		}
	}
}
