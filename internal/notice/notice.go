// Package notice reads an official notice that issues a key-task list
// (a .txt in UTF-8 or GB18030, or a .docx) and finds its header, preamble,
// sections and tasks, each task's responsible units and dates, and where
// each of them came from.
//
// The import is a pipeline of small stages, each in its own file:
//
//	script.go            a notice in traditional characters, read as simplified
//	enclosed.go          an item numbered ㈠ to ㈩, ⑴ or ⒈, read as （一）, (1) or 1.
//	lines.go, header.go  the text as numbered lines; the header and the tail
//	labelsemicolon.go    a bracket's label closed by a semicolon: (责任单位;X)
//	wrap.go              lines a copy out of a PDF broke inside a sentence, joined
//	gluedindex.go        an index whose labels lost their colons (发文字号长上…号)
//	chrome.go            a web page's furniture above the header, its index table,
//	                     a mirror's pinyin readings after characters
//	siteparts.go         a site's menu, cell mark, run-on signature, lifted heading
//	portalbar.go         a portal's top bar, a gazette's head, a title naming no document
//	repost.go            a page's date widget, a repost's heading, an index's issue number
//	marks.go             a copy's @@ marks inside words
//	named.go             the document an untitled news lead says a body issued
//	table_title.go       a table's own title over its header, where no title was read
//	reported.go          the document a news post's lead names; a table's own title
//	blocks.go, table.go  each line's kind, the hierarchy, tables of any drawing
//	table_header.go      a table's header: which column holds what
//	columnword.go        a cell closing with its column's word (县政府主办 under 主办单位)
//	table_rows.go        a bare flattened table's rows fitted to its columns
//	table_grouped.go     a bare table of the work and its requirements (工作任务 |
//	                     具体要求 | 责任股室), the work's cell merged over them
//	table_joined.go      tables a preview ran together in one line
//	previewtable.go      a preview's letter, signature, date, table title, header
//	                     and unnumbered rows on one line, parted; a document
//	                     site's card (ID:, 大小:, 页数:) over it
//	table_paired.go      a header cell naming two unit columns, cells labelled by column
//	table_schedule.go    a column of stages standing for a missing time-limit column
//	leaderstable.go      a table naming leaders and no unit (计划时间 | 内容 |
//	                     牵头领导): a merged first cell left empty, two items
//	                     in one cell; hanmonth.go: a month in Chinese numerals
//	table_pages.go       a PDF's page number between a flattened table's cells
//	items.go             tasks: the walker over lines (numbers, headings, labels)
//	itemcut.go           an item's text cut into title, body and the
//	                     responsibility in its brackets
//	itemrows.go          the walker's table rows, a table run together on one
//	                     line, a two-row header
//	itemtitle.go         the list's title from the lines before its first item
//	items_passes.go      what is no task taken out, sub-items split, ids given
//	closing.go           a closing sentence naming who leads (此项目X牵头,Y配合),
//	                     or with no words pointing back (…。X牵头，Y配合。 / X负责。);
//	                     closinghost.go: who hosts (此项工作由X主办,Y协办)
//	resp.go              owners, lead, leaders and due, each with its source
//	resp_due.go          due dates and milestones from time limits and the text;
//	                     spanlimit.go: a time limit that is a span (9月—12月)
//	resp_latest.go       the latest of several dates, or the one date, of an item's text
//	eventday.go          an event's day with no year (活动时间:2月6日) where the
//	                     notice names none: listed
//	yearcell.go          a time limit naming a year alone (2010年), read as its end, listed
//	duty.go              a division of duties by department; 由X负责 in running text
//	dutyopen.go          a division of duties by body: corps, governments, 职责分工
//	dutyrunon.go         a preview's page markers; units' duty paragraphs run on (县环保局。负责…)
//	names.go             owner names: splitting, prefixes, open tails
//	ending.go            places sharing one body's name (赣州、龙南…管委会)
//	sharedtail.go        fields sharing one association's word (书法、美术协会)
//	shortnames.go        a field with no body word (工信), sections joined by 会, or a
//	                     person's name (王刚) among owners: listed
//	dates.go             date phrases and time limits
//	units.go             units.yaml for the names
//	unread.go            lines no rule read that look like tasks, by range;
//	                     unreadnext.go: lines numbered on from the tasks read;
//	                     droppeditems.go: numbered items after them naming a
//	                     body at work in their own sentences
//	closingitem.go       a last item naming no one, its points numbered under
//	                     it: the plan's closing requirements, set aside
//
// Rules for one style each live in small files of their own, by stage:
//
//	lines and header     pdfcopy.go (a PDF's copy: wrapped preamble, title, brackets),
//	                     handates.go (a date in Chinese numerals between spaces),
//	                     datefirst.go (a date line over the number), overtitle.go (the
//	                     issuer over a 关于 title), brokentitle.go (a sentence's start
//	                     broken over short lines), reportedplan.go (a headline naming a
//	                     plan), editors.go (editors' credits), lawfields.go (a
//	                     regulations block run on), columnhead.go (a site's 【栏目】),
//	                     closingsign.go (a signature closing the notice over a site's
//	                     footer), portaloffice.go (a portal's name over its office's
//	                     title), samples.go (a writing-samples site's 篇N headings, its 《…五篇》),
//	                     columntitle.go (a portal's column before the title and a colon),
//	                     yearblock.go (a year's label over dates with no year),
//	                     titlerepeat.go (a table's own title repeating the heading),
//	                     indexlines.go (an index's labels alone on their lines),
//	                     newslead.go (a news lead on the first task's line, a news
//	                     card over the text), decimalitems.go (points numbered 10.7
//	                     under an item), stoplabels.go (a card's labels closed by
//	                     a full stop: 责任主体。X。), doubletitle.go (a preview's
//	                     title written twice running on into its text),
//	                     datemark.go (a publication mark run on after the date),
//	                     titlespace.go (a one-line notice's title a space parts
//	                     from its recipients), issuedtitle.go (the line issuing
//	                     the list by its title, closed by a swapped word),
//	                     unitcolon.go (members' duties a unit and a colon
//	                     opens, no number: numbered in their order;
//	                     placeduty.go: the unit named from its place,
//	                     铁岭县文旅广局:负责…), labelsubs.go (an event's
//	                     label card numbered 1、负责单位:X, unnumbered; a
//	                     stray full stop before an item's number),
//	                     fullertitle.go (a site's file name over the list's
//	                     fuller own title), forwarder.go (X转发Y关于…: the
//	                     issuer is X), reporttitle.go (关于…的报告 over its
//	                     author and month), previewmark.go (a plan's title run
//	                     on after a space into its preamble, a page marker 1、
//	                     before it), fieldline.go (a project's field
//	                     line: 投资:… 实施单位:X, a label after a bracket),
//	                     titleagain.go (the notice's own title under a page
//	                     heading that wrote it with a slip), brokensign.go (an
//	                     office signing for its group over two lines: X / 办公室(代)),
//	                     sectionissuer.go (a repost's section 新闻中心 over a title
//	                     naming its issuer at its head), jointrun.go (joint
//	                     issuers one a line between the title and its repetition),
//	                     openquote.go (a title's book title open at a line's end
//	                     that ends as a plan's name)
//	tables               amongcells.go (a long cell of a one-cell-a-line table),
//	                     pipeshort.go (a | row leaving out cells merged from above),
//	                     skipson.go (a row number past the next), spacedcells.go,
//	                     spacedbroken.go, spacedplain.go, table_spaced.go (cells apart
//	                     by spaces), labelcells.go (label | value cards), cardfields.go (a
//	                     card's fields over several lines: values a line, labels
//	                     broken in two, a target's own label), problems.go
//	                     (an inspection's problem table), problemcards.go (its
//	                     problem cards with no number, numbered), pipecells.go (points
//	                     1. 2. inside a | row's cell), groupcell.go (a group's
//	                     cell served once before its first row's number; a
//	                     field column before 重点工作), cellbracket.go (a unit's
//	                     bracketed other name on a line of its own; a line
//	                     listing units is a cell of its own), mergedbefore.go
//	                     (a category cell before the 序号 served once over its
//	                     rows), unithead.go (牵头单位及主要负责人: a unit and its
//	                     head's name in one cell), flattree.go (a flattened
//	                     table whose rows nest: groups 一 with a merged lead,
//	                     projects (一), sub-projects 1., each with its unit cell),
//	                     namecolumn.go (a ledger's bare 名称 column first: the
//	                     rows' names the tasks, numbered notes under the table),
//	                     loneshort.go (rows opened by a lone | and short of the
//	                     工作任务 merged over their group), paddedrows.go (rows
//	                     padded with ||, ||| for their merged cells),
//	                     emptyheads.go (header cells left empty, named by the
//	                     cells under them: units, persons; the others listed)
//	items                pagesubs.go (a middle page's sub-items before its first item),
//	                     subitems_shared.go (1、 items under （一） items that name who),
//	                     unitlines.go (a unit's name alone over items numbered again),
//	                     sectionhelpers.go (协助单位:… closing a department's duties),
//	                     sectionshared.go (（一） items that are the text of their 一、),
//	                     headpara.go (a heading with no item, its paragraph labelled
//	                     or closing with who does it),
//	                     dutyparas.go (unnumbered duty paragraphs under an item),
//	                     newsassign.go (a news report's paragraphs of bodies
//	                     that 将负责 their part),
//	                     proposalnum.go (a proposal numbered 第1号“…” as an item),
//	                     circlelevel.go (① items naming their owners under
//	                     headings 1. and (1): the ① the tasks), setupgroup.go
//	                     (一、成立领导小组 giving the group's make-up: no task),
//	                     groupfirst.go (a group's label written before its
//	                     items 1., 2.: each item's where it names no one)
//	responsibility       bareunits.go (a closing bracket of units alone), leadrun.go
//	                     (X、Y牵头,Z), leadersby.go (leaders after 按…分工), paddedmix.go
//	                     (padded names in a leaders' cell), letterrule.go (a cover
//	                     letter's 除特别注明的外…配合单位), reqlead.go (工作要求:由X牵头),
//	                     unitsare.go (X为责任单位), workphrase.go (牵头联系的项目: work),
//	                     hostclause.go (X主办, 由X同志协调), headleaders.go (a heading's
//	                     牵头领导 for the items under it), dutylabels.go (…分工为: over
//	                     label lines), headsubject.go (a heading opening with the
//	                     bodies whose duties follow), dutysection.go (owners opening
//	                     the items of a 责任分工 section), marklead.go (标☆的为牵头
//	                     单位), ruleself.go (此项及以下…不再列出; X均为责任单位,以下
//	                     不再列出), yearfigure.go (a year running on into targets),
//	                     groupheads.go (a working group's item and its 组长, 副组长),
//	                     headlead.go (a heading's 由X牵头实施 over items naming their own),
//	                     ruleinclude.go (本条及以下责任单位均包括X,不再重复列举),
//	                     dutyverbs.go (a department's duty opened by 配合, 协助, 要求X,
//	                     X、Y等部门的职责是, or any verb among duties), groupsection.go
//	                     (a working group's heading over items naming no one),
//	                     grouplabels.go (a working group's 组长:, 成员单位:,
//	                     职责: lines under its name),
//	                     dutyclauses.go (a letter's paragraph dividing duties in
//	                     clauses apart by ；; clausekinds.go: its clauses
//	                     written more ways, the list's other items' bodies),
//	                     handlerhead.go (X承办的“…”: the
//	                     body handling a suggestion), progress.go (办理情况: the
//	                     dates of work done, no due), sentencebrackets.go (each
//	                     sentence's bracket of units before its full stop),
//	                     stopbrackets.go (each bracket of units after a
//	                     sentence's full stop: (大气司、水司)…。(执法局)),
//	                     bracketrun.go (a run of closing brackets naming
//	                     units, a time or a leader: (县工信局)(县财政局)),
//	                     orderedby.go (责令X立即…: the body ordered to act),
//	                     placeheadings.go (三义街社区(责任单位:…) over items
//	                     numbered from 1 again: a section's heading),
//	                     bodyheadings.go (一、党政办公室 / 负责督查…: headings
//	                     that are bodies' names over their duties),
//	                     fieldcard.go (一、整改事项 / 二、责任单位 / 五、整改时限:
//	                     a rectification's card of fields, one task),
//	                     decisions.go (会议决定:…X由王光玲牵头,九重镇落实;…: a
//	                     meeting's decisions apart by semicolons, each a task),
//	                     aboveall.go (以上工作由团区委负责,…配合 after the last
//	                     item: every item above naming no one),
//	                     ownerpersons.go (责任单位:县发改局 县财政局 张伟; 张三同志
//	                     具体负责: persons named with units, the leaders),
//	                     dayheading.go (9月3日:抗战胜利纪念日 over a guide's
//	                     piece of work: its due date),
//	                     headingpara.go (二、播放公益广告 / …由宣教办负责。: a
//	                     section with no items, its heading and paragraph a task),
//	                     postclause.go (分管副市长负责 in the text: a post leads),
//	                     unitperson.go (项目负责人: on a line of its own, each
//	                     person after the unit: 市卫生局方来英), personlead.go
//	                     (由X副市长负责,Y牵头,Z配合 opening an item's paragraph)
//	                     leadunit.go (X为…牵头责任单位, A、B为协办单位 in running
//	                     text; a heading's paragraph opened by the body doing
//	                     it: 州政府督查室要…), stagedyears.go (targets year by year in running
//	                     text: the latest the due, listed), textlead.go (X牵头
//	                     in the text beside a bracket's units, listed)
//	names                collectiveand.go (各区县及园区), sharedkind.go (places sharing
//	                     the department after the last), zoneshare.go (zones sharing 管委会),
//	                     placeopen.go (福州及相关设区市), levelsopen.go
//	                     (有关州、市人民政府: levels after 有关, one open name),
//	                     nameshape.go (the last look: names no unit's or person's is like),
//	                     maskednames.go (a copy's masked name: 市 (略), ××局),
//	                     dutyjoin.go (X协同Y in a duty's subject), twounits.go (two
//	                     units' names run together, parted), countplace.go
//	                     (a collective counted by its members: 13个街道、镇),
//	                     workby.go (本部分工作由X,Y等部门负责制定方案: the work
//	                     before 由 and the doing after 负责 no part of the names),
//	                     withunit.go (two bodies joined by 与: 市城规局与11个县区政府)
//	more readers         html.go (a page's source: its markup dropped), bulletindex.go (a
//	                     portal's index as bullets), barcells.go and leadpipe.go (tables
//	                     one cell a line, closed by bars), joinedlines.go (a table's
//	                     rows run together a line each), leadheading.go (headings
//	                     naming who leads the work under them), runsubject.go (items
//	                     naming who does them in their running words), lunar.go (lunar
//	                     days turned into the calendar's)
//
// decode.go reads .txt and .docx; account.go is the import's account;
// periods.go the reporting periods; write.go the files; pinyin.go the ids
// (pinyin_table.go its generated table; script_table.go the generated
// table script.go folds characters by); lazyre.go compiles regular
// expressions when first used.
package notice

