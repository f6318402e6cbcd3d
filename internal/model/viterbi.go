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
		e := (*[NumLabels]float32)(emit[i*NumLabels:])
		b := (*[NumLabels]uint8)(back[i*NumLabels:])
		for l := 0; l < NumLabels; l++ {
			// The labels l may follow under IOB2 (see allowed), in
			// increasing order so that ties go to the lowest: any label
			// before O or a B-X, and B-X or I-X before I-X.
			var best float32
			var arg int
			if l == 0 || l%2 == 1 {
				best, arg = prev[0]+trans[0][l], 0
				for p := 1; p < NumLabels; p++ {
					if s := prev[p] + trans[p][l]; s > best {
						best, arg = s, p
					}
				}
			} else {
				best, arg = prev[l-1]+trans[l-1][l], l-1
				if s := prev[l] + trans[l][l]; s > best {
					best, arg = s, l
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
