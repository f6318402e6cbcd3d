package eval

import (
	"strings"
)

// Spaced is a parsed spaced text: the text with its marks removed and the
// marks as spans of that text.
//
// In the spaced format every mention is set off by two or more spaces on
// each side ("el líder  Kim Jong-un  visitará"), as 'prensa tag --format
// spaced' prints it; next to punctuation a hand-made mark may use a single
// space ("presidente  Vladimir Putin . “ Kim Jong-un  se").
//
// ParseSpaced reads it line by line. A line is cut into runs of words
// joined by single spaces, cut also at words made only of punctuation
// ("." "“" "”,"). Every run is a mark or plain text: the labelling chosen
// is the cheapest one (Viterbi) under these costs:
//   - a gap of two or more spaces must touch a mark: a gap with plain text
//     on both sides costs 10 (4 at the start or end of a line, where it
//     may be indentation);
//   - a mark costs 0.5 for each side not set off by two spaces (a single
//     space next to punctuation), 1.5 at the line's edge without two
//     spaces, and 1 more when the gap between two marks has no
//     punctuation (adjacent mentions);
//   - a mark that does not look like a name costs 2 (its first word,
//     after any preposition or article, is not capitalized) or 1 (it has
//     lowercase words besides prepositions and articles).
//
// The text is recovered by removing the spaces a mark added: a gap that
// touches a mark becomes no space at the line's edge, after opening
// punctuation (¿ ¡ ( [ « “ and an opening "), before closing punctuation
// (. , ; : ! ? ) ] » ” … and a closing ") and around a hyphen or slash
// joined to a word ("pro-  Putin", "Kim  -  Putin"); otherwise one space
// (w-2 spaces for a gap of w > 3). Gaps that touch no mark are kept.
//
// Output of 'prensa tag --format spaced' parses back to the original text
// and entities, except where the original text itself had two spaces next
// to an entity, or a spaced " - " between two entities.
type Spaced struct {
	// Text is the recovered text.
	Text string
	// Marks are the mentions, as byte spans of Text; AltStart skips a
	// leading preposition or article ("de Kim").
	Marks []Span
	// Pos maps every byte offset of Text, and len(Text), to the offset of
	// the same byte in the spaced source.
	Pos []int
}

// unit is a run of words or a punctuation-only word of one line.
type unit struct {
	start, end int // bytes in the line
	words      []string
	punct      bool // a single word made only of punctuation
}

// ParseSpaced parses a spaced text; see Spaced.
func ParseSpaced(src string) *Spaced {
	sp := &Spaced{}
	var b strings.Builder
	emit := func(s string, at int) {
		for i := 0; i < len(s); i++ {
			sp.Pos = append(sp.Pos, at+i)
		}
		b.WriteString(s)
	}
	off := 0
	for off <= len(src) {
		nl := strings.IndexByte(src[off:], '\n')
		end := len(src)
		if nl >= 0 {
			end = off + nl
		}
		line := src[off:end]
		cr := strings.HasSuffix(line, "\r")
		if cr {
			line = line[:len(line)-1]
		}
		parseLine(line, off, &b, emit, sp)
		if cr {
			emit("\r", off+len(line))
		}
		if nl < 0 {
			break
		}
		emit("\n", end)
		off = end + 1
	}
	sp.Text = b.String()
	sp.Pos = append(sp.Pos, len(src))
	return sp
}

// parseLine labels the runs of one line and emits its recovered text.
func parseLine(line string, base int, b *strings.Builder, emit func(string, int), sp *Spaced) {
	units := splitUnits(line)
	if len(units) == 0 {
		emit(line, base)
		return
	}
	mark := labelRuns(line, units)
	for i, u := range units {
		// the gap before unit i
		gs := 0
		if i > 0 {
			gs = units[i-1].end
		}
		w := u.start - gs
		touches := mark[i] || (i > 0 && mark[i-1])
		n := w
		if touches {
			n = joinedGap(line, units, mark, i, w)
		}
		emit(line[gs:gs+n], base+gs)
		if mark[i] {
			start := b.Len()
			emit(line[u.start:u.end], base+u.start)
			s := Span{Start: start, End: b.Len()}
			if alt := altStart(u.words); alt > 0 {
				s.AltStart = start + alt
			}
			sp.Marks = append(sp.Marks, s)
		} else {
			emit(line[u.start:u.end], base+u.start)
		}
	}
	last := units[len(units)-1]
	if !mark[len(units)-1] {
		emit(line[last.end:], base+last.end)
	}
}
