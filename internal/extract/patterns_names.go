package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// expansions finds a name spelled out before its acronym in parentheses
// and makes it one span: "Alto Comisionado de las Naciones Unidas para los
// Refugiados (ACNUR)" is one ORG, not an ORG around "Naciones Unidas". The
// initials of the capitalized words must spell the acronym. The name and
// the acronym get one type: the gazetteer's for the acronym if it knows
// it, else the type of the name's head word, else of the span that starts
// the name.
func (x *Extractor) expansions(st []tokenize.Token, spans []span, out []span) []span {
	for p := 1; p+2 < len(st); p++ {
		if st[p].Text != "(" || st[p+2].Text != ")" || !isAcronym(st[p+1]) {
			continue
		}
		acr := []rune(st[p+1].Key)
		if len(acr) < 3 || len(acr) > 8 {
			continue
		}
		s, ok := expansionStart(st, p, acr)
		if !ok || s == p-1 {
			continue
		}
		if slices.ContainsFunc(spans, func(sp span) bool {
			return sp.start < s && sp.end > s && !(sp.start == s-1 && articles[st[sp.start].Key])
		}) {
			continue // part of a longer name: "Comité de Competición de la Federación Española de Fútbol (FEF)"
		}
		typ, known := x.acronymType(st[p+1])
		if !known {
			typ, known = x.nameType(st, spans, s, p, p+1)
		}
		if !known {
			continue
		}
		out = append(out, ruleSpan(s, p, typ))
		acrSpan := ruleSpan(p+1, p+2, typ)
		if k := slices.IndexFunc(spans, func(sp span) bool { return sp.start == p+1 && sp.end == p+2 }); k >= 0 {
			acrSpan.canonical, acrSpan.src = spans[k].canonical, spans[k].src
		}
		out = append(out, acrSpan)
	}
	return out
}

// articles are the capitalized articles a name found by the gazetteer may
// start with where the text starts a longer name ("El Alto Comisionado…").
var articles = map[string]bool{"El": true, "La": true, "Los": true, "Las": true}

// expansionConnectors are the lower-case words a spelled-out name may hold.
var expansionConnectors = map[string]bool{
	"de": true, "del": true, "la": true, "las": true, "los": true, "el": true, "para": true, "y": true,
	"e": true, "en": true, "al": true, "sobre": true, "contra": true, "por": true, "a": true,
}

// expansionStart returns where the name before the parenthesis at p
// starts, if the initials of its capitalized words spell acr.
func expansionStart(st []tokenize.Token, p int, acr []rune) (int, bool) {
	n := len(acr)
	s := p
	for s > 0 && n > 0 {
		t := st[s-1]
		if isCap(t) {
			r, _ := utf8.DecodeRuneInString(t.Key)
			if unicode.ToUpper(r) != acr[n-1] {
				return 0, false
			}
			n--
			s--
			continue
		}
		if expansionConnectors[t.Key] && s < p {
			s--
			continue
		}
		return 0, false
	}
	if n > 0 || !isCap(st[s]) {
		return 0, false
	}
	return s, true
}

// acronymType returns the gazetteer's type for an acronym.
func (x *Extractor) acronymType(t tokenize.Token) (entity.Type, bool) {
	ts := x.g.FormTypes([]string{t.Key})
	if len(ts) == 1 {
		return ts[0], true
	}
	return "", false
}

// nameType returns the type of the name [a, b) with its acronym at acr:
// its head word's, or the type of the span over the acronym, or of the
// span that starts the name.
func (x *Extractor) nameType(st []tokenize.Token, spans []span, a, b, acr int) (entity.Type, bool) {
	if t, ok := x.g.Lists().Heads.Get(st[a].Key); ok {
		return t, true
	}
	for _, at := range []int{acr, a} {
		for _, sp := range spans {
			if sp.start == at {
				return sp.typ, true
			}
		}
	}
	return "", false
}

// headRetype gives a name that starts with a head word the head's type
// when the model or a place inside made it a place or a person:
// "Parlamento de La Rioja" is ORG.
func (x *Extractor) headRetype(st []tokenize.Token, spans []span) {
	l := x.g.Lists()
	for i := range spans {
		sp := &spans[i]
		if sp.src == entity.FromGazetteer || sp.end-sp.start < 2 || sp.typ != entity.LOC && sp.typ != entity.PER {
			continue
		}
		if t, ok := l.Heads.Get(st[sp.start].Key); ok && t != entity.LOC && !placeLikeHeads[st[sp.start].Key] {
			sp.typ = t
		}
	}
}

