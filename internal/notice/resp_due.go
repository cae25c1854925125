package notice

import (
	"strconv"
	"strings"
	"time"

	"tally/internal/i18n"
)

// Stage 4's dates: a task's due date and milestones from its time limit
// and the dates in its text, each with its source, and what a person
// should check of them.

// dates reads a task's due date and milestones: the time limit given as
// such (a label, a column, a clause of the responsibility), else the last
// date of the item's own text where it has more than one (the earlier
// ones are milestones) or is one sentence; a lone date inside a longer
// text is the due too, listed, save where it opens one of several bullets
// (it is then that bullet's, a milestone, listed) or the task is ongoing
// work (持续…: the date is one piece's, a milestone, listed). Dates without a year take the notice's; where
// it names none they are left out and listed. Limits that are no date
// (长期坚持, 持续推进, 全年) are kept in the text and listed.
func (n *Notice) dates(t *Task, due piece) {
	year := years{n.Year, n.issued}
	// The item's own text, before a time limit that is no date is kept
	// at its end.
	dated := t.Body
	if dated == "" {
		dated = t.Title
	} else if len(allDates(t.Body, year)) == 0 && len(allDates(t.Title, year)) > 0 && titleDeadlineRe.MatchString(t.Title) {
		// 深化“证照分离”改革,9月底前完成。加强宣传引导。: the date is the
		// first sentence's, the title; the sentences after it name none.
		dated = t.Title + "。" + t.Body
	}
	dated = n.progressDates(t, dated, year)
	spanned := false // the time limit is a span (spanlimit.go)
	if due.text != "" {
		src := From{Kind: due.from, Line: due.line, Label: due.label}
		spanned = n.spanDue(t, due, year)
		switch d, ok := dueDate(due.text, year); {
		case spanned:
			// 2024年9月—12月: due at the span's end, listed (spanlimit.go).
		case !hasDeadline(due.text):
			// A span or a start (2019年5月1日起实施) is no deadline.
		case ok && d.Year() > 1 && datedThenOngoing(due.text, year):
			// 2021年12月底前完成并长期坚持: done by the date, kept up
			// after it; due the date, listed.
			t.Due, t.Sources.Due = d, src
			t.review("due", due.line, i18n.F("完成时限“%s”在日期之后还要长期坚持：due 取了这个日期，到期后的工作不在 due 中；请核对",
				"the time limit %q goes on past its date: due is the date, and the work kept up after it is not in due; check it", due.text))
		case openDueRe.MatchString(due.text) || noDateRe.MatchString(due.text):
			n.openDue(t, due)
		case ok && d.Year() > 1:
			t.Due, t.Sources.Due = d, src
			if numberedPartsRe.MatchString(due.text) || len(quarterStepRe.FindAllString(due.text, 3)) > 1 {
				// (第一季度:…；第四季度:…, a card's steps by quarter, too.)
				t.review("due", due.line, i18n.F("完成时限分几项写了各自的日期（%s），due 取的是最晚的一个；请核对", "the time limit dates several parts of the work (%s); due is the latest of them: check it", due.text))
			}
			if !t.raw.mergedDue {
				// 12月底前 in a notice whose title, number and date name no
				// year, nor the list's title: the year is the one a row of
				// the table names in its task's text.
				n.borrowedYearReview(t, due.text, due.line)
			}
			if relativeDueRe.MatchString(priorYearNounRe.ReplaceAllString(due.text, "")) {
				// (Not 2021年8月公布上年度决算信息: last year's accounts.)
				n.relativeReview(t, due.line, due.text, d)
			}
			scheduleReview(t, due, d)
			yearCellReview(t, due, d)
			beforeMonthReview(t, due, d)
			if len(findDates(due.text, year)) == 0 && yearMonthRe.MatchString(strings.TrimSpace(due.text)) && laterMonthRe.MatchString(due.text) && !numberedPartsRe.MatchString(due.text) {
				// 2024年3月、6月、9月、12月各更新一次: due at the last month.
				t.review("due", due.line, i18n.F("完成时限“%s”写了几个月份，due 取的是最后一个（%s）；请核对", "the time limit %q names several months; due is the last (%s): check it", due.text, d.Format("2006-01-02")))
			}
			if v := startVerbRe.FindString(due.text); v != "" && !startVerbRe.MatchString(t.Title) {
				// 5月底前动工 for a task to build something: the day work
				// starts, not the day it is done. Kept in the text, listed.
				t.review("due", due.line, i18n.F("完成时限“%s”写的是%s的时间，不一定是完成的时间：due 取了这一天，到期未完成就亮红灯；请核对（完成时间另有规定的，改 due）",
					"the time limit %q is the day work starts (%s), not necessarily the day it is done: due is that day, and the task turns red after it; check it", due.text, v))
				if due.from != FromBracket && !strings.Contains(t.Body, due.text) {
					t.Body = strings.TrimSuffix(t.Body, "\n") + keepLimit(t.Body, due)
				}
			}
		case relativeDueRe.MatchString(due.text):
			t.review("due", due.line, i18n.F("完成时限“%s”写的是相对的年份，通知中找不到它从哪一年算起，未填写 due；请核对",
				"the time limit %q names a year relative to the notice's, which the notice does not name; due was left empty: check it", due.text))
		case ok || hasUndatedYear(due.text):
			t.review("due", due.line, i18n.F("完成时限“%s”没有年份，通知中也找不到年份，未填写；请补上年份", "the time limit %q has no year and the notice names none; it was left out: add the year", due.text))
		case bareYearRe.MatchString(due.text):
			y := bareYearRe.FindStringSubmatch(due.text)[1]
			t.review("due", due.line, i18n.F("完成时限“%s”只写了年份，没有月日，未填写 due；如指当年年底前完成，写 due: %s-12-31",
				"the time limit %q names a year only, no month or day; due was left empty: if it means by the year's end, write due: %s-12-31", due.text, y))
			if due.from != FromBracket {
				t.Body = strings.TrimSuffix(t.Body, "\n") + keepLimit(t.Body, due)
			}
		default:
			t.review("due", due.line, i18n.F("完成时限“%s”不是日期，未填写；请核对", "the time limit %q is no date and was left out; check it", due.text))
			if due.from != FromBracket {
				t.Body = strings.TrimSuffix(t.Body, "\n") + keepLimit(t.Body, due)
			}
		}
	}
	ms := milestones(dated, year)
	if dm := milestones(due.text, year); len(dm) > 1 && !spanned {
		// 完成时限：6月30日前完成选举，9月底前完成建档: due at the last, the
		// steps before it are milestones.
		for i, m := range dm {
			if marker := subMarkerRe.FindString(m.Text); marker == m.Text && marker != "" {
				// （1）9月底前；（2）12月底前 for a row of work （1）新建…；
				// （2）改造…: each date is its sub-item's.
				dm[i].Text = subItemWords(dated, marker)
			}
		}
		ms = append(ms, dm...)
	}
	var kept []Milestone
	for _, m := range ms {
		if m.Due.Year() <= 1 {
			what := m.phrase
			if len([]rune(m.Text)) > 2 {
				what += m.Text // 9月底前 全面完成…, not 9月底前 完成
			}
			t.review("due", t.raw.last, i18n.F("日期“%s”没有年份，通知中也找不到年份，未作为时间节点；请补上年份",
				"the date %q has no year and the notice names none; it was left out: add the year", what))
			continue
		}
		if w := everyBefore(dated, m.phrase); w != "" {
			// 每年3月底前,制定我区年度…计划: a time that comes round each
			// year, no deadline of the task's.
			t.review("due", t.raw.last, i18n.F("“%s%s”每次都要做，不是一个完成时限，未作为时间节点；请核对", "%s%s recurs: no due date, and left out of the milestones; check it", w, m.phrase))
			continue
		}
		if len([]rune(m.Text)) <= 2 {
			// 9月底前完成: what is done is the task itself.
			m.Text = t.Title
		}
		if m.relative && !relativeDueRe.MatchString(due.text) {
			n.relativeReview(t, t.raw.last, m.phrase, m.Due)
		}
		kept = append(kept, m)
	}
	if m := yearDeadlineRe.FindString(dated); m != "" && due.text == "" {
		t.review("due", t.raw.last, i18n.F("“%s”只写了年份，按该年年底计；请核对", "%q names a year only, read as its end; check it", m))
	}
	for _, m := range kept {
		if yearBeforePhraseRe.MatchString(m.phrase) && due.text == "" {
			t.review("due", t.raw.last, i18n.F("“%s”按该年年底计，也可能是指该年以前；请核对", "%q was read as by the end of that year; it may mean before it: check it", m.phrase))
		}
	}
	if m := garbledYearRe.FindString(t.Title + t.Body); m != "" && due.text == "" {
		// 202*年9月25日前: the copy lost the year's last digit.
		t.review("due", t.raw.last, i18n.F("日期“%s”的年份残缺，未作为时间节点；请对照原件补上", "the date %q has a garbled year and was left out: add it from the original", m))
	}
	if m := thisPeriodRe.FindString(t.Title + t.Body); m != "" && due.text == "" && t.Due.IsZero() && len(kept) == 0 {
		// 在本月底以前: a time counted from the month the notice was
		// sent in, which a page without its date does not say.
		t.review("due", t.raw.last, i18n.F("正文写有“%s”，是从发文时算起的时间，未填写 due；请核对", "the text says %q, a time counted from when the notice was sent; due was left empty: check it", m))
	}
	if m := lunarDayRe.FindString(t.Title + t.Body); m != "" && due.text == "" && t.Due.IsZero() && len(kept) == 0 && !slices0(t.Review, "due") {
		// 正月十五,县文联在…举办书画展: the day the event is held, a lunar
		// day, turned into the calendar's day of the festival the notice
		// plans for, listed.
		if y := n.festivalYear(); len(lunarDayRe.FindAllString(t.Title+t.Body, 2)) == 1 && lunarOK(m, y) && !lunarStartRe.MatchString(t.Title+t.Body) {
			d, _ := lunarDate(m, y)
			t.Due, t.Sources.Due = d, From{Kind: FromText, Line: t.raw.last}
			t.review("due", t.raw.last, i18n.F("正文中的农历日期“%s”按 %d 年春节换算为公历 %s，作为完成时限；请核对", "the text's lunar day %q was turned into %[3]s, by the Spring Festival of %[2]d, and taken as the due date: check it", m, y, d.Format("2006-01-02")))
		} else {
			t.review("due", t.raw.last, i18n.F("正文中有农历日期“%s”，没有换算成公历，未填写完成时限；请核对并补上", "the text names a lunar day, %q, not turned into a date; due was left empty: check it and add it", m))
		}
	}
	if m := festivalBeforeRe.FindString(t.Title + t.Body); m != "" && due.text == "" && t.Due.IsZero() && len(kept) == 0 && !slices0(t.Review, "due") {
		// 在春节前夕发放至全县各乡镇: a time limit set by a festival, no
		// day of the calendar; not read, so it is shown.
		t.review("due", t.raw.last, i18n.F("正文写有“%s”，是以节日或时节定的时间，没有换算成日期，未填写完成时限；请核对并补上", "the text says %q, a time set by a festival or a season, not turned into a date; due was left empty: check it and add it", m))
	}
	if m := bareMonthRe.FindString(t.Title + t.Body); m != "" && due.text == "" && t.Due.IsZero() && len(kept) == 0 {
		// 2010年12月对试点工作进行全面考评: a month the text sets a step in,
		// no deadline word with it; no rule reads it, so it is shown.
		t.review("due", t.raw.last, i18n.F("正文中有日期“%s”，未作为完成时限；请核对是否为完成时限", "the text names a date, %q, not taken as the due date: check whether it is", m))
	}
	if m := openTextRe.FindString(t.Title + t.Body); due.text == "" && m != "" && len(kept) == 0 {
		t.review("due", t.raw.last, i18n.F("任务写明“%s”，没有完成时限；请核对", "the task says %q and has no due date; check it", m))
	}
	switch {
	case !t.Due.IsZero():
		// Only dates before the deadline are steps towards it.
		for _, m := range kept {
			if m.Due.Before(t.Due) {
				t.Milestones = append(t.Milestones, m)
			}
		}
	case due.text != "":
		t.Milestones = kept
	case len(kept) > 1 && latest(kept):
		last := kept[len(kept)-1]
		t.Due, t.Sources.Due = last.Due, From{Kind: FromText, Line: t.raw.last}
		t.Milestones = kept[:len(kept)-1]
		n.borrowedYearReview(t, last.phrase, t.raw.last)
		stagedYearsReview(t, kept) // targets year by year (stagedyears.go)
	case len(kept) > 1:
		// Several deadlines in the text, the last written not the latest
		// (6月底前下达60%…11月底前全部下达到位。第3季度…进行检查).
		n.latestDue(t, kept)
	case len(kept) == 1 && isShare(kept[0].Text):
		// 9月底前完成年度目标的80%: a share of the target is due by then,
		// the task by the year's (or the plan's) end (walk 12: read as
		// due in September, the task went red in the fourth quarter).
		t.Milestones = kept
		t.review("due", t.raw.last, i18n.F("正文中的日期（%s%s）是阶段目标，未作为完成时限；请核对", "the date in the text (%s%s) is a step towards the target, not the due date; check it", kept[0].phrase, kept[0].Text))
	case t.Body == "" && len(kept) > 0:
		// The sentence is the whole task: its date is the task's due date.
		t.Due, t.Sources.Due = kept[0].Due, From{Kind: FromText, Line: t.Line}
		n.borrowedYearReview(t, kept[0].phrase, t.Line)
	case len(kept) == 0 && yearDeadlineRe.FindString(dated) == "" && targetYear(t.Title+"。"+t.Body) > 0 && (n.Year == 0 || targetYear(t.Title+"。"+t.Body) >= n.Year):
		// (A year before the plan's, “十三五”末已建成的 in a 2021 list,
		// is what was done, no target.)
		// ——到2020年,妇女常见病筛查率达到80%以上, 2018年,省考核范围内用水总量
		// 控制在…: the year a goal's targets are to be met by, its only
		// time, read as that year's end, listed.
		y := targetYear(t.Title + "。" + t.Body)
		t.Due, t.Sources.Due = time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), From{Kind: FromText, Line: t.raw.last}
		t.review("due", t.raw.last, i18n.F("正文写有“%s”，是目标要达到的年份，已按该年年底计作完成时限；请核对", "the text says %s, the year the targets are to be met by, read as that year's end; check it", targetYearPhrase(t.Title+"。"+t.Body)))
	case len(kept) == 1 && !inOneBullet(dated, kept[0].phrase) && !ongoing(t.Title):
		n.loneDue(t, kept[0])
	default:
		t.Milestones = kept
		if len(kept) == 1 {
			t.review("due", t.raw.last, i18n.F("正文中有时间节点（%s），未作为完成时限；请核对", "the text names a date (%s), kept as a milestone, not the due date; check it", kept[0].Due.Format("2006-01-02")))
		}
	}
	if hd := t.raw.headDue; due.text == "" && len(kept) == 0 && t.Due.IsZero() && hd.text != "" && !recurringRe.MatchString(t.Title+"。"+t.Body) {
		// (一)部署发动(6月份) / 1.制定…: the item names no time of its own;
		// its stage's is the nearest it has, listed.
		if d, ok := stageEnd(hd.text, year, n.Date); ok {
			t.Due, t.Sources.Due = d, From{Kind: FromHeading, Line: hd.line}
			t.review("due", hd.line, atF(n.At(hd.line), "本项没有写完成时限，{at}的小节标题写有这一阶段的时间（%s），已取其最后一天（%s）作为完成时限；请核对",
				"this item names no time limit; the section heading at {at} gives its stage's time (%s), whose last day (%s) was taken as the due date: check it", hd.text, d.Format("2006-01-02")))
		} else if year.plan < 1 && !yearRe.MatchString(hd.text) {
			t.review("due", hd.line, atF(n.At(hd.line), "本项没有写完成时限，{at}的小节标题写有这一阶段的时间（%s），通知中找不到年份，未填写；请核对并补上",
				"this item names no time limit; the section heading at {at} gives its stage's time (%s), but the notice names no year: it was left out; check it and add it", hd.text))
		}
	}
	if due.text == "" && len(kept) == 0 && t.Due.IsZero() {
		t.figureYearReview(t.Title + "。" + t.Body)
		if m := thisYearRe.FindString(t.Title + t.Body); m != "" && n.Year == 0 && !slices0(t.Review, "due") {
			// 今年农村中、小学的生均公用经费定额分别提高155元 on a page
			// that names no year: which year is meant cannot be read.
			t.review("due", t.raw.last, i18n.F("正文写有“%s”，通知中找不到年份，未填写完成时限；请核对", "the text says %q and the notice names no year; due was left empty: check it", m))
		}
		if m := targetByYearRe.FindString(t.Title + t.Body); m != "" && !slices0(t.Review, "due") {
			// 到2010年…到2015年,全省学前三年教育毛入园率达到80%: the years
			// figures are to be met by, read as no time limit; shown, as
			// the office may take the last for one.
			t.review("due", t.raw.last, i18n.F("正文写有目标年份“%s”，是指标要达到的年份，未作为完成时限；请核对", "the text names a target year, %q, the year a figure is to be met by; it was not taken as the due date: check it", m))
		}
	}
	n.beforeIssueDue(t, due)
	if y := targetYear(t.Title + "。" + t.Body); !t.Due.IsZero() && y > t.Due.Year() && !slices0(t.Review, "due") {
		// 2019年底前完成饮用水源地整治，到“十四五”期末水质稳定达标: the date is
		// one step, the target year the end of the work.
		t.review("due", t.raw.last, i18n.F("正文还写有“%s”（%d年），晚于完成时限 %s：完成时限可能只是其中一步的时间；请核对",
			"the text also says %s (%d), later than the due date %s, which may be one step of the work: check it", targetYearPhrase(t.Title+"。"+t.Body), y, t.Due.Format("2006-01-02")))
	}
}

