package model

import "math"

// negInf scores forbidden transitions.
var negInf = float32(math.Inf(-1))

// viterbi writes into out the best label sequence for n tokens given
// per-token label scores emit (n*NumLabels), transition scores trans
// (previous label or startState → label) and end scores; transitions that
// break IOB2 are never taken. back is scratch of n*NumLabels bytes.
func viterbi(emit []float32, n int, trans *[NumLabels + 1][NumLabels]float32, end *[NumLabels]float32, back []uint8, out []int) {
	viterbiFrom(emit, n, trans, startState, end, openSpread(trans), back, out)
}

// viterbiFrom is viterbi for tokens that follow a token labelled from
// (startState at the start of a sentence): the first transition is from
// it, and end scores the transition after the last token. spread is
// openSpread(trans).
func viterbiFrom(emit []float32, n int, trans *[NumLabels + 1][NumLabels]float32, from int, end *[NumLabels]float32, spread float32, back []uint8, out []int) {
	if n == 0 {
		return
	}
	var cur, prev [NumLabels]float32
	for l := 0; l < NumLabels; l++ {
		if allowed(from, l) {
			prev[l] = trans[from][l] + emit[l]
		} else {
			prev[l] = negInf
		}
	}
	for i := 1; i < n; i++ {
		e := (*[NumLabels]float32)(emit[i*NumLabels:])
		b := (*[NumLabels]uint8)(back[i*NumLabels:])
		// O and each B-X may follow any label: one pass over the previous
		// labels, in increasing order so that ties go to the lowest, keeps
		// the five running maxima in registers. A previous label more than
		// spread below the best one cannot beat it into any of them.
		top := prev[0]
		for _, v := range prev[1:] {
			if v > top {
				top = v
			}
		}
		floor := top - spread
		b0, b1, b3, b5, b7 := negInf, negInf, negInf, negInf, negInf
		var a0, a1, a3, a5, a7 uint8
		for p := 0; p < NumLabels; p++ {
			pp, t := prev[p], &trans[p]
			if pp < floor || pp == negInf {
				continue
			}
			if s := pp + t[0]; s > b0 {
				b0, a0 = s, uint8(p)
			}
			if s := pp + t[1]; s > b1 {
				b1, a1 = s, uint8(p)
			}
			if s := pp + t[3]; s > b3 {
				b3, a3 = s, uint8(p)
			}
			if s := pp + t[5]; s > b5 {
				b5, a5 = s, uint8(p)
			}
			if s := pp + t[7]; s > b7 {
				b7, a7 = s, uint8(p)
			}
		}
		cur[0], b[0] = b0+e[0], a0
		cur[1], b[1] = b1+e[1], a1
		cur[3], b[3] = b3+e[3], a3
		cur[5], b[5] = b5+e[5], a5
		cur[7], b[7] = b7+e[7], a7
		// I-X may follow B-X or I-X only: B-X first, so that a tie goes to it.
		for l := 2; l < NumLabels; l += 2 {
			best, arg := prev[l-1]+trans[l-1][l], uint8(l-1)
			if s := prev[l] + trans[l][l]; s > best {
				best, arg = s, uint8(l)
			}
			cur[l] = best + e[l]
			b[l] = arg
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

// openSpread returns the widest range of the transition scores into O or
// a B-X label over the previous labels (not the start): a previous label
// whose score is more than that below the best previous score loses every
// such transition to the best one.
func openSpread(trans *[NumLabels + 1][NumLabels]float32) float32 {
	var spread float32
	for _, l := range [...]int{0, 1, 3, 5, 7} {
		lo, hi := trans[0][l], trans[0][l]
		for p := 1; p < NumLabels; p++ {
			if v := trans[p][l]; v < lo {
				lo = v
			} else if v > hi {
				hi = v
			}
		}
		if hi-lo > spread {
			spread = hi - lo
		}
	}
	return spread
}
