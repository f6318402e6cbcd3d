package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/model"
)

func newExtractor(t testing.TB, eng Engine) *Extractor {
	t.Helper()
	opts := Options{Gazetteer: gazetteer.MustBuiltin(), Engine: eng}
	if eng.NeedsModel() {
		m, err := model.Default()
		if err != nil {
			t.Fatal(err)
		}
		opts.Model = m
	}
	x, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func summary(es []entity.Entity) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Text + "/" + string(e.Type)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestEngines(t *testing.T) {
	tests := []struct {
		text    string
		want    []string // text/TYPE that must be found
		notWant []string // text/TYPE or text/ that must not be found
	}{
		{
			text: "El presidente de Rusia, Vladímir Putin, recibió en el Kremlin al líder norcoreano.",
			want: []string{"Rusia/LOC", "Vladímir Putin/PER", "Kremlin/ORG"},
		},
		{
			text:    "Los medios estatales informaron hoy. La agencia KCNA lo confirmó desde Pionyang.",
			want:    []string{"KCNA/AGENCY", "Pionyang/LOC"},
			notWant: []string{"Los/", "La/"},
		},
		{
			text: "Madrid, 3 may (EFE).- El Tribunal Supremo rechazó el recurso del PSOE.",
			want: []string{"Madrid/LOC", "EFE/AGENCY", "Tribunal Supremo/ORG", "PSOE/ORG"},
		},
		{
			text: "La delegación viajó de EE.UU. a Corea del Norte y luego a La Haya.",
			want: []string{"EE.UU./LOC", "Corea del Norte/LOC", "La Haya/LOC"},
		},
		{
			text:    "Según el New York Times, la Universidad de Buenos Aires firmó un acuerdo.",
			want:    []string{"New York Times/ORG", "Universidad de Buenos Aires/ORG"},
			notWant: []string{"Según/", "Buenos Aires/LOC"},
		},
	}
	// The model engine alone follows CoNLL-2002's conventions (a country as a
	// government is ORG, "La Haya" without its article); the engines that
	// use the gazetteer must find all of these.
	for _, eng := range []Engine{Hybrid, GazetteerOnly} {
		x := newExtractor(t, eng)
		for _, tt := range tests {
			got := summary(x.Extract(tt.text))
			for _, w := range tt.want {
				if !contains(got, w) {
					t.Errorf("%s: %q: missing %s; got %q", eng, tt.text, w, got)
				}
			}
			for _, nw := range tt.notWant {
				for _, g := range got {
					if strings.HasPrefix(g+"/", nw) || g == nw {
						t.Errorf("%s: %q: unexpected %s; got %q", eng, tt.text, g, got)
					}
				}
			}
		}
	}
}

func TestGazetteerRules(t *testing.T) {
	x := newExtractor(t, GazetteerOnly)
	tests := []struct {
		text string
		want []string
	}{
		{"El portavoz del Kremlin, Dmitri Peskov, habló durante el Foro Económico Oriental.",
			[]string{"Kremlin/ORG", "Dmitri Peskov/PER", "Foro Económico Oriental/MISC"}},
		{"Tras la reunión, el presidente Joaquín Barreiro visitó Villanueva del Fresno.",
			[]string{"Joaquín Barreiro/PER"}},
		{"La agencia Tanjug informó del accidente.", []string{"Tanjug/AGENCY"}},
		{"Durante la cumbre, la OTAN y la ONU discutieron.", []string{"OTAN/ORG", "ONU/ORG"}},
	}
	for _, tt := range tests {
		got := summary(x.Extract(tt.text))
		for _, w := range tt.want {
			if !contains(got, w) {
				t.Errorf("%q: missing %s; got %q", tt.text, w, got)
			}
		}
		for _, g := range got {
			for _, bad := range []string{"Tras", "La ", "El ", "Durante"} {
				if strings.HasPrefix(g, bad) {
					t.Errorf("%q: entity %s starts with %q", tt.text, g, bad)
				}
			}
		}
	}
}

// TestOffsets checks the offset contract on texts with decomposed accents,
// non-breaking spaces, soft hyphens and typographic quotes.
func TestOffsets(t *testing.T) {
	texts := []string{
		"Putin viajó a Mosc\u0075\u0301 y a Pek\u0131\u0301n.",
		"«Kim\u00A0Jong\u2011un» visitará Vla\u00ADdi\u00ADvos\u00ADtok, según Yonhap.",
		"¿Irá Pedro Sánchez a Bruselas?  ¡Sí!\n\nEl PP lo niega.",
		"",
		"sin mayúsculas ni nombres",
	}
	for _, eng := range Engines {
		x := newExtractor(t, eng)
		for _, text := range texts {
			for _, e := range x.Extract(text) {
				if text[e.Start:e.End] != e.Text {
					t.Errorf("%s: %q: text[%d:%d] = %q, entity says %q", eng, text, e.Start, e.End, text[e.Start:e.End], e.Text)
				}
				if cs := utf8.RuneCountInString(text[:e.Start]); cs != e.CharStart {
					t.Errorf("%s: %q: char_start %d, want %d", eng, e.Text, e.CharStart, cs)
				}
				if ce := utf8.RuneCountInString(text[:e.End]); ce != e.CharEnd {
					t.Errorf("%s: %q: char_end %d, want %d", eng, e.Text, e.CharEnd, ce)
				}
			}
		}
	}
}

func TestNFDMatchesLikeNFC(t *testing.T) {
	x := newExtractor(t, GazetteerOnly)
	nfd := "Llegó a Mosc\u0075\u0301 ayer."
	es := x.Extract(nfd)
	if len(es) != 1 || es[0].Type != entity.LOC || es[0].Canonical != "Moscú" {
		t.Fatalf("Extract(NFD Moscú) = %+v", es)
	}
	if want := strings.Index(nfd, "Mosc"); es[0].Start != want || es[0].End != want+len("Mosc\u0075\u0301") {
		t.Errorf("offsets %d:%d do not point into the NFD text", es[0].Start, es[0].End)
	}
}

// TestSeedArticle checks the entities the project was specified with, on
// the seed article with its marks removed.
func TestSeedArticle(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "check", "seed", "article-kim-putin.txt"))
	if err != nil {
		t.Skip("seed fixture not present:", err)
	}
	text := regexp.MustCompile(` {2,}`).ReplaceAllString(string(data), " ")
	want := []string{
		"Kim Jong-un/PER", "Vladimir Putin/PER", "Putin/PER", "Kim/PER", "Dmitri Peskov/PER",
		"Rusia/LOC", "Moscú/LOC", "Ucrania/LOC", "Pionyang/LOC", "Vladivostok/LOC", "Estados Unidos/LOC",
		"China/LOC", "Corea del Norte/LOC", "Lejano Oriente/LOC", "KCNA/AGENCY", "Yonhap/AGENCY",
		"Kremlin/ORG", "New York Times/ORG", "Foro Económico Oriental/MISC",
	}
	for _, eng := range []Engine{Hybrid, GazetteerOnly} {
		got := summary(newExtractor(t, eng).Extract(text))
		for _, w := range want {
			if !contains(got, w) {
				t.Errorf("%s: seed: missing %s", eng, w)
			}
		}
		for _, g := range got {
			for _, bad := range []string{"Los ", "La ", "De ", "El "} {
				if strings.HasPrefix(g, bad) {
					t.Errorf("%s: seed: entity %q starts with %q", eng, g, bad)
				}
			}
		}
		if t.Failed() {
			fmt.Println(got)
		}
	}
}
