package model

import "math"

// negInf scores forbidden transitions.
var negInf = float32(math.Inf(-1))

// viterbi writes into out the best label sequence for n tokens given
// per-token label scores emit (n*NumLabels), transition scores trans
// (previous label or startState → label) and end scores; transitions that
// break IOB2 are never taken. back is scratch of n*NumLabels bytes.
func viterbi(emit []float32, n int, trans *[NumLabels + 1][NumLabels]float32, end *[NumLabels]float32, back []uint8, out []int) {
	if n == 0 {
		return
	}
	var cur, prev [NumLabels]float32
	for l := 0; l < NumLabels; l++ {
		if allowed(startState, l) {
			prev[l] = trans[startState][l] + emit[l]
		} else {
			prev[l] = negInf
		}
	}
	for i := 1; i < n; i++ {
		e := emit[i*NumLabels : i*NumLabels+NumLabels]
		b := back[i*NumLabels : i*NumLabels+NumLabels]
		for l := 0; l < NumLabels; l++ {
			best, arg := negInf, -1
			for _, p := range preds[l] {
				if s := prev[p] + trans[p][l]; arg < 0 || s > best {
					best, arg = s, int(p)
				}
			}
			cur[l] = best + e[l]
			b[l] = uint8(arg)
		}
		prev = cur
	}
	best, arg := negInf, -1
	for l := 0; l < NumLabels; l++ {
		if s := prev[l] + end[l]; arg < 0 || s > best {
			best, arg = s, l
		}
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		arg = int(back[i*NumLabels+arg])
		out[i-1] = arg
	}
}

// preds lists, for each label, the labels it may follow, in increasing
// order (so ties go to the lowest label, as in a full scan).
var preds = func() (out [NumLabels][]uint8) {
	for l := 0; l < NumLabels; l++ {
		for p := 0; p < NumLabels; p++ {
			if allowed(p, l) {
				out[l] = append(out[l], uint8(p))
			}
		}
	}
	return out
}()
