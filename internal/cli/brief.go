package cli

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tally/internal/docx"
	"tally/internal/i18n"
	"tally/internal/render"
)

type briefOptions struct {
	ledgerOptions
	output string
	force  bool
}

func (a *app) briefCmd() *cobra.Command {
	var o briefOptions
	c := &cobra.Command{
		Use:   a.t("brief -o 文件.docx [选项]", "brief -o FILE.docx [flags]"),
		Short: a.t("起草本期情况通报（公文格式 Word 文档）", "draft the period's progress notice (a .docx in official-document layout)"),
		Long: a.t("按汇总数据起草一期的情况通报：总体情况、进展较好的单位、进展滞后的任务和单位、未按时报送的单位、下步要求。\n"+
			"文中数字均与 tally summary --format json 一致；“下步要求”等需要人工撰写的段落以【请改写】标出并以黄色突出显示。\n"+
			"版式按 GB/T 9704：方正小标宋简体标题，仿宋_GB2312 三号正文，黑体一级标题，楷体二级标题，A4 页边距上 37、下 35、左 28、右 26 毫米，带页码。\n"+
			"已有同名文件时不覆盖，除非加 --force。--format md 输出 Markdown（不加 -o 或用 -o - 时输出到屏幕）。",
			"Drafts the period's progress notice: overall figures, the units doing well, the tasks and units behind, the units that\n"+
				"did not report on time, and next steps. Every figure matches tally summary --format json; paragraphs the officer\n"+
				"writes are marked [Rewrite] and highlighted. The layout follows GB/T 9704 (A4, margins 37/35/28/26 mm, page numbers).\n"+
				"An existing file is kept unless --force is given. --format md writes Markdown (to the screen without -o, or with -o -).") + "\n" + a.pathRule(),
		Example:     "  tally brief -o 2019Q2情况通报.docx\n  tally brief --period 2019Q3 --as-of 2019-10-15 -o 三季度通报.docx\n  tally brief --format md",
		Args:        a.noArgs,
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runBrief(&o) },
	}
	a.fileFlags(c, &o.ledgerOptions, &o.output, &o.force, ".docx")
	c.Flags().StringVar(&o.format, "format", "docx", a.t("输出格式：`docx|md`", "output format: `docx|md`"))
	return c
}

func (a *app) runBrief(o *briefOptions) error {
	md := o.format == "md"
	if md && o.output == "-" {
		o.output = "" // to the screen, as "-" means to tools of the kind
	}
	switch {
	case o.format != "docx" && !md:
		return usageError("--format 只能是 docx 或 md，不能是“%s”", "--format must be docx or md, not %q", o.format)
	case !md && o.output == "":
		return usageError("请用 -o 指定输出文件，如 %s brief -o 情况通报.docx；或用 --format md 输出到屏幕", "name the file to write with -o, such as %s brief -o brief.docx, or use --format md to print it", a.tallyCmd())
	case !md && !strings.EqualFold(filepath.Ext(o.output), ".docx"):
		return usageError("输出文件“%s”应以 .docx 结尾", "the output file %q should end in .docx", o.output)
	}
	exists := i18n.F("文件 %s 已存在；加 --force 覆盖，或换一个文件名", "%s exists; add --force to overwrite it, or choose another name", o.output)
	if o.output != "" {
		if err := outputFree(o.output, o.output, o.force, exists); err != nil {
			return err
		}
	}
	o.numbers = true // no report text is shown
	l, lg, err := a.buildLedger(&o.ledgerOptions)
	if err != nil {
		return err
	}
	b := render.NewBrief(lg, l.res.Repo.Plan, a.lang)
	var buf bytes.Buffer
	out := io.Writer(&buf)
	if md && o.output == "" {
		out = a.stdout
	}
	if md {
		err = b.WriteMarkdown(out)
	} else {
		err = docx.Write(out, briefDocument(b, a.t("zh-CN", "en-US"), lg.AsOf))
	}
	if err != nil {
		return err
	}
	if out == a.stdout {
		return a.dataStatus(l, o.strict)
	}
	if err := writeFile(o.output, o.output, 0o644, o.force, exists, buf.Bytes()); err != nil {
		return err
	}
	a.wrote(o.output, lg)
	return a.dataStatus(l, o.strict)
}

// briefStyles maps the brief's paragraph roles to the package's styles.
var briefStyles = map[render.ParaKind]docx.Style{
	render.ParaTitle: docx.Title, render.ParaAddressee: docx.Addressee, render.ParaBody: docx.Body,
	render.ParaHeading1: docx.Heading1, render.ParaHeading2: docx.Heading2,
	render.ParaPlaceholder: docx.Placeholder, render.ParaSignature: docx.Signature, render.ParaDate: docx.DatePlaceholder,
}

func briefDocument(b *render.Brief, lang string, created time.Time) docx.Document {
	d := docx.Document{Title: b.Title, Language: lang, Created: created}
	for _, p := range b.Paras {
		d.Paragraphs = append(d.Paragraphs, docx.Paragraph{Style: briefStyles[p.Kind], Text: p.Text})
	}
	return d
}
