package extract

import (
	"strings"
	"sync/atomic"

	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/normalize"
)

// lexEntry is what matching and the model features need of one word (a
// token key), looked up once and cached (see lexCache).
type lexEntry struct {
	low   string    // the key lower-cased
	key   listEntry // the lists' answer for the key
	lower listEntry // and for the lower-cased key
	facts gazetteer.KeyFacts
}

// maxLexWords bounds a lexCache: it is emptied before a window (or, for
// appendFeatures, a sentence) when it holds more words.
const maxLexWords = 1 << 14

// lexCache caches the lexEntry of each word seen, for one gazetteer. The
// words of a text repeat, and the cache is small enough to stay in the
// processor's cache where the gazetteer's tables are not.
type lexCache struct {
	// vocab numbers this filling of the cache, for the model (see
	// model.Model.AppendTagDocHinted): an entry's index is the same word
	// for as long as vocab stays.
	vocab uint64
	g     *gazetteer.Gazetteer
	idx   map[string]int32
	ents  []lexEntry
	buf   []byte
}

// reset empties c when it is for another gazetteer or holds too many
// words.
func (c *lexCache) reset(g *gazetteer.Gazetteer) {
	if c.g == g && len(c.ents) <= maxLexWords && c.idx != nil {
		return
	}
	c.g = g
	c.vocab = vocabs.Add(1)
	if c.idx == nil {
		c.idx = make(map[string]int32)
	}
	clear(c.idx)
	c.ents = c.ents[:0]
}

// vocabs numbers the fillings of lexCaches (see lexCache.vocab).
var vocabs atomic.Uint64

// get returns the index in c.ents of key's entry, looking it up in the
// gazetteer if it is not cached.
func (c *lexCache) get(key string) int32 {
	if i, ok := c.idx[key]; ok {
		return i
	}
	idx := indexLists(c.g.Lists())
	c.buf = normalize.AppendLower(c.buf[:0], key)
	e := lexEntry{key: idx.get(key), facts: c.g.KeyFacts(key)}
	if string(c.buf) == key {
		e.low, e.lower = strings.Clone(key), e.key
	} else {
		e.low = string(c.buf)
		e.lower = idx.get(e.low)
	}
	i := int32(len(c.ents))
	c.ents = append(c.ents, e)
	// A copy, so that the pooled cache does not keep the caller's text.
	if e.low == key {
		c.idx[e.low] = i
	} else {
		c.idx[strings.Clone(key)] = i
	}
	return i
}
