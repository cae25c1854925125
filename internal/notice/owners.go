package notice

import (
	"regexp"
	"slices"
	"strings"
)

// splitTop splits s at any of seps that is not inside brackets.
func splitTop(s string, seps string) []string {
	var out []string
	depth := 0
	var cur strings.Builder
	for _, r := range s {
		switch {
		case strings.ContainsRune("（(【[《“", r):
			depth++
		case strings.ContainsRune("）)】]》”", r):
			if depth > 0 {
				depth--
			}
		case depth == 0 && strings.ContainsRune(seps, r):
			if t := trimLine(cur.String()); t != "" {
				out = append(out, t)
			}
			cur.Reset()
			continue
		}
		cur.WriteRune(r)
	}
	if t := trimLine(cur.String()); t != "" {
		out = append(out, t)
	}
	return out
}

// orgWords end the names of organisations; a bare one after a full name
// takes the full name's prefix (市县党委组织部、宣传部 → 市县党委宣传部).
var orgWords = []string{"组织部", "宣传部", "统战部", "政法委", "党校", "编办", "纪委", "监委", "党委", "党组", "党工委", "工委",
	"政府", "办公室", "办公厅", "人大", "政协", "法院", "检察院", "委员会", "委", "局", "厅", "办", "部", "院", "会", "中心"}

// localities start a name that stands alone.
var localityRe = regexp.MustCompile(`^(各|全|省|市|县|区|镇|乡|街道|[^\s]{1,6}(省|市|县|区|镇|乡|街道|开发区|新区))`)

// pureLocality is a place with no organisation (各区, 县级市), which belongs
// with the name that follows it.
var pureLocalityRe = regexp.MustCompile(`^(各|全)?[^\s部委局办院会厅校]{0,6}(省|市|县|区|镇|乡|街道)$`)

var (
	labelRe  = regexp.MustCompile(`(牵头单位|主办单位|责任单位|责任部门|配合单位|协同责任单位|协办单位|参与单位|责任领导|牵头领导|分管领导|完成时限|完成时间|时间节点|时间要求)\s*[：:]`)
	jointRe  = regexp.MustCompile(`^(.+?)(会同|牵头会同|联合)(.+)$`)
	suffixRe = regexp.MustCompile(`(按职责分工|按照职责分工|按职责|根据职责|结合职责)?(分别|共同|具体)?(负责|牵头|配合|参与|落实)$`)
)

// respParts is a responsibility text read: units, lead units, persons
// and a time limit.
type respParts struct {
	owners, lead, leaders []string
	due                   string
}

// splitOwners reads a responsibility text into owner names and lead units.
// Leads are owners too.
func splitOwners(resp string) (owners, lead []string) {
	r := splitResp(resp)
	return r.owners, r.lead
}

func addNew(list *[]string, names ...string) {
	for _, n := range names {
		if n != "" && !slices.Contains(*list, n) {
			*list = append(*list, n)
		}
	}
}

// splitResp reads a responsibility text: labelled (牵头单位：…；配合单位：…；
// 责任领导：…；完成时限：…) or plain (市委组织部牵头，市直各单位配合).
func splitResp(resp string) respParts {
	var r respParts
	resp = strings.TrimSpace(resp)
	if resp == "" {
		return r
	}
	if locs := labelRe.FindAllStringSubmatchIndex(resp, -1); locs != nil {
		if pre := strings.Trim(resp[:locs[0][0]], " ；;，,。"); pre != "" {
			r.plain(pre)
		}
		for i, loc := range locs {
			label := resp[loc[2]:loc[3]]
			end := len(resp)
			if i+1 < len(locs) {
				end = locs[i+1][0]
			}
			value := resp[loc[1]:end]
			switch {
			case strings.HasSuffix(label, "领导"):
				addNew(&r.leaders, persons(value)...)
			case strings.HasPrefix(label, "完成") || strings.HasPrefix(label, "时间"):
				if r.due == "" {
					r.due = strings.Trim(value, " ；;，,。")
				}
			default:
				ns, leads := names(value)
				if label == "牵头单位" || label == "主办单位" {
					leads = ns
				}
				addNew(&r.lead, leads...)
				addNew(&r.owners, ns...)
			}
		}
		return r
	}
	r.plain(resp)
	return r
}

