package gazetteer

import "github.com/prensa-nlp/prensa/internal/tokenize"

// node is a trie node over token keys.
type node struct {
	next      map[string]*node
	entry     int32 // index into entries, -1 if no form ends here
	canonical bool  // the form ending here is its entry's canonical name
	types     uint8 // bit set of the types of all entries with this form
}

func newNode() *node { return &node{entry: -1} }

// insert adds a form. An existing form keeps its entry unless override is
// set, or unless the new form is its entry's canonical name and the old one
// is only an alias ("Barcelona" the city beats "Barcelona" the club).
func (n *node) insert(keys []string, entry int32, typeBit uint8, canonical, override bool) {
	for _, k := range keys {
		if n.next == nil {
			n.next = map[string]*node{}
		}
		c := n.next[k]
		if c == nil {
			c = newNode()
			n.next[k] = c
		}
		n = c
	}
	if override {
		n.types = 0
	}
	n.types |= typeBit
	if n.entry < 0 || override || (canonical && !n.canonical) {
		n.entry, n.canonical = entry, canonical
	}
}

// formKeys returns the token keys of a surface form, tokenized like text.
func formKeys(form string) []string {
	toks, _ := tokenize.Tokenize(form)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.Key
	}
	return keys
}

// Match is a gazetteer hit: tokens [Start, End) form a surface form of
// Entry (an index for Gazetteer.Entry).
type Match struct {
	Start, End int
	Entry      int
	// Ambiguous is set when entries of several types share the form
	// ("Barcelona": a city and a club).
	Ambiguous bool
}

// Match finds the longest forms over token keys, left to right, without
// overlaps, appending them to dst.
func (g *Gazetteer) Match(keys []string, dst []Match) []Match {
	for i := 0; i < len(keys); {
		end, n := g.longest(keys, i)
		if end > i {
			dst = append(dst, n.match(i, end))
			i = end
			continue
		}
		i++
	}
	return dst
}

// MatchTokens is Match over the keys of tokens.
func (g *Gazetteer) MatchTokens(toks []tokenize.Token, dst []Match) []Match {
	for i := 0; i < len(toks); {
		end, n := g.longestTok(toks, i)
		if end > i {
			dst = append(dst, n.match(i, end))
			i = end
			continue
		}
		i++
	}
	return dst
}

func (n *node) match(start, end int) Match {
	return Match{Start: start, End: end, Entry: int(n.entry), Ambiguous: n.types&(n.types-1) != 0}
}

func (g *Gazetteer) longest(keys []string, i int) (int, *node) {
	n, end, hit := g.root, i, (*node)(nil)
	for j := i; j < len(keys); j++ {
		if n = n.next[keys[j]]; n == nil {
			break
		}
		if n.entry >= 0 {
			end, hit = j+1, n
		}
	}
	return end, hit
}

func (g *Gazetteer) longestTok(toks []tokenize.Token, i int) (int, *node) {
	n, end, hit := g.root, i, (*node)(nil)
	for j := i; j < len(toks); j++ {
		if n = n.next[toks[j].Key]; n == nil {
			break
		}
		if n.entry >= 0 {
			end, hit = j+1, n
		}
	}
	return end, hit
}
