package extract

import (
	"strings"
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

var gazFeat = func() map[entity.Type][2]string {
	m := map[entity.Type][2]string{}
	for _, t := range entity.Types {
		m[t] = [2]string{"gaz=B-" + string(t), "gaz=I-" + string(t)}
	}
	return m
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
// (nil to compute them).
func tokenFeatures(g *gazetteer.Gazetteer, keys []string, matches []gazetteer.Match) [][]string {
	if matches == nil {
		matches = g.Match(keys, nil)
	}
	l := g.Lists()
	out := make([][]string, len(keys))
	for _, m := range matches {
		f := gazFeat[g.Entry(m.Entry).Type]
		for i := m.Start; i < m.End; i++ {
			pos := 1
			if i == m.Start {
				pos = 0
			}
			out[i] = append(out[i], f[pos])
			if m.Ambiguous {
				out[i] = append(out[i], featAmbig)
			}
		}
	}
	for i, k := range keys {
		if l.Given[k] {
			out[i] = append(out[i], featGiven)
		}
		if l.Surnames[k] {
			out[i] = append(out[i], featSurname)
		}
		if t, ok := l.Heads[k]; ok {
			out[i] = append(out[i], headFeat[t])
		}
		lower := strings.ToLower(k)
		if l.NonEntities[lower] {
			out[i] = append(out[i], featNonEnt)
		}
		if _, ok := l.Demonyms[lower]; ok {
			out[i] = append(out[i], featDemonym)
		}
		if i > 0 && titleBefore(l, keys, i) {
			out[i] = append(out[i], featTitle)
		}
		if i > 0 && strings.EqualFold(keys[i-1], "agencia") {
			out[i] = append(out[i], featAgencyCx)
		}
	}
	return out
}

// titleBefore reports whether the words just before position i form a title
// ("presidente", "primer ministro").
func titleBefore(l *gazetteer.Lists, keys []string, i int) bool {
	for n := 1; n <= l.MaxTitleWords && n <= i; n++ {
		if l.Titles[strings.ToLower(strings.Join(keys[i-n:i], " "))] {
			return true
		}
	}
	return false
}