// borrowedYearReview lists a due date read from the text whose phrase
// names no year (2月5日前完成) where the notice's year is one a sentence
// or a row of it names, not its title, number or date.
func (n *Notice) borrowedYearReview(t *Task, phrase string, line int) {
	if ascii, _ := asciiDigits(phrase); !(n.yearInRow || n.yearInProse) || yearRe.MatchString(ascii) {
		return
	}
	t.review("due", line, atF(n.At(n.yearFrom.N), "完成时限“%s”没有年份，通知的标题、文号和日期中也没有：年份取自{at}的“%s”；请核对",
		"the time limit %q has no year, nor have the notice's title, number and date: the year is the one {at} names (%s): check it", phrase, n.yearFrom.Text))
}

// shareRe is what is due by a date when it is a share of the task's own
// target: 完成年度目标的80%, 完成全年任务的50%以上, 完成年度投资计划的80%,
// 完成总工程量的50%, 完成目标任务的四分之三, 投资完成率达到年度计划的80%,
// 完成任务过半. A rate to reach (覆盖率达到80%) is a target itself, not a
// share of one; the share (its second group) is read by isShare.
var shareRe = lazyRe(`^[^，,。；;]{0,8}?(?:完成|实现|达到)[^，,。；;]{0,12}?(?:目标|任务|计划|工程量|总量|项目)[^，,。；;]{0,6}?的?\s*((\d+(?:\.\d+)?)\s*[%％]|[一二三四五六七八九]成|[二三四五六七八九十]分之[一二三四五六七八九]|一半|半数)|^(?:完成)?(?:全年|年度)?(?:目标)?任务(?:量)?过半`)

