package extract

import (
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// minSportsWords is how many words of sport (sportsWords, scores such as
// 3-0) make a document one about sport.
const minSportsWords = 5

// sportNames retypes, in a document about sport (see aboutSport), the
// places that stand for teams as ORG and those that are players' names as
// PER (CoNLL-2002 Spanish tags them so): a name with a team cue (see
// teamCue) or a player cue (playerCue) in one mention is a team or a
// player in every mention, except where a preposition makes it a place
// ("en Barcelona") and in a dateline. Teams are found first: a player's
// cue may be the team after him.
func (x *Extractor) sportNames(toks []tokenize.Token, sents []tokenize.Sentence, all [][]span, w *work) {
	for i, spans := range all {
		st := toks[sents[i].First:sents[i].Last]
		all[i] = joinSponsors(st, spans)
		x.athletes(st, all[i])
	}
	retypePlaces(toks, sents, all, w, teamCue, entity.ORG)
	retypePlaces(toks, sents, all, w, playerCue, entity.PER)
}

// placeCue reports whether spans[j], a place in sentence st, reads as
// something else.
type placeCue func(st []tokenize.Token, spans []span, j int) bool

// retypePlaces gives type typ to every place whose name has a mention for
// which cue holds, except after a preposition of place and in a dateline.
func retypePlaces(toks []tokenize.Token, sents []tokenize.Sentence, all [][]span, w *work, cue placeCue, typ entity.Type) {
	if w.retyped == nil {
		w.retyped = map[string]bool{}
	}
	names := w.retyped
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
			if sp.typ != entity.LOC || sp.start > 0 && locCues[st[sp.start-1].Key] || isDateline(st, sp.end) {
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
		if t.Kind == tokenize.Number && isScore(t.Key) ||
			t.Kind == tokenize.Word && (sportsWords[t.Key] || isMinute(toks, i)) {
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

// isMinute reports whether the token at i is a minute of a match as
// agency line-ups write it: "m.83" ("M.63" after "Goles :"). (The tokenizer of plain text ends a
// sentence at "m." before a number, so only pre-tokenized text has it.)
func isMinute(st []tokenize.Token, i int) bool {
	if i >= len(st) {
		return false
	}
	k := st[i].Key
	return len(k) > 2 && (k[0] == 'm' || k[0] == 'M') && k[1] == '.' && digitRun(k[2:]) == len(k)-2
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

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
