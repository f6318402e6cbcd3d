package model

import (
	"fmt"
	"io"
	"math"
	"sync"
	"time"

	"gonum.org/v1/gonum/optimize"
)

// crfWorkers is the number of goroutines that share the gradient
// computation; their parts are summed in a fixed order, so the result does
// not depend on scheduling.
const crfWorkers = 2

// trainCRF fits a linear-chain conditional random field (Lafferty et al.
// 2001) over the same feature rows and IOB2-constrained transitions the
// perceptron uses, by minimizing the negative log-likelihood of the gold
// labels plus l2/2 times the squared norm of the weights with L-BFGS, for
// at most iters iterations. Sentences whose gold labels break IOB2 are
// skipped.
func trainCRF(trainEnc, devEnc []encoded, nRows int, l2 float64, iters int, progress io.Writer) *averaged {
	nw := nRows * NumLabels
	nt := (NumLabels + 1) * NumLabels
	dim := nw + nt + NumLabels
	var sents []*encoded
	for i := range trainEnc {
		if goldAllowed(trainEnc[i].gold) {
			sents = append(sents, &trainEnc[i])
		}
	}
	parts := make([][]float64, crfWorkers)
	for k := range parts {
		parts[k] = make([]float64, dim)
	}
	vals := make([]float64, crfWorkers)
	start := time.Now()
	evals := 0
	eval := func(x, grad []float64) float64 {
		evals++
		var wg sync.WaitGroup
		for k := 0; k < crfWorkers; k++ {
			wg.Add(1)
			go func(k int) {
				defer wg.Done()
				g := parts[k]
				clear(g)
				var fb crfScratch
				v := 0.0
				for s := k; s < len(sents); s += crfWorkers {
					v += fb.sentence(sents[s], x, nw, g)
				}
				vals[k] = v
			}(k)
		}
		wg.Wait()
		f := 0.0
		for k := range vals {
			f += vals[k]
		}
		if grad != nil {
			copy(grad, parts[0])
			for k := 1; k < crfWorkers; k++ {
				for i, v := range parts[k] {
					grad[i] += v
				}
			}
		}
		for i := 0; i < nw; i++ {
			f += 0.5 * l2 * x[i] * x[i]
			if grad != nil {
				grad[i] += l2 * x[i]
			}
		}
		return f
	}
	// The optimizer asks for the value and the gradient at the same points
	// one after the other: one pass computes both, kept for the point.
	var last []float64
	cacheX, cacheG := make([]float64, dim), make([]float64, dim)
	cacheF, cached := 0.0, false
	both := func(x []float64) {
		if cached && floatsEqual(cacheX, x) {
			return
		}
		cacheF = eval(x, cacheG)
		copy(cacheX, x)
		cached = true
	}
	p := optimize.Problem{
		Func: func(x []float64) float64 { both(x); return cacheF },
		Grad: func(grad, x []float64) { both(x); copy(grad, cacheG) },
	}
	iter := 0
	rec := &crfRecorder{fn: func(loc *optimize.Location) {
		iter++
		last = loc.X
		if iter%10 == 0 || iter == 1 {
			line := fmt.Sprintf("crf iteration %3d: objective %.1f, %d evaluations, %.1fs", iter, loc.F, evals, time.Since(start).Seconds())
			if len(devEnc) > 0 && iter%20 == 0 {
				ev := crfAveraged(loc.X, nw).evaluate(devEnc)
				line += fmt.Sprintf("; dev F1 %.2f", 100*ev.Counts.F1())
			}
			fmt.Fprintln(progress, line)
		}
	}}
	res, err := optimize.Minimize(p, make([]float64, dim), &optimize.Settings{
		MajorIterations: iters,
		Converger:       &optimize.FunctionConverge{Absolute: 1e-4, Relative: 1e-7, Iterations: 10},
		Recorder:        rec,
	}, &optimize.LBFGS{Store: 10})
	x := last
	if err == nil || res != nil {
		x = res.X
	}
	if res != nil {
		fmt.Fprintf(progress, "crf: %v after %d iterations, objective %.1f, %.1fs\n", res.Status, iter, res.F, time.Since(start).Seconds())
	}
	return crfAveraged(x, nw)
}

// crfAveraged turns CRF parameters into the weights of a layer.
func crfAveraged(x []float64, nw int) *averaged {
	a := &averaged{w: make([]float32, nw)}
	for i := range a.w {
		a.w[i] = float32(x[i])
	}
	o := nw
	for p := range a.trans {
		for l := range a.trans[p] {
			a.trans[p][l] = float32(x[o])
			o++
		}
	}
	for l := range a.end {
		a.end[l] = float32(x[o])
		o++
	}
	return a
}

// crfRecorder calls fn at every major iteration of the optimizer.
type crfRecorder struct {
	fn func(*optimize.Location)
}

// Init implements optimize.Recorder.
func (r *crfRecorder) Init() error { return nil }

