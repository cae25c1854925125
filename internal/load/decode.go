package load

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/model"
)

// MaxAliases bounds how many alias references one file may use. tally's
// files need none; the bound keeps a crafted file from costing anything.
const MaxAliases = 100

// decoder turns yaml nodes into model values, reporting schema problems
// against the file. It never stops at the first problem.
type decoder struct {
	file    string
	d       *diag.List
	aliases int
	// names holds one copy of each id and name read (task ids, unit ids,
	// periods, group names), shared by the files one worker reads; nil
	// gives each its own copy.
	names map[string]string
	// dropTexts: report entries' texts are not kept (Options.DropTexts).
	dropTexts bool
	// block is where positions are cut from (model.AtIn), shared by the
	// files one worker reads; nil gives each value its own.
	block *model.Positions
}

// text reads an entry's free text (summary, problems, next steps): kept,
// or under dropTexts only whether it is blank.
func (dc *decoder) text(n *yaml.Node, key string) (string, bool) {
	if !dc.dropTexts {
		return dc.str(n, key)
	}
	s, ok := dc.scalar(n, key)
	if strings.TrimSpace(s) != "" {
		return DroppedText, ok
	}
	return dc.keep(s), ok
}

// keep copies a value the model keeps: the fast parser's values share
// the memory of the file's text (fastParse), which is dropped after
// decoding, and what is read once (keys, statuses, dates, numbers) is
// never copied at all.
func (dc *decoder) keep(s string) string { return strings.Clone(s) }

// name keeps an id or a name, one copy for every file that writes it.
func (dc *decoder) name(s string) string {
	if dc.names == nil {
		return dc.keep(s)
	}
	if c, ok := dc.names[s]; ok {
		return c
	}
	c := dc.keep(s)
	dc.names[c] = c
	return c
}

// field is a known key of a mapping.
type field struct {
	name     string
	required bool
}

// fieldHints maps words people write instead of the field names.
var fieldHints = map[string]string{
	"状态": "status", "进度": "progress", "进展": "summary", "进展情况": "summary", "工作进展": "summary",
	"存在问题": "problems", "问题": "problems", "下步计划": "next", "下一步": "next", "下步工作": "next",
	"任务": "task", "任务编号": "task", "单位": "unit", "期次": "period", "报送日期": "submitted",
	"联系人": "contact", "条目": "entries", "标题": "title", "名称": "name", "别名": "aliases",
	"成员": "members", "责任单位": "owners", "牵头单位": "lead", "完成时限": "due", "截止日期": "due",
	"章节": "section", "内容": "body", "指标": "targets", "里程碑": "milestones",
	"stauts": "status", "staus": "status", "progres": "progress", "sumary": "summary",
}

func (dc *decoder) add(pos model.Pos, rule string, msg i18n.Text) { dc.d.Add(dc.file, pos, rule, msg) }

// failed says whether an error was reported on pos's line in this file
// already (a value of the wrong type, say), so that no second one is
// piled on it.
func (dc *decoder) failed(pos model.Pos) bool {
	for _, d := range dc.d.Items {
		if d.File == dc.file && d.Pos.Line == pos.Line && d.Severity == diag.Error {
			return true
		}
	}
	return false
}

// deref follows an alias, counting it against the file's budget.
func (dc *decoder) deref(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		dc.aliases++
		if dc.aliases == MaxAliases+1 {
			dc.add(pos(n), diag.TooComplex, i18n.F("锚点引用（*）超过 %d 次", "more than %d alias references (*)", MaxAliases))
		}
		if dc.aliases > MaxAliases {
			return nil
		}
		n = n.Alias
	}
	return n
}

func pos(n *yaml.Node) model.Pos {
	if n == nil {
		return model.Pos{}
	}
	l := 1
	if n.Kind == yaml.ScalarNode && n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0 && !strings.Contains(n.Value, "\n") {
		l = utf8.RuneCountInString(n.Value)
		if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
			l += 2
		}
		if l == 0 {
			l = 1
		}
	}
	return model.Pos{Line: n.Line, Col: n.Column, Len: l}
}

