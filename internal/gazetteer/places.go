package gazetteer

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// placesIndex is the generated places' matcher table (data/places.idx,
// written by internal/gazetteer/gen/places): one line per form, "first
// key<TAB>other keys<TAB>W|S<TAB>canonical<TAB>id", sorted bytewise. It is
// searched in place, so that some 40,000 places cost nothing at start-up.
//
//go:embed data/places.idx
var placesIndex string

// placeBase is added to a line number of a placeTable to make the Entry
// index of a Match, so that place indexes never meet those of entries.
const placeBase = 1 << 30

// placeTable is a sorted table of place forms read in place.
type placeTable struct {
	data    string
	lines   []uint32 // start of each line in data
	entries sync.Map // line → *Entry, made on first use
}

var (
	placesOnce  sync.Once
	builtinPlcs *placeTable
)

// builtinPlaces returns the embedded place table, built once per process.
func builtinPlaces() *placeTable {
	placesOnce.Do(func() { builtinPlcs = newPlaceTable(placesIndex) })
	return builtinPlcs
}

func newPlaceTable(data string) *placeTable {
	t := &placeTable{data: data, lines: make([]uint32, 0, strings.Count(data, "\n"))}
	for off := 0; off < len(data); {
		t.lines = append(t.lines, uint32(off))
		i := strings.IndexByte(data[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
	}
	return t
}

// line returns line k without its newline.
func (t *placeTable) line(k int) string {
	s := t.data[t.lines[k]:]
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// firstKey returns the first field of line k.
func (t *placeTable) firstKey(k int) string {
	s := t.data[t.lines[k]:]
	if i := strings.IndexByte(s, '\t'); i >= 0 {
		return s[:i]
	}
	return s
}

// search returns the first line whose first key is key, or len(lines).
func (t *placeTable) search(key string) int {
	lo, hi := 0, len(t.lines)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.firstKey(m) < key {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// secondKey returns the second token key of line k's form ("" for a
// one-token form).
func (t *placeTable) secondKey(k int) string {
	s := t.data[t.lines[k]:]
	s = s[strings.IndexByte(s, '\t')+1:]
	for i := 0; i < len(s); i++ {
		if s[i] == '\t' || s[i] == ' ' {
			return s[:i]
		}
	}
	return s
}

// longest returns the line of the longest form starting at token i and
// ending by token n, strong forms before weak ones, its length in tokens
// and whether it is weak; line is -1 when there is none. Of the lines
// whose first key is token i's, it looks at the one-token form (sorted
// first) and at those whose second key is token i+1's (contiguous), found
// by binary search.
func (t *placeTable) longest(n int, key func(int) string, i int) (line, length int, weak bool) {
	k0 := key(i)
	if k0 == "" || k0[0] < 'A' || k0[0] > 'Z' && k0[0] < 0x80 {
		return -1, 0, false // every place form starts with a capital letter
	}
	line = -1
	lo := t.search(k0)
	if lo == len(t.lines) || t.firstKey(lo) != k0 {
		return -1, 0, false
	}
	try := func(k int) {
		l := t.line(k)
		_, rest, _ := strings.Cut(l, "\t")
		restKeys, flags, _ := strings.Cut(rest, "\t")
		w := flags != "" && flags[0] == 'W'
		size := 1
		for j := i + 1; restKeys != ""; j++ {
			var want string
			want, restKeys, _ = strings.Cut(restKeys, " ")
			if j >= n || key(j) != want {
				return
			}
			size++
		}
		if line >= 0 && (w && !weak || w == weak && size <= length) {
			return
		}
		line, length, weak = k, size, w
	}
	if t.secondKey(lo) == "" {
		try(lo)
	}
	if i+1 >= n {
		return line, length, weak
	}
	k1 := key(i + 1)
	a, b := lo, len(t.lines)
	for a < b { // the first line of k0 whose second key is not below k1
		m := int(uint(a+b) >> 1)
		if t.firstKey(m) == k0 && t.secondKey(m) < k1 {
			a = m + 1
		} else {
			b = m
		}
	}
	for k := a; k < len(t.lines) && t.firstKey(k) == k0 && t.secondKey(k) == k1; k++ {
		try(k)
	}
	return line, length, weak
}

// entry returns the entry of line k.
func (t *placeTable) entry(k int) *Entry {
	if e, ok := t.entries.Load(k); ok {
		return e.(*Entry)
	}
	f := strings.Split(t.line(k), "\t")
	e := &Entry{Canonical: f[3], Type: entity.LOC, ID: f[4], Weak: f[2] == "W", Generated: true, Origin: placeOrigin(f[4], f[2] == "W")}
	got, _ := t.entries.LoadOrStore(k, e)
	return got.(*Entry)
}

// placeOrigin names the generated table a place comes from, by its id and
// weakness, as the generator distributes them.
func placeOrigin(id string, weak bool) string {
	switch {
	case weak:
		return "builtin:places-weak.tsv"
	case strings.HasPrefix(id, "geonames:"):
		return "builtin:places-geonames.tsv"
	case strings.HasPrefix(id, "ine:"):
		return "builtin:places-spain.tsv"
	}
	return "builtin:places-regions.tsv"
}

// all returns one entry per place (canonical name and id), with the
// aliases the table gives it, in table order of canonical names.
func (t *placeTable) all() []*Entry {
	type key struct{ canon, id string }
	byKey := map[key]*Entry{}
	var out []*Entry
	for k := range t.lines {
		f := strings.Split(t.line(k), "\t")
		form := f[0]
		if f[1] != "" {
			form += " " + f[1]
		}
		kk := key{f[3], f[4]}
		e := byKey[kk]
		if e == nil {
			e = &Entry{Canonical: f[3], Type: entity.LOC, ID: f[4], Weak: f[2] == "W", Generated: true, Origin: placeOrigin(f[4], f[2] == "W")}
			byKey[kk] = e
			out = append(out, e)
		}
		if form != FormKey(e.Canonical) {
			e.Aliases = append(e.Aliases, form)
		}
	}
	return out
}
