package gazetteer

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// mapBuiltin returns the built-in gazetteer with its entries inserted into
// a map index, as Builtin built it before the index was stored.
func mapBuiltin(t *testing.T) *Gazetteer {
	t.Helper()
	c, err := decodeCompiled(compiledData)
	if err != nil {
		t.Fatal(err)
	}
	b := MustBuiltin()
	g := &Gazetteer{index: newIndex(len(c.forms)), lists: b.lists, places: b.places}
	for i, e := range c.entries {
		g.insertEntry(e, c.forms[c.formAt[i]:c.formAt[i+1]], false)
	}
	return g
}

// TestIndexMatchesMap requires the stored index to match as the map index
// built from the same entries does: over every form of every entry (alone,
// and run together with the next one) and over the fixture articles.
func TestIndexMatchesMap(t *testing.T) {
	want, got := mapBuiltin(t), MustBuiltin()
	c, err := decodeCompiled(compiledData)
	if err != nil {
		t.Fatal(err)
	}
	check := func(keys []string) {
		t.Helper()
		w, g := want.Match(keys, nil), got.Match(keys, nil)
		if !reflect.DeepEqual(w, g) {
			t.Fatalf("Match(%q) = %+v, want %+v", keys, g, w)
		}
		if w, g := want.FormTypes(keys), got.FormTypes(keys); !reflect.DeepEqual(w, g) {
			t.Fatalf("FormTypes(%q) = %v, want %v", keys, g, w)
		}
	}
	for i, keys := range c.forms {
		if len(keys) == 0 {
			continue
		}
		check(keys)
		next := c.forms[(i+1)%len(c.forms)]
		check(append(append([]string{"el"}, keys...), next...))
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "*", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no fixture articles")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		toks, _ := tokenize.Tokenize(string(data))
		keys := make([]string, len(toks))
		for i, tk := range toks {
			keys[i] = tk.Key
		}
		check(keys)
	}
	if we, wf := want.Len(); true {
		if ge, gf := got.Len(); ge != we || gf != wf {
			t.Errorf("Len() = %d, %d; want %d, %d", ge, gf, we, wf)
		}
	}
}

// TestBuiltinEntries requires every lazily decoded built-in entry to be
// the entry the compiled file holds.
func TestBuiltinEntries(t *testing.T) {
	c, err := decodeCompiled(compiledData)
	if err != nil {
		t.Fatal(err)
	}
	g := MustBuiltin()
	for i, w := range c.entries {
		e := g.Entry(i)
		if len(e.Aliases) == 0 && len(w.Aliases) == 0 {
			if e.Canonical != w.Canonical || e.Type != w.Type || e.ID != w.ID || e.Origin != w.Origin || e.SharesForms != w.SharesForms {
				t.Fatalf("entry %d = %+v, want %+v", i, *e, *w)
			}
			continue
		}
		if !reflect.DeepEqual(*e, *w) {
			t.Fatalf("entry %d = %+v, want %+v", i, *e, *w)
		}
	}
}

// TestUserOverlay checks that user entries layered over the stored index
// match as they did when both shared one index: a longer user form wins,
// an overriding file replaces a built-in form (types too), and entries
// added without override only add their types to a built-in form.
func TestUserOverlay(t *testing.T) {
	user := []*Entry{
		{Canonical: "Kremlin Viejo", Type: "LOC", Origin: "u"},   // longer than a built-in form
		{Canonical: "Kremlin", Type: "MISC", Origin: "u"},        // same form as a built-in one
		{Canonical: "Zorblax Quimera", Type: "ORG", Origin: "u"}, // new
		{Canonical: "Quimera", Type: "PER", Aliases: []string{"Zorblax"}, Origin: "u"},
	}
	for _, override := range []bool{false, true} {
		want, got := mapBuiltin(t), MustBuiltin()
		want.AddEntries(user, override)
		got.AddEntries(user, override)
		for _, s := range []string{"el Kremlin Viejo dijo", "el Kremlin dijo", "Zorblax Quimera y Quimera y Zorblax", "Moscú y Kremlin"} {
			toks, _ := tokenize.Tokenize(s)
			w, g := want.MatchTokens(toks, nil), got.MatchTokens(toks, nil)
			if !reflect.DeepEqual(w, g) {
				t.Errorf("override %v, %q: %+v, want %+v", override, s, g, w)
			}
			for i := range w {
				if we, ge := want.Entry(w[i].Entry), got.Entry(g[i].Entry); we.Canonical != ge.Canonical || we.Type != ge.Type {
					t.Errorf("override %v, %q: entry %v, want %v", override, s, ge, we)
				}
			}
		}
		if w, g := want.FormTypes([]string{"Kremlin"}), got.FormTypes([]string{"Kremlin"}); !reflect.DeepEqual(w, g) {
			t.Errorf("override %v: FormTypes(Kremlin) = %v, want %v", override, g, w)
		}
	}
}