func isNull(n *yaml.Node) bool {
	return n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

// kindName says in words what a node is, for type errors.
func kindName(n *yaml.Node) i18n.Text {
	switch n.Kind {
	case yaml.MappingNode:
		return i18n.T("一组“键: 值”", "a mapping")
	case yaml.SequenceNode:
		return i18n.T("列表", "a list")
	}
	switch n.Tag {
	case "!!null":
		return i18n.T("空值", "nothing")
	case "!!int", "!!float":
		return i18n.F("数字 %s", "the number %s", n.Value)
	case "!!bool":
		return i18n.F("真假值 %s", "the boolean %s", n.Value)
	}
	return i18n.F("文本“%s”", "the text %q", clip(n.Value))
}

func clip(s string) string {
	r := []rune(s)
	if len(r) > 20 {
		return string(r[:20]) + "…"
	}
	return s
}

func (dc *decoder) wrongType(n *yaml.Node, key string, want i18n.Text) {
	got := kindName(n)
	dc.add(pos(n), diag.WrongType, i18n.T(
		fmt.Sprintf("%s 应为%s，这里是%s", key, want.Zh, got.Zh),
		fmt.Sprintf("%s should be %s, not %s", key, want.En, got.En)))
}

// mapping walks a mapping node: unknown keys are reported with a
// suggestion, known ones handed to visit, missing required ones reported at
// the mapping. what names the mapping in messages. It returns false when n
// is not a mapping.
func (dc *decoder) mapping(n *yaml.Node, what i18n.Text, fields []field, visit func(key string, k, v *yaml.Node)) bool {
	n = dc.deref(n)
	if n == nil {
		return false
	}
	if n.Kind != yaml.MappingNode {
		got := kindName(n)
		dc.add(pos(n), diag.WrongType, i18n.T(
			fmt.Sprintf("%s应为一组“键: 值”，这里是%s", what.Zh, got.Zh),
			fmt.Sprintf("%s should be a mapping of keys to values, not %s", what.En, got.En)))
		return false
	}
	// Fields number a dozen at most: a linear search beats a map per value.
	var seen [32]bool
	var suggested []string // a typo'd required field is reported once, as the typo
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := dc.deref(n.Content[i]), n.Content[i+1]
		if k == nil {
			continue
		}
		if k.Kind != yaml.ScalarNode {
			dc.add(pos(k), diag.WrongType, i18n.T("键必须是一个词", "a key must be a plain word"))
			continue
		}
		fi := -1
		for j := range fields {
			if fields[j].name == k.Value {
				fi = j
				break
			}
		}
		if fi < 0 {
			if s := dc.unknownField(k, fields); s != "" {
				suggested = append(suggested, s)
			}
			continue
		}
		if seen[fi] {
			continue // duplicate keys are reported by the parser step
		}
		seen[fi] = true
		visit(fields[fi].name, k, dc.deref(v)) // the table's string, not the file's

	}
	for j, f := range fields {
		if f.required && !seen[j] && !slices.Contains(suggested, f.name) {
			dc.add(model.Pos{Line: n.Line, Col: n.Column, Len: 1}, diag.MissingField, i18n.T(
				fmt.Sprintf("%s%s缺少必填字段 %s", what.Zh, spaceAfter(what.Zh), f.name), fmt.Sprintf("%s lacks the required field %s", what.En, f.name)))
		}
	}
	return true
}