import (
	"strings"
	"time"
	"unicode"

	"tally/internal/i18n"
)

// Notice is what was read from a notice.
type Notice struct {
	Issuer     string
	Number     string // 文号, such as 湛组通〔2019〕22号
	Title      string // the notice's own title
	Date       time.Time
	Recipients []string
	ListTitle  string // the list's title (the plan's)
	Preamble   string
	Year       int // the plan's year; 0 when the notice names none
	Sections   []Section
	Tasks      []Task
	Unplaced   []Line // lines that are none of the above
	Tail       []Line // the signature, date and marks after the list
	Warnings   []Warning
	// Unread are runs of lines no rule read as tasks that look like
	// tasks: a person has to check whether tasks were missed.
	Unread []Span

	issued int // the year the notice was issued in, which 明年 counts from
	// nextYearDues says time limits naming no year were read as next
	// year's, falling before the notice's date (beforeIssueDue): the plan
	// runs to the last of them.
	nextYearDues bool
	today        time.Time // the year of the plan of a notice that names none
	rules        []rule    // the rules the notice states (排在第一位的为牵头单位, 下同, …)
	index        index     // what the page's index table says of the notice
	// preambleLines are the preamble's lines, which unread looks through.
	// headless are the numbered items dropped for naming no one whose text
	// runs on into a unit's name alone on a line (a table's rows with no
	// header, cells one to a line): each item's line and that unit's.
	headless      [][2]int
	preambleLines []Line
	// runOn are the lines a preview ran a letter and its table together
	// on, parted by previewtable.go: their rows' owners are listed.
	runOn map[int]bool
	// titleOfList says the notice's title is the list's, no title line
	// of the notice having been found (only its list was given).
	titleOfList bool
	// sends says the text sends or explains another document holding the
	// list (runSendsRe).
	sends bool
	// sendsItems says it only sends (现将…印发给你们), no report, meeting
	// or attachment: items that each open with their body are its list.
	sendsItems bool
	// setsUpGroup says the text sets up a committee or a leading group,
	// whose members' standing duties it lists (setsUpGroupRe).
	setsUpGroup bool
	// titleLines are the lines read as the list's title: a table's header
	// run together can be among them.
	titleLines []Line
	// tableHeads are the lines where a table's header was read.
	tableHeads []int
	// headingLines are the lines read as the list's section headings.
	headingLines []int
	lastLine     int // the text's last line holding anything
	// schedule is the sentence that says when progress is to be reported
	// (每季度结束后10日内报送), where the notice has one; cadence is what it
	// says, where it can be read exactly: plan.yaml's periods follow it, and
	// where it cannot, PlanChecks says so.
	schedule Line
	cadence  cadence
	// yearFrom is the line of the list the year was taken from, where the
	// notice's title, number and date name none (N 0 otherwise); cited
	// says the year is that of a document the list cites (昆政发〔2015〕13号),
	// often the year before the list's. Both are listed for review.
	yearFrom Line
	// yearInProse says the year was taken from a sentence of the text
	// (从2016年开始,…2018年,我们继续…), not a title: each date without a
	// year that takes it is listed.
	yearInProse bool
	cited       bool
	// restored are the lines whose label the page lost, read by what
	// they hold (人: as 责任人, :X as 责任单位): listed for review.
	restored []int
	// yearInRow says that line is a row of a task table: the year is one a
	// task names (2019年…观花活动), not the list's title's.
	yearInRow bool
	// yearEnd is a sentence asking for the year's report on a day of its
	// own (12月25日前报送全年完成情况), which the periods do not follow.
	yearEnd Line
	// legend is the notice's word on what a mark before a unit means,
	// wherever it stands (a covering letter, a note over the table).
	legend markLegend

	// places says where each line is in a .docx (nil for a text file),
	// quotes each line's text there; tables is how many tables it has.
	places []Place
	quotes []string
	tables int
}

