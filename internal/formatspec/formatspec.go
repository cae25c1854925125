// Package formatspec checks reports that other programs read against
// what their specifications require: a SARIF 2.1.0 log (OASIS standard,
// §3) and a GitLab Code Quality report (GitLab's documented fields). It
// reads the bytes as plain JSON, not through tally's own types, so a
// field tally forgets to write is missing here too. Only tests import it.
package formatspec

import (
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
)

// languageTag is the shape of an RFC 5646 tag such as zh-CN.
var languageTag = regexp.MustCompile(`^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$`)

type obj = map[string]any

// SARIF lists what in data breaks the SARIF 2.1.0 specification, or the
// rules a consumer such as GitHub code scanning applies; nil when nothing.
func SARIF(data []byte) []string {
	var p problems
	var log obj
	if err := json.Unmarshal(data, &log); err != nil {
		return []string{"not JSON: " + err.Error()}
	}
	if v, _ := log["version"].(string); v != "2.1.0" { // §3.13.2
		p.add("version is %v, want \"2.1.0\"", log["version"])
	}
	if s, _ := log["$schema"].(string); !absoluteURI(s) { // §3.13.3
		p.add("$schema %q is not an absolute URI", s)
	}
	runs, ok := log["runs"].([]any) // §3.13.4
	if !ok {
		p.add("runs is not an array")
	}
	for i, r := range runs {
		run, ok := r.(obj)
		if !ok {
			p.add("runs[%d] is not an object", i)
			continue
		}
		sarifRun(&p, fmt.Sprintf("runs[%d]", i), run)
	}
	return p.list
}

func sarifRun(p *problems, at string, run obj) {
	driver := path(run, "tool", "driver") // §3.14.6, §3.18.2
	if driver == nil {
		p.add("%s.tool.driver is missing", at)
		return
	}
	if name, _ := driver["name"].(string); name == "" { // §3.19.8
		p.add("%s.tool.driver.name is missing", at)
	}
	if v, ok := driver["version"]; ok {
		if s, _ := v.(string); s == "" {
			p.add("%s.tool.driver.version is not a string", at)
		}
	}
	if u, ok := driver["informationUri"]; ok {
		if s, _ := u.(string); !absoluteURI(s) {
			p.add("%s.tool.driver.informationUri %v is not an absolute URI", at, u)
		}
	}
	if ck, ok := run["columnKind"]; ok && ck != "utf16CodeUnits" && ck != "unicodeCodePoints" { // §3.14.25
		p.add("%s.columnKind %v is not utf16CodeUnits or unicodeCodePoints", at, ck)
	}
	if l, ok := run["language"].(string); ok && !languageTag.MatchString(l) { // §3.14.21
		p.add("%s.language %q is not a language tag", at, l)
	}
	bases := map[string]bool{}
	for id, b := range asObj(run["originalUriBaseIds"]) { // §3.14.14
		bases[id] = true
		base, _ := b.(obj)
		u, hasURI := base["uri"].(string)
		switch {
		case base == nil:
			p.add("%s.originalUriBaseIds[%s] is not an artifactLocation", at, id)
		case base["uriBaseId"] == nil && hasURI && (!absoluteURI(u) || !strings.HasSuffix(u, "/")):
			p.add("%s.originalUriBaseIds[%s].uri %q must be an absolute URI ending in a slash", at, id, u)
		}
	}
	ruleIDs := sarifRules(p, at, driver)
	results, ok := run["results"].([]any) // §3.14.23: required for a successful run
	if !ok {
		p.add("%s.results is not an array", at)
	}
	for i, r := range results {
		res, ok := r.(obj)
		if !ok {
			p.add("%s.results[%d] is not an object", at, i)
			continue
		}
		sarifResult(p, fmt.Sprintf("%s.results[%d]", at, i), res, ruleIDs, bases)
	}
}

// sarifRules checks the driver's rules and returns their ids by index.
func sarifRules(p *problems, at string, driver obj) []string {
	rules, _ := driver["rules"].([]any)
	var ids []string
	seen := map[string]bool{}
	for i, r := range rules {
		rule, _ := r.(obj)
		id, _ := rule["id"].(string) // §3.49.3
		here := fmt.Sprintf("%s.tool.driver.rules[%d]", at, i)
		if id == "" {
			p.add("%s.id is missing", here)
		}
		if seen[id] {
			p.add("%s.id %q repeats", here, id)
		}
		seen[id] = true
		ids = append(ids, id)
		for _, k := range []string{"shortDescription", "fullDescription", "help"} { // §3.49.9-12: text is required
			if v, ok := rule[k]; ok {
				if s, _ := asObj(v)["text"].(string); s == "" {
					p.add("%s.%s has no text", here, k)
				}
			}
		}
		if c, ok := rule["defaultConfiguration"]; ok { // §3.50.3
			if !level(asObj(c)["level"]) {
				p.add("%s.defaultConfiguration.level %v is not none|note|warning|error", here, asObj(c)["level"])
			}
		}
	}
	return ids
}

