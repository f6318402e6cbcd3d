package check

import (
	"sort"
	"strings"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/eval"
)

// differences lists how an outcome's found entities differ from the
// expected ones, in text order.
func differences(o *eval.Outcome) []Difference {
	switch o.Fixture.Kind {
	case eval.Golden:
		return goldenDiffs(o)
	case eval.CoNLL:
		return conllDiffs(o)
	}
	return textDiffs(o)
}

// goldenDiffs compares on (start, end, type, canonical): an expected
// entity with no equal found one is changed when a found one has its span,
// else missing; found entities left over are unexpected.
func goldenDiffs(o *eval.Outcome) []Difference {
	f := o.Fixture
	mk := func(change string, e entity.Entity) Difference {
		line, col := lineCol(f.Text, e.Start)
		return Difference{Change: change, File: f.Path, Line: line, Col: col,
			Text: f.Text[e.Start:e.End], Type: string(e.Type), Canonical: e.Canonical,
			Context: snippet(f.Text, e.Start, e.End)}
	}
	used := make([]bool, len(o.Found))
	find := func(e entity.Entity, same func(a, b entity.Entity) bool) int {
		for j, c := range o.Found {
			if !used[j] && c.Start == e.Start && c.End == e.End && same(c, e) {
				used[j] = true
				return j
			}
		}
		return -1
	}
	equal := func(a, b entity.Entity) bool { return a.Type == b.Type && a.Canonical == b.Canonical }
	anything := func(a, b entity.Entity) bool { return true }
	var unmatched []entity.Entity
	for _, e := range o.Expected {
		if find(e, equal) < 0 {
			unmatched = append(unmatched, e)
		}
	}
	var out []Difference
	for _, e := range unmatched {
		if j := find(e, anything); j >= 0 {
			d := mk(Changed, e)
			d.FoundType, d.FoundCanonical = string(o.Found[j].Type), o.Found[j].Canonical
			out = append(out, d)
			continue
		}
		out = append(out, mk(Missing, e))
	}
	for j, e := range o.Found {
		if !used[j] {
			out = append(out, mk(Unexpected, e))
		}
	}
	sortDiffs(out)
	return out
}

// textDiffs lists, for spaced and annotated fixtures, the gold spans not
// found and the entities that match no gold span; typed, a missing and an
// unexpected mention with the same span make one change of type. Spaced
// fixtures are located in the spaced source, with context from the
// recovered text.
func textDiffs(o *eval.Outcome) []Difference {
	f := o.Fixture
	typed := f.Kind != eval.SpacedKind
	src, pos := f.Text, func(i int) int { return i }
	if !typed {
		src, pos = f.Source, func(i int) int { return f.Spaced.Pos[i] }
	}
	mk := func(change string, s eval.Span) Difference {
		line, col := lineCol(src, pos(s.Start))
		d := Difference{Change: change, File: f.Path, Line: line, Col: col,
			Text: f.Text[s.Start:s.End], Context: snippet(f.Text, s.Start, s.End)}
		if typed {
			d.Type = s.Type
		}
		return d
	}
	found := func(s eval.Span) (entity.Entity, bool) {
		for _, e := range o.Found {
			if e.Start == s.Start && e.End == s.End {
				return e, true
			}
		}
		return entity.Entity{}, false
	}
	var out []Difference
	for _, u := range o.Units {
		unexpected := append([]eval.Span(nil), u.Unexpected...)
	missing:
		for _, g := range u.Missing {
			for i, p := range unexpected {
				if typed && p.Start == g.Start && p.End == g.End {
					d := mk(Changed, g)
					d.FoundType = p.Type
					if e, ok := found(p); ok {
						d.FoundCanonical = e.Canonical
					}
					out = append(out, d)
					unexpected = append(unexpected[:i:i], unexpected[i+1:]...)
					continue missing
				}
			}
			out = append(out, mk(Missing, g))
		}
		for _, p := range unexpected {
			d := mk(Unexpected, p)
			if e, ok := found(p); ok {
				d.Type, d.Canonical = string(e.Type), e.Canonical
			}
			out = append(out, d)
		}
	}
	sortDiffs(out)
	return out
}

// conllDiffs lists the chunks missing and unexpected in each sentence; a
// missing and an unexpected chunk over the same tokens make one change of
// type. Line is the line of the chunk's first token, Col is 1.
func conllDiffs(o *eval.Outcome) []Difference {
	f := o.Fixture
	var out []Difference
	for _, u := range o.Units {
		s := f.Sentences[u.Sentence]
		mk := func(change string, c eval.Span) Difference {
			return Difference{Change: change, File: f.Path, Line: s.Line + c.Start, Col: 1,
				Text: strings.Join(s.Tokens[c.Start:c.End], " "), Type: c.Type,
				Context: tokenSnippet(s.Tokens, c.Start, c.End)}
		}
		unexpected := append([]eval.Span(nil), u.Unexpected...)
	missing:
		for _, g := range u.Missing {
			for i, p := range unexpected {
				if p.Start == g.Start && p.End == g.End {
					d := mk(Changed, g)
					d.FoundType = p.Type
					out = append(out, d)
					unexpected = append(unexpected[:i:i], unexpected[i+1:]...)
					continue missing
				}
			}
			out = append(out, mk(Missing, g))
		}
		for _, p := range unexpected {
			out = append(out, mk(Unexpected, p))
		}
	}
	sortDiffs(out)
	return out
}

func sortDiffs(ds []Difference) {
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Line != ds[j].Line {
			return ds[i].Line < ds[j].Line
		}
		return ds[i].Col < ds[j].Col
	})
}