// Warning is something in the result that looks wrong: where, and what.
type Warning struct {
	Line int
	Task string // the task's id, when it is about one
	Text i18n.Text
}

// Section is a chapter of the list.
type Section struct {
	ID     string
	Title  string
	Parent string // the heading above a sub-section (一、加强政治建设), where it is no section itself
	// Preamble is what the heading says after its first sentence
	// (围绕…，实施如下重点项目：), kept in plan.yaml as a comment.
	Preamble string
}

// Task is one numbered task.
type Task struct {
	ID         string // the file name: 07, or 2.3 where numbering starts again in each section
	Number     int
	Section    string
	Title      string
	Body       string
	Owners     []string
	OwnersText string // the responsibility text as the notice wrote it
	Lead       []string
	Leaders    []string // 责任领导: persons
	Due        time.Time
	Milestones []Milestone
	Line       int    // where the task starts, 1-based
	Parent     string // for a sub-item (1.2) of an item, the item's own text
	Sources    Sources
	Review     []Review // what a person should check, field by field

	group []int // the numbers of its section and sub-section, for ids where numbering starts again
	sub   int   // the number of a sub-item inside its item, 0 for an item
	raw   raw
}

// Milestone is a dated step in a task's text.
type Milestone struct {
	Due  time.Time
	Text string

	phrase   string // the date as the text writes it: 9月底前
	relative bool   // its year is named relative to the notice's: 明年年底
}

