package extract

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// benchText is the project's own fixture articles, concatenated: about
// 30 KB of Spanish news-style text.
func benchText(b *testing.B) string {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.txt"))
	sort.Strings(files)
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	if sb.Len() == 0 {
		b.Skip("no fixture articles in testdata/articles")
	}
	return sb.String()
}

func reportTokens(b *testing.B, text string) {
	toks, _ := tokenize.Tokenize(text)
	b.SetBytes(int64(len(text)))
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkExtract measures the whole pipeline (tokenize, gazetteer, model,
// rules, offsets) per engine.
func BenchmarkExtract(b *testing.B) {
	text := benchText(b)
	for _, eng := range Engines {
		b.Run(string(eng), func(b *testing.B) {
			x := newExtractor(b, eng)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				x.Extract(text)
			}
			reportTokens(b, text)
		})
	}
}

// BenchmarkProse runs prose/v2's own English pipeline on the same text, as
// the point of comparison: tokenization alone, and its full document
// pipeline (segmentation, tagging, entities).
func BenchmarkProse(b *testing.B) {
	text := benchText(b)
	b.Run("tokenize", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false)); err != nil {
				b.Fatal(err)
			}
		}
		reportTokens(b, text)
	})
	b.Run("full", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := prose.NewDocument(text); err != nil {
				b.Fatal(err)
			}
		}
		reportTokens(b, text)
	})
}

// BenchmarkTokenize measures prensa's tokenizer alone.
func BenchmarkTokenize(b *testing.B) {
	text := benchText(b)
	var toks []tokenize.Token
	var sents []tokenize.Sentence
	for i := 0; i < b.N; i++ {
		toks, sents = tokenize.Append(text, toks[:0], sents[:0])
	}
	reportTokens(b, text)
}
