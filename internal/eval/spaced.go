package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"
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

// splitUnits cuts a line into runs of words joined by single spaces and
// punctuation-only words.
func splitUnits(line string) []unit {
	var units []unit
	i := 0
	for i < len(line) {
		if line[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(line) && line[j] != ' ' {
			j++
		}
		word := line[i:j]
		p := isPunctWord(word)
		gap := 0
		if n := len(units); n > 0 {
			gap = i - units[n-1].end
		}
		if n := len(units); n > 0 && !p && !units[n-1].punct && gap == 1 {
			units[n-1].end = j
			units[n-1].words = append(units[n-1].words, word)
		} else {
			units = append(units, unit{start: i, end: j, words: []string{word}, punct: p})
		}
		i = j
	}
	return units
}

func isPunctWord(w string) bool {
	for _, r := range w {
		if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return false
		}
	}
	return true
}

// Costs of the labelling; see Spaced.
const (
	costLoneGap     = 10
	costLoneEdgeGap = 4
	costWeakSide    = 0.5
	costEdgeSide    = 1.5
	costAdjacent    = 1
)

// labelRuns decides which units are marks (punctuation never is) by
// dynamic programming over the units of a line.
func labelRuns(line string, units []unit) []bool {
	n := len(units)
	gapBefore := func(i int) int {
		if i == 0 {
			return units[0].start
		}
		return units[i].start - units[i-1].end
	}
	gapAfter := func(i int) int {
		if i == n-1 {
			return len(line) - units[i].end
		}
		return gapBefore(i + 1)
	}
	// cost[i][l]: cheapest labelling of units[:i+1] with unit i labelled l
	// (0 plain, 1 mark); from[i][l] the label of unit i-1.
	cost := make([][2]float64, n)
	from := make([][2]int, n)
	unitCost := func(i, l int) float64 {
		u := units[i]
		if l == 1 && u.punct {
			return 1e9
		}
		c := 0.0
		if l == 1 {
			c += nameCost(u.words)
			c += sideCost(gapBefore(i), i == 0) + sideCost(gapAfter(i), i == n-1)
		}
		// strong gaps at the line's edges
		if i == 0 && gapBefore(0) >= 2 && l == 0 && !u.punct {
			c += costLoneEdgeGap
		}
		if i == n-1 && gapAfter(i) >= 2 && l == 0 && !u.punct {
			c += costLoneEdgeGap
		}
		return c
	}
	pairCost := func(i, a, b int) float64 { // units i-1 labelled a, i labelled b
		if gapBefore(i) < 2 {
			return 0
		}
		p, q := units[i-1], units[i]
		switch {
		case p.punct && q.punct:
			return 0
		case p.punct:
			if b == 0 {
				return costLoneGap
			}
		case q.punct:
			if a == 0 {
				return costLoneGap
			}
		case a == 0 && b == 0:
			return costLoneGap
		case a == 1 && b == 1:
			return costAdjacent
		}
		return 0
	}
	for l := 0; l < 2; l++ {
		cost[0][l] = unitCost(0, l)
	}
	for i := 1; i < n; i++ {
		for l := 0; l < 2; l++ {
			best, arg := 0.0, -1
			for k := 0; k < 2; k++ {
				c := cost[i-1][k] + pairCost(i, k, l)
				if arg < 0 || c < best {
					best, arg = c, k
				}
			}
			cost[i][l] = best + unitCost(i, l)
			from[i][l] = arg
		}
	}
	mark := make([]bool, n)
	l := 0
	if cost[n-1][1] < cost[n-1][0] {
		l = 1
	}
	for i := n - 1; i >= 0; i-- {
		mark[i] = l == 1
		l = from[i][l]
	}
	return mark
}

// sideCost is the cost of a mark's side with a gap of w spaces, at the
// line's edge or not.
func sideCost(w int, edge bool) float64 {
	switch {
	case w >= 2:
		return 0
	case edge:
		return costEdgeSide
	}
	return costWeakSide
}

// functionWords may begin a mark without belonging to the name: the
// prepositions and articles the spaced format lets a mark start with.
var functionWords = map[string]bool{
	"a": true, "al": true, "de": true, "del": true, "en": true, "con": true,
	"por": true, "para": true, "desde": true, "hacia": true, "hasta": true,
	"sobre": true, "entre": true, "sin": true, "tras": true,
	"el": true, "la": true, "los": true, "las": true, "lo": true,
}

// altStart returns the byte offset, within the run, of the first word
// after leading prepositions and articles, or 0 when there are none (or
// nothing else).
func altStart(words []string) int {
	off := 0
	for i, w := range words[:len(words)-1] {
		if !functionWords[strings.ToLower(w)] {
			if i == 0 {
				return 0
			}
			return off
		}
		off += len(w) + 1
	}
	return off
}

// nameCost says how little a run looks like a name.
func nameCost(words []string) float64 {
	i := 0
	for i < len(words)-1 && functionWords[strings.ToLower(words[i])] {
		i++
	}
	if !startsUpper(words[i]) {
		return 2
	}
	for _, w := range words[i+1:] {
		if !functionWords[strings.ToLower(w)] && !startsUpper(w) {
			return 1
		}
	}
	return 0
}

// startsUpper reports whether the first letter or digit of w is an upper
// case letter or a digit.
func startsUpper(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// joinedGap returns how many spaces the gap of w spaces before unit i had
// in the original text, given that it touches a mark.
func joinedGap(line string, units []unit, mark []bool, i, w int) int {
	if i == 0 {
		return 0 // the line's start
	}
	left, right := units[i-1], units[i]
	lw := right.words[0]
	pw := left.words[len(left.words)-1]
	if glueAfter(pw, units, mark, i-1) || glueBefore(lw, units, mark, i) {
		return 0
	}
	if w > 3 {
		return w - 2
	}
	return 1
}

// glueAfter reports whether word pw, the last of unit j, takes no space
// after it: opening punctuation, or a hyphen or slash joined to a word or
// between two marks.
func glueAfter(pw string, units []unit, mark []bool, j int) bool {
	r, _ := utf8.DecodeLastRuneInString(pw)
	switch r {
	case '¿', '¡', '(', '[', '{', '«', '“', '‘':
		return true
	case '"', '\'':
		// an opening quote stands alone or follows opening punctuation
		rest := strings.TrimRight(pw, "\"'")
		return rest == "" || strings.ContainsAny(rest[len(rest)-1:], "([{")
	case '-', '/':
		if len(pw) > 1 {
			return true
		}
		return j > 0 && mark[j-1] && units[j].start-units[j-1].end >= 2
	}
	return false
}

// glueBefore reports whether word lw, the first of unit j, takes no space
// before it: closing punctuation, or a hyphen or slash joined to a word or
// between two marks.
func glueBefore(lw string, units []unit, mark []bool, j int) bool {
	r, _ := utf8.DecodeRuneInString(lw)
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '»', '”', '’', '…':
		return true
	case '"', '\'':
		// a closing quote stands alone or is followed by punctuation
		rest := strings.TrimLeft(lw, "\"'")
		return rest == "" || isPunctWord(rest)
	case '-', '/':
		if len(lw) > 1 {
			return true
		}
		return j+1 < len(units) && mark[j+1] && units[j+1].start-units[j].end >= 2
	}
	return false
}
