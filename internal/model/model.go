package model

import (
	"encoding/binary"
	"math/bits"
	"runtime"
	"strings"
	"sync"
)

// Token is one token given to the tagger: its text and the external
// features the caller computed for it (opaque strings such as "gaz=B-LOC").
// Hint, if not 0, is the caller's number for Text in the words of a
// vocabulary (see AppendTagDocHinted): the Model then finds its analysis of
// the word by that number instead of looking Text up.
type Token struct {
	Text string
	Ext  []string
	Hint int32
}

// Model is a trained tagger. Its weights are read-only, so one Model may be
// used from several goroutines at once.
type Model struct {
	feats    featureSet
	base     layer
	clusters *clusterTable
	kmeans   *kmeansTable
	// Scratch spaces between calls: a few in keep, which the garbage
	// collector leaves alone so that their word caches last, and any more
	// in pool.
	keepOnce sync.Once
	keep     chan *scratch
	pool     sync.Pool
}

// layer is one linear scorer: feature rows and transition weights. The
// feature weights are quantized: weight = scale × w.
type layer struct {
	tab   *table  // feature key → row; nil in a loaded model
	w     []int16 // row*NumLabels + label; nil in a loaded model
	scale float32
	trans [NumLabels + 1][NumLabels]float32
	end   [NumLabels]float32
	// spread is openSpread(&trans), which viterbiFrom prunes with.
	spread float32
	// The lookup form of tab and w, built by freeze: idx finds a key's
	// entry, and rows holds the weights of entry e at rows[e*rowBytes:],
	// each as the little-endian uint16 w+32768, so that sumRows can add
	// them two at a time in 32-bit lanes of a uint64.
	idx  *frozen
	rows []byte
}

// rowBytes is the size of one row in layer.rows.
const rowBytes = 2 * NumLabels

// weightBias makes an int16 weight a uint16: w+weightBias.
const weightBias = 32768

// freeze builds l.idx and l.rows from l.tab and l.w; it must be called
// once the table is complete and before sumRows.
func (l *layer) freeze() {
	l.idx = l.tab.freeze()
	wire := make([]byte, 2*len(l.w))
	for i, v := range l.w {
		binary.LittleEndian.PutUint16(wire[2*i:], uint16(v))
	}
	l.buildRows(wire)
}

// buildRows lays out l.rows in the entry order of l.idx from the weights
// as a model file stores them (little-endian int16, one row of NumLabels
// per feature).
func (l *layer) buildRows(wire []byte) {
	l.rows = make([]byte, len(l.idx.vals)*rowBytes)
	for e, r := range l.idx.vals {
		copy(l.rows[e*rowBytes:(e+1)*rowBytes], wire[int(r)*rowBytes:])
	}
	// w+weightBias as a uint16 is w with its sign bit flipped: the top bit
	// of every second byte.
	i := 0
	for ; i+8 <= len(l.rows); i += 8 {
		v := binary.LittleEndian.Uint64(l.rows[i:])
		binary.LittleEndian.PutUint64(l.rows[i:], v^0x8000_8000_8000_8000)
	}
	for i++; i < len(l.rows); i += 2 {
		l.rows[i] ^= 0x80
	}
}

// lanes masks the low 16 bits of each 32-bit half of a uint64.
const lanes = 0x0000ffff_0000ffff

// sumRows adds to acc the weight rows of the keys present in l; hits is
// scratch space, returned grown. The keys are looked up first and the rows
// summed after, so that the loads of the rows, which usually miss the
// cache, overlap. The sum is in integers, so its order does not matter:
// rows may be summed in parts and the parts added.
func (l *layer) sumRows(keys []uint64, acc *[NumLabels]int32, hits []int32) []int32 {
	hits = l.appendHits(hits[:0], keys)
	l.addHits(hits, acc)
	return hits
}

// addHits adds to acc the rows of the entries hits.
func (l *layer) addHits(hits []int32, acc *[NumLabels]int32) {
	p := laneSums(l.rows, hits)
	for i, v := range unpack(&p) {
		acc[i] += v
	}
}

