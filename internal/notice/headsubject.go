package notice

import (
	"strings"
)

// A heading can open with the bodies whose duties it gives, as a sentence
// of its own, over numbered duties that name no one ((一)区民政局作为主管
// 部门总体负责… / 1.负责起草…; (二)区劳动保障局、区卫生局…等部门根据…做好
// …。具体包括: / 1.负责公布…), or with no item under it ((三)各街道办事处
// 负责…): the heading's bodies are the items' owners, and a heading with
// no item is a task of its own. Either reading is listed, as any division
// of duties by body is.

// headSubjectRe is a heading's opening bodies, apart by 、, an open tail
// (等部门) allowed, and the word after them that gives them the work.
var headSubjectRe = lazyRe(`^((?:[^、，,。；;：:“”《》\s]{2,16}?(?:局|委|办|厅|部|中心|政府|管委会|办事处|公司|院|队|站|馆|所|社|联|会|科|股)、)*[^、，,。；;：:“”《》\s]{2,16}?(?:局|委|办|厅|部|中心|政府|管委会|办事处|公司|院|队|站|馆|所|社|联|会|科|股))(?:等(?:部门|单位))?(?:作为|总体负责|全面负责|具体负责|主要负责|负责|根据|按照|依据|承担|要|做好|继续|切实)`)

// federationRe is a federation named short with its level: 区残联, 县妇联,
// 市侨联, 区工商联.
var federationRe = lazyRe(`^(?:省|市|县|区|州|旗|镇|乡)\p{Han}{1,3}联$`)

// headSubject is the bodies a heading's text opens with (headSubjectRe),
// nil where any of them is no body's name.
func headSubject(t string) []string {
	t = leadItemNumberRe.ReplaceAllString(trimLine(t), "")
	m := headSubjectRe.FindStringSubmatch(t)
	if m == nil {
		return nil
	}
	names := splitTop(m[1], "、")
	for _, p := range names {
		if !endsOrg(p) && !bodyName(p) && !sectionOfficeRe.MatchString(p) && !federationRe.MatchString(p) || oddNameRe.MatchString(p) || generalDeptRe.MatchString(p) && !Collective(p) {
			return nil
		}
	}
	return names
}

// headNameOnly is the bodies a heading names and nothing else, a colon
// closing it ((二)经信委: over 1.负责工业经济运行监测。 2.牵头推广…): a
// division of duties by body whose duties are the numbered items under
// it. nil where any part is no body's name (项目建设:, 营商环境:).
func headNameOnly(t string) []string {
	t = leadItemNumberRe.ReplaceAllString(trimLine(t), "")
	name, ok := strings.CutSuffix(t, "：")
	if !ok {
		name, ok = strings.CutSuffix(t, ":")
	}
	name = strings.TrimSpace(name)
	if !ok || name == "" || strings.ContainsAny(name, "，,。；;：:") {
		return nil
	}
	names := dutyNames(name)
	for _, p := range names {
		if !bodyName(p) && !federationRe.MatchString(p) || oddNameRe.MatchString(p) || generalDeptRe.MatchString(p) && !Collective(p) {
			return nil
		}
	}
	return names
}

// headBodies is the bodies a heading gives the duties of: opening its
// sentence (headSubject) or alone before a colon (headNameOnly).
func headBodies(t string) []string {
	if names := headSubject(t); names != nil {
		return names
	}
	return headNameOnly(t)
}

// helperPieceRe is a bracket or label naming only who helps: (县科技局配合),
// (配合单位:县财政局).
var helperPieceRe = lazyRe(`^(?:(?:配合|协助|协办|参与)(?:单位|部门)?\s*[：:]\s*[^：:]{2,60}|[^：:，,。；;（()）]{2,60}?(?:配合|协助|协办|参与))[。；;]?$`)

// helpersOnly says an item's responsibility pieces name only who helps, so
// that who does the work is still to be read (from its opening or its
// heading).
func helpersOnly(ps []piece) bool {
	for _, p := range ps {
		if !helperPieceRe.MatchString(strings.TrimSpace(p.text)) {
			return false
		}
	}
	return len(ps) > 0
}

// helperText is the helpers' pieces as clauses to follow who does the
// work: ，县科技局配合.
func helperText(ps []piece) string {
	var out string
	for _, p := range ps {
		out += "，" + strings.TrimSpace(p.text)
	}
	return out
}

// otherLabelsOnly says an item's pieces are labels naming its lead or
// its helpers only (林业局:负责森林防火;牵头单位:县应急管理局;配合单位:各乡镇
// 人民政府。): the department whose duty the item opens with answers for
// it too, and is still to be read.
func otherLabelsOnly(ps []piece) bool {
	for _, p := range ps {
		if p.from != FromLabel || !sideLabelRe.MatchString(p.label) {
			return false
		}
	}
	return len(ps) > 0
}

// sideLabelRe is a label of an item's lead or of its helpers.
var sideLabelRe = lazyRe(`^(?:牵头|配合|协办|协助|参与|协同)(?:单位|部门)$`)

