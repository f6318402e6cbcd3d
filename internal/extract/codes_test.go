package extract

import (
	"strings"
	"testing"
)

func TestStoryCodes(t *testing.T) {
	tests := []struct {
		marked string
		want   string // the spans after the pass: text/TYPE
	}{
		{"(ME2125) INCENDIOS EN [Cáceres|LOC].", "ME2125/MISC Cáceres/LOC"},
		{"La noticia con referencia [SV2093|ORG] se anula.", "SV2093/MISC"},
		{"Llegó el [Boeing ME2125|MISC] ayer.", "Boeing ME2125/MISC"},
		{"Códigos ME212, ME21250, M12125, me2125 y 2125ME.", ""},
	}
	for _, tt := range tests {
		toks, sents, all := markedSpans(t, tt.marked)
		storyCodes(toks, sents, all)
		var got []string
		for i, spans := range all {
			st := toks[sents[i].First:sents[i].Last]
			for _, sp := range spans {
				got = append(got, canonicalForm(st[sp.start:sp.end])+"/"+string(sp.typ))
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q: got %q, want %q", tt.marked, g, tt.want)
		}
	}
}
