package notice

import (
	"slices"
	"strconv"
	"strings"

	"tally/internal/yamlfmt"
)

// Stage 5 of the import: names into units.yaml. Each owner name becomes a
// unit with a readable id (the initials of its pinyin: 市委组织部 → swzzb),
// or keeps the id an existing units.yaml gives it (by name or alias); a
// collective name (各县（市、区）党委组织部) becomes a group whose members a
// person must list.

// Known is a unit or group of an existing units.yaml.
type Known struct {
	ID      string // "" for a group
	Name    string
	Aliases []string
	Contact string   // a unit's
	Members []string // a group's
	Rank    bool     // a group's members are ranked among themselves
	Group   bool
}

// collectiveRe is a name that stands for several units: 各县（市、区）党委组织部,
// 市直各单位, 国务院各部门, 市县党委组织部.
var collectiveRe = lazyRe(`^各|各(级|有关|相关)?(单位|部门|地区|地方|县|区|市|乡镇|镇|街道|村|社区|学校|医院|企业)|^(市县|省市县|市区|县乡|县镇|市县镇|县市区|市县区)`)

// Collective reports whether an owner name stands for several units.
func Collective(name string) bool {
	return collectiveRe.MatchString(name) || memberGroupRe.MatchString(name)
}

// nameKey is a name as it is matched against a known units.yaml: brackets,
// letters and digits in either width and spaces left out are one name
// (县发改局（粮食局） is 县发改局(粮食局)).
func nameKey(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == ' ' || r == '\u3000' || r == '\t':
			return -1
		case r >= '！' && r <= '～':
			return r - '！' + '!' // full-width ASCII: （ ） Ａ １
		}
		switch r {
		case '〔', '【', '［':
			return '['
		case '〕', '】', '］':
			return ']'
		}
		return r
	}, s)
}

// knownNames indexes known by each name and alias, as nameKey spells them.
func knownNames(known []Known) map[string]Known {
	byName := map[string]Known{}
	for _, k := range known {
		for _, n := range append([]string{k.Name}, k.Aliases...) {
			if _, dup := byName[nameKey(n)]; !dup {
				byName[nameKey(n)] = k
			}
		}
	}
	return byName
}

