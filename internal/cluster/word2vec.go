package cluster

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// VectorOptions configures TrainVectors. Zero fields take the defaults
// given.
type VectorOptions struct {
	Dim      int     // vector size (100)
	Window   int     // largest context distance; each center word draws 1..Window (5)
	Negative int     // negative samples per context word (5)
	Epochs   int     // passes over the corpus (5)
	MinCount int     // words seen fewer times get no vector (5)
	MinN     int     // shortest character n-gram of a word's subwords (3); see MaxN
	MaxN     int     // longest character n-gram (5); 0 turns subwords off
	Buckets  int     // hash buckets shared by all n-grams (1<<19)
	Sample   float64 // frequent-word subsampling threshold (1e-4)
	LR       float64 // starting learning rate, decayed linearly to 0 (0.05)
	Seed     uint64  // seed of every random choice
	// Progress, when not nil, receives a line of progress now and then.
	Progress io.Writer
}

func (o *VectorOptions) defaults() {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.Dim, 100)
	def(&o.Window, 5)
	def(&o.Negative, 5)
	def(&o.Epochs, 5)
	def(&o.MinCount, 5)
	def(&o.MinN, 3)
	def(&o.Buckets, 1<<19)
	if o.MaxN < 0 {
		o.MaxN = 0
	}
	if o.Sample <= 0 {
		o.Sample = 1e-4
	}
	if o.LR <= 0 {
		o.LR = 0.05
	}
}

// Vectors are dense word vectors: the vector of Words[i] is
// Vec[i*Dim:(i+1)*Dim]. Words are in decreasing order of Counts.
type Vectors struct {
	Words  []string
	Counts []int
	Dim    int
	Vec    []float32
}

// Row returns the vector of word i.
func (v *Vectors) Row(i int) []float32 { return v.Vec[i*v.Dim : (i+1)*v.Dim] }

