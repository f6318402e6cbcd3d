package gazetteer

import (
	"bytes"
	"regexp"
	"testing"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// idPattern is the form of every built-in id: the sources of the place
// tables are the only source of ids.
var idPattern = regexp.MustCompile(`^(geonames:[1-9][0-9]*|wikidata:Q[1-9][0-9]*|ine:[0-9]{2,5})$`)

func TestBuiltinIDsAreWellFormedAndUnique(t *testing.T) {
	g := MustBuiltin()
	all := append(append([]*Entry{}, g.Entries()...), g.Places()...)
	seen := map[string]*Entry{}
	withID := 0
	for _, e := range all {
		if e.ID == "" {
			continue
		}
		withID++
		if !idPattern.MatchString(e.ID) {
			t.Errorf("%s (%s): id %q is not geonames:N, wikidata:QN or ine:N", e.Canonical, e.Origin, e.ID)
		}
		if prev := seen[e.ID]; prev != nil {
			t.Errorf("id %s is shared by %q (%s) and %q (%s)", e.ID, prev.Canonical, prev.Origin, e.Canonical, e.Origin)
		}
		seen[e.ID] = e
	}
	if withID < 30000 {
		t.Errorf("only %d entries have an id, want the generated places (30,000 or more)", withID)
	}
}

func TestPlacesMatch(t *testing.T) {
	g := MustBuiltin()
	tests := []struct {
		text      string
		canonical string // of the match starting at the first token
		id        string
		weak      bool
		generated bool
	}{
		{"Madrid", "Madrid", "ine:28079", false, false},                                  // hand-written, linked
		{"Moscú", "Moscú", "geonames:524901", false, false},                              // hand-written, linked
		{"Argentina", "Argentina", "wikidata:Q414", false, false},                        // country, linked by ISO code
		{"Villanueva de la Serena", "Villanueva de la Serena", "ine:06153", false, true}, // INE municipality
		{"Mercedes", "Mercedes", "", true, true},                                         // a given name: weak
		{"Vallecas", "Vallecas", "geonames:3106601", true, true},                         // a section of Madrid: weak
	}
	for _, tt := range tests {
		ms := g.Match(keysOf(tt.text), nil)
		if len(ms) == 0 || ms[0].Start != 0 {
			t.Errorf("%q: no match at the start (%+v)", tt.text, ms)
			continue
		}
		e := g.Entry(ms[0].Entry)
		if e.Canonical != tt.canonical || tt.id != "" && e.ID != tt.id || ms[0].Weak != tt.weak || ms[0].Generated != tt.generated {
			t.Errorf("%q: got %q %s weak=%v generated=%v, want %q %s weak=%v generated=%v",
				tt.text, e.Canonical, e.ID, ms[0].Weak, ms[0].Generated, tt.canonical, tt.id, tt.weak, tt.generated)
		}
		if e.Type != entity.LOC {
			t.Errorf("%q: type %s, want LOC", tt.text, e.Type)
		}
	}
}

// TestPlacesNeverShadowEntries: a generated place ("La Unión", a town)
// that overlaps a hand-written form ("Unión Europea") is not matched.
func TestPlacesNeverShadowEntries(t *testing.T) {
	g := MustBuiltin()
	ms := g.Match(keysOf("La Unión Europea aprobó"), nil)
	if len(ms) != 1 || g.Entry(ms[0].Entry).Canonical != "Unión Europea" || ms[0].Generated {
		var got []string
		for _, m := range ms {
			got = append(got, g.Entry(m.Entry).Canonical)
		}
		t.Errorf("matches %q, want only the hand-written Unión Europea", got)
	}
}

func TestLookupFindsPlacesWithIDs(t *testing.T) {
	g := MustBuiltin()
	for name, id := range map[string]string{"madrid": "ine:28079", "Villanueva de la Serena": "ine:06153"} {
		found := false
		for _, e := range g.Lookup(name) {
			found = found || e.ID == id
		}
		if !found {
			t.Errorf("Lookup(%q) has no entry with id %s", name, id)
		}
	}
}

// TestPlaceFirstKeysAreCurrent requires the embedded first-key table to be
// the one of the embedded place index, and every first key to find its
// lines through it.
func TestPlaceFirstKeysAreCurrent(t *testing.T) {
	if !bytes.Equal(placesFirst, PlaceFirstKeys([]byte(placesIndex))) {
		t.Fatal("data/places.first is stale: run make places")
	}
	pt := builtinPlaces()
	for k := 0; k < pt.n; k++ {
		key := pt.firstKey(k)
		lo, n, ok := pt.lines(key)
		if !ok || k < lo || k >= lo+n {
			t.Fatalf("line %d (%q): lines = %d, %d, %v", k, key, lo, n, ok)
		}
	}
	if _, _, ok := pt.lines("Zzyzxqwv"); ok {
		t.Error("an unknown key has lines")
	}
}
