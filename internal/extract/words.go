package extract

import (
	"strings"

	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// TagWords labels pre-tokenized sentences (one document) with IOB2 tags,
// one per word, as the pipeline would: the words are taken as tokens, the
// sentences as given.
func (x *Extractor) TagWords(doc [][]string) [][]string {
	var b strings.Builder
	var toks []tokenize.Token
	sents := make([]tokenize.Sentence, 0, len(doc))
	for _, words := range doc {
		first := len(toks)
		for _, w := range words {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			start := b.Len()
			b.WriteString(w)
			toks = append(toks, tokenize.FromWord(w, start))
		}
		sents = append(sents, tokenize.Sentence{First: first, Last: len(toks)})
	}
	text := b.String()
	for i := range toks {
		toks[i].Text = text[toks[i].Start:toks[i].End]
	}
	out := make([][]string, len(doc))
	for i, s := range sents {
		out[i] = make([]string, s.Last-s.First)
		for j := range out[i] {
			out[i][j] = "O"
		}
	}
	x.spans(toks, sents, nil, func(si int, sp span) {
		tags := out[si]
		tags[sp.start] = "B-" + string(sp.typ)
		for k := sp.start + 1; k < sp.end; k++ {
			tags[k] = "I-" + string(sp.typ)
		}
	})
	return out
}