// titleLegendRe is the marks' legend in brackets closing a title's line
// (（★为牵头单位）, （标★的为市政府绩效考核任务）), or a note on the order of
// the units ((各项任务的责任单位排名不分先后)).
var titleLegendRe = lazyRe(`\s*[（(][^（()）]{0,6}[☆★△▲※●◆■◎*＊][^（()）]{0,16}(?:为|是)[^（()）]{0,16}[）)]$|\s*[（(][^（()）]{0,12}` + orderNote + `[）)]$`)

// Parse reads a notice's text. today gives the year of the plan of a
// notice that names none (never a task's due date). Text that is not
// valid UTF-8 is read with the bad bytes replaced, so that everything
// Parse returns is valid UTF-8.
func Parse(text string, today time.Time) *Notice {
	return ParseDoc(Doc{Text: text}, today)
}

// ParseDoc is Parse of a decoded file: a .docx's places are said as Word
// shows them (At).
func ParseDoc(doc Doc, today time.Time) *Notice {
	n := &Notice{today: today}
	text := doc.Text
	if doc.Places == nil {
		var markup bool
		if text, markup = htmlText(text); markup {
			defer n.htmlWarning()
		}
	}
	if doc.Places != nil {
		n.places = doc.Places
		n.quotes = strings.Split(strings.ToValidUTF8(text, "\uFFFD"), "\n")
		for _, p := range doc.Places {
			n.tables = max(n.tables, p.Table)
		}
	}
	written := dropReadings(dropMarks(enclosedNumbers(spacedLabels(asciiStops(pipeBreaks(relatedLinksOff(plainSpaces(strings.ToValidUTF8(text, "\uFFFD")))))))))
	text, back := foldScript(written)
	defer func(folded string) {
		number := n.Number
		n.unfold(back)
		n.Number = numberAsWritten(number, n.Number, folded, written)
	}(text)
	summary := runSummaryRe.MatchString(headOf(strings.TrimSpace(text), 60))
	n.sends = runSendsRe.MatchString(text) || runAttachedRe.MatchString(text) || summary
	n.sendsItems = n.sends && !runAttachedRe.MatchString(text) && !summary && !runSendsRe.MatchString(runLetterSendsRe.ReplaceAllString(text, ""))
	n.setsUpGroup = setsUpGroupRe.MatchString(headOf(strings.TrimSpace(text), 60))
	lines := countedBodyHeadings(problemCards(markedItems(n.previewRunOn(n.lostLabels(dropDisclaimer(n.chrome(n.bulletIndex(colonGluedIndex(barCells(scanLines(labelCells(text))))))))))))
	for _, l := range lines {
		n.lastLine = max(n.lastLine, l.N)
	}
	n.schedule = findSchedule(lines)
	n.cadence = readCadence(n.schedule.Text)
	n.yearEnd = findYearEnd(lines)
	n.legend = findMarkLegend(lines)
	body := n.trailingIndex(n.tail(n.header(lines)))
	if n.Date.IsZero() {
		n.Date = n.index.date
	}
	items, kinds := blocks(body)
	n.findYear(items)
	n.list(items, kinds)
	if n.Title == "" {
		// No title at all: a site's note on whose copy it serves names
		// the report (《…》由河南新闻网-豫都网提供,转载请注明出处).
		for _, l := range lines {
			if m := copyNoteRe.FindStringSubmatch(trimLine(l.Text)); m != nil {
				n.Title, n.titleOfList = m[1], false
				break
			}
		}
	}
	if n.Title == "" {
		n.namedDocTitle(lines)
		n.leadOnTaskLine(lines)
		if title, _ := asciiDigits(n.Title); n.Year == 0 && title != "" {
			// 近日,X印发《县2023年重点民生实事》: the year the lead's
			// document names, where nothing above gave one.
			if m := yearRe.FindStringSubmatch(title); m != nil {
				n.Year = atoi(m[1])
			}
		}
	}
	if n.Title == "" {
		n.tableTitleAbove(lines)
	}
	n.issuedListTitle(lines)
	n.newsCard()
	n.fullTitle()
	n.dropBareKind()
	n.reportedTitle(lines)
	n.reportedPlan(lines)
	n.tableOwnTitle(lines)
	n.yearListTitle(lines)
	n.fullerOwnTitle(lines)
	n.namedOwnTitle(lines)
	n.titleHeadOverSection()
	n.columnOffTitle()
	n.issuersBetweenTitles(lines)
	n.labelledTableTitle(lines)
	n.dropSampleTitle(text)
	n.Title = strings.TrimSpace(postDateTailRe.ReplaceAllString(n.Title, ""))
	for _, title := range []*string{&n.Title, &n.ListTitle} {
		if t := strings.TrimRight(*title, " |｜\u3000"); t != *title && !strings.ContainsAny(t, "|｜") {
			*title = t // 温岭市…审计结果 |: a flattened cell's bar, no part of the title
		}
		if strings.Count(*title, "|")+strings.Count(*title, "｜") >= 2 {
			*title = "" // 类别|序号|任务名称|…: a flattened table's header, no title
		}
		if loc := titleLegendRe.FindStringIndex(*title); loc != nil && loc[0] > 0 {
			*title = strings.TrimSpace((*title)[:loc[0]]) // …分解表（★为牵头单位）: the marks' legend
		}
	}
	n.Title = entryNumberRe.ReplaceAllString(n.Title, "$1") // 1. 关于…: a result list's entry number
	if n.Issuer != "" && (n.Issuer == n.Title || strings.Contains(n.Issuer, "召开")) {
		// 县政府召开…推进会: a news report's headline, ending as a body's
		// name does (…会), is its title, never its issuer.
		n.Issuer = ""
	}
	n.Issuer = jointIssuers(n.Issuer) // 吕梁市商务局吕梁市财政局关于…: two bodies
	if m := leadIssuedRe.FindStringSubmatch(n.Title); m != nil && endsBody(m[1]) {
		// XX县人民政府办公室于2023年3月1日印发《…》,全文如下: a news lead read
		// as the title, no headline over it: the document it names, the
		// body and the day.
		n.Title = m[3]
		if n.Issuer == "" {
			n.Issuer = m[1]
		}
		if d, ok := dateOfLine(m[2]); ok && n.Date.IsZero() {
			n.Date = d
		}
	}
	if n.Issuer == "" {
		// 2022年第八次县政府常务会议确定事项落实情况的通报 under an index
		// naming no 发布机构, only 公开责任部门 (or a body unlabelled among
		// its bullets): where neither the title, nor a signature, nor the
		// signers under the title, nor another index field names the
		// issuer, the body answering for the page's publication is.
		n.Issuer = n.index.publisher
	}
	n.dropRules()
	n.splitSubItems()
	n.labelDivisions(lines)
	n.divisionParagraphs(lines)
	n.headingSubjects(lines)
	n.groupSections()
	n.bodyDutyParagraphs(lines)
	n.sectionDutySubjects()
	n.splitListHeadings()
	n.dropChaptersOverDuties()
	n.dropBareClosingPart(lines)
	n.assignIDs()
	n.dutySubjects()
	n.byClauses()
	n.clauseDuties()
	n.groupLabels(lines)
	n.dropGoodFindings(lines)
	n.closingRules()
	n.ownSchedule(lines)
	n.respond()
	n.sectionHelpers()
	n.dropSetUpGroup()
	n.groupHeads(lines)
	n.requiredLead()
	n.reviewRestored()
	n.unitLineOwners(lines)
	n.dropTargets()
	n.dropUnowned()
	n.dropClosingRequirements()
	n.reviewGeneralSections()
	n.paragraphSubjects()
	n.problemPlaces(lines)
	n.warn()
	n.splitTwoUnits()
	n.ownerPersons()
	n.textLeaders()
	n.keyTaskMarks()
	n.titleLabels()
	n.countedBodyReview(lines)
	n.reviewShapes()
	n.reviewRunOn()
	n.unread()
	return n
}