// unknownField reports an unknown key and returns the field it suggests, if any.
func (dc *decoder) unknownField(k *yaml.Node, fields []field) string {
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.name
	}
	if t := strings.Trim(k.Value, " \u3000"); t != k.Value && knownField(t) {
		// The parser reads full-width spaces (an input method's) before a
		// key as part of it, and the line as a key of the mapping above.
		dc.add(keyPos(k), diag.UnknownField, i18n.F("字段 %s 前后有全角空格“　”（中文输入法）；YAML 只能用半角空格缩进：删去全角空格，改用半角空格",
			"the field %s has full-width spaces \"　\" around it (a Chinese input method); YAML indents with half-width spaces only: replace them", t))
		if slices.Contains(names, t) {
			return t
		}
		return ""
	}
	best := ""
	if h, ok := fieldHints[k.Value]; ok && slices.Contains(names, h) {
		best = h
	} else {
		best = Suggest(k.Value, names)
	}
	if best != "" {
		dc.add(keyPos(k), diag.UnknownField, i18n.F("未知字段“%s”；是否想写“%s”？", "unknown field %q; did you mean %q?", k.Value, best))
		return best
	}
	dc.add(keyPos(k), diag.UnknownField, i18n.T(
		"未知字段“"+k.Value+"”；可用的字段："+strings.Join(names, "、"),
		"unknown field \""+k.Value+"\"; known fields: "+strings.Join(names, ", ")))
	return ""
}

// str reads a scalar as text to keep. Numbers are text too (an id of 16
// is "16"); an empty value is "".
func (dc *decoder) str(n *yaml.Node, key string) (string, bool) {
	s, ok := dc.scalar(n, key)
	return dc.keep(s), ok
}

// scalar is str for a value read and dropped: it is not copied.
func (dc *decoder) scalar(n *yaml.Node, key string) (string, bool) {
	if isNull(n) {
		return "", true
	}
	if n.Kind != yaml.ScalarNode {
		dc.wrongType(n, key, i18n.T("一段文字", "text"))
		return "", false
	}
	return n.Value, true
}

// cutByComment warns when a plain one-line text value is followed by " #":
// YAML reads the rest of the line as a comment, so the text the user
// wrote after it is not part of the value.
func (dc *decoder) cutByComment(k, v *yaml.Node, key string) {
	if v == nil || v.Kind != yaml.ScalarNode || v.Style != 0 || v.Tag == "!!null" {
		return
	}
	comment := v.LineComment
	if comment == "" {
		comment = k.LineComment
	}
	if comment == "" || templateHint(comment) {
		return
	}
	p := pos(v)
	p.Col += p.Len + 1 // the " #" after the value
	p.Len = len([]rune(comment))
	dc.add(p, diag.TextAsComment, i18n.F(
		"%s 中“%s”被当作注释，没有计入内容；要保留它，请给整段文字加引号，或改用“|”块格式",
		"in %s, %q was read as a comment and is not part of the text; to keep it, quote the whole text or write it as a \"|\" block", key, clip(comment)))
}

// templateHint is a comment `tally new report` writes after a field, such
// as "# 本期进展情况（必填）": a value typed before it is meant, the hint not.
func templateHint(comment string) bool {
	return strings.HasPrefix(comment, "# ") && (strings.HasSuffix(comment, "（必填）") || strings.HasSuffix(comment, "（可不填）"))
}

// nonEmpty reads text to keep that must not be empty.
func (dc *decoder) nonEmpty(n *yaml.Node, key string) (string, bool) {
	s, ok := dc.nonEmptyScalar(n, key)
	return dc.keep(s), ok
}

// nonEmptyScalar is nonEmpty for a value read and dropped.
func (dc *decoder) nonEmptyScalar(n *yaml.Node, key string) (string, bool) {
	s, ok := dc.scalar(n, key)
	if ok && strings.TrimSpace(s) == "" {
		dc.add(pos(n), diag.BadValue, i18n.F("%s 不能为空", "%s must not be empty", key))
		return "", false
	}
	return s, ok
}

// ident reads an id or a name: text that must not be empty and must not
// look like another (LookAlike).
func (dc *decoder) ident(n *yaml.Node, key string) (string, bool) {
	s, ok := dc.nonEmptyScalar(n, key)
	if ok {
		dc.lookAlike(n, key, s)
	}
	return dc.name(s), ok
}