// headingSubjects gives the items under such a heading that name no one
// (or only who helps) the heading's bodies as their owners, listed.
func (n *Notice) headingSubjects(lines []Line) {
	titles := map[string]string{}
	for _, s := range n.Sections {
		if headBodies(s.Title) != nil {
			titles[s.ID] = s.Title
		}
	}
	if len(titles) == 0 {
		return
	}
	// The lines whose text, its number taken off, opens as a heading
	// whose bodies are read does.
	var heads []Line
	for _, l := range lines {
		if headBodies(l.Text) != nil {
			heads = append(heads, Line{l.N, leadItemNumberRe.ReplaceAllString(trimLine(l.Text), "")})
		}
	}
	for i := range n.Tasks {
		t := &n.Tasks[i]
		if len(t.Owners) > 0 || titles[t.Section] == "" {
			continue
		}
		helpers := ""
		if helpersOnly(t.raw.resp) && headSubject(titles[t.Section]) == nil {
			// 2.牵头推广…(县科技局配合) under (二)经信委:. (Under a heading
			// saying whose work it is, 一、市财政局负责的工作, the heading
			// leads such an item: headingLeadOver.)
			helpers = helperText(t.raw.resp)
		} else if len(t.raw.resp) > 0 {
			continue
		}
		at := 0
		for _, l := range heads {
			if l.N < t.Line && strings.HasPrefix(l.Text, titles[t.Section]) {
				at = l.N
			}
		}
		if at == 0 {
			continue
		}
		if m := midLabelRe.FindStringSubmatch(t.Title + t.Body); m != nil && helpers == "" {
			// 3.开展农机购置补贴核查(责任单位:区财政局),10月底前完成: the
			// item's own label, inside its text.
			t.raw.resp = []piece{{m[1], t.Line, FromBracket, ""}}
			continue
		}
		names := headBodies(titles[t.Section])
		who := strings.Join(names, "、")
		does := "负责"
		if selfLeadRe.MatchString(t.Title + "。" + t.Body) {
			if len(names) == 1 {
				// 2.牵头推广节能降耗新技术 under (二)经信委: the body leads it.
				does = "牵头负责"
			} else {
				t.review("lead", at, atF(n.At(at), "本项写明牵头，但{at}小节标题写了几个单位（%s），未确定哪个牵头；请核对牵头单位",
					"the item says its body leads, but the section heading at {at} names several (%s): which leads was not decided; check the lead", who))
			}
		}
		// (1.推广水稻机插秧技术,区农技中心配合: the helpers too.)
		t.raw.resp = []piece{{who + does + helpers + laterDoers(t.Title+"。"+t.Body), at, FromHeading, ""}}
		if helpers != "" {
			// (2.牵头推广…(县科技局配合): the item names who helps only.)
			t.review("owners", at, atF(n.At(at), "本项只写了配合单位，责任单位还取自{at}小节标题开头写的“%s”（按单位分工）；请核对",
				"this item names only who helps; its owners also come from the bodies the section heading at {at} opens with (%s, a division of duties by body): check them", who))
			continue
		}
		t.review("owners", at, atF(n.At(at), "本项没有写明责任单位，责任单位取自{at}小节标题开头写的“%s”（按单位分工）；请核对",
			"this item names no owners; they come from the bodies the section heading at {at} opens with (%s, a division of duties by body): check them", who))
	}
}

// midLabelRe is a bracket inside an item's text holding a label of its
// units: (责任单位:区财政局).
var midLabelRe = lazyRe(`[（(]\s*((?:责任单位|牵头单位|责任部门|牵头部门)\s*[：:][^（()）]{2,60})[）)]`)

// subjectHeadingTask makes a task of a numbered heading with no item under
// it that opens with the bodies whose duty it is ((三)各街道办事处负责利用…),
// listed. It says whether it did.
func (w *walker) subjectHeadingTask(h *heading) bool {
	names := headSubject(h.line.Text)
	if names == nil || !strings.ContainsAny(h.line.Text, "，,。") {
		return false
	}
	t := Task{Number: headingNumber(h.line.Text), Section: h.sec.ID, Line: h.line.N, group: h.group, raw: raw{last: h.line.N}}
	if t.group == nil {
		t.group = []int{0, 0}
	}
	t.cut(leadItemNumberRe.ReplaceAllString(trimLine(h.line.Text), ""))
	who := strings.Join(names, "、")
	if len(t.raw.resp) == 0 {
		t.raw.resp = []piece{{who + "负责", h.line.N, FromInline, ""}}
	}
	t.review("owners", h.line.N, atF(w.n.At(h.line.N), "{at}的小节标题下没有分项，开头写的是“%s”的职责（按单位分工），已读作一项任务；请核对",
		"the section heading at {at} has no items under it and opens with the duties of %q (a division of duties by body); read as a task: check it", who))
	w.headingAsTask(h, t)
	return true
}
