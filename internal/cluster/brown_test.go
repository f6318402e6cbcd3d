package cluster

import (
	"bytes"
	"fmt"
	"math"
	"math/rand"
	"strings"
	"testing"
)

// synthetic returns a corpus with two word classes used in disjoint
// contexts: animals after "el"/"un" and before "come"/"duerme", cities after
// "en"/"desde" and before "vive"/"llega". Counts differ per word so that the
// two classes interleave in frequency order.
func synthetic() [][]string {
	animals := []string{"gato", "perro", "caballo", "vaca", "oveja"}
	cities := []string{"Lima", "Quito", "Bogotá", "Caracas", "Santiago"}
	var s [][]string
	for j := range animals {
		for i := 0; i < 10+3*j; i++ {
			s = append(s, []string{"el", animals[j], "come"}, []string{"un", animals[j], "duerme"})
		}
		for i := 0; i < 11+3*j; i++ {
			s = append(s, []string{"en", cities[j], "vive"}, []string{"desde", cities[j], "llega"})
		}
	}
	return s
}

// randomCorpus returns a reproducible corpus over v words with a skewed
// unigram distribution and some sequential structure.
func randomCorpus(seed int64, v, sentences int) [][]string {
	r := rand.New(rand.NewSource(seed))
	var s [][]string
	for i := 0; i < sentences; i++ {
		n := 3 + r.Intn(10)
		sent := make([]string, n)
		prev := r.Intn(v)
		for k := range sent {
			var w int
			if r.Intn(3) == 0 {
				w = (prev*7 + 3) % v // a preferred successor
			} else {
				w = int(float64(v) * math.Pow(r.Float64(), 2))
			}
			sent[k] = fmt.Sprintf("w%d", w)
			prev = w
		}
		s = append(s, sent)
	}
	return s
}

func commonPrefix(paths []string) string {
	p := paths[0]
	for _, q := range paths[1:] {
		i := 0
		for i < len(p) && i < len(q) && p[i] == q[i] {
			i++
		}
		p = p[:i]
	}
	return p
}

func TestTrainSeparatesClasses(t *testing.T) {
	animals := []string{"gato", "perro", "caballo", "vaca", "oveja"}
	cities := []string{"Lima", "Quito", "Bogotá", "Caracas", "Santiago"}
	for _, c := range []int{4, 6, 16} {
		t.Run(fmt.Sprint("C=", c), func(t *testing.T) {
			cl, err := Train(synthetic(), Options{Clusters: c, Workers: 1})
			if err != nil {
				t.Fatal(err)
			}
			if cl.Len() != 18 {
				t.Fatalf("Len = %d, want 18", cl.Len())
			}
			paths := func(words []string) []string {
				var ps []string
				for _, w := range words {
					p, ok := cl.Lookup(w)
					if !ok {
						t.Fatalf("no path for %q", w)
					}
					ps = append(ps, p)
				}
				return ps
			}
			pa, pc := paths(animals), paths(cities)
			// Each class is a subtree that holds no word of the other class.
			for _, x := range [][2][]string{{pa, pc}, {pc, pa}} {
				pre := commonPrefix(x[0])
				for _, p := range x[1] {
					if strings.HasPrefix(p, pre) {
						t.Errorf("class %v (subtree %q) and %v overlap", x[0], pre, x[1])
					}
				}
			}
			if c == 4 {
				// Words with identical contexts merge at no cost: one leaf per class.
				if pre := commonPrefix(pa); pre != pa[0] {
					t.Errorf("C=4: animals in several clusters %v", pa)
				}
				if pre := commonPrefix(pc); pre != pc[0] {
					t.Errorf("C=4: cities in several clusters %v", pc)
				}
			}
		})
	}
}

func TestTrainTopLevelSplit(t *testing.T) {
	// Two topics whose words never occur next to each other: the root split
	// must separate them.
	r := rand.New(rand.NewSource(7))
	topics := [2][]string{{"sol", "mar", "playa", "arena", "ola", "barco"}, {"voto", "ley", "juez", "corte", "pleno"}}
	var corpus [][]string
	for i := 0; i < 400; i++ {
		ws := topics[i%2]
		sent := make([]string, 4+r.Intn(6))
		for k := range sent {
			sent[k] = ws[r.Intn(len(ws))]
		}
		corpus = append(corpus, sent)
	}
	for _, c := range []int{2, 3, 8} {
		cl, err := Train(corpus, Options{Clusters: c})
		if err != nil {
			t.Fatal(err)
		}
		for ti, ws := range topics {
			for _, w := range ws {
				p, _ := cl.Lookup(w)
				q, _ := cl.Lookup(topics[0][0])
				if (p[0] == q[0]) != (ti == 0) {
					t.Errorf("C=%d: %s %s vs %s %s: wrong top-level branch", c, w, p, topics[0][0], q)
				}
			}
		}
	}
}

