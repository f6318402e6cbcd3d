package gazetteer

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/normalize"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// index maps a form's first token key to the forms starting with it: a
// trie flattened to one level, cheap to build at start-up. A first key
// shared by more than maxFlat forms (a user gazetteer of thousands of
// "Juan …") moves to a real trie, so that building and matching stay
// linear whatever the entries.
type index map[string]bucket

// bucket holds the forms of one first key: a flat list, or a trie once
// they are many.
type bucket struct {
	forms []form
	deep  *trie
}

// maxFlat is the most forms a first key keeps in a flat list.
const maxFlat = 32

// newIndex returns an empty index with room for n first keys.
func newIndex(n int) index { return make(index, n) }

// form is one surface form: the token keys after the first.
type form struct {
	rest      []string
	entry     int32 // index into entries
	canonical bool  // the form is its entry's canonical name
	types     uint8 // bit set of the types of all entries with this form
	// overrode is set once an entry replaced the form with override: the
	// built-in form with the same keys, if any, no longer counts.
	overrode bool
}

// update records that entry has this form too. An existing identical form
// keeps its entry unless override is set, or unless the new form is its
// entry's canonical name and the old one is only an alias ("Barcelona" the
// city beats "Barcelona" the club).
func (f *form) update(entry int32, typeBit uint8, canonical, override bool) {
	if override {
		f.types = 0
		f.overrode = true
	}
	f.types |= typeBit
	if override || (canonical && !f.canonical) {
		f.entry, f.canonical = entry, canonical
	}
}

// insert adds a form (see form.update for a form already there).
func (ix index) insert(keys []string, entry int32, typeBit uint8, canonical, override bool) {
	rest := keys[1:]
	b := ix[keys[0]]
	if b.deep != nil {
		b.deep.insert(form{rest: rest, entry: entry, canonical: canonical, types: typeBit, overrode: override}, override)
		return
	}
	for i := range b.forms {
		if f := &b.forms[i]; equalKeys(f.rest, rest) {
			f.update(entry, typeBit, canonical, override)
			return
		}
	}
	forms := append(b.forms, form{rest: rest, entry: entry, canonical: canonical, types: typeBit, overrode: override})
	if len(forms) <= maxFlat {
		ix[keys[0]] = bucket{forms: forms}
		return
	}
	t := &trie{}
	for _, f := range forms {
		t.insert(f, false)
	}
	ix[keys[0]] = bucket{deep: t}
}

// trie holds the forms sharing a first key, by their following keys.
type trie struct {
	here *form // the form ending at this node
	kids map[string]*trie
}

// insert adds f at the node its rest leads to.
func (t *trie) insert(f form, override bool) {
	n := t
	for _, k := range f.rest {
		next := n.kids[k]
		if next == nil {
			if n.kids == nil {
				n.kids = map[string]*trie{}
			}
			next = &trie{}
			n.kids[k] = next
		}
		n = next
	}
	if n.here == nil {
		n.here = &f
		return
	}
	n.here.update(f.entry, f.types, f.canonical, override)
}

// walk calls fn for every form of t.
func (t *trie) walk(fn func(*form)) {
	if t.here != nil {
		fn(t.here)
	}
	keys := make([]string, 0, len(t.kids))
	for k := range t.kids {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.kids[k].walk(fn)
	}
}

// longest returns the longest form of t matching the keys after token i.
func (t *trie) longest(n int, key func(int) string, i int) *form {
	best := t.here
	node := t
	for j := i + 1; j < n && node.kids != nil; j++ {
		if node = node.kids[key(j)]; node == nil {
			break
		}
		if node.here != nil {
			best = node.here
		}
	}
	return best
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

// FormKey returns the matching key of a surface form: its token keys
// joined by single spaces. Two forms with the same key match the same text.
func FormKey(form string) string { return strings.Join(formKeys(form), " ") }

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
	// Weak is set when the entry is a weak place (Entry.Weak): evidence,
	// not a verdict.
	Weak bool
	// Generated is set when the entry is a generated place
	// (Entry.Generated).
	Generated bool
}

// Match finds the longest forms over token keys, left to right, without
// overlaps, appending them to dst. The generated places are matched only
// over the tokens that no entry's form covers, so that they never change
// what the entries match.
func (g *Gazetteer) Match(keys []string, dst []Match) []Match {
	return g.match(len(keys), func(i int) string { return keys[i] }, nil, dst)
}

