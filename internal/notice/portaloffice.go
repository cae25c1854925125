package notice

import "strings"

// officeSuffixes are the words that make a body's office of the body:
// 沧州市人民政府 → 沧州市人民政府办公室.
var officeSuffixes = []string{"办公室", "办公厅"}

// officeOfMasthead is the body the title names at its head where the one
// line over it (a portal's name, 沧州市人民政府) names the body whose office
// that is (沧州市人民政府办公室关于转发…的通知): the office issued it, the
// portal only serves it. "" for any other masthead.
func officeOfMasthead(masthead []string, title string) string {
	if len(masthead) != 1 {
		return ""
	}
	for _, s := range officeSuffixes {
		if office := masthead[0] + s; strings.HasPrefix(title, office+"关于") {
			return office
		}
	}
	return ""
}
