package render

import (
	"fmt"
	"regexp"
	"strconv"

	"tally/internal/i18n"
)

var quarterRe = regexp.MustCompile(`^(\d{4})[-_]?Q([1-4])$`)
var halfRe = regexp.MustCompile(`^(\d{4})[-_]?H([12])$`)
var monthRe = regexp.MustCompile(`^(\d{4})[-_]?M?(\d{2})$`)

// PeriodLabel reads a period id as people say it: 2019Q2 → 2019年第二季度.
func PeriodLabel(id string, lang i18n.Lang) string {
	if m := quarterRe.FindStringSubmatch(id); m != nil {
		q, _ := strconv.Atoi(m[2])
		return lang.Pick(m[1]+"年第"+[]string{"一", "二", "三", "四"}[q-1]+"季度", "Q"+m[2]+" "+m[1])
	}
	if m := halfRe.FindStringSubmatch(id); m != nil {
		return lang.Pick(m[1]+"年"+map[string]string{"1": "上半年", "2": "下半年"}[m[2]], "H"+m[2]+" "+m[1])
	}
	if m := monthRe.FindStringSubmatch(id); m != nil {
		if mo, _ := strconv.Atoi(m[2]); mo >= 1 && mo <= 12 {
			return lang.Pick(fmt.Sprintf("%s年%d月", m[1], mo), fmt.Sprintf("%s-%02d", m[1], mo))
		}
	}
	return id
}