// MatchTokens is Match over the keys of tokens.
func (g *Gazetteer) MatchTokens(toks []tokenize.Token, dst []Match) []Match {
	return g.match(len(toks), func(i int) string { return toks[i].Key }, nil, dst)
}

// match matches over n token keys given by key: entries first, then
// generated places in the gaps. facts holds the facts of the keys (see
// KeyFacts), or is nil to look them up.
func (g *Gazetteer) match(n int, key func(int) string, facts []KeyFacts, dst []Match) []Match {
	base := len(dst)
	for i := 0; i < n; {
		if h, ok := g.longest(n, key, facts, i); ok {
			dst = append(dst, h.match(i))
			i += h.size
			continue
		}
		i++
	}
	if g.places == nil {
		return dst
	}
	end := len(dst)
	next := base // the first entry match not before token i
	for i := 0; i < n; {
		for next < end && dst[next].End <= i {
			next++
		}
		limit := n
		if next < end {
			if dst[next].Start <= i {
				i = dst[next].End
				continue
			}
			limit = dst[next].Start
		}
		if line, size, weak := g.places.longest(limit, key, facts, i); line >= 0 {
			dst = append(dst, Match{Start: i, End: i + size, Entry: placeBase + line, Weak: weak, Generated: true})
			i += size
			continue
		}
		i++
	}
	if len(dst) > end && end > base {
		slices.SortFunc(dst[base:], func(a, b Match) int { return a.Start - b.Start })
	}
	return dst
}

func (h hit) match(start int) Match {
	return Match{Start: start, End: start + h.size, Entry: int(h.entry), Ambiguous: h.types&(h.types-1) != 0}
}

// hit returns f as found over its first key and rest.
func (f *form) hit() hit {
	return hit{size: 1 + len(f.rest), entry: f.entry, canonical: f.canonical, types: f.types}
}

// longest returns the longest form starting at token i: the built-in
// index's or the user entries', whichever is longer; the same form in
// both is merged as adding the user entries to the built-in ones would
// merge it (see merge).
func (g *Gazetteer) longest(n int, key func(int) string, facts []KeyFacts, i int) (hit, bool) {
	var user *form
	if len(g.index) > 0 {
		user = g.index.longest(n, key, i)
	}
	if g.frozen == nil {
		if user == nil {
			return hit{}, false
		}
		return user.hit(), true
	}
	b, ok := g.frozen.longest(n, key, facts, i)
	return merge(b, ok, user)
}

// merge combines the built-in form b (if ok) with the user form u (if not
// nil) found at one place: the longer wins; the same form is u alone when
// a user entry replaced it, else b with u's types added and u's entry when
// b is only an alias and u a canonical name.
func merge(b hit, ok bool, u *form) (hit, bool) {
	switch {
	case u == nil:
		return b, ok
	case !ok || 1+len(u.rest) > b.size:
		return u.hit(), true
	case 1+len(u.rest) < b.size:
		return b, true
	case u.overrode:
		return u.hit(), true
	}
	b.types |= u.types
	if !b.canonical && u.canonical {
		b.entry, b.canonical = u.entry, true
	}
	return b, true
}

// longest returns the longest form of ix starting at token i, or nil.
func (ix index) longest(n int, key func(int) string, i int) *form {
	b := ix[key(i)]
	if b.deep != nil {
		return b.deep.longest(n, key, i)
	}
	var best *form
	forms := b.forms
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
	h, ok := g.find(keys)
	if !ok {
		return nil
	}
	var out []entity.Type
	for i, t := range entity.Types {
		if h.types&(1<<i) != 0 {
			out = append(out, t)
		}
	}
	return out
}

// find returns the form with exactly these keys, built-in or user's.
func (g *Gazetteer) find(keys []string) (hit, bool) {
	var user *form
	if len(g.index) > 0 {
		user = g.index.find(keys)
	}
	if g.frozen == nil {
		if user == nil {
			return hit{}, false
		}
		return user.hit(), true
	}
	b, ok := g.frozen.find(keys)
	return merge(b, ok, user)
}

// find returns the form of ix with exactly these keys, or nil.
func (ix index) find(keys []string) *form {
	b := ix[keys[0]]
	if t := b.deep; t != nil {
		n := t
		for _, k := range keys[1:] {
			if n = n.kids[k]; n == nil {
				return nil
			}
		}
		return n.here
	}
	for i := range b.forms {
		if equalKeys(b.forms[i].rest, keys[1:]) {
			return &b.forms[i]
		}
	}
	return nil
}
