package model

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"time"
)

// crfTrainer trains a linear-chain CRF with stochastic gradient descent
// and L2 regularization (weights kept as scale × v so that the decay costs
// nothing per feature).
type crfTrainer struct {
	v          []float64
	scale      float64
	trans      [NumLabels + 1][NumLabels]float64
	end        [NumLabels]float64
	lambda     float64 // per-example L2 coefficient
	alpha      []float64
	beta       []float64
	emit       []float64
	gradEmit   []float64
	gradTrans  [NumLabels + 1][NumLabels]float64
	gradEnd    [NumLabels]float64
	logLikeSum float64
}

// trainCRF trains CRF weights over encoded sentences and returns them in
// the averaged format (no averaging: the last iterate).
func trainCRF(trainEnc, devEnc []encoded, nRows, epochs int, seed uint64, c2, eta0 float64, progress io.Writer) *averaged {
	t := &crfTrainer{v: make([]float64, nRows*NumLabels), scale: 1, lambda: c2 / float64(len(trainEnc))}
	order := make([]int, len(trainEnc))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x637266))
	step := 0.0
	var out *averaged
	for epoch := 1; epoch <= epochs; epoch++ {
		t0 := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		t.logLikeSum = 0
		for _, idx := range order {
			eta := eta0 / (1 + t.lambda*eta0*step)
			t.update(&trainEnc[idx], eta)
			step++
		}
		out = t.weights()
		line := fmt.Sprintf("crf epoch %2d: -loglik %.0f, %.1fs", epoch, -t.logLikeSum, time.Since(t0).Seconds())
		if len(devEnc) > 0 {
			ev := out.evaluate(devEnc)
			line += fmt.Sprintf("; dev P %.2f R %.2f F1 %.2f", 100*ev.All.Precision(), 100*ev.All.Recall(), 100*ev.All.F1())
			for _, ty := range []string{"PER", "LOC", "ORG", "MISC"} {
				if c := ev.ByType[ty]; c != nil {
					line += fmt.Sprintf(" %s %.2f", ty, 100*c.F1())
				}
			}
		}
		fmt.Fprintln(progress, line)
	}
	return out
}

// weights returns the current weights as float32.
func (t *crfTrainer) weights() *averaged {
	a := &averaged{w: make([]float32, len(t.v))}
	for i, v := range t.v {
		a.w[i] = float32(v * t.scale)
	}
	for p := range t.trans {
		for l := range t.trans[p] {
			a.trans[p][l] = float32(t.trans[p][l])
		}
	}
	for l := range t.end {
		a.end[l] = float32(t.end[l])
	}
	return a
}

func logAdd(a, b float64) float64 {
	if a == math.Inf(-1) {
		return b
	}
	if b == math.Inf(-1) {
		return a
	}
	if a > b {
		return a + math.Log1p(math.Exp(b-a))
	}
	return b + math.Log1p(math.Exp(a-b))
}

// update takes one SGD step on the negative log-likelihood of e.
func (t *crfTrainer) update(e *encoded, eta float64) {
	n := len(e.gold)
	if n == 0 {
		return
	}
	const L = NumLabels
	ninf := math.Inf(-1)
	if cap(t.emit) < n*L {
		t.emit = make([]float64, n*L)
		t.alpha = make([]float64, n*L)
		t.beta = make([]float64, n*L)
		t.gradEmit = make([]float64, n*L)
	}
	emit, alpha, beta, g := t.emit[:n*L], t.alpha[:n*L], t.beta[:n*L], t.gradEmit[:n*L]
	for i := 0; i < n; i++ {
		s := emit[i*L : i*L+L]
		clear(s)
		for _, r := range e.rows[e.off[i]:e.off[i+1]] {
			row := t.v[int(r)*L : int(r)*L+L]
			for l := range s {
				s[l] += row[l]
			}
		}
		for l := range s {
			s[l] *= t.scale
		}
	}
	// Forward.
	for l := 0; l < L; l++ {
		if allowed(startState, l) {
			alpha[l] = t.trans[startState][l] + emit[l]
		} else {
			alpha[l] = ninf
		}
	}
	for i := 1; i < n; i++ {
		for l := 0; l < L; l++ {
			acc := ninf
			for p := 0; p < L; p++ {
				if allowedTab[p][l] && alpha[(i-1)*L+p] != ninf {
					acc = logAdd(acc, alpha[(i-1)*L+p]+t.trans[p][l])
				}
			}
			alpha[i*L+l] = acc + emit[i*L+l]
		}
	}
	z := ninf
	for l := 0; l < L; l++ {
		z = logAdd(z, alpha[(n-1)*L+l]+t.end[l])
	}
	// Backward.
	for l := 0; l < L; l++ {
		beta[(n-1)*L+l] = t.end[l]
	}
	for i := n - 2; i >= 0; i-- {
		for p := 0; p < L; p++ {
			acc := ninf
			for l := 0; l < L; l++ {
				if allowedTab[p][l] {
					acc = logAdd(acc, t.trans[p][l]+emit[(i+1)*L+l]+beta[(i+1)*L+l])
				}
			}
			beta[i*L+p] = acc
		}
	}
	// Gold score for the log-likelihood report.
	gs := t.trans[startState][e.gold[0]] + t.end[e.gold[n-1]]
	for i := 0; i < n; i++ {
		gs += emit[i*L+e.gold[i]]
		if i > 0 {
			gs += t.trans[e.gold[i-1]][e.gold[i]]
		}
	}
	t.logLikeSum += gs - z
	// Gradients (expected minus observed).
	t.gradTrans = [NumLabels + 1][NumLabels]float64{}
	t.gradEnd = [NumLabels]float64{}
	for i := 0; i < n; i++ {
		for l := 0; l < L; l++ {
			g[i*L+l] = 0
			if alpha[i*L+l] != ninf {
				g[i*L+l] = math.Exp(alpha[i*L+l] + beta[i*L+l] - z)
			}
		}
		g[i*L+e.gold[i]]--
		if i == 0 {
			for l := 0; l < L; l++ {
				t.gradTrans[startState][l] += g[l]
			}
		} else {
			for p := 0; p < L; p++ {
				ap := alpha[(i-1)*L+p]
				if ap == ninf {
					continue
				}
				for l := 0; l < L; l++ {
					if allowedTab[p][l] {
						t.gradTrans[p][l] += math.Exp(ap + t.trans[p][l] + emit[i*L+l] + beta[i*L+l] - z)
					}
				}
			}
			t.gradTrans[e.gold[i-1]][e.gold[i]]--
		}
	}
	for l := 0; l < L; l++ {
		if alpha[(n-1)*L+l] != ninf {
			t.gradEnd[l] = math.Exp(alpha[(n-1)*L+l] + t.end[l] - z)
		}
	}
	t.gradEnd[e.gold[n-1]]--
	// L2 decay through the scale, then the sparse update.
	t.scale *= 1 - eta*t.lambda
	if t.scale < 1e-9 {
		for i := range t.v {
			t.v[i] *= t.scale
		}
		t.scale = 1
	}
	f := eta / t.scale
	for i := 0; i < n; i++ {
		gi := g[i*L : i*L+L]
		for _, r := range e.rows[e.off[i]:e.off[i+1]] {
			row := t.v[int(r)*L : int(r)*L+L]
			for l := range row {
				row[l] -= f * gi[l]
			}
		}
	}
	for p := range t.trans {
		for l := range t.trans[p] {
			t.trans[p][l] -= eta * t.gradTrans[p][l]
		}
	}
	for l := range t.end {
		t.end[l] -= eta * t.gradEnd[l]
	}
}
