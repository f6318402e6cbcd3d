package gazetteer

import (
	"embed"
	"fmt"
	"os"
	"path"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/normalize"
)

//go:embed data
var dataFS embed.FS

// compiledData is data/entries.compiled (see CompiledFile), embedded as a
// string so that decoding it copies nothing.
//
//go:embed data/entries.compiled
var compiledData string

// indexData is data/entries.index (see IndexFile), the matcher index of
// the compiled entries, used in place.
//
//go:embed data/entries.index
var indexData []byte

// listsData is data/lists.index (see ListsFile), the word lists, used in
// place.
//
//go:embed data/lists.index
var listsData []byte

// Gazetteer is a set of entries with a matcher over their surface forms,
// plus the word lists of the rules. Build one with Builtin, Empty or New,
// add user files with AddFile; after that it is read-only and safe for
// concurrent use.
type Gazetteer struct {
	// The built-in entries, matched through their index in place and
	// decoded one by one on first use; nil without them. They are entries
	// 0 to builtin.len()-1.
	builtin *builtinEntries
	frozen  *frozenIndex
	entries []*Entry // the entries added by users, after the built-in ones
	index   index    // the forms of the entries added by users
	lists   *Lists
	forms   int         // the forms of the user entries
	places  *placeTable // the generated places; nil without the built-in entries
}

// Empty returns a gazetteer with no entries and empty lists.
func Empty() *Gazetteer {
	return &Gazetteer{index: newIndex(0), lists: newLists(nil)}
}

var (
	builtinOnce sync.Once
	builtinEnts *builtinEntries
	builtinList *Lists
	builtinErr  error
)

// Builtin returns a new gazetteer holding the embedded entries and lists.
// The entries' index is used where it lies in the binary and each entry
// is decoded on first use, so that a process start builds almost nothing;
// the word lists are read once per process.
func Builtin() (*Gazetteer, error) {
	builtinOnce.Do(func() { builtinEnts, builtinList, builtinErr = loadBuiltin() })
	if builtinErr != nil {
		return nil, builtinErr
	}
	return &Gazetteer{builtin: builtinEnts, frozen: builtinEnts.index, index: newIndex(0), lists: builtinList, places: builtinPlaces()}, nil
}

// MustBuiltin is Builtin for tests and benchmarks: it panics on error.
func MustBuiltin() *Gazetteer {
	g, err := Builtin()
	if err != nil {
		panic(err)
	}
	return g
}

// loadBuiltin opens the embedded word lists and entries.
func loadBuiltin() (*builtinEntries, *Lists, error) {
	words, err := openWords(listsData)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %v", ListsFile, err)
	}
	b, err := openBuiltin(compiledData, indexData)
	if err != nil {
		return nil, nil, err
	}
	return b, newLists(words), nil
}

// compileEntries gives parsed entries the token keys of their forms.
func compileEntries(es []*Entry) *compiled {
	c := &compiled{entries: es, formAt: make([]int, 0, len(es)+1)}
	for _, e := range es {
		c.formAt = append(c.formAt, len(c.forms))
		for _, f := range e.Forms() {
			c.forms = append(c.forms, formKeys(f))
		}
	}
	c.formAt = append(c.formAt, len(c.forms))
	return c
}

// The generated place tables (see internal/gazetteer/gen/places). The
// loader reads only linksFile, after the hand-written files, to give their
// places ids; the others are matched through places.idx (places.go).
const (
	generatedPrefix = "places-"
	linksFile       = "places-links.tsv"
)

// sortDataFiles sorts data file names, the generated place tables last.
func sortDataFiles(names []string) {
	sort.Slice(names, func(i, j int) bool {
		gi, gj := strings.HasPrefix(path.Base(names[i]), generatedPrefix), strings.HasPrefix(path.Base(names[j]), generatedPrefix)
		if gi != gj {
			return gj
		}
		return names[i] < names[j]
	})
}

// IsListFile reports whether an embedded data file is a word list (given
// names, titles, demonyms…) rather than a file of entries.
func IsListFile(base string) bool {
	switch base {
	case "given-names.txt", "surnames.txt", "titles.txt", "nonentities.txt", "heads.tsv", "demonyms.tsv", "demonyms-places.tsv":
		return true
	}
	return false
}

// mergeEntries joins entries with the same canonical name and type, keeping
// the first one's position and id and the union of aliases; an entry of
// linksFile gives its id to the entry it joins. It reuses (and changes) the
// entries it is given.
func mergeEntries(in []*Entry) []*Entry {
	type key struct {
		canon string
		typ   entity.Type
	}
	byKey := make(map[key]*Entry, len(in))
	var out []*Entry
	for _, e := range in {
		k := key{e.Canonical, e.Type}
		if prev, ok := byKey[k]; ok && len(e.Aliases) == 0 {
			if prev.ID == "" || e.Origin == "builtin:"+linksFile {
				prev.ID = e.ID
			}
			continue
		} else if ok {
			seen := map[string]bool{prev.Canonical: true}
			for _, a := range prev.Aliases {
				seen[a] = true
			}
			for _, a := range e.Aliases {
				if !seen[a] {
					prev.Aliases = append(prev.Aliases, a)
					seen[a] = true
				}
			}
			if prev.ID == "" || e.Origin == "builtin:"+linksFile {
				prev.ID = e.ID
			}
			continue
		}
		byKey[k] = e
		out = append(out, e)
	}
	return out
}

