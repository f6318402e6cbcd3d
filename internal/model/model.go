package model

import "sync"

// Token is one token given to the tagger: its text and the external
// features the caller computed for it (opaque strings such as "gaz=B-LOC").
type Token struct {
	Text string
	Ext  []string
}

// Model is a trained tagger. Its weights are read-only, so one Model may be
// used from several goroutines at once.
type Model struct {
	feats    featureSet
	base     layer  // the sentence-level tagger
	stage2   *layer // document-level second pass over base predictions; may be nil
	clusters *clusterTable
	pool     sync.Pool
}

// layer is one linear scorer: feature rows and transition weights.
type layer struct {
	tab   *table    // feature key → row
	w     []float32 // row*NumLabels + label
	trans [NumLabels + 1][NumLabels]float32
	end   [NumLabels]float32
}

// addScores adds to e the weight rows of the keys present in l.
func (l *layer) addScores(keys []uint64, e []float32) {
	e = e[:NumLabels]
	for _, k := range keys {
		if r, ok := l.tab.get(k); ok {
			row := l.w[int(r)*NumLabels : int(r)*NumLabels+NumLabels]
			for i := range e {
				e[i] += row[i]
			}
		}
	}
}

// scratch is the per-call working memory of TagDoc.
type scratch struct {
	infos []tokInfo
	low   []byte
	offs  []int
	ext   []uint64
	keys  []uint64
	back  []uint8
	doc   docIndex
	// Whole-document arrays, one entry per token (emit: NumLabels each).
	emit  []float32
	emit2 []float32
	lab   []int
	out   []int
	word  []uint64
	flags []uint32
	start []int // sentence i is tokens start[i]:start[i+1]
	cnt   docCounts
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return newScratch()
}

func newScratch() *scratch {
	return &scratch{doc: docIndex{}, cnt: docCounts{}}
}

// Tag returns one IOB2 label per token of sent.
func (m *Model) Tag(sent []Token) []string {
	return m.TagDoc([][]Token{sent})[0]
}

// TagDoc tags the sentences of one document, using document-level
// features when the model was trained with them.
func (m *Model) TagDoc(sents [][]Token) [][]string {
	sc := m.getScratch()
	defer m.pool.Put(sc)
	labels := m.run(sc, sents)
	out := make([][]string, len(sents))
	for i := range sents {
		labs := labels[sc.start[i]:sc.start[i+1]]
		tags := make([]string, len(labs))
		for j, l := range labs {
			tags[j] = Labels[l]
		}
		out[i] = tags
	}
	return out
}

// run tags a document and returns the label indices of all its tokens.
func (m *Model) run(sc *scratch, sents [][]Token) []int {
	m.runBase(sc, sents)
	if m.stage2 == nil {
		return sc.lab
	}
	m.runStage2(sc, sents, m.stage2)
	return sc.out
}

// runBase computes base-layer scores and labels of every token of a
// document into sc.emit and sc.lab.
func (m *Model) runBase(sc *scratch, sents [][]Token) {
	useDoc := m.feats&featDoc != 0
	if useDoc {
		sc.doc.build(sents)
	}
	total := 0
	sc.start = append(sc.start[:0], 0)
	for _, s := range sents {
		total += len(s)
		sc.start = append(sc.start, total)
	}
	sc.emit = grow(sc.emit, total*NumLabels)
	sc.lab = growInts(sc.lab, total)
	sc.word = growU64(sc.word, total)
	sc.flags = growU32(sc.flags, total)
	for si, sent := range sents {
		n, off := len(sent), sc.start[si]
		prepare(sc, sent, m.clusters, useDoc)
		emit := sc.emit[off*NumLabels : (off+n)*NumLabels]
		for i := 0; i < n; i++ {
			sc.keys = features(sc.keys[:0], sc.infos, sc.ext, i, m.feats)
			e := emit[i*NumLabels : i*NumLabels+NumLabels]
			clear(e)
			m.base.addScores(sc.keys, e)
			sc.word[off+i] = sc.infos[i].word
			sc.flags[off+i] = sc.infos[i].flags
		}
		sc.back = growBytes(sc.back, n*NumLabels)
		viterbi(emit, n, &m.base.trans, &m.base.end, sc.back, sc.lab[off:off+n])
	}
}

// runStage2 re-tags a document whose base scores and labels are in sc,
// adding the document-level weights of l; labels go to sc.out.
func (m *Model) runStage2(sc *scratch, sents [][]Token, l *layer) {
	total := sc.start[len(sents)]
	sc.cnt.build(sc.word[:total], sc.flags[:total], sc.lab[:total])
	sc.emit2 = grow(sc.emit2, total*NumLabels)
	copy(sc.emit2, sc.emit[:total*NumLabels])
	sc.out = growInts(sc.out, total)
	for si := range sents {
		off, end := sc.start[si], sc.start[si+1]
		for i := off; i < end; i++ {
			sc.keys = stage2Features(sc.keys[:0], sc, off, end, i)
			l.addScores(sc.keys, sc.emit2[i*NumLabels:])
		}
		n := end - off
		sc.back = growBytes(sc.back, n*NumLabels)
		viterbi(sc.emit2[off*NumLabels:end*NumLabels], n, &l.trans, &l.end, sc.back, sc.out[off:end])
	}
}

// prepare analyzes every token of sent into sc.infos and sc.ext.
func prepare(sc *scratch, sent []Token, cl *clusterTable, doc bool) {
	n := len(sent)
	if cap(sc.infos) < n {
		sc.infos = make([]tokInfo, n)
	}
	sc.infos = sc.infos[:n]
	sc.ext = sc.ext[:0]
	for i, tok := range sent {
		info := &sc.infos[i]
		sc.low, sc.offs = analyze(tok.Text, info, sc.low, sc.offs)
		info.clus, _ = cl.find(&info.ckeys)
		info.ext0 = int32(len(sc.ext))
		for _, e := range tok.Ext {
			sc.ext = append(sc.ext, hashString(e))
		}
		info.ext1 = int32(len(sc.ext))
		info.doc = 0
		if doc {
			info.doc = sc.doc.flags(info.lower)
		}
	}
	markContext(sent, sc.infos)
	markRuns(sent, sc.infos)
}

func grow(s []float32, n int) []float32 {
	if cap(s) < n {
		return make([]float32, n)
	}
	return s[:n]
}

func growBytes(s []uint8, n int) []uint8 {
	if cap(s) < n {
		return make([]uint8, n)
	}
	return s[:n]
}

func growInts(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

func growU64(s []uint64, n int) []uint64 {
	if cap(s) < n {
		return make([]uint64, n)
	}
	return s[:n]
}

func growU32(s []uint32, n int) []uint32 {
	if cap(s) < n {
		return make([]uint32, n)
	}
	return s[:n]
}
