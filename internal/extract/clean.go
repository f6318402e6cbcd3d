package extract

import (
	"strings"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// clean trims what is never part of a reported name: leading articles,
// prepositions and titles (unless a gazetteer form includes them, as in
// "La Haya" or "El Salvador") and punctuation at either end.
func (x *Extractor) clean(st []tokenize.Token, sp span) (span, bool) {
	l := x.g.Lists()
	for sp.start < sp.end {
		t := st[sp.start]
		lower := strings.ToLower(t.Key)
		switch {
		case t.Kind == tokenize.Punct:
		case sp.src != entity.FromGazetteer && (l.NonEntities[lower] || connectors[lower]):
		case sp.src != entity.FromGazetteer && sp.typ == entity.PER && l.Titles[lower]:
		default:
			goto trimEnd
		}
		sp.start++
	}
trimEnd:
	for sp.end > sp.start && st[sp.end-1].Kind == tokenize.Punct && !closesInside(st[sp.start:sp.end]) {
		sp.end--
	}
	return sp, sp.end > sp.start
}

// closesInside reports whether the last token closes a bracket opened inside
// the span, as in "Partido Popular (PP)".
func closesInside(st []tokenize.Token) bool {
	last := st[len(st)-1].Text
	if last != ")" {
		return false
	}
	for _, t := range st[:len(st)-1] {
		if t.Text == "(" {
			return true
		}
	}
	return false
}