// placeLikeHeads start names of institutions that are also buildings one
// goes to, which may be places: Teatro Real, Museo de Huelva.
var placeLikeHeads = map[string]bool{
	"Centro": true, "Teatro": true, "Museo": true, "Museu": true, "Hospital": true, "Hospitales": true,
	"Clínica": true, "Colegio": true, "Colegios": true, "Escuela": true, "Escuelas": true, "Biblioteca": true,
	"Hoteles": true, "Iglesia": true, "Bodegas": true, "Almacenes": true, "Astilleros": true,
}

// companySuffixes end the names of companies: Excavaciones Najerilla S.A.
var companySuffixes = map[string]bool{
	"S.A.": true, "SA": true, "S.L.": true, "SL": true, "S.A.U.": true, "S.L.U.": true, "Inc.": true,
	"Inc": true, "Ltd.": true, "Ltd": true, "Corp.": true, "GmbH": true, "S.p.A.": true, "LLC": true, "PLC": true,
}

// awardMononyms are awards named like a given name: the Oscars.
var awardMononyms = map[string]bool{"Óscar": true, "Oscar": true, "Óscars": true, "Oscars": true}

// awardBefore are the words before an award's name: el Óscar, dos Óscar.
var awardBefore = map[string]bool{
	"el": true, "los": true, "un": true, "del": true, "al": true, "su": true, "sus": true, "premio": true,
	"premios": true, "dos": true, "tres": true, "cuatro": true, "cinco": true, "seis": true, "siete": true,
	"ocho": true, "nueve": true, "diez": true, "once": true, "doce": true, "trece": true,
}

// clubWords make a name a club's: Sportivo Trinidense, Olympique de Lyon.
// "City" and "United" do only after a masculine article ("el Manchester
// City", not "Kansas City").
var clubWords = map[string]bool{
	"FC": true, "CF": true, "Club": true, "Sporting": true, "Sportivo": true, "Deportivo": true,
	"Racing": true, "Athletic": true, "Olympique": true, "Juniors": true, "Calcio": true, "SAD": true,
}

// awardEnds end the names of awards: Palma de Oro, Balón de Oro.
var awardEnds = map[string]bool{"Oro": true, "Plata": true, "Bronce": true, "Cristal": true}

// retypeByForm types names by words inside them: a company's suffix
// (ORG), a club's word (ORG), an award's metal (MISC).
func (x *Extractor) retypeByForm(st []tokenize.Token, spans []span) {
	for i := range spans {
		sp := &spans[i]
		if sp.src == entity.FromGazetteer && !sp.shared {
			continue
		}
		last := st[sp.end-1].Key
		switch {
		case companySuffixes[last] && sp.end-sp.start >= 2:
			sp.typ = entity.ORG
		case sp.end-sp.start >= 3 && awardEnds[last] && st[sp.end-2].Key == "de":
			sp.typ = entity.MISC
		case sp.typ != entity.ORG && sp.end-sp.start >= 2 && slices.ContainsFunc(st[sp.start:sp.end], func(t tokenize.Token) bool { return clubWords[t.Key] }):
			sp.typ = entity.ORG
		case sp.typ != entity.ORG && (last == "City" || last == "United") && sp.start > 0 && clubArticle(st[sp.start-1]):
			sp.typ = entity.ORG
		case sp.end-sp.start == 1 && awardMononyms[last] && sp.start > 0 && awardBefore[st[sp.start-1].Key] &&
			(sp.end == len(st) || !isCap(st[sp.end])):
			sp.typ = entity.MISC // "ganó dos Óscar", not "Óscar Puente"
		}
	}
}

func clubArticle(t tokenize.Token) bool { return t.Key == "el" || t.Key == "al" || t.Key == "del" }

// productNouns are nouns after which a name is a product, app, vehicle or
// programme (MISC): la vacuna Qdenga, el módulo Argonaut.
var productNouns = map[string]bool{
	"vacuna": true, "aplicación": true, "app": true, "plataforma": true, "fármaco": true,
	"medicamento": true, "cohete": true, "satélite": true, "módulo": true, "sonda": true, "nave": true,
	"misión": true, "lanzador": true, "chatbot": true, "buscador": true, "navegador": true,
	"consola": true, "misil": true, "misiles": true, "dron": true, "drones": true, "tanque": true,
	"tanques": true, "cazas": true, "caza": true, "telescopio": true, "rover": true, "vehículo": true,
	"smartphone": true, "software": true,
}

