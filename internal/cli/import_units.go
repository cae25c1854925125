package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing/fstest"

	"tally/internal/check"
	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/notice"
	"tally/internal/render"
)

// importUnits reads --units for an import into dir. Only a new data
// repository takes ids from it: an existing one matches owners against its
// own units.yaml, which check will use too, so another file is refused
// rather than ignored (its own units.yaml named again is no conflict).
func (a *app) importUnits(file, dir string, fresh bool) (*reuse, error) {
	own := filepath.Join(dir, "units.yaml")
	if fresh && (file == "" || sameFile(file, own)) {
		// A units.yaml written before the notice is imported (the office
		// listed its units first, walk 12) is the ledger's own: the owners
		// are matched against it, and it is left as it is, every unit,
		// contact and comment of it, as an existing ledger's is. Named
		// with --units it is no other file (probe 13: it was rewritten).
		if _, err := os.Lstat(own); err == nil {
			return a.ownUnits(dir)
		}
	}
	if file == "" || fresh {
		return a.knownUnits(file)
	}
	if sameFile(file, own) {
		return nil, nil
	}
	return nil, usageError("%s 已是数据目录：导入时责任单位按其中的 units.yaml 对应，--units 只在新建数据目录时使用。"+
		"要沿用 %s 中的单位编号，请把那些单位和分组并入 %s 后再导入，或去掉 --units",
		"%s is a data repository already: owners are matched against its units.yaml, and --units is only for starting a new one. "+
			"To use the unit ids of %s, merge its units and groups into %s and import again, or drop --units", dir, file, own)
}

// sameFile says whether paths a and b name one file.
func sameFile(a, b string) bool {
	ai, err := os.Stat(a)
	if err != nil {
		return false
	}
	bi, err := os.Stat(b)
	return err == nil && os.SameFile(ai, bi)
}

// ownUnits reads the units.yaml in dir, a new data repository's own, as
// the ledger will read it: through the folder's boundary, so that a link
// out of it, which check refuses, is refused here too (probe 13: the
// import took it and the first check failed on it).
func (a *app) ownUnits(dir string) (*reuse, error) {
	file := filepath.Join(dir, "units.yaml")
	root, err := workTree(dir)
	if err != nil {
		return nil, err
	}
	data, err := load.Read(root, "units.yaml", load.MaxFileSize)
	if err != nil {
		why := load.Refusal(err)
		return nil, &Error{Code: ExitUsage, Msg: i18n.T("无法读取 "+file+"："+why.Zh, "cannot read "+file+": "+why.En)}
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))) == 0 {
		// Nothing of the office's to keep, and nothing to match owners
		// against (probe 13: refused as a file with errors, to put right).
		return nil, usageError("%s 是空文件，没有任何单位：删去它再运行一次，tally 会生成 units.yaml；或先在其中写好单位",
			"%s is empty and names no unit: delete it and run this again, and tally writes a units.yaml; or list the units in it first", file)
	}
	r, err := a.unitsOf(file, data)
	if r != nil {
		r.own = true
	}
	return r, err
}

// reuse is what --units brings to a new data repository: the units and
// groups of an earlier ledger's units.yaml, its units' from and until, and
// the periods of the plan.yaml beside it, which those name.
type reuse struct {
	file    string
	own     bool // file is the folder's own units.yaml, kept as it is
	known   []notice.Known
	units   map[string]model.Unit // by id
	periods []model.Period        // nil where no plan.yaml beside file reads
}

// knownUnits reads the units.yaml named by --units: its units and groups,
// whose ids a new data repository reuses. "" reads nothing (nil).
func (a *app) knownUnits(file string) (*reuse, error) {
	if file == "" {
		return nil, nil
	}
	data, err := load.ReadPath(file, load.MaxFileSize)
	if err != nil {
		why := load.Refusal(err)
		return nil, &Error{Code: ExitUsage, Msg: i18n.T("无法读取 "+file+"："+why.Zh, "cannot read "+file+": "+why.En)}
	}
	return a.unitsOf(file, data)
}

// unitsOf reads data, the units.yaml file, with the plan.yaml beside it.
func (a *app) unitsOf(file string, data []byte) (*reuse, error) {
	// Read with the plan.yaml beside it, its units are checked as its own
	// ledger checks them: an alias two units share, an id written twice,
	// a group member no unit has, an until before the from would each
	// carry a wrong match into the new list (a unit's owner given to
	// another) or be dropped from it unsaid. A from or an until that its
	// plan does not name is no error here: it may name a period of the
	// new list, and bounds says what becomes of it.
	fsys := fstest.MapFS{"units.yaml": {Data: data}}
	plan, perr := load.ReadPath(filepath.Join(filepath.Dir(file), "plan.yaml"), load.MaxFileSize)
	if perr == nil {
		fsys["plan.yaml"] = &fstest.MapFile{Data: plan}
	}
	res := load.Load(fsys)
	diags := check.Run(res, check.Options{})
	diags.Items = slices.DeleteFunc(diags.Items, func(d diag.Diagnostic) bool { return d.Rule == diag.UnknownPeriod })
	if errs := errorsIn(diags, "units.yaml", file); len(errs) > 0 {
		render.Diagnostics(a.stderr, errs, func(string) []byte { return res.Source("units.yaml") }, a.lang)
		return nil, usageError("%s 有错误（见上），请先改正", "%s has errors (above); fix them first", file)
	}
	r := &reuse{file: file, known: []notice.Known{}, units: map[string]model.Unit{}}
	if u := res.Repo.Units; u != nil {
		for _, un := range u.Units {
			r.known = append(r.known, notice.Known{ID: un.ID, Name: un.Name, Aliases: refValues(un.Aliases), Contact: un.Contact})
			if _, dup := r.units[un.ID]; !dup {
				r.units[un.ID] = un
			}
		}
		for _, g := range u.Groups {
			r.known = append(r.known, notice.Known{Name: g.Name, Aliases: refValues(g.Aliases), Members: refValues(g.Members), Rank: g.Rank, Group: true})
		}
	}
	// The units' from and until name periods of that ledger's plan: its
	// dates place them in the new list's (a plan that does not read
	// places nothing, and each bound is listed to check).
	if perr == nil {
		if p := load.Load(fstest.MapFS{"plan.yaml": {Data: plan}}).Repo.Plan; p != nil {
			r.periods = p.Periods
		}
	}
	return r, nil
}

func refValues(refs []model.Ref) []string {
	var out []string
	for _, r := range refs {
		out = append(out, r.Value)
	}
	return out
}
