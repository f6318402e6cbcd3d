package output

import (
	"io"
	"strings"
)

// spacedPrinter prints the text with every entity set off by two spaces on
// each side (counting the spaces already there), the format of spaced
// fixtures.
type spacedPrinter struct{}

// Print writes the spaced rendering of d.
func (spacedPrinter) Print(w io.Writer, d *Doc) error {
	_, err := io.WriteString(w, Spaced(d))
	return err
}

// Spaced returns the spaced rendering of a document, ending in a newline.
func Spaced(d *Doc) string {
	text := d.Text
	var b strings.Builder
	b.Grow(len(text) + 4*len(d.Result.Entities) + 1)
	pos := 0
	for _, e := range d.Result.Entities {
		if e.Start < pos {
			continue
		}
		b.WriteString(text[pos:e.Start])
		s := b.String()
		have := len(s) - len(strings.TrimRight(s, " "))
		for i := have; i < 2; i++ {
			b.WriteByte(' ')
		}
		b.WriteString(text[e.Start:e.End])
		rest := text[e.End:]
		have = len(rest) - len(strings.TrimLeft(rest, " "))
		for i := have; i < 2; i++ {
			b.WriteByte(' ')
		}
		pos = e.End
	}
	b.WriteString(text[pos:])
	if !strings.HasSuffix(b.String(), "\n") {
		b.WriteByte('\n')
	}
	return b.String()
}
