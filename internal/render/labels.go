package render

import (
	"strings"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
)

// Percent shows a progress number.
func Percent(f float64) string { return model.FormatNumber(ledger.Round1(f)) + "%" }

// Progress shows a progress that may be missing: — when there is none (未报).
func Progress(f float64, ok bool) string {
	if !ok {
		return "—"
	}
	return Percent(f)
}

// PairProgress is a pair's progress as pair-level views show it: — for a
// pair never reported (未报), and a carried value marked with the period it
// comes from (60%（沿用 2019Q2）).
func PairProgress(p *ledger.Pair, lang i18n.Lang) string {
	switch p.State {
	case ledger.None:
		return "—"
	case ledger.Carried:
		return Percent(p.Progress) + lang.Pick("（沿用 "+p.EntryPeriod+"）", " (from "+p.EntryPeriod+")")
	}
	return Percent(p.Progress)
}

// PairStatus is a pair's status as pair-level views show it: 未报 for a
// pair never reported, a carried status marked with its period.
func PairStatus(p *ledger.Pair, lang i18n.Lang) string {
	switch p.State {
	case ledger.None:
		return model.NotReported.Label(lang)
	case ledger.Carried:
		return p.Status.Label(lang) + lang.Pick("（沿用 "+p.EntryPeriod+"）", " (from "+p.EntryPeriod+")")
	}
	return p.Status.Label(lang)
}

// LightLabel is a light as people read it.
func LightLabel(l ledger.Light, lang i18n.Lang) string {
	if l == ledger.Unlit {
		return "—"
	}
	if lang == i18n.En {
		return l.Code()
	}
	return [...]string{"绿", "黄", "红", "—"}[l]
}

// ReportState says how a unit stands with this period's report.
func ReportState(u *ledger.UnitRow, lang i18n.Lang) string {
	switch {
	case u.Invalid:
		return lang.Pick("文件有误", "file has errors")
	case !u.HasReport && u.Draft && u.Late:
		return lang.Pick("草稿未报（逾期）", "draft only, overdue")
	case !u.HasReport && u.Draft:
		return lang.Pick("草稿未报", "draft only")
	case !u.HasReport && !u.Owes:
		return lang.Pick("无需报送", "nothing due")
	case !u.HasReport && u.Late:
		return lang.Pick("逾期未报", "overdue, not submitted")
	case !u.HasReport:
		return lang.Pick("未报送", "not submitted")
	case u.Late:
		return lang.Pick("逾期报送", "submitted late")
	case len(u.Missing) > 0:
		return lang.Pick("已报送（有漏报）", "submitted, incomplete")
	}
	return lang.Pick("已报送", "submitted")
}

// Reasons joins an item's reasons in lang.
func Reasons(rs []ledger.Reason, lang i18n.Lang) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = r.Message().In(lang)
	}
	return strings.Join(parts, lang.Pick("；", "; "))
}
