package gazetteer

import (
	"bytes"
	"io/fs"
	"path"
	"sort"
	"testing"
)

// builtinListMaps reads the embedded list files into maps, as the
// generator does.
func builtinListMaps(t *testing.T) *listMaps {
	t.Helper()
	names, err := fs.Glob(dataFS, "data/*")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	m := newListMaps()
	for _, name := range names {
		if base := path.Base(name); IsListFile(base) {
			data, err := dataFS.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if err := m.readList(base, string(data)); err != nil {
				t.Fatal(err)
			}
		}
	}
	return m
}

// TestListsAreCurrent requires the embedded lists table to be what the
// embedded list files compile to.
func TestListsAreCurrent(t *testing.T) {
	want, err := CompileLists(dataFS, "data")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(listsData, want) {
		t.Fatalf("data/%s is stale: run 'make gazetteer' from the module root", ListsFile)
	}
}

// TestListsMatchFiles requires every list of the table to hold exactly the
// words of its file, with their heads and places.
func TestListsMatchFiles(t *testing.T) {
	m := builtinListMaps(t)
	l := MustBuiltin().Lists()
	sets := []struct {
		name string
		set  WordSet
		want map[string]bool
	}{
		{"given", l.Given, m.Given}, {"surnames", l.Surnames, m.Surnames}, {"titles", l.Titles, m.Titles},
		{"title ends", l.TitleEnds, m.TitleEnds}, {"non-entities", l.NonEntities, m.NonEntities},
	}
	for _, s := range sets {
		if len(s.want) < 10 {
			t.Fatalf("%s: only %d words in the file", s.name, len(s.want))
		}
		for w := range s.want {
			if !s.set.Has(w) {
				t.Errorf("%s: %q missing", s.name, w)
			}
		}
		n := 0
		for w := range s.set.All() {
			if !s.want[w] {
				t.Errorf("%s: %q is not in the file", s.name, w)
			}
			n++
		}
		if n != len(s.want) {
			t.Errorf("%s: %d words, want %d", s.name, n, len(s.want))
		}
		if s.set.Has("zzz-no-such-word") {
			t.Errorf("%s: has a word it should not", s.name)
		}
	}
	for w, typ := range m.Heads {
		if got, ok := l.Heads.Get(w); !ok || got != typ {
			t.Errorf("head %q = %v, %v; want %v", w, got, ok, typ)
		}
	}
	for _, p := range []struct {
		set  PlaceSet
		want map[string]string
	}{{l.Demonyms, m.Demonyms}, {l.PlaceDemonyms, m.PlaceDemonyms}} {
		for w, place := range p.want {
			if got, ok := p.set.Get(w); !ok || got != place {
				t.Errorf("demonym %q = %q, %v; want %q", w, got, ok, place)
			}
		}
		if p.set.Len() != len(p.want) {
			t.Errorf("%d demonyms, want %d", p.set.Len(), len(p.want))
		}
	}
	if l.MaxTitleWords != m.MaxTitleWords || l.MaxTitleWords < 2 {
		t.Errorf("MaxTitleWords = %d, want %d", l.MaxTitleWords, m.MaxTitleWords)
	}
	if e := Empty().Lists(); e.Given.Has("Dmitri") || e.Demonyms.Len() != 0 {
		t.Error("empty lists are not empty")
	}
}