// appendHits appends to hits the entries of the keys present in l.
func (l *layer) appendHits(hits []int32, keys []uint64) []int32 {
	x := l.idx
	for _, k := range keys {
		// The common cases of frozen.entry, inlined: an empty home slot,
		// or a home slot that holds k or ends its probe run.
		i := k & x.mask
		w := x.occ[i>>6]
		bit := uint64(1) << (i & 63)
		if w&bit == 0 {
			continue
		}
		e := int(x.rank[i>>6]) + bits.OnesCount64(w&(bit-1))
		if x.fps[e] == fingerprint(k) {
			hits = append(hits, int32(e))
			continue
		}
		if e, ok := x.entry(k); ok {
			hits = append(hits, int32(e))
		}
	}
	return hits
}

// maxLaneRows is the most rows laneSums adds in one pass: a lane holds a
// sum of 16-bit values in 32 bits.
const maxLaneRows = 1<<16 - 1

// setScores sets e to the label scores of the summed rows acc.
func (l *layer) setScores(acc *[NumLabels]int32, e []float32) {
	e = e[:NumLabels]
	for i := range e {
		e[i] = float32(acc[i]) * l.scale
	}
}

// scratch is the per-call working memory of TagDoc. It is pooled, so its
// word cache lasts across calls.
type scratch struct {
	// The word cache: the analysis of each word seen (and, once scored,
	// the summed rows of its word and neighbour features), and each
	// token's word.
	wordIdx map[string]int32
	words   []wordEntry
	wordOf  []int32
	// byHint[h] is 1 + the word of Hint h in vocabulary vocab (0: not
	// known yet).
	vocab  uint64
	byHint []int32
	// The padding before and after a sentence, as words.
	pads [2]wordEntry

	infos []tokInfo
	low   []byte
	offs  []int
	ext   []uint64
	keys  []uint64
	hits  []int32
	back  []uint8
	ws    []*wordEntry // a sentence's words between paddings (see runBase)
	live  []bool
	doc   docIndex
	// Whole-document arrays, one entry per token (emit: NumLabels each).
	emit  []float32
	lab   []int
	start []int // sentence i is tokens start[i]:start[i+1]

	// A sentence's context features (see runBase): their keys, the
	// entries found, and where each token's keys and entries end.
	ckeys, cends []uint64
	chits        []int32
	hends        []int32
	// recent remembers where the context features seen last are (see
	// appendHitsCached).
	recent recentHits
}

// recentSize is the number of slots of a recentHits.
const recentSize = 4096

// recentHits is a small direct-mapped cache in front of a layer's table:
// a slot holds a key (0: empty; no key is 0) and its entry, or -1 for a
// key the layer lacks. Context features repeat (the context bits, the
// runs, the shapes, the external features, the frequent pairs), and their
// answers then come from memory that stays in the processor's cache.
type recentHits struct {
	keys [recentSize]uint64
	ents [recentSize]int32
}

// appendHitsCached is appendHits through the cache c.
func (l *layer) appendHitsCached(hits []int32, keys []uint64, c *recentHits) []int32 {
	for _, k := range keys {
		s := k >> 52 // the slot: bits the table's home slot does not use
		if c.keys[s] == k {
			if e := c.ents[s]; e >= 0 {
				hits = append(hits, e)
			}
			continue
		}
		e := int32(-1)
		if i, ok := l.idx.entry(k); ok {
			e = int32(i)
			hits = append(hits, e)
		}
		c.keys[s], c.ents[s] = k, e
	}
	return hits
}

// wordEntry is the cached analysis of one word.
type wordEntry struct {
	info wordInfo // what analyze and the clusters give
	// Once scored: the summed base rows of wordFeatures, and of
	// neighbourFeatures in each role, packed (see pack).
	score  packed
	roles  [numRoles]packed
	scored bool
}

// packed holds label scores two to an int64, in the pairs of packLabels:
// element k holds label packLabels[k][0] in its low half and
// packLabels[k][1] in its high half, as low + high<<32. Adding packed
// values adds the scores: as long as each sum of a low half fits in an
// int32 (sums of some hundred int16 weights do), unpack recovers every sum
// exactly. The pairs are those of laneSums' lanes, so that the lanes'
// sums, less their bias, are packed values.
type packed [(NumLabels + 1) / 2]int64

