package notice

import "strings"

// openLevelRe is 有关 or 相关 before a level of government with no body:
// 有关州, 相关县. levelBodyRe is a level and the government it shares
// with the levels before it: 市人民政府, 县政府.
var (
	openLevelRe = lazyRe(`^(?:有关|相关)(?:省|市|州|盟|县|区|旗|县级市|自治州|自治县)$`)
	levelMidRe  = lazyRe(`^(?:省|市|州|盟|县|区|旗|县级市|自治州|自治县)$`)
	levelBodyRe = lazyRe(`^(?:省|市|州|盟|县|区|旗|县级市|自治州|自治县)(?:人民政府|政府)$`)
)

// openLevels reads 有关州、市人民政府 among split names: levels after 有关
// sharing the government written after the last of them name no
// government in particular (as 有关设区市 does), so the run is one open
// name, no owner and no lead, and the office is asked which. It returns
// the run rejoined and how many parts after parts[i] it takes.
func openLevels(parts []string, i int) (string, int, bool) {
	if !openLevelRe.MatchString(strings.TrimSpace(parts[i])) {
		return "", 0, false
	}
	run := strings.TrimSpace(parts[i])
	for j := i + 1; j < len(parts); j++ {
		next := strings.TrimSpace(parts[j])
		switch {
		case levelMidRe.MatchString(next):
			run += "、" + next
		case levelBodyRe.MatchString(next):
			return run + "、" + next, j - i, true
		default:
			return "", 0, false
		}
	}
	return "", 0, false
}