// identList reads a list of ids or names.
func (dc *decoder) identList(n *yaml.Node, key string) []model.Ref {
	refs := dc.strList(n, key)
	for _, r := range refs {
		dc.lookAlike(nil, key, r.Value, r.Pos)
	}
	return refs
}

// lookAlike reports an id or a name that looks the same as another but is
// not equal to it: with an invisible character (zero-width space, a bidi
// mark, a soft hyphen, a BOM), a space at either end, or letters not in
// the composed Unicode form (NFC) an input method types.
func (dc *decoder) lookAlike(n *yaml.Node, key, s string, at ...model.Pos) {
	p := pos(n)
	if len(at) > 0 {
		p = at[0]
	}
	if why, ok := model.LookAlike(s); ok {
		dc.add(p, diag.LookAlike, i18n.T(
			fmt.Sprintf("%s“%s”%s，与看起来相同的写法并不相等；%s", key, clip(s), why.Zh, lookAlikeFix.Zh),
			fmt.Sprintf("%s %q %s, so it differs from what looks the same; %s", key, clip(s), why.En, lookAlikeFix.En)))
	}
}

var lookAlikeFix = i18n.T("请删去它，或重新输入这个名称", "delete it, or type the name again")

// boolean reads true or false (YAML's yes, on and 是 are text, not
// booleans, and say so).
func (dc *decoder) boolean(n *yaml.Node, key string) (bool, bool) {
	if n == nil || n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		if n != nil {
			got := kindName(n)
			dc.add(pos(n), diag.WrongType, i18n.T(
				fmt.Sprintf("%s 应为 true 或 false（不加引号），这里是%s：要就写 %s: true，不要就删去这一行", key, got.Zh, key),
				fmt.Sprintf("%s should be true or false (unquoted), not %s: write %s: true, or delete the line", key, got.En, key)))
		}
		return false, false
	}
	v, err := strconv.ParseBool(strings.ToLower(n.Value))
	return v, err == nil
}

// integer reads a whole number.
func (dc *decoder) integer(n *yaml.Node, key string) (int, bool) {
	if n == nil || n.Kind != yaml.ScalarNode || n.Tag != "!!int" {
		if n != nil && n.Kind == yaml.ScalarNode && strings.HasSuffix(strings.TrimSpace(n.Value), "%") {
			dc.add(pos(n), diag.WrongType, i18n.F("%s 应为整数，不要带 %%：写成 %s", "%s should be a whole number without %%: write %s",
				key, strings.TrimSuffix(strings.TrimSpace(n.Value), "%")))
			return 0, false
		}
		if n != nil && !dc.fullWidthNumber(n, key) && !dc.chineseNumber(n, key) {
			dc.wrongType(n, key, i18n.T("整数", "a whole number"))
		}
		return 0, false
	}
	if !plainDecimal(n.Value) {
		dc.notDecimal(n, key)
		return 0, false
	}
	v, err := strconv.ParseInt(n.Value, 10, 64)
	if err != nil || v > 1<<31 || v < -(1<<31) {
		dc.add(pos(n), diag.OutOfRange, i18n.F("%s 的数值 %s 过大", "%s: %s is too large", key, n.Value))
		return 0, false
	}
	return int(v), true
}

// plainDecimal reports whether s is a whole number written the plain
// way: digits with an optional sign, no leading zero (YAML reads 010 as
// octal 8), no 0x, 0o or 0b, no underscores.
func plainDecimal(s string) bool {
	for s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if s == "" || (len(s) > 1 && s[0] == '0') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// notDecimal reports a whole number not written in plain decimal.
func (dc *decoder) notDecimal(n *yaml.Node, key string) {
	plain := strings.TrimLeft(strings.TrimLeft(n.Value, "+-"), "0")
	if plain == "" || strings.Trim(plain, "0123456789") != "" {
		dc.add(pos(n), diag.WrongType, i18n.F("%s 的值 %s 不是十进制整数；请只用数字 0–9 书写",
			"%s: %s is not a plain decimal number; write it with the digits 0–9 only", key, n.Value))
		return
	}
	dc.add(pos(n), diag.WrongType, i18n.F("%s 的值 %s 以 0 开头，YAML 会把它当作八进制；请写成 %s",
		"%s: %s starts with 0, which YAML reads as octal; write %s", key, n.Value, plain))
}

// halfWidth maps the full-width forms a Chinese input method types for
// digits, signs, the decimal point, the percent sign and the space to their
// ASCII forms. It returns s unchanged when it holds none of them.
func halfWidth(s string) string {
	if !strings.ContainsFunc(s, isFullWidth) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９', r == '％', r == '．', r == '－', r == '＋':
			return r - '０' + '0'
		case r == '\u3000':
			return ' '
		}
		return r
	}, s)
}

