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
	labelRe  = regexp.MustCompile(`(牵头单位|主办单位|责任单位|配合单位|协同责任单位|协办单位)\s*[：:]`)
	jointRe  = regexp.MustCompile(`^(.+?)(会同|牵头会同|联合)(.+)$`)
	suffixRe = regexp.MustCompile(`(分别|共同|具体)?(负责|牵头|配合|参与|落实)$`)
)

// splitOwners reads a responsibility text into owner names and lead units.
// Leads are owners too.
func splitOwners(resp string) (owners, lead []string) {
	resp = strings.TrimSpace(resp)
	if resp == "" {
		return nil, nil
	}
	add := func(list *[]string, names ...string) {
		for _, n := range names {
			if n != "" && !slices.Contains(*list, n) {
				*list = append(*list, n)
			}
		}
	}
	if locs := labelRe.FindAllStringSubmatchIndex(resp, -1); locs != nil {
		for i, loc := range locs {
			label := resp[loc[2]:loc[3]]
			end := len(resp)
			if i+1 < len(locs) {
				end = locs[i+1][0]
			}
			names := names(resp[loc[1]:end])
			if label == "牵头单位" || label == "主办单位" {
				add(&lead, names...)
			}
			add(&owners, names...)
		}
		return owners, lead
	}
	for _, part := range splitTop(resp, "，,；;") {
		part = strings.TrimSpace(part)
		isLead := false
		if m := jointRe.FindStringSubmatch(part); m != nil {
			l := names(m[1])
			add(&lead, l...)
			add(&owners, l...)
			part = m[3]
		} else if strings.HasSuffix(part, "牵头") {
			isLead = true
		}
		ns := names(part)
		if isLead {
			add(&lead, ns...)
		}
		add(&owners, ns...)
	}
	return owners, lead
}

// names splits one run of names at 、 and the like, drops 负责/牵头 wording,
// rejoins places with the organisation after them, and distributes a shared
// prefix to bare organisation words.
func names(s string) []string {
	s = strings.Trim(strings.TrimSpace(s), "。；;，,")
	s = suffixRe.ReplaceAllString(s, "")
	s = strings.TrimPrefix(s, "由")
	parts := splitTop(s, "、，,；;和及")
	var out []string
	for i := 0; i < len(parts); i++ {
		p := suffixRe.ReplaceAllString(strings.TrimSpace(parts[i]), "")
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
	}
	return out
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