// isShare says whether a milestone's text is a share of the task's target
// due by its date (shareRe): not the whole of it (100%).
func isShare(text string) bool {
	m := shareRe.FindStringSubmatch(text)
	return m != nil && (m[2] == "" || atoi(strings.SplitN(m[2], ".", 2)[0]) < 100)
}

// targetYearRe is the year targets are to be met by, opening a clause:
// 到2020年，…, 至2015年….
// A year whose plan opens the clause (2024年度计划对…, 2024年重点…) or the
// text after a label (任务目标:2024年计划…) is one too.
var targetYearRe = lazyRe(`(?:^|[。；;，,—\n])\s*((?:到|至)?\s*((?:19|20)\d{2})\s*年(?:底|末)?)\s*[，,]|(?:^|[。；;，,—：:\n])\s*(((?:19|20)\d{2})\s*年度?)(?:计划|重点)`)

// targetYear is the one year an item's text names as the year its
// targets are to be met by, 0 where it names none or several.
func targetYear(s string) int {
	y := 0
	for _, m := range targetYearRe.FindAllStringSubmatch(s, -1) {
		v := atoi(m[2] + m[4])
		if y != 0 && v != y {
			return 0
		}
		y = v
	}
	for _, m := range planEndRe.FindAllStringSubmatch(s, -1) {
		v := 2005 + 5*strings.Index("一二三四五", m[2])/len("一") + 5*boolInt(m[2] != "")
		if y != 0 && v != y {
			return 0
		}
		y = v
	}
	return y
}

