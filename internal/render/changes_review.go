package render

import (
	"strings"

	"tally/internal/history"
	"tally/internal/i18n"
	"tally/internal/model"
)

// The office's decisions and the evidence files in the views of history,
// in the words `tally review` and the ledger use: 审核通过, 退回 with its
// reasons, 重新报送期限, 批准延期至 DATE, 不予延期, and evidence files by
// name.

// changeKind sorts the fields of history into the report's own, its
// evidence files' and its review's: each kind of a report's changes is a
// line (a row group) of its own.
func changeKind(field string) int {
	switch field {
	case history.FieldEvidenceFile:
		return kindEvidence
	case history.FieldReview, history.FieldReviewed, history.FieldReturns, history.FieldDeadline, history.FieldReason, history.FieldDecision:
		return kindReview
	}
	return kindReport
}

// The kinds of changes (changeKind).
const (
	kindReport = iota
	kindEvidence
	kindReview
)

// evidenceSentence words the changes of one unit's evidence files in a
// line: 新增佐证材料 会议纪要.pdf、现场照片.jpg；佐证材料 名单.xlsx 内容有改动.
func evidenceSentence(g []history.Change, lang i18n.Lang) string {
	var added, changed, removed []string
	for _, c := range g {
		switch {
		case c.From == "":
			added = append(added, c.File)
		case c.To == "":
			removed = append(removed, c.File)
		default:
			changed = append(changed, c.File)
		}
	}
	sep := lang.Pick("、", ", ")
	var parts []string
	if len(added) > 0 {
		parts = append(parts, lang.Pick("新增佐证材料 ", "evidence added: ")+strings.Join(added, sep))
	}
	if len(changed) > 0 {
		parts = append(parts, lang.Pick("佐证材料 "+strings.Join(changed, sep)+" 内容有改动", "evidence changed: "+strings.Join(changed, sep)))
	}
	if len(removed) > 0 {
		parts = append(parts, lang.Pick("删除佐证材料 ", "evidence removed: ")+strings.Join(removed, sep))
	}
	return strings.Join(parts, lang.Pick("；", "; "))
}

// reviewLabel words a review's value: 通过（李四，2019-10-14）, or with
// the result alone when the value has nothing more.
func reviewLabel(v string, lang i18n.Lang) string {
	result, date, by := history.ReviewParts(v)
	word := result
	if r, ok := model.ParseReviewResult(result); ok {
		word = r.Label(lang)
	}
	var parts []string
	for _, p := range []string{by, date} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return word
	}
	return word + lang.Pick("（"+strings.Join(parts, "，")+"）", " ("+strings.Join(parts, ", ")+")")
}

// decisionLabel words an extension decision: 批准延期至 2019-12-31, 不予延期.
func decisionLabel(v string, lang i18n.Lang) string {
	if to, ok := strings.CutPrefix(v, history.DecisionGranted+" "); ok {
		return lang.Pick("批准延期至 "+to, "extension granted to "+to)
	}
	if v == history.DecisionRefused {
		return lang.Pick("不予延期", "extension refused")
	}
	return v
}

// reviewedWords say that a review was made again on a changed report
// (or changed evidence files), to the same result.
func reviewedWords(c history.Change, lang i18n.Lang) string {
	if history.ReviewedReport(c) {
		return lang.Pick("报送改动后重新审核，结论不变", "reviewed again after the report changed, to the same result")
	}
	return lang.Pick("佐证材料改动后重新审核，结论不变", "reviewed again after its evidence changed, to the same result")
}

// changeValues are a change's two sides as the tables show them: an
// evidence file by its name (its content changed, or none), what a
// review decided on in words, anything else as ValueLabel shows it.
func changeValues(c history.Change, lang i18n.Lang) (from, to string) {
	if c.Field == history.FieldReviewed {
		return lang.Pick("（此前的版本）", "(an earlier version)"), reviewedWords(c, lang)
	}
	if c.Field != history.FieldEvidenceFile {
		return ValueLabel(c.Field, c.From, lang), ValueLabel(c.Field, c.To, lang)
	}
	none := lang.Pick("（无）", "(none)")
	from, to = none, none
	if c.From != "" {
		from = c.File
	}
	switch {
	case c.To != "" && c.From != "":
		to = c.File + lang.Pick("（内容有改动）", " (content changed)")
	case c.To != "":
		to = c.File
	}
	return from, to
}

// officeRow words one change of a review or of an evidence file as a
// line says it: 审核通过（李四，2019-10-14）, 退回理由 …, 批准延期至
// 2019-12-31，此前为不予延期, 新增佐证材料 会议纪要.pdf.
func officeRow(c history.Change, lang i18n.Lang) changeRow {
	from, to := changeValues(c, lang)
	row := changeRow{label: FieldLabel(c.Field, lang), from: from, to: to}
	was := func(s string) string { return s + lang.Pick("，此前为"+from, ", was: "+from) }
	switch c.Field {
	case history.FieldEvidenceFile:
		row.sentence = evidenceSentence([]history.Change{c}, lang)
	case history.FieldReview:
		result, _, _ := history.ReviewParts(c.To)
		switch {
		case c.To == "":
			row.sentence = was(lang.Pick("撤销审核", "review withdrawn"))
		case result == model.Accepted.Code():
			row.sentence = lang.Pick("审核", "review: ") + to
		default:
			row.sentence = to
		}
		if c.From != "" && c.To != "" {
			row.sentence = was(row.sentence)
		}
	case history.FieldReviewed:
		row.sentence = reviewedWords(c, lang)
	case history.FieldDecision:
		switch {
		case c.To == "":
			row.sentence = was(lang.Pick("撤销延期决定", "extension decision withdrawn"))
		case c.From == "":
			row.sentence = to
		default:
			row.sentence = was(to)
		}
	case history.FieldReason, history.FieldDeadline:
		switch {
		case c.To == "":
			row.sentence = lang.Pick("删除", "removed ") + row.label + " " + oneLine(c.From)
		case c.From == "":
			row.sentence = row.label + " " + oneLine(c.To)
		}
	}
	return row
}