func isFullWidth(r rune) bool {
	return (r >= '０' && r <= '９') || r == '％' || r == '．' || r == '－' || r == '＋' || r == '\u3000'
}

// fullWidthNumber reports a number typed in full-width characters, naming
// them and the half-width number to write instead. It returns false when n
// is not such a number.
func (dc *decoder) fullWidthNumber(n *yaml.Node, key string) bool {
	if n.Kind != yaml.ScalarNode || n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		return false
	}
	half := strings.TrimSuffix(strings.TrimSpace(halfWidth(n.Value)), "%")
	if half == n.Value || half == "" {
		return false
	}
	if _, err := strconv.ParseFloat(half, 64); err != nil {
		return false
	}
	dc.add(pos(n), diag.WrongType, i18n.F("%s“%s”用了全角字符（中文输入法）；请改为半角数字：%s",
		"%s %q is typed in full-width characters (a Chinese input method); write the half-width number %s", key, n.Value, half))
	return true
}

// chineseNumber reports a whole number written in Chinese numerals (八十,
// 六十五, 一百, 百分之八十), saying the digits to write; false when n is no
// such number.
func (dc *decoder) chineseNumber(n *yaml.Node, key string) bool {
	if n.Kind != yaml.ScalarNode {
		return false
	}
	v, ok := chineseNumeral(strings.TrimPrefix(strings.TrimSpace(n.Value), "百分之"))
	if !ok {
		return false
	}
	dc.add(pos(n), diag.WrongType, i18n.F("%s 应写阿拉伯数字，这里是“%s”：写成 %d", "%s should be written in digits, not %q: write %d", key, clip(n.Value), v))
	return true
}

// chineseNumeral reads a whole number from 0 to 999 written in Chinese
// numerals (八十五, 一百零五, 两百, 十二); false for anything else.
func chineseNumeral(s string) (int, bool) {
	digit := map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	rs := []rune(s)
	if len(rs) == 0 || len(rs) > 6 {
		return 0, false
	}
	total, cur, seenUnit := 0, -1, false
	for _, r := range rs {
		switch r {
		case '百':
			if cur < 0 {
				cur = 1
			}
			total, cur, seenUnit = total+cur*100, -1, true
		case '十':
			if cur < 0 {
				cur = 1
			}
			total, cur, seenUnit = total+cur*10, -1, true
		default:
			d, ok := digit[r]
			if !ok {
				return 0, false
			}
			if cur > 0 {
				return 0, false // 八五: two digits without a unit between
			}
			cur = d
		}
	}
	if cur > 0 {
		total += cur
	}
	if !seenUnit && len(rs) > 1 {
		return 0, false
	}
	return total, true
}

// number reads an integer or a decimal.
func (dc *decoder) number(n *yaml.Node, key string) (float64, bool) {
	if n == nil || n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") {
		if n != nil && !dc.fullWidthNumber(n, key) {
			dc.wrongType(n, key, i18n.T("数字", "a number"))
		}
		return 0, false
	}
	if n.Tag == "!!int" && !plainDecimal(n.Value) {
		dc.notDecimal(n, key)
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
	if err != nil || v != v || v > 1e15 || v < -1e15 {
		dc.add(pos(n), diag.OutOfRange, i18n.F("%s 的数值 %s 无效", "%s: %s is not a usable number", key, n.Value))
		return 0, false
	}
	return v, true
}

