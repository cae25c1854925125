package notice

import "strings"

// A middle page of a campaign's division can open with a heading that has
// no item under it, its work one paragraph closing with its labels, while
// the headings after it hold numbered items each with labels of their own:
//
//	(七)市级园林单位(小区)创建
//	完成市“创园”办下达的…任务,…达60%以上。责任单位:各区人民政府、…,完成时间:2009年5月底前。
//	(八)环境绿化、生态防护林及绿化隔离带建设
//	1、完成葛山森林公园规划…。责任单位:…,完成时间:….
//
// The heading with no deeper item is a task (as the conventions read a
// level with no numbering under it), its paragraph the text and its labels
// the responsibility. Before, the paragraph was only listed as not read.

// labelledHeadingTask reads the paragraph at i right under an open heading
// that names no one, where label lines follow the paragraph and the next
// item is another heading (or the text ends): the heading and paragraph are
// one task. It says whether it read them.
func (w *walker) labelledHeadingTask(i int) bool {
	h, j, body := w.headingParagraphs(i)
	if h == nil {
		return false
	}
	k := j
	for ; k < len(w.items) && w.kinds[k] == kResp; k++ {
	}
	if k == j && !leadHeading(h.sec.Title) || k < len(w.items) && w.kinds[k] != kTop && w.kinds[k] != kSub {
		// With no label after it, the paragraph is the heading's task
		// only where the heading names who leads it ((一)省监察厅牵头的工作).
		return false
	}
	w.startTask(h.num, strings.TrimRight(h.sec.Title, "。")+"。"+body, h.line.N)
	w.cur.raw.heading = true
	for x := j; x < k; x++ {
		w.respLine(w.items[x].line)
	}
	w.finish()
	w.skip = k - i - 1
	return true
}

// headingParagraphs is the open heading that names no one right over the
// paragraph at i, where w reads no task: the heading, where its paragraphs
// end (j, the first item after them) and their text; a nil heading where
// there is none such.
func (w *walker) headingParagraphs(i int) (h *heading, j int, body string) {
	h = w.subH
	if h == nil {
		h = w.topH
	}
	if w.cur != nil || h == nil || h.used || h.resp != nil || h.line.N != w.items[i-1].line.N {
		return nil, 0, ""
	}
	var lines []string
	for j = i; j < len(w.items) && w.kinds[j] == kText; j++ {
		lines = append(lines, trimLine(w.items[j].line.Text))
	}
	return h, j, strings.Join(lines, "")
}

// holdersRe is a collective naming the bodies that hold a kind of thing,
// not who they are: 各单位庭园(居住区)所属单位, 各小区所属企业. Whom it
// means an office has to ask (listed, as 各直属单位 is).
var holdersRe = lazyRe(`^各[\p{Han}（）()]{1,16}?(?:所属|下属)(?:单位|企业)$`)

// closingHeadingTask reads a heading with no item under it whose
// paragraphs close with a sentence naming who leads and helps, or who
// answers, with no bracket or label ((一)开展全民阅读活动 / 办好书香节，…。 /
// 市文化广电旅游局牵头，市教育局配合。) as a task, where other sections number
// their items: before, the heading went to the preamble and its work was
// lost in silence. The closing sentence is read as cut reads an item's
// (closingUnits), listed.
func (w *walker) closingHeadingTask(i int) bool {
	h, j, text := w.headingParagraphs(i)
	if h == nil || j < len(w.items) && w.kinds[j] != kTop && w.kinds[j] != kSub {
		return false
	}
	if _, _, _, ok := closingUnits(text); !ok {
		return false
	}
	w.startTask(h.num, strings.TrimRight(h.sec.Title, "。")+"。"+text, h.line.N)
	w.cur.raw.heading = true
	w.cur.raw.last = w.items[j-1].line.N
	w.finish()
	w.skip = j - i - 1
	return true
}
