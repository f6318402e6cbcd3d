package gazetteer

import (
	"strings"
	"testing"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// FuzzParseTSV: a user gazetteer never panics the parser or the matcher;
// what parses has a canonical name and a valid type, and its forms match
// text inside the tokens they were found in.
func FuzzParseTSV(f *testing.F) {
	for _, s := range []string{
		"Kim Jong-un\tPER\tKim\t\n",
		"# comentario\n\nEFE\tAGENCY\tAgencia EFE|Efe\n",
		"\uFEFFLa Haya\tLOC\t\tgeonames:2747373\r\n",
		"sin tipo\n",
		"a\tb\tc\td\te\n",
		"X\tPER\t|||\n",
	} {
		f.Add(s, "Dijo Kim en La Haya que EFE informó.")
	}
	f.Fuzz(func(t *testing.T, tsv, text string) {
		es, err := ParseTSV(strings.NewReader(tsv), "user.tsv")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "user.tsv:") {
				t.Fatalf("error %q does not name file:line", err)
			}
			return
		}
		for _, e := range es {
			if strings.TrimSpace(e.Canonical) == "" {
				t.Fatalf("entry with an empty canonical name from %q", tsv)
			}
			if _, ok := entity.ParseType(string(e.Type)); !ok {
				t.Fatalf("entry with type %q", e.Type)
			}
		}
		g := Empty()
		g.AddEntries(es, true)
		toks, _ := tokenize.Tokenize(text)
		for _, m := range g.MatchTokens(toks, nil) {
			if m.Start < 0 || m.End > len(toks) || m.Start >= m.End {
				t.Fatalf("match %+v out of the %d tokens", m, len(toks))
			}
			if m.Entry < 0 || int(m.Entry) >= len(es) {
				t.Fatalf("match %+v names no entry", m)
			}
		}
	})
}
