package tokenize

import (
	"reflect"
	"strings"
	"testing"
)

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"¿Vendrá Kim Jong-un?", []string{"¿", "Vendrá", "Kim", "Jong-un", "?"}},
		{"«Hoy», dijo el Sr. O'Donnell.", []string{"«", "Hoy", "»", ",", "dijo", "el", "Sr.", "O'Donnell", "."}},
		{"EE.UU. y la Dña. Ana", []string{"EE.UU.", "y", "la", "Dña.", "Ana"}},
		{"Telefónica S.A. ganó 1.500,25 euros (3,5%)", []string{"Telefónica", "S.A.", "ganó", "1.500,25", "euros", "(", "3,5%", ")"}},
		{"el 25/05/2000 a las 12:30 horas", []string{"el", "25/05/2000", "a", "las", "12:30", "horas"}},
		{"Escriba a prensa@efe.es o visite https://www.efe.com/es.", []string{"Escriba", "a", "prensa@efe.es", "o", "visite", "https://www.efe.com/es", "."}},
		{"según @KCNA_news y #Pionyang", []string{"según", "@KCNA_news", "y", "#Pionyang"}},
		{"Bashar al-Assad — presidente", []string{"Bashar", "al-Assad", "—", "presidente"}},
		{"“pronto” y ‘ya’", []string{"“", "pronto", "”", "y", "‘", "ya", "’"}},
		{"Espera... nada", []string{"Espera", "...", "nada"}},
		{"la covid-19 y la UE.", []string{"la", "covid-19", "y", "la", "UE", "."}},
		{"John F. Kennedy", []string{"John", "F.", "Kennedy"}},
		{"Mosc\u0075\u0301 hoy", []string{"Mosc\u0075\u0301", "hoy"}},
		{"Vla\u00ADdi\u00ADvos\u00ADtok\u00A0ayer", []string{"Vla\u00ADdi\u00ADvos\u00ADtok", "ayer"}},
		{"", []string{}},
	}
	for _, tt := range tests {
		toks, _ := Tokenize(tt.in)
		got := texts(toks)
		if len(got) == 0 && len(tt.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOffsetsAndKeys(t *testing.T) {
	in := "En Mosc\u0075\u0301, el “líder” Kim\u00A0Jong\u2011un."
	toks, _ := Tokenize(in)
	for _, tok := range toks {
		if in[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %q has offsets %d:%d pointing at %q", tok.Text, tok.Start, tok.End, in[tok.Start:tok.End])
		}
	}
	keys := map[string]bool{}
	for _, tok := range toks {
		keys[tok.Key] = true
	}
	for _, k := range []string{"Moscú", "Jong-un", "\"", "líder"} {
		if !keys[k] {
			t.Errorf("no token with key %q in %q", k, in)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Llegó Putin. El Kremlin calla.", []string{"Llegó Putin .", "El Kremlin calla ."}},
		{"Habló el Sr. Pérez. Luego se fue.", []string{"Habló el Sr. Pérez .", "Luego se fue ."}},
		{"«¿Vendrá?», preguntó. ¡Sí!", []string{"« ¿ Vendrá ? » , preguntó .", "¡ Sí !"}},
		{"Dijo: «Basta.» Luego calló.", []string{"Dijo : « Basta . »", "Luego calló ."}},
		{"Titular sin punto\n\nCuerpo de la noticia", []string{"Titular sin punto", "Cuerpo de la noticia"}},
		{"Subió un 3,5 %. 20 detenidos.", []string{"Subió un 3,5 % .", "20 detenidos ."}},
	}
	for _, tt := range tests {
		toks, sents := Tokenize(tt.in)
		var got []string
		for _, s := range sents {
			got = append(got, strings.Join(texts(toks[s.First:s.Last]), " "))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("sentences of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"¿Kim Jong-un?", "EE.UU. S.A.", "a@b.c http://x.y/(z)", "\xff\xfe", "1.2.3,4%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks, sents := Tokenize(s)
		prev := 0
		for _, tok := range toks {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) || s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("bad token %+v in %q", tok, s)
			}
			prev = tok.End
		}
		next := 0
		for _, se := range sents {
			if se.First != next || se.Last <= se.First {
				t.Fatalf("bad sentence %+v (want first %d) in %q", se, next, s)
			}
			next = se.Last
		}
		if next != len(toks) {
			t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
		}
	})
}

func TestTokenPredicates(t *testing.T) {
	tests := []struct {
		text      string
		cap, acro bool
	}{
		{"Madrid", true, false},
		{"ONU", true, true},
		{"EE.UU.", true, true},
		{"madrid", false, false},
		{"Ñandú", true, false},
		{"1.500", false, false},
		{"«", false, false},
		{"A", true, false},
	}
	for _, tt := range tests {
		toks, _ := Tokenize(tt.text)
		if len(toks) != 1 {
			t.Fatalf("%q: %d tokens", tt.text, len(toks))
		}
		if got := toks[0].Capitalized(); got != tt.cap {
			t.Errorf("%q.Capitalized() = %v", tt.text, got)
		}
		if got := toks[0].Acronym(); got != tt.acro {
			t.Errorf("%q.Acronym() = %v", tt.text, got)
		}
	}
}
