package model

// Templates of the document-level second pass (a separate feature space
// from the base templates, so numbering may overlap).
const (
	s2Bias = iota + 1001
	s2Own
	s2Other
	s2Major
	s2MajorOwn
	s2LabM2
	s2LabP2
	s2Single
)

// docCounts maps the word hash of capitalized words to how many of their
// occurrences in the document the base pass labelled with each entity type
// (0 = O, then PER, LOC, ORG, MISC).
type docCounts map[uint64][5]int32

// typeOf maps a label index to its entity type index (0 for O).
func typeOf(l int) int { return (l + 1) / 2 }

// build counts the base labels of the capitalized words of a document.
func (d docCounts) build(words []uint64, flags []uint32, labs []int) {
	clear(d)
	for i, w := range words {
		if flags[i]&flInitCap == 0 {
			continue
		}
		c := d[w]
		c[typeOf(labs[i])]++
		d[w] = c
	}
}

// stage2Features appends the second-pass feature keys of token i of the
// sentence spanning tokens [off, end) of the document in sc.
func stage2Features(out []uint64, sc *scratch, off, end, i int) []uint64 {
	own := uint64(sc.lab[i])
	out = append(out, feat(s2Bias, 0), feat(s2Own, own))
	lab := func(j int) uint64 {
		if j < off || j >= end {
			return 99
		}
		return uint64(sc.lab[j])
	}
	out = append(out, feat2(s2LabM2, lab(i-2), own), feat2(s2LabP2, lab(i+2), own))
	if sc.flags[i]&flInitCap == 0 {
		return out
	}
	c := sc.cnt[sc.word[i]]
	c[typeOf(sc.lab[i])]-- // the other occurrences only
	major, best, others := -1, int32(0), int32(0)
	for t, n := range c {
		if n > 0 {
			out = append(out, feat(s2Other, uint64(t)))
			others += n
			if n > best {
				major, best = t, n
			}
		}
	}
	if major >= 0 {
		out = append(out, feat(s2Major, uint64(major)), feat2(s2MajorOwn, uint64(major), own))
	} else {
		out = append(out, feat(s2Single, own))
	}
	return out
}