// products types the name after a product noun MISC, or before an
// apposition naming one ("Mosquialerta, una aplicación"); names the
// gazetteer gives another type are left alone ("la plataforma Sumar").
func (x *Extractor) products(st []tokenize.Token, spans []span, out []span) []span {
	for i := 0; i+1 < len(st); i++ {
		if productNouns[st[i].Key] && isCap(st[i+1]) && !isAcronym(st[i+1]) {
			e := capRunFrom(st, i+1)
			if !x.knownOther(st, i+1, e) {
				out = append(out, ruleSpan(i+1, e, entity.MISC))
			}
			i = e - 1
			continue
		}
		if isCap(st[i]) && i+3 < len(st) && st[i+1].Text == "," && (st[i+2].Key == "una" || st[i+2].Key == "un" || st[i+2].Key == "la" || st[i+2].Key == "el") &&
			productNouns[st[i+3].Key] {
			a := capRunBack(st, i+1)
			if a > 0 && a != firstWord(st) && !x.knownOther(st, a, i+1) {
				out = append(out, ruleSpan(a, i+1, entity.MISC))
			}
		}
	}
	return out
}

// knownOther reports whether the gazetteer names [a, b) as something other
// than MISC.
func (x *Extractor) knownOther(st []tokenize.Token, a, b int) bool {
	for _, t := range x.g.FormTypes(keysOf(st[a:b])) {
		if t != entity.MISC {
			return true
		}
	}
	return false
}

// orgNouns are nouns after which a name is an organization: companies,
// brands, media and parties (la firma Bershka, la tecnológica china
// Huawei, el diario Clarín, el partido Vox).
var orgNouns = map[string]bool{
	"empresa": true, "empresas": true, "compañía": true, "firma": true, "marca": true, "marcas": true,
	"startup": true, "tecnológica": true, "aerolínea": true, "petrolera": true, "constructora": true,
	"operadora": true, "fintech": true, "farmacéutica": true, "automovilística": true, "eléctrica": true,
	"energética": true, "textil": true, "editorial": true, "cadena": true, "fabricante": true,
	"multinacional": true, "gigante": true, "grupo": true, "banco": true, "aseguradora": true,
	"distribuidora": true, "naviera": true, "minera": true, "cooperativa": true, "consultora": true,
	"diario": true, "periódico": true, "revista": true, "emisora": true, "canal": true, "partido": true,
	"formación": true, "sindicato": true, "club": true, "equipo": true, "escudería": true, "ONG": true,
}

// orgModifiers may stand between an organization noun and the name (la
// firma local X, la empresa estatal X); demonyms may too.
var orgModifiers = map[string]bool{
	"local": true, "estatal": true, "pública": true, "público": true, "privada": true, "privado": true,
	"nacional": true, "regional": true, "multinacional": true, "tecnológica": true, "emergente": true,
	"textil": true, "energética": true, "digital": true, "deportiva": true, "musical": true, "gallega": true,
	"vasca": true, "catalana": true, "andaluza": true, "madrileña": true, "valenciana": true,
}

// companyDemonym reports whether token i is a feminine demonym after "la",
// which names a company by its country ("la alemana OHB", "la española
// Indra": la empresa alemana).
func (x *Extractor) companyDemonym(st []tokenize.Token, i int) bool {
	w := st[i].Key
	if i == 0 || st[i-1].Key != "la" || !strings.HasSuffix(w, "a") {
		return false
	}
	_, ok := x.g.Lists().Demonyms.Get(w)
	return ok
}

// orgsAfterNouns types as ORG the name after an organization noun. A known
// MISC name (a product) is left alone.
func (x *Extractor) orgsAfterNouns(st []tokenize.Token, out []span) []span {
	l := x.g.Lists()
	for i := 0; i+1 < len(st); i++ {
		if !orgNouns[st[i].Key] && !x.companyDemonym(st, i) {
			continue
		}
		j := i + 1
		for j < len(st) && j-i <= 2 {
			if _, dem := l.Demonyms.Get(st[j].Key); !dem && !orgModifiers[st[j].Key] {
				break
			}
			j++
		}
		if j >= len(st) || !isCap(st[j]) || len(st[j].Key) < 2 || l.NonEntities.Has(lowerKey(st[j])) {
			continue
		}
		if x.companyDemonym(st, i) && l.Given.Has(st[j].Key) {
			continue // a person: "la española Carolina Marín"
		}
		e := capRunFrom(st, j)
		for e < len(st) && companySuffixes[st[e].Key] {
			e++
		}
		if slices.Contains(x.g.FormTypes(keysOf(st[j:e])), entity.MISC) {
			continue
		}
		out = append(out, ruleSpan(j, e, entity.ORG))
		i = e - 1
	}
	return out
}

// acts types as MISC a law known by its English name: Inflation Reduction
// Act, Digital Services Act (capitalized words ending in "Act").
func acts(st []tokenize.Token, out []span) []span {
	for i := 1; i < len(st); i++ {
		if st[i].Key != "Act" || !isCap(st[i-1]) {
			continue
		}
		out = append(out, ruleSpan(capRunBack(st, i), i+1, entity.MISC))
	}
	return out
}
