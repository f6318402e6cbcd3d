package model

import "testing"

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
		var info tokInfo
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
	var info tokInfo
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
		analyze(w, &infos[i], nil, nil)
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