// date reads a YYYY-MM-DD date.
func (dc *decoder) date(n *yaml.Node, key string) (time.Time, bool) {
	if isNull(n) {
		return time.Time{}, true
	}
	if n.Kind != yaml.ScalarNode {
		dc.wrongType(n, key, i18n.T("日期（如 2019-07-03）", "a date such as 2019-07-03"))
		return time.Time{}, false
	}
	if t, ok := model.ParseDate(n.Value); ok {
		return t, true
	}
	advice := model.DateAdvice(n.Value)
	dc.add(pos(n), diag.BadDate, i18n.T(
		fmt.Sprintf("%s 的日期“%s”%s", key, clip(n.Value), advice.Zh), fmt.Sprintf("%s %q %s", key, clip(n.Value), advice.En)))
	return time.Time{}, false
}

// reportDate is date for a report's submitted date, where a month and day
// written without a year (10月8日) is told the whole date to write, the
// year being the report's period's (model.DateInPeriod).
func (dc *decoder) reportDate(n *yaml.Node, key, dir string) (time.Time, bool) {
	if n != nil && n.Kind == yaml.ScalarNode && !isNull(n) {
		if _, ok := model.ParseDate(n.Value); !ok {
			if _, loose := model.LooseDate(n.Value); !loose {
				if t, ok := model.DateInPeriod(n.Value, dir); ok {
					dc.add(pos(n), diag.BadDate, i18n.F("%s 的日期“%s”没有年份；应写成 年-月-日：写成 %s", "%s %q has no year; write YYYY-MM-DD: %s",
						key, clip(n.Value), model.FormatDate(t)))
					return time.Time{}, false
				}
			}
		}
	}
	return dc.date(n, key)
}

// strList reads a list of texts, each with its position.
func (dc *decoder) strList(n *yaml.Node, key string) []model.Ref {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		dc.wrongType(n, key, i18n.T("列表（每项一行，以“- ”开头，或写成 [甲, 乙]）", "a list (one \"- item\" a line, or [a, b])"))
		return nil
	}
	var out []model.Ref
	for _, it := range n.Content {
		it = dc.deref(it)
		if it == nil {
			continue
		}
		s, ok := dc.nonEmptyScalar(it, key)
		if ok {
			out = append(out, model.Ref{Value: dc.name(s), Pos: pos(it)})
		}
	}
	return out
}

// list walks a sequence of mappings.
func (dc *decoder) list(n *yaml.Node, key string, item func(*yaml.Node)) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		dc.wrongType(n, key, i18n.T("列表（每项以“- ”开头）", "a list (items start with \"- \")"))
		return
	}
	for _, it := range n.Content {
		if it = dc.deref(it); it != nil {
			item(it)
		}
	}
}

// Suggest returns the candidate nearest to s when it is near enough to be a
// likely typo and no other candidate is as near, or "".
func Suggest(s string, candidates []string) string {
	best, bestD, tied := "", 1<<30, false
	for _, c := range candidates {
		d := editDistance(strings.ToLower(s), strings.ToLower(c))
		switch {
		case d < bestD:
			best, bestD, tied = c, d, false
		case d == bestD && c != best:
			tied = true
		}
	}
	// Two candidates as near as each other: naming either would guess
	// (2019Q5 is as near 2019Q2 as 2019Q4), and a guess read as the answer
	// misleads more than no suggestion.
	limit := max(1, len([]rune(best))/3)
	if bestD <= limit && !tied {
		return best
	}
	return ""
}

// ByNearness orders candidates by how near each is to s (as Suggest
// measures it), the nearest first; ties keep their order.
func ByNearness(s string, candidates []string) []string {
	out := slices.Clone(candidates)
	d := make(map[string]int, len(out))
	for _, c := range out {
		d[c] = editDistance(strings.ToLower(s), strings.ToLower(c))
	}
	slices.SortStableFunc(out, func(a, b string) int { return d[a] - d[b] })
	return out
}

