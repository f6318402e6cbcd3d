package extract

import (
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

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

// teamCue reports whether spans[j], a place, reads as a team: the model
// typed it ORG; it follows a player in parentheses ("Puyol ( Barcelona )");
// it stands in a result ("Ourense 86 - Menorca 69", "Gales , 0 - Brasil ,
// 3"); an article, "selección", or a preposition of matches ("ante",
// "contra", "frente a") stands before it ("el Puebla", "un Parma perdido",
// "ante Brasil").
func teamCue(st []tokenize.Token, spans []span, j int) bool {
	return teamCueIn(st, spans, j, maxTeamList)
}

// maxTeamList bounds how far back teamCueIn follows a list of teams.
const maxTeamList = 8

// teamCueIn is teamCue, also for a place listed right after a team
// ("Brasil , Colombia , Paraguay y Ecuador" after the model's ORG for
// Brasil), following the list back at most depth names.
func teamCueIn(st []tokenize.Token, spans []span, j, depth int) bool {
	sp := spans[j]
	if sp.modelOrg {
		return true
	}
	a, b := sp.start, sp.end
	if depth > 0 && j > 0 && a >= 2 && listJoiners[st[a-1].Key] && spans[j-1].end == a-1 {
		if prev := spans[j-1]; prev.typ == entity.ORG || prev.typ == entity.LOC && teamCueIn(st, spans, j-1, depth-1) {
			return true
		}
	}
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

// isDateline reports whether the tokens from b on are the date of a
// dateline after a place's name: ", 23 may".
func isDateline(st []tokenize.Token, b int) bool {
	return b+2 < len(st) && st[b].Key == "," && st[b+1].Kind == tokenize.Number && monthWords[st[b+2].Key]
}

// isPoints reports whether a token is a number of points or goals: an
// integer of at most three digits.
func isPoints(t tokenize.Token) bool {
	n := len(t.Key)
	return t.Kind == tokenize.Number && n <= 3 && digitRun(t.Key) == n
}

// teamWordsBefore are the words before a place's name that make it a team
// in news about sport.
var teamWordsBefore = setOf("el", "al", "un", "El", "Un", "selección", "ante", "contra")
