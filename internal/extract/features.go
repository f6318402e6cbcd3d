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
// (nil to compute them). The per-token slices share one backing array.
func tokenFeatures(g *gazetteer.Gazetteer, keys []string, matches []gazetteer.Match) [][]string {
	if matches == nil {
		matches = g.Match(keys, nil)
	}
	l := g.Lists()
	lower := make([]string, len(keys))
	for i, k := range keys {
		lower[i] = strings.ToLower(k)
	}
	flat := make([]string, 0, 2*len(keys))
	ends := make([]int, len(keys))
	var buf []byte
	mi := 0
	for i, k := range keys {
		for mi < len(matches) && matches[mi].End <= i {
			mi++
		}
		if mi < len(matches) && matches[mi].Start <= i {
			m := matches[mi]
			f := gazFeat[g.Entry(m.Entry).Type]
			if i == m.Start {
				flat = append(flat, f[0])
			} else {
				flat = append(flat, f[1])
			}
			if m.Ambiguous {
				flat = append(flat, featAmbig)
			}
		}
		if l.Given[k] {
			flat = append(flat, featGiven)
		}
		if l.Surnames[k] {
			flat = append(flat, featSurname)
		}
		if t, ok := l.Heads[k]; ok {
			flat = append(flat, headFeat[t])
		}
		if l.NonEntities[lower[i]] {
			flat = append(flat, featNonEnt)
		}
		if _, ok := l.Demonyms[lower[i]]; ok {
			flat = append(flat, featDemonym)
		}
		if i > 0 {
			if titleBefore(l, lower, i, &buf) {
				flat = append(flat, featTitle)
			}
			if lower[i-1] == "agencia" {
				flat = append(flat, featAgencyCx)
			}
		}
		ends[i] = len(flat)
	}
	out := make([][]string, len(keys))
	start := 0
	for i, e := range ends {
		out[i] = flat[start:e:e]
		start = e
	}
	return out
}

// titleBefore reports whether the lower-cased words just before position i
// form a title ("presidente", "primer ministro"); buf is scratch space
// reused between calls.
func titleBefore(l *gazetteer.Lists, lower []string, i int, buf *[]byte) bool {
	if i == 0 || !l.TitleEnds[lower[i-1]] {
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
		if l.Titles[string(b)] {
			return true
		}
	}
	return false
}
