package extract

import (
	"sync"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/normalize"
)

// Feature strings given to the model; they are constants so that building
// them allocates nothing.
const (
	featGiven    = "given"
	featSurname  = "surname"
	featTitle    = "title-before"
	featNonEnt   = "nonentity"
	featDemonym  = "demonym"
	featAmbig    = "gaz-ambiguous"
	featAgencyCx = "agency-before"
)

// featGenerated says whether matches of generated place entries are model
// features. They are not: with them (features gazgen=, gazweak=) the
// retrained pipeline scored 79.52-79.62 on esp.testa against 80.11
// without; and as the features of hand-written entries stay as they were,
// the embedded model needs no retraining for the generated tables.
const featGenerated = false

// gazFeat, genGazFeat and weakGazFeat are the B/I features of a match of
// a hand-written, a generated and a weak entry of each type.
var gazFeat, genGazFeat, weakGazFeat = func() (m, g, w map[entity.Type][2]string) {
	m, g, w = map[entity.Type][2]string{}, map[entity.Type][2]string{}, map[entity.Type][2]string{}
	for _, t := range entity.Types {
		m[t] = [2]string{"gaz=B-" + string(t), "gaz=I-" + string(t)}
		g[t] = [2]string{"gazgen=B-" + string(t), "gazgen=I-" + string(t)}
		w[t] = [2]string{"gazweak=B-" + string(t), "gazweak=I-" + string(t)}
	}
	return m, g, w
}()

var headFeat = func() map[entity.Type]string {
	m := map[entity.Type]string{}
	for _, t := range entity.Types {
		m[t] = "head=" + string(t)
	}
	return m
}()

var (
	builtinOnce sync.Once
	builtinGaz  *gazetteer.Gazetteer
	builtinErr  error
)

// ModelFeatures returns, for each word of a sentence, the external features
// the statistical model sees (gazetteer matches with their B/I position,
// given-name and surname lists, title cues…), computed with the built-in
// gazetteer. Training and tagging use the same function, so the model sees
// the same evidence in both.
func ModelFeatures(words []string) [][]string {
	builtinOnce.Do(func() { builtinGaz, builtinErr = gazetteer.Builtin() })
	if builtinErr != nil {
		panic(builtinErr)
	}
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = normalize.Key(w)
	}
	return tokenFeatures(builtinGaz, keys, nil)
}

// tokenFeatures computes the model features of one sentence given its token
// keys; matches may hold the sentence's gazetteer matches already computed
// (nil to compute them). The per-token slices share one backing array.
func tokenFeatures(g *gazetteer.Gazetteer, keys []string, matches []gazetteer.Match) [][]string {
	if matches == nil {
		matches = g.Match(keys, nil)
	}
	var sc featScratch
	flat, ends := sc.appendFeatures(g, keys, matches, make([]string, 0, 2*len(keys)), make([]int, 0, len(keys)))
	out := make([][]string, len(keys))
	start := 0
	for i, e := range ends {
		out[i] = flat[start:e:e]
		start = e
	}
	return out
}

// Word-list membership bits of a listIndex entry. The first three are
// looked up with a token's key, the others with its lower-cased key.
const (
	inGiven    = 1 << iota // Lists.Given
	inSurnames             // Lists.Surnames
	inHeads                // Lists.Heads
	inNonEnt               // Lists.NonEntities
	inDemonyms             // Lists.Demonyms
	inTitleEnd             // Lists.TitleEnds
)

// listEntry is what a listIndex knows of one word.
type listEntry struct {
	bits uint8
	head string // the head feature ("head=ORG") when bits has inHeads
}

// listIndex answers, for one word, what the features need of the word
// lists, in one lookup of the lists' table.
type listIndex struct{ l *gazetteer.Lists }

// indexLists returns the listIndex of l.
func indexLists(l *gazetteer.Lists) listIndex { return listIndex{l} }

// get returns what the lists know of w.
func (x listIndex) get(w string) listEntry { return entryOf(x.l.Word(w)) }

