package model

// Feature templates. The numbers are part of the model format: append new
// templates at the end, never renumber.
const (
	tBias = iota + 1
	tWord
	tLower
	tShape
	tSShape
	tPre1
	tPre2
	tPre3
	tPre4
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tLowerM2
	tLowerM1
	tLowerP1
	tLowerP2
	tSShapeM2
	tSShapeM1
	tSShapeP1
	tSShapeP2
	tShapeM1
	tShapeP1
	tBigramM1
	tBigramP1
	tFlags
	tFlagsFirst
	tSShapePair
	tSShapePairP
	tClus0 // 4 prefixes: tClus0+0..3
	tClusM1 = tClus0 + 4
	tClusP1 = tClusM1 + 4
	tExt0   = tClusP1 + 4
	tExtM1  = tExt0 + 1
	tExtP1  = tExt0 + 2
	tDocCap = tExt0 + 3 // capitalized non-initially elsewhere in the document
	tDocLow = tExt0 + 4 // seen in lower case elsewhere in the document
	tFlagsM1
	tFlagsP1
	tWordSShapeM1
)

// tokInfo holds the per-token values features are built from.
type tokInfo struct {
	word, lower, shape, sshape uint64
	pre, suf                   [4]uint64
	clus                       [4]uint64 // cluster path prefix hashes; 0 when unknown
	ckeys                      [3]uint64 // cluster lookup keys: exact, lower, capitalized
	flags                      uint32
	nrunes                     int
	ext0, ext1                 int32 // ext hashes are scratch.ext[ext0:ext1]
	doc                        uint32
}

// Document flags of a token.
const (
	docCapElsewhere = 1 << iota
	docLowElsewhere
)

var (
	padStart = tokInfo{word: 11, lower: 11, shape: 11, sshape: 11}
	padEnd   = tokInfo{word: 13, lower: 13, shape: 13, sshape: 13}
)

// features appends the feature keys of token i to out. infos holds the
// analyzed sentence; ext is the flat buffer of external-feature hashes.
func features(out []uint64, infos []tokInfo, ext []uint64, i int, opts featureSet) []uint64 {
	at := func(j int) *tokInfo {
		switch {
		case j < 0:
			return &padStart
		case j >= len(infos):
			return &padEnd
		}
		return &infos[j]
	}
	t := &infos[i]
	m2, m1, p1, p2 := at(i-2), at(i-1), at(i+1), at(i+2)
	out = append(out,
		feat(tBias, 0),
		feat(tWord, t.word),
		feat(tLower, t.lower),
		feat(tShape, t.shape),
		feat(tSShape, t.sshape),
		feat(tLowerM2, m2.lower),
		feat(tLowerM1, m1.lower),
		feat(tLowerP1, p1.lower),
		feat(tLowerP2, p2.lower),
		feat(tSShapeM2, m2.sshape),
		feat(tSShapeM1, m1.sshape),
		feat(tSShapeP1, p1.sshape),
		feat(tSShapeP2, p2.sshape),
		feat(tShapeM1, m1.shape),
		feat(tShapeP1, p1.shape),
		feat2(tBigramM1, m1.lower, t.lower),
		feat2(tBigramP1, t.lower, p1.lower),
		feat2(tSShapePair, m1.sshape, t.sshape),
		feat2(tSShapePairP, t.sshape, p1.sshape),
		feat(tFlags, uint64(t.flags)),
	)
	if i == 0 {
		out = append(out, feat(tFlagsFirst, uint64(t.flags)))
	}
	if opts&featFlagWindow != 0 {
		out = append(out, feat(tFlagsM1, uint64(m1.flags)), feat(tFlagsP1, uint64(p1.flags)),
			feat2(tWordSShapeM1, m1.lower, t.sshape))
	}
	for k := 0; k < 4; k++ {
		if t.pre[k] != 0 {
			out = append(out, feat(tPre1+uint64(k), t.pre[k]), feat(tSuf1+uint64(k), t.suf[k]))
		}
	}
	for k := 0; k < 4; k++ {
		if t.clus[k] != 0 {
			out = append(out, feat(tClus0+uint64(k), t.clus[k]))
		}
		if m1.clus[k] != 0 {
			out = append(out, feat(tClusM1+uint64(k), m1.clus[k]))
		}
		if p1.clus[k] != 0 {
			out = append(out, feat(tClusP1+uint64(k), p1.clus[k]))
		}
	}
	for _, e := range ext[t.ext0:t.ext1] {
		out = append(out, feat(tExt0, e))
	}
	if i > 0 {
		for _, e := range ext[m1.ext0:m1.ext1] {
			out = append(out, feat(tExtM1, e))
		}
	}
	if i+1 < len(infos) {
		for _, e := range ext[p1.ext0:p1.ext1] {
			out = append(out, feat(tExtP1, e))
		}
	}
	if t.doc != 0 {
		first := uint64(0)
		if i == 0 {
			first = 1
		}
		if t.doc&docCapElsewhere != 0 {
			out = append(out, feat2(tDocCap, uint64(t.flags&flInitCap), first))
		}
		if t.doc&docLowElsewhere != 0 {
			out = append(out, feat2(tDocLow, uint64(t.flags&flInitCap), first))
		}
	}
	return out
}

// featureSet selects optional feature groups; it is stored in the model.
type featureSet uint32

// Optional feature groups.
const (
	featDoc        featureSet = 1 << iota // document-level features
	featFlagWindow                        // flags of neighbours, word×shape conjunction
)
