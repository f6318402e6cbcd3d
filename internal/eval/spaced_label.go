package eval

import (
	"strings"
	"unicode"
)

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
