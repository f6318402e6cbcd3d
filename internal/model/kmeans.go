package model

import (
	"errors"
	"sort"
)

// kmeansTable maps words to their k-means clusters of word vectors, at up
// to maxKMeans granularities, inside a model, so that a model file carries
// the clusters it was trained with. A table value packs one cluster number
// per granularity in kmeansBits bits each.
type kmeansTable struct {
	tab *table  // mix(hashString(word)) → packed cluster numbers; nil once loaded
	idx *frozen // the lookup form of tab
	n   int     // granularities
}

// maxKMeans is the most granularities a table holds, and kmeansBits the
// bits of one cluster number (so k ≤ 1024).
const (
	maxKMeans  = 3
	kmeansBits = 10
)

// newKMeansTable builds a table from word → cluster numbers, one per
// granularity (every slice of the same length).
func newKMeansTable(words map[string][]int) (*kmeansTable, error) {
	list := make([]string, 0, len(words))
	n := -1
	for w, ids := range words {
		list = append(list, w)
		if n >= 0 && len(ids) != n {
			return nil, errors.New("model: k-means clusters of different lengths")
		}
		n = len(ids)
	}
	if n < 1 || n > maxKMeans {
		return nil, errors.New("model: k-means table needs 1 to 3 granularities")
	}
	sort.Strings(list)
	t := &kmeansTable{tab: newTable(len(list)), n: n}
	for _, w := range list {
		var v uint32
		for j, id := range words[w] {
			if id < 0 || id >= 1<<kmeansBits {
				return nil, errors.New("model: k-means cluster number out of range")
			}
			v |= uint32(id) << (kmeansBits * j)
		}
		t.tab.put(clusterKey(hashString(w)), v)
	}
	t.idx = t.tab.freeze()
	return t, nil
}

// find returns the feature values of the clusters of a word given the
// hashes of its digit-normalized exact, lower-case and capitalized forms,
// tried in that order; values are 0 when the word has none.
func (t *kmeansTable) find(keys *[3]uint64) (out [maxKMeans]uint64) {
	if t == nil {
		return out
	}
	for _, h := range keys {
		if v, ok := t.idx.get(clusterKey(h)); ok {
			for j := 0; j < t.n; j++ {
				out[j] = uint64(v>>(kmeansBits*j)&(1<<kmeansBits-1)) + 1
			}
			return out
		}
	}
	return out
}

// kmeans writes a model's k-means table after the rest of the model: its
// number of granularities, then the table; without a table it writes
// nothing, so that models without one keep the bytes of earlier versions.
func (e *encoder) kmeans(t *kmeansTable) {
	if t == nil {
		return
	}
	e.u32(uint32(t.n))
	e.frozen(t.idx, true)
}

// kmeans reads what encoder.kmeans wrote; a model file that ends before it
// has no k-means table.
func (d *decoder) kmeans() *kmeansTable {
	if d.err != nil || d.off == len(d.b) {
		return nil
	}
	n := int(d.u32())
	if n == 0 || d.err != nil {
		return nil
	}
	if n > maxKMeans {
		d.err = errors.New("too many k-means granularities")
		return nil
	}
	idx := d.frozen(true)
	if d.err != nil {
		return nil
	}
	return &kmeansTable{idx: idx, n: n}
}