// planEndRe is the end of a five-year plan's period opening a clause, the
// year targets are to be met by: “十三五”末 (2020), 到十四五期末 (2025).
var planEndRe = lazyRe(`(?:^|[。；;，,—\n])\s*(?:力争|争取|确保)?((?:到|至)?\s*[“"]?十([一二三四五]?)五[”"]?\s*(?:期|时期)?末)`)

// targetYearPhrase is the words targetYear read the year from: 到2020年,
// 2018年.
func targetYearPhrase(s string) string {
	if m := targetYearRe.FindStringSubmatch(s); m != nil {
		return strings.Join(strings.Fields(m[1]+m[3]), "")
	}
	if m := planEndRe.FindStringSubmatch(s); m != nil {
		return strings.Join(strings.Fields(m[1]), "")
	}
	return ""
}

// lunarStartRe is a lunar day work starts on (从正月初八开始, 正月初八起) or
// a span opens with (正月初一至初七): no day it is done by.
var lunarStartRe = lazyRe(`(?:正月|腊月|冬月|大年)[初十二廿三][一二三四五六七八九十]?(?:日)?\s*(?:开始|起|以来|以后|之后|至|到|—|－|-|~|～)|除夕(?:开始|起|至|到|—|－|-|~|～)`)

// lunarDayRe is a day of the lunar calendar: 正月十五, 腊月二十三, 除夕,
// 大年初一, 年初三.
var lunarDayRe = lazyRe(`(?:正月|腊月|冬月)(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)|除夕|大年初[一二三四五六七八九十]`)

