package check

import (
	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/model"
)

// reviewRules check the office's reviews against the rest: each is filed
// under its unit and period (reviews/PERIOD/UNIT.yaml), both known, for a
// report that exists; the tasks its reasons and extension decisions name
// are tasks the unit owns. Its own fields (result, reasons, the report's
// fingerprint) are the loader's.
func reviewRules(c *ctx) {
	if len(c.repo.Reviews) == 0 {
		return // nothing to look up the reports for
	}
	reports := make(map[string]bool, len(c.repo.Reports))
	for _, r := range c.repo.Reports {
		reports[r.Dir+"/"+r.Base] = true
	}
	for _, rv := range c.repo.Reviews {
		unitKnown := c.repo.Units == nil || c.x.Registry.Unit(rv.Unit) != nil
		switch {
		case rv.Unit != "" && !unitKnown:
			// Most often the unit's id was changed in units.yaml and its
			// reports moved, the office's records not (walk 10).
			c.add(rv.File, rv.At.Of("unit"), diag.UnknownUnit, i18n.F("审核记录的单位“%[1]s”不在 units.yaml 中。单位改了编号的，"+
				"把这份审核记录移到 reviews/%[2]s/新编号.yaml（git mv），其中的 unit 改为新编号，evidence/%[2]s/%[1]s/ 也移到新编号下；"+
				"审核记录记下的是原编号时的报送，移动后显示为待审核，请再审核一次（tally review accept 新编号）",
				"the review's unit %[1]q is not in units.yaml. If the unit's id was changed, move this review to reviews/%[2]s/NEW.yaml (git mv), "+
					"change its unit: to the new id, and move evidence/%[2]s/%[1]s/ under the new id too; the review recorded the report under the old id, "+
					"so once moved it shows as not yet reviewed: review it again (tally review accept NEW)", rv.Unit, rv.Dir))
		case rv.Unit != "" && rv.Unit != rv.Base:
			c.add(rv.File, rv.At.Of("unit"), diag.NameMismatch, i18n.F("unit “%s” 与文件名 %s.yaml 不符：审核记录应为 reviews/%s/%s.yaml",
				"unit %q does not match the file name %s.yaml: the review belongs at reviews/%s/%s.yaml", rv.Unit, rv.Base, rv.Dir, rv.Unit))
		}
		periodKnown := c.repo.Plan == nil || c.x.PeriodIndex(rv.Dir) >= 0
		switch {
		case !periodKnown:
			c.add(rv.File, rv.At.Of("period"), diag.UnknownPeriod, i18n.F("审核记录的期次“%s”不在 plan.yaml 的 periods 中", "the review's period %q is not among plan.yaml's periods", rv.Dir))
		case rv.Period != "" && rv.Period != rv.Dir:
			c.add(rv.File, rv.At.Of("period"), diag.NameMismatch, i18n.F("period “%s” 与所在目录 reviews/%s/ 不符", "period %q does not match its folder reviews/%s/", rv.Period, rv.Dir))
		}
		if unitKnown && periodKnown && rv.Unit == rv.Base && !reports[rv.Dir+"/"+rv.Base] {
			c.add(rv.File, rv.At.Of("report"), diag.ReviewNoReport, i18n.F(
				"没有审核的报送文件 reports/%s/%s.yaml（被删除或改名了？）：恢复报送文件，或删除这份审核记录",
				"the report reviewed, reports/%s/%s.yaml, does not exist (deleted or renamed?): restore it, or delete this review", rv.Dir, rv.Base))
		}
		for _, rs := range rv.Reasons {
			if rs.Task != "" {
				c.reviewTask(rv, rs.Task, rs.At.Of("task"))
			}
		}
		c.keptReturns(rv)
		for _, x := range rv.Extensions {
			c.reviewTask(rv, x.Task, x.At.Of("task"))
			if t := c.x.Task(x.Task); t != nil && x.Granted && !x.To.IsZero() && !x.To.After(t.DueIn(c.repo.Plan)) {
				due := model.FormatDate(t.DueIn(c.repo.Plan))
				c.add(rv.File, x.At.Of("to"), diag.EarlyExtension, i18n.F("任务 %s 的原完成时限是 %s，批准延期后的日期 %s 应晚于它：改正日期，或不批准延期",
					"task %s is due %s already: an extension to %s must be later. Correct the date, or refuse the extension", t.ID, due, model.FormatDate(x.To)))
			}
		}
	}
}

// keptReturns checks the earlier returns a review keeps (returns:), which
// decide the figures of the days before the review (probe 17, D: edited
// by hand, out of order, after the review or with no reason, they were
// used as they stood and check said nothing): each with its reasons,
// naming tasks the unit owns, after the one before it and not after the
// review.
func (c *ctx) keptReturns(rv *model.Review) {
	for i, x := range rv.Returns {
		if len(x.Reasons) == 0 {
			at := x.At.Of("reasons")
			if at.Line == 0 {
				at = x.At.Of("")
			}
			c.add(rv.File, at, diag.NoReason, i18n.F("以前的退回（%s）没有理由：在它的 reasons 下列出那次退回的理由",
				"the earlier return of %s has no reasons: list them under its reasons", model.FormatDate(x.Date)))
		}
		for _, rs := range x.Reasons {
			if rs.Task != "" {
				c.reviewTask(rv, rs.Task, rs.At.Of("task"))
			}
		}
		switch {
		case !rv.Date.IsZero() && x.Date.After(rv.Date):
			c.add(rv.File, x.At.Of("date"), diag.DateOrder, i18n.F("以前的退回日期 %s 晚于这份审核记录的日期 %s：以前的退回应在它之前；核对后改正",
				"the earlier return is dated %s, after this review's date %s: an earlier return comes before it; check and correct it", model.FormatDate(x.Date), model.FormatDate(rv.Date)))
		case i > 0 && x.Date.Before(rv.Returns[i-1].Date):
			c.add(rv.File, x.At.Of("date"), diag.DateOrder, i18n.F("以前的退回按先后排列，%s 排在了 %s 之后；核对后改正",
				"earlier returns are listed oldest first: %s comes after %s; check and correct it", model.FormatDate(x.Date), model.FormatDate(rv.Returns[i-1].Date)))
		}
	}
}

// reviewTask checks a task a review names: one that exists, and that the
// review's unit owns.
func (c *ctx) reviewTask(rv *model.Review, id string, at model.Pos) {
	t := c.x.Task(id)
	switch {
	case len(c.repo.Tasks) > 0 && t == nil:
		c.add(rv.File, at, diag.UnknownTask, i18n.F("任务“%s”不存在；`tally tasks` 可列出全部任务", "there is no task %q; `tally tasks` lists them", id))
	case t != nil && c.repo.Units != nil && c.x.Registry.Unit(rv.Unit) != nil && !c.x.Owns(rv.Unit, id):
		c.add(rv.File, at, diag.NotOwner, i18n.F("单位 %s 不是任务 %s 的责任单位（责任单位：%s）",
			"unit %s is not responsible for task %s (owners: %s)", rv.Unit, t.ID, ownersText(t)))
	}
}
