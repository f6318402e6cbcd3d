package gazetteer

import (
	"fmt"
	"strings"
	"unsafe"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/normalize"
)

// Lists are the word lists the rules and the model use besides entries:
// given names, surnames, titles that precede a person's name, head words
// that type a name they start, words that never start an entity, and
// demonyms with the country they belong to. The built-in lists are one
// table read in place (see ListsFile); every list looks its words up in
// it.
type Lists struct {
	Given       WordSet  // "Dmitri"
	Surnames    WordSet  // "Peskov"
	Titles      WordSet  // lowercase, may be several words: "primer ministro"
	Heads       HeadSet  // "Universidad" → ORG
	NonEntities WordSet  // lowercase: "los", "según"
	Demonyms    PlaceSet // lowercase demonym → country canonical
	// PlaceDemonyms are the demonyms of cities, regions and continents
	// (lowercase demonym → place canonical). Unlike Demonyms they are no
	// model feature.
	PlaceDemonyms PlaceSet
	// TitleEnds holds the last word of every title, a quick test before
	// looking titles up.
	TitleEnds WordSet
	// MaxTitleWords is the largest number of words in a title.
	MaxTitleWords int
	// MinDemonymBytes is the length of the shortest demonym of either
	// kind, in bytes.
	MinDemonymBytes int

	words *wordTable
}

// Word returns what the lists know of w, in one lookup.
func (l *Lists) Word(w string) Word { return l.words.word(w) }

// WordBytes is Word for a word given as bytes, which it does not keep.
func (l *Lists) WordBytes(w []byte) Word {
	if len(w) == 0 {
		return l.words.word("")
	}
	return l.words.word(unsafe.String(&w[0], len(w)))
}

// newLists returns the lists of a word table; nil gives empty lists.
func newLists(t *wordTable) *Lists {
	if t == nil {
		t = &wordTable{}
	}
	return &Lists{
		Given: WordSet{t, inGiven}, Surnames: WordSet{t, inSurnames}, Titles: WordSet{t, inTitles},
		TitleEnds: WordSet{t, inTitleEnds}, NonEntities: WordSet{t, inNonEntities}, Heads: HeadSet{t},
		Demonyms: PlaceSet{t, inDemonyms}, PlaceDemonyms: PlaceSet{t, inPlaceDemonyms},
		MaxTitleWords: t.maxTitleWords, MinDemonymBytes: t.minDemonym, words: t,
	}
}

// listMaps are the word lists as the list files give them, the input of
// the word table (writeWords).
type listMaps struct {
	Given, Surnames, Titles, NonEntities, TitleEnds map[string]bool
	Heads                                           map[string]entity.Type
	Demonyms, PlaceDemonyms                         map[string]string
	MaxTitleWords                                   int
}

func newListMaps() *listMaps {
	return &listMaps{
		Given: map[string]bool{}, Surnames: map[string]bool{}, Titles: map[string]bool{}, TitleEnds: map[string]bool{},
		Heads: map[string]entity.Type{}, NonEntities: map[string]bool{}, Demonyms: map[string]string{},
		PlaceDemonyms: map[string]string{},
	}
}

// readWords calls add for every non-comment line of text.
func readWords(text string, add func(string)) error {
	for line := range strings.Lines(text) {
		w := strings.TrimSpace(line)
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		add(normalize.Key(w))
	}
	return nil
}

// readList fills the list named by a data file name from its text;
// unknown names are ignored. The maps are sized for the file's lines, and
// the words are substrings of text where normalizing leaves them alone.
func (l *listMaps) readList(name string, r string) error {
	lines := strings.Count(r, "\n") + 1
	switch name {
	case "given-names.txt":
		l.Given = make(map[string]bool, lines)
		return readWords(r, func(w string) { l.Given[w] = true })
	case "surnames.txt":
		l.Surnames = make(map[string]bool, lines)
		return readWords(r, func(w string) { l.Surnames[w] = true })
	case "titles.txt":
		return readWords(r, func(w string) {
			w = strings.ToLower(w)
			l.Titles[w] = true
			words := strings.Fields(w)
			l.TitleEnds[words[len(words)-1]] = true
			if len(words) > l.MaxTitleWords {
				l.MaxTitleWords = len(words)
			}
		})
	case "nonentities.txt":
		l.NonEntities = make(map[string]bool, lines)
		return readWords(r, func(w string) { l.NonEntities[strings.ToLower(w)] = true })
	case "heads.tsv":
		return readPairs(r, name, func(a, b string) error {
			t, ok := entity.ParseType(b)
			if !ok {
				return fmt.Errorf("unknown type %q", b)
			}
			l.Heads[a] = t
			return nil
		})
	case "demonyms.tsv":
		return readPairs(r, name, demonymAdder(l.Demonyms))
	case "demonyms-places.tsv":
		return readPairs(r, name, demonymAdder(l.PlaceDemonyms))
	}
	return nil
}

func readPairs(text string, name string, add func(a, b string) error) error {
	line := 0
	for l := range strings.Lines(text) {
		line++
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) < 2 {
			return fmt.Errorf("%s:%d: want 2 tab-separated fields", name, line)
		}
		if err := add(normalize.Key(strings.TrimSpace(f[0])), normalize.Key(strings.TrimSpace(f[1]))); err != nil {
			return fmt.Errorf("%s:%d: %v", name, line, err)
		}
	}
	return nil
}

// demonymAdder returns a readPairs callback that adds a place's demonym
// forms to m.
func demonymAdder(m map[string]string) func(place, forms string) error {
	return func(place, forms string) error {
		for _, f := range strings.Split(forms, "|") {
			if f = strings.TrimSpace(f); f != "" {
				m[strings.ToLower(f)] = place
			}
		}
		return nil
	}
}
