package notice

import "strings"

// A writing-samples site serves a collection under one heading (社区工作管理
// 办法(精选8篇)) and heads each sample in it with the collection's name and
// its place (社区工作管理办法篇1): neither is the title of the document the
// sample copies, which the site does not give. The import keeps no such
// title: the office writes the document's own.

// sampleCollectionRe is a collection's heading on such a site: …(精选8篇),
// …（通用5篇）, …(汇总10篇).
var sampleCollectionRe = lazyRe(`[（(](?:精选|通用|优选|汇总|集锦)?\d{1,2}篇[）)]\s*$`)

// sampleEntryRe is a sample's heading in the collection: …篇1, …篇十.
var sampleEntryRe = lazyRe(`篇(?:\d{1,2}|[一二三四五六七八九十]{1,3})$`)

// sampleCountRe is the collection's name counting its samples, as the
// page heads it (《2025乡镇春节文化活动方案五篇》): no document's title.
var sampleCountRe = lazyRe(`^《?\p{Han}*?\d{0,4}\p{Han}+(?:\d{1,2}|[一二三四五六七八九十]{1,3})篇》?$`)

// sampleNameRe ends the name a samples site gives the sample it serves
// (鸡年元宵节实施方案样本参考, …工作方案范文): the site's, no document's.
var sampleNameRe = lazyRe(`(?:样本参考|范文参考|参考范文|样本范文|范文)\s*$`)

// dropSampleTitle forgets a title read from a sample's heading where the
// text (the page's furniture with it) has the collection's heading, or
// that the site names as its sample.
func (n *Notice) dropSampleTitle(text string) {
	if sampleNameRe.MatchString(n.ListTitle) {
		n.ListTitle = ""
	}
	if sampleNameRe.MatchString(n.Title) {
		n.Title = ""
		return
	}
	if !sampleEntryRe.MatchString(n.Title) && !sampleCountRe.MatchString(n.Title) {
		return
	}
	for _, l := range strings.Split(text, "\n") {
		if sampleCollectionRe.MatchString(trimLine(l)) {
			n.Title = ""
			return
		}
	}
}