// Unmatched are the owner names no unit or group of known names (by name
// or alias, either width of brackets): each gets a new id or an empty
// group, and a person should know it.
func Unmatched(owners []string, known []Known) []string {
	byName := knownNames(known)
	var out []string
	for _, o := range owners {
		if _, ok := byName[nameKey(o)]; !ok && !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

// UnitsFile is a starting units.yaml for the owner names: a unit for each
// name of one body, a group for each collective name, and the ids and
// groups of known (an existing units.yaml) wherever a name or alias
// matches. A known group comes with its members: the units and groups
// it lists, as known has them, so that the new units.yaml checks.
func UnitsFile(owners []string, known []Known) string {
	byName := knownNames(known)
	byID := map[string]Known{}
	taken := map[string]bool{}
	for _, k := range known {
		if k.ID != "" {
			taken[k.ID] = true
			if _, dup := byID[k.ID]; !dup {
				byID[k.ID] = k
			}
		}
	}
	var b strings.Builder
	b.WriteString("# 单位名册：由 tally import 按通知中的责任单位生成。\n")
	b.WriteString("# 编号（id）取单位名称拼音的首字母，也是报送文件名；可改成更好认的编号（小写字母、数字和连字符）。\n")
	b.WriteString("# “各县（市、区）……”这类说法是分组：请在 members 中列出它包含的单位编号。\n")
	var units, groups, members []string
	seen := map[string]bool{}
	written := map[string]bool{} // the known units and groups written, by id or name
	var addMembers func(g Known)
	addMembers = func(g Known) {
		for _, m := range g.Members {
			k, ok := byID[m]
			if !ok {
				k, ok = byName[nameKey(m)]
			}
			switch {
			case !ok:
				continue // check says so, as of the old file
			case k.Group && !written["group:"+k.Name]:
				written["group:"+k.Name] = true
				groups = append(groups, knownGroup(k.Name, k))
				addMembers(k)
			case !k.Group && !written[k.ID]:
				written[k.ID] = true
				members = append(members, knownUnit(k, k.Name))
			}
		}
	}
	for _, o := range owners {
		if seen[o] {
			continue
		}
		seen[o] = true
		if k, ok := byName[nameKey(o)]; ok {
			if k.Group {
				if !written["group:"+k.Name] {
					written["group:"+k.Name] = true
					groups = append(groups, knownGroup(o, k))
					addMembers(k)
				}
			} else if !written[k.ID] {
				written[k.ID] = true
				units = append(units, knownUnit(k, o))
			}
			continue
		}
		if Collective(o) {
			groups = append(groups, "  # 请在 members 中列出“"+o+"”包含的单位编号。\n"+yamlfmt.Text("- name", o, 2)+"    members: []\n")
			continue
		}
		id := unitID(o, taken)
		taken[id] = true
		units = append(units, newUnit(id, o))
	}
	if len(members) > 0 {
		// The member units of a known group the notice names, not named
		// in it themselves.
		units = append(units, append([]string{"  # 以下单位是沿用的分组的成员（来自 --units 给出的单位名册）。\n"}, members...)...)
	}
	if len(units) == 0 {
		b.WriteString("units: []\n")
	} else {
		b.WriteString("units:\n" + strings.Join(units, ""))
	}
	if len(groups) > 0 {
		b.WriteString("groups:\n" + strings.Join(groups, ""))
	}
	return b.String()
}

// knownUnit is a known unit as units.yaml writes it, with its aliases and
// contact, and the notice's name for it (noticeName) as one more alias
// where no name or alias of it is written so already.
func knownUnit(k Known, noticeName string) string {
	aliases := k.Aliases
	if noticeName != k.Name && !slices.Contains(k.Aliases, noticeName) {
		aliases = append(slices.Clip(aliases), noticeName)
	}
	s := "  - id: " + yamlfmt.Scalar(k.ID) + "\n" + yamlfmt.Text("name", k.Name, 4)
	if len(aliases) > 0 {
		s += "    aliases:\n"
		for _, a := range aliases {
			s += "      - " + yamlfmt.Scalar(a) + "\n"
		}
	}
	if k.Contact != "" {
		s += yamlfmt.Text("contact", k.Contact, 4)
	}
	return s
}

// newUnit is a unit of units.yaml the notice names and no known one is.
func newUnit(id, name string) string {
	return "  - id: " + yamlfmt.Scalar(id) + "\n" + yamlfmt.Text("name", name, 4)
}

func knownGroup(noticeName string, k Known) string {
	s := yamlfmt.Text("- name", k.Name, 2)
	if noticeName != k.Name {
		s += "    aliases:\n      - " + yamlfmt.Scalar(noticeName) + "\n"
	}
	if len(k.Members) == 0 {
		s += "    members: []\n"
	} else {
		s += "    members:\n"
		for _, m := range k.Members {
			s += "      - " + yamlfmt.Scalar(m) + "\n"
		}
	}
	if k.Rank {
		s += "    rank: true\n"
	}
	return s
}

// unitID is a readable id for a name not taken yet: the initials of its
// pinyin (市委组织部 → swzzb), else the whole pinyin (shiweizuzhibu), else
// the initials numbered (swzzb-2). Letters and digits in the name stay.
func unitID(name string, taken map[string]bool) string {
	initials, whole := spell(name)
	if initials == "" {
		initials, whole = "unit", "unit"
	}
	for _, id := range []string{initials, whole} {
		if !taken[id] && !reservedID(id) {
			return id
		}
	}
	for i := 2; ; i++ {
		if id := initials + "-" + strconv.Itoa(i); !taken[id] {
			return id
		}
	}
}

// spell is a name in pinyin initials and in whole syllables, lower case
// ASCII only.
func spell(name string) (initials, whole string) {
	var ini, all strings.Builder
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			ini.WriteRune(r)
			all.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			ini.WriteRune(r + 'a' - 'A')
			all.WriteRune(r + 'a' - 'A')
		default:
			if p := pinyinOf(r); p != "" {
				ini.WriteByte(p[0])
				all.WriteString(p)
			}
		}
	}
	return ini.String(), all.String()
}

// reservedID is an id Windows cannot use as a file name.
func reservedID(id string) bool {
	switch id {
	case "con", "prn", "aux", "nul":
		return true
	}
	return len(id) == 4 && (strings.HasPrefix(id, "com") || strings.HasPrefix(id, "lpt")) && id[3] >= '0' && id[3] <= '9'
}
