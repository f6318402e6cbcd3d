package gazetteer

import "github.com/prensa-nlp/prensa/internal/tokenize"

// KeyFacts is what matching needs of one token key from a Gazetteer's
// stored tables: the key's hash, the lengths of the built-in forms it
// begins and the place lines it begins. A caller that sees the same words
// again may keep the KeyFacts of each (see Gazetteer.KeyFacts) and match
// with them (MatchFacts) instead of looking every token up in the large
// tables. KeyFacts hold for the Gazetteer that gave them only.
type KeyFacts struct {
	hash    uint64
	lengths uint32
	placeLo int32 // -1: no place form begins with the key
	placeN  int32
}

// KeyFacts returns the facts of key.
func (g *Gazetteer) KeyFacts(key string) KeyFacts {
	f := KeyFacts{hash: hashKey(key), placeLo: -1}
	if x := g.frozen; x != nil {
		f.lengths = x.lengths(finish(f.hash))
	}
	if t := g.places; t != nil && placeStart(key) {
		if lo, n, ok := t.linesHashed(key, f.hash); ok {
			f.placeLo, f.placeN = int32(lo), int32(n)
		}
	}
	return f
}

// MatchFacts is MatchTokens for tokens whose keys' facts (from g.KeyFacts)
// are facts[i].
func (g *Gazetteer) MatchFacts(toks []tokenize.Token, facts []KeyFacts, dst []Match) []Match {
	return g.match(len(toks), func(i int) string { return toks[i].Key }, facts[:len(toks)], dst)
}
