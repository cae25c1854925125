package notice

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// datePattern is a way notices write a date, and what it means.
type datePattern struct {
	re       *lazyRegexp
	date     func(m []string, year int) (time.Time, bool)
	follow   *lazyRegexp // what must follow the phrase, if anything
	relative bool        // a date only after a word that names its year (明年完成)
	notAfter *lazyRegexp // what must not stand before the phrase, if anything
	// baseline is what stands before a phrase that names a time compared
	// with or summed up (比2024年上半年增长5%, 总结2022年上半年工作): no
	// date of the notice's, and no other pattern reads it.
	baseline *lazyRegexp
}

// baselineRe ends the words before a time named as a baseline, or as the
// time whose work is planned (研究部署2024年第一季度工作).
var baselineRe = lazyRe(`(?:比|与|较|同比|环比|对比|相比|在|总结|回顾|超过|高于|低于|基于|好于|部署|谋划|研究)\s*$`)

// plannedRe ends the words before a quarter or a half-year whose work is
// planned or summed up, not done by it: 研究部署四季度工作, 部署下半年重点工作,
// 总结上半年工作; or whose figures the work is about: 对一季度经济运行情况开展
// 分析, 汇总上半年固定资产投资数据, 做好前三季度GDP核算.
var plannedRe = lazyRe(`(?:部署|谋划|研究|安排|总结|回顾|对|分析|汇总|核算|统计|核查|梳理|前)\s*$`)

// years are what a notice's dates are read against: the plan's year, which
// a date naming none takes (年底前), and the year the notice was issued in,
// which 明年 and 今年 count from (a plan for 2023 issued in December 2022
// says 明年 for 2023). 0 where the notice names none.
type years struct{ plan, issued int }

// sameYear is a notice issued in its plan's year.
func sameYear(y int) years { return years{y, y} }

// relativeYears are the words that name a year from the one a notice was
// issued in, how many years on they count, and whether the word shares its
// 年 with 年底 (明年底, 今年底; not 后年底, which is rather 之后 + 年底).
var relativeYears = []struct {
	word  string
	on    int
	share bool
}{{"下一年", 1, false}, {"明年", 1, true}, {"次年", 1, true}, {"来年", 1, false}, {"翌年", 1, false}, {"后年", 2, false},
	{"今年", 0, true}, {"本年", 0, true}, {"当年", 0, false}, {"去年", -1, true}, {"上年", -1, false}, {"前年", -2, false}}

// relativeYear reads the word before a date phrase that names its year
// relative to the notice's (明年6月底前, 明年年底, and 今年底 where the
// phrase's own 年 ends the word): the word's length in bytes, and the year
// it names. ok is false where there is none.
func relativeYear(before, phrase string, y years) (size, year int, ok bool) {
	trimmed := strings.TrimRight(before, " ")
	space := len(before) - len(trimmed)
	for _, r := range relativeYears {
		w := r.word
		if !strings.HasSuffix(trimmed, w) && strings.HasPrefix(phrase, "年") && space == 0 && r.share {
			w = strings.TrimSuffix(w, "年") // 明年底: 明 + 年底
		}
		if !strings.HasSuffix(trimmed, w) {
			continue
		}
		if y.issued == 0 {
			return len(w) + space, 0, true
		}
		return len(w) + space, y.issued + r.on, true
	}
	return 0, 0, false
}

// yearVerbRe is what follows a year named alone as a deadline: 2023年出台,
// or on a condition first (2024年根据国家批复情况启动).
var yearVerbRe = lazyRe(`^[，,]?\s*(?:根据[^，,。；;、]{1,12}?)?(编制完成|出台|完成|建成|实现|推出|制定|印发|上线|启动|开工|竣工|完工|投用|投入使用|交付使用|落地|建立|基本建成|全面完成|全部完成)`)

// yearDeadlineRe finds a year named alone as a deadline, or as the year a
// target is to be met by (到2015年，基本解决…).
var yearDeadlineRe = lazyRe(`(?:19|20)\d{2} ?年(?:内)?(?:出台|完成|建成|实现|推出|制定|印发|上线|启动|开工|竣工|完工|投用|投入使用|交付使用|落地|建立|基本建成|全面完成|全部完成)|(?:到|至)\s*(?:19|20)\d{2} ?年[,，]?\s*(?:基本|全面|力争|确保)?(?:解决|完成|建成|实现|消除|建立|形成)`)

