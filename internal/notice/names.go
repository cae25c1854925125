package notice

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// splitTop splits s at any of seps that is not inside brackets.
func splitTop(s string, seps string) []string {
	var out []string
	depth := 0
	var cur strings.Builder
	for _, r := range s {
		switch {
		case strings.ContainsRune("（(【[《“〔<‹〈", r):
			depth++
		case strings.ContainsRune("）)】]》”〕>›〉", r):
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
	"政府", "党组织", "办公室", "办公厅", "气象台", "电视台", "电台", "天文台", "人大", "政协", "法院", "检察院", "委员会", "委", "局", "厅", "办", "部", "院", "会", "中心", "室", "总社", "合作社", "办事处", "报社", "出版社", "通讯社", "书社", "诗社", "公署"}

// proposalRefRe is a proposal named by its session and number: 市政协十三届
// 二次会议第88号提案.
var proposalRefRe = lazyRe(`^\p{Han}{0,16}第[\d０-９][\d０-９\-－]{0,11}号(?:提案|建议|议案)$`)

// stripSuffix takes the duty words off a name's end (县财政局负责 →
// 县财政局); a CPPCC's office (县政协办) ends in 协办 and keeps it.
func stripSuffix(s string) string {
	if strings.HasSuffix(s, "政协办") {
		return s
	}
	return suffixRe.ReplaceAllString(s, "")
}

// localities start a name that stands alone.
var localityRe = lazyRe(`^(各|全|省|市|县|区|镇|乡|街道|[^\s]{1,6}(省|市|县|区|镇|乡|街道|开发区|新区))`)

// levelOnlyRe is a level of government with no body (各区, 州, 县级市, 各县市,
// 各有关区), which belongs with the name that follows it when that starts
// with a level too: 各有关区、县级市 is one collective.
var (
	levelOnlyRe  = lazyRe(`^(?:各)?(?:有关|相关)?(省|市|州|盟|县|区|旗|乡|镇|特区|县级市|辖市|设区市|市州|县区|县市|市县|区县|自治区|直辖市|自治州|自治县)(?:[（(](?:县|市|区|旗|县级市|县、市|市、县)[）)])?$`)
	levelStartRe = lazyRe(`^(省|市|州|盟|县|区|旗|乡|镇|特区|县级市|自治区|直辖市|自治州|自治县)`)
	// placeTypeRe is a kind of place with no name, after 各…: 各开发区、镇（街道）,
	// 各平台、镇街; placeNextRe one that goes on such a 各… (镇街, short for
	// 镇和街道, opens none: 各镇街、开发区 is two).
	// placeBodyRe is the body of a kind of place with no name: 乡镇人民政府,
	// 街道办事处; 各乡镇人民政府、街道办事处 is one collective.
	placeBodyRe = lazyRe(`^(?:市直|县直|区直)?(镇|乡|乡镇|街道|苏木|开发区|园区|功能区|县[（(]区[）)]|县[（(]市[）)])(人民政府|政府|办事处|管委会)$`)
	placeNextRe = lazyRe(`^(?:镇街|街镇|功能板块|功能区|板块)$`)
	placeTypeRe = lazyRe(`^(镇|乡|乡镇|街道|苏木|开发区|园区|开发园区|平台|县|区|市|州|旗|村|社区|县区|县市|市县|鎮|鄉|鄉鎮|開發區|園區|開發園區|縣|區|社區|縣區|縣市|市縣)([（(][^）)]{1,6}[）)])?$`)
)

// leadMarkRe is a unit marked as lead inside a list: 县发改局（牵头）,
// 县发改局〔牵头〕.
var leadMarkRe = lazyRe(`\s*[（(〔【\[［]\s*牵头\s*[）)〕】\]］]$`)

var (
	// suffixRe is the wording after a name that says what it does.
	// …落实属地管理责任, …履行监管责任: the duty named after the units.
	// …协调推动, …协调推进: bodies that coordinate the work, owners
	// leading nothing (各州、市人民政府负责;省旅游发展委协调推动).
	suffixRe = lazyRe(`(按职责分工|按照职责分工|按职责|根据职责|结合职责|按各自职责|依职责)?(分别|各自|共同|具体|协同|配合|分工)?(负责落实|负责实施|负责组织实施|负责|组织实施|组织落实|落实|抓好落实|承办|实施|配合|参与|参加|协办|指导|业务指导|督导|指导督促|协调推动|协调推进|按职能分工|按照职能|按职能|按职能职责落实|负总责|总负责|(?:落实|履行|承担|压实)(?:属地管理|属地|主体|监管|管理|行业监管)?责任)$`)
	// openTailRe is an open end of a list of names: 等有关部门, 等单位,
	// 等各有关部门和单位, 等无障碍设施所有权人或管理人.
	openTailRe = lazyRe(`等(其他|其它)?各?(省|市|县|区|州|盟|旗|乡|镇|国家|中央)?(级|直|政府|人民政府)?(有关|相关)?(部门|单位|地方|机构|方面|地区)?(和单位|及单位)?$|等各?\p{Han}{2,16}?(所有权人|管理人|所有人|权属人|使用人|经营者|业主)$`)
	// openNameRe is a name that names no one in particular: 各有关单位,
	// 有关部门, 相关地方, 有关直属单位.
	// 全区各责任单位 (every unit answering for the work) names none either,
	// nor 各责任科室 (every section answering for it).
	openNameRe = lazyRe(`^各?(?:有关|相关)成员单位$|^(各|其他|其它)?(有关|相关|其他|其它)(直属|所属|下属|业务)?(部门|单位|地方|机构|方面|地区|县区|镇街|乡镇|街道|社区|村居|村|处室|科室|股室|司局|司[（(]局[）)])|(有关|相关)(直属|所属|下属|主管|行业|行业主管|职能|业务)?(部门|单位|地方|机构|方面)$|^(?:全(?:省|市|区|县|镇|乡))?各责任(?:单位|部门|科室|处室|股室)$|` +
		// 相关盟市, 有关市县: two levels joined, bare (no 各, no 政府 after
		// them), none named in particular, as 相关街道 and 相关县区.
		`^(?:有关|相关)(?:盟市|市县|县市|市州|州市|地市|区县|旗县|县市区|市县区|设区市|设区的市)$|` +
		// 所涉建设单位, 涉及的企业: those the work concerns, none named.
		`^(?:所涉|涉及的?)\p{Han}{0,6}(?:单位|部门|企业|机构)$|` +
		// 各类园区, 各类开发区: kinds of body, none named.
		`^各类\p{Han}{1,8}$|` +
		// 中标企业, 项目业主单位: a party of the work, no body named.
		`^(?:中标|项目|施工|建设|业主|项目业主|参建|实施)?(?:企业|单位)$|^(?:项目)?业主$|` +
		// 按市府办通知另行确定, 待定: units to be named later, none yet.
		`(?:另行|另外|再行)(?:确定|明确|通知|安排|指定)$|^(?:待定|另定|暂定)$|` +
		// 见附件2, 详见附表: the units stand in another document.
		`^(?:按照?|详|具体)?见?附[件表]\s*[\d一二三四五六七八九十]{0,3}\p{Han}{0,8}$`)
)

// directOpenRe is a level's direct units (县直) apart by 、 from an open
// name after them (驻县有关单位).
var directOpenRe = lazyRe(`(^|[、，,；;])\s*((?:省|市|县|区|州|旗|盟)直)\s*、\s*((?:驻\p{Han}{1,2})?(?:有关|相关|其他|其它)\p{Han}{0,4}?(?:单位|部门))`)

// directJoinedRe is such a name joined with its open name: 县直驻县有关单位.
var directJoinedRe = lazyRe(`^((?:省|市|县|区|州|旗|盟)直)((?:驻\p{Han}{1,2})?(?:有关|相关|其他|其它)\p{Han}{0,4}?(?:单位|部门))$`)

// jointWithRe is two bodies joined by 与 or 和 said to act together:
// 后勤资产处与饮食服务中心共同负责, 市文旅局与市商务局联合牵头, 新闻与传播
// 学院与科研处共同负责 (the last 与 joins them).
var jointWithRe = lazyRe(`^(?:由)?([^、，,]{2,30})[与和]([^、，,与和]{2,20}?)(?:共同|联合)(\p{Han}{0,8})$`)

// jointBodies splits such a pair: the two bodies, and the words after
// 共同 or 联合 (负责, 牵头).
func jointBodies(s string) (a, b, tail string, ok bool) {
	m := jointWithRe.FindStringSubmatch(s)
	if m == nil || !bodyLike(m[1]) || !bodyLike(m[2]) {
		return "", "", "", false
	}
	return m[1], m[2], m[3], true
}

// bodyLike says a name ends as a body's does: a bureau, a school, a
// broadcaster, a company or a county bureau's section (市广播电视台, XX
// 监理公司, 社会事务股).
func bodyLike(s string) bool {
	return endsOrg(s) || spacedUnitRe.MatchString(s) || bankRe.MatchString(s) || utf8.RuneCountInString(s) >= 3 && strings.HasSuffix(s, "股")
}

// leadAdverbRe is how units lead together: 分别牵头, 共同牵头, 统筹牵头,
// 具体牵头, 协同牵头, 轮流牵头, 双牵头.
var leadAdverbRe = lazyRe(`(分别|共同|联合|总|统筹|具体|协同|轮流|双)$`)

var (
	// leadTailRe is a lead written with a word after 牵头 other than 负责:
	// 省发展改革委牵头落实, 市教育局牵头推进, or a copy's odd word in its
	// place (省发展改革委牵头卖力).
	leadTailRe = lazyRe(`^(.{2,}?)牵头(\p{Han}{1,4})$`)
	// dutyTailRe is 按职责分工 with a word after it other than 负责:
	// …按职责分工推进, …按职责分工卖力.
	dutyTailRe = lazyRe(`(按职责分工|按照职责分工|按职责|按照职责|按各自职责|根据职责|依职责)(\p{Han}{1,4})$`)
)

// dutyWords are the words that may follow 牵头 or 按职责分工 in place of
// 负责 and say nothing more: a word not among them is read the same way
// and listed for review.
var dutyWords = []string{"负责", "落实", "推进", "实施", "组织实施", "推动", "抓总", "办理", "抓好", "抓好落实", "推动落实", "推进落实", "负责落实", "组织", "协调", "承办", "执行", "分工负责"}

// mannerTailRe is how a body does the work, written after its name and
// before the verb: 县政府统一, 县住建局按照年度计划, 县档案馆根据省级补助资金到位
// 情况, 企业自主, 各单位自行.
var mannerTailRe = lazyRe(`(?:统一|自主|自行|具体|(?:按照|根据|依据|结合)[^、，,。；;]{1,24})$`)

// byHeadRe is what a clause says before the body that does the work, up
// to its 由: 项目由, 经县政府批准后由.
var byHeadRe = lazyRe(`^[^、，,。；;]{0,19}?[^、，,。；;自理缘事经]由`)

// mannerOff is a name without the words of how or when it does the work
// (县住建局按照年度计划 → 县住建局; 经县政府批准后由县文旅局 → 县文旅局),
// where what is left ends as a body does; else the name as it was.
func mannerOff(p string) string {
	q := p
	if m := byHeadRe.FindString(q); m != "" && !strings.HasPrefix(q, "由于") {
		q = q[len(m):]
	}
	q = mannerTailRe.ReplaceAllString(q, "")
	if q != p && q != "" && (endsOrg(q) || smallBodyRe.MatchString(q) || Collective(q) || strings.HasSuffix(q, "企业") || strings.HasSuffix(q, "单位")) {
		return q
	}
	return p
}

// cutDutyTail reads the words after 牵头 or 按职责分工 at the end of a run
// of names: s without them (ending in 牵头 where a lead was written), and
// the word when it is not one of dutyWords.
func cutDutyTail(s string) (rest, odd string) {
	if m := leadTailRe.FindStringSubmatch(s); m != nil && !endsOrg(m[2]) && m[2] != "单位" && m[2] != "部门" && !strings.HasPrefix(m[2], "会同") {
		if !slices.Contains(dutyWords, m[2]) {
			odd = m[2]
		}
		return m[1] + "牵头", odd
	}
	if m := dutyTailRe.FindStringSubmatchIndex(s); m != nil {
		if leadAdverbRe.MatchString(strings.TrimSuffix(s[m[4]:m[5]], "牵头")) && strings.HasSuffix(s, "牵头") {
			// 按照职责分工分别牵头(负责): each of them leads its part.
			return s[:m[0]] + s[m[4]:m[5]], ""
		}
		if w := s[m[4]:m[5]]; !endsOrg(w) && !slices.Contains(dutyWords, w) {
			odd = w
		}
		return s[:m[0]], odd
	}
	return s, ""
}

// named is a run of names read: the names, those marked as leads, and the
// open tails left out of them (kept as text and listed for review).
type named struct {
	names, leads, open []string
	runOn              []string // names run together, split apart (区商务局区教育局)
	odd                []string // a word read as 负责 that is not one (牵头卖力)
	shared             []string // places that share the body's name after them (赣州、龙南经济技术开发区管委会)
	tails              []string // fields that share the association's word after them (书法、美术协会)
	joined             []string // collectives joined with a body of one level's own (各县(区)政府、市直园区管委会)
}

// names splits one run of names at 、 and the like, drops 负责/牵头 wording,
// rejoins places with the organisation after them, and distributes a shared
// prefix to bare organisation words.
func names(s string) (out, leads []string) {
	r := readNames(s)
	return r.names, r.leads
}

func readNames(s string) named {
	var r named
	s = strings.Trim(strings.TrimSpace(s), "。；;，,")
	if a, b, tail, ok := jointBodies(s); ok {
		// 后勤资产处与饮食服务中心共同负责, 市文旅局与市商务局联合牵头:
		// two bodies acting together, each a body of its own.
		s = a + "、" + b + tail
	}
	s = stripSuffix(s)
	s = strings.TrimPrefix(s, "由")
	if rest, odd := cutDutyTail(s); rest != s {
		s = stripSuffix(rest)
		if odd != "" {
			r.odd = append(r.odd, odd)
		}
	}
	// 市发展改革委、市人力资源社会保障局牵头: every unit of the run leads.
	s = leadRuns(s)
	allLead := false
	// 市人力社保局、市农业农村局分别牵头: each of them leads its part.
	if q, ok := strings.CutSuffix(s, "牵头"); ok && strings.ContainsAny(q, "、，,") {
		s, allLead = stripSuffix(leadAdverbRe.ReplaceAllString(q, "")), true
	}
	// A、B等和各省级人民政府: the open tail ends the first list, not the names.
	s = strings.NewReplacer("等和", "等、", "等及", "等、", "等以及", "等、").Replace(s)
	// 各乡镇人民政府以及县交通运输局, 县市场监管局 以及 县教体局: 以及 joins
	// two names as 及 does.
	s = andAlsoRe.ReplaceAllString(s, "及")
	// A、B等部门和各镇街: so too after 等部门 / 等单位.
	s = openAnd(s)
	// 中国残联及各省、自治区、直辖市人民政府…: a body, then 及 and a
	// collective of levels apart by 、: the collective is a name of its
	// own, not the tail of the body's.
	s = andLevelsRe.ReplaceAllString(s, "${1}、${2}")
	// 县直、驻县有关单位: a level's direct units before an open name, one
	// open name with it.
	s = directOpenRe.ReplaceAllString(s, "${1}${2}${3}")
	var parts []string
	for _, p := range splitTop(s, "、，,；;") {
		var withs []string
		ands := splitAnd(p)
		if last := len(ands) - 1; last > 0 && strings.HasSuffix(ands[last], "牵头") {
			// 县消防救援大队和各乡镇牵头: both lead.
			for k := range ands[:last] {
				if !strings.HasSuffix(ands[k], "牵头") {
					ands[k] += "牵头"
				}
			}
		}
		for _, a := range ands {
			two := splitWith(a)
			if len(two) == 1 {
				two = splitJoint(a) // 市城管局联合市自然资源局
			}
			if len(two) == 2 && strings.HasSuffix(a, "牵头") && !strings.HasSuffix(two[0], "牵头") {
				// 由市城规局与11个县区政府牵头: both lead.
				two[0] += "牵头"
			}
			withs = append(withs, two...)
		}
		for _, q := range splitSpaced(withs) {
			if two := collectiveAnd(q); two != nil {
				// 各区县及园区: listed as names run together are.
				r.runOn = append(r.runOn, q)
				parts = append(parts, two...)
				continue
			}
			apart := splitRunOn(q)
			if len(apart) > 1 {
				r.runOn = append(r.runOn, q)
			}
			parts = append(parts, apart...)
		}
	}
	afterOpen := false // the name before was an open one (市直有关部门)
	for i := 0; i < len(parts); i++ {
		p := workByNames(strings.TrimSpace(parts[i]))
		lead := leadMarkRe.MatchString(p)
		p = stripSuffix(leadMarkRe.ReplaceAllString(p, ""))
		p = mannerOff(p)
		if rest, odd := cutDutyTail(p); rest != p {
			p = stripSuffix(rest)
			if odd != "" {
				r.odd = append(r.odd, odd)
			}
		}
		if q, ok := strings.CutSuffix(p, "主办"); ok && endsOrg(q) {
			// 局防控办主办、各工作组协办: the host leads, as 主办单位 does.
			p, lead = q, true
		}
		if q, ok := strings.CutSuffix(p, "牵头"); ok {
			p, lead = stripSuffix(leadAdverbRe.ReplaceAllString(strings.TrimPrefix(q, "由"), "")), true
		}
		if serialNumberRe.MatchString(p) || proposalRefRe.MatchString(p) {
			continue // (第67号,市交通运输局主办): the proposal's number, no unit
		}
		if m := roleHeadRe.FindStringSubmatch(p); m != nil {
			// 包片单位县气象局: the unit's role in the work, then the unit.
			p = m[1]
		}
		if m := openTailRe.FindString(p); m != "" {
			r.open = append(r.open, m)
			p = strings.TrimSuffix(p, m)
		}
		if p == "" {
			continue
		}
		if run, n, ok := openLevels(parts, i); ok && !lead {
			// 有关州、市人民政府: which governments is left open.
			r.open = append(r.open, run)
			i += n
			continue
		}
		if openNameRe.MatchString(p) || afterOpen && bareKindRe.MatchString(p) {
			// 市直有关部门、单位: the bare kind after an open name is
			// open too (有关单位), no unit named 单位.
			r.open = append(r.open, p)
			afterOpen = true
			continue
		}
		afterOpen = false
		// 各区、县级市党委组织部, 各市、州、县人民政府: levels listed before
		// the body they share are one collective name.
		for last := p; i+1 < len(parts); {
			next := strings.TrimSpace(parts[i+1])
			bareNext := bracketRunRoleRe.ReplaceAllString(strings.TrimSuffix(strings.TrimSuffix(next, "負責"), "牽頭"), "")
			if !(levelOnlyRe.MatchString(last) && levelStartRe.MatchString(next) && !higherLevel(next, last)) && !(strings.HasPrefix(p, "各") && placeTypeRe.MatchString(strings.TrimPrefix(p, "各")) && (placeTypeRe.MatchString(bareNext) || placeNextRe.MatchString(bareNext))) &&
				!(strings.HasPrefix(p, "各") && placeBodyRe.MatchString(strings.TrimPrefix(last, "各")) && placeBodyRe.MatchString(next)) &&
				!(strings.HasPrefix(p, "各") && officeKindRe.MatchString(strings.TrimPrefix(last, "各")) && officeKindRe.MatchString(next)) &&
				!countedKinds(p, next) {
				break
			}
			i++
			last = next
			p += "、" + last
			if directLevelRe.MatchString(next) {
				// 各县(区)政府、市直园区管委会: one collective, as the
				// corpus reads it, or a collective and one level's body;
				// listed.
				r.joined = append(r.joined, p)
			}
		}
		if strings.Contains(p, "、") && openNameRe.MatchString(p) {
			// 各省、自治区、直辖市人民政府有关主管部门: the levels' bodies
			// of the work, none named in particular.
			r.open = append(r.open, p)
			continue
		}
		if i+1 < len(parts) && !lead {
			if q, run, ok := sharedEndingRun(p, parts[i+1:]); ok {
				if !slices.ContainsFunc(r.shared, func(s string) bool { return strings.HasSuffix(s, run) }) {
					r.shared = append(r.shared, run) // listed once, at the first place
				}
				p = q
			} else if q, text, ok := sharedDept(p, parts[i+1:]); ok {
				// 海东市、兰州市、临夏州发展改革部门: each city's department.
				if !slices.ContainsFunc(r.shared, func(s string) bool { return strings.HasSuffix(s, text) }) {
					r.shared = append(r.shared, text) // listed once, at the first place
				}
				p = q
			} else if q, ok := sharedTail(p, strings.TrimSpace(parts[i+1])); ok {
				// 书法、美术协会: the calligraphers' association too.
				r.tails = append(r.tails, p+"、"+strings.TrimSpace(parts[i+1]))
				p = q
			} else if q, run, ok := zoneCommittee(p, parts[i+1:]); ok {
				// 金华开发区、金义都市新区、…经济区管委会: each zone's committee.
				if !slices.ContainsFunc(r.shared, func(s string) bool { return strings.HasSuffix(s, run) }) {
					r.shared = append(r.shared, run)
				}
				p = q
			}
		}
		if len(r.names) > 0 && govBodyRe.MatchString(p) {
			// 镇党委、政府; 街道党工委、办事处: the place's government, the
			// party committee's place written once.
			if m := partyOfPlaceRe.FindStringSubmatch(r.names[len(r.names)-1]); m != nil {
				p = m[1] + m[2] + p
			}
		}
		if len(r.names) > 0 && isBare(p) {
			if prefix := prefixOf(r.names[0]); prefix != "" && !(strings.HasSuffix(prefix, "政府") && deptOfPlaceRe.MatchString(p)) &&
				!(partyPrefixRe.MatchString(prefix) && !partyBodyRe.MatchString(p)) {
				// (县委宣传部、文旅局、融媒体中心: the party committee's
				// prefix is no government department's; 文旅局 keeps its
				// wording, as 县委组织部、宣传部 gives 县委宣传部.)
				// (省政府办公厅、财政厅: the province's department is no
				// part of its government's office; it keeps its wording.)
				p = prefix + p
			}
		} else if len(r.names) > 0 && bodyKindRe.MatchString(p) {
			// 市政府各部门、各直属单位: the body written once before the
			// first 各 is the second collective's too (市政府各直属单位).
			p = collectivePrefix(r.names[len(r.names)-1]) + p
		}
		r.names = append(r.names, p)
		if lead || allLead {
			r.leads = append(r.leads, p)
		}
	}
	for k, o := range r.open {
		r.open[k] = directJoinedRe.ReplaceAllString(o, "${1}、${2}") // (as the notice writes it)
	}
	return r
}

// roleHeadRe is a unit named after its role in the work and where it
// does it: 包片单位县气象局, 陈家坝沿线包片单位县职教中心. The unit is the name
// after 单位, opening with its level.
var roleHeadRe = lazyRe(`^\p{Han}{0,12}?单位((?:省|市|县|区|州|镇|乡)\p{Han}{2,})$`)

// bareKindRe is a kind of body named alone: 单位, 部门.
var bareKindRe = lazyRe(`^(?:单位|部门|机构|企业|地方)$`)

// isBare reports whether a name is an organisation word with no place of
// its own (宣传部, 党校, 住建局), to take the place of the name before it.
// A name of its own level never is: 海关总署, 财政部, 国家发展改革委.
func isBare(s string) bool {
	if localityRe.MatchString(s) || nationalRe.MatchString(s) || personShaped(s) || personLikeName(s) {
		return false
	}
	for _, w := range orgWords {
		if s == w {
			return true
		}
	}
	return len([]rune(s)) <= 4 && !strings.ContainsAny(s, "（(")
}

// collectiveOwnerRe is a collective written after the body whose units it
// names: 市政府各部门, 国务院各部门, 省委各部门.
var collectiveOwnerRe = lazyRe(`^(\p{Han}{0,8}?(?:人民政府|政府|国务院|党委|省委|市委|县委|区委))各`)

// bodyKindRe is a collective of the bodies under another, naming no place
// or level of its own: 各直属单位, 各直属机构 (not 各县区政府, and not 各单位,
// which may mean any unit).
var bodyKindRe = lazyRe(`^各(?:直属|所属|下属)(?:部门|单位|机构)$`)

// collectivePrefix is the body a collective like 市政府各部门 names before
// its 各, which a 各… written after it shares; "" for any other name.
func collectivePrefix(prev string) string {
	if m := collectiveOwnerRe.FindStringSubmatch(prev); m != nil {
		return m[1]
	}
	return ""
}

// nationalRe is a body of national or provincial level, whole by itself:
// 海关总署, 市场监管总局, 国家税务总局, 人民银行, 财政部.
var nationalRe = lazyRe(`^(国家|国务院|中央|全国|中国)|(总局|总署|总社|银行)$`)

// levelRe finds the part of a full name that a bare organisation word
// shares: up to the level's party committee or government (市县党委组织部 →
// 市县党委, 市委组织部 → 市委), else the place (县财政局 → 县).
var (
	levelRe = lazyRe(`^(.*?(党委|党工委|省委|市委|州委|县委|区委|旗委|镇委|人民政府|政府))`)
)

// deptOfPlaceRe is a department of a place's government, named after the
// place and never after the government (财政厅, 地税局, 发展改革委).
var deptOfPlaceRe = lazyRe(`(?:厅|局|委)$`)

// prefixOf is what a bare name after full takes from it: only a place
// that is one (市场监管总局 starts with no 市).
func prefixOf(full string) string {
	if nationalRe.MatchString(full) || strings.HasPrefix(full, "市场") || strings.HasPrefix(full, "区域") {
		return ""
	}
	if m := levelRe.FindStringSubmatch(full); m != nil && len(m[1]) < len(full) {
		return m[1]
	}
	// A place alone (县财政局、住建局) is not distributed: a name written
	// without the place its neighbours carry keeps its wording.
	return ""
}

// levelRank ranks the levels a name opens with: 省 over 市, 州 and 盟,
// over 县, 区, 旗 and 县级市, over 乡 and 镇; 0 for none.
func levelRank(s string) int {
	s = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(s, "各"), "有关"), "相关")
	switch {
	case strings.HasPrefix(s, "县级市"):
		return 2
	case strings.HasPrefix(s, "省") || strings.HasPrefix(s, "自治区") || strings.HasPrefix(s, "直辖市"):
		return 4
	case strings.HasPrefix(s, "市") || strings.HasPrefix(s, "州") || strings.HasPrefix(s, "盟") || strings.HasPrefix(s, "自治州"):
		return 3
	case strings.HasPrefix(s, "县") || strings.HasPrefix(s, "区") || strings.HasPrefix(s, "旗") || strings.HasPrefix(s, "自治县") || strings.HasPrefix(s, "特区"):
		return 2
	case strings.HasPrefix(s, "乡") || strings.HasPrefix(s, "镇"):
		return 1
	}
	return 0
}

