package model

// Field is a key of one of tally's files: its name, and whether a file
// must have it.
type Field struct {
	Name     string
	Required bool
}

// File kinds, as FieldTable names them.
const (
	PlanFile   = "plan"
	UnitsFile  = "units"
	TaskFile   = "task"
	ReportFile = "report"
	ReviewFile = "review"
)

// FieldTable is the one list of the fields of tally's files (DESIGN §1),
// by file kind and by the path of a mapping in the file (keys joined by
// "/", list items as "-"), in the canonical key order. The loader's known
// fields, the formatter's key order and the JSON Schemas are all read
// from it (the schema test holds the schemas to it).
var FieldTable = map[string]map[string][]Field{
	PlanFile: {
		"": {{"title", true}, {"notice", false}, {"start", false}, {"end", true},
			{"preamble", false}, {"sections", true}, {"periods", true}, {"warn", false}, {"require", false}},
		"notice":     {{"title", false}, {"number", false}, {"issuer", false}, {"date", false}, {"recipients", false}, {"source", false}},
		"sections/-": {{"id", true}, {"title", true}},
		"periods/-":  {{"id", true}, {"start", true}, {"end", true}, {"due", false}},
		"warn":       {{"behind", false}, {"days", false}, {"delayed_share", false}},
		"require":    {{"evidence", false}, {"from", false}},
	},
	UnitsFile: {
		"":         {{"units", true}, {"groups", false}},
		"units/-":  {{"id", true}, {"name", true}, {"aliases", false}, {"contact", false}, {"from", false}, {"until", false}},
		"groups/-": {{"name", true}, {"aliases", false}, {"members", true}, {"rank", false}},
	},
	TaskFile: {
		"": {{"id", false}, {"section", true}, {"title", true}, {"body", false}, {"owners", true},
			{"owners_text", false}, {"lead", false}, {"leaders", false}, {"due", false}, {"from", false}, {"milestones", false}, {"targets", false}},
		"milestones/-": {{"due", true}, {"text", true}},
		"targets/-":    {{"id", true}, {"name", true}, {"target", true}, {"unit", false}},
	},
	ReportFile: {
		"": {{"unit", true}, {"period", true}, {"submitted", false}, {"contact", false}, {"entries", true}},
		"entries/-": {{"task", true}, {"status", true}, {"progress", false}, {"summary", false},
			{"problems", false}, {"next", false}, {"values", false}, {"evidence", false}, {"extension", false}},
		"entries/-/extension": {{"to", true}, {"reason", true}},
	},
	ReviewFile: {
		"": {{"unit", true}, {"period", true}, {"report", true}, {"result", true}, {"date", true}, {"by", true},
			{"submitted", false}, {"deadline", false}, {"reasons", false}, {"extensions", false}, {"evidence", false}, {"returns", false}},
		"reasons/-":           {{"task", false}, {"text", true}},
		"returns/-":           {{"date", true}, {"by", false}, {"deadline", false}, {"reasons", true}, {"submitted", false}, {"resubmitted", false}},
		"returns/-/reasons/-": {{"task", false}, {"text", true}},
		"evidence/-":          {{"file", true}, {"hash", true}},
		"extensions/-":        {{"task", true}, {"to", false}, {"granted", true}}, // to: required when granted
	},
}

// FieldNames lists the names of the fields at a path of a file kind, in
// canonical order.
func FieldNames(kind, path string) []string {
	var out []string
	for _, f := range FieldTable[kind][path] {
		out = append(out, f.Name)
	}
	return out
}
