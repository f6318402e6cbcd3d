package scheme

import (
	"strings"
	"testing"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// spanOf returns the span of the tokens of text that make up mention (its
// first occurrence at token boundaries).
func spanOf(t *testing.T, st []tokenize.Token, text, mention string) (int, int) {
	t.Helper()
	at := strings.Index(text, mention)
	if at < 0 {
		t.Fatalf("%q not in %q", mention, text)
	}
	a, b := -1, -1
	for i, tok := range st {
		if tok.Start == at {
			a = i
		}
		if tok.End == at+len(mention) {
			b = i + 1
		}
	}
	if a < 0 || b < 0 {
		t.Fatalf("%q is not on token boundaries in %q", mention, text)
	}
	return a, b
}

func TestApply(t *testing.T) {
	g := gazetteer.MustBuiltin()
	tests := []struct {
		scheme  Scheme
		text    string
		mention string // the candidate span
		typ     entity.Type
		want    string // mention kept ("" when dropped)
		wantTyp entity.Type
	}{
		// portfolios inside roles
		{Prensa, "El ministro de Economía, Luis Caputo, habló.", "Economía", entity.MISC, "", ""},
		{Prensa, "Habló la ministra del Interior ayer.", "Interior", entity.MISC, "", ""},
		{Prensa, "La ministra de Trabajo y Economía Social firmó.", "Economía Social", entity.MISC, "", ""},
		{Prensa, "La comisaria europea de Competencia multó a Google.", "Competencia", entity.MISC, "", ""},
		{Prensa, "El secretario de Estado de Comercio viajó.", "Comercio", entity.MISC, "", ""},
		{Prensa, "El secretario de Estado de Comercio viajó.", "Estado de Comercio", entity.ORG, "", ""},
		{Prensa, "El consejero de Sanidad compareció.", "Sanidad", entity.ORG, "", ""},
		{CoNLL2002, "El ministro de Economía, Luis Caputo, habló.", "Economía", entity.MISC, "Economía", entity.MISC},
		// not portfolios: names after roles, bodies named on their own
		{Prensa, "El secretario general de la OTAN llegó.", "OTAN", entity.ORG, "OTAN", entity.ORG},
		{Prensa, "El ministro de Economía de Argentina llegó.", "Argentina", entity.LOC, "Argentina", entity.LOC},
		{Prensa, "El Ministerio de Economía lo anunció.", "Ministerio de Economía", entity.ORG, "Ministerio de Economía", entity.ORG},
		{Prensa, "Lo dijo el portavoz de Economía.", "Economía", entity.MISC, "Economía", entity.MISC},
		// generic government nouns
		{Prensa, "Ayer el Gobierno aprobó el plan.", "Gobierno", entity.ORG, "", ""},
		{Prensa, "Con los Estados miembros.", "Estados", entity.ORG, "", ""},
		{Prensa, "El Gobierno de Canarias protestó.", "Gobierno de Canarias", entity.ORG, "Gobierno de Canarias", entity.ORG},
		{Prensa, "El Gobierno Vasco protestó.", "Gobierno Vasco", entity.ORG, "Gobierno Vasco", entity.ORG},
		{Prensa, "La decisión del Gobierno Boric llegó tarde.", "Gobierno Boric", entity.ORG, "Boric", entity.PER},
		{CoNLL2002, "Ayer el Gobierno aprobó el plan.", "Gobierno", entity.ORG, "Gobierno", entity.ORG},
		// abbreviations and function words
		{Prensa, "Creció el PIB mundial.", "PIB", entity.MISC, "", ""},
		{Prensa, "Pidió ayuda a Dios en misa.", "Dios", entity.PER, "", ""},
		{Prensa, "El CEO de la empresa habló.", "CEO", entity.ORG, "", ""},
		{Prensa, "Una central de 5 MW.", "MW", entity.ORG, "", ""},
		{Prensa, "Según fuentes oficiales, no.", "Según", entity.ORG, "", ""},
		{CoNLL2002, "Este lunes llegó.", "Este", entity.LOC, "", ""},
		{Prensa, "Dijo que Este llegará.", "Este", entity.LOC, "Este", entity.LOC},
		// demonyms, but not a country written like one
		{Prensa, "Norcoreanos y surcoreanos hablaron.", "Norcoreanos", entity.MISC, "", ""},
		{Prensa, "Argentina ganó ayer.", "Argentina", entity.LOC, "Argentina", entity.LOC},
		// electoral authorities
		{Prensa, "Según el Consejo Nacional Electoral, ganó.", "Consejo Nacional Electoral", entity.ORG, "Consejo Nacional Electoral", entity.AGENCY},
		{CoNLL2002, "Según el Consejo Nacional Electoral, ganó.", "Consejo Nacional Electoral", entity.AGENCY, "Consejo Nacional Electoral", entity.ORG},
		{Prensa, "La Ley Electoral cambia.", "Ley Electoral", entity.MISC, "Ley Electoral", entity.MISC},
		// facilities used as places
		{Prensa, "Jugarán en el estadio Santiago Bernabéu mañana.", "Santiago Bernabéu", entity.PER, "Santiago Bernabéu", entity.LOC},
		{Prensa, "Despegó del Centro Espacial Kennedy.", "Centro Espacial Kennedy", entity.ORG, "Centro Espacial Kennedy", entity.LOC},
		{Prensa, "La refinería de Dos Bocas está parada.", "Dos Bocas", entity.ORG, "Dos Bocas", entity.LOC},
		{Prensa, "El estadio del Real Madrid se llenó.", "Real Madrid", entity.ORG, "Real Madrid", entity.ORG},
		{Prensa, "Milei llegó a la Casa Rosada tarde.", "Casa Rosada", entity.ORG, "Casa Rosada", entity.LOC},
		{Prensa, "Fuentes de la Casa Rosada lo negaron.", "Casa Rosada", entity.ORG, "Casa Rosada", entity.ORG},
		{Prensa, "La Central Obrera Boliviana convocó.", "Central Obrera Boliviana", entity.ORG, "Central Obrera Boliviana", entity.ORG},
		{Prensa, "Cantará en el Movistar Arena en mayo.", "Movistar Arena", entity.ORG, "Movistar Arena", entity.LOC},
		// clubs called by their city with an article
		{Prensa, "El equipo ganó al Sevilla ayer.", "Sevilla", entity.LOC, "Sevilla", entity.ORG},
		{Prensa, "Llegó a Sevilla ayer.", "Sevilla", entity.LOC, "Sevilla", entity.LOC},
		{Prensa, "Tiene dos puntos de ventaja sobre el Barcelona.", "Barcelona", entity.LOC, "Barcelona", entity.ORG},
		{CoNLL2002, "Tiene dos puntos de ventaja sobre el Barcelona.", "Barcelona", entity.LOC, "Barcelona", entity.ORG},
		{Prensa, "Vive en Barcelona desde mayo.", "Barcelona", entity.LOC, "Barcelona", entity.LOC},
		{Prensa, "El Barcelona eliminó al Valencia.", "Barcelona", entity.LOC, "Barcelona", entity.ORG},
		{CoNLL2002, "El Barcelona eliminó al Valencia.", "Barcelona", entity.LOC, "Barcelona", entity.ORG},
		{Prensa, "Barcelona eliminó al Valencia.", "Barcelona", entity.LOC, "Barcelona", entity.LOC},
		{Prensa, "La muestra viajó al Cairo en mayo.", "Cairo", entity.LOC, "Cairo", entity.LOC},
		{Prensa, "Firmaron la paz en el Perú.", "Perú", entity.LOC, "Perú", entity.LOC},
		// quotation marks around a whole name are part of it in CoNLL-2002
		{CoNLL2002, `Lo publica el diario "Reforma" hoy.`, "Reforma", entity.ORG, `"Reforma"`, entity.ORG},
		{CoNLL2002, "Vio la película «Roma» ayer.", "Roma", entity.MISC, "«Roma»", entity.MISC},
		{CoNLL2002, "Leyó “Daily News” ayer.", "Daily News", entity.ORG, "“Daily News”", entity.ORG},
		{CoNLL2002, `Lo publica el diario "Reforma de México" hoy.`, "Reforma", entity.ORG, "Reforma", entity.ORG},
		{CoNLL2002, `Dijo "no" a "Reforma hoy.`, "Reforma", entity.ORG, "Reforma", entity.ORG},
		{Prensa, `Lo publica el diario "Reforma" hoy.`, "Reforma", entity.ORG, "Reforma", entity.ORG},
		// the particle of a surname that starts with De la
		{CoNLL2002, "De la Serna toreó bien.", "Serna", entity.PER, "De la Serna", entity.PER},
		{CoNLL2002, "Vio la casa de la Sota.", "Sota", entity.PER, "Sota", entity.PER},
		{CoNLL2002, "Nació en De la Cruz.", "Cruz", entity.LOC, "Cruz", entity.LOC},
		{Prensa, "De la Serna toreó bien.", "Serna", entity.PER, "Serna", entity.PER},
		// honorifics and royal titles before a name
		{CoNLL2002, "Acompañaron a Doña Sofía ayer.", "Sofía", entity.PER, "Doña Sofía", entity.PER},
		{CoNLL2002, "Lo recibió el Rey Juan Carlos ayer.", "Juan Carlos", entity.PER, "Rey Juan Carlos", entity.PER},
		{CoNLL2002, "Lo recibió el rey Juan Carlos ayer.", "Juan Carlos", entity.PER, "Juan Carlos", entity.PER},
		{CoNLL2002, "Viajó a Don Benito ayer.", "Benito", entity.LOC, "Benito", entity.LOC},
		{Prensa, "Acompañaron a Doña Sofía ayer.", "Sofía", entity.PER, "Sofía", entity.PER},
	}
	for _, tt := range tests {
		st, _ := tokenize.Tokenize(tt.text)
		a, b := spanOf(t, st, tt.text, tt.mention)
		s := &Sentence{Tokens: st, Gazetteer: g}
		got, ok := tt.scheme.Apply(s, Span{Start: a, End: b, Type: tt.typ})
		gotText := ""
		if ok {
			gotText = tt.text[st[got.Start].Start:st[got.End-1].End]
		}
		if gotText != tt.want || ok && got.Type != tt.wantTyp {
			t.Errorf("%s: %q in %q as %s: got %q %s, want %q %s", tt.scheme, tt.mention, tt.text, tt.typ, gotText, got.Type, tt.want, tt.wantTyp)
		}
	}
}

func TestParse(t *testing.T) {
	for _, s := range []string{"prensa", "conll2002"} {
		if got, err := Parse(s); err != nil || string(got) != s {
			t.Errorf("Parse(%q) = %q, %v", s, got, err)
		}
	}
	if _, err := Parse("conll"); err == nil {
		t.Error("Parse(\"conll\") succeeded")
	}
}

func TestCompetitions(t *testing.T) {
	g := gazetteer.MustBuiltin()
	tests := []struct {
		scheme  Scheme
		sport   bool
		text    string
		mention string
		typ     entity.Type
		wantTyp entity.Type
	}{
		{CoNLL2002, true, "Ganó la Liga Asobal otra vez.", "Liga Asobal", entity.ORG, entity.MISC},
		{CoNLL2002, true, "Suma tres Copas del Rey.", "Copas del Rey", entity.LOC, entity.MISC},
		{CoNLL2002, false, "Ganó la Copa Davis otra vez.", "Copa Davis", entity.ORG, entity.MISC},
		{CoNLL2002, false, "La Liga Norte votó en contra.", "Liga Norte", entity.ORG, entity.ORG},
		{CoNLL2002, true, "Marcó en la Liga Norte.", "Liga Norte", entity.ORG, entity.MISC},
		{Prensa, true, "Ganó la Liga Asobal otra vez.", "Liga Asobal", entity.ORG, entity.ORG},
		{CoNLL2002, true, "Juega en el Real Madrid.", "Real Madrid", entity.ORG, entity.ORG},
	}
	for _, tt := range tests {
		st, _ := tokenize.Tokenize(tt.text)
		a, b := spanOf(t, st, tt.text, tt.mention)
		s := &Sentence{Tokens: st, Gazetteer: g, Sport: tt.sport}
		got, ok := tt.scheme.Apply(s, Span{Start: a, End: b, Type: tt.typ})
		if !ok || got.Type != tt.wantTyp {
			t.Errorf("%s (sport %v): %q in %q as %s: got %s %v, want %s", tt.scheme, tt.sport, tt.mention, tt.text, tt.typ, got.Type, ok, tt.wantTyp)
		}
	}
}

func TestIsDemonymForm(t *testing.T) {
	l := gazetteer.MustBuiltin().Lists()
	tests := []struct {
		key  string
		want bool
	}{
		{"española", true}, {"Española", true}, {"ESPAÑOLA", true},
		{"EspañOla", false}, {"españolA", false}, {"eSPAÑOLA", false},
		{"norcoreanos", true}, {"Norcoreanos", true},
		{"casa", false}, {"", false},
	}
	for _, tt := range tests {
		if got := isDemonymForm(l, tt.key); got != tt.want {
			t.Errorf("isDemonymForm(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}
