package notice

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A portal may give a page's index as a list of bullets with no labels,
// the values alone one a line (• F70631069/2016-00049 / • 中牟县爱国卫生运
// 动委员会办公室 / • 综合,政务,工作 / • 2016-10-11), or with their labels
// (• 索引号:… / • 发文机构:…), its menu among them (• 登录, • 无障碍). The
// run of bulleted lines at the head of the page is its index: a label's
// value is read as any index field is, a body's name alone is the issuer,
// a date alone the date, and the rest (the index's number, its subjects,
// the menu) is the page's, none of the notice's lines. A run with no
// index's field or number among it (a post's 来源 and date, a repost's
// bullets) is left as it is.

// indexBulletRe is a bullet opening a line.
var indexBulletRe = lazyRe(`^[ \t\x{3000}]*[•·●▪◦][ \t\x{3000}]*`)

// bulletIndex takes the bulleted index off the head of a page, reading
// the fields it can; lines is returned without them.
func (n *Notice) bulletIndex(lines []Line) []Line {
	first, end := -1, -1
	for i, l := range lines {
		if i > 30 {
			break
		}
		t := strings.TrimSpace(l.Text)
		if t == "" {
			continue
		}
		if first >= 0 && end == i && valueBelow(lines[i-1].Text) && !indexBulletRe.MatchString(t) && utf8.RuneCountInString(t) <= 80 &&
			i+1 < len(lines) && indexBulletRe.MatchString(strings.TrimSpace(lines[i+1].Text)) {
			// • 信息索引号: / 11330922090963010M/2023-31395 / • 主题分类:: a
			// label's value on the line under it, a bullet after it (the
			// last label's line under it may be the page's title).
			end = i + 1
			continue
		}
		if !indexBulletRe.MatchString(t) || utf8.RuneCountInString(t) > 80 {
			if first >= 0 {
				break
			}
			continue
		}
		if first < 0 {
			first = i
		}
		end = i + 1
	}
	if first < 0 || end-first < 3 {
		return lines
	}
	lines, end = joinBulletValues(lines, first, end)
	// The run is an index where one of its lines is an index's field or
	// an index's number (F70631069/2016-00049); else it is a list of the
	// page's own (a repost's bullets, joint issuers), left as it is.
	index := false
	for _, l := range lines[first:end] {
		t := trimLine(indexBulletRe.ReplaceAllString(l.Text, ""))
		if strongIndexLabelRe.MatchString(t) || indexNumberRe.MatchString(t) {
			index = true
		}
		if isNumberLine(t) {
			// The notice's own number among them (郑市监〔2025〕6 号):
			// the head of a page whose lines after the title the
			// header reads with the index (joint signers one a line).
			return lines
		}
	}
	if !index {
		return lines
	}
	bodies, labelled := 0, false
	for _, l := range lines[first:end] {
		t := trimLine(indexBulletRe.ReplaceAllString(l.Text, ""))
		if endsOrg(t) && utf8.RuneCountInString(t) <= 30 && !strings.ContainsAny(t, "，,。；;：: ") {
			bodies++
		}
		// 发布机构:… among them: the index names the issuer, its other
		// bullets (related documents, bodies) are the page's.
		labelled = labelled || issuerIndexLabelRe.MatchString(t)
	}
	out := append([]Line{}, lines[:first]...)
	for _, l := range lines[first:end] {
		t := trimLine(indexBulletRe.ReplaceAllString(l.Text, ""))
		switch {
		case t == "":
		case !labelled && isTitleCandidate(t) && endsTitle(t) && !endsOrg(t):
			// • 关于开展…的通知: the title among the bullets, kept.
			out = append(out, Line{l.N, t})
		case !labelled && bodies > 1 && endsOrg(t) && utf8.RuneCountInString(t) <= 30 && !strings.ContainsAny(t, "，,。；;：: "):
			// • 县教育局 / • 县财政局 / …: joint issuers, kept one a line
			// for the header to read as it reads signers over a title.
			out = append(out, Line{l.N, t})
		case indexLabelRe.MatchString(t) || attributeFieldRe.MatchString(t):
			// A field with its label: read with the index's other lines.
			out = append(out, Line{l.N, t})
		case endsOrg(t) && utf8.RuneCountInString(t) <= 30 && !strings.ContainsAny(t, "，,。；;：: "):
			// The body the index names, unlabelled: the issuer where
			// nothing else names one (the notice's joint signers do).
			if n.index.publisher == "" {
				n.index.publisher = t
			}
		default:
			if d, ok := indexDate(t); ok && n.index.date.IsZero() {
				n.index.date = d
			}
		}
	}
	return append(out, lines[end:]...)
}

// valueBelow says a bulleted line is a label whose value stands on the
// line under it: • 信息索引号:.
func valueBelow(s string) bool {
	t := strings.TrimSpace(s)
	return indexBulletRe.MatchString(t) && (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") || bareLabel(t))
}

// bareLabel says a bulleted line is an index's label alone, with no colon:
// • 索引号, • 发布机构 (its value on the line under it).
func bareLabel(s string) bool {
	t := trimLine(indexBulletRe.ReplaceAllString(s, ""))
	return slices.Contains(indexLabels, t) || t == "信息名称" || t == "内容概述" || t == "主题导航"
}

// joinBulletValues puts each value standing under its bulleted label in
// lines[first:end] on the label's line; it returns the lines and where the
// run ends now.
func joinBulletValues(lines []Line, first, end int) ([]Line, int) {
	out := append([]Line{}, lines[:first]...)
	for i := first; i < end; i++ {
		l := lines[i]
		if valueBelow(l.Text) && i+2 < end && !indexBulletRe.MatchString(strings.TrimSpace(lines[i+1].Text)) {
			if bareLabel(l.Text) {
				l.Text = strings.TrimSpace(l.Text) + "："
			}
			l.Text = strings.TrimSpace(l.Text) + trimLine(lines[i+1].Text)
			i++
		}
		out = append(out, l)
	}
	k := len(out)
	return append(out, lines[end:]...), k
}

// strongIndexLabelRe opens a field only an index has: 索引号:, 发文机构:,
// 发文字号:, 成文日期:, 主题分类: (a post's 来源: or 发布时间: is no index).
var strongIndexLabelRe = lazyRe(`^(?:索引号|发文机构|发文机关|发布机构|发文字号|成文日期|主题分类|公文种类|信息分类)\s*[：:]`)

// issuerIndexLabelRe opens an index's field naming the issuer.
var issuerIndexLabelRe = lazyRe(`^(?:发布机构|发文机构|发文机关|发布单位|发文单位|机构名称)\s*[：:]`)

// indexNumberRe is an index's own number for a page: F70631069/2016-00049,
// 11370700004/2021-00153, dqhbzb/2020-00014.
var indexNumberRe = lazyRe(`^[0-9A-Za-z]{4,}[/-](?:19|20)\d{2}-\d{3,}$`)