// bareMonthRe is a month of a year in an item's text: 2010年12月.
var bareMonthRe = lazyRe(`(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月`)

// thisPeriodRe is a time named from the month, week or quarter a notice
// was sent in: 本月底以前, 本周内, 本季度末.
var thisPeriodRe = lazyRe(`(?:本|当)(?:月|周|季度|季)(?:底|末|内)?(?:前|以前|之前)?`)

// subMarkerRe is a sub-item's number alone: （1）, (2), （三）, ①.
var subMarkerRe = lazyRe(`^(?:[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[）)]|[①-⑳])$`)

// subItemWords are the words of the sub-item numbered marker in text, up
// to the next one or the clause's end: 新建乡镇卫生院2所 of （1） in
// （1）新建乡镇卫生院2所；（2）改造村卫生室20个. "" where text has no such
// sub-item.
func subItemWords(text, marker string) string {
	key := strings.NewReplacer("(", "（", ")", "）", " ", "").Replace(marker)
	folded := strings.NewReplacer("(", "（", ")", "）").Replace(text)
	i := strings.Index(folded, key)
	if i < 0 {
		return ""
	}
	rest := folded[i+len(key):]
	if j := strings.IndexAny(rest, "；;。\n"+CellBreak); j >= 0 {
		rest = rest[:j]
	}
	if loc := subMarkerAnywhereRe.FindStringIndex(rest); loc != nil {
		rest = rest[:loc[0]]
	}
	return strings.Trim(rest, "，,、 　")
}

