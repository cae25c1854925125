package render

import (
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// tablewriter is the reference the box writer is held to, and only that:
// the product draws its tables with writeBox, so tablewriter (and its
// package initialisation, a few milliseconds of every command's start)
// stays out of the binary.

// writeTablewriter draws t with tablewriter, the reference writeBox is
// tested against.
func (t *Table) writeTablewriter(w io.Writer) error {
	align := make([]tw.Align, len(t.Head))
	for i := range align {
		align[i] = tw.AlignLeft
		if t.Right[i] {
			align[i] = tw.AlignRight
		}
	}
	tbl := tablewriter.NewTable(w,
		tablewriter.WithEastAsian(tw.Off),
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{Symbols: tw.NewSymbols(tw.StyleLight)})),
		tablewriter.WithConfig(tablewriter.Config{
			Header: tw.CellConfig{
				Formatting: tw.CellFormatting{AutoFormat: tw.Off, AutoWrap: tw.WrapNone},
				Alignment:  tw.CellAlignment{Global: tw.AlignLeft},
			},
			Row: tw.CellConfig{
				Formatting: tw.CellFormatting{AutoWrap: tw.WrapNone},
				Alignment:  tw.CellAlignment{PerColumn: align},
			},
			Behavior: tw.Behavior{TrimSpace: tw.Off},
		}),
	)
	head := make([]any, len(t.Head))
	for i, h := range t.Head {
		head[i] = Safe(h)
	}
	tbl.Header(head...)
	for _, r := range t.Rows {
		cells := make([]any, len(r))
		for i, c := range r {
			c = Safe(strings.TrimRight(c, "\n"))
			if n := t.Wrap[i]; n > 0 {
				c = WrapText(c, n)
			}
			cells[i] = c
		}
		if err := tbl.Append(cells...); err != nil {
			return err
		}
	}
	return tbl.Render()
}