// relatedLinkRe is a page's line of links after the notice: 相关链接：政策
// 解读：《…》解读, 相关阅读：…, 扫一扫在手机打开当前页.
var relatedLinkRe = lazyRe(`(?m)^[ \t\x{3000}]*(?:(?:相关链接|相关阅读|相关文件|相关解读|政策解读|图文解读|图片解读|视频解读|文字解读)\s*[：:]|扫一扫)[^\n]*$`)

// relatedLinksOff empties a page's lines of links (relatedLinkRe), its
// furniture: a link to a reading of the notice had made the page one that
// interprets it, and the letter's own items a list sent after it. The
// lines keep their places, so that every line is numbered as written.
func relatedLinksOff(text string) string {
	if !strings.Contains(text, "相关") && !strings.Contains(text, "解读") && !strings.Contains(text, "扫一扫") {
		return text
	}
	return relatedLinkRe.ReplaceAllString(text, "")
}

// plainSpaces writes the spaces a web page or word processor puts in a
// copy as plain ones (the no-break space of &nbsp;, the typographic widths)
// and drops the zero-width ones, so that every rule that reads a space or
// a name reads them alike. The ideographic space, which notices write on
// purpose, and the line and paragraph separators (CellBreak) stay.
func plainSpaces(text string) string {
	if !strings.ContainsFunc(text, func(r rune) bool { return r > 0x7f && (oddSpace(r) || zeroWidth(r)) }) {
		return text
	}
	return strings.Map(func(r rune) rune {
		switch {
		case zeroWidth(r):
			return -1
		case r > 0x7f && oddSpace(r):
			return ' '
		}
		return r
	}, text)
}

