package eval

import (
	"github.com/prensa-nlp/prensa/internal/entity"
)

// Untyped is the type every mention gets when scoring ignores types.
const Untyped = "ENT"

// Tagger is the pipeline as the scorer uses it (*extract.Extractor).
type Tagger interface {
	Extract(text string) []entity.Entity
	TagWords(doc [][]string) [][]string
}

// Options change how fixtures are scored.
type Options struct {
	// Map renames entity types, in gold and predictions, before scoring
	// (AGENCY=ORG for CoNLL, which has no AGENCY).
	Map map[entity.Type]entity.Type
	// Untyped scores spans only; spaced fixtures are always untyped.
	Untyped bool
}

func (o Options) typ(t string) string {
	if o.Untyped {
		return Untyped
	}
	if to, ok := o.Map[entity.Type(t)]; ok {
		return string(to)
	}
	return t
}

// Unit is the comparison of one sentence (CoNLL, spans over its tokens)
// or one text (byte spans).
type Unit struct {
	// Sentence indexes Fixture.Sentences; 0 for texts.
	Sentence int
	Comparison
}

// Outcome is a fixture scored.
type Outcome struct {
	Fixture *Fixture
	Scores  *Scores
	Units   []Unit
	// Expected (golden and annotated fixtures) and Found (all but CoNLL
	// fixtures) are the gold entities and the pipeline's, types mapped.
	Expected, Found []entity.Entity
}

// Run tags a fixture's text with x and scores it.
func Run(x Tagger, f *Fixture, opts Options) *Outcome {
	o := &Outcome{Fixture: f, Scores: NewScores()}
	switch f.Kind {
	case CoNLL:
		o.runCoNLL(x, opts)
		return o
	case SpacedKind:
		opts.Untyped = true
	}
	o.Scores.Docs = 1
	o.Found = x.Extract(f.Text)
	o.Expected = append([]entity.Entity(nil), f.Expected...)
	mapTypes(o.Found, opts)
	var gold []Span
	if f.Kind == SpacedKind {
		for _, m := range f.Spaced.Marks {
			m.Type = Untyped
			gold = append(gold, m)
		}
	} else {
		mapTypes(o.Expected, opts)
		gold = spansOf(o.Expected, opts)
	}
	c := Compare(gold, spansOf(o.Found, opts))
	o.Scores.Add(c)
	o.Units = []Unit{{Comparison: c}}
	return o
}

// mapTypes renames types with opts.Map (not with Untyped: the entities
// keep their types for printing).
func mapTypes(es []entity.Entity, opts Options) {
	for i := range es {
		if to, ok := opts.Map[es[i].Type]; ok {
			es[i].Type = to
		}
	}
}

func spansOf(es []entity.Entity, opts Options) []Span {
	out := make([]Span, len(es))
	for i, e := range es {
		out[i] = Span{Start: e.Start, End: e.End, Type: opts.typ(string(e.Type))}
	}
	return out
}

// runCoNLL tags each document (sentences between -DOCSTART- lines; a file
// without them is one document) with TagWords and scores it sentence by
// sentence.
func (o *Outcome) runCoNLL(x Tagger, opts Options) {
	sents := o.Fixture.Sentences
	for i := 0; i < len(sents); {
		j := i
		var words [][]string
		for ; j < len(sents) && sents[j].Doc == sents[i].Doc; j++ {
			words = append(words, sents[j].Tokens)
		}
		pred := x.TagWords(words)
		for k := i; k < j; k++ {
			c := o.Scores.AddTags(retag(sents[k].Tags, opts), retag(pred[k-i], opts))
			o.Units = append(o.Units, Unit{Sentence: k, Comparison: c})
		}
		o.Scores.Docs++
		i = j
	}
}

// retag returns tags with their types renamed by opts.
func retag(tags []string, opts Options) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = t
		if len(t) > 2 && t[1] == '-' {
			out[i] = t[:2] + opts.typ(t[2:])
		}
	}
	return out
}

// Total merges the scores of many outcomes.
func Total(outs []*Outcome) *Scores {
	s := NewScores()
	for _, o := range outs {
		s.Merge(o.Scores)
	}
	return s
}
