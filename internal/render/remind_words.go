package render

import (
	"fmt"
	"regexp"
	"strings"

	"tally/internal/diag"
	"tally/internal/i18n"
)

// unitFix says one error of a unit's report in the words of the form and
// of a clerk, for a message sent to the unit: no rule ids, file paths or
// YAML field names (进展情况未填写; 文件格式有误，无法读取：第14行……). The
// places, rules and the check's own words stay in the JSON and CSV fixes.
func unitFix(d diag.Diagnostic, lang i18n.Lang) string {
	name := quoted(d.Message.Zh) // the evidence file named, if any
	switch {
	case d.Rule == diag.NoSummary:
		return lang.Pick("进展情况未填写，请写明本期做了哪些工作", "the progress made (进展情况) is not filled in: say what was done this period")
	case d.Rule == diag.EvidenceRequired:
		return lang.Pick("报“已完成”但没有附佐证材料，请附上会议纪要、照片等佐证材料", "reported done with no evidence: send the minutes, photos or other evidence with it")
	case d.Rule == diag.EvidenceMissing && name != "":
		return lang.Pick("佐证材料“"+name+"”没有收到，请一并发送，或改正文件名", "the evidence “"+name+"” was not received: send it too, or correct its name")
	case d.Rule == diag.EvidencePath && name != "":
		return lang.Pick("佐证材料“"+name+"”不是一个文件名，只写文件本身的名字", "the evidence “"+name+"” is not a file name: give the file's own name only")
	case d.Rule == diag.EvidenceTooLarge && name != "":
		return lang.Pick("佐证材料“"+name+"”太大，请压缩或拆分后发送", "the evidence “"+name+"” is too large: make it smaller or split it")
	case d.Rule == diag.UnknownTask && !strings.Contains(d.Message.Zh, "全角"):
		return lang.Pick("清单中没有这项任务，请核对任务编号", "the list has no such task: check the task's number")
	case d.Rule == diag.NotOwner:
		return lang.Pick("不是贵单位负责的任务，请核对任务编号；确实不是本单位负责的，删去这一项", "not a task your unit is responsible for: check the task's number, and if it is indeed not yours, remove the entry")
	case d.Rule == diag.NoProgress: // 任务 1 的状态是“推进中”，… : no field names
		zh, _, _ := strings.Cut(d.Message.Zh, "，")
		en, _, _ := strings.Cut(d.Message.En, " but ")
		return lang.Pick(zh+"，进度没有填写：请填写进度（0 到 100 的整数）", en+", but the progress (进度) is not filled in: give it as a whole number 0 to 100")
	case d.Rule == diag.Misnamed: // the file is sound; its name is not
		return d.Message.In(lang)
	case strings.HasPrefix(d.Rule, "R1"): // the file itself: it cannot be read
		return lang.Pick("文件格式有误，无法读取："+syntaxWords(d, lang), "the file cannot be read: "+syntaxWords(d, lang))
	}
	msg := d.Message.In(lang)
	if lang == i18n.Zh {
		msg = fieldWords.Replace(msg)
	}
	return msg
}

// syntaxWords says where a file that cannot be read goes wrong, and how
// to mend it where the slip is a common one (a full-width colon or
// space typed with a Chinese input method).
func syntaxWords(d diag.Diagnostic, lang i18n.Lang) string {
	at := lang.Pick(fmt.Sprintf("第%d行", d.Pos.Line), fmt.Sprintf("line %d", d.Pos.Line))
	switch zh := d.Message.Zh; {
	case d.Rule == diag.TabIndent:
		if m := tabSpacesRe.FindStringSubmatch(zh); m != nil { // check knows how far: say it
			return at + lang.Pick("行首是 Tab（制表符），屏幕上看着像空格；请把它换成 "+m[1]+" 个空格，与上面的“"+m[2]+"”对齐",
				" starts with a tab, which looks like spaces: replace it with "+m[1]+" spaces, in line with “"+m[2]+"” above")
		}
		return at + lang.Pick("行首是 Tab（制表符），屏幕上看着像空格；请改成空格，与上一行对齐", " starts with a tab, which looks like spaces: indent with spaces instead, in line with the line above")
	case strings.Contains(zh, "全角冒号"):
		return at + lang.Pick("的冒号是全角“：”，应改为半角“:”（切换到英文输入法再输入）", ": a full-width colon “：” where a plain “:” belongs (type it with the English input method)")
	case strings.Contains(zh, "全角空格"):
		return at + lang.Pick("有全角空格“　”，应改为半角空格", ": a full-width space where a plain one belongs")
	case strings.Contains(zh, "少了冒号"):
		return at + lang.Pick("少了冒号“:”", ": a colon “:” is missing")
	case strings.Contains(zh, "UTF-8"):
		return lang.Pick("请用报送表填写，或另存为 UTF-8 编码后发送", "fill in the form, or save the file as UTF-8 and send it again")
	case strings.Contains(zh, "半角冒号加空格"):
		return at + lang.Pick("的文字里有英文冒号加空格“: ”，请改成中文冒号“：”", ": the text holds an English colon and a space “: ”: type the Chinese colon “：” instead")
	case strings.Contains(zh, "以英文引号"):
		return at + lang.Pick("的文字以英文引号开头，请改成中文引号“”", ": the text starts with an English quote: use Chinese quotes “” instead")
	case strings.Contains(zh, "引号没有配对"):
		return at + lang.Pick("的英文引号没有配对，请补上或删去", ": an English quote does not pair: add its other half or delete it")
	case strings.Contains(zh, "没有配对"):
		return at + lang.Pick("的括号没有配对，请补上或删去", ": brackets that do not pair: add the missing one or delete them")
	case strings.Contains(zh, "缩进不齐"):
		return at + lang.Pick("的缩进（行首的空格）与上下文不齐，请与同一项的其他行对齐", ": its indentation (the spaces at its start) is uneven: line it up with the other lines of the entry")
	}
	return at + lang.Pick("有误，请对照报送表改正，或改用报送表填写", " is wrong: put it right as the form shows, or fill in the form instead")
}

// quoted is the first name in Chinese quotes of a message: 佐证材料“纪要.pdf”….
func quoted(s string) string {
	if m := quotedRe.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return ""
}

var quotedRe = regexp.MustCompile(`“([^”]*)”`)

// tabSpacesRe reads, in check's message of a tab, how many spaces it takes
// and the key they line up with.
var tabSpacesRe = regexp.MustCompile(`换成 (\d+) 个空格，与上面的“([^”]*)”对齐`)

// fieldWords turns the report's field names that a check's message may
// quote into the form's column names.
var fieldWords = func() *strings.Replacer {
	var pairs []string
	for _, f := range [][2]string{{"summary", "进展情况"}, {"submitted", "报送日期"}, {"status", "状态"}, {"progress", "进度"},
		{"evidence", "佐证材料"}, {"problems", "存在问题"}, {"next", "下步计划"}, {"extension", "申请延期"}, {"values", "数值"},
		{"contact", "联系人"}} {
		// " summary " and "summary " first: the Chinese text spaced the
		// English word off, and needs no spaces around the Chinese one.
		pairs = append(pairs, " "+f[0]+" ", f[1], f[0]+" ", f[1], " "+f[0], f[1], f[0], f[1])
	}
	return strings.NewReplacer(pairs...)
}()