// packLabels are the labels of each element of a packed (-1: none).
var packLabels = [len(packed{})][2]int{{0, 2}, {1, 3}, {4, 6}, {5, 7}, {8, -1}}

// runBase adds packed values in five scalars.
var _ = [1]struct{}{}[len(packed{})-5]

// pack returns the packed form of acc.
func pack(acc *[NumLabels]int32) packed {
	var p packed
	for k, ls := range packLabels {
		lo, hi := int64(acc[ls[0]]), int64(0)
		if ls[1] >= 0 {
			hi = int64(acc[ls[1]])
		}
		p[k] = hi<<32 + lo
	}
	return p
}

// unpack returns the scores of p.
func unpack(p *packed) [NumLabels]int32 {
	var acc [NumLabels]int32
	for k, v := range p {
		lo := int64(int32(uint32(v)))
		acc[packLabels[k][0]] = int32(lo)
		if hi := packLabels[k][1]; hi >= 0 {
			acc[hi] = int32((v - lo) >> 32)
		}
	}
	return acc
}

// laneSums returns the sums of the rows of entries hits of rows (biased
// weights, see layer.rows) as a packed value. The rows are summed in
// 32-bit lanes of a uint64 (labels 0 and 2, 1 and 3, 4 and 6, 5 and 7, 8);
// each lane's sum less its bias is the packed sum, as an integer.
func laneSums(rows []byte, hits []int32) packed {
	var p packed
	for rest := hits; len(rest) > 0; {
		n := min(len(rest), maxLaneRows)
		var s0, s1, s2, s3, s4 uint64
		for _, h := range rest[:n] {
			o := int(h) * rowBytes
			r := rows[o : o+rowBytes : o+rowBytes]
			a := binary.LittleEndian.Uint64(r[0:8])
			b := binary.LittleEndian.Uint64(r[8:16])
			s0 += a & lanes
			s1 += a >> 16 & lanes
			s2 += b & lanes
			s3 += b >> 16 & lanes
			s4 += uint64(binary.LittleEndian.Uint16(r[16:18]))
		}
		bias := uint64(n) * weightBias
		pair := bias + bias<<32
		p[0] += int64(s0 - pair)
		p[1] += int64(s1 - pair)
		p[2] += int64(s2 - pair)
		p[3] += int64(s3 - pair)
		p[4] += int64(s4 - bias)
		rest = rest[n:]
	}
	return p
}

// setScore sets w's sums of base rows, unless they are set.
func (w *wordEntry) setScore(m *Model, sc *scratch) {
	if w.scored {
		return
	}
	var acc [NumLabels]int32
	sc.keys = wordFeatures(sc.keys[:0], &w.info)
	sc.hits = m.base.sumRows(sc.keys, &acc, sc.hits)
	w.score = pack(&acc)
	for r := range w.roles {
		acc = [NumLabels]int32{}
		sc.keys = neighbourFeatures(sc.keys[:0], &w.info, r, m.feats)
		sc.hits = m.base.sumRows(sc.keys, &acc, sc.hits)
		w.roles[r] = pack(&acc)
	}
	w.scored = true
}

// maxCachedWords bounds the word cache: it is emptied before a document
// when it holds more words.
const maxCachedWords = 1 << 14

// hinted is word for tok, by its Hint when it has one (see
// AppendTagDocHinted).
func (sc *scratch) hinted(m *Model, tok *Token) int32 {
	h := int(tok.Hint)
	if h <= 0 || sc.vocab == 0 {
		return sc.word(m, tok.Text)
	}
	if h < len(sc.byHint) {
		if w := sc.byHint[h]; w > 0 {
			return w - 1
		}
	} else {
		sc.byHint = append(sc.byHint, make([]int32, h+1-len(sc.byHint))...)
	}
	w := sc.word(m, tok.Text)
	sc.byHint[h] = w + 1
	return w
}