// asciiStops writes as a full stop an ASCII one closing a Chinese sentence
// (完成脱贫人口2万人. 责任单位:市扶贫办,市农委. 完成时限:…), so that a
// sentence's last name does not keep it: a "." after a Han character or a
// closing bracket, before a space, a line's end or a Han character. A
// number's point (2.5, 1.推进), a Han numeral's (一.推进), an item's
// bracketed number ((1).推进) and a web address stay.
func asciiStops(text string) string {
	if !strings.Contains(text, ".") {
		return text
	}
	runes := []rune(text)
	changed := false
	lineStart := 0
	for i, r := range runes {
		if r == '\n' {
			lineStart = i + 1
			continue
		}
		if r != '.' || i == 0 {
			continue
		}
		prev := runes[i-1]
		closer := prev == '）' || prev == ')' || prev == '”' || prev == '》' || prev == '%' || prev == '％'
		if !closer && (!unicode.Is(unicode.Han, prev) || strings.ContainsRune("一二三四五六七八九十百零〇", prev)) {
			continue
		}
		if i+1 < len(runes) {
			if next := runes[i+1]; next != ' ' && next != '\t' && next != '\r' && next != '\n' && next != '\u3000' && !unicode.Is(unicode.Han, next) {
				continue
			}
		}
		if closer && itemNumberRe.MatchString(string(runes[lineStart:i])) {
			continue // (1).推进…, （二）.加强…
		}
		runes[i] = '。'
		changed = true
	}
	if !changed {
		return text
	}
	return string(runes)
}

