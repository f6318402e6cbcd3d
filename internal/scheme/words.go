package scheme

// roles are the lower-case words of a title or role that a portfolio
// follows ("ministro de Economía", "consejera de Sanidad").
var roles = set(
	"ministro", "ministra", "ministros", "ministras", "viceministro", "viceministra",
	"exministro", "exministra", "consejero", "consejera", "consejeros", "consejeras",
	"exconsejero", "exconsejera", "viceconsejero", "viceconsejera", "conseller", "consellera",
	"secretario", "secretaria", "subsecretario", "subsecretaria", "vicesecretario", "vicesecretaria",
	"comisario", "comisaria", "comisarios", "titular", "titulares", "cartera", "carteras",
	"fiscal", "concejal", "concejala", "concejales", "edil", "jefe", "jefa",
)

// roleModifiers may stand between a role and its portfolio ("comisaria
// europea de Competencia"); demonyms may too ("ministro ruso de Exteriores").
var roleModifiers = set(
	"europeo", "europea", "federal", "regional", "autonómico", "autonómica", "provincial",
	"municipal", "interino", "interina", "adjunto", "adjunta", "saliente", "entrante",
	"nuevo", "nueva", "actual", "primer", "primera",
)

// generic are the nouns that name a government or the state as common
// nouns when they stand alone ("el Gobierno aprobó").
var generic = set(
	"Gobierno", "Gobiernos", "Ejecutivo", "Ejecutivos", "Estado", "Estados",
	"Presidencia", "Administración", "Administraciones",
)

// commonAbbreviations are capitalized abbreviations of common nouns and
// units, and capitalized common words, never entities in the prensa scheme.
var commonAbbreviations = set(
	"Dios", "CEO", "CFO", "CTO", "COO", "IA", "MW", "GW", "kW", "KW", "MWh", "GWh", "kWh", "KWh", "TWh",
	"KPI", "KPIs", "N°", "Nº", "PIB", "GMT", "UTC", "km", "ONG", "ONGs", "ADN", "DNI", "PCR", "SMS",
)

// electoralWords make an organization's name an electoral authority
// (AGENCY in the prensa scheme): Consejo Nacional Electoral, Jurado
// Nacional de Elecciones, Registraduría Nacional del Estado Civil.
var electoralWords = set("Electoral", "Electorales", "Elecciones", "Registraduría")

// facilityHeads start the name of a facility used as a place; a second
// word may be required ("Central Nuclear", not "Central Obrera").
var facilityHeads = map[string][]string{
	"Estadio": nil, "Aeropuerto": nil, "Cosmódromo": nil, "Autódromo": nil, "Circuito": nil,
	"Velódromo": nil, "Hipódromo": nil, "Coliseo": nil, "Pabellón": nil, "Polideportivo": nil,
	"Refinería": nil, "Arena": nil,
	"Central": {"Nuclear", "Térmica", "Hidroeléctrica", "Eléctrica", "Solar", "Termosolar"},
	"Centro":  {"Espacial"},
	"Base":    {"Aérea", "Naval", "Militar", "Espacial"},
}

// venueTails end the (often English) names of venues: Movistar Arena,
// Wembley Stadium, Tokyo Dome.
var venueTails = set("Arena", "Stadium", "Dome", "Coliseum", "Stadion", "Stadio")

// facilityNouns are lower-case nouns after which a name is a facility
// ("el estadio Metropolitano", "la refinería de Dos Bocas").
var facilityNouns = set(
	"estadio", "aeropuerto", "cosmódromo", "autódromo", "circuito", "velódromo", "hipódromo",
	"coliseo", "pabellón", "polideportivo", "refinería", "central", "base", "puerto", "planta",
	"mina", "yacimiento", "presa", "embalse", "arena", "recinto", "santuario", "templo",
)

// seatHeads start names of buildings that are ORG as the institution they
// house and LOC as places one goes to ("llegó a la Casa Rosada").
var seatHeads = set("Palacio", "Casa", "Quinta")

// placePrepositions before a seat's name make it a place.
var placePrepositions = set("en", "a", "desde", "hasta", "hacia", "al")

// cityFiles hold the built-in entries of cities (Spain's and the world's),
// which Spanish writes without an article: with "el" they are clubs.
var cityFiles = set("builtin:spain.tsv", "builtin:cities.tsv")

// articlePlaces are places in those files that do take a masculine article.
var articlePlaces = set("Cairo", "Vaticano", "Havre", "Escorial", "Prat", "Ferrol", "Bierzo", "Aaiún")

// competitionHeads start the names of sports competitions, which
// CoNLL-2002 tags MISC (the prensa scheme types a league ORG).
var competitionHeads = set(
	"Liga", "Ligas", "Copa", "Copas", "Supercopa", "Supercopas", "Recopa", "Recopas", "Eurocopa",
	"Campeonato", "Campeonatos", "Mundial", "Mundiales", "Torneo", "Olimpiada", "Olimpiadas",
)

// honorifics are the capitalized titles that CoNLL-2002 counts as part of
// the person's name after them.
var honorifics = set("Don", "Doña", "Rey", "Reina", "Papa", "Príncipe", "Princesa", "Infanta", "Infante")

// clubArticles before a city's name make it its club ("el Sevilla").
var clubArticles = set("el", "al", "del", "El")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// IsFacilityNoun reports whether a lower-case word names a kind of facility
// ("estadio", "aeropuerto"): a name right after it is a place.
func IsFacilityNoun(w string) bool { return facilityNouns[w] }

// IsFacilityHead reports whether a capitalized word can start a facility's
// name ("Estadio", "Aeropuerto").
func IsFacilityHead(w string) bool {
	_, ok := facilityHeads[w]
	return ok
}

// facilityPrefixes may precede a facility's head: Gran Estadio Hassan II.
var facilityPrefixes = set("Gran", "Nuevo", "Nueva", "Antiguo", "Antigua", "Viejo", "Vieja")
