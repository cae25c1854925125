package render

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
	"tally/internal/review"
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

// TaskProgress is a task's progress as views show it: — when no unit has
// reported on it (未报), and with the share of its units it stands for when
// that is fewer than all (DESIGN §2, coverage shown): 100%（1/10）.
func TaskProgress(r *ledger.TaskRow, lang i18n.Lang) string {
	return Progress(r.Progress, r.HasProgress) + Coverage(r, lang)
}

// Coverage is how many of a task's units its progress stands for,
// （1/10）, or "" when it stands for all of them or for none.
func Coverage(r *ledger.TaskRow, lang i18n.Lang) string {
	if !r.HasProgress || r.Stated >= r.Units {
		return ""
	}
	return lang.Pick(fmt.Sprintf("（%d/%d）", r.Stated, r.Units), fmt.Sprintf(" (%d/%d)", r.Stated, r.Units))
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

// ReportState says how a unit stands with this period's report, both
// what it sent and what it left out: 逾期报送（有漏报）.
func ReportState(u *ledger.UnitRow, lang i18n.Lang) string {
	switch {
	case u.Returned && u.Late:
		return lang.Pick(returnedLateWords[0], returnedLateWords[1])
	case u.Returned:
		return lang.Pick("退回待改", "returned for changes")
	case u.Invalid:
		return lang.Pick("文件有误", "file has errors")
	case !u.Owes:
		return lang.Pick("无需报送", "nothing due")
	case !u.HasReport && u.Draft && u.Late:
		return lang.Pick("草稿未报（逾期）", "draft only, overdue")
	case !u.HasReport && u.Draft:
		return lang.Pick("草稿未报", "draft only")
	case !u.HasReport && u.Late:
		return lang.Pick("逾期未报", "overdue, not submitted")
	case !u.HasReport:
		return lang.Pick("未报送", "not submitted")
	case u.Late && len(u.Missing) > 0:
		return lang.Pick("逾期报送（有漏报）", "submitted late, tasks left out")
	case u.Late:
		return lang.Pick("逾期报送", "submitted late")
	case len(u.Missing) > 0:
		return lang.Pick("已报送（有漏报）", "submitted, tasks left out")
	}
	return lang.Pick("已报送", "submitted")
}

// SubmittedWords is the date a unit's report was submitted, as the
// workbook and the site show it: with the date its lateness follows where
// that is another (a report returned and sent again in time counts from
// the day first sent), so that a date after the due date beside 已报送
// says why: 2019-10-18（退回后重报，按首次报送 2019-10-09 计）.
func SubmittedWords(u *ledger.UnitRow, lang i18n.Lang) string {
	d := model.FormatDate(u.Submitted)
	if u.JudgedOn.IsZero() || u.Submitted.IsZero() {
		return d
	}
	on := model.FormatDate(u.JudgedOn)
	return d + lang.Pick("（退回后重报，按首次报送 "+on+" 计）", " (sent again after a return; counted from the first, "+on+")")
}

// AsOf names the date a view counts as of (统计截至) with the period's due
// date beside it: 2019-10-12（报送截止日）, 2019-08-15（报送截止日 2019-10-12）;
// and a --as-of date outside the period that was clamped, so that it is
// never silent: 2019-07-01（本期开始日；--as-of 2019-06-01 早于本期）. For
// the officer at the terminal; what is sent out says AsOfDoc.
func AsOf(lg *ledger.Ledger, lang i18n.Lang) string { return asOf(lg, lang, true) }

// AsOfDoc is AsOf for what is sent to others (the site, the reminders):
// the date and its name, without the --as-of option the officer typed
// (2020-01-05（报送截止日）, not …；--as-of 2020-01-20 晚于报送截止日）.
func AsOfDoc(lg *ledger.Ledger, lang i18n.Lang) string { return asOf(lg, lang, false) }

func asOf(lg *ledger.Ledger, lang i18n.Lang, clamp bool) string {
	due := model.FormatDate(lg.Period.Due)
	date := model.FormatDate(lg.AsOf)
	note := asOfNotes(lg, model.FormatDate, lang, clamp)
	if c := countedNote(lg, model.FormatDate, lang); !clamp && c != "" {
		note = joinNotes(note, c, lang) // what is sent out says it (AsOfDoc)
	}
	if note != "" {
		name := asOfName(lg, lang)
		if name == "" {
			name = lang.Pick("报送截止日 "+due, "due "+due)
		}
		return date + lang.Pick("（", " (") + name + lang.Pick("；", "; ") + note + lang.Pick("）", ")")
	}
	switch lg.Mark() {
	case ledger.AsOfDue, ledger.AsOfDueToday:
		return date + asOfMark(lg, model.FormatDate, lang, false)
	case ledger.AsOfStart:
		return date + lang.Pick("（本期开始日；报送截止日 "+due+"）", " (the period's start; due "+due+")")
	}
	return date + lang.Pick("（报送截止日 "+due+"）", " (due "+due+")")
}

// AsOfShort is AsOfDoc where the due date is shown beside it already (the
// workbook): 2019-10-12（报送截止日）, 2019-08-15.
func AsOfShort(lg *ledger.Ledger, lang i18n.Lang) string {
	return model.FormatDate(lg.AsOf) + asOfMark(lg, model.FormatDate, lang, true)
}

// AsOfWords is AsOfShort in running text (the brief): 2019年10月12日（报送截止日）.
func AsOfWords(lg *ledger.Ledger, lang i18n.Lang) string {
	return DateWords(lg.AsOf, lang) + asOfMark(lg, func(t time.Time) string { return DateWords(t, lang) }, lang, true)
}

// AsOfWordsAgain is AsOfWords where a document names the date again,
// having said up to which day late reports count the first time.
func AsOfWordsAgain(lg *ledger.Ledger, lang i18n.Lang) string {
	return DateWords(lg.AsOf, lang) + asOfMark(lg, func(t time.Time) string { return DateWords(t, lang) }, lang, false)
}

// asOfMark is the as-of date's name and notes in brackets, the dates in
// them written by date, for what is sent out (no --as-of option); with
// counted, the day late reports count up to (countedNote).
func asOfMark(lg *ledger.Ledger, date func(time.Time) string, lang i18n.Lang, counted bool) string {
	name := asOfName(lg, lang)
	note := asOfNotes(lg, date, lang, false)
	if c := countedNote(lg, date, lang); counted && c != "" {
		note = joinNotes(note, c, lang)
	}
	if note != "" {
		if name == "" {
			return lang.Pick("（", " (") + note + lang.Pick("）", ")")
		}
		return lang.Pick("（", " (") + name + lang.Pick("；", "; ") + note + lang.Pick("）", ")")
	}
	if name == "" {
		return ""
	}
	return lang.Pick("（", " (") + name + lang.Pick("）", ")")
}

// asOfName names the as-of date when it is the period's due date or start,
// the one wording of ledger.AsOfMark for every view: 报送截止日 (a day
// over), 报送截止日，当日尚未结束 (today's, still running), 本期开始日.
func asOfName(lg *ledger.Ledger, lang i18n.Lang) string {
	switch lg.Mark() {
	case ledger.AsOfDue:
		return lang.Pick("报送截止日", "the due date")
	case ledger.AsOfDueToday:
		return lang.Pick("报送截止日，当日尚未结束", "the due day, still under way")
	case ledger.AsOfStart:
		return lang.Pick("本期开始日", "the period's start")
	}
	return ""
}

// asOfNotes are what the as-of date's mark adds to its name: the --as-of
// date it was clamped from (with clamp: at the terminal), and the day the
// dates to send returned reports again by were judged on.
func asOfNotes(lg *ledger.Ledger, date func(time.Time) string, lang i18n.Lang, clamp bool) string {
	var notes []string
	if n := clampNote(lg, lang); clamp && n != "" {
		notes = append(notes, n)
	}
	if j := lg.ResubmitJudged; !j.IsZero() && !j.Equal(lg.AsOf) {
		zh := "退回重报期限按 " + date(j) + " 判断"
		if strings.Contains(date(j), "年") { // running text: 按2019年10月21日判断
			zh = "退回重报期限按" + date(j) + "判断"
		}
		notes = append(notes, lang.Pick(zh, "dates to resubmit judged on "+date(j)))
	}
	return strings.Join(notes, lang.Pick("；", "; "))
}

// countedNote says, past the due date, up to which day late reports
// count (逾期报送计至 2019-10-13): the as-of date is the due date whatever
// the day, and what is sent out made on two days would otherwise show two
// sets of figures under one date (walk 10). For what is sent out; at the
// terminal the officer knows the day, and a --as-of date says it.
func countedNote(lg *ledger.Ledger, date func(time.Time) string, lang i18n.Lang) string {
	if lg.Mark() != ledger.AsOfDue {
		return ""
	}
	if lg.CountedTo.IsZero() {
		return lang.Pick("截止日后报来的报送均已计入", "reports sent after the due date all counted")
	}
	if !lg.CountedTo.After(lg.AsOf) {
		return ""
	}
	d := date(lg.CountedTo)
	if strings.Contains(d, "年") { // running text: 逾期报送计至2019年10月13日
		return lang.Pick("逾期报送计至"+d, "late reports counted up to "+d)
	}
	return lang.Pick("逾期报送计至 "+d, "late reports counted up to "+d)
}

func joinNotes(a, b string, lang i18n.Lang) string {
	if a == "" {
		return b
	}
	return a + lang.Pick("；", "; ") + b
}

// judgedJSON is Ledger.ResubmitJudged as JSON carries it: "" (left out)
// when it is none or the as-of date itself.
func judgedJSON(lg *ledger.Ledger) string {
	if j := lg.ResubmitJudged; !j.IsZero() && !j.Equal(lg.AsOf) {
		return model.FormatDate(j)
	}
	return ""
}

// clampNote says which --as-of date the as-of date was clamped from, ""
// when it was not: --as-of 2019-06-01 早于本期.
func clampNote(lg *ledger.Ledger, lang i18n.Lang) string {
	switch {
	case lg.Asked.IsZero():
		return ""
	case lg.Asked.Before(lg.Period.Start):
		return lang.Pick("--as-of "+model.FormatDate(lg.Asked)+" 早于本期", "--as-of "+model.FormatDate(lg.Asked)+" is before the period")
	}
	return lang.Pick("--as-of "+model.FormatDate(lg.Asked)+" 晚于报送截止日", "--as-of "+model.FormatDate(lg.Asked)+" is after the due date")
}

// DateWords is a date as running Chinese text writes it (2019年10月12日);
// in English, as YYYY-MM-DD.
func DateWords(t time.Time, lang i18n.Lang) string {
	if lang == i18n.En {
		return model.FormatDate(t)
	}
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

// ReasonWords joins an item's reasons as running text writes them, dates
// as 2019年9月30日 (ledger.Reason.Words).
func ReasonWords(rs []ledger.Reason, lang i18n.Lang) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = r.Words().In(lang)
	}
	return strings.Join(parts, lang.Pick("；", "; "))
}