// yearBeforeRe is what may follow 2015年前 read as a limit: not a count
// (前三季度, 前两个月), nor 后 (2015年前后, around 2015).
var yearBeforeRe = lazyRe(`^(?:$|[^一二三四五六七八九十两几0-9０-９季半个后])`)

// yearBeforePhraseRe is a limit of a year named alone with 前: 2015年前.
var yearBeforePhraseRe = lazyRe(`^(?:19|20)\d{2} ?年(?:前|之前|以前)$`)

// thisYearRe is the year of the notice named as such: 今年, 本年度.
var thisYearRe = lazyRe(`今年|本年度?|当年度?`)

// targetByYearRe is the year a figure is to be met by: 到2015年, 到2020年底.
var targetByYearRe = lazyRe(`(?:到|至)\s*(?:19|20)\d{2}\s*年(?:底|末)?`)

// targetVerbRe follows the year a target is to be met by: 到2015年，基本
// 解决…, 到2020年全面建成…. (到2025年，全市新增… names a figure, no limit.)
var targetVerbRe = lazyRe(`^[,，]?\s*(?:基本|全面|力争|确保)?(?:解决|完成|建成|实现|消除|建立|形成)`)

func ymd(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Month() != time.Month(m) {
		return time.Time{}, false
	}
	return t, true
}

