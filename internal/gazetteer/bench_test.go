package gazetteer

import (
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