// pipeBreakRe is a line break written as its tag in a | row's cell, as a
// page's table copied as text keeps it: 县财政局<br>县水利局.
var pipeBreakRe = lazyRe(`(?i)<br\s*/?>`)

// pipeBreaks writes the breaks of | rows' cells as the cells' own line
// breaks (CellBreak), as a document's table gives them: the names on
// either side are two.
func pipeBreaks(text string) string {
	if !strings.Contains(text, "<") || !strings.ContainsAny(text, "|｜") {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.ContainsAny(l, "|｜") {
			lines[i] = pipeBreakRe.ReplaceAllString(l, CellBreak)
		}
	}
	return strings.Join(lines, "\n")
}

// spacedRespLabelRe is a label opening a line with spaces between its
// characters, as a word processor justifies it: 责 任 人：, 完成 时限:.
var spacedRespLabelRe = lazyRe(`(?m)^([ \t\x{3000}]*)((?:\p{Han}[ \x{3000}]+){1,6}\p{Han})([ \x{3000}]*[：:])`)

// respLabelOnlyRe is a label of responsibility and nothing else.
var respLabelOnlyRe = lazyRe(`^(?:` + respLabels + `)$`)

// spacedLabels writes such a label whole (责任人：), so that it is read as
// the label it is; words spaced out that make no label stay as written.
func spacedLabels(text string) string {
	if !strings.ContainsAny(text, " \u3000") {
		return text
	}
	return spacedRespLabelRe.ReplaceAllStringFunc(text, func(m string) string {
		g := spacedRespLabelRe.FindStringSubmatch(m)
		word := strings.NewReplacer(" ", "", "\u3000", "").Replace(g[2])
		if !respLabelOnlyRe.MatchString(word) {
			return m
		}
		return g[1] + word + strings.TrimLeft(g[3], " \u3000")
	})
}