// Record implements optimize.Recorder.
func (r *crfRecorder) Record(loc *optimize.Location, op optimize.Operation, _ *optimize.Stats) error {
	if op == optimize.MajorIteration {
		r.fn(loc)
	}
	return nil
}

// goldAllowed reports whether a label sequence follows IOB2.
func goldAllowed(gold []int) bool {
	prev := startState
	for _, g := range gold {
		if !allowed(prev, g) {
			return false
		}
		prev = g
	}
	return true
}

// crfScratch holds the forward-backward tables of one sentence.
type crfScratch struct {
	emit, alpha, beta []float64
}

// sentence adds to g the gradient of the negative log-likelihood of e's
// gold labels under parameters x (feature weights x[:nw], then transitions
// and end scores) and returns that negative log-likelihood.
func (c *crfScratch) sentence(e *encoded, x []float64, nw int, g []float64) float64 {
	n := len(e.gold)
	if n == 0 {
		return 0
	}
	const L = NumLabels
	trans := func(p, l int) float64 { return x[nw+p*L+l] }
	end := x[nw+(L+1)*L:]
	if cap(c.emit) < n*L {
		c.emit, c.alpha, c.beta = make([]float64, n*L), make([]float64, n*L), make([]float64, n*L)
	}
	emit, alpha, beta := c.emit[:n*L], c.alpha[:n*L], c.beta[:n*L]
	for i := 0; i < n; i++ {
		s := emit[i*L : i*L+L]
		clear(s)
		for _, r := range e.rows[e.off[i]:e.off[i+1]] {
			row := x[int(r)*L : int(r)*L+L]
			for l := range s {
				s[l] += row[l]
			}
		}
	}
	inf := math.Inf(-1)
	for l := 0; l < L; l++ {
		alpha[l] = inf
		if allowed(startState, l) {
			alpha[l] = trans(startState, l) + emit[l]
		}
	}
	var tmp [L + 1]float64
	for i := 1; i < n; i++ {
		for l := 0; l < L; l++ {
			k := 0
			for p := 0; p < L; p++ {
				if allowed(p, l) {
					tmp[k] = alpha[(i-1)*L+p] + trans(p, l)
					k++
				}
			}
			alpha[i*L+l] = logSumExp(tmp[:k]) + emit[i*L+l]
		}
	}
	for l := 0; l < L; l++ {
		tmp[l] = alpha[(n-1)*L+l] + end[l]
		beta[(n-1)*L+l] = end[l]
	}
	logZ := logSumExp(tmp[:L])
	for i := n - 2; i >= 0; i-- {
		for p := 0; p < L; p++ {
			k := 0
			for l := 0; l < L; l++ {
				if allowed(p, l) {
					tmp[k] = trans(p, l) + emit[(i+1)*L+l] + beta[(i+1)*L+l]
					k++
				}
			}
			beta[i*L+p] = logSumExp(tmp[:k])
		}
	}
	// Gold score.
	gold := 0.0
	prev := startState
	for i, y := range e.gold {
		gold += emit[i*L+y] + trans(prev, y)
		prev = y
	}
	gold += end[prev]
	// Gradient: expected minus observed counts.
	gt := g[nw : nw+(L+1)*L]
	ge := g[nw+(L+1)*L:]
	for i := 0; i < n; i++ {
		var m [L]float64
		for l := 0; l < L; l++ {
			m[l] = math.Exp(alpha[i*L+l] + beta[i*L+l] - logZ)
		}
		m[e.gold[i]]--
		for _, r := range e.rows[e.off[i]:e.off[i+1]] {
			row := g[int(r)*L : int(r)*L+L]
			for l := range row {
				row[l] += m[l]
			}
		}
		if i == 0 {
			for l := 0; l < L; l++ {
				if allowed(startState, l) {
					gt[startState*L+l] += math.Exp(alpha[l] + beta[l] - logZ)
				}
			}
		} else {
			for p := 0; p < L; p++ {
				ap := alpha[(i-1)*L+p]
				if math.IsInf(ap, -1) {
					continue
				}
				for l := 0; l < L; l++ {
					if allowed(p, l) {
						gt[p*L+l] += math.Exp(ap + trans(p, l) + emit[i*L+l] + beta[i*L+l] - logZ)
					}
				}
			}
		}
	}
	for l := 0; l < L; l++ {
		ge[l] += math.Exp(alpha[(n-1)*L+l] + end[l] - logZ)
	}
	prev = startState
	for _, y := range e.gold {
		gt[prev*L+y]--
		prev = y
	}
	ge[prev]--
	return logZ - gold
}

// logSumExp returns log(sum(exp(v))).
func logSumExp(v []float64) float64 {
	m := math.Inf(-1)
	for _, x := range v {
		if x > m {
			m = x
		}
	}
	if math.IsInf(m, -1) {
		return m
	}
	s := 0.0
	for _, x := range v {
		s += math.Exp(x - m)
	}
	return m + math.Log(s)
}

func floatsEqual(a, b []float64) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}
