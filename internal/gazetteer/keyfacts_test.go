package gazetteer

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// TestMatchFacts requires MatchFacts, given the KeyFacts of each token, to
// match as MatchTokens does: over the fixture articles and forms run
// together, with the stored index and with user entries on top.
func TestMatchFacts(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "*", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no fixture articles")
	}
	texts := []string{"", "el Kremlin dijo", "Ciudad de México y Nueva York", "Buenos Aires Buenos Aires Buenos", "Zorblax Quimera en Moscú"}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	user := MustBuiltin()
	user.AddEntries([]*Entry{{Canonical: "Zorblax Quimera", Type: "ORG", Origin: "u"}, {Canonical: "Moscú", Type: "PER", Origin: "u"}}, true)
	matched, places := 0, 0
	for _, g := range []*Gazetteer{MustBuiltin(), user} {
		for _, text := range texts {
			toks, _ := tokenize.Tokenize(text)
			facts := make([]KeyFacts, len(toks))
			for i, tk := range toks {
				facts[i] = g.KeyFacts(tk.Key)
			}
			want, got := g.MatchTokens(toks, nil), g.MatchFacts(toks, facts, nil)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%.40q: MatchFacts = %+v, want %+v", text, got, want)
			}
			for _, m := range want {
				matched++
				if m.Generated {
					places++
				}
			}
		}
	}
	if matched == 0 || places == 0 {
		t.Fatalf("%d matches, %d of generated places: the test tests too little", matched, places)
	}
}
