package notice

import (
	"strings"
	"time"
)

// The lunar days a holiday or event plan names (正月十五, 腊月二十三, 除夕,
// 大年初一) are days of the year it plans for: each is turned into the day
// of the calendar from the day of that year's Spring Festival.

// springFestival[y-firstLunarYear] is the day of year y's Spring Festival
// (正月初一) as month*100+day, 1990 to 2050.
var springFestival = [...]uint16{
	127, 215, 204, 123, 210, 131, 219, 207, 128, 216, 205, 124, 212, 201, 122, 209, 129, 218, 207, 126,
	214, 203, 123, 210, 131, 219, 208, 128, 216, 205, 125, 212, 201, 122, 210, 129, 217, 206, 126, 213,
	203, 123, 211, 131, 219, 208, 128, 215, 204, 124, 212, 201, 122, 210, 130, 217, 206, 126, 214, 202,
	123,
}

// lastMonthDays[y-firstLunarYear] is how many days the 腊月 before year y's
// Spring Festival has.
var lastMonthDays = [...]uint8{
	30, 30, 30, 30, 29, 30, 30, 29, 29, 30, 29, 29, 30, 29, 30, 30, 29, 30, 30, 30,
	30, 30, 29, 29, 30, 30, 29, 30, 30, 30, 30, 30, 29, 30, 30, 29, 29, 29, 29, 29,
	30, 29, 29, 30, 30, 30, 30, 30, 30, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30, 29,
	29,
}

const firstLunarYear = 1990

// lunarDayParts reads a lunar day as lunarDayRe finds it: the month (1 for
// 正月, 12 for 腊月, 0 for none read) and the day; 除夕 is the 腊月's last.
func lunarDayParts(s string) (month, day int) {
	switch {
	case s == "除夕":
		return 12, -1
	case strings.HasPrefix(s, "大年"):
		return 1, chineseNumber(strings.TrimPrefix(s, "大年初"))
	case strings.HasPrefix(s, "正月"):
		month = 1
	case strings.HasPrefix(s, "腊月"):
		month = 12
	default:
		return 0, 0 // 冬月: not read
	}
	d := strings.TrimPrefix(s[len("正月"):], "初")
	d = strings.Replace(d, "廿", "二十", 1)
	return month, chineseNumber(d)
}

// lunarDate is the day of the calendar a lunar day falls on in the
// festival of year y (the 腊月 before year y's Spring Festival, its 正月),
// or false where the table has no such year or the month no such day.
func lunarDate(s string, y int) (time.Time, bool) {
	month, day := lunarDayParts(s)
	k := y - firstLunarYear
	if month == 0 || k < 0 || k >= len(springFestival) || day == 0 || day > 30 {
		return time.Time{}, false
	}
	md := int(springFestival[k])
	first := time.Date(y, time.Month(md/100), md%100, 0, 0, 0, 0, time.UTC)
	if month == 1 {
		if day > 29 {
			return time.Time{}, false // 正月三十: not every 正月 has one
		}
		return first.AddDate(0, 0, day-1), true
	}
	last := int(lastMonthDays[k])
	if day == -1 {
		day = last
	}
	if day > last {
		return time.Time{}, false
	}
	return first.AddDate(0, 0, day-1-last), true
}

// festivalYear is the year whose Spring Festival a notice's lunar days
// belong to: the year of its date, the next one when dated in its last
// quarter (a December notice plans for the coming festival); undated, the
// plan's year, else the year it was issued in. Zero where the notice names
// no year.
func (n *Notice) festivalYear() int {
	if !n.Date.IsZero() {
		// Dated: the festival after the notice (a plan for 元旦春节 dated
		// 2024-10-08 is for the festival of 2025).
		if n.Date.Month() >= time.October {
			return n.Date.Year() + 1
		}
		return n.Date.Year()
	}
	if n.Year != 0 {
		return n.Year
	}
	return n.issued
}

// lunarOK says a lunar day falls on a day of the calendar in year y's
// festival.
func lunarOK(s string, y int) bool {
	_, ok := lunarDate(s, y)
	return ok
}
