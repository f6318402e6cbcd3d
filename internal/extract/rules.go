package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// connectors may join the capitalized words of one name when a capitalized
// word follows them: Corea del Norte, Universidad de Buenos Aires, Ursula
// von der Leyen, Lula da Silva.
var connectors = map[string]bool{
	"de": true, "del": true, "la": true, "las": true, "los": true, "el": true,
	"da": true, "das": true, "do": true, "dos": true, "di": true, "van": true,
	"von": true, "der": true, "den": true, "bin": true, "ben": true, "ibn": true, "al": true,
}

// locCues are words after which an unknown capitalized name is a place.
var locCues = map[string]bool{"en": true, "desde": true, "hacia": true, "hasta": true}

// isCap reports whether a token can be part of a name.
func isCap(t tokenize.Token) bool { return t.Capitalized() }

// isAcronym reports whether a token is all upper-case letters (2 or more).
func isAcronym(t tokenize.Token) bool { return t.Acronym() }

// firstWord returns the index of the first token of st that is not an
// opening punctuation mark: where a sentence's first word stands.
func firstWord(st []tokenize.Token) int {
	for i, t := range st {
		if t.Kind != tokenize.Punct {
			return i
		}
	}
	return len(st)
}

// runs returns the maximal sequences of capitalized tokens, joined by
// connectors, of a sentence.
func runs(st []tokenize.Token) [][2]int {
	var out [][2]int
	for i := 0; i < len(st); {
		if !isCap(st[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(st) {
			if isCap(st[j]) {
				j++
				continue
			}
			// connectors followed by a capitalized word
			k := j
			for k < len(st) && connectors[strings.ToLower(st[k].Key)] && k-j < 3 {
				k++
			}
			if k > j && k < len(st) && isCap(st[k]) {
				j = k + 1
				continue
			}
			break
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// gazetteerAndRules resolves gazetteer matches and capitalized runs into
// spans: gazetteer forms decide where they match, a run that starts with a
// head word ("Universidad de Buenos Aires") takes the whole run, and the
// capitalized words no entry covers are typed by rules.
func (x *Extractor) gazetteerAndRules(st []tokenize.Token, matches []gazetteer.Match) []span {
	var out []span
	mi, covered := 0, 0
	for _, r := range runs(st) {
		// a gazetteer form may reach across a run's end into the next run
		// ("Bolsas y Mercados Españoles"): what it covered is done
		if r[1] <= covered {
			continue
		}
		r[0] = max(r[0], covered)
		for mi < len(matches) && matches[mi].End <= r[0] {
			out = append(out, x.gazSpan(matches[mi]))
			mi++
		}
		var inside []gazetteer.Match
		for mi < len(matches) && matches[mi].Start < r[1] {
			inside = append(inside, matches[mi])
			covered = max(covered, matches[mi].End)
			r[1] = max(r[1], matches[mi].End)
			mi++
		}
		out = append(out, x.resolveRun(st, r[0], r[1], inside)...)
	}
	for ; mi < len(matches); mi++ {
		out = append(out, x.gazSpan(matches[mi]))
	}
	return out
}

func (x *Extractor) resolveRun(st []tokenize.Token, a, b int, inside []gazetteer.Match) []span {
	a = x.skipLeading(st, a, b)
	if a >= b {
		var out []span
		for _, m := range inside {
			out = append(out, x.gazSpan(m))
		}
		return out
	}
	if len(inside) == 0 {
		if sp, ok := x.ruleSpan(st, a, b); ok {
			return []span{sp}
		}
		return nil
	}
	if t, ok := x.g.Lists().Heads.Get(st[a].Key); ok && (inside[0].Start > a || inside[len(inside)-1].End < b) &&
		!(inside[0].Start == a && inside[0].End == b) {
		return []span{{start: a, end: b, typ: t, src: entity.FromRule}}
	}
	var out []span
	pos := a
	for _, m := range inside {
		if m.Start > pos {
			if sp, ok := x.ruleSpan(st, pos, m.Start); ok {
				out = append(out, sp)
			}
		}
		out = append(out, x.gazSpan(m))
		pos = m.End
	}
	if pos < b {
		if sp, ok := x.ruleSpan(st, pos, b); ok {
			out = append(out, sp)
		}
	}
	return out
}

// skipLeading drops the words that cannot start a name from the front of a
// run: function words (Los, Según), titles (Presidente) and a sentence's
// first word when nothing says it is a name.
func (x *Extractor) skipLeading(st []tokenize.Token, a, b int) int {
	l := x.g.Lists()
	for a < b {
		lower := strings.ToLower(st[a].Key)
		if l.NonEntities.Has(lower) || l.Titles.Has(lower) || connectors[lower] {
			a++
			continue
		}
		break
	}
	return a
}

// ruleSpan types the capitalized words [a, b) that no entry covers.
func (x *Extractor) ruleSpan(st []tokenize.Token, a, b int) (span, bool) {
	// trim connectors at both ends
	for a < b && !isCap(st[a]) {
		a++
	}
	for b > a && !isCap(st[b-1]) {
		b--
	}
	a = x.skipLeading(st, a, b)
	if a >= b {
		return span{}, false
	}
	l := x.g.Lists()
	first := st[a].Key
	if a == firstWord(st) && b-a == 1 && !l.Given.Has(first) && !isAcronym(st[a]) {
		return span{}, false // a capitalized first word is usually not a name
	}
	if _, ok := l.Demonyms.Get(strings.ToLower(first)); ok && b-a == 1 {
		return span{}, false
	}
	if b-a == 1 && a >= 2 && isOfAfterNoun(st, a) && !l.Given.Has(first) && !l.Surnames.Has(first) {
		return span{}, false // "la ministra de Hacienda", "el Ministerio de Economía"
	}
	sp := span{start: a, end: b, src: entity.FromRule}
	sp.typ = x.ruleType(st, a, b)
	return sp, true
}

func (x *Extractor) ruleType(st []tokenize.Token, a, b int) entity.Type {
	l := x.g.Lists()
	first, last := st[a].Key, st[b-1].Key
	if t, ok := l.Heads.Get(first); ok {
		return t
	}
	if a > 0 && hasTitleBefore(l, st, a) {
		return entity.PER
	}
	for k := a - 1; k >= 0 && k >= a-4; k-- {
		if strings.EqualFold(st[k].Key, "agencia") {
			return entity.AGENCY
		}
	}
	if l.Given.Has(first) {
		return entity.PER
	}
	allAcr := true
	for _, t := range st[a:b] {
		if !isAcronym(t) {
			allAcr = false
		}
	}
	if allAcr {
		return entity.ORG
	}
	if b-a >= 2 && l.Surnames.Has(last) {
		return entity.PER
	}
	if a > 0 && locCues[strings.ToLower(st[a-1].Key)] {
		return entity.LOC
	}
	for _, t := range st[a:b] {
		if l.Given.Has(t.Key) || l.Surnames.Has(t.Key) {
			return entity.PER
		}
	}
	return entity.ORG
}

// isOfAfterNoun reports whether the token before a is "de"/"del" following a
// lower-case word: a capitalized word there names a domain ("ministra de
// Hacienda") more often than an entity.
func isOfAfterNoun(st []tokenize.Token, a int) bool {
	of := strings.ToLower(st[a-1].Key)
	if of != "de" && of != "del" {
		return false
	}
	prev := st[a-2]
	r, _ := utf8.DecodeRuneInString(prev.Key)
	return prev.Kind == tokenize.Word && unicode.IsLower(r)
}

// hasTitleBefore reports whether a title ends just before token a.
func hasTitleBefore(l *gazetteer.Lists, st []tokenize.Token, a int) bool {
	from := max(0, a-l.MaxTitleWords)
	lower := make([]string, 0, a-from)
	for _, t := range st[from:a] {
		lower = append(lower, strings.ToLower(t.Key))
	}
	var buf []byte
	return titleBefore(l, lower, len(lower), &buf)
}
