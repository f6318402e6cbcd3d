package model

// Document topic: news about sport name clubs and national teams by their
// city or country (el Barcelona, Brasil ganó 2-1), which CoNLL tags ORG.
// A document's topic is how many of its tokens are sports words or match
// scores, bucketed; the model learns from it crossed with the evidence of
// capitalized tokens.

// sportWords are lower-case words that mark a document about sport.
var sportWords = []string{
	"gol", "goles", "liga", "jornada", "entrenador", "técnico", "equipo", "equipos",
	"empate", "empató", "empatar", "temporada", "marcador", "campeón", "campeonato",
	"delantero", "portero", "centrocampista", "defensa", "árbitro", "estadio",
	"eliminatoria", "clasificación", "seleccionador", "futbolista", "fútbol",
	"futbol", "baloncesto", "tenis", "ciclista", "ciclismo", "penalti", "penalty",
	"goleador", "jugador", "jugadores", "club", "clubes", "semifinal", "semifinales",
	"cuartos", "torneo", "afición", "aficionados", "hinchas", "división", "partido",
	"partidos", "encuentro", "minuto", "victoria", "derrota", "líder", "ascenso",
	"descenso", "fichaje", "tenista", "atleta", "olímpico", "mundial", "balón",
	"remate", "golpe", "visitante", "local", "puntos", "vencer", "venció", "ganó",
}

// sportSet holds the lower-case hashes of sportWords.
var sportSet = func() map[uint64]struct{} {
	m := make(map[uint64]struct{}, len(sportWords))
	for _, w := range sportWords {
		m[hashString(w)] = struct{}{}
	}
	return m
}()

// isSportCue reports whether an analyzed word marks sport: a sports word,
// or a match score such as 2-1 (one or two digits, a hyphen, one or two
// digits).
func isSportCue(word string, info *wordInfo) bool {
	if _, ok := sportSet[info.lower]; ok {
		return true
	}
	return isScore(word)
}

// isScore reports whether s is d-d, dd-d, d-dd or dd-dd.
func isScore(s string) bool {
	h := -1
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '-' && h < 0:
			h = i
		case c < '0' || c > '9':
			return false
		}
	}
	return h >= 1 && h <= 2 && len(s)-h-1 >= 1 && len(s)-h-1 <= 2
}

// topicBucket maps the number of sport cues in a document to its topic
// value: 0 (none), 1, 2 (2-4), 3 (5-9), 4 (10 or more).
func topicBucket(n int) uint32 {
	switch {
	case n == 0:
		return 0
	case n == 1:
		return 1
	case n < 5:
		return 2
	case n < 10:
		return 3
	}
	return 4
}

// markTopic sets the topic of every token of a document.
func markTopic(infos []tokInfo) {
	n := 0
	for i := range infos {
		if infos[i].sport {
			n++
		}
	}
	t := topicBucket(n)
	for i := range infos {
		infos[i].topic = t
	}
}
