package model

import (
	"fmt"
	"github.com/prensa-nlp/prensa/internal/eval"
	"io"
	"math"
	"math/rand/v2"
	"time"
)

// trainer holds the perceptron state.
type trainer struct {
	w     []float32 // current weights (integers)
	acc   []float64 // sum of c*update, for averaging
	trans [NumLabels + 1][NumLabels]float32
	tacc  [NumLabels + 1][NumLabels]float64
	end   [NumLabels]float32
	eacc  [NumLabels]float64
	c     float64
	emit  []float32
	back  []uint8
	pred  []int
}

// newTrainer returns a trainer for nRows feature rows.
func newTrainer(nRows int) *trainer {
	return &trainer{w: make([]float32, nRows*NumLabels), acc: make([]float64, nRows*NumLabels), c: 1}
}

// run trains for the given number of epochs and returns the averaged
// weights of the last epoch, or of the best one on dev if bestOnDev.
func (tr *trainer) run(trainEnc, devEnc []encoded, epochs int, seed uint64, bestOnDev bool, progress io.Writer) *averaged {
	order := make([]int, len(trainEnc))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x7072656e7361))
	var best *averaged
	bestF, bestEpoch := -1.0, 0
	for epoch := 1; epoch <= epochs; epoch++ {
		t0 := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, idx := range order {
			if tr.step(&trainEnc[idx]) {
				errs++
			}
		}
		avg := tr.average()
		line := fmt.Sprintf("epoch %2d: %d/%d sentences wrong, %.1fs", epoch, errs, len(order), time.Since(t0).Seconds())
		f := 0.0
		if len(devEnc) > 0 {
			ev := avg.evaluate(devEnc)
			f = ev.Counts.F1()
			line += fmt.Sprintf("; dev P %.2f R %.2f F1 %.2f", 100*ev.Counts.Precision(), 100*ev.Counts.Recall(), 100*f)
			for _, t := range []string{"PER", "LOC", "ORG", "MISC"} {
				if c := ev.Types[t]; c != nil {
					line += fmt.Sprintf(" %s %.2f", t, 100*c.F1())
				}
			}
		}
		fmt.Fprintln(progress, line)
		if !bestOnDev || len(devEnc) == 0 || f > bestF {
			best, bestF, bestEpoch = avg, f, epoch
		}
	}
	if bestOnDev && len(devEnc) > 0 {
		fmt.Fprintf(progress, "keeping epoch %d (dev F1 %.2f)\n", bestEpoch, 100*bestF)
	}
	return best
}

// scoreRows fills emit with the label scores of an encoded sentence.
func scoreRows(w []float32, e *encoded, emit []float32) {
	n := len(e.off) - 1
	for i := 0; i < n; i++ {
		s := emit[i*NumLabels : i*NumLabels+NumLabels]
		if e.base != nil {
			copy(s, e.base[i*NumLabels:])
		} else {
			clear(s)
		}
		for _, r := range e.rows[e.off[i]:e.off[i+1]] {
			row := w[int(r)*NumLabels : int(r)*NumLabels+NumLabels]
			for l := range s {
				s[l] += row[l]
			}
		}
	}
}

// step decodes one sentence with the current weights and updates them if
// the prediction is wrong; it reports whether it was.
func (t *trainer) step(e *encoded) bool {
	n := len(e.gold)
	if n == 0 {
		return false
	}
	t.emit = grow(t.emit, n*NumLabels)
	t.back = growBytes(t.back, n*NumLabels)
	t.pred = growInts(t.pred, n)
	scoreRows(t.w, e, t.emit)
	viterbi(t.emit, n, &t.trans, &t.end, t.back, t.pred)
	wrong := false
	c := t.c
	for i := 0; i < n; i++ {
		g, p := e.gold[i], t.pred[i]
		if g != p {
			wrong = true
			for _, r := range e.rows[e.off[i]:e.off[i+1]] {
				base := int(r) * NumLabels
				t.w[base+g]++
				t.w[base+p]--
				t.acc[base+g] += c
				t.acc[base+p] -= c
			}
		}
		gp, pp := startState, startState
		if i > 0 {
			gp, pp = e.gold[i-1], t.pred[i-1]
		}
		if gp != pp || g != p {
			t.trans[gp][g]++
			t.trans[pp][p]--
			t.tacc[gp][g] += c
			t.tacc[pp][p] -= c
		}
	}
	if g, p := e.gold[n-1], t.pred[n-1]; g != p {
		t.end[g]++
		t.end[p]--
		t.eacc[g] += c
		t.eacc[p] -= c
	}
	t.c++
	return wrong
}