// subMarkerAnywhereRe is the next sub-item's number inside a line.
var subMarkerAnywhereRe = lazyRe(`[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[）)]|[①-⑳]`)

// relativeReview lists a date whose year the notice names relative to its
// own (明年年底): read from the year the notice was issued in, which a
// person should confirm.
func (n *Notice) relativeReview(t *Task, line int, phrase string, d time.Time) {
	t.review("due", line, i18n.F("“%s”写的是相对的年份，按发文的年份（%d 年）算作 %s；请核对",
		"%q names its year relative to the notice's: counted from the year it was issued (%d) as %s; check it", phrase, n.issued, d.Format("2006-01-02")))
}

// latest reports whether the last milestone is the latest of them.
func latest(ms []Milestone) bool {
	last := ms[len(ms)-1].Due
	for _, m := range ms[:len(ms)-1] {
		if m.Due.After(last) {
			return false
		}
	}
	return true
}

// openDue lists a time limit that is no date, and keeps it in the task's
// text where it stood in a label or cell of its own.
// datedThenOngoing says a time limit dates the work, then keeps it up
// after: 2021年12月底前完成并长期坚持, 6月底前完成整治，并持续推进,
// 2022年12月底前完成并长期坚持（每季度开展一次）. A limit opening with the
// open-ended words (每年开展并长期坚持, 持续推进) is none.
func datedThenOngoing(s string, y years) bool {
	loc := openDueRe.FindStringIndex(s)
	f := findDates(s, y)
	// (年内持续推进: a year's work, no date; 6月底前启动,长期坚持: a start.)
	return loc != nil && len(f) > 0 && f[0].start < loc[0] && strings.ContainsAny(s[f[0].start:f[0].end], "月日底季") && !startVerbRe.MatchString(s[:loc[0]])
}

func (n *Notice) openDue(t *Task, due piece) {
	t.review("due", due.line, i18n.F("完成时限为“%s”，不是具体日期，未填写 due；请核对", "the time limit is %q, no date, so due was left empty; check it", due.text))
	if due.from != FromBracket {
		t.Body = strings.TrimSuffix(t.Body, "\n") + keepLimit(t.Body, due)
	}
}

// keepLimit is a time limit kept at the end of a task's body.
// startVerbRe is a time limit's word for work starting rather than done:
// 5月底前动工, 6月开工建设, 年内启动.
var startVerbRe = lazyRe(`动工|开工|启动|开建`)

func keepLimit(body string, due piece) string {
	label := due.label
	if label == "" {
		label = "完成时限"
	}
	s := label + "：" + due.text + "\n"
	if strings.TrimSpace(body) != "" {
		return "\n" + s
	}
	return s
}

