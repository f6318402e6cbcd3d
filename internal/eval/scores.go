package eval

import (
	"sort"

	"github.com/prensa-nlp/prensa/internal/conll"
)

// Scores accumulates counts overall and per type over many comparisons.
type Scores struct {
	// Counts are the overall counts.
	Counts
	// Types holds the counts of each type.
	Types map[string]*Counts
	// Tokens is the number of tokens scored with AddTags, and CorrectTags
	// the number whose predicted tag equals the gold one (conlleval's
	// accuracy); both are 0 for gold given as spans.
	Tokens, CorrectTags int
	// Docs is the number of documents scored.
	Docs int
}

// NewScores returns empty Scores.
func NewScores() *Scores { return &Scores{Types: map[string]*Counts{}} }

// Add adds a comparison's counts: correct and missing spans count for
// their gold type, unexpected ones for their predicted type.
func (s *Scores) Add(c Comparison) {
	for _, p := range c.Correct {
		s.TP++
		s.typ(p.Gold.Type).TP++
	}
	for _, g := range c.Missing {
		s.FN++
		s.typ(g.Type).FN++
	}
	for _, p := range c.Unexpected {
		s.FP++
		s.typ(p.Type).FP++
	}
}

// AddTags scores one sentence given as IOB tags, one per token, with the
// chunk semantics of conlleval, and returns the comparison of its chunks
// (spans over token positions).
func (s *Scores) AddTags(gold, pred []string) Comparison {
	for i := range gold {
		s.Tokens++
		if i < len(pred) && gold[i] == pred[i] {
			s.CorrectTags++
		}
	}
	c := Compare(ChunkSpans(gold), ChunkSpans(pred))
	s.Add(c)
	return c
}

// ChunkSpans returns the chunks of an IOB1 or IOB2 tag sequence as spans
// over token positions, with conlleval semantics.
func ChunkSpans(tags []string) []Span {
	cs := conll.Chunks(tags)
	out := make([]Span, len(cs))
	for i, c := range cs {
		out[i] = Span{Start: c.Start, End: c.End, Type: c.Type}
	}
	return out
}

// Merge adds o's counts to s.
func (s *Scores) Merge(o *Scores) {
	s.Counts.Add(o.Counts)
	for t, c := range o.Types {
		s.typ(t).Add(*c)
	}
	s.Tokens += o.Tokens
	s.CorrectTags += o.CorrectTags
	s.Docs += o.Docs
}

// TypeNames returns the types seen, sorted.
func (s *Scores) TypeNames() []string {
	out := make([]string, 0, len(s.Types))
	for t := range s.Types {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// Accuracy is the share of tokens whose tag was right, or 0 without tokens.
func (s *Scores) Accuracy() float64 {
	if s.Tokens == 0 {
		return 0
	}
	return float64(s.CorrectTags) / float64(s.Tokens)
}

func (s *Scores) typ(t string) *Counts {
	c := s.Types[t]
	if c == nil {
		c = &Counts{}
		s.Types[t] = c
	}
	return c
}
