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
	tClus0  // 4 prefixes: tClus0+0..3
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
	tContext // inside quotes / parentheses, headline sentence
	tLowerM3
	tLowerP3
	tCtxShape // context bits × short shape
	tWordM1
	tWordP1
	tSuf3M1
	tSuf3P1
	tCapRun // length bucket and position in a run of capitalized words
	tExtM2
	tExtP2
	tExtShape
	tVClus0                           // k-means clusters of the word: tVClus0+0..2
	tVClusM1   = tVClus0 + maxKMeans  // of the previous word
	tVClusP1   = tVClusM1 + maxKMeans // of the next word
	tExtWordM1                        // external feature × previous lower-case word
	tExtWordP1                        // external feature × next lower-case word
	tTopic                            // document topic × capitalization
	tTopicExt                         // document topic × external feature
)

// wordInfo holds the values features are built from that depend on a
// token's text alone: a Model analyzes each word once.
type wordInfo struct {
	word, lower, shape, sshape uint64
	pre, suf                   [4]uint64
	clus                       [4]uint64         // cluster path prefix hashes; 0 when unknown
	vclus                      [maxKMeans]uint64 // k-means cluster values; 0 when unknown
	ckeys                      [3]uint64         // cluster lookup keys: exact, lower, capitalized
	flags                      uint32
	nrunes                     int
	sport                      bool // the word marks sport (see isSportCue)
}

// tokInfo holds the per-token values features are built from: its word's
// (shared with every token of the same text, never changed once made) and
// its own. It is small, so that a document's tokens stay in the cache.
type tokInfo struct {
	*wordInfo
	ext0, ext1 int32  // ext hashes are scratch.ext[ext0:ext1]
	ctx        uint32 // context bits (ctxQuote...)
	run        uint32 // capitalized-run code, 0 outside runs
	doc        uint32
	topic      uint32 // document topic (see markTopic)
}

// Document flags of a token.
const (
	docCapElsewhere = 1 << iota
	docLowElsewhere
)

var (
	padStart = tokInfo{wordInfo: &wordInfo{word: 11, lower: 11, shape: 11, sshape: 11}}
	padEnd   = tokInfo{wordInfo: &wordInfo{word: 13, lower: 13, shape: 13, sshape: 13}}
)

// features appends the feature keys of token i to out. infos holds the
// analyzed sentence; ext is the flat buffer of external-feature hashes.
// Training numbers the features in the order this function gives them, so
// that order is part of what makes training deterministic.
func features(out []uint64, infos []tokInfo, ext []uint64, i int, opts featureSet) []uint64 {
	return appendFeatures(out, infos, ext, i, opts, true)
}

// contextFeatures appends the keys of features that leaves out those of
// wordFeatures and of neighbourFeatures (for each neighbour role and the
// token at that offset, or the padding): together they give the same keys
// (as a multiset).
func contextFeatures(out []uint64, infos []tokInfo, ext []uint64, i int, opts featureSet) []uint64 {
	return appendFeatures(out, infos, ext, i, opts, false)
}

// wordFeatures appends the keys of the features of a token that depend on
// its text alone (its word hashes, shapes, flags, affixes and cluster), so
// that the sum of their weights can be cached per word.
func wordFeatures(out []uint64, t *wordInfo) []uint64 {
	out = append(out,
		feat(tBias, 0),
		feat(tWord, t.word),
		feat(tLower, t.lower),
		feat(tShape, t.shape),
		feat(tSShape, t.sshape),
		feat(tFlags, uint64(t.flags)),
	)
	out = appendAffixes(out, t)
	for k := 0; k < 4; k++ {
		if t.clus[k] != 0 {
			out = append(out, feat(tClus0+uint64(k), t.clus[k]))
		}
	}
	return appendVClus(out, t, tVClus0)
}

// appendVClus appends the k-means cluster features of t under templates
// base+0, base+1, ...
func appendVClus(out []uint64, t *wordInfo, base uint64) []uint64 {
	for k, v := range t.vclus {
		if v != 0 {
			out = append(out, feat(base+uint64(k), v))
		}
	}
	return out
}

// Neighbour roles: a token seen from the token roleOffset[r] places away
// (roleM1: the token is the previous one of the token it is a feature of).
const (
	roleM3 = iota
	roleM2
	roleM1
	roleP1
	roleP2
	roleP3
	numRoles
)

// roleOffset is the offset of the neighbour in each role.
var roleOffset = [numRoles]int{-3, -2, -1, 1, 2, 3}

