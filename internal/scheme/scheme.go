// Package scheme holds the annotation conventions prensa can follow and the
// post-pass that adjusts the pipeline's entities to one of them.
//
// The statistical model is trained on CoNLL-2002, whose conventions differ
// from what a newsroom expects (the prensa scheme): CoNLL tags the portfolio
// in "ministro de Economía" as MISC and a bare "Gobierno" as ORG, and has no
// AGENCY type. Apply is the one place where those differences are decided.
package scheme

import (
	"fmt"
	"strings"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// Scheme names a set of annotation conventions.
type Scheme string

// The schemes.
const (
	// Prensa is the default: the conventions of the project's guidelines
	// for news (no entity for portfolios inside roles, for a generic
	// Gobierno, for abbreviations such as PIB or CEO; AGENCY for state
	// agencies, electoral authorities included; facilities used as places
	// are LOC; clubs called by their city with an article are ORG).
	Prensa Scheme = "prensa"
	// CoNLL2002 follows CoNLL-2002 Spanish: portfolios inside roles are
	// MISC, a generic Gobierno/Estado is ORG, and AGENCY is reported as ORG.
	CoNLL2002 Scheme = "conll2002"
)

// Schemes lists the values accepted by --scheme.
var Schemes = []Scheme{Prensa, CoNLL2002}

// Parse checks a --scheme value.
func Parse(s string) (Scheme, error) {
	for _, sc := range Schemes {
		if string(sc) == s {
			return sc, nil
		}
	}
	return "", fmt.Errorf("unknown scheme %q (want prensa or conll2002)", s)
}

// TeamsByPlace reports whether the scheme tags a team called by its
// city or country ("Brasil venció a Gales", "Puyol (Barcelona)") as ORG
// in a document about sport, as CoNLL-2002 does; the prensa scheme keeps
// such names LOC unless an article makes them a club ("el Sevilla").
func (sc Scheme) TeamsByPlace() bool { return sc == CoNLL2002 }

// TagsStoryCodes reports whether the scheme tags an agency's story
// reference ("( ME2125 )") as MISC, as CoNLL-2002 does.
func (sc Scheme) TagsStoryCodes() bool { return sc == CoNLL2002 }

// Span is an entity candidate over the tokens [Start, End) of a sentence.
type Span struct {
	Start, End int
	Type       entity.Type
}

// Sentence is what the post-pass sees of one sentence: its tokens and the
// gazetteer (for its word lists and its known forms).
type Sentence struct {
	Tokens    []tokenize.Token
	Gazetteer *gazetteer.Gazetteer
	// Sport: the sentence is from a document about sport (set only for
	// schemes whose TeamsByPlace is true).
	Sport bool
	// Lower, if set, holds each token's key in lower case (as
	// strings.ToLower gives it), which the caller may have at hand.
	Lower []string
	keys  []string
}

// lower returns token i's key in lower case.
func (s *Sentence) lower(i int) string {
	if s.Lower != nil {
		return s.Lower[i]
	}
	return strings.ToLower(s.Tokens[i].Key)
}

// formTypes returns the gazetteer types of tokens [a, b) as one form.
func (s *Sentence) formTypes(a, b int) []entity.Type {
	s.keys = s.keys[:0]
	for _, t := range s.Tokens[a:b] {
		s.keys = append(s.keys, t.Key)
	}
	return s.Gazetteer.FormTypes(s.keys)
}

// Apply adjusts one span to the scheme: it returns the span to report
// (possibly retyped, shortened or widened) and false when the scheme has
// no entity there.
//
// Both schemes drop sentence-initial function words and demonyms (one
// word), type facilities used as places LOC and clubs called by their city
// with an article ORG (CoNLL-2002 does too). Only the prensa scheme drops
// portfolios inside roles, generic government nouns and common
// abbreviations, and types electoral authorities AGENCY; only conll2002
// reports AGENCY as ORG, types competitions MISC and widens a span over
// the quotation marks around it, a surname's "De la" and an honorific
// ("Doña Sofía"), as CoNLL-2002 annotates.
func (sc Scheme) Apply(s *Sentence, sp Span) (Span, bool) {
	st := s.Tokens
	one := sp.End-sp.Start == 1
	if one && (isFunctionWordAtStart(s, sp.Start) || isDemonymSpan(s, sp)) {
		return sp, false
	}
	if sc == CoNLL2002 {
		if sp.Type == entity.AGENCY {
			sp.Type = entity.ORG
		}
		if isCompetition(s, sp) {
			sp.Type = entity.MISC
		}
	} else {
		if one && commonAbbreviations[st[sp.Start].Key] {
			return sp, false
		}
		if inPortfolio(s, sp.Start, 0) && !knownName(s, sp) {
			return sp, false
		}
		if isGeneric(st[sp.Start]) {
			if one {
				return sp, false
			}
			if rest, ok := personAfterGeneric(s, sp); ok {
				return rest, true
			}
		}
		if sp.Type == entity.ORG && isElectoral(st[sp.Start:sp.End]) {
			sp.Type = entity.AGENCY
		}
	}
	if sp.Type != entity.LOC && isFacility(s, sp) {
		sp.Type = entity.LOC
	}
	if sp.Type == entity.LOC && isClubWithArticle(s, sp) {
		sp.Type = entity.ORG
	}
	if sc == CoNLL2002 {
		sp = withSurnameParticle(s, sp)
		sp = withHonorific(s, sp)
		sp = withQuotes(s, sp)
	}
	return sp, true
}
