package notice

import (
	"strconv"
	"strings"

	"tally/internal/i18n"
)

// nextNumberRe is a line opening with an item's or a row's number in
// arabic digits, and what follows it: 4 规模以上…, 4.加快…, 4、…, or 5
// alone (a flattened row's number cell).
var nextNumberRe = lazyRe(`^(\d{1,3})(?:\s*[.．、]\s*|\s+|$)(.*)$`)

// nextNumbers are the runs of lines left unread that go on with the
// numbering of the tasks read: a line opening with the number after the
// task above it (4 under task 3), where the task below it, if any, is not
// numbered 4. A copy that broke a row where no rule expected it (a PDF's
// line break inside a unit's name, 经济和信息化 / 局) leaves the row and the
// rows after it unread after the tasks read before them, and nothing else
// may look like a task in them: the numbering does. Each run goes from the
// first such line to the last line left unread before the next task (at
// most twelve lines past the last number found).
func (n *Notice) nextNumbers(cands []Line, starts map[int]bool) [][2]int {
	if len(n.Tasks) < 2 {
		return nil
	}
	var runs [][2]int // each run's first and last numbered line
	want := 0         // the number the run goes on with, 0 where none is open
	for i, l := range cands {
		above, below := n.tasksAround(l.N)
		if above == nil {
			continue
		}
		if want != 0 && taskBetween(starts, runs[len(runs)-1][1], l.N+1) {
			want = 0
		}
		m := nextNumberRe.FindStringSubmatch(strings.TrimSpace(l.Text))
		if m == nil {
			continue
		}
		v, _ := strconv.Atoi(m[1])
		next := above.Number + 1
		if want != 0 {
			next = want
		}
		if v != next || above.sub != 0 || below != nil && below.Number == v || m[2] != "" && !strings.ContainsFunc(m[2], isHanRune) {
			continue
		}
		if m[2] == "" && (i+1 >= len(cands) || cands[i+1].N-l.N > 2 || !strings.ContainsFunc(cands[i+1].Text, isHanRune)) {
			// A number alone is a row's only where its cells follow.
			continue
		}
		if want == 0 {
			runs = append(runs, [2]int{l.N, l.N})
		}
		runs[len(runs)-1][1], want = l.N, v+1
	}
	for k, r := range runs {
		// The last row's cells and lines: the lines left unread under its
		// number, up to the next task.
		for _, l := range cands {
			if l.N > r[1] && l.N-runs[k][1] <= 12 && !taskBetween(starts, r[1], l.N+1) {
				runs[k][1] = l.N
			}
		}
	}
	return runs
}

// tasksAround are the tasks that start last above a line and first below
// it, nil where there is none.
func (n *Notice) tasksAround(line int) (above, below *Task) {
	for i := range n.Tasks {
		t := &n.Tasks[i]
		switch {
		case t.Line < line && (above == nil || t.Line > above.Line):
			above = t
		case t.Line > line && (below == nil || t.Line < below.Line):
			below = t
		}
	}
	return above, below
}

// nextNumbersWhy is why such a run is listed.
var nextNumbersWhy = i18n.T("有接着已读任务编号往下编号的行", "lines numbered on from the tasks read")
