package window

import (
	"strings"
	"testing"
)

// FuzzWindows: windows of any size add up to the text; tagged window by
// window, every entity keeps the offset contract, none is duplicated or
// crosses a window edge, and no entity of the whole text is split by an
// edge cut at a paragraph break.
func FuzzWindows(f *testing.F) {
	for _, s := range []string{
		"El portavoz del Kremlin, Dmitri Peskov, habló en Moscú.\n\nPeskov dijo que Vladímir Putin viajará a Pekín.",
		strings.Repeat("Kim Jong-un ", 30),
		strings.Repeat("de ", 100) + "\n\n" + strings.Repeat("«(", 40),
		"Mosc\u0075\u0301 \n\n EE.UU. (EFE).- La Haya\n \n Corea del Norte",
	} {
		f.Add(s, uint16(64))
	}
	x := extractor(f)
	f.Fuzz(func(t *testing.T, text string, size uint16) {
		n := MinMax + int(size)%2048
		var ws []Window
		Split(text, n, func(w Window) { ws = append(ws, w) })
		if strings.ToValidUTF8(text, "") == text {
			checkWindows(t, text, n, ws)
		}
		es := Extract(x.NewStream(), text, n)
		checkEntities(t, text, es)
		for _, e := range es {
			for _, w := range ws[1:] {
				if e.Start < w.Start && w.Start < e.End {
					t.Fatalf("%q crosses the edge at %d", e.Text, w.Start)
				}
			}
		}
		whole := x.Extract(text)
		for _, w := range ws[1:] {
			if !paragraphEdge(text, w.Start) {
				continue
			}
			for _, e := range whole {
				if e.Start < w.Start && w.Start < e.End {
					t.Fatalf("the paragraph edge at %d splits %q", w.Start, e.Text)
				}
			}
		}
	})
}

// paragraphEdge reports whether the white space before b holds two
// newlines.
func paragraphEdge(text string, b int) bool {
	nl := 0
	for i := b - 1; i >= 0 && isSpace(text[i]); i-- {
		if text[i] == '\n' {
			nl++
		}
	}
	return nl >= 2
}
