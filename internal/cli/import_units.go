package cli

import (
	"testing/fstest"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/notice"
)

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
	for _, d := range res.Diags.Items {
		if d.File == "units.yaml" && d.Severity == diag.Error {
			return nil, usageError("%s 有错误，请先改正（第 %d 行：%s）", "%s has errors; fix them first (line %d: %s)", file, d.Pos.Line, d.Message.In(a.lang))
		}
	}
	var out []notice.Known
	if u := res.Repo.Units; u != nil {
		for _, un := range u.Units {
			out = append(out, notice.Known{ID: un.ID, Name: un.Name, Aliases: refValues(un.Aliases)})
		}
		for _, g := range u.Groups {
			out = append(out, notice.Known{Name: g.Name, Aliases: refValues(g.Aliases), Members: refValues(g.Members), Group: true})
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
