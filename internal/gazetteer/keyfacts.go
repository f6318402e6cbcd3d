package gazetteer

import "github.com/prensa-nlp/prensa/internal/tokenize"

// KeyFacts is what matching needs of one token key from a Gazetteer's
// stored tables: the key's hash and the lengths of the built-in forms it
// begins. (The place lines a key begins are looked up only where no
// entry matched, with the hash.) A caller that sees the same words
// again may keep the KeyFacts of each (see Gazetteer.KeyFacts) and match
// with them (MatchFacts) instead of looking every token up in the large
// tables. KeyFacts hold for the Gazetteer that gave them only.
type KeyFacts struct {
	hash    uint64
	lengths uint32
}

// KeyFacts returns the facts of key.
func (g *Gazetteer) KeyFacts(key string) KeyFacts {
	f := KeyFacts{hash: hashKey(key)}
	if x := g.frozen; x != nil {
		f.lengths = x.lengths(finish(f.hash))
	}
	return f
}

// MatchFacts is MatchTokens for tokens whose keys' facts (from g.KeyFacts)
// are facts[i].
func (g *Gazetteer) MatchFacts(toks []tokenize.Token, facts []KeyFacts, dst []Match) []Match {
	return g.match(len(toks), func(i int) string { return toks[i].Key }, facts[:len(toks)], dst)
}
