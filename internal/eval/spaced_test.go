package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/output"
)

// markTexts returns the text of each mark, with "|ALT" when it has an
// alternative start.
func markTexts(sp *Spaced) []string {
	var out []string
	for _, m := range sp.Marks {
		s := sp.Text[m.Start:m.End]
		if m.AltStart > m.Start {
			s += "|" + sp.Text[m.AltStart:m.End]
		}
		out = append(out, s)
	}
	return out
}

func TestParseSpaced(t *testing.T) {
	tests := []struct {
		name, in, text string
		marks          []string
	}{
		{"two spaces", "el líder  Kim Jong-un  visitará  Rusia  pronto",
			"el líder Kim Jong-un visitará Rusia pronto", []string{"Kim Jong-un", "Rusia"}},
		{"single space at punctuation", "el presidente  Vladimir Putin . “ Kim Jong-un  se reunirá",
			"el presidente Vladimir Putin. “Kim Jong-un se reunirá", []string{"Vladimir Putin", "Kim Jong-un"}},
		{"mark after a sentence end", "invitado por  Putin . Putin  se desplazó a  Vladivostok , la capital del  Kremlin ,  Dmitri Peskov , descartó",
			"invitado por Putin. Putin se desplazó a Vladivostok, la capital del Kremlin, Dmitri Peskov, descartó",
			[]string{"Putin", "Putin", "Vladivostok", "Kremlin", "Dmitri Peskov"}},
		{"leading preposition", "el tren blindado  de Kim  había partido", "el tren blindado de Kim había partido", []string{"de Kim|Kim"}},
		{"lowercase mark between plain text", "Los medios estatales  norcoreanos  informaron hoy", "Los medios estatales norcoreanos informaron hoy", []string{"norcoreanos"}},
		{"end of text", "la guerra en  Ucrania .", "la guerra en Ucrania.", []string{"Ucrania"}},
		{"line edges", "  Kim  llegó.\nVive en  Lima  \r\nFin\n", "Kim llegó.\nVive en Lima\r\nFin\n", []string{"Kim", "Lima"}},
		{"no marks", "Texto sin marcas, nada más.\n", "Texto sin marcas, nada más.\n", nil},
		{"punctuation only", "  ...  \n", "  ...  \n", nil},
		{"empty", "", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sp := ParseSpaced(tc.in)
			if sp.Text != tc.text {
				t.Errorf("Text = %q, want %q", sp.Text, tc.text)
			}
			if got := markTexts(sp); !reflect.DeepEqual(got, tc.marks) {
				t.Errorf("marks = %q, want %q", got, tc.marks)
			}
			if len(sp.Pos) != len(sp.Text)+1 || sp.Pos[len(sp.Text)] != len(tc.in) {
				t.Fatalf("Pos has %d entries ending at %v", len(sp.Pos), sp.Pos[len(sp.Pos)-1])
			}
			for i := 0; i < len(sp.Text); i++ {
				if tc.in[sp.Pos[i]] != sp.Text[i] {
					t.Fatalf("Pos[%d] = %d: %q is not %q", i, sp.Pos[i], tc.in[sp.Pos[i]], sp.Text[i])
				}
			}
		})
	}
}

// TestParseSeed parses the seed article: every mark of the hand-made seed
// is recovered and the text has no double spaces left.
func TestParseSeed(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "check", "seed", "article-kim-putin.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sp := ParseSpaced(string(data))
	want := strings.Fields(`norcoreanos Kim_Jong-un Rusia Vladimir_Putin Kim_Jong-un Moscú Ucrania KCNA de_Kim|Kim
		Pionyang Rusia Kremlin Kim Putin Putin Vladivostok Kremlin Dmitri_Peskov Foro_Económico_Oriental Yonhap
		Vladivostok Kim Pionyang Putin Kim Estados_Unidos China Rusia Ucrania`)
	for i := range want {
		want[i] = strings.ReplaceAll(want[i], "_", " ")
	}
	if got := markTexts(sp); !reflect.DeepEqual(got, want) {
		t.Errorf("marks =\n%q\nwant\n%q", got, want)
	}
	if strings.Contains(sp.Text, "  ") || strings.Contains(sp.Text, " .") || strings.Contains(sp.Text, " ,") {
		t.Errorf("recovered text keeps mark spaces: %q", sp.Text)
	}
	for _, s := range []string{"presidente Vladimir Putin. “Kim Jong-un se reunirá", "por Putin. Putin se desplazó", "del Kremlin, Dmitri Peskov, descartó"} {
		if !strings.Contains(sp.Text, s) {
			t.Errorf("recovered text lacks %q", s)
		}
	}
}

// spansOfMentions finds each mention in text, in order.
func spansOfMentions(t *testing.T, text string, mentions []string) []entity.Entity {
	var out []entity.Entity
	from := 0
	for _, m := range mentions {
		i := strings.Index(text[from:], m)
		if i < 0 {
			t.Fatalf("%q not found in %q after %d", m, text, from)
		}
		out = append(out, entity.Entity{Start: from + i, End: from + i + len(m), Text: m})
		from += i + len(m)
	}
	return out
}

// TestSpacedRoundTrip renders texts with output.Spaced, as 'prensa tag
// --format spaced' does, and parses them back.
func TestSpacedRoundTrip(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
	}{
		{"El líder Kim Jong-un visitará Rusia.", []string{"Kim Jong-un", "Rusia"}},
		{"Kim llegó a Moscú (Rusia) con «Putin» y \"Lavrov\".", []string{"Kim", "Moscú", "Rusia", "Putin", "Lavrov"}},
		{"¿Vendrá Putin? ¡Sí, Putin!", []string{"Putin", "Putin"}},
		{"La cumbre Kim-Putin y el eje Moscú/Pekín.", []string{"Kim", "Putin", "Moscú", "Pekín"}},
		{"Un gesto pro-Putin en [Kiev].", []string{"Putin", "Kiev"}},
		{"Habló Vladimir Putin Kim Jong-un escuchó.", []string{"Vladimir Putin", "Kim Jong-un"}},
		{"Primera línea de EFE\nMadrid, 3 may (EFE).\n", []string{"EFE", "Madrid", "EFE"}},
		{"EE.UU. y la ONU, según la OTAN; luego en EE.UU.", []string{"EE.UU.", "ONU", "OTAN", "EE.UU."}},
		{"Dijo: “Rusia”… y el Kremlin calló", []string{"Rusia", "Kremlin"}},
		{"Sin entidades aquí.\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			es := spansOfMentions(t, tc.text, tc.mentions)
			spaced := output.Spaced(&output.Doc{Text: tc.text, Result: entity.Result{Entities: es}})
			sp := ParseSpaced(spaced)
			want := tc.text
			if !strings.HasSuffix(want, "\n") {
				want += "\n"
			}
			if sp.Text != want {
				t.Errorf("spaced %q\nparsed %q\nwant   %q", spaced, sp.Text, want)
			}
			var got []Span
			for _, m := range sp.Marks {
				got = append(got, Span{Start: m.Start, End: m.End})
			}
			var wantSpans []Span
			for _, e := range es {
				wantSpans = append(wantSpans, Span{Start: e.Start, End: e.End})
			}
			if !reflect.DeepEqual(got, wantSpans) {
				t.Errorf("spaced %q: marks %v, want %v", spaced, got, wantSpans)
			}
		})
	}
}
