package gazetteer

import (
	"strings"
	"unicode"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/normalize"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// index maps a form's first token key to the forms starting with it: a
// trie flattened to one level, cheap to build at start-up.
type index map[string][]form

// form is one surface form: the token keys after the first.
type form struct {
	rest      []string
	entry     int32 // index into entries
	canonical bool  // the form is its entry's canonical name
	types     uint8 // bit set of the types of all entries with this form
}

// insert adds a form. An existing identical form keeps its entry unless
// override is set, or unless the new form is its entry's canonical name and
// the old one is only an alias ("Barcelona" the city beats "Barcelona" the
// club).
func (ix index) insert(keys []string, entry int32, typeBit uint8, canonical, override bool) {
	forms := ix[keys[0]]
	rest := keys[1:]
	for i := range forms {
		f := &forms[i]
		if !equalKeys(f.rest, rest) {
			continue
		}
		if override {
			f.types = 0
		}
		f.types |= typeBit
		if override || (canonical && !f.canonical) {
			f.entry, f.canonical = entry, canonical
		}
		return
	}
	ix[keys[0]] = append(forms, form{rest: rest, entry: entry, canonical: canonical, types: typeBit})
}

func equalKeys(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// formKeys returns the token keys of a surface form, tokenized like text.
func formKeys(form string) []string {
	if simpleForm(form) {
		return strings.Fields(normalize.Key(form))
	}
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
	return g.matchAll(len(keys), func(i int) string { return keys[i] }, dst)
}

// MatchTokens is Match over the keys of tokens.
func (g *Gazetteer) MatchTokens(toks []tokenize.Token, dst []Match) []Match {
	return g.matchAll(len(toks), func(i int) string { return toks[i].Key }, dst)
}

// matchAll matches over n token keys given by key.
func (g *Gazetteer) matchAll(n int, key func(int) string, dst []Match) []Match {
	for i := 0; i < n; {
		if f := g.longest(n, key, i); f != nil {
			dst = append(dst, f.match(i))
			i += 1 + len(f.rest)
			continue
		}
		i++
	}
	return dst
}

func (f *form) match(start int) Match {
	return Match{Start: start, End: start + 1 + len(f.rest), Entry: int(f.entry), Ambiguous: f.types&(f.types-1) != 0}
}

// longest returns the longest form starting at token i, or nil.
func (g *Gazetteer) longest(n int, key func(int) string, i int) *form {
	var best *form
	forms := g.index[key(i)]
	for k := range forms {
		f := &forms[k]
		if len(f.rest) > n-i-1 || best != nil && len(f.rest) <= len(best.rest) {
			continue
		}
		ok := true
		for j, want := range f.rest {
			if key(i+1+j) != want {
				ok = false
				break
			}
		}
		if ok {
			best = f
		}
	}
	return best
}

// simpleForm reports whether a form is only letters separated by single
// spaces, so that its token keys are its words (the common case, which
// spares the tokenizer at start-up).
func simpleForm(form string) bool {
	prevSpace := true
	for _, r := range form {
		switch {
		case r == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'):
			prevSpace = false
		case r >= 0x80 && unicode.IsLetter(r):
			prevSpace = false
		default:
			return false
		}
	}
	return !prevSpace
}

// FormTypes returns the types of the entries that have exactly the keys as
// a surface form (none when no entry has it), in the order of entity.Types.
func (g *Gazetteer) FormTypes(keys []string) []entity.Type {
	if len(keys) == 0 {
		return nil
	}
	for _, f := range g.index[keys[0]] {
		if equalKeys(f.rest, keys[1:]) {
			var out []entity.Type
			for i, t := range entity.Types {
				if f.types&(1<<i) != 0 {
					out = append(out, t)
				}
			}
			return out
		}
	}
	return nil
}
