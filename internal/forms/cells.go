package forms

import (
	"time"

	"fmt"
	"math"
	"strings"

	"tally/internal/i18n"
	"tally/internal/model"
	"tally/internal/newreport"
	"tally/internal/render"
	"tally/internal/review"
	"tally/internal/xlsx"
)

// What a form's two sheets hold, cell by cell: their values, styles and
// row heights, laid out once here and written either through excelize
// (write.go) or directly (direct.go). The rest of the workbook (columns,
// merged cells, validations, print layout, protection) does not depend on
// the unit, and only excelize writes it.

// A sheetRow is one row of a sheet: its cells from column A on, and its
// height in points (0: the default).
type sheetRow struct {
	height float64
	cells  []sheetCell
}

// A sheetCell is a cell's style and value.
type sheetCell struct {
	style  int
	kind   cellKind
	text   string
	number int
}

type cellKind uint8

const (
	blank cellKind = iota
	textCell
	numberCell
)

// styled is n blank cells of one style.
func styled(n, style int) []sheetCell {
	cells := make([]sheetCell, n)
	for i := range cells {
		cells[i].style = style
	}
	return cells
}

// formRows are the rows of the form's sheet: the title, the instruction,
// the 报送日期/联系人 line, the header row, then one row per task. The
// submitted date is not among them: excelize writes it (with the date
// style it then adds), and a direct writer leaves such a form to it.
// Every text from the data is made harmless as the brief makes it
// (render.Safe): a control shows as its symbol, a bidirectional override,
// which would reorder what Excel or WPS shows, as U+FFFD.
func formRows(d newreport.Draft, title string, lb labels, st *styles) []sheetRow {
	full := 0.0
	for _, x := range widths {
		full += x
	}
	heading := render.Safe(fmt.Sprintf(lb.titleFmt, title, d.Unit.Name, d.Period.ID, model.FormatDate(d.Period.Due)))
	rows := make([]sheetRow, 0, firstRow-1+len(d.Rows))
	top := sheetRow{height: float64(xlsx.LinesIn(heading, full/1.3))*20 + 6, cells: styled(columns, st.title)}
	top.cells[0].kind, top.cells[0].text = textCell, heading
	// The example date is the period's due date: a date of the form the
	// unit fills in (a fixed one would lie outside most periods).
	helpText := fmt.Sprintf(lb.help, model.FormatDate(d.Period.Due)) + returnNote(d.Returned, d.ResubmitBy, lb, rowID(d))
	help := sheetRow{height: float64(xlsx.LinesIn(helpText, full))*14 + 4, cells: styled(columns, st.help)}
	help.cells[0].kind, help.cells[0].text = textCell, helpText
	// 报送日期 [date]  联系人 [contact across the rest]
	who := render.Safe(d.Contact)
	contact := st.textStyle(st.input, who) // across the merged cells
	labelled := sheetRow{height: 22, cells: []sheetCell{
		{style: st.label, kind: textCell, text: lb.submitted}, {style: st.date},
		{style: st.label, kind: textCell, text: lb.contact}, {style: contact}, {style: contact}, {style: contact},
	}}
	if who != "" {
		labelled.cells[3].kind, labelled.cells[3].text = textCell, who
	}
	header := sheetRow{height: 22, cells: styled(columns, st.head)}
	for c, h := range lb.heads {
		header.cells[c].kind, header.cells[c].text = textCell, h
	}
	rows = append(rows, top, help, labelled, header)
	styles := [columns]int{st.fixed, st.fixedWrap, st.status, st.progress, st.text, st.text, st.text, st.text}
	for _, r := range d.Rows {
		title := r.Task.Title
		if lb.sheet == labelsIn[i18n.Zh].sheet && r.Was != "" {
			title += "\n（" + r.Was + "）"
		}
		status := r.Status
		if s, ok := model.ParseStatus(status); ok {
			status = lb.statuses[s] // the drop-down's own word
		}
		// The task's id as every table, workbook and brief shows it (01,
		// its file's name); collect reads 01 and 1 as one task, and the
		// report it writes names it as report files do.
		values := [columns]string{r.Task.ID, title, status, r.Progress, r.Summary, r.Problems, r.Next, strings.Join(r.Evidence, "、")}
		row := sheetRow{cells: make([]sheetCell, columns)}
		lines := 3 // room to write in
		for c, v := range values {
			v = render.Safe(v)
			row.cells[c].style = st.textStyle(styles[c], v)
			if v == "" {
				continue
			}
			if n, ok := whole(v); ok && c == colProgress {
				row.cells[c].kind, row.cells[c].number = numberCell, n
			} else {
				row.cells[c].kind, row.cells[c].text = textCell, v
			}
			lines = max(lines, xlsx.LinesIn(v, widths[c]))
		}
		row.height = math.Min(409, float64(lines)*xlsx.LineHeight+3)
		rows = append(rows, row)
	}
	return rows
}