// itemNumberRe is a line's opening up to a bracketed item number.
var itemNumberRe = lazyRe(`^\s*[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[）)]$`)

// oddSpace is a space other than the ASCII ones, the ideographic space and
// the line and paragraph separators.
func oddSpace(r rune) bool {
	return unicode.IsSpace(r) && r > 0x7f && r != '\u3000' && r != '\u2028' && r != '\u2029'
}

// zeroWidth is a character that takes no room: U+200B–U+200D, U+2060, U+FEFF.
func zeroWidth(r rune) bool {
	return r >= '\u200b' && r <= '\u200d' || r == '\u2060' || r == '\ufeff'
}

// copyNoteRe is a site's note on the report it serves: 《X》由…提供,转载请
// 注明出处.
var copyNoteRe = lazyRe(`^《([^《》]{4,80})》\s*由\S{2,40}?提供[，,]?\s*转载请注明`)

// entryNumberRe is a list's entry number before a notice's title: 1. 关于….
var entryNumberRe = lazyRe(`^\d{1,2}\.\s+((?:关于|關于|關於))`)

// postDateTailRe is a page's post date glued onto a title's end:
// …任务指标的通知(2025-01-27).
var postDateTailRe = lazyRe(`\s*[（(]\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*[）)]$`)

// fullTitle gives the list's own title where the title read is a page's
// shorter name for it: a site heads a district's 石景山区贯彻落实…方案 as
// 贯彻落实…方案. A notice's own title (…的通知) stays.
func (n *Notice) fullTitle() {
	t, l := strings.Join(strings.Fields(n.Title), ""), strings.Join(strings.Fields(n.ListTitle), "")
	if t != "" && len(l) > len(t) && strings.HasSuffix(l, t) && !strings.Contains(t, "的通知") && !strings.HasPrefix(t, "关于") {
		n.Title = n.ListTitle
	}
}

// ownList says the number other found in title continues a list the
// title itself starts: a table row's cell "（1）新建卫生院2所；（2）改造村卫生室"
// is one item's parts, not two items run together.
func ownList(title, other string) bool {
	title = strings.TrimSpace(title)
	switch {
	case strings.HasPrefix(title, "（1）") || strings.HasPrefix(title, "(1)"):
		return strings.IndexFunc(other, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0
	case strings.HasPrefix(title, "（一）"):
		return strings.HasPrefix(other, "（") && !strings.ContainsAny(other, "0123456789")
	}
	return false
}

// warn notes what looks wrong in the result as a whole: a title holding
// another item's number, one section for a notice whose text has several.
// (What a task lacks is in its Review.)
func (n *Notice) warn() {
	glued := false
	for _, t := range n.Tasks {
		if m := otherNumberRe.FindStringSubmatch(t.Title); m != nil && !ownList(t.Title, m[1]) {
			n.Warnings = append(n.Warnings, Warning{t.Line, t.ID, i18n.F(
				"任务 %s 的标题中有另一项的编号“%s”，可能是两项连在了一起，请核对",
				"task %s has another item's number %q in its title: two items may have run together; check it", t.ID, m[1])})
		}
		glued = glued || gluedHeadingRe.MatchString(t.Title+"。"+t.Body)
	}
	if lostSerialRe.MatchString(n.Number) {
		n.Warnings = append(n.Warnings, Warning{Text: i18n.F(
			"文号“%s”没有序号，可能缺了字，已照原样填写；请对照原件核对",
			"the document number %q has no serial number: it may have lost characters and was kept as given; check it against the original", n.Number)})
	}
	if lostMarkNumberRe.MatchString(n.Number) {
		n.Warnings = append(n.Warnings, Warning{Text: i18n.F(
			"文号“%s”没有“号”字，可能缺了字，已照原样填写；请对照原件核对",
			"the document number %q has no 号: it may have lost characters and was kept as given; check it against the original", n.Number)})
	}
	if len(n.Sections) == 1 && len(n.Tasks) > 1 && glued {
		n.Warnings = append(n.Warnings, Warning{Text: i18n.T(
			"所有任务都归入了同一个部分，但任务内容中有“二、”这样的部分编号，请核对",
			"every task fell into one section, but the text holds section numbers such as 二、; check it")})
	}
}