// higherLevel says next opens with a level above the one last ends its
// list with: 各区、市财政局 and 各县区、市直各部门 are a collective and the
// city's body, not levels sharing one body (各市、州、县人民政府).
func higherLevel(next, last string) bool {
	l := strings.TrimPrefix(last, "各")
	r := levelRank(l[strings.LastIndexAny(l, "、")+1:])
	if l == "县区" || l == "区县" || l == "县市" || l == "市县" {
		r = 2 // 县区, 县市: the lower of the two
	}
	return r > 0 && levelRank(next) > r && directBodyRe.MatchString(next)
}

// directBodyRe opens the bodies of a level itself, no level beside those
// listed before it: 市直各部门, 省直有关单位, 市级部门 (各县、市统计局 is each
// county's and county-level city's bureau, one collective).
var directBodyRe = lazyRe(`^(?:省|市|州|盟)(?:直|级)`)

// levelsBodyRe is a level and the kind of body the levels before it
// share: 市政府 in 各区、市政府 (county-level cities beside districts).
var levelsBodyRe = lazyRe(`^(?:市|州|盟|县级市)(?:人民政府|政府|党委|委)$`)

// splitAnd splits 市委组织部和市委宣传部 at 和 or 及, where what comes
// before is a whole organisation or an open name (市级各有关部门及各县市区
// 政府); 市住房和城乡建设局 and 市人力资源和社会保障局 are one name each.
func splitAnd(s string) []string {
	var out []string
	for {
		i := strings.IndexAny(s, "和及")
		for i >= 0 && !endsOrg(s[:i]) && !(strings.HasSuffix(s[:i], "馆") && bodyName(s[i+len("和"):])) && !placeAndOpen(s[:i], s[i+len("和"):]) && !companyAnd(s[:i], s[i+len("和"):]) && !kindAndEach(s[:i], s[i+len("和"):]) && !levelBodiesAnd(s[:i], s[i+len("和"):]) && !(openNameRe.MatchString(s[:i]) && len([]rune(s[i+len("和"):])) > 2 && (endsOrg(s[i+len("和"):]) || Collective(s[i+len("和"):]))) {
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

// companyAnd is a company before 和 or 及 and a body, a collective or a
// firm after it: 物业公司和各学院, 县城投公司及县住建局, 华润燃气有限公司及县
// 城投集团.
func companyAnd(before, after string) bool {
	return strings.HasSuffix(before, "公司") && utf8.RuneCountInString(before) > 3 && (Collective(after) || endsOrg(stripSuffix(after)) || firmNameRe.MatchString(stripSuffix(after)))
}

// andAlsoRe is 以及 between two names, spaces about it or none.
var andAlsoRe = lazyRe(`[ \x{3000}]*以及[ \x{3000}]*`)

// levelBodiesAnd is two bodies each named with its level, a small one's
// ending (所, 站, 队, 中心) or a whole organisation's, before and after 和
// or 及: 县市政园林所和县环境卫生所 (市住房和城乡建设局 has no body before 和).
func levelBodiesAnd(before, after string) bool {
	return levelOpenRe.MatchString(before) && levelOpenRe.MatchString(after) && bodyName(before) && bodyName(after)
}

// levelOpenRe opens a body's name with its level.
var levelOpenRe = lazyRe(`^(?:省|市|县|区|州|盟|旗|镇|乡)\p{Han}{2}`)

// kindAndEach is a kind of bodies, or a body named with its level, before
// 和 or 及 and every one of a kind after it: 社会组织和各社区, 行业协会及各
// 企业, 县消防救援大队和各乡镇.
func kindAndEach(before, after string) bool {
	return strings.HasPrefix(after, "各") && Collective(after) && (kindOfBodiesRe.MatchString(before) || bodyName(before) && levelNameRe.MatchString(before))
}

// kindOfBodiesRe is a kind of bodies named with no level: 社会组织, 行业协会.
var kindOfBodiesRe = lazyRe(`^\p{Han}{0,4}(?:组织|协会|商会|团体|企业|机构)$`)

// openAndRe is an open tail (等部门, 等有关单位) and the word joining the
// names after it to the list: 金融监管局等部门和各镇街.
var openAndRe = lazyRe(`(等(?:有关|相关|其他)?(?:部门|单位))(?:以及|和|及|与)`)

// openAnd ends the list at such a tail where a body or a collective is
// named after it (…等部门和各镇街: 各镇街 is an owner); where no body is
// (…等单位和个人, …等部门和各级河长) the tail goes on, open.
// andLevelsRe is a body's name, then 及, 以及 or 和 and a collective of
// levels listed apart by 、 (各省、自治区、直辖市, 各市、县(区)).
var andLevelsRe = lazyRe(`(\p{Han}(?:局|委|办|部|署|会|联|院|厅|室|中心|总局|政府))(?:以及|及|和)(各(?:省|市|州|盟|县|区)、)`)

func openAnd(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range openAndRe.FindAllStringSubmatchIndex(s, -1) {
		next := s[m[1]:]
		if k := strings.IndexAny(next, "、，,；;"); k >= 0 {
			next = next[:k]
		}
		if next = stripSuffix(next); !Collective(next) && !endsOrg(next) || strings.HasSuffix(next, "长") || strings.HasSuffix(next, "人") {
			continue
		}
		b.WriteString(s[last:m[3]])
		b.WriteString("、")
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// splitRunOn splits names run together where a line break or a 、 was
// lost: 区商务局区教育局 is 区商务局 and 区教育局, each a whole organisation
// of the same level. A party committee or government before another body
// (区委区政府督查室, 市政府办公室) names one office, and stays.
func splitRunOn(s string) []string {
	r := []rune(s)
	if len(r) > maxNameRunes {
		return []string{s} // a sentence, not names
	}
	for i := 3; i+3 <= len(r); i++ {
		a, b := string(r[:i]), string(r[i:])
		if r[i] == r[0] && strings.ContainsRune("省市县区镇乡旗", r[0]) && endsOrg(a) && (endsOrg(b) || bodyEndRe.MatchString(b)) && !jointHeadRe.MatchString(a) {
			return append([]string{a}, splitRunOn(b)...)
		}
		if len(r) <= 12 && (r[i-1] == '所' || r[i-1] == '站') && stationRe.MatchString(b) && !strings.ContainsRune("省市县区镇乡旗", r[0]) && r[i] != '在' {
			// (学生所在学院, 户籍所在地派出所: 所在 says where, no station.)
			// 派出所工商质监所: a township's stations, written with no level
			// before them, run together.
			return append([]string{a}, splitRunOn(b)...)
		}
	}
	return []string{s}
}

// stationRe is the name of a township's station or office written with no
// level before it: 工商质监所, 安监站, 交警中队, 卫生院.
var stationRe = lazyRe(`^\p{Han}{2,}(所|站|队|院|办)$`)

// splitSpaced splits names a table cell lists apart by spaces (安监站 安监所,
// 超限站 公路站 交警六中队): where every piece between the spaces ends as
// a unit's name does, each is a name. A name with a space inside it (县发展
// 和改革局) has a piece that ends no unit, and stays whole.
func splitSpaced(parts []string) []string {
	var out []string
	for _, p := range parts {
		// 教育局 联合 卫健委 市场监管局: the word joining them is no name.
		f := slices.DeleteFunc(strings.Fields(p), func(w string) bool { return slices.Contains(joinWords, w) })
		whole := len(f) < 2
		for _, w := range f {
			if n := utf8.RuneCountInString(w); n < 2 || n > 15 || !spacedUnitRe.MatchString(w) {
				whole = true
				break
			}
		}
		if whole {
			out = append(out, p)
		} else {
			out = append(out, f...)
		}
	}
	return out
}

// joinWords join the names of a list apart by spaces: 联合, 会同, 和, 及, 与.
var joinWords = []string{"联合", "会同", "和", "及", "与"}

// spacedUnitRe ends the name of a unit in a list apart by spaces: a
// bureau, an office, a township's station (站, 所), a police squad (队), a
// broadcaster (市广播电视台), or a place that answers for its own part (王庄
// 村, 城关镇, 高新区).
var spacedUnitRe = lazyRe(`^\p{Han}[\p{Han}（）()]*(站|所|队|院|局|办|委|中心|室|部|厅|会|社|公司|集团|馆|政府|办事处|管委会|电视台|电台|协|联|村|镇|街道|社区|区)$`)

// maxNameRunes bounds the names searched for others run onto them: two
// or three real names run together are far shorter.
const maxNameRunes = 60

// jointHeadRe ends a name that heads a joint office: 区委, 市政府, 县人民政府.
var jointHeadRe = lazyRe(`(委|党委|政府|人民政府)$`)

// endsOrg reports whether s ends with the word of an organisation.
func endsOrg(s string) bool {
	s = strings.TrimRight(s, "）)")
	for _, w := range orgWords {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return deptSectionRe.MatchString(s) && (!notSectionRe.MatchString(s) || generalSectionRe.MatchString(s) || assetSectionRe.MatchString(s)) && !countPlaceRe.MatchString(s)
}

// deptSectionRe is a department's section (处室) or a bureau's (科室): 工资处,
// 就业处, 人事教育处, 财务审计科.
var deptSectionRe = lazyRe(`^\p{Han}{2,8}[处科]$`)

// notSectionRe ends words that end as a section does and name none: 好处,
// 之处, 到处, 落到实处, 拐弯处, 门口处 (a place), 本科, 学科, 照本宣科, and a
// hospital's specialties (妇科, 骨伤科, 耳鼻喉科, 全科).
var notSectionRe = lazyRe(`(?:好|之|到|此|各|深|住|出|难|用|益|短|长|去|相|共|妥善|恰当|不足|不妥|薄弱|实|弯|口|合|交|汇|接|角|头|边|旁|本|学|专|预|理|工|文|外|内|牙|儿|妇|伤|喉|眼|肤|全|宣|产|麻|急|肛|肾|心|脑|胸|神|骨)[处科]$`)

// assetSectionRe is a section of assets (后勤资产处, 国有资产管理科), which
// ends as 产科 (obstetrics) does.
var assetSectionRe = lazyRe(`(?:资产|财产)(?:管理)?[处科]$`)

// generalSectionRe is a bureau's general section (综合科, 综合处, 综合
// 业务科), which ends as 结合处 does.
var generalSectionRe = lazyRe(`^\p{Han}{0,4}综合\p{Han}{0,2}[处科]$`)

// countPlaceRe is a count of places: 两处, 十余处, 共三处, 共计5处 (not a
// section whose name holds 计 or 数: 审计处, 统计科).
var countPlaceRe = lazyRe(`(?:[一二三四五六七八九十两百千几余多数\d]|共计?)[处科]$`)

// partyPrefixRe ends a party committee's prefix: 县委, 市委, 区委党工委,
// 党委.
var partyPrefixRe = lazyRe(`(?:委|党委|党工委|党组)$`)

// partyBodyRe is a body of a party committee written bare after it:
// 宣传部, 政法委, 党校, 编办, 网信办, 老干部局.
var partyBodyRe = lazyRe(`^(?:组织部|宣传部|统战部|政法委|党校|编办|机构编制委员会办公室|纪委|监委|纪委监委|网信办|老干部局|老干局|巡察办|党史研究室|党史办|政研室|政策研究室|农办|农村工作领导小组办公室|直属机关工委|机关工委|办公室|改革办|深改办|国安办|保密办|督查室|610办|台办|外办|编委办|学校部|农村部|城市部|少年部|权益部|青年发展部|社会联络部|统战联络部)$`)

// directLevelRe opens a body of one level's own (市直园区管委会), which a
// collective may be joined with: 各县(区)政府、市直园区管委会.
var directLevelRe = lazyRe(`^(?:市直|县直|区直)`)

// govBodyRe is a place's government or office written bare after its
// party committee: 政府, 人民政府, 办事处, 管委会.
var govBodyRe = lazyRe(`^(?:人民政府|政府|办事处|管委会)$`)

// officeKindRe is a kind of a body's own offices or units, as 各 names them
// all: 各科室、单位 and 各处室、单位 are one collective, the bureau's offices
// and its units.
var officeKindRe = lazyRe(`^(?:科室|处室|股室|部门|单位|站所|直属单位|下属单位|所属单位|二级单位)$`)

// partyOfPlaceRe is a place's party committee, the place before it: 镇党委,
// 街道党工委, 县委.
var partyOfPlaceRe = lazyRe(`^(?:(\p{Han}{1,8}?)(?:党委|党工委)|(\p{Han}{0,6}[省市县区])委)$`)