// neighbourFeatures appends the keys of the features a token gets from the
// neighbour t in role r, which depend on t alone (t may be padding), so
// that their sums can be cached per word.
func neighbourFeatures(out []uint64, t *wordInfo, r int, opts featureSet) []uint64 {
	switch r {
	case roleM3:
		if opts&featContext != 0 {
			out = append(out, feat(tLowerM3, t.lower))
		}
	case roleP3:
		if opts&featContext != 0 {
			out = append(out, feat(tLowerP3, t.lower))
		}
	case roleM2:
		out = append(out, feat(tLowerM2, t.lower), feat(tSShapeM2, t.sshape))
	case roleP2:
		out = append(out, feat(tLowerP2, t.lower), feat(tSShapeP2, t.sshape))
	case roleM1, roleP1:
		tl, ts, tsh, tw, tsuf, tfl, tcl := uint64(tLowerM1), uint64(tSShapeM1), uint64(tShapeM1), uint64(tWordM1), uint64(tSuf3M1), uint64(tFlagsM1), uint64(tClusM1)
		if r == roleP1 {
			tl, ts, tsh, tw, tsuf, tfl, tcl = tLowerP1, tSShapeP1, tShapeP1, tWordP1, tSuf3P1, tFlagsP1, tClusP1
		}
		out = append(out, feat(tl, t.lower), feat(ts, t.sshape), feat(tsh, t.shape))
		if opts&featMore != 0 {
			out = append(out, feat(tw, t.word), feat(tsuf, t.suf[2]))
		}
		if opts&featFlagWindow != 0 {
			out = append(out, feat(tfl, uint64(t.flags)))
		}
		if opts&featClusWindow != 0 {
			for k := 0; k < 4; k++ {
				if t.clus[k] != 0 {
					out = append(out, feat(tcl+uint64(k), t.clus[k]))
				}
			}
		}
		if opts&featVClusWindow != 0 {
			base := uint64(tVClusM1)
			if r == roleP1 {
				base = tVClusP1
			}
			out = appendVClus(out, t, base)
		}
	}
	return out
}

