package window

import (
	"io"
	"strings"
	"testing"

	"github.com/prensa-nlp/prensa/internal/decode"
	"github.com/prensa-nlp/prensa/internal/output"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// BenchmarkStream compares, on the same 4 MB of fixture articles, the
// pipeline alone on each window (extract) with the whole path of 'prensa
// tag': decoding as read, windows, tagging and JSON printing (tag).
func BenchmarkStream(b *testing.B) {
	base := articles(b)
	text := strings.Repeat(base, 4<<20/len(base)+1)
	toks, _ := tokenize.Tokenize(text)
	x := extractor(b)
	tokens := func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	}
	b.Run("extract", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			s := x.NewStream()
			Split(text, 0, func(w Window) { s.Extract(w.Text) })
		}
		tokens(b)
	})
	b.Run("tag", func(b *testing.B) {
		p, _ := output.New("json", false)
		for i := 0; i < b.N; i++ {
			src, err := decode.NewStream(strings.NewReader(text), decode.Auto)
			if err != nil {
				b.Fatal(err)
			}
			ds, _ := output.Stream(p, io.Discard)
			if _, err := Tag(Doc{Source: "a.txt", Input: src, Tagger: x.NewStream()}, ds); err != nil {
				b.Fatal(err)
			}
		}
		tokens(b)
	})
}
