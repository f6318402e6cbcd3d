package conll

import (
	"errors"
	"io"
	"strings"
	"testing"
)

// FuzzReader: the CoNLL reader never panics, never returns an empty
// sentence, and an error names its line.
func FuzzReader(f *testing.F) {
	for _, s := range []string{
		"-DOCSTART- -DOCSTART- O\n\nMadrid B-LOC\n, O\n\nEl O\n",
		"La B-ORG\nHaya I-ORG\n",
		"x X-BAD\n",
		"\n\n\n",
		"MADRID\n23\nmay\n(\nEFE\n)\n.\n\nOtro\n",
	} {
		f.Add(s, false, false)
	}
	f.Fuzz(func(t *testing.T, s string, tokensOnly, guess bool) {
		r := NewReader(strings.NewReader(s))
		r.TokensOnly, r.GuessDocs = tokensOnly, guess
		for i := 0; ; i++ {
			sent, err := r.Next()
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				if !strings.Contains(err.Error(), "line") {
					t.Fatalf("error %q names no line", err)
				}
				return
			}
			if len(sent.Tokens) == 0 {
				t.Fatalf("empty sentence %d from %q", i, s)
			}
			if i > len(s) {
				t.Fatalf("more sentences than bytes")
			}
		}
	})
}
