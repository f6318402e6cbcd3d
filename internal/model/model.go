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
	tab      *table    // feature key → row
	w        []float32 // row*NumLabels + label
	trans    [NumLabels + 1][NumLabels]float32
	end      [NumLabels]float32
	clusters *clusterTable
	pool     sync.Pool
}

// scratch is the per-call working memory of Tag.
type scratch struct {
	infos []tokInfo
	low   []byte
	offs  []int
	ext   []uint64
	keys  []uint64
	emit  []float32
	back  []uint8
	out   []int
	doc   docIndex
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{doc: docIndex{}}
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
	if m.feats&featDoc != 0 {
		sc.doc.build(sents)
	}
	out := make([][]string, len(sents))
	for i, sent := range sents {
		labels := m.tagSentence(sc, sent)
		tags := make([]string, len(sent))
		for j, l := range labels {
			tags[j] = Labels[l]
		}
		out[i] = tags
	}
	return out
}

// tagSentence decodes one sentence into sc.out and returns it.
func (m *Model) tagSentence(sc *scratch, sent []Token) []int {
	n := len(sent)
	prepare(sc, sent, m.clusters, m.feats&featDoc != 0)
	sc.emit = grow(sc.emit, n*NumLabels)
	sc.back = growBytes(sc.back, n*NumLabels)
	sc.out = growInts(sc.out, n)
	for i := 0; i < n; i++ {
		sc.keys = features(sc.keys[:0], sc.infos, sc.ext, i, m.feats)
		e := sc.emit[i*NumLabels : i*NumLabels+NumLabels]
		for l := range e {
			e[l] = 0
		}
		for _, k := range sc.keys {
			if r, ok := m.tab.get(k); ok {
				row := m.w[int(r)*NumLabels : int(r)*NumLabels+NumLabels]
				for l := range e {
					e[l] += row[l]
				}
			}
		}
	}
	viterbi(sc.emit, n, &m.trans, &m.end, sc.back, sc.out)
	return sc.out[:n]
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
			info.doc = sc.doc.flags(info.lower, i == 0)
		}
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
