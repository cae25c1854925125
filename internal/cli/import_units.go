package cli

import (
	"os"
	"path/filepath"
	"testing/fstest"

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
func (a *app) importUnits(file, dir string, fresh bool) ([]notice.Known, error) {
	if file == "" || fresh {
		return a.knownUnits(file)
	}
	own := filepath.Join(dir, "units.yaml")
	if fi, err := os.Stat(file); err == nil {
		if oi, err := os.Stat(own); err == nil && os.SameFile(fi, oi) {
			return nil, nil
		}
	}
	return nil, usageError("%s 已是数据目录：导入时责任单位按其中的 units.yaml 对应，--units 只在新建数据目录时使用。"+
		"要沿用 %s 中的单位编号，请把那些单位和分组并入 %s 后再导入，或去掉 --units",
		"%s is a data repository already: owners are matched against its units.yaml, and --units is only for starting a new one. "+
			"To use the unit ids of %s, merge its units and groups into %s and import again, or drop --units", dir, file, own)
}

// knownUnits reads the units.yaml named by --units: its units and groups,
// whose ids a new data repository reuses. "" reads nothing.
func (a *app) knownUnits(file string) ([]notice.Known, error) {
	if file == "" {
		return nil, nil
	}
	data, err := load.ReadPath(file, load.MaxFileSize)
	if err != nil {
		why := load.Refusal(err)
		return nil, &Error{Code: ExitUsage, Msg: i18n.T("无法读取 "+file+"："+why.Zh, "cannot read "+file+": "+why.En)}
	}
	res := load.Load(fstest.MapFS{"units.yaml": {Data: data}})
	if errs := errorsIn(res.Diags, "units.yaml", file); len(errs) > 0 {
		render.Diagnostics(a.stderr, errs, func(string) []byte { return res.Source("units.yaml") }, a.lang)
		return nil, usageError("%s 有错误（见上），请先改正", "%s has errors (above); fix them first", file)
	}
	var out []notice.Known
	if u := res.Repo.Units; u != nil {
		for _, un := range u.Units {
			out = append(out, notice.Known{ID: un.ID, Name: un.Name, Aliases: refValues(un.Aliases), Contact: un.Contact})
		}
		for _, g := range u.Groups {
			out = append(out, notice.Known{Name: g.Name, Aliases: refValues(g.Aliases), Members: refValues(g.Members), Rank: g.Rank, Group: true})
		}
	}
	return out, nil
}

func refValues(refs []model.Ref) []string {
	var out []string
	for _, r := range refs {
		out = append(out, r.Value)
	}
	return out
}
