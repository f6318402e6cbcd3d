package cluster

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
)

// twoFrames returns sentences where city names and person names fill two
// different frames, so that the words of each group share contexts.
func twoFrames() [][]string {
	cities := []string{"Lima", "Quito", "Madrid", "Roma", "Oslo"}
	people := []string{"Ana", "Luis", "Marta", "Pablo", "Elena"}
	rng := rand.New(rand.NewPCG(1, 2))
	var out [][]string
	for i := 0; i < 3000; i++ {
		c, p := cities[rng.IntN(len(cities))], people[rng.IntN(len(people))]
		if i%2 == 0 {
			out = append(out, []string{"viajó", "a", c, "desde", "la", "costa"})
		} else {
			out = append(out, []string{"la", "señora", p, "dijo", "que", "sí"})
		}
	}
	return out
}

func TestTrainVectorsDeterministic(t *testing.T) {
	opt := VectorOptions{Dim: 16, Epochs: 2, MinCount: 1, Buckets: 1000, MaxN: 4, Seed: 3}
	a, err := TrainVectors(twoFrames(), opt)
	if err != nil {
		t.Fatal(err)
	}
	b, err := TrainVectors(twoFrames(), opt)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Error("two trainings on the same data differ")
	}
	if _, err := TrainVectors(nil, opt); err == nil {
		t.Error("no error on an empty corpus")
	}
}

func TestVectorsAndKMeansGroupWords(t *testing.T) {
	for _, maxN := range []int{0, 4} {
		t.Run(fmt.Sprintf("maxn=%d", maxN), func(t *testing.T) {
			v, err := TrainVectors(twoFrames(), VectorOptions{Dim: 16, Epochs: 5, MinCount: 1, Buckets: 1000, MaxN: maxN, Sample: 1, Seed: 3})
			if err != nil {
				t.Fatal(err)
			}
			id := map[string]int{}
			for i, w := range v.Words {
				id[w] = i
			}
			if len(id) != 19 || v.Counts[0] < v.Counts[len(v.Counts)-1] {
				t.Fatalf("vocabulary %v counts %v", v.Words, v.Counts)
			}
			a := KMeans(v, 4, 0, 20, 2, 1)
			if b := KMeans(v, 4, 0, 20, 1, 1); !reflect.DeepEqual(a, b) {
				t.Error("k-means result depends on the number of workers")
			}
			for _, group := range [][]string{{"Lima", "Quito", "Madrid", "Roma", "Oslo"}, {"Ana", "Luis", "Marta", "Pablo", "Elena"}} {
				for _, w := range group[1:] {
					if a[id[w]] != a[id[group[0]]] {
						t.Errorf("%s and %s in different clusters", w, group[0])
					}
				}
			}
			if a[id["Lima"]] == a[id["Ana"]] {
				t.Error("cities and people in the same cluster")
			}
		})
	}
}

func TestSubwords(t *testing.T) {
	// "<ab>" has 3-grams "<ab", "ab>" and no 4-gram other than itself.
	if got := subwords("ab", 3, 4, 100, 10); len(got) != 2 {
		t.Errorf("subwords(ab) = %v, want 2 n-grams", got)
	}
	for _, r := range subwords("señora", 3, 5, 100, 10) {
		if r < 10 || r >= 110 {
			t.Errorf("row %d outside the buckets", r)
		}
	}
	if got := subwords("señora", 3, 0, 100, 10); got != nil {
		t.Errorf("no subwords wanted, got %v", got)
	}
}
