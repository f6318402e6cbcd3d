package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/normalize"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// Places knows the demonyms of countries, cities and regions and the ids
// of places. Build it once with NewPlaces; it is read-only and safe for
// concurrent use.
type Places struct {
	demonyms map[string]string // lowercase demonym key → place canonical
	ids      map[string]string // place canonical key → id
}

// NewPlaces takes the demonyms and the ids of places from g: the country
// demonyms and those of cities and regions, and the ids of its LOC
// entries.
func NewPlaces(g *gazetteer.Gazetteer) *Places {
	l := g.Lists()
	p := &Places{demonyms: make(map[string]string, len(l.Demonyms)+len(l.PlaceDemonyms)), ids: map[string]string{}}
	for _, m := range []map[string]string{l.PlaceDemonyms, l.Demonyms} {
		for w, place := range m {
			p.demonyms[w] = place
		}
	}
	for _, e := range g.Entries() {
		if e.Type != entity.LOC || e.ID == "" {
			continue
		}
		if k := normalize.Key(e.Canonical); p.ids[k] == "" {
			p.ids[k] = e.ID
		}
	}
	return p
}

// Demonyms returns the demonyms of text that no mention of ms (in text
// order) covers, linked to their places, in text order; empty, not nil,
// when there are none. A demonym is a word of the lists written in lower
// case ("los medios norcoreanos"), or capitalized as the first word of a
// sentence.
func (p *Places) Demonyms(text string, ms []entity.Entity) []entity.Demonym {
	out := []entity.Demonym{}
	toks, sents := tokenize.Tokenize(text)
	first := make(map[int]bool, len(sents))
	for _, s := range sents {
		for j := s.First; j < s.Last; j++ {
			if toks[j].Kind == tokenize.Word {
				first[j] = true
				break
			}
		}
	}
	var off charOffsets
	next := 0 // ms[:next] end before the current token
	for j, t := range toks {
		if t.Kind != tokenize.Word {
			continue
		}
		for next < len(ms) && ms[next].End <= t.Start {
			next++
		}
		if next < len(ms) && ms[next].Start < t.End {
			continue // inside a mention
		}
		r, _ := utf8.DecodeRuneInString(t.Key)
		if !unicode.IsLower(r) && !(first[j] && isTitle(t.Key)) {
			continue
		}
		place, ok := p.demonyms[strings.ToLower(t.Key)]
		if !ok {
			continue
		}
		out = append(out, entity.Demonym{
			Text: t.Text, Start: t.Start, End: t.End,
			CharStart: off.at(text, t.Start), CharEnd: off.at(text, t.End),
			Place: place, ID: p.ids[place],
		})
	}
	return out
}

// Annotate fills in r's summary and demonyms from its entities and the
// text they were found in, and numbers each mention with its entity.
func (p *Places) Annotate(text string, r *entity.Result) {
	if r.Entities == nil {
		r.Entities = []entity.Entity{}
	}
	r.Summary = Entities(text, r.Entities)
	r.Demonyms = p.Demonyms(text, r.Entities)
}

// isTitle reports whether w is capitalized and the rest in lower case.
func isTitle(w string) bool {
	for i, r := range w {
		if i == 0 {
			if !unicode.IsUpper(r) {
				return false
			}
		} else if unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

// charOffsets converts increasing byte offsets to code-point offsets.
type charOffsets struct{ byteAt, charAt int }

func (o *charOffsets) at(text string, b int) int {
	o.charAt += utf8.RuneCountInString(text[o.byteAt:b])
	o.byteAt = b
	return o.charAt
}
