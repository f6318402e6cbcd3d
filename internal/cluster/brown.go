package cluster

import (
	"errors"
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
)

// Options configures Train.
type Options struct {
	// Clusters is C, the number of clusters kept active while words are
	// added (and so the number of distinct leaf paths). Default 256.
	Clusters int
	// MinCount drops words seen fewer times; bigrams touching a dropped word
	// are ignored. Default 1.
	MinCount int
	// Workers is the number of goroutines used for the per-step updates;
	// 0 means runtime.NumCPU(). The result does not depend on it.
	Workers int
	// Progress, when not nil, receives one line of progress now and then.
	Progress io.Writer
}

// Train computes Brown clusters (Brown et al. 1992) of the words in
// sentences with the windowed greedy approximation of Liang (2005): words are
// sorted by decreasing count, the first C start as singleton clusters, and
// each further word is added as a new cluster, after which the pair of
// clusters whose merge loses the least average mutual information of the
// cluster bigram distribution is merged. When every word has been added, the
// C remaining clusters are merged the same way down to one, and each word's
// path is the sequence of branches (0 = left, 1 = right) from the root to its
// cluster.
//
// Bigrams are counted between adjacent tokens of a sentence only, and words
// that never occur next to another kept word are left out; tokens are
// used as given (apply Normalize first to get the keys Lookup expects). Ties
// are broken by position, so the result is a deterministic function of the
// input and Options.Clusters/MinCount.
func Train(sentences [][]string, opt Options) (*Clusters, error) {
	if opt.Clusters <= 0 {
		opt.Clusters = 256
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 1
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	start := time.Now()
	logf := func(format string, args ...any) {
		if opt.Progress != nil {
			fmt.Fprintf(opt.Progress, "brown: %6.1fs "+format+"\n", append([]any{time.Since(start).Seconds()}, args...)...)
		}
	}

	// Vocabulary, most frequent first, ties by byte order.
	counts := map[string]int{}
	for _, s := range sentences {
		for _, t := range s {
			counts[t]++
		}
	}
	var vocab []string
	for w, c := range counts {
		if c >= opt.MinCount {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	if len(vocab) == 0 {
		return nil, errors.New("cluster: empty vocabulary")
	}
	id := make(map[string]int32, len(vocab)) // indices before dropping context-free words
	for i, w := range vocab {
		id[w] = int32(i)
	}

	// Bigram counts, as sorted packed keys.
	var keys []uint64
	for _, s := range sentences {
		prev := int32(-1)
		for _, t := range s {
			cur, ok := id[t]
			if !ok {
				cur = -1
			}
			if prev >= 0 && cur >= 0 {
				keys = append(keys, uint64(prev)<<32|uint64(cur))
			}
			prev = cur
		}
	}
	if len(keys) >= math.MaxInt32 {
		return nil, errors.New("cluster: corpus too large")
	}
	// Words never adjacent to another vocabulary word have no context to
	// cluster on (every merge would cost nothing); leave them out.
	seen := make([]bool, len(vocab))
	for _, k := range keys {
		seen[k>>32], seen[k&0xffffffff] = true, true
	}
	if slices.Contains(seen, false) {
		newID := make([]int32, len(vocab))
		kept := vocab[:0]
		for i, w := range vocab {
			newID[i] = -1
			if seen[i] {
				newID[i] = int32(len(kept))
				kept = append(kept, w)
			}
		}
		logf("dropping %d words without a bigram in the vocabulary", len(vocab)-len(kept))
		vocab = kept
		for i, k := range keys {
			keys[i] = uint64(newID[k>>32])<<32 | uint64(newID[k&0xffffffff])
		}
	}
	if len(vocab) == 0 {
		return nil, errors.New("cluster: no word has a bigram")
	}
	logf("vocabulary %d words (min count %d), %d bigram tokens", len(vocab), opt.MinCount, len(keys))
	next, prev := adjacency(keys, len(vocab), false), adjacency(keys, len(vocab), true)

	b := newBrown(len(vocab), opt.Clusters, len(keys), opt.Workers)
	b.next, b.prev = next, prev
	if testHook != nil {
		b.debug = func() { testHook(b) }
	}
	leafOfWord, paths := b.run(logf)

	c := &Clusters{m: make(map[string]entry, len(vocab))}
	for w, word := range vocab {
		c.m[word] = entry{path: paths[leafOfWord[w]], count: counts[word]}
	}
	logf("done: %d words in %d clusters", len(vocab), len(paths))
	return c, nil
}

// testHook, when set by a test, is called with the state after every update.
var testHook func(*brown)

// edge is one neighbour of a word with the number of times they are adjacent.
type edge struct {
	to    int32
	count int32
}

// adjacency turns sorted packed bigram keys into per-word neighbour lists:
// followers of each word, or (reverse) predecessors.
func adjacency(keys []uint64, v int, reverse bool) [][]edge {
	ks := keys
	if reverse {
		ks = make([]uint64, len(keys))
		for i, k := range keys {
			ks[i] = k<<32 | k>>32
		}
	}
	slices.Sort(ks)
	out := make([][]edge, v)
	for i := 0; i < len(ks); {
		j := i
		for j < len(ks) && ks[j] == ks[i] {
			j++
		}
		a, c := int32(ks[i]>>32), int32(ks[i]&0xffffffff)
		out[a] = append(out[a], edge{to: c, count: int32(j - i)})
		i = j
	}
	return out
}

// brown is the state of the clustering. Clusters live in slots 0..K-1; n is
// the K×K matrix of bigram counts between slot clusters (n[a*K+b] counts a
// followed by b) and nT its transpose. Marginals nL/nR are the full left and
// right bigram counts of the words in a cluster, fixed whatever is active.
// With q(a,b) = n(a,b)·(log n(a,b) − log nL(a) − log nR(b)) the average
// mutual information is Σq/N plus a constant, L[a*K+b] (a<b) is the loss
// of merging a and b, in the same units, and s[a] is the sum of q over
// row and column a.
type brown struct {
	V, C, K  int
	workers  int
	lg       []float64
	n, nT    []int32
	L        []float64
	s        []float64
	nL, nR   []int32
	lgL, lgR []float64
	active   []int
	isActive []bool

	next, prev [][]edge

	// debug, when set (by tests), is called after every update.
	debug      func()
	parent     []int32 // union-find over words
	slotOfRoot []int32
	slotRoot   []int32
}

func newBrown(v, c, n, workers int) *brown {
	c = min(c, v)
	k := c + 1
	b := &brown{V: v, C: c, K: k, workers: workers,
		lg: make([]float64, n+1),
		n:  make([]int32, k*k), nT: make([]int32, k*k),
		L: make([]float64, k*k), s: make([]float64, k),
		nL: make([]int32, k), nR: make([]int32, k),
		lgL: make([]float64, k), lgR: make([]float64, k),
		isActive: make([]bool, k),
		parent:   make([]int32, v), slotOfRoot: make([]int32, v), slotRoot: make([]int32, k),
	}
	for i := 1; i <= n; i++ {
		b.lg[i] = math.Log(float64(i))
	}
	return b
}

// q returns the mutual-information term of a count n with log marginals la, lb.
func (b *brown) q(n int32, la, lb float64) float64 {
	if n == 0 {
		return 0
	}
	return float64(n) * (b.lg[n] - la - lb)
}

func (b *brown) find(w int32) int32 {
	for b.parent[w] != w {
		b.parent[w] = b.parent[b.parent[w]]
		w = b.parent[w]
	}
	return w
}

// add makes word w (all words < w already added) a new cluster in slot f.
func (b *brown) add(w int32, f int) {
	K := b.K
	b.parent[w] = w
	b.slotOfRoot[w] = int32(f)
	b.slotRoot[f] = w
	var l, r int32
	for _, e := range b.next[w] {
		l += e.count
		if e.to > w {
			continue
		}
		y := int(b.slotOfRoot[b.find(e.to)])
		b.n[f*K+y] += e.count
		b.nT[y*K+f] += e.count
	}
	for _, e := range b.prev[w] {
		r += e.count
		if e.to >= w {
			continue
		}
		y := int(b.slotOfRoot[b.find(e.to)])
		b.n[y*K+f] += e.count
		b.nT[f*K+y] += e.count
	}
	b.nL[f], b.nR[f] = l, r
	b.lgL[f], b.lgR[f] = b.lg[l], b.lg[r]
	b.isActive[f] = true
	i, _ := slices.BinarySearch(b.active, f)
	b.active = slices.Insert(b.active, i, f)
}

// merge joins the cluster in slot d into slot c and frees slot d.
func (b *brown) merge(c, d int) {
	K := b.K
	self := b.n[c*K+c] + b.n[c*K+d] + b.n[d*K+c] + b.n[d*K+d]
	for _, y := range b.active {
		if y == c || y == d {
			continue
		}
		b.n[c*K+y] += b.n[d*K+y]
		b.nT[y*K+c] = b.n[c*K+y]
		b.n[y*K+c] += b.n[y*K+d]
		b.nT[c*K+y] = b.n[y*K+c]
	}
	b.n[c*K+c], b.nT[c*K+c] = self, self
	for y := 0; y < K; y++ {
		b.n[d*K+y], b.n[y*K+d], b.nT[d*K+y], b.nT[y*K+d] = 0, 0, 0, 0
	}
	b.nL[c] += b.nL[d]
	b.nR[c] += b.nR[d]
	b.lgL[c], b.lgR[c] = b.lg[b.nL[c]], b.lg[b.nR[c]]
	b.nL[d], b.nR[d] = 0, 0
	b.isActive[d] = false
	i, _ := slices.BinarySearch(b.active, d)
	b.active = slices.Delete(b.active, i, i+1)
	rc, rd := b.slotRoot[c], b.slotRoot[d]
	b.parent[rd] = rc
}

// vec is a snapshot of one cluster's row and column of n, with qi[i] =
// q(i,x)+q(x,i), used for the O(1) update of every other pair's loss.
type vec struct {
	slot     int
	row, col []int32
	qi       []float64
	lgL, lgR float64
}

func (b *brown) vec(x int) *vec {
	K := b.K
	v := &vec{slot: x, row: slices.Clone(b.n[x*K : x*K+K]), col: slices.Clone(b.nT[x*K : x*K+K]),
		qi: make([]float64, K), lgL: b.lgL[x], lgR: b.lgR[x]}
	for _, i := range b.active {
		v.qi[i] = b.q(v.col[i], b.lgL[i], v.lgR) + b.q(v.row[i], v.lgL, b.lgR[i])
	}
	return v
}

// contrib is the part of L(i,j) due to cluster x = v (x ∉ {i,j}): the q terms
// of i and j with x removed by the merge minus those of the merged cluster.
func (b *brown) contrib(v *vec, i, j int, lA, lB float64) float64 {
	ci, cj, ri, rj := v.col[i], v.col[j], v.row[i], v.row[j]
	if ci|cj|ri|rj == 0 {
		return 0
	}
	return v.qi[i] + v.qi[j] - b.q(ci+cj, lA, v.lgR) - b.q(ri+rj, v.lgL, lB)
}

// fullLoss computes L(a,b) from scratch in O(K).
func (b *brown) fullLoss(a, c int) float64 {
	K := b.K
	lA, lB := b.lg[b.nL[a]+b.nL[c]], b.lg[b.nR[a]+b.nR[c]]
	removed := b.s[a] + b.s[c] - b.q(b.n[a*K+c], b.lgL[a], b.lgR[c]) - b.q(b.n[c*K+a], b.lgL[c], b.lgR[a])
	added := b.q(b.n[a*K+a]+b.n[a*K+c]+b.n[c*K+a]+b.n[c*K+c], lA, lB)
	ra, rc := b.n[a*K:a*K+K], b.n[c*K:c*K+K]
	ta, tc := b.nT[a*K:a*K+K], b.nT[c*K:c*K+K]
	for _, y := range b.active {
		if y == a || y == c {
			continue
		}
		if n := ra[y] + rc[y]; n != 0 {
			added += float64(n) * (b.lg[n] - lA - b.lgR[y])
		}
		if n := ta[y] + tc[y]; n != 0 {
			added += float64(n) * (b.lg[n] - b.lgL[y] - lB)
		}
	}
	return removed - added
}

// each calls f(k) for k in [0,n), spread over the workers by striding.
func (b *brown) each(n int, f func(k int)) {
	if b.workers <= 1 || n < 64 {
		for k := 0; k < n; k++ {
			f(k)
		}
		return
	}
	var wg sync.WaitGroup
	for w := 0; w < b.workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for k := w; k < n; k += b.workers {
				f(k)
			}
		}(w)
	}
	wg.Wait()
}

func (b *brown) setL(a, c int, v float64) {
	if a > c {
		a, c = c, a
	}
	b.L[a*b.K+c] = v
}

// sum recomputes s[x] from scratch.
func (b *brown) sum(x int) float64 {
	v := b.vec(x)
	t := 0.0
	for _, i := range b.active {
		t += v.qi[i]
	}
	return t - b.q(b.n[x*b.K+x], b.lgL[x], b.lgR[x])
}

// update brings s and L up to date after cluster m (old halves oldC, oldD)
// was formed and/or word cluster w was added; m or w may be -1.
func (b *brown) update(m, w int, oldC, oldD *vec) {
	var plus, minus []*vec
	if m >= 0 {
		plus = append(plus, b.vec(m))
		minus = append(minus, oldC, oldD)
	}
	if w >= 0 {
		plus = append(plus, b.vec(w))
	}
	if len(plus) == 0 {
		return
	}
	K, act := b.K, b.active
	b.each(len(act), func(ii int) {
		i := act[ii]
		if i == m || i == w {
			return
		}
		row := b.L[i*K : i*K+K]
		for _, j := range act[ii+1:] {
			if j == m || j == w {
				continue
			}
			var d float64
			var lA, lB float64
			have := false
			for _, v := range plus {
				if v.col[i]|v.col[j]|v.row[i]|v.row[j] == 0 {
					continue
				}
				if !have {
					lA, lB, have = b.lg[b.nL[i]+b.nL[j]], b.lg[b.nR[i]+b.nR[j]], true
				}
				d += b.contrib(v, i, j, lA, lB)
			}
			for _, v := range minus {
				if v.col[i]|v.col[j]|v.row[i]|v.row[j] == 0 {
					continue
				}
				if !have {
					lA, lB, have = b.lg[b.nL[i]+b.nL[j]], b.lg[b.nR[i]+b.nR[j]], true
				}
				d -= b.contrib(v, i, j, lA, lB)
			}
			row[j] += d
		}
	})
	for _, x := range act {
		if x == m || x == w {
			continue
		}
		for _, v := range plus {
			b.s[x] += v.qi[x]
		}
		for _, v := range minus {
			b.s[x] -= v.qi[x]
		}
	}
	for _, v := range plus {
		t := 0.0
		for _, i := range act {
			t += v.qi[i]
		}
		b.s[v.slot] = t - b.q(b.n[v.slot*K+v.slot], b.lgL[v.slot], b.lgR[v.slot])
	}
	if m >= 0 {
		b.each(len(act), func(k int) {
			if y := act[k]; y != m {
				b.setL(m, y, b.fullLoss(m, y))
			}
		})
	}
	if w >= 0 {
		b.each(len(act), func(k int) {
			if y := act[k]; y != w && y != m {
				b.setL(w, y, b.fullLoss(w, y))
			}
		})
	}
}

// best returns the active pair (c<d) with the least loss, ties to the
// smallest (c,d).
func (b *brown) best() (int, int) {
	type cand struct {
		v    float64
		i, j int
	}
	W := max(1, b.workers)
	res := make([]cand, W)
	for w := range res {
		res[w] = cand{v: math.Inf(1), i: -1}
	}
	K, act := b.K, b.active
	scan := func(w int) {
		r := res[w]
		for ii := w; ii < len(act); ii += W {
			i := act[ii]
			row := b.L[i*K : i*K+K]
			for _, j := range act[ii+1:] {
				if v := row[j]; v < r.v || r.i < 0 {
					r = cand{v, i, j}
				}
			}
		}
		res[w] = r
	}
	if len(act) < 64 {
		W = 1 // scan strides by W
		res = res[:1]
	}
	if W == 1 {
		scan(0)
	} else {
		var wg sync.WaitGroup
		for w := 0; w < W; w++ {
			wg.Add(1)
			go func(w int) { defer wg.Done(); scan(w) }(w)
		}
		wg.Wait()
	}
	r := res[0]
	for _, c := range res[1:] {
		if c.i < 0 {
			continue
		}
		if r.i < 0 || c.v < r.v || (c.v == r.v && (c.i < r.i || (c.i == r.i && c.j < r.j))) {
			r = c
		}
	}
	return r.i, r.j
}

// run performs the clustering and returns, for every word, the index of its
// leaf, and each leaf's path.
func (b *brown) run(logf func(string, ...any)) ([]int, []string) {
	for w := 0; w < b.C; w++ {
		b.add(int32(w), w)
	}
	for _, x := range b.active {
		b.s[x] = b.sum(x)
	}
	act := b.active
	b.each(len(act), func(ii int) {
		for _, j := range act[ii+1:] {
			b.setL(act[ii], j, b.fullLoss(act[ii], j))
		}
	})
	logf("initialized %d clusters", b.C)

	next := int32(b.C)
	free := b.C
	m := -1
	var oldC, oldD *vec
	phase2 := false
	var nodeOf, left, right []int
	var leafOfWord []int
	nLeaves := 0
	for {
		w := -1
		if int(next) < b.V {
			w = free
			b.add(next, w)
			next++
			if next%2000 == 0 {
				logf("added %d/%d words", next, b.V)
			}
		}
		b.update(m, w, oldC, oldD)
		if b.debug != nil {
			b.debug()
		}
		if !phase2 && int(next) >= b.V && len(b.active) <= b.C {
			phase2 = true
			nodeOf = make([]int, b.K)
			for i, x := range b.active {
				nodeOf[x] = i
			}
			nLeaves = len(b.active)
			left, right = make([]int, nLeaves), make([]int, nLeaves)
			leafOfWord = make([]int, b.V)
			for wd := range leafOfWord {
				leafOfWord[wd] = nodeOf[b.slotOfRoot[b.find(int32(wd))]]
			}
			logf("all words added; building the hierarchy of %d clusters", nLeaves)
		}
		if phase2 && len(b.active) <= 1 {
			break
		}
		c, d := b.best()
		if phase2 {
			left, right = append(left, nodeOf[c]), append(right, nodeOf[d])
			nodeOf[c] = len(left) - 1
		}
		oldC, oldD = b.vec(c), b.vec(d)
		b.merge(c, d)
		m, free = c, d
	}

	// Paths from the root (the last node) down.
	paths := make([]string, len(left))
	var walk func(node int, p string)
	walk = func(node int, p string) {
		paths[node] = p
		if node >= nLeaves {
			walk(left[node], p+"0")
			walk(right[node], p+"1")
		}
	}
	walk(len(left)-1, "")
	leafPaths := paths[:nLeaves]
	if nLeaves == 1 {
		leafPaths[0] = "0"
	}
	return leafOfWord, leafPaths
}