func monthEnd(y, m int) (time.Time, bool) {
	if m < 1 || m > 12 {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC), true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

var quarters = map[string]int{"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

// Longer patterns first: each match hides the shorter ones inside it. A
// space may stand between digits and 年月日, as PDF-to-text tools write
// them (2024 年 9 月底前).
var datePatterns = []datePattern{
	{re: lazyRe(`((?:19|20)\d{2}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日(?:前|之前|以前)?`), date: func(m []string, _ int) (time.Time, bool) {
		return ymd(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}},
	{re: lazyRe(`((?:19|20)\d{2}) ?年 ?(\d{1,2}) ?月(?:底|末)(?:前|之前|以前)?`), date: func(m []string, _ int) (time.Time, bool) {
		return monthEnd(atoi(m[1]), atoi(m[2]))
	}},
	{re: lazyRe(`((?:19|20)\d{2}) ?年 ?(\d{1,2}) ?月(?:前|之前|以前)`), date: func(m []string, _ int) (time.Time, bool) {
		// 2025年3月前: by the end of February 2025, the year as written.
		switch mo := atoi(m[2]); {
		case mo < 1 || mo > 12:
			return time.Time{}, false
		case mo == 1:
			return ymd(atoi(m[1])-1, 12, 31)
		default:
			return monthEnd(atoi(m[1]), mo-1)
		}
	}},
	{re: lazyRe(`((?:19|20)\d{2}) ?年 ?(\d{1,2}) ?月(上|中|下)旬(?:前|之前|以前)?`), date: func(m []string, _ int) (time.Time, bool) {
		switch m[3] {
		case "上":
			return ymd(atoi(m[1]), atoi(m[2]), 10)
		case "中":
			return ymd(atoi(m[1]), atoi(m[2]), 20)
		}
		return monthEnd(atoi(m[1]), atoi(m[2]))
	}},
	{re: lazyRe(`((?:19|20)\d{2}) ?年(?:底|末)(?:前|之前|以前)?`), date: func(m []string, _ int) (time.Time, bool) {
		return ymd(atoi(m[1]), 12, 31)
	}},
	{re: lazyRe(`(\d{1,2}) ?月 ?(\d{1,2}) ?日(?:前|之前|以前)?`), date: func(m []string, y int) (time.Time, bool) {
		return ymd(y, atoi(m[1]), atoi(m[2]))
	}},
	// 元月26日: January 26 (the lunar month is written 正月), of the year
	// written before it where one is (2021年元月15日前).
	{re: lazyRe(`((?:19|20)\d{2}) ?年 ?元月 ?(\d{1,2}) ?日(?:前|之前|以前)?`), date: func(m []string, _ int) (time.Time, bool) {
		return ymd(atoi(m[1]), 1, atoi(m[2]))
	}},
	{re: lazyRe(`元月 ?(\d{1,2}) ?日(?:前|之前|以前)?`), date: func(m []string, y int) (time.Time, bool) {
		return ymd(y, 1, atoi(m[1]))
	}},
	{re: lazyRe(`(\d{1,2}) ?月(?:底|末)(?:前|之前|以前)?`), date: func(m []string, y int) (time.Time, bool) {
		return monthEnd(y, atoi(m[1]))
	}},
	{re: lazyRe(`(\d{1,2}) ?月(上|中|下)旬(?:前|之前|以前)?`), date: func(m []string, y int) (time.Time, bool) {
		switch m[2] {
		case "上":
			return ymd(y, atoi(m[1]), 10)
		case "中":
			return ymd(y, atoi(m[1]), 20)
		}
		return monthEnd(y, atoi(m[1]))
	}},
	{re: lazyRe(`(\d{1,2}) ?月(?:前|之前|以前)`), date: func(m []string, y int) (time.Time, bool) {
		return monthEnd(y, atoi(m[1])-1) // 6月前: by the end of May
	}},
	// 2024年上半年 in a 2023 plan: the half of the year it names.
	{re: lazyRe(`((?:19|20)\d{2}) ?年\s*(上|下)半年(?:末|底)?(?:前|之前|以前)?`), date: func(m []string, _ int) (time.Time, bool) {
		if m[2] == "上" {
			return ymd(atoi(m[1]), 6, 30)
		}
		return ymd(atoi(m[1]), 12, 31)
	}, baseline: baselineRe},
	// 2022年第一季度 in a 2021 plan: the quarter of the year it names.
	{re: lazyRe(`((?:19|20)\d{2}) ?年\s*第?([一二三四1-4])季度(?:末|底)?(?:前|之前|以前)?`), date: func(m []string, _ int) (time.Time, bool) {
		return monthEnd(atoi(m[1]), quarters[m[2]]*3)
	}, baseline: baselineRe},
	// 第四季度(11月份): a quarter with the month of it a stage is set for,
	// in brackets: that month's end.
	{re: lazyRe(`第?([一二三四1-4])季度\s*[（(]\s*(\d{1,2})\s*月份?\s*[）)]`), date: func(m []string, y int) (time.Time, bool) {
		q, mo := quarters[m[1]], atoi(m[2])
		if mo < q*3-2 || mo > q*3 {
			return time.Time{}, false // a month outside the quarter: read as the quarter
		}
		return monthEnd(y, mo)
	}},
	{re: lazyRe(`第?([一二三四1-4])季度((?:末|底)?(?:前|之前|以前)?)(各项|各|的|指标|数据)?`), date: func(m []string, y int) (time.Time, bool) {
		if m[2] == "" && m[3] != "" {
			// 分析一季度各项指标: the quarter whose figures are meant, no
			// time limit.
			return time.Time{}, false
		}
		return monthEnd(y, quarters[m[1]]*3)
	}, baseline: plannedRe},
	// 2023年内 is by the end of 2023, with a verb after it or none: not
	// the end of the list's year, which the 年内 below would read.
	{re: lazyRe(`((?:19|20)\d{2}) ?年内(?:前|之前|以前)?`), date: func(m []string, _ int) (time.Time, bool) {
		return ymd(atoi(m[1]), 12, 31)
	}},
	// 2015年前 is by the end of 2015 (before 2015 is the other reading:
	// a due date so read is listed); 2015年前三季度 and 2015年前后 are no
	// limit.
	{re: lazyRe(`((?:19|20)\d{2}) ?年(?:前|之前|以前)`), date: func(m []string, _ int) (time.Time, bool) {
		return ymd(atoi(m[1]), 12, 31)
	}, follow: yearBeforeRe},
	{re: lazyRe(`((?:19|20)\d{2}) ?年(?:内)?`), date: func(m []string, _ int) (time.Time, bool) {
		return ymd(atoi(m[1]), 12, 31)
	}, follow: yearVerbRe},
	// 到2015年，基本解决…: the year a target is to be met by, its end.
	{re: lazyRe(`(?:到|至)\s*((?:19|20)\d{2}) ?年`), date: func(m []string, _ int) (time.Time, bool) {
		return ymd(atoi(m[1]), 12, 31)
	}, follow: targetVerbRe},
	{re: lazyRe(`年(?:内)?`), date: func(m []string, y int) (time.Time, bool) {
		return ymd(y, 12, 31) // 明年完成
	}, follow: yearVerbRe, relative: true},
	{re: lazyRe(`上半年`), date: func(m []string, y int) (time.Time, bool) { return ymd(y, 6, 30) }, baseline: plannedRe},
	{re: lazyRe(`下半年`), date: func(m []string, y int) (time.Time, bool) { return ymd(y, 12, 31) }, baseline: plannedRe},
	{re: lazyRe(`(?:年底|年末|年内)(?:前|之前|以前)?`), date: func(m []string, y int) (time.Time, bool) { return ymd(y, 12, 31) }, notAfter: yearCountRe},
}

// yearCountRe is a count of years before 年内: 5年内, 三年内, 1-2年内 say
// how long, not by the end of which year.
var yearCountRe = lazyRe(`(?:^|[^\d])\d{1,2}\s*$|[一二两三四五六七八九十几数]$`)

type found struct {
	start, end int // byte offsets of the phrase
	date       time.Time
	relative   bool // its year is named relative to the notice's: 明年年底
}

// findDates finds every date phrase in s that can be a deadline, left to
// right: not the ends of a span, nor a start.
func findDates(s string, y years) []found {
	return deadlines(s, allDates(s, y))
}

// explicitYearRe starts a date phrase that names its year: 2023年6月底.
var explicitYearRe = lazyRe(`^(?:19|20)\d{2}`)

// allDates finds every date phrase in s, left to right, not overlapping.
// A phrase whose year a word before it names (明年6月底前) takes that year,
// and the word is part of the phrase.
func allDates(s string, y years) []found {
	if norm, back := asciiDigits(s); back != nil {
		// ２０２４年７月３１日: full-width digits, read as ASCII ones, the
		// phrases placed in the text as written.
		out := allDates(norm, y)
		for i := range out {
			out[i].start, out[i].end = back[out[i].start], back[out[i].end]
		}
		return out
	}
	taken := make([]bool, len(s))
	var out []found
	blocks := &yearBlocks{s: s}
	for _, p := range datePatterns {
		for _, loc := range p.re.FindAllStringSubmatchIndex(s, -1) {
			if p.follow != nil && !p.follow.MatchString(s[loc[1]:]) {
				continue
			}
			if p.notAfter != nil && strings.HasPrefix(s[loc[0]:], "年内") && p.notAfter.MatchString(s[:loc[0]]) {
				continue
			}
			if p.baseline != nil && p.baseline.MatchString(s[:loc[0]]) {
				for i := loc[0]; i < loc[1]; i++ {
					taken[i] = true
				}
				continue
			}
			m := make([]string, len(loc)/2)
			for i := range m {
				if loc[2*i] >= 0 {
					m[i] = s[loc[2*i]:loc[2*i+1]]
				}
			}
			year, start := y.plan, loc[0]
			size, ry, rel := relativeYear(s[:loc[0]], m[0], y)
			rel = rel && !explicitYearRe.MatchString(m[0])
			if rel {
				year, start = ry, loc[0]-size
			} else if p.relative {
				continue
			} else if yb := blocks.before(loc[0]); yb > 0 {
				year = yb // 2020年任务:…10月底前
			}
			if slices.Contains(taken[start:loc[1]], true) {
				continue
			}
			d, ok := p.date(m, year)
			if !ok {
				continue
			}
			for i := start; i < loc[1]; i++ {
				taken[i] = true
			}
			out = append(out, found{start, loc[1], d, rel})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	if len(out) > maxDates {
		out = out[:maxDates]
	}
	return out
}

// spanRe joins the two ends of a span of time: 1月1日至12月31日.
var spanRe = lazyRe(`^\s*(至|到|—|－|-|～|~)\s*$`)

// startRe follows a date that starts something: 5月1日起实施.
// builtBeforeRe follows a date that says which things the work covers, no
// time it is due by: 2000年前建成的(老旧小区), 2015年以前登记的.
var builtBeforeRe = lazyRe(`^\s*(?:已|已经)?(?:建成|建设|竣工|出生|成立|登记|开工|投用|投入使用|交付)(?:并?投用|并?投产|并?投入使用|交付)?的`)

var startRe = lazyRe(`^\s*(起|开始|以来|以后)`)

// periodEndRe comes before the date a policy runs until: 实施期限至2021年
// 12月31日, 延长至2022年4月30日, 延续至2027年底, 执行至年底. How long a rule holds is no
// deadline for a task.
var periodEndRe = lazyRe(`(实施|执行|延长|延续|有效期|期限)至\s*$`)

// deadlines drops the dates that are no deadline: both ends of a span
// (2019年1月1日至12月31日), a start (自5月1日起) and the end of a policy's
// period (实施期限至12月31日).
func deadlines(s string, dates []found) []found {
	var out []found
	for i := 0; i < len(dates); i++ {
		f := dates[i]
		if i+1 < len(dates) && spanRe.MatchString(s[f.end:dates[i+1].start]) {
			i++ // the span's end goes with it
			continue
		}
		if startRe.MatchString(s[f.end:]) || periodEndRe.MatchString(s[:f.start]) || builtBeforeRe.MatchString(s[f.end:]) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// maxDates bounds the dates read from one task; real tasks have a few.
const maxDates = 20

const clauseEnds = "。；;！!？?"

// milestones turns each dated phrase of a text into a milestone whose text
// is what the clause says is due: the words after the date up to the end
// of the sentence, or, when the date ends it, the words before.
func milestones(s string, y years) []Milestone {
	var out []Milestone
	seen := map[string]bool{}
	dates := findDates(s, y)
	for k, f := range dates {
		after := s[f.end:]
		if k+1 < len(dates) {
			after = s[f.end:dates[k+1].start] // up to the next date at most
		}
		if i := strings.IndexAny(after, clauseEnds); i >= 0 {
			after = after[:i]
		}
		text := strings.Trim(after, "，, 　")
		if text == "" || strings.HasPrefix(text, "完成") && len([]rune(text)) <= 2 {
			// The date ends the clause: what is due is the clause before it.
			before := strings.TrimRight(s[:f.start], "，, 　")
			if i := strings.LastIndexAny(before, clauseEnds+"，,\n"); i >= 0 {
				_, size := utf8.DecodeRuneInString(before[i:])
				before = before[i+size:]
			}
			text = strings.TrimSpace(before) + text
			text = strings.TrimSuffix(strings.TrimSuffix(text, "在"), "于")
		}
		text = strings.TrimPrefix(strings.TrimSpace(text), "，")
		if text == "" {
			continue
		}
		key := f.date.String() + text
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, Milestone{Due: f.date, Text: text, phrase: s[f.start:f.end], relative: f.relative})
	}
	return out
}

// Forms a time limit (完成时限) takes that are too loose to read as dates
// inside a task's text: 2023年6月, 6月, 2023年, 2023.6.30, 2023-06-30,
// 2023.6.
var (
	numericMonthRe = lazyRe(`^((?:19|20)\d{2})\s*[.．/\-－]\s*(\d{1,2})\s*(?:月)?(?:底|末)?(?:前|以前|之前)?$`)
	numericDateRe  = lazyRe(`^((?:19|20)\d{2})\s*[.．/\-－]\s*(\d{1,2})\s*[.．/\-－]\s*(\d{1,2})`)
	yearMonthRe    = lazyRe(`^(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月(?:份)?(?:前|之前|以前)?`)
	laterMonthRe   = lazyRe(`[，,；;、]\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月(?:份)?(?:前|之前|以前)?`)
	yearOnlyRe     = lazyRe(`^((?:19|20)\d{2})\s*年(?:内|度)?(?:前|之前|以前)?\s*$`)
)

// relativeLimitRe is what is left of a time limit after the word that
// names its year relative to the notice's: 明年, 明年内, 次年前.
var relativeLimitRe = lazyRe(`^(?:内|底|年底)?(?:前|之前|以前)?$`)

// dueDate reads a time limit: a date phrase as in the text, else one of
// the looser forms of a 完成时限 field, which may start with a word that
// names the year relative to the notice's (明年6月). Limits that are no
// date (全年, 长期, 持续推进) give none.
func dueDate(s string, y years) (time.Time, bool) {
	s, _ = asciiDigits(s)
	s = hanMonthDigits(strings.TrimSpace(s))
	if s == "" || noDateRe.MatchString(s) {
		return time.Time{}, false
	}
	if f := findDates(s, y); len(f) > 0 {
		if numberedPartsRe.MatchString(s) {
			// 1、…7月1日… 2、…2022年12月底… 3、…10月1日前…: the dates of
			// parts of the work side by side; due when the last is done.
			last := f[0].date
			for _, d := range f[1:] {
				if d.date.After(last) {
					last = d.date
				}
			}
			return last, true
		}
		// A time limit with several dates (6月底前完成方案，12月底前全面
		// 完成) is due at the last.
		return f[len(f)-1].date, true
	}
	year := y.plan
	for _, r := range relativeYears {
		if rest, ok := strings.CutPrefix(s, r.word); ok {
			s, year = strings.TrimSpace(rest), 0
			if y.issued != 0 {
				year = y.issued + r.on
			}
			if relativeLimitRe.MatchString(s) {
				return ymd(year, 12, 31)
			}
			break
		}
	}
	if m := numericDateRe.FindStringSubmatch(s); m != nil {
		return ymd(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := numericMonthRe.FindStringSubmatch(s); m != nil {
		// 2018.09, 2018-12底: a year and a month, due at the month's end.
		return monthEnd(atoi(m[1]), atoi(m[2]))
	}
	if m := yearMonthRe.FindStringSubmatch(s); m != nil {
		if m[1] != "" {
			year = atoi(m[1])
		}
		last, ok := monthEnd(year, atoi(m[2]))
		// 2021年2月公布预算信息,2021年8月公布上年度决算信息: months of
		// parts of the work, each opening a clause: due at the last.
		for _, m := range laterMonthRe.FindAllStringSubmatch(s[len(m[0]):], -1) {
			if m[1] != "" {
				year = atoi(m[1])
			}
			if d, ok2 := monthEnd(year, atoi(m[2])); ok && ok2 && d.After(last) {
				last = d
			}
		}
		return last, ok
	}
	if m := yearOnlyRe.FindStringSubmatch(s); m != nil {
		return ymd(atoi(m[1]), 12, 31)
	}
	return time.Time{}, false
}

// numberedPartsRe is a time limit numbering the parts of the work it
// dates: 1、…7月1日… 2、…12月底….
var numberedPartsRe = lazyRe(`(?:^|[\s；;。，,:：])(?:1\s*[、．]|1\.(?:\D|(?:19|20)\d{2}年)|①|[（(]1[）)]).*(?:[\s；;。，,](?:2\s*[、．]|2\.(?:\D|(?:19|20)\d{2}年))|②|[（(]2[）)])`)

// noDateRe is a time limit that is no date: the work goes on.
var noDateRe = lazyRe(`^(全年|长期|持续|常态|常年|动态|每年|每季|每月|经常)`)

// asciiDigits gives s with its full-width digits (０–９) written as ASCII
// ones, and where each byte of the result stands in s (one past the end
// included); nil where s holds none.
func asciiDigits(s string) (string, []int) {
	if !strings.ContainsAny(s, "０１２３４５６７８９") {
		return s, nil
	}
	var b strings.Builder
	back := make([]int, 0, len(s)+1)
	for i, r := range s {
		if r >= '０' && r <= '９' {
			b.WriteByte(byte('0' + r - '０'))
			back = append(back, i)
			continue
		}
		n := b.Len()
		b.WriteRune(r)
		for k := n; k < b.Len(); k++ {
			back = append(back, i+k-n)
		}
	}
	back = append(back, len(s))
	return b.String(), back
}
