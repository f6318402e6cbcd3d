package model

import "testing"

func TestIsScore(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"2-1", true}, {"10-0", true}, {"0-12", true}, {"11-10", true},
		{"123-1", false}, {"1-123", false}, {"-1", false}, {"1-", false},
		{"2000-2001", false}, {"a-1", false}, {"1-1-1", false}, {"21", false},
	} {
		if got := isScore(c.s); got != c.want {
			t.Errorf("isScore(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestMarkTopic(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  uint32
	}{
		{[]string{"El", "Gobierno", "aprobó", "el", "presupuesto"}, 0},
		{[]string{"El", "Getafe", "ganó", "por", "2-1"}, 2},
		{[]string{"El", "entrenador", "del", "equipo", "habló", "del", "gol", "y", "del", "empate", "en", "la", "liga"}, 3},
		{[]string{"Liga"}, 1},
	} {
		infos := make([]tokInfo, len(c.words))
		for i, w := range c.words {
			analyze(w, &infos[i], nil, nil)
			infos[i].sport = isSportCue(w, &infos[i])
		}
		markTopic(infos)
		for i := range infos {
			if infos[i].topic != c.want {
				t.Errorf("%v: token %d topic %d, want %d", c.words, i, infos[i].topic, c.want)
			}
		}
	}
}
