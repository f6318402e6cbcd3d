package extract

import (
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// minSportsWords is how many words of sport (sportsWords, scores such as
// 3-0) make a document one about sport.
const minSportsWords = 5

// sportNames retypes, in a document about sport (see aboutSport), the places that stand
// for teams as ORG and those that are players' names as PER (CoNLL-2002
// Spanish tags them so): a name with a team cue (see teamCue) or a player
// cue (playerCue) in one mention is a team or a player in every mention,
// except where a preposition makes it a place ("en Barcelona"). Teams are
// found first: a player's cue may be the team after him.
func (x *Extractor) sportNames(toks []tokenize.Token, sents []tokenize.Sentence, all [][]span, w *work) {
	for i, spans := range all {
		st := toks[sents[i].First:sents[i].Last]
		all[i] = joinSponsors(st, spans)
		x.athletes(st, all[i])
	}
	retypePlaces(toks, sents, all, w, teamCue, entity.ORG)
	retypePlaces(toks, sents, all, w, playerCue, entity.PER)
}

// athletes retypes as PER the full names that the rule of companies
// named by their country typed ORG ("la polaca Agata Brygola"): in news
// about sport, a woman of a country is an athlete. A one-word name stays
// a company ("la alemana Adidas").
func (x *Extractor) athletes(st []tokenize.Token, spans []span) {
	for j := range spans {
		sp := &spans[j]
		if sp.typ != entity.ORG || sp.src != entity.FromRule || sp.end-sp.start < 2 || sp.start == 0 ||
			!x.companyDemonym(st, sp.start-1) {
			continue
		}
		person := true
		for _, t := range st[sp.start:sp.end] {
			if t.Kind != tokenize.Word || !isCap(t) || isAcronym(t) {
				person = false
			}
		}
		if person {
			sp.typ = entity.PER
		}
	}
}

// joinSponsors joins a team's sponsor and its city into one ORG: "TAU
// Vitoria", "TEKA SANTANDER" (an ORG right before a place), unless the
// place starts a dateline after a headline.
func joinSponsors(st []tokenize.Token, spans []span) []span {
	for j := 0; j+1 < len(spans); j++ {
		org, place := spans[j], spans[j+1]
		if org.typ != entity.ORG || place.typ != entity.LOC || org.end != place.start ||
			isDateline(st, place.end) || place.end < len(st) && st[place.end].Key == "(" {
			continue
		}
		spans[j] = span{start: org.start, end: place.end, typ: entity.ORG, src: org.src}
		spans = append(spans[:j+1], spans[j+2:]...)
	}
	return spans
}

// retypePlaces gives type typ to every place whose name has a mention for
// which cue holds, except after a preposition of place and in a dateline.
func retypePlaces(toks []tokenize.Token, sents []tokenize.Sentence, all [][]span, w *work, cue func(st []tokenize.Token, spans []span, j int) bool, typ entity.Type) {
	if w.teams == nil {
		w.teams = map[string]bool{}
	}
	names := w.teams
	clear(names)
	for i, spans := range all {
		st := toks[sents[i].First:sents[i].Last]
		for j, sp := range spans {
			if sp.typ == entity.LOC && cue(st, spans, j) {
				names[canonicalForm(st[sp.start:sp.end])] = true
			}
		}
	}
	if len(names) == 0 {
		return
	}
	for i, spans := range all {
		st := toks[sents[i].First:sents[i].Last]
		for j := range spans {
			sp := &spans[j]
			if sp.typ != entity.LOC || sp.start > 0 && placePrepositions[st[sp.start-1].Key] || isDateline(st, sp.end) {
				continue
			}
			if names[canonicalForm(st[sp.start:sp.end])] {
				sp.typ = typ
			}
		}
	}
}

// aboutSport reports whether a document has at least minSportsWords words
// of sport, scores or minutes of a match ("m.72").
func aboutSport(toks []tokenize.Token) bool {
	n := 0
	for i, t := range toks {
		if t.Kind == tokenize.Number && isScore(t.Key) || t.Kind == tokenize.Word && (sportsWords[t.Key] || isMinute(toks, i)) {
			if n++; n >= minSportsWords {
				return true
			}
		}
	}
	return false
}

// isScore reports whether a number is a score: "3-0", "24-25", "71-65".
func isScore(s string) bool {
	a := digitRun(s)
	if a == 0 || a > 3 || a >= len(s) || s[a] != '-' {
		return false
	}
	b := digitRun(s[a+1:])
	return b > 0 && b <= 3 && a+1+b == len(s)
}

// digitRun returns the number of ASCII digits s starts with.
func digitRun(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// teamCue reports whether spans[j], a place, reads as a team: the model
// typed it ORG; it follows a player in parentheses ("Puyol ( Barcelona )");
// it stands in a result ("Ourense 86 - Menorca 69", "Gales , 0 - Brasil ,
// 3"); an article, "selección", or a preposition of matches ("ante",
// "contra", "frente a") stands before it ("el Puebla", "un Parma perdido",
// "ante Brasil").
func teamCue(st []tokenize.Token, spans []span, j int) bool {
	sp := spans[j]
	if sp.modelOrg {
		return true
	}
	a, b := sp.start, sp.end
	if a >= 2 && b < len(st) && st[a-1].Key == "(" && st[b].Key == ")" &&
		j > 0 && spans[j-1].typ == entity.PER && spans[j-1].end == a-1 {
		return true
	}
	if a > 0 {
		if w := st[a-1].Key; teamWordsBefore[w] || w == "a" && a >= 2 && st[a-2].Key == "frente" {
			return true
		}
	}
	return inResult(st, a, b)
}

// inResult reports whether the name of tokens [a, b) stands in a result:
// followed by its points (after a comma or not), with a dash after them
// or before the name, or a half-time score ("Barceloneta , 13 ( 1-3 )").
func inResult(st []tokenize.Token, a, b int) bool {
	p := b
	if p < len(st) && st[p].Key == "," {
		p++
	}
	if p >= len(st) || !isPoints(st[p]) {
		return false
	}
	if a > 0 && st[a-1].Key == "-" || p+1 < len(st) && st[p+1].Key == "-" {
		return true
	}
	return p+2 < len(st) && st[p+1].Key == "(" && isScore(st[p+2].Key)
}

// playerCue reports whether spans[j], a place, reads as a player's name:
// a substitution in a line-up ("Cafu ( Carvalho , m.83 )": both), goals
// after it ("Garralda ( 3 )") or the team after it ("Puñal ( Leganés )").
func playerCue(st []tokenize.Token, spans []span, j int) bool {
	a, b := spans[j].start, spans[j].end
	if besidePerson(st, spans, j) {
		return true
	}
	if a > 0 && b < len(st) && st[a-1].Key == "(" && st[b].Key == "," && isMinute(st, b+1) {
		return true
	}
	if b+1 >= len(st) || st[b].Key != "(" {
		return false
	}
	if st[b+1].Kind == tokenize.Number {
		return true
	}
	if j+1 >= len(spans) || spans[j+1].start != b+1 {
		return false
	}
	next := spans[j+1]
	if next.end < len(st) && st[next.end].Key == "," && isMinute(st, next.end+1) {
		return true
	}
	return a > 0 && next.typ == entity.ORG && next.end < len(st) && st[next.end].Key == ")"
}

// besidePerson reports whether spans[j] is listed with a person: a
// person's name and a comma, a semicolon or "y" right before it, or "y"
// and a person's name right after it ("Ze Roberto , Franca", "Franca y
// Ze Roberto").
func besidePerson(st []tokenize.Token, spans []span, j int) bool {
	a, b := spans[j].start, spans[j].end
	if j > 0 && a >= 2 && listJoiners[st[a-1].Key] && spans[j-1].typ == entity.PER && spans[j-1].end == a-1 {
		return true
	}
	// after it only "y": "el presidente de X , Name" is an apposition
	return j+1 < len(spans) && b+1 < len(st) && st[b].Key == "y" && spans[j+1].typ == entity.PER && spans[j+1].start == b+1
}

// listJoiners join the names of a list.
var listJoiners = setOf(",", "y", ";")

// isMinute reports whether the token at i is a minute of a match as
// agency line-ups write it: "m.83". (The tokenizer of plain text ends a
// sentence at "m." before a number, so only pre-tokenized text has it.)
func isMinute(st []tokenize.Token, i int) bool {
	if i >= len(st) {
		return false
	}
	k := st[i].Key
	return len(k) > 2 && k[0] == 'm' && k[1] == '.' && digitRun(k[2:]) == len(k)-2
}

// isDateline reports whether the tokens from b on are the date of a
// dateline after a place's name: ", 23 may".
func isDateline(st []tokenize.Token, b int) bool {
	return b+2 < len(st) && st[b].Key == "," && st[b+1].Kind == tokenize.Number && months[st[b+2].Key]
}

// isPoints reports whether a token is a number of points or goals: an
// integer of at most three digits.
func isPoints(t tokenize.Token) bool {
	n := len(t.Key)
	return t.Kind == tokenize.Number && n <= 3 && digitRun(t.Key) == n
}

// sportsWords are words that news about sport uses and other news seldom
// does.
var sportsWords = setOf(
	"gol", "goles", "liga", "jornada", "entrenador", "entrenadores", "empate", "empató", "marcador",
	"delantero", "delanteros", "portero", "centrocampista", "árbitro", "árbitros", "arbitro",
	"campeonato", "futbolista", "futbolistas", "jugador", "jugadores", "seleccionador", "semifinal",
	"semifinales", "eliminatoria", "torneo", "goleador", "penalti", "amonestación", "amonestaciones",
	"baloncesto", "fútbol", "balonmano", "tenis", "canasta", "sets", "club", "clubes", "copa",
	"partido", "partidos", "equipo", "equipos", "victoria", "derrota", "temporada", "selección",
	"estadio", "afición", "minuto", "mundial",
)

// teamWordsBefore are the words before a place's name that make it a team
// in news about sport.
var teamWordsBefore = setOf("el", "al", "un", "El", "Un", "selección", "ante", "contra")

// months are the names of the months and their abbreviations, as
// datelines write them.
var months = setOf(
	"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
	"octubre", "noviembre", "diciembre", "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep",
	"sept", "oct", "nov", "dic",
)

// placePrepositions before a name make it the place, not the team.
var placePrepositions = setOf("en", "desde", "hacia", "hasta")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
