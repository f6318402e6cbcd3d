package model

import (
	"reflect"
	"testing"
)

func TestAnalyze(t *testing.T) {
	tests := []struct {
		word         string
		shape, short string
		flags        uint32
	}{
		{"Madrid", "Xxxxx", "Xx", flInitCap},
		{"ONU", "XXX", "X", flInitCap | flAllCaps | flMixed},
		{"1.500", "d.ddd", "d.d", flHasDigit | flPeriod},
		{"2000", "dddd", "d", flHasDigit | flAllDigit},
		{"Castilla-La", "Xxxxx-Xx", "Xx-Xx", flInitCap | flHyphen | flMixed},
		{"¿", "*", "*", flPunct},
		{"árbol", "xxxx", "x", flLower},
	}
	for _, tc := range tests {
		var info wordInfo
		analyze(tc.word, &info, nil, nil)
		if info.shape != hashString(tc.shape) {
			t.Errorf("%q: shape hash does not match %q", tc.word, tc.shape)
		}
		if info.sshape != hashString(tc.short) {
			t.Errorf("%q: short shape hash does not match %q", tc.word, tc.short)
		}
		if info.flags != tc.flags {
			t.Errorf("%q: flags = %b, want %b", tc.word, info.flags, tc.flags)
		}
	}
}

func TestAnalyzeAffixes(t *testing.T) {
	var info wordInfo
	analyze("Él", &info, nil, nil)
	if info.pre[0] != hashString("é") || info.pre[1] != hashString("él") || info.pre[2] != 0 {
		t.Errorf("prefixes of Él wrong")
	}
	if info.suf[0] != hashString("l") || info.suf[1] != hashString("él") {
		t.Errorf("suffixes of Él wrong")
	}
	if info.lower != hashString("él") || info.word != hashString("Él") {
		t.Errorf("word hashes wrong")
	}
	analyze("Año2000", &info, nil, nil)
	if info.ckeys != [3]uint64{hashString("Año0000"), hashString("año0000"), hashString("Año0000")} {
		t.Errorf("cluster keys of Año2000 wrong")
	}
}

func TestFeaturesWindow(t *testing.T) {
	words := []string{"Ana", "vive", "en", "Lima"}
	infos := make([]tokInfo, len(words))
	for i, w := range words {
		analyzeTok(w, &infos[i])
	}
	ext := []uint64{hashString("gaz=B-LOC")}
	infos[3].ext0, infos[3].ext1 = 0, 1
	has := func(keys []uint64, k uint64) bool {
		for _, x := range keys {
			if x == k {
				return true
			}
		}
		return false
	}
	f0 := features(nil, infos, ext, 0, 0)
	f3 := features(nil, infos, ext, 3, 0)
	tests := []struct {
		name string
		keys []uint64
		key  uint64
		want bool
	}{
		{"word", f0, feat(tWord, hashString("Ana")), true},
		{"lower", f0, feat(tLower, hashString("ana")), true},
		{"next word", f0, feat(tLowerP1, hashString("vive")), true},
		{"start pad", f0, feat(tLowerM1, padStart.lower), true},
		{"first-token flags", f0, feat(tFlagsFirst, flInitCap), true},
		{"first-token flags only at 0", f3, feat(tFlagsFirst, flInitCap), false},
		{"ext", f3, feat(tExt0, hashString("gaz=B-LOC")), true},
		{"ext of next", features(nil, infos, ext, 2, 0), feat(tExtP1, hashString("gaz=B-LOC")), true},
		{"end pad", f3, feat(tLowerP2, padEnd.lower), true},
		{"suffix", f3, feat(tSuf3, hashString("ima")), true},
	}
	for _, tc := range tests {
		if got := has(tc.keys, tc.key); got != tc.want {
			t.Errorf("%s: present = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestFeaturesSplit checks that wordFeatures, neighbourFeatures of the
// neighbours and contextFeatures together give the keys of features, which
// tagging relies on when it caches the sums of the word parts.
func TestFeaturesSplit(t *testing.T) {
	words := []string{"El", "presidente", "de", "la", "Comisión", "Europea", ",", "Ana", "Pérez", ",", "viajó", "a", "Año2000", "(", "Perú", ")", "«", "ONU", "»", "."}
	infos := make([]tokInfo, len(words))
	var ext []uint64
	for i, w := range words {
		analyzeTok(w, &infos[i])
		infos[i].clus = [4]uint64{uint64(i%3) * 7, 0, uint64(i%2) * 5, 3}
		infos[i].vclus = [maxKMeans]uint64{uint64(i % 4), 9, uint64(i%3) * 2}
		infos[i].ext0 = int32(len(ext))
		for k := 0; k < i%3; k++ {
			ext = append(ext, hashString(w)+uint64(k))
		}
		infos[i].ext1 = int32(len(ext))
		infos[i].ctx = uint32(i % 4)
		infos[i].run = uint32(i % 5)
		infos[i].doc = uint32(i % 4)
	}
	count := func(keys []uint64) map[uint64]int {
		m := map[uint64]int{}
		for _, k := range keys {
			m[k]++
		}
		return m
	}
	for _, opts := range []featureSet{0, featDoc | featFlagWindow | featContext | featMore | featExtMore | featClusWindow | featVClusWindow | featExtWord} {
		for i := range infos {
			all := count(features(nil, infos, ext, i, opts))
			parts := contextFeatures(wordFeatures(nil, infos[i].wordInfo), infos, ext, i, opts)
			for r, d := range roleOffset {
				nb := &padStart
				switch j := i + d; {
				case j >= len(infos):
					nb = &padEnd
				case j >= 0:
					nb = &infos[j]
				}
				parts = neighbourFeatures(parts, nb.wordInfo, r, opts)
			}
			if got := count(parts); !reflect.DeepEqual(got, all) || len(parts) != len(features(nil, infos, ext, i, opts)) {
				t.Errorf("opts %b, token %d (%s): word + neighbour + context keys differ from features", opts, i, words[i])
			}
		}
	}
}

// analyzeTok gives info a word of its own, the analysis of text.
func analyzeTok(text string, info *tokInfo) {
	info.wordInfo = new(wordInfo)
	analyze(text, info.wordInfo, nil, nil)
}