// editDistance counts the insertions, deletions, substitutions and swaps of
// neighbours that turn a into b (optimal string alignment).
func editDistance(a, b string) int {
	ar, br := []rune(a), []rune(b)
	d := make([][]int, len(ar)+1)
	for i := range d {
		d[i] = make([]int, len(br)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ar); i++ {
		for j := 1; j <= len(br); j++ {
			cost := 1
			if ar[i-1] == br[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ar[i-1] == br[j-2] && ar[i-2] == br[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ar)][len(br)]
}

// fieldPos is where a field is shown: its value when that is a scalar, the
// key when the value is a block of its own.
func fieldPos(k, v *yaml.Node) model.Pos {
	if v != nil && v.Kind == yaml.ScalarNode {
		return pos(v)
	}
	return keyPos(k)
}

// spaceAfter is the space Chinese text puts after a word ending in a
// Latin letter or digit (任务 07 缺少), "" after a Chinese one.
func spaceAfter(s string) string {
	if s != "" && s[len(s)-1] < utf8.RuneSelf && s[len(s)-1] > ' ' {
		return " "
	}
	return ""
}

// direction warns of an invisible direction control in a text (R213):
// it makes the text show in another order than it holds, and every view
// shows it as U+FFFD (render.Safe).
func (dc *decoder) direction(v *yaml.Node, key string) {
	if v == nil || v.Kind != yaml.ScalarNode {
		return
	}
	i := directionAt(v.Value)
	if i < 0 {
		return
	}
	r, _ := utf8.DecodeRuneInString(v.Value[i:])
	nth := utf8.RuneCountInString(v.Value[:i]) + 1
	dc.add(pos(v), diag.Direction, i18n.F(
		"%s 的第 %d 个字处有看不见的方向控制字符 U+%04X，文字显示的顺序会与实际不同，汇总表和网站中显示为 �；请删去它",
		"%[1]s holds an invisible direction control U+%04[3]X at character %[2]d: the text shows in another order than it holds, and workbooks and the site show �; delete it",
		key, nth, r))
}

// garbled warns of a replacement character in a text (R214): what an
// encoding conversion leaves where a character was lost.
func (dc *decoder) garbled(v *yaml.Node, key string) {
	if v == nil || v.Kind != yaml.ScalarNode {
		return
	}
	i := strings.Index(v.Value, string(utf8.RuneError))
	if i < 0 {
		return
	}
	nth := utf8.RuneCountInString(v.Value[:i]) + 1
	n := strings.Count(v.Value, string(utf8.RuneError))
	dc.add(pos(v), diag.Garbled, i18n.F(
		"%s 的第 %d 个字是替换字符 �（共 %d 处）：文字转换编码时丢了原来的字，无法从文件恢复；请对照原稿重新输入",
		"%[1]s has a replacement character � at character %[2]d (%[3]d in all): a character lost when the text was converted between encodings, which the file cannot give back; type it again from the original",
		key, nth, n))
}

// directionAt is the byte index of the first direction control in s
// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), or -1. It looks
// only at the lead bytes those take, so a text without one is passed over
// at the speed of a byte search.
func directionAt(s string) int {
	first := -1
	if i := strings.Index(s, "\u061c"); i >= 0 {
		first = i
	}
	for i := 0; i < len(s); i++ {
		j := strings.IndexByte(s[i:], 0xe2)
		if j < 0 {
			break
		}
		i += j
		if first >= 0 && i > first {
			break
		}
		if i+2 < len(s) && (s[i+1] == 0x80 && (s[i+2] == 0x8e || s[i+2] == 0x8f || s[i+2] >= 0xaa && s[i+2] <= 0xae) ||
			s[i+1] == 0x81 && s[i+2] >= 0xa6 && s[i+2] <= 0xa9) {
			return i
		}
	}
	return first
}
