package notice

// markedPlanTitleRe is a document site's preview of a plan whose page
// opens with the plan's title run on after a space into its preamble
// (生态市建设三年行动计划 为有序推进…,), the site's page marker (1、) before
// it where the reading has not taken it out already. The marker is no
// item and the title stands on a line of its own.
var markedPlanTitleRe = lazyRe(`^(?:1、\s*)?([\p{Han}][^。；;：:，,、\s]{4,40}?(?:实施方案|工作方案|行动方案|方案|行动计划|工作计划|计划|工作要点|任务清单|责任清单))[ \x{3000}]+((?:为|根据|按照|依据)\p{Han}[^。]*[，,].*)$`)

// markedPlanTitle splits such a line: the title, and the rest.
func markedPlanTitle(t string) (title, rest string, ok bool) {
	m := markedPlanTitleRe.FindStringSubmatch(t)
	if m == nil || taskVerbRe.MatchString(m[1]) {
		// 2、制定…五年行动方案 为…: an item whose work is to make a plan,
		// no page's title (probe 19).
		return "", "", false
	}
	return m[1], m[2], true
}

// taskVerbRe is a text opening with the work a task does, as no plan's
// title does: 制定…方案, 编制…计划.
var taskVerbRe = lazyRe(`^(?:制定|编制|出台|研究制定|起草|修订|修改|完善|推进|开展|加强|建立|实施|组织|落实|印发)`)
