package extract

import (
	"strings"
	"unsafe"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/normalize"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// linkSurnames makes a document consistent about its people: once a
// person is named in full ("Dmitri Peskov"), a later or earlier mention of
// the surname alone ("Peskov") is that person — typed PER, with the full
// name's canonical form — whether the model typed it otherwise or missed
// it. With mem, the people of earlier windows of the document are linked
// too (unless this window names another person of the same surname), and
// this window's are remembered.
func linkSurnames(toks []tokenize.Token, sents []tokenize.Sentence, all [][]span, mem *memory, w *work) {
	people := map[string]string{} // surname key → canonical full name
	ids := map[string]string{}    // canonical full name → its id
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
			if sp.id != "" {
				ids[canon] = sp.id
			}
		}
	}
	if mem != nil {
		mem.remember(people)
		for k, v := range mem.people {
			if _, ok := people[k]; !ok {
				people[k] = v
			}
		}
	}
	if len(people) == 0 {
		return
	}
	for i, spans := range all {
		st := toks[sents[i].First:sents[i].Last]
		w.covered = bools(w.covered, len(st))
		covered := w.covered
		for k := range spans {
			sp := &spans[k]
			for j := sp.start; j < sp.end; j++ {
				covered[j] = true
			}
			if sp.end-sp.start != 1 {
				continue
			}
			if canon := people[st[sp.start].Key]; canon != "" {
				sp.typ, sp.canonical, sp.id, sp.idType = entity.PER, canon, ids[canon], entity.PER
			}
		}
		added := false
		for j, t := range st {
			if covered[j] || !isCap(t) {
				continue
			}
			if canon := people[t.Key]; canon != "" {
				spans = append(spans, span{start: j, end: j + 1, typ: entity.PER, canonical: canon, id: ids[canon], src: entity.FromRule})
				added = true
			}
		}
		if added {
			sortSpans(spans)
			all[i] = spans
		}
	}
}

// voteTypes gives every mention of the same name in a document the type
// most of its mentions got (on a tie, the type seen first), so that a team
// called "Brasil" is not ORG in one sentence and LOC in the next.
func voteTypes(toks []tokenize.Token, sents []tokenize.Sentence, all [][]span, w *work) {
	if w.names == nil {
		w.names = map[string]int32{}
	}
	names := w.names // name → its tally in w.tallies
	clear(names)
	w.tallies = w.tallies[:0]
	// The tally of each span, in order (-1: none).
	w.spanTally = w.spanTally[:0]
	for i, spans := range all {
		for _, sp := range spans {
			// The name's key, built in w.nameBuf: a string is made only for
			// a name not seen before.
			w.nameBuf = appendCanonical(w.nameBuf[:0], toks[sents[i].First+sp.start:sents[i].First+sp.end])
			k := normalize.Key(unsafe.String(unsafe.SliceData(w.nameBuf), len(w.nameBuf)))
			ti, ok := names[k]
			if sp.ambiguous {
				if !ok {
					ti = -1
				}
				w.spanTally = append(w.spanTally, ti)
				continue
			}
			if !ok {
				ti = int32(len(w.tallies))
				w.tallies = append(w.tallies, tally{first: sp.typ})
				names[strings.Clone(k)] = ti
			}
			w.spanTally = append(w.spanTally, ti)
			w.tallies[ti].add(sp.typ)
		}
	}
	n := 0
	for _, spans := range all {
		for j := range spans {
			ti := w.spanTally[n]
			n++
			if ti < 0 {
				continue
			}
			t := &w.tallies[ti]
			if t.distinct() < 2 || spans[j].ambiguous {
				continue
			}
			best := t.first
			for _, typ := range entity.Types {
				if t.count(typ) > t.count(best) {
					best = typ
				}
			}
			if spans[j].typ != best {
				spans[j].id = "" // an id names a thing of the old type
			}
			spans[j].typ = best
		}
	}
}

// tally counts the types the mentions of one name got.
type tally struct {
	votes [4]typeVote // the first types seen, in order
	more  []typeVote  // any further types
	n     int         // distinct types in votes
	first entity.Type
}

// typeVote is the number of mentions that got a type.
type typeVote struct {
	typ entity.Type
	n   int
}

// add counts one mention of type typ.
func (t *tally) add(typ entity.Type) {
	for k := range t.votes[:t.n] {
		if t.votes[k].typ == typ {
			t.votes[k].n++
			return
		}
	}
	for k := range t.more {
		if t.more[k].typ == typ {
			t.more[k].n++
			return
		}
	}
	if t.n < len(t.votes) {
		t.votes[t.n] = typeVote{typ, 1}
		t.n++
		return
	}
	t.more = append(t.more, typeVote{typ, 1})
}

// distinct returns the number of distinct types counted.
func (t *tally) distinct() int { return t.n + len(t.more) }

// count returns the number of mentions of type typ.
func (t *tally) count(typ entity.Type) int {
	for _, v := range t.votes[:t.n] {
		if v.typ == typ {
			return v.n
		}
	}
	for _, v := range t.more {
		if v.typ == typ {
			return v.n
		}
	}
	return 0
}
