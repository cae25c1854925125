// Package schema describes tally's files as JSON Schema (draft 2020-12),
// in Chinese, so that editors with the YAML language server complete and
// explain fields while staff type.
package schema

import (
	"bytes"
	"encoding/json"
	"fmt"

	"tally/internal/model"
)

// Kinds lists the schemas by name.
var Kinds = []string{"plan", "units", "task", "report", "review"}

// obj is a JSON object with keys in insertion order.
type obj struct {
	keys []string
	vals map[string]any
}

func o(kv ...any) *obj {
	m := &obj{vals: map[string]any{}}
	for i := 0; i+1 < len(kv); i += 2 {
		k := kv[i].(string)
		m.keys = append(m.keys, k)
		m.vals[k] = kv[i+1]
	}
	return m
}

func (m *obj) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range m.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, _ := json.Marshal(k)
		b.Write(kb)
		b.WriteByte(':')
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(m.vals[k]); err != nil {
			return nil, err
		}
		b.Truncate(b.Len() - 1) // Encode's newline
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func str(title, desc string) *obj { return o("type", "string", "title", title, "description", desc) }
func date(title, desc string) *obj {
	return o("type", "string", "title", title, "description", desc+"。格式：年-月-日，如 2019-07-03",
		"pattern", `^\d{4}-\d{2}-\d{2}$`)
}
func strList(title, desc string) *obj {
	return o("type", "array", "title", title, "description", desc, "items", o("type", "string", "minLength", 1))
}

// idOrNumber is a value written as text or a number (task ids, section ids).
func idOrNumber(title, desc string) *obj {
	return o("type", []string{"string", "integer"}, "title", title, "description", desc)
}

func object(title, desc string, required []string, props ...any) *obj {
	p := o(props...)
	if required == nil {
		required = []string{}
	}
	return o("type", "object", "title", title, "description", desc, "additionalProperties", false,
		"required", required, "properties", p)
}

func document(id, title, desc string, required []string, props ...any) *obj {
	body := object(title, desc, required, props...)
	return o(append([]any{"$schema", "https://json-schema.org/draft/2020-12/schema", "$id", "https://tally.invalid/schema/" + id + ".schema.json"},
		flatten(body)...)...)
}

func flatten(m *obj) []any {
	var out []any
	for _, k := range m.keys {
		out = append(out, k, m.vals[k])
	}
	return out
}

func statusSchema() *obj {
	spellings := model.AllStatusSpellings()
	return o("type", "string", "title", "状态",
		"description", "未启动、推进中、已完成、滞后 四选一（也可写 not-started、in-progress、done、delayed）",
		"enum", spellings)
}

