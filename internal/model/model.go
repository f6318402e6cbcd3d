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
	base     layer
	clusters *clusterTable
	pool     sync.Pool
}

// layer is one linear scorer: feature rows and transition weights. The
// feature weights are quantized: weight = scale × w.
type layer struct {
	tab   *table  // feature key → row
	w     []int16 // row*NumLabels + label
	scale float32
	trans [NumLabels + 1][NumLabels]float32
	end   [NumLabels]float32
}

// addScores adds to e the weight rows of the keys present in l.
func (l *layer) addScores(keys []uint64, e []float32) {
	var acc [NumLabels]int32
	for _, k := range keys {
		if r, ok := l.tab.get(k); ok {
			row := (*[NumLabels]int16)(l.w[int(r)*NumLabels:])
			for i := range acc {
				acc[i] += int32(row[i])
			}
		}
	}
	e = e[:NumLabels]
	for i := range e {
		e[i] += float32(acc[i]) * l.scale
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
	lab   []int
	start []int // sentence i is tokens start[i]:start[i+1]
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return newScratch()
}

func newScratch() *scratch {
	return &scratch{}
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
	m.runBase(sc, sents)
	labels := sc.lab
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

// analyzeDoc analyzes every token of a document into sc.infos (all
// sentences in a row, sentence i at sc.start[i]:sc.start[i+1]) and sc.ext.
func (m *Model) analyzeDoc(sc *scratch, sents [][]Token) {
	total := 0
	sc.start = append(sc.start[:0], 0)
	for _, s := range sents {
		total += len(s)
		sc.start = append(sc.start, total)
	}
	if cap(sc.infos) < total {
		sc.infos = make([]tokInfo, total)
	}
	sc.infos = sc.infos[:total]
	sc.ext = sc.ext[:0]
	for si, sent := range sents {
		infos := sc.infos[sc.start[si]:sc.start[si+1]]
		for i, tok := range sent {
			info := &infos[i]
			sc.low, sc.offs = analyze(tok.Text, info, sc.low, sc.offs)
			info.clus, _ = m.clusters.find(&info.ckeys)
			info.ext0 = int32(len(sc.ext))
			for _, e := range tok.Ext {
				sc.ext = append(sc.ext, hashString(e))
			}
			info.ext1 = int32(len(sc.ext))
			info.doc = 0
		}
		markContext(sent, infos)
		markRuns(sent, infos)
	}
	if m.feats&featDoc != 0 {
		sc.doc.mark(sc.infos, sc.start)
	}
}

// runBase computes base-layer scores and labels of every token of a
// document into sc.emit and sc.lab.
func (m *Model) runBase(sc *scratch, sents [][]Token) {
	m.analyzeDoc(sc, sents)
	total := len(sc.infos)
	sc.emit = grow(sc.emit, total*NumLabels)
	sc.lab = growInts(sc.lab, total)
	for si := range sents {
		off, end := sc.start[si], sc.start[si+1]
		infos := sc.infos[off:end]
		emit := sc.emit[off*NumLabels : end*NumLabels]
		for i := range infos {
			sc.keys = features(sc.keys[:0], infos, sc.ext, i, m.feats)
			e := emit[i*NumLabels : i*NumLabels+NumLabels]
			clear(e)
			m.base.addScores(sc.keys, e)
		}
		n := end - off
		sc.back = growBytes(sc.back, n*NumLabels)
		viterbi(emit, n, &m.base.trans, &m.base.end, sc.back, sc.lab[off:end])
	}
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
