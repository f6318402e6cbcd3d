package gazetteer

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// BenchmarkBuiltin measures building the built-in gazetteer from the
// embedded files and the place index, as every process start does.
func BenchmarkBuiltin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		builtinOnce, placesOnce = sync.Once{}, sync.Once{}
		if _, err := Builtin(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatch measures the matcher over a tokenized sentence.
func BenchmarkMatch(b *testing.B) {
	g := MustBuiltin()
	toks, _ := tokenize.Tokenize("El portavoz del Kremlin, Dmitri Peskov, dijo en Moscú que Kim Jong-un llegará a Vladivostok desde Corea del Norte.")
	var dst []Match
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dst = g.MatchTokens(toks, dst[:0])
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// userTSV is a user gazetteer of n entries; with shared, every form starts
// with the same word ("Juan Pérez 17"), the worst case of a first-key index.
func userTSV(n int, shared bool) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if shared {
			fmt.Fprintf(&b, "Juan Pérez %d\tPER\tJuan P%d\t\n", i, i)
		} else {
			fmt.Fprintf(&b, "Lugar%d del Norte\tLOC\tL%d\t\n", i, i)
		}
	}
	return b.String()
}

// BenchmarkUserGazetteer loads a user gazetteer of 12,500, 50,000 and
// 200,000 entries and matches text full of its first words; ns/entry stays
// flat when loading and matching are linear.
func BenchmarkUserGazetteer(b *testing.B) {
	text := strings.Repeat("Dijo Juan Pérez 12 en Lugar7 del Norte que Juan Pérez llegó. ", 2000)
	toks, _ := tokenize.Tokenize(text)
	for _, shared := range []bool{false, true} {
		for _, k := range []int{1, 4, 16} {
			n := 12500 * k
			tsv := userTSV(n, shared)
			b.Run(fmt.Sprintf("shared=%v/%dx", shared, k), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					es, err := ParseTSV(strings.NewReader(tsv), "user.tsv")
					if err != nil {
						b.Fatal(err)
					}
					g := Empty()
					g.AddEntries(es, true)
					if len(g.MatchTokens(toks, nil)) == 0 {
						b.Fatal("no match")
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/entry")
			})
		}
	}
}

// BenchmarkWord measures one look-up in the word lists' table, against the
// same look-ups in a Go map of the same words.
func BenchmarkWord(b *testing.B) {
	l := MustBuiltin().Lists()
	words := strings.Fields("El portavoz del Kremlin Dmitri Peskov dijo en Moscú que los norcoreanos y presidente Universidad según")
	m := map[string]Word{}
	for _, set := range []WordSet{l.Given, l.Surnames, l.Titles, l.NonEntities, l.TitleEnds} {
		for w := range set.All() {
			m[w] = l.Word(w)
		}
	}
	for _, w := range words {
		m[w] = l.Word(w)
	}
	b.Run("table", func(b *testing.B) {
		n := 0
		for i := 0; i < b.N; i++ {
			if l.Word(words[i%len(words)]).Given() {
				n++
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		n := 0
		for i := 0; i < b.N; i++ {
			if m[words[i%len(words)]].Given() {
				n++
			}
		}
	})
}