// word returns the index in sc.words of text's entry, analyzing text if
// it is not cached.
func (sc *scratch) word(m *Model, text string) int32 {
	if w, ok := sc.wordIdx[text]; ok {
		return w
	}
	w := int32(len(sc.words))
	sc.words = append(sc.words, wordEntry{})
	info := &sc.words[w].info
	sc.low, sc.offs = analyze(text, info, sc.low, sc.offs)
	info.clus, _ = m.clusters.find(&info.ckeys)
	info.vclus = m.kmeans.find(&info.ckeys)
	info.sport = isSportCue(text, info)
	// A copy, so that the pooled cache does not keep the caller's text.
	sc.wordIdx[strings.Clone(text)] = w
	return w
}

// maxKeptScratch bounds the scratch spaces a Model keeps from the garbage
// collector.
const maxKeptScratch = 8

// maxKeptTokens bounds the size of the documents whose scratch space a
// Model keeps from the garbage collector.
const maxKeptTokens = 1 << 16

// getScratch returns a scratch space for one call, to give back with
// putScratch.
func (m *Model) getScratch() *scratch {
	m.keepOnce.Do(func() { m.keep = make(chan *scratch, min(runtime.GOMAXPROCS(0), maxKeptScratch)) })
	select {
	case s := <-m.keep:
		return s
	default:
	}
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return newScratch()
}

// putScratch gives back a scratch space from getScratch. One grown large
// by a long document goes to the pool, which the garbage collector empties.
func (m *Model) putScratch(s *scratch) {
	if cap(s.infos) > maxKeptTokens || len(s.words) > maxCachedWords {
		m.pool.Put(s)
		return
	}
	select {
	case m.keep <- s:
	default:
		m.pool.Put(s)
	}
}

func newScratch() *scratch {
	sc := &scratch{wordIdx: map[string]int32{}}
	sc.pads[0].info, sc.pads[1].info = *padStart.wordInfo, *padEnd.wordInfo
	return sc
}

// Tag returns one IOB2 label per token of sent.
func (m *Model) Tag(sent []Token) []string {
	return m.TagDoc([][]Token{sent})[0]
}

// TagDoc tags the sentences of one document, using document-level
// features when the model was trained with them.
func (m *Model) TagDoc(sents [][]Token) [][]string {
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	_, out := m.AppendTagDoc(make([]string, 0, n), make([][]string, 0, len(sents)), sents)
	return out
}

// AppendTagDoc is TagDoc for a caller that reuses its buffers: it appends
// the tags of all the sentences in a row to flat, and each sentence's tags
// (slices of flat, with no room to grow) to out, and returns both.
func (m *Model) AppendTagDoc(flat []string, out [][]string, sents [][]Token) ([]string, [][]string) {
	return m.AppendTagDocHinted(0, flat, out, sents)
}

