package extract

import (
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

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

// playerCue reports whether spans[j], a place, reads as a player's name:
// listed with a player (besidePerson), a substitution in a line-up ("Cafu
// ( Carvalho , m.83 )": both), goals or the minute of a goal after it
// ("Garralda ( 3 )", "Cafú ( m.70 )") or the team after it ("Puñal (
// Leganés )").
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
	if st[b+1].Kind == tokenize.Number || isMinute(st, b+1) {
		return true // goals, or the minute of a goal: "Cafú ( m.70 )"
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
