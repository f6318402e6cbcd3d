package summary

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/extract"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
)

// BenchmarkAnnotate measures the summary and demonyms of a 1 MB document
// (the fixture articles repeated), apart from tagging it.
func BenchmarkAnnotate(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.txt"))
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(data)
		}
	}
	text := sb.String()
	g := gazetteer.MustBuiltin()
	x, err := extract.New(extract.Options{Gazetteer: g, Engine: extract.GazetteerOnly})
	if err != nil {
		b.Fatal(err)
	}
	ms := x.Extract(text)
	p := NewPlaces(g)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		r := entity.Result{Entities: ms}
		p.Annotate(text, &r)
	}
}