// TrainVectors learns word vectors with the skip-gram model and negative
// sampling (Mikolov et al. 2013); with subwords (MaxN > 0) a word's input
// vector is the mean of its own vector and those of its character n-grams,
// as in fastText (Bojanowski et al. 2017). The vectors returned are those
// input vectors. Training runs in one goroutine, so the result is a
// deterministic function of the sentences and the options.
func TrainVectors(sentences [][]string, opt VectorOptions) (*Vectors, error) {
	opt.defaults()
	start := time.Now()
	logf := func(format string, args ...any) {
		if opt.Progress != nil {
			fmt.Fprintf(opt.Progress, "vectors: %6.1fs "+format+"\n", append([]any{time.Since(start).Seconds()}, args...)...)
		}
	}
	counts := map[string]int{}
	for _, s := range sentences {
		for _, t := range s {
			counts[t]++
		}
	}
	var words []string
	for w, c := range counts {
		if c >= opt.MinCount {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return nil, errors.New("cluster: empty vocabulary")
	}
	slices.SortFunc(words, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	nw := len(words)
	id := make(map[string]int32, nw)
	wc := make([]int, nw)
	total := 0
	for i, w := range words {
		id[w] = int32(i)
		wc[i] = counts[w]
		total += wc[i]
	}
	counts = nil
	// Corpus as word ids, sentences ending at -1.
	var corpus []int32
	for _, s := range sentences {
		n := 0
		for _, t := range s {
			if i, ok := id[t]; ok {
				corpus = append(corpus, i)
				n++
			}
		}
		if n > 0 {
			corpus = append(corpus, -1)
		}
	}
	// Input rows of each word: itself, then its n-gram buckets.
	sub := make([][]int32, nw)
	for i, w := range words {
		sub[i] = append([]int32{int32(i)}, subwords(w, opt.MinN, opt.MaxN, opt.Buckets, nw)...)
	}
	nIn := nw
	if opt.MaxN > 0 {
		nIn += opt.Buckets
	}
	dim := opt.Dim
	rng := rand.New(rand.NewPCG(opt.Seed, 0x766563746f7273))
	in := make([]float32, nIn*dim)
	for i := range in {
		in[i] = float32((rng.Float64()*2 - 1) / float64(dim))
	}
	out := make([]float32, nw*dim)
	// Negative samples from the unigram distribution to the 3/4.
	const tableSize = 1 << 24
	negTable := make([]int32, 0, tableSize)
	var z float64
	for _, c := range wc {
		z += math.Pow(float64(c), 0.75)
	}
	for i, c := range wc {
		n := int(math.Pow(float64(c), 0.75) / z * tableSize)
		for k := 0; k < n; k++ {
			negTable = append(negTable, int32(i))
		}
	}
	keep := make([]float64, nw)
	for i, c := range wc {
		f := float64(c) / float64(total)
		keep[i] = math.Sqrt(opt.Sample/f) + opt.Sample/f
	}
	logf("vocabulary %d words (min count %d), %d tokens, %d input rows of %d", nw, opt.MinCount, len(corpus), nIn, dim)

	h := make([]float32, dim)
	g := make([]float32, dim)
	var sent []int32
	steps := float64(opt.Epochs) * float64(len(corpus))
	done := 0.0
	for ep := 0; ep < opt.Epochs; ep++ {
		var loss float64
		var pairs int
		for p := 0; p < len(corpus); {
			// Next sentence, subsampled.
			sent = sent[:0]
			q := p
			for ; q < len(corpus) && corpus[q] >= 0; q++ {
				if w := corpus[q]; rng.Float64() < keep[w] {
					sent = append(sent, w)
				}
			}
			n := q - p
			p = q + 1
			lr := float32(opt.LR * max(1e-4, 1-done/steps))
			done += float64(n)
			for c, w := range sent {
				rows := sub[w]
				clear(h)
				for _, r := range rows {
					axpy(h, in[int(r)*dim:int(r)*dim+dim], 1)
				}
				scale(h, 1/float32(len(rows)))
				clear(g)
				b := 1 + rng.IntN(opt.Window)
				for j := max(0, c-b); j < min(len(sent), c+b+1); j++ {
					if j == c {
						continue
					}
					loss += sgns(h, g, out, dim, sent[j], 1, lr)
					for k := 0; k < opt.Negative; k++ {
						t := negTable[rng.IntN(len(negTable))]
						if t == sent[j] {
							continue
						}
						loss += sgns(h, g, out, dim, t, 0, lr)
					}
					pairs++
				}
				scale(g, 1/float32(len(rows)))
				for _, r := range rows {
					axpy(in[int(r)*dim:int(r)*dim+dim], g, 1)
				}
			}
		}
		logf("epoch %d: loss %.4f over %d context pairs", ep+1, loss/float64(max(1, pairs)), pairs)
	}
	v := &Vectors{Words: words, Counts: wc, Dim: dim, Vec: make([]float32, nw*dim)}
	for i := range words {
		row := v.Row(i)
		for _, r := range sub[i] {
			axpy(row, in[int(r)*dim:int(r)*dim+dim], 1)
		}
		scale(row, 1/float32(len(sub[i])))
	}
	return v, nil
}

// sgns does one logistic step of the input h against output vector t with
// the given label: it adds the gradient of h to g and updates t's output
// vector. It returns the loss.
func sgns(h, g, out []float32, dim int, t int32, label float32, lr float32) float64 {
	o := out[int(t)*dim : int(t)*dim+dim]
	o, g = o[:len(h)], g[:len(h)]
	var dot float32
	for i, x := range h {
		dot += x * o[i]
	}
	s := sigmoid(dot)
	a := lr * (label - s)
	for i, x := range h {
		g[i] += a * o[i]
		o[i] += a * x
	}
	if label == 1 {
		return -math.Log(float64(max(s, 1e-7)))
	}
	return -math.Log(float64(max(1-s, 1e-7)))
}

func sigmoid(x float32) float32 {
	if x > 8 {
		return 1
	}
	if x < -8 {
		return 0
	}
	return float32(1 / (1 + math.Exp(-float64(x))))
}

func axpy(y, x []float32, a float32) {
	x = x[:len(y)]
	for i := range y {
		y[i] += a * x[i]
	}
}

func scale(x []float32, a float32) {
	for i := range x {
		x[i] *= a
	}
}

// subwords returns the input rows (offset by nw) of the character n-grams
// of word, MinN to MaxN code points long, of the word between '<' and '>'
// (the whole bracketed word is its own row already, so not an n-gram).
func subwords(word string, minN, maxN, buckets, nw int) []int32 {
	if maxN <= 0 {
		return nil
	}
	r := []rune("<" + word + ">")
	var out []int32
	for i := range r {
		for n := minN; n <= maxN && i+n <= len(r); n++ {
			if n == len(r) {
				continue
			}
			h := uint32(2166136261)
			for _, c := range string(r[i : i+n]) {
				h ^= uint32(c)
				h *= 16777619
			}
			out = append(out, int32(nw+int(h%uint32(buckets))))
		}
	}
	return out
}