// AddFile reads a user gazetteer (same TSV format as the built-in files).
// Its entries override built-in ones that share a surface form.
func (g *Gazetteer) AddFile(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	es, err := ParseTSV(f, name)
	if err != nil {
		return err
	}
	g.add(es, true)
	return nil
}

// AddEntries adds entries; with override they replace earlier entries that
// share a surface form.
func (g *Gazetteer) AddEntries(es []*Entry, override bool) { g.add(es, override) }

func (g *Gazetteer) add(es []*Entry, override bool) {
	for _, e := range es {
		forms := e.Forms()
		keys := make([][]string, len(forms))
		for i, f := range forms {
			keys[i] = formKeys(f)
		}
		g.insertEntry(e, keys, override)
	}
}

// insertEntry adds an entry whose forms (in the order of Entry.Forms) have
// the token keys given.
func (g *Gazetteer) insertEntry(e *Entry, forms [][]string, override bool) {
	idx := int32(g.builtin.len() + len(g.entries))
	g.entries = append(g.entries, e)
	bit := typeBit(e.Type)
	for i, keys := range forms {
		if len(keys) == 0 {
			continue
		}
		g.forms++
		g.index.insert(keys, idx, bit, i == 0, override)
		if w, ok := lexicalized(keys); ok {
			g.index.insert([]string{w}, idx, bit, false, false)
		}
	}
}

// lexicalized returns the capitalized spelling of a one-word acronym of five
// letters or more ("INDEC" → "Indec", "UNESCO" → "Unesco"), which Spanish
// style writes like a word; shorter acronyms (ONU, MAS, CREO) keep their capitals
// only, so that they do not match common words.
func lexicalized(keys []string) (string, bool) {
	if len(keys) != 1 || utf8.RuneCountInString(keys[0]) < 5 {
		return "", false
	}
	for _, r := range keys[0] {
		if !unicode.IsUpper(r) {
			return "", false
		}
	}
	r, n := utf8.DecodeRuneInString(keys[0])
	return string(r) + strings.ToLower(keys[0][n:]), true
}

func typeBit(t entity.Type) uint8 {
	for i, tt := range entity.Types {
		if tt == t {
			return 1 << i
		}
	}
	return 0
}

// Lists returns the word lists (given names, titles…).
func (g *Gazetteer) Lists() *Lists { return g.lists }

// Entries returns all entries in load order (the generated places are
// Places). It decodes every built-in entry: matching needs none of it.
func (g *Gazetteer) Entries() []*Entry {
	if g.builtin == nil {
		return g.entries
	}
	return append(g.builtin.all(), g.entries...)
}

// Places returns the generated places, one entry each, with the token keys
// of their forms as aliases; nil without the built-in entries. They are
// made anew on every call.
func (g *Gazetteer) Places() []*Entry {
	if g.places == nil {
		return nil
	}
	return g.places.all()
}

// Len returns the number of entries and of surface forms, without the
// generated places.
func (g *Gazetteer) Len() (entries, forms int) {
	entries, forms = len(g.entries), g.forms
	if g.builtin != nil {
		entries += g.builtin.len()
		forms += g.frozen.forms
	}
	return entries, forms
}

// Entry returns the entry with index i as reported by a Match.
func (g *Gazetteer) Entry(i int) *Entry {
	if i >= placeBase {
		return g.places.entry(i - placeBase)
	}
	if n := g.builtin.len(); i < n {
		return g.builtin.entry(i)
	}
	return g.entries[i-g.builtin.len()]
}

// Lookup returns the entries, generated places included, having name as
// canonical name or alias, comparing normalized forms without regard to
// case.
func (g *Gazetteer) Lookup(name string) []*Entry {
	want := strings.ToLower(strings.Join(formKeys(name), " "))
	var out []*Entry
	for _, e := range g.Entries() {
		for _, f := range e.Forms() {
			if strings.ToLower(strings.Join(formKeys(f), " ")) == want {
				out = append(out, e)
				break
			}
		}
	}
	for _, e := range g.Places() {
		for _, f := range e.Forms() {
			if strings.ToLower(f) == want {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// List returns the entries of type t (all entries when t is empty), sorted
// by canonical name.
func (g *Gazetteer) List(t entity.Type) []*Entry {
	var out []*Entry
	for _, e := range g.Entries() {
		if t == "" || e.Type == t {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Canonical < out[j].Canonical })
	return out
}

// String describes the gazetteer's size.
func (g *Gazetteer) String() string {
	entries, forms := g.Len()
	return fmt.Sprintf("%d entries, %d surface forms", entries, forms)
}

// WithLists returns a gazetteer with no entries that uses the given word
// lists (as --no-builtin-gazetteer does with the built-in lists).
func WithLists(l *Lists) *Gazetteer {
	return &Gazetteer{index: newIndex(0), lists: l}
}

// CanonicalID returns the id of the entry that the surface form name
// belongs to when that entry has type t, an id, and name as its canonical
// name; "" otherwise. A form shared by several entries belongs to the
// first that has it as canonical name, so this is the id of the first
// entry named so unless an entry of another type has the name first.
func (g *Gazetteer) CanonicalID(name string, t entity.Type) string {
	h, ok := g.find(formKeys(name))
	if !ok || !h.canonical {
		return ""
	}
	if e := g.Entry(int(h.entry)); e.Type == t && e.ID != "" && normalize.Key(e.Canonical) == normalize.Key(name) {
		return e.ID
	}
	return ""
}
