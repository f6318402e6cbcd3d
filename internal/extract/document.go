package extract

import (
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// linkSurnames makes a document consistent about its people: once a
// person is named in full ("Dmitri Peskov"), a later or earlier mention of
// the surname alone ("Peskov") is that person — typed PER, with the full
// name's canonical form — whether the model typed it otherwise or missed
// it.
func linkSurnames(toks []tokenize.Token, sents []tokenize.Sentence, all [][]span) {
	people := map[string]string{} // surname key → canonical full name
	for i, spans := range all {
		st := toks[sents[i].First:sents[i].Last]
		for _, sp := range spans {
			if sp.typ != entity.PER || sp.end-sp.start < 2 {
				continue
			}
			last := st[sp.end-1]
			if !isCap(last) {
				continue
			}
			canon := sp.canonical
			if canon == "" {
				canon = canonicalForm(st[sp.start:sp.end])
			}
			if prev, ok := people[last.Key]; ok && prev != canon {
				people[last.Key] = "" // two people share the surname: link neither
				continue
			}
			people[last.Key] = canon
		}
	}
	if len(people) == 0 {
		return
	}
	for i, spans := range all {
		st := toks[sents[i].First:sents[i].Last]
		covered := make([]bool, len(st))
		for k := range spans {
			sp := &spans[k]
			for j := sp.start; j < sp.end; j++ {
				covered[j] = true
			}
			if sp.end-sp.start != 1 {
				continue
			}
			if canon := people[st[sp.start].Key]; canon != "" {
				sp.typ, sp.canonical = entity.PER, canon
			}
		}
		added := false
		for j, t := range st {
			if covered[j] || !isCap(t) {
				continue
			}
			if canon := people[t.Key]; canon != "" {
				spans = append(spans, span{start: j, end: j + 1, typ: entity.PER, canonical: canon, src: entity.FromRule})
				added = true
			}
		}
		if added {
			sortSpans(spans)
			all[i] = spans
		}
	}
}
