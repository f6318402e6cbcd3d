package scheme

import (
	"slices"
	"unicode"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/normalize"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// isCap reports whether a token can be part of a name.
func isCap(t tokenize.Token) bool { return t.Capitalized() }

// isAcronym reports whether a token is all upper-case letters (2 or more).
func isAcronym(t tokenize.Token) bool { return t.Acronym() }

// firstWord returns the index of the sentence's first token that is not
// punctuation.
func firstWord(st []tokenize.Token) int {
	for i, t := range st {
		if t.Kind != tokenize.Punct {
			return i
		}
	}
	return len(st)
}

// isFunctionWordAtStart reports whether token i is a capitalized function
// word opening the sentence ("Este", "Según") that no entry names.
func isFunctionWordAtStart(s *Sentence, i int) bool {
	t := s.Tokens[i]
	return i == firstWord(s.Tokens) && !isAcronym(t) && s.Gazetteer.Lists().NonEntities.Has(s.lower(i)) &&
		len(s.formTypes(i, i+1)) == 0
}

// knownName reports whether the span is a name in its own right: an
// acronym, or a gazetteer form of a person, place or organization.
func knownName(s *Sentence, sp Span) bool {
	if sp.End-sp.Start == 1 && isAcronym(s.Tokens[sp.Start]) {
		return true
	}
	for _, t := range s.formTypes(sp.Start, sp.End) {
		if t != entity.MISC {
			return true
		}
	}
	return false
}

// inPortfolio reports whether the name starting at token a is a portfolio
// inside a role: "ministro de Economía", "ministra de Trabajo y Economía
// Social", "comisaria europea de Competencia", "secretario de Estado de
// Comercio".
// maxPortfolio bounds how far back inPortfolio looks for the role.
const maxPortfolio = 12

func inPortfolio(s *Sentence, a, depth int) bool {
	st := s.Tokens
	k := a
	// back over a coordinated portfolio: "Trabajo y Economía Social";
	// no portfolio name is longer than maxPortfolio words, which keeps a
	// run of thousands of capitalized words linear
	for k > 0 {
		if a-k >= maxPortfolio {
			return false
		}
		if isCap(st[k-1]) {
			k--
			continue
		}
		if w := s.lower(k - 1); (w == "y" || w == "e") && k >= 2 && isCap(st[k-2]) {
			k--
			continue
		}
		break
	}
	j := k - 1
	if j >= 0 {
		switch s.lower(j) {
		case "la", "las", "los", "el":
			j--
		}
	}
	if j < 0 || (s.lower(j) != "de" && s.lower(j) != "del") {
		return false
	}
	j--
	if j >= 0 {
		w := s.lower(j)
		if _, ok := s.Gazetteer.Lists().Demonyms.Get(w); ok || roleModifiers[w] {
			j--
		}
	}
	if j < 0 {
		return false
	}
	if roles[s.lower(j)] {
		return true
	}
	// "secretario de Estado de Comercio": Estado is itself the portfolio
	return depth == 0 && st[j].Key == "Estado" && inPortfolio(s, j, 1)
}

// isGeneric reports whether a token is a generic government noun.
func isGeneric(t tokenize.Token) bool { return generic[t.Key] }

// personAfterGeneric returns the person of "Gobierno Boric", "Administración
// Trump", "Gobierno de Sánchez": the name after the generic noun.
func personAfterGeneric(s *Sentence, sp Span) (Span, bool) {
	st := s.Tokens
	r := sp.Start + 1
	if w := s.lower(r); w == "de" || w == "del" {
		r++
	}
	if r >= sp.End {
		return sp, false
	}
	if len(s.formTypes(sp.Start, sp.End)) > 0 {
		return sp, false // a named body: "Gobierno Vasco"
	}
	if slices.Contains(s.formTypes(r, sp.End), entity.PER) || s.Gazetteer.Lists().Given.Has(st[r].Key) {
		return Span{Start: r, End: sp.End, Type: entity.PER}, true
	}
	return sp, false
}

// isDemonymSpan reports whether every word of the span is a demonym
// ("Norcoreanos") and no entry has the span as a form ("Argentina").
func isDemonymSpan(s *Sentence, sp Span) bool {
	l := s.Gazetteer.Lists()
	for _, t := range s.Tokens[sp.Start:sp.End] {
		if !isDemonymForm(l, t.Key) {
			return false
		}
	}
	return len(s.formTypes(sp.Start, sp.End)) == 0
}

// isDemonymForm reports whether key is a demonym as it is written:
// lower-case, capitalized or in capitals.
func isDemonymForm(l *gazetteer.Lists, key string) bool {
	var buf [64]byte
	if !l.WordBytes(normalize.AppendLower(buf[:0], key)).Demonym() {
		return false
	}
	// Rune by rune, as strings.ToLower and ToUpper map them: every rune
	// lower-case, every rune in capitals, or the first in capitals and the
	// rest lower-case.
	lower, upper, capital := true, true, true
	for i, r := range key {
		lo, up := unicode.ToLower(r) == r, unicode.ToUpper(unicode.ToLower(r)) == r
		lower = lower && lo
		upper = upper && up
		if i == 0 {
			capital = up
		} else {
			capital = capital && lo
		}
	}
	return lower || upper || capital
}

// isElectoral reports whether an organization's name is an electoral
// authority's.
func isElectoral(st []tokenize.Token) bool {
	for _, t := range st {
		if electoralWords[t.Key] {
			return true
		}
	}
	return false
}

// isFacility reports whether the span names a facility used as a place:
// by its head ("Estadio Azteca", "Centro Espacial Kennedy"), by the noun
// before it ("el estadio Metropolitano", "la refinería de Dos Bocas", but
// not "el estadio del Betis", a club), or a seat of power one goes to
// ("llegó a la Casa Rosada").
func isFacility(s *Sentence, sp Span) bool {
	st := s.Tokens
	a := sp.Start
	h := a
	if facilityPrefixes[st[h].Key] && h+1 < sp.End {
		h++
	}
	if second, ok := facilityHeads[st[h].Key]; ok {
		if second == nil {
			return true
		}
		if h+1 < sp.End && slices.Contains(second, st[h+1].Key) {
			return true
		}
	}
	if venueTails[st[sp.End-1].Key] && sp.End-a >= 2 {
		return true // Movistar Arena, Wembley Stadium
	}
	if a == 0 {
		return false
	}
	prev := st[a-1]
	if facilityNouns[prev.Key] {
		return true
	}
	if a >= 2 && (prev.Key == "espacial" && st[a-2].Key == "centro" ||
		(prev.Key == "de" || prev.Key == "del") && facilityNouns[st[a-2].Key]) {
		return !slices.Contains(s.formTypes(a, sp.End), entity.ORG)
	}
	if seatHeads[st[a].Key] && sp.End-a >= 2 {
		j := a - 1
		switch prev.Key {
		case "el", "la", "los", "las":
			j--
		}
		return j >= 0 && placePrepositions[st[j].Key]
	}
	return false
}

// isClubWithArticle reports whether a place's name that is also a club's
// follows a masculine article: "el Sevilla", "ganó al Valencia".
func isClubWithArticle(s *Sentence, sp Span) bool {
	if sp.Start == 0 || !clubArticles[s.Tokens[sp.Start-1].Key] {
		return false
	}
	ts := s.formTypes(sp.Start, sp.End)
	if slices.Contains(ts, entity.LOC) && slices.Contains(ts, entity.ORG) {
		return true
	}
	// a city the gazetteer knows only as a city: "el Barcelona", "del Liverpool"
	if len(ts) != 1 || sp.End-sp.Start != 1 || articlePlaces[s.Tokens[sp.Start].Key] {
		return false
	}
	ms := s.Gazetteer.MatchTokens(s.Tokens[sp.Start:sp.End], nil)
	return len(ms) == 1 && ms[0].End == sp.End-sp.Start && cityFiles[s.Gazetteer.Entry(ms[0].Entry).Origin]
}

// isCompetition reports whether the span names a sports competition, which
// CoNLL-2002 tags MISC: it starts with a competition's head ("Liga Asobal",
// "Copas del Rey") and, outside news about sport, the gazetteer does not
// know it as an organization ("Liga Norte", "Liga Árabe").
func isCompetition(s *Sentence, sp Span) bool {
	if !competitionHeads[s.Tokens[sp.Start].Key] {
		return false
	}
	return s.Sport || !slices.Contains(s.formTypes(sp.Start, sp.End), entity.ORG)
}