// naiveLoss computes the loss of merging active slots a and c directly from
// the definition: AMI before minus AMI after, over the active clusters.
func naiveLoss(b *brown, a, c int) float64 {
	K := b.K
	ami := func(group func(int) int, groups []int) float64 {
		nl, nr := map[int]int32{}, map[int]int32{}
		nn := map[[2]int]int32{}
		for _, x := range b.active {
			nl[group(x)] += b.nL[x]
			nr[group(x)] += b.nR[x]
			for _, y := range b.active {
				nn[[2]int{group(x), group(y)}] += b.n[x*K+y]
			}
		}
		t := 0.0
		for _, x := range groups {
			for _, y := range groups {
				if k := nn[[2]int{x, y}]; k > 0 {
					t += float64(k) * (math.Log(float64(k)) - math.Log(float64(nl[x])) - math.Log(float64(nr[y])))
				}
			}
		}
		return t
	}
	var after []int
	for _, x := range b.active {
		if x != c {
			after = append(after, x)
		}
	}
	before := ami(func(x int) int { return x }, b.active)
	merged := ami(func(x int) int {
		if x == c {
			return a
		}
		return x
	}, after)
	return before - merged
}

func TestIncrementalLossMatchesDefinition(t *testing.T) {
	steps := 0
	testHook = func(b *brown) {
		steps++
		for ii, i := range b.active {
			if got, want := b.s[i], b.sum(i); math.Abs(got-want) > 1e-6*(1+math.Abs(want)) {
				t.Fatalf("step %d: s[%d] = %g, recomputed %g", steps, i, got, want)
			}
			for _, j := range b.active[ii+1:] {
				got, full, naive := b.L[i*b.K+j], b.fullLoss(i, j), naiveLoss(b, i, j)
				if math.Abs(got-naive) > 1e-6*(1+math.Abs(naive)) || math.Abs(full-naive) > 1e-6*(1+math.Abs(naive)) {
					t.Fatalf("step %d: L(%d,%d) incremental %g, scratch %g, definition %g", steps, i, j, got, full, naive)
				}
			}
		}
	}
	defer func() { testHook = nil }()
	if _, err := Train(randomCorpus(1, 40, 300), Options{Clusters: 6, Workers: 1}); err != nil {
		t.Fatal(err)
	}
	if steps < 30 {
		t.Fatalf("only %d steps checked", steps)
	}
}

func TestTrainDeterministic(t *testing.T) {
	corpus := append(randomCorpus(2, 400, 3000), synthetic()...)
	var outs [][]byte
	for _, workers := range []int{1, 2, 2, 3} {
		cl, err := Train(corpus, Options{Clusters: 70, MinCount: 2, Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := cl.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, buf.Bytes())
	}
	for i := 1; i < len(outs); i++ {
		if !bytes.Equal(outs[0], outs[i]) {
			t.Fatalf("run %d differs from run 0", i)
		}
	}
	// 70 leaves: the table must use exactly 70 distinct paths.
	paths := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(outs[0])), "\n") {
		paths[strings.Split(line, "\t")[1]] = true
	}
	if len(paths) != 70 {
		t.Errorf("%d distinct paths, want 70", len(paths))
	}
}

func TestTrainMinCountAndEmpty(t *testing.T) {
	corpus := [][]string{{"a", "a", "b"}, {"a", "c"}, {"d", "e"}}
	cl, err := Train(corpus, Options{Clusters: 4, MinCount: 2})
	if err != nil {
		t.Fatal(err)
	}
	if cl.Len() != 1 || cl.Count("a") != 3 {
		t.Errorf("Len %d, Count(a) %d; want 1, 3", cl.Len(), cl.Count("a"))
	}
	if p, ok := cl.Lookup("a"); !ok || p != "0" {
		t.Errorf("Lookup(a) = %q, %v; want \"0\", true", p, ok)
	}
	for _, bad := range []struct {
		corpus [][]string
		min    int
	}{
		{[][]string{{"x"}, {"y"}}, 1},           // no bigram at all
		{[][]string{{"a", "b", "a"}}, 10},       // empty vocabulary
		{[][]string{{"a", "b"}, {"a", "b"}}, 3}, // nothing frequent enough
	} {
		if _, err := Train(bad.corpus, Options{MinCount: bad.min}); err == nil {
			t.Errorf("Train(%q, min %d): want an error", bad.corpus, bad.min)
		}
	}
	// With min count 1, d and e are adjacent; x never is.
	cl, err = Train([][]string{{"a", "b"}, {"x"}, {"c", "d"}}, Options{Clusters: 2})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := cl.Lookup("x"); ok || cl.Len() != 4 {
		t.Errorf("context-free word kept: Len %d", cl.Len())
	}
}
