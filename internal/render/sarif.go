package render

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"

	"tally/internal/diag"
	"tally/internal/i18n"
)

// `check --format sarif`: the diagnostics as a SARIF 2.1.0 log (the OASIS
// standard that GitHub code scanning and other platforms read), so that a
// merge request shows each problem on its line.

// SARIFSchema is where the OASIS publishes the SARIF 2.1.0 schema.
const SARIFSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// SARIFRootID is the base every artifact location is relative to: the
// data root.
const SARIFRootID = "%SRCROOT%"

// FingerprintKey names tally's fingerprint among a SARIF result's
// partialFingerprints.
const FingerprintKey = "tally/v1"

// Tool says who wrote a report: tally's version and the data root the
// files are relative to (an absolute path).
type Tool struct {
	Version string
	Root    string
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                `json:"tool"`
	OriginalURIBaseIDs map[string]sarifArtifact `json:"originalUriBaseIds"`
	Language           string                   `json:"language"`
	ColumnKind         string                   `json:"columnKind"`
	Results            []sarifResult            `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name    string      `json:"name"`
	Version string      `json:"version,omitempty"`
	Rules   []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string      `json:"id"`
	ShortDescription     sarifText   `json:"shortDescription"`
	FullDescription      sarifText   `json:"fullDescription"`
	Help                 sarifText   `json:"help"`
	DefaultConfiguration sarifConfig `json:"defaultConfiguration"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI         string     `json:"uri,omitempty"`
	URIBaseID   string     `json:"uriBaseId,omitempty"`
	Description *sarifText `json:"description,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// SARIF writes the diagnostics as a SARIF 2.1.0 log of one run: the rule
// catalogue as the driver's rules, each diagnostic a result at its file
// (relative to the data root, %SRCROOT%) and, when it has one, its line
// and column (in characters, as tally counts them). Messages are in lang.
func SARIF(w io.Writer, l diag.List, tool Tool, lang i18n.Lang) error {
	rules, index := sarifRules(l.Items, lang)
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{Name: "tally", Version: tool.Version, Rules: rules}},
		OriginalURIBaseIDs: map[string]sarifArtifact{SARIFRootID: {
			URI:         fileURI(tool.Root),
			Description: &sarifText{lang.Pick("数据目录（plan.yaml 所在的文件夹）", "the data root (the folder holding plan.yaml)")},
		}},
		Language:   lang.Pick("zh-CN", "en-US"),
		ColumnKind: "unicodeCodePoints",
		Results:    []sarifResult{},
	}
	prints := Fingerprints(l.Items)
	for i, d := range l.Items {
		loc := sarifPhysical{ArtifactLocation: sarifArtifact{URI: relativeURI(d.File), URIBaseID: SARIFRootID}}
		if d.Pos.Line > 0 {
			r := &sarifRegion{StartLine: d.Pos.Line}
			if d.Pos.Col > 0 {
				r.StartColumn = d.Pos.Col
				if d.Pos.Len > 0 {
					r.EndColumn = d.Pos.Col + d.Pos.Len
				}
			}
			loc.Region = r
		}
		run.Results = append(run.Results, sarifResult{
			RuleID:              d.Rule,
			RuleIndex:           index[d.Rule],
			Level:               d.Severity.String(),
			Message:             sarifText{d.Message.In(lang)},
			Locations:           []sarifLocation{{loc}},
			PartialFingerprints: map[string]string{FingerprintKey: prints[i]},
		})
	}
	return JSON(w, sarifLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

// sarifRules is the whole catalogue, in id order (so a rule keeps its
// index from run to run), and where each rule stands in it. A rule a
// diagnostic names that the catalogue lacks is added, so that every
// result's rule is described.
func sarifRules(items []diag.Diagnostic, lang i18n.Lang) ([]sarifRule, map[string]int) {
	var out []sarifRule
	index := map[string]int{}
	add := func(r diag.Rule) {
		index[r.ID] = len(out)
		out = append(out, sarifRule{
			ID:                   r.ID,
			ShortDescription:     sarifText{r.Title.In(lang)},
			FullDescription:      sarifText{r.Explain.In(lang)},
			Help:                 sarifText{r.Explain.In(lang)}, // what check --explain says
			DefaultConfiguration: sarifConfig{r.Severity.String()},
		})
	}
	for _, r := range diag.Rules() {
		add(r)
	}
	for _, d := range items {
		if _, ok := index[d.Rule]; !ok {
			add(diag.Rule{ID: d.Rule, Severity: d.Severity, Title: i18n.T("规则 "+d.Rule, "rule "+d.Rule), Explain: d.Message})
		}
	}
	return out, index
}

// fileURI is the file: URI of an absolute folder, ending in a slash as a
// base must.
func fileURI(dir string) string {
	p := filepath.ToSlash(dir)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive: file:///C:/…
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// relativeURI is a path relative to the data root as a relative URI
// reference: each segment percent-encoded where it must be, so that a
// Chinese file name or a colon cannot turn it into something else.
func relativeURI(file string) string {
	segs := strings.Split(filepath.ToSlash(file), "/")
	for i, s := range segs {
		segs[i] = strings.ReplaceAll(url.PathEscape(s), ":", "%3A") // a colon would read as a scheme
	}
	return strings.Join(segs, "/")
}

// Fingerprints gives each diagnostic an id that stays the same from run
// to run while the problem is there: a hash of its rule, its file, its
// message in English (so the language does not matter) and how many
// identical ones come before it. Not its line, so that a line added above
// a problem does not make the platforms take it for a new one. No two
// diagnostics of a list share a fingerprint.
func Fingerprints(items []diag.Diagnostic) []string {
	out := make([]string, len(items))
	seen := map[string]int{}
	for i, d := range items {
		key := d.Rule + "\x00" + d.File + "\x00" + d.Message.En
		n := seen[key]
		seen[key] = n + 1
		sum := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(n)))
		out[i] = hex.EncodeToString(sum[:])
	}
	return out
}
