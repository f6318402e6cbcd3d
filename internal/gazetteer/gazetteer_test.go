package gazetteer

import (
	"reflect"
	"strings"
	"testing"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

func TestFormKeysFastPathAgreesWithTokenizer(t *testing.T) {
	g := MustBuiltin()
	for _, e := range g.Entries() {
		for _, f := range e.Forms() {
			toks, _ := tokenize.Tokenize(f)
			want := make([]string, len(toks))
			for i, tok := range toks {
				want[i] = tok.Key
			}
			if got := formKeys(f); !reflect.DeepEqual(got, want) {
				t.Errorf("formKeys(%q) = %q, tokenizer gives %q", f, got, want)
			}
		}
	}
}

func TestParseTSVErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Lima\tCITY\n", "f.tsv:1: unknown type \"CITY\""},
		{"# c\n\nLima\n", "f.tsv:3: want at least 2 tab-separated fields"},
		{"\tLOC\n", "f.tsv:1: empty canonical name"},
		{"a\tLOC\tb\tc\td\n", "f.tsv:1: want at most 4"},
	}
	for _, tt := range tests {
		_, err := ParseTSV(strings.NewReader(tt.in), "f.tsv")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseTSV(%q) error = %v, want %q", tt.in, err, tt.want)
		}
	}
	es, err := ParseTSV(strings.NewReader("Lima\tLOC\tLima Metropolitana| Lima |\tcity:PE-LIM\n"), "f.tsv")
	if err != nil || len(es) != 1 || !reflect.DeepEqual(es[0].Aliases, []string{"Lima Metropolitana"}) || es[0].ID != "city:PE-LIM" {
		t.Errorf("ParseTSV = %+v, %v", es, err)
	}
}

func keysOf(s string) []string {
	toks, _ := tokenize.Tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Key
	}
	return out
}

func TestMatchLongestAndOverride(t *testing.T) {
	g := Empty()
	g.AddEntries([]*Entry{
		{Canonical: "Corea", Type: entity.LOC},
		{Canonical: "Corea del Norte", Type: entity.LOC, Aliases: []string{"Norcorea"}},
		{Canonical: "Barcelona", Type: entity.LOC},
		{Canonical: "FC Barcelona", Type: entity.ORG, Aliases: []string{"Barcelona", "Barça"}},
	}, false)
	ms := g.Match(keysOf("De Corea del Norte a Barcelona y Corea"), nil)
	var got []string
	for _, m := range ms {
		got = append(got, g.Entry(m.Entry).Canonical)
	}
	if want := []string{"Corea del Norte", "Barcelona", "Corea"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("matches = %q, want %q", got, want)
	}
	if !ms[1].Ambiguous || ms[0].Ambiguous {
		t.Errorf("ambiguity flags = %v %v, want false true", ms[0].Ambiguous, ms[1].Ambiguous)
	}
	// a user entry overrides the built-in meaning of a form
	g.AddEntries([]*Entry{{Canonical: "Barcelona (club)", Type: entity.ORG, Aliases: []string{"Barcelona"}}}, true)
	ms = g.Match(keysOf("Barcelona"), nil)
	if len(ms) != 1 || g.Entry(ms[0].Entry).Type != entity.ORG {
		t.Errorf("override: got %+v", ms)
	}
}

func TestBuiltinContent(t *testing.T) {
	g := MustBuiltin()
	tests := []struct {
		name string
		typ  entity.Type
	}{
		{"Kim Jong-un", entity.PER}, {"Putin", entity.PER}, {"Dmitri Peskov", entity.PER},
		{"Moscú", entity.LOC}, {"Pionyang", entity.LOC}, {"EE.UU.", entity.LOC}, {"Lejano Oriente", entity.LOC},
		{"KCNA", entity.AGENCY}, {"Yonhap", entity.AGENCY}, {"EFE", entity.AGENCY}, {"Agencia Tributaria", entity.AGENCY},
		{"Kremlin", entity.ORG}, {"ONU", entity.ORG}, {"New York Times", entity.ORG},
	}
	for _, tt := range tests {
		es := g.Lookup(tt.name)
		if len(es) == 0 || es[0].Type != tt.typ {
			t.Errorf("Lookup(%q) = %v, want type %s", tt.name, es, tt.typ)
		}
	}
	counts := map[entity.Type]int{}
	for _, e := range g.Entries() {
		counts[e.Type]++
	}
	if counts[entity.AGENCY] < 40 || counts[entity.LOC] < 1000 || counts[entity.PER] < 300 || counts[entity.ORG] < 500 {
		t.Errorf("built-in entry counts too small: %v", counts)
	}
	l := g.Lists()
	if place, _ := l.Demonyms.Get("norcoreanos"); !l.Given.Has("Dmitri") || !l.Titles.Has("presidente") || !l.NonEntities.Has("según") || place != "Corea del Norte" {
		t.Errorf("word lists incomplete")
	}
}
