package summary

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/normalize"
)

// Places knows the demonyms of countries, cities and regions and the ids
// of places. Build it once with NewPlaces; it is read-only and safe for
// concurrent use.
type Places struct {
	g *gazetteer.Gazetteer
	// The demonym lists (lowercase demonym key → place canonical); a word
	// of both is the country's.
	demonyms, placeDemonyms gazetteer.PlaceSet
	ids                     sync.Map // place canonical → id ("" for none), filled on first use
	minLen                  int      // bytes of the shortest demonym
}

// NewPlaces takes the demonyms and the ids of places from g: the country
// demonyms and those of cities and regions, and the ids of their places
// (see Gazetteer.CanonicalID).
func NewPlaces(g *gazetteer.Gazetteer) *Places {
	l := g.Lists()
	return &Places{g: g, demonyms: l.Demonyms, placeDemonyms: l.PlaceDemonyms, minLen: l.MinDemonymBytes}
}

// place returns the place of a demonym key.
func (p *Places) place(w string) (string, bool) {
	if place, ok := p.demonyms.Get(w); ok {
		return place, true
	}
	return p.placeDemonyms.Get(w)
}

// id returns the id of a demonym's place, looked up once.
func (p *Places) id(place string) string {
	if id, ok := p.ids.Load(place); ok {
		return id.(string)
	}
	id := p.g.CanonicalID(place, entity.LOC)
	p.ids.Store(place, id)
	return id
}

// Demonyms returns the demonyms of text that no mention of ms (in text
// order) covers, linked to their places, in text order; empty, not nil,
// when there are none. A demonym is a word of the lists written in lower
// case ("los medios norcoreanos"), or capitalized as the first word of a
// sentence; words inside handles, addresses and numbers do not count.
func (p *Places) Demonyms(text string, ms []entity.Entity) []entity.Demonym {
	out := []entity.Demonym{}
	var off charOffsets
	next := 0 // ms[:next] end before the current word
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		start, end := i, wordEnd(text, i+size)
		i = end
		if end-start < p.minLen || !standsAlone(text, start, end) {
			continue
		}
		w := text[start:end]
		if !unicode.IsLower(r) && !(isTitle(w) && sentenceStart(text, start)) {
			continue
		}
		place, ok := p.place(strings.ToLower(normalize.Key(w)))
		if !ok {
			continue
		}
		for next < len(ms) && ms[next].End <= start {
			next++
		}
		if next < len(ms) && ms[next].Start < end {
			continue // inside a mention
		}
		out = append(out, entity.Demonym{
			Text: w, Start: start, End: end,
			CharStart: off.at(text, start), CharEnd: off.at(text, end),
			Place: place, ID: p.id(place),
		})
	}
	return out
}

// wordEnd returns the end of the word that goes on at i: letters, with the
// combining marks of decomposed accents and the invisible characters that
// matching ignores (soft hyphens, zero-width spaces).
func wordEnd(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !invisible(r) {
			break
		}
		i += size
	}
	return i
}

// invisible reports whether r is dropped by matching keys.
func invisible(r rune) bool {
	switch r {
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return true
	}
	return false
}

// standsAlone reports whether text[start:end] is a word of its own, not a
// piece of a handle, hashtag, address, file name or code: no @ # / _ or
// digit touches it, nor a period followed by a letter.
func standsAlone(text string, start, end int) bool {
	if start > 0 {
		if c := text[start-1]; c == '@' || c == '#' || c == '/' || c == '_' || c == '.' || isDigit(c) {
			return false
		}
	}
	if end < len(text) {
		c := text[end]
		if c == '@' || c == '/' || c == '_' || isDigit(c) {
			return false
		}
		if c == '.' && end+1 < len(text) {
			r, _ := utf8.DecodeRuneInString(text[end+1:])
			if unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// sentenceStart reports whether the word at start begins a sentence: only
// spaces and opening marks (quotes, ¿, ¡, parentheses, dashes) stand
// between it and the start of the text, a line break, or the period,
// question or exclamation mark that ends the previous sentence.
func sentenceStart(text string, start int) bool {
	for i := start; i > 0; {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case r == '\n' || r == '.' || r == '?' || r == '!' || r == '…':
			return true
		case unicode.IsSpace(r) || strings.ContainsRune("\"'«“‘¿¡([—–-", r):
			i -= size
		default:
			return false
		}
	}
	return true
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
	o.charAt += entity.RuneCount(text[o.byteAt:b])
	o.byteAt = b
	return o.charAt
}