// plain reads a responsibility without labels.
func (r *respParts) plain(resp string) {
	for _, part := range splitTop(resp, "，,；;") {
		part = strings.TrimSpace(part)
		isLead := false
		if m := jointRe.FindStringSubmatch(part); m != nil {
			l, _ := names(m[1])
			addNew(&r.lead, l...)
			addNew(&r.owners, l...)
			part = m[3]
		} else if strings.HasSuffix(part, "牵头") {
			isLead = true
		}
		ns, leads := names(part)
		if isLead {
			leads = ns
		}
		addNew(&r.lead, leads...)
		addNew(&r.owners, ns...)
	}
}

// persons splits a list of leaders (张三、李四同志) into names, keeping
// their posts as the notice writes them (副县长张三).
func persons(s string) []string {
	var out []string
	for _, p := range splitTop(strings.Trim(s, " ；;，,。"), "、，,；;") {
		p = strings.TrimSuffix(strings.TrimSuffix(p, "同志"), "等")
		if p = trimLine(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// leadMarkRe is a unit marked as lead inside a list: 县发改局（牵头）.
var leadMarkRe = regexp.MustCompile(`\s*[（(]\s*牵头\s*[）)]$`)

// names splits one run of names at 、 and the like, drops 负责/牵头 wording,
// rejoins places with the organisation after them, and distributes a shared
// prefix to bare organisation words.
func names(s string) (out, leads []string) {
	s = strings.Trim(strings.TrimSpace(s), "。；;，,")
	s = suffixRe.ReplaceAllString(s, "")
	s = strings.TrimPrefix(s, "由")
	var parts []string
	for _, p := range splitTop(s, "、，,；;") {
		parts = append(parts, splitAnd(p)...)
	}
	for i := 0; i < len(parts); i++ {
		p := strings.TrimSpace(parts[i])
		lead := leadMarkRe.MatchString(p)
		p = suffixRe.ReplaceAllString(leadMarkRe.ReplaceAllString(p, ""), "")
		p = strings.TrimSuffix(strings.TrimSuffix(p, "等单位"), "等")
		if p == "" {
			continue
		}
		// 各区、县级市党委组织部: the places belong with what follows.
		for pureLocalityRe.MatchString(p) && i+1 < len(parts) {
			i++
			p += "、" + strings.TrimSpace(parts[i])
		}
		if len(out) > 0 && isBare(p) {
			if prefix := prefixOf(out[0]); prefix != "" {
				p = prefix + p
			}
		}
		out = append(out, p)
		if lead {
			leads = append(leads, p)
		}
	}
	return out, leads
}

// isBare reports whether a name is an organisation word with no place.
func isBare(s string) bool {
	if localityRe.MatchString(s) {
		return false
	}
	for _, w := range orgWords {
		if s == w {
			return true
		}
	}
	return len([]rune(s)) <= 4 && !strings.ContainsAny(s, "（(")
}

// levelRe finds the part of a full name that a bare organisation word
// shares: up to the level's party committee or government (市县党委组织部 →
// 市县党委, 市委组织部 → 市委), else the place (县财政局 → 县).
var (
	levelRe = regexp.MustCompile(`^(.*?(党委|党工委|市委|县委|区委|镇委|人民政府|政府))`)
	placeRe = regexp.MustCompile(`^(各县（市、区）|各县\(市、区\)|各区|市县|省市县|县镇|[省市县区镇乡])`)
)

// prefixOf is what a bare name after full takes from it.
func prefixOf(full string) string {
	if m := levelRe.FindStringSubmatch(full); m != nil && len(m[1]) < len(full) {
		return m[1]
	}
	if m := placeRe.FindStringSubmatch(full); m != nil {
		return m[1]
	}
	return ""
}

// splitAnd splits 市委组织部和市委宣传部 at 和 or 及, where what comes
// before is a whole organisation; 市住房和城乡建设局 and
// 市人力资源和社会保障局 are one name each.
func splitAnd(s string) []string {
	var out []string
	for {
		i := strings.IndexAny(s, "和及")
		for i >= 0 && !endsOrg(s[:i]) {
			next := strings.IndexAny(s[i+len("和"):], "和及")
			if next < 0 {
				i = -1
				break
			}
			i += len("和") + next
		}
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+len("和"):]
	}
}

// endsOrg reports whether s ends with the word of an organisation.
func endsOrg(s string) bool {
	s = strings.TrimRight(s, "）)")
	for _, w := range orgWords {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}
