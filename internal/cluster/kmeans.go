package cluster

import (
	"math"
	"math/rand/v2"
	"sync"
)

// KMeans partitions the rows of v into k clusters by spherical k-means
// (cosine similarity of unit vectors, Lloyd iterations from a k-means++
// start) and returns each word's cluster, 0..k-1. Only the first n words
// (the most frequent) are clustered when n is between 1 and len(v.Words).
// The result is a deterministic function of the vectors, k, iters and seed,
// whatever the number of workers.
func KMeans(v *Vectors, k, n, iters, workers int, seed uint64) []int {
	if n <= 0 || n > len(v.Words) {
		n = len(v.Words)
	}
	k = min(k, n)
	dim := v.Dim
	x := make([]float32, n*dim)
	copy(x, v.Vec[:n*dim])
	for i := 0; i < n; i++ {
		normalize(x[i*dim : (i+1)*dim])
	}
	rng := rand.New(rand.NewPCG(seed, 0x6b6d65616e73))
	// k-means++ seeding on cosine distance 1-cos.
	cent := make([]float32, k*dim)
	dist := make([]float64, n)
	first := rng.IntN(n)
	copy(cent[:dim], x[first*dim:])
	for i := range dist {
		dist[i] = math.Max(0, 1-float64(dot(x[i*dim:(i+1)*dim], cent[:dim])))
	}
	for c := 1; c < k; c++ {
		var sum float64
		for _, d := range dist {
			sum += d * d
		}
		r := rng.Float64() * sum
		pick := n - 1
		for i, d := range dist {
			r -= d * d
			if r <= 0 {
				pick = i
				break
			}
		}
		cc := cent[c*dim : (c+1)*dim]
		copy(cc, x[pick*dim:])
		for i := range dist {
			if d := math.Max(0, 1-float64(dot(x[i*dim:(i+1)*dim], cc))); d < dist[i] {
				dist[i] = d
			}
		}
	}
	assign := make([]int, n)
	for it := 0; it < iters; it++ {
		changed := parallelAssign(x, cent, dim, k, assign, workers, it == 0)
		// New centroids: the normalized sums, in row order.
		clear(cent)
		size := make([]int, k)
		for i, a := range assign {
			axpy(cent[a*dim:(a+1)*dim], x[i*dim:(i+1)*dim], 1)
			size[a]++
		}
		for c := 0; c < k; c++ {
			if size[c] == 0 { // an empty cluster takes a random word
				copy(cent[c*dim:(c+1)*dim], x[rng.IntN(n)*dim:])
				continue
			}
			normalize(cent[c*dim : (c+1)*dim])
		}
		if changed == 0 {
			break
		}
	}
	return assign
}

// parallelAssign sets assign[i] to the nearest centroid of row i and
// returns how many rows changed cluster.
func parallelAssign(x, cent []float32, dim, k int, assign []int, workers int, all bool) int {
	n := len(assign)
	workers = max(1, workers)
	changed := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < n; i += workers {
				row := x[i*dim : (i+1)*dim]
				best, bestS := 0, float32(-2)
				for c := 0; c < k; c++ {
					if s := dot(row, cent[c*dim:(c+1)*dim]); s > bestS {
						best, bestS = c, s
					}
				}
				if all || assign[i] != best {
					changed[w]++
				}
				assign[i] = best
			}
		}(w)
	}
	wg.Wait()
	t := 0
	for _, c := range changed {
		t += c
	}
	return t
}

func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return s0 + s1 + s2 + s3
}

func normalize(x []float32) {
	n := math.Sqrt(float64(dot(x, x)))
	if n > 0 {
		scale(x, float32(1/n))
	}
}
