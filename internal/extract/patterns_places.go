package extract

import (
	"slices"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// placeNouns are lower-case nouns after which a single unknown name is a
// place, directly (el río Guamá) or after "de" (el paso de Kerem Shalom,
// el hospital de Djibo).
var placeNouns = map[string]bool{
	"ciudad": true, "localidad": true, "municipio": true, "pueblo": true, "provincia": true, "región": true,
	"paso": true, "barrio": true, "distrito": true, "departamento": true, "comuna": true, "aldea": true,
	"villa": true, "isla": true, "península": true, "valle": true, "cantón": true, "parroquia": true,
	"condado": true, "hospital": true, "río": true, "lago": true, "volcán": true, "monte": true,
	"desierto": true, "golfo": true, "bahía": true, "playa": true, "cerro": true, "sierra": true,
	"poblado": true, "caserío": true, "frontera": true, "franja": true, "mar": true, "puerto": true,
	"ciudades": true, "localidades": true, "municipios": true, "pueblos": true, "provincias": true,
}

// placeDirect are the place nouns a name may follow without "de".
var placeDirect = map[string]bool{"río": true, "lago": true, "volcán": true, "monte": true, "cerro": true, "mar": true, "desierto": true}

// placesAfterNouns types as LOC an unknown name that the model typed
// otherwise after a place noun.
func (x *Extractor) placesAfterNouns(st []tokenize.Token, spans []span) {
	for i := range spans {
		sp := &spans[i]
		if sp.typ == entity.LOC || sp.src == entity.FromGazetteer || sp.start < 1 {
			continue
		}
		a := sp.start
		prev := st[a-1].Key
		place := placeDirect[prev] || (prev == "de" || prev == "del") && a >= 2 && placeNouns[st[a-2].Key]
		if place && !x.knownOther(st, sp.start, sp.end) && !x.g.Lists().Given.Has(st[a].Key) {
			sp.typ = entity.LOC
		}
	}
}

// mergeHeadOfPlace joins a name that starts with a head word and the place
// after it into one name, as the guidelines want: "Fuerzas Armadas de
// Ucrania" and "Estado Mayor Conjunto de Corea del Sur" (ORG), "Juegos
// Olímpicos de Los Ángeles" (MISC).
func (x *Extractor) mergeHeadOfPlace(st []tokenize.Token, spans []span) []span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if i+1 < len(spans) && spans[i+1].start == sp.end+1 && spans[i+1].typ == entity.LOC && x.headedName(st, sp) {
			next := spans[i+1]
			of := st[sp.end].Key == "de" || st[sp.end].Key == "del"
			if of && (next.end == len(st) || !isCap(st[next.end])) {
				out = append(out, span{start: sp.start, end: next.end, typ: sp.typ, src: entity.FromRule})
				i++
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// headedName reports whether a span is an organization or an event named
// by a head word of its type (Fuerzas Armadas, Juegos Olímpicos), or a
// general staff (Estado Mayor).
func (x *Extractor) headedName(st []tokenize.Token, sp span) bool {
	if sp.typ != entity.ORG && sp.typ != entity.MISC && sp.typ != entity.AGENCY {
		return false
	}
	first := st[sp.start].Key
	if first == "Estado" && sp.end-sp.start >= 2 && st[sp.start+1].Key == "Mayor" {
		return true
	}
	t, ok := x.g.Lists().Heads.Get(first)
	return ok && t == sp.typ && !placeLikeHeads[first]
}

// monthWords are the month names and abbreviations of wire datelines.
var monthWords = map[string]bool{
	"ene": true, "feb": true, "mar": true, "abr": true, "may": true, "jun": true, "jul": true, "ago": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dic": true, "enero": true, "febrero": true,
	"marzo": true, "abril": true, "mayo": true, "junio": true, "julio": true, "agosto": true,
	"septiembre": true, "setiembre": true, "octubre": true, "noviembre": true, "diciembre": true,
}

// datelines types as LOC the place of a wire dateline: "Cabo Cañaveral
// (EE.UU.), 27 may (EFE).-", "Buenos Aires, 18 mar".
func (x *Extractor) datelines(st []tokenize.Token, spans, out []span) []span {
	for i := 2; i+1 < len(st); i++ {
		if !isNumber(st[i]) || !monthWords[lowerKey(st[i+1])] || st[i-1].Text != "," {
			continue
		}
		b := i - 1
		if st[b-1].Text == ")" { // the country in parentheses
			k := b - 2
			for k > 0 && st[k].Text != "(" && b-k < 6 {
				k--
			}
			if st[k].Text != "(" {
				continue
			}
			b = k
		}
		if b == 0 || !isCap(st[b-1]) {
			continue
		}
		a, ok := x.datelinePlace(st, b)
		if !ok || placeEndingAt(st, spans, a, b) {
			continue
		}
		out = append(out, ruleSpan(a, b, entity.LOC))
	}
	return out
}

// datelinePlace returns where the place of a dateline ending at b starts:
// a known place that ends there ("Por Juan Miguel Núñez Madrid"), else
// its last one or two capitalized words, not a person's given name.
func (x *Extractor) datelinePlace(st []tokenize.Token, b int) (int, bool) {
	a := capRunBack(st, b)
	// over two connectors too: "Jerez de la Frontera", "Villafranca de los Barros"
	for a >= 3 && connectors[lowerKey(st[a-1])] && connectors[lowerKey(st[a-2])] && isCap(st[a-3]) {
		a = capRunBack(st, a-2)
	}
	for _, m := range x.g.MatchTokens(st[a:b], nil) {
		if a+m.End == b {
			return a + m.Start, x.g.Entry(m.Entry).Type == entity.LOC || slices.Contains(x.g.FormTypes(keysOf(st[a+m.Start:b])), entity.LOC)
		}
	}
	a = max(a, b-2)
	for a < b && (!isCap(st[a]) || x.g.Lists().Given.Has(st[a].Key)) {
		a++
	}
	return a, a < b && !x.knownOther(st, a, b)
}

// placeEndingAt reports whether a place's span already is the dateline's
// place [a, b): a span of a place that ends at b and starts at a, or
// before it with a connector between ("Navalmoral de la Mata", where the
// dateline's rule takes "Mata"; not "Jorge Muñoa Madrid", a byline glued
// to the place).
func placeEndingAt(st []tokenize.Token, spans []span, a, b int) bool {
	for _, sp := range spans {
		if sp.end != b || sp.typ != entity.LOC || sp.start > a {
			continue
		}
		if sp.start == a {
			return true
		}
		for _, t := range st[sp.start:a] {
			if connectors[lowerKey(t)] {
				return true
			}
		}
	}
	return false
}

// mergePlaceTeam joins a place and the known club or team name right
// after it into one organization: "Los Ángeles Lakers" (the gazetteer
// knowing "Lakers"), "Nueva York Knicks".
func (x *Extractor) mergePlaceTeam(st []tokenize.Token, spans []span) []span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if i+1 < len(spans) && sp.typ == entity.LOC {
			next := spans[i+1]
			if next.start == sp.end && next.typ == entity.ORG && next.src == entity.FromGazetteer &&
				next.end-next.start == 1 && !isAcronym(st[next.start]) {
				out = append(out, span{start: sp.start, end: next.end, typ: entity.ORG, src: entity.FromRule})
				i++
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}