// rowID names a task as the rows of d's form do: by its id (01), where
// it is one of them, else in its key.
func rowID(d newreport.Draft) func(string) string {
	return func(task string) string {
		for _, r := range d.Rows {
			if model.TaskKey(r.Task.ID) == model.TaskKey(task) {
				return r.Task.ID
			}
		}
		return model.TaskKey(task)
	}
}

// returnNote tells a unit whose report the office returned (rv; "" for
// nil) why, and that the form comes filled in from the report returned,
// to be put right, dated the day it is sent again (review.ResendFrom or
// later), and sent by the date to send
// it again by (by; zero for none).
//
// A reason's task is named by id as the form's rows name it.
func returnNote(rv *model.Review, by time.Time, lb labels, id func(string) string) string {
	if rv == nil {
		return ""
	}
	var zh, en []string
	for i, rs := range rv.Reasons {
		text := strings.TrimRight(strings.Join(strings.Fields(rs.Text), " "), "。. ")
		if rs.Task != "" {
			zh = append(zh, fmt.Sprintf("（%d）任务%s：%s", i+1, id(rs.Task), text))
			en = append(en, fmt.Sprintf("(%d) task %s: %s", i+1, id(rs.Task), text))
		} else {
			zh = append(zh, fmt.Sprintf("（%d）%s", i+1, text))
			en = append(en, fmt.Sprintf("(%d) %s", i+1, text))
		}
	}
	date := model.FormatDate(rv.Date)
	var byZh, byEn string
	if !by.IsZero() {
		byZh = "请于" + model.FormatDate(by) + "（含当日）前重新报送，逾期为退回逾期未改；"
		byEn = " Send it again by " + model.FormatDate(by) + " (that day included), or it is overdue."
	}
	from := model.FormatDate(review.ResendFrom(rv))
	return lb.pick("\n【已退回】本期报送已于"+date+"退回修改，理由："+strings.Join(zh, "；")+
		"。下表填的是退回的报送，请按理由修改。"+byZh+"报送日期填写重新报送当天的日期（"+from+"或以后），否则仍算退回。",
		"\n[Returned] Your report for this period was returned for changes on "+date+": "+strings.Join(en, "; ")+
			". The table holds the report returned: change it as asked."+byEn+" Date it the day you send it ("+from+" or later), or it stays returned.")
}

// identityRows are the rows of the hidden sheet: the unit, the period and
// the layout version, for collect to recognise the form by.
func identityRows(d newreport.Draft) []sheetRow {
	rows := make([]sheetRow, len(idKeys))
	for i, v := range []string{d.Unit.ID, d.Period.ID, Version, render.Safe(d.Unit.Name)} { // the name as the heading shows it
		rows[i].cells = []sheetCell{{kind: textCell, text: idKeys[i]}, {kind: textCell, text: v}}
	}
	return rows
}
