package conll

import (
	"fmt"
	"io"
	"sort"
)

// Counts holds chunk-level true positives, false positives and false
// negatives.
type Counts struct {
	TP, FP, FN int
}

// Precision returns TP/(TP+FP), or 0 when nothing was predicted.
func (c Counts) Precision() float64 {
	if c.TP+c.FP == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall returns TP/(TP+FN), or 0 when there is nothing to find.
func (c Counts) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 returns the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Eval accumulates conlleval-style scores (exact span and type) over
// sentences.
type Eval struct {
	// All counts every chunk.
	All Counts
	// ByType counts the chunks of each type.
	ByType map[string]*Counts
}

// NewEval returns an empty Eval.
func NewEval() *Eval { return &Eval{ByType: map[string]*Counts{}} }

// Add scores one sentence's predicted tags against its gold tags.
func (e *Eval) Add(gold, pred []string) {
	g, p := Chunks(gold), Chunks(pred)
	inGold := make(map[Chunk]bool, len(g))
	for _, c := range g {
		inGold[c] = true
	}
	inPred := make(map[Chunk]bool, len(p))
	for _, c := range p {
		inPred[c] = true
		if inGold[c] {
			e.All.TP++
			e.typ(c.Type).TP++
		} else {
			e.All.FP++
			e.typ(c.Type).FP++
		}
	}
	for _, c := range g {
		if !inPred[c] {
			e.All.FN++
			e.typ(c.Type).FN++
		}
	}
}

func (e *Eval) typ(t string) *Counts {
	c := e.ByType[t]
	if c == nil {
		c = &Counts{}
		e.ByType[t] = c
	}
	return c
}

// Report prints one line per type, sorted, and an overall line with P, R
// and F1 in percent.
func (e *Eval) Report(w io.Writer) {
	types := make([]string, 0, len(e.ByType))
	for t := range e.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	line := func(name string, c Counts) {
		fmt.Fprintf(w, "%-8s P %6.2f R %6.2f F1 %6.2f  gold %d pred %d\n", name,
			100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.TP+c.FN, c.TP+c.FP)
	}
	for _, t := range types {
		line(t, *e.ByType[t])
	}
	line("overall", e.All)
}