func sarifResult(p *problems, at string, res obj, ruleIDs []string, bases map[string]bool) {
	if s, _ := path(res, "message")["text"].(string); s == "" { // §3.27.11, §3.11.8
		p.add("%s.message.text is missing", at)
	}
	id, hasID := res["ruleId"].(string)
	if idx, ok := res["ruleIndex"].(float64); ok { // §3.27.6
		switch {
		case idx < 0 || int(idx) >= len(ruleIDs) || idx != float64(int(idx)):
			p.add("%s.ruleIndex %v is not an index of the driver's rules", at, idx)
		case hasID && ruleIDs[int(idx)] != id:
			p.add("%s.ruleIndex %v names rule %q, not ruleId %q", at, idx, ruleIDs[int(idx)], id)
		}
	}
	if hasID && !slices.Contains(ruleIDs, id) {
		p.add("%s.ruleId %q is not among the driver's rules", at, id)
	}
	if l, ok := res["level"]; ok && !level(l) { // §3.27.10
		p.add("%s.level %v is not none|note|warning|error", at, l)
	}
	locs, _ := res["locations"].([]any)
	if len(locs) == 0 {
		p.add("%s has no location (code scanning needs one)", at)
	}
	for i, l := range locs {
		here := fmt.Sprintf("%s.locations[%d].physicalLocation", at, i)
		phys := path(asObj(l), "physicalLocation")
		art := path(phys, "artifactLocation")
		uri, _ := art["uri"].(string)
		switch u, err := url.Parse(uri); {
		case uri == "" || err != nil:
			p.add("%s.artifactLocation.uri %q is not a URI reference", here, uri)
		case u.IsAbs() || strings.HasPrefix(uri, "/") || strings.HasPrefix(uri, "\\"):
			p.add("%s.artifactLocation.uri %q is absolute; it must be relative to the data root", here, uri)
		case strings.Contains(uri, "..") || strings.Contains(uri, "\\"):
			p.add("%s.artifactLocation.uri %q leaves the data root or uses backslashes", here, uri)
		}
		if b, _ := art["uriBaseId"].(string); !bases[b] { // §3.4.4: a relative uri needs its base
			p.add("%s.artifactLocation.uriBaseId %q is not in originalUriBaseIds", here, b)
		}
		if reg, ok := phys["region"]; ok {
			sarifRegion(p, here+".region", asObj(reg))
		}
	}
	for k, v := range asObj(res["partialFingerprints"]) { // §3.27.17
		if s, _ := v.(string); s == "" {
			p.add("%s.partialFingerprints[%s] is not a string", at, k)
		}
	}
}

func sarifRegion(p *problems, at string, reg obj) {
	line, hasLine := reg["startLine"].(float64) // §3.30: 1-based
	col, hasCol := reg["startColumn"].(float64)
	end, hasEnd := reg["endColumn"].(float64)
	switch {
	case !hasLine:
		p.add("%s has no startLine", at)
	case line < 1:
		p.add("%s.startLine %v is not 1-based", at, line)
	}
	if hasCol && col < 1 {
		p.add("%s.startColumn %v is not 1-based", at, col)
	}
	if hasEnd && (end < 1 || (hasCol && end < col)) {
		p.add("%s.endColumn %v is before startColumn %v", at, end, col)
	}
}

func level(v any) bool {
	s, _ := v.(string)
	return s == "none" || s == "note" || s == "warning" || s == "error"
}

// CodeQuality lists what in data breaks GitLab's Code Quality report
// format: a JSON array of issues, each with a description, a check_name,
// a fingerprint unique in the report, a severity of info, minor, major,
// critical or blocker, a location.path relative to the repository and
// location.lines.begin (or location.positions.begin.line); nil when
// nothing.
func CodeQuality(data []byte) []string {
	var p problems
	var issues []any
	if err := json.Unmarshal(data, &issues); err != nil {
		return []string{"not a JSON array: " + err.Error()}
	}
	seen := map[string]int{}
	for i, it := range issues {
		is, ok := it.(obj)
		at := fmt.Sprintf("[%d]", i)
		if !ok {
			p.add("%s is not an object", at)
			continue
		}
		for _, k := range []string{"description", "check_name", "fingerprint"} {
			if s, _ := is[k].(string); strings.TrimSpace(s) == "" {
				p.add("%s.%s is missing", at, k)
			}
		}
		if fp, _ := is["fingerprint"].(string); fp != "" {
			if j, dup := seen[fp]; dup {
				p.add("%s.fingerprint repeats [%d]'s", at, j)
			}
			seen[fp] = i
		}
		switch is["severity"] {
		case "info", "minor", "major", "critical", "blocker":
		default:
			p.add("%s.severity %v is not info|minor|major|critical|blocker", at, is["severity"])
		}
		loc := path(is, "location")
		pth, _ := loc["path"].(string)
		if pth == "" || strings.HasPrefix(pth, "/") || strings.HasPrefix(pth, "./") || strings.Contains(pth, "\\") {
			p.add("%s.location.path %q is not a path relative to the repository", at, pth)
		}
		begin, ok := path(loc, "lines")["begin"].(float64)
		if !ok {
			begin, ok = path(loc, "positions", "begin")["line"].(float64)
		}
		if !ok || begin < 1 || begin != float64(int(begin)) {
			p.add("%s.location.lines.begin is missing or not a line number", at)
		}
	}
	return p.list
}

type problems struct{ list []string }

func (p *problems) add(format string, args ...any) {
	p.list = append(p.list, fmt.Sprintf(format, args...))
}

func asObj(v any) obj {
	o, _ := v.(obj)
	return o
}

// path follows keys through nested objects; nil where one is missing.
func path(o obj, keys ...string) obj {
	for _, k := range keys {
		o = asObj(o[k])
	}
	return o
}

func absoluteURI(s string) bool {
	u, err := url.Parse(s)
	return err == nil && u.IsAbs()
}