// Inner makes text fit inside Chinese double quotes: its own “” become
// ‘’, so that “深化‘头雁’工程” reads as one quotation.
func Inner(s string) string { return innerQuotes.Replace(s) }

var innerQuotes = strings.NewReplacer("“", "‘", "”", "’")

// tight drops the spaces tables put between Chinese and numbers (进度 60%),
// as running Chinese text is set (进度60%): a space goes when a Chinese
// character or punctuation mark is on either side of it.
func tight(s string) string {
	r := []rune(s)
	var b strings.Builder
	for i, c := range r {
		if c == ' ' && i > 0 && i+1 < len(r) && (wide(r[i-1]) || wide(r[i+1])) {
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

// wide says c is a Chinese character or a full-width punctuation mark.
func wide(c rune) bool {
	return unicode.Is(unicode.Han, c) || c >= 0x3000 && c <= 0x303f || c >= 0xff00 && c <= 0xffef || c == '“' || c == '”' || c == '‘' || c == '’'
}

// Reasons joins an item's reasons in lang.
func Reasons(rs []ledger.Reason, lang i18n.Lang) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = r.Message().In(lang)
	}
	return strings.Join(parts, lang.Pick("；", "; "))
}

// ReviewMark says where a unit's report stands with the office, where
// the office reviews reports (lg.Reviewing): 待审核, 已通过, 已退回,
// 已退回后重报; "" when it has no submitted report.
func ReviewMark(u *ledger.UnitRow, lang i18n.Lang) string {
	if u.Review.State == review.None {
		return ""
	}
	return ReviewState(u.Review.State, lang)
}

// ReviewTally says how far the office's review of the period's reports
// has gone, where it reviews reports (lg.Reviewing): what the workbook's
// cover and the brief add, so that figures still standing on reports not
// yet reviewed are not signed as if every one had been; "" otherwise.
// 审核情况：已报送的 7 份中，审核通过 4 份，待审核 3 份（其中退回后重报 1 份）；另有退回待改 1 份.
func ReviewTally(lg *ledger.Ledger, lang i18n.Lang) string {
	if !lg.Reviewing {
		return ""
	}
	var sent, accepted, pending, again, returned, returnedLate int
	for _, u := range lg.Units {
		switch {
		case u.Returned && u.Late: // its date to send it again by is over
			returnedLate++
		case u.Returned:
			returned++
		case !u.HasReport:
		case u.Review.State == review.Accepted:
			sent++
			accepted++
		default:
			sent++
			pending++
			if u.Review.State == review.Resubmitted {
				again++
			}
		}
	}
	if sent+returned+returnedLate == 0 {
		return ""
	}
	zh := fmt.Sprintf("审核情况：已报送的 %d 份中，审核通过 %d 份，待审核 %d 份", sent, accepted, pending)
	en := fmt.Sprintf("Review: of %s submitted, %d accepted, %d awaiting review", i18n.Count(sent, "report", "reports"), accepted, pending)
	if again > 0 {
		zh += fmt.Sprintf("（其中退回后重报 %d 份）", again)
		en += fmt.Sprintf(" (%d of them sent again after a return)", again)
	}
	// A unit whose date to send its report again by is over is 退回逾期未改,
	// as the lateness beside this says, not 退回待改 (walk 8: one unit was
	// both in one paragraph).
	var zhMore, enMore []string
	if returned > 0 {
		zhMore = append(zhMore, fmt.Sprintf("退回待改 %d 份", returned))
		enMore = append(enMore, fmt.Sprintf("%d returned, not yet sent again", returned))
	}
	if returnedLate > 0 {
		zhMore = append(zhMore, fmt.Sprintf("退回逾期未改 %d 份", returnedLate))
		enMore = append(enMore, fmt.Sprintf("%d returned and not sent again by the date set", returnedLate))
	}
	if len(zhMore) > 0 {
		zh += "；另有" + strings.Join(zhMore, "、")
		en += "; besides, " + strings.Join(enMore, ", ")
	}
	return lang.Pick(zh, en)
}

// ReviewCode is a unit's review state in JSON: pending (never reviewed,
// changed since, or returned and resubmitted), accepted, returned, or
// null when it has no submitted report.
func ReviewCode(u *ledger.UnitRow) *string {
	var s string
	switch u.Review.State {
	case review.None:
		return nil
	case review.Resubmitted:
		s = review.Pending.Code()
	default:
		s = u.Review.State.Code()
	}
	return &s
}

// ReturnReasons are the reasons a returned unit's report was sent back,
// one a line ("" tasks first as written).
func ReturnReasons(u *ledger.UnitRow, lang i18n.Lang) []string {
	if !u.Returned || u.Review.Review == nil {
		return nil
	}
	return ReasonLines(u.Review.Review.Reasons, lang)
}