// averaged holds averaged perceptron weights.
type averaged struct {
	w     []float32
	trans [NumLabels + 1][NumLabels]float32
	end   [NumLabels]float32
}

// add adds b's weights to a's.
func (a *averaged) add(b *averaged) {
	for i := range a.w {
		a.w[i] += b.w[i]
	}
	for p := range a.trans {
		for l := range a.trans[p] {
			a.trans[p][l] += b.trans[p][l]
		}
	}
	for l := range a.end {
		a.end[l] += b.end[l]
	}
}

// scale multiplies a's weights by f.
func (a *averaged) scale(f float32) {
	for i := range a.w {
		a.w[i] *= f
	}
	for p := range a.trans {
		for l := range a.trans[p] {
			a.trans[p][l] *= f
		}
	}
	for l := range a.end {
		a.end[l] *= f
	}
}

// average returns the averaged weights w - acc/c.
func (t *trainer) average() *averaged {
	a := &averaged{w: make([]float32, len(t.w))}
	for i, w := range t.w {
		a.w[i] = float32(float64(w) - t.acc[i]/t.c)
	}
	for p := range t.trans {
		for l := range t.trans[p] {
			a.trans[p][l] = float32(float64(t.trans[p][l]) - t.tacc[p][l]/t.c)
		}
	}
	for l := range t.end {
		a.end[l] = float32(float64(t.end[l]) - t.eacc[l]/t.c)
	}
	return a
}

// evaluate tags encoded sentences with the averaged weights and scores them.
func (a *averaged) evaluate(exs []encoded) *eval.Scores {
	ev := eval.NewScores()
	var emit []float32
	var back []uint8
	var pred []int
	for i := range exs {
		e := &exs[i]
		n := len(e.gold)
		emit, back, pred = grow(emit, n*NumLabels), growBytes(back, n*NumLabels), growInts(pred, n)
		scoreRows(a.w, e, emit)
		viterbi(emit, n, &a.trans, &a.end, back, pred)
		gold, got := make([]string, n), make([]string, n)
		for j := 0; j < n; j++ {
			gold[j], got[j] = Labels[e.gold[j]], Labels[pred[j]]
		}
		ev.AddTags(gold, got)
	}
	return ev
}

// layer turns averaged weights into a quantized layer, dropping the rows
// whose largest weight is below prune times the largest weight overall.
func (a *averaged) layer(keyOfRow []uint64, prune float64) layer {
	scale := weightScale(a.w)
	min := float32(prune) * scale * 32767
	if min < 1e-4 {
		min = 1e-4
	}
	small := func(row []float32) bool {
		for _, v := range row {
			if v >= min || v <= -min {
				return false
			}
		}
		return true
	}
	keep := 0
	for r := range keyOfRow {
		if !small(a.w[r*NumLabels : r*NumLabels+NumLabels]) {
			keep++
		}
	}
	l := layer{tab: newTable(keep), w: make([]int16, 0, keep*NumLabels), scale: scale, trans: a.trans, end: a.end, spread: openSpread(&a.trans)}
	for r, k := range keyOfRow {
		row := a.w[r*NumLabels : r*NumLabels+NumLabels]
		if small(row) {
			continue
		}
		if !l.tab.put(k, uint32(len(l.w)/NumLabels)) {
			continue // a fingerprint collision: keep the first feature
		}
		for _, v := range row {
			l.w = append(l.w, int16(math.Round(float64(v/scale))))
		}
	}
	l.freeze()
	return l
}