// appendFeatures is features when all is set, and contextFeatures when it
// is not.
func appendFeatures(out []uint64, infos []tokInfo, ext []uint64, i int, opts featureSet, all bool) []uint64 {
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
	if all {
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
		)
	}
	out = append(out,
		feat2(tBigramM1, m1.lower, t.lower),
		feat2(tBigramP1, t.lower, p1.lower),
		feat2(tSShapePair, m1.sshape, t.sshape),
		feat2(tSShapePairP, t.sshape, p1.sshape),
	)
	if all {
		out = append(out, feat(tFlags, uint64(t.flags)))
	}
	if i == 0 {
		out = append(out, feat(tFlagsFirst, uint64(t.flags)))
	}
	if opts&featContext != 0 {
		out = append(out, feat(tContext, uint64(t.ctx)), feat2(tCtxShape, uint64(t.ctx), t.sshape))
		if all {
			out = append(out, feat(tLowerM3, at(i-3).lower), feat(tLowerP3, at(i+3).lower))
		}
	}
	if opts&featMore != 0 {
		if all {
			out = append(out, feat(tWordM1, m1.word), feat(tWordP1, p1.word),
				feat(tSuf3M1, m1.suf[2]), feat(tSuf3P1, p1.suf[2]))
		}
		out = append(out, feat(tCapRun, uint64(t.run)))
	}
	if opts&featFlagWindow != 0 {
		if all {
			out = append(out, feat(tFlagsM1, uint64(m1.flags)), feat(tFlagsP1, uint64(p1.flags)))
		}
		out = append(out, feat2(tWordSShapeM1, m1.lower, t.sshape))
	}
	if all {
		out = appendAffixes(out, t.wordInfo)
		for k := 0; k < 4; k++ {
			if t.clus[k] != 0 {
				out = append(out, feat(tClus0+uint64(k), t.clus[k]))
			}
			if opts&featClusWindow == 0 {
				continue
			}
			if m1.clus[k] != 0 {
				out = append(out, feat(tClusM1+uint64(k), m1.clus[k]))
			}
			if p1.clus[k] != 0 {
				out = append(out, feat(tClusP1+uint64(k), p1.clus[k]))
			}
		}
		out = appendVClus(out, t.wordInfo, tVClus0)
		if opts&featVClusWindow != 0 {
			out = appendVClus(out, m1.wordInfo, tVClusM1)
			out = appendVClus(out, p1.wordInfo, tVClusP1)
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
	if opts&featExtWord != 0 {
		for _, e := range ext[t.ext0:t.ext1] {
			out = append(out, feat2(tExtWordM1, e, m1.lower), feat2(tExtWordP1, e, p1.lower))
		}
	}
	if opts&featExtMore != 0 {
		for _, e := range ext[t.ext0:t.ext1] {
			out = append(out, feat2(tExtShape, e, t.sshape))
		}
		if i > 1 {
			for _, e := range ext[m2.ext0:m2.ext1] {
				out = append(out, feat(tExtM2, e))
			}
		}
		if i+2 < len(infos) {
			for _, e := range ext[p2.ext0:p2.ext1] {
				out = append(out, feat(tExtP2, e))
			}
		}
	}
	if opts&featTopic != 0 && t.topic != 0 && t.flags&flInitCap != 0 {
		topic := uint64(t.topic)
		out = append(out, feat2(tTopic, topic, uint64(t.flags&(flInitCap|flAllCaps))))
		for _, e := range ext[t.ext0:t.ext1] {
			out = append(out, feat2(tTopicExt, e, topic))
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
	featDoc         featureSet = 1 << iota // document-level features
	featFlagWindow                         // flags of neighbours, word×shape conjunction
	featContext                            // quotes, parentheses, headline, ±3 words
	featMore                               // cased ±1 words, ±1 suffixes, capitalized runs
	featExtMore                            // external features at ±2 and × shape
	featClusWindow                         // clusters of the ±1 words
	featVClusWindow                        // k-means clusters of the ±1 words
	featExtWord                            // external features × the ±1 lower-case words
	featTopic                              // document topic (sport) × capitalized tokens' evidence
)

// markRuns sets the run code of tokens in runs of capitalized words, which
// may contain the connectors "de", "del", "la", "y" between capitalized
// words: (min(length,4) << 4) | position (1 first, 2 inside, 3 last, 4 only).
func markRuns(sent []Token, infos []tokInfo) {
	n := len(infos)
	for i := range infos {
		infos[i].run = 0
	}
	capital := func(i int) bool { return infos[i].flags&flInitCap != 0 }
	for i := 0; i < n; {
		if !capital(i) {
			i++
			continue
		}
		j := i + 1
		for j < n {
			if capital(j) {
				j++
				continue
			}
			if j+1 < n && capital(j+1) && isConnector(sent[j].Text) {
				j += 2
				continue
			}
			break
		}
		length := uint32(min(j-i, 4))
		for k := i; k < j; k++ {
			pos := uint32(2)
			switch {
			case j-i == 1:
				pos = 4
			case k == i:
				pos = 1
			case k == j-1:
				pos = 3
			}
			infos[k].run = length<<4 | pos
		}
		i = j
	}
}

func isConnector(s string) bool {
	switch s {
	case "de", "del", "la", "las", "los", "el", "y", "e":
		return true
	}
	return false
}

// Context bits of a token.
const (
	ctxQuote    = 1 << iota // inside quotation marks
	ctxParen                // inside parentheses
	ctxHeadline             // the sentence has no lower-case word
)

// markContext sets the ctx bits of every token of a sentence.
func markContext(sent []Token, infos []tokInfo) {
	headline := uint32(ctxHeadline)
	for i := range infos {
		if infos[i].flags&flLower != 0 {
			headline = 0
			break
		}
	}
	quote, paren := false, 0
	for i, tok := range sent {
		c := headline
		switch tok.Text {
		case "\"", "«", "»", "“", "”", "'":
			if tok.Text == "«" || tok.Text == "“" {
				quote = true
			} else if tok.Text == "»" || tok.Text == "”" {
				quote = false
			} else {
				quote = !quote
			}
			infos[i].ctx = c
			continue
		case "(":
			paren++
			infos[i].ctx = c
			continue
		case ")":
			if paren > 0 {
				paren--
			}
			infos[i].ctx = c
			continue
		}
		if quote {
			c |= ctxQuote
		}
		if paren > 0 {
			c |= ctxParen
		}
		infos[i].ctx = c
	}
}

// appendAffixes appends the prefix and suffix features of a token, in the
// order training has always used (it decides the model's row order).
func appendAffixes(out []uint64, t *wordInfo) []uint64 {
	for k := 0; k < 4; k++ {
		if t.pre[k] != 0 {
			out = append(out, feat(tPre1+uint64(k), t.pre[k]), feat(tSuf1+uint64(k), t.suf[k]))
		}
	}
	return out
}

// liveReach is how far a capitalized word, a digit or an external feature
// makes its neighbours live (see markLive). The widest context features
// reach 3 tokens; at 2, as at 3, every label of esp.testa is the same as
// with every token scored, and 14 of the 264,715 of esp.train differ (2 at
// 3), for a tenth fewer tokens scored.
const liveReach = 2

// markLive returns live (grown) with, for each token of a sentence,
// whether it is within liveReach tokens of a token that is capitalized,
// has an upper-case letter or a digit, or has external features and is not
// a lower-case word (the lists give lower-case words features such as
// "nonentity" or "demonym" everywhere), or is inside a quotation that
// begins with a capital (a title: «La memoria de la transición»). Other
// tokens — lower-case words and punctuation far from any of those — are
// tagged O without being scored: a name, even one the model learned in
// lower case, is near one of them.
func markLive(live []bool, infos []tokInfo) []bool {
	n := len(infos)
	if cap(live) < n {
		live = make([]bool, n)
	}
	live = live[:n]
	clear(live)
	last := -1 << 30  // the last marked token
	capQuote := false // the current quotation begins with a capital
	for i := range infos {
		t := &infos[i]
		if t.ctx&ctxQuote != 0 && (i == 0 || infos[i-1].ctx&ctxQuote == 0) {
			capQuote = t.flags&flInitCap != 0
		}
		if t.flags&(flInitCap|flMixed|flHasDigit|flAllCaps) != 0 || t.ext1 > t.ext0 && t.flags&flLower == 0 ||
			capQuote && t.ctx&ctxQuote != 0 {
			for j := max(last+liveReach+1, i-liveReach, 0); j < i; j++ {
				live[j] = true
			}
			last = i
		}
		if i-last <= liveReach {
			live[i] = true
		}
	}
	return live
}