// hasDeadline reports whether a time limit holds a date that can be a
// deadline, or is no date at all (then it is listed).
func hasDeadline(s string) bool {
	return len(allDates(s, sameYear(2000))) == 0 || len(findDates(s, sameYear(2000))) > 0
}

// hasUndatedYear reports whether a time limit names a month or day with no
// year (6月底前) — a date the notice's year would complete.
func hasUndatedYear(s string) bool {
	return len(findDates(s, sameYear(2000))) > 0
}

// zero is the date of nothing.
var zero time.Time

// bareYearRe is a time limit that is a year's number and nothing more
// (2025, a table's 建设时间 column); 2025年 reads as the year's end
// (yearOnlyRe).
var bareYearRe = lazyRe(`^\s*((?:19|20)\d{2})\s*$`)

// garbledYearRe is a date whose year a copy garbled: 202*年9月25日, 20??年.
var garbledYearRe = lazyRe(`(?:19|20)\d?[*＊?？xX×]{1,2}\s*年(?:\s*\d{1,2}\s*月(?:底|末|\d{1,2}\s*日)?)?`)

// everyBefore is the word of recurrence a date is written after in text
// (每年 in 每年3月底前, 每季度 in 每季度末), "" where there is none.
func everyBefore(text, phrase string) string {
	for _, w := range []string{"每年", "每两年", "每三年", "每季度", "每季", "每月", "每半年", "每周"} {
		if strings.Contains(text, w+phrase) {
			return w
		}
	}
	return ""
}

// beforeMonthRe is a month with 前 and no day or end after it: 8月前,
// 2021年8月之前.
var beforeMonthRe = lazyRe(`(?:^|[^\d月])(\d{1,2}) ?月份?(?:前|之前|以前)`)

// beforeMonthReview lists a due read from a month with 前 (2021年8月前):
// by the end of the month before it, as the words say, where an office
// may mean by the month's end.
func beforeMonthReview(t *Task, due piece, d time.Time) {
	m := beforeMonthRe.FindAllStringSubmatch(due.text, -1)
	if m == nil {
		return
	}
	mo := atoi(m[len(m)-1][1])
	if mo >= 1 && mo <= 12 && int(d.Month()) == mo && d.Day() > 27 {
		// 8月份前: read as the month's end; the words may mean before it.
		before, _ := monthEnd(d.Year()-boolInt(mo == 1), (mo+10)%12+1)
		t.review("due", due.line, i18n.F("完成时限“%s”按%d月底算作 %s；如指%d月1日以前，改为 %s；请核对",
			"the time limit %q was read as by the end of month %d, %s; if it means before %d/1, write %s; check it", due.text, mo, d.Format("2006-01-02"), mo, before.Format("2006-01-02")))
		return
	}
	if mo < 1 || mo > 12 || int(d.Month())%12+1 != mo {
		return // the due is another date's of the time limit
	}
	end, _ := monthEnd(d.Year()+boolInt(mo == 1), mo)
	t.review("due", due.line, i18n.F("完成时限“%s”按%d月1日以前算作 %s；如指%d月底前，改为 %s；请核对",
		"the time limit %q was read as before %d/1, %s; if it means by the end of month %d, write %s; check it", due.text, mo, d.Format("2006-01-02"), mo, end.Format("2006-01-02")))
}

// priorYearNounRe is 上年度 naming what a year held (上年度决算信息), no
// time of the work: not before 末, 底 or 内.
var priorYearNounRe = lazyRe(`上一?年度(?:[^末底内]|$)`)

// festivalBeforeRe is a time limit set by a festival or a season of the
// work: 春节前夕, 国庆节前, 元旦之前, 2025年汛期前, 入汛前, 供暖季前, 开学前.
// (春节期间, 春节前后 is a span: no limit.)
var festivalBeforeRe = lazyRe(`(?:春节|元旦|清明节?|五一|劳动节|端午节?|中秋节?|国庆节?|重阳节?|元宵节?|春節|國慶節?|勞動節|主汛期|汛期|入汛|汛|雨季|供暖季?|采暖季?|开学|秋季开学|麦收|秋收|夏收|三夏|三秋|春耕)(?:前夕|之前|以前|前)`)

// titleDeadlineRe is a deadline in a task's first sentence: 9月底前完成,
// 年底前, 10月前. (2010年年末总人口不超过… is a figure's year.)
var titleDeadlineRe = lazyRe(`(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?(?:前|之前|以前)|年底前|年内完成`)

