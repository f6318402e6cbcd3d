package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/normalize"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// clean trims what is never part of a reported name: punctuation at either
// end, leading articles and prepositions, and titles before a person's name
// — unless a gazetteer form includes them ("La Haya", "El Salvador").
// A capitalized particle inside a sentence stays: it belongs to the name
// ("De la Rúa", "Del Bosque").
func (x *Extractor) clean(st []tokenize.Token, sp span) (span, bool) {
	for sp.start < sp.end && x.trimmable(st, sp) {
		sp.start++
	}
	for sp.end > sp.start && st[sp.end-1].Kind == tokenize.Punct && !closesInside(st[sp.start:sp.end]) {
		sp.end--
	}
	return sp, sp.end > sp.start
}

// trimmable reports whether the first token of sp should be dropped.
func (x *Extractor) trimmable(st []tokenize.Token, sp span) bool {
	t := st[sp.start]
	if t.Kind == tokenize.Punct {
		return true
	}
	if sp.src == entity.FromGazetteer {
		return false
	}
	var buf [64]byte
	lower := normalize.AppendLower(buf[:0], t.Key)
	lw := x.g.Lists().WordBytes(lower)
	if sp.typ == entity.PER && lw.Title() {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.Key)
	if t.Kind == tokenize.Word && unicode.IsLower(r) && sp.end-sp.start > 1 {
		return true // a common noun before the name: "estadio Santiago Bernabéu"
	}
	if !lw.NonEntity() && !connectors[string(lower)] {
		return false
	}
	return !unicode.IsUpper(r) || sp.start == firstWord(st)
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
