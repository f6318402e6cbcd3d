package eval

import "sort"

// Span is one mention: the offsets [Start, End) — bytes into a text, or
// token positions in a sentence — and a type ("" when untyped).
type Span struct {
	Start, End int
	Type       string
	// AltStart, when greater than Start, is a second start a prediction
	// may have to match this gold span: the spaced format lets a mark
	// begin with a preposition or article the entity leaves out ("de Kim"
	// is found by "Kim").
	AltStart int
}

func (s Span) key() Span { return Span{Start: s.Start, End: s.End, Type: s.Type} }

// Pair is a gold span and the prediction that matched it.
type Pair struct {
	Gold, Pred Span
}

// Comparison is the outcome of matching predictions against gold spans in
// one unit (a sentence or a document).
type Comparison struct {
	Correct    []Pair // predictions that match a gold span
	Missing    []Span // gold spans no prediction matches (false negatives)
	Unexpected []Span // predictions that match no gold span (false positives)
}

// Counts returns the comparison's overall counts.
func (c Comparison) Counts() Counts {
	return Counts{TP: len(c.Correct), FP: len(c.Unexpected), FN: len(c.Missing)}
}

// Compare matches predictions against gold spans: a prediction matches a
// gold span of the same type that ends where it ends and starts at its
// Start (or AltStart). Each gold span matches at most one prediction.
// Duplicate spans count once, as in conlleval, where a chunk is a set
// element. Exact matches are made before AltStart ones. The lists of the
// result are sorted by position.
func Compare(gold, pred []Span) Comparison {
	gold, pred = dedupe(gold), dedupe(pred)
	var c Comparison
	usedGold := make([]bool, len(gold))
	usedPred := make([]bool, len(pred))
	exact := make(map[Span]int, len(gold))
	for i, g := range gold {
		exact[g.key()] = i
	}
	for j, p := range pred {
		if i, ok := exact[p.key()]; ok && !usedGold[i] {
			usedGold[i], usedPred[j] = true, true
			c.Correct = append(c.Correct, Pair{gold[i], p})
		}
	}
	for j, p := range pred {
		if usedPred[j] {
			continue
		}
		for i, g := range gold {
			if !usedGold[i] && g.AltStart > g.Start && g.AltStart == p.Start && g.End == p.End && g.Type == p.Type {
				usedGold[i], usedPred[j] = true, true
				c.Correct = append(c.Correct, Pair{g, p})
				break
			}
		}
	}
	for i, g := range gold {
		if !usedGold[i] {
			c.Missing = append(c.Missing, g)
		}
	}
	for j, p := range pred {
		if !usedPred[j] {
			c.Unexpected = append(c.Unexpected, p)
		}
	}
	sort.SliceStable(c.Correct, func(a, b int) bool { return less(c.Correct[a].Gold, c.Correct[b].Gold) })
	return c
}

// dedupe returns spans sorted by position without repeated (start, end,
// type) keys.
func dedupe(spans []Span) []Span {
	out := make([]Span, 0, len(spans))
	seen := make(map[Span]bool, len(spans))
	for _, s := range spans {
		if !seen[s.key()] {
			seen[s.key()] = true
			out = append(out, s)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return less(out[a], out[b]) })
	return out
}

func less(a, b Span) bool {
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	if a.End != b.End {
		return a.End < b.End
	}
	return a.Type < b.Type
}