// Get returns the schema of a kind, indented, with a final newline.
func Get(kind string) ([]byte, error) {
	var s *obj
	switch kind {
	case "plan":
		s = plan()
	case "units":
		s = units()
	case "task":
		s = task()
	case "report":
		s = report()
	case "review":
		s = review()
	default:
		return nil, fmt.Errorf("unknown schema %q", kind)
	}
	raw, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := json.Indent(&b, raw, "", "  "); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

func plan() *obj {
	return document("plan", "清单信息（plan.yaml）", "清单的标题、通知信息、章节、报送期次和预警设置",
		[]string{"title", "end", "sections", "periods"},
		"title", str("清单标题", "任务清单的名称"),
		"notice", object("通知", "印发清单的通知", nil,
			"title", str("通知标题", "通知的标题"),
			"number", str("文号", "如 湛组通〔2019〕22号"),
			"issuer", str("发文单位", "印发通知的单位"),
			"date", date("发文日期", "通知的日期"),
			"recipients", strList("主送单位", "通知的主送单位"),
			"source", str("通知原文", "通知原文在仓库中的路径，如 seeds/通知.txt")),
		"start", date("开始日期", "工作开始的日期，默认为发文日期"),
		"end", date("完成时限", "各项任务默认的完成时限"),
		"preamble", str("总体要求", "通知中任务清单前的总体要求，照录原文"),
		"sections", o("type", "array", "title", "章节", "description", "清单的各个部分", "minItems", 1,
			"items", object("章节", "清单的一个部分", []string{"id", "title"},
				"id", idOrNumber("章节编号", "如 一、二，任务文件的 section 引用它"),
				"title", str("章节标题", "照录原文"))),
		"periods", o("type", "array", "title", "报送期次", "description", "按时间先后列出", "minItems", 1,
			"items", object("期次", "一个报送期次", []string{"id", "start", "end"},
				"id", o("type", "string", "title", "期次编号", "description", "字母、数字、- 和 _，如 2019Q2；也是 reports/ 下的目录名",
					"pattern", `^[A-Za-z0-9][A-Za-z0-9_-]*$`),
				"start", date("期初", "期次的第一天"),
				"end", date("期末", "期次的最后一天"),
				"due", date("报送截止", "本期报送的截止日期，默认为期末"))),
		"warn", object("预警设置", "红黄绿灯的阈值", nil,
			"behind", o("type", "integer", "title", "落后点数", "description", "进度落后于时间进度超过多少个百分点亮黄灯，默认 20", "minimum", 0, "maximum", 100),
			"days", o("type", "integer", "title", "临近天数", "description", "距完成时限或节点不足多少天且未完成亮黄灯，默认 15", "minimum", 0),
			"delayed_share", o("type", "number", "title", "滞后单位占比", "description", "一项任务的责任单位中，报告滞后的超过这个比例（0 到 1 的小数，如 0.1 即 10%）才亮红灯；默认 0，即任一单位滞后就亮红灯", "minimum", 0, "maximum", 1)),
		"require", object("报送要求", "对报送内容的要求", nil,
			"evidence", o("type", "string", "title", "佐证材料", "description", "done：报“已完成”的条目必须在 evidence 中列出佐证材料", "enum", []string{"done", "已完成"}),
			"from", o("type", "string", "title", "开始执行的期次", "description", "要求从这一期开始执行（periods 中的期次编号），之前各期的报送不受影响；不写则每一期都要求")),
	)
}

func units() *obj {
	return document("units", "单位名册（units.yaml）", "责任单位、别名，以及通知中指代多个单位的分组",
		[]string{"units"},
		"units", o("type", "array", "title", "单位", "description", "每个责任单位一项",
			"items", object("单位", "一个责任单位", []string{"id", "name"},
				"id", o("type", "string", "title", "单位编号", "description", "小写英文字母、数字和连字符，如 chikan-org；也是报送文件的文件名",
					"pattern", `^[a-z0-9]+(-[a-z0-9]+)*$`),
				"name", str("单位名称", "如 赤坎区委组织部"),
				"aliases", strList("别名", "通知中对该单位的其他叫法"),
				"contact", str("联系人", "催报时联系谁，如：陈晓 0759-3100001（可不填）"),
				"from", str("开始报送的期次", "年中加入清单的单位：从这一期开始报送（periods 中的期次编号），之前各期不欠报送；不写则从第一期起"),
				"until", str("最后报送的期次", "撤并或退出清单的单位：报送到这一期为止（periods 中的期次编号），此后各期不再欠报送，以前的报送照常计入；不要从 units.yaml 删去这样的单位"))),
		"groups", o("type", "array", "title", "分组", "description", "通知中指代多个单位的说法，如 市县党委组织部",
			"items", object("分组", "一个分组", []string{"name", "members"},
				"name", str("分组名称", "通知中的说法"),
				"aliases", strList("别名", "同一分组的其他说法"),
				"members", strList("成员", "单位编号、单位名称或其他分组的名称"),
				"rank", o("type", "boolean", "title", "组内排名", "description", "true：本组单位在组内相互排名（如各县（市、区）党委组织部）；一个单位在它所属的第一个这样的分组中排名，不属于任何这样分组的单位一起排名"))),
	)
}

func task() *obj {
	return document("task", "任务（tasks/编号.yaml）", "清单中的一项任务",
		[]string{"section", "title", "owners"},
		"id", idOrNumber("任务编号", "可不填；填写时须与文件名一致"),
		"section", idOrNumber("所属章节", "plan.yaml 中章节的编号，如 五"),
		"title", str("任务标题", "照录原文"),
		"body", str("任务内容", "照录原文"),
		"owners", strList("责任单位", "通知中列出的责任单位或分组，须能在 units.yaml 中找到"),
		"owners_text", str("责任单位原文", "通知中的责任单位原文"),
		"lead", strList("牵头单位", "owners 中的牵头单位"),
		"leaders", strList("责任领导", "通知中列出的责任领导或牵头领导（人，不是单位）"),
		"due", date("完成时限", "默认为 plan.yaml 的 end"),
		"from", str("加入清单的期次", "年中加入清单的任务：从这一期开始报送（periods 中的期次编号），之前各期不欠这项任务的报送，按时间应达的进度也从这一期的开始日算起；不写则从第一期起"),
		"milestones", o("type", "array", "title", "时间节点", "description", "任务中带日期的阶段性要求",
			"items", object("时间节点", "一个带日期的要求", []string{"due", "text"},
				"due", date("日期", "节点日期"),
				"text", str("内容", "该日期前要完成的事项"))),
		"targets", o("type", "array", "title", "量化指标", "description", "任务的数字目标",
			"items", object("指标", "一个数字目标", []string{"id", "name", "target"},
				"id", str("指标编号", "报送的 values 用它填报数值"),
				"name", str("指标名称", "如 市级红色村党建示范工程"),
				"target", o("type", "number", "title", "目标值", "description", "目标数值"),
				"unit", str("计量单位", "如 个"))),
	)
}

func report() *obj {
	return document("report", "报送（reports/期次/单位编号.yaml）", "一个单位一期的进展报送",
		[]string{"unit", "period", "entries"},
		"unit", o("type", "string", "title", "单位编号", "description", "须与文件名一致", "pattern", `^[a-z0-9]+(-[a-z0-9]+)*$`),
		"period", o("type", "string", "title", "期次", "description", "须与所在目录一致，如 2019Q2"),
		"submitted", o("type", []string{"string", "null"}, "title", "报送日期", "description", "格式：年-月-日，如 2019-07-03",
			"pattern", `^\d{4}-\d{2}-\d{2}$`),
		"contact", o("type", []string{"string", "null"}, "title", "联系人", "description", "联系人及电话"),
		"entries", o("type", "array", "title", "报送条目", "description", "每项负责且未完成的任务一条",
			"items", object("报送条目", "一项任务的进展", []string{"task", "status"},
				"task", idOrNumber("任务编号", "如 16"),
				"status", statusSchema(),
				"progress", o("type", []string{"integer", "null"}, "title", "进度", "description", "0 到 100 的整数，不带 %；已完成即 100",
					"minimum", 0, "maximum", 100),
				"summary", o("type", []string{"string", "null"}, "title", "进展情况", "description", "本期做了什么、取得什么成效"),
				"problems", o("type", []string{"string", "null"}, "title", "存在问题", "description", "可不填"),
				"next", o("type", []string{"string", "null"}, "title", "下步计划", "description", "可不填"),
				"values", o("type", "object", "title", "指标数值", "description", "按任务的量化指标填报数值，如 {red-village-city: 3}",
					"additionalProperties", o("type", "number")),
				"evidence", o("type", "array", "title", "佐证材料", "description",
					"放在 evidence/期次/单位编号/ 中的文件名，如 [整顿台账.pdf, 现场照片1.jpg]；只写文件名，可用 "+evidenceTypes()+"，每个不超过 20 MB",
					"items", o("type", "string", "minLength", 1, "pattern", `^[^/\\:]+$`)),
				"extension", object("申请延期", "申请把这项任务的完成时限延至某日，由办公室审核决定", []string{"to", "reason"},
					"to", date("延期至", "申请延至哪一天"),
					"reason", str("延期理由", "为什么需要延期")))),
	)
}

func evidenceTypes() string {
	out := ""
	for i, t := range model.EvidenceTypes {
		if i > 0 {
			out += "、"
		}
		out += t
	}
	return out
}

func review() *obj {
	// A return's reason: of the review's own return, and of each earlier
	// one it keeps.
	reason := object("退回理由", "一条理由", []string{"text"},
		"task", idOrNumber("任务编号", "理由针对的任务（可不填）"),
		"text", str("理由", "需要修改或补充什么"))
	return document("review", "审核记录（reviews/期次/单位编号.yaml）", "办公室对一份报送的审核结论，由 tally review accept 或 return 写入",
		[]string{"unit", "period", "report", "result", "date", "by"},
		"unit", o("type", "string", "title", "单位编号", "description", "须与文件名一致", "pattern", `^[a-z0-9]+(-[a-z0-9]+)*$`),
		"period", o("type", "string", "title", "期次", "description", "须与所在目录一致，如 2019Q2"),
		"report", o("type", "string", "title", "报送文件指纹", "description", "所审核的报送内容的指纹（12 位十六进制数字，由 tally review 写入）：报送的任何一项内容改动后与之不符，即为待审核；只改格式、注释不影响",
			"pattern", `^[0-9a-f]{12}$`),
		"result", o("type", "string", "title", "审核结论", "description", "通过 或 退回", "enum", model.ReviewResultChoices()),
		"date", date("审核日期", "作出审核结论的日期"),
		"by", str("审核人", "如 督查科 李四"),
		"submitted", date("原报送日期", "退回时所退报送的报送日期（重报按时与否以此为准），由 tally review 写入"),
		"deadline", date("重报期限", "退回时要求重新报送的期限（tally review return --deadline），可不填"),
		"reasons", o("type", "array", "title", "退回理由", "description", "退回时必填：每条一项，可指明任务", "items", reason),
		"extensions", o("type", "array", "title", "延期决定", "description", "对申请延期的决定",
			"items", object("延期决定", "对一项任务延期申请的决定", []string{"task", "granted"},
				"task", idOrNumber("任务编号", "如 16"),
				"to", date("延期至", "批准延至哪一天（批准时必填）"),
				"granted", o("type", "boolean", "title", "是否批准", "description", "true 批准，false 不批准"))),
		"evidence", o("type", "array", "title", "佐证材料指纹", "description", "审核时报送引用的佐证材料及其内容指纹，由 tally review 写入；文件改动或删除后即为待审核",
			"items", object("佐证材料指纹", "一个佐证材料文件", []string{"file", "hash"},
				"file", str("文件名", "evidence/期次/单位编号/ 中的文件名"),
				"hash", o("type", "string", "title", "内容指纹", "description", "文件内容 SHA-256 的前 12 位十六进制数字", "pattern", `^[0-9a-f]{12}$`))),
		"returns", o("type", "array", "title", "以前的退回", "description", "这份报送以前被退回的记录（由 tally review 在作出新的审核时保留）：按退回那天到重报之前的某一天统计，仍是退回待改",
			"items", object("以前的退回", "一次退回", []string{"date", "reasons"},
				"date", date("退回日期", "那次退回的日期"),
				"by", str("审核人", "那次退回的审核人"),
				"deadline", date("重报期限", "那次退回要求重新报送的期限，可不填"),
				"reasons", o("type", "array", "title", "退回理由", "description", "那次退回的理由", "items", reason),
				"submitted", date("原报送日期", "那次退回的报送最初的报送日期"),
				"resubmitted", date("重报日期", "那次退回后重新报送的日期（下一次审核时记下；那时报送没有改动的不写）"))),
	)
}
