package output

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/fatih/color"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// prettyPrinter prints a document for a person at a terminal: the text
// with its mentions colored by type, then the entities summary and the
// demonyms. Without color (not a terminal, or NO_COLOR set) a mention is
// written [text|TYPE].
type prettyPrinter struct{ color bool }

// NewPretty returns the pretty printer, with colors when color is set.
// The caller decides: colors only for a terminal without NO_COLOR.
func NewPretty(color bool) Printer { return prettyPrinter{color: color} }

// typeColors are the attributes of each type's mentions.
var typeColors = map[entity.Type][]color.Attribute{
	entity.PER:    {color.FgRed, color.Bold},
	entity.LOC:    {color.FgGreen, color.Bold},
	entity.ORG:    {color.FgBlue, color.Bold},
	entity.AGENCY: {color.FgCyan, color.Bold},
	entity.MISC:   {color.FgYellow, color.Bold},
}

// painter colors strings, or not.
type painter struct {
	on     bool
	byType map[entity.Type]*color.Color
	faint  *color.Color
	head   *color.Color
	under  *color.Color
}

func newPainter(on bool) *painter {
	p := &painter{on: on, byType: map[entity.Type]*color.Color{}}
	mk := func(attrs ...color.Attribute) *color.Color {
		c := color.New(attrs...)
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	for t, a := range typeColors {
		p.byType[t] = mk(a...)
	}
	p.faint, p.head, p.under = mk(color.Faint), mk(color.Bold, color.Underline), mk(color.Underline)
	return p
}

// typ paints s in the color of type t.
func (p *painter) typ(t entity.Type, s string) string {
	if c, ok := p.byType[t]; ok {
		return c.Sprint(s)
	}
	return s
}

// Print writes the pretty rendering of d.
func (pp prettyPrinter) Print(w io.Writer, d *Doc) error {
	p := newPainter(pp.color)
	r := d.Result
	var b strings.Builder
	if r.Source != "" {
		b.WriteString(p.head.Sprint(r.Source) + "\n\n")
	}
	b.WriteString(pp.text(p, d.Text, r))
	if !strings.HasSuffix(b.String(), "\n") {
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	for i, t := range entity.Types {
		if i > 0 {
			b.WriteString("  ")
		}
		b.WriteString(p.typ(t, string(t)) + " " + typeName(t))
	}
	b.WriteString("\n\n" + p.head.Sprintf("Entities (%d, %d mentions)", len(r.Summary), len(r.Entities)) + "\n")
	tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	for i, it := range r.Summary {
		id := it.ID
		if id == "" {
			id = "-"
		}
		// the colored column is the last one: escape codes would upset
		// the widths of the others
		fmt.Fprintf(tw, "%3d\t%d\t%s\t%s\t%s\t%s\n", i+1, it.Mentions, it.Type, id, strings.Join(it.Forms, ", "), p.typ(it.Type, it.Canonical))
	}
	tw.Flush()
	if len(r.Demonyms) > 0 {
		b.WriteString("\n" + p.head.Sprintf("Demonyms (%d)", len(r.Demonyms)) + "\n")
		for _, dm := range r.Demonyms {
			line := "  " + p.under.Sprint(dm.Text) + " → " + dm.Place
			if dm.ID != "" {
				line += " " + p.faint.Sprint(dm.ID)
			}
			b.WriteString(line + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// text renders the text with its mentions colored (or bracketed) and,
// with colors, its demonyms underlined.
func (pp prettyPrinter) text(p *painter, text string, r entity.Result) string {
	var b strings.Builder
	for _, s := range segments(text, r) {
		switch {
		case s.Mention && pp.color:
			b.WriteString(p.typ(s.Type, s.Text))
		case s.Mention:
			b.WriteString("[" + s.Text + "|" + string(s.Type) + "]")
		case s.Place != "":
			b.WriteString(p.under.Sprint(s.Text))
		default:
			b.WriteString(s.Text)
		}
	}
	return b.String()
}
