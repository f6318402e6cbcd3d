package gazetteer

import (
	_ "embed"
	"encoding/binary"
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

// placesOffsets holds the start of every line of placesIndex, 4 bytes
// little-endian each (data/places.off, written with it).
//
//go:embed data/places.off
var placesOffsets string

// placesFirst is the table of the first keys of placesIndex, from each to
// its lines (data/places.first, written with it; see PlaceFirstKeys).
//
//go:embed data/places.first
var placesFirst []byte

// placeBase is added to a line number of a placeTable to make the Entry
// index of a Match, so that place indexes never meet those of entries.
const placeBase = 1 << 30

// placeTable is a sorted table of place forms read in place.
type placeTable struct {
	data    string
	offsets string      // the start of each line in data, 4 bytes little-endian
	first   []byte      // the first-key table (PlaceFirstKeys), or nil for none
	n       int         // number of lines
	entries lazyEntries // the entries of lines, made on first use
}

var (
	placesOnce  sync.Once
	builtinPlcs *placeTable
)

// builtinPlaces returns the embedded place table.
func builtinPlaces() *placeTable {
	placesOnce.Do(func() {
		builtinPlcs = newPlaceTable(placesIndex, placesOffsets)
		builtinPlcs.first = placesFirst
	})
	return builtinPlcs
}

// newPlaceTable returns the table of data, whose line starts are offsets;
// it panics when they do not agree (a table not written by the generator).
func newPlaceTable(data, offsets string) *placeTable {
	t := &placeTable{data: data, offsets: offsets, n: len(offsets) / 4}
	if len(offsets)%4 != 0 || t.n > 0 && (t.start(0) != 0 || t.start(t.n-1) >= len(data)) || t.n == 0 && data != "" {
		panic("gazetteer: places.off does not match places.idx; run make places")
	}
	return t
}

// start returns the offset of line k in data.
func (t *placeTable) start(k int) int {
	o := t.offsets[4*k:]
	return int(uint32(o[0]) | uint32(o[1])<<8 | uint32(o[2])<<16 | uint32(o[3])<<24)
}

// line returns line k without its newline.
func (t *placeTable) line(k int) string {
	s := t.data[t.start(k):]
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// firstKey returns the first field of line k.
func (t *placeTable) firstKey(k int) string {
	s := t.data[t.start(k):]
	if i := strings.IndexByte(s, '\t'); i >= 0 {
		return s[:i]
	}
	return s
}

// keyBelow reports whether the first key of line k sorts before key,
// without looking for its end.
func (t *placeTable) keyBelow(k int, key string) bool {
	s := t.data[t.start(k):]
	for i := 0; i < len(key); i++ {
		if i == len(s) || s[i] == '\t' {
			return true // a proper prefix of key
		}
		if s[i] != key[i] {
			return s[i] < key[i]
		}
	}
	return false
}

// search returns the first line whose first key is key, or t.n.
func (t *placeTable) search(key string) int {
	lo, hi := 0, t.n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.keyBelow(m, key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Layout of the first-key table of a place table: an open-addressing hash
// table of a power-of-two number of 12-byte slots, by hashKey of the first
// key with linear probing: fingerprint (0 for an empty slot), first line,
// number of lines (u32, little-endian). A fingerprint shared by two keys
// would give the wrong lines, so PlaceFirstKeys refuses one.
const placeSlotSize = 12

// PlaceFirstKeys returns the first-key table of a place index (lines
// "first key<TAB>…", sorted, so that the lines of a first key follow each
// other).
func PlaceFirstKeys(idx []byte) []byte {
	type run struct{ lo, n uint32 }
	var keys []string
	runs := map[string]*run{}
	line := uint32(0)
	for _, l := range strings.Split(strings.TrimSuffix(string(idx), "\n"), "\n") {
		if l == "" && len(idx) == 0 {
			break
		}
		k, _, _ := strings.Cut(l, "\t")
		if r := runs[k]; r != nil {
			r.n++
		} else {
			runs[k] = &run{line, 1}
			keys = append(keys, k)
		}
		line++
	}
	size := tableSize(len(keys))
	out := make([]byte, size*placeSlotSize)
	for _, k := range keys {
		m := finish(hashKey(k))
		i := m & uint64(size-1)
		for binary.LittleEndian.Uint32(out[i*placeSlotSize:]) != 0 {
			if binary.LittleEndian.Uint32(out[i*placeSlotSize:]) == slotFP(m) {
				panic("gazetteer: two place keys share a slot and fingerprint: " + k)
			}
			i = (i + 1) & uint64(size-1)
		}
		s := out[i*placeSlotSize:]
		binary.LittleEndian.PutUint32(s, slotFP(m))
		binary.LittleEndian.PutUint32(s[4:], runs[k].lo)
		binary.LittleEndian.PutUint32(s[8:], runs[k].n)
	}
	return out
}

// lines returns the first line and the number of lines of first key k;
// ok is false when no line starts with it.
func (t *placeTable) lines(k string) (lo, n int, ok bool) {
	return t.linesHashed(k, hashKey(k))
}

// placeStart reports whether a key may begin a place form: every place
// form starts with a capital letter.
func placeStart(k string) bool {
	return k != "" && (k[0] >= 'A' && k[0] <= 'Z' || k[0] >= 0x80)
}

// linesHashed is lines for a key whose hashKey is h.
func (t *placeTable) linesHashed(k string, h uint64) (lo, n int, ok bool) {
	if len(t.first) < placeSlotSize {
		lo = t.search(k)
		for n = 0; lo+n < t.n && t.firstKey(lo+n) == k; n++ {
		}
		return lo, n, n > 0
	}
	mask := uint64(len(t.first)/placeSlotSize - 1)
	m := finish(h)
	fp := slotFP(m)
	for i := m & mask; ; i = (i + 1) & mask {
		s := t.first[i*placeSlotSize : i*placeSlotSize+placeSlotSize]
		switch binary.LittleEndian.Uint32(s) {
		case 0:
			return 0, 0, false
		case fp:
			lo, n = int(binary.LittleEndian.Uint32(s[4:])), int(binary.LittleEndian.Uint32(s[8:]))
			// a key that shares the fingerprint of a stored one
			return lo, n, t.firstKey(lo) == k
		}
	}
}

// secondKey returns the second token key of line k's form ("" for a
// one-token form).
func (t *placeTable) secondKey(k int) string {
	s := t.data[t.start(k):]
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
func (t *placeTable) longest(n int, key func(int) string, facts []KeyFacts, i int) (line, length int, weak bool) {
	k0 := key(i)
	if !placeStart(k0) {
		return -1, 0, false
	}
	line = -1
	var lo, count int
	if facts != nil {
		if facts[i].placeLo < 0 {
			return -1, 0, false
		}
		lo, count = int(facts[i].placeLo), int(facts[i].placeN)
	} else {
		var ok bool
		if lo, count, ok = t.lines(k0); !ok {
			return -1, 0, false
		}
	}
	hi := lo + count
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
	a, b := lo, hi
	for a < b { // the first line of k0 whose second key is not below k1
		m := int(uint(a+b) >> 1)
		if t.secondKey(m) < k1 {
			a = m + 1
		} else {
			b = m
		}
	}
	for k := a; k < hi && t.secondKey(k) == k1; k++ {
		try(k)
	}
	return line, length, weak
}

// entry returns the entry of line k.
func (t *placeTable) entry(k int) *Entry {
	return t.entries.get(k, t.n, t.decode)
}

// decode decodes the entry of line k.
func (t *placeTable) decode(k int) *Entry {
	f := strings.Split(t.line(k), "\t")
	return &Entry{Canonical: f[3], Type: entity.LOC, ID: f[4], Weak: f[2] == "W", Generated: true, Origin: placeOrigin(f[4], f[2] == "W")}
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
	for k := range t.n {
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
