package render

import (
	"strings"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
)

// Percent shows a progress number.
func Percent(f float64) string { return model.FormatNumber(ledger.Round1(f)) + "%" }

// LightLabel is a light as people read it.
func LightLabel(l ledger.Light, lang i18n.Lang) string {
	if lang == i18n.En {
		return l.Code()
	}
	return [...]string{"绿", "黄", "红"}[l]
}

// ReportState says how a unit stands with this period's report.
func ReportState(u *ledger.UnitRow, lang i18n.Lang) string {
	switch {
	case u.Invalid:
		return lang.Pick("文件有误", "file has errors")
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
