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
			infos[i].wordInfo = &wordInfo{}
			analyze(w, infos[i].wordInfo, nil, nil)
			infos[i].sport = isSportCue(w, infos[i].wordInfo)
		}
		markTopic(infos)
		for i := range infos {
			if infos[i].topic != c.want {
				t.Errorf("%v: token %d topic %d, want %d", c.words, i, infos[i].topic, c.want)
			}
		}
	}
}

// TestTopicFeatures checks that the topic features are given to the
// capitalized tokens of a sports story only, crossed with their external
// features, and only when the model uses them.
func TestTopicFeatures(t *testing.T) {
	words := []string{"El", "Barcelona", "ganó", "el", "partido", "por", "2-1"}
	gaz := hashString("gaz=B-LOC")
	for _, c := range []struct {
		name  string
		words []string
		opts  featureSet
		tok   int
		want  bool
	}{
		{"capitalized, sports story", words, featTopic, 1, true},
		{"lower case, sports story", words, featTopic, 2, false},
		{"capitalized, other story", []string{"El", "Barcelona", "aprobó", "el", "plan"}, featTopic, 1, false},
		{"capitalized, sports story, without the option", words, 0, 1, false},
	} {
		infos := make([]tokInfo, len(c.words))
		ext := []uint64{}
		for i, w := range c.words {
			infos[i].wordInfo = &wordInfo{}
			analyze(w, infos[i].wordInfo, nil, nil)
			infos[i].sport = isSportCue(w, infos[i].wordInfo)
			infos[i].ext0 = int32(len(ext))
			if w == "Barcelona" {
				ext = append(ext, gaz)
			}
			infos[i].ext1 = int32(len(ext))
		}
		markTopic(infos)
		keys := features(nil, infos, ext, c.tok, c.opts)
		topic := uint64(infos[c.tok].topic)
		wantKeys := []uint64{feat2(tTopic, topic, uint64(infos[c.tok].flags&(flInitCap|flAllCaps)))}
		if c.words[c.tok] == "Barcelona" {
			wantKeys = append(wantKeys, feat2(tTopicExt, gaz, topic))
		}
		for _, k := range wantKeys {
			found := false
			for _, got := range keys {
				found = found || got == k
			}
			if found != c.want {
				t.Errorf("%s: topic key present = %v, want %v", c.name, found, c.want)
			}
		}
	}
}
