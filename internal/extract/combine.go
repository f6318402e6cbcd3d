package extract

import (
	"slices"
	"strings"

	"github.com/prensa-nlp/prensa/internal/conll"
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// modelSpans appends to out the spans of the model's IOB2 tags; a span
// that is exactly a gazetteer form takes the entry's canonical name (and
// AGENCY type for an agency the model calls ORG).
func (x *Extractor) modelSpans(st []tokenize.Token, tags []string, matches []gazetteer.Match, out []span) []span {
	var chunks [16]conll.Chunk
	for _, c := range conll.AppendChunks(chunks[:0], tags) {
		t, ok := entity.ParseType(c.Type)
		if !ok {
			continue
		}
		sp := span{start: c.Start, end: c.End, typ: t, src: entity.FromModel, modelOrg: t == entity.ORG}
		for len(matches) > 0 && matches[0].End <= c.Start {
			matches = matches[1:]
		}
		for _, m := range matches {
			if m.Start >= c.End {
				break
			}
			if m.Start == c.Start && m.End == c.End {
				e := x.g.Entry(m.Entry)
				sp.canonical = e.Canonical
				if e.Type == entity.AGENCY && t == entity.ORG {
					sp.typ = entity.AGENCY
				}
				if sp.typ == e.Type {
					sp.id, sp.idType = e.ID, e.Type
				}
			}
		}
		out = append(out, sp)
	}
	return out
}

// hybrid merges model spans and gazetteer matches:
//   - the same span: the gazetteer's type and canonical name, unless the form
//     is ambiguous (several types share it), then the model's type;
//   - a model span that contains gazetteer matches ("Universidad de Buenos
//     Aires" around "Buenos Aires") wins if it reads as one name (capitalized
//     words and connectors only): the model saw the longer name;
//   - a gazetteer match that contains or crosses model spans wins;
//   - what only one side found is kept;
//   - a generated place (Match.Generated) is kept only where the model found
//     nothing: the model's span and type beat it.
//
// The spans it returns are in w.out, until the next call.
func (x *Extractor) hybrid(st []tokenize.Token, tags []string, matches []gazetteer.Match, w *work) []span {
	w.ms = x.modelSpans(st, tags, matches, w.ms[:0])
	ms := w.ms
	out := w.out[:0]
	w.used = bools(w.used, len(matches))
	used := w.used
	var inside []int // matches inside the current model span
	first := 0       // matches before it end before the current model span
	for _, m := range ms {
		for first < len(matches) && matches[first].End <= m.start {
			first++
		}
		keep := true
		inside = inside[:0]
		for gi := first; gi < len(matches) && matches[gi].Start < m.end; gi++ {
			g := matches[gi]
			if g.Generated {
				continue // the model's span beats a generated place
			}
			switch {
			case g.Start == m.start && g.End == m.end:
				gs := x.gazSpan(g)
				gs.modelOrg = m.modelOrg
				if g.Ambiguous && gs.typ != entity.AGENCY || x.personNotPlace(st, g, m.typ) {
					if gs.typ != m.typ {
						gs.id = "" // the entry's id names another kind of thing
					}
					gs.typ = m.typ
					gs.ambiguous = g.Ambiguous
				}
				out = append(out, gs)
				used[gi] = true
				keep = false
			case g.Start >= m.start && g.End <= m.end && nameLike(st[m.start:m.end]):
				inside = append(inside, gi) // inside the model's longer name, if it is kept
			default:
				keep = false // the gazetteer form crosses or contains it
			}
		}
		if keep {
			out = append(out, m)
			for _, gi := range inside {
				used[gi] = true
			}
		}
	}
	w.covered = bools(w.covered, len(st))
	covered := w.covered
	for _, sp := range out {
		for i := sp.start; i < sp.end; i++ {
			covered[i] = true
		}
	}
	for gi, g := range matches {
		if !used[gi] && !slices.Contains(covered[g.Start:g.End], true) {
			out = append(out, x.gazSpan(g))
		}
	}
	sortSpans(out)
	w.out = out
	return out
}

// personNotPlace reports whether the model's PER should beat the
// gazetteer's LOC for a place name that is also a known given name or
// surname ("Toledo", "León").
func (x *Extractor) personNotPlace(st []tokenize.Token, g gazetteer.Match, modelType entity.Type) bool {
	if modelType != entity.PER || x.g.Entry(g.Entry).Type != entity.LOC {
		return false
	}
	l := x.g.Lists()
	for _, t := range st[g.Start:g.End] {
		if l.Given.Has(t.Key) || l.Surnames.Has(t.Key) {
			return true
		}
	}
	return false
}

func sortSpans(s []span) {
	slices.SortStableFunc(s, func(a, b span) int { return a.start - b.start })
}

// nameLike reports whether tokens read as one name: capitalized words,
// joined only by connectors, hyphens or periods.
func nameLike(st []tokenize.Token) bool {
	for _, t := range st {
		if !isCap(t) && !connectors[strings.ToLower(t.Key)] && t.Kind != tokenize.Number {
			return false
		}
	}
	return true
}