// recurringRe is work done over and over or with no end: no stage's
// last day is its deadline (常态化开展, 每月调度一次, 长期坚持).
var recurringRe = lazyRe(`长期|常态化|持续|每(?:月|季度|季|周|年|半年|旬)|按(?:月|季度|季|周)`)

// stageMonthRe is a month a stage's time names, with its year where
// written and the part of the month: 6月, 2017年12月, 3月中旬.
var stageMonthRe = lazyRe(`(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(上旬|中旬)?`)

// stageEnd is the last day a stage's time names (6月份 → June 30th,
// 6月—8月 → August 31st, 1月上旬 → January 10th), in the year it names or
// else the plan's; a stage running over the new year (12月—2月), or one
// the notice sent after it would have ended (1月—3月 in a notice of
// November) ends in the year after. ok is false where no year is known.
func stageEnd(text string, y years, sent time.Time) (time.Time, bool) {
	ms := stageMonthRe.FindAllStringSubmatch(text, -1)
	if len(ms) == 0 {
		return time.Time{}, false
	}
	m := ms[len(ms)-1]
	year := y.plan
	if m[1] != "" {
		year, _ = strconv.Atoi(m[1])
	}
	month, _ := strconv.Atoi(m[2])
	if year < 1 {
		return time.Time{}, false
	}
	if first, _ := strconv.Atoi(ms[0][2]); m[1] == "" && len(ms) > 1 && ms[0][1] == "" && month < first {
		year++ // 12月—2月
	}
	end := func(year int) (time.Time, bool) {
		switch m[3] {
		case "上旬":
			return ymd(year, month, 10)
		case "中旬":
			return ymd(year, month, 20)
		}
		return monthEnd(year, month)
	}
	d, ok := end(year)
	if ok && m[1] == "" && !sent.IsZero() && d.Before(sent) {
		return end(year + 1)
	}
	return d, ok
}

// beforeIssueDue moves to the next year a due date read from a time limit
// naming no year that falls more than a month before the notice was
// issued, in a notice dated in its year's last months whose plan year is
// its issue's: 今冬明春 work handed out in November, 3月底前 meaning next
// March. Its milestones naming no year move with it. Listed; before, the
// task was due before the notice was written, in silence. Any other due
// date before the notice's (its year written, or the month just gone)
// stays as read, listed.
func (n *Notice) beforeIssueDue(t *Task, due piece) {
	if n.Date.IsZero() || n.Year != n.Date.Year() || t.Due.IsZero() || !t.Due.Before(n.Date) {
		return
	}
	text := due.text
	if text == "" {
		text = t.Title + "。" + t.Body
	}
	if explicitYearInRe.MatchString(text) || relativeDueRe.MatchString(text) || n.Date.Month() < time.September || !t.Due.Before(n.Date.AddDate(0, 0, -31)) {
		// 2024年底前已完成部分纳入考核 in a notice of 2025: a date the notice
		// wrote, before it was issued: what was done, or a slip; listed.
		if !slices0(t.Review, "due") {
			t.review("due", t.Sources.Due.Line, i18n.F("完成时限 %s 早于通知印发的日期（%s）：可能是已完成的事项，或年份有误；请核对",
				"the due date %s is before the notice was issued (%s): the work may be done already, or the year mistaken; check it",
				t.Due.Format("2006-01-02"), n.Date.Format("2006-01-02")))
		}
		return
	}
	was := t.Due
	t.Due = nextYearsDay(t.Due)
	for i := range t.Milestones {
		if t.Milestones[i].Due.Year() == was.Year() {
			t.Milestones[i].Due = nextYearsDay(t.Milestones[i].Due)
		}
	}
	n.nextYearDues = true
	t.review("due", t.Sources.Due.Line, i18n.F("完成时限没有写年份，按通知的年份是 %s，早于通知印发的 %s，已按下一年计作 %s；请核对",
		"the time limit names no year: in the notice's year it is %s, before the notice was issued on %s, so it was read as next year's, %s; check it",
		was.Format("2006-01-02"), n.Date.Format("2006-01-02"), t.Due.Format("2006-01-02")))
}

// explicitYearInRe is a year written in a text: 2024年, 2024-03.
var explicitYearInRe = lazyRe(`(?:19|20)\d{2}\s*(?:年|[-./])`)

// nextYearsDay is the same day a year on; a month's last day stays its
// month's last (2024-02-29 is 2025-02-28, not 2025-03-01).
func nextYearsDay(d time.Time) time.Time {
	if d.AddDate(0, 0, 1).Day() == 1 {
		return time.Date(d.Year()+1, d.Month()+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(d.Year()+1, d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}