// AppendTagDocHinted is AppendTagDoc for tokens whose Hints number the
// words of the caller's vocabulary vocab: a number, never 0, that is the
// vocabulary's for as long as each Hint stands for one text in it. (A
// caller that renumbers its words takes a new one.)
func (m *Model) AppendTagDocHinted(vocab uint64, flat []string, out [][]string, sents [][]Token) ([]string, [][]string) {
	sc := m.getScratch()
	defer m.putScratch(sc)
	if vocab != sc.vocab {
		clear(sc.byHint)
		sc.vocab = vocab
	}
	m.runBase(sc, sents)
	base := len(flat)
	for _, l := range sc.lab {
		flat = append(flat, Labels[l])
	}
	for i := range sents {
		a, b := base+sc.start[i], base+sc.start[i+1]
		out = append(out, flat[a:b:b])
	}
	return flat, out
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
		sc.wordOf = make([]int32, total)
	}
	sc.infos = sc.infos[:total]
	sc.wordOf = sc.wordOf[:total]
	sc.ext = sc.ext[:0]
	if len(sc.words) > maxCachedWords {
		clear(sc.wordIdx)
		clear(sc.byHint)
		sc.words = sc.words[:0]
	}
	for si, sent := range sents {
		off := sc.start[si]
		infos := sc.infos[off:sc.start[si+1]]
		for i, tok := range sent {
			w := sc.hinted(m, &tok)
			sc.wordOf[off+i] = w
			info := &infos[i]
			*info = tokInfo{wordInfo: &sc.words[w].info}
			info.ext0 = int32(len(sc.ext))
			for _, e := range tok.Ext {
				sc.ext = append(sc.ext, hashString(e))
			}
			info.ext1 = int32(len(sc.ext))
		}
		markContext(sent, infos)
		markRuns(sent, infos)
	}
	if m.feats&featDoc != 0 {
		sc.doc.mark(sc.infos, sc.start)
	}
	if m.feats&featTopic != 0 {
		markTopic(sc.infos)
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
		// Each token's scores are the cached sums of its word and of its
		// neighbours in their roles, plus the rows of the rest of its
		// features.
		words := sc.wordOf[off:end]
		for _, w := range words {
			sc.words[w].setScore(m, sc)
		}
		sc.pads[0].setScore(m, sc)
		sc.pads[1].setScore(m, sc)
		// Tokens far from any capitalized word, digit or external feature
		// are O (see markLive): they get no scores, and the Viterbi search
		// runs over the stretches between them.
		sc.live = markLive(sc.live, infos)
		live := sc.live
		// The context features of the sentence's live tokens are looked
		// up before any is summed, so that more of the lookups, which
		// often miss the cache, overlap.
		sc.ckeys, sc.cends = sc.ckeys[:0], sc.cends[:0]
		for i := range infos {
			if live[i] {
				sc.ckeys = contextFeatures(sc.ckeys, infos, sc.ext, i, m.feats)
			}
			sc.cends = append(sc.cends, uint64(len(sc.ckeys)))
		}
		sc.chits, sc.hends = sc.chits[:0], sc.hends[:0]
		k0 := 0
		for _, ke := range sc.cends {
			sc.chits = m.base.appendHitsCached(sc.chits, sc.ckeys[k0:ke], &sc.recent)
			sc.hends = append(sc.hends, int32(len(sc.chits)))
			k0 = int(ke)
		}
		// The sentence's words between three paddings on each side, so
		// that every neighbour in every role is at ws[i+3+offset].
		ws := append(sc.ws[:0], &sc.pads[0], &sc.pads[0], &sc.pads[0])
		for _, w := range words {
			ws = append(ws, &sc.words[w])
		}
		ws = append(ws, &sc.pads[1], &sc.pads[1], &sc.pads[1])
		sc.ws = ws
		h0 := 0
		for i := range infos {
			h1 := int(sc.hends[i])
			if !live[i] {
				continue
			}
			nb := ws[i : i+7 : i+7] // the token at nb[3]
			s, m3, m2, m1, p1, p2, p3 := &nb[3].score, &nb[0].roles[roleM3], &nb[1].roles[roleM2], &nb[2].roles[roleM1],
				&nb[4].roles[roleP1], &nb[5].roles[roleP2], &nb[6].roles[roleP3]
			c := laneSums(m.base.rows, sc.chits[h0:h1])
			h0 = h1
			var sum packed
			for k := range sum {
				sum[k] = s[k] + m3[k] + m2[k] + m1[k] + p1[k] + p2[k] + p3[k] + c[k]
			}
			acc := unpack(&sum)
			m.base.setScores(&acc, emit[i*NumLabels:i*NumLabels+NumLabels])
		}
		n := end - off
		sc.back = growBytes(sc.back, n*NumLabels)
		m.base.decode(emit, live, sc.back, sc.lab[off:end])
	}
}

// decode writes into lab the best labels of a sentence whose tokens not
// live are O: the search runs over each stretch of live tokens, from O (or
// the start) to O (or the end). It gives what viterbi gives when the
// tokens not live may only be O.
func (l *layer) decode(emit []float32, live []bool, back []uint8, lab []int) {
	n := len(live)
	// toO scores the transition from each label to O, the end of a
	// stretch before a token that is not live.
	var toO [NumLabels]float32
	for p := range toO {
		toO[p] = l.trans[p][0]
	}
	for a := 0; a < n; {
		if !live[a] {
			lab[a] = 0
			a++
			continue
		}
		b := a + 1
		for b < n && live[b] {
			b++
		}
		from, end := 0, &toO
		if a == 0 {
			from = startState
		}
		if b == n {
			end = &l.end
		}
		viterbiFrom(emit[a*NumLabels:b*NumLabels], b-a, &l.trans, from, end, l.spread, back[a*NumLabels:b*NumLabels], lab[a:b])
		a = b
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