func entryOf(w gazetteer.Word) listEntry {
	var e listEntry
	if w.Given() {
		e.bits |= inGiven
	}
	if w.Surname() {
		e.bits |= inSurnames
	}
	if t, ok := w.Head(); ok {
		e.bits |= inHeads
		e.head = headFeat[t]
	}
	if w.NonEntity() {
		e.bits |= inNonEnt
	}
	if w.Demonym() {
		e.bits |= inDemonyms
	}
	if w.TitleEnd() {
		e.bits |= inTitleEnd
	}
	return e
}

// featScratch is reusable working memory of appendFeatures.
type featScratch struct {
	lex    lexCache
	word   []int32  // token i's entry in lex.ents (of the sentence at hand)
	low    []string // token i's lower-cased key (of the sentence at hand)
	own    []int32  // word and low, when appendFeatures looked the keys up
	ownLow []string
	buf    []byte
}

// appendFeatures appends the model features of one sentence (token keys,
// gazetteer matches) to flat, and for each token the end of its features
// in flat to ends; it returns both.
func (sc *featScratch) appendFeatures(g *gazetteer.Gazetteer, keys []string, matches []gazetteer.Match, flat []string, ends []int) ([]string, []int) {
	sc.lex.reset(g)
	sc.own, sc.ownLow = sc.own[:0], sc.ownLow[:0]
	for _, k := range keys {
		e := sc.lex.get(k)
		sc.own = append(sc.own, e)
		sc.ownLow = append(sc.ownLow, sc.lex.ents[e].low)
	}
	return sc.appendFeaturesOf(g, sc.own, sc.ownLow, matches, flat, ends)
}

// appendFeaturesOf is appendFeatures for a sentence whose tokens' entries
// in sc.lex (reset for g) are words, and their lower-cased keys lows.
func (sc *featScratch) appendFeaturesOf(g *gazetteer.Gazetteer, words []int32, lows []string, matches []gazetteer.Match, flat []string, ends []int) ([]string, []int) {
	l := g.Lists()
	sc.word, sc.low = words, lows
	mi, fmi := 0, -1
	var f [2]string // gazFeat of matches[fmi]
	for i := range words {
		for mi < len(matches) && matches[mi].End <= i {
			mi++
		}
		if mi < len(matches) && matches[mi].Start <= i && (featGenerated || !matches[mi].Generated) {
			m := matches[mi]
			if fmi != mi {
				switch t := g.Entry(m.Entry).Type; {
				case m.Weak:
					f = weakGazFeat[t]
				case m.Generated:
					f = genGazFeat[t]
				default:
					f = gazFeat[t]
				}
				fmi = mi
			}
			if i == m.Start {
				flat = append(flat, f[0])
			} else {
				flat = append(flat, f[1])
			}
			if m.Ambiguous {
				flat = append(flat, featAmbig)
			}
		}
		lex := &sc.lex.ents[sc.word[i]]
		ke, le := lex.key, lex.lower
		if ke.bits&inGiven != 0 {
			flat = append(flat, featGiven)
		}
		if ke.bits&inSurnames != 0 {
			flat = append(flat, featSurname)
		}
		if ke.bits&inHeads != 0 {
			flat = append(flat, ke.head)
		}
		if le.bits&inNonEnt != 0 {
			flat = append(flat, featNonEnt)
		}
		if le.bits&inDemonyms != 0 {
			flat = append(flat, featDemonym)
		}
		if i > 0 {
			if sc.lex.ents[sc.word[i-1]].lower.bits&inTitleEnd != 0 && titleBefore(l, sc.low, i, &sc.buf) {
				flat = append(flat, featTitle)
			}
			if sc.low[i-1] == "agencia" {
				flat = append(flat, featAgencyCx)
			}
		}
		ends = append(ends, len(flat))
	}
	return flat, ends
}

// titleBefore reports whether the lower-cased words just before position i
// form a title ("presidente", "primer ministro"); buf is scratch space
// reused between calls.
func titleBefore(l *gazetteer.Lists, lower []string, i int, buf *[]byte) bool {
	if i == 0 || !l.TitleEnds.Has(lower[i-1]) {
		return false
	}
	for n := 1; n <= l.MaxTitleWords && n <= i; n++ {
		b := (*buf)[:0]
		for j := i - n; j < i; j++ {
			if j > i-n {
				b = append(b, ' ')
			}
			b = append(b, lower[j]...)
		}
		*buf = b
		if l.Titles.Has(string(b)) {
			return true
		}
	}
	return false
}
