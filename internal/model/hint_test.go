package model

import (
	"reflect"
	"strings"
	"testing"
)

// TestHints requires tagging with word hints to give what tagging without
// them gives, and a new vocabulary's hints, which number other words, not
// to find the old vocabulary's words.
func TestHints(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := []string{
		"El presidente Pedro Sánchez viajó a Bruselas con la ministra Nadia Calviño .",
		"La Comisión Europea y el Banco Central Europeo se reunieron en Fráncfort .",
		"Kim Jong-un recibió en Vladivostok a Vladímir Putin , según la agencia KCNA .",
	}
	doc := func(hints map[string]int32) [][]Token {
		var sents [][]Token
		for _, line := range text {
			var s []Token
			for _, w := range strings.Fields(line) {
				s = append(s, Token{Text: w, Hint: hints[w]})
			}
			sents = append(sents, s)
		}
		return sents
	}
	want := m.TagDoc(doc(nil))
	vocab := func(reverse bool) map[string]int32 {
		hints := map[string]int32{}
		var words []string
		for _, line := range text {
			for _, w := range strings.Fields(line) {
				if _, ok := hints[w]; !ok {
					hints[w] = 0
					words = append(words, w)
				}
			}
		}
		for i, w := range words {
			if reverse {
				i = len(words) - 1 - i
			}
			hints[w] = int32(i + 1)
		}
		return hints
	}
	tag := func(v uint64, hints map[string]int32) [][]string {
		_, out := m.AppendTagDocHinted(v, nil, nil, doc(hints))
		return out
	}
	for round, c := range []struct {
		vocab   uint64
		reverse bool
	}{{1, false}, {1, false}, {2, true}, {2, true}, {3, false}} {
		if got := tag(c.vocab, vocab(c.reverse)); !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d (vocabulary %d): tags with hints %v, want %v", round, c.vocab, got, want)
		}
	}
}
