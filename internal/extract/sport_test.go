package extract

import (
	"strings"
	"testing"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// sportsLead has five words of sport: with it a document is about sport.
const sportsLead = "El equipo ganó el partido de liga en la jornada del torneo. "

// markedSpans reads a text whose mentions are marked [text|TYPE] or
// [text|TYPE|MODEL-TYPE] and returns the plain text, its tokens and
// sentences, and the mentions as spans of each sentence.
func markedSpans(t *testing.T, marked string) ([]tokenize.Token, []tokenize.Sentence, [][]span) {
	t.Helper()
	type mention struct {
		start, end int
		typ        entity.Type
		modelOrg   bool // marked [text|TYPE|ORG]
		rule       bool // marked [text|TYPE||rule]: found by a pattern rule
	}
	var b strings.Builder
	var ms []mention
	for rest := marked; rest != ""; {
		i := strings.IndexByte(rest, '[')
		if i < 0 {
			b.WriteString(rest)
			break
		}
		b.WriteString(rest[:i])
		j := strings.IndexByte(rest, ']')
		parts := strings.Split(rest[i+1:j], "|")
		m := mention{start: b.Len(), typ: entity.Type(parts[1])}
		b.WriteString(parts[0])
		m.end = b.Len()
		if len(parts) > 2 {
			m.modelOrg = parts[2] == "ORG"
		}
		if len(parts) > 3 {
			m.rule = parts[3] == "rule"
		}
		ms = append(ms, m)
		rest = rest[j+1:]
	}
	text := b.String()
	var toks []tokenize.Token
	var sents []tokenize.Sentence
	if strings.HasPrefix(text, "WORDS ") {
		// pre-tokenized, as CoNLL input: words split at spaces, one sentence
		toks, sents = wordTokens(text)
	} else {
		toks, sents = tokenize.Tokenize(text)
	}
	all := make([][]span, len(sents))
	for _, m := range ms {
		found := false
		for si, s := range sents {
			for a := s.First; a < s.Last; a++ {
				if toks[a].Start != m.start {
					continue
				}
				for e := a; e < s.Last; e++ {
					if toks[e].End == m.end {
						all[si] = append(all[si], span{start: a - s.First, end: e + 1 - s.First, typ: m.typ, modelOrg: m.modelOrg, src: srcOf(m.rule)})
						found = true
					}
				}
			}
		}
		if !found {
			t.Fatalf("mention at %d-%d is not on token boundaries in %q", m.start, m.end, text)
		}
	}
	return toks, sents, all
}

// srcOf is the source of a marked mention.
func srcOf(rule bool) entity.Source {
	if rule {
		return entity.FromRule
	}
	return entity.FromModel
}

// wordTokens splits text at spaces into tokens as pre-tokenized input
// gives them, all in one sentence.
func wordTokens(text string) ([]tokenize.Token, []tokenize.Sentence) {
	var toks []tokenize.Token
	at := 0
	for _, w := range strings.Split(text, " ") {
		if w != "" {
			tok := tokenize.FromWord(w, at)
			tok.Text = w
			toks = append(toks, tok)
		}
		at += len(w) + 1
	}
	return toks, []tokenize.Sentence{{First: 0, Last: len(toks)}}
}

func TestSportNames(t *testing.T) {
	tests := []struct {
		name   string
		marked string
		want   string // the types of the mentions after the pass, in order
	}{
		{"a player's club in parentheses, and every mention of it",
			sportsLead + "Expulsó a [Puyol|PER] ([Barcelona|LOC]). Luego [Barcelona|LOC] marcó.",
			"PER ORG ORG"},
		{"the place after en stays a place",
			sportsLead + "Expulsó a [Puyol|PER] ([Barcelona|LOC]). Jugarán en [Barcelona|LOC].",
			"PER ORG LOC"},
		{"not about sport: a politician's state",
			"El congresista [Dan Burton|PER] ([Indiana|LOC]) habló en [Washington|LOC].",
			"PER LOC LOC"},
		{"a place in parentheses after a place: a dateline",
			sportsLead + "[Gavá|LOC] ([Barcelona|LOC]), 23 may.",
			"LOC LOC"},
		{"the model's ORG on a gazetteer place",
			sportsLead + "[Brasil|LOC|ORG] goleó a [Gales|LOC]. [Brasil|LOC|LOC] hizo cambios.",
			"ORG LOC ORG"},
		{"the model's ORG outside sport changes nothing",
			"[Alemania|LOC|ORG] recibió votos. [Alemania|LOC] será la sede.",
			"LOC LOC"},
		{"a result",
			sportsLead + "Semifinales: [Ourense|LOC] 86 - [Menorca|LOC] 69.",
			"ORG ORG"},
		{"places listed after a team",
			sportsLead + "El grupo lo forman [Brasil|LOC|ORG], [Colombia|LOC], [Paraguay|LOC] y [Ecuador|LOC].",
			"ORG ORG ORG ORG"},
		{"places listed after a place that is no team",
			sportsLead + "Jugó en [Madrid|LOC], [Sevilla|LOC] y [Bilbao|LOC].",
			"LOC LOC LOC"},
		{"a result with commas",
			sportsLead + "Amistoso: [Gales|LOC], 0 - [Brasil|LOC], 3.",
			"ORG ORG"},
		{"a result with the half-time score",
			sportsLead + "[Barceloneta|LOC], 13 (1-3).",
			"ORG"},
		{"a dateline is no result",
			sportsLead + "[Roma|LOC], 23 (EFE).",
			"LOC"},
		{"words before a team",
			sportsLead + "Jugará ante [Brasil|LOC], contra [Bolivia|LOC] y frente a [Paraguay|LOC]; juega en el [Puebla|LOC] y con un [Parma|LOC] perdido. La selección [Colombia|LOC] llegó.",
			"ORG ORG ORG ORG ORG ORG"},
		{"del is no cue: a venue",
			sportsLead + "Se sentaron en las gradas del [Raimundo Saporta|LOC].",
			"LOC"},
		{"the dateline of a team's city stays a place",
			"[Roma|LOC], 23 may (EFE). " + sportsLead + "Ganó al [Roma|LOC]. Luego [Roma|LOC] perdió.",
			"LOC ORG ORG"},
		{"a sponsor and its city are one team",
			sportsLead + "Eliminó al [TAU|ORG] [Vitoria|LOC] por tres victorias.",
			"ORG"},
		{"a headline's organization before a dateline",
			sportsLead + "PROTESTA DE LA [JUNTA|ORG] [Córdoba|LOC], 23 may.",
			"ORG LOC"},
		{"a headline's organization before a dateline with the agency",
			sportsLead + "PROTESTA DE LA [JUNTA|ORG] [Córdoba|LOC] (EFE).",
			"ORG LOC"},
		{"a sponsor and a city outside sport",
			"Visitó la [TAU|ORG] [Vitoria|LOC] ayer.",
			"ORG LOC"},
		{"a year after a place is no result",
			sportsLead + "Llegó a [Sevilla|LOC] 1992 - y luego.",
			"LOC"},
		{"a substitution in a line-up: both players, and every mention",
			"WORDS " + sportsLead + "Brasil : Dida , Cafu ( [Carvalho|LOC] , m.83 ) , [Aldair|LOC] ( [Evanilson|PER] , m.83 ) . Pasó a [Carvalho|LOC] .",
			"PER PER PER PER"},
		{"the minute of a goal after a name, and every mention",
			"WORDS " + sportsLead + "Goles : 0-2 , M.70 : [Cafú|LOC] . Marcó [Cafú|LOC] ( m.70 ) .",
			"PER PER"},
		{"goals after a name",
			sportsLead + "[Garralda|LOC] (3), Bustos (1).",
			"PER"},
		{"the team after a name",
			sportsLead + "Amonestó a [Puñal|LOC] ([Leganés|ORG]) y a [Puyol|PER] ([Barcelona|LOC]).",
			"PER ORG PER ORG"},
		{"a place before a team at the start of a sentence: a dateline",
			sportsLead + "[Gavá|LOC] ([Barcelona|ORG]), 23 may.",
			"LOC ORG"},
		{"a line-up's minutes make a document about sport",
			"WORDS Gales : Page , Jones ( [Bellamy|LOC] , m.72 ) , Savage ( [Johnson|LOC] , m.72 ) , Hughes ( Pembridge , m.60 ) , Speed ( Blake , m.80 ) , Giggs ( Roberts , m.85 ) .",
			"PER PER"},
		{"a place listed after a player, and every mention",
			sportsLead + "Jugaron [Ze Roberto|PER], [Franca|LOC] y [Rivaldo|PER]. Tras una acción de [Franca|LOC] llegó el gol.",
			"PER PER PER PER"},
		{"a place before y and a player",
			sportsLead + "Marcaron [Recoba|LOC] y [Fresi|PER].",
			"PER PER"},
		{"an apposition after a place is no list",
			sportsLead + "El presidente de la [Comunidad Valenciana|LOC], [Eduardo Zaplana|PER], entregó la copa.",
			"LOC PER"},
		{"goals after a name outside sport",
			"[Lima|LOC] (3 millones de habitantes) crece.",
			"LOC"},
		{"a woman of a country in sport is an athlete",
			sportsLead + "Perdió ante la polaca [Agata Brygola|ORG||rule].",
			"PER"},
		{"a one-word name stays a company",
			sportsLead + "Firmó con la alemana [Adidas|ORG||rule].",
			"ORG"},
		{"the model's organization is not the rule's",
			sportsLead + "Fichó por la italiana [Juventus Turín|ORG].",
			"ORG"},
		{"a woman of a country outside sport",
			"Lo fabrica la alemana [Bosch Siemens|ORG||rule] desde mayo.",
			"ORG"},
		{"sport without cues",
			sportsLead + "Llegó a [Gales|LOC] ayer.",
			"LOC"},
	}
	x := newExtractor(t, GazetteerOnly)
	for _, tt := range tests {
		toks, sents, all := markedSpans(t, tt.marked)
		var w work
		if aboutSport(toks) {
			x.sportNames(toks, sents, all, &w)
		}
		var got []string
		for _, spans := range all {
			for _, sp := range spans {
				got = append(got, string(sp.typ))
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, g, tt.want)
		}
	}
}

func TestIsScore(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"3-0", true}, {"24-25", true}, {"101-99", true},
		{"2000-2001", false}, {"3", false}, {"3-", false}, {"-3", false}, {"3-0-1", false}, {"a-b", false},
	}
	for _, tt := range tests {
		if got := isScore(tt.s); got != tt.want {
			t.Errorf("isScore(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
